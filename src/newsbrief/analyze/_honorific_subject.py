"""Whom "he"/"she" means, read from the sentence before the quote (issue 11, spk118). (1) A sentence's own subject written with an honorific that NER did not tag ("Mr Hollande") is whom "he" means
in the quote right after it (issue 11, spk118; docs/analysis-labels.md "Speakers: a description or a pronoun
resolved to the wrong person").

'... as President Barack Obama declared: "Nous sommes tous français" ...' then 'However, Mr Hollande ruled out
sending French ground forces. "Local forces on the ground ...," he said.': the small NER model left "Mr Hollande"
(British style, no stop after "Mr") untagged, so the walk back from "he" found no one in the sentence before and
carried the quote before's speaker (Obama). Here the sentence is read by its shape: an optional opening connective
("However,", "But", "Meanwhile,"), an honorific, one to three capitalized words, then a lower-case finite verb
("ruled", "insists"); the honorific fixes the pronoun ("Mr" he; "Mrs", "Ms", "Miss" she; "Dr" either). The name is
the article's person that holds the surname (:func:`quotes._known_person`, passed in), else the written phrase."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_HONORIFIC_SUBJECT_RE = re.compile(
    r"\s*(?:(?:However|But|And|Yet|Meanwhile|Still|Instead|Later|Earlier),?\s+)?"
    r"(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<name>[A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2})"
    r"\s+(?:also\s+|then\s+|later\s+|still\s+|has\s+|had\s+|was\s+|is\s+)?[a-z]{3,}(?:ed|s)\b")
_PRONOUNS = {"Mr": ("he",), "Mrs": ("she",), "Ms": ("she",), "Miss": ("she",), "Dr": ("he", "she")}


def honorific_subject(text: str, covered: Callable[[int, int], bool], pronoun: str | None,
                      known: Callable[[str], tuple[str, Any]]) -> tuple[str, Any] | None:
    """The person an honorific subject opening the sentence ``text`` names, when ``pronoun`` ("he"/"she") agrees
    with the honorific and no entity mention covers the name (``covered(start, end)``; a tagged name is read by
    the other rules): ``known(surname)`` (the article's person by that surname), else "<title> <name>" and None."""
    if pronoun is None:
        return None
    m = _HONORIFIC_SUBJECT_RE.match(text)
    if m is None or pronoun.lower() not in _PRONOUNS[m.group("title")] or covered(m.start("name"), m.end("name")):
        return None
    surname = m.group("name").split()[-1]
    got = known(surname)
    return got if got[1] is not None else (f"{m.group('title')} {m.group('name')}", None)


def only_agreeing_person(people: dict[str, Any], pronoun: str | None,
                         gender_of: Callable[[Any], str | None]) -> dict[str, Any]:
    """The people a sentence names (by entity id), cut to the one the pronoun can mean when every other one is
    known to be of the other gender ('Mrs. Obama spent hours in the office of Professor Marvin Bressler. "...," he
    said.': Bressler, whose given name the lists do not know, since Mrs. Obama is a woman); else all of them."""
    if pronoun is None or len(people) < 2:
        return people
    other = "m" if pronoun.lower() == "she" else "f"
    can = [k for k, e in people.items() if gender_of(e) != other]
    return {can[0]: people[can[0]]} if len(can) == 1 else people
