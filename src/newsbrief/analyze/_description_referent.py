"""A quote attributed only by a description of a person the text has just named (issue 11, spk136; docs/analysis-labels.md
"Speakers: ... (issue 11, spk136)").

'Chelsea have completed the signing of striker Andriy Shevchenko ... / The 29-year-old signed a four-year contract
... / "I am here for the challenge ...," said the Ukraine captain.'; 'Masters champion Trevor Immelman has become ...
/ "I actually have goosebumps ...," said the 29-year-old on the eve of ...'; 'In the fall of 1991, ... Arlo White
traveled ... He was aching to watch soccer. / "I was flipping through ...," NBC's lead soccer voice recalled last
week.': the description ("the Ukraine captain", "the 29-year-old", "NBC's lead soccer voice") is the speech verb's
subject right after the quote, the text never ties it to a name (so the epithet rules read no one), and no one else
is named near: the one person the few sentences before the quote name is whom it describes.

The rule answers only when the other rules give no speaker at all; a description the text introduced without a name
("a diplomatic analyst ... said the diplomat") or a body's word ("the agency", "the statement") is left to them.
"""

from __future__ import annotations

import re
from typing import Any

from ._cues import BODY_ROLES, PERSON_ROLES, SPEECH_ACT_NOUNS
from ._person_nouns import _AGENT_NOUN_RE

#: Verbs of saying that attribute a quote right after it.
_VERBS = (r"said|says|added|adds|recalled|recalls|explained|explains|told|tells|continued|continues|noted|notes|"
          r"insisted|insists|admitted|admits|joked|jokes|remembered|remembers|declared|declares|stressed|stresses")
#: A description: "the" or an owner's possessive ("NBC's"), up to three modifiers, a head noun or an age (groups
#: det, mods, head; a suffix keeps the two uses apart).
def _description(k: str) -> str:
    return (rf"(?P<det{k}>(?i:the)|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,2}}['’]s)\s+(?P<mods{k}>(?:[\w\-]+\s+){{0,3}}?)"
            rf"(?P<head{k}>\d{{1,3}}-year-old|[a-z][a-z\-]*[a-z])")


#: After the closing mark: '"...," said the Ukraine captain' or '"...," the Ukraine captain said' (an adverb of time
#: before the verb or a phrase of time or place after the description allowed).
_AFTER_QUOTE_RE = re.compile(r"\s*,?\s*(?:(?:" + _VERBS + r")\s+" + _description("1") + r"(?=\s*[,.;]|\s+(?:on|at|in|"
                             r"after|before|last|this|yesterday|today|\w+day)\b)|" + _description("2")
                             + r"\s+(?:later\s+|also\s+|then\s+)?(?:" + _VERBS + r")\b)")
#: Person nouns beyond :data:`PERSON_ROLES` and agent nouns ("-er", "-or", "-ist") that describe one person in news
#: copy ("the Ukraine captain", "NBC's lead soccer voice", "the reigning champion").
_MORE_PERSON_HEADS = frozenset({"captain", "voice", "champion", "host", "skipper", "midfielder", "forward", "goalkeeper",
                                "winger", "defender", "striker", "actress", "legend", "icon", "veteran", "chairman"})
#: Words that make a description no single person's.
_NOT_ONE_PERSON = frozenset({"couple", "pair", "duo", "family", "team", "group", "crowd", "company", "club", "side"})
#: How many sentences before the quote's are read for the person, and how many paragraphs back.
SENTENCES_BACK = 3
PARAGRAPHS_BACK = 2


def _person_head(head: str) -> bool:
    """Whether ``head`` names one person: an age, a person's role or an agent noun, never a body's word, a
    document, a speech act or a plural."""
    if re.fullmatch(r"\d{1,3}-year-old", head):
        return True
    if head in _NOT_ONE_PERSON or head in BODY_ROLES or head in SPEECH_ACT_NOUNS or re.search(r"(?:ment|tion)s?$", head):
        return False
    if re.search(r"[^su]s$", head):
        return False  # a plural: a group, never the one person named before
    return head in PERSON_ROLES or head in _MORE_PERSON_HEADS or bool(_AGENT_NOUN_RE.search(head))


