"""A question-and-answer interview's answers are the interviewee's (issue 11, spk126; docs/analysis-labels.md
"Speakers: ... (issue 11, spk126)").

A page that prints an interview as questions and answers ('How do you balance being the wife of a presidential
candidate and a mother to two small children?' then '"My daughters are my first and foremost priority. ..."', a
dozen times) attributes no answer: the question line says who asks (the outlet) and the answer who speaks by the
layout alone. Read by the text's shape only: a line that ends on a question mark and holds no quote mark, right
before a line that opens on a quote mark, at least :data:`MIN_PAIRS` times in the article. The interviewee is the
first person named in the lead-in, the nearest line before the question that is neither a question nor an answer
("Reign Coach Laura Harvey also addressed the issue." before her answers, in a story that put questions to three
people in turn; a profile's head 'Michelle's Family: Husband Barack, 47; ...'), whom no question names (the
questions address the interviewee as "you" and name the others: "How do you and Barack stay connected?"). The rule
is a fallback: it answers only a quote that opens its line right after such a question and that no other rule gave
a speaker.
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


def _is_question(text: str) -> bool:
    return bool(_QUESTION_LINE_RE.fullmatch(text)) and not _QUOTE_MARK_RE.search(text)


def interviewee(body: str, sents: list[Any], qs: int) -> tuple[str, Any] | None:
    """The interviewee who speaks the quote opening at ``qs`` of ``body`` (``sents``: the article's sentences, with
    ``.sentence.start`` and ``.mentions``), when the quote opens its line right after a question line of a
    question-and-answer article (:data:`MIN_PAIRS`): the first person named in the nearest line before that is
    neither a question nor an answer (the lead-in: "Reign Coach Laura Harvey also addressed the issue.", a profile's
    "Michelle's Family: Husband Barack, ..."), when no question names that person; None otherwise."""
    line_start = body.rfind("\n", 0, qs) + 1
    if body[line_start:qs].strip(" \t\"“`"):
        return None  # the quote does not open its line
    before = body[:line_start].rstrip()
    if not _is_question(before[before.rfind("\n") + 1 :].strip()):
        return None  # the line before is no question (read first: the cheap test)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body) if m.group().strip()]
    kinds = ["q" if _is_question(body[lo:hi].strip()) else "a" if _OPENING_LINE_RE.match(body, lo, hi) else "n"
             for lo, hi in lines]
    pairs = sum(k == "q" and nk == "a" for k, nk in zip(kinds, kinds[1:]))
    at = next((i for i, (lo, hi) in enumerate(lines) if lo <= qs < hi), None)
    if pairs < MIN_PAIRS or not at or kinds[at] != "a" or kinds[at - 1] != "q":
        return None  # no interview, or the line before the quote is no question
    lead = next((i for i in range(at - 1, -1, -1) if kinds[i] == "n"), None)
    if lead is None:
        return None
    questions = [lines[i] for i, k in enumerate(kinds) if k == "q"]
    asked, people = set(), []
    for s in sents:
        for m in s.mentions:
            where = s.sentence.start + m.start
            if m.entity is None:
                continue
            if any(lo <= where < hi for lo, hi in questions):
                asked.add(m.entity.name)
            elif lines[lead][0] <= where < lines[lead][1] and m.entity.label == "PERSON":
                people.append(m.entity)
    e = next((e for e in people if e.name not in asked), None)
    return (e.name, e) if e is not None else None
