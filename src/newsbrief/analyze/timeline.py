"""Timeline: date expressions found in sentences and resolved to calendar dates.

Absolute dates ("Jan. 19", "14 January 2020", "April 2019", "since 2011")
and relative ones ("on Monday", "late Sunday", "last week", "last April",
"earlier this month", "over the weekend", "two days ago") are resolved
against the article's anchor date: its publication date, else a wire dateline
("Jan. 14 (UPI) --"), else the latest date known for the cluster.

Weekdays and month names without a year are resolved in the direction of the
clause's tense: in a past-tense clause "on Sunday" in an article of Tuesday
14 January 2020 is 12 January; in "will meet on Sunday" it is 19 January. A
month named after a verb of intention looks ahead even when the verb is past
("agreed to hold an early election in April", written in November: next April),
and so does a planned move in the progressive ("had said X was leaving in
February"). A reporting clause after the date (", X said Tuesday") and cue words
inside a quotation the date is not in do not set its tense. A present-tense verb
of the date's own clause looks ahead ("The IOC Executive Board meets on Sunday",
"advances to play Saturday"), a schedule word reads the nearest occurrence
("Beginning April 29th"), a weekday written with its date is that date ("Tuesday,
April 20"), and a deadline ("has until March 7") is the nearest one. An undated
article's own latest written date is a lower bound of its date: a month-day
there is the occurrence nearest it; when the article tells, in past clauses,
month-days after that date (joined to it by steps of at most five months), a
month-day the anchor put in the year before its own is read in the anchor's
year when that is nearer the latest of them. A month-day or month reads the tense of its
own clause first ("Chavez, who will be sworn in on Feb 2, appealed ..."); a
present perfect or a modal there ("has set Dec. 14 as the last date"), or a move
to it ("moved the election to March 26"), is the occurrence nearest the article's
day; "this year", "next year", "last year" after it name its year.
Events with the same date reported in similar sentences are merged and cite
every outlet; the same fact dated differently by two outlets is a
disagreement.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .._patterns import is_caption_sentence, is_date_line
from ..dates import MONTH_PATTERN, MONTHS, VAGUE_COUNT_RE, WEEKDAY_PATTERN, WEEKDAYS, latest_full_date, safe_date
from ..model import Citation
from ._cues import (
    AGO_NUMBERS,
    CAPTION_RE,
    EVENT_NEGATORS,
    EVENT_VERBS,
    AHEAD_OF_RE,
    FUTURE_CUES_RE,
    PAST_CUES_RE,
    REPORTING_AFTER_RE,
    SPEECH_ACT_NOUNS,
    SPEECH_FORMS,
)
from ._doc import Sent, Source, cite_dict, outlets_of

_M = r"(?P<{g}>" + MONTH_PATTERN + r")\.?"
_D = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{g}>1[89]\d\d|20\d\d)"
_WD = r"(?P<{g}>" + WEEKDAY_PATTERN + ")"
_NUM = r"(?P<{g}>\d+|" + "|".join(sorted(AGO_NUMBERS, key=len, reverse=True)) + ")"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b" + _Y.format(g="y") + r"-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("mdy", r"\b" + _M.format(g="m") + r"\s+" + _D.format(g="d") + r",?\s+" + _Y.format(g="y") + r"\b"),
    ("dmy", r"\b" + _D.format(g="d") + r"\s+(?:of\s+)?" + _M.format(g="m") + r",?\s+" + _Y.format(g="y") + r"\b"),
    ("md", r"\b" + _M.format(g="m") + r"\s+" + _D.format(g="d") + r"\b(?![,.]?\s*\d)"),
    ("dm", r"\b" + _D.format(g="d") + r"\s+(?:of\s+)?" + _M.format(g="m") + r"(?![a-z])"),
    ("my", r"\b(?:(?P<mod>early|late|mid|mid-)\s*)?" + _M.format(g="m") + r",?\s+(?:of\s+)?" + _Y.format(g="y")
     + r"\b"),
    # not the fraction's part of a mixed number ("3 1/2 years ago" is no "2 years ago")
    ("ago", r"\b(?<!\d[,.])(?<!\d,\s)(?<![\d/]/)(?i:" + _NUM.format(g="n") + r"\s+(?P<u>day|week|month|year)s?\s+ago)\b"),
    ("relunit", r"\b(?i:(?P<mod>last|this|next|past|previous|coming|earlier this|later this|early this|late last|"
                r"early last|late this|earlier in the|later in the)\s+(?P<u>week|weekend|month|year))\b"),
    ("weekend", r"\b(?i:(?:over|during|at)\s+the\s+weekend)\b"),
    ("relday", r"\b(?i:(?P<w>yesterday|today|tomorrow|tonight))\b"),
    ("wd", r"\b(?:(?P<mod>(?i:last|next|this|late|early|on|by|until|since|from|before|after|coming))\s+)?"
           + _WD.format(g="wd") + r"(?:\s+(?:morning|afternoon|evening|night))?\b"),
    ("m", r"\b(?:(?P<mod>(?i:last|next|this|early|late|mid|since|in|by|until|through|during|later in|earlier in|"
          r"since early|since late|since mid|from))\s+|(?P<mod2>(?i:(?:in\s+|since\s+)?mid-))|"
          r"(?P<art>(?i:an?))\s+(?=" + MONTH_PATTERN + r"\.?\s+[a-z]{3,}))" + _M.format(g="m")
          + r"(?![a-z])(?!\.?\s*[0-3]?\d\b)(?!\.?,?\s+(?:of\s+)?(?:1[89]|20)\d\d)"),
    ("y", r"\b(?P<mod>in|since|by|until|from|during|before|after|of|early|late|mid|mid-|the|through)\s+"
          + _Y.format(g="y") + r"\b(?![,.]\d)"),
]
_DATE_RE = re.compile("|".join(f"(?P<_{k}>{p.replace('(?P<', f'(?P<{k}_')})" for k, p in _PATTERNS))
#: What every match of :data:`_DATE_RE` holds, one of: a digit (the numeric forms, "two days ago" aside), a month or
#: weekday name as :data:`MONTH_PATTERN` and :data:`WEEKDAY_PATTERN` write it (case as written), or one of
#: :data:`_DATE_WORDS` in any case (the case-blind forms: "ago", "last week", "over the weekend", "today"). A
#: sentence holding none has no date: :func:`may_hold_date` says so without running the pattern, which scans every
#: position through its 14 branches (~60% of DUC 2003 sentences hold none; 39 -> 18 ms of a 10-article cluster's
#: CPU). A branch added to :data:`_PATTERNS` adds its cue here (tests/test_analysis_speed_paths.py checks that the
#: two agree on every sentence of the analysis splits' clusters).
_DATE_NAMES = tuple(MONTH_PATTERN[3:-1].split("|")) + tuple(WEEKDAY_PATTERN[3:-1].split("|"))
_DATE_WORDS = ("ago", "week", "month", "year", "yesterday", "today", "tomorrow", "tonight")
_DATE_WORDS_RE = re.compile(r"(?i:" + "|".join(_DATE_WORDS) + ")")
_DIGIT_RE = re.compile(r"\d")


def may_hold_date(text: str) -> bool:
    """Can :data:`_DATE_RE` match in ``text``? False only when it holds no digit, no month or weekday name and
    none of :data:`_DATE_WORDS` (case-blind; an ASCII text is lowered, any other runs :data:`_DATE_WORDS_RE`, as
    a case-blind pattern may read "K" as "k")."""
    if _DIGIT_RE.search(text) or any(name in text for name in _DATE_NAMES):
        return True
    if text.isascii():
        low = text.lower()
        return any(word in low for word in _DATE_WORDS)
    return bool(_DATE_WORDS_RE.search(text))
#: A verb of intention, decision or demand with "to": a month named after it is ahead of it ("agreed to hold
#: an early election in April"), though the verb itself is past. Not read for weekdays: "pledged to join forces
#: Tuesday" is news style for a pledge made on Tuesday, unless the weekday is a deadline ("by Friday",
#: :func:`_weekday_deadline`). The verb may be in "-ing" and take a pronoun before "to" ("urging them to quickly
#: pass ... by Friday", tle62).
_INTENT_RE = re.compile(r"\b(?:(?:agree|decide|vote|promise|pledge|vow|threaten|want|plan|prepare|ask|urge|invite|"
                        r"order|schedule|expect|hope|intend|aim)(?:s|d|ed)?|agreeing|deciding|voting|promising|"
                        r"pledging|vowing|threatening|wanting|planning|preparing|asking|urging|inviting|ordering|"
                        r"scheduling|expecting|hoping|intending|aiming)\s+(?:(?:them|him|her|us|me|you)\s+)?"
                        r"to\s+(?!have\b)\w+", re.I)


@dataclass(frozen=True)
class When:
    """A resolved date: ``start`` and ``end`` (inclusive) and its granularity."""

    start: dt.date
    end: dt.date
    granularity: str  # day | weekend | week | month | year

    @property
    def label(self) -> str:
        if self.granularity == "day":
            return self.start.isoformat()
        if self.granularity == "month":
            return self.start.strftime("%Y-%m")
        if self.granularity == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @property
    def display(self) -> str:
        if self.granularity == "day":
            return f"{self.start.strftime('%a')} {self.start.day} {self.start.strftime('%b %Y')}"
        if self.granularity == "month":
            return self.start.strftime("%B %Y")
        if self.granularity == "year":
            return str(self.start.year)
        kind = "weekend" if self.granularity == "weekend" else "week"
        return f"{kind} of {self.start.day} {self.start.strftime('%b %Y')}"


@dataclass
class DateMention:
    sent: Sent = field(repr=False)
    start: int
    end: int
    expression: str
    when: When
    since: bool = False
    #: A year that bounds a target, a forecast or a term rather than dating an event (:func:`_bound`): "by", "until",
    #: "after" or "before", shown before the row's date ("by 2020"); "" for an event's date.
    bound: str = ""


def _month(name: str) -> int:
    """The number of a month name matched by :data:`_M`."""
    return MONTHS[name[:3].lower()]


def _day(y: int, m: int, d: int) -> When | None:
    x = safe_date(y, m, d)
    return When(x, x, "day") if x else None


def _month_span(y: int, m: int) -> When:
    return When(dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]), "month")


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def tense(text: str, start: int, end: int, intent: bool = False, present: bool = False,
          own: bool = False) -> str | None:
    """"past" or "future" for the clause around ``text[start:end]``: the
    nearest tense cue in the sentence wins, however far ("On Thursday, a team
    made up of ... is to conduct"); None when there is none. ``intent``: a
    verb of intention (:data:`_INTENT_RE`) before the date counts as a future cue. "Ahead of"
    (:data:`AHEAD_OF_RE`) puts only a date after it in the future. ``present``: a present-tense verb of the date's
    own clause (:func:`_present_cue`) is a cue too, "present", competing by its distance like the others.
    ``own``: a cue of the date's own clause (:func:`_own_clause`) wins over a nearer one of another clause
    ("Chavez, who will be sworn in on Feb 2, appealed ...": "will", not "appealed"), and that clause's present
    perfect or modal of what may come ("has set Dec. 14 as the last date", "may attack ... on December 13") gives
    "nearest": the date is read from the article's day, either way; a participle after "is/are/be" ("is to be
    formally sentenced May 3") is no past there, and "expected for", "poised to" look ahead."""
    best, best_dist = None, None
    present_before = False
    lo, hi = _own_clause(text, start, end) if own else (0, len(text))
    if present and (p := _present_cue(text, start, end, _OWN_CLAUSE_END_RE if own else None)) is not None:
        best, best_dist = "present", abs(p)
        present_before = p >= 0
    mine = best is not None  # the best cue found so far is of the date's own clause (a present verb always is)
    cues = ((FUTURE_CUES_RE, "future"), (AHEAD_OF_RE, "ahead"), (_INTENT_RE, "future"), (PAST_CUES_RE, "past"))
    perfect: list[tuple[int, int]] = []
    if own:
        perfect = [(m.start(), m.end()) for m in _PERFECT_RE.finditer(text, lo, hi)]
        cues = ((_PERFECT_RE, "nearest"), (_MODAL_RE, "nearest"), (_EXPECTED_FOR_RE, "future"), *cues)
    report = REPORTING_AFTER_RE.match(text, end)  # ", X said Tuesday" after the date: the reporting's tense
    # a quotation the date is not in speaks in its own tense ('X told the BBC on Friday, "we will work"')
    quoted = [(q.start(), q.end()) for q in _QUOTED_RE.finditer(text) if not (q.start() <= start < q.end())]
    for rx, kind in cues if intent else [c for c in cues if c[0] is not _INTENT_RE]:
        for m in rx.finditer(text):
            if start <= m.start() < end or (kind == "past" and _COMPARISON_RE.match(text, m.start())):
                continue
            if kind == "ahead" and m.start() >= end:
                continue  # "deployed on Saturday ahead of the vote": the vote is ahead, not Saturday
            if m.start() >= end and (rx is _INTENT_RE or m.group(0).lower() == "called for"):
                continue  # "LaPierre in December called for guards in every school", "in April agreed to hold
                # talks": the date is when the past verb happened; its intention looks ahead only from before it
            if any(qs <= m.start() < qe for qs, qe in quoted):
                continue
            if own and kind == "past" and (any(ps <= m.start() < pe for ps, pe in perfect) or (
                    m.group(0).lower().endswith("ed")
                    and _BE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()))):
                continue  # "has agreed" is a perfect; "is to be formally sentenced", "are headed": a participle
            if _cue_in_name(text, m):
                continue  # "Will Artino got a chance", "the United States", "Planned Parenthood": names, no tense
            if report is not None and m.start() >= end and m.start() < report.end() and (present_before or any(
                    c.start() < start for c in FUTURE_CUES_RE.finditer(text, 0, start))):
                continue  # "will boost pensions as of Feb. 1, Putin said Tuesday": the future of what was said
            dist = start - m.end() if m.end() <= start else m.start() - end
            inside = lo <= m.start() < hi
            if (mine or kind == "nearest") and not inside:
                continue  # a perfect or a modal tells nothing of another clause's date ("have suggested that ...")
            if best_dist is None or (inside and not mine) or dist < best_dist or (
                    dist == best_dist and best == "present"):
                best, best_dist, mine = ("future" if kind == "ahead" else kind), dist, inside
    return best


