"""A document's words are its issuer's (issue 11, spk134; docs/analysis-labels.md "Speakers: a statement's issuer").

News quotes a statement, a release or a report and goes on naming it by its kind: 'In a statement on its website,
UNFPA said it regrets the U.S. decision ... / "The support we received ...," the statement said.'; '"Recently I was
diagnosed ...," O'Neal says in a statement released by his rep. "Although I was shocked ...," the statement adds.'
"The statement" there is no speaker of its own: the text named who issued it a sentence or a paragraph before. A
quote whose speaker is a definite document phrase ("the statement", "The statement", "the news release", "the
report") is its issuer's when one of the few sentences before it (its own sentence before the quote included)
introduces that document with an indefinite or possessive determiner ("a statement", "in its statement") and names
who issued it:

- a name right after the phrase: "a statement from X", "a report by X", "a statement issued by X" (a description
  there, "a letter from the chairs of six committees", names no one; "released by his rep" is the person's);
- a name owning it: "X's statement", "a Liverpool statement", "the EU statement";
- else whoever gives it out in that sentence: the speaker of a long quote attributed there whose name the sentence
  holds ('"...," X said in a statement'), or the subject of the verb right before the document ("X said in a
  statement that ...", "X issued a statement"; "X and Y released a joint statement": both) or of the speech verb
  after a fronted "In a statement, X said ...", read by the quote rules' own clause and subject readers
  (:class:`Rules`). Nothing gives it out in "according to a report in ...": a source, not an issuer. A subject that
  is a group a name is one of ("Every former secretary ..., including X, sent a letter") names no issuer.
- '"...," a statement by the 15 EU countries said': the name in the quote's own attribution.

The issuer must be an organization or a person (an entity NER types so, or capitalized words no "The"/"A" opens);
never a place (GPE, LOC, FAC) and never another document. The nearest introducing sentence decides: when it names no
such issuer, the document phrase stays the speaker (the text names no one). Reads the entities and the attributions
the quote rules already made; no parse.
"""

from __future__ import annotations

import re
from typing import Any, Callable, NamedTuple

from ._cues import PLACE_LABELS

#: Document nouns whose words are their issuer's, and the nouns an earlier sentence may introduce the same document
#: by ("a news release" ... "the statement said").
DOCUMENT_KINDS: dict[str, tuple[str, ...]] = {
    "statement": ("statement", "release", "communique", "communiqué"),
    "release": ("release", "statement"),
    "communique": ("communique", "communiqué", "statement"),
    "communiqué": ("communique", "communiqué", "statement"),
    "announcement": ("announcement",),
    "report": ("report",),
    "letter": ("letter",),
    "memo": ("memo", "memorandum"),
    "memorandum": ("memorandum", "memo"),  # 'An explanatory memorandum issued by the Department of Health said'
    # (Multi-News mn:0202; read62)
}
#: How many sentences back (the quote's own included) an introducing sentence is looked for, and how many paragraphs.
ISSUER_SENTENCES = 6
ISSUER_PARAGRAPHS = 3
#: The speaker as a definite document phrase: "the statement", "The joint statement", "the news release"; group 1 the
#: noun. Capitalized modifiers ("the EDS statement", "the White House statement") name the issuer already.
_DOCUMENT_SPEAKER_RE = re.compile(r"(?i:the|this|that|a|an)\s+(?:[a-z][a-z\-]*\s+){0,2}?(" + "|".join(
    sorted(DOCUMENT_KINDS, key=len, reverse=True)) + r")")
_WORD = r"[\w\-'’.]+"
#: What may stand between a determiner and the noun: up to three lower-case words ("a written statement", "a
#: strongly worded statement") or a name ("a Liverpool statement", group "owner").
_MODS = (r"(?:(?P<owner>(?:[A-Z][\w\-.&]*\s+){1,4})|(?:(?!(?:the|a|an|this|that|these|those|to|of|in|on|at|for|by|with|"
         r"from|as|and|or)\s)[a-z][\w\-]*\s+){0,3})")  # (never "Rivlin's office quotes the letter": a word no modifier is)
