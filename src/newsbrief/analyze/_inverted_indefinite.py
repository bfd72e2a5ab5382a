"""An indefinite noun phrase after an inverted speech verb, its noun outside the role lists (issue 11, spk138).

'"...," reads one of the song's nearly 200 ratings.' and '"...," wrote one "reviewer."': after a quote's comma, a
speech verb and then "one"/"a"/"an"/"another" with at most three modifiers and a head noun ending the sentence, or
"one of" / "some of" and a noun phrase ending it, name who (or what) said it, whatever the noun: the inverted
reading ('"...," said X') looked for a name or a role and found none, so the last speaker carried on. A noun in
scare marks ('one "reviewer."') is still the head (its marks are the writer's, no quote of its own). Never a time
("said one day"), never a phrase that goes on ("reads a statement from X": the caller's other rules read that)."""

from __future__ import annotations

import re

from ._cues import TIME_HEADS

#: The phrase (group 1, with a scare mark before its head) after the verb, up to the sentence's stop, or a stop that
#: a capital or an opening mark follows right away (sentences the page runs together: 'wrote one "reviewer."The
#: song, which ...').
_INDEFINITE_AFTER_RE = re.compile(
    r"\s+((?:one|another|an?)\s+(?:of\s+(?:the|his|her|their|its|[A-Z][\w\-]*['’]s?)\s+(?:[\w\-'’]+\s+){0,4}?)?"
    r"(?:[a-z][a-z\-]*\s+){0,3}[\"“'‘]?[a-z][a-z\-]{2,})"
    r"(?:[\"”'’]?\s*[.!?]?\s*$|(?:[.!?][\"”'’]?|[\"”'’][.!?])(?=\s*[A-Z\"“]))")


def inverted_indefinite(body: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The indefinite noun phrase right after a speech verb ending at ``lo`` that ends the sentence at ``hi`` or a
    stop glued to the next sentence (marks and stop dropped), and where it starts; None for none or a time ("said
    one day")."""
    got = _INDEFINITE_AFTER_RE.match(body, lo, hi)
    if got is None:
        return None
    phrase = " ".join(re.sub(r"(?<=\s)[\"“'‘](?=[a-z][a-z\-]*$)", "", got.group(1)).split())  # ('one "reviewer."')
    head = phrase.split()[-1]
    if head in TIME_HEADS:
        return None
    return phrase, got.start(1)