#: A present perfect ("has set Dec. 14 as the last date", "has requested Jan. 21 as an execution date", "has canceled
#: all flights just prior to Jan. 1"): it takes no past date of its own ("has canceled on Jan. 1" is not written), so
#: a month-day in its clause is an object or a limit read from the article's day: the nearest occurrence.
_PERFECT_RE = re.compile(r"(?<!\bmay )(?<!\bmight )(?<!\bcould )(?<!\bwould )(?<!\bshould )(?<!\bmust )(?<!\bwill )"
                         r"\b(?:has|have|['’]ve)\s+(?:(?:not|already|also|just|now|\w+ly)\s+)?(?:been\s+)?"
                         r"(?:[a-z]{3,}ed|set|made|chosen|given|named|picked|put)\b", re.I)
#: "expected for July 10", "expected on Friday", "is poised to strike on August 22": an expected event, ahead
#: ("expected to", "set to" are future cues already).
_EXPECTED_FOR_RE = re.compile(r"\bexpected\s+(?:for|on|in|by|at|around|between)\b|\bpoised\s+to\b", re.I)
#: A modal of what may come ("a killer virus ... may attack computer hard drives on December 13", "can register"): read
#: from the article's day, either way ("could" is as often a past ability; "may have" is a past).
_MODAL_RE = re.compile(r"\b(?:may|might|can|cannot|can['’]t)\b(?!\s+(?:not\s+)?have\b)")  # lower case: not "May 30"
#: A form of "be" before a participle: "is to be formally sentenced May 3", "are headed over to Phortse on June 5th",
#: "when he's sentenced May 7": a passive or a state, no past ("was", "were" are past cues of their own).
_BE_BEFORE_RE = re.compile(r"(?:\b(?:is|are|am|be)|\w['’](?:s|re))\s+(?:(?:not|\w+ly)\s+)?$", re.I)

#: The words that may stand before a date opening its clause ("On Jan. 7, Jordan told Clinton ...").
_OPENING_RE = re.compile(r"\s*(?:(?:on|by|until|till|from|through|as\s+of|in|at)\s+)?", re.I)


