"""The root Typer app; each command module adds its commands to it.

Help names values the way most command lines do (``--words WORDS``,
``PATHS...``, nothing after a flag) instead of Typer's placeholder types
(``<int range>``, ``<bool>``, ``<list[str]>``): Typer 0.29 prints those for
every parameter and has no setting to turn them off, so the app's command
classes swap each parameter for a subclass that displays its name instead.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


class _NamedOption(TyperOption):
    """An option shown as ``--name NAME`` (a flag: ``--name`` alone); its range, if any, still shows."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None if self.is_flag or self.count else self.metavar


class _NamedArgument(TyperArgument):
    """An argument shown as ``NAME`` (``NAME...`` when it takes several values)."""

    @property
    def display_name_raw(self) -> str:
        return self.metavar or (self.name or "").upper()

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


def _named(param: Any) -> Any:
    if isinstance(param, TyperOption):
        param.__class__ = _NamedOption
        if param.metavar is None and not (param.is_flag or param.count):
            long = [o for o in param.opts if o.startswith("--")]
            param.metavar = (long[0][2:] if long else param.name or "value").upper().replace("-", "_")
    elif isinstance(param, TyperArgument):
        param.__class__ = _NamedArgument
    return param


class _NamedParams:
    """Mixin for Typer's command classes: every parameter (``--help`` included) shows its name, not its type."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params = [_named(p) for p in self.params]

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        return option if option is None else _named(option)


class _Command(_NamedParams, TyperCommand):
    pass


class _Group(_NamedParams, TyperGroup):
    pass


class _Typer(typer.Typer):
    """A Typer app whose commands are :class:`_Command` unless a command names its own class."""

    def command(self, name: str | None = None, *, cls: type[TyperCommand] | None = None, **kwargs: Any) -> Any:
        return super().command(name, cls=cls or _Command, **kwargs)


app = _Typer(
    name="newsbrief",
    help="Cited multi-source news briefs: what happened, who says so, and where sources disagree.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=_Group,
)


@app.callback()
def _root() -> None:
    """Cited multi-source news briefs: what happened, who says so, and where sources disagree."""
