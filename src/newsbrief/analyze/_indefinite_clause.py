"""An unnamed person introduced by an indefinite noun phrase in the attribution clause right at a quote (issue 11,
spk114; docs/analysis-labels.md "Speakers: an unnamed person in the clause at the quote").

'"...," a family friend said.', '"...," one partner of a gay service member said in April.', 'Then a co-worker
yelled, "..."', '... with one blogger asking, "..."': the speech verb's subject is someone the text does not name,
introduced by "a", "an", "another" or "one". The nominal lists (:data:`_cues.PERSON_ROLES`, ``KIN_ROLES``) read
such a phrase only when its head is listed and stands after a space, so "co-worker", "partner", "blogger" were
never read, and "a family friend" was cut at the listed "family"; the quote then went to the speaker before it.
Here the clause is read by its shape, at the quote's edge: the indefinite word, at most three lower-case
modifiers, a head shaped as a person (a listed role or kin word, or an agent noun by its ending: ``_AGENT_NOUN_RE``
"-er/-or/-ist/-ian/-man ..."; never a "-ment" thing), at most a short "of/for/from/at/in/with" phrase, then a speech
verb; or, after the quote, the verb first ('"...," says one visitor.'). Before a colon the verb may also be a
speech-act frame ('One senior European intelligence official offered a mea culpa: "..."') or a verb of eager speech
("enthuses"), and a modifier may be capitalised ("one Obama booster"; spk116). A demonstrative refers back to such
a person ('"...," this uniformed member of the team said, "..."' after "another member of the Yankees said ...": the
member, not the team) and the clause may split the quote (spk130). Reads text only (no parse)."""

from __future__ import annotations

import re

from ._cues import SPEECH_ACT_NOUNS, SPEECH_VERBS
from ._person_nouns import _AGENT_NOUN_RE, _THING_NOUN_RE, _unnamed_person_noun

#: A capitalised modifier (spk116): a proper name or adjective before the head ("one Obama booster", "one senior
#: European intelligence official", "an NBC reporter"); never "I" alone. The head itself stays lower-case, so a
#: named person ("a friend, John Smith") is never read as the phrase's head.
_PROPER_MODIFIER = r"(?!I\s)[A-Z]"


def _np(preps: str) -> str:
    """The indefinite noun phrase: group "np" the phrase (determiner, up to three modifiers, the head, an
    optional phrase of lower-case words after one of ``preps``), group "mods", group "head"."""
    return (r"(?P<np>(?i:a|an|another|one|this)\s+"
            r"(?P<mods>(?:(?!(?:of|for|from|at|in|with|who|and|or|a|an|one|another|this|the)\s)(?:[a-z]|"
            + _PROPER_MODIFIER + r")[\w\-'’]*\s+)"
            r"{0,3}?)"
            r"(?P<head>[a-z][\w\-'’]*[a-z])"
            r"(?:\s+(?:" + preps + r")\s+(?:[a-z][\w\-'’]*\s+){0,4}[a-z][\w\-'’]*)?)")


_NP = _np("of|for|from|at|in|with")
#: Participles of speech read before a quote ('with one blogger asking, "..."').
_PARTICIPLES = frozenset({"saying", "asking", "adding", "telling", "shouting", "yelling", "screaming", "writing",
                          "noting", "replying", "explaining"})
#: The speech verbs (group "verb"), and before a quote the participles too.
_WORD_VERBS = {v for v in SPEECH_VERBS if v.isalpha() and v.islower()}
_VERBS = r"(?P<verb>" + "|".join(sorted(_WORD_VERBS, key=len, reverse=True)) + r")"
_VERBS_BEFORE = r"(?P<verb>" + "|".join(sorted(_WORD_VERBS | _PARTICIPLES, key=len, reverse=True)) + r")"
#: Before a colon only (spk116): a verb of eager speech the verb list lacks ('one Obama booster enthuses: "..."'),
#: or a speech-act frame, a verb of giving with a speech-act noun as its object ('one senior ... official offered
#: a mea culpa: "..."'); the colon makes the quote that noun's words.
_COLON_FRAMES = (r"(?P<frame>(?:enthuse|gushe|rave)[sd]|"
                 r"(?:offer(?:s|ed)|issue[sd]|g(?:ave|ives)|deliver(?:s|ed)|ma(?:de|kes)|add(?:s|ed))\s+(?:a|an|this|the"
                 r"|one)\s+(?:[a-z][\w\-]*\s+)?(?:" + "|".join(SPEECH_ACT_NOUNS) + r"))")
