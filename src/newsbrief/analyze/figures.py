"""Figures: numbers, what they count, who reports them, and where they differ.

A figure is a number phrase ("more than 280", "146,000", "tens of thousands",
"nine", "$16 million", "25 percent", "a 6,300-kilometer river") with the noun
it counts ("civilians", "people") and the event it is about ("killed",
"displaced"), found by cue words (:mod:`._cues`):

1. a cue right before the number ("killed more than 280 civilians");
2. else the cue of the previous figure it is coordinated with ("killed 280
   civilians and 2,000 fighters");
3. else the first cue after the noun in the same clause ("146,000 Libyans
   displaced", "280 civilians ... have been killed");
4. else the noun itself ("16 bodies", "refugees").

Two counts with no noun are read as well: the times something was done ("was shot 11 times", "hitting Gray
eleven times") and the gravely wounded ("Eighty are in a critical condition", "99 of them critically"), some of the
wounded and never set against their total (qualifier "grave"). So are (fig36) a death toll's number ("bringing the
death toll ... to 11"), a part after its whole ("230,000 people, over 170,000 of them"), a count whose noun is left
out after a name ("125 seats, the Liberals 46") or after a verb of its own ("killed seven people, sickened 56"); a
count's own verb decides its event ("seven people died and 62 were infected": not dead); an event noun before "of"
is an event cue ("the evacuation of about 70 homes").
The counted noun may stand past names and participles ("99 alleged Sicilian Mafia members") or two adjectives ("24
equal monthly payments"), and a capital abbreviation of it is that noun ("a 2.0MP camera"); a calibre written
with no leading digit is a measure in "caliber" (".38-caliber", "a .357 Magnum": 0.38, 0.357); in an article a
tokenizer spaced ("4: 43 to play"), a spaced thousands comma is one number ("2, 129 points"); a size's "N x M" is
no count.

Each number becomes an interval (modifiers and vague amounts widen it; scale
words multiply it: "$62 billion" is 62e9 US dollars). Units are normalized
(metres / meters / m, kilometre / km, square kilometres, $ / USD / dollars,
% / percent / per cent).

Figures about the same quantity (event or kind, counted noun or unit) conflict
when two different independent outlets (source families) give values that do
not overlap, in sentences about the same thing: TF-IDF similarity at least
``analysis.conflict_similarity``, a content word shared within
:data:`CONTEXT_CHARS` of both figures (two for a count of things), no two
different days named, within ``analysis.conflict_max_days``, and neither
outlet gives both values in one article (then it tells two things apart), and no sentence, in any
outlet, gives both (a range's two ends, two players' averages). Different things
that share a unit are kept apart: values more than :data:`MAX_CONFLICT_RATIO`
apart, different places named next to the figures, a figure about an earlier
event (its sentence dated more than :data:`_PAST_DAYS` before the article),
different measured nouns ("a 3,500-kilometer dike", "a 6,300-kilometer
river"), different qualifiers (confirmed / suspected cases; "the 12 worst-hit
villages" are some of the villages), different roles ("working in 80
countries", "volunteers from 45 countries") and a part of a total ("109 on
board and four on the ground") against the total. A distance "south of X" /
"from X" is about the place measured, not X: X is neither its place nor a
shared context word. An earlier event is one dated before the story began
(its first article): a follow-up naming the story's own date ("the Oct. 31
crash") is still about it. Durations from a departure ("40 minutes into the
flight", "about 30 minutes out of New York") are one quantity whatever else
their sentences share. What a figure is about includes what its sentence names
(people, bodies, things, places; not for measures), each name once as
its entity ("Nunavut's 25,000 people", "King's team ... injuring five others" /
"two other dogs injured ..., King said"); a place only one figure names near it
is no other place when the other's sentence names it ("wounded seven others,
according to the government in Khartoum" / "in Khartoum ... by U.S. cruise
missiles with 10 people wounded"). Distances from different places ("five miles
downriver from Koyukuk", "12 miles away from Nulato") and a duration there and
back against one way ("four hours' diving and resurfacing time" / "two hours to
get to the sea floor") are different quantities; "N others" counts the kind
counted before it ("killing one dog and injuring five others": dogs). Values
from one outlet are never set against each
other; an outlet that gives the other value in the same article as its own
agrees with it (two things), unless that value is a range or a vague amount
("330 to 510 feet"); one that gives it in another article has changed its
figure and still differs. Numbers spelled in words are read whole ("One
hundred fourteen"); a bare number linked to a count ("114 people including
five on the ground") counts the same kind; an earlier date makes a figure
about the past only in its own clause and not after "since"; two names
shared around two figures make them one subject, and so do two sentences giving one more
figure with the same value right beside both (:func:`_anchored`, also past the crowded
test) and near values after the same two words (:func:`_aligned`); the words between a
count's number and its noun name its kind ("18 military-style firearms" / "33 long
firearms": two quantities). A vague amount against a precise
one ("tens of thousands" / 146,000) is a difference in precision, not a
contradiction (``kind``); two vague amounts, two lower bounds ("more than
$15,000" / "more than $25,000") or two upper bounds never contradict each
other. Different things of one kind are kept apart: figures whose subjects
(the people or organisations named right before them, no attribution between)
differ ("Brees threw for 363 yards" / "Manning passed for 300 yards") and,
when an article gives :data:`CROWDED_VALUES` distinct values of the kind or more (a
game's yards, points), any value of it, a name shared around both or not. "The 20-yard line" is a
place, not a distance; "two dozen" is 24; "between 3,000 and 1,500 years ago" is one range, in either order, and
so are "between 2 meters (6.5 ft) and 16 meters" and "ranged from 2m to 15m".

Precision guards (twentieth round, kept by leaving one labelled split out, :data:`PRECISION_GUARDS`): a count with
a fraction is no count ("31.6 live"); the total after "N of" ("four of five charges") is compared only with another
such total; two sentences naming years, none in common, are two moments; two values each given by
:data:`CONSENSUS_FAMILIES` independent outlets or more are two things widely reported (two models' prices); a span
said of a noun ("a 12-year prison term") is not set against a bare span; a vague amount is set against a number
only for a toll ("tens of thousands" / 146,000 displaced), not a plain count ("Thousands of people" / "roughly
21,000 people").

Recall rules (twenty-first round, :data:`RECALL_RULES`): two figures about an earlier moment are one moment when one
past date holds the other ("in 2012" / "in May 2012"); spans "ago" are dated by themselves, never two earlier moments
("12 weeks ago" / "six weeks ago"); and one number with its decimal point moved ("1.2 miles" / "12 miles") passes the
ratio bar. Values one step of their last written digit apart ("19 wives" / "20 wives", "7.6" / "7.7 magnitude"; the
step a tenth of them at most, no round hundreds, no toll: fig29) pass the similarity bar (twenty-fifth round,
:func:`_one_step`). Two measures naming one dimension right beside their numbers, by adjective, comparative or noun
("the 8.1mm-thick phone" / "thicker at 7.9 mm", "310 metres tall" / "a height of 298 metres"), are about that
dimension: they pass the shared-word, crowded and similarity bars; two different dimensions are two quantities, and
a comparative right after the unit ("5mm taller") is a difference, no size (fig31, :func:`_dimension`).

Guards read as their figures mean (fig34): a bound is its number when an outlet's other figures are said to give a
value (:func:`_gives`: "up to 70 per cent" is not India's "65 percent" below it); one article's two spans of one
noun a step apart are two versions, not two things ("his 41-year rule" / "his 40-year rule", :func:`_span_versions`);
a figure told in the past perfect ("had received 55,000 pages") is of an undated earlier moment, never apart from a
past one; magnitudes more than :data:`MAX_MAGNITUDE_GAP` apart are two quakes; a weekend is a figure's day and
holds its Sunday (:func:`_days_meet`). Read so: a sentence opening "In
2004," is dated 2004, a year after "of" dates its noun ("the tsunami of 2004"), not a stretch of time ("the end of
1995"); the whole a share is taken from ("62 percent of the projected $4.4 trillion") is no listed part, a share told
as an amount ("62 percent of it, $2.764 trillion") is one; an event word across a comma yields to the count's own
("five people were killed, 250 others injured"). And (fig37): an earthquake, a quake, a tremor and a temblor are one
shared word (:data:`ONE_WORD`); a figure told in the past perfect is not of its sentence's day ("the same day Gray's
autopsy showed he had been shot seven times"); a sentence opening on an event of an earlier year ("In a 1983 Soviet
submarine accident, ...") is about that event (:func:`_earlier_event`).

Each group of figures linked by conflicting pairs is its own :class:`Quantity`
(with every other outlet that reports one side's value), so unrelated values
of the same kind are never listed under the conflict's heading.

Money is compared in one currency after its scale word ("$62 billion" is never
"$62"; "$3.4 million" is rounded at its last digit and agrees with "$3.44
million"), durations in one unit, and a person's age by the person it is about
(:func:`_age`). An amount "each" or "a year" is never set against a total;
counts tied to different amounts of money in their sentences (two appeals) are
different things; durations next to different people differ. A place a figure
stands in by a word ("600,000 people there", "the island") is the place named
last before it, and such a figure is not compared with one from an article
that never names that place. Percentages are grouped and shown but not
compared (two polls, two inflation rates).

A value written twice in one sentence is one figure (:func:`_restatements`): a conversion in parentheses ("$US1
million ($1.52 million)", "5 miles (8 km)", "100 pounds (45 kg)" is a weight, "1bn yen ($8.3m, £5.6m)", "about
58km (36 miles)") or a restatement after ", or" ("1.5 million people, or 15 percent"). Money converted at a rate
the text does not give, and anything restating a number read as no figure, is never a value of a conflict; a
measure converted at its units' ratio is compared at the precision of the figure it converts (26,291 feet (8,013
m) against another outlet's 8,027 metres still differs; two outlets' 19,350 / 19,356 feet converted from 5,900 m
do not).

Values and keys read since fig57 (:data:`READINGS`, each switched off for a measurement by :data:`READINGS_OFF`):
the article as one before a scale word or a span ("more than a million pounds", "half a million", "for a decade";
not "one in a million", "a million-dollar"); a bound after the number ("six or more bombs", "$12,000 or less", "40
or so"); a joined "-pound" and "a mass of N pounds" are weights ("the 44,000-pound Zarya"); decades and centuries
are counted in years ("a decade" 9 to 11 years, a round number); people counted past an adjective and names ("250,000
ethnic Albanian refugees" are refugees, not "ethnic"). And in the comparison (recall rules): a strict bound leaves
its number out ("more than 275,000" and "roughly 250,000", read 225,000 to 275,000, do not meet at 275,000;
:func:`_apart_at_bound`); a span in apposition with a noun is that noun's ("for a decade, the station's estimated
lifetime") and two spans of one noun pass the similarity bar; a name and a common noun measured by one joined unit
("the 44,000-pound Zarya" / "the 40,000-pound cylinder") are not kept apart as two things; and a sentence printed
in several articles (wire copies) gives each of its figures once when it tells values apart.

Precision guards of fig59 (blind-figures23's oil story): a value its clause gives as a condition or a level required
("if crude rises to $55", "must be $55 or higher") is no value of a conflict, and a forecast ("would rise to $50 or
$51 a barrel next year") or a range over a stretch of the past ("traded between $40 and $50 a barrel the last several
months") is compared only with its like and backs no side of the moment (:func:`_not_now`); a group's total whose
sentence names a part as an example ("producers such as Russia ... by a total of 600,000 barrels a day") is not
compared with a figure said of that part (:func:`_group_total`); a market figure at a time within the day ("At
midday ... up 8.5%", "at one point") is not the day's (:func:`_intraday`).

Read since fig60 (:data:`READINGS` "later_offset", "hashtag"; recall rule "later"): a span followed by "later" that
closes its phrase ("Twenty-six years later, Quill is ...", "Twenty years later and Quill is a grown man") is the time
between two moments of the story, kept as "<unit> of later" and compared only with its like, as spans "ago" are; a
number before a hashtag or handle ("instead of 2 #cutscost") counts nothing. And (fig61, recall rule "word_range"): a
count given as a range of whole numbers joined by "or" / "to" ("one or two atomic bombs") is no fraction, though its
middle is not whole; a range joined by a dash ("a 15-2 run") may be a score and stays one (:func:`_word_range`).
Fig62 (blind-figures26 and the ECB+ flags): a span told by its verb is a span of the noun another outlet names
("deliberated ... for 40 hours" / "after 30 hours of deliberation", recall rule "activity_span",
:func:`_activity_keys`); "twice" / "thrice" after a verb count times ("Page married twice" / "married three times",
reading "twice"), and two counts of times of one verb pass the similarity bar (recall rule "times_verb"); a name before ", who" is the subject of its relative clause's figures ("Garrard, who completed 28
passes", reading "relative_subject"). Precision guards: counts of the days an activity ran ("four days of riots" /
"eight days of riots") in articles not known to be of one day are a running count (:func:`_running_span`); plain
counts of different groups of people ("two men" / "the three victims") and "the N other" (the rest of a group) are
not set against a whole (:func:`_people_apart`, :func:`_definite_rest`); parts "N of M" of totals too far apart are
parts of two wholes (:func:`_totals_apart`).
Fig63 (blind-figures27, readings): a count before a model's name counts the model ("seven AK-47 rifles", "12 AK 47
guns", "seven AK-47s": one key, :func:`_fig63_model`); a bare "Dozen of warships" is the vague "dozens of", no twelve
(:func:`_fig63_dozen_of`); a temperature below zero keeps its sign ("minus 17 degrees", "Outside temperatures were
minus 20", "17 degrees below zero": measures in "degrees below zero", :func:`_fig63_minus`); an amount pressed for or
insisted on is asked for ("should press for $2 trillion in spending cuts": qualifier "requested").
Fig64 (blind-figures28's quake, a tokenizer-spaced text; re-landed by fig65): readings "fig64_spaced" (a spaced
magnitude where its words say it is one, "a magnitude of at least 5. 9", "registering 6. 1 on the Richter scale", and a
spaced thousands group before a sentence's comma, "injured more than 1, 400, leveling"), "fig64_magnitude"
("magnitude-6.1", a quake "registering 6.1", "6.1 on the Richter scale"), "fig64_clock" ("at 09: 10 hours" is a clock),
"fig64_sibling_ing" ("killing 10 people and injuring 80": 80 injured); precision guard "fig64_generic" ("A magnitude 6
quake can cause severe damage" is no reading, nor an agreed figure); recall rule "fig64_two_sayers" ("X said 5.9, but Y
said 6.1": one sentence giving two sayers' versions does not tell the values apart). Fig65: magnitudes more than
:data:`MAX_MAGNITUDE_GAP` apart are two quakes; recall rules "fig65_two_versions" (two widely reported values that a
sentence gives as two sayers' versions are one thing's, past the "consensus" guard) and "fig65_toll_pair" (two counts
of one event each right after a toll of one key and value, "killing two workers and wounding two others" / "killing
two co-workers and critically injuring a third", are one number's); readings "fig65_offset" (the time between two
moments: "10 minutes later with", "Ten minutes after being taken off the job", "for nine minutes before coming back"),
"fig65_one_more" ("critically injuring a third", "another wounded": one more person), "fig65_co_noun" (co-workers are
workers), "fig65_one_person" ("leaving a man wounded" is the man's wound, not the count's before it),
"fig65_named_number" ("911 calls", "the 9-11 attacks": names) and "fig65_left_behind" ("leaves behind ... two
grandchildren": kin, no toll).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..config import AnalysisSettings
from ..dates import MONTH_PATTERN, WEEKDAY_PATTERN
from ..features import content_terms, stem
from ._cues import (
    ADDRESS_NOUNS,
    AGE_BEFORE,
    CLAUSE_BREAKS,
    COMPARED_CATEGORIES,
    CONTEXT_STOPWORDS,
    CONVERSION_OPENERS,
    CONVERSION_TAILS,
    CONVERSION_TOLERANCE,
    CURRENCY_SYMBOLS,
    CURRENCY_WEIGHTS,
    CURRENCY_WORDS,
    DURATION_UNITS,
    ELIDED_NOUN_LINKS,
    FIGURE_EVENTS,
    FIGURE_ID_WORDS,
    FIGURE_MODIFIERS,
    OTHER_TERM_WORDS,
    REQUEST_WORDS,
    FIGURE_NOUN_SKIP,
    MEASURE_UNITS,
    NOT_NOUN_ENDINGS,
    NUMBER_MULTIPLIERS,
    PEOPLE_NOUNS,
    PERCENT_WORDS,
    PERIOD_START_WORDS,
    RESTATEMENT_LINKS,
    SCALE_WORDS,
    UNIT_SIZES,
    UNITS_WORDS,
    VAGUE_AMOUNTS,
)
from ._doc import Sent, Source, cite_dict, outlets_of
from .demonyms import country_words
from .timeline import When


def _longest_first(words) -> str:
    """A regex alternation of ``words``, longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: "a dozen", "dozen": tried before the other number words (no "dozen-one").
_DOZEN = _longest_first(w for w in UNITS_WORDS if w.endswith("dozen")).replace(r"\ ", r"\s+")
#: Number words, "twenty-one" too.
_WORDNUM = (r"(?:" + _longest_first(w for w in UNITS_WORDS if " " not in w) + r")(?:[- ](?:"
            + "|".join(w for w, n in UNITS_WORDS.items() if 1 <= n <= 9) + r"))?")
#: A number spelled out in words, compounds too: "One hundred fourteen", "one hundred and fourteen", "three
#: thousand five hundred", "two hundred" (million and larger are the scale after it).
_SPELLED = (_WORDNUM + r"(?:[\s-]+(?:" + _longest_first(NUMBER_MULTIPLIERS) + r")\b(?:(?:[\s-]+|\s+and\s+)"
            + _WORDNUM + r"\b)?)*")
_VAGUE = _longest_first(VAGUE_AMOUNTS)
#: Modifiers of :data:`._cues.FIGURE_MODIFIERS` and bounds written as a position: "rising to above 22 per cent" is a
#: lower bound, not 22 (issue 11, fig29; a lower bound's span as "more than", an upper one's as "under"); "more" right
#: before a number is "more than" with its "than" dropped ("injuring more 50 people", ECB+ T41: a bound, not 50).
_FIGURE_MODIFIERS = {**FIGURE_MODIFIERS, "above": FIGURE_MODIFIERS["more than"], "below": FIGURE_MODIFIERS["under"],
                     "more": FIGURE_MODIFIERS["more than"]}
_MOD = _longest_first(_FIGURE_MODIFIERS)
#: Scale words after a number: "two dozen" is 24 (a bare "dozen" is a number word of its own).
_SCALES = {**SCALE_WORDS, "dozen": 12}
_SCALE = r"(?:" + _longest_first(_SCALES) + r")\b"
#: Singular spellings of units :data:`._cues.MEASURE_UNITS` lists in the plural ("a 14,000-ton submarine").
_SINGULAR_UNITS = {"ton": "tons", "tonne": "tonnes", "acre": "acres", "hectare": "hectares", "gallon": "gallons",
                   "litre": "litres", "liter": "litres", "barrel": "barrels", "degree": "degrees"}
_UNITS = {**MEASURE_UNITS, **_SINGULAR_UNITS}
#: Units read only joined to the number (fig57): "the 44,000-pound Zarya", "a 900,000-pound research station", "a
#: 6-foot, 200-pound man" weigh that much (a joined "pound" is a weight in every such phrase of the data; a bare
#: "pounds" after a number is money unless a weight word comes before it, :data:`_WEIGHT_BEFORE_RE`).
_JOINED_ONLY_UNITS = {"pound": "lbs"}
#: Units written joined to the number: "a 6,300-kilometer river", "3,900-mile-", "a 14,000-ton submarine".
_HYPHEN_UNITS = _longest_first([*(u for u in _UNITS if len(u) > 2 and u != "square"), *_JOINED_ONLY_UNITS])
#: Unit abbreviations written glued to the number, in lower case ("about 58km", "a 12kg bag"; not "193km/h" or
#: "193km / h", a speed, nor "$21MM", millions in finance).
_GLUED_UNITS = _longest_first(u for u in MEASURE_UNITS if len(u) >= 2 and u.isalpha() and len(u) <= 3
                              and u.lower() == u)
#: A tokenizer's spaced decimal point or thousands separator ("$27. 5 million", "$1. 25 million", "$99. 99",
#: "$888, 600"): one number. A decimal is joined when a scale word follows it or a currency sign stands before it
#: with two digits after the point (cents); a thousands comma only after a currency sign. Sentence ends ("in 2005.
#: 3 people") are neither.
_SPACED_DECIMAL_RE = re.compile(r"(?<![\d.,])(\d+)\.\s(\d{1,3})(?=[\s\-]*(?:" + _SCALE + r"))", re.I)
_SPACED_CENTS_RE = re.compile(r"(?:" + _longest_first(CURRENCY_SYMBOLS) + r")\s?\d+(?:,\d{3})*(\.\s)\d{2}(?![\d,])",
                              re.I)
_SPACED_THOUSANDS_RE = re.compile(r"(?:" + _longest_first(CURRENCY_SYMBOLS) + r")\s?\d{1,3}(?:,\s?\d{3})*(,\s)\d{3}"
                                  r"(?![\d,])", re.I)
#: A tokenizer's spaced thousands comma without a currency sign, where it can be nothing else: before a group that
#: starts with a zero ("about 20, 000 refugees", "55, 000 civilians": no number in prose starts with 0), or after a
#: modifier ("more than 22, 500 people"). "Prices rose 5, 600 people marched." and "Nov. 12, 300 protesters" stay.
_SPACED_ZERO_THOUSANDS_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\s?\d{3})*(,\s)(?:0\d{2}(?![\d,])|\d{3}(?=,\d{3}(?![\d,])))")
_SPACED_MOD_THOUSANDS_RE = re.compile(r"\b(?:" + _MOD + r")\s+\d{1,3}(?:,\s?\d{3})*(,\s)\d{3}(?![\d,])", re.I)
#: An article a tokenizer spaced (ECB+ wire copy): a separator spaced where it can be nothing else, a clock's colon
#: ("13: 41 to play", "5: 47 PM"), "p. m." / "a. m.", a zero-group thousands ("9, 000 seats") or money ("$215, 000").
#: In such an article every spaced thousands comma is one ("McDermott ended the game with 2, 129 points", "a scoring
#: record of 2, 106"); not after a hyphen ("5-11, 220": a height then a weight) nor after a month ("March 12, 300
#: people": a date, then a count). An article with none of these keeps its "5, 600" a list (fig32).
_SPACED_ARTICLE_RE = re.compile(r"(?<![\d.,])\d{1,2}:\s\d\d(?!\d)|\b[ap]\.\s[mM]\.|"
                                r"(?<![\d.,])\d{1,3},\s0\d\d(?![\d,])|(?:"
                                + _longest_first(CURRENCY_SYMBOLS) + r")\s?\d{1,3},\s\d{3}(?![\d,])")
#: What every match of :data:`_SPACED_ARTICLE_RE` holds: a colon or a comma, then a space and a digit, or "a. m." /
#: "p. m.". A text without it is not spaced: :func:`_spaced_text` says so without running the pattern, whose money
#: branch tries every currency sign at every position (13 of a DUC 2003 cluster's 15 ms go there).
_SPACED_ARTICLE_CUE_RE = re.compile(r"[:,]\s\d|\.\s[mM]\.")
#: What every match of the spaced-number patterns :func:`_joined_numbers` joins holds (``_SPACED_*_RE``: a decimal
#: point, thousands comma or cents point before a space and a digit): a text without it has nothing to join, and
#: the seven patterns are not run (~95% of sentences; 21 -> 2 ms of a DUC 2003 cluster's CPU).
_SPACED_NUMBER_CUE_RE = re.compile(r"[.,]\s\d")
_SPACED_ANY_THOUSANDS_RE = re.compile(r"(?<![\d.,\-])\d{1,3}(?:,\s?\d{3})*(,\s)\d{3}(?![\d,])")
_MONTH_BEFORE_RE = re.compile(r"\b(?:" + MONTH_PATTERN + r")\.?\s+$", re.I)
#: A tokenizer's spaced decimal point before a share or an earthquake's magnitude ("3. 5 percent", "a 4. 6
#: quake", "4. 6-magnitude", "magnitude 4. 6", "an earthquake measuring 4. 6"): one number.
_SPACED_PERCENT_RE = re.compile(r"(?<![\d.,])(\d{1,3})\.\s(\d{1,2})(?=\s*(?:%|percent\b|per\s?cent\b|-?magnitude\b|"
                                r"(?:earth)?quakes?\b|temblors?\b|tremors?\b))", re.I)
_SPACED_MAGNITUDE_RE = re.compile(r"\b(?:magnitude(?:\s+of)?|(?:(?:earth)?quakes?|tremors?|temblors?),?\s+measuring)"
                                  r"\s+(\d)\.\s(\d)(?![\d,])", re.I)


#: A whole number and a half or quarters ("2 1/2 years", "a 2-1/2 year sentence"): one number (twenty-second round).
_MIXED_FRACTION_RE = re.compile(r"(?<![\d.,/])(\d{1,3})[\s-]([13])/([24])(?![\d/])")


def _decimal_fraction(mo: re.Match) -> str:
    """"2 1/2" as "2.5" and spaces, the same length ("3/2" or "2/4" unchanged)."""
    num, den = int(mo.group(2)), int(mo.group(3))
    if num >= den:
        return mo.group(0)
    dec = f"{int(mo.group(1)) + num / den:g}"
    return dec + " " * (len(mo.group(0)) - len(dec)) if len(dec) <= len(mo.group(0)) else mo.group(0)


#: Fig64 (reading "fig64_spaced"): a tokenizer's spaced magnitude read where its words say it is one: after
#: "magnitude" (a hyphen, "of" or a bound between: "magnitude-5. 9", "a magnitude of at least 5. 9"), after
#: "registering" / "measuring" (a bound or "magnitude" between: "measuring at least magnitude-5. 9", "registering
#: 6. 1 on the Richter scale") and before "on the Richter scale" ("measuring 3. 8 on the Richter scale").
_FIG64_SPACED_MAGNITUDE_RE = re.compile(
    r"\b(?:magnitude(?:[\s-]+of)?|registering|measuring)[\s-]+(?:(?:" + _MOD + r")\s+)?(?:magnitude[\s-]+)?"
    r"(\d)\.\s(\d)(?!\d|,\s?\d)|(?<![\d.,])(\d)\.\s(\d)(?=\s+on\s+the\s+(?:[\w-]+\s+)?Richter\b)", re.I)
#: Fig64: a spaced thousands group followed by a comma of the sentence ("injured more than 1, 400, leveling
#: several villages"), where the patterns above stop at any comma after the group (one of another group: "1, 200,
#: 000"): the comma's space or the text's end after it says it is no separator.
_FIG64_SPACED_GROUP_END = r"(?=,(?:\s+[^\d\s]|$)|[^\d,]|$)"
_FIG64_SPACED_MOD_THOUSANDS_RE = re.compile(r"\b(?:" + _MOD + r")\s+\d{1,3}(?:,\s?\d{3})*(,\s)\d{3}"
                                            + _FIG64_SPACED_GROUP_END, re.I)
_FIG64_SPACED_ANY_THOUSANDS_RE = re.compile(r"(?<![\d.,\-])\d{1,3}(?:,\s?\d{3})*(,\s)\d{3}"
                                            + _FIG64_SPACED_GROUP_END)


#: Fig64 (reading "fig64_magnitude"): "magnitude-" joined to its number ("measuring at least magnitude-5.9", "a
#: magnitude-6.1 temblor") is read as "magnitude 6.1" (a number after a hyphen is otherwise no figure).
_FIG64_MAGNITUDE_HYPHEN_RE = re.compile(r"\b(magnitude)-(?=\d)", re.I)


def _fig64_spaced_spans(text: str, spaced: bool) -> list[tuple[int, int]]:
    """Spans :func:`_joined_numbers` joins by fig64's patterns (reading "fig64_spaced"): a spaced magnitude where its
    words say it is one, and a spaced thousands group a sentence's comma follows (after a modifier, or anywhere in
    a spaced article)."""
    if "fig64_spaced" in READINGS_OFF:
        return []
    out = [(m.start(g) - 1, m.end(g)) for m in _FIG64_SPACED_MAGNITUDE_RE.finditer(text) for g in (2, 4)
           if m.group(g)]
    out += [(m.start(1) + 1, m.end()) for m in _FIG64_SPACED_MOD_THOUSANDS_RE.finditer(text)]
    if spaced:
        out += [(m.start(1) + 1, m.end()) for m in _FIG64_SPACED_ANY_THOUSANDS_RE.finditer(text)
                if not _MONTH_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())]
    return out


def _spaced_text(text: str) -> bool:
    """Does ``text`` read as a tokenizer spaced it (:data:`_SPACED_ARTICLE_RE`)? The pattern runs only on a text
    holding its cue (:data:`_SPACED_ARTICLE_CUE_RE`)."""
    return bool(_SPACED_ARTICLE_CUE_RE.search(text)) and bool(_SPACED_ARTICLE_RE.search(text))


def _joined_numbers(text: str, spaced: bool = False) -> str:
    """``text`` with a tokenizer's spaced decimals and thousands separators joined (:data:`_SPACED_DECIMAL_RE`),
    the same length: the space moves after the number, so every position a figure is read at stays the same.
    ``spaced``: the text is of an article a tokenizer spaced (:data:`_SPACED_ARTICLE_RE`), so every spaced thousands
    comma is joined."""
    def close(t: str, start: int, end: int) -> str:  # "27. 5" -> "27.5 ", "9. 3m" -> "9.3m " (space moved after)
        while re.match(r",\d{3}(?!\d)", t[end : end + 5]):  # "1, 200,000": the groups already joined after it
            end += 4
        while end < len(t) and t[end].isalpha():
            end += 1
        return t[:start] + t[start:end].replace(" ", "", 1) + " " + t[end:]

    if "/" in text:  # (every fraction holds its slash)
        text = _MIXED_FRACTION_RE.sub(_decimal_fraction, text)  # "2 1/2 years" -> "2.5   years"
    if "fig64_magnitude" not in READINGS_OFF and "-" in text:
        text = _FIG64_MAGNITUDE_HYPHEN_RE.sub(r"\1 ", text)  # "magnitude-6.1" -> "magnitude 6.1" (fig64)
    if not _SPACED_NUMBER_CUE_RE.search(text):
        return text
    for _ in range(3):  # "$1, 234, 567": each pass joins one separator per number
        spans = [(m.start(2) - 1, m.end(2)) for rx in (_SPACED_DECIMAL_RE, _SPACED_PERCENT_RE, _SPACED_MAGNITUDE_RE)
                 for m in rx.finditer(text)]
        for rx in (_SPACED_CENTS_RE, _SPACED_THOUSANDS_RE, _SPACED_ZERO_THOUSANDS_RE, _SPACED_MOD_THOUSANDS_RE):
            spans += [(m.start(1) + 1, m.end()) for m in rx.finditer(text)]
        if spaced:
            spans += [(m.start(1) + 1, m.end()) for m in _SPACED_ANY_THOUSANDS_RE.finditer(text)
                      if not _MONTH_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())]
        spans += _fig64_spaced_spans(text, spaced)
        if not spans:
            break
        for start, end in sorted(set(spans), reverse=True):
            text = close(text, start, end)
    return text


#: A value supposed for the sake of argument, not reported: "say," set off by punctuation right before the number
#: ("If the crust is thick -- say, 18 miles or so -- ..."; not "officials say 18 people died").
_EXAMPLE_BEFORE_RE = re.compile(r"(?:[,(\u2013\u2014]|\s-|--)\s*say\s*,\s*(?:" + _MOD + r")?\s*$", re.I)

#: A lower-case noun joined to the number by a hyphen ("a 30-car pileup", "a 25-vehicle pileup"): what it counts;
#: not "a three-time champion", "a two-fold rise", "a three-way race", "a 20-odd", "a 10-plus" (no count of a thing).
_JOINED_NOUN_RE = re.compile(r"-(?!(?:times?|fold|ways?|odd|plus|some|ish|something|year|month|week|day|hour|minute)s?\b)"
                             r"[a-z]{2,}\b")

#: A noun made of the number and a word in "-er" ("a 3-pointer", "a two-seater", "an 18-wheeler", "the 17-incher"): a
#: thing named by its number, not a count or a measure of anything (twenty-third round); not a unit ("a 10-meter
#: dive"), nor "a 15-member panel", "3-under", "2-over".
_NUMBER_NOUN_RE = re.compile(r"-(?!(?:" + _longest_first(u for u in _UNITS if u.isalpha())
                             + r"|member|under|over|quarter)s?\b)[a-z]{2,}ers?\b(?!-)")

