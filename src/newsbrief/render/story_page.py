"""The story page's model of a brief: plain dicts and strings the page template (``web_brief.html``) lays out, no
HTML here, so everything stays autoescaped. One numbering (the brief's article numbers, near-duplicates included) and
outlet names instead of the analysis' internal source numbers.

Used by ``newsbrief serve``'s story page (:mod:`newsbrief.server.pages`) and by the page a brief is written to
(``newsbrief brief --format html``, :func:`newsbrief.render.to_html`): one page, read at desktop and phone width.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import UNKNOWN_OUTLET, Article, Brief, is_unnamed
from ..source_counts import counted_sources, counts_line
from .analysis import CONTEXT_LABEL, agreed_figures, carried_by, carried_count, entity_rows, event_when, readable, single_outlet_list

#: spaCy entity labels in words a reader knows.
ENTITY_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "building or site",
    "EVENT": "event",
    "OTHER": "other",
    "NORP": "group",
    "PRODUCT": "product",
    "LAW": "law",
    "WORK_OF_ART": "work",
    "LANGUAGE": "language",
}

#: How many rows each section of the story page holds (the JSON has everything).
MAX_ENTITIES = 20
MAX_QUOTES = 12
MAX_UNITS = 10
MAX_EVENTS = 30
MAX_FACTS = 12
#: Of those, how many an opened section shows before "Show N more" (stop 39: 30 dated events, 20 entities or 12
#: quotes at once read as a dump on every story page read), and how many agreed figures.
SHOWN = 8
FIGURES_SHOWN = 5


def entity_kind(label: str) -> str:
    """``"GPE"`` -> ``"place"``; an unknown label is lower-cased."""
    return ENTITY_KINDS.get(label, label.replace("_", " ").lower())


def story_view(brief: Brief, outlets: Any = None) -> dict[str, Any]:
    """The story page's model of ``brief``: sources (numbered as the brief
    numbers them), disagreements, agreement, entities, quotes, timeline and
    coverage, each naming outlets; sections are empty without an analysis.
    With the user's outlet metadata (:class:`~newsbrief.outlet_metadata.OutletMetadata`),
    ``coverage_bars`` splits the original (not near-duplicate) articles by lean, country and owner."""
    numbers = brief.article_numbers()
    by_id = {a.id: a for a in brief.articles}
    d = brief.analysis.to_dict() if brief.analysis is not None else {}
    # the analysis numbers independent sources 1..n; the page uses the brief's article numbers
    src = {s["n"]: (numbers.get(s["article_id"], s["n"]), by_id[s["article_id"]].outlet if s["article_id"] in by_id
                    else s["outlet"]) for s in d.get("sources", [])}

    def who(ns: list[int]) -> list[dict[str, Any]]:
        return group_by_outlet([{"n": src[n][0], "outlet": src[n][1]} for n in ns if n in src])

    def cites(cs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{"n": numbers.get(c["article_id"]), "outlet": c["outlet"], "text": c["text"],
                 "article_id": c["article_id"],
                 # when it was said: differing figures months apart may be a toll that grew, not a dispute
                 "date": by_id[c["article_id"]].date if c["article_id"] in by_id else None,
                 "name": by_id[c["article_id"]].outlet if c["article_id"] in by_id else c["outlet"]} for c in cs]

    # counted as the counts line and the cross-source view count them (an uncredited copy with its source)
    groups = counted_sources(brief.articles)  # (near-duplicates left out: brief.sources' articles)
    independent = len(groups)
    return {
        "sources": _sources(brief, numbers, by_id),
        "independent": independent,
        # "12 articles · 3 independent sources · 4 outlets"; "33 articles, sources not named" (never 33 independent)
        "counts": counts_line(brief.articles, groups=groups),
        # no article names its outlet: the head says so once, the rows do not say "(outlet not named)" each time
        "all_unnamed": bool(brief.articles) and all(is_unnamed(a.outlet) for a in brief.articles),
        # one source: nothing on the page can be confirmed by a second outlet, and the page says so
        "single_source": independent <= 1,
        # the brief's warnings: about the whole brief above the summary (read it with them in mind), about one
        # input (a line skipped, an article given twice) after it; with one source the page's own note says
        # what "only one article" would
        "warnings": [w for w in brief.warnings if not ITEM_NOTE.match(w)
                     and not (independent <= 1 and w.startswith("only one article"))],
        "notes": [reader_note(w, brief) for w in brief.warnings if ITEM_NOTE.match(w)],
        "disagreements": _disagreements(d, who, cites),
        "consensus": [{"text": u["text"], "who": who(u["sources"]), "context": u.get("context"),
               "context_label": CONTEXT_LABEL} for u in d.get("agreement", {}).get("consensus", [])[:MAX_UNITS]],
        "shared": [{"text": u["text"], "who": who(u["sources"]), "context": u.get("context"),
               "context_label": CONTEXT_LABEL} for u in d.get("agreement", {}).get("shared", [])[:MAX_UNITS]],
        "one_family": [{"text": u["text"], "who": who(u["sources"]), "context": u.get("context"),
                        "context_label": CONTEXT_LABEL} for u in d.get("agreement", {}).get("single_family", [])][:MAX_UNITS],
        "single": [{"text": x["text"], "who": who([e["source"]])} for e in single_outlet_list(d)
                   for x in e["details"]][:MAX_UNITS],
        "majority": d.get("majority"),
        # the sources "most outlets" is counted over (an article naming no outlet is one of its own)
        "families": len(d.get("families", [])) or independent,
        "entities": _entities(d, who, src),
        "quotes": [{"text": q["text"], "speaker": q["speaker"], "who": who(q["sources"]), "count": carried_count(q),
                    "several": carried_by(q) != "in"}
                   for q in d.get("quotes", []) if q["speaker"] or len(q["sources"]) > 1][:MAX_QUOTES],
        "figures": _agreed_figures(d, who),
        "shown": SHOWN,
        "figures_shown": FIGURES_SHOWN,
        "timeline": _timeline(d, who),
        "coverage": _coverage(d, src),
        "has_analysis": bool(d),
        "coverage_bars": outlets.coverage([(a.outlet, a.url) for a in brief.articles if not a.duplicate_of])
        if outlets is not None else [],
    }


def _timeline(d: dict[str, Any], who) -> list[dict[str, Any]]:
    """The dated events, oldest first; a sentence listed before under another date (it names two: "this year" and
    "May 11") has ``again``, the first date's label, and its own date expressions, so the page says which words
    date it instead of giving the sentence twice."""
    out: list[dict[str, Any]] = []
    first: dict[str, str] = {}
    for e in d.get("timeline", [])[:MAX_EVENTS]:
        display = event_when(e)
        key = " ".join(e["text"].split())
        again = first.get(key) if e.get("expressions") else None
        first.setdefault(key, display)
        out.append({"start": e["start"], "display": display, "text": e["text"], "who": who(e["sources"]),
                    "again": again if again != display else None, "expressions": e.get("expressions") or [],
                    "context": e.get("context"), "context_label": CONTEXT_LABEL})
    return out


def _agreed_figures(d: dict[str, Any], who) -> list[dict[str, Any]]:
    """The figures the outlets agree on, each in a sentence that gives it (:func:`~newsbrief.render.analysis.agreed_figures`),
    named by outlet."""
    return [{**v, "who": who(v["sources"])} for v in agreed_figures(d)]


#: A warning about one input, not the whole brief: it opens with the input's name or id ("pasted article 3: ...",
#: "feed.jsonl: entry 4: ...", "f61cef74: the same article was given twice", "article 2 (x.txt) has ...").
ITEM_NOTE = re.compile(r"(?:pasted article \d+:|article \d+ \(|[^\s:]+:)")
#: A digest page's note: "article 2 (/data/D0648C.jsonl) is a digest of 3 stories: ..." (the brief's stage names the
#: article by its path, else its title, else its id).
_DIGEST_NOTE_RE = re.compile(r"article (\d+) \((.+?)\) is a digest\b")
#: A note that opens on the name of the input it is about, with the line when it is a line of a feed: a path
#: ("/tmp/x/feed.jsonl:3: no article: ...", "C:\\in\\a.txt: the same article was given twice") or a file's name
#: ("feed.jsonl: entry 4: ...").
_INPUT_NAME_RE = re.compile(r"^(?P<name>(?:[A-Za-z]:)?[^\s:]*[/\\][^\s:]*"
                            r"|[^\s:/\\]+\.[A-Za-z][A-Za-z0-9]{0,4}(?:\.gz)?|<input>)(?::(?P<line>\d+))?:\s+")


def reader_note(note: str, brief: Brief) -> str:
    """A note about one input as the story page's reader reads it: the input named by the number the page shows
    for its article ("source 2 is a digest of 3 stories: ...") or, when it is no article of the brief (a line
    skipped), as "A text given", never by a file's path or name ("/tmp/x/D0648C.jsonl:3: no article: ..."). The
    terminal's and the JSON's warnings keep the path: there the reader is the one who named the files."""
    numbers = brief.article_numbers()

    def number(name: str, line: int | None = None, nth: int | None = None) -> int | None:
        # the articles of one feed share its path: the one at the note's own number, else the one at its line,
        # else the only article of that name
        if nth is not None and 0 < nth <= len(brief.articles) and name in _names(brief.articles[nth - 1]):
            return numbers.get(brief.articles[nth - 1].id)
        named = [a for a in brief.articles if name in _names(a) and (line is None or a.line == line)]
        return numbers.get(named[0].id) if len(named) == 1 else None

    m = _DIGEST_NOTE_RE.match(note)
    if m:
        n = number(m.group(2), nth=int(m.group(1)))
        return f"source {n if n is not None else m.group(1)}" + note[m.end(2) + 1:]
    m = _INPUT_NAME_RE.match(note)
    if m:
        n = number(m.group("name"), int(m.group("line")) if m.group("line") else None)
        return (f"source {n}: " if n is not None else "A text given: ") + note[m.end():]
    return note


def _names(a: Article) -> tuple[str | None, ...]:
    return (a.path, a.title, a.id)


def group_by_outlet(who: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``[{n: 7, outlet: A}, {n: 11, outlet: A}, {n: 5, outlet: B}]`` -> one entry per outlet, in first-seen
    order, with all its article numbers in ``ns`` ("7 11 A, 5 B", not "7 A, 11 A, 5 B"); an unknown
    outlet is not one outlet, so its articles stay apart."""
    out: list[dict[str, Any]] = []
    by_outlet: dict[str, dict[str, Any]] = {}
    for w in who:
        entry = by_outlet.get(w["outlet"]) if w["outlet"] != UNKNOWN_OUTLET else None
        if entry is None:
            entry = {"n": w["n"], "ns": [w["n"]], "outlet": w["outlet"]}
            out.append(entry)
            if w["outlet"] != UNKNOWN_OUTLET:
                by_outlet[w["outlet"]] = entry
        else:
            entry["ns"].append(w["n"])
    return out


