"""Heuristic data for the cross-source view: cue words and patterns.

Kept apart from the code that uses them (house rule 7), so tuning changes
data, not control flow. Everything is lowercase unless noted.
"""

from __future__ import annotations

import re

from ._speech_lexicon import SPEECH_FORMS

# --- entities ----------------------------------------------------------------

#: spaCy labels kept as entities (people, organizations, places, events).
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP"})
#: Labels shown in the entity table (NORP is used to spot demonyms in figures). "OTHER" is a name shown without a
#: type: a product, a unit, a common word capitalised at a sentence's start, which NER typed a person or an
#: organization (docs/analysis-labels.md, "Entity types as a reader sees them").
SHOWN_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "OTHER"})
#: Last words of a product's or an instrument's name ("Hubble Space Telescope", "Knowledge Graph", "Google
#: Search"): shown as "other" whatever NER typed it.
PRODUCT_HEAD_WORDS = frozenset({"telescope", "spectrograph", "app", "engine", "graph", "search", "browser",
                                "phone", "console", "processor", "rover"})
#: Last words that make a name a place whatever NER typed it ("KwaZulu-Natal Province" tagged ORG).
PLACE_HEAD_WORDS = frozenset({"province", "county", "region", "district", "prefecture", "island", "islands",
                              "river", "bay", "valley", "peninsula", "strait", "mountains", "sea", "ocean",
                              "gulf", "lake", "desert", "coast"})
#: Last words of an event's name ("April Fools' Day", "the Boston Marathon", "the Gulf
#: War", "the Super Bowl"): the small NER model types them as people or organizations.
EVENT_HEAD_WORDS = frozenset({"day", "eve", "olympics", "cup", "bowl", "summit", "festival", "marathon",
                              "awards", "championship", "championships", "war"})
#: The AP's abbreviations of US states (comparison keys, dots dropped) and the state each names: "Calif." is
#: California. "Wash." is left out (it would merge Washington state into the capital's "Washington"); the
#: two-letter ones count only written with dots ("N.Y.", not "NY").
US_STATE_ABBREVIATIONS = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois", "ind": "indiana",
    "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland", "mass": "massachusetts",
    "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri", "mont": "montana",
    "neb": "nebraska", "nev": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico",
    "ny": "new york", "nc": "north carolina", "nd": "north dakota", "okla": "oklahoma", "ore": "oregon",
    "pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee",
    "vt": "vermont", "va": "virginia", "wva": "west virginia", "wis": "wisconsin", "wyo": "wyoming",
}
#: US states as AP style writes them after a city ("Richland, Wash.", "Austin, Tex.") beside the ones in
#: :data:`US_STATE_ABBREVIATIONS`, which lacks these (third entity round: "Wash" was a row apart from "Washington")
_MORE_STATE_ABBREVIATIONS = {"wash": "washington", "tex": "texas", "kans": "kansas", "nebr": "nebraska",
                             "oreg": "oregon", "wisc": "wisconsin", "penn": "pennsylvania"}
#: Every state abbreviation the entity rows and the speaker rules read ("Kan.", "Wash.": never a person's name).
STATE_ABBREVIATIONS = {**US_STATE_ABBREVIATIONS, **_MORE_STATE_ABBREVIATIONS}
#: Place-like labels: merged with each other, never with people.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Name particles stripped before comparing surnames ("al-Sarraj" ~ "Sarraj").
NAME_PARTICLES = frozenset({"al", "el", "as", "ash", "ad", "ar", "an", "az", "at", "ibn", "bin", "abu",
                            "van", "von", "de", "der", "da", "di", "du", "la", "le", "del", "dos"})
#: Titles and honorifics that spaCy sometimes keeps inside a PERSON span.
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "gen", "general", "col", "colonel",
    "maj", "major", "capt", "captain", "lt", "sgt", "adm", "admiral", "marshal", "field", "president", "pres",
    "prime", "minister", "chancellor", "king", "queen", "prince", "princess", "sheikh", "sen", "senator", "rep",
    "gov", "governor", "mayor", "judge", "justice", "pope", "rev", "father", "ayatollah", "imam", "commander",
    "chief", "secretary", "foreign", "defence", "defense", "interior", "strongman", "leader", "warlord",
    "vice", "deputy", "ambassador", "envoy", "spokesman", "spokeswoman", "premier", "emir", "crown",
})
#: Leading words dropped from entity spans ("the GNA", "• FILE PHOTO").
LEADING_NOISE = frozenset({"the", "a", "an", "•", "·"})
#: Words in ORG names ignored when forming initials ("Government of National Accord" -> GNA).
INITIALS_SKIP = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "et", "in", "on", "&"})
#: Surface forms never taken as entities (spaCy false positives on news pages).
ENTITY_BLOCKLIST = frozenset({"file photo", "photo", "advertisement", "twitter", "instagram", "facebook",
                              "image copyright", "image caption", "media caption", "getty", "reuters photo",
                              "optional material follows", "end optional material", "rate", "astronauts",
                              # time zones of a page's time stamp ("05. 51AM IST"), typed as organizations
                              "ist", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet",
                              "cest", "bst", "jst", "aest"})

# --- quotes --------------------------------------------------------------------