#: Capital abbreviations of the nouns a number counts, written glued to it or after it ("a 2.0MP front camera", "a
#: 16 MP camera"): the noun spelled out ("2.1 megapixels"), so both spellings are one key (fig36). Case-sensitive:
#: "Mp" is no such abbreviation. Data sizes (GB, MB) were read too and dropped: a spec list of several models gives
#: several sizes of one part ("3MB L2 cache" of one MacBook / "6 MB" of another: a false flag on ECB+ T40_ecb).
_ABBREVIATED_NOUNS = {"MP": "megapixels"}
_ABBREVIATED = _longest_first(_ABBREVIATED_NOUNS)
#: The nouns those abbreviations spell out are units a count is measured in, not things counted (fig38): "2.1
#: megapixels" is a resolution, no fraction of a thing, and "2.1 megapixels up front, 16 megapixels on the rear
#: camera" are two cameras' resolutions, not parts of one sum.
_UNIT_NOUNS = frozenset(stem(w) for w in _ABBREVIATED_NOUNS.values())

#: The article as the number one before a large scale word or a span of years (fig57): "more than a million pounds",
#: "half a million refugees" (half of it), "for a decade", "a century". Not "a thousand" or "a hundred" (figures of
#: speech far more often than amounts), nor "one in a million", "a million to one", "a million-dollar" (see
#: :func:`extract`).
_ARTICLE_ONE = r"(?:half\s+)?an?(?=[\s-]+(?:million|billion|trillion|decade|century)\b)"
#: A bound written after the number (fig57): "six or more bombs", "the station's 15-year or more lifetime" (a lower
#: bound), "$12,000 or less" (an upper one), "18 or so" (about), before the counted noun or unit.
_ARTICLE_ONE_RE = re.compile(r"(?:half\s+)?an?", re.I)
#: Around the article read as one, what makes it no amount: "one in a million", "a million to one", "a
#: million-dollar check", "a decade-old battle" (an adjective).
_ARTICLE_ONE_NOT_BEFORE_RE = re.compile(r"\b(?:one|1)\s+in\s+$", re.I)
_ARTICLE_ONE_NOT_AFTER_RE = re.compile(r"(?:\s+(?:decade|century))?(?:-|\s+to\s+(?:one|1)\b)", re.I)
#: A figure's text opening on the article read as one ("a million pounds", "a decade"): no digit to step by.
_ARTICLE_ONE_TEXT_RE = re.compile(r"\b(?:half\s+)?an?\s+(?:million|billion|trillion|decade|century)\b",
                                  re.I)
#: After "N or more", a determiner: the noun counted is not named ("losing 14 or more the previous season").
_DETERMINER_AFTER_RE = re.compile(r"\s+(?:the|a|an|this|that|these|those|his|her|their|its|our|of)\b", re.I)
_POST_BOUNDS = {"or more": "more than", "or less": "less than", "or fewer": "fewer than", "or so": "about"}
_POST = r"\s+(?:" + _longest_first(_POST_BOUNDS).replace(r"\ ", r"\s+") + r")\b(?!\s+than\b)"
_FIGURE_RE = re.compile(
    r"(?:(?<![\w.,:/\-+#])|(?<=[^\d.]\.)(?=\d)|(?<=^\.)(?=\d))"  # (a digit glued to a point: a calibre, ".357")
    r"(?:(?P<mod>" + _MOD + r")\s+)?"
    r"(?P<cur>" + _longest_first(CURRENCY_SYMBOLS) + r")?\s?"
    r"(?:(?P<vague>" + _VAGUE + r")|(?P<num>" + _NUM + r"|" + _DOZEN + r"|" + _SPELLED + r"|" + _ARTICLE_ONE + r")"
    r"(?:\s*(?:-|–|to|or)\s*(?P<num2>" + _NUM + r"|" + _WORDNUM + r"\b))?"  # "one to four hours" too
    r"(?:(?P<glued>(?-i:" + _GLUED_UNITS + r"))(?![\w/])(?!\s?/)|(?P<abbr> ?(?-i:" + _ABBREVIATED + r"))(?![\w/])"
    r"|(?:[\s\-]*(?P<scale>" + _SCALE + r"))?))"
    r"(?P<pct>\s*%|\s+per\s?cent\b)?"
    r"(?P<hyph>-(?:year|month|week|day|hour|minute)s?(?:-(?:long|olds?))?)?"
    r"(?P<mhyph>-(?:" + _HYPHEN_UNITS + r")-?)?"
    r"(?P<post>" + _POST + r")?"
    r"(?![\w:])",
    re.I,
)
_UNJOINED: list = []


def _figure_re() -> re.Pattern:
    """:data:`_FIGURE_RE`, or (reading "joined_pound" switched off, a measurement's setting) the same without the
    units read only joined."""
    if "joined_pound" not in READINGS_OFF:
        return _FIGURE_RE
    if not _UNJOINED:
        pattern = _FIGURE_RE.pattern
        for u in _JOINED_ONLY_UNITS:
            assert "|" + u + "|" in pattern
            pattern = pattern.replace("|" + u + "|", "|")
        _UNJOINED.append(re.compile(pattern, _FIGURE_RE.flags))
    return _UNJOINED[0]
#: Two numbers of one size, "N x M": "1, 440 x 900 display" (a screen's resolution; fig32: read as a count of "x"
#: once the spaced thousands are joined), "a 4×4 car". Only a count is dropped: "142.0 x 72.5 x 8.1 mm" keeps its
#: 8.1 mm. Not "by" ("cut emissions by 25 percent to 40 percent", "raised $20,000 by 325 donors").
_SIZE_AFTER_RE = re.compile(r"\s*[x×]\s*\d", re.I)
_SIZE_BEFORE_RE = re.compile(r"\d\s*[x×]\s*$", re.I)
#: A calibre: a decimal written with no leading digit (".38-caliber", ".357 Magnum", "a.45 caliber", a tokenizer's
#: "a. 38 caliber") before a calibre word or a gun (fig32). Its value is the fraction of an inch written (0.38,
#: 0.357), its unit "caliber": a gun's calibre compared across outlets (".38" / ".357" for one revolver). A number
#: glued to a point with none of these after it stays unread ("No.5"), as before.
_CALIBER_BEFORE_RE = re.compile(r"(?<![\d.])\.\s?$")
#: A calibre word right after two or three digits is a calibre with its point left out ("38-caliber", "a 50-caliber
#: machine gun"; and a tokenizer's "loaded. 38-caliber revolver", its point ending the sentence before).
_CALIBER_WORD_RE = re.compile(r"[\s-]*(?:caliber|calibre)\b", re.I)
_CALIBER_AFTER_RE = re.compile(r"(?:[\s-]*(?:caliber|calibre|cal\.|magnum|special|acp)\b|\s+(?:[A-Za-z]+\s+)?"
                               r"(?:revolver|pistol|handgun|gun|rifle|shotgun|semi-?automatic)s?\b)", re.I)
_EVENT_OF = {w: cat for cat, words in FIGURE_EVENTS.items() for w in words}
#: Units are no context: two heights share "feet" whatever they measure.
_NOT_CONTEXT = frozenset(stem(w) for w in [*UNITS_WORDS, *SCALE_WORDS, *FIGURE_MODIFIERS, *_EVENT_OF,
                                          *CONTEXT_STOPWORDS, *MEASURE_UNITS, *_SINGULAR_UNITS, *DURATION_UNITS,
                                          *DURATION_UNITS.values(), *CURRENCY_WORDS,
                                          "magnitude", "ago"]
                         if " " not in w)
_WEEKDAY_RE = re.compile(r"\b(?:" + WEEKDAY_PATTERN + r")\b", re.I)
#: What makes the number after it part of a name, not a count: a letter code joined by a hyphen ("AK-47", "F-16") or
#: two or three capitals and a space ("AK 47"), or an apostrophe ("in '18": a year).
_DESIGNATION_BEFORE_RE = re.compile(r"(?:\b[A-Z]{1,3}-|\b[A-Z]{2,3}\s|['’])$")
#: After a number, the total it is some of: "of the 125", "of five", "of the provincial assembly's 125", "of
#: Israel's 144" (up to three words between: determiners, lower-case words, possessives), before the counted noun.
_OF_TOTAL_RE = re.compile(r"\s+of\s+(?:(?:[A-Za-z][\w-]*['’]s|[a-z][\w-]*)\s+){0,3}?(?:\d[\d,.]*|" + _WORDNUM
                          + r")\s+(?=[A-Za-z])")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*|[;:.!?]")
#: Fig64 (reading "fig64_clock"): right before a number, a clock's hours and colon ("at 09: 10 hours", "at 09:10
#: hours"): the number is its minutes, no figure.
_FIG64_CLOCK_BEFORE_RE = re.compile(r"(?<![\d.,:])\d{1,2}:\s?$")
_TIME_AFTER_RE = re.compile(r"^\s*(?:[:.]\s?\d\d|[ap]\.?\s?m\b|GMT|UTC|CET|EST|local time|hrs\b)", re.I)  # ("3 p. m.", "2: 53")
#: Words that end a clause for the forward cue search.
_CLAUSE_END = {";", ".", "!", "?", "while", "but", "whereas", "although", "though", "because", "since", "after",
               "before", "when", "which", "who"}
#: Defaults of ``analysis.conflict_max_days`` and ``analysis.conflict_similarity``
#: (:class:`~newsbrief.config.AnalysisSettings`, where their reasons are given).
_DEFAULTS = AnalysisSettings()
#: Characters either side of a figure whose words say what it is about: two
#: figures conflict only when they share one ("relatives of 150 / 153 Chinese
#: passengers"; not "Hubble's six gyroscopes" / "two gyroscopes failed").
CONTEXT_CHARS = 45


@dataclass
class Figure:
    sent: Sent = field(repr=False)
    start: int
    end: int
    text: str
    low: float
    high: float
    value: float
    category: str  # killed, displaced, ..., count, duration, money, percent
    noun: str | None
    unit: str | None = None
    noun_end: int = 0
    #: The counted word as written ("civilians"), for labels; ``noun`` is its stem.
    noun_word: str | None = None
    #: A vague amount ("tens of thousands"), not a number.
    vague: bool = False
    #: Days named in its sentence (date labels, a weekend as "start/end", else "weekday monday"): what day the figure
    #: is about.
    days: frozenset = frozenset()
    #: Content stems around it (not the number nor the counted noun): what it is about.
    context: frozenset = frozenset()
    #: Places named within :data:`CONTEXT_CHARS` of it (entity ids, else the words), or the place a word like
    #: "there" stands for: where it is about.
    places: frozenset = frozenset()
    #: Dates its sentence names that end well before the article's date
    #: ("sank in April 1989 ... 200 miles north of Norway"): a figure about the past.
    past: frozenset = frozenset()
    #: Amounts of money its sentence gives besides it, as (currency, low, high): a count tied to one amount
    #: ("appealed for $27 million to feed 650,000 people") is not about the thing of another amount.
    money: tuple = ()
    #: Every place its article names: a figure about a place the other outlet never names is about another place.
    article_places: frozenset = frozenset()
    #: Every place its sentence names: a figure whose place the other's sentence names is not about another place
    #: ("the missile strike ..., according to the government in Khartoum" / "the El Shifa factory in Khartoum ...
    #: by U.S. cruise missiles with 10 people wounded").
    sentence_places: frozenset = frozenset()
    #: The places a distance is measured from ("602 miles southeast of Tehran"): distances from different places
    #: are different quantities.
    reference: frozenset = frozenset()
    #: A distance that says where something is, by a direction or "away" from a place ("about 15 miles north of
    #: Detroit", "12 miles away from Nulato"): never a length travelled or measured ("chased him for 30 miles",
    #: "fell 150 meters from a ridge").
    located: bool = False
    #: The direction a located distance gives ("north", "southeast", "away"), lower case.
    direction: str | None = None
    #: Its place is the one a word like "there" stands for (not merely a place named near it).
    place_meant: bool = False
    #: People named within :data:`CONTEXT_CHARS` of it: a 25-year sentence of one man is not another's 48 years
    #: (read for durations only).
    people: frozenset = frozenset()
    #: An amount for each one or each period ("each will receive $1.84 million", "$80,000 a year"): never a total.
    per_unit: bool = False
    #: What a joined unit measures ("a 3,500-kilometer dike": "dike"), as written, lower case.
    measured: str | None = None
    #: Its qualifier ("suspected", "confirmed"): figures with different ones count different things.
    qualifier: str | None = None
    #: Given with another count of its kind ("all 109 people on board and four on the ground",
    #: "15 in Idlib, nine in Aleppo"): a part of a total, never set against a total.
    part: bool = False
    #: The preposition that places it, by class ("working in 80 countries": "in"; "volunteers from 45 countries":
    #: "from"): where a thing happens and where people come from are two quantities.
    role: str | None = None
    #: What a duration runs from, when its words say so ("40 minutes into the flight", "30 minutes after takeoff",
    #: "some 40 minutes out of New York": "departure"): two such durations are one quantity whatever else the
    #: sentences share.
    since: str | None = None
    #: An explicit range or a vague amount ("330 to 510 feet", "hundreds of feet"): it does not give a value of its
    #: own, so it never shows that its outlet agrees with a precise value.
    loose: bool = False
    #: It restates the figure before it in its sentence in another unit, currency or as a share ("$US1 million
    #: ($1.52 million)", "5 miles (8 km)", "1.5 million people, or 15 percent"): "conversion" when its units' sizes
    #: are known (its interval is then the converted one's, at that one's precision: compared like a report of
    #: it), "restatement" otherwise (money at an unknown rate, a share): one figure with the one it restates, never
    #: a value of a conflict.
    restates: str | None = None
    #: Some of a total its sentence gives right after it ("75 of the 125 seats", "four of five charges"): a part
    #: (:attr:`part`), compared only with other parts.
    of_total: bool = False
    #: A listed figure's item, the words naming it right before it ("rehearsal dinner ($1,206)"): two parts of lists
    #: naming different items are different things ("Videographer $1,794").
    item: frozenset = frozenset()
    #: The unit or currency as written ("$us", "$", "pounds"), lower case: "$US1 million ($1.52 million)" are two
    #: currencies although both read "$".
    mark: str | None = None
    #: Whose figure it is: the people and organisations its clause names right before it, with no attribution between
    #: ("Brees threw for 363 yards", "the Yankees' offer of $180 million"; not "police said 12 people"): two figures
    #: of different subjects are two things of one kind (two players' yards, two teams' offers).
    subjects: frozenset = frozenset()
    #: Every person and organisation its sentence names (entity ids, else the words).
    sentence_subjects: frozenset = frozenset()
    #: Its modifier makes it a bound ("more than $15,000": "lower"; "up to 20": "upper"), or None.
    bound: str | None = None
    #: A count's verb, as a stem: the first word after its noun past auxiliaries ("Five bombs were dropped": "drop"),
    #: else a verb right before its number ("dropped four bombs"): two counts of one noun with one verb count one
    #: thing.
    predicate: str | None = None
    #: A toll said to be none ("no one was killed", "there were no casualties"): its 0 differs from any count.
    none: bool = False
    #: The other figures of its sentence (set by :func:`compare`): a value two outlets' sentences share aligns them
    #: (:func:`_anchored`).
    fellows: tuple = field(default=(), repr=False, compare=False)

    @property
    def key(self) -> tuple[str, str]:
        return (self.category, self.noun_key)

    @property
    def noun_key(self) -> str:
        if self.category == "age":
            return self.noun or ""  # the person
        if self.category == "duration" and self.noun:
            return f"{self.unit} of {self.noun}"
        if self.category == "percent" and self.noun:
            return f"% of {self.noun}"  # "70 per cent of men": the share of men
        return self.unit or self.noun or ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": _num(self.value),
            "low": _num(self.low),
            "high": _num(self.high),
            "counts": self.category,
            "noun": self.noun,
            "unit": self.unit,
            **cite_dict(self.sent.cite(), self.sent.source.n),
        }


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 3)


def _word_value(w: str) -> float | None:
    """The value of a number spelled in words: "twenty-one" 21, "One hundred fourteen" 114, "one hundred and
    fourteen" 114, "three thousand five hundred" 3,500; None when a word is no number word."""
    w = " ".join(w.lower().split())
    if w in UNITS_WORDS:
        return float(UNITS_WORDS[w])
    total = current = 0.0
    for p in re.split(r"[-\s]+", w):
        if p == "and":
            continue
        if p in UNITS_WORDS:
            current += UNITS_WORDS[p]
        elif p in NUMBER_MULTIPLIERS and NUMBER_MULTIPLIERS[p] < 1000:
            current = max(current, 1) * NUMBER_MULTIPLIERS[p]
        elif p in NUMBER_MULTIPLIERS:
            total += max(current, 1) * NUMBER_MULTIPLIERS[p]
            current = 0.0
        else:
            return None
    return total + current


#: A number written with a scale word is rounded at its last written digit: this much of that digit either side.
_HALF_DIGIT = 0.49
#: A whole number with a scale word ("7 million", "$3 trillion") is a round number: this much either side.
_ROUND_SCALED = 0.1


def _value(mo: re.Match) -> tuple[float, float, float] | None:
    if mo.group("vague"):
        lo, hi = VAGUE_AMOUNTS[mo.group("vague").lower()]
        return float(lo), float(hi), math.sqrt(lo * hi)
    raw = mo.group("num")
    if raw[0].isdigit():
        v = float(raw.replace(",", ""))
    elif _ARTICLE_ONE_RE.fullmatch(raw):
        v = 0.5 if raw[:1].lower() == "h" else 1.0  # "a million", "half a million" (fig57)
    else:
        v = _word_value(raw)
        if v is None:
            return None
    scale = 1 if _metres(mo) else _SCALES.get((mo.group("scale") or "").lower(), 1)
    v *= scale
    lo = hi = v
    decimals = len(raw.partition(".")[2]) if raw[0].isdigit() else 0
    if scale > 1 and decimals and not mo.group("num2"):
        # "$3.4 million" is rounded at its last written digit: it agrees with "$3.44 million" (a hair under half a
        # digit, so "7.3 million" and "7.4 million" do not meet at 7.35 million: two values)
        lo, hi = v - _HALF_DIGIT * scale / 10**decimals, v + _HALF_DIGIT * scale / 10**decimals
    elif scale > 1 and not mo.group("num2") and scale != 12:  # "two dozen" is 24, not a round number
        # "7 million" is a round number, as "about 7 million" is: it agrees with "7.3 million" (not "7.9 million")
        lo, hi = v * (1 - _ROUND_SCALED), v * (1 + _ROUND_SCALED)
    if mo.group("num2"):
        raw2 = mo.group("num2")
        v2 = (float(raw2.replace(",", "")) if raw2[0].isdigit() else _word_value(raw2) or v / scale) * scale
        lo, hi = min(v, v2), max(v, v2)
    mod = _modifier(mo)
    if mod in _FIGURE_MODIFIERS:
        a, b = _FIGURE_MODIFIERS[mod]
        lo, hi = lo * a, hi * b
    return lo, hi, (lo + hi) / 2 if mo.group("num2") else v


def _modifier(mo: re.Match) -> str:
    """A figure's modifier, lower case: the one before its number ("more than 280"), else a bound written after it
    ("six or more bombs": "more than"; fig57), else ""."""
    mod = (mo.group("mod") or "").lower()
    if not mod and mo.group("post") and "post_bound" not in READINGS_OFF:
        mod = _POST_BOUNDS[" ".join(mo.group("post").lower().split())]
    return " ".join(mod.split())


#: Words after "N m" that keep it metres ("8,013 m high", "5,900 m above sea level").
_METRE_NEXT = frozenset({"high", "long", "deep", "tall", "wide", "above", "below", "away", "from", "of", "in", "on",
                         "at", "and", "or", "to", "up", "down", "into", "under", "over"})


def _metres(mo: re.Match) -> bool:
    """"8,013 m) peak", "5,900 m above" are metres; "$62m" and "2m people" are millions (a currency symbol
    before it, a counted word after it)."""
    if (mo.group("scale") or "") != "m" or mo.group("cur") or mo.group("pct"):
        return False
    nxt = re.match(r"\s*([A-Za-z]+)", mo.string[mo.end() : mo.end() + 20])
    return nxt is None or nxt.group(1).lower() in _METRE_NEXT


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text)]


def _is_people(word: str, sent: Sent, pos: int) -> bool:
    w = word.lower()
    if w in PEOPLE_NOUNS:
        return True
    for m in sent.mentions:
        if m.start <= pos < m.end and m.label == "NORP":
            return True
    return word[:1].isupper() and w.endswith(("ans", "ians", "ese", "is")) and len(w) > 4


def extract(sents: list[Sent], date_spans: dict[int, list[tuple[int, int, Any]]] | None = None) -> list[Figure]:
    """Every figure with a counted noun or a known unit, in every sentence.

    ``date_spans``: per sentence (``id``), the date expressions in it as
    ``(start, end, When)``: numbers inside them are not figures, and the days
    they name tell which day a figure is about."""
    out: list[Figure] = []
    last: dict[int, Sent] = {}  # per source, the sentence read before
    last_place: dict[int, frozenset] = {}  # per source, the places of its last sentence naming one
    article_places: dict[int, frozenset] = {}  # per source, every place it names
    for s in sents:
        article_places[s.source.n] = article_places.get(s.source.n, frozenset()) | {
            m.entity.id if m.entity is not None else m.text.lower() for m in s.mentions if _kind(m) in _PLACE_LABELS}
    # An earlier event is one before the story began (its first article): "the Oct. 31 crash" in a January
    # follow-up is the story's own event, which another outlet's figure may give without its date.
    # the articles a tokenizer spaced (their spaced thousands are numbers: "2, 129 points"), by their whole text
    spaced = {src.n for src in {s.source.n: s.source for s in sents}.values()
              if _spaced_text(getattr(src.article, "raw_text", "") or "")}
    spaced |= {s.source.n for s in sents if _spaced_text(s.text)}
    anchors = [s.source.anchor for s in sents if s.source.anchor is not None]
    story_start = min(anchors) if anchors else None
    for s in sents:
        text = s.text
        dated = (date_spans or {}).get(id(s), [])
        if (lead := _LEAD_YEAR_RE.match(text)) and not any(st <= lead.start(1) < e for st, e, _ in dated):
            # "In 2004, a magnitude-9.1 earthquake ... killed 230,000 people in 14 countries": the year opening the
            # sentence dates it as "in 2004" later in a sentence does (the timeline reads only the lower-case one)
            y = int(lead.group(1))
            dated = [*dated, (lead.start(), lead.end(), When(date(y, 1, 1), date(y, 12, 31), "year"))]
        skip = [(st, e) for st, e, _ in dated]
        places = sorted((m.start, m.entity.id if m.entity is not None else m.text.lower()) for m in s.mentions
                        if _kind(m) in _PLACE_LABELS)  # sorted once: a figure's look-up is two bisections
        place_starts, place_keys = [p for p, _ in places], [k for _, k in places]
        anchor = s.source.anchor
        earlier = [(st, w.label) for st, _, w in dated
                   if anchor is not None and (anchor - w.end).days > _PAST_DAYS
                   and (story_start - w.end).days > _PAST_DAYS]
        past_dates = [(st, label) for st, label in earlier
                      if not _SINCE_DATE_RE.search(text, max(0, st - 70), st)  # "built 190 ... since ... 1967"
                      and not (_NOUN_DATE_RE.match(text, st)  # "the tsunami of 2004": the tsunami's date (fig34)
                               and not _TIME_OF_RE.search(text, max(0, st - 25), st))]
        breaks = [m.start() for m in _CLAUSE_BREAK_RE.finditer(text)] if earlier else []
        # (a weekend is its two days: "five people were killed ... at the weekend" is no toll of the clause's
        # "today", fig34)
        day_at = [(st, w.label) for st, _, w in dated if w.granularity in ("day", "weekend")] or [
            (m.start(), "weekday " + m.group(0).lower()) for m in _WEEKDAY_RE.finditer(text)]  # unresolved: by name
        days = frozenset(label for _, label in day_at)
        day_breaks = [m.start() for m in _DAY_CLAUSE_BREAK_RE.finditer(text)] if len(days) > 1 else []
        before_s = last.get(s.source.n)
        before_s = before_s if before_s is not None and before_s.index == s.index - 1 else None
        last[s.source.n] = s
        named_before = last_place.get(s.source.n, frozenset())  # the place the article named last
        if places:
            last_place[s.source.n] = frozenset(place_keys)
        # (not a nationality: "Chechen officials" and "Chechen sources" say nothing about what is counted)
        named = [(m, "@" + m.entity.id, frozenset(stem(w.lower()) for w in re.findall(r"[A-Za-z]+", m.text)))
                 for m in s.mentions if m.entity is not None and m.label != "NORP"]
        prev: Figure | None = None
        prev_pre_cue = False
        in_sentence: list[Figure] = []
        matches: dict[int, re.Match] = {}
        minus = _fig63_minus(s, text, days) if "fig63_minus" not in READINGS_OFF else []
        for mo in _figure_re().finditer(_joined_numbers(text, s.source.n in spaced)):
            a, b = mo.span()
            if not mo.group("num") and not mo.group("vague"):
                continue
            if minus and any(f.start <= a < f.end for f in minus):
                continue  # "minus 17 degrees": a temperature below zero, read by :func:`_fig63_minus` (fig63)
            if _ARTICLE_ONE_RE.fullmatch(mo.group("num") or "") and (
                    "article_one" in READINGS_OFF or _ARTICLE_ONE_NOT_BEFORE_RE.search(text, max(0, a - 12), a)
                    or _ARTICLE_ONE_NOT_AFTER_RE.match(mo.string, b)):
                continue  # "one in a million", "a million to one", "a million-dollar check": no amount
            if mo.group("post") and (re.fullmatch(r"one|1", mo.group("num") or "", re.I)
                                     or _DETERMINER_AFTER_RE.match(mo.string, b)):
                continue  # "one or more members", "after losing 14 or more the previous season": no count read
            cal = None
            point = text[a - 1 : a] == "."  # "a.45", ".357": read only as a calibre
            if point or _CALIBER_BEFORE_RE.search(text, max(0, a - 3), a) or _CALIBER_WORD_RE.match(text, b):
                raw = mo.group("num") or ""
                cal = (_CALIBER_AFTER_RE if point or _CALIBER_BEFORE_RE.search(text, max(0, a - 3), a)
                       else _CALIBER_WORD_RE).match(text, b) if raw.isdigit() and len(raw) in (2, 3) and not (
                    mo.group("mod") or mo.group("cur") or mo.group("num2") or mo.group("pct")) else None
                if cal is not None:
                    v = int(raw) / 10 ** len(raw)
                    fig = Figure(s, a, b, "." + raw + text[b : cal.end()].rstrip(), v, v, v, "measure", None,
                                 "caliber", noun_end=cal.end())
                elif point:
                    continue
            if any(a < e and st < b for st, e in skip) and not _UNIT_AGO_RE.match(mo.string, b):
                continue  # (a date's number is no figure; "6 months ago" is read as the time since something)
            if _TIME_AFTER_RE.match(text[b : b + 12]):
                continue
            if "fig64_clock" not in READINGS_OFF and _FIG64_CLOCK_BEFORE_RE.search(text, max(0, a - 6), a):
                continue  # "at 09: 10 hours (0440 GMT)": a clock's minutes, no span of ten hours (fig64)
            if _fig65_named_number(mo):
                continue  # "911 calls", "the 9-11 attacks": the emergency line's number, the attacks' name (fig65)
            before = text[max(0, a - 25) : a]
            bw = re.findall(r"[A-Za-z.]+", before)
            if cal is None and bw and bw[-1].lower() in FIGURE_ID_WORDS and not (
                    bw[-1].lower() == "a" and (mo.group("hyph") or mo.group("mhyph") or mo.group("cur")
                                               or mo.group("pct") or mo.group("abbr") or _JOINED_NOUN_RE.match(text, b)
                                               or _MAGNITUDE_AFTER_RE.match(mo.string, b))):  # "a 4.4 quake" too
                # "a 16-year veteran", "a 30-car pileup", "a $1.25 million fine", "a 5% raise" are no "A 16"
                continue
            if _EXAMPLE_BEFORE_RE.search(before):
                continue  # "If the crust is thick -- say, 18 miles or so -- ...": a value supposed, not reported
            if re.search(r"[\d+]\s*$", before):
                continue  # phone numbers, "0800 800 812"
            if _DESIGNATION_BEFORE_RE.search(before) and not (mo.group("cur") or mo.group("pct")):
                continue  # a model's name, no count: "AK-47 rifles", "six AK 47 rifles", "an F-16", "in '18"
            if _ADDRESS_AFTER_RE.match(text, b):
                continue  # "in the 3300 block of West Florence Avenue": an address
            if cal is None and not mo.group("mhyph") and not mo.group("hyph") and _NUMBER_NOUN_RE.match(text, b):
                continue  # "banking in a two-pointer", "buried a 3-pointer": a kind of thing, no count of it
            raw = mo.group("num") or ""
            if raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100 and not mo.group("pct"):
                continue  # a year
            dozens = False
            if cal is None:
                val = _value(mo)
                if val is None:
                    continue
                lo, hi, v = val
                if "fig63_dozen_of" not in READINGS_OFF and _fig63_dozen_of(mo):
                    # "Dozen of warships ... are also patrolling": a misspelt "dozens of", no twelve (fig63)
                    lo, hi = map(float, VAGUE_AMOUNTS["dozens"])
                    v, dozens = math.sqrt(lo * hi), True
                fig = _age(s, mo, v, before_s) or _describe(s, mo, lo, hi, v, prev if prev_pre_cue else None, prev)
            if fig is None or (raw.lower() == "one" and not mo.group("num2") and fig.category == "count"):
                continue  # "one another", "one direction"
            if fig.category in FIGURE_EVENTS and _fig65_left_behind(mo):
                fig.category = "count"  # "who leaves behind a husband, son and two grandchildren": kin, no toll (fig65)
            if fig.category == "count" and (_SIZE_AFTER_RE.match(mo.string, b)
                                            or _SIZE_BEFORE_RE.search(mo.string, max(0, a - 12), a)):
                continue  # "1,440 x 900 display", "a 4×4 car": a size's sides, no count ("x 8.1 mm" stays a measure)
            if fig.category == "count" and "hashtag" not in READINGS_OFF and _HASHTAG_AFTER_RE.match(mo.string, b):
                continue  # "instead of 2 #cutscost": a tweet's hashtag (or "@handle") is no noun the number counts
            if fig.category == "measure" and _POSITION_AFTER_RE.match(text, fig.noun_end):
                continue  # "at the Indy 14-yard line": a place on the field, not a distance of anything
            fig.vague = bool(mo.group("vague")) or dozens
            fig.days = _clause_days(day_at, day_breaks, a) if day_breaks else days
            reference = fig.category == "measure" and _REFERENCE_RE.match(text, fig.noun_end)
            # "Zarand, ... 602 miles southeast of Tehran": Tehran is where it is measured from, not what it is about
            fig.context = _context(text, a, b, fig.noun_end, fig.noun, after=not reference, noun_word=fig.noun_word)
            if "fig63_model" not in READINGS_OFF and _fig63_is_model(fig):
                # the model's name and its kind are the counted thing, no word around it ("seven AK-47 rifles")
                fig.context = fig.context - frozenset(content_terms(text[b : fig.noun_end]))
            near = slice(bisect_left(place_starts, a - CONTEXT_CHARS),
                         bisect_left(place_starts, fig.noun_end if reference else fig.noun_end + CONTEXT_CHARS))
            fig.places = frozenset(place_keys[near])
            fig.sentence_places = frozenset(place_keys)
            located = _LOCATED_RE.match(text, fig.noun_end) if reference else None
            fig.located = bool(located)
            fig.direction = located.group(1).lower() if located else None
            if reference:  # "about five miles downriver from Koyukuk" / "12 miles away from Nulato": two distances
                fig.reference = frozenset(place_keys[bisect_left(place_starts, fig.noun_end):
                                                     bisect_left(place_starts, fig.noun_end + CONTEXT_CHARS)]) or \
                    frozenset(re.findall(r"[A-Z][a-z]+", text[reference.end() : reference.end() + 25])[:1])
            if not fig.places and fig.category == "measure" and not place_keys and _IT_SUBJECT_RE.match(text) \
                    and named_before:  # "The river in Minot peaked ... But it is nearly 13 feet above flood stage"
                fig.places = named_before  # where the sentence before is: the measure of the thing it spoke of
                fig.place_meant = True
            elif not fig.places and _THERE_RE.search(text[max(0, a - CONTEXT_CHARS) : fig.noun_end + CONTEXT_CHARS]):
                # "600,000 people there", "the island": the place named last before it, in its sentence or earlier
                fig.places = frozenset(place_keys[: bisect_left(place_starts, a)][-1:]) or named_before
                fig.place_meant = bool(fig.places)
            fig.article_places = article_places[s.source.n]
            # what its sentence names (people, bodies, places, things) is what it is about as well: "King's team
            # ... injuring five others" / "two other dogs injured ..., King said" share King, not a nearby word
            # (a measure's places are where it is measured from or where it is: never what two measures share)
            # (a name counts once, as its entity, whether near it or not: "Nunavut's 25,000 people" is one word)
            # Not for measures: a distance's places are where it is measured from or where it is, and one place
            # typed two ways by NER ("Perth") would make two distances of one area different things.
            kept = [(key, words) for m, key, words in named if fig.category != "measure"]
            fig.context = frozenset(fig.context - frozenset().union(*(w for _, w in kept))) | {k for k, _ in kept}
            fig.people = frozenset(
                m.entity.id if m.entity is not None else m.text.lower() for m in s.mentions
                if m.label == "PERSON" and a - CONTEXT_CHARS <= m.start < fig.noun_end + CONTEXT_CHARS)
            fig.per_unit = bool(_PER_UNIT_RE.search(text[max(0, a - CONTEXT_CHARS) : fig.noun_end + 25]))
            fig.subjects = _subjects(s, a)
            fig.sentence_subjects = frozenset(_mention_key(m) for m in s.mentions if _kind(m) in _SUBJECT_LABELS)
            fig.bound = _BOUNDS.get(_modifier(mo))
            if fig.category == "count":
                fig.predicate = _predicate(text, a, fig.noun_end)
            # an earlier date counts only in the figure's own clause: "built 16 planes, and ... took the unsold
            # planes in 1979" is no count of 1979
            clause = bisect_left(breaks, a)
            fig.past = frozenset(label for st, label in past_dates if bisect_left(breaks, st) == clause)
            if clause and _RELATIVE_BREAK_RE.match(text, breaks[clause - 1]):
                # ", which killed 191 people" after "since the 2004 train bombings in Madrid": the relative clause
                # tells of the dated event before it (a "since" there dates the main clause's superlative, not it)
                fig.past |= {label for st, label in earlier if bisect_left(breaks, st) == clause - 1}
            if fig.unit == "magnitude":  # a quake's magnitude is the quake's its sentence dates anywhere
                fig.past = frozenset(label for _, label in past_dates)
            if fig.category == "money" and _CASH_PART_RE.match(text, fig.noun_end):
                fig.part = True  # "a combination of $4.2 billion in cash and 57 million shares": the price's cash part
            if _MORE_AFTER_RE.match(text, fig.noun_end) or _ALONE_AFTER_RE.match(text, fig.noun_end):
                fig.part = True  # "killed 170,000 people in the province and tens of thousands more", "in Sumatra alone"
            fig.qualifier = fig.qualifier or _qualifier(text, a, fig.noun_end, b)  # ("grave": set by the reader)
            if mo.group("mhyph"):
                fig.measured = _measured(text, b)
            rm = _ROLE_RE.search(text, max(0, a - 12), a)
            fig.role = _ROLES[rm.group(1).lower()] if rm else None
            if fig.category == "duration" and _SINCE_RE.match(text, fig.noun_end):
                fig.since = "departure"
            elif fig.category == "duration" and _AGO_RE.match(text, fig.noun_end) and not _SPAN_BEFORE_RE.search(
                    text, max(0, a - 12), a):
                # "gained its independence from Sudan 6 months ago" / "became the world's newest country only four
                # months ago": the time since an event, counted back from its report's day (compared only with
                # other such offsets, of reports within ``conflict_max_days``)
                fig.noun, fig.noun_word, fig.since = "ago", None, None
            elif fig.category == "duration" and "later_offset" not in READINGS_OFF and _LATER_RE.match(
                    text, fig.noun_end) and not _SPAN_BEFORE_RE.search(text, max(0, a - 12), a):
                # "Twenty-six years later, Quill is a ... scavenger" / "Twenty years later and Quill is a grown man":
                # the time between two moments of the story, told with no anchor named; compared only with other
                # such offsets (recall rule "later_offset", fig60)
                fig.noun, fig.noun_word, fig.since = "later", None, None
            elif fig.category == "duration" and _fig65_offset(text, a, fig.noun_end):
                # "she re-entered 10 minutes later with a handgun", "Ten minutes after being taken off the job", "was
                # outside for nine minutes before coming back": the time between two moments of the story, compared
                # with the other such offsets ("later", fig60) (reading "fig65_offset")
                fig.noun, fig.noun_word, fig.since = "later", None, None
            elif fig.category == "duration" and _OFFSET_RE.match(text, fig.noun_end) and not _SPAN_BEFORE_RE.search(
                    text, max(0, a - 12), a):
                continue  # "one day after a storm grounded flights", "two weeks ago": when, not how long anything lasted
            if fig.category == "duration" and _CLOCK_AFTER_RE.match(text, fig.noun_end):
                continue  # "with 4 minutes 48 seconds remaining", "with just under five minutes left": a game clock
            fig.loose = fig.vague or bool(mo.group("num2") and hi > 1.25 * max(lo, 1e-9))
            if not mo.group("num2") and (r := _RANGE_START_RE.search(text, max(0, a - 30), a)) is not None:
                # the second end of a range the reader did not join ("between 3,000 and 1,500 years ago"): the
                # range, in either order, not a value of its own
                first, num = r.group(1) or r.group(2), mo.group("num") or ""
                w = float(first.replace(",", "")) if first[0].isdigit() else _word_value(first)
                written = float(num.replace(",", "")) if num[:1].isdigit() else None
                if w is not None and w > 0:
                    w *= fig.value / written if written else 1.0  # "between 2 and 3 million": 2 million
                    fig.low, fig.high = min(fig.low, w), max(fig.high, w)
                    fig.loose = fig.loose or fig.high > 1.25 * max(fig.low, 1e-9)
            mark = mo.group("cur") or next(iter(text[b : fig.noun_end].split()[-1:]), None)  # "$US", "pounds"
            fig.mark = mark.lower() if mark else None
            for frac in _MIXED_FRACTION_RE.finditer(text, a, b + 6):  # shown as written: "2 1/2 years", not "2.5 years"
                fig.text = fig.text.replace(_decimal_fraction(frac).strip(), frac.group(0), 1)
            out.append(fig)
            in_sentence.append(fig)
            matches[id(fig)] = mo
            if fig.category == "duration" and fig.noun is None and prev is not None and prev.category == "duration" \
                    and prev.noun is not None and prev.unit == fig.unit and _PART_RE.fullmatch(text[prev.end : a]):
                # "five hours of battery life and four hours with the faster chip": the second is of the same thing
                # (twenty-fourth round), so the two are one sentence's values of one kind
                fig.noun, fig.noun_word = prev.noun, prev.noun_word
            if prev is not None and prev.noun is not None and prev.noun == fig.noun \
                    and prev.category == fig.category and _PART_RE.fullmatch(text[prev.end : a]) \
                    and fig.qualifier != "grave" and fig.noun not in _UNIT_NOUNS:
                # ("wounding 55 others, 10 of whom remain critical": some of them; "2.1 megapixels up front, 16
                # megapixels on the rear camera": two cameras' resolutions, no sum, fig38)
                # (parts of one total count one thing: "Three people were stabbed ... and 12 people were arrested"
                # are two counts, neither a part)
                prev.part = fig.part = True
            prev_pre_cue = fig.category in FIGURE_EVENTS and (_pre_cue(text, a) is not None or (
                fig.category == "killed" and _LOST_BEFORE_RE.search(text, max(0, a - 30), a) is not None))
            if fig.category not in FIGURE_EVENTS and prev is not None and prev_pre_cue:
                prev_pre_cue = False
            prev = fig
        # "no one was killed or injured", "there were no casualties"; "Page married twice" (fig62)
        for fig in [*_zeros(s, text, days), *(_twice(s, text, days) if "twice" not in READINGS_OFF else []), *minus,
                    *_fig65_one_more(s, text, days, in_sentence)]:
            fig.context = _context(text, fig.start, fig.end, fig.noun_end, fig.noun, noun_word=fig.noun_word)
            kept = [(key, words) for m, key, words in named]
            fig.context = frozenset(fig.context - frozenset().union(*(w for _, w in kept))) | {k for k, _ in kept}
            near = slice(bisect_left(place_starts, fig.start - CONTEXT_CHARS),
                         bisect_left(place_starts, fig.noun_end + CONTEXT_CHARS))
            fig.places = frozenset(place_keys[near])
            fig.sentence_places = frozenset(place_keys)
            fig.article_places = article_places[s.source.n]
            fig.subjects = _subjects(s, fig.start)
            fig.sentence_subjects = frozenset(_mention_key(m) for m in s.mentions if _kind(m) in _SUBJECT_LABELS)
            # (a toll of none is the event's its sentence dates anywhere: "On April 20, a quake jolted Maluku, but
            # caused no casualties")
            fig.past = frozenset(label for _, label in past_dates)
            fig.qualifier = None  # ("contrary to initial estimates" after it qualifies no count of its own)
            out.append(fig)
        _restatements(text, in_sentence, matches)  # "$US1 million ($1.52 million)": one figure
        for f in in_sentence:  # "appealed for $27 million to feed 650,000 people": the appeal of $27 million
            f.money = tuple((m.unit, m.low, m.high) for m in in_sentence
                            if m is not f and m.category == "money" and not m.restates)
            f.item = _list_item(text, f.start)
            if f.category == "money" and (_SHARE_THEN_AMOUNT_RE.search(text, max(0, f.start - 80), f.start)
                                          or _AMOUNT_THEN_SHARE_RE.match(text, f.noun_end)):
                f.part = True  # "62 percent of it, $2.764 trillion": a share of a whole, told as an amount (fig34)
            if f.category in _LISTED_CATEGORIES and not f.restates and not _SHARE_OF_BEFORE_RE.search(
                    text, max(0, f.start - 50), f.start) and any(
                    m is not f and m.key == f.key and not m.restates and not _overlap(m, f) for m in in_sentence):
                # "$735.2 million overseas in 17 days and $273.7 million in North America after 15 days", "two hours
                # to get to the sea floor and ... 16 hours": each is one of several things of its kind, not a total
                f.part = True
        for f in in_sentence:
            if not f.part or f.of_total:  # "won 75 of the 125 seats" is some of a total, no item of a list
                f.item = frozenset()
    if "fig65_co_noun" not in READINGS_OFF:
        for f in out:  # "killing two co-workers" / "killing two workers": one kind of people counted (fig65)
            if f.noun_word and (co := _FIG65_CO_NOUN_RE.fullmatch(f.noun_word)) is not None:
                f.noun = stem(co.group(1))
    return out