#: A name right after the document: "a statement from X", "a report released by X" (group 1: where X starts).
#: A sender described by a possessive role after "from"/"by", and the name in apposition to it if any ("from her
#: lawyer, William Taylor III,": group 1 the comma before the name).
_HELD_BY_RE = re.compile(r"(?:his|her|their|its)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+(,\s+)?")
#: Numbers and lower-case words before the issuer's name after "by"/"from" ("by the 15 EU countries").
_COUNT_RE = re.compile(r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|[a-z]+-?member)\s+)?")
#: A day between the document and its sender: "A statement on Friday from X", "a statement issued late Sunday by X"
#: (spk137).
_DAY = (r"(?:(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
        r"(?:\s+(?:night|morning|evening|afternoon))?,?\s+)?")
#: "a statement from a Fitbit representative": the organization the sender speaks for (group "role" opens it; spk137).
_FROM_AFTER_RE = re.compile(r"\s+" + _DAY + r"(?:(?:issued|released|put\s+out|sent|published|signed)\s+)?" + _DAY
                            + r"(?:from|by)\s+(?:the\s+|(?P<role>an?\s+)(?=[A-Z]))?(?P<at>)")
#: A sender named by a possessive role: "by Netanyahu's office" (group 1 the whole, shown as written), "from Grimm's
#: attorney, William McGinley," (group 2: the comma before the name in apposition, whose words they are; spk137).
_OWNED_ROLE_RE = re.compile(r"((?:[A-Z][\w\-.&]*\s+){0,4}[A-Z][\w\-.&]*['’]s\s+(?:press\s+|chief\s+|top\s+|legal\s+|"
                            r"private\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+)?"
                            r"[a-z\-]+)\b(,\s+)?")  # ("by Eichmann's five brothers")
#: A speaker phrase that names its issuer in a capitalized modifier: "A Peace Now statement", "the EDS statement",
#: "The Georgetown University letter" (group "owner"; the noun in lower case: "the Second Assessment Report" is a
#: title; spk137).
_NAMED_SPEAKER_RE = re.compile(r"(?i:the|a|an)\s+(?P<owner>(?:[A-Z][\w\-.&’']*\s+){1,4})(?:[a-z][a-z\-]*\s+){0,2}(?:"
                               + "|".join(sorted(DOCUMENT_KINDS, key=len, reverse=True)) + r")")


#: What gives a document out, right before its determiner: "said in a statement", "In a statement, X said", "X issued
#: / released / put out a statement", "X wrote a letter".
_FRAME_BEFORE_RE = re.compile(r"(?:\b(?P<in>[Ii]n)|\b(?P<verb>issued|issues|released|releases|put\s+out|puts\s+out|sent|sends|"
                              r"posted|posts|published|publishes|gave|gives|shared|shares|wrote|writes|signed|filed|"
                              r"provided|e-?mailed|faxed))\s+$")
#: A second main clause joined by a comma and "and"/"but" (a closing quote mark may stand after the comma).
_JOINED_CLAUSE_RE = re.compile(r"[,;][\"”’']*\s+(?:and|but)\s+(?=[A-Z])")
#: A subject whose head is no name: a group the name is one of ("Every former secretary ..., including X, sent a
#: letter"; "All five senators, among them X, ...").
_GROUP_SUBJECT_RE = re.compile(r"\W*(?:Every|All|Each|Many|Several|Some|Both|Two|Three|Four|Five|Six|Seven|Eight|Nine|"
                               r"Ten|\d+)\b|.*\b(?:including|among\s+them|such\s+as|along\s+with|together\s+with)\b", re.S)


def _intro_re(noun: str) -> re.Pattern[str]:
    """An introduction of a document of kind ``noun`` (:data:`DOCUMENT_KINDS`): an indefinite or possessive
    determiner or a possessive name before it ("a statement", "in its statement", "X's statement"); group "owner" a
    name before the noun, "possessor" a name with "'s"."""
    kinds = "|".join(DOCUMENT_KINDS.get(noun, (noun,)))
    return re.compile(r"(?:(?:\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|(?P<possessor>\b[A-Z][\w\-.&]*(?:\s+[A-Z][\w\-.&]*){0,4})"
                      r"['’]s?\s+)" + _MODS + r"|\b(?i:the)\s+(?P<named>(?:[A-Z][\w\-.&]*\s+){1,4})|\b(?i:the)\s+(?=(?:press\s+|news\s+)?(?:" + kinds
                      + r")\s+(?:issued\s+|released\s+)?(?:from|by)\s))(?:press\s+|news\s+)?(?:"
                      + kinds + r")s?\b")  # ("the statement from X's attorney, Y": spk137)