def _own_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of the date at ``text[start:end]``, as :data:`_OWN_CLAUSE_END_RE` ends clauses: from the
    last clause end before the date to the first after it ("who will be sworn in on Feb 2" in "Chavez, who will be
    sworn in on Feb 2, appealed ..."); when the date opens its clause and a clause end follows it, the clause after
    it ("after April 29th business customers will be able to register", "On Jan. 7, Jordan told Clinton ...")."""
    lo = max((m.end() for m in _OWN_CLAUSE_END_RE.finditer(text, 0, start)), default=0)
    nxt = _OWN_CLAUSE_END_RE.search(text, end)
    hi = nxt.start() if nxt else len(text)
    if _OPENING_RE.fullmatch(text, lo, start) and (nxt is None or not text[end:hi].strip()):
        after = nxt.end() if nxt else end
        more = _OWN_CLAUSE_END_RE.search(text, after)
        return after, more.start() if more else len(text)
    return lo, hi


#: A present-tense verb ("The IOC Executive Board meets on Sunday", "New Orleans plays at Seattle on Saturday", "It is
#: not certain what their status is for Saturday", "is holding a seminar Tuesday") or the contracted future ("he'll
#: present his revision"): "is/are/'re" (not before a participle: "is reported missing" tells a past event in the
#: present) and the third person of verbs that schedule or report a coming event, chosen among those seldom a plural
#: noun ("votes", "heads" are not read: "electoral votes in November", "heads of state"). A plural present
#: ("Republicans then vote on Monday") is not read: without a parse it is a noun as often ("the vote on Monday"); nor
#: is "am" ("08: 30 am on Tuesday").
_PRESENT_RE = re.compile(
    r"\b(?:is|are)\b(?!\s+(?:not\s+)?(?:\w+ly\s+)?(?:[a-z]+ed|been|being)\b)|(?<=\w)['’](?:re|ll)\b|"
    r"\b(?P<s>advances|plays|faces|meets|hosts|visits|travels|arrives|appears|makes|goes|comes|wins|holds|"
    r"continues|ends|closes|runs|airs|takes|returns|prepares|expires?)\b", re.I)
#: The word before a noun, not before a verb: "the plays", "his wins", "two runs" are no present tense.
_NOUN_BEFORE_RE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|these|those|of|for|in|on|with|by|"
                             r"to|no|many|several|two|three|four|five|six|seven|eight|nine|ten|\d+)|['’]s)\s+$", re.I)
#: A chronology's entry: a date heading its line, then a dash or colon ("April 12 -- Reno meets ...").
_CHRONOLOGY_RE = re.compile(r"\s*(?:--|—|–|:|_)\s")
#: A habitual present: what recurs ("Normally the short rainy season ends in December", "is broadcast Monday evenings").
_HABITUAL_RE = re.compile(r"\b(?:normally|usually|often|typically|always|generally|traditionally|(?:every|each)\s+"
                          r"(?:day|week|month|year|morning|evening|night|" + WEEKDAY_PATTERN[3:-1] + r"))\b", re.I)
#: "from" before a noun phrase ends a clause ("is still working to come back from the devaluation of its currency in
#: January": the date is the devaluation's, a past event); "from May 3" is a range, and "from the expected arrival of
#: the flood crest on Sunday" names a coming one: neither is cut.
_FROM_A_NOUN = (r"from(?=\s+(?:the|a|an|its|his|her|their|this|that|these|those)\s(?!(?:expected|coming|upcoming|"
                r"forthcoming|planned|scheduled|likely|possible|next)\b))")
#: What ends a clause for :func:`_present_cue`: punctuation, a coordinating or subordinating word, a relative
#: pronoun, "after/since/following" (a date after them is earlier than the present state: "is recovering after
#: surgery Monday") and "from" before a noun phrase (:data:`_FROM_A_NOUN`). "and"/"or" between two dates joins them
#: ("this Friday and Saturday").
_CLAUSE_END_RE = re.compile(
    r"[,;:()]|\s[-–—]\s|\b(?:but|who|which|whom|whose|after|since|following|while|although|though|because|"
    + _FROM_A_NOUN + r"|(?:and|or)(?!\s+(?:early\s+|late\s+|on\s+)?" + WEEKDAY_PATTERN + r"\b))\b", re.I)
#: What ends a clause for :func:`_own_clause`: :data:`_CLAUSE_END_RE` but "and"/"or", which join nouns as often as
#: clauses ("opened in the United States and Canada on May 19", "by February or March next year"), and "because of"
#: ("viruses because of Jan. 1": a preposition).
_OWN_CLAUSE_END_RE = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:but|who|which|whom|whose|after|since|following|while|"
                                r"although|though|because(?!\s+of\b)|" + _FROM_A_NOUN + r")\b", re.I)
#: A sentence in title case (7 in 10 words of four letters or more capitalized) whose present verb is capitalized
#: too: a headline, whose present tells a past event ("Lohan Checks Into Rehab Thursday"); a short sentence of names
#: ("The IOC Executive Board meets on Sunday") is none.
_HEADLINE_SHARE = 0.7


def _present_cue(text: str, start: int, end: int, ends: re.Pattern[str] | None = None) -> int | None:
    """The distance (characters) from ``text[start:end]`` to the nearest present-tense verb of its own clause
    (:data:`_PRESENT_RE`), negative (``-1 - distance``) for a verb after the date, None when there is none: a verb
    before the date in its clause ("X advances to play Saturday", "meets on Sunday"), or after it when the date opens
    its clause ("On Tuesday, 33 delegates are at stake"). A date used as a noun's modifier ("the suspect in the Friday
    afternoon slaying"), a headline in title case, a chronology's entry ("April 12 -- Reno meets ...") are told in the
    present of a past event, and a habit ("Normally ... ends in December") names no one date: no cue. A verb inside a
    quotation the date is not in is not read."""
    if _attributive(text, start, end):
        return None
    words = _LONG_WORD_RE.findall(text)
    headline = bool(words) and sum(w[0].isupper() for w in words) >= _HEADLINE_SHARE * len(words)
    if _CHRONOLOGY_RE.match(text, end) and not text[:start].strip():
        return None  # "April 12 -- Reno meets with Florida relatives": a chronology's entry, told in the present
    ends = ends or _CLAUSE_END_RE
    lo = max((m.end() for m in ends.finditer(text, 0, start)), default=0)
    if text[lo:start].strip():
        window = (lo, start)
    else:  # the date opens its clause: the clause after it ("On Tuesday, 33 delegates are at stake")
        after = end + len(text[end:]) - len(text[end:].lstrip(" ,"))
        hi = next((m.start() for m in ends.finditer(text, after)), len(text))
        window = (after, hi)
    quoted = [(q.start(), q.end()) for q in _QUOTED_RE.finditer(text) if not (q.start() <= start < q.end())]
    if _HABITUAL_RE.search(text, *window):
        return None  # "Normally the short rainy season ends in December": what recurs, no one date
    best = None
    for m in _PRESENT_RE.finditer(text, *window):
        if any(qs <= m.start() < qe for qs, qe in quoted) or _cue_in_name(text, m):
            continue
        if headline and m.group(0)[:1].isupper():
            continue  # a headline capitalizes its verb: "Pop Star Checks Into Rehab Thursday"
        if m.group("s") and _NOUN_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "two runs", "his wins": a noun
        dist = start - m.end() if m.end() <= start else -(m.start() - end) - 1
        best = dist if best is None or abs(dist) < abs(best) else best
    return best


#: A capitalized word after a capitalized cue ("Will Artino", "United States", "Planned Parenthood").
_CAPITAL_NEXT_RE = re.compile(r"\s+([A-Z][a-z]+)")
#: A weekday or month name: after a capitalized cue it is the cue's own date ("Last Friday", "Earlier Monday").
_CALENDAR_WORD_RE = re.compile(r"(?:" + WEEKDAY_PATTERN + "|" + MONTH_PATTERN + r")\b")
#: Words of four letters or more, to tell a headline in title case ("Creighton Will Play Indiana State Saturday").
_LONG_WORD_RE = re.compile(r"\b[A-Za-z]{4,}\b")


def _cue_in_name(text: str, m: re.Match) -> bool:
    """Is the one-word tense cue ``m`` (of :data:`FUTURE_CUES_RE`, :data:`PAST_CUES_RE` ...) a word of a name: written
    with a capital and followed by a capitalized word that is no weekday or month ("Will Artino got a chance", "Drew
    Brees", "the Rose Garden", "the United States", "Planned Parenthood")? The modal before a name asks a question in
    lower case after it ("Will the Fed ...?"), and "Last Friday", "Earlier Monday" are cues. A headline in title case
    ("Creighton Will Play Indiana State") capitalizes its verbs too: there a cue stays a cue."""
    word = m.group(0)
    if not word[:1].isupper() or not word.isalpha():
        return False
    nxt = _CAPITAL_NEXT_RE.match(text, m.end())
    if nxt is None or _CALENDAR_WORD_RE.match(nxt.group(1)):
        return False
    words = _LONG_WORD_RE.findall(text)
    return sum(w[0].isupper() for w in words) * 10 < len(words) * 7  # not a headline (7 in 10 long words capitalized)


def _pick_year(m: int, d: int, anchor: dt.date, direction: str) -> When | None:
    """A month-day without year: the occurrence nearest the anchor on the
    clause's side of it (2 days' slack for time zones and late reports)."""
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        w = _day(y, m, d) if d else _month_span(y, m)
        if w:
            options.append(w)
    if not options:
        return None
    slack = dt.timedelta(days=2)
    if direction == "past-unless-far":  # "is effective December 31" on 23 December: this year's, 8 days ahead
        past = [w for w in options if w.start <= anchor + slack]
        ahead = [w for w in options if w.start > anchor + slack]
        if past and ahead and (min(ahead, key=lambda w: w.start).start - anchor) * FAR_PAST_FACTOR < (
                anchor - max(past, key=lambda w: w.start).start):
            direction = "nearest"
        else:
            direction = "past"
    if direction == "future":
        fit = [w for w in options if w.end >= anchor - slack]
    elif direction == "past":
        fit = [w for w in options if w.start <= anchor + slack]
    else:
        fit = options
    pool = fit or options
    return min(pool, key=lambda w: abs((w.start - anchor).days))


#: Without a tense cue a month-day is the past one, unless the coming one is this many times closer
#: ("His resignation is effective December 31" on 23 December 2018: 8 days ahead, not 357 back).
FAR_PAST_FACTOR = 10
#: What follows a date used as a noun's modifier ("the Oct. 31 crash", "the July 25 attack"): a known event.
_ATTRIBUTIVE_RE = re.compile(r"\s+(?!and\b|or\b|to\b|at\b|in\b|on\b|of\b|by\b|for\b|from\b)[a-z]{3,}\b")
#: The determiner before such a date: "the", a possessive ("his own Dec. 27th debate", "Newsmax's Dec. 27 debate").
_ATTRIBUTIVE_DETERMINER_RE = re.compile(
    r"(?:\b(?:the|his|her|its|their|our|my|your)|\w's|\w’s)(?:\s+own)?\s+$", re.I)


def _attributive(text: str, start: int, end: int) -> bool:
    """Is the date at ``text[start:end]`` a noun's modifier after a determiner ("the Oct. 31 crash", "his own Dec. 27th
    debate"): a known event, which dates no verb of its sentence?"""
    return bool(_ATTRIBUTIVE_RE.match(text, end) and _ATTRIBUTIVE_DETERMINER_RE.search(text[max(0, start - 14) : start]))


#: Quotations: straight, curly and wire (``...'') quote marks.
_QUOTED_RE = re.compile(r'"[^"]{2,}?"|“[^”]{2,}?”|``.{2,}?\'\'|``[^`]{2,}$|^[^`]{2,}?\'\'', re.S)
#: Comparisons that are no tense ("weeks earlier than planned").
_COMPARISON_RE = re.compile(r"\b(?:earlier|later|sooner)\s+than\b", re.I)

#: A weekday that dates a speech act already made (tl54, rd53's "Mr. Perry's statement on Tuesday", dated a week after
#: its article by the present "The new ad follows"): after a speech-act noun a possessive or a determiner introduces
#: ("Mr. Perry's statement on Tuesday", "his remarks Monday", "canceled a scheduled television interview Monday
#: night"), with no future cue before that phrase in the sentence ("will make an announcement on Tuesday" looks ahead).
#: The weekday is then the one before the article's day, whatever cue is nearer. (A weekday right after a past verb,
#: "said Tuesday", already reads back: that verb is its nearest cue.)
_SPEECH_ACT_BEFORE_RE = re.compile(
    r"(?:['’]s?|\b(?:his|her|their|its|the|a|an|this|that))\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(SPEECH_ACT_NOUNS + ("announcement", "speech", "testimony", "interview")) + r")s?\s+(?:(?:on|late|early)\s+)?$",
    re.I)


def _past_act_weekday(text: str, start: int) -> bool:
    """Does the weekday at ``start`` date a speech act already made (:data:`_SPEECH_ACT_BEFORE_RE`)? A cue inside the
    noun's phrase is none ("a scheduled television interview Monday night")."""
    m = _SPEECH_ACT_BEFORE_RE.search(text, max(0, start - 80), start)
    return m is not None and not FUTURE_CUES_RE.search(text, 0, m.start())


#: Expression kinds whose direction a present-tense clause (:func:`_present_cue`) or a schedule word sets.
_PRESENT_KINDS = frozenset({"wd", "md", "dm", "m"})
#: A schedule word just before a date: the start of what is told, the occurrence nearest the article's day
#: ("Beginning April 29th, business customers ... can register" in a story of 24 April; "another lease on life,
#: beginning Tuesday"), whatever the tense of the clause ("interested" there is an adjective, no past).
_SCHEDULE_BEFORE_RE = re.compile(r"\b(?:beginning|starting|effective)(?:\s+on)?\s+$", re.I)

#: A deadline's word just before a month-day ("by April 1", "until March 7", "before July 1").
_DEADLINE_BEFORE_RE = re.compile(r"\b(?:by|until|till|through|before)\s+$", re.I)

#: A weekday's own clause looking ahead with no past of its own (:func:`_own_clause_ahead`): "is expected as early
#: as Thursday", "as soon as Monday" besides :data:`FUTURE_CUES_RE` and :data:`_EXPECTED_FOR_RE`.
_AS_EARLY_AS_RE = re.compile(r"\bas\s+(?:early|soon)\s+as\b", re.I)


