"""A question-and-answer interview's answers are the interviewee's (issue 11, spk126; docs/analysis-labels.md
"Speakers: ... (issue 11, spk126)").

A page that prints an interview as questions and answers ('How do you balance being the wife of a presidential
candidate and a mother to two small children?' then '"My daughters are my first and foremost priority. ..."', a
dozen times) attributes no answer: the question line says who asks (the outlet) and the answer who speaks by the
layout alone. Read by the text's shape only: a line that ends on a question mark and holds no quote mark, right
before a line that opens on a quote mark, at least :data:`MIN_PAIRS` times in the article. The interviewee is the
first person the article names before its first such question whom no question names (the questions address the
interviewee as "you" and name the others: "How do you and Barack stay connected?"). The rule is a fallback: it
answers only a quote that opens its line right after such a question and that no other rule gave a speaker.
"""

from __future__ import annotations

import re
from typing import Any

#: Question / answer pairs an article needs before its answers are read as the interviewee's: one question before
#: a quote is any article's rhetorical question.
MIN_PAIRS = 2
#: A question line: up to 300 characters, no quote mark, ending on "?".
_QUESTION_LINE_RE = re.compile(r"[^\n\"“”]{1,300}\?[ \t]*")
_OPENING_LINE_RE = re.compile(r"[ \t]*(?:[\"“]|``)")
_QUOTE_MARK_RE = re.compile(r"[\"“”]|``|''")


def _question_lines(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every question line of ``body`` whose next non-blank line opens on a quote mark."""
    out = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]
    for (lo, hi), (nlo, nhi) in zip(lines, lines[1:]):
        text = body[lo:hi].strip()
        if text and _QUESTION_LINE_RE.fullmatch(text) and not _QUOTE_MARK_RE.search(text) and _OPENING_LINE_RE.match(
                body, nlo, nhi):
            out.append((lo, hi))
    return out


def interviewee(body: str, sents: list[Any], qs: int) -> tuple[str, Any] | None:
    """The interviewee who speaks the quote opening at ``qs`` of ``body`` (``sents``: the article's sentences, with
    ``.sentence.start``, ``.text`` and ``.mentions``), when the quote opens its line right after a question line
    of a question-and-answer article (:data:`MIN_PAIRS`); None otherwise."""
    line_start = body.rfind("\n", 0, qs) + 1
    if body[line_start:qs].strip(" \t\"“`"):
        return None  # the quote does not open its line
    questions = _question_lines(body)
    if len(questions) < MIN_PAIRS:
        return None
    if not any(hi <= line_start and not body[hi:line_start].strip() for _, hi in questions):
        return None  # the line before the quote is no question
    first_q = questions[0][0]
    asked = set()
    for s in sents:
        start = s.sentence.start
        for m in s.mentions:
            if m.entity is not None and any(lo <= start + m.start < hi for lo, hi in questions):
                asked.add(m.entity.name)
    for s in sents:
        start = s.sentence.start
        for m in s.mentions:
            if start + m.start >= first_q:
                return None
            e = m.entity
            if e is not None and e.label == "PERSON" and e.name not in asked:
                return e.name, e
    return None
