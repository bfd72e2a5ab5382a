"""Entities: spaCy mentions merged across spelling and form variants.

Mentions are first grouped by a normalized form (case, dots, hyphens,
leading "the", possessive "'s"). Groups are then merged, generally, without
any list of known people (given names' usual short forms are the one table):

1. People by surname, token by token: name particles ("al-", "el-", "bin")
   and titles are dropped, and two surnames match when their consonant
   skeletons agree (Gaddafi / Gadhafi / Qaddafi, Sarraj / Serraj) or their
   normalized edit distance is small. Given names must then agree the same
   way (Sergei / Sergey, Kalifa / Khalifa), be a usual short form (Dick /
   Richard), share a token (Tayyip Erdogan / Recep Tayyip Erdogan) or be
   absent (Lavrov). A surname spelled as none of
   the person's names spell it joins only when the text says it is that name
   (`_spelling_fits`: a bare "Davis" in articles never writing "Rebecca David"
   is another name); an honorific NER left outside ("Ms. |Beck|") is read as
   the name's title, whose gender picks among people of one surname, and is
   listed as written ("Ms Beck"). A particle written apart or glued on is one
   surname (Del Giudice / DelGiudice); a generational suffix is no surname and
   tells a father from a son (Trump Jr. / Donald Trump); a given name NER cut
   off after a title is read back ("London Mayor Sadiq |Khan|"), and a word
   the story writes in lower case opening a sentence is dropped ("Following
   Gigante").
2. A one-word ORG/NORP mention that matches a person's surname is that person
   (spaCy tags "Haftar" as ORG in some sentences); so is a one-word place
   spelled as the surname when every article naming it gives the full name,
   and a first name typed ORG that one person's given name is ("Janice"); a hyphened surname typed a place
   joins the one person whose full name ends in it ("Browne-Louis", :func:`_hyphened_surname_of`).
3. Acronyms to their expansions: from "Government of National Accord (GNA)"
   in any article, and from initials of a multi-word name (UN / United Nations), but not a place's short form
   standing as a place ("Washington, D.C." is not the Department of Corrections) unless written in brackets.
4. Multi-word names whose every token matches (Libya / Libyan National Army).

Before them, page furniture is left out (a name with a spaced dash, a heading line in capitals, a name only ever in
brackets) and a place's first words that stand for it join it ("the Snake" / Snake River, "Santa Clara county");
after step 3, short forms join their names (3b: "U.S." / United States, "the Fisheries Service" / National Marine
Fisheries Service, "Stanford" / Stanford University, "Kraft" / Kraft Foods). docs/analysis-labels.md, "Entity rows,
third round". A rank's abbreviation closing a body's span before a person's name is cut off ("Oregon State Police
|Lt|. Gregg Hastings"), and ranks opening a person's name are no given name ("Trooper William Hakim", "ADA
Fairman"; ent55).

The canonical name is the most frequent full form; all variants are kept.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from typing import Any

from ..similarity import group
from .._patterns import DATELINE_PREFIX_RE
from ._cues import (
    BYLINE_RE,
    CORRECTION_RE,
    CREDIT_RE,
    EAST_ASIAN_SURNAMES,
    ENTITY_BLOCKLIST,
    EVENT_HEAD_WORDS,
    FEMALE_NAMES,
    FEMALE_WORDS,
    MALE_NAMES,
    MALE_WORDS,
    PLACE_HEAD_WORDS,
    INITIALS_SKIP,
    LEADING_NOISE,
    NAME_PARTICLES,
    NEWSPAPER_HEADS,
    PLACE_LABELS,
    PRODUCT_HEAD_WORDS,
    SHOWN_LABELS,
    PERSON_ROLES,
    TITLES,
    STATE_ABBREVIATIONS,
)
from ._doc import Entity, Mention, Sent, Source  # Entity: defined beside the Sents it is read from
from ._edit_distance import edit_distance
from ._honorific_name import keep_honorifics
from ._non_speakers import headline_line
from .demonyms import country_words
from .gazetteer import fold, known_place

#: Largest normalized edit distance (edits / longer length) for two name
#: tokens to be the same name: 1 edit in 5-9 letters (Sergei/Sergey 0.17,
#: Moammar/Muammar 0.14), 2 in 10+; Bush/Rush (0.25) stay apart.
NAME_DISTANCE = 0.2
#: Names shorter than this must match exactly or by skeleton.
MIN_FUZZY_LENGTH = 5

_ACRONYM_PAREN_RE = re.compile(r"\(\s*([A-Z][A-Za-z]?(?:\.?[A-Z]){1,7}\.?)\s*\)")
_WORD_RE = re.compile(r"[\w’'\-\.&]+")
#: what stands before a place and not before a person: "in Pichilemu", "near Curicó", "outside Homs"
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|near|outside|throughout|across|around|close to|(?:north|south|east|west)(?:east|west)?(?:ern)? of|"
    r"(?:city|town|village|province|region|capital|port|coast|outskirts|residents) of)\s+$", re.IGNORECASE)
#: where a person is from, for a name NER typed an organization or a person that the gazetteer or the other
#: mentions make a town ("a woman from Aberdare", "20 and from Aberdare", "who is from Aberdare"; ECB+ T32, rd53);
#: not read by :func:`_placed` (a name typed a person: "the letter was from Smith")
_FROM_PLACE_RE = re.compile(r"\b(?:woman|man|girl|boy|resident|residents|native|family|people|is|was|are|were|and)"
                            r"\s+from\s+$", re.IGNORECASE)
#: what stands after a place and not after an organization: "the Ganges river", "Kings Cross station", "the Farakka
#: region" (lower case: a noun of the sentence, not a word of the name)
_PLACE_AFTER_RE = re.compile(r"\s+(?:river|valley|basin|delta|region|area|district|province|village|town|city|county|"
                             r"station|airport|harbou?r|border|coast|magistrates|police)\b|-area\b"
                             # ("a Woodburn police officer", "a Woodburn-area bank": a town's police; ent55)
                             # an appositive naming its kind: "Takengon, the capital of Central Aceh district"
                             r"|,\s+(?:the|a)\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+)?(?:capital|town|city|village|port|"
                             r"suburb|seaside town|market town)\s+(?:of|in|near|on)\b")
#: a party's name: "Parti Quebecois", "Partido Popular", "Labour Party"; "the Likud party"
_PARTY_WORDS = frozenset({"Party", "Parti", "Partido", "Partei", "Partito"})
_PARTY_AFTER_RE = re.compile(r"\s+party\b")
#: a speech verb right after a name: the name speaks ("Xinhua said")
_SPEAKS_AFTER_RE = re.compile(r"\s+(?:said|says|reported|reports|told|announced|added|stated)\b")
#: what stands before a town and not before an organization: an address ("Newton Street, Millom"), "the villages
#: of", "the towns were"
_TOWN_BEFORE_RE = re.compile(r"(?:\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Square),\s+|"
                             r"\b(?:villages|towns|cities|provinces|regions|districts) (?:of|were|are|include|including)\s+)$")
#: Last words of an event's name beside EVENT_HEAD_WORDS ("Macworld Expo", "the Greek Elections", "the Cuban Missile
#: Crisis"; "Games" only after a season, "Olympic" or a year: "Epic Games" is a company)
EVENT_LAST_WORDS = frozenset({"expo", "election", "elections", "referendum", "tournament", "crisis", "revolution",
                              "massacre", "uprising", "earthquake", "tsunami", "bombing", "bombings", "attacks",
                              "affair", "scandal"})
_GAMES_BEFORE = frozenset({"winter", "summer", "olympic", "paralympic", "commonwealth", "asian", "youth"})
#: First words of an event's name when "of" / "de" follows: "Tour de France", "Battle of the Bulge", "Siege of Sarajevo"
EVENT_FIRST_WORDS = frozenset({"tour", "giro", "vuelta", "battle", "siege", "war", "invasion", "massacre", "summit",
                               "festival"})
#: a flight by its number: "EgyptAir Flight 990", "flight MH370" (in a news story, the flight lost)
_FLIGHT_NAME_RE = re.compile(r"\bFlight\s+[A-Z]{0,3}\d{1,4}\b")
_FLIGHT_CODE_RE = re.compile(r"[A-Z][A-Z0-9]\d{1,4}")
_FLIGHT_BEFORE_RE = re.compile(r"\bflight\s+$", re.IGNORECASE)
#: what stands around a sports team named by its place and not around the place ("a loss at Pittsburgh" is where
#: it was played): "a loss to Detroit", "beat
#: Nebraska", "on loan at Birmingham"; "Detroit coach", "Chelsea's squad", "Liverpool 2-1"
_TEAM_BEFORE_RE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeats|defeating|edged|routed|swept|stretched|eliminated|outscored|"
    r"(?:loss|losses|lost|losing|win|wins|won|victory|defeat|draw|drew|tie|tied|game|games|match|series|playoffs?)"
    r" (?:to|against|over|with)|(?:loan|joined|signed) (?:at|to|from|with|for)|joined \w+ from)\s+$", re.IGNORECASE)
_TEAM_AFTER_RE = re.compile(r"(?:'s|’s)?\s+(?:manager|coach|boss|striker|midfielder|defender|goalkeeper|keeper|winger|"
                            r"forward|quarterback|pitcher|captain|squad|fans|supporters|roster|line-?up)\b|"
                            r"\s+\d{1,3}-\d{1,3}\b", re.IGNORECASE)
#: a product's shape around its name: a version after it ("USB 2.0", "Numbers '09"; not an amount: "Apple 2.5
#: percent"), a size before it ("the 13-inch MacBook")
_VERSION_AFTER_RE = re.compile(r"\s+(?:\d+\.\d+|['’]\d\d)\b(?!\s*(?:%|percent|per|billion|million|trillion|points?)\b)")
_SIZE_BEFORE_RE = re.compile(r"\b\d+(?:\.\d+)?-(?:inch|in|megapixel|gigabyte|terabyte)\s+$", re.IGNORECASE)
#: the words of the states' names ("new", "york", "carolina"): a place whatever NER typed around them
_STATE_WORDS = frozenset(w for name in STATE_ABBREVIATIONS.values() for w in name.split())
#: a town and a comma right before a name: "Richland, " (a state's abbreviation after it is the state whatever NER
#: typed it: "the Redmond, Wash-based institute" typed "Wash" a person)
_TOWN_COMMA_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+$")
#: a dash with spaces around it: "Stretch Goal - UNLOCKED", "Illinois - Chicago", "Ukraine – Protesters": two
#: things (a heading and its text, a list's entries), never one name
_SPACED_DASH_RE = re.compile(r"\s[-–—]\s")
#: one name behind a lower-case prefix of stance or time ("pro-Mahathir", "anti-Yeltsin", "post-Suharto"): an
#: adjective made of the name, which NER may type a person; it names no one, and keyed on two words it made the
#: only "full" name of the bare surname's row ("Local newspapers that are normally pro-Mahathir ...": every
#: "Mahathir" of DUC 2004 d30011t shown as "pro-Mahathir"; spk72)
_NAME_ADJECTIVE_RE = re.compile(r"(?:pro|anti|non|post|pre|neo)-[A-Z][\w'’]*")
#: a name in brackets: "[PDF]", "[ PDF ]" (a link's label), "[Turner]" (an editor's insertion in a quote)
_BRACKET_BEFORE_RE = re.compile(r"\[\s*$")
_BRACKET_AFTER_RE = re.compile(r"\s*\]")
#: Last words of a place's name whose first words alone are written for it: "the Snake" (and "the Snake and
#: Columbia rivers") for the Snake River, "Santa Clara county" for Santa Clara County. A water's name takes "the"
#: ("the Columbia", "the Pacific"); the others only their word after them in lower case.
WATER_HEADS = frozenset({"river", "sea", "ocean", "bay", "strait", "canal", "gulf"})
#: what joins a list's last name to the one before it ("the Snake and Columbia Rivers")
_LIST_JOIN_BEFORE_RE = re.compile(r"(?:,|\band|\bor)\s+$")
LAND_HEADS = frozenset({"county", "province", "valley", "canyon"})
#: a name's own words before the short form, when they are generic (a body's full title: "the National Marine
#: Fisheries Service" written "the Fisheries Service"); one such word is enough ("Federal Emergency Management
#: Agency" / "Emergency Management Agency"), other single words are not ("New Democratic Party" is not the
#: "Democratic Party")
_GENERIC_PREFIX_WORDS = frozenset({"national", "federal", "international", "royal"})
#: a school's name around its one-word short form: "Stanford University", "University of Oregon", "Boston College"
_SCHOOL_FORMS = ("{} university", "university of {}", "{} college")
#: how a people's name ends ("Ukrainian", "Chinese", "Kurdish", "Czech", "Iraqi", "Americans", "Iraqis")
_DEMONYM_ENDS = ("an", "ese", "ish", "ch", "i", "ans", "is")  # (not any plural: "Angels" / "Los Angeles")


# -- normalization ---------------------------------------------------------------


@lru_cache(maxsize=65536)  # (a pure function of the text, asked for the same names thousands of times a view: perf62)
def clean_surface(text: str) -> str:
    """Entity text as shown: no leading "the"/bullets, no possessive, single spaces."""
    t = " ".join(text.replace("’", "'").split())
    t = re.sub(r"'s?$", "", t).strip(" ,;:-–—\"'()[]")
    if t.count('"') == 1 or t.count("“") + t.count("”") == 1:
        # a quotation mark left unpaired inside the span is the sentence's, no part of the name: NER's 'Pacific
        # "Ring of Fire' for 'the Pacific "Ring of Fire"' (ECB+ T37, 5 of its 10 mentions; rd53); after a lone
        # given name the mark opens a nickname, which is the name: 'Mark "Deep Throat' is "Deep Throat" (ECB+ T28)
        mark = min(i for i in (t.find('"'), t.find("“"), t.find("”")) if i >= 0)
        if t[:mark].strip().lower() in MALE_NAMES | FEMALE_NAMES and t[mark + 1 :].strip():
            t = t[mark + 1 :]
        t = " ".join(t.replace('"', " ").replace("“", " ").replace("”", " ").split())
    if t.endswith(".") and not re.search(r"(?:\b[A-Z]\.)+$", t):
        t = t.rstrip(".")
    words = t.split()
    while words and words[0].lower() in LEADING_NOISE:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=65536)  # (pure, as clean_surface: perf62)
def normalize(text: str) -> str:
    """Comparison key: lowercase, dots dropped ("U.N." -> "un"), hyphens as spaces."""
    t = clean_surface(text).lower()
    t = t.replace(".", "").replace("-", " ").replace("‐", " ")
    return " ".join(t.split())


#: a generational suffix closing a name ("Joseph R. Biden Jr.", "Martin Luther King Jr", "Robert Wright Lee IV"): no
#: surname; keyed on it, "Mr. Biden" was a row apart from "Joseph R. Biden Jr" (ent49's read list)
_GENERATION_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv"})


#: ranks and offices written before a person's name that :data:`TITLES` lacks ("Senior Trooper William Hakim",
#: "Representative Eric Swalwell", "Cpl. Janice Leader"): no given name (ent55)
RANK_WORDS = frozenset({"trooper", "representative", "congressman", "congresswoman", "councilman", "councilwoman",
                        "assemblyman", "assemblywoman", "alderman", "corporal", "cpl", "sergeant", "lieutenant",
                        "detective", "det", "officer", "patrolman", "inspector", "insp", "superintendent", "supt",
                        "sheriff", "pvt", "cmdr", "cdr", "atty", "asst", "sen", "rep", "gov"})
#: an office's initials written in capitals before a person's name ("ADA Fairman": assistant district attorney)
_ROLE_INITIALS = frozenset({"ada", "da", "ag", "ceo", "cfo", "coo", "mp", "mep"})


#: an occupation written capitalised before a person's name as if a title, the "false title" of news copy
#: ("Filmmaker Zhang Yimou", "Novelist Salman Rushdie"): no part of the name when two words or more follow it (ent58)
FALSE_TITLES = frozenset({"filmmaker", "film-maker", "director", "actor", "actress", "author", "novelist", "artist",
                          "designer", "architect", "photographer", "composer", "chef", "comedian", "rapper",
                          "producer", "writer", "poet", "playwright", "businessman", "businesswoman", "tycoon",
                          "billionaire", "entrepreneur", "economist", "historian", "lawyer", "activist"})


def _leading_ranks(text: str) -> int:
    """How many words opening a person's name ``text`` are titles or ranks (:data:`TITLES`, :data:`RANK_WORDS`, an
    office's initials in capitals: "ADA Fairman"), or an occupation written as a title before two words or more
    (:data:`FALSE_TITLES`: "Filmmaker Zhang Yimou"), the name's last word always kept."""
    words = text.split()
    n = 0
    while n < len(words) - 1:
        w = words[n].strip(".,").replace(".", "")
        if w.lower() in TITLES or w.lower() in RANK_WORDS or (w.isupper() and w.lower() in _ROLE_INITIALS) or (
                w.lower() in FALSE_TITLES and w[:1].isupper() and len(words) - n >= 3):
            n += 1
        else:
            break
    return n


#: the article number closing a group key of one article's mentions (`_part`: "smith@12")
_PART_KEY_RE = re.compile(r"(?:(?<=\w)@\d+)+$")  # "smith@15@2": a stretch of one article (`_nearest_named`)


def _memo_list(fn):
    """``fn`` (a pure function of a string giving a list) answering a string asked again from a bounded memo, each
    answer a fresh list (a caller may change its own): the same lists, made once (perf62)."""
    memo = lru_cache(maxsize=65536)(lambda text: tuple(fn(text)))

    @wraps(fn)
    def wrapper(text: str) -> list:
        return list(memo(text))

    wrapper.cache_clear = memo.cache_clear  # type: ignore[attr-defined]
    return wrapper


@_memo_list
def _name_words(text: str) -> list[str]:
    """A person name's words without the titles and ranks before it (:func:`_leading_ranks`) and a generational
    suffix after it ("Gen. Fayez al-Sarraj" -> [fayez, al, sarraj]; "Joseph R. Biden Jr." -> [joseph, r, biden];
    "ADA Fairman" -> [fairman])."""
    lead = _leading_ranks(clean_surface(text))
    if lead:
        text = " ".join(clean_surface(text).split()[lead:])
    text = _PART_KEY_RE.sub("", text)  # a group's key for one article's mentions (`_part`): "smith@12"
    toks = [t for t in re.split(r"[\s\-]+", normalize(text).replace("'", "")) if t]
    while len(toks) > 1 and toks[0] in TITLES:
        toks = toks[1:]
    while len(toks) > 1 and toks[-1] in _GENERATION_WORDS:
        toks = toks[:-1]
    return toks