class Rules(NamedTuple):
    """The quote rules this module reads a sentence with (``quotes`` imports this module, so they are passed in):
    its speech verbs, where a verb's clause starts, whether a span holds a long quote, and a speech verb's subject."""

    verbs: re.Pattern[str]
    clause_start: Callable[[str, int, int], int]
    has_long_quote: Callable[[str, int, int], bool]
    speech_subject: Callable[..., Any]


def _mention_at(art: Any, lo: int, hi: int, starting: bool = False) -> tuple[str, Any] | None:
    """The entity of the first mention inside ``body[lo:hi]`` (``starting``: the one starting at ``lo``) when it is
    an organization or a person, else None."""
    for s in art.sents:
        if s.sentence.end <= lo:
            continue
        if s.sentence.start >= hi:
            break
        for m in s.mentions:
            a, b = s.sentence.start + m.start, s.sentence.start + m.end
            if m.entity is not None and (a == lo if starting else lo <= a) and b <= hi + 1:
                return (m.entity.name, m.entity) if m.entity.label in ("ORG", "PERSON") else None
    return None


def _acceptable(who: tuple[str, Any] | None, noun_words: set[str]) -> tuple[str, Any] | None:
    """``who`` when it is an organization or a person: an entity NER types neither a place nor a date, or
    capitalized words no article opens; never a document ("the statement") nor a pronoun left unresolved."""
    if who is None or not who[0]:
        return None
    name, ent = who[0], who[1]
    if ent is not None:
        return (name, ent) if ent.label in ("ORG", "PERSON", "NORP") and ent.label not in PLACE_LABELS else None
    words = name.split()
    if not name[:1].isupper() or words[0].lower() in ("the", "a", "an", "this", "that", "he", "she", "it", "they"):
        return None
    if any(w.lower().strip(".,") in noun_words for w in words):
        return None
    return name, None


def _named_issuer(art: Any, m: re.Match[str], end: int) -> tuple[str, Any] | None:
    """The issuer an introduction ``m`` of a document (:func:`_intro_re`) names in its own words, its sentence ending
    at ``end``: "X's statement", "a Liverpool statement", "the EU statement", "a statement from / by X"; else None."""
    gd = m.groupdict()  # (a definite speaker's own "the statement from X" has no modifier groups)
    if gd.get("possessor"):  # "UNFPA's statement", "the company's statement"
        return _mention_at(art, m.start("possessor"), m.end("possessor"))
    if gd.get("owner") or gd.get("named"):  # "a Liverpool statement", "The EU statement welcomed ..."
        g = "owner" if gd.get("owner") else "named"
        return _mention_at(art, m.start(g), m.end(g))
    if (after := _FROM_AFTER_RE.match(art.body, m.end())) is not None:  # "a statement from X"
        at = after.end("at") + len(_COUNT_RE.match(art.body, after.end("at")).group(0))  # ("by the 15 EU countries")
        if (owned := _OWNED_ROLE_RE.match(art.body, at)) is not None and not after.group("role") and owned.end(1) <= end:
            if owned.group(2):  # "from Grimm's attorney, William McGinley,": the attorney (spk137)
                return _mention_at(art, owned.end(), min(end, owned.end() + 60), starting=True)
            return owned.group(1), None  # "issued by Netanyahu's office": the office, as written (spk137)
        who = _mention_at(art, at, min(end, at + 80), starting=True)
        if who is None and at >= 4 and art.body[at - 4 : at].lower() == "the ":  # NER's mention holding its "the":
            who = _mention_at(art, at - 4, min(end, at + 80), starting=True)  # "issued by the Department of Health"
            # (read62)
        if after.group("role") and who is not None and who[1].label != "ORG":
            return None  # ("from a Fitbit representative": Fitbit; no person's)
        return who
    return None


