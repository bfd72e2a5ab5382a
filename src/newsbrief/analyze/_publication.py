"""A publication or a document named by a common noun after a quote (issue 11, spk131; docs/analysis-labels.md
"Speakers: a paper, a citation, its "It", a question's own frame, a wife's honorific").

Newswire quotes a newspaper and goes on naming it by its kind: '``...,'' said Tishrin, which often speaks for the
Syrian government. ... Netanyahu has sent ``a clear message ...,'' the paper said.' and 'Furchgott's findings ``led
to a quest to identify the factor,'' the citation said.' (DUC 2004 d30037t, d30036t). "The paper" and "the citation"
are a publication's and a document's words, never an epithet of the person the sentence opens with (the epithet
rule took "the paper" for Netanyahu, named just before it). The publication noun refers back to the outlet the
article named last (:func:`outlet_before`); with none, the nominal itself speaks. "It said ..." right after the
sentence that quoted such an outlet is the outlet too (:func:`outlet_it_said`), not a body in its relative clause
("which often speaks for the Syrian government").
"""

from __future__ import annotations

import re
from typing import Any

from ._cues import NEWSPAPER_HEADS

#: Nouns for a newspaper or another periodical, which refer back to the outlet named before.
PUBLICATION_NOUNS = frozenset({"paper", "newspaper", "daily", "weekly", "magazine", "tabloid", "journal"})
#: Nouns for a document whose words a quote gives ("the citation said"): never a person's epithet.
DOCUMENT_NOUNS = frozenset({"citation"})
_PUBLICATION = r"(?:newspapers?|papers?|dail(?:y|ies)|weekl(?:y|ies)|magazines?|tabloids?|journals?)"
#: A definite publication or document noun, with up to two modifiers, ending the words between a quote and its verb
#: ('``...,'' the paper said'; 'the Lebanese daily said'): group 1 the phrase, group 2 the noun.
_NOMINAL_RE = re.compile(r"[\s,]*((?i:the|this)\s+(?:[a-z][\w\-]*\s+){0,2}?(" + "|".join(
    sorted(PUBLICATION_NOUNS | DOCUMENT_NOUNS)) + r"))\s*(?:also\s+|later\s+)?$")
#: A name followed by the kind of publication it is ("Tishrin newspaper", "the Kommersant business newspaper", "the
#: Argumenty i Fakty weekly").
_KIND_AFTER_RE = re.compile(r"\s+(?:(?:[a-z][\w\-]*|[A-Z][a-z]{0,2})\s+){0,2}" + _PUBLICATION + r"\b")
#: A name right after the kind of publication it is ("the daily Kommersant", "the newspaper Al-Ahram").
_KIND_BEFORE_RE = re.compile(r"\b" + _PUBLICATION + r",?\s+$")
#: A name a speech verb follows and a "which" clause describes ("said Tishrin, which often speaks for ..."): a
#: speaking thing, not a person, whatever NER typed it.
_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|reported|reports|wrote|writes|added|adds|commented|comments)\s+$")
_WHICH_AFTER_RE = re.compile(r"(?:\s+" + _PUBLICATION + r")?\s*,\s*which\b")


#: The types a publication's name may have (NER types "Tishrin" a person); never a people, a place or a date.
_NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "OTHER", "PRODUCT"})


def _outlet_mention(m: Any) -> bool:
    """Whether the mention ``m`` names a publication: a publication noun right after or before it, a name ending in a
    newspaper's word ("The Washington Post"), or a name a speech verb precedes and a "which" clause follows."""
    if m.entity is None or m.entity.label not in _NAME_LABELS:
        return False  # ("an official Syrian newspaper": a people's word, no paper's name)
    text = m.sent.text
    if _KIND_AFTER_RE.match(text, m.end) or _KIND_BEFORE_RE.search(text[max(0, m.start - 30) : m.start]):
        return True
    if m.text.split() and m.text.split()[-1] in NEWSPAPER_HEADS and len(m.text.split()) >= 2:
        return True
    return bool(_SAID_BEFORE_RE.search(text[max(0, m.start - 20) : m.start]) and _WHICH_AFTER_RE.match(text, m.end))


def _is_outlet(ent: Any) -> bool:
    """Whether any mention of ``ent`` in the story names it as a publication (:func:`_outlet_mention`)."""
    return any(_outlet_mention(x) for x in getattr(ent, "mentions", ()) if getattr(x, "sent", None) is not None)


def outlet_before(art: Any, at: int) -> tuple[str, Any] | None:
    """The outlet the article named last before ``at`` (an entity some mention of which names a publication),
    outside quotes; None when it names none."""
    found = None
    for s in art.sents:
        if s.sentence.start >= at:
            break
        for m in s.mentions:
            lo, hi = s.sentence.start + m.start, s.sentence.start + m.end
            if m.entity is None or hi > at or art.quoted(lo, hi):
                continue
            if _outlet_mention(m) or _is_outlet(m.entity):
                found = (m.entity.name, m.entity)
    return found


def publication_speaker(art: Any, lo: int, vpos: int) -> tuple[str, Any] | None:
    """The speaker of a quote whose attribution after it is a definite publication or document noun before the verb
    at ``vpos`` (``body[lo:vpos]``: '``...,'' the paper said'): the outlet named before for a publication noun, else
    the nominal itself ("the citation"); None when the words are no such nominal."""
    nom = _NOMINAL_RE.fullmatch(art.body, lo, vpos)
    if nom is None:
        return None
    mods = nom.group(1).split()[1:-1]
    if (nom.group(2).lower() in PUBLICATION_NOUNS and all(w[:1].isupper() for w in mods)
            and (outlet := outlet_before(art, lo)) is not None):
        return outlet  # ("the paper", "the Lebanese daily"; not "the white paper", a document)
    return " ".join(nom.group(1).split()), None


#: "It" opening a sentence with a speech verb ("It said Netanyahu has sent ...", "It added that ...").
_IT_SAID_RE = re.compile(r"\W*It\s+(?:also\s+)?(?:said|says|added|adds|reported|reports|wrote|writes|noted|notes|"
                         r"commented|comments|claimed|claims|charged|charges|warned|warns)\b")


def outlet_it_said(art: Any, pos: int) -> tuple[str, Any] | None:
    """The outlet "It" stands for when sentence ``pos`` opens with "It said" right after a sentence of the same
    paragraph whose quote that outlet spoke ('... said Tishrin newspaper, which often speaks for the Syrian
    government. It said ...'): not a body inside the outlet's relative clause. None otherwise."""
    if pos <= 0 or not _IT_SAID_RE.match(art.sents[pos].text):
        return None
    said = art.spoken.get(pos - 1)
    if said is None or said[1] is None:
        return None
    if art.paragraph_at(art.sents[pos - 1].sentence.start) != art.paragraph_at(art.sents[pos].sentence.start):
        return None
    prev = art.sents[pos - 1]
    if any(m.entity is said[1] and _outlet_mention(m) for m in prev.mentions):
        return said[0], said[1]
    return None
