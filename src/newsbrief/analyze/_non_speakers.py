"""Words that are no speaker in a speaker's slot (issue 11, spk102): a verb a title-cased headline capitalizes
glued by NER to the name after it ("AMD Buys SeaMicro" typed a person). The rules that read the speaker's slot
itself are in quotes.py (``_not_a_speaker`` and the functions after it)."""

from __future__ import annotations

import re
from typing import Any

#: a word of a line: letters (and inner marks) after a space or the line's start
_LINE_WORD_RE = re.compile(r"(?<!\S)[^\W\d_][\w'’\-&.]*")
#: words a title-cased headline keeps in lower case
_HEADLINE_LOWER = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
                             "with", "from", "as", "vs", "vs.", "via", "into", "over", "per"})


def headline_line(mention: Any) -> bool:
    """Whether ``mention`` stands in its article's headline: the body's first line, the mention's sentence spanning
    that whole line, with no final stop, of three words or more, every word capitalized but a headline's small
    words ("AMD Buys SeaMicro, Enters Server Hardware Business"). In such a line a verb is capitalized like a
    name, so NER may glue it to the name after it ("Buys SeaMicro" typed a person: blind-speakers56, where that
    span made the company a person and the speaker of two quotes)."""
    line = _opening_line(getattr(mention, "sent", None))
    if line is None or re.search(r"[.!?:;\"”’'…]\s*$", line):
        return False
    return len(_LINE_WORD_RE.findall(line)) >= 3 and headline_cased(line)


def headline_cased(text: str) -> bool:
    """Whether every word of ``text`` is capitalized but a headline's small words ("The Return of the King and the
    Fall of the Dark Tower"): a title's casing."""
    words = _LINE_WORD_RE.findall(text)
    return bool(words) and all(w[:1].isupper() or w.lower() in _HEADLINE_LOWER for w in words)


def _opening_line(sent: Any) -> str | None:
    """The body's first line when ``sent`` (an analysis sentence) is that whole line, else None."""
    sentence = getattr(sent, "sentence", None)  # (a bare text, as a test gives, has no article)
    if sentence is None:
        return None
    body, start = sentence.article.body, sentence.start
    lead = len(body) - len(body.lstrip())
    if start > lead:
        return None
    line = body[lead : (body.find("\n", lead) + 1 or len(body) + 1) - 1].strip()
    return line if sent.text.strip() == line else None


def untitled_headline(sent: Any) -> bool:
    """Whether ``sent`` is the headline an untitled article opens on: the body's first line, the whole of it, of
    three words or more and with no final stop, in an article with no title (ECB+ texts open on their headline and
    carry no title field: "Millom double murder: Man charged with killing mother and sister"). An article with a title
    has that line dropped by cleaning when it repeats the title (``clean.kept_lines``, "repeated headline"); this
    reads the same line where no title says what it is (tl54)."""
    line = _opening_line(sent)
    return (line is not None and not _SENTENCE_STOP_RE.search(line) and not sent.sentence.article.title
            and len(_LINE_WORD_RE.findall(line)) >= 3)


#: A sentence's or a lead-in's end: a stop, a colon or a semicolon, a closing quotation mark or bracket after a stop
#: ("... she said."”); a headline may end on a quotation mark of its own ("... 'had begged to stay locked up in
#: mental hospital'").
_SENTENCE_STOP_RE = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")
