"""Whether a name NER typed wrongly is a person or a body, by what the text says around it (issue 11, spk135).

The small spaCy model types "KS Narendran" (a given name of two run-together initials) ORG and the company "Arx Pax"
PERSON; "he said" then passes over the man or goes to the company. Two shapes of news writing tell the type whatever
the model said:

- a non-restrictive relative "who" right after the name ("KS Narendran, who had a relative on MH370, called for
  ..."): English refers to a body with "which" (a club or a band in British plural agreement, "Arsenal, who have",
  is left alone);
- the name in apposition to a business noun ("his company, Arx Pax,", "the start-up, Arx Pax."): a company, never
  "he" or "she"."""

from __future__ import annotations

import re
from typing import Any

#: ", who" right after a name, the relative's verb not a plural's ("who have/are/were": a club or a band)
_WHO_AFTER_RE = re.compile(r",\s+who\s+(?!(?:have|are|were)\b)(?:[a-z]+\s+){0,2}?[a-z]{2,}")
#: a name's words as a person's: capitalized, the first perhaps initials run together ("KS", "AJ", "T.D.")
_PERSON_SHAPED_RE = re.compile(r"(?:[A-Z]{1,3}|[A-Z]\.(?:[A-Z]\.){0,2}|[A-Z][a-z][\w'’\-]*)"
                               r"(?:\s+[A-Z][a-z][\w'’\-]*){1,2}")
#: a business noun owned or determined, then a comma, right before a name: the name in apposition to it
_BUSINESS_APPOSITIVE_BEFORE_RE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my)\s+(?:[a-z\-]+\s+)?"
                                            r"(?:company|firm|start-?up|business|corporation|manufacturer|maker|"
                                            r"subsidiary|brand|retailer|developer)\s*,\s+$")


def who_relative_person(entity: Any, body_words: frozenset[str] = frozenset()) -> bool:
    """Whether ``entity``, a name of two or three words NER typed an organization, is a person because a mention of
    it is followed by ", who" (:data:`_WHO_AFTER_RE`). Never a name holding a body's word (``body_words``)."""
    if getattr(entity, "label", None) != "ORG" or not _PERSON_SHAPED_RE.fullmatch(entity.name):
        return False
    if any(w.lower().strip(".") in body_words for w in entity.name.split()):
        return False
    return any(_WHO_AFTER_RE.match(m.sent.text, m.end) for m in getattr(entity, "mentions", ()) or ()
               if getattr(m, "sent", None) is not None)


def business_appositive(entity: Any) -> bool:
    """Whether a mention of ``entity`` stands in apposition to a business noun ("his company, Arx Pax,"), the name
    closed by a comma, a period or a parenthesis: a company's name, whatever NER typed it."""
    for m in getattr(entity, "mentions", ()) or ():
        s = getattr(m, "sent", None)
        if s is None:
            continue
        if (_BUSINESS_APPOSITIVE_BEFORE_RE.search(s.text[max(0, m.start - 50) : m.start])
                and re.match(r"\s*(?:[,.;)]|$)", s.text[m.end : m.end + 2])):
            return True
    return False
