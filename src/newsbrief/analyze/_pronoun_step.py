"""One resolution step for "he"/"she" speakers, read from the dependency parse (issue 11, spk148).

The rules of :func:`quotes._resolve_reference` walk back from a pronoun and take the first person a surface rule
finds; the step then checks that person's place in the parse of the sentence it was found in. A person named as the
subject of a side clause ("after TMZ reported his arrest", "who met X", "when X arrived"), or as a possessor or an
object, is not whom a "he"/"she" of a later sentence continues when the sentence's main clause has a person of the
pronoun's sex for its subject: the main subject is ("Lange, who plays himself in the HBO series, posted a series of
tweets after TMZ reported his arrest. "...," he wrote' is Lange's). Rules: docs/analysis-labels.md, "One resolution
step for pronoun speakers"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Clauses hanging off a main clause: a subject inside one is a side clause's ("after X reported", "who X met",
#: "when X arrived").
SIDE_CLAUSES = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj"})
#: A name in these relations is no subject at all: an owner, an object, a preposition's object.
NOT_SUBJECTS = frozenset({"poss", "pobj", "dobj", "iobj", "dative"})


def _span_head(doc: Any, lo: int, hi: int) -> Any | None:
    """The token of ``doc`` covering characters ``lo``..``hi`` whose head lies outside them (the name's head)."""
    inside = [t for t in doc if lo <= t.idx < hi]
    for t in inside:
        if t.head.i == t.i or not (lo <= t.head.idx < hi):
            return t
    return None


def clause_role(tok: Any) -> str | None:
    """"main" when ``tok`` (a name's head) is the subject of the sentence's main verb (or of a verb conjoined to it),
    "side" when it is the subject of a side clause (:data:`SIDE_CLAUSES`) or no subject (:data:`NOT_SUBJECTS`),
    else None (a reported clause, a fragment: left to the rules)."""
    if tok.dep_ == "appos":  # "the minister, X, said": the noun the name is set beside
        tok = tok.head
    if tok.dep_ in NOT_SUBJECTS:
        return "side"
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    for _ in range(8):
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ == "ROOT":
        return "main"
    if verb.dep_ in SIDE_CLAUSES:
        return "side"
    return None


def main_subject(doc: Any) -> Any | None:
    """The subject of the parse's first sentence's main verb (``nsubj``/``nsubjpass`` of its root), when it is no
    pronoun; else None."""
    sents = list(doc.sents)
    if not sents:
        return None
    root = sents[0].root
    if not root.tag_.startswith("VB"):
        return None
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].tag_ in ("PRP", "PRP$", "WP", "DT", "EX"):
        return None
    return subj[0]


def spk148_side_clause_referent(s: Any, lo: int, hi: int, doc: Any,
                                person: Callable[[Any], tuple[str, Any] | None]) -> tuple[str, Any] | None:
    """The person whom a "he"/"she" of a later sentence continues, when the rules found the name at ``lo``..``hi``
    (sentence-relative) of sentence ``s`` (parsed as ``doc``) but the parse puts that name in a side clause or in no
    subject's place, and the sentence's main subject is a mention ``person`` accepts (a person of the pronoun's
    sex, as a ``(name, entity)``). None when the name is the main subject, its place is unclear, or the main subject
    is no such person."""
    tok = _span_head(doc, lo, hi)
    if tok is None or clause_role(tok) != "side":
        return None
    subj = main_subject(doc)
    if subj is None or lo <= subj.idx < hi:
        return None
    for m in s.mentions:
        if m.start <= subj.idx < m.end and m.entity is not None:
            return person(m)
    return None

