"""Evaluation systems by name: ours (:data:`.systems.BUILTIN`), then the
peers (:data:`.peers.PEERS`).

Adding a system is one entry in either table plus the system's own class;
``newsbrief eval --systems`` validates against and lists :data:`SYSTEMS`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Settings
from ..errors import UnknownSystemError
from .peers import PEERS
from .systems import BUILTIN, DEFAULT_SYSTEMS, System, SystemFactory

#: Every system: name -> factory (settings -> system).
SYSTEMS: dict[str, SystemFactory] = {**BUILTIN, **PEERS}

#: Names that stand for several systems in a ``--systems`` list.
GROUPS = {"all": tuple(SYSTEMS), "peers": tuple(PEERS)}


def resolve_systems(spec: str | Sequence[str] | None) -> list[str]:
    """``"newsbrief,lead"`` / a list -> names; ``all`` and ``peers`` expand."""
    if spec is None:
        return list(DEFAULT_SYSTEMS)
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    out: list[str] = []
    for item in (i.strip() for i in items):
        if not item:
            continue
        if item in GROUPS:
            names = GROUPS[item]
        elif item in SYSTEMS:
            names = (item,)
        else:
            raise UnknownSystemError(f"unknown system {item!r}; choose from {', '.join([*SYSTEMS, *GROUPS])}")
        out.extend(n for n in names if n not in out)
    if not out:
        raise UnknownSystemError("no system given")
    return out


def make_system(name: str, settings: Settings | None = None) -> System:
    """The system called ``name``, built with ``settings``."""
    try:
        factory = SYSTEMS[name]
    except KeyError:
        raise UnknownSystemError(f"unknown system {name!r}; choose from {', '.join(SYSTEMS)}") from None
    return factory(settings)


__all__ = ["DEFAULT_SYSTEMS", "GROUPS", "SYSTEMS", "make_system", "resolve_systems"]