def described_referent(art: Any, qs: int, qe: int, pos: int, person_labels: tuple[str, ...] = ("PERSON",)
                       ) -> tuple[str, Any] | None:
    """The person a description attributing the quote ``art.body[qs:qe]`` (its sentence ``art.sents[pos]``) refers
    to: '"...," said the Ukraine captain.' after sentences that name one person only. None when no description of
    one person is the verb's subject right after the quote, when the text before introduced someone by that noun
    without a name ("a captain", "one diplomatic analyst"), or when the sentences read name no person or more than
    one."""
    body = art.body
    after = qe + (2 if body.startswith("''", qe) else 1) if qe < len(body) and body[qe] in "\"”’'" else qe
    if not (re.search(r"[,?!…\-–—]['’]?\s*$", body[max(qs, qe - 3) : qe]) or re.match(r"\s*,", body[after:])):
        return None  # the quote ends its sentence ("... living things.'' The disclaimer adds: ``...''"): what
        # follows is the next sentence, not the quote's attribution
    m = _AFTER_QUOTE_RE.match(body, after, min(len(body), after + 120))
    if m is None:
        return None
    k = "1" if m.group("head1") else "2"
    head, det, mods = m.group("head" + k), m.group("det" + k), m.group("mods" + k) or ""
    if not _person_head(head.lower()) or det == "The":
        return None  # ("The" opens a sentence of its own)
    words = [w.lower() for w in (mods + " " + head).split()]
    earlier = body[:qs]
    stem = re.escape(words[-1][:6]) if not re.fullmatch(r"\d{1,3}-year-old", words[-1]) else re.escape(words[-1])
    if re.search(r"\b(?:a|an|one|another)\s+(?:[\w\-]+\s+){0,4}" + stem, earlier, re.I):
        return None  # someone introduced by the noun without a name ("one diplomatic analyst ... the diplomat")
    para = art.paragraph_at(qs)
    lo = art.paragraphs[max(0, para - PARAGRAPHS_BACK)]
    people: dict[str, Any] = {}
    for x in art.sents[max(0, pos - SENTENCES_BACK) : pos + 1]:
        for mention in x.mentions:
            a, b = x.sentence.start + mention.start, x.sentence.start + mention.end
            if a < lo or b > qs or art.quoted(a, b) or mention.entity is None:
                continue
            if mention.entity.label in person_labels:
                people.setdefault(mention.entity.name, mention.entity)
    if len(people) != 1:
        return None
    name, ent = next(iter(people.items()))
    return name, ent


#: A fronted adverbial closed by a comma that is all the sentence holds before a quoted phrase: "More plainly, "..."";
#: "As for his belief in the second coming, "...""; at most eight words, opening on a preposition, a connective or an
#: adverb (never a clause: 'The scientists estimate, "..."'), no colon, no quote mark.
_FRONTED_COMMA_RE = re.compile(r"\s*(?:(?:As|In|On|At|For|With|Under|After|Before|During|Since|Until|From|By|About|Despite|"
                               r"Unlike|Like|More|Most|Still|Yet|But|And|So|Then|Later|Earlier|Meanwhile|However|"
                               r"Instead|Even|Once|Now|Today|Here|Again|Finally|Besides|Otherwise|Ultimately)\b|"
                               r"[A-Z][a-z]+ly\b)(?:\s+[\w'’\-]+){0,7}\s*,\s*")


def fronted_comma_phrase(before: str) -> bool:
    """Whether ``before``, the text of a sentence before its only quote, is a fronted phrase closed by a comma
    ('Evans ... added that "...". As for his belief in the second coming, "nothing has changed ..."'; 'Daniel Randles
    and colleagues ... write ..., "...". More plainly, "Physical pain and social rejection share ..."'): the quoted
    phrase then goes on with the sentence before's speaker as a phrase right after a clause's word does (spk136)."""
    return _FRONTED_COMMA_RE.fullmatch(before) is not None


#: Speech verbs whose name right after them is the one spoken to, never the speaker ('As one of Obama's old high school
#: buddies tells Maraniss: "..."'; 'As they told LiveScience, "..."'): the inverted reading ('And, said Malkan, "..."')
#: is not read after them (spk136).
LISTENER_VERBS = frozenset({"told", "tells", "tell", "telling"})


def title_cased(text: str) -> bool:
    """Whether a quoted phrase is a work's title ("The Year of the Death of Ricardo Reis", "The State of the Cities
    1998"): every word of four letters or more capitalized (``quotes._title_cased`` wants three in four words, so
    "of the" in a long title escapes it). A title is no one's words, so no speaker carries to it from the sentence
    before ('Howe wrote. In his next novel, ``The Year of the Death of Ricardo Reis,'' ...')."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", text) if len(w) >= 4]
    return bool(words) and all(w[:1].isupper() for w in words)
