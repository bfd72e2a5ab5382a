"""The one Jinja environment (brief pages, the cross-source view, digests and the web server)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def jinja_env():
    """The package's templates, autoescaped: article text is escaped wherever it lands."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("newsbrief", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


__all__ = ["jinja_env"]
