"""Render the cross-source view (``Analysis.to_dict()``) as Markdown (also
used, as plain text, by the terminal renderer) or as an HTML fragment.

Both work from the dict alone, so a stored JSON brief renders the same way.
All article text in HTML goes through Jinja2 autoescape.
"""

from __future__ import annotations

import io
import json
import re
from typing import Any

from ..analyze._cues import FIGURE_MODIFIERS, UNITS_WORDS
from ..errors import UnknownFormatError
from ..model import is_unnamed
from ..outlets import is_named_source, plural, sources_phrase
from ._escape import md_escape
from .templates import jinja_env

#: How many rows each section shows (JSON always has everything).
MAX_ENTITIES = 30
MAX_QUOTES = 15
MAX_FIGURES = 15
MAX_UNITS = 10
MAX_EVENTS = 40


def source_name(n: int, label: str) -> str:
    """``[2] AP`` for source 2 labelled "AP [2]" (the label's own number is not said twice); ``source [3]`` for an
    article whose outlet nothing names (its label "unknown outlet [3]" is the view's data, not a name to show)."""
    bare = bare_label(n, label)
    return f"source [{n}]" if is_unnamed(bare) else f"[{n}] {bare}"


def bare_label(n: int, label: str) -> str:
    """A source's label without the ``[n]`` it carries when one outlet has several articles (shown by a list's own
    numbering), as written or Markdown-escaped."""
    for tail in (f" [{n}]", f" \\[{n}\\]"):
        if label.endswith(tail):
            return label[: -len(tail)]
    return label


def source_title(s: dict[str, Any]) -> str:
    """What names a source's article: its title, else its opening words (``display_title``); a view stored before
    ``display_title`` falls back to its id."""
    return s.get("display_title") or s.get("title") or s["article_id"]


#: What the date its relative dates were read against is, for an undated article, in words (``Source.anchor_from``).
_ANCHOR_FROM = {
    "dateline": "its dateline",
    "cluster": "the date given for the story",
    "text": "the latest date in its text",
    "cluster-text": "the latest date in these articles",
}


def source_dated(s: dict[str, Any]) -> str:
    """A source's date ("2013-04-25, from its URL" when it was read there), or for an undated one the date its
    "Monday" and "last week" were read against, and where that date comes from: "undated; relative dates read as of
    2012-06-30, the latest date in these articles" (was "dates resolved against 2012-06-30 (cluster-text)", the
    field's value); "..., the date of [9], the dated article most like it" when it took that article's date."""
    if s.get("date"):
        # a date read from the URL ("/2013/03/08/") is no publication date given: the reader is told so
        return f"{s['date']}, from its URL" if s.get("date_from_url") else str(s["date"])
    if not s.get("anchor_date"):
        return "undated"
    where = _ANCHOR_FROM.get(s.get("anchor_from") or "")
    if s.get("anchor_like"):  # read as of the dated article most like it (analyze.make_sources)
        where = f"the date of [{s['anchor_like']}], the dated article most like it"
    elif s.get("anchor_stamped"):
        where = "the time stamp at its head"
    return f"undated; relative dates read as of {s['anchor_date']}" + (f", {where}" if where else "")


def _sentence_start(text: str) -> str:
    """``text`` opening a sentence: "source [3] did not report ..." -> "Source [3] ..." (an outlet's name as written)."""
    return text[:1].upper() + text[1:] if text.startswith("source [") else text


def _refs(ns: list[int]) -> str:
    return "".join(f"[{n}]" for n in ns)


def _names(d: dict[str, Any], ns: list[int]) -> str:
    labels = {s["n"]: s["label"] for s in d.get("sources", [])}
    out = []
    for n in ns:
        bare = bare_label(n, str(labels.get(n, n)))
        out.append(f"source [{n}]" if is_unnamed(bare) else f"{bare} [{n}]")  # (the number said once)
    return ", ".join(out)


def n_families(d: dict[str, Any]) -> int:
    """Independent sources of the view (source families; a view stored before families counts its articles)."""
    return len(d.get("families") or d.get("sources", []))


def source_count(n_sources: int, n_articles: int) -> str:
    """``"3 sources (9 articles)"``; ``"3 sources"`` when every source is one article."""
    text = plural(n_sources, "source")
    return text if n_sources == n_articles else f"{text} ({plural(n_articles, 'article')})"


def carried_count(item: dict[str, Any]) -> str:
    """How many independent sources carry a quote or mention an entity: ``"2 independent sources (3 articles)"``,
    or ``"2 independent sources"`` when each is one article (a view stored before families counts articles).
    Articles whose outlet nothing names are said apart (:func:`~newsbrief.outlets.sources_phrase`)."""
    n_articles = len(item["sources"])
    families = item.get("families") or []
    unnamed = sum(not is_named_source(f) for f in families)
    if unnamed:
        return sources_phrase(len(families) - unnamed, unnamed)
    n_sources = len(families or item["sources"])
    text = plural(n_sources, "independent source")
    return text if n_sources == n_articles else f"{text} ({plural(n_articles, 'article')})"


def carried_by(item: dict[str, Any]) -> str:
    """What leads a quote's outlets: ``"carried by 2 independent sources (4 articles):"`` when several sources carry
    it, else ``"in"`` ("in [2] HuffPost", not "carried by 1 independent source: [2] HuffPost" under every quote of
    one source; stop 39, the story page says the same); also "in" when no carrier names its outlet ("in sources 5 14
    17 (outlets not named)", not "carried by 3 articles, sources not named: sources 5 14 17 (outlets not named)")."""
    families = item.get("families") or []
    if families and not any(is_named_source(f) for f in families):
        return "in"
    return f"carried by {carried_count(item)}:" if len(families or item["sources"]) > 1 else "in"


