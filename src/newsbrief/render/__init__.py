"""Render: a :class:`~newsbrief.model.Brief` as terminal text (Rich),
Markdown, JSON (versioned schema) or one self-contained HTML page.

Article text embedded in HTML is always escaped (Jinja2 autoescape); in
Markdown, every piece of article text and metadata goes through
:func:`md_escape`, and only http(s) URLs are ever links (:func:`safe_url`),
in every format. The cross-source view, when present, is rendered by :mod:`.analysis`.

Sentence numbers shown to people (terminal, Markdown, HTML) count from 1
(:func:`sentence_number`: "sentence 1" is an article's first sentence); the
JSON keeps ``sentence_index``, counted from 0, for programs.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

from ..errors import UnknownFormatError
from ..model import Brief, SummarySentence, is_unnamed
from ..outlets import plural
from ._escape import md_escape, md_link, safe_url
from .templates import jinja_env


def render(brief: Brief, fmt: str = "terminal", explain: bool = False) -> str:
    """The brief as a string in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise UnknownFormatError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[fmt](brief, explain)


def to_json(brief: Brief, explain: bool = False) -> str:
    d = brief.to_dict()
    if not explain:
        for a in d["articles"]:
            a.pop("removed", None)
    return json.dumps(d, ensure_ascii=False, indent=2)


def citation_marks(sent: SummarySentence, numbers: dict[str, int]) -> str:
    """"[1][3]": the numbers of the articles citing ``sent``."""
    return "".join(f"[{numbers.get(c.article_id, '?')}]" for c in sent.citations)


def sentence_number(citation) -> int:
    """The number a person reads for a citation's sentence: its article's
    sentences counted from 1 (the JSON's ``sentence_index`` counts from 0)."""
    return citation.sentence_index + 1


def _spaced(piece: str, escaped: str) -> str:
    """``escaped`` with the space ``piece`` had before and after it (escaping joins whitespace away)."""
    return (" " if piece[:1].isspace() else "") + escaped + (" " if piece[-1:].isspace() and escaped else "")


def markdown_sentence(sent: SummarySentence) -> str:
    """A summary sentence as literal Markdown, each resolved relative date in italics after its expression
    ("on Monday *(13 Jan 2020)*")."""
    from ..glosses import glossed

    out = []
    for piece, gloss in glossed(sent.text, sent.dates):
        out.append(_spaced(piece, md_escape(piece)))
        if gloss is not None:
            out.append(f" *({md_escape(gloss.display)})*")
    return "".join(out).strip()


def markdown_summary(brief: Brief, numbers: dict[str, int]) -> list[str]:
    """The summary as Markdown list items, each with its citation marks."""
    return [f"- {markdown_sentence(s)} {citation_marks(s, numbers)}" for s in brief.summary]


#: What a source list shows for an article whose outlet nothing names, in every format (the web page's words): its
#: label "unknown outlet [3]" is the data's, and elsewhere the article is "source [3]", by its number.
UNNAMED_SHOWN = "outlet not named"


def _same(text: str) -> str:
    return text


def article_name(a, numbers: dict[str, int], escape: Callable[[str], str] = _same) -> str:
    """An article as a line names it: its outlet, or ``source [3]`` when nothing names the outlet."""
    return f"source [{numbers.get(a.id, '?')}]" if is_unnamed(a.outlet) else escape(a.outlet)


def cited_at(c, numbers: dict[str, int], escape: Callable[[str], str] = _same) -> str:
    """Where a citation's sentence is: ``[2] Reuters, sentence 4``; ``[2] sentence 4`` when nothing names the
    outlet ("[2] unknown outlet [2], sentence 4" said the number twice and named no outlet)."""
    n = numbers.get(c.article_id, "?")
    return (f"[{n}] sentence {sentence_number(c)}" if is_unnamed(c.outlet)
            else f"[{n}] {escape(c.outlet)}, sentence {sentence_number(c)}")


def markdown_sources(brief: Brief, with_ids: bool = False) -> list[str]:
    """The numbered source list: title (linked), outlet, date, and the number of the article a near-duplicate
    copies. A reader sees no article ids (hashes, file names); ``with_ids`` (``--explain``) adds each one
    after its line, as plain escaped text, for tracing an article back to its input."""
    numbers = brief.article_numbers()
    lines = []
    for i, a in enumerate(brief.articles, 1):
        outlet = UNNAMED_SHOWN if is_unnamed(a.outlet) else md_escape(a.outlet)
        meta = ", ".join(x for x in (outlet, a.date.isoformat() if a.date else None) if x)
        dup = f" (near-duplicate of [{numbers.get(a.duplicate_of, '?')}])" if a.duplicate_of else ""
        shown_id = f" (id {md_escape(a.id)})" if with_ids else ""
        lines.append(f"{i}. {md_link(a.display_title, a.url)} ({meta}){dup}{shown_id}")
    return lines