def name_tokens(text: str) -> list[str]:
    """Person-name tokens without titles, particles and a generational suffix ("Gen. Fayez al-Sarraj" -> [fayez,
    sarraj]; "Joseph R. Biden Jr." -> [joseph, r, biden])."""
    toks = _name_words(text)
    out = [t for t in toks if t not in NAME_PARTICLES]
    return out or toks


def _suffix(text: str) -> str | None:
    """The generational suffix closing a person's name of two words or more ("jr" of "Ken Griffey Jr."), else
    None: a father and a son share the rest."""
    toks = normalize(text).split()
    return toks[-1] if len(toks) > 1 and toks[-1] in _GENERATION_WORDS else None


def glued_surname(text: str) -> str:
    """A person name's surname with the particles written before it glued on ("Vincent Del Giudice" ->
    "delgiudice", "Fayez al-Sarraj" -> "alsarraj", "DelGiudice" -> "delgiudice"): one name whether or not the
    particle is written apart. Only the particle the text writes counts: "Maggio" is not "DiMaggio"."""
    toks = _name_words(text)
    i = len(toks) - 1
    while i > 0 and toks[i - 1] in NAME_PARTICLES:
        i -= 1
    return "".join(toks[max(i, 0):])


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A consonant key that survives transliteration: Gaddafi, Gadhafi,
    Qaddafi, Kadhafi -> "kdf"; Sarraj, Serraj -> "srj"; Sergei, Sergey -> "srg"."""
    w = word.lower()
    w = re.sub(r"(?<=[a-z])h", "", w)  # kh, dh, gh, th, sh -> first letter
    w = w.replace("ph", "f")
    w = w.translate(str.maketrans({"q": "k", "g": "k", "c": "k", "j": "j", "z": "s", "v": "f", "w": "", "y": ""}))
    head, rest = w[:1], re.sub(r"[aeiouy]", "", w[1:])
    w = head + rest
    return re.sub(r"(.)\1+", r"\1", w)


def _consonant_y(word: str) -> str:
    """``word`` with a y inside it that stands before a vowel written j ("binyamin" -> "binjamin")."""
    return word[:1] + re.sub(r"y(?=[aeiou])", "j", word[1:])


@lru_cache(maxsize=262144)
def same_name(a: str, b: str) -> bool:
    """Two name tokens are spellings of one name."""
    if a == b:
        return True
    if not a or not b or a[0].isdigit() or b[0].isdigit():
        return False
    if a in EAST_ASIAN_SURNAMES and b in EAST_ASIAN_SURNAMES:
        return False  # "Zhang" / "Zheng": two surnames, not one surname's spellings
    longer = max(len(a), len(b))
    if abs(len(a) - len(b)) > 2:
        return False
    ka, kb = skeleton(a), skeleton(b)
    if ka != kb:  # a y inside a word before a vowel is another transliteration's j: Binyamin / Benjamin
        ka, kb = skeleton(_consonant_y(a)), skeleton(_consonant_y(b))
    if len(ka) >= 3 and ka == kb and edit_distance(a, b) / longer <= 0.34:
        return True
    if min(len(a), len(b)) < MIN_FUZZY_LENGTH or a[0] != b[0]:
        return False  # Russia / Prussia: a different first letter needs the skeleton (Gaddafi / Qaddafi)
    return edit_distance(a, b) / longer <= NAME_DISTANCE


def _diminutive_pair(x: str, y: str) -> bool:
    """Whether one given name is the other with a diminutive ending, its last letter doubled or not ("Bob" /
    "Bobby", "Jim" / "Jimmy", "Bill" / "Billie"): a father and a son are named so (Multi-News 0208: Rep. Bob
    Goodlatte and his son Bobby), so the two are not one person by the prefix alone; a longer name the other cuts
    short ("Jenni" / "Jennifer", "Steve" / "Steven", "Ed" / "Edward") still is. Read over BASIL and Multi-News
    (spk56): capitalized given-name pairs sharing a surname in a cluster, the shorter a prefix of the longer, 13
    pairs; Bob / Bobby the only diminutive one."""
    short, long_ = sorted((x.lower(), y.lower()), key=len)
    rest = long_[len(short) :]
    return long_.startswith(short) and rest in ("y", "ie", short[-1] + "y", short[-1] + "ie")


#: English given names and the short forms written for them that do not start like them (a prefix, "Ed" /
#: "Edward", is read as such): The New York Times writes "Richard J. Durbin", "Charles E. Grassley", "Joseph I.
#: Lieberman" where other outlets write "Dick Durbin", "Chuck Grassley", "Joe Lieberman" (ent50's read list: 14 of
#: 59 rows of one surname were one man in two rows). No "-y" form of a short form ("Bobby", "Jimmy"): a son is
#: named so beside his father (``_diminutive_pair``).
_SHORT_FORMS = {"bill": "william", "will": "william", "bob": "robert", "rob": "robert", "dick": "richard",
                "rick": "richard", "chuck": "charles", "jim": "james", "joe": "joseph", "mike": "michael",
                "dave": "david", "tom": "thomas", "tony": "anthony", "jack": "john", "ted": "edward",
                "larry": "lawrence", "jerry": "gerald", "hank": "henry", "harry": "henry", "andy": "andrew",
                "liz": "elizabeth", "beth": "elizabeth", "peggy": "margaret", "sandy": "sandra"}


def _short_form(x: str, y: str) -> bool:
    """Is one of two given names the other's usual short form ("Dick" / "Richard", :data:`_SHORT_FORMS`)?"""
    return _SHORT_FORMS.get(x) == y or _SHORT_FORMS.get(y) == x


def _given_compatible(ga: list[str], gb: list[str]) -> bool:
    if not ga or not gb:
        return True
    ia = [t for t in ga if len(t) == 1]
    ib = [t for t in gb if len(t) == 1]
    if ia and ib and set(ia) != set(ib):
        return False  # George W. vs George H. W.
    fa = [t for t in ga if len(t) > 1]
    fb = [t for t in gb if len(t) > 1]
    if any(same_name(x, y) or (min(len(x), len(y)) >= 2 and (x.startswith(y) or y.startswith(x))
                               and not _diminutive_pair(x, y)) or _short_form(x, y)
           for x in fa for y in fb):
        return True  # Sergei / Sergey, Ed / Edward, Steve / Steven; Dick / Richard
    if (ia and any(t[0] == i for t in fb for i in ia)) or (ib and any(t[0] == i for t in fa for i in ib)):
        return True
    return not fa or not fb


#: Countries written by their initials, and the start of the name they stand for: another name with the same
#: initials is not the country by its initials alone ("Universal Search" was shown as "Universal Search (US)",
#: the United States' mentions merged into it; "University of Sydney (US)").
_COUNTRY_INITIALS = {"us": "united states", "usa": "united states", "uk": "united kingdom",
                     "uae": "united arab emirates", "ussr": "union of soviet", "prc": "people's republic",
                     "drc": "democratic republic", "roc": "republic of china", "rok": "republic of korea",
                     "dprk": "democratic people's republic"}


