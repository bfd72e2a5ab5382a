"""Relative dates in the summary, resolved: "on Tuesday" -> 14 Jan 2020.

A summary sentence comes out of one article and keeps that article's time words: "today", "on Wednesday",
"last week", "this year", "June 1". Read in a brief whose sources span days or years, or a month later, they no
longer say when. :class:`DateGlosser` resolves each such expression against the date of the article the sentence
comes from, with the timeline's resolver (:func:`newsbrief.analyze.timeline.find_dates`: a weekday in a past
clause is the one before the article's date, in a future clause the one after), and records it on the sentence
(:attr:`~newsbrief.model.SummarySentence.dates`). The sentence's text is not changed: renderers show each date
beside its expression, JSON gives both.

Left without a date: expressions that already carry a year ("June 1, 2009", "in 2005"), and an undated
article's "on Monday" or "yesterday". Each article is dated as the cross-source view's timeline dates it
(:func:`newsbrief.analyze.make_sources`): its publication date or wire dateline resolves every expression; the
latest date its own text writes only the year of "June 1" (the timeline's ``weak`` anchor); a date borrowed from
the story's other articles nothing (on MultiLing it put London's "July 7th" bombings in 2009).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .config import Settings
from .dates import MONTH_PATTERN, VAGUE_COUNT_RE, WEEKDAY_PATTERN
from .model import Brief, BriefStage, DateGloss

#: What every relative date expression holds one of: a weekday, a month, or a relative word.
_RELATIVE_CUE_RE = re.compile(r"\b(?:" + WEEKDAY_PATTERN + "|" + MONTH_PATTERN + r")|\b(?i:today|tonight|tomorrow|"
                              r"yesterday|week|weekend|month|year|ago)\b")

#: An expression naming its year says when already.
_HAS_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")



def date_glosses(text: str, anchor, weak: bool = False) -> list[DateGloss]:
    """The relative date expressions of ``text`` resolved against ``anchor`` (a :class:`datetime.date`; None:
    none), in order; ``weak``: the anchor was read from the article's text."""
    if anchor is None:
        return []
    from .analyze.timeline import find_dates

    out = []
    for start, end, expression, when, _since in find_dates(text, anchor, weak=weak):
        if _HAS_YEAR_RE.search(expression):
            continue
        if expression.endswith(".") and not text[start + len(expression) :].strip():
            expression = expression[:-1]  # "in late July." ends the sentence: its date goes before the full stop
        after = text[start + len(expression) : start + len(expression) + 2]
        if after in ("'s", "’s"):
            expression += after  # "today's drugs": the date goes after the possessive, not inside it
        # a day is shown without its weekday: the expression is often that weekday ("on Monday (13 Jan 2020)")
        display = f"{when.start.day} {when.start.strftime('%b %Y')}" if when.granularity == "day" else when.display
        if VAGUE_COUNT_RE.search(expression):
            display = f"as of {anchor.strftime('%Y') if weak else f'{anchor.day} ' + anchor.strftime('%b %Y')}"
        out.append(DateGloss(start=start, end=start + len(expression), expression=expression, start_date=when.start,
                             end_date=when.end, granularity=when.granularity, display=display))
    return _one_gloss_per_date(text, out)


#: What may stand between a day's two expressions that name it once ("tonight's (August 4)", "on Monday, June 3").
_BETWEEN_NAMES_RE = re.compile(r"[\s,(]*")
#: A month and day: the expression that names a day outright.
_MONTH_DAY_RE = re.compile(r"\b" + MONTH_PATTERN + r"\.?\s+\d")


def _one_gloss_per_date(text: str, glosses: list[DateGloss]) -> list[DateGloss]:
    """One date shown where the text names a day twice in a row: a relative expression followed right away by the
    month and day it means ("Capaldi was unveiled on tonight's (August 4) special show" was shown "tonight's (4 Aug
    2013) (August 4 (4 Aug 2013))"; "on Monday, June 3") keeps only the month-day's date, which the text states and
    which wins if the two resolve differently (a month before a parenthesized day, "in May (September 13)", is two
    dates); a month-day in parentheses takes the closing one into its expression, so its date is shown after it,
    not nested inside ("(August 4) (4 Aug 2013)")."""
    out: list[DateGloss] = []
    for k, g in enumerate(glosses):
        nxt = glosses[k + 1] if k + 1 < len(glosses) else None
        if (nxt is not None and g.granularity == "day" and not _MONTH_DAY_RE.search(g.expression)
                and _MONTH_DAY_RE.search(nxt.expression)
                and _BETWEEN_NAMES_RE.fullmatch(text, g.end, nxt.start)):
            continue  # the month-day right after it names the same day outright
        if text[g.end : g.end + 1] == ")" and text[: g.start].rstrip().endswith("("):
            g = replace(g, end=g.end + 1, expression=g.expression + ")")
        out.append(g)
    return out


class DateGlosser(BriefStage):
    """Pipeline stage, after the :class:`~newsbrief.selection.Selector`: each summary sentence's relative date
    expressions resolved against its article's date (module docstring)."""

    requires = ("brief.summary",)
    assigns = ("summary.dates",)

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()

    def __call__(self, brief: Brief) -> Brief:
        if not any(_RELATIVE_CUE_RE.search(s.text) for s in brief.summary):
            return brief  # (most briefs' sentences name no day: the anchors are not looked for)
        from .analyze import make_sources

        anchors = {src.article.id: src for src in make_sources(brief, self.settings.analysis.dateline_lag_days,
                                                                 self.settings.selection.max_article_chars)}
        for s in brief.summary:
            src = anchors.get(s.source.article.id) if s.source is not None else None
            if src is None or src.anchor is None or src.anchor_from not in ("article", "dateline", "text"):
                continue  # (a date borrowed from the story's other articles dates nothing of this one)
            # a publication date or a wire dateline dates "on Monday"; the latest date the article writes, the
            # year of "June 1" only
            s.dates = date_glosses(s.text, src.anchor, weak=src.anchor_from == "text")
        return brief


def glossed(text: str, dates: list[DateGloss]) -> list[tuple[str, DateGloss | None]]:
    """``text`` cut into pieces, each with the date of the expression it ends on (None for the rest): what a
    renderer shows, a date after each expression."""
    pieces: list[tuple[str, DateGloss | None]] = []
    at = 0
    for d in sorted(dates, key=lambda d: d.start):
        if d.start < at or text[d.start : d.end] != d.expression:
            continue  # (overlapping, or the text changed since: shown without it)
        pieces.append((text[at : d.end], d))
        at = d.end
    if at < len(text) or not pieces:
        pieces.append((text[at:], None))
    return pieces


__all__ = ["DateGlosser", "date_glosses", "glossed"]