def to_markdown(brief: Brief, explain: bool = False) -> str:
    numbers = brief.article_numbers()
    lines = [f"# {md_escape(brief.headline)}", "", *markdown_summary(brief, numbers), "", "## Sources", "",
             *markdown_sources(brief, with_ids=explain)]
    lines += ["", "## Evidence", ""]
    for n, s in enumerate(brief.summary, 1):
        lines.append(f"{n}. {md_escape(s.text)}")
        if s.edits:
            lines.append(f"   - edited to stand alone ({md_escape('; '.join(s.edits))}); "
                         f"source: \"{md_escape(s.source_text)}\"")
        for c in s.citations:
            lines.append(f"   - {cited_at(c, numbers, md_escape)} (similarity {c.score:.2f}): \"{md_escape(c.text)}\"")
    if brief.analysis is not None:
        from .analysis import analysis_markdown

        lines += ["", analysis_markdown(brief.analysis.to_dict())]
    if explain:
        lines += ["", "## Removed boilerplate", ""]
        for a in brief.articles:
            for r in a.removed:
                lines.append(f"- {article_name(a, numbers, md_escape)}: {md_escape(r)}")
    if brief.warnings:
        lines += ["", "## Warnings", ""] + [f"- {md_escape(w)}" for w in brief.warnings]
    return "\n".join(lines).rstrip() + "\n"


def to_html(brief: Brief) -> str:
    """One self-contained page (inline CSS and JS, no external requests): the story page of ``newsbrief serve``
    (``web_brief.html``, the page read as a reader at desktop and phone width) in :file:`standalone_layout.html`, so
    a brief written to a file reads as the site's story page does, not as a second, older layout of the same view."""
    from .. import __version__
    from .story_page import story_view

    return jinja_env().get_template("web_brief.html").render(
        brief=brief, numbers=brief.article_numbers(), view=story_view(brief), story=None, words=brief.words,
        permalink=None, has_store=False, nav="brief", storyline=None, earlier=[], later=[], plural=plural,
        layout="standalone_layout.html", version=__version__)


def to_terminal(brief: Brief, explain: bool = False, width: int = 100, full: bool = False,
                warnings: bool = True) -> str:
    """The brief as plain text laid out by Rich to ``width`` columns: headline,
    cited key points, the sources, then the cross-source view (where sources
    disagree, single-outlet claims and coverage; ``full`` adds every section).
    ``warnings=False`` leaves the brief's warnings out (the command line has printed them on stderr, and both
    streams reach one screen)."""
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from .analysis import analysis_rich

    console = Console(file=io.StringIO(), record=True, width=width, force_terminal=False, color_system=None,
                      markup=False)
    numbers = brief.article_numbers()
    console.print(Panel(Text(brief.headline, style="bold"), title="newsbrief", expand=True))
    for w in brief.warnings if warnings else ():
        console.print(Text(f"warning: {w}", style="yellow"))
    from ..glosses import glossed

    for s in brief.summary:
        t = Text("• ")
        for piece, gloss in glossed(s.text, s.dates):
            t.append(piece)
            if gloss is not None:
                t.append(f" ({gloss.display})", style="dim")
        t.append(" " + citation_marks(s, numbers), style="cyan")
        console.print(t)
    table = Table(title="Sources", show_lines=False, expand=True)
    table.add_column("#", justify="right")
    table.add_column("outlet", ratio=2)
    table.add_column("date", no_wrap=True)
    table.add_column("title", ratio=5)
    for a in brief.articles:
        title = a.title or ""
        if a.duplicate_of:
            title += f" (near-duplicate of [{numbers.get(a.duplicate_of, '?')}])"
        table.add_row(str(numbers[a.id]), UNNAMED_SHOWN if is_unnamed(a.outlet) else a.outlet,
                      a.date.isoformat() if a.date else "undated", title)
    console.print(table)
    if brief.analysis is not None:
        d = brief.analysis.to_dict()
        by_source = {s["n"]: numbers.get(s["article_id"], s["n"]) for s in d.get("sources", [])}
        analysis_rich(d, console, by_source, full=full)
    if explain:
        console.print("Evidence:", style="bold")
        for n, s in enumerate(brief.summary, 1):
            console.print(f"{n}. {s.text}", markup=False, highlight=False)
            if s.edits:
                console.print(f"   edited to stand alone ({'; '.join(s.edits)}); source: \"{s.source_text}\"",
                              markup=False, highlight=False)
            for c in s.citations:
                console.print(f"   {cited_at(c, numbers)} (similarity {c.score:.2f}): \"{c.text}\"", markup=False,
                              highlight=False)
        console.print("Removed boilerplate:", style="bold")
        for a in brief.articles:
            for r in a.removed:
                console.print(f"  {article_name(a, numbers)}: {r}", markup=False, highlight=False)
    return console.export_text()


#: Brief formats: name -> renderer ``(brief, explain) -> str``; ``explain``
#: adds what cleaning removed where the format shows it. Adding a format is
#: one entry plus its renderer; the CLI's ``--format`` lists and checks these.
FORMATS: dict[str, Callable[[Brief, bool], str]] = {
    "terminal": to_terminal,
    "markdown": to_markdown,
    "json": to_json,
    "html": lambda brief, explain: to_html(brief),  # the page has no removed-lines section
}