def _sources(brief: Brief, numbers: dict[str, int], by_id: dict[str, Article]) -> list[dict[str, Any]]:
    out = []
    for a in brief.articles:
        original = by_id.get(a.duplicate_of) if a.duplicate_of else None
        url = a.url if a.url and a.url.lower().startswith(("http://", "https://")) else None
        out.append({
            "n": numbers[a.id], "id": a.id, "outlet": a.outlet, "title": _card_title(a.title), "url": url,
            "opening": None if _card_title(a.title) else _opening(a, 120),
            "date": a.date, "file": _file_name(a) if not url else None,
            "duplicate_of": {"n": numbers.get(original.id), "outlet": original.outlet} if original else None,
        })
    return out


#: Opening sentences looked at for one that says something (past date lines and scraps).
_OPENING_SENTENCES = 4


def _is_date_line(text: str) -> bool:
    from ..headline import is_date_line

    return is_date_line(text)


def _card_title(title: str | None) -> str | None:
    """An article's title as its source card shows it: none when it is only a date line."""
    return title if title and title.strip() and not _is_date_line(title) else None


def _opening(a: Article, limit: int) -> str | None:
    """What names an untitled article on its card: its first sentence that is not a date line and has at least
    three words (else its first sentence), past a wire dateline ("WASHINGTON — "), shortened; None when it has no
    text left."""
    from ..rewrite import strip_dateline

    texts = [s.text for s in a.sentences[:_OPENING_SENTENCES]] or [a.body]
    texts = [t for t in texts if t and t.strip()]
    good = next((t for t in texts if not _is_date_line(t) and len(t.split()) >= 3), None)
    text = good or next((t for t in texts if not _is_date_line(t)), None)
    return _shorten(strip_dateline(" ".join(text.split())), limit) if text else None


