"""Rewrite: make an extracted sentence readable where it stands in a brief.

A summary sentence is lifted out of its article; what it leaned on there (the
sentence before it) is usually not shown. Only two edits are made, and only
where they keep the meaning:

* a leading discourse connective ("But", "However,", "Also,") is deleted;
* a pronoun that names the speaker of a quotation (``"...", he said``) or
  opens the sentence ("He added that ...") is replaced by the speaker's name,
  when the article names that speaker in the sentences just before (the most
  recent attributed speaker, or a titled person: "Gen. Khalifa Haftar").

Sentences that still lean on unshown context (a leading "They", "It", "This",
"These", a pronoun speaker the article does not name nearby, a quotation with
no speaker) are reported by :func:`dangling_reason`; the selector does not
choose them. Every rewrite records its edits, and the citation keeps the
verbatim source sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import _patterns
from .config import SelectionSettings
from .model import Sentence

#: Sentences before a pronoun searched for the person it names (``selection.pronoun_lookback``).
LOOKBACK_SENTENCES = SelectionSettings().pronoun_lookback

#: Leading discourse connectives that lean on an unshown sentence.
CONNECTIVE_RE = re.compile(
    r"^(?:(?:But|And|Yet|So)(?!\s+(?:far|much|many|called|long|that)\b)(?:,\s*|\s+)"
    r"|(?:However|Also|Still|Moreover|Furthermore|In addition|Additionally|Besides|Nevertheless|Nonetheless|"
    r"Instead|Indeed|Thus|Therefore|Hence|Meanwhile|Even so|In fact|Otherwise|Likewise|Similarly|As a result|"
    r"By contrast|In contrast|On the other hand|At the same time|Then|Now|Plus|Overall|Anyway|Consequently),\s*)"
    r"(?=[A-Za-z0-9\"“'‘`])"
)
_QUOTE_SPAN_RE = re.compile(r"\"[^\"]*\"|“[^”]*”|``.*?''|‘[^’]*’(?=\W|$)")
_SAY = r"(?:said|says|added|adds|told|tells|stated|explained|noted|continued|insisted|argued|warned|wrote|writes|asked|replied|recalled)"
#: ``"...", he said`` / ``he added.``: a pronoun speaker outside the quotation.
PRONOUN_SPEAKER_RE = re.compile(r"(?:(?<=[,.!?\"”'’])\s*|^)(?P<pro>he|she|He|She)\s+(?P<verb>" + _SAY + r")\b")
#: ``"...", they wrote``: a plural pronoun speaker (never replaced: who "they" are is rarely one name).
PLURAL_SPEAKER_RE = re.compile(r"(?:(?<=[,.!?\"”'’])\s*|^)(?:they|They)\s+" + _SAY + r"\b")
#: "said he." (inverted attribution)
INVERTED_PRONOUN_RE = re.compile(r"\b(?P<verb>" + _SAY + r")\s+(?P<pro>he|she)(?=\s*[.,;]|\s*$)")
#: A sentence opening with a personal pronoun subject.
LEADING_PERSON_RE = re.compile(r"^(?P<pro>He|She)\b")
#: Leading words that refer back to something unshown (beside He/She). Inside a quotation they are the
#: speaker's words: a quotation needs a named speaker, not antecedents for its pronouns.
LEADING_REFERENCE_RE = re.compile(
    r"^(?:They|Them|It|Its|Their|His|Her|Him|These|Those|This|That|Such|Here|The latter|The former|"
    r"Another|Others|Both(?![^,.;]* and )|Neither|The two|The three|The same)\b"
    r"|^(?:Now|Also|Still|Later|Then|Overall|Again|Even so|Or|Which|Whose|Hence|Thus|Instead|Therefore|Accordingly|"
    r"Consequently|In contrast|By contrast)\b"
    r"(?!-| that\b| of\b)")
#: "It is unclear whether ..." / "This year ...": a leading word that does not refer back.
NON_REFERRING_RE = re.compile(
    r"^(?:It(?:'s|’s| is| was| has been| had been| will be| would be| remains| remained| seems| seemed| appears| "
    r"appeared| may be| could be| might be| is not| was not)\b[^.;]{0,60}?\b(?:that|whether|to|if|how|why|when|what|who)\b"
    r"|(?:This|That|These|Those) (?:year|week|month|morning|afternoon|evening|night|weekend|season|summer|winter|"
    r"spring|fall|autumn|time|decade|century|day)s?\b)"
)
#: Nouns that, after a leading "The", usually name something an earlier sentence told: an event, an act, a
#: document, a finding ("The deal was aimed at ...", "The move angered ...", "The findings suggest ...").
ANAPHORIC_NOUNS = (
    "move|deal|decision|agreement|accord|pact|treaty|truce|ceasefire|cease-fire|plan|proposal|announcement|measure|"
    "step|incident|attack|attacks|assault|raid|strike|strikes|blast|explosion|shooting|crash|accident|fire|"
    "report|statement|comments|remarks|talks|meeting|summit|visit|trip|vote|ruling|verdict|decree|bill|law|change|"
    "changes|development|news|offer|bid|case|operation|campaign|effort|initiative|action|event|episode|scandal|"
    "finding|findings|study|survey|poll|discovery|results|result|claims|claim|allegations|charges|lawsuit|order|"
    "request|demand|demands|threat|warning|letter|document|draft|idea|strategy|approach|process|situation|problem|"
    "issue|crisis|dispute|protest|protests|arrest|arrests|killing|killings|deaths|damage|outbreak|program|programme|"
    "project|policy|purchase|acquisition|merger|sale|takeover|increase|rise|decline|drop|cut|cuts|victory|defeat|"
    "win|loss|suspension|ban|resignation|appointment|nomination|departure|withdrawal|deployment|closure|release|"
    "figure|figures|total|amount|sum|money|funds|payment"
)
#: "The deal was aimed at ...": a leading definite description followed by its verb (or a comma), so the
#: noun is not made specific in the sentence itself ("The deal between Moscow and Ankara ..." is).
LEADING_DEFINITE_RE = re.compile(
    r"^The\s+(?:(?:new|latest|proposed|planned|same|former|whole|entire|two|three|four)\s+)?"
    r"(?P<noun>" + ANAPHORIC_NOUNS + r")(?=,|\s+(?:was|is|were|are|has|had|have|will|would|could|can|may|might|must|"
    r"should|did|does|do|also|still|now|then|came|comes|followed|follows|marks|marked|means|meant|sparked|prompted|"
    r"drew|led|left|made|took|said|says|showed|shows|found|finds|suggests|[a-z]+ed)\b)")
#: Person with a title: "Gen. Khalifa Haftar", "Foreign Minister Sergei Lavrov", "Mr. Smith".
_NAME = r"[A-Z][a-zA-Z'’\-]+(?:\s+(?:al-|el-|bin |de |van |von )?[A-Z][a-zA-Z'’\-]+){0,3}"
TITLED_PERSON_RE = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Rev)\.\s+)+(?P<a>" + _NAME + r")"
    r"|\b(?:President|Prime Minister|Minister|Secretary|Senator|Governor|Mayor|Judge|Justice|General|Commander|"
    r"Chancellor|Ambassador|Chairman|Chairwoman|Director|Chief|Coach|Officer|Detective|Sheriff|King|Queen|Prince|"
    r"Pope|Marshal|Pastor|Bishop|Professor|Dr|spokesman|spokeswoman|spokesperson|lawyer|attorney|manager|leader|"
    r"strongman)\s+(?P<b>" + _NAME + r")"
)
_SUBJECT_SAY = (r"(?:said|says|added|adds|told|tells|stated|declared|explained|noted|insisted|argued|warned|wrote|"
                r"replied|recalled|suggested|acknowledged|admitted|announced|claimed|contended|maintained|"
                r"predicted|urged|conceded|confirmed|denied|stressed|emphasized|asserted|complained|testified)")
#: An attributed speaker ("Haftar said", "John Smith, the mayor, said", "said John Smith") or a
#: person given an age ("Graner, 36, was ...").
SPEAKER_RE = re.compile(
    r"(?P<a>" + _NAME + r")(?:,[^,]{1,60},|,)?\s+" + _SUBJECT_SAY + r"\b"
    r"|\b(?:said|says|added)\s+(?P<b>" + _NAME + r")"
    r"|(?P<c>" + _NAME + r"),\s+(?:aged\s+)?\d{1,3},"
)
#: Capitalized words that are not names when they open a match.
_NOT_NAMES = frozenset(
    """The A An He She It They We I You This That These Those His Her Their Its Our But And However Also In On At
    For After Before When While If As By With From To Of Officials Police Witnesses Analysts Experts Residents
    Authorities Sources Critics Reports Friday Monday Tuesday Wednesday Thursday Saturday Sunday January February
    March April May June July August September October November December Senior Former Late""".split()
)
#: Words that make a capitalized run an organization or a place, not a person.
_NOT_PERSON_WORDS = frozenset(
    """Church Council Ministry Department Agency Police Party Army Team Committee Association Union Bank University
    News Press Times Post Group Company Inc Corp Government Court House Senate Congress Office Service Services
    Station Airport Street Road River Sea Ocean Island Islands Republic Kingdom States Nations Organization
    Institute Center Centre Foundation Fund Commission Board Federation League Club Network Agence France-Presse
    Reuters Associated EU UN NATO FBI CIA Ministry's Region Province City County State Coast Beach Hospital School
    College Forces Navy Guard Guards Revolutionary Television Radio Magazine Journal Herald Tribune Daily Watch
    Rights Human International Amnesty Affairs""".split()
)


def _person(raw: str | None, article_text: str) -> str | None:
    """The surname of a person mention, or None when it is no person's name (an
    organization, a place, a lone capitalized word the article never gives a first name)."""
    if not raw:
        return None
    words = raw.replace("’", "'").split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    if not words or words[-1].endswith("'s") or any(w in _NOT_PERSON_WORDS for w in words):
        return None
    surname = words[-1]
    if len(words) == 1 and not re.search(r"\b[A-Z][a-z]+\s+" + re.escape(surname) + r"\b", article_text):
        return None
    return surname
@dataclass
class Rewrite:
    """A sentence as shown in the brief, and the edits that made it from its source."""

    text: str
    edits: list[str] = field(default_factory=list)


def strip_dateline(text: str) -> str:
    """Drop a wire dateline ("LONDON (AP) --", "Jan. 14 (UPI) --")."""
    m = _patterns.DATELINE_PREFIX_RE.match(text)
    if m and m.end() < len(text) - 20:
        rest = text[m.end() :]
        return rest[0].upper() + rest[1:]
    return text


def _outside_quotes(text: str) -> str:
    return _QUOTE_SPAN_RE.sub(" ", text)


def _mentions(text: str, article_text: str, titled_only: bool = False) -> list[tuple[int, str]]:
    """(position, surname) of the persons ``text`` names outside its quotations."""
    outside = _outside_quotes(text)
    found = []
    for rx in ((TITLED_PERSON_RE,) if titled_only else (SPEAKER_RE, TITLED_PERSON_RE)):
        for m in rx.finditer(outside):
            name = _person(next((g for g in m.groups() if g), None), article_text)
            if name:
                found.append((m.start(), name))
    return found


def speaker_before(sentence: Sentence, lookback: int = LOOKBACK_SENTENCES) -> str | None:
    """The person a pronoun in ``sentence`` most likely names: the attributed
    speakers and titled persons of the nearest sentence before it (at most
    ``lookback`` back) that names any; their surname when that
    sentence names only one person, else None (ambiguous)."""
    sents = sentence.article.sentences
    body = sentence.article.body
    for prev in reversed(sents[max(0, sentence.index - lookback) : sentence.index]):
        found = _mentions(prev.text, body)
        if found:
            names = {name for _, name in found}
            return names.pop() if len(names) == 1 else None
    return None


def _names_person_in(text: str) -> bool:
    """Does ``text`` name someone outside its quotations (so a pronoun in it has an antecedent)?"""
    return bool(_mentions(text, text))


_ATTRIBUTION_RE = re.compile(r"\b" + _SAY + r"\b")


def names_speaker(text: str) -> bool:
    """Does ``text`` give someone's words (an attribution verb outside its quotations: "The governor said ...",
    "Lavrov said.") or name a person, so a quotation with no speaker right after it can be read as theirs?"""
    return bool(_ATTRIBUTION_RE.search(_outside_quotes(text))) or _names_person_in(text)


def delete_connective(text: str) -> tuple[str, str | None]:
    """``text`` without a leading discourse connective, and the connective deleted."""
    m = CONNECTIVE_RE.match(text)
    if not m:
        return text, None
    rest = text[m.end() :]
    if len(rest.split()) < 4:
        return text, None
    return rest[0].upper() + rest[1:], text[: m.end()].strip(" ,")


def rewrite(sentence: Sentence, text: str, lookback: int = LOOKBACK_SENTENCES) -> Rewrite:
    """``text`` (the display form of ``sentence``) made to stand alone, by the
    two allowed edits; unchanged when neither applies. ``lookback``: sentences
    searched for the person a pronoun names (:func:`speaker_before`)."""
    out = Rewrite(text)
    out.text, connective = delete_connective(out.text)
    if connective:
        out.edits.append(f"deleted leading connective {connective!r}")
    name = None
    m = LEADING_PERSON_RE.match(out.text)
    if m and not NON_REFERRING_RE.match(out.text):
        name = speaker_before(sentence, lookback)
        if name:
            out.text = name + out.text[m.end() :]
            out.edits.append(f"{m.group('pro')!r} -> {name!r}")
    for rx in (PRONOUN_SPEAKER_RE, INVERTED_PRONOUN_RE):
        m = rx.search(out.text)
        if m and not _names_person_in(out.text[: m.start()]):
            name = name or speaker_before(sentence, lookback)
            if name:
                pro = m.group("pro")
                out.text = out.text[: m.start("pro")] + name + out.text[m.end("pro") :]
                out.edits.append(f"{pro!r} -> {name!r}")
            break
    return out


#: The first quotation mark of a sentence that only closes a quotation ("... with the tribes,'' von Gernet said."):
#: a closing curly or TeX mark before any opening one.
#: Curly and TeX quotation marks, in order: an opening one (“, ``, or '' before a word: DUC writes ''Star Wars'')
#: or a closing one (”, '' after a word).
_QUOTE_MARK_RE = re.compile(r"“|``|(?<!\w)''(?=\w)|”|''")
#: A straight quotation mark followed by an attribution ('... agreed," Smith said.', '..." he added').
_STRAIGHT_CLOSE_RE = re.compile(r"[,.!?]\"\s+(?:[a-z]|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} " + r"(?:said|says|added|told)\b)")


def is_quotation_tail(text: str) -> bool:
    """Does ``text`` close a quotation opened in an earlier sentence ("Colonial New York had a longrunning
    relationship with the tribes,'' von Gernet said.")? Shown alone it puts the middle of someone's words first."""
    t = text.lstrip()
    m = _QUOTE_MARK_RE.search(t)
    if m and (m.group() == "”" or (m.group() == "''" and (m.start() == 0 or not t[m.start() - 1].isspace())
                                    and not t[m.end():m.end() + 1].isalnum())):
        return True  # the first mark closes: the quotation opened in an earlier sentence
    if t.count('"') % 2 == 1 and not t.startswith('"'):
        first = t.index('"')
        return bool(_STRAIGHT_CLOSE_RE.match(t, first - 1)) if first else False
    return False


def dangling_reason(text: str) -> str | None:
    """Why ``text`` (after :func:`rewrite`) still leans on an unshown
    sentence, or None when it stands alone."""
    if is_quotation_tail(text):
        return "end of a quotation"
    if CONNECTIVE_RE.match(text):
        return "leading connective"
    if NON_REFERRING_RE.match(text):
        return None
    m = LEADING_PERSON_RE.match(text) or LEADING_REFERENCE_RE.match(text)
    if m:
        return f"leading {m.group(0).strip(chr(34) + '“‘`')!r}"
    m = LEADING_DEFINITE_RE.match(text)
    if m:
        return f"leading definite description {m.group(0)!r}"
    for rx in (PRONOUN_SPEAKER_RE, INVERTED_PRONOUN_RE, PLURAL_SPEAKER_RE):
        m = rx.search(text)
        if m and not _names_person_in(text[: m.start()]):
            return "pronoun speaker"
    if text.lstrip()[:1] in "\"“`‘" and len(_outside_quotes(text).split()) < 2:
        return "quotation with no speaker"
    return None


__all__ = ["LEADING_DEFINITE_RE", "Rewrite", "dangling_reason", "delete_connective", "is_quotation_tail", "names_speaker", "rewrite",
           "speaker_before", "strip_dateline"]
