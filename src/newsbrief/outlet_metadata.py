"""Outlet metadata a user supplies: country, owner and political lean per outlet.

newsbrief ships no ratings and invents none: this is read only from the file
named by the ``store.outlet_metadata`` setting (``NEWSBRIEF_OUTLETS``), a CSV
with a header row or a TOML file with one ``[[outlet]]`` table per outlet, each
with the fields ``domain``, ``name``, ``country``, ``owner``, ``lean`` (any but
``domain`` or ``name`` may be empty)::

    domain,name,country,owner,lean
    bbc.co.uk,BBC,UK,BBC (public),centre

An article is matched by its URL's host (the entry's domain or a subdomain of
it), else by its outlet name (case-insensitive). The story page turns the
matches into coverage bars by lean, country and owner; a story list or digest
marks a story whose rated outlets all share one lean.
"""

from __future__ import annotations

import csv
import io
import os
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from .errors import ConfigError

#: The fields of an entry; the coverage bars are drawn for the last three.
FIELDS = ("domain", "name", "country", "owner", "lean")
FACETS = ("lean", "country", "owner")


#: Shares of sources the file does not rate (drawn hatched, listed last).
UNRATED = ("not given", "not in the outlet file")
#: Common lean words, left to right: their bar order and colour (blue, neutral, red as Ground News draws them).
LEAN_ORDER = {"left": 0, "far left": 0, "lean left": 1, "centre-left": 1, "center-left": 1, "centre": 2,
              "center": 2, "lean right": 3, "centre-right": 3, "center-right": 3, "right": 4, "far right": 4}


def _tone(facet: str, value: str, index: int) -> str:
    """The CSS class of a bar part: ``unrated``, a lean's ``lean-N`` (0 left .. 4 right), else ``part-N``."""
    if value in UNRATED:
        return "unrated"
    if facet == "lean" and value.casefold() in LEAN_ORDER:
        return f"lean-{LEAN_ORDER[value.casefold()]}"
    return f"part-{index % 6}"


@dataclass(frozen=True)
class OutletInfo:
    domain: str
    name: str
    country: str
    owner: str
    lean: str


class OutletMetadata:
    """The entries of one file, looked up by host or outlet name."""

    def __init__(self, entries: list[OutletInfo]):
        self.entries = entries
        self.by_domain = {e.domain: e for e in entries if e.domain}
        self.by_name = {e.name.casefold(): e for e in entries if e.name}

    def lookup(self, outlet: str | None, url: str | None = None) -> OutletInfo | None:
        host = (urlsplit(url).hostname or "") if url else ""
        while host:
            if host in self.by_domain:
                return self.by_domain[host]
            host = host.partition(".")[2] if "." in host else ""
        return self.by_name.get((outlet or "").casefold())

    def coverage(self, outlets: list[tuple[str | None, str | None]]) -> list[dict]:
        """Per facet, the share of ``outlets`` (``(name, url)`` pairs, one per
        independent source) by value, biggest first, the unmatched as "not in the
        outlet file"; ``[]`` when none matches."""
        found = [self.lookup(name, url) for name, url in outlets]
        if not any(found):
            return []
        bars = []
        for facet in FACETS:
            counts = Counter(getattr(f, facet) or "not given" if f else "not in the outlet file" for f in found)
            if set(counts) <= {"not given", "not in the outlet file"}:
                continue
            total = sum(counts.values())
            order = sorted(counts.items(), key=lambda vn: (vn[0] in UNRATED, LEAN_ORDER.get(vn[0].casefold(), 9), -vn[1]))
            bars.append({"facet": facet, "total": total, "parts": [
                {"value": v, "count": n, "percent": round(100 * n / total), "tone": _tone(facet, v, i)}
                for i, (v, n) in enumerate(order)]})
        return bars

    def one_side(self, outlets: list[str]) -> str | None:
        """The lean every one of ``outlets`` shares, when there are two or more and all are rated; else ``None``."""
        leans = {(self.lookup(o) or OutletInfo("", "", "", "", "")).lean for o in outlets}
        return next(iter(leans)) if len(outlets) >= 2 and len(leans) == 1 and "" not in leans else None


def load_outlet_metadata(path: str | os.PathLike[str] | None) -> OutletMetadata | None:
    """The file at ``path`` read (cached until it changes), or ``None`` when no file is set."""
    if not path:
        return None
    p = Path(path).expanduser()
    try:
        mtime = p.stat().st_mtime_ns
    except OSError as err:
        raise ConfigError(f"{p}: outlet metadata file cannot be read ({err.strerror})") from None
    return _read(str(p), mtime)


@lru_cache(maxsize=4)
def _read(path: str, _mtime: int) -> OutletMetadata:
    text = Path(path).read_text(encoding="utf-8-sig")
    try:
        if path.lower().endswith(".toml"):
            rows = tomllib.loads(text).get("outlet", [])
        else:
            rows = list(csv.DictReader(io.StringIO(text)))
    except (tomllib.TOMLDecodeError, csv.Error) as err:
        raise ConfigError(f"{path}: not a readable outlet metadata file ({err})") from None
    entries = []
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise ConfigError(f"{path}: outlet {i} is not a table of {', '.join(FIELDS)}")
        values = {f: str(row.get(f) or "").strip() for f in FIELDS}
        values["domain"] = values["domain"].lower().removeprefix("www.")
        if not (values["domain"] or values["name"]):
            raise ConfigError(f"{path}: outlet {i} has neither a domain nor a name")
        entries.append(OutletInfo(**values))
    return OutletMetadata(entries)


__all__ = ["FACETS", "FIELDS", "OutletInfo", "OutletMetadata", "load_outlet_metadata"]