def by_family(d: dict[str, Any], e: dict[str, Any]) -> str:
    """An entity's mentions per independent source: ``"Xinhua [2][3]: 7, The New York Times [1]: 3"``
    (a view stored before families: per article, ``"[1] 3, [2] 7"``)."""
    if "by_family" not in e:
        return ", ".join(f"[{n}] {k}" for n, k in zip(e["sources"], e["by_outlet"].values()))
    fam_of = {s["n"]: s.get("family") for s in d.get("sources", [])}
    labels = {f["family"]: f["label"] for f in d.get("families", [])}
    parts = []
    for fam, count in e["by_family"].items():
        ns = [n for n in e["sources"] if fam_of.get(n) == fam]
        label = bare_label(ns[0], labels.get(fam, fam)) if len(ns) == 1 else labels.get(fam, fam)
        parts.append(f"{'source' if ns and is_unnamed(bare_label(ns[0], label)) else label} {_refs(ns)}: {count}")
    return ", ".join(parts)


def count_suffix(u: dict[str, Any]) -> str:
    """``" — 3 sources (9 articles)"`` after an agreement item whose sources carry it in more articles than
    there are sources; empty when every source is one article (the references say it all)."""
    n_sources, n_articles = len(u.get("families") or u["sources"]), len(u["sources"])
    return "" if n_sources == n_articles else f" — {source_count(n_sources, n_articles)}"


def family_suffix(d: dict[str, Any], u: dict[str, Any]) -> str:
    """``" — Associated Press, 4 articles"`` after an item one source reports in several articles."""
    return f" — {_family_names(d, u)}, {plural(len(u['sources']), 'article')}"


def single_outlet_list(d: dict[str, Any]) -> list[dict[str, Any]]:
    """The "only one outlet reports" entries, empty when the view has one source: every detail would be listed."""
    return d.get("agreement", {}).get("single_source", []) if n_families(d) > 1 else []


def sources_line(d: dict[str, Any]) -> str:
    """``3 independent sources (9 articles); "most outlets" means at least 2 of them.``

    One source is said plainly: there is no second outlet to compare with. Articles whose outlet nothing names
    are no known independent sources: ``33 articles, sources not named (each counted on its own below) ...``."""
    n_art = len(d.get("sources", []))
    n_src = n_families(d)
    unnamed = [f for f in d.get("families", []) if not is_named_source(f["family"])]
    if unnamed:
        n_unnamed = sum(len(f["sources"]) for f in unnamed)
        said = sources_phrase(n_src - len(unnamed), n_unnamed)
        if n_src <= 1:
            return f"{said}: there is no second source to compare with, so nothing below is confirmed by another."
        return (f"{said} (each counted on its own below); \"most outlets\" means at least "
                f"{d.get('majority', 1)} of them.")
    articles = f" ({plural(n_art, 'article')})" if n_art != n_src else ""
    if n_src <= 1:
        return (f"1 independent source{articles}: there is no second outlet to compare with, so nothing below is "
                "confirmed by another source.")
    return (f"{plural(n_src, 'independent source')}{articles}; \"most outlets\" means at least "
            f"{d.get('majority', 1)} of them.")


#: Entity types as shown (spaCy's labels stay in the JSON).
ENTITY_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
                "EVENT": "Event", "NORP": "Group", "OTHER": "Other"}


def entity_type(label: str) -> str:
    return ENTITY_TYPES.get(label, label.title())


def entity_rows(d: dict[str, Any]) -> list[dict[str, Any]]:
    """Entities worth a row: named by two independent sources, or in two spellings, or three times."""
    ents = [e for e in d.get("entities", []) if len(e.get("families") or e["sources"]) >= 2 or len(e["variants"]) >= 2
            or e["mentions"] >= 3]
    return ents[:MAX_ENTITIES]


def quote_rows(d: dict[str, Any]) -> list[dict[str, Any]]:
    qs = [q for q in d.get("quotes", []) if q["speaker"] or len(q["sources"]) > 1]
    return qs[:MAX_QUOTES]


#: What the figures section says when no figure conflicts and no two sources give one.
NO_SHARED_FIGURES = "No figure conflicts, and none is given by two independent sources."


#: Kinds of figure whose values read as "value unit" ("58 km", "magnitude 5.9", "40%"), whatever the outlet wrote
#: ("about 58km", "5.9 -magnitude", "5. 9-magnitude" tokenized as "5.9 Earthquake", "40 percent").
UNIT_KINDS = frozenset({"measure", "percent"})
#: A number as written: digits, or a number word ("seven km").
_NUMBER_RE = re.compile(r"\d[\d,.]*|\b(?:" + "|".join(sorted(UNITS_WORDS, key=len, reverse=True)) + r")\b", re.I)


