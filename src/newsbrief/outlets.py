"""Outlet identity: which outlet published an article, and which wire story it carries.

An article's outlet comes from, in order:

1. its metadata (``source``), a known abbreviation spelled out ("nyt" -> The New
   York Times) and a host name read as a URL; a file name, hash or dataset id is
   never taken as an outlet (:func:`looks_like_identifier`);
2. its URL's domain: a known news domain names its outlet
   (``data/news_domains.tsv``), any other shows its registrable domain;
3. its text: a wire dateline ("LONDON (AP) --"), a DW-style agency sign-off,
   an outlet's byline opening a line ("(CNN) - The ...", "Washington (CNN)
   Sarah ..."), the outlet naming itself ("© 2020 The New Arab", "BBC Arabic found
   ..."), a staff address at a known news domain ("...@latimes.com"), a
   closing "Copyright ... All rights reserved." line;
4. else none: :attr:`Article.outlet` shows :data:`UNKNOWN_OUTLET` and the file
   name stays in ``Article.path``.

Wire families: an Associated Press story carried by nine papers is one source,
not nine. :func:`wire_family` names the agency whose story an article is (its
outlet is the agency, its dateline credits one, or it closes with the agency's
copyright), and :func:`independent_source` groups articles for agreement and
corroboration counts: one group per wire family, else per outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import PurePath

from . import _patterns
from .model import UNKNOWN_OUTLET, Article

__all__ = [
    "UNKNOWN_OUTLET",
    "UNNAMED_SOURCE_PREFIX",
    "independent_source",
    "independent_sources",
    "looks_like_identifier",
    "is_named_source",
    "plural",
    "news_domains",
    "outlet_for_host",
    "outlet_from_metadata",
    "outlet_from_text",
    "outlet_from_url",
    "sources_phrase",
    "wire_family",
]


@cache
def news_domains() -> dict[str, str]:
    """Domain -> outlet name, from ``data/news_domains.tsv``."""
    table: dict[str, str] = {}
    text = resources.files("newsbrief").joinpath("data", "news_domains.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            domain, name = line.split("\t")
            table[domain.strip().lower()] = name.strip()
    return table


def outlet_for_host(host: str) -> str:
    """The outlet of a host name: its own or its nearest parent domain's entry in
    :func:`news_domains` (``edition.cnn.com`` -> CNN), else its registrable domain
    (``www.mybroadband.co.za`` -> ``mybroadband.co.za``)."""
    host = host.lower().strip().rstrip(".")
    table = news_domains()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        name = table.get(".".join(labels[i:]))
        if name:
            return name
    return _registrable_domain(host)


def _registrable_domain(host: str) -> str:
    from tld import get_fld

    return get_fld(host, fix_protocol=True, fail_silently=True) or re.sub(r"^www\d?\.", "", host)


_URL_HOST_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/]*@)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:[/?#]|$)",
                          re.I)
_TLD_RE = re.compile(r"\.[a-z]{2,}$", re.I)


def outlet_from_url(url: str | None) -> str | None:
    """The outlet a URL's domain names (see :func:`outlet_for_host`), or ``None``."""
    if not url:
        return None
    m = _URL_HOST_RE.match(url.strip())
    if not m or not _TLD_RE.search(m.group("host")):
        return None
    return outlet_for_host(m.group("host"))


#: A hash, a file name or a dataset id: "9ee825b776147cdb", "000_9ee825b776147cdb", "12_1ecbplus",
#: "test.jsonl", "APW19990519.0113", "42". Outlet names have no underscores and no such shapes.
_IDENTIFIER_RE = re.compile(
    r"(?=[a-f]*\d)[0-9a-f]{8,}|\S*_\S*|\d+|[\w.-]+\.(?:txt|text|json|jsonl|ndjson|gz|html?|xml|rss|atom|csv)"
    r"|[A-Z]{2,4}\d{6,}(?:\.\d+)?",
    re.I,
)