def initials(text: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", clean_surface(text)) if w]
    return "".join(w[0] for w in words if w.lower() not in INITIALS_SKIP and w[0].isalpha()).upper()


def _is_acronym(surface: str) -> bool:
    s = surface.replace(".", "")
    return 2 <= len(s) <= 8 and s.isalpha() and sum(ch.isupper() for ch in s) >= len(s) - 1 and s[0].isupper()


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


_OPEN_QUOTE_RE = re.compile(r"[\"'“‘`]\s*$")


def _quoted(m: Mention) -> bool:
    """Does ``m`` open right after a quotation mark and close at one (NER's span may hold the closing mark)?"""
    text = m.sent.text
    return bool(_OPEN_QUOTE_RE.search(text[max(0, m.start - 2) : m.start])) and (
        m.text.rstrip()[-1:] in "\"'”’" or text[m.end : m.end + 2].lstrip()[:1] in ("\"", "'", "”", "’"))


def acronym_pairs(text: str) -> list[tuple[str, str]]:
    """("Government of National Accord", "GNA") pairs from "... (GNA)" patterns."""
    out = []
    for m in _ACRONYM_PAREN_RE.finditer(text):
        acr = m.group(1).replace(".", "")
        if not _is_acronym(acr):
            continue
        before = text[max(0, m.start() - 120) : m.start()]
        words = _WORD_RE.findall(before)[-10:]
        best = None
        for k in range(1, len(words) + 1):
            cand = words[-k:]
            if cand[0].lower() in INITIALS_SKIP or not cand[0][:1].isupper():
                continue
            phrase = " ".join(cand)
            if initials(phrase) == acr.upper():
                best = phrase
                break
        if best is None:
            for k in range(1, len(words) + 1):
                cand = words[-k:]
                if not cand[0][:1].isupper() or cand[0][0].upper() != acr[0].upper():
                    continue
                caps = sum(1 for w in cand if w[:1].isupper())
                if caps >= max(2, len(acr) - 1) and _subsequence(acr.lower(), " ".join(cand).lower()):
                    best = " ".join(cand)
                    break
        if best:
            out.append((clean_surface(best), acr))
    return out


# -- merging ---------------------------------------------------------------------


@dataclass
class _Group:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    surfaces: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    #: the types of its mentions keyed apart with the honorific NER left outside ("Mr. |Najib|"): they vote on
    #: its kind as they did in it (a bare "Najib said" typed ORG is still the person's name)
    titled: Counter = field(default_factory=Counter)
    #: the type a shape gave the group before merging (:func:`_retype_by_shape`), kept over later votes
    shaped: str | None = None

    @property
    def kind(self) -> str:
        labels = self.labels
        if self.titled or not all(v > 0 for v in labels.values()):  # (else the sum is the labels: perf62)
            labels = labels + self.titled
        person = labels["PERSON"]
        place = sum(labels[l] for l in PLACE_LABELS)
        other = sum(labels.values()) - person - place
        if person >= max(place, other) and person > 0:
            return "person"
        return "place" if place >= other else "org"

    @property
    def surface(self) -> str:
        return self.surfaces.most_common(1)[0][0]

    @property
    def variants(self) -> list[str]:
        """Every spelling, as :func:`quotes.gender` reads an entity's."""
        return list(self.surfaces)


def page_noise(s: Sent) -> list[tuple[int, int]]:
    """Character ranges of ``s`` whose names are not the story's: the whole sentence when it is a correction
    notice or a byline, photo and image credits ("Photo: Tom Wall via AP", "Kevin Winter/Getty Images"), and
    the agency or station of a wire dateline ("PITTSBURGH (KDKA) --")."""
    text = s.text
    if CORRECTION_RE.search(text) or BYLINE_RE.search(text):
        return [(0, len(text))]
    out = [(m.start(), m.end()) for m in CREDIT_RE.finditer(text)]
    if s.index == 0:
        d = DATELINE_PREFIX_RE.match(text)
        paren = text.find("(", 0, d.end()) if d else -1
        if paren >= 0:
            out.append((paren, d.end()))
    return out


def merge(sents: list[Sent]) -> list[Entity]:
    """Merge the mentions of ``sents`` into entities (sets ``mention.entity``); names in :func:`page_noise` are
    left out, and so is a person-typed adjective made of a name ("pro-Mahathir", :data:`_NAME_ADJECTIVE_RE`)."""
    groups: dict[str, _Group] = {}
    outside: set[str] = set()  # keys of surnames whose honorific NER left outside the span ("Mr |Rowley|")
    # names typed a place anywhere: "Miss Delaware" is a pageant's title, no woman named Delaware (mn:0016, where
    # the title rule made her "she" the speaker "Delaware"; stop 47)
    placed = {normalize(clean_surface(m.text)) for s in sents for m in s.mentions if m.label in PLACE_LABELS}
    whole = " ".join(s.text for s in sents)
    lower_words = Counter(_LOWER_WORD_RE.findall(whole))
    capitalised = set(_MID_CAPITAL_RE.findall(whole))
    for s in sents:
        noise = page_noise(s) if s.mentions else []
        for m in s.mentions:
            if any(a <= m.start < b for a, b in noise):
                continue
            surface = _without_opening_word(m, clean_surface(m.text), lower_words, capitalised)
            if m.label != "PERSON" and not (surface := _without_closing_rank(m, surface)):
                continue  # "Cpl. Janice Leader" typed ORG: a rank, no body
            key = normalize(surface)
            if m.label == "PERSON" and (w := surface.split(" ", 1))[0].isupper() and len(w) == 2 \
                    and w[0].lower() in _ROLE_INITIALS:
                key = normalize(w[1])  # "ADA Fairman": an office's initials, no given name (keys are in lower
                # case); listed as written, shown without them (`_strip_titles`)
            label = m.label
            if label != "PERSON" and _retyped(label, surface) == "PERSON":
                label = "PERSON"  # "Amanda Knox" typed ORG in two link lines: a person, whom the bare "Knox" joins
            if key in STATE_ABBREVIATIONS and (len(key) > 2 or "." in m.text) and (
                    m.label in PLACE_LABELS or _TOWN_COMMA_BEFORE_RE.search(s.text[max(0, m.start - 30) : m.start])):
                key = STATE_ABBREVIATIONS[key]  # "Calif." is California; "Redmond, Wash-based" typed a person too
                label = m.label if m.label in PLACE_LABELS else "GPE"
            if _SPACED_DASH_RE.search(m.text) or _heading(m):
                continue  # "Stretch Goal - UNLOCKED"; a line holding only a name in capitals ("PERKS")
            if label == "PERSON" and _NAME_ADJECTIVE_RE.fullmatch(surface):
                continue  # "normally pro-Mahathir": an adjective, no person's name
            if not key or key in ENTITY_BLOCKLIST or key in _GENERATION_WORDS or not any(ch.isalpha() for ch in key):
                continue
            if not surface[0].isalnum() or "]" in surface or "[" in surface:
                continue
            if not any(ch.isupper() for ch in surface):
                continue  # "daily", "anesthesia": not a name
            if label == "PERSON" and len(name_tokens(key)) == 1 and (given := _given_left_out(m, s, lower_words)):
                surface = f"{given} {surface}"  # "Mayor of London Sadiq |Khan|": NER cut the given name off
                key = normalize(surface)
            if label == "PERSON" and len(name_tokens(key)) == 1 and (t := _HONORIFIC_BEFORE_RE.search(
                    s.text[max(0, m.start - 6) : m.start])) and not (t.group(1) == "Miss" and key in placed):
                key = normalize(f"{t.group(1)} {surface}")  # "Mr |Rowley|": NER leaves the title out; keyed
                outside.add(key)  # with it for step 1's title rule, shown as NER spans it and as written
                groups.setdefault(key, _Group(key)).surfaces.setdefault(f"{t.group(1)} {surface}", 0)
            g = groups.setdefault(key, _Group(key))
            g.mentions.append(m)
            g.surfaces[surface] += 1
            g.labels[label] += 1
    for k in outside & set(groups):
        if (bare := k.split(" ", 1)[1]) in groups:
            groups[bare].titled.update(groups[k].labels)
    for k in [k for k, g in groups.items() if all(_bracketed(m) for m in g.mentions)]:
        del groups[k]  # a name only ever in brackets: a link's label ("[PDF]"), an editor's insertion ("[Jimmy]")
    _fold_fragments(groups, lower_words)
    _retype_by_shape(groups)  # "Gen Khalifa Haftar" typed ORG, "Yvo de Boer, the U.N.'s climate chief", "Relix
    # magazine": a group's kind by shapes NER's vote misses, before people are merged (ent58)
    # pairs of group keys that name one entity; entities are the connected components
    links: list[tuple[str, str]] = []
    _move_short_places(groups)

    # the articles writing each last word of a name (any type: "Hutchinson said" typed ORG is the article's
    # spelling of Asa Hutchinson too), for a surname's spelling read against the text (`_spelling_fits`)
    written: dict[str, set[int]] = {}
    for g in groups.values():
        if toks := name_tokens(g.key):
            written.setdefault(toks[-1], set()).update(m.sent.source.n for m in g.mentions)

    # 1. people, full names first
    persons = sorted((g for g in groups.values() if g.kind == "person"),
                     key=lambda g: (-len(name_tokens(g.key)), -len(g.mentions), g.key))
    clusters: list[dict[str, Any]] = []  # {"root", "surname", "given": set, "n", "named_in", "groups"}
    for g in persons:
        toks = name_tokens(g.key)
        if not toks:
            continue
        surname, given = toks[-1], toks[:-1]
        glued = glued_surname(g.key)
        suffix = _suffix(g.key)
        cands = [c for c in clusters if (same_name(surname, c["surname"]) or glued in c["glued"])
                 and not (suffix and c["suffixes"] and suffix not in c["suffixes"])  # Ken Griffey Jr. / Sr.
                 and _given_compatible(given, sorted(c["given"]))
                 and (surname == c["surname"] or not _listed_apart(g.mentions, c["surname"]))
                 and _spelling_fits(g, toks, c, written)]
        if suffix or given or any(not c["suffixes"] for c in cands):
            cands = [c for c in cands if (suffix in c["suffixes"] if suffix else not c["suffixes"])]
            # a name with a suffix joins a person of that suffix ("Trump Jr." is not his father Donald Trump,
            # "Lee IV" not Robert E. Lee), one without it a person without it ("Donald Trump", a bare "Trump" or
            # "Davis" beside Sammy Davis Jr.; "Eric H. Holder Jr." and "Eric Holder" stay two rows, as before:
            # articles apart did not tell "Donald J. Trump" from "Donald Trump Jr.", BASIL); a bare surname of a
            # person only ever named with a suffix is theirs ("Comeaux": Arcade Joseph Comeaux Jr.)
        exact = [c for c in cands if surname in {t[-1] for x in c["groups"] if (t := name_tokens(x.key))}
                 or glued in c["glued"]]
        cands = exact or cands  # "Schumer" joins Charles Schumer, not the larger "Schuber" a letter off
        if not cands and not given and suffix:  # "Don Jr.", "DeOrr Jr.": the given name of the one person of
            cands = [c for c in clusters if suffix in c["suffixes"]  # that suffix (not Donald Trump, the father)
                     and any(x == surname or (len(surname) >= 3 and x.startswith(surname)) for x in c["given"])]
            cands = cands if len(cands) == 1 else []
        elif not cands and not given:  # "Monica" -> the one Monica Lewinsky (not "Alan" -> Alain Juppe)
            cands = [c for c in clusters if surname in c["given"]]
            if len(cands) > 1:  # "Monica Lewinsky Affair" holds "Monica Lewinsky": one person, not two Monicas
                names = [set(c["given"]) | {c["surname"]} for c in cands]
                cands = [c for c, n in zip(cands, names) if not any(o < n for o in names)]
            if len(cands) > 1:
                cands = []
        left_out = g.key in outside
        parts = _by_article(g, cands, groups) if not given and not suffix else None
        for g, cands, alone in parts or [(g, cands, None)]:
            if cands and not given:
                agreed = _title_agrees(g, surname, cands, groups)
                if not agreed and left_out:  # a title NER left out, fitting several: the largest, as without it
                    agreed = [c for c in cands if _gender(_named(c)) in (None, _gender_of_title(g.key))]
                cands = agreed
            arts = {m.sent.source.n for m in g.mentions}
            if cands:
                c = max(cands, key=lambda c: c["n"])
                links.append((c["root"], g.key))
                c["groups"].append(g)
                c["glued"].add(glued)
                c["suffixes"].update([suffix] if suffix else [])
                c["given"].update(given)
                c["n"] += len(g.mentions)
                if given:
                    c["named_in"] |= arts
            else:
                clusters.append({"root": g.key, "surname": surname, "glued": {glued},
                                 "suffixes": {suffix} if suffix else set(), "given": set(given),
                                 "n": len(g.mentions), "named_in": set(arts) if given else set(), "groups": [g],
                                 "alone_in": alone})

    # 2. one-word ORG/NORP mentions that are a person's surname; a one-word place too when every article
    # that names it gives that person's full name ("Stephen Vladeck ... Vladeck said", "Vladeck" typed GPE)
    for g in list(groups.values()):
        if g.kind == "person":
            continue
        toks = name_tokens(g.key)
        if len(toks) == 2 and g.kind == "place" and (c := _hyphened_surname_of(g, toks, clusters)) is not None:
            links.append((c["root"], g.key))  # "Browne-Louis" typed a place beside "Dorene Browne-Louis" (ent55)
            g.labels = Counter({"PERSON": sum(g.labels.values())})
            continue
        if len(toks) != 1 or _is_acronym(g.surface):
            continue
        if g.kind == "org":
            cands = [c for c in clusters if (toks[0] == c["surname"] or skeleton(toks[0]) == skeleton(c["surname"]))
                     and same_name(toks[0], c["surname"]) and len(c["given"]) > 0
                     and not (g.labels["NORP"] * 2 > len(g.mentions) and len(g.mentions) > c["n"])
                     and _spelling_fits(g, toks, c, written)]
            if not cands and toks[0] in FEMALE_NAMES | MALE_NAMES and g.labels["NORP"] == 0:
                cands = [c for c in clusters if toks[0] in c["given"]]  # "Janice" typed ORG: the one Janice
                cands = cands if len(cands) == 1 else []  # Demoski's given name, as a person's "Monica" (step 1)
            if cands:  # (a demonym used more often than the "person" is not their surname: "Various Russian")
                links.append((max(cands, key=lambda c: c["n"])["root"], g.key))
            continue
        cands = [c for c in clusters if toks[0] == c["surname"] and c["named_in"]]
        if cands:  # the place's mentions in the articles naming the person are the person's
            c = max(cands, key=lambda c: c["n"])
            theirs = [m for m in g.mentions if m.sent.source.n in c["named_in"]]
            if theirs:
                moved = groups.setdefault(g.key + "@" + c["root"], _Group(g.key + "@" + c["root"]))
                for m in theirs:
                    g.mentions.remove(m)
                    moved.mentions.append(m)
                    moved.surfaces[clean_surface(m.text)] += 1
                    moved.labels[m.label] += 1
                    g.surfaces[clean_surface(m.text)] -= 1
                    g.labels[m.label] -= 1
                g.surfaces += Counter()  # drop spellings no mention keeps
                links.append((c["root"], moved.key))
                if not g.mentions:
                    del groups[g.key]
                continue
        if (c := _person_named_so(g, toks[0], clusters)) is not None:
            links.append((c["root"], g.key))
            g.labels = Counter({"PERSON": sum(g.labels.values())})  # the person's mentions, NER's type aside

    # 3. acronyms <-> expansions: explicit "(GNA)" pairs first, then initials
    explicit: dict[str, str] = {}  # normalized long form -> acronym key
    spelled: dict[str, str] = {}  # acronym key -> the first long form given for it
    for s in sents:
        if "(" in s.text:
            for long, acr in acronym_pairs(s.text):
                lk, ak = normalize(long), acr.lower()
                explicit.setdefault(lk, ak)
                if lk in groups and groups[lk].kind == "person":
                    continue
                if lk in groups:  # "UN Human Rights Council (UNHRC)", "United Nations Human Rights Council (UNHRC)"
                    first = spelled.setdefault(ak, lk)
                    if first != lk and groups[first].kind != "person":
                        links.append((first, lk))
                for gk in groups:  # "French Bureau of ..." is "Bureau of ..."
                    if len(lk.split()) >= 3 and gk.endswith(" " + lk) and groups[gk].kind != "person":
                        links.append((gk, lk if lk in groups else ak if ak in groups else gk))
                if lk in groups and ak in groups:
                    links.append((lk, ak))
                elif lk in groups:
                    groups[lk].surfaces.setdefault(acr, 0)
                elif ak in groups:
                    groups[ak].surfaces.setdefault(long, 0)
    non_person = [g for g in groups.values() if g.kind != "person"]
    acronyms = {g.key: g for g in non_person if _is_acronym(g.surface)}
    for g in non_person:
        if (g.key in acronyms or len(g.key.split()) < 2 or g.kind != "org"
                or g.key.split()[-1] in PLACE_HEAD_WORDS):
            continue  # a place's initials are no acronym ("Aceh province" is not "AP")
        if any("." in w or (w.isupper() and len(w) > 1) for w in g.surface.split()):
            continue  # "U.S. Senate" is not "US"
        if any(w[:1].islower() and w.lower() not in INITIALS_SKIP | _ORG_HEADS for w in g.surface.split()):
            continue  # a lower-case word is no part of a name an acronym spells: "the Ukrainian navy" is not the
            # "U.N." (rd56, Multi-News 0249); "Bank of the Ozarks" keeps "of" and "the", a body's head noun written
            # in lower case stays ("Liberal Democratic party" / "LDP", Multi-News 0235) (ent58)
        if all(_quoted(m) for m in g.mentions):
            continue  # words in quotation marks are words said, no body its initials spell: "an agency whose motto
            # is 'Fidelity, Bravery and Integrity'" is not the FBI's name (rd53, Multi-News 0208)
        ini = initials(g.surface).lower()
        if any(ak == ini and lk != g.key and lk.split()[-2:] != g.key.split()[-2:] for lk, ak in explicit.items()) \
                and explicit.get(g.key) != ini:
            continue  # an article spells the acronym out as another name ("the European Union (EU)"): Emory
            # University's initials are not that EU; a long form ending as this name does is this name written
            # another way ("UN Relief and Works Agency (UNRWA)" / "United Nations Relief and Works Agency", fig34)
        if (len(ini) >= 2 and ini in acronyms and explicit.get(g.key, ini) == ini
                and not (ini in _COUNTRY_INITIALS and acronyms[ini].kind == "place"
                         and not g.key.startswith(_COUNTRY_INITIALS[ini]))
                and not (acronyms[ini].kind == "place" and explicit.get(g.key) != ini
                         and not g.key.startswith(_COUNTRY_INITIALS.get(ini, "\0"))
                         and any(_TOWN_COMMA_BEFORE_RE.search(m.sent.text[max(0, m.start - 30) : m.start])
                                 or _place_context(m) for m in acronyms[ini].mentions))):
            # (an organization's initials spelled like a place's short form, standing where a place stands, are
            # that place's unless an article writes them in brackets after the name: "Washington, D.C." is not the
            # "Department of Corrections"; "NRA" NER typed a place but never placed is still the National Rifle
            # Association's (BASIL 526cabb7); a country's name NER typed ORG keeps its own initials: "United States")
            links.append((g.key, ini))

    # 3b. a country by its initials ("U.S." / "United States", "UK" / "United Kingdom"); a body by the tail of its
    # full title ("the Fisheries Service" / "National Marine Fisheries Service"); a school by its one word
    # ("Stanford" / "Stanford University")
    links += _short_form_links(groups, non_person, sents, {b for _, b in links})

    links += _alias_links(sents, groups)  # "X, also known as Y"; "He ... also used the name Y" (tle62)
    links += _one_word_links(non_person, sents, {b for _, b in links})  # "Iditarod", "the Met" (tle62)

    # 4. multi-word names whose tokens all match
    by_len: dict[int, list[_Group]] = {}
    for g in non_person:
        toks = g.key.split()
        if len(toks) >= 2:
            by_len.setdefault(len(toks), []).append(g)
    for gs in by_len.values():
        for i, a in enumerate(gs):
            for b in gs[i + 1 :]:
                if all(same_name(x, y) for x, y in zip(a.key.split(), b.key.split())):
                    links.append((a.key, b.key))

    places = _place_words(sents)
    titles = _titles_in_marks(sents)
    bodies = _body_firsts(groups)
    longer = _longer_names(sents)
    entities = []
    for keys in group(list(groups), links):
        entities.append(_make_entity([groups[k] for k in keys], lower_words, places, bodies, longer, titles))
    for e in entities:
        _unshout(e, whole)
        _spell_state(e)
    keep_honorifics(entities, name_tokens)  # "Mrs. Yeltsin" beside Boris Yeltsin, not "Yeltsin" (spk131)
    entities.sort(key=lambda e: (-len({m.sent.source.family for m in e.mentions}),
                                 -len({m.sent.source.n for m in e.mentions}), -len(e.mentions), e.name))
    for i, e in enumerate(entities, 1):
        e.id = f"E{i}"
        for m in e.mentions:
            m.entity = e
    return entities


#: a capitalised word after a lower-case word or a comma: capitalised inside a sentence, so a name's word
_MID_CAPITAL_RE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")


#: a capitalised word and the word before it, right before a mention: "London Mayor |Sadiq| Khan"
_WORD_BEFORE_RE = re.compile(r"(?:^|(\S+)\s)([A-Z][a-z]+)\s$")


def _given_left_out(m: Mention, s: Sent, lower_words: Counter) -> str | None:
    """The given name NER cut off a one-word person's span: the capitalised word right before it that no mention
    holds, that the story never writes in lower case and that is no title, after a title or a place ("London
    Mayor Sadiq |Khan|", "Mayor of London Sadiq |Khan|"); None when there is none."""
    w = _WORD_BEFORE_RE.search(s.text, max(0, m.start - 40), m.start)
    if not w or w.group(1) is None:
        return None
    given, before = w.group(2), w.group(1)
    if given.lower() in TITLES or lower_words.get(given.lower(), 0) or given.lower() in _STATE_WORDS:
        return None
    if any(o is not m and o.start < w.end() and o.end > w.start(2) for o in s.mentions):
        return None
    b = w.start(2) - 1
    after_place = any(o.end == b and o.label in PLACE_LABELS for o in s.mentions)
    return given if before.lower().rstrip(".") in TITLES or after_place else None


#: first words of places' names that are words of the story too ("New Delhi", "East China")
_PLACE_FIRST_WORDS = frozenset({"new", "old", "north", "south", "east", "west", "northern", "southern", "eastern",
                                "western", "central", "upper", "lower", "greater", "great", "little"})


def _without_opening_word(m: Mention, surface: str, lower_words: Counter, capitalised: set[str]) -> str:
    """``surface`` of a mention typed a person without a first word NER glued on at the sentence's start that the
    story writes in lower case and never capitalises inside a sentence: "Following Gigante's conviction" is Gigante ("following" in lower
    case elsewhere), "Warned Schumer" Schumer; "Will Smith" keeps "Will" when the story writes it so mid-sentence,
    and a given name or a title stays."""
    words = surface.split()
    if len(words) < 2 or not words[0].isalpha() or not words[1][:1].isupper():
        return surface
    first = words[0]
    if m.label != "PERSON" or first.lower() in NAME_PARTICLES or first.lower() in _PLACE_FIRST_WORDS:
        return surface  # ("Federal Bureau of Investigation", "East China", "De Boer": a name's own first word)
    if (first[:1].isupper() and first[1:].islower() and lower_words.get(first.lower(), 0) >= 1
            and first not in capitalised and first.lower() not in FEMALE_NAMES | MALE_NAMES
            and first.lower() not in TITLES and (_at_start(m) or headline_line(m)) and m.text.startswith(first)):
        return " ".join(words[1:])
    return surface


def _spelling_fits(g: _Group, toks: list[str], c: dict[str, Any], written: dict[str, set[int]]) -> bool:
    """May group ``g`` (its name's tokens ``toks``, surname last) join person cluster ``c`` when its surname is
    spelled as none of ``c``'s names spell theirs (step 1's and 2's surname match is fuzzy: Davis / David,
    Barnes / Barney, Schuber / Schumer)? Over DUC 2003 / 2006, MultiLing, Multi-News, ECB+ and BASIL main joined
    two spellings of a surname in 134 person rows, 23 of them two entities (ent49's reading,
    docs/analysis-labels.md): the spelling alone decides nothing, so the text must:

    - a bare surname ("Davis said") joins a person named in full only when one article writes both spellings
      (``written``: last word -> articles; a slip beside the name it misspells: "Graf said" after "German Gref",
      "Mr. Hutchison" beside "Mr. Hutchinson"); in articles that never write the other it is another name ("a
      David vs. Goliath struggle" is not Jim Davis, "the University of California, Davis" not Rebecca David,
      "Barney the purple dinosaur" not Gov. Roy Barnes). Bare forms alone (no given name: Moammar / Muammar,
      Stacy / Stacey, Salahuddin / Salahaddin) are spellings of one word across outlets and join as before;
    - a bare surname never joins by spelling a two-word name whose first word is an East Asian surname: its last
      word is a given name ("Zhang" is not Zhao Ziyang, whose Ziyang is spelled like it);
    - a full name joins only when its first given name is one of ``c``'s given names ("Abdallah Mohammed
      Fadhul" is not "Mustafa Mohamed Fadhil" though a middle name agrees; "Salas Roemer" is "Henrique Salas
      Romer")."""
    surname, given = toks[-1], toks[:-1]
    named = [name_tokens(x.key) for x in c["groups"]]
    spellings = {t[-1] for t in named if t}
    if surname in spellings or glued_surname(g.key) in c["glued"]:
        return True  # ("DelGiudice" is "Vincent Del Giudice": the particle glued on, no other spelling)
    if not given:
        if any(len(t) == 2 and t[0] in EAST_ASIAN_SURNAMES and t[-1] not in EAST_ASIAN_SURNAMES for t in named):
            return False
        if not c["given"]:
            return True
        theirs = set().union(*(written.get(x, set()) for x in spellings))
        return any(m.sent.source.n in theirs for m in g.mentions)
    others = [x for x in c["given"] if len(x) > 1]
    return len(given[0]) < 2 or not others or _given_compatible([given[0]], others)


#: an honorific right before a surname NER spans without it ("Mr Rowley said", "Mrs. de la Renta")
_HONORIFIC_BEFORE_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")


def _gender_of_title(key: str) -> str:
    return "f" if key.split()[0] in FEMALE_WORDS else "m"


def _gender(gs: list[_Group]) -> str | None:
    """"f" / "m" when the text gives the gender of the person named by groups ``gs`` (:func:`quotes.gender` on
    each: a gendered given name, title or role word right before a mention, "brother Lyle Kercher"), and they do
    not disagree; else None."""
    from .quotes import gender

    found = {gender(g.surface, g) for g in gs} - {None}
    return found.pop() if len(found) == 1 else None


def _named(c: dict[str, Any]) -> list[_Group]:
    """The groups of person cluster ``c`` whose gender is the person's: all but a surname with a gendered title in
    articles that never name the person in full ("Ms. Smith", a marketing coordinator, joined Rep. Chris Smith by
    the surname alone, and his row then read as a woman's, so "Mr. Smith" in an article naming him in full went to
    another Smith: DUC 2006 D0627I, ent49's wrong moves); "Mr. Cruz" in an article naming Ted Cruz stays his."""
    return [x for x in c["groups"] if not (
        _titled_surname(x) and not {m.sent.source.n for m in x.mentions} & c["named_in"])] or c["groups"]


def _is_titled(key: str) -> bool:
    """Does a group's key open with a gendered title ("ms smith", "mr rowley")?"""
    return key.split()[0] in FEMALE_WORDS | MALE_WORDS


def _titled_surname(g: _Group) -> bool:
    """Is ``g`` a surname after a gendered title alone ("Ms. Smith", "Mr |Rowley|")?"""
    return _is_titled(g.key) and len(name_tokens(g.key)) == 1


#: a given name and "and" right before another's full name: "Jimmy and |Rosalynn Carter|" names both
_GIVEN_AND_RE = re.compile(r"\b([A-Z][a-z]+)\s+(?:and|&)\s+$")


def _by_article(g: _Group, cands: list[dict[str, Any]],
                groups: dict[str, _Group]) -> list[tuple[_Group, list[dict[str, Any]], int | None]] | None:
    """A bare surname's group ``g`` (no given name: "Smith", "Mr. Smith") read article by article when two people
    or more of ``cands`` (clusters of that surname) are named in full in the story. In an article naming one of
    them in full (a given name before another's full name counts: "Jimmy and Rosalynn Carter" names both, so
    "Carter" there is not hers alone, DUC 2006 D0650E) its mentions are that person's; naming several, step 1's rule chooses among those (the title, else
    the one most mentioned: "Dunn" beside "Michael Dunn" and "Sandra Dunn" is the one the story is about, not the
    one named last); naming none, they are the one person named in full in every article that names another of
    them ("Bush" in a story of George W. Bush that names Laura Bush once, beside him; "Klein" of Aaron and Melissa
    Klein), else no one's of ``cands`` (a row of their own, with the other bare forms of that surname in that
    article: Rudolph Smith is named in an article not naming Rep. Chris Smith, so a "Smith" in a third is
    neither's). The title is still checked after (step 1: "Ms. Smith" is no man's). Returns (part, its
    candidates, the article when no namesake is found there, else None) per article, a part keyed
    ``g.key + "@" + article`` (``g`` itself when all its mentions are in one article); None when fewer than two of
    ``cands`` are named in full (``g`` joins as before). DUC 2006 D0627I: "Smith" in
    an article naming Rudolph Smith, "Ms. Smith" (a marketing coordinator) and an adoptee "Smith" in articles
    naming no Smith all joined Rep. Chris Smith, the Smith most mentioned."""
    named = [c for c in cands if c["named_in"]]
    if len(named) < 2:
        return None
    dominant = [c for c in named if all(o["named_in"] <= c["named_in"] for o in named)]
    dominant = dominant if len(dominant) == 1 else []
    also: dict[int, set[int]] = {}  # article -> namesakes named there by a given name before another's full name
    for c in named:
        for x in c["groups"]:
            for m in (x.mentions if len(name_tokens(x.key)) >= 2 else []):
                w = _GIVEN_AND_RE.search(m.sent.text[max(0, m.start - 40) : m.start])
                for i, o in enumerate(named):
                    if o is not c and w and normalize(w.group(1)) in o["given"]:
                        also.setdefault(m.sent.source.n, set()).add(i)
    by_art: dict[int, list[Mention]] = {}
    for m in g.mentions:
        by_art.setdefault(m.sent.source.n, []).append(m)
    chunks = []
    for n, ms in sorted(by_art.items()):
        here = [c for i, c in enumerate(named) if n in c["named_in"] or i in also.get(n, ())]
        alone = None if here or dominant else n
        if not here:
            here = dominant or [c for c in cands if c.get("alone_in") == n]
        if NEAREST_NAMESAKE and len(here) >= 2 and n not in also and not _is_titled(g.key):
            chunks += [(n, k, part, [c] if c is not None else here, alone)
                       for k, (c, part) in enumerate(_nearest_named(ms, here, n))]
        else:
            chunks.append((n, 0, ms, here, alone))
    if len(chunks) == 1:
        return [(g, chunks[0][3], chunks[0][4])]
    del groups[g.key]
    return [(_part(g, n, ms, groups, k), here, alone) for n, k, ms, here, alone in chunks]


#: Last words of a race's or a contest's name that its first word alone stands for ("the Iditarod" / "Iditarod Trail
#: Sled Dog Race", "Wimbledon" / "Wimbledon Championships"); not "war", "day", "cup" ("the Gulf" is no "Gulf War").
_CONTEST_HEADS = frozenset({"race", "marathon", "tournament", "regatta", "championship", "championships"})


def _one_word_links(non_person: list[_Group], sents: list[Sent], surnames: set[str]) -> list[tuple[str, str]]:
    """Links of a one-word name to the one longer name it is short for (tle62): a contest's first word ("Iditarod" /
    "Iditarod Trail Sled Dog Race": the one longer name opening with it whose last word is a contest's,
    :data:`_CONTEST_HEADS`; not a known place, "Boston" is no "Boston Marathon"); a body's first word clipped ("the
    Met" / "Metropolitan Police", "the Fed" / "Federal Reserve": the one body's name whose first word opens with it
    and is three letters longer or more, that word no place's or people's, "Cal" is not the "California Highway
    Patrol"). Never an acronym, a given name, a title or rank, a people's word ("French" is no "French Open"), nor a
    name steps 1 and 2 gave a person (``surnames``)."""
    placey = {w for s in sents for m in s.mentions if m.label in PLACE_LABELS or m.label == "NORP"
              for w in normalize(m.text).split()}
    longer = [o for o in non_person if len(o.key.split()) >= 2 and not _is_acronym(o.surface)]
    links = []
    for g in non_person:
        k = g.key
        if (" " in k or len(k) < 3 or not k.isalpha() or _is_acronym(g.surface) or k in surnames
                or k in FEMALE_NAMES or k in MALE_NAMES or k in TITLES or k in _RANK_ABBREVIATIONS
                or 2 * g.labels["NORP"] > len(g.mentions)):
            continue
        if not known_place(g.surface):
            contests = [o for o in longer if o.key.startswith(k + " ") and o.key.split()[-1] in _CONTEST_HEADS]
            if len(contests) == 1:
                links.append((contests[0].key, k))
                continue
        if g.kind == "org":
            clipped = [o for o in longer if o.kind == "org" and (f := o.key.split()[0]).startswith(k)
                       and len(f) >= len(k) + 3 and f not in placey and not known_place(f)]
            if len(clipped) == 1:
                links.append((clipped[0].key, k))
    return links


#: The words that give a person's other name right before it: "also known as", "a.k.a.", "alias", "(who) also used
#: the name", "went by the name".
_ALIAS_BEFORE_RE = re.compile(r"(?:\b(?:also\s+)?(?:known|called)\s+as|\ba\.?k\.?a\.?|\balias|\b(?:also\s+)?(?:used|uses|"
                              r"using|went\s+by|goes\s+by)\s+the\s+(?:name|alias|pseudonym|nom\s+de\s+guerre))\s+$",
                              re.IGNORECASE)
#: What may stand between a name and its alias phrase: "Rachid Radouane, also known as", "Emwazi (a.k.a."
_ALIAS_GAP_RE = re.compile(r"\s*[,(]?\s*(?:who\s+)?")
#: A sentence opening on the person the previous sentence named: "He was a chef who also used the name ..."
_PRONOUN_OPENING_RE = re.compile(r"\s*(?:He|She)\b")


def _alias_links(sents: list[Sent], groups: dict[str, _Group]) -> list[tuple[str, str]]:
    """Links of a person's name to the other name the text says they go by: "X, also known as Y", "X (a.k.a. Y)",
    "X, who also used the name Y" (X's name right before the phrase), and "He was a chef who also used the name Y"
    after a sentence naming one person only, in full (Multi-News 0027: "named by police as Rachid Radouane, 30, from
    Barking. He was a chef who also used the name Rachid Elkhdar"). Y is a person's mention (NER's type) right
    after the phrase (:data:`_ALIAS_BEFORE_RE`); "the suspect, known as Bobby" names no one before the phrase and
    links nothing (tle62)."""
    key_of = {id(m): k for k, g in groups.items() for m in g.mentions}
    persons = {k for k, g in groups.items() if g.kind == "person"}
    links = []
    prev: Sent | None = None
    for s in sents:
        if prev is not None and prev.source.n != s.source.n:
            prev = None
        people = [m for m in s.mentions if key_of.get(id(m)) in persons]
        for y in people:
            a = _ALIAS_BEFORE_RE.search(s.text, 0, y.start)
            if a is None:
                continue
            x = next((m for m in people if m.end <= a.start() and _ALIAS_GAP_RE.fullmatch(s.text, m.end, a.start())),
                     None)
            if x is None and prev is not None and _PRONOUN_OPENING_RE.match(s.text) \
                    and not any(m.end <= a.start() for m in people):
                named = {key_of[id(m)] for m in prev.mentions if key_of.get(id(m)) in persons}
                full = [k for k in named if len(name_tokens(k)) >= 2]
                x_key = full[0] if len(named) == 1 and full else None
            else:
                x_key = key_of[id(x)] if x is not None else None
            if x_key is not None and x_key != key_of[id(y)]:
                links.append((x_key, key_of[id(y)]))
        prev = s
    return links


#: Whether :func:`_by_article` splits an article naming two namesakes by :func:`_nearest_named`: off, as measured
#: (tle62): right on DUC 2006 D0629B and two quotes of blind-speakers61, it gave "I come here as a daughter" (Michelle
#: Obama, after "Barack Obama" was named) to Barack in blind-speakers68, under that split's floor.
NEAREST_NAMESAKE = False


def _nearest_named(ms: list[Mention], here: list[dict[str, Any]], n: int) -> list[tuple[dict[str, Any] | None,
                                                                                       list[Mention]]]:
    """A bare surname's mentions ``ms`` in article ``n``, which names two people or more of ``here`` in full,
    split by the one named in full last before each (a writer names the person a bare surname means just before
    it: DUC 2006 D0629B's article of Richard Smith, the researcher, and David L. Smith, the virus's author, says
    "If convicted, Smith could receive up to 40 years" after "David Smith was released" and "Smith downloaded
    copies" after "sent Richard Smith to a Web site"; all its "Smith"s were David's, the Smith most mentioned);
    a mention before any full name is None's (step 1's rule chooses). Only people the article names in full twice or
    more count, and only when two of them do: a relative named once ("the elder brother of 13-year-old Younes
    Abaaoud") leaves the bare "Abaaoud" after it to the rule as before. In the article's order, as
    [(person or None, mentions), ...] (tle62)."""
    marks = sorted(((m.sent.index, m.start), i) for i, c in enumerate(here) for x in c["groups"]
                   if len(name_tokens(x.key)) >= 2 for m in x.mentions if m.sent.source.n == n)
    counts = Counter(i for _, i in marks)
    marks = [(p, i) for p, i in marks if counts[i] >= 2]
    if len({i for _, i in marks}) < 2:
        return [(None, ms)]  # a namesake named once in passing is no antecedent ("Their father, Omar Abaaoud, ...
        # Abaaoud's older sister": the son the story is about, Wikinews ParisAttacks2015)
    out: dict[int | None, list[Mention]] = {}
    for m in sorted(ms, key=lambda m: (m.sent.index, m.start)):
        before = [i for p, i in marks if p < (m.sent.index, m.start)]
        out.setdefault(before[-1] if before else None, []).append(m)
    return [(here[i] if i is not None else None, part) for i, part in out.items()]


def _part(g: _Group, n: int, ms: list[Mention], groups: dict[str, _Group], k: int = 0) -> _Group:
    """A group of ``g``'s mentions ``ms`` (those of article ``n``), keyed ``g.key + "@" + n`` (``+ "@" + k`` for
    the ``k``-th stretch of an article, :func:`_nearest_named`), added to ``groups``:
    its spellings are ``g``'s as these mentions write them (and the forms ``g`` lists unwritten, "Mr Smith" for a
    title NER left out), its type votes theirs (a person still, as ``g`` was)."""
    part = _Group(f"{g.key}@{n}" + (f"@{k}" if k else ""), titled=Counter(g.titled), shaped=g.shaped)
    for m in ms:
        part.mentions.append(m)
        surface = clean_surface(m.text)
        part.surfaces[surface if surface in g.surfaces else g.surface] += 1
        part.labels[m.label] += 1
    for surface, k in g.surfaces.items():
        if not k:
            part.surfaces.setdefault(surface, 0)
    if part.kind != "person":
        part.labels = Counter({"PERSON": len(ms)})
    groups[part.key] = part
    return part


def _title_agrees(g: _Group, surname: str, cands: list[dict[str, Any]],
                  groups: dict[str, _Group]) -> list[dict[str, Any]]:
    """The people of ``cands`` (clusters of one surname) that a surname with a gendered title (``g``: "Ms Kercher",
    "Mr Blair") may join: none whose gender the text gives otherwise ("brother Lyle Kercher"); and when several
    people bear the surname (a full name of any type counts: NER types "Meredith Kercher" an organization, "Tony
    Blair" beside "Sir Ian Blair"), only the one left that the title does not contradict, else none (a row of its
    own). ``cands`` unchanged without a gendered title, and for a title NER left outside the name ("Mrs. de la
    Renta")."""
    first = g.key.split()[0]
    if first not in FEMALE_WORDS and first not in MALE_WORDS:
        return cands
    title = "f" if first in FEMALE_WORDS else "m"
    kept = [c for c in cands if _gender(_named(c)) in (None, title)]
    named = {k for c in cands for k in (x.key for x in c["groups"])}
    others = [o for o in groups.values() if o.kind != "person" and o.key not in named
              and len(toks := name_tokens(o.key)) >= 2 and toks[-1] == surname
              and all(w[:1].isupper() for w in o.surface.split()) and _gender([o]) in (None, title)]
    return kept if len(kept) + len(others) == 1 else []


#: What stands between two names of one list ("such as Basayev, Khattab, Barayev"; "Basayev and Barayev"): a comma
#: or "and", with only other names between (a form given as another's spelling, "Serraj, also spelled Sarraj" or
#: "Gaddafi (or Qaddafi)", is no list).
_LIST_SEP = r"\s*(?:,\s*and\b|,|\band\b)\s*"
_LIST_BETWEEN_RE = re.compile(_LIST_SEP + r"(?:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*" + _LIST_SEP + r"){0,3}")


def _listed_apart(ms: list[Mention], surname: str) -> bool:
    """Whether a mention of ``ms`` stands in one sentence beside a name ending in ``surname`` (of any type) as
    two items of a list: two spellings close enough to be one name (Barayev / Basayev, one letter apart) are two
    people when a sentence names both side by side ("such as Basayev, Khattab, Barayev")."""
    for m in ms:
        for o in m.sent.mentions:
            toks = name_tokens(normalize(clean_surface(o.text))) if o is not m else None
            if not toks or toks[-1] != surname:
                continue
            a, b = (o, m) if o.start < m.start else (m, o)
            if _LIST_BETWEEN_RE.fullmatch(m.sent.text[a.end : b.start]):
                return True
    return False


#: capitalised words (no possessive) joined by spaces or "of" / "for" / "the", ending in a capitalised word and "and"
#: / "&": the start of a longer name a mention right after it closes ("Department of Fisheries and |Oceans|")
_NAME_AND_BEFORE_RE = re.compile(r"(?<![\w'’])(?:[A-Z][\w.-]*\s+(?:(?:of|for|the)\s+)?)*[A-Z][\w.-]*\s+(?:and|&)\s+$")


def _fragment_of(m: Mention, lower_words: Counter) -> str | None:
    """The longer name ``m`` closes when NER cut it off after "and": the capitalised words and "and" right before
    it ("Department of Fisheries and |Oceans|", "Fisheries and |Oceans| Minister"), when the mention is one word
    the story also writes in lower case ("oceans" / "ocean": a common word, not a name of its own); None when
    ``m`` is a name of its own ("the University of Chicago and |Harvard|")."""
    word = clean_surface(m.text)
    if " " in word or not word.isalpha():
        return None
    low = word.lower()
    if not (lower_words.get(low) or (low.endswith("s") and lower_words.get(low[:-1]))):
        return None
    before = _NAME_AND_BEFORE_RE.search(m.sent.text[max(0, m.start - 80) : m.start])
    return f"{before.group(0)}{word}" if before else None


def _person_named_so(g: _Group, word: str, clusters: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one person of the story (a cluster of :func:`merge`'s step 1) whose name a one-word place row ``g``
    (its word ``word``) is, or None: the surname of a person ("Hasina" typed a place 10 times beside "Prime
    Minister Sheikh Hasina", DUC 2003 d119g), the gazetteer not knowing the word as a place and under a fifth of
    its mentions standing where a place stands (:func:`_place_context`: "in Jordan", "Atlanta, Georgia", a
    dateline; d119g's "Gowda and Hasina signed" is one, a list beside a name NER typed a place); or the given
    name of exactly one person, none of its mentions standing where a place stands and each in an article that
    names that person in full ("Regina's clinic" typed a place beside "Regina Benjamin", ECB+ T34; Regina is a
    city the gazetteer knows, so the article decides), a person the story also calls by the surname alone
    ("Benjamin"), as a report calls a person: "Kuwait Amir" (DUC 2006 D0632E), "Billboard Boxscore", "Metropolitan
    Railway" (Multi-News 0044, 0223), NER's persons named once in full, took the place's row without it. rd54 read both rows as junk: a second row for the person,
    typed a place."""
    if any(_THE_BEFORE_RE.search(m.sent.text[max(0, m.start - 4) : m.start])
           and not _PERSONS_NOUN_RE.match(m.sent.text, m.end) for m in g.mentions):
        return None  # "hearings at the Hague": no person's name after "the" ("the Hasina government" is hers)
    placed = sum(1 for m in g.mentions if _place_context(m))
    by_surname = [c for c in clusters if c["surname"] == word]
    if by_surname:
        return max(by_surname, key=lambda c: c["n"]) if 5 * placed < len(g.mentions) and not known_place(word) \
            else None
    by_given = [c for c in clusters if word in c["given"]]
    if (len(by_given) == 1 and not placed and all(m.sent.source.n in by_given[0]["named_in"] for m in g.mentions)
            and any(len(name_tokens(x.key)) == 1 for x in by_given[0]["groups"])):
        return by_given[0]
    return None


def _hyphened_surname_of(g: _Group, toks: list[str], clusters: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one person of the story whose full name ends in ``g``'s name, a hyphened surname NER typed a place
    ("Browne-Louis" beside "Dorene Browne-Louis", Multi-News 0058; ``toks`` its two words), under the rule of
    :func:`_person_named_so` for a surname (the gazetteer does not know it, under a fifth of its mentions stand
    where a place stands, none after "the"), else None. ("Guinea-Bissau", "Baden-Wurttemberg" are places the
    gazetteer knows or no person's surname.)"""
    if " " in g.surface.strip() or "-" not in g.surface or known_place(g.surface):
        return None
    cands = [c for c in clusters if any(len(t := name_tokens(x.key)) >= 3 and t[-2:] == toks for x in c["groups"])]
    if len(cands) != 1 or any(_THE_BEFORE_RE.search(m.sent.text[max(0, m.start - 4) : m.start]) for m in g.mentions):
        return None
    return cands[0] if 5 * sum(1 for m in g.mentions if _place_context(m)) < len(g.mentions) else None


def _fold_fragments(groups: dict[str, _Group], lower_words: Counter) -> None:
    """A one-word name every mention of which is a fragment of a longer name (:func:`_fragment_of`) is no row of its
    own: its mentions join the group keyed by the longer name, or by a longer name ending in it ("Department of
    Fisheries and Oceans" for "Fisheries and |Oceans| Minister"), else they are dropped (fourth entity round: the
    "Oceans" row, 3 mentions in duc06:D0634G, NER's cut of "Department of Fisheries and Oceans")."""
    for k, g in list(groups.items()):
        if " " in k or not g.mentions:
            continue
        longer = [_fragment_of(m, lower_words) for m in g.mentions]
        if not all(longer):
            continue
        for m, name in zip(g.mentions, longer):
            key = normalize(name)
            to = groups.get(key) or next((o for ok, o in groups.items() if ok.endswith(" " + key)), None)
            if to is not None and to is not g:
                to.mentions.append(m)
                to.labels[m.label] += 1
        del groups[k]


#: a role written after a name as its appositive, a few words before the role noun allowed ("Yvo de Boer, the U.N.'s
#: climate change chief, said", "Andriy Porubiy, secretary of the national defense ... council"); wider than
#: :data:`_ROLE_AFTER_RE`, and read only for a name of two words or more shaped as a person's (ent58)
_WIDE_ROLE_AFTER_RE = re.compile(
    r",\s+(?:(?:an?|the)\s+(?:[\w.'’-]+\s+){0,4}?|[A-Z][\w.-]*['’]s?\s+(?:[\w.'’-]+\s+){0,3}?|(?:[A-Z][\w-]*\s+){0,2})"
    r"(?i:" + "|".join(r for r in PERSON_ROLES if r not in {"resident", "villager", "man", "woman", "republican",
                                                            "democrat", "source", "victim", "user", "player",
                                                            "worker", "driver", "owner", "mate"})
    + r")\b(?!['’])(?=\s*(?:of\b|for\b|at\b|in\b|to\b|and\b|who\b|said\b|says\b|told\b|,|\.|;|$))")
#: what comes after a group's name when the name is a publication ("told Relix magazine"), or a band or a body
#: with its member named after it ("Jefferson Airplane bassist Jack Casady", "Microsoft co-founder Paul Allen")
_OUTLET_AFTER_RE = re.compile(r"\s+(?:magazine|newspaper|journal|tabloid|weekly)\b")
_MEMBER_AFTER_RE = re.compile(r"\s+(?:bassist|guitarist|drummer|keyboardist|vocalist|vocalist-guitarist|frontman|"
                              r"frontwoman|lead singer|co-founder|cofounder)\s+[A-Z][a-z]")
#: "a co-founder of |X|", "members of the |X|": a body one founds or belongs to ...
_MEMBER_OF_BEFORE_RE = re.compile(r"\b(?:co-?founders?|founding members?|members?|bandmates?)\s+of\s+(?:the\s+)?$",
                                  re.IGNORECASE)
#: ... closed there: not "a member of |Kennedy|'s staff", "members of |John Birch| Society"
_CLOSED_AFTER_RE = re.compile(r"(?:\s*[,.;:)]|\s*$|\s+(?:and|in|from|since|until|for|who|which|through|before|"
                              r"after|when|at|on|with)\b)")


def _titled_person(g: _Group, persons: dict[tuple[str, ...], _Group]) -> bool:
    """Is a group NER typed a body or a place a person's full name behind a title or a rank ("Gen Khalifa Haftar",
    "Col. Muammar Gaddafi" typed ORG): the words after the title (:func:`_leading_ranks`) are the name, two words
    at least, of a person the story names elsewhere?"""
    surface = g.surface
    lead = _leading_ranks(surface)
    if not lead or len(surface.split()) - lead < 2:
        return False
    toks = tuple(name_tokens(surface))
    return len(toks) >= 2 and toks in persons


def _person_shaped(surface: str) -> bool:
    """Is ``surface`` shaped as a person's name of two to four words: capitalised words of letters, a name particle
    between them allowed ("Yvo de Boer"), no acronym, no body's, site's or plan's head noun?"""
    words = surface.split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    for w in words:
        if w.lower() in NAME_PARTICLES:
            continue
        if not (w[:1].isupper() and w[1:].islower() and w.replace("-", "").replace("'", "").isalpha()):
            return False
    low = {w.lower() for w in words}
    return not (low & (_ORG_HEADS | _SITE_HEADS | _STREET_HEADS | _OTHER_HEADS | PLACE_HEAD_WORDS | _FIRM_WORDS
                       | _BODY_WORDS))


#: words of bodies' names no person's name holds ("Roman Catholic Church", "Royal Navy", "Supreme Court")
_BODY_WORDS = frozenset({"church", "army", "navy", "police", "court", "parliament", "congress", "senate", "assembly",
                         "government", "union", "fund", "trust", "bank", "center", "centre", "school", "hospital",
                         "museum", "club", "team", "network", "news", "times", "post", "press", "service", "forces"})


def _person_by_wide_role(g: _Group) -> bool:
    """Is a group NER typed a body a person by the roles written with it: a name shaped as a person's
    (:func:`_person_shaped`) with a role right before it ("U.N. climate change chief |Yvo de Boer|") or an
    appositive role after it (:data:`_WIDE_ROLE_AFTER_RE`) in half its mentions, one at least, standing where a
    place stands in none, and no place the gazetteer knows? (rd56: "Yvo de Boer" ORG in 7 of 7 mentions, 4 so;
    "Andriy Porubiy, secretary of the ... council")"""
    if not _person_shaped(g.surface) or known_place(g.surface) or any(_place_context(m) for m in g.mentions):
        return False
    n = sum(1 for m in g.mentions
            if _ROLE_BEFORE_RE.search(m.sent.text[max(0, m.start - 24) : m.start])
            or _WIDE_ROLE_AFTER_RE.match(m.sent.text, m.end))
    return n >= 1 and 2 * n >= len(g.mentions)


def _band_or_outlet(g: _Group) -> bool:
    """Is a group NER typed a person a publication or a band by where it stands: a publication's noun after it
    ("told |Relix| magazine"), a band member's role and a name after it ("|Jefferson Airplane| bassist Jack
    Casady"), or "a co-founder of" / "members of the" before it and the name closed there, in one mention at least,
    when NER typed a quarter of its mentions something other than a person? (rd56: Jefferson Airplane, Relix)"""
    n = 0
    for m in g.mentions:
        text = m.sent.text
        if (_OUTLET_AFTER_RE.match(text, m.end) or _MEMBER_AFTER_RE.match(text, m.end)
                or (_MEMBER_OF_BEFORE_RE.search(text[max(0, m.start - 30) : m.start])
                    and _CLOSED_AFTER_RE.match(text, m.end))):
            n += 1
    other = sum(1 for m in g.mentions if m.label != "PERSON")
    return n >= 1 and 4 * other >= len(g.mentions)


def _retype_by_shape(groups: dict[str, _Group]) -> None:
    """Groups' kinds by shapes NER's vote misses, before people are merged (ent58): a title before a person's name
    the story gives elsewhere is that person (:func:`_titled_person`); a person-shaped name with roles around it is
    a person (:func:`_person_by_wide_role`); a "person" standing as a publication or a band is an organization
    (:func:`_band_or_outlet`)."""
    persons = {tuple(t): g for g in groups.values() if g.kind == "person" and len(t := name_tokens(g.key)) >= 2}
    for g in list(groups.values()):
        if g.key not in groups:
            continue
        n = sum(g.labels.values())
        if g.kind != "person":
            if _titled_person(g, persons) or (g.kind == "org" and _person_by_wide_role(g)):
                g.labels = Counter({"PERSON": n})
                g.shaped = "PERSON"
        elif _band_or_outlet(g):
            if len(words := g.key.split()) >= 2 and (short := groups.get(words[-1])) is not None \
                    and short is not g and short.kind != "person" \
                    and 2 * sum(1 for m in short.mentions if _THE_BEFORE_RE.search(m.sent.text[max(0, m.start - 6)
                                                                                            : m.start])) \
                    >= len(short.mentions):
                _move(short, g, list(short.mentions))  # "the |Airplane|": the band's short form, with "the"
                del groups[words[-1]]
            for k in {g.key[:-1] if g.key.endswith("s") else g.key + "s"} - {g.key}:
                if (one := groups.get(k)) is not None and one.kind == "person":
                    _move(one, g, list(one.mentions))  # "a Log Cabin Republican supporter" beside the group
                    del groups[k]  # "Log Cabin Republicans": its member's word, the group's row (as before)
            g.labels = Counter({"ORG": sum(g.labels.values())})
            g.titled = Counter()
            g.shaped = "ORG"
    # a spelling of a name a role made a person, itself without the role: "Council, Andriy Parubiy, said" beside
    # "Andriy Porubiy, secretary of ..."
    made = [tuple(name_tokens(g.key)) for g in groups.values() if g.shaped == "PERSON"]
    for g in groups.values():
        if g.kind != "person" and g.shaped is None and _person_shaped(g.surface) and not known_place(g.surface):
            toks = name_tokens(g.key)
            if len(toks) >= 2 and any(len(t) == len(toks) and all(same_name(a, b) for a, b in zip(t, toks))
                                      for t in made):
                g.labels = Counter({"PERSON": sum(g.labels.values())})
                g.shaped = "PERSON"


def _move(g: _Group, to: _Group, ms: list[Mention]) -> None:
    """Move mentions ``ms`` of group ``g`` into group ``to``."""
    for m in ms:
        g.mentions.remove(m)
        to.mentions.append(m)
        surface = clean_surface(m.text)
        to.surfaces[surface] += 1
        to.labels[m.label] += 1
        g.surfaces[surface] -= 1
        g.labels[m.label] -= 1
    g.surfaces += Counter()
    g.labels += Counter()


def _reads_as(m: Mention, head: str) -> bool:
    """Does mention ``m`` (a place's first words) stand for the name ending in ``head``: the head after it in
    lower case ("Santa Clara county"), or closing the list it is in ("the Snake and Columbia rivers", "the
    Columbia, Snake and Willamette rivers"), or, for a water, "the" before it ("on the Snake", "into the
    Columbia")?"""
    text = m.sent.text
    if re.match(r"\s+" + head + r"\b", text[m.end : m.end + 30]):
        return True
    if re.match(r"(?:\s*(?:,|and|or)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)+,?\s+" + head + r"s\b",
                text[m.end : m.end + 80], re.IGNORECASE):
        return True
    if head in WATER_HEADS and _THE_BEFORE_RE.search(text[max(0, m.start - 8) : m.start]):
        return not re.match(r"\s+[A-Z]", text[m.end : m.end + 3])
    return False


def _move_short_places(groups: dict[str, _Group]) -> None:
    """Mentions of a place's first words that stand for the whole name ("the Snake" for the Snake River, "Santa
    Clara county" for Santa Clara County; :func:`_reads_as`) join its group; the others stay ("Mississippi" the
    state beside "the Mississippi River")."""
    for key in [k for k in groups if len(k.split()) >= 2]:
        long = groups.get(key)
        head = key.split()[-1]
        plural = groups.get(key[:-1]) if head[:-1] in WATER_HEADS | LAND_HEADS and head.endswith("s") else None
        if long is not None and plural is not None and plural.kind != "person":
            ms = [m for m in long.mentions if _LIST_JOIN_BEFORE_RE.search(m.sent.text[max(0, m.start - 6) : m.start])]
            if ms:  # "the Snake and Columbia Rivers": "Columbia Rivers" is one (not the group "American Rivers")
                _move(long, plural, ms)
                if not long.mentions:
                    del groups[key]
            continue
        if long is None or head not in WATER_HEADS | LAND_HEADS or long.kind == "person":
            continue
        short = groups.get(key.rsplit(" ", 1)[0])
        if short is None or short.kind == "person":
            continue
        ms = [m for m in short.mentions if _reads_as(m, head)]
        if ms:
            _move(short, long, ms)
            if not short.mentions:
                del groups[short.key]


def _short_form_links(groups: dict[str, _Group], non_person: list[_Group], sents: list[Sent],
                      surnames: set[str] = frozenset()) -> list[tuple[str, str]]:
    """Links of short forms to their full names (step 3b of :func:`merge`): a country's initials to its name
    ("U.S." / "United States"); a body's name of two words or more to the one longer name ending in it whose
    extra words are generic ("the Fisheries Service" / "National Marine Fisheries Service": two words, or one of
    :data:`_GENERIC_PREFIX_WORDS`), never a party's nor one whose extra words name a place or a people ("Supreme
    Court" / "Florida Supreme Court", "Foreign Ministry" / "Russian Foreign Ministry"); a one-word body to the one
    school named by it ("Stanford" / "Stanford University") unless it is in ``surnames``, the one-word names
    steps 1 and 2 gave a person ("Smith said" is Michael Smith, not Smith College: DUC 2006 D0610A); a company's
    name to the one longer name made of it and one word of :data:`_FIRM_WORDS` ("Kraft" / "Kraft Foods",
    "Bertelsmann" / "Bertelsmann AG"; not a people's word, not a known place before "Co.": "Elkhart Co." is a
    county; ent55)."""
    links = []
    for g in non_person:
        full = _COUNTRY_INITIALS.get(g.key)
        if full and g.kind == "place" and _is_acronym(g.surface):
            cands = [o for o in non_person if o.kind == "place" and o.key.startswith(full)
                     and initials(o.surface).lower() == g.key]
            if len(cands) == 1:
                links.append((cands[0].key, g.key))
    placey = {w for s in sents for m in s.mentions if m.label in PLACE_LABELS or m.label == "NORP"
              for w in normalize(m.text).split()}
    orgs = [g for g in non_person if g.kind == "org"]
    for g in orgs:
        words = g.key.split()
        if len(words) >= 2 and words[-1] != "party" and not _is_acronym(g.surface):
            longer = [o for o in orgs
                      if o.key.endswith(" " + g.key) and _generic(o.key[: -len(g.key) - 1].split(), placey)]
            if len(longer) == 1:  # ("Marine Fisheries Service" is no candidate for "Fisheries Service": "Marine")
                links.append((longer[0].key, g.key))
        elif len(words) == 1 and not _is_acronym(g.surface) and g.key not in surnames:
            schools = [f.format(g.key) for f in _SCHOOL_FORMS if f.format(g.key) in groups
                       and groups[f.format(g.key)].kind == "org"]
            if len(schools) == 1:
                links.append((schools[0], g.key))
        if not _is_acronym(g.surface) and g.key not in surnames and 2 * g.labels["NORP"] <= len(g.mentions):
            firms = [o.key for o in orgs if o.key.startswith(g.key + " ") and o.key[len(g.key) + 1 :] in _FIRM_WORDS
                     and not (o.key.endswith(" co") and known_place(g.surface))]  # "Elkhart Co." is the county
            if len(firms) == 1:  # "Kraft" / "Kraft Foods", "Bertelsmann" / "Bertelsmann AG" (ent55); not a people's
                # word ("Arab" typed NORP is not the UN's "Arab Group", DUC 2006 D0639C)
                links.append((firms[0], g.key))
    return links


#: a body's legal form closing its name: "Pfizer Inc.", "Searle Co.", "Exhibitor Relations Co."
_LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "corporation", "company"})
#: one word closing a company's name after the name it goes by: a legal form or a trade's noun ("Kraft Foods",
#: "Bertelsmann AG", "Barnes & Noble Inc.", "Wells Fargo Bank", "Carlyle Group")
_FIRM_WORDS = _LEGAL_FORMS | frozenset({"incorporated", "limited", "ag", "sa", "nv", "gmbh", "group", "holdings",
                                        "foods", "bank"})


def _generic(extra: list[str], placey: set[str]) -> bool:
    """Are ``extra`` (a name's first words, before its short form) generic enough for the short form to stand for
    the name: two words or more, or one of :data:`_GENERIC_PREFIX_WORDS`, none of them a word of a place or a
    people the story names ("Florida Supreme Court", "Russian Foreign Ministry"), of a US state's name ("New York
    State Department") or a state's abbreviation, and the last not "of" / "for" ... ("Office of Independent
    Counsel" is not the "Independent Counsel")?"""
    if extra[-1] in INITIALS_SKIP:
        return False  # "Office of Independent Counsel": the short form is what the name is of, not the name
    return ((len(extra) >= 2 or extra[0] in _GENERIC_PREFIX_WORDS)
            and not any(w in placey or w in STATE_ABBREVIATIONS or w in _STATE_WORDS for w in extra))


_LANGUAGE_AFTER_RE = re.compile(r"\s+(?:language|languages|dialect|tongue)\b", re.IGNORECASE)


def _language(mentions: list[Mention]) -> bool:
    """Is the name a language's: "language" (dialect, tongue) after a fifth of its mentions, two at least ("the
    Klingon language", "the Klingon language itself")?"""
    n = sum(1 for m in mentions if _LANGUAGE_AFTER_RE.match(m.sent.text, m.end))
    return n >= 2 and 5 * n >= len(mentions)


def _common_noun(surface: str, mentions: list[Mention], lower_words: Counter | set[str] | frozenset[str]) -> bool:
    """Is a one-word name a common noun capitalised: written in lower case at least twice as often as it is
    named (three times at least), and two thirds of its mentions, two at least, at a sentence's start ("Salmon
    are ...", "Salmon rely on ..."; "For the Sake of the Salmon" left over)?"""
    lower = lower_words.get(surface.lower(), 0) if isinstance(lower_words, Counter) else 0
    if lower < max(3, 2 * len(mentions)):
        return False
    start = sum(1 for m in mentions if _at_start(m))
    return start >= 2 and 3 * start >= 2 * len(mentions)


def _heading(m: Mention) -> bool:
    """Is ``m`` a line of its own in capitals, the page's heading ("PERKS", "RELATED CONTENT")? (Its sentence
    holds nothing but the name.)"""
    return m.text.isupper() and len(m.text) >= 3 and not m.sent.text[: m.start].strip() and not m.sent.text[
        m.end :].strip(" .:!?\u00a0")


def _bracketed(m: Mention) -> bool:
    """Does ``m`` stand alone in square brackets ("[PDF]", "[ PDF ]")?"""
    t = m.sent.text
    return bool(_BRACKET_BEFORE_RE.search(t[max(0, m.start - 3) : m.start]) and _BRACKET_AFTER_RE.match(t, m.end))


def _place_words(sents: list[Sent]) -> dict[str, dict[str, bool]]:
    """The first word (lower case) of every name NER typed a place in ``sents``, and whether some such name has
    more words ("czech": True from "Czech Republic"), by the word's first four letters."""
    out: dict[str, dict[str, bool]] = {}
    for s in sents:
        for m in s.mentions:
            if m.label in PLACE_LABELS:
                words = clean_surface(m.text).lower().split()
                if words and len(words[0]) >= 4:
                    by = out.setdefault(words[0][:4], {})
                    by[words[0]] = by.get(words[0], False) or len(words) > 1
    return out


def _make_entity(gs: list[_Group], lower_words: Counter | set[str] | frozenset[str] = frozenset(),
                 places: dict[str, dict[str, bool]] | None = None, bodies: frozenset[str] = frozenset(),
                 longer: _LongerNames | None = None, titles: frozenset[str] = frozenset()) -> Entity:
    labels: Counter = Counter()
    surfaces: Counter = Counter()
    mentions: list[Mention] = []
    for g in gs:
        labels.update(g.labels)
        surfaces.update({s: n for s, n in g.surfaces.items()})
        for s in g.surfaces:
            surfaces.setdefault(s, 0)
        mentions.extend(g.mentions)
    kinds = Counter()
    for g in gs:
        kinds[g.kind] += len(g.mentions)
    full_person = any(g.kind == "person" and len(name_tokens(g.key)) >= 2 for g in gs)
    if (kinds["person"] >= max(kinds["place"], kinds["org"]) and kinds["person"]) or full_person:
        label = "PERSON"
    else:
        label = next((l for l, _ in labels.most_common() if l != "PERSON" and l != "NORP"), labels.most_common(1)[0][0])
    label = _retyped(label, surfaces.most_common(1)[0][0])
    if label == "PERSON" and _placed(mentions):
        label = "GPE"
    if label == "PERSON" and not full_person:
        label = _definite(mentions) or label
    top = surfaces.most_common(1)[0][0]
    label = _reader_type(label, top, mentions, full_person, lower_words, places or {}, bodies, longer)
    if label in _HEAD_RETYPED and len(shaped := {g.shaped for g in gs} - {None}) == 1:
        label = shaped.pop()  # a shape read before merging (ent58): "Jefferson Airplane bassist Jack Casady"
    if label in _HEAD_RETYPED and label != "PERSON" and not _is_acronym(top) and normalize(top) in titles:
        label = "OTHER"  # a film's, a book's or a show's title: "Moonlight", "La La Land" (ent55); not a name
        # typed a person: a nickname in marks is the person's ("the nickname 'The Oddfather'", ECB+ T26)
    if label == "PERSON" and any(_model_number(s.split()) for s in surfaces if len(s.split()) >= 2):
        label = "OTHER"  # "Poseidon P8" (and "Poseidon"): a person's full name holds no model number (rd53)
    elif _is_acronym(top) and (spelled := [s for s in surfaces if len(s.split()) >= 2 and not _is_acronym(s)]):
        # a row named most often by its short form: the long form's head noun says its kind ("U.N." / "United
        # Nations" typed a place, rd53: DUC 2003 d128j); the fourth round's rule read only the commonest spelling
        label = _kind_by_head(label, max(spelled, key=lambda s: (surfaces[s], s)).split()) or label
    elif len(top.split()) == 1 and (ending := [s for s in surfaces if len(s.split()) >= 2 and s.split()[-1] == top]):
        # a row named most often by its last word: "the Roadmap" three times, "Bali Roadmap" twice (rd56, M004)
        label = _kind_by_head(label, max(ending, key=lambda s: (surfaces[s], s)).split()) or label
    acronym = None
    name_pool = {s: n for s, n in surfaces.items()}
    if label != "PERSON":
        acrs = [s for s in surfaces if _is_acronym(s)]
        longs = [s for s in surfaces if not _is_acronym(s) and len(s.split()) >= 2]
        if acrs and longs:
            acronym = max(acrs, key=lambda s: (surfaces[s], -s.count("."), s)).replace(".", "")
            name_pool = {s: surfaces[s] for s in longs}
    else:
        full = {s: n for s, n in surfaces.items() if len(name_tokens(s)) >= 2 and len(s.split()) >= 2}
        # (a hyphened surname alone is no full name: "Dorene Browne-Louis", not "Browne-Louis"; ent55)
        if full:
            name_pool = full
    if label != "PERSON":
        name_pool = _without_clipped(name_pool)
    name = max(name_pool, key=lambda s: (not (s.isupper() and len(s) > 5), name_pool[s], _title_free(s), len(s), s))
    if label == "PERSON":
        name = _strip_titles(name)
    elif label in PLACE_LABELS and (place := next((s for s in surfaces if name in (s + "n", s + "an")), None)):
        name = place  # a place row is shown by the place, not its people's word: "Southern Africa", not "Southern
        # African" (NER's cut of "Southern African Development Community"; rd53, DUC 2003 d128j)
    variants = [s for s, _ in sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))]
    mentions.sort(key=lambda m: (m.sent.source.n, m.sent.index, m.start))
    return Entity(id="", name=name, label=label, variants=variants, acronym=acronym, mentions=mentions)


#: a title of a work in quotation marks: capitalised words alone between two marks, a comma or a stop inside the
#: closing one ('the "La La Land" producers', '“Moonlight,” “Hidden Figures,”', "for ‘Moonlight.’")
_TITLE_IN_MARKS_RE = re.compile(r"(?:^|(?<=[\s(]))[\"“‘']([A-Z0-9][\w’'&.-]*(?: (?:[A-Z0-9][\w’'&.-]*|of|the|a|an|and|"
                                r"in|on|by|to|for|or)){0,6})[,.!?]?[\"”’'](?=$|[\s),;:.])")
_CAPITAL_BEFORE_RE = re.compile(r"[A-Z][\w.-]*\s$")


def _titles_in_marks(sents: list[Sent]) -> frozenset[str]:
    """The comparison keys of names two articles or more write alone in quotation marks (:data:`_TITLE_IN_MARKS_RE`):
    titles of works, a film's, a book's, a song's or a show's, which NER types a person, a body or a place
    ("Moonlight", "La La Land", "Hacksaw Ridge": Multi-News 0205). A nickname between a given name and a surname
    ('William "Mo" Cowan') is none."""
    arts: dict[str, set[int]] = {}
    for s in sents:
        if '"' not in s.text and "“" not in s.text and "‘" not in s.text and "'" not in s.text:
            continue
        for t in _TITLE_IN_MARKS_RE.finditer(s.text):
            if _CAPITAL_BEFORE_RE.search(s.text[max(0, t.start() - 30) : t.start()]) and \
                    re.match(r"\s+[A-Z]", s.text[t.end() :]):
                continue  # a nickname: 'William "Mo" Cowan'
            arts.setdefault(normalize(t.group(1)), set()).add(s.source.n)
    return frozenset(k for k, ns in arts.items() if len(ns) >= 2)


def _shouted(m: Mention) -> bool:
    """Is ``m`` in capitals only because its line is: a wire dateline ("LOS ANGELES (AP) --", :func:`_dateline`) or
    a headline written in capitals (its sentence holds no lower-case letter)?"""
    return m.text.isupper() and (_dateline(m) or not any(ch.islower() for ch in m.sent.text))


def _spell_state(e: Entity) -> None:
    """Show a place row named only by a US state's abbreviation NER cut before its dot ("Tucson, Ariz." ->
    "Ariz") as the state ("Arizona"), when a mention stands after a town and a comma, where a state's abbreviation
    stands (rd53: DUC 2003 d117f showed "Ariz" as a place). The abbreviation stays a spelling of the row."""
    key = e.name.lower()
    if (e.label in PLACE_LABELS and e.name.isalpha() and len(e.name) >= 3 and e.name[0].isupper()
            and e.name[1:].islower() and key in STATE_ABBREVIATIONS
            and all(v.rstrip(".").lower() == key for v in e.variants)
            and any(_TOWN_COMMA_BEFORE_RE.search(m.sent.text[max(0, m.start - 30) : m.start]) for m in e.mentions)):
        e.name = STATE_ABBREVIATIONS[key].title()


def _title_case(name: str) -> str:
    """"LOS ANGELES" -> "Los Angeles", "WILKES-BARRE" -> "Wilkes-Barre", "O'HARE" -> "O'Hare"."""
    return re.sub(r"[^\W\d_]+", lambda w: w.group().capitalize(), name)


def _unshout(e: Entity, whole: str) -> None:
    """Show a name written in capitals only by its datelines or headlines (:func:`_shouted`) in the case the text
    writes it elsewhere, else title-cased when it is a place's ("LOS ANGELES, November 4 (Xinhua) --" -> "Los
    Angeles"); the capitals leave its spellings too. A name in capitals in running text ("NASA said") keeps them;
    a short name in a shouted headline with no other spelling keeps them too (it may be an acronym: "NATO")."""
    if not (e.name.isupper() and any(ch.isalpha() for ch in e.name)):
        return
    own = [m for m in e.mentions if clean_surface(m.text) == e.name]
    if not own or not all(_shouted(m) for m in own):
        return
    written = [w for w in re.findall(r"(?<!\w)" + re.escape(e.name).replace(r"\ ", r"\s+") + r"(?!\w)", whole,
                                      flags=re.IGNORECASE) if not w.isupper()]
    if written:
        name = Counter(re.sub(r"\s+", " ", w) for w in written).most_common(1)[0][0]
    elif e.label in PLACE_LABELS and (len(e.name) > 4 or all(_dateline(m) for m in own)):
        name = _title_case(e.name)
    else:
        return
    e.variants = list(dict.fromkeys(name if v == e.name else v for v in e.variants))
    e.name = name


def _without_clipped(pool: dict[str, int]) -> dict[str, int]:
    """``pool`` without the one-word forms that are another form's word cut short: "Wis" (from "R-Wis.") beside
    "Wisconsin", "Calif" beside "California". A clipped abbreviation is never the name a reader should see, however
    often a paper's style wrote it (basil:f688c56d showed "Wis", also written Wisconsin)."""
    words = [s for s in pool if " " not in s]
    clipped = {s for s in words if len(s) >= 3 and any(
        o != s and len(o) > len(s) + 1 and o.lower().startswith(s.lower()) for o in words)}
    return {s: n for s, n in pool.items() if s not in clipped} if clipped else pool


def _placed(mentions: list[Mention]) -> bool:
    """Do most mentions of a name NER typed a person stand where only places do ("in Pichilemu", "near
    Lolol", "the city of Homs"; never "in Obama's speech")? At least two, and a third of them."""
    placed = sum(1 for m in mentions
                 if _PLACE_BEFORE_RE.search(m.sent.text[max(0, m.start - 24) : m.start])
                 and not m.sent.text[m.end : m.end + 2] in ("'s", "’s"))
    return placed >= 2 and 3 * placed >= len(mentions)


#: "the" right before a name: a person's name takes none ("at the Bataclan", "the Kremlin said"; "the late
#: Smith" and "the Rev. Smith" keep a word between)
_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: a noun after a person's name that makes "the" the noun's: "the Obama administration", "the Smith family"
_PERSONS_NOUN_RE = re.compile(r"\s+(?:administration|campaign|family|government|presidency|era|years|camp|team|"
                              r"cabinet|doctrine|foundation|estate|household|brothers|sisters|children|trial|case|"
                              r"White House|transition|regime|dynasty|clan|name)\b", re.IGNORECASE)
#: a determiner no person's name takes, an adjective between allowed: "this Kickstarter", "a subsequent
#: Kickstarter", "another Segway" (third entity round)
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:a|an|this|another|each|every|our|their)\s+(?:[a-z]+\s+)?$",
                                   re.IGNORECASE)
