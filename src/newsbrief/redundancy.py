"""Redundancy: do two sentences report the same fact?

Two sentences report the same fact when they are similar enough (a sentence
representation, compared by cosine) and agree on what a paraphrase cannot
change: their numbers and their names. "More than 3,000 people died" and
"30,000 people died in the flooding that year" share words but not a number,
so they are two facts; "Haftar has left talks in Moscow without signing a
deal" and "The general left Moscow without signing the deal" are one (they
share the run "Moscow without signing deal").

:class:`LexicalFacts` represents sentences by TF-IDF over stemmed content
words (fitted on the sentences of one brief) plus the overlap of their
content words. The representation is one method, :meth:`LexicalFacts.similarity`:
a paraphrase-aware representation (sentence embeddings) plugs in by
subclassing and overriding it, and keeps the agreement checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from .config import SelectionSettings
from .features import content_stems, content_terms, stem, stems

#: Thresholds of the same-fact rule are settings (``selection.redundancy_*``, with their measured reasons);
#: these are the selector's defaults, read from there.
_DEFAULTS = SelectionSettings()
#: A shared run of content words needs this many words (its default length; ``selection.redundancy_shared_run``).
SHARED_RUN = _DEFAULTS.redundancy_shared_run
#: Irregular past tenses that mark a run as telling an event (regular ones end in -ed, -ing).
_IRREGULAR_VERBS = frozenset(
    """left said took made won lost met held sent led fell rose told gave came went began saw found put set hit cut
    shot struck fled broke built bought sold paid spent stood sat ran drove flew threw wrote spoke chose froze
    stole swore tore wore bore hung fought caught taught brought thought sought kept slept swept felt dealt meant
    quit split spread shut beat bid bound dug fed forgave forbade got hid knew lay lit overtook overthrew rode rang
    sank sang slid sprang stuck stung strove swam swung withdrew won""".split()
)

_NUMBER_RE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_NUMBER_WORDS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "hundred": "100", "thousand": "1000",
    "dozen": "12", "million": "1000000", "billion": "1000000000",
}
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
#: A month's name, full or abbreviated ("November", "Dec.", "Sept"): a number right after it is a day of the month.
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DAY_BEFORE_RE = re.compile(r"\b" + _MONTH + r"\.?\s+$")
#: The word right before a number, when the number is part of a name: a word holding a capital that is not the
#: sentence's first ("Air France Flight 447", "iOS 5.01", "Boeing 747"; not "In 1999 ..." nor "Kenya, 236 ...").
_NAME_BEFORE_RE = re.compile(r"(?<=\S\s)[A-Za-z]*[A-Z][A-Za-z]*\s$")
#: Words that scale or measure a number, skipped when looking for what it counts ("1.5 million Kenyans",
#: "20 percent of voters").
_SCALE_WORDS = frozenset("million millions billion billions trillion thousand thousands hundred hundreds percent "
                         "per cent pct nearly almost roughly approximately around estimated least another "
                         "additional".split())
#: Nouns of people: a count of any of them counts people ("Eight people have been arrested" / "six ... students
#: charged": two counts of one kind, so two facts when they differ).
_PERSON_NOUNS = frozenset(t for w in (
    "people persons person men women children kids adults teens teenagers students residents victims patients "
    "soldiers troops officers workers employees members passengers civilians migrants refugees voters fans "
    "americans citizens inmates prisoners suspects protesters demonstrators survivors").split() for t in content_terms(w))
PERSONS = "<persons>"
_TOKEN_RE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?%?|[A-Za-z][A-Za-z'’-]*|\S")


#: A span of time that places a fact before or after another ("three weeks ago", "nine days after suffering",
#: "41 years ago"): it dates the fact (two articles written days apart give it different spans), it counts nothing.
_SPAN_AFTER_RE = re.compile(r"^[\s-]*(?:(?:more|less|fewer)\s+than\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)"
                            r"\s+(?:ago|after|before|earlier|later|since|prior)\b", re.I)


def _dates_a_fact(text: str, start: int, end: int) -> bool:
    """Is the number at ``text[start:end]`` a date or part of a name rather than a count? A year, a day after a
    month's name ("November 21", "Dec. 27th"), a span of time before "ago", "after", "earlier" ... ("three weeks
    ago", "nine days after": :data:`_SPAN_AFTER_RE`), a number after a capitalized word inside the sentence
    ("Flight 447", "iOS 5"), or one glued to a capital ("iPhone 4S", "2D:4D")."""
    n = text[start:end].replace(",", "")
    if _YEAR_RE.match(n):
        return True
    if _SPAN_AFTER_RE.match(text[end : end + 40]):
        return True
    before = text[max(0, start - 12) : start]
    if _DAY_BEFORE_RE.search(before):
        return True
    if text[end : end + 1].isupper():
        return True
    return bool(_NAME_BEFORE_RE.search(text[max(0, start - 30) : start])) and not _DAY_BEFORE_RE.search(before)


def numbers(text: str) -> set[str]:
    """The numbers a sentence states as counts (digits, and number words as digits); years, days of a month and
    numbers that are part of a name are left out (they date or name a fact, they do not count it:
    :func:`_dates_a_fact`)."""
    out = {m.group(0).replace(",", "") for m in _NUMBER_RE.finditer(text) if not _dates_a_fact(text, m.start(), m.end())}
    for m in re.finditer(r"[a-z]+", text.lower()):
        if m.group(0) in _NUMBER_WORDS and not _SPAN_AFTER_RE.match(text[m.end() : m.end() + 40]):
            out.add(_NUMBER_WORDS[m.group(0)])
    return out


def counted(text: str) -> dict[str, set[str]]:
    """What each number of ``text`` (:func:`numbers`) counts: number -> the content stems beside it (the nearest
    one before it and, within six words after it, the first two in lower case and the names before them; the
    clause's end stops it, scale words are skipped: "$750,000 in campaign cash"
    -> spent, campaign, cash; "a $43,000 Rolex watch" -> rolex, watch; a noun of people is :data:`PERSONS`). A number
    with no content word beside it maps to an empty set."""
    toks = _TOKEN_RE.findall(text)
    kept = numbers(text)
    out: dict[str, set[str]] = {}
    for k, tok in enumerate(toks):
        low = tok.lower()
        if tok[:1] == "$" or tok[:1].isdigit():
            value = tok.lstrip("$").rstrip("%").replace(",", "")
        elif low in _NUMBER_WORDS:
            value = _NUMBER_WORDS[low]
        else:
            continue
        if value not in kept:
            continue
        beside = out.setdefault(value, set())
        for direction, reach, want in ((-1, 2, 1), (1, 6, 2)):
            found = 0
            for q in range(k + direction, k + direction * (reach + 1), direction):
                if not 0 <= q < len(toks) or not toks[q][:1].isalpha():
                    break  # the clause ends (punctuation) or the sentence does
                if toks[q].lower() in _SCALE_WORDS or toks[q].lower() in _NUMBER_WORDS:
                    continue
                term = content_terms(toks[q])
                if term:
                    beside.add(PERSONS if term[0] in _PERSON_NOUNS else term[0])
                    # (a name after the number modifies what it counts: "six University of Connecticut students")
                    found += direction < 0 or toks[q][:1].islower()
                    if found == want:
                        break
    return out


#: Two figures this close (relative difference) are one figure told twice: "killed 247 people" / "killed 248".
NEAR_FIGURE = 0.02


def _numbers_conflict(a: str, b: str, na: set[str], nb: set[str]) -> bool:
    """Do the numbers of ``a`` and ``b`` (both stating some, none in common) tell two facts? Yes when two of them
    count the same thing (a content word beside both: "won stage 13" / "won stage 15"; "1,000 children" / "16,000
    foreign-born children"), or when what one counts is not known; no when two differ by at most
    :data:`NEAR_FIGURE` (247 / 248 killed) or each counts something else ("$750,000 in campaign cash" / "a $43,000
    Rolex watch": two details of one plea)."""
    try:
        if any(abs(float(x) - float(y)) <= NEAR_FIGURE * max(float(x), float(y)) for x in na for y in nb):
            return False  # a figure told twice, once revised or rounded
    except ValueError:
        return True
    ca, cb = counted(a), counted(b)
    if any(not ca.get(v) for v in na) or any(not cb.get(v) for v in nb):
        return True
    return bool(set().union(*(ca[v] for v in na)) & set().union(*(cb[v] for v in nb)))


#: A capitalized word (a name, mostly), its possessive "'s" apart.
_NAME_RE = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+|'[a-rt-z][a-z]*)?(?=['’]s\b|\b)")
#: A sentence ends right before (so the capital says nothing) unless that end is a title's abbreviation.
_SENTENCE_END_BEFORE_RE = re.compile(r"[.!?]['\"”’)]*\s+$")
_TITLES = "Mr Mrs Ms Dr Gen Gov Sen Rep Lt Col Sgt Capt Prof Rev Adm Maj St Jr Sr".split()
_TITLE_BEFORE_RE = re.compile(r"\b(?:" + "|".join(_TITLES) + r")\.\s+$")
#: Capitalized words that date a fact rather than name someone in it.
_DATE_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                        "june july august september october november december feb apr aug sept oct nov dec".split())
#: Capitalized words that name no one: dates (:data:`_DATE_NAMES`) and titles ("Mr.", "Rep.").
_NOT_NAMES = _DATE_NAMES | {t.lower() for t in _TITLES}


