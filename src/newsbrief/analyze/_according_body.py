"""A body named after "according to" that the cluster's entity typed a place (issue 11, spk146): 'Tinnitus is "the
perception of noise or ringing in the ears," according to Mayo Clinic.' (blind-speakers94, mnt0314). NER reads
"Mayo Clinic" an organization there, and the entity rules type a name ending in "Clinic" a site (a place: "Betty
Ford Clinic"); after "according to" the name is the source of the words, so a body speaks, whatever the entity's
type. Only a mention NER itself typed ORG, right after "according to" ("the" allowed between)."""

from __future__ import annotations

import re
from typing import Any


def spk146_according_body(sent: Any, body: str, lo: int, hi: int) -> tuple[str, Any] | None:
    """(the entity's name, the entity) of the first mention in ``body[lo:hi]`` (after "according to"), when it
    stands right at ``lo`` (spaces or "the" before it), NER typed it ORG and it ends its clause (a comma, a full
    stop, a semicolon or the window's end after it); None otherwise."""
    base = sent.sentence.start
    for m in sent.mentions:
        at, end = base + m.start, base + m.end
        if at < lo or end > hi:
            continue
        if (m.entity is not None and m.label == "ORG" and re.fullmatch(r"\s*(?:(?i:the)\s+)?", body[lo:at])
                and re.match(r"\s*(?:[,.;]|$)", body[end:hi])):
            return m.entity.name, m.entity
        return None
    return None