#: "at the Bataclan", "inside the Louvre": a definite name after these is a building or a site
_SITE_BEFORE_RE = re.compile(r"\b(?:at|in|inside|outside|into|near|from|to|toward|towards)\s+the\s+$", re.IGNORECASE)


def _definite(mentions: list[Mention]) -> str | None:
    """The type of a one-word name NER typed a person that most of its mentions give "the" ("the Bataclan") or a
    determiner no person takes ("this Kickstarter", "a subsequent Kickstarter"): a site ("FAC") when one of them
    stands after "at the", "in the" ..., else an organization; None when it is a person's (a family's "the
    Obamas" is left: a plural)."""
    if not mentions or mentions[0].text.endswith("s"):
        return None
    befores = [m.sent.text[max(0, m.start - 24) : m.start] for m in mentions]
    definite = sum(1 for b, m in zip(befores, mentions)
                   if (_THE_BEFORE_RE.search(b) or _DETERMINER_BEFORE_RE.search(b))
                   and not _PERSONS_NOUN_RE.match(m.sent.text, m.end))
    if definite < 2 or 2 * definite < len(mentions):
        return None
    return "FAC" if any(_SITE_BEFORE_RE.search(b) for b in befores) else "ORG"


def _event_last(words: list[str]) -> bool:
    """Does a name of two or more words end in an event word ("Boston Marathon", "Macworld Expo", "the 2002 Winter
    Games"; not "Epic Games")?"""
    last = words[-1].lower()
    if last == "games":
        return words[-2].lower() in _GAMES_BEFORE or words[-2].isdigit()
    return last in EVENT_HEAD_WORDS or last in EVENT_LAST_WORDS