#: After a quote: its closing mark(s), then the clause, which ends the sentence after at most a short tail, or
#: opens the second part of the quote the speaker split ('"...," this uniformed member of the team said, "..."';
#: spk130).
_AFTER_RE = re.compile(r"\W{0,4}?\s*" + _NP + r"\s+" + _VERBS + r"(?:\s+[^\"“”‘’`.!?;:]{0,40})?\s*"
                       r"(?:[.!?]?\s*$|,\s*(?:``|[\"“]))")
#: After a quote, inverted: '"...," said a family friend.' (the phrase's own "of/for/from" phrase only: "said a
#: neighbor in an interview" is the neighbor), then a comma and at most a short tail, or the sentence's end.
_INVERTED_AFTER_RE = re.compile(r"\W{0,4}?\s*" + _VERBS + r"\s+" + _np("of|for|from")
                                + r"(?:\s*,[^\"“”]{0,80}|\s+(?:in|on|at|to|after|before|during|outside|inside)\s"
                                r"[^\"“”,]{0,60})?\s*[.!?]?\s*$")
#: Before a quote: the clause opening its sentence or after a comma, "then/and/but/with/as/when" or the closing mark
#: of the quote's first part (spk130), the verb, then a comma or colon before the opening mark.
_BEFORE_RE = re.compile(r"(?:^|[,;]\s+|(?:''|[\"”])\s+|(?<![\w'’])(?i:then|and|but|with|as|when)\s+)" + _NP
                        + r"\s+(?:"
                        + _VERBS_BEFORE + r"\s*[,:]|" + _COLON_FRAMES + r"\s*:)\s*$")


def _person_head(word: str) -> bool:
    """Whether a singular lower-case head names a person: a listed role, kin word or unnamed-person noun, or an
    agent noun by its ending (not a "-ment" thing, not a plural)."""
    w = word.lower().split("-")[-1]  # ("co-worker": a worker)
    if _unnamed_person_noun(w):
        return True
    return bool(_AGENT_NOUN_RE.search(w)) and not w.endswith("s") and not _THING_NOUN_RE.search(w) and (
        "year-old" not in word)


def _phrase(m: re.Match[str]) -> str | None:
    if not _person_head(m.group("head")) or any(w in ("who", "which", "that") for w in m.group("mods").lower().split()):
        return None
    return " ".join(m.group("np").split())


def indefinite_clause_speaker(body: str, sent_lo: int, sent_hi: int, qs: int, qe: int) -> tuple[str, str] | None:
    """The indefinite noun phrase that speaks the quote ``body[qs:qe]`` (its text, marks outside) of the sentence
    ``body[sent_lo:sent_hi]``, read from the attribution clause right after the quote (up to the sentence's end,
    '"...," a family friend said.', '"...," said a family friend.') or right before it (from the sentence's start
    or a comma, 'Then a co-worker yelled, "..."'; 'and one blogger asking, "..."'), with "after" or "before" for
    the side it stands on. None for any other clause or a head that names no person."""
    after = body[qe:sent_hi]
    if re.search(r"[,?!]\W{0,2}$", body[max(qs, qe - 3) : qe]) and not re.search(r"[\"“”]",
                                                                              after[3:].split(",", 1)[0]):
        for pattern in (_AFTER_RE, _INVERTED_AFTER_RE):
            m = pattern.match(after)
            if m and (phrase := _phrase(m)) is not None:
                return phrase, "after"
    open_at = qs
    while open_at > sent_lo and body[open_at - 1] in "\"“'‘` ":
        open_at -= 1
    m = _BEFORE_RE.search(body[sent_lo:open_at])
    if m and (phrase := _phrase(m)) is not None:
        return phrase, "before"
    return None


def indefinite_person(text: str) -> str | None:
    """The indefinite noun phrase ``text`` is, whole, when its head names a person ("one person", "a co-worker"),
    else None: the subject of a speech clause set off by commas ('Nor should it, one person noted, be regarded as
    "..."') or of an inverted one ('Said one top House aide: "..."'; spk130)."""
    m = re.fullmatch(r"\s*" + _NP + r"\s*", text)
    return _phrase(m) if m else None
