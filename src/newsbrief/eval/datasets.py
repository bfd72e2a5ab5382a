"""Read evaluation datasets: gzipped or plain JSON Lines, one cluster per line.

The shape is the one of ``../shared/data/*/*.jsonl.gz``::

    {"id": str, "date": str|null,
     "articles": [{"title", "text", "source", "url", "date"}, ...],
     "summaries": [str, ...], ...extra keys ignored}

Only ``articles`` are ever given to a summarizer; ``summaries`` are the human
references used for scoring (and by the ``oracle`` ceiling). Extra keys such
as DUC 2006's ``query`` are deliberately not read: the summarizers under test
are generic. A malformed line raises :class:`~newsbrief.errors.DatasetError`
naming the file and line.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DatasetError


@dataclass(frozen=True)
class Cluster:
    """One evaluation item: a story's articles and its human references."""

    dataset: str
    id: str
    articles: tuple[dict[str, Any], ...]
    references: tuple[str, ...]
    line: int = 0


def dataset_name(path: str | Path) -> str:
    """``../shared/data/duc2006/test.jsonl.gz`` -> ``duc2006/test``."""
    p = Path(path)
    stem = p.name
    for suffix in (".gz", ".jsonl", ".ndjson", ".json"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
    return f"{p.parent.name}/{stem}" if p.parent.name else stem


def _open(path: Path):
    with open(path, "rb") as fh:
        magic = fh.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")
    return open(path, "rb")


def read_clusters(path: str | Path, limit: int | None = None) -> Iterator[Cluster]:
    """Clusters of one dataset file, streamed, at most ``limit`` of them."""
    p = Path(path)
    name = dataset_name(p)
    if not p.is_file():
        raise DatasetError("no such dataset file", path=str(p))
    n = 0
    try:
        fh = _open(p)
    except OSError as err:
        raise DatasetError(f"cannot open: {err.strerror or err}", path=str(p)) from None
    with fh:
        lineno = 0
        while True:
            try:
                raw = fh.readline()
            except (OSError, EOFError) as err:
                raise DatasetError(f"cannot read: {err}", path=str(p), line=lineno + 1) from None
            if not raw:
                break
            lineno += 1
            if not raw.strip():
                continue
            if limit is not None and n >= limit:
                break
            yield _cluster(raw, name, str(p), lineno)
            n += 1
    if n == 0:
        raise DatasetError("dataset has no clusters", path=str(p))


def _cluster(raw: bytes, name: str, where: str, line: int) -> Cluster:
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DatasetError("line is not UTF-8", path=where, line=line) from None
    except json.JSONDecodeError as err:
        raise DatasetError(f"malformed JSON: {err.msg} (column {err.colno})", path=where, line=line) from None
    if not isinstance(obj, dict):
        raise DatasetError(f"expected a cluster object, got {type(obj).__name__}", path=where, line=line)
    articles = obj.get("articles")
    if not isinstance(articles, list) or not all(isinstance(a, dict) for a in articles):
        raise DatasetError("cluster needs 'articles', a list of article objects", path=where, line=line)
    refs = obj.get("summaries")
    if isinstance(refs, str):
        refs = [refs]
    if not isinstance(refs, list) or not refs or not all(isinstance(r, str) for r in refs):
        raise DatasetError("cluster needs 'summaries', a non-empty list of reference texts", path=where, line=line)
    cid = obj.get("id")
    return Cluster(
        dataset=name,
        id=str(cid) if cid is not None else f"line{line}",
        articles=tuple(articles),
        references=tuple(refs),
        line=line,
    )


def count_clusters(path: str | Path, limit: int | None = None) -> int:
    """Number of clusters :func:`read_clusters` will yield (for progress bars)."""
    p = Path(path)
    if not p.is_file():
        raise DatasetError("no such dataset file", path=str(p))
    n = 0
    with _open(p) as fh:
        for raw in fh:
            if raw.strip():
                n += 1
                if limit is not None and n >= limit:
                    break
    return n


def dataset_digest(path: str | Path) -> str:
    """SHA-256 of the file's bytes (decompressed content is not needed: the
    file is the unit the eval gate pins)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