#: None of a toll: "no one was killed or injured", "nobody was hurt", "there were no casualties", "caused no
#: deaths" (not "no immediate reports of any casualties", "did not see any casualties": no one said none).
_ZERO_RE = re.compile(r"\b(?P<who>no\s+one|nobody|no-one)\s+(?:was|were|has\s+been|had\s+been|have\s+been|is|got)\s+"
                      r"(?:\w+ly\s+)?(?P<ev>killed|injured|hurt|wounded|harmed)(?:\s+or\s+(?P<ev2>killed|injured|hurt|"
                      r"wounded|harmed))?\b|\b(?P<who2>no\s+one|nobody)\s+(?P<ev3>died)\b|"
                      r"\b(?:there\s+(?:were|was|have\s+been|had\s+been|appeared\s+to\s+be)|caused|causing|with)\s+"
                      r"(?P<who3>no)\s+(?P<ev4>casualties|deaths|fatalities|injuries|dead)\b", re.I)
_ZERO_EVENTS = {"hurt": "injured", "harmed": "injured", "wounded": "injured", "dead": "killed", "died": "killed"}


def _zeros(s: Sent, text: str, days: frozenset) -> list["Figure"]:
    """The figures of a toll said to be none (:data:`_ZERO_RE`): 0 people killed, 0 injured ("no one was killed or
    injured" gives both), against another outlet's count of them."""
    out = []
    for m in _ZERO_RE.finditer(text):
        start = m.start("who") if m.group("who") else m.start("who2") if m.group("who2") else m.start("who3")
        for g in ("ev", "ev2", "ev3", "ev4"):
            ev = m.group(g)
            if not ev:
                continue
            cat = _ZERO_EVENTS.get(ev.lower()) or _EVENT_OF.get(ev.lower())
            if cat not in FIGURE_EVENTS:
                continue
            fig = Figure(s, start, m.end(), " ".join(text[start : m.end()].split()), 0.0, 0.0, 0.0, cat, "people",
                         noun_end=m.end(), noun_word="people")
            fig.days, fig.none = days, True
            out.append(fig)
    return out


#: "twice" or "thrice" closing a count of times something was done ("Page married twice", "was arrested twice"),
#: not a ratio, a rate or a comparison ("twice as many", "twice a day", "twice the size", "twice more").
_TWICE_RE = re.compile(r"\b(twice|thrice)\b(?!\s+(?:more|less|fewer|as|than|the|a|an|per|each|every|over|that|what|"
                       r"its|his|her|their|daily|weekly|monthly|annually|yearly|[a-z]+er|[a-z]+ier)\b)(?![-\w])", re.I)


def _twice(s: Sent, text: str, days: frozenset) -> list["Figure"]:
    """The times something was done, told by "twice" / "thrice" right after its verb ("Page married twice", "was
    divorced twice"): a count of "time" as "married three times" is (fig62), so the two are compared."""
    out = []
    for m in _TWICE_RE.finditer(text):
        verb = _TIMES_VERB_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if verb is None or verb.group(1).lower().startswith(_TIMES_NOT_VERBS):
            continue
        v = 2.0 if m.group(1).lower() == "twice" else 3.0
        fig = Figure(s, m.start(), m.end(), m.group(1), v, v, v, "count", "time", None, noun_end=m.end(),
                     noun_word="times")
        fig.days = days
        out.append(fig)
    return out


#: Fig65 (reading "fig65_one_more"): after a toll of people in its sentence, one more person of another event told by a
#: word ("killing two co-workers and critically injuring a third", "two people have been killed and another
#: wounded"): a count of one, of that event.
_FIG65_ONE_MORE_RES = (
    re.compile(r"\b(?:(?:critically|seriously|fatally|badly|gravely)\s+)?(?P<verb>[a-z]+)\s+"
               r"(?P<one>a\s+third|another|one\s+other)\b"
               r"(?!\s+(?:of|time|day|round|year|week|month|place|one|" + _WORDNUM + r")\b)(?!\s+\d)", re.I),
    re.compile(r"\b(?P<one>another|a\s+third)\s+(?:(?:was|were)\s+(?:also\s+)?)?(?P<verb>[a-z]+)\b", re.I))
#: Fig65 (reading "fig65_co_noun"): a count of "co-workers" / "coworkers" counts workers ("killing two workers" /
#: "killing two co-workers": one kind of people, one key).
_FIG65_CO_NOUN_RE = re.compile(r"co-?(workers?|defendants?|pilots?|conspirators?|founders?|owners?)", re.I)


def _fig65_one_more(s: Sent, text: str, days: frozenset, in_sentence: list["Figure"]) -> list["Figure"]:
    """Counts of one more person (:data:`_FIG65_ONE_MORE_RES`): the verb must name an event of
    :data:`._cues.FIGURE_EVENTS` and a toll of people of another event come before it in the sentence; the count
    takes that toll's noun ("a third" of "two co-workers" is a co-worker)."""
    if "fig65_one_more" in READINGS_OFF or "another" not in text.lower() and "third" not in text.lower() \
            and "other" not in text.lower():
        return []
    out = []
    for m in (m for pattern in _FIG65_ONE_MORE_RES for m in pattern.finditer(text)):
        event = _EVENT_OF.get(m.group("verb").lower())
        if any(f.start < m.end() and m.start() < f.end for f in out):
            continue  # (one phrase read by both patterns)
        toll = [f for f in in_sentence if f.end <= m.start() and f.category in FIGURE_EVENTS and f.category != event
                and f.noun and not f.none]
        if event not in FIGURE_EVENTS or not toll:
            continue
        before = toll[-1]
        a, b = m.span("one")
        fig = Figure(s, a, b, " ".join(text[min(a, m.start()) : m.end()].split()), 1.0, 1.0, 1.0, event,
                     before.noun, None, noun_end=m.end(), noun_word=before.noun_word)
        fig.days = days
        out.append(fig)
    return out


#: A temperature below zero (fig63, reading "fig63_minus"): "minus 17 degrees", "minus-20 degree temperatures",
#: "17 degrees below zero", or "minus 20" after a word of temperature ("Outside temperatures were minus 20"); the
#: scale when named ("minus 20 Celsius").
_FIG63_MINUS_RE = re.compile(
    r"(?:\b(?:minus|negative)[\s-]+(?P<num>\d{1,3}(?:\.\d+)?|" + _WORDNUM + r")\b(?![.,]?\d)"
    r"(?P<unit>[\s-]+degrees?\b|\s?°)?"
    r"|(?<![\w.,-])(?P<num2>\d{1,3}(?:\.\d+)?|" + _WORDNUM + r")(?P<unit2>[\s-]+degrees?|\s?°)?\s+below\s+zero\b)"
    r"(?P<scale>\s*(?:Celsius|Fahrenheit|centigrade|C|F)\b)?", re.I)
#: A word of temperature before a bare "minus 20" (within its clause).
_FIG63_TEMPERATURE_BEFORE_RE = re.compile(r"\b(?:temperatures?|temps?|wind[\s-]?chills?|thermometers?|mercury)\b"
                                          r"[^.;:!?]{0,40}$", re.I)


def _fig63_minus(s: Sent, text: str, days: frozenset) -> list["Figure"]:
    """Temperatures below zero (:data:`_FIG63_MINUS_RE`): measures in "degrees below zero" (the scale's name added
    when given: "degrees C below zero"), so "minus 17 degrees" and "Outside temperatures were minus 20" are two values
    of one quantity; before, the sign was dropped ("17 degrees", set against temperatures above zero) or the bare
    "minus 20" not read at all."""
    low = text.lower()
    if "minus" not in low and "negative" not in low and "below" not in low:
        return []  # none of the pattern's words: skip its scan (its word numbers are tried at every position)
    out = []
    for m in _FIG63_MINUS_RE.finditer(text):
        raw = m.group("num") or m.group("num2")
        unit = m.group("unit") or m.group("unit2")
        if m.group("num") and not unit and not _FIG63_TEMPERATURE_BEFORE_RE.search(text, max(0, m.start() - 60),
                                                                                    m.start()):
            continue  # "minus 3 points": no temperature
        v = float(raw) if raw[0].isdigit() else _word_value(raw)
        if v is None:
            continue
        scale = (m.group("scale") or "").strip().upper()[:1]
        fig = Figure(s, m.start(), m.end(), " ".join(m.group(0).split()), v, v, v, "measure", None,
                     f"degrees {scale} below zero".replace("  ", " "), noun_end=m.end())
        fig.days = days
        out.append(fig)
    return out


#: Before a count's number: a verb (past tense or participle) that predicates it ("dropped four bombs").
_VERB_BEFORE_RE = re.compile(r"\b([a-z]{3,}(?:ed|ing))\s+(?:(?:the|all|some|about|at\s+least|more\s+than|nearly|"
                             r"roughly|around|over)\s+)*$", re.I)
#: After a count's noun: auxiliaries before its verb ("bombs were dropped", "people had been arrested").
_AUX_AFTER_RE = re.compile(r"\s+(?:(?:was|were|had|have|has|been|being|is|are|be|later|then|also|all|reportedly|"
                           r"allegedly|initially|were\s+not|not)\s+)*([a-z]+)\b", re.I)


def _predicate(text: str, start: int, noun_end: int) -> str | None:
    """A count's verb (:attr:`Figure.predicate`): after its noun and auxiliaries ("Five bombs were dropped"), a
    word ending in -ed, else a verb right before its number ("dropped four bombs")."""
    m = _AUX_AFTER_RE.match(text, noun_end)
    if m and m.group(1).lower().endswith("ed") and m.group(1).lower() not in _STOP_AFTER:
        return stem(m.group(1).lower())
    m = _VERB_BEFORE_RE.search(text, max(0, start - 40), start)
    if m and m.group(1).lower() not in _EVENT_OF:
        return stem(m.group(1).lower())
    return None


#: Entity types that can be whose a figure is: people and organisations (teams, companies, agencies).
_SUBJECT_LABELS = frozenset({"PERSON", "ORG"})
#: How far before a figure its subject may be named, in characters.
_SUBJECT_CHARS = 60
#: Between a name and a figure, words that make the name a source of the figure, not its subject ("police said
#: 12 people", "the Red Cross put the toll at 100", "according to Reuters"), or a clause break.
_SUBJECT_BREAK_RE = re.compile(r"[.;:!?()\[\]\"“”]|\b(?:said|says|say|told|tells|according|reported|reports|reporting|"
                               r"estimated|estimates|estimating|announced|announces|confirmed|confirms|stated|claimed|"
                               r"claims|counted|counts|put|puts|putting|cited|cites|quoted|quotes|added|adds|noted|"
                               r"notes|while|but|whereas|although|though|which|who|when|where)\b", re.I)
#: Modifiers that make a figure a bound: two lower bounds ("more than $15,000", "more than $25,000") or two upper
#: bounds never contradict each other.
_BOUNDS = {**dict.fromkeys(("more than", "more", "over", "at least", "upwards of", "above"), "lower"),
           **dict.fromkeys(("less than", "fewer than", "under", "up to", "below"), "upper")}


def _mention_key(m) -> str:
    return m.entity.id if m.entity is not None else m.text.lower()


def _subjects(s: Sent, a: int) -> frozenset:
    """The people and organisations named in the clause right before a figure starting at ``a`` (within
    :data:`_SUBJECT_CHARS`, no attribution word or clause break between): whose the figure is."""
    text = s.text
    out = set()
    for m in s.mentions:
        if m.end <= a and a - m.end <= _SUBJECT_CHARS and _kind(m) in _SUBJECT_LABELS \
                and not _SUBJECT_BREAK_RE.search(text, _relative_start(text, m.end, a), a):
            out.add(_mention_key(m))
    return frozenset(out)


#: Right after a name: the start of a relative clause it is the subject of ("Garrard, who completed 28 passes").
_RELATIVE_WHO_RE = re.compile(r"\s*,\s*who\s+(?!(?:said|says|told|tells|added|adds)\b)", re.I)


def _relative_start(text: str, end: int, a: int) -> int:
    """Where a name's clause before a figure at ``a`` starts to be read for breaks: past ", who" right after the
    name (the name is the relative clause's subject: "Garrard, who completed 28 passes"; fig62), else the name's
    end."""
    if "relative_subject" not in READINGS_OFF and (m := _RELATIVE_WHO_RE.match(text, end, a)):
        return m.end()
    return end


def _times_verb(f: "Figure") -> str | None:
    """A count of times' verb, as a stem ("Page married twice", "was married three times": "marri"), else None."""
    if f.category != "count" or f.noun != "time":
        return None
    m = _TIMES_VERB_BEFORE_RE.search(f.sent.text, max(0, f.start - 40), f.start)
    return stem(m.group(1).lower()) if m else None


def _other_subjects(a: "Figure", b: "Figure") -> bool:
    """Two figures whose subjects (:attr:`Figure.subjects`) are different people or organisations, neither
    sentence naming the other's: two things of one kind ("Brees threw for 363 yards" / "Manning passed for 300
    yards"; "the Yankees offered $160 million" / "the Red Sox offered $170 million")."""
    return bool(a.subjects and b.subjects and not a.subjects & b.subjects
                and not a.subjects & b.sentence_subjects and not b.subjects & a.sentence_subjects)


#: Where a list item starts, looking back from its figure: "wedding dress ($1,357), rehearsal dinner ($1,206)",
#: "Florist/Decor $2,141 $2,069 ↑ Videographer $1,794".
_ITEM_START_RE = re.compile(r".*(?:\d|,(?!\d)|[;:↑•|]|\band\b|\bor\b)", re.S)
_ITEM_STOP = frozenset({"a", "an", "the", "of", "for", "to", "such", "as", "things", "on", "in", "at", "with", "its",
                        "their", "his", "her", "average", "total", "and", "or", "up"})


def _list_item(text: str, start: int) -> frozenset:
    """The words naming a listed figure's item, right before it in its list ("rehearsal dinner ($1,206)":
    {rehears, dinner}); empty when the item is named after it ("15 in Idlib, nine in Aleppo")."""
    head = text[max(0, start - 50) : start].rstrip(" (\t")
    m = _ITEM_START_RE.match(head)
    seg = head[m.end() :] if m else head
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", seg)][-3:]
    return frozenset(stem(w) for w in words if w not in _ITEM_STOP and w not in CONTEXT_STOPWORDS)


#: Between a figure and its conversion in parentheses ("$US1 million ($1.52 million)", "5 miles (about 8 km)"),
#: after the conversion ("(£8.5m at current exchange rates)"), and between a figure and its restatement
#: ("1.5 million people, or 15 percent"): :data:`._cues.CONVERSION_OPENERS`, :data:`._cues.RESTATEMENT_LINKS`.
_CONVERSION_OPEN_RE = re.compile(r"\s*[(\[]\s*(?:(?:" + _longest_first(CONVERSION_OPENERS).replace(r"\ ", r"\s+")
                                 + r")\s*)?", re.I)
#: Closing a conversion: perhaps after more conversions of the same figure ("1bn yen ($8.3m, £5.6m)").
_CONVERSION_CLOSE_RE = re.compile(r"\s*(?:[,;/]\s*(?:or\s+)?[^\s(),;\d]{0,4}\s?\d[\d,.]*"
                                  r"(?:\s*[A-Za-z.²]{1,12}){0,2}\s*)*(?:,?\s*(?:" + _longest_first(CONVERSION_TAILS).replace(r"\ ", r"\s+")
                                  + r")\s*)?[)\]]", re.I)