#: Words of a page's share bar ("Facebook Twitter Pinterest" before a Guardian photo caption): a name made only of
#: these is the bar, never a person, whatever NER typed it (Multi-News 0098 credited "he said" to "Twitter Pinterest").
SHARE_BAR_WORDS = frozenset({"facebook", "twitter", "pinterest", "instagram", "linkedin", "whatsapp", "reddit",
                             "tumblr", "youtube", "snapchat", "tiktok", "messenger", "email", "e-mail", "share",
                             "print", "comments"})

#: Speech verbs that attribute a quote ("said", "told", "quoted as saying"), as they are read in text and by the
#: parse checks: the forms the labelled quotes proved, each a form of a lemma of VerbNet 3.4's verbs of
#: communication or of the news supplement (:mod:`newsbrief.analyze._speech_lexicon`, spk84, which also gives the
#: passives; its further forms were measured and left out).
SPEECH_VERBS = SPEECH_FORMS
#: Nouns of a speech act: the quote after 'offered a mea culpa:' is that act's words (spk116); a weekday after one
#: ("Mr. Perry's statement on Tuesday") dates an act already made (timeline, tl54).
SPEECH_ACT_NOUNS = ("mea culpa", "apology", "warning", "statement", "message", "reply", "response", "explanation",
                    "assessment", "prediction", "plea", "promise", "vow", "admission", "confession", "rebuttal",
                    "retort", "reminder", "defense", "defence", "answer", "comment", "remark", "verdict")
#: Third-person pronouns resolved to the current speaker ("...," he said).
PRONOUNS = frozenset({"he", "she"})
#: Entity labels that can speak (a place does not: "Egypt's news agency said" is the agency; only a state that is
#: itself the speech verb's subject speaks for its government, "North Korea said": quotes._speech_subject).
SPEAKER_LABELS = frozenset({"PERSON", "ORG"})
#: Shortest direct quote kept, in words (shorter ones are scare quotes: "run away").
MIN_QUOTE_WORDS = 4
#: Quote marks that only open a quote, and those that close one ("»" also
#: opens one in some styles); a straight '"' does either, by turn.
OPENING_QUOTES = "“„«"
CLOSING_QUOTES = "”»"
#: The ``...'' quotes of wire copy, read as the curly marks they stand for.
WIRE_QUOTES = {"``": "“", "''": "”"}
#: Square-bracket editorial insertions ("The draft [agreement] ignores").
BRACKET_RE = re.compile(r"\[[^\]]{0,60}\]")
#: Role nouns of nominal speakers when no name is given ("the president said",
#: "a neighbor added"): people, whom "he"/"she" can refer to ...
PERSON_ROLES = (
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "official", "chancellor", "premier",
    "leader", "general", "commander", "source", "diplomat", "ambassador", "envoy", "chief", "director",
    "secretary", "mayor", "governor", "witness", "resident", "expert", "analyst", "pilot", "neighbor",
    "neighbour", "survivor", "relative", "lawyer", "attorney", "prosecutor", "judge", "senator", "republican",
    "democrat", "firefighter", "officer", "researcher", "scientist", "professor", "doctor", "matron",
    "reporter", "correspondent", "journalist", "student", "teacher", "activist", "villager", "farmer", "soldier",
    "nurse", "engineer", "economist", "historian", "strategist", "manager", "owner", "worker", "driver",
    "veteran", "victim", "mother", "father", "coach", "player", "worshipper", "passenger", "eyewitness",
    "publicist", "representative",
    "pastor", "priest", "rabbi", "imam", "bishop", "cleric", "aide", "adviser", "advisor", "critic", "supporter",
    "lawmaker", "legislator", "pollster", "consultant", "executive", "founder",
    "scholar",  # 'The scholars say that it is true that "..."'
    # 'The landlord, who did not want his name used, said, "..."': the landlord, never the neighbor introduced in the
    # paragraph before (spk149, blind-speakers97)
    "landlord", "landlady",
    # '"...," said the cardinal, who is chairman of the bishops' Committee': the cardinal named before, not the
    # body in the relative clause
    "cardinal", "archbishop", "anchor", "columnist",
    "pope", "pontiff",  # 'the pope preached that modern society "..."': the pope named before
    # 'a former suite mate wrote "..."': someone the text does not name
    "mate", "roommate", "classmate", "teammate",
    "rep",  # "her rep confirms to PEOPLE": a celebrity's representative
    "insider",
    # '"He said Tim would sleep ..." ..., the detective wrote in the affidavit': an investigator the text does not
    # name, not the person the quote is about
    "detective",
    "confidant", "confidante",  # '"...," predicted one Pelosi confidante': someone close to a person, unnamed
    # someone the text does not name ('Another man, not seen on camera, then tells X, "..."'; 'A young man ...
    # approached the congressman on a sidewalk, saying: "..."')
    "man", "woman",
    # parties to a suit ('Bushmaster and the other defendants' conduct, the plaintiffs say, was a "substantial
    # factor ..."': the plaintiffs, not the company the sentence opens with; spk42, blind-speakers32)
    "plaintiff",
    # '"He had so much on the go," says a producer who worked with him': someone the text does not name, not the
    # person the sentence before names (spk44, blind-speakers34)
    "producer", "user",
    # '"...," the House speaker said Tuesday': the person who holds the chair, not the body whose name modifies the
    # role (BASIL f688c56d showed "— House"; stop 47)
    "speaker",
    # '"...," the king said in his statement' after 'King Norodom Sihanouk announced': the monarch the text titled
    # so, not the person named in the sentence before (spk70, blind-speakers70)
    "king", "queen", "monarch",
)
#: Kin and friends, who speak when a name's possessive introduces them ("Paul Conroy's wife said"); not roles a
#: pronoun or a bare "her daughter" stands for (the daughter a mother speaks about is not who "she said" means).
KIN_ROLES = (
    "wife", "husband", "son", "daughter", "brother", "sister", "widow", "widower", "grandmother", "grandfather",
    "uncle", "aunt", "cousin", "friend", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé",
)
#: ... and bodies, documents and groups ("the ministers said in a joint statement", "the declaration said"; a
#: person role in the plural, "the experts said", is a group too).
BODY_ROLES = (
    "ministers", "officials", "statement", "ministry", "government", "police", "agency", "sources", "residents",
    "company", "airline", "report", "letter", "complaint", "network", "newspaper", "army", "military",
    "department", "college", "university", "forces", "union", "council", "committee", "board", "court", "family",
    "declaration", "study", "survey", "communique", "communiqué", "resolution", "document", "release", "memo",
    "website", "editorial", "ruling", "indictment", "petition", "lawsuit", "affidavit", "sheet",
    "article", "commentary", "column", "appeal",  # '"...," says the article, titled "..."' (a newspaper's words)
    "team",  # "The team says ... probably outweighed the risk. "...," they wrote": a group, whom "they" means
    # documents of courts, police and offices ('"...," the warrant states': the warrant, not the person it names;
    # a person's own messages, "a follow-up tweet", are not listed: they are that person's words)
    "warrant", "filing", "motion", "transcript", "subpoena", "bulletin", "advisory", "notice", "proposal", "bill",
    "draft", "manifesto",
    # a memo's long form ('The memorandum said the judges were "engaged throughout ..."': the document, not the
    # agency the sentence before names; spk45, blind-speakers35)
    "memorandum",
    # plural documents, the head of a compound whose modifier is a body ('"...," the court papers said': the
    # papers, not "the court")
    "papers", "documents", "records", "filings",
    "site",  # '"...," the site says' (a web site's words, like "the website")
    "administration", "guide",  # 'the administration plans to issue a statement'; '"...," the guide says'
    "association",  # '"...," the association said in a statement': the body, never a person named before
    "campaign",  # "X's campaign issued a statement saying ...": the campaign speaks
    "post",  # 'a post accompanying the video provides the following commentary: "..."' (a blog's or forum's post)
    # and in the plural ('The social media posts read, "..."', the posts of a body named sentences before; "the
    # tweets read"): the posts speak, not the person the sentence before names
    "posts", "tweets",
    "magazine", "journal", "tabloid",  # '"...!" said a UK magazine' (a publication, like "newspaper")
    # a document named by what it is of another ('But the original called for X to "..." It said ...'; "the final
    # version"): the document speaks, not the person quoted before
    "original", "version",
    "suit",  # 'the new suit alleges that the car "..."' (a lawsuit, like "lawsuit")
    # the office that speaks for a body ('"...," wrote the city's press office in an email': the office, never the
    # officer quoted before; spk149, blind-speakers96; a bare "office" would read "the UN Office for ..." short)
    "press office",
)
#: (no "a" among the modifiers: "the conference produced a Statement" is two; an abbreviation is one: "The U.S.
#: researchers said")
NOMINAL_SPEAKER_RE = re.compile(
    r"\b(?:the|a|an|one|another|his|her|their|my|our)\s+((?:(?!(?:a|an)\s)(?:[a-z0-9\-'’]+|(?:[a-z]\.){2,})\s+){0,4}(?:(?:"
    + "|".join(PERSON_ROLES)
    + r")s?|" + "|".join(BODY_ROLES) + r"))\b"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+(?:[A-Z][\w\-]+|\d{4}(?![\w,.]\d))){0,3})?",
    re.I,
)

