"""Whom "he"/"she" means after a sentence whose subject is a thing that left a person in a state (issue 11, spk125;
docs/analysis-labels.md "Speakers: a thing's subject leaves its person object").

'Watson's miss, in a five minute period which saw ..., left Roberto Martinez understandably disconsolate last
night. "When you miss the penalty ...," he said.': the sentence is about Martinez's state, and "he" is Martinez, not
Watson, who only owns the subject ("Watson's miss"). The shape read: an opening determiner or a name's possessive,
at most three lower-case words ending in a head noun that names no person (not a role, kin or agent noun: "The
coach left Smith out" keeps the coach), an optional aside set off by commas, then a verb that puts its object in a
state ("left", "leaves", "made", "kept"), then a person's name right after it, followed by a lower-case word (the
state: "disconsolate", "understandably upset", "in tears"). A person subject ("Watson left Martinez ...") is no
such sentence: the pattern needs a determiner or a possessive before the head noun."""

from __future__ import annotations

import re
from typing import Any

from ._person_nouns import _AGENT_NOUN_RE, _unnamed_person_noun

_CAUSED_STATE_RE = re.compile(
    r"\W*(?:(?:But|And|Yet|Still|So|However|Meanwhile|Instead),?\s+)?"
    r"(?:(?:The|A|An|His|Her|Their|Its|This|That)\s+|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['’]s?\s+)"
    r"(?:[a-z][\w\-]*\s+){0,3}?(?P<head>[a-z][\w\-]*)"
    r"(?:\s*,[^,;:\"“”]{1,160},)?\s+(?:had\s+|has\s+)?(?P<verb>left|leaves|made|makes|kept|keeps)\s+")
#: The word after the person that shows the object's state, not another phrase ("left Smith and Jones", "made
#: Smith a captain" count; "left Smith to ..." is a purpose, "left Smith's side" a possessive the mention stops at).
_STATE_AFTER_RE = re.compile(r"\s+(?!(?:and|or|to|for|who|which|that|with|on|at|as|by)\b)[a-z]")


def caused_state_person(text: str, mentions: list[Any]) -> Any | None:
    """The PERSON mention of sentence ``text`` (its ``mentions``, offsets into ``text``) that a thing's subject left in
    a state (:data:`_CAUSED_STATE_RE`), else None."""
    m = _CAUSED_STATE_RE.match(text)
    if m is None:
        return None
    head = m.group("head").lower()
    if _unnamed_person_noun(head) or _AGENT_NOUN_RE.search(head):
        return None
    for x in mentions:
        if (x.start == m.end() and x.entity is not None and x.entity.label == "PERSON"
                and _STATE_AFTER_RE.match(text, x.end)):
            return x
    return None
