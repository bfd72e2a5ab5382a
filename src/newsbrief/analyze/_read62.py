"""Speaker constructions read in two clusters no rule was tuned on (issue 11, read62: DUC 2006 D0611B, Multi-News
validation mn:0202; split speakers-read62). Rules: docs/analysis-labels.md, "A reader's two clusters"."""

from __future__ import annotations

import re
from typing import Any


def read62_role_near(role_re: re.Pattern, s: Any, m: Any, nom_start: int, nom_end: int) -> bool:
    """Whether the role word ``role_re`` stands within 40 characters of the mention ``m`` in sentence ``s`` other
    than as the nominal being resolved (body span ``nom_start``..``nom_end``): in 'In the Bederev case, the judge
    said, ...' the words "the judge" are the speaker to find, not a title given to Bederev beside them."""
    lo = max(0, m.start - 40)
    base = s.sentence.start + lo
    for r in role_re.finditer(s.text[lo : m.end + 40]):
        if base + r.start() < nom_end and base + r.end() > nom_start:
            continue
        return True
    return False


#: The other pronoun as a sentence's subject, after at most a short opening ("But 14 years ago he was persuaded ...",
#: "Later, she ...", "He was ..."), with no name, quote mark or clause break before it.
_SUBJECT_PRONOUN_RE = re.compile(r"\W{0,3}(?:[A-Za-z0-9][\w\-]*(?:\s+[\w\-]+){0,4},?\s+)?(he|she)\s+(?!said\b|says\b)"
                                 r"[a-z]", re.I)


def read62_other_pronoun_subject(s: Any, upto: int, pronoun: str | None, known_gender) -> tuple[str, Any] | None:
    """For "she" (``pronoun``; "he" the other way round) walking back: a sentence whose subject is the other
    pronoun names the person "she" is when it names exactly one person, after that subject, whom the text gives as a
    woman (``known_gender(name, entity)``, "f"/"m"/None: a given name or title, never a guess): 'But 14 years ago
    he was persuaded to work at the ranch by Sarah Livia Brightwood, the daughter of its founders. She wanted ...
    ``...,'' she said.' is Brightwood's, not the man the sentence before names (DUC 2006 D0611B). ``upto``: the
    sentence's text that is before the quote (sentence-relative)."""
    if not pronoun or pronoun.lower() not in ("he", "she"):
        return None
    sub = _SUBJECT_PRONOUN_RE.match(s.text[:upto])
    if sub is None or sub.group(1).lower() == pronoun.lower() or any(
            c in sub.group(0) for c in "\"“”`'‘’(") or any(m.start < sub.start(1) for m in s.mentions):
        return None
    want = "f" if pronoun.lower() == "she" else "m"
    found = {}
    for m in s.mentions:
        if m.start < sub.end(1) or m.start >= upto or m.entity is None or m.entity.label != "PERSON":
            continue
        found[m.entity.name] = m.entity
    if len(found) != 1:
        return None
    name, entity = next(iter(found.items()))
    return (name, entity) if known_gender(name, entity) == want else None


#: What may follow the name of a speaker inverted after "said" with no comma before the verb, up to the sentence's
#: end: nothing, or one appositive without a comma, a verb or a relative word of its own.
_TAIL_RE = re.compile(r"\s*(?:,(?![^.!?]*,)(?![^.!?]*\b(?:who|which|that|was|is|were|are|had|has|have|will|would|did|"
                      r"does|can|could)\b)[^\"“”;:]*?)?[.!?]?[\"”']*\s*$")


def read62_commaless_inverted(s: Any, v_start: int, v_end: int, hi: int) -> tuple[str, Any] | None:
    """The person a "said"/"says" with no comma before it inverts, named right after the verb and ending the
    sentence (or followed by one appositive that does): '... annual sales now total more than $6 billion said Sarah
    Johnston, executive director of the New York branch of the organic farming association.' (a wire copy's missing
    comma, DUC 2006 D0611B) is Johnston's sentence, so a later '``...,'' she said' is hers. Not 'Police said Smith,
    34, was arrested' (a second comma, a verb after the name). Body offsets; ``hi``: the sentence's end or the
    quote's start."""
    start = s.sentence.start
    text = s.text
    verb = text[v_start - start : v_end - start]
    if verb.lower() not in ("said", "says") or v_start - start < 1 or text[v_start - start - 1] not in " \t":
        return None
    if re.search(r"[,;:\"“”'’`]\s*$", text[: v_start - start]):
        return None  # a comma before the verb is the house rule's; a quote's close, another's
    after = [m for m in s.mentions if m.start >= v_end - start and m.entity is not None]
    if not after:
        return None
    m = after[0]
    if text[v_end - start : m.start].strip() or m.entity.label != "PERSON":
        return None
    if not _TAIL_RE.match(text[m.end : hi - start]):
        return None
    return m.entity.name, m.entity