#: Past forms with no "-ed" of verbs that attribute a quote in an attribution clause read by its position
#: ('"...," X shot back.', '"...," spat the coach': quotes._clause_verb_after); "-ed" and "-s" forms are read by
#: their ending.
IRREGULAR_CLAUSE_VERBS = frozenset({"shot", "spat", "sang", "spoke", "wrote", "swore", "began", "went", "bit",
                                    "put", "struck"})
#: Auxiliaries and copulas that end like a verb form ("was", "has", "does") but never attribute a quote.
NOT_CLAUSE_VERBS = frozenset({"was", "is", "has", "does", "gets", "goes", "seems", "becomes", "remains", "needs",
                              "means", "includes", "included", "happened", "happens", "followed",
                              "follows", "based", "titled", "entitled", "called", "named", "dubbed", "used",
                              "featured", "features", "aired", "airs", "released", "published", "printed",
                              "posted", "captioned", "subtitled", "translated", "adapted", "updated", "signed",
                              "ended", "ends", "started", "starts", "opened", "opens", "closed", "closes"})
#: Particles right after an attribution clause's verb ('"...," X shot back', '"...," X chimed in').
CLAUSE_PARTICLES = ("back", "out", "up", "in", "on", "off", "along", "away", "aloud", "again", "too")
#: Heads of a time phrase, never a speaker, as the subject of a clause after a quote ('"...," that night ended').
TIME_HEADS = frozenset({"day", "days", "night", "nights", "morning", "afternoon", "evening", "week", "weeks",
                        "weekend", "month", "months", "year", "years", "time", "times", "moment", "hour", "hours",
                        "minute", "minutes", "season", "decade", "century", "era", "date", "today", "tonight"})