def names(text: str) -> set[str]:
    """Capitalized words not at the sentence start (names, mostly), lower-cased, a possessive "'s" dropped ("China's"
    is China); a word after a title's abbreviation counts ("Mr. Zuckerberg"); weekdays and months (they date a
    fact) and titles do not."""
    out = set()
    for m in _NAME_RE.finditer(text):
        if m.start() == 0 or not text[: m.start()].strip():
            continue
        head = text[max(0, m.start() - 8) : m.start()]
        if _SENTENCE_END_BEFORE_RE.search(head) and not _TITLE_BEFORE_RE.search(head):
            continue
        word = m.group(0).lower()
        if word not in _NOT_NAMES:
            out.add(word)
    return out


_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’]*")
#: Words after which a word is a verb ("has died", "is negotiating", "to break").
_AUXILIARIES = frozenset("has have had is are was were will would to be been being can could may might must "
                         "should shall".split())
#: Words after which a word is no verb.
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
#: Capitalized words of a sentence's opening that address rather than name its subject ("Gov. Asa Hutchinson").
_SUBJECT_TITLES = frozenset({t.lower() for t in _TITLES} | {"the", "a", "an", "president", "speaker", "former"})


def opening_subject(text: str) -> str | None:
    """The last word of the run of capitalized words opening ``text`` (its subject's surname, mostly: "Bettie Page,
    the 1950s pin-up model ..." -> "page"), titles left out; None when it opens otherwise."""
    caps = []
    for w in _WORD_RE.findall(text):
        if not w[:1].isupper():
            break
        caps.append(w.lower())
    caps = [c for c in caps if c not in _SUBJECT_TITLES]
    return caps[-1] if caps else None