#: Files that hold one article each: their name may tell a person which file it was ("haftar-bbc.txt").
_ONE_ARTICLE_FILES = (".txt", ".text", ".html", ".htm", ".xhtml")


def _file_name(a: Article) -> str | None:
    """The base name of the file an article was read from, when it names that article to a person: a file of one
    article whose name is no hash or id (never ``test.jsonl.gz``, a file of many, nor ``000_9ee825b776147cdb.txt``);
    ``None`` for pasted text or when it is the outlet. The JSON keeps the path either way."""
    from ..outlets import looks_like_identifier

    name = a.path.replace("\\", "/").rsplit("/", 1)[-1] if a.path else None
    if not name or name == a.outlet or not name.lower().endswith(_ONE_ARTICLE_FILES):
        return None
    stem = name.rsplit(".", 1)[0]
    return None if looks_like_identifier(stem) else name


def _shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters (plus "…")."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


#: At most this many sentences are quoted under one outlet's version of a differing account.
MAX_ACCOUNT_EVIDENCE = 3


def covering_citations(version: dict[str, Any]) -> list[dict[str, Any]]:
    """The fewest of an account version's cited sentences (at most :data:`MAX_ACCOUNT_EVIDENCE`, in article order)
    that name its items: first the names only this outlet gives, then the rest; the first sentence when none names
    one. An outlet's list is often gathered from two sentences ("Russia, which backs Haftar, ..." and "... also backed
    by Egypt, Saudi Arabia and Jordan"): quoting only the first would show "only here: Jordan" under a sentence
    without Jordan in it."""
    cs = version["citations"]
    texts = [c["text"].lower() for c in cs]
    chosen: list[int] = []
    for names in (version.get("only_here") or [], version["items"]):
        left = {n for n in names if not any(n.lower() in texts[i] for i in chosen)}
        while left and len(chosen) < MAX_ACCOUNT_EVIDENCE:
            gain = [(sum(n.lower() in t for n in left), -i) for i, t in enumerate(texts)]
            best, neg_i = max(gain)
            if best == 0:
                break
            chosen.append(-neg_i)
            left = {n for n in left if n.lower() not in texts[-neg_i]}
    return [cs[i] for i in sorted(chosen)] or cs[:1]