def _framed_issuer(art: Any, i: int, lo: int, hi: int, m: re.Match[str], q: Rules) -> tuple[str, Any] | None:
    """Who gives out the document introduced by ``m`` in sentence ``i`` (``body[lo:hi]``): the subject of the verb
    right before it ("X issued a statement", "X said in a statement") or of the speech verb after a fronted "In a
    statement, X said"; the speaker of a quote attributed in the sentence when the sentence names them ('"...," X
    said in a statement'). None when nothing gives it out ("according to a report in ...": a source), or the
    subject is a group a name is one of."""
    body = art.body
    frame = _FRAME_BEFORE_RE.search(body, max(lo, m.start() - 40), m.start())
    if frame is None:
        return None
    said = art.spoken.get(i)
    if said is not None and i not in art.carried and i not in art.scare and said[0] and any(
            len(w) > 2 and re.search(r"\b" + re.escape(w) + r"\b", body[lo:hi]) for w in said[0].split() if w[:1].isupper()):
        return said  # '"...," X said in a statement.' then '"...," the statement added.' (not a speaker the rules
        # gave that quote wrongly: '"...," the tech giant said in a statement' is no "Ronna McDaniel"'s)
    if frame.group("in") and not re.search(r"[a-z]", body[lo : frame.start()]):  # "In a statement, X said ..."
        verb = next(q.verbs.finditer(body, m.end(), hi), None)
    elif frame.group("in"):  # "X said in a statement"
        verb = None
        for verb in q.verbs.finditer(body, lo, frame.start()):
            pass
    else:  # "X issued a statement"
        verb = frame
    if verb is None:
        return None
    vpos = verb.start("verb") if verb is frame else verb.start()
    clause = q.clause_start(body, m.end() if verb.start() > m.start() else lo, vpos)
    for joined in _JOINED_CLAUSE_RE.finditer(body, clause, vpos):  # 'X said that ... "without delay," and Y and Z
        clause = joined.end()  # released a joint statement': the second clause's subject
    if q.has_long_quote(body, clause, vpos) or _GROUP_SUBJECT_RE.match(body, clause, vpos):
        return None
    got = q.speech_subject(art, art.sents[i], clause, vpos)
    if got is None:
        return None
    s = art.sents[i]
    named = [(s.sentence.start + x.start, s.sentence.start + x.end, x.entity) for x in s.mentions if x.entity is not None
             and got[1] is not None and x.entity.label == got[1].label and clause <= s.sentence.start + x.start < vpos]
    if (len(named) >= 2 and named[0][2] is got[1] and named[1][2] is not got[1]
            and re.fullmatch(r"(?:\s*\([^()]{1,20}\))?,?\s+and\s+(?:[A-Z][\w.\-]*\s+){0,4}", body[named[0][1] : named[1][0]])):
        return f"{named[0][2].name} and {named[1][2].name}", None  # 'X (D-Calif.) and Senate Minority Leader Y released
        # a joint statement': both
    return got[:2]


def document_phrase(speaker: str) -> bool:
    """Whether ``speaker`` is a bare document phrase ("A statement", "the news release"; spk137)."""
    return _DOCUMENT_SPEAKER_RE.fullmatch(speaker.strip()) is not None


def _phrase_issuer(art: Any, qs: int, pos: int, speaker: str) -> tuple[str, Any] | None:
    """The organization or person a speaker phrase names in a capitalized modifier ("A Peace Now statement", "the
    EDS statement", "a Liverpool statement"): the entity of the nearest mention of those words where the phrase is
    written (the quote's sentence or one of the three before it); never a place nor a nationality ("the American
    statement" stays as written); else None (spk137)."""
    named = _NAMED_SPEAKER_RE.fullmatch(speaker)
    if named is None:
        return None
    first = art.sents[max(0, pos - 3)].sentence.start
    last = art.sents[min(len(art.sents) - 1, pos + 1)].sentence.end
    spots = [m for m in re.finditer(re.escape(speaker), art.body[:last]) if m.start() >= first
             and not art.quoted(m.start(), m.end())]
    if not spots:
        return None
    m = min(spots, key=lambda x: abs(x.start() - qs))
    lo = m.start() + named.start("owner")
    hi = lo + len(named.group("owner").rstrip())
    who = _mention_at(art, lo, hi, starting=True)
    if who is None or who[1] is None or who[1].label not in ("ORG", "PERSON"):
        return None
    return who