# --- figures -------------------------------------------------------------------

#: What a number counts, by the event word near it. Keys are categories.
FIGURE_EVENTS: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "killing", "kill", "kills", "dead", "died", "die", "dies", "deaths", "death", "fatalities",
               "perished", "lives", "massacred", "executed", "casualties", "toll"),
    "injured": ("injured", "injuring", "wounded", "wounding", "hurt", "injuries", "hospitalized", "hospitalised",
                "stabbed"),
    "displaced": ("displaced", "displacing", "homeless", "fled", "flee", "fleeing", "refugees", "evacuated",
                  "uprooted", "evacuees"),
    "missing": ("missing", "unaccounted"),
    "arrested": ("arrested", "detained", "jailed", "captured", "held", "imprisoned", "arrests", "detentions",
                 "custody"),
    "rescued": ("rescued", "saved", "survivors", "survived"),
    "on board": ("aboard", "board", "carrying", "onboard"),
    "deployed": ("deployed", "deploy", "troops", "soldiers"),
}
#: Nouns that count people; normalized to "people" so "146,000 Libyans" and
#: "tens of thousands of people" are the same quantity.
PEOPLE_NOUNS = frozenset({
    "people", "persons", "person", "individuals", "residents", "inhabitants", "citizens", "villagers",
    "men", "women", "children", "victims", "others", "humans", "population",
})
#: Words allowed between a figure and its counted noun.
FIGURE_NOUN_SKIP = frozenset({"of", "more", "other", "the", "whom", "innocent", "additional", "foreign", "local",
                              "armed", "young", "new"})
#: Time units: a number before them is a duration, not a count.
DURATION_UNITS = {"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
                  "month": "months", "year": "years", "decade": "decades", "century": "centuries"}
#: Money: words after a number ("16 million dollars") and symbols before it ("$16 million").
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
                  "pounds": "GBP", "yen": "JPY", "yuan": "CNY", "rupees": "INR", "francs": "CHF"}
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD", "a$": "AUD",
                    # the other order, as Australian and New Zealand outlets write it ("$US1 million ($1.52 million)")
                    "$us": "USD", "$a": "AUD", "au$": "AUD", "nz$": "NZD", "$nz": "NZD", "hk$": "HKD", "s$": "SGD",
                    # AP Worldstream's abbreviation, written before the amount ("a dlrs 22.6 billion loan", "200 rand
                    # (dlrs 35)"; fig19: read as a count of "loan" or of "dlrs")
                    "dlrs": "USD"}
#: Units of measure and the one spelling they are compared under (a number
#: before them is a measurement; "pounds" are money: :data:`CURRENCY_WORDS`;
#: "m" is metres only where it cannot be millions: "40 m²").
MEASURE_UNITS = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "miles", "mile": "miles", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "m": "m",
    "feet": "ft", "foot": "ft", "ft": "ft", "cm": "cm", "mm": "mm", "kg": "kg", "kilograms": "kg", "kilogram": "kg",
    "tons": "tons", "tonnes": "tonnes", "lbs": "lbs", "mph": "mph", "knots": "knots", "acres": "acres",
    "hectares": "hectares", "square": "square", "degrees": "degrees", "inches": "inches", "inch": "inches",
    "yards": "yards", "yard": "yards", "gallons": "gallons", "litres": "litres", "liters": "litres",
    "barrels": "barrels", "mw": "MW", "kw": "kW",
}
#: One value written twice in one sentence, in two units or currencies or as a share ("$US1 million ($1.52
#: million)", "5 miles (8 km)", "100 pounds (45 kg)", "€10m (£8.5m)", "1.5 million people, or 15 percent"): the
#: second is a restatement of the first, never a value of its own. What may stand between the two, by form: a parenthesis
#: opening right after the first (perhaps with a word of :data:`CONVERSION_OPENERS`) and closing right after the
#: second (perhaps after a word of :data:`CONVERSION_TAILS`), or a link word of :data:`RESTATEMENT_LINKS` after a
#: comma or dash.
CONVERSION_OPENERS = ("or", "or about", "equivalent to", "the equivalent of", "approx.", "approx", "c.", "ca.")
#: Words that may end a conversion's parenthesis after its unit ("(£8.5m at current exchange rates)").
CONVERSION_TAILS = ("at current exchange rates", "at current exchange rate", "at the current exchange rate",
                    "at current rates", "at today's exchange rates", "at today's rates", "at today's rate",
                    "at the time", "at the time's exchange rate", "approx.", "approximately")
#: Link words of a restatement in the same clause ("1.5 million people, or 15 percent of the population",
#: "£8.5m, or $10m").
RESTATEMENT_LINKS = ("or", "or about", "or roughly", "or nearly", "or almost", "or some", "i.e.", "that is",
                     "equivalent to", "the equivalent of")