def _disagreements(d: dict[str, Any], who, cites) -> list[dict[str, Any]]:
    """Conflicting figures, differing lists and events dated differently, each as versions by outlet."""
    out = []
    for f in map(readable, d.get("conflicts", [])):
        out.append({"kind": "Figures differ", "topic": f["quantity"], "versions": [
            {"text": v["text"], "who": who(v["sources"]), "evidence": cites(v["citations"][:1])} for v in f["values"]]})
    for df in d.get("agreement", {}).get("differences", []):
        target = " / ".join(df["targets"])
        out.append({"kind": "Accounts differ", "topic": f"{df['relation']} {target}".strip(),
                    "common": df["common"], "versions": [
            {"text": ", ".join(v["items"]), "only_here": v["only_here"], "who": who([v["source"]]),
             "evidence": cites(covering_citations(v))} for v in df["versions"]]})
    for dd in d.get("date_disagreements", []):
        out.append({"kind": "Dated differently", "topic": dd["text"], "versions": [
            {"text": v["display"], "who": who(v["sources"]), "evidence": cites(v["citations"][:1])} for v in dd["versions"]]})
    return out


#: The analysis' label of an article whose outlet nothing names: "unknown outlet [3]" (3: its source number).
_UNNAMED_LABEL = re.compile(r"unknown outlet \[(\d+)\]")