def _retyped(label: str, surface: str) -> str:
    """NER's type corrected by the name's shape: a name ending in an event word ("April Fools' Day", "Boston
    Marathon", "Macworld Expo"; not a person's two-word name, "Doris Day") or opening with one before "of" / "de"
    ("Tour de France", "Battle of the Bulge") is an event; one ending in a place word ("KwaZulu-Natal Province",
    "Indian Ocean") is a place; a place ending in a newspaper's word is the paper (:data:`NEWSPAPER_HEADS`); a
    non-person of two or three capitalized words opening with a given name found
    only for people ("Loretta Boster") is a person."""
    words = surface.split()
    if (len(words) >= 2 and _event_last(words) and words[-1][:1].isupper()
            and not (label == "PERSON" and len(words) == 2)):  # "Doris Day" stays a person
        return "EVENT"
    if (len(words) >= 3 and words[0].lower() in EVENT_FIRST_WORDS and words[0][:1].isupper()
            and words[1].lower() in ("of", "de", "du", "des", "for")):
        return "EVENT"
    if words[-1:] and words[-1] in NEWSPAPER_HEADS and (
            label in ("GPE", "LOC", "FAC") and len(words) >= 2 or label == "PERSON" and len(words) >= 3):
        return "ORG"  # a newspaper by its place: "South China Morning Post", "Hong Kong Standard"
    if label != "PERSON" and len(words) >= 2 and words[-1].lower() in PLACE_HEAD_WORDS:
        return "LOC" if label not in PLACE_LABELS else label
    if (label in ("ORG", "GPE", "LOC", "FAC") and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
            and words[0].lower() in FEMALE_NAMES | MALE_NAMES and not any(w.isupper() for w in words)):
        return "PERSON"
    return label