#: Units of :data:`MEASURE_UNITS` by what they measure and their size in one unit of it (metres, kilograms,
#: square metres, litres, metres a second): a figure in parentheses after another of the same dimension is its
#: conversion when their values stand in about the ratio of their units ("5 miles (8 km)"), else another value
#: ("5 miles (20 km)"). A conversion is as precise as the figure it converts: "5,900 m (19,350 ft)" and "5,900
#: metres (19,356 feet)" are one height.
UNIT_SIZES = {
    "km": ("length", 1000.0), "miles": ("length", 1609.344), "m": ("length", 1.0), "ft": ("length", 0.3048),
    "cm": ("length", 0.01), "mm": ("length", 0.001), "inches": ("length", 0.0254), "yards": ("length", 0.9144),
    "kg": ("mass", 1.0), "lbs": ("mass", 0.45359237), "tons": ("mass", 907.18474), "tonnes": ("mass", 1000.0),
    "acres": ("area", 4046.8564), "hectares": ("area", 10000.0), "km²": ("area", 1e6), "miles²": ("area", 2589988.1),
    "m²": ("area", 1.0), "ft²": ("area", 0.09290304),
    "gallons": ("volume", 3.785411784), "litres": ("volume", 1.0), "barrels": ("volume", 158.987295),
    "mph": ("speed", 0.44704), "knots": ("speed", 0.514444),
}
#: How far a conversion's value may be from its units' ratio and still be one (rounding: "100 pounds (45 kg)",
#: short and long tons).
CONVERSION_TOLERANCE = 0.15
#: Money units a word after a number names that also name a weight ("100 pounds (45 kg)"): read as that weight
#: when the figure's conversion is a weight.
CURRENCY_WEIGHTS = {"pounds": "lbs"}
#: Categories whose figures are compared across outlets besides tolls: a
#: distance, a count of one thing, an amount of money (in one currency, after its
#: scale word), a duration (in one unit) and a person's age. Percentages are not:
#: inflation of 77 and of 100 percent, shares of two polls, are rarely one quantity.
COMPARED_CATEGORIES = frozenset({"measure", "count", "money", "duration", "age"})
#: Words right before a number that make it a person's age ("aged 35", "dead at 34", "at the age of 42").
AGE_BEFORE = ("aged", "age", "at age", "at the age of", "dead at", "died at", "death at")
#: Words that say nothing about what a figure is about (context of a figure).
CONTEXT_STOPWORDS = frozenset({"said", "says", "say", "according", "reported", "told", "also", "meanwhile",
                               "however", "including", "least", "more", "than", "some", "about", "other",
                               # the dimension a duration measures or a frequency ("running time", "three times a
                               # week"): it says nothing about whose time it is
                               "time", "times"})
#: Words after a number that make it a percentage ("25 pct"); "%" and "per cent" are read with the number.
PERCENT_WORDS = frozenset({"percent", "pct"})
#: Endings of words after a number that are not what it counts ("2 successfully", "2 made").
NOT_NOUN_ENDINGS = ("ly", "ed")
#: Number words.
UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
}
#: Words that multiply the spelled number before them inside one written number ("One hundred fourteen" is 114,
#: "three thousand five hundred" 3,500); million and larger are :data:`SCALE_WORDS` after the number.
NUMBER_MULTIPLIERS = {"hundred": 100, "thousand": 1_000}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000, "m": 1_000_000,
               "bn": 1_000_000_000, "k": 1_000}
#: Vague amounts: (low, high).
VAGUE_AMOUNTS = {
    "hundreds of thousands": (100_000, 999_999),
    "tens of thousands": (10_000, 99_999),
    "thousands": (1_000, 9_999),
    "hundreds": (100, 999),
    "dozens": (24, 99),
    "scores": (40, 99),
    "millions": (1_000_000, 9_999_999),
    "tens of millions": (10_000_000, 99_999_999),
    "several hundred": (200, 999),
    "several thousand": (2_000, 9_999),
    "a few hundred": (200, 500),
    "a few thousand": (2_000, 5_000),
}
#: Words between a count and a bare number after it that make the number a count of the same kind, its noun left
#: out ("114 people including five on the ground", "all 109 people on board and four on the ground", "... as well
#: as five on the ground"), and whether the bare number is a part of that count ("including") or another part
#: beside it ("and").
ELIDED_NOUN_LINKS = {"including": "subset", "among them": "subset", "of them": "subset", "of whom": "subset",
                     "and": "sibling", "as well as": "sibling", "plus": "sibling", "as were": "sibling",
                     "as did": "sibling"}
#: Words that end the clause a figure is in: a date in another clause of its sentence says nothing about when the
#: figure's thing happened ("Britain and France built 16 planes, and ... took the unsold planes in 1979").
CLAUSE_BREAKS = (r"[;:]", r",\s+(?:and|but|while|whereas|although|though|which|who|where|when)\b",
                 r"\s(?:while|whereas)\s")
#: Nouns after a number and before "of" that make the number part of an address ("the 3300 block of West Florence
#: Avenue"), not a quantity.
ADDRESS_NOUNS = ("block", "blocks")
#: Words that make the date after them (in their clause) the start of a period running to the article's day
#: ("has built 190 settlements since ... 1967"): a figure beside such a date is not about the past.
PERIOD_START_WORDS = ("since", "ever since")
#: Modifiers before a number and the interval they put around it, as factors.
FIGURE_MODIFIERS = {
    "more than": (1.0, 1.5), "over": (1.0, 1.5), "at least": (1.0, 1.5), "upwards of": (1.0, 1.5),
    "nearly": (0.85, 1.0), "almost": (0.85, 1.0), "close to": (0.85, 1.0), "just under": (0.85, 1.0),
    "less than": (0.5, 1.0), "fewer than": (0.5, 1.0), "under": (0.5, 1.0), "up to": (0.5, 1.0),
    "about": (0.9, 1.1), "around": (0.9, 1.1), "some": (0.9, 1.1), "approximately": (0.9, 1.1),
    "roughly": (0.9, 1.1), "an estimated": (0.9, 1.1), "estimated": (0.9, 1.1), "or so": (0.9, 1.1),
}
#: Words right before an amount (a few words between at most) that make it one asked for, not one given or found:
#: "denied prosecutors' request for a six-year prison sentence", "sought $5 million in damages".
REQUEST_WORDS = ("request", "requests", "requested", "sought", "seek", "seeks", "seeking", "asked for", "asking for",
                 "demanded", "demanding", "recommended", "recommending")