def _entities(d: dict[str, Any], who, src: dict[int, tuple[int, str]]) -> list[dict[str, Any]]:
    """The entity rows; mentions per outlet keyed by the outlet, or "source 3" for an article naming none (the
    page's number, never the internal "unknown outlet [3]")."""

    def label(k: str) -> str:
        m = _UNNAMED_LABEL.fullmatch(k)
        return f"source {src[int(m.group(1))][0]}" if m and int(m.group(1)) in src else k

    ents = entity_rows(d)[:MAX_ENTITIES]
    top = max((e["mentions"] for e in ents), default=1)
    return [{
        "name": e["name"] + (f" ({e['acronym']})" if e["acronym"] else ""),
        "kind": entity_kind(e["label"]),
        "variants": [v for v in e["variants"] if v not in (e["name"], e["acronym"])],
        "mentions": e["mentions"],
        "bar": max(4, round(100 * e["mentions"] / top)),
        "who": who(e["sources"]),
        "by_outlet": {label(k): v for k, v in e["by_outlet"].items()},
        "count": carried_count(e),
        "articles": len(e["sources"]),
    } for e in ents]


#: Most sources the coverage grid has columns for: past it the page shows no grid (28 or 43 columns headed by
#: numbers, and a "did not report" line per source, read as a dump; ECB+ and WikiRef stories have that many).
MAX_COVERAGE_COLUMNS = 8


def _coverage(d: dict[str, Any], src: dict[int, tuple[int, str]]) -> dict[str, Any]:
    """Facts (rows) x independent sources (columns): which outlet reported which shared fact. A column is an
    independent source (an outlet's or an agency's articles together, numbered by its first article), so a fact
    one of its later articles reports is ticked ("4 9 The New York Times" in the agreement list is not "0 of 3"
    here); what each source "did not report" is counted over the facts shown. With more than
    :data:`MAX_COVERAGE_COLUMNS` sources there is no grid (``grid`` false) and the page leaves the section out (its
    agreement list names who reports each fact)."""
    facts = d.get("facts", [])[:MAX_FACTS]
    fams = [c for c in d.get("coverage", []) if c["source"] in src]
    columns = [{"n": src[c["source"]][0], "outlet": src[c["source"]][1], "source": c["source"],
                "members": set(c.get("sources") or [c["source"]])} for c in fams]
    rows = []
    for f in facts:
        reported = set(f["sources"])
        cells = [bool(c["members"] & reported) for c in columns]
        rows.append({"text": f["text"], "cells": cells, "count": sum(cells)})
    missing = []
    for k, c in enumerate(columns):
        omits = sum(not r["cells"][k] for r in rows)
        if omits:
            missing.append({"n": c["n"], "outlet": c["outlet"], "omits": omits, "of": len(rows)})
    grid = len(columns) <= MAX_COVERAGE_COLUMNS
    return {"columns": [{k: v for k, v in c.items() if k != "members"} for c in columns], "rows": rows,
            "missing": missing if grid else [], "grid": grid,
            "more": max(0, len(d.get("facts", [])) - len(facts))}


__all__ = ["ENTITY_KINDS", "FIGURES_SHOWN", "ITEM_NOTE", "MAX_COVERAGE_COLUMNS", "SHOWN", "entity_kind", "group_by_outlet",
           "story_view"]
