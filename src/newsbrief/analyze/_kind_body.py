"""A definite description of a body by its kind ("the website", "the site") refers to the organization the article
ties to that kind word (issue 11, spk149; docs/analysis-labels.md "Speakers: blind-speakers96-98's classes").

'Julian Assange, co-founder of WikiLeaks, has announced that the whistleblowing website is suspending ...' then 'The
website, behind the publication of ... cables, revealed that it was running on cash reserves after "an arbitrary and
unlawful financial blockade"' (Multi-News train mnt0342, blind-speakers97): "the website" is WikiLeaks. The kind
word's head is no part of the body's name (so :func:`_body_description.named_body_for_description` reads no one),
and the sentence before is a person's ("He added ..."), so the epithet rule's "nearest body speaking" reads no one
either. A reader takes the body the article has already called a website: the nearest earlier sentence that writes
the kind word in its narration after exactly one organization (NER's ORG mentions outside quotes, named before the
word) names it.
Reads the entities the text carries; no parse."""

from __future__ import annotations

import re
from typing import Any

#: Kind words of a body that a definite description refers back with (a web site's, a publication's).
KIND_WORDS = frozenset({"website", "site"})


def spk149_kind_body(art: Any, words: list[str], at: int) -> tuple[str, Any] | None:
    """(name, entity) of the one organization named in the narration of the nearest sentence before ``at`` (or the
    part of ``at``'s own sentence before it) that also writes the description's kind word ``words[-1]`` outside a
    quote, after it, when ``words`` is a definite description of a kind in :data:`KIND_WORDS` ("the whistleblowing
    website"); None otherwise (another kind, a possessive, no such sentence, or two organizations there)."""
    if len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in KIND_WORDS or any(
            re.search(r"['’]s?$", w) for w in words):
        return None
    kind = re.compile(r"\b(?i:" + re.escape(words[-1]) + r")\b")
    pos = art.sentence_at(at)
    if pos is None:
        return None
    for i in range(pos, -1, -1):
        s = art.sents[i]
        base = s.sentence.start
        hi = min(s.sentence.end, at) if i == pos else s.sentence.end
        marks = [k.start() for k in kind.finditer(art.body, base, hi) if not art.quoted(k.start(), k.end())]
        if not marks:
            continue
        orgs = {m.entity.id: m.entity for m in s.mentions
                if m.entity is not None and m.entity.label == "ORG" and base + m.end <= marks[-1]
                and not art.quoted(base + m.start, base + m.end)}
        if len(orgs) == 1:
            ent = next(iter(orgs.values()))
            return ent.name, ent
    return None