#: A number with a unit or currency that is no figure, right before a parenthesis ("about 58km (36 miles)",
#: "\ufffd110 billion ($158 billion)" with its euro sign lost): a figure alone in that parenthesis restates it.
_UNIT_WORDS = _longest_first([*_UNITS, *SCALE_WORDS, *CURRENCY_WORDS])
_UNREAD_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<mark>[^\s\d(),;]{0,4})\d[\d,.]*(?P<unit>[\s-]?(?:" + _UNIT_WORDS
                               + r")\b(?:[\s-]+(?:" + _UNIT_WORDS + r")\b)?)?\s*[(\[]\s*(?:(?:"
                               + _longest_first(CONVERSION_OPENERS).replace(r"\ ", r"\s+") + r")\s*)?$", re.I)
#: Between two conversions of one figure in one parenthesis ("($8.3m, £5.6m)").
_CONVERSION_NEXT_RE = re.compile(r"\s*[,;/]\s*(?:or\s+)?", re.I)
_RESTATEMENT_RE = re.compile(r"\s*(?:,|--|—|–|\s-)\s*(?:" + _longest_first(RESTATEMENT_LINKS).replace(r"\ ", r"\s+")
                             + r")\s*", re.I)


def _half_digit(mo: re.Match, value: float) -> float:
    """Half the place of a written number's last significant digit, scale included ("5,900": 50, "1.52
    million": 5,000, "26,289": 0.5), at most 5% of it: how precise the number is."""
    raw = (mo.group("num") or "").replace(",", "")
    scale = 1 if _metres(mo) else _SCALES.get((mo.group("scale") or "").lower(), 1)
    if not raw[:1].isdigit():
        place = 1.0
    elif "." in raw:
        place = 10.0 ** -len(raw.partition(".")[2])
    else:
        place = 10.0 ** (len(raw) - len(raw.rstrip("0"))) if raw.strip("0") else 1.0
    return min(0.5 * place * scale, 0.05 * abs(value))


def _ratio_fits(a: Figure, b: Figure, ua: str, ub: str) -> bool:
    """Whether ``b``'s value is about ``a``'s converted from unit ``ua`` to ``ub`` (both of
    :data:`._cues.UNIT_SIZES`, one dimension)."""
    (da, sa), (db, sb) = UNIT_SIZES[ua], UNIT_SIZES[ub]
    if da != db or ua == ub or a.value <= 0:
        return False
    expected = a.value * sa / sb
    return abs(b.value - expected) <= CONVERSION_TOLERANCE * expected


def _restatements(text: str, figs: list[Figure], matches: dict[int, re.Match]) -> None:
    """Marks each figure of a sentence (``figs``, in order) that restates the one before it
    (:attr:`Figure.restates`): one value written twice, in a parenthesis right after it (one or more conversions:
    "1bn yen ($8.3m, £5.6m)") or after ", or", in two currencies (or two dollars, "$US" and "$"), in two
    units of one dimension whose ratio their values keep ("5 miles (8 km)"; "100 pounds (45 kg)" is a weight), or
    as a share ("1.5 million people, or 15 percent"). A conversion is as precise as the figure it converts: its
    interval takes in that one's, converted. "from $1 million (2019) to $2 million", "$5 million ($2 million in
    cash)" and "$5 million ($3 million)" restate nothing."""
    anchor: Figure | None = None  # the figure an open parenthesis converts
    for i, f in enumerate(figs):  # "about 58km (36 miles)": a number read as no figure, converted
        if f.category in ("money", "measure") and _CONVERSION_CLOSE_RE.match(text, f.noun_end) and (
                m := _UNREAD_BEFORE_RE.search(text, max(0, f.start - 40), f.start)) and (
                m.group("mark") or m.group("unit")) and (i == 0 or figs[i - 1].noun_end <= m.start()):
            f.restates = "restatement"
    for f1, f2 in zip(figs, figs[1:]):
        gap = text[f1.noun_end : f2.start]
        close = _CONVERSION_CLOSE_RE.match(text, f2.noun_end)
        if anchor is not None and f1.restates and close and _CONVERSION_NEXT_RE.fullmatch(gap):
            _restate(anchor, f2, matches[id(anchor)])  # "($8.3m, £5.6m)": both convert "1bn yen"
            continue
        anchor = None
        if f1.restates:
            continue
        if _CONVERSION_OPEN_RE.fullmatch(gap):
            if close and _restate(f1, f2, matches[id(f1)]):
                anchor = f1
        elif _RESTATEMENT_RE.fullmatch(gap):
            _restate(f1, f2, matches[id(f1)])


def _restate(f1: Figure, f2: Figure, mo1: re.Match) -> bool:
    """Marks ``f2`` as ``f1`` restated when their kinds and units make it one (:func:`_restatements`)."""
    c1, c2 = f1.category, f2.category
    kind = None
    if c2 == "percent" and c1 != "percent":
        kind = "restatement"
    elif c1 == c2 == "money" and (f1.unit != f2.unit or (f1.mark and f2.mark and f1.mark != f2.mark)):
        kind = "restatement"  # exchange rates are not known; "$" after "$US" is another dollar
    elif {c1, c2} == {"money", "measure"}:
        money, weight = (f1, f2) if c1 == "money" else (f2, f1)
        unit = CURRENCY_WEIGHTS.get(money.mark or "")
        if unit and weight.unit in UNIT_SIZES and _ratio_fits(f1, f2, unit if f1 is money else f1.unit,
                                                               unit if f2 is money else f2.unit):
            money.category, money.unit, money.noun_word = "measure", unit, None  # "100 pounds (45 kg)"
            kind = "conversion"
    elif c1 == c2 == "measure" and f1.unit != f2.unit:
        if f1.unit in UNIT_SIZES and f2.unit in UNIT_SIZES:
            kind = "conversion" if _ratio_fits(f1, f2, f1.unit, f2.unit) else None
        else:
            kind = "restatement"
    if kind is None:
        return False
    f2.restates = kind
    if kind == "conversion":
        r = UNIT_SIZES[f1.unit][1] / UNIT_SIZES[f2.unit][1]
        half = _half_digit(mo1, f1.value)
        f2.low, f2.high = min(f2.low, (f1.low - half) * r), max(f2.high, (f1.high + half) * r)
        f2.loose = True  # its value is the converted one's: it shows no agreement of its own
    return True


#: Words that make an amount one for each person or period ("each", "per", "apiece", "a year", "a game").
_PER_UNIT_RE = re.compile(r"\b(?:each|per(?!\s?cent\b)|apiece|annual|annually|an?\s+(?:year|month|week|day|head|hour|minute|"
                          r"game))\b", re.I)  # a rate ("2-3 inches an hour", "eight rebounds a game") is not an amount either
#: Categories whose different values in one sentence are different things of one kind (a count's parts are read
#: by :data:`_PART_RE`; "killed 15 ... and 9 ..." too). Not measures: a peak's height and a camp's altitude in one
#: sentence are two things, each of which another outlet may give differently (blind3's Shishapangma pair).
_LISTED_CATEGORIES = frozenset({"duration", "money"})
#: A date after "of" dates the noun before it ("a region that was devastated by the quake-triggered tsunami of 2004",
#: "the American Recovery and Reinvestment Act (ARRA) of 2009"), as "the 2004 tsunami" does, not its clause (fig34).
_NOUN_DATE_RE = re.compile(r"of\s", re.I)
#: ... unless that noun is a stretch of time, which dates the clause ("by the end of 1995", "in the fourth quarter of
#: 1998", "For all of 1998", "in the spring of 1993", "the summers of 1992 through 1994").
_TIME_OF_RE = re.compile(r"\b(?:end|beginning|start|middle|half|quarter|spring|summer|fall|autumn|winter|season|"
                         r"all|most|rest|part|months?|weeks?|days?|years?)s?\s+$", re.I)
#: A sentence opening with a year after "In" / "During" ("In 2004, a magnitude-9.1 earthquake ... killed 230,000
#: people in 14 countries"): the sentence's date, which the timeline's lower-case "in 2004" misses (fig34).
_LEAD_YEAR_RE = re.compile(r"\W{0,3}(?:In|During|Back\s+in)\s+(1[89]\d\d|20\d\d)\b(?![,.]?\d)")
#: Words standing for a place named before ("600,000 people there", "the island", "the country").
_THERE_RE = re.compile(r"\b(?:there|here|the\s+(?:island|country|nation|region|province|state|city|town|area|"
                       r"territory|capital))\b", re.I)
#: A sentence whose subject is "it" (perhaps after a conjunction): it goes on about the thing of the sentence
#: before, and a measure in it is that thing's, where that sentence placed it.
_IT_SUBJECT_RE = re.compile(r"\s*(?:(?:but|and|yet|so|now|still|today)\s*,?\s+)?it(?:'s|’s)?\s+(?:is|was|has|had|stood|"
                            r"stands|remains|remained|reached|rose|fell|crested|peaked|will|could|may|might)\b", re.I)
#: After a measure: the place it is measured from ("... southeast of Tehran", "from Moscow").
_REFERENCE_RE = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:(?:north|south|east|west|northeast|northwest|southeast|"
                           r"southwest|upstream|downstream|upriver|downriver|away|outside|off|short)\w*\s+(?:of|from)|from)\s", re.I)
#: The part of :data:`_REFERENCE_RE` that places something: a direction or "away" before "of" / "from" (not a bare
#: "from": "fell 150 meters from a ridge" is a length).
_LOCATED_RE = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?((?:north|south|east|west|northeast|northwest|southeast|southwest|"
                         r"upstream|downstream|upriver|downriver|away|outside|off|short)\w*)\s+(?:of|from)\s", re.I)
#: The preposition right before a figure, by class: where something is ("in 80 countries") and where people
#: come from ("from 45 countries") are different quantities.
_ROLES = {"in": "in", "across": "in", "throughout": "in", "within": "in", "from": "from"}
_ROLE_RE = re.compile(r"\b(in|across|throughout|within|from)\s+$", re.I)
#: After a duration: it runs from a departure ("into the flight", "into its 11-hour flight", "after takeoff",
#: "out of New York", "after leaving").
_SINCE_RE = re.compile(r"\s*(?:into\s+(?:the|its|his|her|their)?\s*(?:[\w-]+\s+)?(?:flight|journey|voyage|trip)\b|"
                       r"after\s+(?:the\s+|its\s+)?(?:takeoff|take-off|departure|leaving|lift-?off|launch)\b|"
                       r"out\s+of\s)", re.I)
#: After a duration, words that make it an offset in time ("one day after the storm", "three weeks earlier", "two
#: years ago"): it dates something, it is the length of nothing; unless a word before it makes it a span ("for two
#: days after the flood", "lasting a week before ...").
#: After a duration: what is left of a clock ("with 4 minutes 48 seconds remaining", "12 minutes, 31 seconds
#: remaining", "with 48 seconds left", "with four minutes to play"): a moment in a game, not how long anything lasted.
_CLOCK_AFTER_RE = re.compile(r"(?:\s*,?\s*(?:and\s+)?\d+\s+(?:seconds?|minutes?))?\s+(?:left|remaining|to\s+play|to\s+go)\b",
                             re.I)
_OFFSET_RE = re.compile(r"\s*(?:after|before|later|earlier|ago|afterwards?)\b", re.I)
_HASHTAG_AFTER_RE = re.compile(r"[ \t]*[#@][A-Za-z_]")
_AGO_RE = re.compile(r"\s*ago\b", re.I)
#: "N years later" closing its phrase (a comma, "and", the sentence's end): an offset from a moment the text told
#: before, not "two days later than planned" nor "later that day" (the offset of a named moment, fig60).
_LATER_RE = re.compile(r"\s*later\s*(?:[,;.:!?\u2013\u2014]|--|\s-\s|and\b|$)", re.I)
_UNIT_AGO_RE = re.compile(r"[\s-]*(?:" + _longest_first([*DURATION_UNITS, *DURATION_UNITS.values()]) + r")\s+ago\b", re.I)
_SPAN_BEFORE_RE = re.compile(r"\b(?:for|over|lasting|lasted|during|within|spent|spend|took|take|takes)\s+(?:the\s+|a\s+)?$",
                             re.I)
#: Entity labels of places (a figure's sentence naming another place is about another place).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: A date this many days before the article's date makes a figure one about the past
#: (a week: the longest a story's own events run before it is reported).
_PAST_DAYS = 7
#: "lost" right before a count of people (past "at least", "the", "all"): the dead of a side ("Israel has so far
#: lost seven soldiers and four civilians"); of seats, games, jobs or pounds it is no toll (fig35).
_LOST_BEFORE_RE = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:(?:at\s+least|more\s+than|some|about|all|the|"
                             r"another|nearly|almost|over)\s+)*$", re.I)
_LOST_PEOPLE = frozenset({"soldiers", "civilians", "troops", "servicemen", "officers", "policemen", "men", "women",
                          "children", "sons", "daughters", "lives", "marines", "sailors", "crew",
                          "crewmen", "firefighters", "pilots"})
#: Counted nouns that outlets use for one group, and the one key (a stem, as ``Figure.noun``) they are
#: compared under ("116 sailors" / "118 crew", "two of the gunmen" / "three rebels"). Troops and soldiers
#: are one already: both are cues of "deployed" people (:data:`._cues.FIGURE_EVENTS`).
NOUN_CLASSES = {
    # the armed side of an attack, however an outlet names it ("eight gunmen" / "seven terrorists", "Two attackers"
    # / "three suicide bombers": fig31); "attackers" would otherwise stem to "attack", the attacks' key
    **dict.fromkeys(("rebels", "gunmen", "militants", "insurgents", "fighters", "guerrillas", "militiamen",
                     "terrorists", "attackers", "assailants", "bombers", "shooters", "hijackers", "jihadists"),
                    "fighter"),
    **dict.fromkeys(("sailors", "crew", "crewmen", "crewmembers", "submariners", "seamen"), "crew"),
    **dict.fromkeys(("homes", "houses", "dwellings", "residences", "rowhomes", "rowhouses"), "home"),
    # "a 30-car pileup", "a 25-vehicle pileup": one count (a joined noun is singular)
    **dict.fromkeys(("cars", "car", "vehicles", "vehicle", "automobiles", "automobile"), "vehicle"),
    # a fire brigade's engines, as British reports call them ("an additional six engines" / "a further four
    # appliances": fig36)
    **dict.fromkeys(("engines", "appliances", "firetrucks"), "engine"),
}
#: What joins two counts of one kind that are parts of a total: a short phrase and "and" or a comma
#: ("109 people on the airplane and four ...", "15 people ... in the Idlib area, nine ...").
_PART_RE = re.compile(r"[^.;:!?\d]{0,45}?(?:,|\band)\s*(?:another\s+|all\s+)?", re.I)
#: Named entities around two figures (their sentences' people, bodies, places, things) that make them about one
#: subject however differently the rest of their sentences read ("all but two of Israel's 144 settlements in the
#: West Bank and Gaza" / "Israel has built 190 Jewish settlements in the West Bank and Gaza Strip").
SAME_SUBJECT_NAMES = 2
#: Two reports of one quantity differ by less than this factor ("144" / "125 killed", "116" / "118 sailors");
#: a wider gap ("15 killed in Idlib" / "more than 7,500 in the crackdown") is two different quantities.
MAX_CONFLICT_RATIO = 2.0
#: Two magnitudes further apart than this are two quakes: the scale is logarithmic, so the ratio bar reads "6.1" /
#: "9.1" (a factor of 1.5) as near (fig34; the labelled magnitude conflicts are 0.1 or 0.2 apart).
MAX_MAGNITUDE_GAP = 0.4
#: Qualifiers of a count, by the class they belong to: "85 confirmed cases" and "611 suspected cases" differ.
_QUALIFIERS = {"suspected": "suspected", "possible": "suspected", "probable": "suspected",
               "likely": "suspected", "unconfirmed": "suspected", "confirmed": "confirmed",
               **dict.fromkeys(("worst-hit", "worst hit", "hardest-hit", "hardest hit", "worst-affected",
                                "worst affected", "most affected", "badly hit", "badly-hit"), "subset"),
               # a first instalment is some of a total: "more than $1 trillion in immediate cuts" / "$3 trillion"
               **dict.fromkeys(("immediate", "initial", "upfront", "up-front", "first-stage", "first-phase",
                                "first-round"), "stage")}
_QUALIFIER_RE = re.compile(r"\b(" + "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
                           + r")\b", re.I)


#: A duration or distance there and back ("four hours' travel time to just above the ocean floor and back", "a
#: round trip of ..."): never the same quantity as one way.
_ROUND_TRIP_RE = re.compile(r"\b(?:(?:there\s+)?and\s+back|and\s+(?:resurfac\w*|ascen\w*|return(?:ing)?)\b|"
                            r"round[\s-]trip|return\s+(?:trip|journey|flight))\b", re.I)


#: An amount asked for (:data:`._cues.REQUEST_WORDS`), up to three words before the number.
_REQUESTED_RE = re.compile(r"\b(?:" + _longest_first(REQUEST_WORDS).replace(r"\ ", r"\s+")
                           + r")\b(?:\s+[A-Za-z'’]+){0,3}\s*$", re.I)
#: An amount pressed for or insisted on (fig63, reading "fig63_demand"): "Republicans should press for $2 trillion in
#: spending cuts", "insisting that Congress appropriate $5.7 billion": asked for, as :data:`_REQUESTED_RE`'s are.
_FIG63_DEMAND_RE = re.compile(r"\b(?:(?:press|presses|pressed|pressing|push|pushes|pushed|pushing)\s+for|"
                              r"insist(?:s|ed|ing)?\s+(?:on|that)|demand(?:s|ed|ing)?\s+that)\b"
                              r"(?:\s+[A-Za-z'’]+){0,3}\s*$", re.I)
#: A term of another penalty right after a duration (:data:`._cues.OTHER_TERM_WORDS`): "three years' probation".
_OTHER_TERM_RE = re.compile(r"(?:['’]s?)?\s+(?:of\s+)?(?:" + _longest_first(OTHER_TERM_WORDS).replace(r"\ ", r"\s+")
                            + r")\b", re.I)
#: Time spent ("served 3 years in prison", "spent nearly 3 years") and a term imposed ("was sentenced to five years",
#: "sent him to prison for 3 years"): two quantities (a term is rarely served whole).
_SERVED_RE = re.compile(r"\b(?:served|serving|serves|spent|spending|spends)\b(?:\s+[A-Za-z]+){0,2}\s*$", re.I)
_SENTENCED_RE = re.compile(r"\b(?:sentenced|sentencing|sentences|sent\s+\w+\s+to\s+(?:prison|jail))\b"
                           r"(?:\s+[A-Za-z]+){0,3}\s*$", re.I)
#: Qualifier classes that set a figure apart from one without a qualifier as well.
#: ("grave": the gravely wounded, "99 of them critically" (fig30), some of the wounded, never their total.)
_APART_QUALIFIERS = frozenset({"subset", "round trip", "requested", "other term", "stage", "increment", "grave"})
#: Right after a number, or right before it: the count is what was added ("15 additional birds", "six more
#: deaths", "another 200 people", "12 new cases"), not the running total ("32 birds"): two quantities.
_INCREMENT_AFTER_RE = re.compile(r"\s+(?:more|additional|new|further|extra)\b(?!\s+than\b)", re.I)
_INCREMENT_BEFORE_RE = re.compile(r"\b(?:another|an\s+additional|an\s+extra|a\s+further)\s+$", re.I)
#: A down payment right before the count: "$99 down with 20 additional monthly payments" are the plan's payments
#: after the first, all of them, not payments added to an earlier count of payments (fig38).
_AFTER_DOWN_RE = re.compile(r"\bdown(?:\s+payment)?\s+(?:with|and|plus|then|followed\s+by)\s+$", re.I)


def _qualifier(text: str, start: int, end: int, number_end: int | None = None) -> str | None:
    """The qualifier class of a figure: a qualifier word within its clause, a few words either side; "round
    trip" for a duration or distance there and back (up to its clause's end); "requested" for an amount asked
    for ("prosecutors' request for a six-year prison sentence"); "other term" for a term of probation or parole
    right after the duration ("three years' probation"); "increment" for what was added ("15 additional birds",
    "another 200 people"; ``number_end``: where the number ends); "stage" for a first instalment ("$1 trillion in
    immediate cuts")."""
    if _REQUESTED_RE.search(text, max(0, start - 40), start) or (
            "fig63_demand" not in READINGS_OFF and _FIG63_DEMAND_RE.search(text, max(0, start - 40), start)):
        return "requested"
    if _INCREMENT_BEFORE_RE.search(text, max(0, start - 20), start) or (
            number_end is not None and _INCREMENT_AFTER_RE.match(text, number_end)
            and not _AFTER_DOWN_RE.search(text, max(0, start - 40), start)):
        return "increment"
    if _OTHER_TERM_RE.match(text, end):
        return "other term"
    if _SERVED_RE.search(text, max(0, start - 30), start):
        return "served"
    if _SENTENCED_RE.search(text, max(0, start - 40), start):
        return "sentenced"
    clause = re.split(r"[,;:.]\s", text[end : end + 80], maxsplit=1)[0]
    if _ROUND_TRIP_RE.search(text[max(0, start - 20) : start]) or _ROUND_TRIP_RE.search(clause):
        return "round trip"
    for m in _QUALIFIER_RE.finditer(text[max(0, start - 20) : end + 40]):
        q = _QUALIFIERS[m.group(1).lower()]
        if q != "subset" or start <= max(0, start - 20) + m.start() < end:  # "12 worst-hit villages": between
            return q
    return None


def _measured_name(f: Figure) -> bool:
    """What its joined unit measures is named by a name ("the 44,000-pound Zarya", "the 13-inch MacBook"), not a
    common noun ("the 40,000-pound cylinder")."""
    tail = re.sub(r"^\s*(?:\([^)]{0,30}\)\s*)?(?:-?(?:long|wide|high|deep|tall)\b)?", "", f.sent.text[f.end : f.end + 60])
    return bool(re.match(r"\s*[A-Z]", tail))


def _measured(text: str, end: int) -> str | None:
    """The noun a joined unit measures: the first word after "-long"/"-wide" and modifiers ("a 3,500-kilometer-long
    dike", "the 6,300-kilometer (3,900-mile) long river"), when it follows within a few words."""
    tail = re.sub(r"^\s*(?:\([^)]{0,30}\)\s*)?(?:-?(?:long|wide|high|deep|tall)\b)?", "", text[end : end + 60])
    name = re.match(r"\s*((?:[A-Z][\w]*[A-Z\d][\w]*|[A-Z][a-z]+)(?:\s+[A-Z][\w]*)*)", tail)
    if name:  # a size naming a product by its name, all of it ("the 13-inch MacBook", "the 17-inch MacBook Pro"):
        return " ".join(name.group(1).lower().split())  # two models' sizes, not two versions of one (23rd round)
    m = re.match(r"\s*([A-Za-z]+)", tail)
    return m.group(1).lower() if m and m.group(1).lower() not in _STOP_AFTER else None


def _context(text: str, start: int, number_end: int, end: int, noun: str | None, after: bool = True,
             noun_word: str | None = None) -> frozenset:
    """Content stems within :data:`CONTEXT_CHARS` of a figure and between its
    number and noun ("150 Chinese passengers"), without the noun, numbers,
    event words ("killed" is the category) and words that say nothing. ``after=False``: not the words after
    it (a measure "from X" / "south of X": X is where it is measured from, shared by other distances)."""
    window = " ".join([text[max(0, start - CONTEXT_CHARS) : start], text[number_end:end],
                       text[end : end + CONTEXT_CHARS] if after else ""])
    counted = {noun, stem(noun)} if noun else set()  # "people" is kept whole as a noun, stemmed as a term
    if noun_word:  # the word as written: "two men" / "three men" count people, and share no word by "men"
        counted |= {noun_word, stem(noun_word)}
    return frozenset(t for t in content_terms(window)
                     if t not in counted and not t[:1].isdigit() and t not in _NOT_CONTEXT)


#: Between a count and a number whose noun is left out after a name (gapping: "125 seats, the Liberals 46 and
#: Democratic Action 1"): a comma or "and", one to four capitalised words (group 1, "the" too), nothing else.
_GAPPED_RE = re.compile(r"\s*(?:,|,?\s+and)\s+((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4})")
#: After such a number: the clause ends ("46 and", "1, with", "46.").
_GAP_END_RE = re.compile(r"\s*(?:[,;.)]|and\b|$)")
#: After a count (its noun left out or "others"): a verb of its own, past an auxiliary ("62 were infected", "62
#: others were infected"): the count's event is that verb's, not the one of the clause before it (fig36).
_OWN_PREDICATE_RE = re.compile(r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+([a-z]{3,}ed)\b")
#: Between a count of people and a number with no noun: a comma or "and", then a past verb of the number's own
#: ("has killed seven people, sickened 56", "killed 7 elderly people in Queens, N.Y., and sickened 60"; fig36); a
#: point only inside an abbreviation.
_SIBLING_VERB_RE = re.compile(r"(?:[^.;:!?\d]|\.(?!\s)){0,45}?(?:,|\band)\s+(?:has\s+|have\s+|had\s+)?([a-z]{3,}ed)\s+")
#: Nouns naming an event, before "of" and a number: "the evacuation of about 70 homes" is homes evacuated, as
#: "evacuated 22 houses" is (fig36). (The verbs and the other nouns are :data:`._cues.FIGURE_EVENTS`'.)
_EVENT_NOUNS_OF = {"evacuation": "displaced", "evacuations": "displaced", "arrest": "arrested",
                   "detention": "arrested", "rescue": "rescued", "murder": "killed", "murders": "killed"}
#: Before a number with no noun: a death toll's ("bringing the confirmed death toll from the disaster to 11", "the
#: death toll stood at 24"): the dead, people (fig36). No digit or clause end between the toll and the number.
_TOLL_TO_RE = re.compile(r"\b(?:death|casualty|fatality)\s+tolls?\b[^.;:!?\d]{0,50}?\b(?:to|at|of|is|was|reached|hit|"
                         r"topped|passed|now)\s+$", re.I)


def _pre_cue(text: str, a: int, noun_end: int | None = None) -> str | None:
    """The event word right before a number (past "all", "the", "at least" ...): "killed 12 people". With
    ``noun_end``: not across a comma when an event word of the count's own follows its noun ("At least five people
    were killed, 250 others injured": the 250 were injured; fig34)."""
    words = list(re.finditer(r"[A-Za-z]+", text[max(0, a - 30) : a]))
    after = ""
    for m in reversed(words[-2:]):
        w = m.group(0)
        cat = _EVENT_OF.get(w.lower()) or (_EVENT_NOUNS_OF.get(w.lower()) if after == "of" else None)
        after = w.lower()
        if cat:
            if noun_end is not None and re.search(r"[,;]", text[max(0, a - 30) + m.end() : a]) and (
                    own := _forward_cue(text, noun_end)) is not None:
                return own
            return cat
        if w.lower() not in ("all", "the", "some", "another", "an", "a", "additional", "at", "least", "of"):
            break
    return None


#: Between an age joined to "-year-old" and the person named right after it: a few words, no punctuation
#: ("6-year-old Elian Gonzalez", "the 6-year-old Cuban boy Elian Gonzalez"), never "of" ("the six-year-old case of
#: Stephen Lawrence": the case's age, fig30).
_NAMED_AFTER_AGE_RE = re.compile(r"\s+(?:(?!of\s)[A-Za-z]+\s+){0,3}")
_AGE_BEFORE_RE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in AGE_BEFORE) + r")\s*$", re.I)
_YEARS_OLD_RE = re.compile(r"\s*years?[\s-]+old\b", re.I)
#: "20 year old girlfriend": "year old" in the singular before a word, an age joined to the noun after it (like
#: "20-year-old girlfriend"), never a predicate of the person before.
_ATTRIBUTIVE_YEAR_OLD_RE = re.compile(r"\s*year[\s-]+old\s+[a-z]", re.I)
#: After an age joined to "-year-old": a lower-case noun it describes ("the 35-year-old deputy").
_COMMON_NOUN_AFTER_RE = re.compile(r"\s+[\"“‘']?[a-z]")  # "his 14-year-old \"spiritual wife\"" too
#: Before an age: a definite determiner or a possessive ("with the 12-year-old.", "his 14-year-old"): a noun phrase
#: of its own, someone other than the person before (unless in apposition: "Pistorius, the 26-year-old").
_DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|his|her|their|its)\s+$", re.I)
#: Between a person and the age of a noun phrase that is that person: an apposition or a predicate ("Lopez, a
#: 20-year-old gang member", "Pistorius, the 26-year-old athlete", "Smith was a 35-year-old teacher").
_APPOSITION_RE = re.compile(r"\s*,\s*(?:a|an|the)?\s*|\s+(?:is|was)\s+(?:a|an|the)\s+", re.I)
#: Before an age: "a" / "an" ("molested a 14-year-old girl"): someone not named yet, not the person before.
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:a|an)\s+$", re.I)
#: Before a number, after "between": the first end of a range ("between 3,000 and 1,500 years ago").
#: ... also with a unit and a conversion after the first end ("between 2 meters (6.5 ft) and 16 meters"), and after
#: "ranged from" / "ranging from" ("the objects ranged from 2m to 15m": twenty-fifth round; a bare "from ... to" is
#: a change, "rose from 20 to 30", not a range).
_RANGE_START_RE = re.compile(r"(?:\bbetween\s+(\d[\d,]*(?:\.\d+)?|" + _WORDNUM + r")(?:\s?[A-Za-z]{1,12})?"
                             r"(?:\s*\([^()]{0,25}\))?\s+and\s+|\brang(?:ed|ing|es|e)\s+from\s+(\d[\d,]*(?:\.\d+)?|"
                             + _WORDNUM + r")(?:\s?[A-Za-z]{1,12})?(?:\s*\([^()]{0,25}\))?\s+to\s+)$", re.I)
#: Before a number: the first end of a range ("between 16 and 18 years old", "aged 16 to 18"): no one's age.
_RANGE_END_BEFORE_RE = re.compile(r"\b(?:\d+|" + _WORDNUM + r")\s*(?:and|to|or|-|–)\s*$", re.I)
#: "He was 35.", "Kroll was 34.": a bare number after "was" that ends the clause.
_WAS_RE = re.compile(r"\b(?:was|is)\s*$", re.I)
_CLAUSE_END_RE = re.compile(r"\s*(?:[.;)]|,\s|$)")
#: "He was 35.", "she died at 34": a pronoun for the person of the sentence before.
_PRONOUN_RE = re.compile(r"\b(?:he|she)\s+(?:was|is|died\s+at|was\s+aged|dead\s+at)\s*$", re.I)


def _kind(m) -> str:
    """A mention's type: its entity's, decided over every mention of it, else its own ("Schulz, 77, who has
    written ..." typed a place once and a person in every other sentence is a person, and no place)."""
    return m.entity.label if m.entity is not None else m.label


def _is_person(m) -> bool:
    return _kind(m) == "PERSON"


def _age(s: Sent, mo: re.Match, v: float, before: Sent | None) -> Figure | None:
    """A person's age ("aged 35", "dead at 34", "a 42-year-old rapper", "Sixty-year-old Sharron ...", "Dan Keller,
    75,", "He was 35."), keyed by the person it is about: the person named nearest before it in the sentence, else,
    after a "he" / "she", the first person of the sentence before. An age whose person is not named is no figure.
    A number word is an age only joined to "-year-old" or before "years old" (fig30)."""
    text = mo.string  # the sentence, a spaced decimal joined (:func:`_joined_numbers`)
    a, b = mo.span()
    raw = mo.group("num") or ""
    hyph = (mo.group("hyph") or "").lower()
    head, tail = text[:a], text[b:]
    spelled = raw[:1].isalpha() and (hyph.endswith(("-old", "-olds")) or _YEARS_OLD_RE.match(tail) is not None)
    if not (raw.isdigit() or spelled) or mo.group("num2") or mo.group("scale") or mo.group("pct") or mo.group("cur"):
        return None  # (a number word only joined to "-year-old" or before "years old": "Sixty-year-old Sharron ...")
    if _RANGE_END_BEFORE_RE.search(head):
        return None  # "when they were between 16 and 18 years old": a range, no one's age
    people = [m for m in s.mentions if _is_person(m) and m.end <= a]
    end = b
    attributive = bool(hyph) or bool(_ATTRIBUTIVE_YEAR_OLD_RE.match(tail))
    if hyph:
        if not (hyph.startswith("-year") and hyph.endswith(("-old", "-olds"))):
            return None
    elif _AGE_BEFORE_RE.search(head):
        pass
    elif (y := _YEARS_OLD_RE.match(tail)) is not None:
        end = b + y.end()
    elif _WAS_RE.search(head) and _CLAUSE_END_RE.match(tail):
        pass
    elif re.search(r",\s*$", head) and _CLAUSE_END_RE.match(tail) and people \
            and re.fullmatch(r"\s*,\s*", text[people[-1].end : a]):
        pass  # "Dan Keller, 75, and Fran Keller, 67,"
    else:
        return None
    if not 0 < v < 120:
        return None
    after = [m for m in s.mentions if _is_person(m) and m.start >= end]
    if attributive and after and _NAMED_AFTER_AGE_RE.fullmatch(text, end, after[0].start):
        who = after[0]  # "6-year-old Elian Gonzalez", "13-year-olds Liberty German and Abigail Williams", "his 20
        # year old girlfriend Ka'loni Flynn"
    elif attributive and _INDEFINITE_BEFORE_RE.search(text, 0, mo.start("num")) and not (
            people and re.fullmatch(r"\s*,\s*(?:a|an)\s+", text[people[-1].end : mo.start("num")], re.I)):
        return None  # "Moore molested a 14-year-old girl": someone else, unnamed ("Lopez, a 20-year-old" is Lopez)
    elif attributive and not hyph:
        return None  # "his 20 year old girlfriend": the girlfriend's age, and her name is not given after it
    elif attributive and _COMMON_NOUN_AFTER_RE.match(text, end) and not (
            people and _APPOSITION_RE.fullmatch(text, people[-1].end, mo.start("num"))):
        return None  # "Orozco was charged with murdering the 35-year-old deputy": the deputy's age, not Orozco's
    elif (hyph or end > b and not _WAS_RE.search(head)) and _DEFINITE_BEFORE_RE.search(text, 0, mo.start("num")) \
            and not (people and _APPOSITION_RE.fullmatch(text, people[-1].end, mo.start("num"))):
        return None  # "a recording of Jeffs ... with the 12-year-old.", "fathered a child with the 15 year old": the
        # girl, not Jeffs (spaced: twenty-second round)
    elif people and a - people[-1].end <= 80:
        who = people[-1]
    elif not people and _PRONOUN_RE.search(head) and before is not None and (
            prior := [m for m in before.mentions if _is_person(m)]):
        who = prior[0]
    else:
        return None
    key = who.entity.id if who.entity is not None else who.text.lower()
    name = who.entity.name if who.entity is not None else who.text
    start = mo.start("num") if hyph else a  # "over 6-year-old Elian": "over" is the preposition, not a modifier
    return Figure(s, start, b, " ".join(text[start:end].split()), v, v, v, "age", str(key), "years", noun_end=end,
                  noun_word=name)


#: Endings of adjectives in -s ("five suspicious boats", "two homeless men"): the noun after them is counted.
_ADJECTIVE_S_ENDINGS = ("ous", "less")
#: Pronouns after a number ("two of them") name nothing counted.
_PRONOUNS = frozenset({"them", "those", "these", "us", "you", "it", "they", "we", "him", "her", "whom", "which"})
#: A weight's verb or noun before "N pounds" ("It weighs 17 pounds", "a weight of 200 pounds", "lost 40 pounds"):
#: pounds of weight, not money
_WEIGHT_BEFORE_RE = re.compile(r"\b(?:weigh(?:s|ed|ing)?|weight of|tipp(?:ed|ing|s) the scales at|lost|lose|losing|"
                               r"gained|gain|shed|shedding|heavy|heavier|lighter)\b[^.;]*$", re.IGNORECASE)
#: A mass named before "N pounds" ("with a combined mass of 70,000 pounds", "will have a mass of 1 million pounds"):
#: pounds of weight, not money (fig57: read as money, "70,000 pounds" was never compared with "the 44,000-pound Zarya")
_MASS_BEFORE_RE = re.compile(r"\bmass\s+of\s+(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|"
                             r"at\s+least|up\s+to|an\s+estimated)\s+)?$", re.IGNORECASE)
#: Possessive determiners: after "N of", the counted group belongs to someone a pronoun stands for
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})


#: After a number with no noun: the gravely wounded ("Eighty are in a critical condition", "99 of them critically",
#: "10 of whom remain critical", "at least 99 seriously"): "of them" / "of whom", up to three linking words, then
#: "critical(ly)", "serious(ly)" or "grave(ly)" ending the phrase or before "condition", "injured", "wounded", "hurt"
#: (not "two serious incidents", "critical of the plan", "100 critically ill patients").
_GRAVE_AFTER_RE = re.compile(
    r"(?:\s+of\s+(?:them|whom|those|these))?(?:\s+(?:are|were|is|was|remain|remains|remained|remaining|still|now|"
    r"being|listed|reported|left|in|as)){0,3}\s+(?:in\s+)?(?:an?\s+)?(?:critical|serious|grave)(?:ly)?"
    r"(?:\s+(?:condition|state|injured|wounded|hurt|burned|burnt)\b"
    r"|(?=\s*(?:[,.;:)\u2013\u2014]|-\s|--|and\b|$)))", re.I)
#: After a number: "times" closing a count of times something was done ("shot 11 times", "shot him eleven times in
#: the back"), not a ratio or a rate ("three times as many", "five times more", "ten times the size", "10 times a day").
_TIMES_AFTER_RE = re.compile(r"\s+times\b(?!\s+(?:more|less|fewer|as|than|the|a|an|per|each|every|over|that|what|its|"
                             r"his|her|their|daily|weekly|monthly|annually|yearly|higher|lower|larger|smaller|bigger|"
                             r"greater|faster|slower|longer|shorter|stronger|wider|deeper|cheaper|louder|[a-z]+ier)\b)"
                             r"(?![-\w])", re.I)
#: Before "N times": a verb ("-ed", "-ing" or an irregular past) and at most two words of its object ("hitting Gray
#: eleven times", "stabbed him 20 times"), and the number's modifier.
_TIMES_VERB_BEFORE_RE = re.compile(r"\b([a-z]{2,}(?:ed|ing)|shot|hit|struck|stuck|won|beat|lost|met|been|seen|rang|rung|"
                                   r"broke|bit|fought|fled|sent|told|called|threw)\s+(?:(?:him|her|them|it|me|us|"
                                   r"[A-Z][\w'’]*)\s+){0,2}(?:(?:" + _MOD + r")\s+)?$")
#: Verbs of change before "N times" ("increased 10 times", "rose five times"): a ratio, not a count of times.
_TIMES_NOT_VERBS = ("increas", "decreas", "multipl", "grow", "expand", "reduc", "doubl", "tripl", "jump", "ris",
                    "magnif", "scal", "outnumber", "exceed")


#: Capitalised words that are no name a count stands past: a sentence's first word ("The LDS Church teaches").
_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"})
#: Words after a plural in "-s" that make it a verb, not the counted noun ("MacBook Pro achieves a", "Lenovo calls it").
_OBJECT_AFTER_VERB = frozenset({"a", "an", "the", "that", "it", "its", "his", "her", "their", "them", "him", "this",
                                "to", "what", "how"})
#: Words a counted noun may stand past (fig32): names ("Sicilian Mafia", "Intel Atom", "KKK"), a participle
#: ("alleged", "suspected") or a hyphenated lower-case adjective ("dual-core").
_PAST_NAMES = 3


#: Between a counted figure and a number of "N of them" that counts some of it: a comma, nothing else ("killed more
#: than 230,000 people, over 170,000 of them in Aceh"; not "... people. Of the dead, 12 of them" nor "and 12 of them").
_OF_THEM_AFTER_RE = re.compile(r"\s*,\s*")


#: Plurals of people with no "s": "7 elderly people", "three young men" count people as "12 crew members" counts
#: members (fig36: "killed 7 elderly people" was no figure, "elderly" read as the noun and dropped as an adverb).
_PLURALS_NO_S = frozenset({"people", "men", "women", "children"})