_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])")
#: what may stand before a name at a sentence's start: nothing, quote marks (wire copy's ``), a bracket
_START_RE = re.compile(r"[\s\"'“‘`(\[]*")
_ARTICLE_START_RE = re.compile(r"[\s\"'“‘(\[]*(?:A|An|The|AN|THE)\s+")
#: what joins the items of a list: "Pichilemu, Constitución and Maule"
_LIST_GAP_RE = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _dateline(m: Mention) -> bool:
    """Is ``m`` the place of a wire dateline ("CANBERRA, April 25 (Xinhua) --", "SYRACUSE, N.Y. (AP) -")?"""
    if m.start > 2 or not (m.text.isupper() or m.sent.text[m.end : m.end + 1] == ","):
        return False
    d = DATELINE_PREFIX_RE.match(m.sent.text)
    return bool(d) and d.end() > m.end


def _at_start(m: Mention, article: bool = False) -> bool:
    """Does ``m`` open its sentence (after quote marks, or after a dateline; with ``article``, after "A" / "An" /
    "The" too), where any word is capitalised?"""
    text = m.sent.text
    if _START_RE.fullmatch(text[: m.start]) or (article and _ARTICLE_START_RE.fullmatch(text[: m.start])):
        return True
    d = DATELINE_PREFIX_RE.match(text)
    return bool(d) and d.end() <= m.start and bool(_START_RE.fullmatch(text[d.end() : m.start]))


def _listed_with_places(mentions: list[Mention]) -> bool:
    """Do most mentions stand in a list holding a place NER typed so ("Chocholgue, San Pedro de La Paz,
    Constitución, and Maule"; "San Fernando, Curicó, Talca, Constitución, Talcahuano")? A list is the run of
    mentions joined by commas, "and", "or"."""
    n = sum(_in_place_list(m) for m in mentions)
    return n >= 1 and 2 * n >= len(mentions)


def _in_place_list(m: Mention) -> bool:
    """Does ``m`` stand in a list (mentions joined by commas, "and", "or") holding a place NER typed so?"""
    ms = sorted(m.sent.mentions, key=lambda o: o.start)
    i = next((k for k, o in enumerate(ms) if o is m), None)
    if i is None:
        return False
    lo = hi = i
    while lo > 0 and _LIST_GAP_RE.fullmatch(m.sent.text[ms[lo - 1].end : ms[lo].start]):
        lo -= 1
    while hi + 1 < len(ms) and _LIST_GAP_RE.fullmatch(m.sent.text[ms[hi].end : ms[hi + 1].start]):
        hi += 1
    return any(o.label in PLACE_LABELS for o in ms[lo : hi + 1] if o is not m)


def _flight(surface: str, mentions: list[Mention]) -> bool:
    """Is the name a flight by its number ("EgyptAir Flight 990"; "MH370" written after "flight" somewhere)?"""
    if _FLIGHT_NAME_RE.search(surface):
        return True
    return bool(_FLIGHT_CODE_RE.fullmatch(surface)) and any(
        _FLIGHT_BEFORE_RE.search(m.sent.text[max(0, m.start - 8) : m.start]) for m in mentions)


def _team(mentions: list[Mention]) -> bool:
    """Do a third of the mentions of a name NER typed a place, and at least two, stand where a sports team
    stands ("a loss to Detroit", "stretched Detroit to six games", "on loan at Birmingham", "Detroit coach",
    "Liverpool 2-1")?"""
    n = sum(1 for m in mentions if _TEAM_BEFORE_RE.search(m.sent.text[max(0, m.start - 30) : m.start])
            or _TEAM_AFTER_RE.match(m.sent.text, m.end))
    return n >= 2 and 3 * n >= len(mentions)


def _people(surface: str, mentions: list[Mention], places: dict[str, dict[str, bool]]) -> bool:
    """Is a one-word name a people or a nationality: shaped like one ("Ukrainian", "Czech", "Greeks") and
    sharing its start with a place the story names ("Ukraine", "Czech Republic", "Greece"), fewer than half its
    mentions typed a place by NER ("Pakistan" beside "Pakistani" stays a place)?"""
    w = surface.lower()
    if " " in w or not w.isalpha() or _is_acronym(surface) or not w.endswith(_DEMONYM_ENDS):
        return False
    if 2 * sum(m.label in PLACE_LABELS for m in mentions) >= len(mentions):
        return False
    for p, longer in places.get(w[:4], {}).items():
        k = len(os.path.commonprefix([w, p]))
        if k >= 4 and k >= len(p) - 3 and len(w) >= len(p) - 1 and (w != p or (
                longer and w.endswith(_DEMONYM_ENDS[:5]) and any(m.label == "NORP" for m in mentions))):
            return True  # the place's own first word: "Czech" typed NORP somewhere; not "Delphi" / "Delphi Automotive"
    return False


def _town(mentions: list[Mention]) -> bool:
    """Do half the mentions of a name NER typed an organization, and at least two, read as a place: typed one
    in some sentences, or standing where places stand ("in Millom", "Newton Street, Millom", "the villages of
    Tonban", in a list with places; "Millom,
    Cumbria"; "the Ganges river", "Kings Cross station")? One of them must be more than "in X" ("in Congress"),
    and one must stand so (NER's place votes alone are its vote: "in the Eastern Conference" typed FAC). Not a
    name that speaks in a third of its mentions ("in Jiangsu, Xinhua said")."""
    if 3 * sum(1 for m in mentions if _SPEAKS_AFTER_RE.match(m.sent.text, m.end)) >= len(mentions):
        return False  # "in Jiangsu, Xinhua said": a speaker, not a town in a list
    afters = [bool(_PLACE_AFTER_RE.match(m.sent.text, m.end) or _comma_place(m)) for m in mentions]
    if not any(afters) and not any(m.label in ("GPE", "LOC") for m in mentions):
        return False  # (NER's FAC is often a body: "the Eastern Conference")
    n = context = 0
    for m, after in zip(mentions, afters):
        text = m.sent.text
        before = after or bool(_PLACE_BEFORE_RE.search(text[max(0, m.start - 24) : m.start])
                               or _FROM_PLACE_RE.search(text[max(0, m.start - 24) : m.start])
                               or _TOWN_BEFORE_RE.search(text[max(0, m.start - 30) : m.start]) or _in_place_list(m))
        context += before
        n += before or m.label in PLACE_LABELS
    return context >= 1 and n >= 2 and 2 * n >= len(mentions)


