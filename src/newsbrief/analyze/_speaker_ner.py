"""NER types at a speaker's place (issue 11, spk94): spans the small spaCy model types a person that are part of a
place's name, read before the span may be "he" or "she"."""

from __future__ import annotations

import re
from typing import Any

from ._cues import PLACE_LABELS

#: capitalized words running from a mention's end to the next mention, nothing else between ("Tan| Son |Nhut Air
#: Base": NER typed "Tan" a person and "Nhut Air Base" a site)
_CAPITALIZED_RUN_RE = re.compile(r"(?:[ \t]+[A-Z][\w'’\-]*)*[ \t]+")


def part_of_place_name(sent: Any, mention: Any) -> bool:
    """Whether ``mention`` of ``sent`` (a Sent with mentions) runs, by capitalized words only, into a mention of a
    place right after it: "Tan" of "Tan Son Nhut Air Base", where NER cut the base's name and typed its first word a
    person. Such a mention names no one."""
    text = sent.text
    for m in sent.mentions:
        if m.start < mention.end or m.entity is None or m.entity.label not in PLACE_LABELS:
            continue
        run = _CAPITALIZED_RUN_RE.fullmatch(text, mention.end, m.start)
        return run is not None and m.start - mention.end <= 40
    return False


#: two capitalized words or more, all in capitals (a headline's or a section head's words: "INSIDE MOZUMI MINE",
#: "OBAMA GOES OUTSIDE IN ON JOBS")
_ALL_CAPS_WORDS_RE = re.compile(r"[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*)+")


def headline_words(mention: Any) -> bool:
    """Whether a mention NER typed a person is a headline's words: two words or more in capitals opening their line
    ("INSIDE MOZUMI MINE" over a section, "OBAMA GOES OUTSIDE IN ON JOBS - POLITICO's ...:" in a newsletter),
    not a transcript's name tag ("PRESIDENT OBAMA:", a colon right after it). Such a span names no speaker."""
    sent = getattr(mention, "sent", None)
    if sent is None or not _ALL_CAPS_WORDS_RE.fullmatch(mention.text):
        return False
    body, at = sent.sentence.article.body, sent.sentence.start + mention.start
    line_start = body.rfind("\n", 0, at) + 1
    return not body[line_start:at].strip() and not body[at + len(mention.text) : at + len(mention.text) + 1] == ":"


def headline_entity(entity: Any) -> bool:
    """Whether every mention of ``entity`` is a headline's words (:func:`headline_words`)."""
    mentions = getattr(entity, "mentions", None) or ()
    return bool(mentions) and all(headline_words(m) for m in mentions)


def aged_person_typed_place(name: str) -> bool:
    """Whether a name NER typed a place that stands in a speech verb's slot with an age after it ('said Karim, 27,
    who lives ...') is a person: the age says so, unless the gazetteer knows the name as a place (then the old
    reading stands). Without the gazetteer package nothing changes (False)."""
    return named_person_typed_place(name)


def named_person_typed_place(name: str) -> bool:
    """Whether a name NER typed a place that the text gives a person's age or role ('said Karim, 27,'; 'said
    disaster agency official Fauzi'; 'Fauzi, an official from the local disaster agency,') is a person: unless the
    gazetteer knows the name as a place (then the old reading stands). Without the gazetteer package nothing
    changes (False)."""
    from .gazetteer import known_place, place_names

    return bool(place_names()) and not known_place(name)
