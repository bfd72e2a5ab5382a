"""Dates that name no day of the story (issue 11, helper fix63): a season in a present that recurs, and "today"
meaning nowadays.

* A month named alone ("in May", "In late April and May", "From September until hard freeze") in a clause told in
  the generic present: a garden column's "the tree drops these leaves", "The larvae skeletonize leaves in May and
  June", "marigolds can be counted on". What recurs every year names no month of the story, so it is no dated event
  (the timeline had placed them in April 1999, May 2000, September 1998). Read on the parse of the sentence
  (:func:`newsbrief.analyze._ner.parse`), asked only for a bare month whose sentence holds no past or future cue and
  no quotation mark (a speaker's "to be successful in November" is the coming one): the month's phrase hangs from
  its verb directly (not from an event noun: "a recommendation by the Board in January"), the verb is a simple
  present (VBZ/VBP) or a form after "can" ("could take place in December" is a coming one) whose subject is a
  common noun (not a body's "The Weather Service predicts ... through May", not "We"), or an instruction (a base
  form opening the sentence, no subject); no verb of the sentence is a past and no word of it a name but the
  months' (what recurs is told of kinds of things: "a recommendation by the National Transportation Safety Board
  in January" is one event). A present that schedules ("meets
  in June", :data:`~newsbrief.analyze.timeline._PRESENT_RE`'s and the future cues' verbs) and a copula whose
  complement is the date ("The vote is in May") keep the date.
* "today" right after a bare plural noun inside a phrase ("A growing trend among gardeners today is organic
  gardening", "for children today"): the people of these days, not the article's day, when the sentence holds no
  past or future cue (:func:`~newsbrief.analyze.timeline.tense`).
"""

from __future__ import annotations

import re

from ._cues import FUTURE_CUES_RE, PAST_CUES_RE
from .timeline import _PRESENT_RE, DateMention, tense

#: A month named alone, with at most "early", "late", "mid" or a preposition before it (:data:`timeline._PATTERNS`'
#: "m" kind): no day, no year, no "last"/"next"/"this".
_BARE_MONTH_RE = re.compile(r"(?i:(?:in|from|through|until|during|early|late|mid|mid-)\s*)*"
                            r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
#: "today" after a bare plural noun in a phrase: "among gardeners today", "for young children today".
_NOWADAYS_RE = re.compile(r"\b(?:among|of|for|to|with|by|in|like)\s+(?:[a-z]+\s+){0,2}(?:[a-z]{3,}s|children|people|"
                          r"men|women)\s+$")
#: A quotation mark: a speaker's month is read as the story's ("to be successful in November", "an albatross around
#: his neck in March").
_QUOTE_MARK_RE = re.compile(r"[\"“”]|``|''")
#: Tags of the words a month's phrase may hold between the month and its verb ("in late April and May").
_MONTH_WORD_RE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mid|mid)\.?")
_DATE_PHRASE_TAGS = frozenset({"IN", "JJ", "NNP", "CC", "HYPH", "RB"})
#: Subjects of a generic present: a common noun ("the tree", "marigolds", "the arugula"), not a name (a body's
#: forecast: "The National Weather Service also predicts ... through May") nor a pronoun ("We have to ...").
_COMMON_SUBJECT_TAGS = frozenset({"NN", "NNS"})


def _clause_verb(tok):
    """The verb ``tok``'s phrase hangs from, or None when a word other than a preposition, an adjective, a month or
    a conjunction stands between them (the month of an event noun: "a recommendation by the Board in January")."""
    for _ in range(12):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.tag_.startswith("VB"):
            return head
        if head.tag_ not in _DATE_PHRASE_TAGS:
            return None
        tok = head
    return None


def generic_present_month(m: DateMention, model: str) -> bool:
    """Is ``m`` a month named alone in a clause told in the generic present (module docstring)?"""
    text = m.sent.text
    if m.since or m.when.granularity != "month" or not _BARE_MONTH_RE.fullmatch(m.expression):
        return False
    if (tense(text, m.start, m.end) is not None or PAST_CUES_RE.search(text) or FUTURE_CUES_RE.search(text)
            or _QUOTE_MARK_RE.search(text)):
        return False
    from ._ner import parse

    doc = parse(text, model)
    toks = [t for t in doc if m.start <= t.idx < m.end]
    if not toks or any(t.tag_ == "VBD" for t in doc):
        return False
    if any(t.tag_ in ("NNP", "NNPS") and not _MONTH_WORD_RE.fullmatch(t.text) for t in doc):
        return False  # a name: "a recommendation by the National Transportation Safety Board in January"
    verb = _clause_verb(toks[-1])
    if verb is None:
        return False
    if _PRESENT_RE.fullmatch(verb.text) and verb.lower_ not in ("is", "are"):
        return False  # "meets in June", "plays in May": a schedule told in the present
    kids = list(verb.children)
    if verb.lower_ in ("is", "are") and not any(k.dep_ in ("acomp", "attr", "oprd") for k in kids):
        return False  # "The vote is in May": the date is what the copula says of it
    if any(k.dep_ in ("aux", "auxpass") and k.tag_ in ("VBD", "VBN") or k.lower_ in ("will", "would", "'ll", "’ll")
           for k in kids):
        return False
    subjects = [k for k in kids if k.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:  # an instruction: a base form opening its sentence ("Prune and remove any branch tips ...")
        return verb.tag_ == "VB" and verb.i == 0
    if subjects[0].tag_ not in _COMMON_SUBJECT_TAGS:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    # "marigolds can be counted on": what can be done every year; not "could", "may" ("could take place in December")
    return verb.tag_ in ("VB", "VBN") and any(k.tag_ == "MD" and k.lower_ == "can" for k in kids)


def nowadays_today(m: DateMention) -> bool:
    """Is ``m`` "today" meaning these days: after a bare plural noun in a phrase, in a sentence with no past or
    future cue (module docstring)?"""
    if m.expression.lower() != "today":
        return False
    text = m.sent.text
    if not _NOWADAYS_RE.search(text, max(0, m.start - 60), m.start):
        return False
    return tense(text, m.start, m.end) is None


def fix63_undated(dates: list[DateMention], model: str) -> list[DateMention]:
    """``dates`` without the mentions that name no day of the story: a season in the generic present
    (:func:`generic_present_month`) and "today" meaning nowadays (:func:`nowadays_today`)."""
    return [m for m in dates if not nowadays_today(m) and not generic_present_month(m, model)]