def _party(words: list[str], mentions: list[Mention]) -> bool:
    """Is the name a political party's: a party word in it ("Parti Quebecois", "Partido Popular"), or "party"
    after a third of its mentions ("the far-right Golden Dawn party")?"""
    if any(w in _PARTY_WORDS for w in words):
        return True
    n = sum(1 for m in mentions if _PARTY_AFTER_RE.match(m.sent.text, m.end))
    return n >= 1 and 3 * n >= len(mentions)


def _product(mentions: list[Mention]) -> bool:
    """Does a fifth of the mentions, and at least one, read as a product's: a version after the name ("USB 2.0",
    "Numbers '09") or a size before it ("the 13-inch MacBook")?"""
    n = sum(1 for m in mentions if _VERSION_AFTER_RE.match(m.sent.text, m.end)
            or _SIZE_BEFORE_RE.search(m.sent.text[max(0, m.start - 24) : m.start]))
    return n >= 1 and 5 * n >= len(mentions)


#: what stands before a medicine's or a product's name and never before a person's or a company's: its taker ("was
#: taking Prozac", "had taken Zoloft", "prescribed Zoloft", "a dose of", "wean herself off"), its brand ("marketed as
#: Luvox"), its kind ("the antidepressant Zoloft", "drugs like Prozac", "the drug Luvox")
_MEDICINE_BEFORE_RE = re.compile(
    r"\b(?:tak(?:e|es|ing|en)|took|prescrib(?:e|es|ed|ing)|prescriptions? for|(?:over)?doses? of|"
    r"(?:wean(?:ed|ing)?|weans|came|come|coming|went|go|going|taken) (?:\w+ )?off|(?:was|is|were|are|been|be|being|"
    r"put|went|go|stay(?:ed)?) on|(?:marketed|sold|branded) (?:as|under the name)|"
    r"(?:drugs?|antidepressants?|anti-depressants?|medications?|medicines?|pills?|tranquili[sz]ers?|stimulants?|"
    r"painkillers?|inhibitors?|antibiotics?|vaccines?)(?: (?:like|such as|including|called|named))?)\s+$",
    re.IGNORECASE)
#: what stands after a medicine's or a product's name: "Prozac pills", "his Prozac intake", "Zoloft maker Pfizer",
#: "Keurig machines", "the new 2.0 Keurig brewer"
_PRODUCT_AFTER_RE = re.compile(r"\s+(?:pills?|tablets?|capsules?|prescriptions?|doses?|intake|users?|maker|makers|"
                               r"manufacturer|machines?|brewers?|pods?|products?|devices?|technology)\b")
#: what a company does and a product does not after its name: "Keurig's CEO", "Keurig introduced its line"
_COMPANY_AFTER_RE = re.compile(r"(?:['’]s\s+(?:CEO|chief executive|executives?|shares|stock|spokes(?:man|woman|person)|"
                               r"founder|chairman|president|board|headquarters|earnings|profits?)\b|"
                               r"\s+(?:introduced|announced|launched|reported|unveiled)\s+(?:its|their)\b)")


#: what follows a person taken somewhere and never a medicine taken: "take Kyle off the drug", "took him home"
_TAKEN_AWAY_RE = re.compile(r"\s+(?:off|out|away|home|hostage|into|in custody|to (?:the |a )?(?:hospital|school|court|"
                            r"jail|police))\b")


def _medicine_or_product(label: str, mentions: list[Mention]) -> str | None:
    """The type of a one-word name NER typed a person, an organization or a place that reads as a medicine or a product in
    a fifth of its mentions, two at least (:data:`_MEDICINE_BEFORE_RE`: "taking Prozac", "marketed as Luvox",
    "the antidepressant Zoloft"; :data:`_PRODUCT_AFTER_RE`: "Zoloft maker Pfizer", "Keurig machines"): "OTHER" (a
    product, shown without a type), or an organization when a mention also reads as its maker ("Keurig's CEO",
    "Keurig introduced its ...": a company named as its brand). None (keep the type) when a mention has a title
    or honorific before it or speaks ("Xinhua said"), or for a name NER typed an organization whose product cue is
    only what stands after it ("Apple users")."""
    n = 0
    for m in mentions:
        text = m.sent.text
        before = _MEDICINE_BEFORE_RE.search(text[max(0, m.start - 40) : m.start])
        if before and _TAKEN_AWAY_RE.match(text, m.end) and re.search(r"\b(?:take|takes|taking|taken|took)\s+$",
                                                                      before.group()):
            before = None  # "wanted to take Kyle off Ritalin": a person taken somewhere, not a medicine taken
        title = _TITLE_BEFORE_RE.search(text[max(0, m.start - 24) : m.start])
        if (title and title.group(1).lower() in TITLES) or _SPEAKS_AFTER_RE.match(text, m.end):
            return None
        n += bool(before or (label == "PERSON" and _PRODUCT_AFTER_RE.match(text, m.end))
                  or re.match(r"\s+(?:pills?|tablets?|capsules?|doses?|intake|maker|manufacturer)\b", text[m.end :]))
    if n < 2 or 5 * n < len(mentions):
        return None
    return "ORG" if any(_COMPANY_AFTER_RE.match(m.sent.text, m.end) for m in mentions) else "OTHER"


def _comma_place(m: Mention) -> bool:
    """Is ``m`` followed by ", " and a name NER typed a place ("Millom, Cumbria", "Farakka, West Bengal")?"""
    text = m.sent.text
    if text[m.end : m.end + 2] != ", ":
        return False
    return any(o.start == m.end + 2 and o.label in PLACE_LABELS for o in m.sent.mentions)


#: a name's head noun that says its kind whatever NER typed it (fourth entity round): a written agreement or law is
#: "other" ("Pacific Salmon Treaty", "Clean Water Act", "Paris Agreement"); a body is an organization ("Department
#: of Fisheries and Oceans", "University of Sydney", "Exhibitor Relations Co."); a built or natural site is a place
#: ("Three Gorges Dam", "Heathrow Airport", "Mount Adams", "Gulf of Mexico"). Left out for their other readings:
#: "convention" (a party's convention is an event), "program" (the UN's programmes are bodies), "union" (the
#: Soviet Union), "bank" (the West Bank), "center" / "centre" and "park" (a space centre; "Ray Park", an actor)
_OTHER_HEADS = frozenset({"treaty", "treaties", "act", "agreement", "accord", "accords", "pact", "protocol",
                          "charter", "guidelines", "doctrine", "amendment",
                          # a plan agreed or proposed ("Bali Roadmap" typed a person, rd56; "Marshall Plan")
                          "roadmap", "plan", "declaration"})
_ORG_HEADS = frozenset({"university", "college", "ministry", "department", "committee", "council", "agency",
                        "commission", "association", "institute", "foundation", "corporation", "corp", "inc", "ltd",
                        "llc", "co", "company", "bureau", "board", "authority", "federation", "league", "society",
                        "alliance", "coalition", "organization", "organisation", "party",
                        "nations"})  # ("United Nations", "League of Nations"; rd53: d128j's typed a place)
#: site heads safe after a person-shaped name too (no one's surname): "Three Gorges Dam", "Betty Ford Clinic"
_SITE_HEADS = frozenset({"airport", "dam", "clinic", "embassy", "stadium", "prison", "river", "sea", "ocean",
                         "strait", "peninsula", "glacier", "volcano", "reservoir", "canyon", "base", "airbase"})
#: site heads that end some people's names ("Picabo Street"): a place only when NER typed no person
_STREET_HEADS = frozenset({"street", "avenue", "boulevard", "square", "canal", "bridge", "airfield", "harbor",
                           "harbour", "plant"})
#: NER's types a head noun may correct (a name NER typed NORP, LAW ... stays as before: out of the table)
_HEAD_RETYPED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_HEAD_CONNECTORS = frozenset({"of", "for", "on", "de", "del", "des", "du",
                              "to"})  # a body named for its aim: "Committee to Protect Journalists" (ent58)
#: heads of a country's formal name after its people's word: "Russian Federation", "Czech Republic", "French
#: Republic" typed a place stay places, not bodies by "federation" (rd56: mn:0249's "the Russian Federation")
_COUNTRY_HEADS = frozenset({"federation", "republic", "kingdom", "emirates", "confederation", "commonwealth"})


def _head_noun(words: list[str]) -> str | None:
    """The head noun of a name of two or more words, lower case: the word before its first "of" / "for" / "on"
    ("Department of Fisheries and Oceans", "Gulf of Mexico"), else its last word ("Pacific Salmon Treaty");
    None for a one-word name or a head not capitalised ("Fisheries and oceans")."""
    if len(words) < 2:
        return None
    i = next((k for k, w in enumerate(words) if k and w.lower() in _HEAD_CONNECTORS), None)
    head = words[i - 1] if i is not None else words[-1]
    head = head.rstrip(".,")
    return head.lower() if head[:1].isupper() else None


#: Kind words that stand before a site's own name, as "Mount" does ("HM Prison Leyhill", "Fort Hood", "Lake Tahoe"):
#: no given name in English.
SITE_FIRST_WORDS = frozenset({"Prison", "Fort", "Ft.", "Lake"})


def fix63_site_first(label: str, words: list[str]) -> bool:
    """Is the name ``words``, typed ``label`` by NER, a site named after its kind word (:data:`SITE_FIRST_WORDS`,
    "Prison Leyhill" typed a person; D0611B, read62)? As "Mount Adams": a person's type, or any type that is not a
    place for a two-word name (not "Lake Forest College", a college named for one)."""
    return words[0] in SITE_FIRST_WORDS and label not in PLACE_LABELS and (label == "PERSON" or len(words) == 2)


def _kind_by_head(label: str, words: list[str]) -> str | None:
    """The type a name's head noun says when NER's label disagrees (:data:`_OTHER_HEADS`, :data:`_ORG_HEADS`,
    :data:`_SITE_HEADS`, :data:`PLACE_HEAD_WORDS`, :data:`_STREET_HEADS`, "Mount X" and "Prison X"
    (:func:`fix63_site_first`)), or None; only for the types the table shows typed (:data:`_HEAD_RETYPED`). A name
    NER typed a person keeps its type when the head could end a surname ("Picabo Street", "Kevin Bay"; "Ray Park"
    is no site head at all)."""
    if label not in _HEAD_RETYPED or len(words) < 2:
        return None
    if words[0] in ("Mount", "Mt", "Mt.") and label not in PLACE_LABELS and (label == "PERSON" or len(words) == 2):
        return "LOC"  # "Mount Adams" typed a person; not "Mount Sinai Medical School", a school named for one
    if fix63_site_first(label, words):
        return "LOC"  # "Prison Leyhill" (HM Prison Leyhill), "Fort Hood" typed a person
    head = _head_noun(words)
    if head is None:
        return None
    if (head in _COUNTRY_HEADS and label in PLACE_LABELS and len(words) == 2
            and (words[0].lower() in country_words() or known_place(words[0]))):
        return None  # "the Russian Federation" typed GPE: a country's formal name, no federation of bodies
    if head in _OTHER_HEADS:
        return "OTHER"
    if head in _ORG_HEADS:
        return "ORG" if label != "ORG" else None
    if head in _SITE_HEADS or (head in PLACE_HEAD_WORDS | _STREET_HEADS and label != "PERSON"):
        return "LOC" if label not in PLACE_LABELS else None
    return None


def _body_firsts(groups: dict[str, _Group]) -> frozenset[str]:
    """The first word (comparison key) of every name NER typed an organization that closes with a legal form
    (:data:`_LEGAL_FORMS`) and has one word before it: "pfizer" from "Pfizer Inc."."""
    return frozenset(k.split()[0] for k, g in groups.items()
                     if len(k.split()) == 2 and k.split()[-1] in _LEGAL_FORMS and g.labels.get("ORG"))


#: a model number after a maker's name: a word mixing digits and capitals ("Nvidia 9600M GT", "Airbus A380",
#: "Galaxy S4"); not digits alone ("Channel 4")
_MODEL_NUMBER_RE = re.compile(r"(?=\w*\d)(?=\w*[A-Z])[A-Z0-9]{2,}\w*")


def _model_number(words: list[str]) -> bool:
    """Is a name of two or more words a product by its model number (:data:`_MODEL_NUMBER_RE`, after the
    first word)?"""
    return len(words) >= 2 and any(_MODEL_NUMBER_RE.fullmatch(w) for w in words[1:])


#: the label of a common word capitalised at sentences' starts ("Salmon are ...", "Solar power ..."): no name, so no
#: row of the entity table (not in SHOWN_LABELS; fourth entity round: the reader's "Salmon" row)
COMMON_NOUN = "NOUN"


def _reader_type(label: str, surface: str, mentions: list[Mention], full_person: bool,
                 lower_words: Counter | set[str] | frozenset[str],
                 places: dict[str, dict[str, bool]] | None = None, bodies: frozenset[str] = frozenset(),
                 longer: _LongerNames | None = None) -> str:
    """The type a reader sees, from evidence NER's vote misses (docs/analysis-labels.md, "Entity types as a
    reader sees them"): a name NER typed a person or an organization that stands as a wire dateline is a place
    ("HARARE, September 17 (Xinhua) --"); a one-word "person" listed with places is a place; and "OTHER" (shown
    without a type) for a name ending in a product word ("Hubble Space Telescope"), an "iPhone"-shaped name, a
    "person" with a digit ("Y2K"), and a short capitalised unit written after a number ("6MB"); a one-word name
    that is only ever capitalised at a sentence's start and written in lower case elsewhere ("Solar power ...",
    "Schizophrenia patients ...": a common word, not a name) is :data:`COMMON_NOUN`, no row. Second round ("Entity types, second round"): a
    flight by its number is an event ("EgyptAir Flight 990", "flight MH370"); a people beside its place is
    "OTHER" ("Czech" / "Czech Republic"); a place standing where a team stands is an organization ("a loss to
    Detroit"); a "person" or an organization with a version or a size is "OTHER" ("USB 2.0", "the 13-inch
    MacBook"); an organization standing where a town stands is a place ("Newton Street, Millom"); a party's name
    typed a person or a place is an organization ("Parti Quebecois", "the Golden Dawn party"); and a lead's
    first word in capitals is :data:`COMMON_NOUN` ("A FIRE has badly damaged ..."). Third round ("Entity rows, third
    round"): a language is "OTHER" ("the Klingon language"); a common noun capitalised at sentences' starts and
    written in lower case all through the story ("Salmon are ...") is :data:`COMMON_NOUN`. Fourth round ("Entity
    types, fourth round"): a name's head noun says its kind (:func:`_kind_by_head`: "Pacific Salmon Treaty" is
    "OTHER", "University of Sydney" an organization, "Three Gorges Dam" a place); a model number makes a product
    ("Nvidia 9600M GT"); a one-word "person" that opens a body's name closed by its legal form elsewhere in the
    story (``bodies``, :func:`_body_firsts`: "Pfizer" beside "Pfizer Inc.") is an organization. Fifth round ("Entity
    types, fifth round"): a name typed a person or an organization that a shipped gazetteer knows as a place and that
    the story never uses as a person's or a body's name is a place (:func:`_gazetteer_place`: "Concepción",
    "Talcahuano"; ``longer``, :func:`_longer_names`). ent53 ("Entity rows a reader calls junk"): a one-word name
    that reads as a medicine or a product ("taking Prozac", "Keurig machines") is "OTHER", or an organization when it
    also reads as its maker (:func:`_medicine_or_product`)."""
    words = surface.split()
    if len(words) >= 2 and words[-1].lower() in PRODUCT_HEAD_WORDS and label not in ("EVENT", "PERSON"):
        return "OTHER"
    if (by_head := _kind_by_head(label, words)) is not None:
        return by_head  # fourth round: "Pacific Salmon Treaty", "University of Sydney", "Three Gorges Dam"
    if len(words) == 1 and not full_person and _language(mentions):
        return "OTHER"  # "the Klingon language", "Klingon or Elvish"
    if label in ("PERSON", "GPE", "LOC", "FAC") and _party(words, mentions):
        return "ORG"
    if _gazetteer_place(label, surface, mentions, longer):
        return "GPE"  # fifth round: "Concepción" typed an organization, "Chiguayante" a person
    if _place_by_votes(label, surface, mentions, longer):
        return "GPE"  # "Crimea": NER's organization in 28 mentions, a place in 18, "in Crimea" (ent57)
    if len(words) == 1 and _is_acronym(surface) and _offence(mentions):
        return COMMON_NOUN  # "arrested on suspicion of DUI", "a previous DUI arrest": an offence, no body
    if len(words) == 1 and _is_acronym(surface) and _post_nominal(mentions):
        return COMMON_NOUN  # "Regina M. Benjamin, MD, a family physician": a degree's letters, no place or body
    if label in PLACE_LABELS and len(words) == 1 and _person_by_role(surface, mentions):
        return "PERSON"  # "said disaster agency official Fauzi", "Fauzi, an official of the agency, said"
    if len(words) == 1 and label != "EVENT" and _name_tail(surface, mentions, lower_words):
        return COMMON_NOUN  # "Secretary of State", "the Coalition for the Homeless": no name of its own
    if full_person or not mentions or label in ("EVENT", "NORP"):
        return label  # (a NORP name stays out of the table)
    if _flight(surface, mentions):
        return "EVENT"
    if label in ("PERSON", "ORG", "GPE", "LOC") and _people(surface, mentions, places or {}):
        return "OTHER"
    if label in ("GPE", "FAC") and len(words) <= 3 and _team(mentions):
        return "ORG"
    if label in ("PERSON", "ORG", "GPE") and len(words) == 1 and (medicine := _medicine_or_product(label, mentions)):
        return medicine  # "taking Prozac", "the antidepressant Zoloft", "Keurig machines" ... "Keurig's CEO"
    if label not in ("PERSON", "ORG"):
        return label
    if _product(mentions) or _model_number(words):
        return "OTHER"  # ("Nvidia 9600M GT": fourth round)
    if label == "PERSON" and len(words) == 1 and normalize(surface) in bodies:
        return "ORG"  # fourth round: "Pfizer" (typed a person) beside "Pfizer Inc." (typed ORG)
    if label == "ORG" and len(words) <= 3 and not _is_acronym(surface) and _town(mentions):
        return "GPE"
    if any(_dateline(m) for m in mentions) and _head_noun(words) not in _ORG_HEADS:
        return "GPE"  # (not a body's name: "UNITED NATIONS (AP) --" datelines the UN's seat; rd53, DUC 2003 d128j)
    if re.match(r"i[A-Z][a-z]", surface) or (label == "PERSON" and any(ch.isdigit() for ch in surface)):
        return "OTHER"
    if (len(surface) <= 3 and surface.isupper()
            and all(m.sent.text[max(0, m.start - 2) : m.start].strip()[-1:].isdigit() for m in mentions)):
        return "OTHER"
    if (len(words) == 1 and not _is_acronym(surface) and surface.lower() in lower_words
            and all(_at_start(m) for m in mentions)):
        return COMMON_NOUN  # (shown "other" until the fourth round; no row since)
    if len(words) == 1 and not _is_acronym(surface) and _common_noun(surface, mentions, lower_words):
        return COMMON_NOUN  # "Salmon are a cultural icon ...", "Salmon rely on ...", and "salmon" all through the story
    if (len(words) == 1 and len(surface) >= 3 and surface.isupper() and surface.lower() in lower_words
            and all(_at_start(m, article=True) for m in mentions)):
        return COMMON_NOUN  # a lead's first words in capitals: "A FIRE has badly damaged ...", "FIRE crews ..."
    if label == "PERSON" and len(words) <= 2 and _listed_with_places(mentions):
        return "GPE"
    return label