#: Words that are no adjective before a counted noun ("two of her children", "two women whose bodies", "two about
#: making changes", "zero tolerance among members").
_NOT_ADJECTIVES = frozenset({"about", "into", "over", "under", "among", "between", "through", "across", "against",
                             "without", "within", "during", "like", "including", "whose", "who", "which", "where",
                             "of", "more", "than", "each", "per", "not", "no", *_PLURALS_NO_S, *PEOPLE_NOUNS,
                             *_POSSESSIVES, *_PRONOUNS, *_NOT_NAMES})
#: Verbs in "-s" that follow a subject's noun (a noun read past two adjectives is none of them).
_VERBS_IN_S = frozenset({"says", "shows", "claims", "states", "alleges", "reads", "notes", "adds", "suggests",
                         "finds", "means", "remains", "makes", "takes", "gives", "seems", "looks"})


def _two_adjectives(rest: list, j: int, joined: bool = False) -> bool:
    """Whether the words ``j`` and ``j + 1`` after a number are two lower-case words that are no plural, event,
    participle, unit or stop word ("monthly" may be one), before a lower-case plural noun that is none either nor a
    verb: "24 equal monthly payments" counts payments (one such word before the noun is read already: "12 crew
    members"; fig36). Not past a word ``joined`` to the number: "the 47-page indictment says" counts pages."""
    if j + 2 >= len(rest) or joined and j == 0:
        return False  # (a word joined to the number is the noun: "the 47-page indictment says")
    x, y, n = (rest[k][2] for k in (j, j + 1, j + 2))
    if n in _VERBS_IN_S or j + 3 < len(rest) and rest[j + 3][2].lower() in _OBJECT_AFTER_VERB:
        return False  # "three new rules say", "five major banks have the": a verb, no noun
    if not (x.isalpha() and y.isalpha() and n.isalpha() and x.islower() and y.islower() and n.islower()):
        return False
    for w in (x, y):
        if (w.endswith("s") and not w.endswith(_ADJECTIVE_S_ENDINGS)) or w in _NOT_ADJECTIVES or w in _EVENT_OF \
                or w in _STOP_AFTER \
                or w.endswith("ing") \
                or w in _UNITS or w in CURRENCY_WORDS or w.rstrip("s") in DURATION_UNITS or w in PERCENT_WORDS \
                or w.endswith("ed") or w in FIGURE_NOUN_SKIP or w in _PRONOUNS or w in _POSSESSIVES:
            return False
    return (n in _PLURALS_NO_S or n.endswith("s") and not n.endswith(("ss", "ous", "less")) and len(n) > 3
            and n not in _STOP_AFTER
            and n not in _EVENT_OF and n not in _UNITS and n not in CURRENCY_WORDS
            and n.rstrip("s") not in DURATION_UNITS)


def _noun_past_names(rest: list, j: int) -> int | None:
    """The index in ``rest`` (the words after a number) of a lower-case plural noun standing past at most
    :data:`_PAST_NAMES` words from ``j`` that are names (capitalised, no possessive), participles not of an event
    ("alleged") or hyphenated adjectives, at least one a name: "99 alleged Sicilian Mafia members", "384 Intel Atom
    dual-core processors", "five Klan members". None when no such noun follows ("two of Hubble's", "75 Democratic",
    "2 made", "three Democrats and ...")."""
    k, named = j, False
    while k < len(rest) and k - j < _PAST_NAMES:
        x = rest[k][2]
        xl = x.lower()
        if x[0].isupper() and x[0].isalpha() and not xl.endswith(("'s", "’s", "'", "’")) \
                and xl not in _NOT_NAMES and not re.fullmatch(MONTH_PATTERN + r"\.?", x, re.I):
            named = True
        elif not (x.islower() and (xl.endswith("ed") and xl not in _EVENT_OF or "-" in x.strip("-"))):
            break
        k += 1
    if not named or k == j or k >= len(rest):
        return None
    x = rest[k][2]
    nxt = rest[k + 1][2].lower() if k + 1 < len(rest) else ""
    if x.isalpha() and x.islower() and x.endswith("s") and not x.endswith(("ss", "ous", "less")) \
            and x not in _STOP_AFTER and len(x) > 3 and x not in CURRENCY_WORDS and x not in _UNITS \
            and x.rstrip("s") not in DURATION_UNITS and nxt not in _OBJECT_AFTER_VERB:
        return k
    return None


def _people_past_adjective(rest: list, j: int) -> int | None:
    """The index in ``rest`` (the words after a number) of a noun of people or of an event of people ("refugees",
    "wounded") standing past one lower-case adjective and then names: "250,000 ethnic Albanian refugees", "3,000
    former Soviet soldiers" (fig57). Such a count and "275,000 refugees" are one quantity under one key; before, the
    adjective was read as the counted noun ("ethnic"). Only people: "12 former Soviet republics" and "three prior DUI
    convictions" keep their reading (fig19 measured the wider rule: agreed figures changed)."""
    if j + 1 >= len(rest):
        return None
    x = rest[j][2]
    if not (x.isalpha() and x.islower()) or x.endswith("s") or x in _NOT_ADJECTIVES or x in _EVENT_OF \
            or x in _STOP_AFTER or x in _UNITS or x in CURRENCY_WORDS or x.rstrip("s") in DURATION_UNITS \
            or x in PERCENT_WORDS or not rest[j + 1][2][:1].isupper():
        return None
    k = _noun_past_names(rest, j + 1)
    if k is None:
        return None
    n = rest[k][2].lower()
    return k if n in _EVENT_OF or n in PEOPLE_NOUNS else None


#: A model's name right after a count's number (fig63): a letter code joined to a number by a hyphen ("AK-47",
#: "F-16") or two or three capitals and a space ("AK 47"), as :data:`_DESIGNATION_BEFORE_RE` reads the number (no
#: count of its own), not joined on to another word ("AK-47-wielding"), with "s" for a plural ("seven AK-47s").
_FIG63_MODEL_RE = re.compile(r"(?P<code>[A-Z]{1,3})(?:-|(?<=[A-Z]{2})\s)(?P<num>\d{1,4})(?P<plural>['’]?s)?(?![-\w])")
#: A lower-case word after a model's name: modifiers, then the noun ("assault rifles", "guns").
_FIG63_WORD_RE = re.compile(r"\s+([a-z][a-z-]*)\b")
#: Nouns of the kinds of thing a model's name names (arms and craft): "seven AK-47 rifles", "12 AK 47 guns" and
#: "seven AK-47s" count one thing, the AK-47s; another noun counts its own thing ("two F-16 pilots").
FIG63_MODEL_KINDS = frozenset(stem(w) for w in (
    "rifles", "guns", "weapons", "firearms", "pistols", "handguns", "carbines", "launchers", "jets", "planes",
    "aircraft", "airplanes", "fighters", "bombers", "helicopters", "choppers", "tanks", "missiles", "rockets",
    "drones", "airliners", "jetliners", "vehicles", "trucks"))


def _fig63_model(text: str, at: int) -> tuple[str, str, int] | None:
    """A count of a model (fig63, reading "fig63_model"): the model's name at ``at`` (:data:`_FIG63_MODEL_RE`), then
    nothing or a noun of its kind past at most two lower-case words (:data:`FIG63_MODEL_KINDS`). Returns the key
    noun ("ak47": "AK-47" and "AK 47" are one name), the name as written and where the phrase ends; None when
    there is no name there or another noun follows it ("two F-16 pilots" counts pilots)."""
    m = _FIG63_MODEL_RE.match(text, at)
    if m is None:
        return None
    end = m.end()
    pos = end
    for _ in range(3 if not m.group("plural") else 0):  # the noun, past at most two modifiers
        w = _FIG63_WORD_RE.match(text, pos)
        if w is None or w.group(1) in _STOP_AFTER:
            break
        if stem(w.group(1)) in FIG63_MODEL_KINDS:  # "seven AK-47 assault rifles"
            end = w.end()
            break
        if w.group(1).endswith("s") and len(w.group(1)) > 3 and not w.group(1).endswith(("ss", "ous")):
            return None  # "two F-16 pilots": pilots
        pos = w.end()
    return (m.group("code") + m.group("num")).lower(), text[at : m.end()], end


def _fig63_is_model(f: "Figure") -> bool:
    """Whether a count counts a model (:func:`_fig63_model`)."""
    return f.category == "count" and bool(f.noun_word) and _FIG63_MODEL_RE.fullmatch(f.noun_word) is not None


#: A bare "dozen of" (fig63): no article, number or determiner before "dozen" ("Dozen of warships ... are also
#: patrolling"), a misspelt "dozens of", a vague amount; not "a dozen of the hostages", "two dozen of", "the dozen".
_FIG63_DOZEN_OF_RE = re.compile(r"dozen\s+of\b", re.I)
_FIG63_DOZEN_BEFORE_RE = re.compile(r"(?:\b(?:the|a|an|one|half|this|that|these|those|every|each|per|by|its|his|her|"
                                    r"their|our|some|about|nearly|almost|around|roughly|over|under)|\d)\s*$", re.I)


def _fig63_dozen_of(mo: re.Match) -> bool:
    """Whether the figure is a bare "dozen of" (:data:`_FIG63_DOZEN_OF_RE`, reading "fig63_dozen_of"), read as the
    vague "dozens of" (24 to 99), not as twelve."""
    if (mo.group("num") or "").lower() != "dozen" or mo.group("scale") or mo.group("num2") or mo.group("mod"):
        return False
    a = mo.start("num")
    return bool(_FIG63_DOZEN_OF_RE.match(mo.string, a)) and not _FIG63_DOZEN_BEFORE_RE.search(
        mo.string, max(0, a - 20), a)


#: Fig64 (reading "fig64_magnitude"): before a magnitude, a quake's "registering" ("an earthquake registering
#: 6.1"); after it, "on the (open-ended) Richter scale" ("registering 6.1 on the Richter scale").
_FIG64_MAGNITUDE_BEFORE_RE = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|temblors?),?\s+registering\s+$", re.I)
_FIG64_MAGNITUDE_AFTER_RE = re.compile(r"\s+on\s+the\s+(?:[\w-]+\s+)?Richter\b", re.I)


def _fig64_magnitude(text: str, a: int, b: int) -> bool:
    """Is the number at ``a``..``b`` a magnitude by fig64's words (:data:`_FIG64_MAGNITUDE_BEFORE_RE`,
    :data:`_FIG64_MAGNITUDE_AFTER_RE`)? Not "measuring 3.5 feet": a bare "measuring" says no magnitude."""
    return "fig64_magnitude" not in READINGS_OFF and bool(
        _FIG64_MAGNITUDE_BEFORE_RE.search(text, max(0, a - 30), a) or _FIG64_MAGNITUDE_AFTER_RE.match(text, b))


#: Fig64 (reading "fig64_sibling_ing"): after a toll of people, a participle of another event and a bare number
#: ("killing 10 people and injuring 80", "killed 612 people, injuring 1,400"): people, of that verb's event.
_FIG64_SIBLING_ING_RE = re.compile(r"(?:[^.;:!?\d]|\.(?!\s)){0,45}?(?:,|\band)\s+([a-z]{3,}ing)\s+")


def _fig64_sibling_ing(s: Sent, mo: re.Match, lo, hi, v, before: "Figure | None") -> "Figure | None":
    """The count of people a bare number after an event's participle gives, past a toll of people before it in
    its sentence (:data:`_FIG64_SIBLING_ING_RE`), or None: the participle must name an event of
    :data:`._cues.FIGURE_EVENTS` and the number close its phrase, as fig36's "sickened 56" does."""
    if "fig64_sibling_ing" in READINGS_OFF or before is None or before.noun != "people" \
            or before.category not in FIGURE_EVENTS:
        return None
    text = mo.string
    a, b = mo.span()
    verb = _FIG64_SIBLING_ING_RE.fullmatch(text, before.noun_end, a)
    if verb is None or not _GAP_END_RE.match(text, b) or _EVENT_OF.get(verb.group(1).lower()) not in FIGURE_EVENTS:
        return None
    return Figure(s, a, b, " ".join(text[verb.start(1) : b].split()), lo, hi, v, _EVENT_OF[verb.group(1).lower()],
                  "people", None, noun_end=b, noun_word="people")


#: Fig65 (reading "fig65_offset"): after a span, the words that make it the time between two moments of the story:
#: "later" inside its phrase ("re-entered 10 minutes later with a handgun"; not "later than", "later that day"; one
#: closing its phrase is fig60's "later_offset"),
#: "after" a clause of what happened first ("Ten minutes after being taken off the job", "About 10 minutes after
#: Hiller was escorted out", "less than ten minutes after she had been escorted out"), "earlier" closing its phrase
#: ("had been escorted from the building 10 minutes earlier"); and a span "for N minutes before" a participle ("was
#: outside for nine minutes before coming back": how long until that).
_FIG65_OFFSET_AFTER_RE = re.compile(
    r"\s*(?:later\b(?!\s*(?:[,;.:!?\u2013\u2014]|--|\s-\s|and\b|$))"
    r"(?!\s+(?:than|that|this|the|in\s+the|on\s+the|in\s+life)\b)"
    r"|after\s+(?:being|having|(?:[A-Za-z][\w.'’-]*\s+){1,3}(?:was|were|had|has|'d|’d)\s)"
    r"|earlier\s*(?:[,;.:!?\u2013\u2014]|--|\s-\s|and\b|$))", re.I)
_FIG65_SPAN_BEFORE_EVENT_RE = re.compile(r"\s+before\s+[a-z]+ing\b", re.I)
_FIG65_LASTED_RE = re.compile(r"\blast(?:ed|ing|s)?\b", re.I)
_FIG65_FOR_BEFORE_RE = re.compile(r"\bfor\s+(?:about\s+|nearly\s+|almost\s+|some\s+|around\s+)?$", re.I)


def _fig65_offset(text: str, a: int, noun_end: int) -> bool:
    """Is the span at ``a``..``noun_end`` the time between two moments of the story (:data:`_FIG65_OFFSET_AFTER_RE`,
    or "for N minutes before coming back")? A span after "for" / "over" / "within" is how long something lasted
    unless a participle's "before" follows it."""
    if "fig65_offset" in READINGS_OFF:
        return False
    if _FIG65_FOR_BEFORE_RE.search(text, max(0, a - 20), a):
        return _FIG65_SPAN_BEFORE_EVENT_RE.match(text, noun_end) is not None and not _FIG65_LASTED_RE.search(
            text, max(0, a - 30), a)  # ("the talks lasted for 10 hours before ending": how long they lasted)
    return not _SPAN_BEFORE_RE.search(text, max(0, a - 12), a) \
        and _FIG65_OFFSET_AFTER_RE.match(text, noun_end) is not None


#: Fig65 (reading "fig65_named_number"): a number that names something rather than counting it: "911" before a word
#: of the emergency line ("911 calls", "a 911 dispatcher", "the 911 call"), and "9-11" / "9/11" before a word of the
#: September 11 attacks ("the 9-11 attacks", "after the 9/11 terrorist attacks", "the 9-11 anniversary").
_FIG65_NAMED_NUMBER_RE = re.compile(
    r"(?:911(?=\s+(?:emergency\s+)?(?:calls?|callers?|dispatch\w*|operators?|centers?|centres?|tapes?|recordings?|"
    r"lines?|systems?|services?|supervisors?|hang-?ups?)\b)"
    r"|9\s?[-/]\s?11(?=\s+(?:terror\w*\s+)?(?:attacks?|anniversary|hijack\w*|commission|memorial|victims?|"
    r"families|responders?|era|plot|plotters?|strikes?)\b))", re.I)


def _fig65_named_number(mo: re.Match) -> bool:
    """Is the number ``mo`` read a name (:data:`_FIG65_NAMED_NUMBER_RE`: "911 calls", "the 9-11 attacks"), no count
    of the noun after it?"""
    return "fig65_named_number" not in READINGS_OFF and bool(mo.group("num")) \
        and _FIG65_NAMED_NUMBER_RE.match(mo.string, mo.start("num")) is not None


#: Fig65 (reading "fig65_left_behind"): before a count in its clause, the kin a dead person leaves ("who leaves behind
#: a husband, son and two grandchildren", "is survived by his wife and three children"): people alive, no toll.
_FIG65_LEFT_BEHIND_RE = re.compile(r"\b(?:(?:leaves|leave|leaving|left)\s+behind|(?:is|are|was|were)\s+survived\s+by|"
                                   r"survivors\s+include)\b[^.;:()\u2013\u2014]{0,60}$", re.I)


def _fig65_left_behind(mo: re.Match) -> bool:
    """Is the number ``mo`` read a count of the kin someone leaves (:data:`_FIG65_LEFT_BEHIND_RE`)?"""
    return "fig65_left_behind" not in READINGS_OFF and bool(
        _FIG65_LEFT_BEHIND_RE.search(mo.string, max(0, mo.start() - 80), mo.start()))


def _describe(s: Sent, mo: re.Match, lo, hi, v, prev: "Figure | None",
              before: "Figure | None" = None) -> Figure | None:
    """What a number counts (see the module docstring); ``prev``: the figure before it when that one took its
    event from a cue before it ("killed 280 civilians and 2,000 fighters"); ``before``: the figure before it in
    its sentence, whose counted noun a bare number linked to it leaves out ("114 people including five on the
    ground")."""
    text = mo.string  # the sentence, a spaced decimal joined (:func:`_joined_numbers`)
    a, b = mo.span()
    unit = None
    category = None
    noun = None
    cur = mo.group("cur")
    if mo.group("pct"):
        category, unit = "percent", "%"
    elif cur:
        category, unit = "money", CURRENCY_SYMBOLS.get(cur.lower(), cur)
    if mo.group("mhyph"):
        joined = mo.group("mhyph").strip("-").lower()
        category, unit = "measure", _UNITS.get(joined) or _JOINED_ONLY_UNITS[joined]
    elif mo.group("glued"):
        if cur:
            return None  # "$21mm": an amount in an abbreviation it does not know
        category, unit = "measure", _UNITS[mo.group("glued").lower()]
    elif mo.group("abbr"):
        if cur or mo.group("num2") or mo.group("pct"):
            return None  # "$5MB", "2-4GB": no count of one thing
        noun_word = _ABBREVIATED_NOUNS[mo.group("abbr").strip()]  # "a 2.0MP front camera": 2.0 megapixels (fig36)
        return Figure(s, a, b, " ".join(text[a:b].split()), lo, hi, v, "count", stem(noun_word), None, noun_end=b,
                      noun_word=noun_word)
    elif _metres(mo):
        category, unit = "measure", "m"
    hyph = mo.group("hyph")
    if (hyph or "").lower().endswith(("-old", "-olds")) or _YEARS_OLD_RE.match(text[b:]) or (
            hyph and re.match(r"\s+olds?\b", text[b:], re.I)):
        return None  # an age whose person is not named (:func:`_age`); "the 11-year old girl" too
    raw = mo.group("num") or ""
    if category is None and not mo.group("num2") and raw[:1].isdigit() and float(raw.replace(",", "")) < 10 and (
            _MAGNITUDE_BEFORE_RE.search(text, max(0, a - 40), a) or (mag := _MAGNITUDE_AFTER_RE.match(text, b))
            and ("." in raw or mag.group(1)) or "." in raw and _COORDINATED_MAGNITUDE_RE.match(text, b)
            or _fig64_magnitude(text, a, b)):
        # "a magnitude 4.6 earthquake", "4.6-magnitude", "A 4.4 quake": an earthquake's magnitude; "7.6 and 7.5
        # magnitude quakes": the first of two magnitudes too (twenty-second round)
        mag = _MAGNITUDE_AFTER_RE.match(text, b)
        end = b + (mag.end() - b if mag else 0)
        return Figure(s, a, b, " ".join(text[a:end].split()), lo, hi, v, "measure", None, "magnitude",
                      noun_end=max(end, b))
    if category is None and not mo.group("num2") and (grave := _GRAVE_AFTER_RE.match(text, b)) is not None:
        # "Eighty are in a critical condition", "352 others wounded, 99 of them critically", "10 of whom remain
        # critical": the gravely wounded, counted with no noun (fig30); some of the wounded, never their total
        fig = Figure(s, a, b, " ".join(text[a : grave.end()].split()), lo, hi, v, "injured", "people", None,
                     noun_end=grave.end(), noun_word="people")
        fig.qualifier = "grave"
        return fig
    if category is None and not mo.group("num2") and _TIMES_AFTER_RE.match(text, b) and (
            verb := _TIMES_VERB_BEFORE_RE.search(text, max(0, a - 40), a)) is not None \
            and not verb.group(1).lower().startswith(_TIMES_NOT_VERBS):
        # "was shot 11 times", "hitting Gray eleven times": how many times something was done (fig30); not "three
        # times as many", "10 times a day", "rose five times" (a ratio, a rate, a change)
        end = _TIMES_AFTER_RE.match(text, b).end()
        return Figure(s, a, b, " ".join(text[a:end].split()), lo, hi, v, "count", "time", None, noun_end=end,
                      noun_word="times")
    if category is None and _PARENT_OF_RE.search(text, max(0, a - 30), a):
        # "a mother of 12", "Mother of 13 Zurana Horton": her children, whatever word follows
        kids = re.match(r"\s+(?:children|kids|sons|daughters)\b", text[b:], re.I)
        end = b + (kids.end() if kids else 0)
        return Figure(s, a, b, " ".join(text[_PARENT_OF_RE.search(text, max(0, a - 30), a).start() : end].split()),
                      lo, hi, v, "count", "child", None, noun_end=end, noun_word="children")
    if hyph:
        u = re.match(r"-(\w+?)s?(?:-|$)", hyph).group(1).lower()
        category, unit = "duration", DURATION_UNITS.get(u, u + "s")
    # the counted noun
    rest = _words(text[b : b + 80].split(",", 1)[0])  # never across a comma: "ages 5 and 7, off the bridge"
    subset = _OF_TOTAL_RE.match(text, b, min(len(text), b + 80)) if category is None else None
    if subset:  # "75 of the 125 seats", "four of five charges": 75 seats, some of the 125
        off = subset.end() - b
        rest = [(st + off, e + off, w) for st, e, w in _words(text[subset.end() : b + 80].split(",", 1)[0])]
    j = 0
    if rest and rest[0][2].lower() == "of":
        j = 1
    while j < len(rest) and rest[j][2].lower() in FIGURE_NOUN_SKIP:
        j += 1
    noun_end = b
    noun_word = ""
    if category is None and j < len(rest):
        w = rest[j][2]
        wl = w.lower().rstrip("'’")
        if wl == "pounds" and (_WEIGHT_BEFORE_RE.search(text, max(0, a - 40), a) or (
                "mass_pounds" not in READINGS_OFF and _MASS_BEFORE_RE.search(text, max(0, a - 40), a))):
            category, unit = "measure", "lbs"  # "It weighs 17 pounds": a weight, not money
            noun_end = b + rest[j][1]
        elif wl in CURRENCY_WORDS:
            category, unit = "money", CURRENCY_WORDS[wl]
            noun_end = b + rest[j][1]
        elif wl in PERCENT_WORDS:
            category, unit = "percent", "%"
            noun_end = b + rest[j][1]
        elif wl == "square" and j + 1 < len(rest) and rest[j + 1][2].lower() in _UNITS:
            category, unit = "measure", _UNITS[rest[j + 1][2].lower()] + "²"  # "60,000 square kilometers"
            noun_end = b + rest[j + 1][1]
        elif wl in _UNITS:
            category, unit = "measure", _UNITS[wl]
            noun_end = b + rest[j][1]
        elif wl.rstrip("s") in DURATION_UNITS:
            category, unit = "duration", DURATION_UNITS[wl.rstrip("s")]
            noun_end = b + rest[j][1]
        elif "fig63_model" not in READINGS_OFF and (model := _fig63_model(text, b + rest[j][0])) is not None:
            # "seven AK-47 rifles", "12 AK 47 guns", "seven AK-47s": a count of the model named (fig63)
            category, (noun, noun_word, noun_end) = "count", model
        elif w[0].isalpha() and wl not in _STOP_AFTER:
            if (j + 1 < len(rest) and (not wl.endswith("s") or wl.endswith(_ADJECTIVE_S_ENDINGS))
                    and rest[j + 1][2][0].isalpha()
                    and (rest[j + 1][2].lower().endswith("s") or rest[j + 1][2] in _PLURALS_NO_S  # "7 elderly people"
                         and wl.isalpha() and wl not in _NOT_ADJECTIVES and wl not in _EVENT_OF)
                    and rest[j + 1][2].lower() not in _STOP_AFTER
                    and rest[j + 1][2].lower() not in CURRENCY_SYMBOLS  # "200 rand (dlrs 35)": no count of "dlrs"
                    and not rest[j + 1][2][0].isupper()):
                j += 1  # "12 crew members", "2 male bodies"
                w = rest[j][2]
                wl = w.lower()
            elif _two_adjectives(rest, j, text[b : b + 1] == "-"):
                j += 2  # "24 equal monthly payments" (as "20 additional monthly payments" is read; fig36)
                w = rest[j][2]
                wl = w.lower()
            elif "people_past_names" not in READINGS_OFF and (k := _people_past_adjective(rest, j)) is not None:
                j = k  # "250,000 ethnic Albanian refugees": refugees, as "275,000 refugees" (fig57)
                w = rest[j][2]
                wl = w.lower()
            if (w[0].isupper() and (not _is_people(w, s, b + rest[j][0]) or wl.endswith("ic"))
                    or wl.endswith(NOT_NOUN_ENDINGS) and wl not in PEOPLE_NOUNS and wl not in _EVENT_OF) \
                    and (k := _noun_past_names(rest, j)) is not None:
                j = k  # "99 alleged Sicilian Mafia members", "384 Intel Atom dual-core processors": members, processors
                w = rest[j][2]
                wl = w.lower()
            noun_word = wl.replace("’", "'").rstrip("'")
            if noun_word in _PRONOUNS:
                if before is not None and before.noun and (
                        before.category in FIGURE_EVENTS or before.category == "count") and j > 0 \
                        and rest[j - 1][2].lower() == "of" and noun_word in ("them", "whom") \
                        and _OF_THEM_AFTER_RE.fullmatch(text, before.noun_end, a):
                    # "killed more than 230,000 people, over 170,000 of them in Aceh": some of the figure right
                    # before it (its event and noun), a part of it (fig36)
                    end = b + rest[j][1]
                    fig = Figure(s, a, b, " ".join(text[a:end].split()), lo, hi, v, before.category, before.noun,
                                 before.unit, noun_end=end, noun_word=before.noun_word)
                    fig.part = True
                    return fig
                return None  # "two of them": what they are is said elsewhere
            if noun_word in _POSSESSIVES and j > 0 and rest[j - 1][2].lower() == "of":
                return None  # "Three of his relatives": whose, the sentence before says (read as "his: Three of his")
            if w[0].isupper() and (not _is_people(w, s, b + rest[j][0]) or wl.endswith("ic")):
                return None  # "two of Hubble's": a name, not what is counted; "75 Democratic": an adjective
            if noun_word in _EVENT_OF:  # "eight wounded": the event, of people
                category, noun_word = _EVENT_OF[noun_word], "people"
                if category == "deployed" and _LOST_BEFORE_RE.search(text, max(0, a - 30), a):
                    category = "killed"  # "Israel has so far lost seven soldiers": its dead (fig35)
            elif noun_word.endswith(NOT_NOUN_ENDINGS) and noun_word not in PEOPLE_NOUNS:
                return None  # "2 successfully", "2 made"
            noun = NOUN_CLASSES.get(noun_word) or (
                "people" if noun_word == "people" or _is_people(w, s, b + rest[j][0]) else stem(noun_word))
            if noun_word in ("others", "other") and not (j + 1 < len(rest) and rest[j + 1][2][0].isalpha()
                                                         and rest[j + 1][2].lower() not in _STOP_AFTER):
                kind = _counted_before(text, a)  # "killing the one dog and injuring five others": five dogs
                if kind:
                    noun, noun_word = kind
            noun_end = b + rest[j][1]
    if category == "duration":
        # "nine months of fighting": the thing that lasted
        tail = _words(text[noun_end : noun_end + 30])
        if len(tail) >= 2 and tail[0][2].lower() == "of" and tail[1][2][0].isalpha():
            noun = stem(tail[1][2].lower())
    if category is None and noun is None and before is not None and before.noun and (
            before.category in FIGURE_EVENTS or before.category == "count") and (
            link := _ELIDED_RE.fullmatch(text, before.noun_end, a)):
        # "114 people including five on the ground": five people killed, a part of the 114; "seven people ... died
        # and 62 were infected": 62 people, of the event of their own verb (fig36)
        own = _OWN_PREDICATE_RE.match(text, b)
        cat = before.category if own is None else _EVENT_OF.get(own.group(1).lower(), "count")
        fig = Figure(s, a, b, " ".join(text[a:b].split()), lo, hi, v, cat, before.noun, before.unit,
                     noun_end=b, noun_word=before.noun_word)
        fig.part = ELIDED_NOUN_LINKS[" ".join(link.group(1).lower().split())] == "subset"
        return fig
    if category is None and noun is None and before is not None and before.noun and before.category == "count" \
            and not before.unit and not mo.group("num2") and (gap := _GAPPED_RE.fullmatch(text, before.noun_end, a)) \
            and _GAP_END_RE.match(text, b):
        # "win 77 of the assembly's 125 seats, the Liberals 46 and Democratic Action 1": the count's noun left out
        # after a name (fig36); the named side's own count
        return Figure(s, a, b, " ".join(text[gap.start(1) : b].split()), lo, hi, v, before.category, before.noun,
                      None, noun_end=b, noun_word=before.noun_word)
    if category is None and noun is not None and _JOINED_NOUN_RE.match(text, b):
        category = "count"  # "a 30-car pileup ... killed one person": a count of cars in a compound, no event's
    if category is None:
        if noun is None:
            if not mo.group("num2") and before is not None and before.noun == "people" and (
                    before.category in FIGURE_EVENTS or before.category == "count") and (
                    verb := _SIBLING_VERB_RE.fullmatch(text, before.noun_end, a)) and _GAP_END_RE.match(text, b):
                # "has killed seven people, sickened 56 and ...": people, of the event of their own verb (fig36)
                return Figure(s, a, b, " ".join(text[verb.start(1) : b].split()), lo, hi, v,
                              _EVENT_OF.get(verb.group(1).lower(), "count"), "people", None, noun_end=b,
                              noun_word="people")
            if not mo.group("num2") and (fig := _fig64_sibling_ing(s, mo, lo, hi, v, before)) is not None:
                return fig  # "killing 10 people and injuring 80": 80 injured (fig64)
            if not mo.group("num2") and (toll := _TOLL_TO_RE.search(text, max(0, a - 80), a)):
                # "bringing the confirmed death toll from the disaster to 11": 11 dead, shown from the toll (fig36)
                return Figure(s, a, b, " ".join(text[toll.start() : b].split()), lo, hi, v, "killed", "people",
                              None, noun_end=b, noun_word="people")
            return None
        cat = _pre_cue(text, a, noun_end)
        if cat is None and noun == "people" and _TOLL_TO_RE.search(text, max(0, a - 80), a):
            cat = "killed"  # "the death toll in the 2004 tsunami was 230,000 people" (fig36)
        if cat is None and _LOST_BEFORE_RE.search(text, max(0, a - 30), a) and (
                noun == "people" or noun_word in _LOST_PEOPLE):
            cat = "killed"  # "Israel has so far lost seven soldiers": a side's dead (fig35)
        if cat is None and prev is not None and _COORD_RE.fullmatch(text[prev.noun_end : a]) \
                and not _OWN_PREDICATE_RE.match(text, noun_end):  # "12 people and 40 others were injured" (fig36)
            cat = prev.category
        if cat is None:
            cat = _forward_cue(text, noun_end)
        if cat is None and noun_word in ("others", "other") and not _OWN_PREDICATE_RE.match(text, noun_end):
            # "a boat capsizing that killed his mother and nine others"; not "seven people died and 62 others were
            # infected" (their own verb, fig36)
            cat = _event_before_others(text, a)
        if cat is None and before is not None and before.noun == noun and before.category in FIGURE_EVENTS \
                and _ELIDED_RE.fullmatch(text, before.noun_end, a) and not _OWN_PREDICATE_RE.match(text, noun_end):
            cat = before.category  # "killing all 109 people on board and four people on the ground"
        if cat is None:
            cat = _EVENT_OF.get(noun_word)
        category = cat or "count"
        if category in FIGURE_EVENTS and (noun is None or noun in ("bodi", "death", "casualti", "live", "fatal")):
            noun = "people"
    if category in FIGURE_EVENTS and noun == "people":
        noun_word = "people"
    if noun is not None and noun_word and (crew := _AND_CREW_RE.match(text, noun_end)):
        # "some 420 passengers and crew": passengers and crew counted together, not the 246 passengers
        noun, noun_word, noun_end = f"{noun} and crew", f"{noun_word} and crew", crew.end()
    if category == "percent" and (of := _PERCENT_OF_RE.match(text, max(noun_end, b))) and _is_group(of.group(1)):
        # "70 per cent of men", "20 percent of women": the share of a group of people, compared with the same
        # group's (not "of the vote", "of Quebec's population", "of its annual budget": shares of other things,
        # or of a group the words after it name)
        noun_word = of.group(1).lower()
        noun = stem(noun_word)
    if category == "count" and (noun_word or "").lower() == "time" and v != 1:
        return None  # "five time Olympic gold medal winner": "five-time" unhyphenated, how often a title was won,
        # not five of something (MultiLing M009 showed a figure "five time"); a count of times is "five times"
    if category == "duration" and unit in _YEARS_IN and "decade_years" not in READINGS_OFF:
        # "a decade", "two decades", "a century": years, so "for a decade" and "the station's 15-year or more
        # lifetime" are one quantity (fig57); a round number, as "7 million" is
        n = _YEARS_IN[unit]
        lo, hi, v, unit = lo * n, hi * n, v * n, "years"
        if not _modifier(mo) and not mo.group("num2"):
            lo, hi = min(lo, v * (1 - _ROUND_SCALED)), max(hi, v * (1 + _ROUND_SCALED))
    display = " ".join(text[a:noun_end if noun_end > b else b].split()).rstrip("-")
    fig = Figure(s, a, b, display, lo, hi, v, category, noun, unit, noun_end=max(noun_end, b),
                 noun_word=noun_word or None)
    fig.part = fig.of_total = bool(subset)  # some of a total its sentence gives: never set against a whole count
    return fig


