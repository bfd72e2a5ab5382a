""""She" after a woman the sentence itself describes (issue 11, spk147): 'When police went to the woman's apartment,
she said she'd "worked a long shift ..."'. Where no one speaking nearby is found, "she" is the last person named
before it, and a definite nominal of the pronoun's gender in its own sentence before it ("the woman's", "the
unidentified woman") is named later than any name further back: "the woman", not a name inside an event's name two
paragraphs up (the Susan G. Komen Race for the Cure; Multi-News train mnt0315, blind-speakers95)."""

from __future__ import annotations

import re

from ._cues import FEMALE_NOUNS, MALE_NOUNS

_HEADS = {"she": FEMALE_NOUNS - {"lady"}, "he": MALE_NOUNS}
#: "the" (or "this"/"that"), at most two lowercase modifiers, the head noun, an optional possessive; the head is no
#: word of a longer noun or a name ("the man-made", "the Man Booker").
_NOMINAL_RE = {p: re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:[a-z][\w\-]*\s+){0,2}?(" + "|".join(sorted(h, key=len, reverse=True))
                             + r"))(?:['’]s?)?(?![\w\-])(?!\s+[A-Z])") for p, h in _HEADS.items()}


def spk147_gendered_nominal(body: str, lo: int, before: int, pronoun: str) -> tuple[str, int] | None:
    """The last definite nominal of ``pronoun``'s gender ("he"/"she") in ``body[lo:before]`` (the pronoun's own
    sentence before it): ("the woman", where it starts); None when there is none."""
    rx = _NOMINAL_RE.get(pronoun.lower())
    hits = list(rx.finditer(body, lo, before)) if rx is not None else []
    if not hits:
        return None
    return "the " + hits[-1].group(2), hits[-1].start()
