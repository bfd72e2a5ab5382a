"""An unpunctuated pull quote: a line of the page that is one quote and nothing else, whose words end on no
punctuation mark (issue 11, spk125; docs/analysis-labels.md "Speakers: ... an unsigned pull quote").

A review's page sets off a sentence of its own text as a display line: '"The GS5 can take very good pictures, but it
doesn't always deliver"' after a paragraph where 'Samsung tells me ...' and 'Samsung claims ...'. Such a line is the
writer's, not the words of the speaker carried from the narration before it. What shows it is the layout, not the
words: the quote fills its line, six words or more, and its last word has no closing stop, comma, question or
exclamation mark (a speaker's quote set as its own paragraph ends its sentence: '"We will fight on."'). A line
introduced by a colon at the end of the line before ('He said:') is that speaker's and is not read here."""

from __future__ import annotations

import re

_MARKS = "\"“”'‘’"
#: The words inside the marks end on a letter or a digit: no closing punctuation.
_UNPUNCTUATED_END_RE = re.compile(r"[A-Za-z0-9]$")


def unpunctuated_pull_quote(body: str, qs: int, qe: int) -> bool:
    """Whether the quote ``body[qs:qe]`` (with or without its marks), closed by a mark, fills its line alone and
    its words end on no punctuation mark, and the line before does not end on a colon."""
    if not (body[qe - 1 : qe + 1].strip(" \t\n") and any(c in _MARKS for c in body[qe - 1 : qe + 1])):
        return False  # a quote left open (an article ending on an unclosed quote) is no display line
    line_lo = body.rfind("\n", 0, qs) + 1
    line_hi = body.find("\n", qe)
    line_hi = len(body) if line_hi < 0 else line_hi
    if body[line_lo:qs].strip(_MARKS + " \t") or body[qe:line_hi].strip(_MARKS + " \t"):
        return False
    words = body[qs:qe].strip(_MARKS + " \t")
    if len(words.split()) < 6 or not _UNPUNCTUATED_END_RE.search(words):
        return False
    return not body[:line_lo].rstrip().endswith(":")