#: Spans of years: their length in years (fig57).
_YEARS_IN = {"decades": 10, "centuries": 100}


#: Right before an amount: a share of it ("62 percent of the projected $4.4 trillion federal budget surplus", "half
#: of its $20 million budget"): the amount is the whole the share is taken from, not one of several things its
#: sentence lists (fig34).
_SHARE_OF_BEFORE_RE = re.compile(r"(?:\d\s*%|\b(?:percent|per\s?cent|half|third|thirds|quarter|quarters|fifth|fifths|"
                                 r"tenth|tenths|share|portion|part|rest|remainder|bulk|most|all)\s+)\s*of\s+"
                                 r"(?:(?:the|its|his|her|their|this|that|an?)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}$", re.I)


#: A share told as an amount right beside it ("He wants 62 percent of it, $2.764 trillion, used for Social Security",
#: "$2.7 trillion, or 62 percent of the projected $4.4 trillion"): the amount is a part of a whole (fig34).
_SHARE_THEN_AMOUNT_RE = re.compile(r"\d\s*(?:%|percent\b|per\s?cent\b)\s+of\s+[^,;:.!?\d$]{1,40},\s*(?:or\s+|about\s+|"
                                   r"some\s+|roughly\s+|nearly\s+)*$", re.I)
_AMOUNT_THEN_SHARE_RE = re.compile(r"\s*,\s*(?:or\s+)?(?:about\s+|some\s+|roughly\s+|nearly\s+)?\d[\d.]*\s*"
                                   r"(?:%|percent\b|per\s?cent\b)\s+of\b", re.I)


#: After a count: more of it elsewhere ("170,000 people in the province and tens of thousands more in countries
#: around the Indian Ocean"): the count is a part of a total.
_MORE_AFTER_RE = re.compile(r"[^.;:!?\d]{0,45}?\band\s+(?:another\s+)?(?:" + _VAGUE + r"|" + _NUM + r"|" + _WORDNUM
                            + r")\s+(?:[a-z]+\s+)?more\b", re.I)
#: After a count: the place it is limited to ("170,000 people in Sumatra alone"): a part of a total.
#: After an amount, "in cash and" another amount or number ("$4.2 billion in cash and 57 million shares", "$281m in
#: cash and $53m in stock"): the amount is the cash part of a sum paid, not the sum (twenty-third round).
_CASH_PART_RE = re.compile(r"\s+in\s+cash\s*,?\s*(?:and|plus)\s+(?:about\s+|some\s+|roughly\s+|approximately\s+)?"
                           r"(?:US)?[$€£]?\s?\d", re.I)
_ALONE_AFTER_RE = re.compile(r"\s+(?:in|on|at|from)\s+[^.;:!?,\d]{0,30}?\balone\b", re.I)
#: Before a number: an earthquake's magnitude ("magnitude 4.6", "a magnitude of 4.6").
#: ... or "two quakes, measuring 7.6 and 7.4": both magnitudes (twenty-second round).
_MAGNITUDE_BEFORE_RE = re.compile(r"(?:\bmagnitude(?:\s+of)?|\b(?:earthquakes?|quakes?|tremors?|temblors?),?\s+"
                                  r"(?:measuring|of\s+magnitudes?)(?:\s+\d\.\d\s*(?:,|and|or|to))?)\s*$", re.I)
#: After a number: "4.6-magnitude", "4.6 magnitude", or (a decimal) "4.4 quake" (group 1: the word magnitude).
_MAGNITUDE_AFTER_RE = re.compile(r"[\s-]*(?:(magnitude)\b|(?:earth)?quake\b|temblor\b|tremor\b)", re.I)
#: After the first of two magnitudes that share the word ("7.6 and 7.5 magnitude quakes", "7.6 or 7.7-magnitude"):
#: the second number, then the word.
_COORDINATED_MAGNITUDE_RE = re.compile(r"\s*(?:,\s*)?(?:and|or|to)\s+\d\.\d[\s-]*(?:magnitude\b|(?:earth)?quakes?\b|"
                                       r"temblors?\b|tremors?\b)", re.I)
#: Before a number: a parent of that many children ("a mother of 12", "mom of 12", "father of five").
_PARENT_OF_RE = re.compile(r"\b(?:mother|father|mom|mum|dad|parent|grandmother|grandfather)s?\s+of\s+$", re.I)
#: After a share: the group it is a share of ("70 per cent of men", "25 percent of the vote").
_PERCENT_OF_RE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?([a-z]{3,})\b(?![\'’-])(?!\s+[a-z]+s\b)")
#: Words after "N percent of" that name no group ("of them", "of those", "of its").
_PERCENT_OF_NOT = frozenset({"them", "those", "these", "its", "their", "his", "her", "what", "which", "whom", "all",
                             "others", "cases", "times", "votes", "ballots", "seats", "sales", "shares", "assets"})


def _is_group(word: str) -> bool:
    """A plural noun of people a share is of ("men", "women", "voters", "residents", "patients", "Americans"): what a
    percentage "of" it counts, comparable with another outlet's share of the same group."""
    w = word.lower()
    return w not in _PERCENT_OF_NOT and w not in _STOP_AFTER and (
        w in PEOPLE_NOUNS or w.endswith(("ers", "ists", "ents", "ans", "ees", "ians", "adults", "patients")))
#: After a counted noun: the crew or staff counted with it ("420 passengers and crew").
_AND_CREW_RE = re.compile(r"\s+and\s+(?:crew\s+members|crewmembers|crews?|staff)\b", re.I)
#: An event word, then the one it struck and "and", right before "N others": "killed his mother and nine others",
#: "killing his mother, Elisabet, and 10 others" (no sentence break between).
_OTHERS_AFTER_EVENT_RE = re.compile(r"\s+[^.;:!?\d]{1,50}?\band\s+$")


def _event_before_others(text: str, a: int) -> str | None:
    """The event of "N others" whose verb struck someone named just before ("killed his mother and nine others"):
    the last event word within 70 characters before it, followed by its object and "and" only."""
    for w in reversed(list(re.finditer(r"[A-Za-z]+", text[max(0, a - 70) : a]))):
        cat = _EVENT_OF.get(w.group(0).lower())
        if cat:
            return cat if _OTHERS_AFTER_EVENT_RE.fullmatch(text, max(0, a - 70) + w.end(), a) else None
    return None

#: A number and the noun it counts ("the one dog", "one of King's dogs", "three sailors"), for "N others" after it.
_COUNTED_RE = re.compile(r"\b(?:\d+|" + _WORDNUM + r")\s+(?:of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
                         r"(?:[A-Z][\w]*(?:'s|’s)\s+)?)?([a-z]{3,})\b", re.I)


def _counted_before(text: str, a: int) -> tuple[str, str] | None:
    """The kind an "N others" counts: the noun of the last count before it in its sentence, when that noun is
    not a people word ("the one dog and injuring five others" counts dogs; "one person and wounded seven
    others" stays people)."""
    last = None
    for m in _COUNTED_RE.finditer(text, 0, a):
        last = m
    if last is None:
        return None
    word = last.group(1).lower()
    if word in PEOPLE_NOUNS or word in _STOP_AFTER or word in ("other", "others") or word in _EVENT_OF \
            or word in _UNITS or word.rstrip("s") in DURATION_UNITS or word in CURRENCY_WORDS:
        return None
    return (NOUN_CLASSES.get(word) or stem(word), word)


#: A bare number linked to the count before it, whose noun it leaves out ("114 people including five", "all 109
#: people on board and four", "killed as well as five"): a short phrase, then a link word of
#: :data:`._cues.ELIDED_NOUN_LINKS`.
_ELIDED_RE = re.compile(r"[^.;:!?\d]{0,45}?\b(" + _longest_first(ELIDED_NOUN_LINKS).replace(r"\ ", r"\s+")
                        + r")\s+(?:another\s+|all\s+)?", re.I)
#: Right before a date: it starts a period running to the article's day ("has built 190 settlements since it
#: captured them ... in the 1967 war", "since 1990"), so a figure beside it is a count of now, not of the past.
_SINCE_DATE_RE = re.compile(r"\b(?:" + _longest_first(PERIOD_START_WORDS) + r")\b[^;:.!?]*$", re.I)
#: After a number: it is part of an address, not a quantity ("the 3300 block of West Florence Avenue").
_ADDRESS_AFTER_RE = re.compile(r"\s+(?:" + _longest_first(ADDRESS_NOUNS) + r")\s+of\b", re.I)
#: After a measure: a marked place, not a distance ("the 20-yard line", "the 22-metre line", "the 40-yard mark").
_POSITION_AFTER_RE = re.compile(r"[\s-]*(?:line|lines|mark|marker)\b", re.I)
#: Distinct values of one kind an article gives from which the kind is one of many things in the story (a game's
#: yards, a free agency's offers): two outlets' values of it are one quantity only when a name is shared around both.
CROWDED_VALUES = 6
#: Where a clause of a sentence ends (:data:`._cues.CLAUSE_BREAKS`).
_CLAUSE_BREAK_RE = re.compile("|".join(CLAUSE_BREAKS), re.I)
#: Where a sentence that names several days turns to another moment: a figure is about the day of its own clause
#: ("An earthquake measuring 5.6 ... jolted Qeshm island ... on Sunday, followed by several aftershocks on Monday":
#: 5.6 is Sunday's, not Monday's 3.8 aftershock).
_DAY_CLAUSE_BREAK_RE = re.compile("|".join(CLAUSE_BREAKS + (r",\s+(?:followed|after|before|then|as)\b",)), re.I)


def _clause_days(day_at: list[tuple[int, str]], breaks: list[int], at: int) -> frozenset:
    """The days named in the clause of the figure at ``at`` (between the ``breaks`` around it), or every day of the
    sentence when its clause names none."""
    lo = max((k for k in breaks if k <= at), default=0)
    hi = min((k for k in breaks if k > at), default=1 << 30)
    own = frozenset(label for st, label in day_at if lo <= st < hi)
    return own or frozenset(label for _, label in day_at)
#: A clause break opening a relative clause about the noun before it ("the 2004 bombings, which killed 191")
_RELATIVE_BREAK_RE = re.compile(r",\s+(?:which|who)\b", re.I)
_COORD_RE = re.compile(r"[\s,]*(?:and|or)?[\s,]*(?:" + _MOD + r")?\s*", re.I)
_STOP_AFTER = frozenset({"and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "a", "an", "the", "is",
                         "was", "were", "are", "has", "have", "had", "percent", "than", "as", "that", "this",
                         "after", "before", "since", "until", "when", "while", "per", "times", "p.m", "a.m"})


#: Right after an event word: a number of its own ("shooting three co-workers, killing two of them"): the event is
#: that number's, not the count's before it.
_OWN_NUMBER_AFTER_RE = re.compile(r"\s+(?:(?:" + _MOD + r")\s+)?(?:\d|(?:" + _WORDNUM + r")\b)", re.I)


#: Fig65 (reading "fig65_one_person"): between a count and an event word after it, one person of a phrase of
#: its own ("gunned down two women and leaving a man wounded"): the event is that person's, not the count's.
_FIG65_ONE_PERSON_RE = re.compile(r"\b(?:a|an|another|one)\s+(?:[a-z]+\s+)?(?:man|woman|boy|girl|child|person|"
                                  r"officer|worker|co-?worker|employee|guard|teenager|student|soldier|passenger)\b")


def _forward_cue(text: str, pos: int) -> str | None:
    found = list(re.finditer(r"[A-Za-z]+|[;:.!?]", text[pos : pos + 90]))[:10]
    words = [m.group(0) for m in found]
    for m, w in zip(found, words):
        wl = w.lower()
        if wl in _CLAUSE_END:
            return None
        if wl in _EVENT_OF:
            if wl == "board" and "on" not in words and "aboard" not in words:
                continue
            i = words.index(w)
            prev = words[i - 1].lower() if i else ""
            if (prev == "the" and (i < 2 or words[i - 2].lower() != "among")) or (
                    prev.endswith("ing") and prev not in _EVENT_OF):
                return None  # "two helicopters were evacuating injured", "moving the injured": people the count
                # carries, not what befell it (not "three people were among the injured")
            if _OWN_NUMBER_AFTER_RE.match(text, pos + m.end()):
                return None  # "shooting three co-workers, killing two": the two were killed, not the three
            if "fig65_one_person" not in READINGS_OFF and _FIG65_ONE_PERSON_RE.search(text, pos, pos + m.start()):
                return None  # "gunned down two women and leaving a man wounded": the man was wounded (fig65)
            return _EVENT_OF[wl]
    return None


# -- comparison ------------------------------------------------------------------------


@dataclass
class Quantity:
    """All figures about one quantity (event or kind, counted noun or unit), across outlets."""

    category: str
    noun: str
    figures: list[Figure]
    conflict: bool = False
    #: "contradiction", or "precision" when a vague amount meets a precise one.
    kind: str | None = None

    @property
    def sources(self) -> list[Source]:
        return outlets_of([f.sent for f in self.figures])

    @property
    def label(self) -> str:
        """Readable words: "killed: civilians", "people displaced", "distance (m)", "passengers"."""
        words = Counter(f.noun_word for f in self.figures if f.noun_word)
        what = words.most_common(1)[0][0] if words else None
        if self.category == "count":
            return what or "count"
        if self.category == "age":
            return f"age of {what}" if what else "age"
        if self.category in ("money", "percent", "duration", "measure"):
            unit = self.figures[0].unit or ""
            return f"{self.category} ({unit} of {what})" if what and self.category == "duration" else (
                f"{self.category} ({unit})" if unit else self.category)
        return f"{self.category}: {what}" if what and what != "people" else self.category

    def values(self) -> list[dict[str, Any]]:
        """Distinct values with the outlets reporting each."""
        groups: list[list[Figure]] = []
        # the most precise values first, each a group's shown text: a round "7 million" joins "7.3 million", and
        # "7.3 million" against "7.4 million" is what the reader sees (not "7 million" against "7.4 million")
        for f in sorted(self.figures, key=lambda f: ((f.high - f.low) / max(abs(f.value), 1e-9), f.value,
                                                      f.sent.source.n)):
            for g in groups:
                if all(_meet(x, f) for x in g):  # never one group for two values that conflict
                    g.append(f)
                    break
            else:
                groups.append([f])
        out = []
        for g in sorted(groups, key=lambda g: (g[0].value, g[0].sent.source.n)):
            srcs = sorted({f.sent.source.n: f.sent.source for f in g}.items())
            others = [x for h in groups if h is not g for x in h]
            # shown by its lowest value, unless that one fits another group too ("7 million" beside "7.3 million"
            # and "7.4 million"): then by its most precise. A conflict's side is shown by its most precise value:
            # "354 feet" against "some 450 feet", not the same outlet's "some 350 feet", a rounding of the number it
            # also wrote exactly (fig39: the numbers set against each other as precisely as an outlet gave them)
            # (a bound or a range is shown only when no point value of its group fits: "about 20,000" rather than
            # "at least 15,000" beside "over 24,000")
            ordered = g if self.conflict else sorted(g, key=lambda f: (f.value, f.sent.source.n))  # (g: most
            # precise first, then lowest value, as the groups were built)
            shown = next((f for f in ordered if not any(_meet(f, x) for x in others) and not f.loose
                          and f.bound is None), None) or next(
                (f for f in ordered if not any(_meet(f, x) for x in others)), g[0])
            out.append({
                "text": shown.text,
                "value": _num(shown.value),
                "low": _num(min(f.low for f in g)),
                "high": _num(max(f.high for f in g)),
                "sources": [n for n, _ in srcs],
                "outlets": [s.label for _, s in srcs],
                "citations": [f.to_dict() for f in g],
            })
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "quantity": self.label,
            "counts": self.category,
            "noun": self.noun,
            "conflict": self.conflict,
            "kind": self.kind,
            "sources": [s.n for s in self.sources],
            "outlets": [s.label for s in self.sources],
            "values": self.values(),
        }


#: The precision guards of the twentieth round (issue 11), from "earlier_event" on of the twenty-second,
#: "bound_apart" of the twenty-third and "modifiers_apart" of the twenty-fourth ("other_part": fig56), by name:
#: ``bench/figure_guards.py`` switches each off in turn
#: (:data:`GUARDS_OFF`) to measure it by leaving one labelled split out.
PRECISION_GUARDS: tuple[str, ...] = ("fraction", "crowded", "consensus", "denominator", "other_years", "attributive",
                                     "vague_count", "earlier_event", "place_parts", "day_of_running", "bound_apart",
                                     "modifiers_apart", "other_part", "equivalent", "not_now", "group_total",
                                     "intraday", "running_span", "people_apart",
                                     "definite_rest", "totals_apart", "fig64_generic")
#: The recall rules of the twenty-first round (issue 11) and, from "self_contradicts" on, of the twenty-third, by
#: name ("country": fig54): each lets a pair by a guard that kept two versions of one number apart ("place_shares":
#: compares a kind that was never compared; "strict_bound", "span_appositive", "measured_name", "span_head":
#: fig57); ``bench/figure_guards.py --recall`` switches each on and off (:data:`GUARDS_OFF`).
RECALL_RULES: tuple[str, ...] = ("past_within", "own_ago", "decimal_slip", "self_contradicts", "place_shares",
                                  "anchored", "aligned", "one_step", "dimension", "country", "strict_bound",
                                  "span_appositive", "measured_name", "span_head", "later", "word_range",
                                  "activity_span", "times_verb", "fig64_two_sayers",
                                  "fig65_two_versions", "fig65_toll_pair")
#: Guards and rules switched off (a measurement's setting; empty in use).
GUARDS_OFF: frozenset = frozenset()
#: The readings of values and keys fig57 added, by name: "article_one" ("a million pounds", "half a million", "a
#: decade"), "post_bound" ("six or more bombs"), "joined_pound" ("the 44,000-pound Zarya" weighs), "mass_pounds" ("a
#: mass of 70,000 pounds" weighs), "decade_years" (decades and centuries counted in years), "people_past_names"
#: ("250,000 ethnic Albanian refugees" counts refugees). A measurement switches each off in turn
#: (:data:`READINGS_OFF`, read when figures are extracted: a capture is needed per setting, ``bench/figure_diff.py
#: --to`` compares two).
READINGS: tuple[str, ...] = ("article_one", "post_bound", "joined_pound", "mass_pounds", "decade_years",
                             "people_past_names", "later_offset", "hashtag", "twice", "relative_subject",
                             "fig63_model", "fig63_dozen_of", "fig63_minus", "fig63_demand", "fig64_spaced",
                             "fig64_magnitude", "fig64_clock", "fig64_sibling_ing", "fig65_named_number",
                             "fig65_left_behind", "fig65_offset", "fig65_one_more",
                             "fig65_co_noun", "fig65_one_person")
#: Readings switched off (a measurement's setting; empty in use).
READINGS_OFF: frozenset = frozenset()


def _overlap(a: Figure, b: Figure) -> bool:
    return a.low <= b.high * 1.0001 and b.low <= a.high * 1.0001


def _gives(w: Figure, x: Figure) -> bool:
    """``w`` gives ``x``'s value, a bound read as its number ("up to 70 per cent" gives 70, not India's "65
    percent" below it, nor does "65 percent" give it): what an outlet's other figures say about a value
    (:func:`_conflicts`' ``agrees_elsewhere`` and ``told_apart``; fig34). Else :func:`_overlap`."""
    lw, hw = (w.value, w.value) if w.bound else (w.low, w.high)
    lx, hx = (x.value, x.value) if x.bound else (x.low, x.high)
    return lw <= hx * 1.0001 and lx <= hw * 1.0001


def _days_meet(a: Figure, b: Figure) -> bool:
    """The days two figures are about share one: a label in common, or a day within the other's weekend ("at the
    weekend", "2002-10-05/2002-10-06", holds Sunday's "2002-10-06"; fig34)."""
    if a.days & b.days:
        return True
    spans = [[tuple(d.split("/")) if "/" in d else (d, d) for d in f.days if not d.startswith("weekday")]
             for f in (a, b)]
    return any(p0 <= q1 and q0 <= p1 for p0, p1 in spans[0] for q0, q1 in spans[1])


def _span_versions(w: Figure, z: Figure) -> bool:
    """Two spans one article says of one noun, one step of their last digit apart ("his 41-year rule" and, in a
    diplomat's plea, "his 40-year rule"): two versions of one span, which the article does not tell apart as two
    things (fig34; a "42-year dictatorship" names another noun, "a 10-year sentence" / "a 15-year sentence" are
    more than a step apart)."""
    return _attributive(w) and _attributive(z) and not _attributive_heads_apart(w, z) and _one_step(w, z)


#: Counts that only grow while a story runs (a toll, the injured, the arrested, the displaced, the rescued).
_CUMULATIVE_EVENTS = frozenset({"killed", "injured", "arrested", "displaced", "rescued"})


def _toll_moved(a: Figure, b: Figure) -> bool:
    """A count that only grows, reported on different days with the later report higher, when either sentence
    says it is still running (:func:`_running`): the toll moved ("the virus has killed four people" on 28
    September, "has killed five people" on 30 September), not two versions of one number. The same day, a lower
    later figure, or a toll told as done ("the crash ... killing 113", then NYT's 114 four days later) is still
    compared."""
    if a.category not in _CUMULATIVE_EVENTS or b.category != a.category:
        return False
    da, db = a.sent.source.anchor, b.sent.source.anchor
    if da is None or db is None or da == db or not (_running(a) or _running(b)):
        return False
    early, late = (a, b) if da < db else (b, a)
    return late.low >= early.low and late.high >= early.high


#: The people a plain count's noun names, by group: a count of men, of women, of children or of victims is some of
#: the people there, not all of them ("two men" were wounded, "the three victims"; "four people" in the room).
_PEOPLE_GROUPS = {**dict.fromkeys(("people", "persons", "person", "individuals", "humans", "residents", "inhabitants",
                                   "citizens", "villagers", "population"), "people"),
                  "men": "men", "man": "men", "women": "women", "woman": "women", "children": "children",
                  "child": "children", "victims": "victims", "victim": "victims"}


def _people_apart(a: Figure, b: Figure) -> bool:
    """Two plain counts of people (no event: "the three victims were taken to the hospital", "two men ... underwent
    surgery") whose nouns name different groups (:data:`_PEOPLE_GROUPS`): men or women and the victims, the victims
    and the people found in a room, a part and the whole or two groups, not two versions of one number (fig62). A
    toll's nouns may differ ("12 people" / "12 civilians" killed): its event says who is counted."""
    if a.category != "count" or b.category != "count" or a.noun != "people" or b.noun != "people":
        return False
    ga, gb = (_PEOPLE_GROUPS.get((f.noun_word or "").lower()) for f in (a, b))
    return ga is not None and gb is not None and ga != gb


#: In a part's text ("28 of his 68 punches", "75 of the 125 seats"): the total after "of".
_TOTAL_IN_TEXT_RE = re.compile(r"\bof\s+(?:[A-Za-z][\w'\u2019-]*\s+){0,3}?(\d[\d,]*(?:\.\d+)?)\b")


def _total_of(f: Figure) -> float | None:
    """The total a part "N of M" is some of, written in digits ("28 of his 68 punches": 68), else None."""
    m = _TOTAL_IN_TEXT_RE.search(f.text) if f.of_total else None
    return float(m.group(1).replace(",", "")) if m else None


def _totals_apart(a: Figure, b: Figure) -> bool:
    """Two parts "N of M" of totals too far apart to be one total (:data:`MAX_CONFLICT_RATIO`): parts of two
    wholes ("landed 28 of his 68 punches" in a round / "30 of 207 punches" in the fight, two boxers'), not two
    versions of one number (fig62)."""
    ta, tb = _total_of(a), _total_of(b)
    return ta is not None and tb is not None and max(ta, tb) > MAX_CONFLICT_RATIO * max(min(ta, tb), 1e-9)


_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.I)


def _definite_rest(f: Figure) -> bool:
    """A plain count told as "the N other" ("The two other victims were being treated", with no event of its own):
    the rest of a group its article names before, some of it; compared only with another such rest (fig62; as
    :func:`_other_part` reads "and N other")."""
    return f.category == "count" and bool(_OTHER_PART_RE.match(f.sent.text, f.end)) and bool(
        _THE_BEFORE_RE.search(f.sent.text, max(0, f.start - 8), f.start))


#: Right after a span's unit: "of" and the activity it counts ("four days of riots", "eight days of the worst riots").
_SPAN_OF_RE = re.compile(r"\s+of\s+(?!(?:his|her|their|its|my|our|your)\s+(?:life|lives|time|sentence)\b)", re.I)
#: The units a running span is counted in: an activity reported day after day.
_RUNNING_SPAN_UNITS = frozenset({"days", "weeks"})


def _running_span(a: Figure, b: Figure) -> bool:
    """Two counts of the days an activity has run ("four days of riots" / "eight days of riots", "after 8 days of
    riots"), in articles not known to be of one day: a count that grows with each day of the story, told at two
    moments, not two versions of one number (fig62). Known dates tell: the later report's count is the larger by
    the days between the reports at most (then it ran on), else the two still conflict, as do counts of one day
    and spans told in the past perfect (a stretch that ended: "had been hospitalized for three weeks")."""
    if a.category != "duration" or b.category != "duration" or a.unit != b.unit or a.unit not in _RUNNING_SPAN_UNITS:
        return False
    if not all(_SPAN_OF_RE.match(f.sent.text, max(f.end, f.noun_end)) for f in (a, b)) or _pluperfect(a) \
            or _pluperfect(b):
        return False
    if not (_own_date(a) and _own_date(b)):
        return True  # (no date of its own: not known to be of one day)
    da, db = a.sent.source.anchor, b.sent.source.anchor
    if da == db:
        return False
    early, late = (a, b) if da < db else (b, a)
    gap = abs((db - da).days) / (7 if a.unit == "weeks" else 1)
    return late.value >= early.value and late.value - early.value <= gap + 1


#: Before a count, words that say it is still running: "the virus has killed four people", "have died so far".
_RUNNING_BEFORE_RE = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en)"
                                r"(?:\s+[a-z]+){0,2}\s*$|\b(?:risen|rose|climbed|jumped|reached)\s+to\s*$", re.I)
_RUNNING_AFTER_RE = re.compile(r"[^.;:!?]{0,40}\b(?:so\s+far|to\s+date|thus\s+far|as\s+of)\b", re.I)


def _running(f: Figure) -> bool:
    """Its sentence tells the count is still running ("has killed four people", "five deaths so far")."""
    text = f.sent.text
    return bool(_RUNNING_BEFORE_RE.search(text, max(0, f.start - 40), f.start)
                or _RUNNING_AFTER_RE.match(text, f.noun_end))


#: Modifiers that leave their number out of the bound ("more than 275,000": not 275,000 itself); "at least", "up to"
#: and "N or more" take it in.
_STRICT_BOUND_RE = re.compile(r"(?:more\s+than|more|over|above|fewer\s+than|less\s+than|under|below)\s", re.I)


def _meet(a: Figure, b: Figure) -> bool:
    """Two values meet (:func:`_overlap`) other than where a strict bound ends (:func:`_apart_at_bound`)."""
    return _overlap(a, b) and not (_on("strict_bound") and _apart_at_bound(a, b))


def _apart_at_bound(a: Figure, b: Figure) -> bool:
    """Two values that meet only where one's strict bound and the other's rounding width end (fig57): "more than
    275,000 refugees" and "the roughly 250,000 refugees" (225,000 to 275,000) meet at 275,000, which neither
    gives: the bound leaves it out, and the other's width is no value anyone wrote. A precise value at the bound's
    number ("275,000") still meets it."""
    for x, y in ((a, b), (b, a)):
        if not (x.bound and _STRICT_BOUND_RE.match(x.text)) or y.bound or y.vague or y.loose:
            continue
        if x.bound == "lower" and y.value < x.value <= y.high * 1.0001 and y.high <= x.value * 1.0001:
            return True
        if x.bound == "upper" and y.value > x.value >= y.low * 0.9999 and y.low >= x.value * 0.9999:
            return True
    return False


def _whole_of(a: Figure, b: Figure) -> bool:
    """One value is the other written without its decimals, rounded ("12 miles" / "12.4 miles") or cut within 2%
    ("$99" / "$99.99"): the same number at a coarser precision, not another number ("4 miles" / "4.6 miles" differ)."""
    for x, y in ((a, b), (b, a)):
        if x.low == x.high == x.value and y.low == y.high == y.value and float(x.value).is_integer() \
                and not float(y.value).is_integer() and not re.search(r"\d[.,]\d", x.text) \
                and (x.value == math.floor(y.value + 0.5) or x.value == math.floor(y.value)
                     and y.value - x.value <= 0.02 * y.value):
            return True
    return False


def _own_date(f: Figure) -> bool:
    """Its article's date is its own (published, dateline, written in it), not one borrowed from the cluster."""
    return f.sent.source.anchor is not None and f.sent.source.anchor_from not in ("cluster", "cluster-text")


def _close_in_time(a: Figure, b: Figure, max_days: int) -> bool:
    da, db = a.sent.source.anchor, b.sent.source.anchor
    if da is None or db is None:
        return True
    return abs((da - db).days) <= max_days


def _on(guard: str) -> bool:
    return guard not in GUARDS_OFF


#: Right before an amount of money: "the equivalent of" (past a modifier): the amount is a conversion of one the
#: text does not give, at the outlet's rate ("his Nobel Prize, worth the equivalent of $967,500 this year").
_EQUIVALENT_RE = re.compile(r"\bequivalent\s+(?:of|to)\s+(?:(?:about|around|some|roughly|nearly|almost|just|"
                            r"more\s+than|less\s+than|over|under)\s+)?$", re.I)


def _equivalent(f: Figure) -> bool:
    """Money the text calls "the equivalent of" an amount: a conversion at a rate the text does not give, as a
    conversion in a parenthesis is (:attr:`Figure.restates`, the tenth round); two outlets' conversions of one
    amount differ by their rates, not by what the thing is worth (fig58; ECB+ T08's $143 / $158 billion from EUR
    110 billion; blind-figures21's Nobel prizes, AP's "7.6 million kronor (dlrs 978,000)" / NYT's "the equivalent of
    $967,500"). Never a value of a conflict; still one of the figures agreed on."""
    return f.category == "money" and bool(_EQUIVALENT_RE.search(f.sent.text, max(0, f.start - 40), f.start))


#: Where the words that frame a figure start, looking back from it: a clause's end, a comma, a dash (a sentence's
#: periods are an abbreviation's, "U.S. crude"; :func:`_frame`).
_FRAME_START_RE = re.compile(r".*(?:[;:,(\u2014\u2013]|\s-\s)", re.S)
#: In a figure's frame, a condition or a level required: "if crude rises to $55", "unless ...", "crude must be $55 or
#: higher", "has to reach" (:func:`_not_now`). Not "must pay $6 million" (an obligation's amount, a value), not "if"
#: after a verb of finding out ("seeking to confirm if hundreds of objects ... are debris") or in "as if", and not
#: when a modal verb stands between the "if" and the figure ("If convicted the Americans could face prison terms of up
#: to fifteen years": the figure is the consequence's).
_CONDITION_RE = re.compile(r"(?<!\bas )(?<!\bconfirm )(?<!\bdetermine )(?<!\bknow )(?<!\bsee )(?<!\btell )(?<!\bask )"
                           r"(?<!\basked )(?<!\bcheck )(?<!\bwonder )(?<!\bdecide )\b(?:if|unless)\b"
                           r"(?![^;:]*\b(?:would|could|will|might|may|should|can|shall)\b)|"
                           r"\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+(?:be|reach|rise\s+to|climb\s+to|top|exceed|"
                           r"stay\s+(?:above|below)|remain\s+(?:above|below))\s+(?:at\s+)?(?:about\s+|around\s+|"
                           r"at\s+least\s+)?$", re.I)
