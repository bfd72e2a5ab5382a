"""A quote a document "reads" after it (issue 11, spk145): '"By opening a dedicated extraterrestrial cloud region,
...," reads the very long and detailed blog post accompanying the April Fools' gag.' The document speaks, as
'"...," the statement reads' does (Multi-News validation mn:0088, speakers-read61)."""

from __future__ import annotations

import re

#: Written things that "read" a quote.
DOCUMENT_HEADS = ("blog post", "post", "statement", "press release", "news release", "release", "letter", "note",
                  "message", "memo", "email", "e-mail", "notice", "sign", "caption", "description", "tweet",
                  "announcement", "report", "ad", "advertisement", "listing", "page", "website", "filing", "petition",
                  "banner", "card", "plaque", "inscription", "headline")
#: Right after a quote's closing: "reads the [up to five lower-case words] <document>" (group 1 from the determiner).
_READS_RE = re.compile(r"[\s,]*(?:[\"”’']{1,2})?[\s,]*(?:reads|read)\s+((?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,5}?(?:"
                       + "|".join(sorted(map(re.escape, DOCUMENT_HEADS), key=len, reverse=True)) + r"))\b")


def spk145_reads_document(body: str, qe: int, hi: int) -> str | None:
    """The document that '"...," reads the <document>' names right after the quote ending at ``qe`` (before ``hi``),
    as the text words it ("the very long and detailed blog post"); None when no such inversion follows."""
    m = _READS_RE.match(body, qe, hi)
    return " ".join(m.group(1).split()) if m else None


#: Right before a quote: "<a document> [reportedly] from <Name>:" ('the accompanying tweets reportedly from Trump:
#: "..."', 'a statement from Smith: "..."'); group 1 the name.
_FROM_BEFORE_RE = re.compile(r"\b(?:tweets?|posts?|statements?|messages?|letters?|notes?|e-?mails?|memos?|texts?)\s+"
                             r"(?:[a-z]+ly\s+)?(?:from|by)\s+((?-i:[A-Z][\w'’\-.]*(?:\s+[A-Z][\w'’\-.]*){0,3}))"
                             r"\s*:\s*[\"“]?\s*$", re.I)


def spk145_document_from_before(body: str, lo: int, qs: int) -> str | None:
    """The name in '<a document> [reportedly] from <Name>:' right before the quote opening at ``qs`` (its sentence
    starting at ``lo``): the writer, whom no speech verb names; None when the words before the quote are not so."""
    m = _FROM_BEFORE_RE.search(body, lo, qs)
    return m.group(1) if m else None
