"""Permalinks for briefs of pasted or uploaded articles.

A result is named by a hash of what was briefed (the articles, the word
budget, whether the cross-source view was asked for, the reading warnings), so
the same input gets the same address and nothing else can guess one. What is
kept is the input, not the rendered page: a permalink is briefed again when
its page is no longer cached. With a directory (the server's store file plus
``.briefs``) results survive restarts, one gzipped JSON file each; without
one they last while the server runs.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dates import parse_date
from ..errors import NotFoundError
from ..model import Article

#: Result keys: 20 hex digits (80 bits of BLAKE2b).
KEY = re.compile(r"^[0-9a-f]{20}$")

#: Results kept in memory when the server has no directory for them.
MEMORY_RESULTS = 256


@dataclass
class Result:
    """What was briefed: articles (as plain dicts), options and reading warnings."""

    articles: list[dict[str, Any]]
    words: int
    analyze: bool
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, articles: list[Article], words: int, analyze: bool, warnings: list[str]) -> "Result":
        # an undated article's time stamp (ingest's reading) travels too, only when there is one
        return cls([{"id": a.id, "title": a.title, "source": a.source, "url": a.url,
                     "date": a.date.isoformat() if a.date else None, "path": a.path, "text": a.raw_text,
                     **({"stamp_date": a.stamp_date.isoformat()} if a.stamp_date else {})}
                    for a in articles], words, analyze, list(warnings))

    @property
    def key(self) -> str:
        doc = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.blake2b(doc.encode("utf-8"), digest_size=10).hexdigest()

    def fresh_articles(self) -> list[Article]:
        """New :class:`Article` objects (briefing fills them in, so each brief gets its own)."""
        return [Article(id=d["id"], raw_text=d["text"], title=d["title"], source=d["source"], url=d["url"],
                        date=parse_date(d["date"]), path=d["path"], stamp_date=parse_date(d.get("stamp_date")))
                for d in self.articles]

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "words": self.words, "analyze": self.analyze, "warnings": self.warnings}


class Results:
    """Results by key: in a directory when given, else the last :data:`MEMORY_RESULTS` in memory."""

    def __init__(self, directory: str | Path | None = None):
        self.directory = Path(directory) if directory is not None else None
        self._memory: OrderedDict[str, Result] = OrderedDict()
        self._lock = threading.Lock()

    def save(self, result: Result) -> str:
        key = result.key
        if self.directory is None:
            with self._lock:
                self._memory[key] = result
                self._memory.move_to_end(key)
                while len(self._memory) > MEMORY_RESULTS:
                    self._memory.popitem(last=False)
            return key
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{key}.json.gz"
        if not path.exists():
            tmp = path.with_suffix(f".tmp{threading.get_ident()}")
            tmp.write_bytes(gzip.compress(json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")))
            tmp.replace(path)
        return key

    def load(self, key: str) -> Result:
        """The result saved under ``key``; :class:`NotFoundError` when there is none."""
        missing = NotFoundError(f"no brief {key!r} here: a permalink lasts as long as the server's store "
                                "(or, without a store, until the server restarts)")
        if not KEY.match(key):
            raise missing
        if self.directory is None:
            with self._lock:
                if key in self._memory:
                    return self._memory[key]
            raise missing
        path = self.directory / f"{key}.json.gz"
        if not path.exists():
            raise missing
        d = json.loads(gzip.decompress(path.read_bytes()))
        return Result(d["articles"], d["words"], d["analyze"], d.get("warnings", []))


__all__ = ["KEY", "Result", "Results"]