def _own_clause_ahead(text: str, start: int, end: int) -> bool:
    """Does the clause of the weekday at ``text[start:end]`` (:func:`_own_clause`) look ahead with no past of its own:
    a future cue there (:data:`FUTURE_CUES_RE`, :data:`_EXPECTED_FOR_RE`, :data:`_AS_EARLY_AS_RE`; not in a name, nor
    in a quotation the date is not in) and no past cue ("the Cabinet, due to meet Tuesday, was balking", "an agreement
    is expected as early as Thursday": DUC 2004, rd55)? Only the future is read so for weekdays, never the clause's
    perfect or modal "nearest" (tl49: "has scheduled a hearing for Monday" means the coming Monday)."""
    lo, hi = _own_clause(text, start, end)
    quoted = [(q.start(), q.end()) for q in _QUOTED_RE.finditer(text) if not (q.start() <= start < q.end())]

    def cues(rx: re.Pattern[str]) -> list[re.Match]:
        return [m for m in rx.finditer(text, lo, hi) if not (start <= m.start() < end) and not _cue_in_name(text, m)
                and not any(qs <= m.start() < qe for qs, qe in quoted)]

    if any(not _COMPARISON_RE.match(text, m.start()) and not (  # "is expected", "are scheduled": a participle
            m.group(0).lower().endswith("ed") and _BE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()))
           for m in cues(PAST_CUES_RE)):
        return False
    return bool(cues(FUTURE_CUES_RE) or cues(_EXPECTED_FOR_RE) or cues(_AS_EARLY_AS_RE))


#: Expression kinds whose tense is read in their own clause first (:func:`_own_clause`): of the 81 month-days the five
#: sets showed in the year before their article while the coming one was near, 11 meant the coming one with a future
#: or present in their own clause and a nearer past cue in another ("Chavez, who will be sworn in on Feb 2, appealed").
#: Weekdays are not read so yet: there the perfect's and modal's "nearest" misreads ("has scheduled a hearing for
#: Monday" is the coming Monday, not the nearer one before); see docs/analysis-labels.md (tl49). Only a weekday's own
#: clause looking ahead is read (:func:`_own_clause_ahead`, rd55).
_OWN_CLAUSE_KINDS = frozenset({"md", "dm", "m"})

#: A move of a date to a new one just before it ("moved the election to March 26", "pushing the online ordering date
#: back from April 24 to April 29", "had been postponed from Wednesday to Feb. 10"), a date set for what it names
#: ("which on Monday set oral arguments for May 8") or awaited ("ordered taken into custody pending sentencing Sept.
#: 13"): the new date is the occurrence nearest the article's day, whatever the past of the move, unless a future cue
#: already looks ahead ("have voted to move their primary to Feb. 19" in June 1999: February 2000). 6 of the 39 coming
#: month-days read into the year before on the five sets were such (all 6 now right, no other date changed).
_MOVED_TO_RE = re.compile(r"(?:\b(?:postpon|delay|mov|push|reschedul|shift|put\s+off|pushed|bump)\w*\b[^,;.:]{0,70}?"
                          r"\bto|\bset\s+(?:[\w'’-]+\s+){1,4}for|\bpending(?:\s+[a-z]+){0,2})"
                          r"\s+(?:(?:early|late|mid)-?\s*)?$", re.I)
#: "this year", "next year", "last year" just after a month or month-day, maybe after another joined to it ("October 1,
#: this year", "February or March next year", "October 31 last year"): the year it names (13 dates changed on the five
#: sets, all 13 right: "In April last year" had been read as this April).
_YEAR_AFTER_RE = re.compile(r"(?:\s*(?:-|–|,?\s+(?:and|or|to|through))\s*(?:" + MONTH_PATTERN + r")\.?(?:\s+[0-3]?\d"
                            r"(?:st|nd|rd|th)?)?|\s*-\s*[0-3]?\d)?,?\s+(?:of\s+)?(?P<w>this|next|last)\s+year\b", re.I)


#: A range's last day and its year after a month-day ("Oct. 12-13, 1992", "May 4-5, 1999"): the range's year.
_RANGE_YEAR_RE = re.compile(r"\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?,?\s+(?P<y>(?:1[89]|20)\d\d)\b")
#: A range's last month, maybe with its day, and the year after it ("From January to November 1998", "January-March
#: 2010", "from Jan. 5 to Feb. 3, 2010", "in June and August 2009"): the year the first month is in (the year before
#: when the range runs over a new year, "December to February 2010"). Without it the first month was read alone, as
#: the occurrence nearest the article's day.
_MONTH_RANGE_YEAR_RE = re.compile(r"\s*(?:[-–]|\s(?:to|through|until|till|and|or))\s*(?P<m>" + MONTH_PATTERN
                                  + r")\.?(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?,?\s+(?P<y>(?:1[89]|20)\d\d)\b", re.I)


def _year_after(text: str, end: int, anchor: dt.date, month: int | None = None) -> int | None:
    """The year that "this year", "next year" or "last year" just after a date ending at ``end`` names
    (:data:`_YEAR_AFTER_RE`), counted from ``anchor``, or the year written after a range's last day
    (:data:`_RANGE_YEAR_RE`) or last month (:data:`_MONTH_RANGE_YEAR_RE`, for a date in ``month``); None when none
    follows."""
    if r := _RANGE_YEAR_RE.match(text, end):
        return int(r.group("y"))
    if month is not None and (r := _MONTH_RANGE_YEAR_RE.match(text, end)):
        return int(r.group("y")) - (month > _month(r.group("m")))
    m = _YEAR_AFTER_RE.match(text, end)
    if m is None:
        return None
    return anchor.year + {"this": 0, "next": 1, "last": -1}[m.group("w").lower()]


#: Expression kinds that need the publication day itself, not just a year.
_NEEDS_DAY = frozenset({"ago", "relunit", "weekend", "relday", "wd"})


#: a number and "or" / "to" right before an "ago" count: a range of years ("five or ten years ago", "two to three")
_AGO_RANGE_RE = re.compile(r"\b(?:\d+|" + "|".join(AGO_NUMBERS) + r")\s+(?:or|to)\s+$", re.I)
#: "the" right before "next year" / "last year" / "previous year"
_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.I)


#: The words that make a weekday a deadline: "by Friday", "until Sunday".
_DEADLINE_MODS = frozenset({"by", "until"})


def _weekday_deadline(kind: str, mod: str) -> bool:
    """Is a weekday a deadline ("by Friday", "until Sunday"), so a verb of intention before it looks ahead as it does
    for a month-day (:func:`tense`'s ``intent``): "urging them to quickly pass the country's share ... by Friday"
    (ECB+ T08, a Wednesday) is the coming Friday, not the last. A weekday that is no deadline keeps intention verbs
    out: "agreed on Monday to hold talks" tells when they agreed (tle62)."""
    return kind == "wd" and mod in _DEADLINE_MODS