#: Words right after a duration that make it a term of another penalty than prison ("three years' probation",
#: "five years of supervised release"): never the prison term.
OTHER_TERM_WORDS = ("probation", "parole", "supervised release", "community service", "house arrest")
#: Words before a number that make it an identifier, not a quantity ("Flight 447").
FIGURE_ID_WORDS = frozenset({"flight", "no", "no.", "number", "route", "highway", "chapter", "article", "section",
                             "resolution", "room", "page", "platform", "gate", "terminal", "level", "phase",
                             "stage", "category", "grade", "version", "model", "boeing", "airbus", "a", "mig",
                             "su", "f", "channel", "track", "game", "round", "apollo", "vol", "act", "bill",
                             "paragraph", "point", "line", "district", "ward", "street", "avenue", "road",
                             "interstate"})

# --- agreement -------------------------------------------------------------------

#: Relation words that make an entity list a claim worth comparing ("backed by
#: Egypt, UAE, France and Russia"). Stems, as features.stem gives them.
LIST_RELATION_CUES = frozenset({
    "back", "support", "alli", "ally", "fund", "financ", "arm", "sanction", "condemn", "recogn", "oppos",
    "side", "sponsor", "aid", "assist", "help", "join", "includ", "invit", "attend", "particip", "member",
    "sign", "reject", "accus", "blame", "suspect", "arrest", "charg", "kill", "injur", "border", "host",
})

# --- timeline ---------------------------------------------------------------------

#: Number words before a time unit ("two days ago"); a vague "several" or "few" counts as 3.
AGO_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3}
#: Words that put a clause in the future ("will meet on Sunday").
FUTURE_CUES_RE = re.compile(
    r"\b(?:will|won['’]t|would(?! have)|shall|should|is to|are to|was to|were to|is due|are due|due (?:to|in|on|at|for|by|next)|"
    r"to be held|scheduled|planned|planning|plans? to|expected to|set to|set for|slated|is going to|are going to|"
    r"next|upcoming|hopes? to|aims? to|intends? to|tentatively|gets? a chance|calls? for|called for|"
    r"(?:is|are|'s|'re) (?:heading|headed) (?:to|for)|"
    r"to be (?!held\b)[a-z]+(?:ed|en|wn)|"  # "the prize, to be presented in Oslo on Dec. 10"
    r"before (?:leaving|heading|departing|returning|flying)|"
    # a schedule told in the present ("begins shooting in August", "opens in theaters on Friday")
    r"(?:begins|starts|opens|premieres|debuts|resumes|kicks off|goes on sale|takes effect)|"
    # a planned move in the progressive is ahead, also reported in the past ("had said X was leaving in February")
    r"(?:is|are|was|were|'s|'re)\s+(?:leaving|departing|retiring|stepping down|returning|coming back|moving|"
    r"heading|flying|travell?ing)(?=\s+(?:in|on|by|at|next|this|before|early|late)\b))\b",
    re.I,
)
#: Words that put a date after them ahead ("in advance of Mr. Ryan's visit there on Thursday", "ahead of Sunday's
#: vote"); a date before them is not theirs ("were deployed on Saturday ahead of the vote"). "Heading into" looks
#: ahead as "is heading to" does ("now has 2,129 points heading into Saturday's semifinals", in a Friday story),
#: unless a past progressive tells a move that happened ("was heading into the building").
AHEAD_OF_RE = re.compile(r"\b(?:in advance of|ahead of|in the run-up to|in preparation for|"
                         r"(?<!\bwas )(?<!\bwere )heading into)\b", re.I)
#: A reporting clause after a date (", acting President Vladimir Putin said Tuesday"): its verb is the
#: tense of the reporting, not of the clause the date is in ("will boost pensions as of Feb. 1, X said").
REPORTING_AFTER_RE = re.compile(r",[^,;.]{0,60}?\b(?:said|says|told|announced|added|stated)\b", re.I)
#: Words that put a clause in the past (beats a future cue for weekday resolution).
PAST_CUES_RE = re.compile(r"\b(?:was|were|had|did|ago|last|earlier|previously|began|left|said|met|fell|took|told|"
                          r"wrote|spoke|gave|came|went|won(?!['’]t)|saw|found|sent|became|brought|"
                          # irregular past tenses that are neither a present form nor a participle ("Reid broke
                          # with Obama Monday, saying it should be built elsewhere": the nearest cue, not "should";
                          # "made", "held" also open a participle's phrase: "a team made up of ... is to conduct")
                          r"broke|chose|drove|flew|grew|knew|rose|ran|threw|drew|blew|tore|wore|woke|arose|"
                          r"forgave|overthrew|shook|sank|rang|stole|froze|underwent|withdrew|swore|sang|swam|ate|"
                          r"forgot|rode|sprang|shrank|strove|"
                          r"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bbe )(?<!-)[a-z]{3,}ed)\b", re.I)