def _number(x: float | int) -> str:
    """"2,000", "5.9", "26.94"."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.6f}".rstrip("0").rstrip(".")


def caliber_number(written: str, value: float) -> str:
    """A calibre as a reader writes it, its fraction of an inch with no leading zero: ".357" for ".357 Magnum" and
    ".38" for "38-caliber" (the digits written), never "0.357"; ".5" from the value alone when no digits are."""
    return f".{written}" if written.isdigit() else _number(value).removeprefix("0")


def value_label(f: dict[str, Any], v: dict[str, Any]) -> str:
    """A value as the reader reads it: a measure or share as the value with its unit, the same for every outlet
    ("about 58 km" for "about 58km", "magnitude 5.9" for "5.9 -magnitude" and "5.9 Earthquake", "40%" for "40
    percent", ".357 caliber" for ".357 Magnum": :func:`caliber_number`), its modifier kept ("about", "more than");
    a count, an amount of money, a duration, a range or a vague amount ("hundreds of feet") as written."""
    text = v["text"]
    unit = (v.get("citations") or [{}])[0].get("unit")
    numbers = _NUMBER_RE.findall(text)
    if f.get("counts") not in UNIT_KINDS or not unit or len(numbers) != 1:
        return text
    value = v["value"]
    before = " ".join(text[: text.lower().find(numbers[0].lower())].lower().split())
    mod = f"{before} " if before in FIGURE_MODIFIERS else ""
    if unit == "magnitude":
        return f"{mod}magnitude {_number(value)}"
    if unit == "caliber":
        return f"{mod}{caliber_number(numbers[0], value)} caliber"
    return f"{mod}{_number(value)}{unit}" if unit == "%" else f"{mod}{_number(value)} {unit}"


def readable(f: dict[str, Any]) -> dict[str, Any]:
    """A figure row with its values' labels readable (:func:`value_label`); each value's words as written stay in
    ``as_written``."""
    return {**f, "values": [{**v, "text": value_label(f, v), "as_written": v["text"]} for v in f["values"]]}


def _row_key(f: dict[str, Any]) -> tuple:
    """One quantity: the same kind, counted noun or unit (its label)."""
    return (f.get("counts"), f["quantity"])


def _merged(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of one quantity made one row at the first one's place (values of one label joined, their outlets
    pooled); a conflict stays a row of its own (only its values, under its flag)."""
    out: list[dict[str, Any]] = []
    by_key: dict[tuple, dict[str, Any]] = {}
    for f in rows:
        if f["conflict"]:
            out.append(f)
            continue
        row = by_key.get(_row_key(f))
        if row is None:
            row = by_key[_row_key(f)] = {**f, "values": []}
            out.append(row)
        for v in f["values"]:
            same = next((w for w in row["values"] if w["text"] == v["text"]), None)
            if same is None:
                row["values"].append(v)
            else:
                row["values"][row["values"].index(same)] = {
                    **same, "sources": sorted({*same["sources"], *v["sources"]}),
                    "outlets": list(dict.fromkeys([*same.get("outlets", []), *v.get("outlets", [])])),
                    "citations": [*same.get("citations", []), *v.get("citations", [])]}
        if all("value" in v for v in row["values"]):
            row["values"].sort(key=lambda v: v["value"])
    return out


def figure_rows(d: dict[str, Any]) -> list[dict[str, Any]]:
    """The figures worth showing: every conflict, and of the others the values two independent sources give (two
    articles when the story has one source), one row per quantity (:func:`_merged`), every value readable
    (:func:`readable`). A value one source gives is in its article; listed, every number of a long story lumped by
    unit ("$2; $2.8125; $4.12; ...", "47 rifles" from "AK-47") read as a data dump."""
    family = {s["n"]: s.get("family") or s["n"] for s in d.get("sources", [])}
    one_source = n_families(d) == 1
    out = []
    if "agreed_figures" in d:  # the same figure of the same thing (analysis.figure_agreement), with its sources
        out = [readable(f) for f in d.get("figures", []) if f["conflict"]]
        out += [readable({"quantity": a["quantity"], "counts": a["counts"], "noun": a["noun"], "conflict": False,
                          "values": [{k: a[k] for k in ("text", "value", "sources", "outlets", "citations", "figure")
                                      if k in a}]})
                for a in d["agreed_figures"]]
        return _merged(out)[:MAX_FIGURES]
    for f in d.get("figures", []):  # (a view stored before agreed figures: values consistent within rounding)
        if f["conflict"]:
            out.append(readable(f))
            continue
        shared = [v for v in f["values"]
                  if len(set(v["sources"]) if one_source else {family.get(n, n) for n in v["sources"]}) >= 2]
        if shared:
            out.append(readable({**f, "values": shared}))
    return _merged(out)[:MAX_FIGURES]


def agreed_figures(d: dict[str, Any]) -> list[dict[str, Any]]:
    """The figures two or more independent sources give alike (not the conflicts), one per value, each with the
    shortest sentence that gives it as written (``context``; one the value before was not shown in when there is
    another; when there is none and the same sources give both, the two figures share one row, "13 assists, 11
    rebounds", and ``figures`` lists each figure as read), at most :data:`MAX_UNITS`: "$1.3 billion: “Ms. Pelosi
    and Mr. Schumer said $1.3 billion was their highest bid.”", not a row "money (USD): $5; $25; $200; $3,600" of a quantity's label and bare values (read as a
    data dump on every story page read at stop 39)."""
    out: list[dict[str, Any]] = []
    shown_in: dict[str, dict[str, Any]] = {}  # a sentence shown -> its row
    for f in figure_rows(d):
        if f["conflict"]:
            continue
        for v in f["values"]:
            texts = [" ".join(c["text"].split()) for c in v.get("citations", []) if c.get("text")]
            written = (v.get("as_written") or v["text"]).lower()
            # a sentence with the value as written ("300,000 immigrants" in a sentence of "hundreds of thousands")
            texts = [t for t in texts if written in t.lower()] or texts
            texts = [t for t in texts if t not in shown_in] or texts
            context = min(texts, key=len) if texts else None
            # (the figure as read where the words run on, "13 death" of "13 death row inmates"; else as shown)
            figure = v["figure"] if v.get("figure") not in (None, v.get("as_written")) else v["text"]
            row = shown_in.get(context) if context else None
            if row is not None and row["sources"] == v["sources"]:
                # (its every sentence is shown already, with the same sources: one row gives both figures,
                # not the sentence twice: "13 assists, 11 rebounds")
                row["text"] += f", {v['text']}"
                row["figures"].append(figure)
                continue
            row = {"text": v["text"], "sources": v["sources"], "context": context, "figures": [figure]}
            if context:
                shown_in.setdefault(context, row)
            out.append(row)
    return out[:MAX_UNITS]


#: How the sentences a timeline row or an agreement item leans on are introduced where a renderer shows them (the
#: view's ``context``: the sentence before the row's in its article, or up to three when those lean too, given when
#: the row's text alone leans on them); the HTML shows them on demand, under a <details> summary of these words.
CONTEXT_LABEL = "before it in the article"


def _context_lines(row: dict[str, Any]) -> list[str]:
    """The Markdown line under a timeline row or an agreement item that gives the sentences before it in its article
    when it leans on them (its ``context``), or none."""
    # (the row leans on the sentences before it in its article: given under it)
    return [f"  - {CONTEXT_LABEL}: {row['context']}"] if row.get("context") else []


def event_rows(d: dict[str, Any]) -> list[dict[str, Any]]:
    return d.get("timeline", [])[:MAX_EVENTS]


def event_when(e: dict[str, Any]) -> str:
    """A timeline row's date as shown: "since" when its sentence says so, a target's or term's bound ("by 2020",
    "until 2012": a year no event happened in, rd57), a span's end when the row's date starts a
    span its sentence tells ("Sat 15 Nov 2003 to Thu 15 Jan 2004", tl54), and the other dates its sentence names,
    which get no row of their own ("1967, also 1973": the sentence is shown once, tl53)."""
    until = e.get("until")
    span = f" to {until['display']}" if until else ""
    also = "".join(f", also {x['display']}" for x in e.get("also", []) if not until or x["date"] != until["date"])
    bound = f"{e['bound']} " if e.get("bound") else ""
    return ("since " if e["since"] else "") + bound + e["display"] + span + also


def _value_list(f: dict[str, Any], d: dict[str, Any]) -> str:
    """The values with their outlets: "a vs b" only when outlets disagree
    (values of one outlet are different things, not alternatives)."""
    sep = " vs " if f["conflict"] else "; "
    return sep.join(f"{v['text']} ({_names(d, v['sources'])})" for v in f["values"])


def conflict_word(f: dict[str, Any]) -> str:
    """How a flagged figure is introduced: a contradiction, or values that differ in precision."""
    return "DIFFERENT PRECISION" if f.get("kind") == "precision" else "CONFLICT"


def analysis_markdown(d: dict[str, Any]) -> str:
    """The view as Markdown, every text from the articles escaped (:func:`~newsbrief.render.md_escape`)."""
    d = _md_escaped(d)
    n_src = n_families(d)
    lines = ["## Cross-source view", ""]
    lines.append(sources_line(d))
    if d.get("limit"):
        lines.append(f"Note: {d['limit']['note']}.")
    for s in d.get("sources", []):
        dated = source_dated(s)
        lines.append(f"- {source_name(s['n'], s['label'])}: {source_title(s)} ({dated})")

    lines += ["", "### Entities", ""]
    rows = entity_rows(d)
    if rows:
        lines += ["| entity | type | also written | named by | mentions by source |", "|---|---|---|---|---|"]
        for e in rows:
            name = f"{e['name']} ({e['acronym']})" if e["acronym"] else e["name"]
            others = [v for v in e["variants"] if v not in (e["name"], e["acronym"])]
            lines.append(f"| {name} | {entity_type(e['label'])} | {' / '.join(others) or '-'} | {carried_count(e)} | "
                         f"{by_family(d, e)} |")
    else:
        lines.append("No named entities found.")

    lines += ["", "### Quotes", ""]
    qs = quote_rows(d)
    for q in qs:
        who = q["speaker"] or "unattributed"
        lines.append(f"- \"{q['text']}\" ({who}) {carried_by(q)} {_names(d, q['sources'])}")
    if not qs:
        lines.append("No attributed direct quotes.")

    lines += ["", "### Figures", ""]
    conflicts = [readable(f) for f in d.get("figures", []) if f["conflict"]]
    for f in conflicts:
        lines.append(f"- {conflict_word(f)} {f['quantity']}: {_value_list(f, d)}")
    shown = agreed_figures(d)
    for v in shown:
        context = f": \"{v['context']}\"" if v["context"] else ""
        lines.append(f"- {v['text']}{context} ({_names(d, v['sources'])})")
    if not conflicts and not shown:
        lines.append(NO_SHARED_FIGURES)

    ag = d.get("agreement", {})
    lines += ["", "### Agreement", ""]
    if n_src > 1:  # (one independent source: nothing is reported by "most outlets", the view says why above)
        lines.append(f"Reported by most outlets (at least {d.get('majority', 1)} of {plural(n_src, 'source')}):")
        for u in ag.get("consensus", [])[:MAX_UNITS]:
            lines.append(f"- {u['text']} {_refs(u['sources'])}{count_suffix(u)}")
            lines += _context_lines(u)
        if not ag.get("consensus"):
            lines.append("- nothing is reported by most outlets")
    if ag.get("shared"):
        lines += ["", "Reported by some outlets:"]
        for u in ag["shared"][:MAX_UNITS]:
            lines.append(f"- {u['text']} {_refs(u['sources'])}{count_suffix(u)}")
            lines += _context_lines(u)
    if ag.get("single_family"):
        lines += ["", "Reported by one source only, in several of its articles:"]
        for u in ag["single_family"][:MAX_UNITS]:
            lines.append(f"- {u['text']} {_refs(u['sources'])}{family_suffix(d, u)}")
            lines += _context_lines(u)
    if single_outlet_list(d):
        lines += ["", "Only one outlet reports:"]
        for entry in single_outlet_list(d):
            for det in entry["details"]:
                lines.append(f"- {source_name(entry['source'], entry['outlet'])}: {det['text']}")
    if ag.get("differences"):
        lines += ["", "Differing claims:"]
        for diff in ag["differences"]:
            target = " / ".join(diff["targets"]) or "the same point"
            lines.append(f"- {diff['relation']} ({target}): common to all: {', '.join(diff['common']) or 'none'}")
            for v in diff["versions"]:
                only = f"; only here: {', '.join(v['only_here'])}" if v["only_here"] else ""
                lines.append(f"  - [{v['source']}] {v['outlet']} lists {', '.join(v['items'])}{only}")

    lines += ["", "### Timeline", ""]
    for e in event_rows(d):
        expr = ", ".join(f'"{x}"' for x in e["expressions"])
        lines.append(f"- {event_when(e)} ({expr}): {e['text']} {_refs(e['sources'])}")
        lines += _context_lines(e)
    if not d.get("timeline"):
        lines.append("No dated events.")
    if d.get("date_disagreements"):
        lines += ["", "Dated differently:"]
        for dd in d["date_disagreements"]:
            versions = "; ".join(f"{v['display']} per {_names(d, v['sources'])}" for v in dd["versions"])
            lines.append(f"- {dd['text']}: {versions}")

    facts = d.get("facts", [])
    lines += ["", "### Coverage", ""]
    if facts:
        for f in facts:
            lines.append(f"- {f['id']}: {f['text']} {_refs(f['sources'])}")
        lines += ["", "| source | covers | omits |", "|---|---|---|"]
        for c in d.get("coverage", []):
            lines.append(f"| {_coverage_name(c)} | {', '.join(c['covers']) or '-'} | "
                         f"{', '.join(c['omits']) or '-'} |")
    else:
        lines.append("No fact is shared by two outlets.")
    return "\n".join(lines).rstrip() + "\n"


def _family_names(d: dict[str, Any], u: dict[str, Any]) -> str:
    labels = {f["family"]: f["label"] for f in d.get("families", [])}
    return ", ".join(labels.get(f, f) for f in u.get("families", []))


def _coverage_name(c: dict[str, Any]) -> str:
    """A coverage row's source: ``[1] Reuters`` or, for a family of several articles, ``AP [1][2][5]``."""
    ns = c.get("sources") or [c["source"]]
    return source_name(ns[0], c["outlet"]) if len(ns) == 1 else f"{c['outlet']} {_refs(ns)}"


def _md_escaped(value: Any) -> Any:
    """``value`` (the view's dict) with every string in it escaped for Markdown."""
    if isinstance(value, str):
        return md_escape(value)
    if isinstance(value, dict):
        return {k: _md_escaped(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_md_escaped(v) for v in value]
    return value


_FRAGMENT = """\
<h2>Cross-source view</h2>
<p class="meta">{{ sources_line }}</p>
{% if d.limit %}<p class="meta note">Note: {{ d.limit.note }}.</p>{% endif %}
<ol class="analysis-sources">
{% for s in d.sources %}<li value="{{ s.n }}">{{ bare_label(s.n, s.label) }}: {{ source_title(s) }}
 <span class="meta">{{ source_dated(s) }}</span></li>
{% endfor %}</ol>
<h3>Entities</h3>
{% if entities %}<div class="scroll-box"><table class="entities"><thead><tr><th>entity</th><th>type</th><th>also written</th><th>named by</th><th>mentions by source</th></tr></thead><tbody>
{% for e in entities %}<tr><td>{{ e.name }}{% if e.acronym %} ({{ e.acronym }}){% endif %}</td><td>{{ entity_type(e.label) }}</td>
<td>{{ e.variants|reject("in", [e.name, e.acronym])|join(" / ") or "-" }}</td>
<td>{{ carried_count(e) }}</td><td>{{ by_family(d, e) }}</td></tr>
{% endfor %}</tbody></table></div>{% else %}<p>No named entities found.</p>{% endif %}
<h3>Quotes</h3>
{% if quotes %}<ul class="quotes">{% for q in quotes %}<li><q>{{ q.text }}</q> <span class="speaker">{{ q.speaker or "unattributed" }}</span>
 <span class="meta">{{ carried_by(q) }} {{ q.outlets|join(", ") }}</span></li>{% endfor %}</ul>
{% else %}<p>No attributed direct quotes.</p>{% endif %}
<h3>Figures</h3>
{% if figures %}<div class="scroll-box"><table class="figures"><thead><tr><th>quantity</th><th>values (outlets)</th></tr></thead><tbody>
{% for f in figures %}<tr{% if f.conflict %} class="conflict"{% endif %}><td>{% if f.conflict %}<strong>{{ "differ in precision" if f.kind == "precision" else "conflict" }}</strong> {% endif %}{{ f.quantity }}</td>
<td>{% for v in f["values"] %}{{ v.text }} ({{ v.outlets|join(", ") }}){% if not loop.last %}{% if f.conflict %} <em>vs</em> {% else %}; {% endif %}{% endif %}{% endfor %}</td></tr>
{% endfor %}</tbody></table></div>{% else %}<p>{{ no_shared_figures }}</p>{% endif %}
<h3>Agreement</h3>
<p>Reported by most outlets:</p>
<ul class="consensus">{% for u in ag.consensus %}<li>{{ u.text }} <span class="meta">{{ u.outlets|join(", ") }}{{ count_suffix(u) }}</span>{% if u.context %}<details class="leans"><summary>{{ context_label }}</summary>{{ u.context }}</details>{% endif %}</li>{% else %}<li>nothing is reported by most outlets</li>{% endfor %}</ul>
{% if ag.shared %}<p>Reported by some outlets:</p><ul class="shared">{% for u in ag.shared[:max_units] %}<li>{{ u.text }} <span class="meta">{{ u.outlets|join(", ") }}{{ count_suffix(u) }}</span>{% if u.context %}<details class="leans"><summary>{{ context_label }}</summary>{{ u.context }}</details>{% endif %}</li>{% endfor %}</ul>{% endif %}
{% if ag.single_family %}<p>Reported by one source only, in several of its articles:</p><ul class="single-family">{% for u in ag.single_family[:max_units] %}<li>{{ u.text }} <span class="meta">{{ u.outlets|join(", ") }}{{ family_suffix(d, u) }}</span>{% if u.context %}<details class="leans"><summary>{{ context_label }}</summary>{{ u.context }}</details>{% endif %}</li>{% endfor %}</ul>{% endif %}
{% if single_outlets %}<p>Only one outlet reports:</p><ul class="single">{% for e in single_outlets %}{% for x in e.details %}<li><span class="outlet">{{ e.outlet }}</span>: {{ x.text }}</li>{% endfor %}{% endfor %}</ul>{% endif %}
{% if ag.differences %}<p>Differing claims:</p><ul class="differences">{% for df in ag.differences %}<li>{{ df.relation }} ({{ df.targets|join(" / ") or "the same point" }}); common to all: {{ df.common|join(", ") or "none" }}
<ul>{% for v in df.versions %}<li>{{ v.outlet }} lists {{ v["items"]|join(", ") }}{% if v.only_here %}; <strong>only here: {{ v.only_here|join(", ") }}</strong>{% endif %}</li>{% endfor %}</ul></li>{% endfor %}</ul>{% endif %}
<h3>Timeline</h3>
{% if events %}<ol class="timeline">{% for e in events %}<li><time datetime="{{ e.start }}">{% if e.since %}since {% endif %}{% if e.bound %}{{ e.bound }} {% endif %}{{ e.display }}</time> {{ e.text }} <span class="meta">{{ e.outlets|join(", ") }}; "{{ e.expressions|join('", "') }}"</span>{% if e.context %}<details class="leans"><summary>{{ context_label }}</summary>{{ e.context }}</details>{% endif %}</li>{% endfor %}</ol>
{% else %}<p>No dated events.</p>{% endif %}
{% if d.date_disagreements %}<p>Dated differently:</p><ul class="date-disagreements">{% for dd in d.date_disagreements %}<li>{{ dd.text }}: {% for v in dd.versions %}{{ v.display }} per {{ v.outlets|join(", ") }}{% if not loop.last %}; {% endif %}{% endfor %}</li>{% endfor %}</ul>{% endif %}
<h3>Coverage</h3>
{% if d.facts %}<ol class="facts">{% for f in d.facts %}<li id="fact-{{ f.id }}">{{ f.id }}: {{ f.text }}</li>{% endfor %}</ol>
<div class="scroll-box"><table class="coverage"><thead><tr><th>source</th><th>covers</th><th>omits</th></tr></thead><tbody>
{% for c in d.coverage %}<tr><td>{{ coverage_name(c) }}</td><td>{{ c.covers|join(", ") or "-" }}</td><td>{{ c.omits|join(", ") or "-" }}</td></tr>{% endfor %}
</tbody></table></div>{% else %}<p>No fact is shared by two outlets.</p>{% endif %}
"""

_PAGE = """\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} · newsbrief</title>
<style>{% include "style.css" %}</style>
</head>
<body>
<main>
<section class="analysis">{{ fragment|safe }}</section>
</main>
</body>
</html>
"""


def analysis_html(d: dict[str, Any]) -> str:
    """The view as an HTML fragment (everything escaped)."""
    return jinja_env().from_string(_FRAGMENT).render(
        d=d, ag=d.get("agreement", {}), entities=entity_rows(d), quotes=quote_rows(d), figures=figure_rows(d),
        events=event_rows(d), context_label=CONTEXT_LABEL, max_units=MAX_UNITS, entity_type=entity_type, sources_line=sources_line(d),
        single_outlets=single_outlet_list(d), count_suffix=count_suffix, family_suffix=family_suffix,
        coverage_name=_coverage_name, carried_count=carried_count, carried_by=carried_by, by_family=by_family, bare_label=bare_label,
        source_title=source_title, source_dated=source_dated, no_shared_figures=NO_SHARED_FIGURES)


def analysis_page(d: dict[str, Any], title: str = "Cross-source view") -> str:
    """One self-contained HTML page holding only the view."""
    return jinja_env().from_string(_PAGE).render(title=title, fragment=analysis_html(d))


def render_analysis(brief, fmt: str = "terminal") -> str:
    """The view alone (``newsbrief analyze``) in ``fmt`` (one of :data:`ANALYSIS_FORMATS`)."""
    if fmt not in ANALYSIS_FORMATS:
        raise UnknownFormatError(f"unknown format {fmt!r}; choose one of {', '.join(ANALYSIS_FORMATS)}")
    return ANALYSIS_FORMATS[fmt](brief)


def _view_markdown(brief) -> str:
    text = analysis_markdown(brief.analysis.to_dict())
    if brief.warnings:
        text += "\n" + "\n".join(f"warning: {md_escape(w)}" for w in brief.warnings) + "\n"
    return text


def _view_terminal(brief, width: int = 100) -> str:
    from rich.console import Console

    console = Console(file=io.StringIO(), record=True, width=width, force_terminal=False, color_system=None,
                      markup=False)
    for w in brief.warnings:
        console.print(f"warning: {w}", markup=False, highlight=False)
    d = brief.analysis.to_dict()
    for s in d.get("sources", []):
        dated = s["date"] or "undated"
        console.print(f"{source_name(s['n'], s['label'])}: {source_title(s)} ({dated})", markup=False,
                      highlight=False)
    analysis_rich(d, console, full=True)
    return console.export_text()


def _view_json(brief) -> str:
    d = brief.analysis.to_dict()
    doc = {"schema": d["schema"], "articles": [a.to_dict() for a in brief.articles],
           "analysis": d, "warnings": list(brief.warnings)}
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _view_html(brief) -> str:
    title = brief.articles[0].title if brief.articles and brief.articles[0].title else "Cross-source view"
    return analysis_page(brief.analysis.to_dict(), title=title)


#: Formats of the view alone: name -> renderer ``brief -> str``. Adding a
#: format is one entry plus its renderer; ``newsbrief analyze --format``
#: lists and checks these.
ANALYSIS_FORMATS = {"terminal": _view_terminal, "markdown": _view_markdown, "json": _view_json, "html": _view_html}


# --- the terminal (Rich) ----------------------------------------------------------------

#: Rows of each list in the short terminal view (``--full`` shows the section limits above).
SHORT_ROWS = 5


def analysis_rich(d: dict[str, Any], console: Any, number: dict[int, int] | None = None, full: bool = False) -> None:
    """Print the view on a Rich ``console``: where sources disagree, what one
    outlet alone reports and who left out which shared facts; with ``full``
    also entities, quotes, figures, agreement, timeline and the coverage grid
    as tables that wrap to the console's width. ``number`` maps the view's
    source numbers to the numbers the sources are listed under (the brief's)."""
    from rich.table import Table
    from rich.text import Text

    number = number or {}
    outlets = {s["n"]: s["outlet"] for s in d.get("sources", [])}

    def who(ns: list[int]) -> str:  # an outlet nothing names is its number ("source [3]", not "[3] unknown outlet [3]")
        return ", ".join(f"source [{number.get(n, n)}]" if is_unnamed(outlets.get(n))
                         else f"[{number.get(n, n)}] {outlets.get(n, '?')}" for n in ns)

    def source_name(c: dict[str, Any]) -> str:  # a coverage row's source, under the brief's numbers
        ns = c.get("sources") or [c["source"]]
        return who(ns) if len(ns) == 1 else f"{c['outlet']} " + "".join(f"[{number.get(n, n)}]" for n in ns)

    def heading(text: str) -> None:
        console.print()
        console.print(Text(text, style="bold underline"))

    rows = SHORT_ROWS if not full else None
    ag = d.get("agreement", {})
    n_src = n_families(d)
    console.print()
    console.print(Text(f"Across {sources_line(d)}" if n_src > 1 else sources_line(d), style="dim"))

    disagreements = []
    for f in map(readable, d.get("conflicts", [])):
        kind = "Figures differ in precision" if f.get("kind") == "precision" else "Figures differ"
        disagreements.append((kind, f["quantity"], [(v["text"], who(v["sources"])) for v in f["values"]]))
    for df in ag.get("differences", []):
        topic = f"{df['relation']} {' / '.join(df['targets'])}".strip()
        versions = [(", ".join(v["items"]) + (f" (only here: {', '.join(v['only_here'])})" if v["only_here"] else ""),
                     who([v["source"]])) for v in df["versions"]]
        disagreements.append(("Accounts differ", topic, versions))
    for dd in d.get("date_disagreements", []):
        disagreements.append(("Dated differently", dd["text"], [(v["display"], who(v["sources"])) for v in dd["versions"]]))
    heading("Where sources disagree")
    if not disagreements:
        console.print("No conflicting figures, differing accounts or differing dates found.")
    for kind, topic, versions in disagreements:
        console.print(Text.assemble((kind + ": ", "bold yellow"), topic))
        table = Table(show_header=False, box=None, expand=True, padding=(0, 1, 0, 2))
        table.add_column("version", ratio=3)
        table.add_column("per", ratio=2, style="cyan")
        for text, per in versions:
            table.add_row(text, per)
        console.print(table)

    singles = [(x["text"], entry["source"]) for entry in single_outlet_list(d) for x in entry["details"]]
    if singles:
        heading("Only one outlet reports")
        for text, n in singles[:rows]:
            console.print(Text.assemble("• ", text, (f" {who([n])}", "cyan")))
        _more(console, len(singles), rows)

    facts = d.get("facts", [])
    missing = [c for c in d.get("coverage", []) if c["omits"]]
    if facts:
        heading("Coverage")
        if rows is not None and len(missing) > rows:  # the sources that left out the most first
            missing = sorted(missing, key=lambda c: -len(c["omits"]))
        for c in missing[:rows]:
            total = len(c["omits"]) + len(c["covers"])
            console.print(f"{_sentence_start(source_name(c))} did not report " + (
                "the one shared fact." if total == 1 else f"{len(c['omits'])} of the {total} shared facts."))
        _more(console, len(missing), rows)
        if not missing:
            console.print("Every source reports " + (
                "the one shared fact." if len(facts) == 1 else f"all {len(facts)} shared facts."))
    if not full:
        console.print()
        console.print(Text("--full adds people and places, quotes, figures, agreement, the timeline and the "
                           "coverage grid.", style="dim"))
        return

    ents = entity_rows(d)
    heading("People, places and organizations")
    if ents:
        table = Table(expand=True, show_lines=False)
        table.add_column("name", ratio=3)
        table.add_column("type", ratio=2, min_width=12)
        table.add_column("also written", ratio=3)
        table.add_column("mentions", justify="right", min_width=8)
        table.add_column("named by", justify="right", min_width=9)
        for e in ents:
            name = f"{e['name']} ({e['acronym']})" if e["acronym"] else e["name"]
            others = " / ".join(v for v in e["variants"] if v not in (e["name"], e["acronym"]))
            e_src, e_art = len(e.get("families") or e["sources"]), len(e["sources"])
            table.add_row(name, entity_type(e["label"]).lower(), others or "-", str(e["mentions"]),
                          plural(e_src, "source") + (f" ({plural(e_art, 'article')})" if e_src != e_art else ""))
        console.print(table)
    else:
        console.print("No named people, places or organizations found.")

    qs = quote_rows(d)
    heading("Quotes")
    for q in qs:
        console.print(Text.assemble("• “", q["text"], "” — ", (q["speaker"] or "unattributed", "bold"),
                                    (f"; {carried_by(q)} {who(q['sources'])}", "cyan")))
    if not qs:
        console.print("No attributed direct quotes.")

    figs = agreed_figures(d)
    if figs:
        # one independent source: its articles repeat a figure, no outlet agrees with another (as the story page)
        heading("Figures the outlets agree on" if n_src > 1 else "Figures given in several of its articles")
        for v in figs:
            console.print(Text.assemble("• ", (v["text"], "bold"), f": “{v['context']}”" if v["context"] else "",
                                        (f" {who(v['sources'])}", "cyan")))

    if n_src > 1:  # (one independent source: "at least 1 of 1 source" says nothing; the view says why above)
        heading(f"Reported by most outlets (at least {d.get('majority', 1)} of {plural(n_src, 'source')})")
        for u in ag.get("consensus", [])[:MAX_UNITS]:
            console.print(Text.assemble("• ", u["text"], (f" {who(u['sources'])}{count_suffix(u)}", "cyan"),
                                        (f"\n{CONTEXT_LABEL}: {u['context']}", "dim") if u.get("context") else ""))
        if not ag.get("consensus"):
            console.print("Nothing is reported by most outlets.")
    if ag.get("shared"):
        heading("Reported by some outlets")
        for u in ag["shared"][:MAX_UNITS]:
            console.print(Text.assemble("• ", u["text"], (f" {who(u['sources'])}{count_suffix(u)}", "cyan"),
                                        (f"\n{CONTEXT_LABEL}: {u['context']}", "dim") if u.get("context") else ""))
    if ag.get("single_family"):
        heading("Reported by one source only, in several of its articles")
        for u in ag["single_family"][:MAX_UNITS]:
            console.print(Text.assemble("• ", u["text"], (f" {who(u['sources'])}{family_suffix(d, u)}", "cyan"),
                                        (f"\n{CONTEXT_LABEL}: {u['context']}", "dim") if u.get("context") else ""))

    events = event_rows(d)
    heading("Timeline")
    if events:
        table = Table(expand=True)
        table.add_column("when", ratio=1, no_wrap=False)
        table.add_column("what", ratio=4)
        table.add_column("sources", ratio=1, style="cyan")
        for e in events:
            what = Text.assemble(e["text"], (f"\n{CONTEXT_LABEL}: {e['context']}", "dim")) if e.get("context") else e["text"]
            table.add_row(event_when(e), what,
                          ", ".join(f"[{number.get(n, n)}]" for n in e["sources"]))
        console.print(table)
    else:
        console.print("No dated events.")

    if facts:
        heading("Coverage grid: who reported which shared fact")
        cols = [c.get("sources") or [c["source"]] for c in d.get("coverage", [])]
        table = Table(expand=True)
        table.add_column("fact", ratio=6)
        for ns in cols:
            table.add_column(" ".join(f"[{number.get(n, n)}]" for n in ns), justify="center", ratio=1)
        for f in facts:
            table.add_row(f["text"], *("✓" if set(ns) & set(f["sources"]) else "–" for ns in cols))
        console.print(table)


def _more(console: Any, total: int, shown: int | None) -> None:
    if shown is not None and total > shown:
        console.print(f"  … and {total - shown} more (--full lists them)", style="dim")