#: After a figure in its clause, a time ahead: "would rise to $50 or $51 a barrel next year" (:func:`_not_now`). Not
#: a modal verb alone: "will start at $1,699", "were expected to win 77 of the 125 seats" are an announced price and a
#: projection that labelled conflicts set against the value given; nor a horizon ("the projected $4.4 trillion
#: surplus over the next 15 years", "over the next year": a total to that time, as another outlet's "$4.854 trillion
#: ... by 2014"; fig59).
_AHEAD_AFTER_RE = re.compile(r"[^.;:!?,]{0,40}?(?<!\bthe )\bnext\s+(?:year|month|week|quarter|season|spring|summer|"
                             r"fall|autumn|winter)\b", re.I)


#: Right before a figure, the words of a range: "between", "from", "ranging from", or the range's first end
#: ("between $40 and").
_RANGE_WORDS_RE = re.compile(r"\b(?:between|from|ranged|ranging(?:\s+from)?)\s+(?:about\s+|around\s+|roughly\s+)?"
                             r"(?:\S+\s+(?:and|to)\s+)?$", re.I)
#: In a range's sentence, a stretch of the past it runs over: "traded between $40 and $50 a barrel the last several
#: months", "in recent weeks" (:func:`_not_now`).
_PAST_STRETCH_RE = re.compile(r"\b(?:(?:the|these)\s+(?:last|past)\s+(?:(?:several|few|couple\s+of|\w+)\s+)?"
                              r"(?:days|weeks|months|years|decades|sessions)|in\s+recent\s+(?:days|weeks|months|years)|"
                              r"(?:for|over)\s+(?:several|many|some)\s+(?:weeks|months|years))\b", re.I)


#: The kinds of figure a level, a price or a rate is told in: what a forecast, a condition or a past range gives.
_NOT_NOW_CATEGORIES = frozenset({"money", "percent", "measure"})


def _frame(f: Figure) -> str:
    """The words before a figure back to its sentence's or clause's start, a comma or a dash (at most 80
    characters): what its own clause says of it ("if crude rises to", "U.S. production will instead grow by
    about")."""
    head = f.sent.text[max(0, f.start - 80) : f.start]
    m = _FRAME_START_RE.match(head)
    return head[m.end() :] if m else head


def _not_now(f: Figure) -> str | None:
    """A value its clause gives as not the case now: "condition" (a condition or a requirement in its frame,
    :func:`_frame`: "if crude rises to $55", "crude must be $55 or higher before drilling picks up") or "forecast" (a
    time ahead right after it: "would rise to $50 or $51 a barrel next year", "an average price of about $53 a
    barrel next year") or "past range" (a range a quantity moved within over a stretch of the past: "Crude has
    traded between $40 and $50 a barrel the last several months"); else None (fig59, blind-figures23's oil prices).
    A condition is never a value of a conflict, a forecast or a past range is compared only with its like
    (:func:`_conflicts`, the "not_now" guard), and none backs a conflict's side whose value is of the moment
    (:func:`compare`)."""
    if f.category not in _NOT_NOW_CATEGORIES:
        return None  # "if the 15 sailors ... are not released", "the 10 Democrats facing re-election next year":
        # the things counted are there now, whatever is said of them
    if _CONDITION_RE.search(_frame(f)):
        return "condition"
    if _AHEAD_AFTER_RE.match(f.sent.text, f.noun_end or f.end):
        return "forecast"
    if _RANGE_WORDS_RE.search(f.sent.text, max(0, f.start - 40), f.start) and _PAST_STRETCH_RE.search(f.sent.text):
        return "past range"
    return None


#: Right before a count, words making it the size of a stretch of events that another count is taken within ("won 18
#: of its next 23 games", "in his first 11 seasons"), or right after its noun, the stretch it was counted within
#: ("eight losses in their last 10 games"): :func:`_within_stretch`.
_STRETCH_BEFORE_RE = re.compile(r"(?:\b\d[\d,]*\s+of\s+(?:its|their|his|her|our|the)\s+|\b(?:its|their|his|her|our)\s+)"
                                r"(?:next|last|past|first|previous|final|opening)\s+$", re.I)
_STRETCH_AFTER_RE = re.compile(r"\s+(?:in|of|over|during|from)\s+(?:its|their|his|her|our|the)\s+(?:next|last|past|"
                               r"first|previous|final|opening)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
                               r"eleven|twelve|\w+teen|twenty)\s+[a-z]+", re.I)


def _within_stretch(f: Figure) -> bool:
    """A count that is a stretch of events another count is taken within, or a count taken within one: "won 18 of
    its next 23 games" (the 23), "spent his first 11 seasons with the 76ers", "eight losses in their last 10 games".
    Such a count is part of a run, not the whole the other outlet counts ("won 40 games" last season, "played 15
    seasons in the NBA"), so it is compared only with its like (the "stretch" guard; stop 59, read on ECB+ T05's
    false flags)."""
    if f.category != "count":
        return False
    return bool(_STRETCH_BEFORE_RE.search(f.sent.text, max(0, f.start - 40), f.start)
                or _STRETCH_AFTER_RE.match(f.sent.text, f.noun_end or f.end))


#: Before a figure in its sentence, a group named by examples: "non-OPEC producers such as Russia", "countries
#: including Iraq and Kuwait" (:func:`_group_total`); the names after the cue are the examples.
_EXAMPLES_RE = re.compile(r"\b(?:such\s+as|including|notably|among\s+them|like)\s+((?:(?:the\s+)?[A-Z][\w.'\u2019-]*"
                          r"(?:\s+[A-Z][\w.'\u2019-]*)*(?:\s*,\s*|\s+and\s+|\s+or\s+)?)+)")
#: Right before a figure (past a preposition), a total: "by a total of", "a combined", "in total".
_GROUP_TOTAL_BEFORE_RE = re.compile(r"\b(?:a\s+)?(?:total|combined|collective|joint)\s+(?:of\s+)?(?:about\s+|"
                                    r"around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$", re.I)
_GROUP_TOTAL_AFTER_RE = re.compile(r"[^.;:!?,]{0,40}?\b(?:in\s+total|in\s+all|altogether|combined|between\s+them|"
                                   r"together)\b", re.I)


def _group_total(f: Figure) -> frozenset:
    """The examples a group's total names before it in its sentence ("non-OPEC producers such as Russia to cut
    output too, by a total of 600,000 barrels a day": {"Russia"}): the total is the group's, of which each example
    is a part, so it is not compared with a figure whose sentence names one of them before its number (Russia's
    300,000; fig59, the "group_total" guard). Empty for any other figure."""
    text = f.sent.text
    if not (_GROUP_TOTAL_BEFORE_RE.search(text, max(0, f.start - 30), f.start)
            or _GROUP_TOTAL_AFTER_RE.match(text, f.noun_end or f.end)):
        return frozenset()
    names = set()
    for m in _EXAMPLES_RE.finditer(text, 0, f.start):
        names |= {w for w in re.findall(r"[A-Z][\w.'\u2019-]*", m.group(1)) if w not in ("The", "And", "Or")}
    return frozenset(names)


def _names_part(total: Figure, other: Figure) -> bool:
    """``other``'s sentence names, before its number, one of the examples of ``total``'s group (:func:`_group_total`)
    and is not itself that group's total."""
    names = _group_total(total)
    if not names or _group_total(other):
        return False
    head = other.sent.text[: other.start]
    return any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", head) for n in names)


#: Before a figure in its sentence, a time within a trading day: "At midday", "in early trading", "intraday"
#: (:func:`_intraday`); not when the day's close or settle comes between ("at midday and GM stock closed at $68.375").
_INTRADAY_RE = re.compile(r"\b(?:midday|intraday|intra-day|in\s+(?:early|late|morning|afternoon|midday|overnight|"
                          r"after-hours|Asian|European)\s+trad(?:e|ing))\b(?![^;]*\b(?:clos|settl)(?:e|ed|es|ing)\b)",
                          re.I)


def _intraday(f: Figure) -> bool:
    """A market figure its sentence gives at a time within the day ("At midday, the benchmark futures contract for
    U.S. crude was up 8.5% to $49.08"): not the day's settle ("rose more than 9.3% Wednesday"), another time of one
    day; compared only with another such figure (fig59, the "intraday" guard)."""
    return f.category in ("money", "percent") and bool(_INTRADAY_RE.search(f.sent.text[: f.start]))


def _fraction(f: Figure) -> bool:
    """A count with a fraction ("31.6 live", "5.8 points"): no count of things, which come whole (an average, a
    share whose word was left out); a scaled amount ("1.8 million votes") is whole; a count in a unit noun ("2.1
    megapixels", :data:`_UNIT_NOUNS`) is a measure, whole or not (fig38)."""
    return f.category not in ("money", "percent", "duration", "measure", "age") and not f.vague \
        and not float(f.value).is_integer() and f.noun not in _UNIT_NOUNS and not _word_range(f)


#: Two whole numbers joined by "or" / "to" ("one or two atomic bombs", "three to four spacewalks"): a range.
_WHOLE = r"(?:(?<![\d.,/])\d[\d,]*(?![\d.,/])|\b(?:" + _WORDNUM + r")\b)"
_WORD_RANGE_RE = re.compile(_WHOLE + r"\s+(?:or|to)\s+" + _WHOLE, re.I)


def _word_range(f: Figure) -> bool:
    """A count given as a range of two whole numbers joined by a word ("one or two atomic bombs", "three to four
    spacewalks"): its middle is no fraction of a thing; a range joined by a dash ("85-68", "a 15-2 run") may be a
    score and stays one (fig61, recall rule "word_range")."""
    return _on("word_range") and _WORD_RANGE_RE.search(f.text) is not None


#: Independent outlets that must give each of two values before they are two things widely reported (two models'
#: prices, two players' points) rather than two versions of one.
CONSENSUS_FAMILIES = 3
#: "four of five charges": the number after "N of" is the total some of which is counted.
_DENOMINATOR_RE = re.compile(r"\b(?:\d[\d,.]*|" + "|".join(["one", "two", "three", "four", "five", "six", "seven",
                             "eight", "nine", "ten", "eleven", "twelve"]) + r")\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_YEAR_RE = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


def _denominator(f: Figure) -> bool:
    """It is the total after "N of" ("four of five charges")."""
    return bool(_DENOMINATOR_RE.search(f.sent.text[max(0, f.start - 30):f.start]))


_ATTRIBUTIVE_SPAN_RE = re.compile(r"^[\w.]+[\s-]+(?:year|month|week|day|hour|minute)(?:\s+or\s+(?:more|less|so))?"
                                  r"\s+(?P<head>[a-z]+)", re.I)  # ("the station's 15-year or more lifetime", fig57)
#: A span, then an appositive naming what it is the span of: "operation for a decade, the station's estimated
#: lifetime, at $110 billion" (fig57): the lifetime's span, as "the station's 15-year or more lifetime" is.
_APPOSITIVE_HEAD_RE = re.compile(r"\s*,\s+(?:the|its|his|her|their)\s+(?:[\w-]+['’]s\s+)?(?:[a-z][\w-]*\s+)?"
                                 r"(?P<head>[a-z]{4,})\s*[,.;]")


def _attributive_head(f: Figure) -> str | None:
    """The noun a span is said of: the one after it ("the 89-year history", "a 12-year sentence", "the eight year
    span"), or (fig57, "span_appositive") the one an appositive right after it names ("for a decade, the station's
    estimated lifetime,"); None for a span of no noun."""
    if f.category != "duration" or "-old" in f.sent.text[f.start:f.start + 40].lower():
        return None
    m = _ATTRIBUTIVE_SPAN_RE.match(f.sent.text[f.start:f.start + 40])
    if m is not None:
        return stem(m.group("head").lower())
    m = _APPOSITIVE_HEAD_RE.match(f.sent.text, f.noun_end) if _on("span_appositive") else None
    return stem(m.group("head").lower()) if m is not None else None


def _attributive(f: Figure) -> bool:
    """A span said of a noun (:func:`_attributive_head`): what it measures is that noun's, not any span of the
    story."""
    return _attributive_head(f) is not None


def _attributive_heads_apart(a: Figure, b: Figure) -> bool:
    """Both spans said of a noun after them, and of two different nouns ("an often-bitter five year dispute" / "a
    ten-year accord", DUC 2006 D0634G): the dispute's length and the accord's term are two quantities (issue 11,
    fig29; part of the "attributive" guard)."""
    ha, hb = _attributive_head(a), _attributive_head(b)
    return ha is not None and hb is not None and ha != hb


#: Right after a figure's number, "other" or "others" ("and 15 other nations", "Smith and five others"); right
#: before it, "and" joining it to what the sentence names first (:func:`_other_part`).
_OTHER_PART_RE = re.compile(r"\s*others?\b", re.I)
_OTHER_PART_BEFORE_RE = re.compile(r"\band,?\s*$", re.I)


def _other_part(f: Figure) -> bool:
    """A count of "N other" things joined by "and" to what its sentence names ("The United States and 15 other
    nations", "Horton and two other moms", "killed Smith and five others"): the rest of a group, so the whole is
    more than N; it is compared only with another such rest, never with a whole ("16 nations"; issue 11, fig56; the
    "other_part" guard). Without the "and" ("killing one dog and injuring five others", "Three other dogs were
    injured") the count is of its own event's whole and is compared as any."""
    return bool(_OTHER_PART_RE.match(f.sent.text, f.end)) and bool(
        _OTHER_PART_BEFORE_RE.search(f.sent.text, max(0, f.start - 8), f.start))


def _within(p: str, q: str) -> bool:
    """Two date labels of which one holds the other ("2012" holds "2012-05"; "2013-03-18/2013-03-24" holds neither)."""
    return p.startswith(q) or q.startswith(p)


#: Right before a figure, a past perfect ("it had received 55,000 pages", "had already raised $2 million"): the
#: figure is of a moment before its sentence's, which the sentence does not date; it may be the earlier moment
#: another outlet dates ("in December, ... 50,000 pages ... were delivered"), so the two are not apart (fig34).
_PLUPERFECT_BEFORE_RE = re.compile(r"\bhad\s+(?:already\s+|been\s+)?[a-z]+(?:ed|en|t)\s+(?:[a-z]+\s+){0,2}$", re.I)


def _pluperfect(f: Figure) -> bool:
    """``f`` is told in the past perfect (:data:`_PLUPERFECT_BEFORE_RE`): of a moment before its sentence's, so the
    sentence's day is not its day ("on Wednesday -- the same day Gray's autopsy showed he had been shot seven
    times": the autopsy's Wednesday, not the shooting's; fig37)."""
    return bool(_PLUPERFECT_BEFORE_RE.search(f.sent.text, max(0, f.start - 40), f.start))


def _past_apart(a: Figure, b: Figure) -> bool:
    """One figure is about an earlier moment than the other: their past dates differ and share none (recall rules of
    the twenty-first round: a year holds its months, "in 2012" / "in May 2012"; a span "ago" is dated by itself, so
    "12 weeks ago" / "six weeks ago" are two versions of one span, not two moments). A figure its sentence does not
    date, told in the past perfect ("had received 55,000 pages"), is of some earlier moment: not apart from a past
    one (fig34)."""
    if a.past == b.past or a.past & b.past:
        return False
    if any(not x.past and y.past and _PLUPERFECT_BEFORE_RE.search(x.sent.text, max(0, x.start - 40), x.start)
           for x, y in ((a, b), (b, a))):
        return False  # "said late Monday that it had received 55,000 pages": before Monday, not now (fig34)
    if _on("past_within") and a.past and b.past and any(_within(p, q) for p in a.past for q in b.past):
        return False
    if _on("own_ago") and a.category == b.category == "duration" and a.noun == b.noun == "ago":
        return False
    return True


#: Context items (names or content stems) two figures of one article must share to be two versions of one quantity.
VERSION_SHARED = 2


def _versions(w: Figure, z: Figure) -> bool:
    """Two values one article gives for one toll in two sentences with the same names or words around each ("two
    people have been stabbed at a Ku Klux Klan gathering" atop a wire story updated below to "left three people
    stabbed at a Ku Klux Klan gathering"): the article contradicts itself, it does not tell two things apart
    (twenty-third round). Not one sentence giving both, nor a part and a total."""
    return " ".join(w.sent.text.split()) != " ".join(z.sent.text.split()) and not w.part and not z.part \
        and len(w.context & z.context) >= VERSION_SHARED


def _decimal_slip(a: Figure, b: Figure) -> bool:
    """Two values that are one number with its decimal point moved ("1.2 miles" / "12 miles"): one figure misprinted,
    not two things ten times apart."""
    if not _on("decimal_slip") or a.vague or b.vague:
        return False
    da = re.sub(r"\D", "", a.text.split()[0]) if a.text.split() else ""
    db = re.sub(r"\D", "", b.text.split()[0]) if b.text.split() else ""
    small, big = sorted((a.value, b.value))
    return bool(da) and da == db and ("." in a.text) != ("." in b.text) and small > 0 and abs(big / small - 10) < 1e-6


#: "the last earthquake measuring 3.0 or above", "the previous attack", "the prior record": an earlier thing of the
#: story's kind, named as such (not "the last two weeks", "the last 24 hours": a span up to now).
_EARLIER_EVENT_RE = re.compile(r"\bthe\s+(?:last|previous|prior|preceding)\s+(?!(?:few|several|two|three|four|five|"
                               r"six|seven|eight|nine|ten|\d|years?|months?|weeks?|days?|hours?|minutes?|decades?|"
                               r"centur(?:y|ies)|time\s+(?:i|we|he|she|they)\b)\b)[a-z]+", re.I)


#: A sentence opening on an event named by its year ("In a 1983 Soviet submarine accident, the crew perished ... from
#: a depth of 180 feet", "During the 2004 tsunami, ..."): about that year's event (fig37).
_LEAD_YEAR_EVENT_RE = re.compile(r"\W{0,3}(?:In|During|After)\s+(?:a|an|the)\s+(1[89]\d\d|20\d\d)\s+[a-z]", re.I)


def _earlier_event(f: Figure) -> bool:
    """Its sentence is about an earlier thing of the story's kind ("The last earthquake measuring 3.0 or above
    occurred on Dec. 30, ... at a depth of 1.1 miles"): not the story's own (twenty-second round). Or it opens on
    an event of a year before its article's ("In a 1983 Soviet submarine accident, ... from a depth of 180 feet"
    in an August 2000 report; :data:`_LEAD_YEAR_EVENT_RE`, fig37)."""
    if _EARLIER_EVENT_RE.search(f.sent.text):
        return True
    lead, anchor = _LEAD_YEAR_EVENT_RE.match(f.sent.text), f.sent.source.anchor
    return bool(lead and anchor is not None and int(lead.group(1)) < anchor.year)


#: After a count, the places it is counted over, listed ("dead in Indonesia, Sri Lanka, India, Thailand and other
#: countries") or said to be several ("in a dozen countries", "across 14 nations").
_PLACE_LIST_RE = re.compile(r"[^.;:!?]{0,30}?\b(?:in|across|throughout|from)\s+"
                            r"(?:(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s+){2,}|"
                            r"[^.;:!?]{0,40}?\b(?:and\s+other|a\s+dozen|dozens\s+of|several|many|\d+|two|three|four|"
                            r"five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:other\s+)?"
                            r"(?:countries|nations|states|provinces)\b")


def _place_parts(a: Figure, b: Figure) -> bool:
    """One is counted over several places its sentence lists ("more than 220,000 people dead in Indonesia, Sri
    Lanka, India, Thailand and other countries"), the other over a place of its own ("168,000 people in Indonesia's
    Aceh province and Nias island"): a part and the whole, not two versions of one (twenty-second round)."""
    wa, wb = bool(_PLACE_LIST_RE.match(a.sent.text, a.noun_end)), bool(_PLACE_LIST_RE.match(b.sent.text, b.noun_end))
    part = b if wa else a
    return wa != wb and bool(part.places)


def _day_of_running(a: Figure, b: Figure) -> bool:
    """One is a running total ("Israel has so far lost seven soldiers") and the other a count its sentence gives a
    day of ("Five Israeli soldiers lost their lives on Wednesday"): one day's part of the total (twenty-second
    round)."""
    return any(_running_total(x) and not x.days and y.days and not _running_total(y) for x, y in ((a, b), (b, a)))


#: Around a count, words that make it a total so far: "Israel has so far lost seven soldiers", "in all".
_TOTAL_BEFORE_RE = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:so\s+far|already|to\s+date|thus\s+far)\s+[a-z]+\s+"
                              r"(?:[a-z]+\s+)?$", re.I)


def _running_total(f: Figure) -> bool:
    """Its sentence says it is a total so far ("Israel has so far lost seven soldiers", "five deaths so far"; not a
    plain "has injured three people", which reports the event)."""
    return bool(_TOTAL_BEFORE_RE.search(f.sent.text, max(0, f.start - 40), f.start)
                or _RUNNING_AFTER_RE.match(f.sent.text, f.noun_end))


#: The least value a figure shared by two sentences must have to align them (:func:`_anchored`): "27 percent",
#: "$99", "230,000 people" say which report a sentence paraphrases; "two" or "one" say little.
ANCHOR_MIN_VALUE = 10
#: Two sentences paraphrase one report only in articles dated this many days apart at most (undated: any): a
#: count of an operation's helicopters and boats five days later is another day's count, whatever it shares.
ANCHOR_MAX_DAYS = 1


def _anchored(a: Figure, b: Figure) -> bool:
    """The two sentences report one more figure with the same value, of one key, besides ``a`` and ``b`` ("with 27
    percent of the vote and 72 seats" / "gained almost 27 per cent and 71 seats"): they paraphrase one report, so
    ``a`` and ``b``, of one key, are two versions of one number whatever words surround them (twenty-fourth round,
    "anchored"). The shared figure is the one right beside each, on the same side, with the same precise value of
    :data:`ANCHOR_MIN_VALUE` or more, and never one of ``a``'s or ``b``'s values; in articles
    :data:`ANCHOR_MAX_DAYS` apart at most."""
    if a.sent is b.sent or " ".join(a.sent.text.split()) == " ".join(b.sent.text.split()) or not _close_in_time(
            a, b, ANCHOR_MAX_DAYS):
        return False

    def beside(f: Figure) -> list[tuple[Figure, bool]]:  # the figures right before and after it, and which side
        before = [g for g in f.fellows if g.start < f.start]
        after = [g for g in f.fellows if g.start > f.start]
        return ([(max(before, key=lambda g: g.start), True)] if before else []) + (
            [(min(after, key=lambda g: g.start), False)] if after else [])

    return any(side == other and p.key == q.key and p.value == q.value and p.value >= ANCHOR_MIN_VALUE
               and not (p.vague or q.vague or p.loose or q.loose)
               and not (_overlap(p, a) or _overlap(p, b) or _overlap(q, a) or _overlap(q, b))
               for p, side in beside(a) for q, other in beside(b))


def _fig65_toll_pair(a: Figure, b: Figure) -> bool:
    """Fig65 (recall rule "fig65_toll_pair"): are ``a`` and ``b`` counts of one event, each right after a toll of
    another event in its sentence, the two tolls of one key and one precise value ("killing two workers and wounding
    two others" / "killing two co-workers and critically injuring a third")? The sentences then tell one attack's
    tolls side by side, and the second counts are two versions of one number however little else the sentences
    share (:func:`_anchored` needs a value of :data:`ANCHOR_MIN_VALUE` or more; here the paired tolls say it)."""
    if a.category not in FIGURE_EVENTS or a.sent is b.sent:
        return False

    def toll_before(f: Figure) -> "Figure | None":
        before = [g for g in f.fellows if g.end <= f.start]
        g = max(before, key=lambda g: g.start) if before else None
        return g if g is not None and g.category in FIGURE_EVENTS and g.category != f.category \
            and not (g.vague or g.loose or g.bound) and f.start - g.end <= 60 else None

    p, q = toll_before(a), toll_before(b)
    return p is not None and q is not None and p.key == q.key and p.value == q.value


_MODIFIER_WORD_RE = re.compile(r"[A-Za-z][A-Za-z-]*")


def _modifiers(f: Figure) -> frozenset:
    """The words between a count's number and its counted noun, as stems ("18 military-style firearms":
    "military-style"; "two German helicopters": "german"); none when a number or "of" comes between ("150 of the
    239 passengers")."""
    if not f.noun_word or f.noun_end <= f.end:
        return frozenset()
    between = f.sent.text[f.end : f.noun_end]
    if any(c.isdigit() for c in between) or re.search(r"\bof\b", between, re.I):
        return frozenset()
    words = [w.lower() for w in _MODIFIER_WORD_RE.findall(between)]
    last = f.noun_word.lower().split()[-1]
    return frozenset(stem(w) for w in words if w != last and w not in _NOT_MODIFIERS)


#: Words between a number and its noun that say nothing of which kind it counts.
_NOT_MODIFIERS = frozenset({"and", "or", "the", "a", "an", "more", "other", "others", "additional", "new", "further",
                            "extra", "of", "people", "persons", "in", "all", "some", "to"})


_LEAD_WORDS_RE = re.compile(r"([A-Za-z][\w'’-]*)\W+([A-Za-z][\w'’-]*)\W*$")
#: Words that say nothing of what a number is when they are all that leads to it ("said that 12", "of the 12").
_LEAD_STOP = frozenset({"the", "a", "an", "of", "and", "in", "to", "on", "at", "for", "with", "by", "from", "that",
                        "said", "says", "say", "were", "was", "is", "are", "be", "been", "had", "have", "has", "than",
                        "about", "some", "least", "more", "nearly", "almost", "around", "over", "only", "just"})


#: How far apart two aligned values may be (:func:`_aligned`): a phrase's place says less than shared words, so only
#: near values (a typo, a rounding, a count updated by one) are taken for two versions of one number.
ALIGNED_MAX_RATIO = 1.25


def _aligned(a: Figure, b: Figure) -> bool:
    """The two words right before both numbers are the same, not only little words ("Hansbrough, who now has
    2,302 points" / "Hansbrough now has 2,301 career points"; "killed his mother and 10 others" / "killed his
    mother and nine others"): the numbers sit at one place of one phrase (twenty-fourth round, "aligned"). Precise
    values :data:`ALIGNED_MAX_RATIO` apart at most."""
    if a.vague or b.vague or max(a.low, b.low) > ALIGNED_MAX_RATIO * max(min(a.high, b.high), 1e-9):
        return False
    ma = _LEAD_WORDS_RE.search(a.sent.text[max(0, a.start - 40):a.start])
    mb = _LEAD_WORDS_RE.search(b.sent.text[max(0, b.start - 40):b.start])
    if not ma or not mb:
        return False
    wa, wb = [w.lower() for w in ma.groups()], [w.lower() for w in mb.groups()]
    return wa == wb and not set(wa) <= _LEAD_STOP


_NUMBER_IN_TEXT_RE = re.compile(_NUM)


def _step(f: Figure) -> float | None:
    """One unit of a figure's last written digit, in its value's units ("7.6": 0.1, "2,302": 1, "$3.4 million":
    100,000, "seven": 1); None for a vague amount or a range."""
    if f.vague or f.loose:
        return None
    m = _NUMBER_IN_TEXT_RE.search(f.text)
    if m is None and _ARTICLE_ONE_TEXT_RE.search(f.text):
        return None  # "a million", "a decade": a round amount, no last digit
    if m is None:
        return 1.0 if float(f.value).is_integer() else None
    written = float(m.group(0).replace(",", ""))
    if written <= 0:
        return None
    decimals = len(m.group(0).partition(".")[2])
    return 10.0 ** -decimals * (f.value / written)


def _one_step(a: Figure, b: Figure) -> bool:
    """Precise values one step of their last written digit apart ("19 wives" / "20 wives", "7.6" / "7.7
    magnitude", "2,302" / "2,301 points"; twenty-fifth round, "one_step"), neither a bound nor a count that only
    grows (:data:`_CUMULATIVE_EVENTS`: a toll, the injured, the arrested move by one as a story runs, so a step
    of one there is a toll of another moment, not a misreading; fig29)."""
    sa, sb = _step(a), _step(b)
    if sa is None or sb is None or a.bound or b.bound or _round_hundreds(a) or _round_hundreds(b):
        return False
    if a.category in _CUMULATIVE_EVENTS or b.category in _CUMULATIVE_EVENTS:
        return False  # a toll one apart ("129 people died" / "killed 130 people") is a toll updated (fig29)
    step = max(sa, sb)
    return abs(a.value - b.value) <= step * 1.0001 and step <= ONE_STEP_MAX_SHARE * min(abs(a.value), abs(b.value))


#: A step of :func:`_one_step` is at most this share of the values: "19" / "20" and "7.6" / "7.7" are a step of a
#: close reading apart; "3 years" / "four years" (a third) are two numbers.
ONE_STEP_MAX_SHARE = 0.1


def _round_hundreds(f: Figure) -> bool:
    """Its number is written with two zeros or more at its end ("$2,800", "1,500"): a round number, which agrees
    with a value one step from it ("$2,799") rather than differing by a step."""
    m = _NUMBER_IN_TEXT_RE.search(f.text)
    return m is not None and "." not in m.group(0) and m.group(0).replace(",", "").endswith("00")


def _years(f: Figure) -> frozenset:
    """The years its sentence names ("In 2003, a judge ... for 3 years")."""
    return frozenset(_YEAR_RE.findall(f.sent.text))


#: Right before a span, a word placing it as a window back or ahead ("stolen in the past two years", "in the red
#: for the past three years", "over the last five years"): part of how the span is written, never a word two
#: durations share about one thing (issue 11, fig29). Only there: "lasted around 30 seconds" / "lasted over 10
#: seconds" share a word.
_WINDOW_BEFORE_RE = re.compile(r"\b(past|last|previous|next|coming|recent)\s+$", re.I)


#: The dimension a measure's word names, by the word's stem: an adjective, its comparative and superlative and the
#: noun of it are one dimension ("8.1mm-thick" / "thicker at 7.9 mm", "310 metres tall" / "a height of 298 metres";
#: fig31, :func:`_dimension`). Measures only: "long" of a duration is no dimension.
DIMENSION_WORDS = {
    **dict.fromkeys(("thick", "thicker", "thickest"), "thick"),
    **dict.fromkeys(("thin", "thinner", "thinnest"), "thin"),
    **dict.fromkeys(("tall", "taller", "tallest", "high", "higher", "highest", "height"), "height"),
    **dict.fromkeys(("long", "longer", "longest", "length"), "length"),
    **dict.fromkeys(("wide", "wider", "widest", "width"), "width"),
    **dict.fromkeys(("deep", "deeper", "deepest", "depth"), "depth"),
    **dict.fromkeys(("heavi", "heavier", "heaviest", "weight", "weigh"), "weight"),
}


_DIMENSION_AFTER_RE = re.compile(r"[\s-]*([A-Za-z]+)")
_DIMENSION_BEFORE_RE = re.compile(r"\b([A-Za-z]+)\s+(?:(?:at|of|as|is|was|about|some|nearly|around|roughly|just|"
                                  r"only|almost|over|under)\s+)*$", re.I)


#: Right after a measure's unit, words that make it a depth though they name no dimension: "the Kursk was some 450
#: feet down, a depth at which ...", "trapped 354 feet below the surface of the Barents Sea" (fig39). "down" only
#: where its clause ends ("30 feet down the shaft" is a way, not a depth).
_DEPTH_AFTER_RE = re.compile(r"[\s-]*(?:down(?=\s*(?:[,;:.)]|$))|(?:below|beneath|under)\s+(?:the\s+)?(?:(?:sea|water|"
                             r"ocean)(?:['’]s)?\s+)?surface\b|underwater\b)", re.I)


def _dimension(f: Figure) -> str | None:
    """The dimension a measure names right beside its number (:data:`DIMENSION_WORDS`): the word right after its unit
    ("8.1mm-thick", "310 metres tall"; a depth: :data:`_DEPTH_AFTER_RE`) or right before its number, past little
    words ("thicker at 7.9 mm", "a height of 298 metres"), else None. Only the adjacent words count: in "10 mm
    taller ..., its width is 72 mm" the width is the 72 mm's, not the 10 mm's; and a comparative right after the unit
    makes it a difference of two sizes, no size ("5mm taller", "10 mm taller than the Alpha"): None."""
    text = f.sent.text
    end = f.start + len(f.text) if text.startswith(f.text, f.start) else f.end  # past its unit
    if _DEPTH_AFTER_RE.match(text, end):
        return "depth"
    after = _DIMENSION_AFTER_RE.match(text, end)
    if after and (word := stem(after.group(1).lower())) in DIMENSION_WORDS:
        # "5mm taller", "0.2mm thicker": a difference between two sizes, no size of its own
        return None if word.endswith(("er", "est")) and word not in DIMENSION_WORDS.values() else DIMENSION_WORDS[word]
    before = _DIMENSION_BEFORE_RE.search(text, max(0, f.start - 40), f.start)
    return DIMENSION_WORDS.get(stem(before.group(1).lower())) if before else None