def resolve(mo: re.Match, text: str, anchor: dt.date | None, weak: bool = False,
            written: bool = False) -> tuple[When | None, bool]:
    """The date a match of :data:`_DATE_RE` refers to, and whether it is a "since".

    ``weak``: the anchor is only a date written in the text, good for the year
    of "June 1" but not for "on Monday" or "yesterday" (left unresolved).
    ``written``: the anchor is the latest full date written in this article's own text, so its publication
    date is at or after it: a month or month-day without a year that no future cue places is the
    occurrence nearest the anchor, before or after it."""
    kind = mo.lastgroup[1:]
    g = {k.split("_", 1)[1]: v for k, v in mo.groupdict().items() if v is not None and k.startswith(kind + "_")}
    mod = (g.get("mod") or "").lower().strip()
    since = mod.startswith("since") or text[max(0, mo.start() - 6) : mo.start()].lower().strip() == "since"
    if kind == "iso":
        return _day(int(g["y"]), int(g["mo"]), int(g["d"])), since
    if kind in ("mdy", "dmy"):
        return _day(int(g["y"]), _month(g["m"]), int(g["d"])), since
    if kind == "my":
        return _month_span(int(g["y"]), _month(g["m"])), since
    if kind == "y":
        if mod == "the" and not re.match(r"\s+[a-z]", text[mo.end() : mo.end() + 3]):
            return None, False  # "the 2011" must be followed by a noun ("the 2011 uprising")
        y = int(g["y"])
        return When(dt.date(y, 1, 1), dt.date(y, 12, 31), "year"), since
    if anchor is None or (weak and kind in _NEEDS_DAY):
        return None, since
    direction = tense(text, mo.start(), mo.end(), intent=kind in ("md", "dm", "m") or _weekday_deadline(kind, mod),
                      present=kind in _PRESENT_KINDS and not since, own=kind in _OWN_CLAUSE_KINDS)
    if direction == "present":  # a present-tense clause tells what is on or coming: "meets on Sunday" (Thursday)
        direction = "future"
    if kind == "wd" and direction == "past" and _own_clause_ahead(text, mo.start(), mo.end()):
        direction = "future"  # "the Cabinet, due to meet Tuesday, was balking": the coming Tuesday (rd55)
    if direction == "nearest" and since:  # "has risen since March 3": a perfect with "since" counts from a past day
        direction = "past"
    if (kind in _OWN_CLAUSE_KINDS and not since and direction != "future"
            and _MOVED_TO_RE.search(text[max(0, mo.start() - 90) : mo.start()])):
        direction = "nearest"  # "moved the election to March 26", "postponed from Wednesday to Feb. 10": a new date
    if kind in _OWN_CLAUSE_KINDS and (y := _year_after(text, mo.end(), anchor, _month(g["m"]))) is not None:
        m = _month(g["m"])  # "with effect from October 1, this year", "by February or March next year"
        return (_day(y, m, int(g["d"])) if kind in ("md", "dm") else _month_span(y, m)), since
    if (kind in _PRESENT_KINDS and not since and direction != "future"
            and _SCHEDULE_BEFORE_RE.search(text, max(0, mo.start() - 14), mo.start())):
        direction = "nearest"  # "Beginning April 29th, business customers ... can register" (24 April): the 29th
    if written and kind in ("md", "dm", "m") and direction != "future" and mod not in ("last", "next"):
        # the anchor is the latest date the text writes, not its publication date (which is at or after it):
        # a past month-day may lie after it, so the occurrence nearest it is meant ("on May 4, the search was
        # extended" in an undated article whose latest written date is 1 April 2010: 4 May 2010)
        direction = "nearest"
    if kind in ("md", "dm"):
        if _attributive(text, mo.start(), mo.end()):
            direction = "nearest"  # "the Oct. 31 crash": a known event, whatever the clause's tense
        elif direction is None and re.search(r"\b(?:by|until|till|through)\s+$", text[max(0, mo.start() - 8) : mo.start()],
                                             re.I):
            direction = "future"  # a deadline with no tense cue: "to finish the building by April 1"
        elif direction == "past" and _DEADLINE_BEFORE_RE.search(text, max(0, mo.start() - 8), mo.start()):
            # a deadline read past by a verb elsewhere in the sentence ("has until March 7 to appeal", "said ... the
            # boy should be sent back to Cuba by Jan. 14"): the occurrence nearest the article's day. Of the 14 such in
            # the five sets' timelines, 9 meant the coming one (all 9 read in the year before), 5 a recent one ("By
            # Feb. 26, most people thought the worst was over", "at large until Dec. 7"): unchanged by "nearest"
            direction = "nearest"
        elif direction is None:  # no tense cue: the past, as news mostly reports what happened, unless far
            direction = "past-unless-far"
        return _pick_year(_month(g["m"]), int(g["d"]), anchor, direction), since
    if kind == "m":
        m = _month(g["m"])
        if mod == "last":
            y = anchor.year if m < anchor.month else anchor.year - 1
            return _month_span(y, m), since
        if mod == "next":
            y = anchor.year if m > anchor.month else anchor.year + 1
            return _month_span(y, m), since
        if mod.startswith("later"):
            direction = "future"
        return _pick_year(m, 0, anchor, direction or "past"), since
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else AGO_NUMBERS.get(g["n"].lower(), 1)
        u = g["u"].lower()
        if u == "year" and _AGO_RANGE_RE.search(text, 0, mo.start()):
            return None, since  # "five or ten years ago": a range, no one year (D0627I's "1988"); "a few years ago"
            # is still placed (a few = 3) and shown "as of" the article's date by the glosses
        if n * {"day": 1, "week": 7, "month": 31, "year": 366}[u] >= (anchor - dt.date(1, 1, 1)).days:
            return None, since  # "2000 years ago": before the calendar's first year
        if u == "day":
            x = anchor - dt.timedelta(days=n)
            return When(x, x, "day"), since
        if u == "week":
            x = anchor - dt.timedelta(weeks=n)
            return _week(x), since
        if u == "month":
            return _month_span(*_shift_month(anchor.year, anchor.month, -n)), since
        return When(dt.date(anchor.year - n, 1, 1), dt.date(anchor.year - n, 12, 31), "year"), since
    if kind == "relunit":
        u = g["u"].lower()
        if u == "year" and mod in ("next", "last", "previous") and _THE_BEFORE_RE.search(text, 0, mo.start()):
            return None, since  # "the next year" counts from the story's own time ("received a degree in 1926, and
            # the next year married"), "in the last year" is the twelve months up to the article: no calendar year
        if mod == "past":  # "died in the past year", in an article of 15 December 1998: the twelve months up to
            return None, since  # the article, not 1997; the article's own date already says when that is
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "late last": -1,
                "early last": -1}.get(mod, 0)
        if u == "week":
            return _week(anchor + dt.timedelta(weeks=step)), since
        if u == "weekend":
            return _weekend(anchor, -1 if step <= 0 and mod != "this" else 1), since
        if u == "month":
            return _month_span(*_shift_month(anchor.year, anchor.month, step)), since
        y = anchor.year + step
        return When(dt.date(y, 1, 1), dt.date(y, 12, 31), "year"), since
    if kind == "weekend":
        return _weekend(anchor, 1 if direction == "future" else -1), since
    if kind == "relday":
        off = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["w"].lower()]
        x = anchor + dt.timedelta(days=off)
        return When(x, x, "day"), since
    if kind == "wd":
        wd = WEEKDAYS[g["wd"].lower()]
        if mod in ("next", "coming"):
            direction = "future"
        elif mod == "last" or _past_act_weekday(text, mo.start()):
            direction = "past"  # "last Friday"; "Mr. Perry's statement on Tuesday" (tl54)
        elif direction is None and mod in ("by", "until"):
            # a deadline with no tense cue looks ahead ("The goal is passage by Friday", "have until Monday at noon
            # to register"): 3 of the 4 such in the dated summarization articles (36 more "by/until" had a cue)
            direction = "future"
        if direction == "nearest":  # "beginning Tuesday": the Tuesday nearest the article's day
            ahead, back = (wd - anchor.weekday()) % 7, (anchor.weekday() - wd) % 7
            x = anchor + dt.timedelta(days=ahead if ahead <= back else -back)
            return When(x, x, "day"), since
        if direction == "future":  # weekdays default to the past: news reports what happened
            # "is to attend a ceremony Wednesday" in a Wednesday story is that day (wire style names the current
            # day by its weekday): of 73 future-cued weekdays naming the article's own day in the dated DUC 2003,
            # DUC 2006, MultiLing and BASIL articles (1,877), read one by one, 66 meant that day, 2 a week on (a Monday
            # story's "takes off on Saturday ... should grab Hubble early Monday"), 5 no date ("each Monday");
            # "next Monday" is a week on
            delta = (wd - anchor.weekday()) % 7 or (7 if mod in ("next", "coming") else 0)
        else:
            delta = -((anchor.weekday() - wd) % 7)
            if delta == 0 and mod == "last":
                delta = -7
        x = anchor + dt.timedelta(days=delta)
        return When(x, x, "day"), since
    return None, since


def _week(x: dt.date) -> When:
    start = x - dt.timedelta(days=x.weekday())
    return When(start, start + dt.timedelta(days=6), "week")


def _weekend(anchor: dt.date, direction: int) -> When:
    if direction < 0:
        sat = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7 or 7)
        if anchor.weekday() == 6:
            sat = anchor - dt.timedelta(days=1)
    else:
        sat = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
    return When(sat, sat + dt.timedelta(days=1), "weekend")


#: A quoted name that is all in title case and nothing else ('"This Week"', '“Today”'), opening on its quote mark.
_TITLE_QUOTED_RE = re.compile(r"[\"“](?:[A-Z][a-z]*\s?){1,3}[,.]?[\"”]")