def looks_like_identifier(name: str, article: Article | None = None) -> bool:
    """Whether ``name`` is a file name, hash or dataset id rather than an outlet's
    name (``article``: also its id, path and file name)."""
    name = name.strip()
    if article is not None:
        own = {article.id}
        if article.path:
            p = PurePath(article.path)
            own |= {article.path, p.name, p.stem, PurePath(p.stem).stem}
        if name in own:
            return True
    return bool(_IDENTIFIER_RE.fullmatch(name))


_HOST_RE = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.I)


def outlet_from_metadata(source: str | None) -> str | None:
    """The outlet a metadata ``source`` names: an abbreviation spelled out
    (:data:`~newsbrief._patterns.OUTLET_ALIASES`), a host name or URL read as
    one (``www.bbc.co.uk`` -> BBC), an identifier refused (``None``)."""
    if not source or not source.strip():
        return None
    source = " ".join(source.split())
    alias = _patterns.OUTLET_ALIASES.get(source.lower())
    if alias:
        return alias
    if looks_like_identifier(source):
        return None
    if "://" in source or _HOST_RE.fullmatch(source):
        return outlet_from_url(source)
    return source


def outlet_from_text(text: str) -> str | None:
    """The outlet a text names for itself: a wire dateline ("Jan. 14 (UPI) --",
    "LONDON (AP) _"), a DW-style agency sign-off ("rs/rt (AFP, Reuters, dpa, AP)"),
    a byline opening a line ("(CNN) - The", "Washington (CNN) Sarah"), else the
    outlet it refers to as itself most often (see
    :data:`~newsbrief._patterns.SELF_REFERENCE_CUES`), else a staff address at
    a known news domain, else a closing rights line; ``None`` when it names none."""
    m = _patterns.DATELINE_AGENCY_RE.search(text[:2000])
    if m:
        return _patterns.AGENCY_NAMES.get(m.group("agency").upper(), m.group("agency"))
    m = _patterns.SIGNOFF_RE.search(text[-1500:])
    if m:
        return f"{_patterns.SIGNOFF_OUTLET} ({m.group('agencies').strip()})"
    m = _patterns.BYLINE_START_RE.search(text[:2000])
    if m:
        return _patterns.AGENCY_NAMES.get(m.group("agency").upper(), m.group("agency"))
    return _self_reference(text[:SCAN_CHARS]) or _staff_email_outlet(text[-1500:]) or _rights_line_outlet(text[-600:])


def _staff_email_outlet(tail: str) -> str | None:
    """The known news outlet whose domain a staff address in ``tail`` is at
    ("kate.mather@latimes.com" -> Los Angeles Times), else ``None``."""
    table = news_domains()
    for m in _patterns.STAFF_EMAIL_RE.finditer(tail):
        labels = m.group("host").lower().split(".")
        for i in range(len(labels) - 1):
            name = table.get(".".join(labels[i:]))
            if name:
                return name
    return None


def _rights_line_outlet(tail: str) -> str | None:
    """The publisher a closing "Copyright ... All rights reserved." line names
    ("Copyright 2014 WGCL-TV (Meredith Corporation). All rights reserved." ->
    WGCL-TV), else ``None``."""
    m = _patterns.RIGHTS_LINE_RE.search(tail)
    return _canonical_name(_bare(m.group("name").rstrip(".-"))) if m else None


#: Characters of an article read for self-references: every article of the four summarization sets is shorter
#: (the longest ~50 KB), while a 45 MB text would spend ~30 s in the cue pattern.
SCAN_CHARS = 200_000


def _bare(name: str) -> str:
    return re.sub(r"^[Tt]he ", "", name)


