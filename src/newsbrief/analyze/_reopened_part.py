"""A statement of several quoted paragraphs run into one paragraph in curly marks (issue 11, spk146): each part opens
with its own "“" (as a quote reopened on each paragraph does) and only the last is closed ('... said there was more
work to be done:' / '“The changes ... Act. “Today, the harm has been lessened, ... “Indiana businesses have shown
they are ready to lead. ... That campaign begins today.”': blind-speakers93, mnt0293). An opening mark that
touches a capital right after a sentence of the open quote ended (only spaces between) starts the quote's next part,
when the open quote opened a sentence (its paragraph's start, or after a sentence's end or a colon): the part before
it is kept, ending on its sentence's punctuation. A quote opened inside a sentence ('He told the FBI “Obama expressed
concern about it. “He suggested a list.”') keeps its earlier mark a stray one, a web page's typo. Wire copy's
``...'' has its own reading (quotes.py's ``_reopened_after_sentence``)."""

from __future__ import annotations

import re

#: The open quote's last sentence ending right before the new mark: a word, the sentence's punctuation (a closing
#: bracket may follow it), then only spaces (no line break: the parts stand in one paragraph).
_SENTENCE_END_RE = re.compile(r"\w[.!?][)\]]?[ \t]+$")
#: What stands before a quote that opens a sentence: its paragraph's start, or a sentence's end or a colon (quote
#: marks or a bracket may close the sentence) and spaces.
_OPENS_SENTENCE_RE = re.compile(r"(?:^|\n|[.!?:][\"'”’)\]]*[ \t]+)[ \t]*$")


def spk146_reopened_part_end(body: str, lo: int, hi: int) -> int | None:
    """Where the part of a curly-marked quote opened at ``lo`` ends, when a new "“" at ``hi`` (no mark between)
    reopens it after a full sentence: right after that sentence's punctuation. The quote must open on "“" too and
    the new mark must touch a capital letter or a digit (a mark followed by a space or a lower-case word closes a
    quote by typo: '“... out of us, “ said') and the quote must open a sentence (:data:`_OPENS_SENTENCE_RE`); None
    otherwise (the earlier mark stays a stray one)."""
    if body[lo - 1 : lo] != "“" or body[hi : hi + 1] != "“" or lo >= hi:
        return None
    if not _OPENS_SENTENCE_RE.search(body, max(0, lo - 1 - 200), lo - 1):
        return None
    if not re.match(r"[A-Z0-9]", body[hi + 1 : hi + 2]):
        return None
    m = _SENTENCE_END_RE.search(body, lo, hi)
    if m is None:
        return None
    return m.start() + 2 + (body[m.start() + 2 : m.start() + 3] in (")", "]"))