#: Context stems that name one thing, read as one word by the shared-word test of :func:`_conflicts`: a quake is an
#: earthquake, a tremor, a temblor ("Friday's 9.0 magnitude earthquake" / "the 8.9-magnitude tremor"; fig37).
ONE_WORD: dict[str, str] = dict.fromkeys(("earthquak", "quak", "tremor", "temblor"), "quak")


def _one_word(context: frozenset) -> frozenset:
    """A figure's context stems with those naming one thing (:data:`ONE_WORD`) read as one."""
    return frozenset(ONE_WORD.get(c, c) for c in context)


_CAPITALIZED_RE = re.compile(r"\b[A-Z][a-z]+\b")


def _countries(f: Figure) -> frozenset:
    """The countries a figure's context window (:data:`CONTEXT_CHARS` either side) names, by the country's name or
    its people's ("Israel has so far lost ... four civilians" / "Nine Israelis, including three civilians": Israel
    both times; :func:`.demonyms.country_words`). Its context keeps "Israel" as an entity and "Israelis" as a stem,
    which no word of the other matches."""
    words = country_words()
    text = f.sent.text[max(0, f.start - CONTEXT_CHARS) : f.end + CONTEXT_CHARS]
    return frozenset(words[w.lower()] for w in _CAPITALIZED_RE.findall(text) if w.lower() in words)


def _window(f: Figure) -> frozenset:
    """The stem of the window word right before a span (:data:`_WINDOW_BEFORE_RE`), or none."""
    m = _WINDOW_BEFORE_RE.search(f.sent.text, max(0, f.start - 20), f.start)
    return frozenset({stem(m.group(1).lower())}) if m else frozenset()


#: Fig64 (recall rule "fig64_two_sayers"): between two figures of one sentence, a contrast opening a clause ("...
#: said the quake measured magnitude-5.9, but the U.S. Geological Survey ... said it was a magnitude-6.1 temblor").
_FIG64_CONTRAST_RE = re.compile(r"\s*,?\s+(?:but|while|whereas|although|though)\s+", re.I)
#: A word of saying or measuring that gives a figure as someone's report.
_FIG64_SAID_RE = re.compile(r"\b(?:said|says|say|reported|reports|estimated|estimates|put|puts|told|tells|"
                            r"according\s+to|measured|recorded|registered)\b", re.I)


def _fig64_two_sayers(w: Figure, z: Figure) -> bool:
    """Do ``w`` and ``z``, two figures of one sentence, give two sayers' versions of one value ("Tehran's
    seismologic center said the quake measured magnitude-5.9, but the U.S. Geological Survey ... said it was a
    magnitude-6.1 temblor"): a contrast opens the second one's clause, and each clause has its own word of saying
    (:data:`_FIG64_SAID_RE`) before its figure? Then the sentence does not tell the two apart as two things."""
    if w.sent is not z.sent or w.start == z.start:
        return False
    first, second = sorted((w, z), key=lambda f: f.start)
    text = first.sent.text
    contrast = _FIG64_CONTRAST_RE.search(text, first.end, second.start)
    return contrast is not None and bool(_FIG64_SAID_RE.search(text, 0, first.start)) \
        and bool(_FIG64_SAID_RE.search(text, contrast.end(), second.start))


#: Fig64 (precision guard "fig64_generic"): an indefinite article right before a measure ("A magnitude 6 quake", "a
#: 10-foot wave") and a modal right after its phrase ("can cause severe damage", "could topple"): a generic
#: statement of what such a thing does, no reading of the story's.
_FIG64_GENERIC_BEFORE_RE = re.compile(r"\b(?:a|an)\s+(?:magnitude[\s-]+(?:of\s+)?)?$", re.I)
_FIG64_GENERIC_AFTER_RE = re.compile(r"(?:[\s-]+[a-z]+){0,2}?\s+(?:can|could|may|might|would)\s+(?:not\s+)?[a-z]+",
                                     re.I)


def _fig64_generic(f: Figure) -> bool:
    """Is ``f`` a measure in a generic statement (:data:`_FIG64_GENERIC_BEFORE_RE`,
    :data:`_FIG64_GENERIC_AFTER_RE`: "A magnitude 6 quake can cause severe damage")?"""
    text = f.sent.text
    return f.category == "measure" and bool(_FIG64_GENERIC_BEFORE_RE.search(text, max(0, f.start - 20), f.start)) \
        and bool(_FIG64_GENERIC_AFTER_RE.match(text, max(f.end, f.noun_end)))


def fig65_generic(f: Figure) -> bool:
    """:func:`_fig64_generic` while its guard is on: a generic statement's measure is no figure the story reports,
    neither in a conflict nor in the figures two sources agree on (fig65: "A magnitude 6 quake can cause severe
    damage" in two articles is no agreed magnitude of the story's quake)."""
    return _on("fig64_generic") and _fig64_generic(f)


class _Reports:
    """The figures of one key as their outlets report them, for :func:`_conflicts`' tests of a pair: which outlet
    gives which value in which article, the sentences giving several values, the crowded articles, and what an
    outlet's other figures say about a pair (it tells the two values apart, changed its figure, dated the ages
    apart)."""

    def __init__(self, figs: list[Figure], similar: Callable[[Sent, Sent], float] | None,
                 settings: AnalysisSettings):
        self.figs, self.similar, self.settings = figs, similar, settings
        self.by_family: dict[str, list[Figure]] = {}
        self.by_article_of: dict[str, dict[int, list[Figure]]] = {}  # per outlet, its articles' figures
        for f in figs:
            self.by_family.setdefault(f.sent.source.family, []).append(f)
            self.by_article_of.setdefault(f.sent.source.family, {}).setdefault(f.sent.source.n, []).append(f)

        by_sentence: dict[str, dict] = {}  # the figures of each sentence text (wherever it is printed)
        for f in figs:  # (a sentence copied into several articles gives each of its figures once, fig57)
            by_sentence.setdefault(" ".join(f.sent.text.split()), {}).setdefault((f.text, f.low, f.high), f)
        # sentences giving two figures or more
        self.several = [list(group.values()) for group in by_sentence.values() if len(group) > 1]

        self.crowded: set[int] = set()  # articles giving CROWDED_VALUES distinct values of this kind or more
        for n, article in {n: a for arts in self.by_article_of.values() for n, a in arts.items()}.items():
            distinct: list[Figure] = []
            for f in article:
                if not f.loose and not f.restates and not any(_overlap(f, g) for g in distinct):
                    distinct.append(f)
            if len(distinct) >= CROWDED_VALUES:
                self.crowded.add(n)

    def agrees_elsewhere(self, x: Figure, y: Figure) -> bool:
        """An article of ``x``'s outlet gives ``x``'s value and ``y``'s, the latter about something at least as
        close to ``y``: the outlet tells the two apart, so they are two things (a dive from 33,000 to 16,700
        feet), not two versions of one. An outlet giving one value in an article and the other in another has
        changed its figure (NYT's 113 killed, and two days later its 114), which does not make ``x`` agree."""
        near = len(x.context & y.context)
        for article in self.by_article_of[x.sent.source.family].values():
            ws = [w for w in article if _gives(w, x) and not _gives(w, y) and not w.loose]
            if not ws:
                continue
            zs = [z for z in article if _gives(z, y) and not _gives(z, x) and len(z.context & y.context) >= near
                  and not z.loose]
            bar = self.settings.conflict_similarity
            if zs and not (_on("self_contradicts") and x.category in FIGURE_EVENTS and self.similar is not None
                           and all(_versions(w, z) and self.similar(w.sent, z.sent) >= bar for w in ws for z in zs)) \
                    and not all(_span_versions(w, z) for w in ws for z in zs):
                return True
        return False

    def families(self, x: Figure, y: Figure) -> int:
        """The outlets giving ``x``'s value and not ``y``'s."""
        return len({f.sent.source.family for f in self.figs if _overlap(f, x) and not _overlap(f, y)})

    def told_apart(self, x: Figure, y: Figure) -> bool:
        """One sentence, in any outlet, gives ``x``'s value and ``y``'s as two figures: two things ("the Orioles
        have offered between $140 million and $150 million", "Miller is averaging 15.5 points ..., Iguodala 14.9
        points"), never two versions of one. A bound is its number, not the span below or above it ("up to 8 hours
        on a charge (7 hours when using the faster chip)" tells 8 and 7 apart; twenty-third round, "bound_apart")."""
        return any(any(_gives(w, x) for w in group) and any(_gives(z, y) for z in group)
                   and not any(_overlap(w, x) and _overlap(w, y) and not (w.bound and _on("bound_apart"))
                               for w in group)
                   and not (_on("fig64_two_sayers") and all(_fig64_two_sayers(w, z) for w in group if _gives(w, x)
                                                            for z in group if _gives(z, y)))
                   for group in self.several)

    def two_versions(self, x: Figure, y: Figure) -> bool:
        """Fig65 (recall rule "fig65_two_versions"): one sentence, in any outlet, gives ``x``'s value and ``y``'s as
        two sayers' versions of one value (:func:`_fig64_two_sayers`: "Tehran's seismologic center said the quake
        measured magnitude-5.9, but the U.S. Geological Survey ... said it was a magnitude-6.1 temblor"). That
        sentence ties the two values to one thing, so two values each widely reported are still versions of it
        (past the "consensus" guard); a value no such sentence pairs with it stays apart (another quake's 5.6)."""
        return _on("fig65_two_versions") and any(
            _fig64_two_sayers(w, z) for group in self.several for w in group if _gives(w, x) and not _overlap(w, y)
            for z in group if _gives(z, y) and not _overlap(z, x))

    def same_value(self, x: Figure, y: Figure) -> list[Figure]:
        """``x`` and the other figures of its outlet giving its value (the same kind of figure: a part or a total,
        within the comparison window of ``y``): the sentences in which the outlet reports that value. Two
        values are about one thing when any sentence of one outlet's value is as similar as
        ``analysis.conflict_similarity`` to any of the other's ("One hundred fourteen people died as a result of
        last week's crash" reads little like "the crash outside Paris on July 25, killing 113 people", but the
        outlet's other sentences giving 113 do)."""
        return [x] + [z for z in self.by_family[x.sent.source.family]
                      if z is not x and _overlap(z, x) and z.part == x.part and not z.loose
                      and z.sent.source.n != x.sent.source.n
                      and _close_in_time(z, y, self.settings.conflict_max_days)]

    def age_moved(self, x: Figure, y: Figure) -> bool:
        """Two ages of one person told at different times, not two versions of one: an outlet gives both in two
        undated articles ("Orozco, 27," at the manhunt, "Orozco, 29," at the trial; one article giving both
        contradicts itself, and dated articles are compared by their dates), or an undated report's age is dated by
        the other reports giving it ("26-year-old" in an undated copy of a January article, "27-year-old" in
        September's)."""
        for mine in self.by_family.values():  # two undated articles of one outlet, one age each
            if any(w.sent.source.n != z.sent.source.n and _overlap(w, x) and _overlap(z, y)
                   and not _own_date(w) and not _own_date(z) for w in mine for z in mine):
                return True
        def dates(f: Figure) -> list:  # its article's own date, else the own dates of the reports giving its value
            if _own_date(f):
                return [f.sent.source.anchor]
            return [g.sent.source.anchor for g in self.figs if _own_date(g) and _overlap(g, f)]
        dx, dy = dates(x), dates(y)
        return bool(dx and dy) and not any(abs((p - q).days) <= self.settings.conflict_max_days for p in dx for q in dy)


def _conflicts(figs: list[Figure], similar: Callable[[Sent, Sent], float] | None,
               settings: AnalysisSettings) -> list[tuple[Figure, Figure]]:
    """Pairs of figures from different outlets that contradict each other (see the module docstring)."""
    reports = _Reports(figs, similar, settings)
    agrees_elsewhere, told_apart, families = reports.agrees_elsewhere, reports.told_apart, reports.families
    same_value, age_moved, crowded = reports.same_value, reports.age_moved, reports.crowded

    dimensions: dict[int, str | None] = {}

    countries: dict[int, frozenset] = {}

    def country_of(f: Figure) -> frozenset:  # :func:`_countries`, read once per figure
        if id(f) not in countries:
            countries[id(f)] = _countries(f)
        return countries[id(f)]

    def dimension_of(f: Figure) -> str | None:  # :func:`_dimension`, read once per figure
        if id(f) not in dimensions:
            dimensions[id(f)] = _dimension(f)
        return dimensions[id(f)]

    out = []
    for i, a in enumerate(figs):
        for b in figs[i + 1 :]:
            if a.sent.source.family == b.sent.source.family or _meet(a, b) or not _close_in_time(a, b, settings.conflict_max_days):
                continue
            if _whole_of(a, b):
                continue  # "$99" and "$99.99": one price, its cents left out
            if not _on("later") and "later" in (a.noun, b.noun) and a.category == b.category == "duration":
                continue  # "Twenty-six years later" / "Twenty years later": offsets read by "later_offset" (fig60)
            if a.since and a.since == b.since and a.category == b.category and not (a.days and b.days
                                                                                    and not _days_meet(a, b)):
                out.append((a, b))  # "40 minutes into the flight", "about 30 minutes out of New York": one quantity,
                continue  # also when one outlet gives both (then it contradicts itself as well)
            if agrees_elsewhere(a, b) or agrees_elsewhere(b, a) or told_apart(a, b):
                continue  # the outlets agree on that value, or one sentence gives both: two things, not two versions
            if _on("denominator") and _denominator(a) != _denominator(b):
                continue  # "four of five charges": the five is the total, not the "three charges" one was found guilty on
            if _on("other_years") and _years(a) and _years(b) and not _years(a) & _years(b):
                continue  # "In 2003 ... prison for 3 years" / "five years ... released in 2006": two moments
            if _on("attributive") and (_attributive(a) != _attributive(b) or _attributive_heads_apart(a, b)):
                continue  # "the 89-year history of the Oscars" / "in 90 years": a noun's span and a span; "a five
                # year dispute" / "a ten-year accord": two nouns' spans
            if _on("other_part") and _other_part(a) != _other_part(b):
                continue  # "The United States and 15 other nations" / "16 nations": the rest of a group, not all of it
            if _on("vague_count") and a.vague != b.vague and a.category == "count":
                continue  # "Thousands of people crossed" / "roughly 21,000 people": a plain count says not which
            if _on("equivalent") and (_equivalent(a) or _equivalent(b)):
                continue  # "the equivalent of $967,500": a conversion at the outlet's rate, of an amount not given
            if _on("not_now") and ((na := _not_now(a)) == "condition" or (nb := _not_now(b)) == "condition"
                                   or na != nb):
                continue  # "if crude rises to $55", "must be $55 or higher": no value; "would rise to $50 or $51 a
                # barrel next year", "traded between $40 and $50 a barrel the last several months": compared only
                # with their like (fig59)
            if _on("stretch") and _within_stretch(a) != _within_stretch(b):
                continue  # "won 18 of its next 23 games" / "won 40 games": a run within a season, not the season
            if _on("group_total") and (_names_part(a, b) or _names_part(b, a)):
                continue  # "producers such as Russia ... by a total of 600,000 barrels" is not Russia's 300,000
            if _on("intraday") and _intraday(a) != _intraday(b):
                continue  # "At midday ... up 8.5%" / "rose more than 9.3% Wednesday": two times of one day
            if _on("fig64_generic") and (_fig64_generic(a) or _fig64_generic(b)):
                continue  # "A magnitude 6 quake can cause severe damage": what any such quake does, no reading (fig64)
            if _on("fraction") and (_fraction(a) or _fraction(b)):
                continue  # "31.6 live": no count
            if a.category == "age":
                if age_moved(a, b):
                    continue  # an outlet gives the person both ages, or the ages' reports are dated apart
                if max(a.low, b.low) <= MAX_CONFLICT_RATIO * max(min(a.high, b.high), 1e-9):
                    out.append((a, b))  # one person's age (the person is its key), in reports a week apart at most
                continue  # a 3-year-old is not the 67-year-old the same sentence names
            if a.days and b.days and not _days_meet(a, b) and not _pluperfect(a) and not _pluperfect(b):
                continue  # tolls of different days
            if _toll_moved(a, b):
                continue  # "killed four people" one day, "killed five people" two days later: the toll rose
            if _on("totals_apart") and _totals_apart(a, b):
                continue  # "28 of his 68 punches" / "30 of 207 punches": parts of two totals (fig62)
            if _on("definite_rest") and _definite_rest(a) != _definite_rest(b):
                continue  # "The two other victims" / "the three victims": the rest of a group, not all of it (fig62)
            if _on("people_apart") and _people_apart(a, b):
                continue  # "two men" / "the three victims": a part and the whole, or two groups (fig62)
            if _on("running_span") and _running_span(a, b):
                continue  # "four days of riots" / "eight days of riots": the riots counted on two days (fig62)
            none = a.none != b.none and not (a.vague or b.vague)  # "no one was killed" / "12 killed"
            if (max(a.low, b.low) > MAX_CONFLICT_RATIO * max(min(a.high, b.high), 1e-9) or a.unit == "magnitude"
                    and max(a.low, b.low) - min(a.high, b.high) > MAX_MAGNITUDE_GAP) and not none \
                    and not _decimal_slip(a, b):
                continue  # too far apart to be two reports of one number (a magnitude: on its log scale)
            if _past_apart(a, b):
                continue  # one is about an earlier event ("sank in April 1989 ... 200 miles north")
            if _on("earlier_event") and _earlier_event(a) != _earlier_event(b):
                continue  # "The last earthquake measuring 3.0 or above occurred on Dec. 30, ... 1.1 miles"
            if _on("place_parts") and _place_parts(a, b):
                continue  # Aceh's and Nias's dead / the dead of Indonesia, Sri Lanka, India, Thailand
            if _on("day_of_running") and _day_of_running(a, b):
                continue  # "five soldiers lost their lives on Wednesday" / "has so far lost seven soldiers"
            if a.places and b.places and not a.places & b.places and not (
                    a.places & b.sentence_places or b.places & a.sentence_places):
                continue  # water levels at two stations
            if (a.place_meant and not b.places and b.article_places and not a.places & b.article_places) or (
                    b.place_meant and not a.places and a.article_places and not b.places & a.article_places):
                continue  # "600,000 people there" (Madagascar) against a figure of an article never naming Madagascar
            if a.reference and b.reference and not a.reference & b.reference:
                continue  # "five miles downriver from Koyukuk", "12 miles away from Nulato"
            if a.category == "measure" and a.located != b.located:
                continue  # "about 15 miles north of Detroit" is where a place is; "chased him for 30 miles", a length
            if _on("modifiers_apart") and a.category != "age" and (ma := _modifiers(a)) and (mb := _modifiers(b)) \
                    and not ma & mb:
                continue  # "18 military-style firearms" / "33 long firearms": two kinds of one noun (twenty-fourth round)
            if a.measured and b.measured and a.measured != b.measured and not (
                    _on("measured_name") and _measured_name(a) != _measured_name(b)):
                continue  # "a 3,500-kilometer dike", "a 6,300-kilometer river"; "the 765-pound NICMOS and the 700-pound
                # STIS" (two names); not "the 44,000-pound Zarya" / "the 40,000-pound cylinder" (a name, and a noun
                # that may describe it: fig57)
            if a.money and b.money and not any(ua == ub and la <= hb * 1.0001 and lb <= ha * 1.0001
                                               for ua, la, ha in a.money for ub, lb, hb in b.money):
                continue  # two appeals, two deals: each tied to its own amount of money
            if a.per_unit != b.per_unit:
                continue  # "each will receive $1.84 million" is not the couple's $3.4 million
            if a.vague and b.vague:
                continue  # "tens of thousands of dollars" / "thousands of dollars": neither gives a value to differ
            if a.bound and a.bound == b.bound:
                continue  # "more than $15,000" / "more than $25,000": two lower bounds never contradict each other
            if _other_subjects(a, b):
                continue  # "Brees threw for 363 yards" / "Manning passed for 300 yards": two players' yards
            if a.category in ("duration", "percent") and a.people and b.people and not a.people & b.people:
                continue  # one man's 25-year sentence, another's 48 years (a toll names people who did not die)
            if a.item and b.item and not a.item & b.item:
                continue  # "rehearsal dinner ($1,206)", "Videographer $1,794": two items of a list
            if a.part != b.part:
                continue  # a part ("109 on board and four on the ground") is not the total ("113 killed")
            if a.qualifier != b.qualifier and (a.qualifier and b.qualifier
                                               or _APART_QUALIFIERS & {a.qualifier, b.qualifier}):
                continue  # confirmed cases, suspected cases; "the 12 worst-hit villages" are some of the villages
            if a.role and b.role and a.role != b.role:
                continue  # "working in 80 countries", "volunteers from 45 countries"
            # one place both distances are measured from, in one direction ("about 26 miles north of Santa Rosa" /
            # "about 20 miles north of Santa Rosa"): one quantity, whatever else their sentences say ("602 miles
            # southeast of Tehran" / "700 miles south of Tehran" are two places)
            placed = a.located and b.located and bool(a.reference & b.reference) and a.direction == b.direction \
                and a.direction not in ("away", "outside", "off", "short")
            # a count of one thing that one verb predicates ("Five bombs were dropped" / "four bombs were dropped"):
            # the verb is the shared word a count needs besides its noun
            predicated = a.category == "count" and a.predicate is not None and a.predicate == b.predicate
            need = 2 if a.category == "count" and not predicated or a.per_unit and b.per_unit else 1
            # a toll said to be none has little around it ("There appeared to be no casualties."): a place or a name
            # both sentences give stands for the shared word
            named = none and bool(a.sentence_places & b.sentence_places or a.sentence_subjects & b.sentence_subjects)
            # two sentences sharing another figure's value paraphrase one report: one subject (twenty-fourth round)
            anchored = _on("anchored") and _anchored(a, b)
            # near values after the same two words: one place of one phrase (twenty-fourth round)
            aligned = anchored or _on("aligned") and _aligned(a, b)
            shared = _one_word(a.context) & _one_word(b.context)
            if _on("country") and (a.category == "count" or a.category in FIGURE_EVENTS):
                # a count of people whose windows name one country, by its name or its people's ("Israel ... lost
                # four civilians" / "Nine Israelis, including three civilians"): one shared word (fig54)
                shared = shared | {"^" + c for c in country_of(a) & country_of(b)}
            if a.category == "duration":
                shared = shared - _window(a) - _window(b)  # "in the past two years" / "for the past three years"
                if _on("activity_span") and (a.noun is None) != (b.noun is None):
                    # a span told by its verb against one of its noun, filed together by :func:`_activity_keys`
                    # ("deliberated ... for 40 hours" / "30 hours of deliberation"): the noun is the shared word
                    shared = shared | ({a.noun, b.noun} & (_one_word(a.context) | _one_word(b.context)))
            # the dimension each measure names right beside its number ("the 8.1mm-thick phone" / "thicker at 7.9
            # mm"): the same one is what both are about and says which of a crowded article's sizes is meant, whatever
            # else the sentences share; two different ones are two quantities (fig31)
            dimension = False
            if a.category == "measure" and _on("dimension") and (da := dimension_of(a)) and (db := dimension_of(b)):
                if da != db:
                    continue  # "8.1mm-wide" / "thicker at 7.9 mm": a width and a thickness
                dimension = True
            if len(shared) < need and not placed and not named and not aligned and not dimension:
                continue  # about different things (a count of things, or two rates, "hours a week", need two words)
            if (a.sent.source.n in crowded or b.sent.source.n in crowded) and not anchored and not dimension and not (
                    aligned and _on("one_step") and _one_step(a, b)) and (_on("crowded") or not (
                    a.subjects & b.subjects or any(c[:1] == "@" for c in a.context & b.context))):
                continue  # one of many values of its kind in an article (a game's yards, points): which one the other
                # outlet's is, nothing says, even with a name shared (until the twentieth round a shared name let it by)
            if _on("consensus") and min(families(a, b), families(b, a)) >= CONSENSUS_FAMILIES \
                    and not reports.two_versions(a, b):
                continue  # each value told by several outlets: two things each widely reported
            # values one step of their last written digit apart ("19 wives" / "20 wives", "7.6" / "7.7
            # magnitude"): a typo, a rounding or a count updated by one, whatever else the sentences say (twenty-fifth
            # round)
            stepped = _on("one_step") and _one_step(a, b)
            # two spans said of one noun ("the station's 15-year or more lifetime" / "for a decade, the station's
            # estimated lifetime"): that noun's span, whatever else the sentences say (fig57)
            headed = _on("span_head") and a.category == "duration" and _attributive_head(a) is not None \
                and _attributive_head(a) == _attributive_head(b) or (
                    # a span told by its verb and a span of its noun ("deliberated ... for 40 hours" / "after 30 hours
                    # of deliberation"): that activity's span, as two spans of one noun are (fig62)
                    _on("activity_span") and a.category == "duration" and (a.noun is None) != (b.noun is None)) or (
                    # two counts of the times one verb's act was done ("Page married twice" / "Page was married three
                    # times"): the verb says what was counted, as a noun does (fig62)
                    _on("times_verb") and _times_verb(a) is not None and _times_verb(a) == _times_verb(b))
            # two tolls of one attack told alike ("killing two workers and wounding two others" / "killing two
            # co-workers and critically injuring a third"): the toll before each is one (fig65)
            headed = headed or _on("fig65_toll_pair") and _fig65_toll_pair(a, b)
            if similar is None or aligned or stepped or dimension or headed or sum(
                    c[:1] == "@" for c in a.context & b.context) >= SAME_SUBJECT_NAMES or any(
                    similar(x.sent, y.sent) >= settings.conflict_similarity
                    for x in same_value(a, b) for y in same_value(b, a)):
                out.append((a, b))  # similar sentences, or the same names around both figures: one subject
    return out


#: Before a span with no noun of its own: the verb it measures, past at most three words of its object, then "for"
#: ("the panel deliberated Nichols' fate for 40 hours", "negotiated for 20 hours").
_ACTIVITY_VERB_RE = re.compile(r"\b([a-z]{3,}(?:ed|ing))\b(?:\s+[\w'\u2019]+){0,3}?\s+for\s+(?:(?:" + _MOD
                               + r")\s+)?$", re.I)


def _activity_keys(figures: list[Figure]) -> dict[int, tuple[str, str]]:
    """Spans told by their verb keyed as spans of its noun (fig62): "the panel deliberated Nichols' fate for 40 hours"
    is a span of the deliberation another outlet writes "after 30 hours of deliberation", one quantity when the
    verb's stem is the noun's ("deliberated" / "deliberation") and both give one unit. A span whose noun no other
    outlet's span of that unit names keeps its own key. Read in :func:`compare` (figures are not changed)."""
    nouns: dict[tuple[str | None, str], set] = {}
    for f in figures:
        if f.category == "duration" and f.noun and f.noun != "later":
            nouns.setdefault((f.unit, f.noun), set()).add(f.sent.source.family)
    out: dict[int, tuple[str, str]] = {}
    if not nouns or not _on("activity_span"):
        return out
    for f in figures:
        if f.category != "duration" or f.noun is not None:
            continue
        m = _ACTIVITY_VERB_RE.search(f.sent.text, max(0, f.start - 60), f.start)
        if m is None:
            continue
        noun = stem(m.group(1).lower())
        if nouns.get((f.unit, noun), set()) - {f.sent.source.family}:
            out[id(f)] = ("duration", f"{f.unit} of {noun}")
    return out


def compare(figures: list[Figure], similar: Callable[[Sent, Sent], float] | None = None,
            settings: AnalysisSettings = _DEFAULTS) -> list[Quantity]:
    """Figures grouped by quantity; conflicting ones flagged. Widely reported first.

    Each set of figures linked by conflicting pairs is a quantity of its own,
    flagged, holding only those figures: the other values of the same kind
    (other distances, other tolls) are other things, listed apart, never under
    the conflict's heading.

    ``similar(a, b)``: how similar two sentences are (0..1); without it every
    pair of sentences may report the same quantity."""
    by_key: dict[tuple[str, str], list[Figure]] = {}
    by_sent: dict[int, list[Figure]] = {}
    activity = _activity_keys(figures)  # "deliberated ... for 40 hours" / "30 hours of deliberation" (fig62)
    for f in figures:
        by_key.setdefault(activity.get(id(f), f.key), []).append(f)
        by_sent.setdefault(id(f.sent), []).append(f)
    for f in figures:
        f.fellows = tuple(g for g in by_sent[id(f.sent)] if g is not f)
    out = []
    for (cat, noun), figs in by_key.items():
        compared = [f for f in figs if f.restates != "restatement"]  # "$1.52 million" after "$US1 million"
        pairs = _conflicts(compared, similar, settings) if cat in FIGURE_EVENTS or cat in COMPARED_CATEGORIES or (
            cat == "percent" and noun.startswith("% of ")) else []  # a share of a named group ("70 per cent of men")
        if cat == "percent" and not noun.startswith("% of ") and _on("place_shares"):
            # a share of what is in one place ("60 per cent in India", "65% of traffic to India"): the place is the
            # group (twenty-third round)
            placed = [f for f in compared if f.places]
            pairs = [(a, b) for a, b in _conflicts(placed, similar, settings) if a.places & b.places]
        flagged: set[int] = set()
        conflicts = []
        components = _linked(pairs)
        since = [c for c in components if len({f.since for pair in c for f in pair}) == 1 and c[0][0].since]
        if len(since) > 1:  # durations from one departure are one quantity, reported on several days
            components = [c for c in components if not any(c is x for x in since)] + [[p for c in since for p in c]]
        for component in components:
            kind = "contradiction" if any(a.vague == b.vague for a, b in component) else "precision"
            members = {id(f): f for pair in component for f in pair}
            flagged.update(members)
            conflicts.append((members, kind))
        for f in figs:  # another report of one side's value about the same thing backs that side
            if id(f) not in flagged and f.restates != "restatement":
                for members, _ in conflicts:
                    near = [m for m in members.values()  # a report a year later is not one of the same quantity,
                            # nor one of an earlier event ("the 2004 train bombings in Madrid, which killed 191
                            # people" does not back "more than 120 killed" in Paris)
                            if _overlap(f, m) and _close_in_time(f, m, settings.conflict_max_days)
                            and not _past_apart(f, m)
                            # nor a forecast, a condition or a past range one of the moment ("would rise to $50 or
                            # $51 a barrel next year" does not back "more than $50": fig59)
                            and not (_on("not_now") and _not_now(f) != _not_now(m))]
                    if (any(f.context & m.context for m in near)
                            and all(_overlap(x, y) for x in near for y in near)):  # not "more than 100" for 116 and 118
                        members[id(f)] = f
                        flagged.add(id(f))
                        break
        for members, kind in _same_values_joined(conflicts):
            out.append(Quantity(cat, noun, [f for f in figs if id(f) in members], conflict=True, kind=kind))
        rest = [f for f in figs if id(f) not in flagged]
        if rest:
            out.append(Quantity(cat, noun, rest))
    out.sort(key=lambda q: (not q.conflict, -len(q.sources), q.category == "count", q.label))
    return out


def _same_values_joined(conflicts: list[tuple[dict[int, Figure], str]]) -> list[tuple[dict[int, Figure], str]]:
    """Conflicts of one quantity key that set the same values against each other, made one: the pairs that
    linked them did not meet, but a reader sees one disagreement listed twice ("mother of 12" / "mother of 13"
    in two rows, one outlet on both sides across them: ECB+ T33_ecbplus; "10" / "12" people in DUC 2006
    D0626H). Over DUC 2003, DUC 2006, MultiLing, Multi-News, ECB+ and BASIL these two were the only flagged rows
    of one key sharing two or more values, and both held exactly the same values. A contradiction stays one when
    either was."""
    joined: list[tuple[dict[int, Figure], str]] = []
    by_values: dict[frozenset, int] = {}
    for members, kind in conflicts:
        values = frozenset(f.value for f in members.values())
        at = by_values.get(values) if len(values) >= 2 else None
        if at is None:
            by_values.setdefault(values, len(joined))
            joined.append((dict(members), kind))
            continue
        held, held_kind = joined[at]
        held.update(members)
        joined[at] = (held, "contradiction" if "contradiction" in (kind, held_kind) else held_kind)
    return joined


def _linked(pairs: list[tuple[Figure, Figure]]) -> list[list[tuple[Figure, Figure]]]:
    """The pairs split into groups that share a figure (connected components), in first-seen order."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[root(id(a))] = root(id(b))
    groups: dict[int, list[tuple[Figure, Figure]]] = {}
    for a, b in pairs:
        groups.setdefault(root(id(a)), []).append((a, b))
    return list(groups.values())
