"""The one Jinja environment (brief pages, the cross-source view, digests and the web server)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..model import is_unnamed
from ..outlets import plural


@lru_cache(maxsize=1)
def jinja_env():
    """The package's templates, autoescaped: article text is escaped wherever it lands."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsbrief", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    from ..glosses import glossed

    env.globals.update(is_unnamed=is_unnamed, named_outlets=named_outlets, outlet_list=outlet_list, outlet_count=outlet_count,
                       glossed=glossed)
    return env


def named_outlets(outlets: Sequence[str]) -> list[str]:
    """The outlets of ``outlets`` that something names (not "unknown outlet", "unknown outlet [3]")."""
    return [o for o in outlets if not is_unnamed(o)]


def outlet_count(outlets: Sequence[str]) -> str:
    """``"3 outlets"``, ``"3 outlets, 2 more not named"`` or ``"outlets not named"``: an article whose outlet
    nothing names is counted, never listed as if "unknown outlet [7]" were an outlet."""
    named = named_outlets(outlets)
    unnamed = len(outlets) - len(named)
    if not named:
        return "outlet not named" if unnamed == 1 else "outlets not named"
    return plural(len(named), "outlet") + (f", {unnamed:,} more not named" if unnamed else "")


def outlet_list(outlets: Sequence[str], show: int = 4) -> str:
    """The story list's outlets: ``"3 outlets: A, B, C"``, ``"5 outlets: A, B, C, D and 1 more"``,
    ``"1 outlet: A; 6 not named"`` or ``"outlets not named"`` (labels such as "unknown outlet [3]" are counted, not listed)."""
    named = named_outlets(outlets)
    unnamed = len(outlets) - len(named)
    if not named:
        return "outlet not named" if unnamed == 1 else "outlets not named"
    text = f"{plural(len(named), 'outlet')}: {', '.join(named[:show])}"
    if len(named) > show:
        text += f" and {len(named) - show:,} more"
    return text + (f"; {unnamed:,} not named" if unnamed else "")


__all__ = ["jinja_env", "named_outlets", "outlet_count", "outlet_list"]