#: what stands before an offence's name: "on suspicion of DUI", "arrested for DWI", "charged with DUI"
_OFFENCE_BEFORE_RE = re.compile(r"\b(?:suspicion|investigation|allegations?|accused|convicted|guilty|charged|"
                                r"arrested|booked|cited|jailed|stopped)\s+(?:of|for|with|on)\s+(?:a\s+)?$",
                                re.IGNORECASE)
#: what stands after it: "a previous DUI arrest", "DUI charges", "his DUI conviction"
_OFFENCE_AFTER_RE = re.compile(r"\s+(?:arrests?|charges?|convictions?|offen[cs]es?|checkpoints?|suspicion)\b")


def _offence(mentions: list[Mention]) -> bool:
    """Is a name in capitals an offence's ("DUI": ECB+ T35, 28 mentions typed ORG, rd53): after an arrest's or a
    charge's words or before "arrest" / "charges" / "conviction" in half its mentions and two at least, never after
    "the", never speaking nor with a possessive (the ways the text treats a body: "the FBI said", "NASA's")?"""
    n = 0
    for m in mentions:
        text = m.sent.text
        if (_THE_BEFORE_RE.search(text[max(0, m.start - 5) : m.start]) or _SPEAKS_AFTER_RE.match(text, m.end)
                or text[m.end : m.end + 2] in ("'s", "’s")):
            return False
        n += bool(_OFFENCE_BEFORE_RE.search(text[max(0, m.start - 40) : m.start])
                  or _OFFENCE_AFTER_RE.match(text, m.end))
    return n >= 2 and 2 * n >= len(mentions)


#: person roles that name what a person does, right before a name ("agency official Fauzi") or in an appositive
#: after it ("Fauzi, an official of ..."); not the words that also name a place's kind or its people ("resident",
#: "villager", "man", "woman") nor parties ("Texas, a Republican stronghold")
_NAMING_ROLES = tuple(r for r in PERSON_ROLES if r not in {"resident", "villager", "man", "woman", "republican",
                                                           "democrat", "general", "source", "victim", "user"})
_ROLE_BEFORE_RE = re.compile(r"\b(?:" + "|".join(_NAMING_ROLES) + r")\s+$", re.IGNORECASE)
#: a relative "who" after a name: a person ("said Fauzi, who like many Indonesians uses a single name"); not a
#: pronoun anywhere after it, as :data:`_PERSON_AFTER_RE` reads: "had to Taser him" (ECB+ T21, a product NER typed a
#: place, was made a person by that in a first version)
_WHO_AFTER_RE = re.compile(r",?\s+who\b")
_ROLE_AFTER_RE = re.compile(r",\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:" + "|".join(_NAMING_ROLES) + r")\b(?!['’])")


#: what closes a post-nominal's letters after a person's name: a comma, a stop, a bracket, the sentence's end
_POST_NOMINAL_END_RE = re.compile(r"\s*(?:[,;.)]|$)")


def _post_nominal(mentions: list[Mention]) -> bool:
    """Are an acronym's mentions a degree's or an honour's letters after a person's name: right after a name NER
    typed a person and a comma, closed by a comma, a stop or the sentence's end ("Regina M. Benjamin, MD, MBA,
    is ...", "Jorge Alsip, MD, the Alabama medical society's ..."), in half its mentions and two at least? rd54
    read "MD" a place of 12 mentions (ECB+ T34: 11 of 12 so, the other "her MD degree"); Maryland's "Bethesda,
    Md." follows a town, not a person."""
    n = 0
    for m in mentions:
        text = m.sent.text
        if (text[max(0, m.start - 2) : m.start] == ", " and _POST_NOMINAL_END_RE.match(text, m.end)
                and any(o.label == "PERSON" and o.end == m.start - 2 for o in m.sent.mentions)):
            n += 1
    return n >= 2 and 2 * n >= len(mentions)


def _person_by_role(surface: str, mentions: list[Mention]) -> bool:
    """Is a one-word name NER typed a place a person by the words around it: a role right before it ("disaster
    agency official Fauzi"), an appositive role after it ("Fauzi, an official of ..."), or ", who" after it, in half
    its mentions and two at least, and standing where a place stands
    in none (:func:`_place_context`), a name the gazetteer does not know as a place? rd53 read "Fauzi" a place
    (ECB+ T37: 5 of 5 mentions so)."""
    if _is_acronym(surface) or known_place(surface) or any(_place_context(m) for m in mentions):
        return False
    n = sum(1 for m in mentions
            if _ROLE_BEFORE_RE.search(m.sent.text[max(0, m.start - 24) : m.start])
            or _ROLE_AFTER_RE.match(m.sent.text, m.end) or _WHO_AFTER_RE.match(m.sent.text, m.end))
    return n >= 2 and 2 * n >= len(mentions)


#: a capitalised word and "of" / "for the" before a one-word name: the name is the last word of a longer one (a
#: title "Secretary of State", a body "Coalition for the Homeless") NER cut
_NAME_HEAD_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?$")


def _name_tail(surface: str, mentions: list[Mention], lower_words: Counter | set[str] | frozenset[str]) -> bool:
    """Is a one-word name only ever the last word of a longer name NER cut: after a capitalised word and "of" /
    "for (the)" in every mention, and a common word (written in lower case elsewhere in the story) or after a
    person's title ("Secretary of State", "Minister of Health")? rd53 read "State" an organization (BASIL
    c21cb217: "an aide to Secretary of State Hillary Clinton", 3 of 3 mentions) and "Homeless" one (DUC 2003
    d117f: "the Coalition for the Homeless", 4 of 4). Not a place or a body's own name after "of" ("Bank of
    America", "University of Chicago": not common words, no title)."""
    if _is_acronym(surface) or not mentions:
        return False
    heads = []
    for m in mentions:
        head = _NAME_HEAD_BEFORE_RE.search(m.sent.text[max(0, m.start - 30) : m.start])
        if head is None:
            return False
        heads.append(head.group(1).lower())
    return surface.lower() in lower_words or all(h in TITLES for h in heads)


@dataclass(frozen=True)
class _LongerNames:
    """The names of a story a one-word or short name may be part of (fifth entity round): ``persons``, every name
    of two or more words NER typed a person, as " word word " (:func:`newsbrief.analyze.gazetteer.fold`-ed, spaced
    at both ends), but for spans no person's name is (a bracket, a digit, a division's or a place's noun closing it:
    NER's "Maule (III", "Bío Bío Regions"); ``bodies``, every name of two or more words NER typed an organization, the same way;
    ``divisions``, the words before the last of every name NER typed a place that closes with an administrative
    division's noun (:data:`_DIVISION_WORDS`: "Maule Region", "Bío Bío Region" -> " maule ", " bio bio ")."""

    persons: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    divisions: frozenset[str] = frozenset()


#: the last word of an administrative division's name: "Maule Region", "Hubei Province", "Cook County"
_DIVISION_WORDS = frozenset({"region", "province", "county", "district", "prefecture", "governorate", "oblast",
                             "department", "municipality", "commune", "state"})


def _longer_names(sents: list[Sent]) -> _LongerNames:
    """:class:`_LongerNames` of ``sents``."""
    persons, bodies, divisions = set(), set(), set()
    for s in sents:
        for m in s.mentions:
            if m.label in ("PERSON", "ORG") or m.label in PLACE_LABELS:
                words = fold(clean_surface(m.text)).split()
                if len(words) < 2:
                    continue
                if m.label in PLACE_LABELS:
                    if words[-1] in _DIVISION_WORDS:
                        divisions.add(f" {' '.join(words[:-1])} ")
                elif m.label == "ORG":
                    bodies.add(f" {' '.join(words)} ")
                elif all(w.replace("'", "").replace("-", "").replace(".", "").isalpha() for w in words) and not (
                        words[-1].rstrip("s") in _DIVISION_WORDS | PLACE_HEAD_WORDS):
                    persons.add(f" {' '.join(words)} ")  # (not NER's "Maule (III", "Bío Bío Regions")
    return _LongerNames(frozenset(persons), frozenset(bodies), frozenset(divisions))


#: a title or honorific right before a name: "President Obama", "Mr. Jackson", "Gov. Warren" (:data:`TITLES`)
_TITLE_BEFORE_RE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
#: a person's pronoun or a relative "who" after a name, in the few words before the clause's end: "Florence, who
#: ...", "Jackson said he ..."; "Jackson's wife"
_PERSON_AFTER_RE = re.compile(r"(?:,?\s+who\b|['’]s\s+(?:wife|husband|son|daughter|mother|father|brother|sister|"
                              r"family|widow|lawyer|attorney)\b|[^.;:!?\"“”]{0,40}?\b(?:he|she|his|her|him)\b)",
                              re.IGNORECASE)


def _gazetteer_place(label: str, surface: str, mentions: list[Mention], longer: _LongerNames | None) -> bool:
    """Is a name NER typed a person or an organization a place by the shipped gazetteer (fifth entity round,
    :func:`newsbrief.analyze.gazetteer.known_place`: "Concepción", "Talcahuano", "Chiguayante") that the story never
    uses as a person's or a body's name? Never when a mention has a title or honorific before it ("President
    Obama"), a person's pronoun, "who" or a kin noun after it ("Jackson said he"), or speaks ("Xinhua said"); when
    the name is part of a longer name typed a person ("Paris" of "Paris Hilton", "Jackson" of "Michael Jackson")
    or opens a longer name typed an organization ("Chicago" of "Chicago Tribune"); or when it stands where a team
    stands ("a loss to Detroit"). A known place must also stand where a place stands in one of its mentions at
    least (:func:`_place_context`). Without ``longer`` (no story) or the gazetteer (package absent): False, but for
    a name the story also writes as a division typed a place, which needs no gazetteer and no place context
    ("Bío Bío" beside "Bío Bío Region", "Maule" beside "Maule Region": ``longer.divisions``)."""
    if longer is None or label not in ("PERSON", "ORG") or not mentions or _is_acronym(surface):
        return False
    key = f" {fold(surface)} "
    division = key in longer.divisions
    if not division and not known_place(surface):
        return False
    if _named_as_person_or_body(key, mentions, longer):
        return False
    return not _team(mentions) and (division or any(_place_context(m) for m in mentions))


def _named_as_person_or_body(key: str, mentions: list[Mention], longer: _LongerNames) -> bool:
    """Does the story use a name (``key``, :func:`newsbrief.analyze.gazetteer.fold`-ed and spaced at both ends) as
    a person's or a body's (:func:`_gazetteer_place`'s guards): part of a longer name typed a person, the opening of
    a longer name typed an organization, a title or honorific before a mention, a speech verb, a person's pronoun,
    "who" or a kin noun after one? A pronoun after ", where" is the clause's, not the name's ("head to Kiev where he
    will meet": ent57)."""
    if any(key in p and p != key for p in longer.persons):
        return True  # "Paris" of "Paris Hilton", "Jackson" of "Michael Jackson"
    if any(b.startswith(key) and b != key for b in longer.bodies):
        return True  # "Chicago" of "Chicago Tribune"
    return any(_as_person(m) for m in mentions)


def _as_person(m: Mention) -> bool:
    """Does a mention stand as a person's or a speaker's: a title or honorific before it ("President Obama", "Mr.
    Jackson"), a speech verb, a person's pronoun, "who" or a kin noun after it ("Jackson said", "Florence, who",
    "Jackson's wife", "... he"; not after ", where")?"""
    text = m.sent.text
    title = _TITLE_BEFORE_RE.search(text[max(0, m.start - 24) : m.start])
    if title and title.group(1).lower() in TITLES:
        return True
    return bool(_SPEAKS_AFTER_RE.match(text, m.end)
                or (_PERSON_AFTER_RE.match(text, m.end) and not _WHERE_AFTER_RE.match(text, m.end)))


#: a place's relative clause after a name: "head to Kiev where he will meet", "Crimea, where Russian troops ..."
_WHERE_AFTER_RE = re.compile(r",?\s+where\b")


def _place_by_votes(label: str, surface: str, mentions: list[Mention], longer: _LongerNames | None) -> bool:
    """Is a name the mentions' vote made an organization a place: NER typed a third of its mentions (two at least)
    a place ("GPE" / "LOC"), two of its mentions stand where a place stands (:func:`_place_context`: "in Crimea",
    "the Black Sea peninsula of Crimea"), more than stand as a person's (:func:`_as_person`), and it is no part of
    a longer name typed a person? NER typed "Crimea" an organization in 28 of its 46 mentions and a place in
    18 (stop 56's reading, Multi-News 0249; ent57). Not an acronym nor a name a body's head noun closes ("EU", "the
    European Union"), nor a team ("a loss to Detroit")."""
    if label != "ORG" or longer is None or len(mentions) < 2 or _is_acronym(surface):
        return False
    words = surface.split()
    if len(words) > 3 or _head_noun(words) in _ORG_HEADS:
        return False
    placed = sum(1 for m in mentions if m.label in ("GPE", "LOC"))
    if placed < 2 or 3 * placed < len(mentions):
        return False
    context = sum(1 for m in mentions if _place_context(m))
    if context < 2 or _team(mentions):
        return False
    key = f" {fold(surface)} "
    if any(key in p and p != key for p in longer.persons):
        return False  # "Paris" of "Paris Hilton"
    return sum(1 for m in mentions if _as_person(m)) < context  # (one "... allow him" among 46 mentions is
    # another's pronoun; a longer body's name is not asked: page debris "Crimea 10:33" is typed ORG)


#: more nouns of places before "of" than :data:`_PLACE_BEFORE_RE` holds: "the Indian Ocean island of Mayotte"
_PLACE_OF_RE = re.compile(r"\b(?:island|islands|state|country|territory|county|district|commune|municipality|"
                          r"suburb|neighbou?rhood|area|prefecture|governorate|department) of\s+$", re.IGNORECASE)
#: "a Napa-based consulting business": what is based somewhere is based in a place
_BASED_AFTER_RE = re.compile(r"-based\b")


def _place_context(m: Mention) -> bool:
    """Does ``m`` stand where a place stands: after "in" / "near" / "north of" / "the city of" / "the island of" ...
    (:data:`_PLACE_BEFORE_RE`, :data:`_PLACE_OF_RE`), after an address or "the towns of" (:data:`_TOWN_BEFORE_RE`)
    or after a person's name and "of" ("William Kiefer of Katy"),
    before "river" / "region" / "city" ... (:data:`_PLACE_AFTER_RE`), "-based" or ", <a place>", in a list holding a
    place NER typed so, or as a dateline? NER's type and the gazetteer disagree; the sentence decides ("In
    Chiguayante, firefighters ..."; not "serve cake to Mary", "a Bradley fighting vehicle", "Kobe beef")."""
    text = m.sent.text
    before = text[max(0, m.start - 24) : m.start]
    return bool(_PLACE_BEFORE_RE.search(before) or _PLACE_OF_RE.search(before) or _PLACE_AFTER_RE.match(text, m.end)
                or _FROM_PLACE_RE.search(before)
                or _TOWN_BEFORE_RE.search(text[max(0, m.start - 30) : m.start])
                or _BASED_AFTER_RE.match(text, m.end) or _comma_place(m) or _in_place_list(m) or _dateline(m)
                or any(o.label == "PERSON" and text[o.end : m.start] == " of " for o in m.sent.mentions))


def _title_free(s: str) -> bool:
    return s.split()[0].lower().rstrip(".") not in TITLES and not _leading_ranks(s)


def _strip_titles(s: str) -> str:
    """A person's name as shown: without the titles and ranks before it ("Representative Eric Swalwell" -> "Eric
    Swalwell", "Trooper William Hakim" -> "William Hakim"; :func:`_leading_ranks`)."""
    words = s.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words[_leading_ranks(" ".join(words)):])


#: a rank's abbreviation closing a body's span, its dot and a person's name after it: "Oregon State Police |Lt|.
#: Gregg Hastings", "Philadelphia Homicide |Capt|. James Clark", "|Cpl|. Janice Leader" (typed ORG; ent55)
_RANK_CLOSE_RE = re.compile(r"(?:^|\s)([A-Z][a-z]{1,3})\.?$")
_RANK_ABBREVIATIONS = frozenset({"lt", "capt", "cpl", "sgt", "det", "gen", "col", "maj", "adm", "sen", "rep", "gov",
                                 "rev", "pvt", "cmdr", "cdr", "insp", "supt", "atty", "asst", "dr", "prof", "spc"})
_NAME_AFTER_RE = re.compile(r"\.?\s+[A-Z][a-z]")


def _without_closing_rank(m: Mention, surface: str) -> str:
    """``surface`` (a mention not typed a person) without a rank's abbreviation (:data:`_RANK_ABBREVIATIONS`)
    closing it that a dot and a capitalised word follow in the text; "" when the rank is all of it. A rank written
    in full ("Surgeon General Regina Benjamin") is a title, no abbreviation, and stays."""
    r = _RANK_CLOSE_RE.search(surface)
    if r is None or r.group(1).lower() not in _RANK_ABBREVIATIONS:
        return surface
    if not (m.text.rstrip().endswith(".") or m.sent.text[m.end : m.end + 1] == "."):
        return surface
    if not _NAME_AFTER_RE.match(m.sent.text, m.end):
        return surface
    return re.sub(r"(?:\s+(?:and|&|of|for))+$", "", surface[: r.start(1)].strip())  # "the Oregon State Police and
    # |Capt|. Tom Tennant": "Oregon State Police"


def shown(entities: list[Entity]) -> list[Entity]:
    """Entities worth listing: people, organizations, places, events, and names shown without a type
    ("OTHER")."""
    return [e for e in entities if e.label in SHOWN_LABELS]