def document_issuer(art: Any, qs: int, speaker: str, rules: Rules) -> tuple[str, Any] | None:
    """The issuer of the document a quote at ``qs`` is credited to when its ``speaker`` is a definite document
    phrase ("the statement", "The statement", "the news release", "the report"): the nearest sentence before the
    quote (its own, up to the quote, first; at most :data:`ISSUER_SENTENCES` sentences and
    :data:`ISSUER_PARAGRAPHS` paragraphs back) that introduces such a document names its issuer (module doc).
    None when the speaker is no such
    phrase, no sentence introduces the document, or the nearest one names no organization or person."""
    doc = _DOCUMENT_SPEAKER_RE.fullmatch(speaker.strip())
    pos = art.sentence_at(qs)
    if pos is None:
        return None
    if doc is None:
        return _phrase_issuer(art, qs, pos, speaker.strip())
    noun = doc.group(1).lower()
    intro = _intro_re(noun)
    noun_words = set(DOCUMENT_KINDS.get(noun, (noun,))) | {"press", "news"}
    qe = next((e for b, e in art.spans if b <= qs < e), qs)  # the speaker's own attribution after the quote:
    # '"...," a statement by the 15 EU countries said', '"...," said the statement from X's attorney, Y.' (spk137)
    if (at := art.sentence_at(qe)) is not None:
        s = art.sents[at]
        own = re.compile(r"\b(?i:the)\s+(?:[a-z\-]+\s+){0,2}?(?:" + "|".join(DOCUMENT_KINDS.get(noun, (noun,))) + r")\b")
        for m in [*intro.finditer(art.unquoted, qe, s.sentence.end), *own.finditer(art.unquoted, qe, s.sentence.end)]:
            if not art.quoted(m.start(), m.end()):
                if (who := _acceptable(_named_issuer(art, m, s.sentence.end), noun_words)) is not None:
                    return who
                if _FROM_AFTER_RE.match(art.body, m.end()):
                    return None  # ("a statement by the chairs of six committees said": described, no name)
    # an indefinite speaker ("a statement reads", '"...," it added' after 'A statement from X said ...') is looked
    # for in the sentences before like a definite one (spk137)
    para = art.paragraph_at(qs)
    indefinite = doc.group(0)[:1] in "aA"
    for i in range(pos, max(-1, pos - ISSUER_SENTENCES), -1):
        s = art.sents[i]
        lo, hi = s.sentence.start, min(s.sentence.end, qs)
        if para - art.paragraph_at(lo) > ISSUER_PARAGRAPHS:
            break
        found = [m for m in intro.finditer(art.unquoted, lo, hi) if not art.quoted(m.start(), m.end())
                 and (not indefinite or re.match(r"[Aa]n?\s", m.group(0)))]  # an indefinite speaker is its own "a letter by X"
        if not found:  # (never "Adolf's letter" next to it)
            continue
        m = found[-1]
        if (who := _named_issuer(art, m, s.sentence.end)) is None:
            by = _FROM_AFTER_RE.match(art.body, m.end())
            held = _HELD_BY_RE.match(art.body, by.end("at")) if by else None
            if by and not held:
                return None  # "a joint letter from the chairs of six committees": described, no name
            if held and held.group(1):  # "a letter from her lawyer, William Taylor III,": the lawyer named
                who = _mention_at(art, held.end(), min(s.sentence.end, held.end() + 60), starting=True)
            else:  # ("a statement released by his rep" is his)
                who = _framed_issuer(art, i, lo, hi, m, rules)
        return _acceptable(who, noun_words)
    if noun in ("report", "letter", "memo") or not pos:
        return None  # (a report or a letter is often a third party's: 'X noted ... The intake report states')
    return _speaker_before(art, pos, qs, rules)


def _speaker_before(art: Any, pos: int, qs: int, q: Rules) -> tuple[str, Any] | None:
    """When no sentence introduces the document: the organization or person the sentence right before the quote's
    (in its paragraph or the one before) opens with as a speech verb's subject ("Acme Foods said it had set up a
    fund for residents. / The statement added: "..."": Acme Foods); None when that sentence opens otherwise, its
    subject is no named organization or person, or it holds a long quote (spk137)."""
    s = art.sents[pos - 1]
    lo, hi = s.sentence.start, s.sentence.end
    if art.paragraph_at(qs) - art.paragraph_at(lo) > 1:
        return None
    verb = next((v for v in q.verbs.finditer(art.body, lo, hi) if not art.quoted(v.start(), v.end())), None)
    if verb is None or q.has_long_quote(art.body, lo, hi):
        return None
    clause = q.clause_start(art.body, lo, verb.start())
    if clause != lo or _GROUP_SUBJECT_RE.match(art.body, clause, verb.start()):
        return None  # ("After the fire, Acme said ...": not the sentence's own opening subject)
    got = q.speech_subject(art, s, clause, verb.start(), pronouns=False)
    if got is None or got[1] is None or got[1].label not in ("ORG", "PERSON") or not re.search(
            r"\b" + re.escape(got[0].split()[-1]) + r"\b", art.body[clause : verb.start()]):
        return None  # ("The cardinal said ...": a description, not the name it was read as)
    return got[0], got[1]