def verb_stems(text: str) -> set[str]:
    """Stems of the lower-case words of ``text`` that are verb forms (-ed, -ing, an irregular past, or a word after
    an auxiliary or "to", a "not" or "never" between them: "will not pay"; none after a determiner), irregular ones
    by their base (:data:`_VERB_BASES`)."""
    words = _WORD_RE.findall(text)
    out = set()
    for k, w in enumerate(words):
        if w[:1].isupper():
            continue
        before = words[k - 1].lower() if k else ""
        if before in ("not", "never") and k >= 2:
            before = words[k - 2].lower()
        if before in _DETERMINERS:
            continue  # a noun or an adjective ("the misspelled jerseys", "the misspelling")
        if _verb_form(w) or before in _AUXILIARIES:
            term = content_terms(w)
            if term:
                out.add(_root(term[0]))
    return out


def same_subject_verb(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` open on one subject and share a verb ("Bettie Page, the 1950s pin-up model ..., has died"
    / "Bettie Page, whose trademark raven hair ... made her a cult favorite, died Thursday night ...": one death
    told with two descriptions)?"""
    subject = opening_subject(a)
    return subject is not None and subject == opening_subject(b) and bool(verb_stems(a) & verb_stems(b))


#: Verbs that report rather than tell the event (every sentence of a story "says" something): no shared predicate.
_REPORTING = frozenset(t for w in "say says said tell told report reported announce announced add added confirm "
                       "confirmed state stated according".split() for t in content_terms(w))
#: Words that close the opening of a sentence before its verb ("Staunton Police this morning arrested ...").
_OPENING_VERBS = _AUXILIARIES | {"says"}
#: The speaker after a quotation that opens a sentence ('"...," Boehner said', '"...," Mr. Weiner, a Democrat,
#: said'): the subject of its main clause.
_AFTER_OPENING_QUOTE_RE = re.compile(r"^\s*[\"“].+?[,.!?]\s*[\"”]\s*(.*)$")
_SPEAKER_VERB_RE = re.compile(r"\b(?:said|says|added|adds|told|tells|wrote|writes|explained|noted|reiterated|"
                              r"is shown saying|stated|insisted|admitted|declared|continued)\b")
_CAPITAL_RUN_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*")


def _speaker(text: str) -> set[str] | None:
    """The speaker of a sentence opening on a quotation, its words lower-cased: the last run of capitalized words
    before the reporting verb, an apposition after a comma left out ('"...," Mr. Weiner, a Democrat, said' -> weiner;
    '"...," McSally campaign CEO Jim Bognet said' -> ceo, jim, bognet), or the first after it ('"...," said Gov.
    Perry' -> perry); None when the sentence does not open on a quotation."""
    m = _AFTER_OPENING_QUOTE_RE.match(text)
    if not m:
        return None
    rest = m.group(1)
    verb = _SPEAKER_VERB_RE.search(rest)
    before = rest[: verb.start()].split(",")[0] if verb else rest
    runs = _CAPITAL_RUN_RE.findall(before) or (_CAPITAL_RUN_RE.findall(rest[verb.end():])[:1] if verb else [])
    if not runs:
        return None
    return {w.lower().rstrip(".") for w in runs[-1].split()} - _SUBJECT_TITLES - _NOT_NAMES


@lru_cache(maxsize=4096)
def subject_words(text: str) -> frozenset[str]:
    """The capitalized words naming the subject of ``text``'s main clause: the run opening it and the last run
    before its first verb ("Yesterday in Los Angeles, pin-up icon Bettie Page succumbed ..." -> bettie, page,
    yesterday; "The Staunton Police Department announced ..." -> staunton, police, department), titles and
    determiners left out; a sentence opening on a quotation names its speaker after it ('"...," Boehner said')."""
    speaker = _speaker(text)
    if speaker is not None:
        return frozenset(speaker)
    runs: list[list[str]] = []
    run: list[str] = []
    for w in _WORD_RE.findall(text):
        if w[:1].isupper():
            run.append(w.lower())
            continue
        if run:
            runs.append(run)
        run = []
        if _verb_form(w) or w.lower() in _OPENING_VERBS:
            break
    if run:
        runs.append(run)
    if not runs:
        return frozenset()
    return frozenset(w for w in runs[0] + runs[-1] if w not in _SUBJECT_TITLES and w not in _NOT_NAMES)


#: Words that open a verb's object: a word after "to" followed by one is a verb ("to pay any single cent", "to
#: moderate a debate"), otherwise it may be an adjective or a noun ("closer to nuclear arms").
_OBJECT_OPENERS = _DETERMINERS | {"any", "some", "all", "him", "them", "it", "us", "me", "up", "out", "off"}


@lru_cache(maxsize=4096)
def predicates(text: str, infinitives: bool = True) -> frozenset[str]:
    """The event words of ``text``: its verb forms (:func:`verb_stems`; an -ing form only after an auxiliary: "a
    church building" is no event; with ``infinitives`` False, no word after "to" unless it is a verb form itself or
    an object follows it: "to pay any cent", not "closer to nuclear arms"), reporting verbs left out ("said": :data:`_REPORTING`)."""
    words = _WORD_RE.findall(text)
    keep = []
    for k, w in enumerate(words):
        before = words[k - 1].lower() if k else ""
        if w.lower().endswith("ing") and before not in _AUXILIARIES - {"to"}:
            keep.append("Zz")  # (a placeholder, capitalized so it is no verb: the words around keep their neighbours)
            continue
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        if not infinitives and before == "to" and not _verb_form(w) and after not in _OBJECT_OPENERS:
            keep.append("Zz")
            continue
        keep.append(w)
    return frozenset(verb_stems(" ".join(keep)) - _REPORTING)


def _shared_predicate(a: str, b: str) -> bool:
    """Is an event word of one of ``a`` and ``b`` (:func:`predicates`) a verb of the other, or a noun of it ("in
    negotiations" / "is negotiating"; "made an arrest" / "arrested"; a word after "to" only as a verb: "to pay" /
    "will not pay", not "closer to nuclear arms" / "its nuclear program")?"""
    pa, pb = predicates(a), predicates(b)
    if pa & pb:
        return True
    return bool(predicates(a, False) & _plain_words(b) or predicates(b, False) & _plain_words(a))


@lru_cache(maxsize=4096)
def _plain_words(text: str) -> frozenset[str]:
    """Stems of ``text``'s lower-case words that are not compounds (a verb's noun: "in negotiations", "made an
    arrest"; not "the break-in"), irregular forms by their base."""
    return frozenset(_root(t) for w in _lower_words(text) if "-" not in w for t in content_terms(w))


@lru_cache(maxsize=4096)
def _lower_terms(text: str) -> frozenset[str]:
    """Content terms of ``text``'s words written in lower case (no adjective of time in -ing: :data:`_ING_ADJECTIVES`)."""
    return frozenset(t for w in _lower_words(text) for t in content_terms(w))


@lru_cache(maxsize=4096)
def _lower_words(text: str) -> tuple[str, ...]:
    """``text``'s words written in lower case, the adjectives of time in -ing (:data:`_ING_ADJECTIVES`) left out."""
    return tuple(w for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", text)
                 if w[:1].islower() and w.lower() not in _ING_ADJECTIVES)


#: Words in -ing that stand before a noun as adjectives of time or order ("in coming days", "the following week",
#: "the remaining dogs"): no event of their verb ("The Lehigh County Humane Society has come to the rescue of 71
#: beagles" / "... says in a Facebook posting ... information will be available in coming days" tell two facts).
_ING_ADJECTIVES = frozenset("coming upcoming following remaining leading existing ongoing outstanding pending "
                            "preceding succeeding continuing incoming outgoing".split())


def same_event(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` tell one event of one actor: their subjects share a word (:func:`subject_words`) and an
    event word of one (:func:`predicates`) is a verb or a noun of the other ("Chris Weitz is in negotiations to helm
    ..." / "Chris Weitz ... is negotiating to direct ..."; "Staunton Police this morning arrested Sharron ..." /
    "The Staunton Police Department announced ... they have made an arrest")? Subsumes :func:`same_subject_verb`
    but for reporting verbs."""
    return bool(subject_words(a) & subject_words(b)) and _shared_predicate(a, b)


#: A quotation: the text inside one pair of quotation marks, 15 characters or more.
_QUOTED_RE = re.compile(r"[\"“]([^\"”]{15,})[\"”]")


@lru_cache(maxsize=4096)
def is_quotation(text: str) -> bool:
    """Is ``text`` mostly a quotation (half its characters or more inside quotation marks)?"""
    return sum(len(m) for m in _QUOTED_RE.findall(text)) >= 0.5 * len(text)


def told_alike(a: str, b: str) -> bool:
    """Can ``a`` and ``b`` tell one fact by how they tell it? A quotation and a report (:func:`is_quotation` of
    one only) tell one fact only when they share an event word (:func:`predicates`, a verb or its noun: Vicente Fox
    "says Mexico will not pay for a wall" / "'we are not going to pay any single cent for such a stupid wall!'");
    a spokesman praising a phone in a quote ("the BlackBerry Curve 8900 helps you make the most of ...") does not
    repeat its announcement ("T-Mobile today announced the BlackBerry Curve 8900 ..."). One figure of one thing
    (:func:`same_figure`: a wedding's average cost, $31,213, quoted from a survey and reported) is a shared fact too."""
    return is_quotation(a) == is_quotation(b) or same_figure(a, b) or _shared_predicate(a, b)


def _verb_form(word: str) -> bool:
    w = word.lower()
    return w.endswith(("ed", "ing")) or w in _IRREGULAR_VERBS


def content_runs(text: str, n: int = SHARED_RUN) -> set[tuple[str, ...]]:
    """Runs of ``n`` consecutive content words (stemmed; function words skipped
    over) with at least two words that are not capitalized names and one verb form."""
    content = []
    for w in _WORD_RE.findall(text):
        st = stems(w)
        if st and content_stems(st[:1]):
            content.append((st[0], w[0].islower(), _verb_form(w)))
    out = set()
    for i in range(len(content) - n + 1):
        run = content[i : i + n]
        if sum(low for _, low, _ in run) >= 2 and any(verb for _, _, verb in run):
            out.add(tuple(st for st, _, _ in run))
    return out


def agree(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` agree on numbers and names, as one fact told twice must?
    If both state numbers (counts: :func:`numbers`) and none in common, they must not count the same thing
    (:func:`_numbers_conflict`); if both name someone or something, they must share a name."""
    na, nb = numbers(a), numbers(b)
    if na and nb and not na & nb and _numbers_conflict(a, b, na, nb):
        return False
    ea, eb = names(a), names(b)
    if ea and eb and not ea & eb and not _described(a, eb) and not _described(b, ea) and not same_figure(a, b):
        return False
    return True


#: A name's possessive and the lower-case words after it, up to three ("Sarah Palin's church", "Palin's home
#: church"): a description of something the other sentence may call by its name ("the Wasilla Bible Church").
_POSSESSIVE_RE = re.compile(r"\b[A-Z][A-Za-z.-]*['’]s((?:\s+[a-z][a-z-]*){1,3})")


def _described(text: str, other_names: set[str]) -> bool:
    """Does ``text`` describe by a name's possessive what ``other_names`` name ("Sarah Palin's church" / "the
    Wasilla Bible Church": the church's own name is no other fact)? A lower-case word after the possessive is a word
    of one of those names."""
    return any(w in other_names for m in _POSSESSIVE_RE.finditer(text) for w in m.group(1).split())


def _figure(value: str, text: str) -> bool:
    """Is ``value`` (a number of ``text``) a figure that two sentences rarely share by chance: an amount of money,
    a percentage, a decimal, a number of three digits or more, or one scaled by million / billion?"""
    if "." in value or len(value) >= 3:
        return True
    return bool(re.search(r"\$\s?" + re.escape(value) + r"\b|\b" + re.escape(value)
                          + r"(?:\s*%|\s+(?:percent|per cent|million|billion|trillion)\b)", text.replace(",", "")))


def _digits(text: str) -> set[str]:
    """:func:`numbers` written in digits."""
    return {m.group(0).replace(",", "") for m in _NUMBER_RE.finditer(text)} & numbers(text)


def same_figure(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` state one figure (:func:`_figure`) of one counted thing ("an estimated $1 million in
    damage to ... church" / "Damages to the ... Church are estimated at $1 million": what the figure counts in one,
    a content word beside it (:func:`counted`), is a word of the other)? A strong sign of one fact told twice."""
    shared = _digits(a) & _digits(b)  # (a "million" in both is no shared figure)
    shared = {v for v in shared if _figure(v, a) and _figure(v, b)}
    if not shared:
        return False
    ca, cb = counted(a), counted(b)
    ta, tb = set(content_terms(a)), set(content_terms(b))
    return any(ca.get(v, set()) & tb or cb.get(v, set()) & ta for v in shared)


#: Words that date a fact rather than state it, left out of containment (:meth:`LexicalFacts.containment`):
#: "The Kansas board voted to drop evolution ... last year" and "... on Wednesday when the state Board of Education
#: approved ..." tell one vote.
_TIME_WORDS = ("today yesterday tomorrow tonight last next ago earlier later recently year years month months week "
               "weeks day days morning afternoon evening night weekend " + " ".join(sorted(_DATE_NAMES - {"march"}))
               + " jan jun jul sep")
#: A day of a month ("Dec. 27th", "November 21"), left out with the month.
_DAY_OF_MONTH_RE = re.compile(r"\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b")


_TIME_STEMS = frozenset(t for w in _TIME_WORDS.split() for t in content_terms(w))


#: Irregular verb forms and their base ("Hansbrough broke Ford's record" / "... to break North Carolina's career
#: scoring record": one verb), compared by stem in containment.
_VERB_BASES = dict(pair.split(":") for pair in """broke:break broken:break won:win lost:lose fell:fall fallen:fall
    rose:rise risen:rise told:tell gave:give given:give came:come went:go gone:go began:begin begun:begin saw:see
    seen:see found:find took:take taken:take made:make held:hold sent:send led:lead met:meet fled:flee struck:strike
    shot:shoot built:build bought:buy sold:sell paid:pay spent:spend ran:run flew:fly flown:fly threw:throw
    thrown:throw wrote:write written:write spoke:speak spoken:speak chose:choose chosen:choose stole:steal
    stolen:steal fought:fight caught:catch brought:bring thought:think sought:seek kept:keep felt:feel knew:know
    known:know hid:hide hidden:hide rode:ride sank:sink sunk:sink sang:sing swam:swim withdrew:withdraw
    withdrawn:withdraw drove:drive driven:drive stood:stand sat:sit hung:hang dug:dig fed:feed slid:slide
    shown:show beaten:beat ate:eat eaten:eat grew:grow grown:grow drew:draw drawn:draw froze:freeze
    frozen:freeze tore:tear torn:tear wore:wear worn:wear swore:swear sworn:swear forgave:forgive
    forgiven:forgive overthrew:overthrow overtook:overtake overtaken:overtake""".split())
_VERB_STEMS = {f[0]: b[0] for w, base in _VERB_BASES.items()
               if (f := content_terms(w)) and (b := content_terms(base)) and f[0] != b[0]}


def _root(term: str) -> str:
    """A "non-" derivation's root ("noncustom" -> "custom": the customers of other banks are its noncustomers); an
    irregular verb form's base (:data:`_VERB_BASES`: "broke" -> "break"); a British "-ise" verb's stem as its "-ize"
    spelling's ("apologis" -> "apolog": "the firm apologised" / "“we apologize”" share their event)."""
    term = _VERB_STEMS.get(term, term)
    if len(term) >= 6 and term.endswith("is"):
        term = _ize_stem(term)
    return term[3:].lstrip("-") if term.startswith("non") and len(term) >= 7 else term


@lru_cache(maxsize=4096)
def _ize_stem(term: str) -> str:
    return stem(term[:-2] + "ize")


def _identity(terms: list[str]) -> list[str]:
    return terms


#: The TF-IDF cosine alone joins two sentences only when they share this many content words or an event word
#: (:func:`_shared_predicate`): two short sentences sharing one noun phrase ("Blagojevich's attorneys say that
#: public official is Obama." / "The public official denies any such conversation.": cosine 0.37) share a topic.
_MIN_SHARED_TERMS = 3


class LexicalFacts:
    """Same-fact tests over a fixed list of sentence texts (one brief's candidates).

    Two sentences are close when their cosine is at least ``min_cosine``, or
    at least ``supporting_cosine`` with ``min_containment`` of the shorter's
    content words (``min_shared`` or more) in the longer, or a shared run of
    ``shared_run`` content words (:func:`content_runs`). ``terms``: each
    text's content terms when the caller has them already
    (:func:`~newsbrief.features.content_terms` of each text otherwise). ``idf_rows``: the texts the IDF is fitted
    on (all by default): a brief's candidates repeat a sentence in every unit it is part of, so the selector fits it
    on each sentence once, as the readability counter fits it on the brief's sentences."""

    def __init__(self, texts: Sequence[str], min_cosine: float = _DEFAULTS.redundancy_cosine,
                 min_containment: float = _DEFAULTS.redundancy_containment,
                 terms: Sequence[list[str]] | None = None, *,
                 supporting_cosine: float = _DEFAULTS.redundancy_supporting_cosine,
                 min_shared: int = _DEFAULTS.redundancy_min_shared,
                 shared_run: int = _DEFAULTS.redundancy_shared_run,
                 idf_rows: Sequence[int] | None = None):
        from .similarity import SublinearTfidf

        self.texts = list(texts)
        self.min_cosine = min_cosine
        self.min_containment = min_containment
        self.supporting_cosine = supporting_cosine
        self.min_shared = min_shared
        self.shared_run = shared_run
        term_lists = list(terms) if terms is not None else [content_terms(t) for t in self.texts]
        self.terms = [set(t) for t in term_lists]
        self._runs: dict[int, set[tuple[str, ...]]] = {}
        self._undated: dict[int, set[str]] = {}
        try:
            if idf_rows is None:
                # (scikit-learn's TfidfVectorizer(analyzer=_identity, sublinear_tf=True), bit for bit)
                self.matrix = SublinearTfidf().fit_transform(term_lists)
            else:  # IDF over those rows only (each sentence once), every row represented with it
                # (scikit-learn's TfidfVectorizer(analyzer=_identity, sublinear_tf=True).fit(...).transform(...),
                # bit for bit)
                self.matrix = SublinearTfidf().fit([term_lists[r] for r in idf_rows]).transform(term_lists)
        except ValueError:  # no content words at all
            self.matrix = None

    def similarity(self, i: int, j: int) -> float:
        """Cosine of sentences ``i`` and ``j`` in this representation."""
        if self.matrix is None:
            return 0.0
        return float((self.matrix[i] @ self.matrix[j].T).toarray()[0, 0])

    def undated_terms(self, i: int) -> set[str]:
        """Text ``i``'s content terms without the words that date its fact (:data:`_TIME_WORDS`, a day of a month)."""
        if i not in self._undated:
            text = self.texts[i]
            if _DAY_OF_MONTH_RE.search(text):
                terms = set(content_terms(_DAY_OF_MONTH_RE.sub(" ", text))) - _TIME_STEMS
            else:
                terms = self.terms[i] - _TIME_STEMS
            self._undated[i] = {_root(t) for t in terms}
        return self._undated[i]

    def containment(self, i: int, j: int) -> float:
        """Share of the shorter text's content words in the other (0 under ``min_shared`` shared words); the words
        that date a fact ("last year", "on Wednesday", "Dec. 27th") are left out of both."""
        a, b = self.undated_terms(i), self.undated_terms(j)
        shared = len(a & b)
        if shared < self.min_shared:
            return 0.0
        return shared / max(1, min(len(a), len(b)))

    def same_fact(self, i: int, j: int) -> bool:
        """Do sentences ``i`` and ``j`` report the same fact?"""
        return self._close(i, j, self.similarity(i, j)) and self.consistent(i, j)

    def consistent(self, i: int, j: int) -> bool:
        """Can ``i`` and ``j`` tell one fact: numbers and names agree (:func:`agree`) and they tell it alike
        (:func:`told_alike`: a quotation repeats a report only with a shared event word)?"""
        a, b = self.texts[i], self.texts[j]
        return agree(a, b) and told_alike(a, b)

    def _close(self, i: int, j: int, cosine: float) -> bool:
        if cosine >= self.min_cosine and (self._shares_words(i, j)
                                          or _shared_predicate(self.texts[i], self.texts[j])):
            return True
        return cosine >= self.supporting_cosine and (
            self.containment(i, j) >= self.min_containment or bool(self.runs(i) & self.runs(j)))

    def _shares_words(self, i: int, j: int) -> bool:
        """Do ``i`` and ``j`` share :data:`_MIN_SHARED_TERMS` content words, one of them at least written in lower
        case in both (a name alone is one thing both mention, not one fact: "The Lehigh County Humane Society has
        come to the rescue of 71 beagles" / "The Lehigh County Humane Society says in a Facebook posting ...")?"""
        shared = self.terms[i] & self.terms[j]
        if len(shared) < _MIN_SHARED_TERMS:
            return False
        return bool(shared & _lower_terms(self.texts[i]) & _lower_terms(self.texts[j]))

    def runs(self, i: int) -> set[tuple[str, ...]]:
        """:func:`content_runs` of text ``i`` (made when first needed: only close pairs need them)."""
        if i not in self._runs:
            self._runs[i] = content_runs(self.texts[i], self.shared_run)
        return self._runs[i]

    def first_same_fact(self, i: int, others: Sequence[int]) -> int | None:
        """The first of ``others`` that reports the same fact as ``i``, or None."""
        if not others:
            return None
        if self.matrix is not None:
            cos = (self.matrix[list(others)] @ self.matrix[i].T).toarray().ravel()
        else:
            cos = np.zeros(len(others))
        for j, c in zip(others, cos):
            if self._close(i, j, c) and self.consistent(i, j):
                return j
        return None

    def redundant_pairs(self, indices: Sequence[int]) -> list[tuple[int, int]]:
        """Pairs among ``indices`` that report the same fact."""
        idx = list(indices)
        return [(a, b) for k, a in enumerate(idx) for b in idx[k + 1 :] if self.same_fact(a, b)]


class ParaphraseFacts(LexicalFacts):
    """:class:`LexicalFacts` that also counts paraphrase: two sentences are
    close too when their sentence-representation cosine (``encoder``,
    :mod:`newsbrief.embed`) is at least ``min_paraphrase``, or at least
    ``anchored_paraphrase`` when they also share words (TF-IDF cosine at least
    ``anchor_cosine``, or ``anchor_shared`` content words when it is above 0); names and numbers must still agree. Texts are embedded when a same-fact test first needs
    them (the greedy tests only the sentences it is about to choose), once."""

    def __init__(self, texts: Sequence[str], encoder, min_paraphrase: float, anchored_paraphrase: float = 1.0,
                 anchor_cosine: float = 1.0, anchor_shared: int = 0, same_subject: float = 1.0, **kw):
        super().__init__(texts, **kw)
        self.same_subject = same_subject
        self.encoder = encoder
        self.min_paraphrase = min_paraphrase
        self.anchored_paraphrase = anchored_paraphrase
        self.anchor_cosine = anchor_cosine
        self.anchor_shared = anchor_shared
        self._vectors: dict[int, np.ndarray] = {}

    def vectors(self, rows: Sequence[int]) -> np.ndarray:
        """Unit vectors of texts ``rows`` (embedded once each)."""
        todo = [r for r in dict.fromkeys(rows) if r not in self._vectors]
        if todo:
            self._vectors.update(zip(todo, self.encoder([self.texts[r] for r in todo])))
        return np.array([self._vectors[r] for r in rows])

    def same_fact(self, i: int, j: int) -> bool:
        return super().same_fact(i, j) or self.first_paraphrase(i, [j]) is not None

    def anchored(self, i: int, j: int) -> bool:
        """Do ``i`` and ``j`` share words enough for the anchored cosine: a TF-IDF
        cosine of ``anchor_cosine``, or ``anchor_shared`` content words (when above 0)?"""
        if self.similarity(i, j) >= self.anchor_cosine:
            return True
        return 0 < self.anchor_shared <= len(self.terms[i] & self.terms[j])

    def first_paraphrase(self, i: int, others: Sequence[int]) -> int | None:
        """The first of ``others`` whose representation cosine with ``i`` is at
        least ``min_paraphrase``, or at least ``anchored_paraphrase`` with a
        TF-IDF cosine of at least ``anchor_cosine`` (shared words), names and
        numbers agreeing; or None."""
        agreeing = [j for j in others if self.consistent(i, j)]
        if not agreeing:
            return None
        vecs = self.vectors([i, *agreeing])
        for j, c in zip(agreeing, vecs[1:] @ vecs[0]):
            if c >= self.min_paraphrase or (c >= self.anchored_paraphrase and self.anchored(i, j)):
                return j
            if c >= self.same_subject and same_event(self.texts[i], self.texts[j]):
                return j
        return None


def facts_for(texts: Sequence[str], settings: SelectionSettings, model: str,
              terms: Sequence[list[str]] | None = None, encode=None,
              idf_rows: Sequence[int] | None = None) -> LexicalFacts:
    """The selector's same-fact rule at ``settings``' thresholds: paraphrase-aware
    with sentence representation ``model`` (:func:`newsbrief.embed.encoder`)
    when it is installed and ``selection.redundancy_paraphrase`` is below 1,
    lexical otherwise. ``encode``: that representation already made (the brief's
    :class:`~newsbrief.embed.Memo`, shared with its citation index)."""
    from .embed import encoder

    kw = dict(min_cosine=settings.redundancy_cosine, min_containment=settings.redundancy_containment,
              terms=terms, supporting_cosine=settings.redundancy_supporting_cosine,
              min_shared=settings.redundancy_min_shared, shared_run=settings.redundancy_shared_run, idf_rows=idf_rows)
    model_encoder = (encode or encoder(model)) if settings.redundancy_paraphrase < 1.0 else None
    if model_encoder is None:
        return LexicalFacts(texts, **kw)
    return ParaphraseFacts(texts, model_encoder, settings.redundancy_paraphrase,
                           anchored_paraphrase=settings.redundancy_paraphrase_anchored,
                           anchor_cosine=settings.redundancy_anchor_cosine,
                           anchor_shared=settings.redundancy_anchor_shared,
                           same_subject=settings.redundancy_same_subject, **kw)


__all__ = ["LexicalFacts", "ParaphraseFacts", "facts_for", "agree", "names", "numbers", "same_event", "same_figure",
           "same_subject_verb", "told_alike"]
