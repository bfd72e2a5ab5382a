"""Engines by name: adding one is an entry in :data:`ENGINES` plus its class."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import Engine
from .local import LocalEngine
from .spark import SparkEngine

#: Engine name -> class; keyword options go to its constructor.
ENGINES: dict[str, Callable[..., Engine]] = {"local": LocalEngine, "spark": SparkEngine}


def get_engine(name: str, **options: Any) -> Engine:
    """The engine called ``name`` (``local`` or ``spark``), built with ``options``."""
    if name not in ENGINES:
        from ..errors import UnknownEngineError

        raise UnknownEngineError(f"unknown engine {name!r}; choose {' or '.join(ENGINES)}")
    return ENGINES[name](**options)


__all__ = ["ENGINES", "get_engine"]
