"""A quoted description of a person, the person's name after the closing mark (issue 11, spk149; docs/analysis-
labels.md "Speakers: blind-speakers96-98's classes"): 'He then congratulated his "friend and first-time ballot Hall of
Famer," Jay Z.' (Multi-News train mnt0334, blind-speakers96). The quote opens right after a determiner ("his", "a",
"the"), so it is a noun phrase, and the name after it, closing the sentence, is in apposition with it: the person
described, never the speaker ('"...," Jay Z said' has a speech verb; here there is none). The speaker is the clause's
subject: "he"/"she" opening the sentence, read as the rules read a pronoun subject; else no one."""

from __future__ import annotations

import re

#: A determiner right before the quote's opening mark.
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:his|her|their|its|my|our|your|a|an|the)\s+[\"“]?$", re.I)
#: After the closing mark: a comma, a capitalized name of one to four words and the sentence's end (or a comma).
_NAME_AFTER_RE = re.compile(r"[\"”\s]*(?P<comma>,?)\s*[\"”]?\s*(?P<name>[A-Z][\w.\-'’]*(?:\s+[A-Z][\w.\-'’]*){0,3})\s*(?:[.;!]|$)")
#: A pronoun subject opening the sentence (an adverb allowed after it).
_PRONOUN_OPENING_RE = re.compile(r"\s*(?P<pronoun>He|She)\s+(?:then\s+|also\s+|later\s+)?[a-z]+(?:ed|s)\b")


def spk149_described_name(body: str, lo: int, qs: int, qe: int, hi: int) -> tuple[str, str | None] | None:
    """(the name after the quote, the pronoun "he"/"she" opening the sentence or None) when the quote spanning
    ``qs:qe`` in the sentence ``body[lo:hi]`` follows a determiner and a name alone closes the sentence after it;
    None otherwise."""
    if not _DETERMINER_BEFORE_RE.search(body, max(lo, qs - 12), qs):
        return None
    m = _NAME_AFTER_RE.match(body, qe, hi)
    if m is None or not (m.group("comma") or body[max(lo, qe - 2) : qe].rstrip("\"”").endswith(",")):
        return None  # (the comma closing the description, inside the marks or after them)
    p = _PRONOUN_OPENING_RE.match(body, lo, qs)
    return m.group("name").rstrip("."), (p.group("pronoun").lower() if p else None)