def _in_name(text: str, start: int, word: str) -> bool:
    """Is ``word`` ("Today", "Tomorrow", "Yesterday", "Tonight"), written in title case inside a sentence (after a
    word or a comma, not at its start nor after a stop, a colon or a quote mark), a word of a name: "USA Today",
    "NBC's Today", "Behavioral Healthcare Tomorrow magazine", "Americans for a Better Tomorrow, Tomorrow", "the
    Tonight Show"? In prose the day is written in lower case there ("said today")."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    before = text[:start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


#: "every" or "each" right before a weekday: a recurring day, no date ("you don't need to be in the pew every Sunday"
#: was dated the Sunday before the article, in the timeline and in the brief's gloss; "each Monday night").
_EVERY_BEFORE_RE = re.compile(r"\b(?:every|each)\s+(?:other\s+|single\s+)?(?:" + WEEKDAY_PATTERN
                              + r",?\s+(?:and\s+|or\s+)?)*$", re.I)  # (and the weekdays it lists: "Every Tuesday and Thursday")


#: Where a match of :data:`_DATE_RE` can start: every branch opens with ``\b`` and a letter or digit, so only at a
#: word's first character.
_WORD_START_RE = re.compile(r"\b\w")


def date_matches(text: str) -> list[re.Match]:
    """``list(_DATE_RE.finditer(text))``, the same matches, with :data:`_DATE_RE` tried only at word starts
    (:data:`_WORD_START_RE`) instead of at every character through its 14 branches: about half the pattern's
    time on the sentences that may hold a date (perf60; tests/test_analysis_speed_perf60.py compares the two on
    real sentences)."""
    out: list[re.Match] = []
    pos = 0
    match = _DATE_RE.match
    for w in _WORD_START_RE.finditer(text):
        at = w.start()
        if at < pos:
            continue
        mo = match(text, at)
        if mo is not None:
            out.append(mo)
            pos = mo.end() if mo.end() > at else at + 1
    return out


def find_dates(text: str, anchor: dt.date | None, weak: bool = False,
               written: bool = False) -> list[tuple[int, int, str, When, bool]]:
    """Every resolvable date expression in ``text``: (start, end, expression, when, since).

    ``written``: the anchor is the latest date the article itself writes (see :func:`resolve`)."""
    out: list[tuple[int, int, str, When, bool]] = []
    matches: list[re.Match] = []
    if not may_hold_date(text):
        return out
    for mo in date_matches(text):
        if _TITLE_QUOTED_RE.match(text, max(0, mo.start() - 1)) and mo.lastgroup[1:] in _NEEDS_DAY | {"relunit"}:
            continue  # a programme's name: ABC's "This Week", NBC's "Today" show
        if mo.lastgroup[1:] == "relday" and _in_name(text, mo.start(), mo.group(0)):
            continue  # "USA Today", "Behavioral Healthcare Tomorrow magazine", "told the Today Show"
        if mo.lastgroup == "_wd" and _EVERY_BEFORE_RE.search(text, max(0, mo.start() - 60), mo.start()):
            continue  # "in the pew every Sunday", "each Monday night": what recurs names no day
        when, since = resolve(mo, text, anchor, weak, written)
        if when is not None:
            expr = mo.group(0)
            if expr.endswith(".") and not re.search(r"\b(?!May)[A-Z][a-z]{2,3}\.$", expr):
                expr = expr[:-1]  # "early May." ends a sentence; "Sept." is an abbreviation
            out.append((mo.start(), mo.end(), expr, when, since))
            matches.append(mo)
    return _weekday_with_its_date(text, out, matches, anchor)


def _weekday_with_its_date(text: str, out: list, matches: list[re.Match], anchor: dt.date | None) -> list:
    """A weekday written with its date ("seminar Tuesday, April 20", "Rose Garden Monday, July 13, 2009", "on Sunday,
    January 16") is that date, not the weekday read by the clause's tense: the weekday and the month-day are one
    date. A month-day without year takes the year (of the anchor's, the one before or after) in which it falls on
    that weekday, nearest the anchor ("on Sunday, January 16" in an article of 8 January 2005: 2005, not 2004); when
    none does, both take the month-day's reading. Of the 40 such pairs in the five sets' timelines, 19 were dated
    apart, and the written date was the day meant in each."""
    for i in range(len(out) - 1):
        wd, md = matches[i], matches[i + 1]
        if wd.lastgroup != "_wd" or md.lastgroup not in ("_md", "_dm", "_mdy", "_dmy"):
            continue
        if not re.fullmatch(r",?\s+", text[wd.end() : md.start()]):
            continue
        when = out[i + 1][3]
        if md.lastgroup in ("_md", "_dm") and anchor is not None:
            kind = md.lastgroup[1:]
            day = WEEKDAYS[wd.group("wd_wd").lower()]
            m, d = _month(md.group(f"{kind}_m")), int(md.group(f"{kind}_d"))
            fits = [x for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                    if (x := safe_date(y, m, d)) is not None and x.weekday() == day]
            if fits:
                x = min(fits, key=lambda x: abs((x - anchor).days))
                when = When(x, x, "day")
                out[i + 1] = (*out[i + 1][:3], when, out[i + 1][4])
        out[i] = (*out[i][:3], when, out[i][4])
    return out


def dateline_date(text: str, year_hint: dt.date | None) -> dt.date | None:  # noqa: D401
    """The date of a wire dateline "Jan. 14 (UPI) --" at the start of ``text``."""
    m = re.match(r"^\s*(?:[A-Z][A-Za-z.,\- ]{0,40}?,?\s+)?" + _M.format(g="m") + r"\s+" + _D.format(g="d")
                 + r"\s*\([A-Za-z ]{2,20}\)\s*(?:--|—|–|_)", text)
    if not m or year_hint is None:
        return None
    w = _pick_year(_month(m.group("m")), int(m.group("d")), year_hint, "past")
    return w.start if w else None


#: Month-years ("in March 2007"): a last resort for an anchor when no article writes a full date.
_MONTH_YEAR_RE = re.compile("|".join(f"(?P<_{k}>{p.replace('(?P<', f'(?P<{k}_')})" for k, p in _PATTERNS
                                     if k == "my"))


def _latest(rx: re.Pattern[str], text: str, edge: str) -> dt.date | None:
    """The latest ``start`` or ``end`` (``edge``) of the dates ``rx`` finds in ``text``, in one linear pass."""
    best = None
    for mo in rx.finditer(text):
        w, _ = resolve(mo, text, None)
        if w and (best is None or getattr(w, edge) > best):
            best = getattr(w, edge)
    return best


def latest_month_year(text: str) -> dt.date | None:
    """The last day of the latest month-year ("March 2007") written in ``text``."""
    return _latest(_MONTH_YEAR_RE, text, "end")


_YEAR_RE = re.compile(r"(?<![\d,.$])\b(?:1[89]\d\d|20\d\d)\b(?![,.]?\d)")


def years_written(text: str) -> set[int]:
    """Every year ``text`` writes as a number ("the 2016 presidential election", "since July 2014")."""
    return {int(m.group(0)) for m in _YEAR_RE.finditer(text)}


def latest_explicit(text: str) -> dt.date | None:
    """The latest full date (with year) written in ``text``: :func:`newsbrief.dates.latest_full_date`, the one reader
    of full dates (ingest reads an article's time stamp with it too), one linear pass (a 5 MB body is read in well
    under a second)."""
    return latest_full_date(text)


# -- events ---------------------------------------------------------------------------


@dataclass
class Event:
    """One dated event: the sentences (from one or more outlets) that date it, and ``also``, the other dates those
    sentences name (left in their words: a sentence is shown in one row, :func:`one_row_per_sentence`)."""

    when: When
    mentions: list[DateMention]
    also: list[DateMention] = field(default_factory=list)

    @property
    def until(self) -> list[DateMention]:
        """The ``also`` mentions that end a span the row's own date starts in the same sentence ("from November 15,
        2003, to January 15, 2004", "Wednesday through Sunday"; :func:`span_end`): the row reads as a range."""
        return [x for m in self.mentions if (x := span_end(m, self.also)) is not None]

    @property
    def sources(self) -> list[Source]:
        return outlets_of([m.sent for m in self.mentions])

    def to_dict(self) -> dict[str, Any]:
        first = self.mentions[0]
        return {
            "date": self.when.label,
            "start": self.when.start.isoformat(),
            "end": self.when.end.isoformat(),
            "granularity": self.when.granularity,
            "display": vague_display(self),
            "since": any(m.since for m in self.mentions),
            # a target's, forecast's or term's bound (rd57): the row reads "by 2020", "until 2012"; only when every
            # mention of the row is one (a row that also dates an event in that year shows the year alone)
            "bound": self.mentions[0].bound if all(m.bound for m in self.mentions) else "",
            "text": " ".join(first.sent.text.split()),
            "expressions": sorted({m.expression for m in self.mentions}),
            "sources": [s.n for s in self.sources],
            "outlets": [s.label for s in self.sources],
            "citations": [cite_dict(m.sent.cite(), m.sent.source.n) for m in self._first_per_sentence()],
            "also": [{"date": w.label, "display": w.display, "expressions": sorted({m.expression for m in ms})}
                     for w, ms in _by_date(self.also)],
            # a span's end (tl54): the row reads "<display> to <until.display>"; the end stays in "also" too
            "until": next(({"date": w.label, "display": w.display, "end": w.end.isoformat(),
                            "expressions": sorted({m.expression for m in ms})}
                           for w, ms in _by_date(self.until)[-1:]), None),
        }

    def _first_per_sentence(self) -> list[DateMention]:
        out, seen = [], set()
        for m in self.mentions:
            key = (m.sent.source.n, m.sent.index)
            if key not in seen:
                seen.add(key)
                out.append(m)
        return out


def vague_display(e: Event) -> str:
    """The row's date as shown: :attr:`When.display`, but for a row every mention of which is a vague count ("a few
    years ago", "several months ago": placed with a few = 3, :func:`resolve`) "about <date>, '<expression>' as of
    <the article's date>", as the summary's glosses show it (:data:`newsbrief.dates.VAGUE_COUNT_RE`): a bare
    "1995" beside "a few years ago" in a 1998 article claims a year no article gave (tle62)."""
    if not all(VAGUE_COUNT_RE.search(m.expression) for m in e.mentions):
        return e.when.display
    first = e.mentions[0]
    src = first.sent.source
    anchor = getattr(src, "anchor", None)
    if anchor is None:
        return f"about {e.when.display}, '{first.expression}'"
    weak = getattr(src, "anchor_from", None) in _WRITTEN_ANCHORS
    day = anchor.strftime("%Y") if weak else f"{anchor.day} {anchor.strftime('%b %Y')}"
    return f"about {e.when.display}, '{first.expression}' as of {day}"


@dataclass
class DateDisagreement:
    """One fact dated differently by different outlets."""

    text: str
    versions: list[tuple[When, list[DateMention]]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "versions": [
                {
                    "date": w.label,
                    "display": w.display,
                    "expressions": sorted({m.expression for m in ms}),
                    "sources": sorted({m.sent.source.n for m in ms}),
                    "outlets": [s.label for s in _sources(ms)],
                    "citations": [cite_dict(m.sent.cite(), m.sent.source.n) for m in ms],
                }
                for w, ms in self.versions
            ],
        }


def _sources(ms: list[DateMention]) -> list[Source]:
    return outlets_of([m.sent for m in ms])


def _by_date(ms: list[DateMention]) -> list[tuple[When, list[DateMention]]]:
    """``ms`` grouped by the date they resolve to, earliest first."""
    out: dict[str, tuple[When, list[DateMention]]] = {}
    for m in ms:
        out.setdefault(m.when.label, (m.when, []))[1].append(m)
    return sorted(out.values(), key=lambda x: (x[0].start, x[0].end))


#: A relative word opening the clause a date is in ("Autobytel, which will introduce its service today, hinted
#: yesterday ...", "a former senator who investigated it said Wednesday", "met Welch in 1989, when Salt Lake City was
#: bidding"): the date tells that clause's background, not what the sentence reports. ("that" is left out: a
#: complement clause is often the sentence's news, "acknowledged last week that it failed in 1995".)
_RELATIVE_RE = re.compile(r"\b(?:which|who|whom|whose|when|where)\b", re.I)
#: What ends a clause before a date: a comma, a semicolon, a dash, a parenthesis or a colon.
_CLAUSE_START_RE = re.compile(r"[,;:()]|\s[-–—]\s")
#: "that" after a word and before its clause's verb: a relative clause after a noun ("a factory in Khartoum that
#: American cruise missiles destroyed last week", "The EgyptAir flight that crashed on Oct. 31", "a centrist group that
#: was fourth in elections last month"), unless the word is a verb or a conjunction whose complement it opens ("said
#: that", "believed that", "so that"): a speech form, a word in -ed, or one of :data:`_COMPLEMENT_WORDS`. The verb
#: comes within four words, none a pronoun, a preposition or a conjunction (a complement's own subject and phrases:
#: "recommend to the FAA that recorders holding ...", "ruled this summer that the Census Bureau's plans to use ...",
#: "forget that in 1998 we recorded ...", "including that of ...", a subjunctive "that new cars be tested").
_THAT_RE = re.compile(r"\b([A-Za-z'’]+)\s+that\s+((?:[A-Za-z'’.]+\s+){0,4}?)(?:[a-z]+ed|was|were|is|are|has|had|have|"
                      r"will|would|could|can|may|might|began|made|led|met|won|lost|left|took|came|went|fell|rose)\b")
_COMPLEMENT_WORDS = frozenset({"so", "now", "such", "is", "was", "are", "were", "be", "been", "than", "and", "but", "or",
                               "not", "know", "knew", "think", "thought", "hope", "fear", "believe", "show", "shows",
                               "found", "mean", "means", "given", "except", "fact", "forget", "see", "me", "us",
                               "him", "her", "them", "including"})
_NOT_IN_SUBJECT = frozenset({"i", "we", "you", "he", "she", "it", "they", "in", "on", "at", "of", "to", "for", "from",
                             "by", "with", "if", "when", "although", "though", "because", "while", "as", "there",
                             "be"})
#: A plan the sentence says was dropped ("originally scheduled for mid-October but delayed ..."): its date is no event.
_SUPERSEDED_RE = re.compile(r"\b(?:originally|initially|previously)\b", re.I)


def _relative_that(text: str, lo: int, hi: int) -> bool:
    """Does a relative "that" (:data:`_THAT_RE`) open between ``lo`` and ``hi``?"""
    for mo in _THAT_RE.finditer(text[lo:hi]):
        w, between = mo.group(1).lower(), mo.group(2).lower().split()
        if (w not in SPEECH_FORMS and not w.endswith("ed") and w not in _COMPLEMENT_WORDS
                and not _NOT_IN_SUBJECT.intersection(between)):
            return True
    return False


def _background(m: DateMention) -> int:
    """How far ``m`` dates a sentence's background rather than its report: 0 not at all; 1 a date in a relative
    clause (a "that" after a noun too), a "since" date (what still holds, "no meetings since Friday"), a dropped
    plan's ("originally scheduled for mid-October but delayed"), a wire dateline's or a target's year ("by 2020",
    :func:`_bound`); 2 a noun's modifier ("the 1998 games", "his Saturday
    newspaper"), which dates no verb at all (so "the 1999 fiscal year was one of the requests that met with little
    opposition in Congress this year" reads this year)."""
    text = m.sent.text
    # the expression may hold its determiner itself ("the 1997" in "analyze the 1997 female-adolescent data")
    if (re.match(r"(?i)the\s", m.expression) and _ATTRIBUTIVE_RE.match(text, m.end)) or _attributive(text, m.start, m.end):
        return 2
    lo = max((c.end() for c in _CLAUSE_START_RE.finditer(text, 0, m.start)), default=0)
    if _DATELINE_AFTER_RE.match(text, m.end):
        return 1  # a wire dateline inside the sentence ("HANOI, January 28 (xinhua) -- The number of malaria deaths
        # in Vietnam last year dropped ..."): the day it was filed, which date_mentions drops on an article's first line
    return int(m.since or bool(m.bound) or bool(_RELATIVE_RE.search(text, lo, m.start) or _SUPERSEDED_RE.search(text, lo, m.start))
               or _relative_that(text, lo, m.start))


#: What joins a span's start to its end: "to" or "until" after a "from" before the start ("from November 15, 2003, to
#: January 15, 2004"), "and" after a "between", or "through" / a dash alone ("Wednesday through Sunday").
_SPAN_JOIN_RE = re.compile(r"\s*,?\s*(?:(?P<to>to|until|till)|(?P<and>and)|through|thru|[-–—])\s*", re.I)
_SPAN_FROM_RE = re.compile(r"\b(?:from|between)\s+$", re.I)
#: A move of a date ("postponed the vote from Monday to Friday", "moved ... from March 5 to March 26"): no span.
_MOVED_FROM_RE = re.compile(r"\b(?:postpon|delay|mov|push|reschedul|shift|put\s+off|bump|chang|brought|bring)\w*\b"
                            r"[^,;.:]{0,70}$", re.I)


def span_end(m: DateMention, others: list[DateMention]) -> DateMention | None:
    """The mention of ``others`` that ends a span ``m`` starts in the same sentence, or None: it follows ``m`` joined by
    :data:`_SPAN_JOIN_RE` ("to"/"until" only after a "from" before ``m``, "and" only after a "between"), its date
    lies after ``m``'s, and no move of a date ("postponed ... from Monday to Friday") comes before ``m``. tl53 shows
    such a sentence once, under its start, the end as an ``also``; the row reads as the range it tells."""
    text = m.sent.text
    head = text[max(0, m.start - 90) : m.start]
    opened = _SPAN_FROM_RE.search(head) or re.match(r"(?i)(?:from|between)\s", m.expression)
    for x in others:
        if x.sent is not m.sent or x.start < m.end or x.when.start <= m.when.end:
            continue
        j = _SPAN_JOIN_RE.fullmatch(text, m.end, x.start)
        if j is None or ((j["to"] or j["and"]) and not opened) or (j["and"] and "between" not in (
                head[-10:] + m.expression).lower()):
            continue
        if opened and _MOVED_FROM_RE.search(text, max(0, m.start - 90), m.start):
            continue
        return x
    return None


def one_row_per_sentence(dates: list[DateMention]) -> tuple[list[DateMention], list[DateMention]]:
    """The mentions a timeline row is made of, and the others: a sentence naming several dates is shown once, under
    the date of what it reports, its other dates left in its words (rd52 read one charge-sheet sentence, "from
    November 15, 2003, to January 15, 2004", shown under both dates). The sentence's date is its first one that is
    no background (:func:`_background`), else the least background one (below): a span's start ("from 1990 through 1995", "between April 30
    and May 1"), a date fronted before what it dates ("On May 4, the search was extended to May 25"), a report's day
    before what it reports ("hinted yesterday that it will ... today" reads yesterday). Its mentions of that date
    (all the expressions naming it) stay on the timeline. When every date is background, the least: a relative
    clause's before a noun's modifier, then the first."""
    by_sent: dict[int, list[DateMention]] = {}
    for m in dates:
        by_sent.setdefault(id(m.sent), []).append(m)
    home: dict[int, str] = {}
    for key, ms in by_sent.items():
        home[key] = min(ms, key=lambda m: (_background(m), m.start)).when.label
    kept = [m for m in dates if m.when.label == home[id(m.sent)]]
    return kept, [m for m in dates if m.when.label != home[id(m.sent)]]


#: A word in lower case: a sentence with none but its date's tells no event.
_LOWER_WORD_RE = re.compile(r"\b[a-z]{3,}\b")
#: A page's stamp of its age ("Posted 1 year, 160 days ago").
_POSTED_AGO_RE = re.compile(r"\s*(?:posted|published|updated|last updated|last modified)\b[^.]{0,40}?\bago\b", re.I)


#: A record the sentence measures against a year ("the fourth largest in the world since 1900", "the biggest crisis
#: since 1945", "just seven earthquakes over magnitude eight since 1891", "the first time since 1990", "the most since
#: 1998"; not "ever since 1970 when India built a dam"): the year is where the count starts, no event of the story,
#: so a year-only "since" with such a cue in its clause gives the timeline no row (rd56; a "since" day or month,
#: "no meetings since Friday", still does).
_RECORD_SINCE_RE = re.compile(
    r"\b(?:\w+-)?(?:largest|biggest|greatest|strongest|deadliest|worst|best|highest|lowest|heaviest|longest|"
    r"costliest|fastest|slowest|sharpest|steepest|smallest|weakest|warmest|coldest|hottest|wettest|driest|"
    r"most|least|fewest|first|record|(?:only|just)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a\s+few|a\s+handful))\b", re.I)


def _record_since(text: str, start: int) -> bool:
    """Does the clause of a "since" date starting at ``start`` measure a record against it (a cue of
    :data:`_RECORD_SINCE_RE` between the clause's start and the date)? Another clause's cue does not count ("first
    as a top economic adviser and since 1995 as the Treasury secretary")."""
    lo = max((c.end() for c in _CLAUSE_START_RE.finditer(text, 0, start)), default=0)
    lo = max([lo] + [mo.end() for mo in re.finditer(r"\b(?:and|but|while|whereas)\s", text[:start])])
    return bool(_RECORD_SINCE_RE.search(text, lo, start))


#: What follows a baseline year: "from 1990 levels", "over 1990 levels", "from 1990 baselines".
_BASELINE_AFTER_RE = re.compile(r"\s+(?:levels?|baselines?)\b", re.I)
#: The bound words of a year ("by 2020", "through 2012", "after 2012") and how a row shows them.
_BOUND_WORDS = {"by": "by", "until": "until", "till": "until", "through": "until", "after": "after",
                "before": "before"}
#: A term's end told as to come ("the Kyoto Protocol, which expires in 2012", "is set to expire in 2012"; not the past
#: "expired in 1988", an event).
_EXPIRE_BEFORE_RE = re.compile(r"\bexpir(?:e|es|ing)\s+(?:at\s+the\s+end\s+of\s+)?$", re.I)
#: A target named as such before its year ("the target year of 2009", "a target date of 2009", "a deadline of 2015",
#: "by the end of 2010").
_TARGET_BEFORE_RE = re.compile(r"\b(?:(?:target|deadline|goal)(?:\s+(?:year|date))?|by\s+the\s+end)\s+$", re.I)
#: What in a date's own clause tells a target or a forecast when the article has no date to compare the year with:
#: an infinitive ("designed to cut emissions ... by 2020", "to balance its budget by 2013"), a modal, a target's noun.
_TARGET_CLAUSE_RE = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b|\b(?:will|would|could|may|might|must|should|"
                               r"targets?|goals?)\b")  # lower case: "to India" is no infinitive


#: A negation before "until": "not ... until 2002" tells when it happens, no term's end.
_NOT_UNTIL_RE = re.compile(r"\b(?:not|never|no|unlikely)\b|n['’]t\b", re.I)


def _bound(text: str, start: int, end: int, expr: str, when: When, anchor: dt.date | None) -> str:
    """How a year mention bounds a target, a forecast or a term rather than dating an event (rd57: "cut emissions by
    25 percent to 40 percent by 2020" was shown as a 2020 event): "by", "until", "after" or "before", else "".

    A year after "by", "until", "till", "through", "after" or "before" that lies after the article's year ("will be
    completed by 2009", "in force until 2001", "sales to reach $3 billion by 2002"), or, in an article with no date,
    whose own clause has an infinitive, a modal or a target's noun before it; a year a term is told to end in
    ("expires in 2012": "until"); a year named a target ("target date of 2009", "by the end of 2010": "by"). A past
    bound ("By 1953, the cartoon was a hit", "Portugal, the colonial ruler of Mozambique until 1975") dates what held
    then and keeps its row as it was; so does "not ... until 2002" (when it happens) and, in an undated article, a
    year used as a noun's modifier ("by 2017 federal poverty guidelines")."""
    year = when.start.year
    word = expr.split()[0].lower()
    ahead = anchor is None or year > anchor.year
    if _EXPIRE_BEFORE_RE.search(text, max(0, start - 40), start) and word in ("in", "by"):
        return "until" if anchor is None or year >= anchor.year else ""
    if _TARGET_BEFORE_RE.search(text, max(0, start - 30), start) and word in ("of", "for", "in", "by"):
        return "by" if ahead else ""
    if word not in _BOUND_WORDS or not ahead:
        return ""
    lo, _ = _own_clause(text, start, end)
    if word in ("until", "till") and _NOT_UNTIL_RE.search(text, lo, start):
        return ""  # "will not ... start jingling in people's pockets until 2002": what happens in 2002
    if anchor is None and (_ATTRIBUTIVE_RE.match(text, end) or not (
            _TARGET_CLAUSE_RE.search(text, lo, start) or tense(text, start, end) == "future")):
        return ""
    return _BOUND_WORDS[word]


#: What follows a wire dateline's date: "(Xinhua) --" in "HANOI, January 28 (xinhua) -- ...".
_DATELINE_AFTER_RE = re.compile(r"\s*\([A-Za-z ]{2,20}\)\s*(?:--|—|–|_)")


def date_mentions(sents: list[Sent], found: dict[tuple, list] | None = None) -> list[DateMention]:
    """The timeline's date mentions of ``sents``. ``found``, when given, receives each :func:`find_dates` call's
    result under its arguments ``(text, anchor, weak, written)``, for a caller that needs the same dates again."""
    out = []
    for s in sents:
        text = s.text
        if CAPTION_RE.search(text) or is_date_line(text) or _POSTED_AGO_RE.match(text) or is_caption_sentence(text):
            continue  # a caption, a menu line or the page's time stamp ("published: 2012-04-04 11: 47"), not an event
            # (a caption by its picture's words or marks too: "Brian Kelley, center left, and ... cut the ribbon ...,
            # on Nov. 8, 2013." dates the photo, :func:`~newsbrief._patterns.is_caption_sentence`)
        key = (text, s.source.anchor, s.source.weak_anchor, s.source.anchor_from == "text")
        dates = find_dates(*key)
        if found is not None:
            found[key] = dates
        for start, end, expr, when, since in dates:
            if s.index == 0 and start < 3 and _DATELINE_AFTER_RE.match(text, end):
                continue  # the dateline is the publication date, not an event
            if not _LOWER_WORD_RE.search(text, 0, start) and not _LOWER_WORD_RE.search(text, end):
                continue  # a stamp with no words but the date's: "TNN Nov 12, 2011, 05. 51AM IST MUMBAI:"
            if since and when.granularity == "year" and _record_since(text, start):
                continue  # "the fourth largest since 1900": where a record's count starts, not an event
            if not since and when.granularity == "year" and _BASELINE_AFTER_RE.match(text, end):
                continue  # "cuts of 25-40% from 1990 levels": a baseline, no event of the story (rd57)
            bound = _bound(text, start, end, expr, when, s.source.anchor) if not since and when.granularity == "year" else ""
            out.append(DateMention(s, start, end, " ".join(expr.split()), when, since, bound))
    return _told_forward(out)


#: Anchors that are a date the text writes (the article's own latest, else the story's), not a publication day.
_WRITTEN_ANCHORS = frozenset({"text", "cluster-text"})


def _yearless(m: DateMention) -> bool:
    """Is ``m`` a month-day or a month with no year, no "last" / "next" and no "since", told in a past or tenseless
    clause: a date whose year the anchor chose?"""
    text = m.sent.text
    mo = _DATE_RE.match(text, m.start)
    if mo is None or mo.lastgroup[1:] not in _OWN_CLAUSE_KINDS or m.since:
        return False
    kind = mo.lastgroup[1:]
    mod = next((v for k, v in mo.groupdict().items() if v and k.startswith(kind + "_mod")), "") or ""
    if mod.lower().strip() in ("last", "next") or _year_after(text, m.end, m.when.start) is not None:
        return False
    return tense(text, m.start, m.end, intent=True, present=True, own=True) in (None, "past", "nearest")


#: How far after the anchor, or after a date already counted, a past month-day or month may lie and still show the
#: article was written after it (:func:`_told_forward`): the anchor's "nearest" reading reaches 6 months ahead, and a
#: month read 5 to 6 months ahead with nothing between is often the past one misread ("debuted ... in early
#: February" as of a chart dated 17 August 2013: February 2014). Over the undated articles of MultiLing, Multi-News,
#: ECB+ and WikiRef220 the told chains that moved a date right needed steps of 88 to 120 days (M005's April 4 ->
#: July, a Multi-News "May 8 workshop" 120 days after its anchor); from 151 to 183 days one wrong move comes in.
TOLD_STEP_DAYS = 150


def _told_after(mentions: list[DateMention], anchor: dt.date) -> dt.date | None:
    """The latest day an undated article, read as of ``anchor`` (a date its text writes), shows it was written after:
    the end of the latest month-day or month told in a past clause after the anchor that a chain of such dates joins
    to it, each at most :data:`TOLD_STEP_DAYS` after the one before (27 February 2010, then 11, 15, 16, 20 March,
    4 April, July: July 2010). None when no such date lies after the anchor."""
    told = sorted((m.when.start, m.when.end) for m in mentions if m.when.start > anchor and _yearless(m) and tense(
        m.sent.text, m.start, m.end, intent=True, present=True, own=True) == "past")
    bound = None
    for start, end in told:
        if (start - (bound or anchor)).days > TOLD_STEP_DAYS:
            break
        bound = max(bound or end, end)
    return bound


def _told_forward(mentions: list[DateMention]) -> list[DateMention]:
    """An undated article read as of a date its text writes (a lower bound of its day) that tells, in past clauses,
    month-days or months after that date ("On April 4, the first monument was erected", "was demolished in July",
    read as of 27 February 2010: April and July 2010) was written after them too: a month-day or month with no year
    that the anchor put in the year before its own is the occurrence in the anchor's year when that one is nearer the
    latest of them (:func:`_told_after`) ("On October 6, the Municipality ... published the design of kiosks ... as
    replacement of those destroyed by the earthquake": October 2010, not 2009). A date the anchor put in its own year
    stays there ("a foiled plot in January" as of 14 November 2015, told beside arrests of 17 to 22 November)."""
    by_source: dict[int, list[DateMention]] = {}
    for m in mentions:
        src = m.sent.source
        if src.anchor_from in _WRITTEN_ANCHORS and src.anchor is not None:
            by_source.setdefault(id(src), []).append(m)
    for ms in by_source.values():
        anchor = ms[0].sent.source.anchor
        if (latest := _told_after(ms, anchor)) is None:
            continue
        for m in ms:
            w = m.when
            if w.start.year != anchor.year - 1 or not _yearless(m):
                continue
            on = _day(w.start.year + 1, w.start.month, w.start.day) if w.granularity == "day" else _month_span(
                w.start.year + 1, w.start.month)
            if on is not None and abs(on.start - latest) < latest - w.start:
                m.when = on
    return mentions


_EVENT_OF = {v: cls for cls, vs in EVENT_VERBS.items() for v in vs}
_EVENT_RE = re.compile(r"\b(" + "|".join(sorted(_EVENT_OF, key=len, reverse=True)) + r")\b", re.I)
_CLAUSE_BREAK_RE = re.compile(r"\s[-–—]\s|;|\(|\)|\bwhich\b|\bwho\b|\bbefore\b|\bafter\b|\bbut\b")
_NEG_RE = re.compile(r"(?:" + "|".join(sorted(EVENT_NEGATORS, key=len, reverse=True)) + r")\s+$", re.I)


def event_key(m: DateMention) -> tuple[str, str, Any] | None:
    """(entity id, event class, entity) of what a date mention dates: the event
    verb nearest the expression (not negated: "left without signing") and the
    person (else organization) named last before that verb."""
    text = m.sent.text
    if _attributive(text, m.start, m.end):
        return None  # "pulling out of his own Dec. 27th debate": the date names the debate, not the pulling out
    best = None
    for v in _EVENT_RE.finditer(text):
        if _NEG_RE.search(text[max(0, v.start() - 14) : v.start()]):
            continue
        dist = m.start - v.end() if v.end() <= m.start else v.start() - m.end
        if dist < 0:
            continue
        lo, hi = (v.end(), m.start) if v.end() <= m.start else (m.end, v.start())
        if _CLAUSE_BREAK_RE.search(text[lo:hi]):
            continue
        if best is None or dist < best[0]:
            best = (dist, v)
    if best is None:
        return None
    v = best[1]
    before = [x for x in m.sent.mentions if x.entity is not None and x.end <= v.start()
              and x.entity.label in ("PERSON", "ORG")]
    clause_lo = max((b.end() for b in re.finditer(r",\s|;\s|\s[-–—]\s", text[: v.start()])), default=0)
    near = [x for x in before if x.start >= clause_lo]
    pool = near or [x for x in before if x.entity.label == "PERSON"]
    if not pool:
        return None
    ent = pool[-1].entity
    return ent.id, _EVENT_OF[v.group(1).lower()], ent


#: Anchors that are the article's own date (its publication date or its dateline's).
_OWN_ANCHORS = frozenset({"article", "dateline"})
#: Most days between a cluster's publication dates for an undated article's relative dates, resolved against
#: the latest of them, to be weighed against other outlets' dates: the Libya sample's dated articles share one
#: day, ECB+'s Regina Benjamin story runs 16 days (its undated White House page's "Today" fell on the last).
TIGHT_CLUSTER_DAYS = 2


def _others(m: DateMention, who: str) -> set[str]:
    """The entities a date mention's sentence names besides ``who`` (entity ids; nationalities left out)."""
    return {x.entity.id for x in m.sent.mentions if x.entity is not None and x.entity.id != who
            and x.entity.label != "NORP"}


def _one_event(versions: dict[str, list[DateMention]], who: str) -> bool:
    """Can the differently dated versions tell one event? Not when each names other people, places or
    organizations and no two versions share one: a coach fired by Ohio State in 2004 and by the 76ers in 2005,
    the Saints signing Wynn one day and Bell the next. A version naming no one else may be either."""
    named = [set().union(*(_others(m, who) for m in v)) for v in versions.values()]
    if any(not n for n in named):
        return True
    return any(a & b for i, a in enumerate(named) for b in named[i + 1 :])


def disagreements(dates: list[DateMention], guessed_ok: bool = True) -> list[DateDisagreement]:
    """The same event (who + what) dated to different days by different
    independent outlets (source families: one outlet's articles never disagree;
    an outlet that gives two of the dates sides with neither).
    With ``guessed_ok`` false, a relative date ("today", "on Monday") of an
    article with no date of its own is left out: it was resolved against
    another article's or a written date, a guess not to set against a reported
    date (the analyzer allows it when the cluster's dated articles are within
    ``TIGHT_CLUSTER_DAYS`` of each other). Versions whose sentences name
    different others (:func:`_one_event`) are different events, not a
    disagreement."""
    by_key: dict[tuple[str, str], list[DateMention]] = {}
    names: dict[tuple[str, str], str] = {}
    for m in dates:
        if m.when.granularity != "day" or m.since:
            continue
        if (not guessed_ok and m.sent.source.anchor_from not in _OWN_ANCHORS
                and not any(c.isdigit() for c in m.expression)):
            continue  # "Today" in an undated article: resolved against another article's date, a guess
        k = event_key(m)
        if k is None:
            continue
        by_key.setdefault(k[:2], []).append(m)
        names[k[:2]] = f"{k[2].name}: {k[1]}"
    out = []
    for k, ms in by_key.items():
        versions: dict[str, list[DateMention]] = {}
        whens: dict[str, When] = {}
        for m in ms:
            versions.setdefault(m.when.label, []).append(m)
            whens[m.when.label] = m.when
        if len(versions) > 1 and not _one_event(versions, k[0]):
            continue
        families = {label: {m.sent.source.family for m in v} for label, v in versions.items()}
        # an outlet that gives two of the dates tells neither against the other: only outlets on one side count
        alone = [f - set().union(*(g for other, g in families.items() if other != label))
                 for label, f in families.items()]
        if sum(1 for f in alone if f) > 1:  # two independent outlets, each on its own side
            out.append(DateDisagreement(names[k], [(whens[d], v) for d, v in sorted(versions.items())]))
    return out