#: Relation stems that mean the same thing, mapped to one ("supported by" = "backed by").
RELATION_SYNONYMS = {"support": "back", "alli": "back", "ally": "back", "sponsor": "back", "fund": "back",
                     "financ": "back", "arm": "back", "aid": "back", "assist": "back", "help": "back",
                     "includ": "includ", "invit": "includ", "attend": "includ", "particip": "includ",
                     "member": "includ", "join": "includ"}
#: How a relation is shown: passive reading ("backed by").
RELATION_LABELS = {"back": "backed by", "includ": "includes", "sanction": "sanctioned by", "condemn": "condemned by",
                   "recogn": "recognized by", "oppos": "opposed by", "sign": "signed by", "reject": "rejected by",
                   "accus": "accused by", "blame": "blamed by", "suspect": "suspected by", "arrest": "arrested by",
                   "charg": "charged by", "kill": "killed by", "injur": "injured by", "border": "borders",
                   "host": "hosted by", "side": "sided with"}
_CAPTION_WORDS = r"FILE PHOTO|Photo:|Image caption|Media caption|Getty Images|Copyright"
#: Captions and bulleted menu lines: not events to date (timeline).
CAPTION_RE = re.compile(r"\b(?:" + _CAPTION_WORDS + r")\b|^\s*[•·▪►]", re.I)
#: Corrections and editor's notes about the article itself: never a fact, detail or entity of the story.
CORRECTION_RE = re.compile(r"^\W*(?:correction|clarification|editor['’]?s note)\s*:|\b(?:an earlier|a previous|an "
                           r"older) version of this (?:article|story|report)|\bwe regret the error\b", re.I)
#: Bylines and author notes ("Jeremy Campbell writes for WXIA-TV in Atlanta").
BYLINE_RE = re.compile(r"^\W*(?:By\s+)?[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}\s+(?:writes|reports) for\b"
                       r"|^\W*[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}\s+is an? (?:\w+\s+){0,2}(?:reporter|writer|"
                       r"correspondent|contributor|columnist|editor)\b")
#: Photo and image credits inside a sentence: the names there are photographers and agencies, not the story's.
CREDIT_RE = re.compile(
    r"\((?:Photo|Photograph|Image|Credit|Picture)s?\b[^)]{0,80}\)"
    r"|\b(?:Photo|Photograph|Image|Picture|Credit|Featured Image)(?:\s+(?:by|credit))?\s*:\s*[^.\n]{0,80}"
    r"|\b(?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w.'’\-]*\s*/\s*(?:Getty(?: Images)?|AP(?: Images)?|AFP|Reuters|EPA|TT|"
    r"Bloomberg|Shutterstock|Corbis|Polaris)\b[^.\n]{0,40}"
    r"|\bvia (?:AP|Getty Images|Reuters|AFP|EPA)\b|\bGetty Images\b|\[h/t[^\]]{0,80}\]")
#: Captions, page furniture and list lines: not facts to compare (agreement).
PAGE_FURNITURE_RE = re.compile(r"\b(?:" + _CAPTION_WORDS + r"|Follow us|Click here|Sign up|Read more|Photograph:|"
                               r"Credit:)|^\s*[•·▪►|*#>\-]|" + CORRECTION_RE.pattern + "|" + BYLINE_RE.pattern, re.I)
#: A list line's opening mark, :data:`PAGE_FURNITURE_RE`'s one branch that needs no word.
LIST_MARK_RE = re.compile(r"^\s*[•·▪►|*#>\-]")
#: Lower-case words of which every other branch of :data:`PAGE_FURNITURE_RE` needs one (the caption and prompt
#: words, the correction's and the byline's): :func:`~newsbrief.analyze.agreement.page_furniture` runs the pattern
#: only on an ASCII sentence holding one. A branch added to the pattern adds its cue here
#: (tests/test_analysis_speed_paths.py checks the two agree on the sentences of labelled clusters of each set).
PAGE_FURNITURE_CUES = ("file photo", "photo:", "image caption", "media caption", "getty images", "copyright",
                       "follow us", "click here", "sign up", "read more", "photograph:", "credit:", "correction",
                       "clarification", "editor", "version of this", "we regret the error", "writes for",
                       "reports for", "reporter", "writer", "correspondent", "contributor", "columnist")
#: Event verbs by class, for dating "who did what" (timeline disagreements).
EVENT_VERBS: dict[str, tuple[str, ...]] = {
    "left": ("left", "leave", "leaves", "leaving", "walked", "walks", "departed", "departs", "quit", "exited",
             "withdrew", "fled"),
    "signed": ("signed", "signs", "sign", "ratified", "approved"),
    "met": ("met", "meet", "meets", "meeting", "talked", "held talks"),
    "arrived": ("arrived", "arrives", "arriving", "landed", "reached"),
    "launched": ("launched", "began", "started", "opened", "kicked off"),
    "died": ("died", "dies", "killed", "assassinated", "executed"),
    "elected": ("elected", "won", "sworn", "inaugurated", "appointed", "named"),
    "resigned": ("resigned", "stepped down", "ousted", "fired", "sacked"),
    "announced": ("announced", "unveiled", "proposed", "revealed", "declared"),
    "arrested": ("arrested", "detained", "captured", "charged", "indicted", "convicted", "sentenced"),
    "crashed": ("crashed", "disappeared", "vanished", "exploded", "collapsed", "struck", "hit"),
}
#: Words that negate the verb after them ("left without signing").
EVENT_NEGATORS = frozenset({"without", "not", "never", "refused to", "failed to", "declined to", "didn't", "did not"})