@cache
def _self_reference_re() -> re.Pattern[str]:
    names = sorted({_bare(n) for n in (*news_domains().values(), *_patterns.WIRE_AGENCIES)}, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    cues = [cue.replace("{name}", rf"(?<![\w-])(?:[Tt]he )?(?P<name{i}>{alternation})(?![\w-])")
            for i, cue in enumerate(_patterns.SELF_REFERENCE_CUES)]
    return re.compile("|".join(f"(?:{c})" for c in cues))


def _self_reference(text: str) -> str | None:
    text = _patterns.GLUED_CAPTION_LABEL_RE.sub(r"\1 ", text)
    votes: dict[str, int] = {}
    for m in _self_reference_re().finditer(text):
        canonical = _canonical_name(next(v for v in m.groupdict().values() if v))
        votes[canonical] = votes.get(canonical, 0) + 1
    return max(votes, key=lambda n: votes[n]) if votes else None


@cache
def _canonical_name(said: str) -> str:
    """A name as the table spells it ("New Arab" -> "The New Arab")."""
    for name in {*news_domains().values(), *_patterns.WIRE_AGENCIES}:
        if _bare(name) == said:
            return name
    return said


@cache
def _wire_alias_res() -> list[tuple[str, re.Pattern[str]]]:
    return [(family, re.compile(rf"(?:the )?(?:{aliases})", re.I)) for family, aliases in _patterns.WIRE_AGENCIES.items()]


def _wire_named(name: str) -> str | None:
    """The wire family a name spells (``Associated Press Worldstream`` -> Associated Press)."""
    name = " ".join(name.split())
    return next((family for family, pattern in _wire_alias_res() if pattern.fullmatch(name)), None)


def wire_family(article: Article) -> str | None:
    """The wire agency whose story ``article`` is: its outlet is the agency, its
    dateline credits one ("LONDON (AP) --"), or it closes with the agency's
    copyright ("Copyright 2016 The Associated Press"); ``None`` for an outlet's own story."""
    family = _wire_named(article.source) if article.source else None
    if family:
        return family
    text = article.raw_text
    m = _patterns.DATELINE_AGENCY_RE.search(text[:2000]) or _patterns.BYLINE_START_RE.search(text[:2000])
    if m:
        family = _wire_named(_patterns.AGENCY_NAMES.get(m.group("agency").upper(), m.group("agency")))
        if family:
            return family
    m = _patterns.WIRE_COPYRIGHT_RE.search(text[-600:])
    return _wire_named(m.group("agency")) if m else None


def independent_source(article: Article) -> str:
    """The independent source ``article`` counts as: its wire family, else its
    outlet, else (outlet unknown) the article itself."""
    family = wire_family(article)
    if family:
        return family
    return article.source if article.source else f"{UNNAMED_SOURCE_PREFIX}{article.id}"


#: How :func:`independent_source` keys an article whose outlet nothing names (followed by the article's id).
UNNAMED_SOURCE_PREFIX = f"{UNKNOWN_OUTLET} "


def is_named_source(key: str) -> bool:
    """Is ``key`` (an :func:`independent_source`, a view's ``family``) a known source: a wire family or a named
    outlet? An article whose outlet nothing names is not: it may be a copy of any other."""
    return not key.startswith(UNNAMED_SOURCE_PREFIX)


def plural(n: int, word: str, words: str | None = None) -> str:
    """``plural(1, "source")`` -> ``"1 source"``; ``plural(2, "story", "stories")`` -> ``"2 stories"``: the one
    count phrase of every format (terminal, Markdown, HTML, pages)."""
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def sources_phrase(named: int, unnamed: int) -> str:
    """How many independent sources say something, as a reader reads it: ``"3 independent sources"``. An
    article whose outlet nothing names is no known independent source (33 unnamed pages may be one outlet's),
    so it is said apart: ``"33 articles, sources not named"``, ``"3 independent sources and 2 articles whose
    outlets are not named"``."""
    if not unnamed:
        return plural(named, "independent source")
    if not named:
        return f"{plural(unnamed, 'article')}, {'source' if unnamed == 1 else 'sources'} not named"
    return (f"{plural(named, 'independent source')} and {plural(unnamed, 'article')} whose "
            f"{'outlet is' if unnamed == 1 else 'outlets are'} not named")


def independent_sources(articles: Iterable[Article]) -> dict[str, list[Article]]:
    """Articles grouped by :func:`independent_source`, groups in first-article
    order: ``len(...)`` is the "3 independent sources" of "3 independent sources,
    9 articles"."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(independent_source(article), []).append(article)
    return groups