# --- a person's gender, for "he" / "she" -------------------------------------------
#: Kin words that say the person is a woman or a man ("his sister", "her husband", "a widow"): the "she" / "he" a
#: kin word agrees with (``_unnamed_relative``), and part of :data:`FEMALE_WORDS` / :data:`MALE_WORDS`.
FEMALE_KIN = frozenset({"sister", "wife", "daughter", "mother", "stepmother", "aunt", "grandmother", "niece",
                        "granddaughter", "widow", "girlfriend", "fiancee", "fiancée"})
MALE_KIN = frozenset({"brother", "husband", "son", "father", "stepfather", "uncle", "grandfather", "nephew",
                      "grandson", "widower", "boyfriend", "fiance", "fiancé"})
#: Nouns for a person that say a woman or a man, kin and roles included ("a woman", "the spokeswoman", "a widow"):
#: the heads an unnamed person's description may have for "she" / "he" (``quotes._indefinite_person_subject``).
FEMALE_NOUNS = FEMALE_KIN | frozenset({
    "woman", "girl", "lady", "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "councilwoman", "actress",
})
MALE_NOUNS = MALE_KIN | frozenset({
    "man", "boy", "spokesman", "congressman", "businessman", "councilman", "actor",
})
#: Titles and role words right before (or after, as "X's wife") a name that say the person is a woman or a man:
#: the titles, then every noun of :data:`FEMALE_NOUNS` / :data:`MALE_NOUNS`. The one gendered word list.
FEMALE_WORDS = frozenset({
    "mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "duchess", "countess", "empress",
}) | FEMALE_NOUNS
MALE_WORDS = frozenset({
    "mr", "sir", "lord", "king", "prince", "duke", "count", "emperor", "sheikh", "emir", "ayatollah", "pope", "imam",
}) | MALE_NOUNS
#: Given names common in English-language news that are (almost) only women's or only men's.
FEMALE_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice alice madison doris abigail
julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
rose alexis kayla loretta lois hillary hilary condoleezza madeleine nancy angela theresa margaret golda indira benazir
ellen michele sonia yulia ilham fatima aisha ayesha leila layla mariam maryam nadia natalia natasha olga irina
tatiana svetlana elena yelena anastasia marine segolene christine ursula federica kamala nikki sheryl oprah
hillary monica paula juanita carmen rosa isabel lucia ana gabriela claudia silvia dilma cristina michelle
""".split())
MALE_NAMES = frozenset("""
james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie
alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bill hugh boris vladimir
sergei sergey dmitry dmitri mikhail nikolai ivan igor viktor yuri alexei alexey mohammed muhammad mohamed mohammad
ahmed ahmad ali hassan hussein omar khalid mahmoud abdullah abdul ibrahim mustafa recep bashar khalifa fayez muammar
moammar emmanuel francois nicolas jacques angelo giuseppe giovanni marco luigi silvio matteo hans helmut gerhard
jean-claude jean-marc pierre xi jinping narendra shinzo benjamin yitzhak ariel ehud binyamin
""".split())

#: Given names of the lists above that many women and many men bear ("Terry O'Neill", the president of the National
#: Organization for Women; "Kelly", "Jordan", "Jesse"): they stay given names (:data:`quotes.GIVEN_NAMES`) but say
#: no gender, so a "she" after a quote of Terry O'Neill is hers, not the next woman the article names (spk77).
UNISEX_GIVEN_NAMES = frozenset("terry kelly jordan jesse willie".split())


#: Common Chinese (Mandarin and Cantonese romanizations), Korean and Vietnamese surnames: two different ones are two
#: names, never one name's spellings, however few letters apart ("Zhang" / "Zheng", "Wang" / "Wong", "Chan" /
#: "Chen", "Jung" / "Jang": DUC 2006 D0621C's bare "Zhang"s were one row with "Zheng Guoqiang").
EAST_ASIAN_SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han
feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan shen du dai fan fang shi yao tan
liao zou xiong jin lu hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei qian yin yi chang wen niu
chan cheung wong leung lam lau ng ho chow chau tsang tse kwok lai lui yip kwan fung mak siu tam chung chang cheng
kim lee park choi jung jeong cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon ko moon son bae baek heo
nam sim noh ha kwak seong cha joo woo koo min ryu na ji eom chae won cheon bang gong hyun ham byun yeo chu
nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly
""".split())


#: Last words of a newspaper's name (capitalised as written): a name of two words or more ending in one that NER
#: typed a place (three or more typed a person: "Emily Post" is one) is the paper ("South China Morning Post"
#: typed GPE, DUC 2006 D0621C); a pull quote signed by such a name is the paper's (quotes, spk61).
NEWSPAPER_HEADS = frozenset("Post Times Herald Tribune Gazette Journal Chronicle Standard Telegraph Inquirer "
                            "Examiner Courier Observer Guardian Daily Dispatch".split())
