"""Rewrite: make an extracted sentence readable where it stands in a brief.

A summary sentence is lifted out of its article; what it leaned on there (the
sentence before it) is usually not shown. Only two edits are made, and only
where they keep the meaning:

* a discourse connective that opens the sentence ("But", "However,", "Also,") or stands between commas in its
  first clause ("Republicans, meanwhile, are pushing ...", "The governor may, however, grant ...") is deleted;
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

import functools
import re
from dataclasses import dataclass, field

from . import _patterns
from .config import SelectionSettings
from .model import Sentence

#: Sentences before a pronoun searched for the person it names (``selection.pronoun_lookback``).
LOOKBACK_SENTENCES = SelectionSettings().pronoun_lookback

#: Leading discourse connectives that lean on an unshown sentence.
CONNECTIVE_RE = re.compile(
    r"^(?:(?:But|And|Yet|So)(?!\s+(?:far|much|many|called|long|that(?!['’]s))\b)(?:,\s*|\s+)"
    r"|(?:However|Also|Still|Moreover|Furthermore|In addition|Additionally|Besides|Nevertheless|Nonetheless|"
    r"Instead|Indeed|Thus|Therefore|Hence|Meanwhile|Even so|In fact|Otherwise|Likewise|Similarly|As a result|"
    r"By contrast|In contrast|On the other hand|At the same time|Then|Now|Plus|Overall|Anyway|Consequently|Well|Oh|"
    # "Rather, Powless ... hopes that ...", "Actually, there are several species of flea beetles." (DUC 2006 D0601A,
    # D0611B, labelled dangling): the answer to a sentence not shown; 13 open so in the four sets' articles
    r"Rather|Actually),\s*)"
    r"(?=[A-Za-z0-9\"“'‘`])"
)
#: Attribution verbs (a pronoun speaker's): a text holding none of them has no pronoun speaker
#: (:data:`PRONOUN_SPEAKER_RE`, :data:`PLURAL_SPEAKER_RE`, :data:`INVERTED_PRONOUN_RE` each need one).
_SAY_WORDS = ("said", "says", "added", "adds", "told", "tells", "stated", "explained", "noted", "continued", "insisted",
              "argued", "warned", "wrote", "writes", "asked", "replied", "recalled")
_SAY = r"(?:" + "|".join(_SAY_WORDS) + ")"
#: ``"...", he said`` / ``he added.``: a pronoun speaker outside the quotation.
PRONOUN_SPEAKER_RE = re.compile(r"(?:(?<=[,.!?\"”'’])\s*|^)(?P<pro>he|she|He|She)\s+(?P<verb>" + _SAY + r")\b")
#: ``"...", they wrote``: a plural pronoun speaker (never replaced: who "they" are is rarely one name).
PLURAL_SPEAKER_RE = re.compile(r"(?:(?<=[,.!?\"”'’])\s*|^)(?:they|They)\s+" + _SAY + r"\b")
#: ``"...," it said``: a quotation given to "it" (a report, a ministry, a statement the sentence does not name).
IT_SPEAKER_RE = re.compile(r"(?<=[,.!?\"”'’])\s*(?:it|It)\s+" + _SAY + r"\b")


def _has_say(text: str) -> bool:
    """Does ``text`` hold one of :data:`_SAY_WORDS` anywhere (a necessary condition of the speaker patterns)?"""
    for word in _SAY_WORDS:
        if word in text:
            return True
    return False


#: "said he." (inverted attribution)
INVERTED_PRONOUN_RE = re.compile(r"\b(?P<verb>" + _SAY + r")\s+(?P<pro>he|she)(?=\s*[.,;]|\s*$)")
#: A sentence opening with a personal pronoun subject.
LEADING_PERSON_RE = re.compile(r"^(?P<pro>He|She)\b")
#: Leading words that refer back to something unshown (beside He/She). Inside a quotation they are the
#: speaker's words: a quotation needs a named speaker, not antecedents for its pronouns.
LEADING_REFERENCE_RE = re.compile(
    r"^(?:(?:Below|Above)(?=\s*[,:])|They|Them|It|Its|Their|His|Her|Him|These|Those|This|That|Such|Here|The latter|The former|"
    r"Another|Others|Both(?![^,.;]* and )|Neither|The two|The three|The same"
    # an ordinal standing for someone or something counted before: "The second, who blew himself up ...", "The
    # third was ..." ("The first definitive news ..." has its noun)
    r"|The (?:first|second|third|fourth|fifth|sixth|seventh|last|other)(?=,|\s+(?:was|is|were|are|had|has|"
    r"who|of them)\b))\b"
    r"|^(?:Now|Also|Still|Later|Then|Overall|Again|Even so|Or|Which|Whose|Hence|Thus|Instead|Therefore|Accordingly|"
    r"Consequently|In contrast|By contrast)\b"
    r"(?!-| that\b| of\b)")
#: "Some wore costumes of Darth Vader", "Many of them stayed home": a quantifier standing for people or things an
#: earlier sentence named (some of whom?), right before its verb; "Some fans wore ..." names them.
LEADING_QUANTIFIER_RE = re.compile(
    r"^(?P<q>Some|Many|Most|Few|Several|Others|None|All)(?: of (?:them|whom))?\s+(?:were|was|are|is|have|"
    r"had|has|will|would|could|can|may|might|did|do|does|said|say|says|told|wore|came|went|took|made|got|left|"
    r"stayed|remain|remained|fled|died|lost|won|ran|saw|felt|held|kept|spent|brought|became|began|[a-z]+ed|"
    r"remains|must|should|shall|(?:use|want|need|agree|support|oppose|live|work|face|share|belong|expect|hope|"
    r"know|think|believe|seem|appear|include)s?)\b(?! of\b)")  # ("All use of force ...": a noun)
#: "... were enrolled at that pre-K center": a distal demonstrative after a preposition (where "that" can only
#: point, never introduce a clause) before a noun: which center? Times and set phrases ("at that time", "in that
#: case") and a noun made specific after it ("those killed", "that center where ...") are not references.
MIDSENTENCE_DEMONSTRATIVE_RE = re.compile(
    r"\b(?:at|in|on|from|to|for|with|by|about|into|near|inside|outside|after|before|since|during|under|over|"
    r"against|of|like|than)\s+(?P<ref>that|those)\s+(?P<noun>(?!(?:time|times|point|year|years|day|days|week|weeks|"
    r"month|months|moment|morning|afternoon|evening|night|way|ways|case|cases|end|era|period|regard|respect|sense|"
    r"who|which|whom|whose|where|when|are|were|is|was|with|in|at|of|on|for|from|by|to|and|or|not|still|already|"
    r"people|kind|sort|type|same|very|much|many|few|two|three|four|five)\b)(?![a-z][\w-]*(?:ed|ing)\b)[a-z][\w-]*)\b"
    r"(?!\s+(?:who|which|that|where|when|whose|whom|of|in|at|on|with|from|by|to)\b)")
#: "Three attackers were reportedly killed there.": "there" closing a clause, a place an earlier sentence named
#: ("There were ...", "there is", "out there" are no place of the story's).
PLACE_THERE_RE = re.compile(r"(?<=\s)(?<!out )(?<!over )(?<!in )there(?=\s*[.,;!?]|\s+(?:on|in|at|last|this|since|"
                            r"until|for|after|before|when|during)\b)")
#: "the rest" / "the others" with nothing in the sentence it is the rest of ("Pilots and mechanics find the rest.",
#: DUC 2003 d123h's opening point; "John McCain took the rest."): a share, a count or a part named before it gives it
#: one ("Half received an injection, and the rest were injected with saltwater.", "7 percent ..., with Celebrex
#: taking the rest"); "the rest of X" names its own.
REMAINDER_RE = re.compile(r"\bthe (?:rest|remainder|others)\b(?!\s+of\b)", re.IGNORECASE)
_PART_BEFORE_RE = re.compile(r"\b(?:\d[\d,.]*|half|halves|third|thirds|quarter|most|some|many|few|several|one|two|"
                             r"three|four|five|six|seven|eight|nine|ten|dozen|percent|majority|minority|part|share|"
                             r"portion|each|both|all|first|only|just)\b|%", re.IGNORECASE)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty hundred thousand despite".split())
#: "here" outside a quotation, inside a sentence ("a non-profit organization based here", "announced here Monday"):
#: in wire copy the place of the article's dateline, which a brief does not show. "here is/are", "here's", "here and
#: there", "from here on" are no place; a leading "Here" is :data:`LEADING_REFERENCE_RE`'s.
PLACE_HERE_RE = re.compile(r"(?<=[\s(])here\b(?!-)(?!\s*(?:is|are|was|were|'s|’s|and there|and now|or there|nor there|onwards?|on(?=\s*(?:out\b|[,.;])))\b)")
#: "An estimated 400,000 people in this country suffer from the disease." (DUC 2006 D0612C, a Washington
#: dateline), "sailed her way into this city's heart" (a Boston one): the place of the dateline, which a brief does
#: not show, or of a paragraph before. 64 such phrases outside quotations in the four summarization sets' articles;
#: 22 had a dateline. A city, town or village is the dateline's place (:func:`name_this_place`); a country, state
#: or nation is not (the dateline names a city: "WASHINGTON _" is no country), so the sentence leans.
THIS_PLACE_RE = re.compile(r"(?<=[\s(])this\s+(?P<noun>country|nation|state|city|town|village|capital)\b(?!-)")
_CITY_NOUNS = ("city", "town", "village")
#: A place the sentence names before "this country" ("will be in Mexico on July 2 to observe this country's ...
#: election", "Mexico's ruling party, which has controlled this country's presidency"): after a preposition of place
#: or in a possessive.
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|to|from|of|at|across|throughout|visit|visits|visited|visiting)\s+(?:the\s+)?"
                              r"[A-Z][a-z]|\b[A-Z][a-z]+['’]s\b")
#: "The brain disorder interferes with their ability ...": a plural pronoun inside the sentence ...
PLURAL_PRONOUN_RE = re.compile(r"(?<=\s)(?P<pro>their|them|theirs|themselves)\b")
#: ... that something before it in the sentence may stand for: "they", a plural noun ("the students", "notifies
#: caregivers via ..."; a word in -s right after a determiner, a quantifier or a number, or one not followed by what
#: a verb's object opens with: "the disorder interferes with their ..." has no plural), a noun for a group or for
#: people whose plural takes no -s, a person noun, or a name.
_DETERMINED_PLURAL_RE = re.compile(
    r"\b(?:the|these|those|many|some|all|their|its|his|her|our|other|several|both|such|more|most|few|of|"
    r"among|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\s+"
    r"(?P<noun>[a-z][a-z-]{2,}s)\b"
    r"|\b(?P<after>[a-z][a-z-]{2,}s)\b(?!\s+(?:with|to|that|the|a|an|on|in|into|for|from|about|by|at|its|his|her|"
    r"their|them|him|it|up|out|down|off|over|this|these|those|our|my|your|me|us|each|every|no|not)\b)", re.IGNORECASE)
_PLURAL_NOT_NOUNS = frozenset("""was has his its this does is us as yes less unless across always perhaps whereas thus
    news series species means process business access success address progress crisis analysis basis""".split())
_GROUP_RE = re.compile(r"\b(?:they|[a-z]*(?:men|women|people)|children|men|women|police|staff|public|family|families|crowd|audience|"
                       r"government|company|team|army|community|media|youth|crew|couple|everyone|everybody|"
                       r"anyone|anybody|someone|somebody|each|every|whoever|who)\b", re.IGNORECASE)
#: "... which provided part of the funding for the study.": a definite study, report, survey or poll inside the
#: sentence that the sentence does not introduce (nor make specific after it: "the study of 103 men", "the report
#: released Monday", "the survey, published in ...").
UNINTRODUCED_STUDY_RE = re.compile(
    r"(?<=\s)the\s+(?:(?:new|latest|same|whole|original|initial|final|preliminary|annual)\s+)?"
    r"(?P<noun>study|studies|report|survey|findings|experiment|poll)\b"
    r"(?!\s*[,(]?\s*(?:of|on|by|from|in|into|at|about|for|to|published|released|conducted|carried|issued|led|funded|"
    r"commissioned|that|which|who|whose|titled|entitled|called|appearing|appeared|made|prepared|presented|"
    r"submitted|due)\b)(?![-\w])")
#: A possessive or object pronoun inside a sentence with no one before it to stand for ("The court cut her
#: prison term"): whose term? A name, a pronoun or a person noun before it gives it an antecedent.
MIDSENTENCE_PRONOUN_RE = re.compile(r"(?<=\s)(?P<pro>his|her|him|he|she)\b")
_PERSONISH_RE = re.compile(r"\b(?:" + r"|".join(("man|woman|boy|girl|child|baby|teen|teenager|victim|suspect|gunman|"
                                                  "driver|pilot|judge|defendant|mother|father|son|daughter|wife|"
                                                  "husband|student|teacher|patient|doctor|officer|soldier|actor|"
                                                  "actress|singer|player|coach|official|spokesman|spokeswoman|"
                                                  "president|minister|senator|governor|mayor|chief|leader|lawyer|"
                                                  "attorney|owner|worker|employee|prosecutor|witness|resident|"
                                                  "candidate|nominee|member|author|writer|star|who|one|someone|"
                                                  "anyone|everyone|nobody|person|friend|neighbor|neighbour|"
                                                  "girlfriend|boyfriend|manager|director|chairman|executive|ceo|"
                                                  "founder|king|queen|prince|princess|pope|he|she|him|his|her|"
                                                  "himself|herself").split("|")) + r")s?\b"
                                                  # ("I" in capitals only: "Is", "is" are no person)
                                                  r"|\b(?-i:I)\b|\b(?:you|we)\b", re.I)
#: Spans of time a demonstrative points at without referring back ("this year", "that morning").
_TIME_NOUNS = (r"(?:year|week|month|morning|afternoon|evening|night|weekend|season|summer|winter|spring|fall|autumn|"
               r"decade|century|day)")
#: "It is unclear whether ..." / "This year ...": a leading word that does not refer back.
NON_REFERRING_RE = re.compile(
    r"^(?:It(?:'s|’s| is| was| has been| had been| will be| would be| remains| remained| seems| seemed| appears| "
    r"appeared| may be| could be| might be| is not| was not)\b[^.;]{0,60}?\b(?:that|whether|to|if|how|why|when|what|who)\b"
    r"|(?:This|That|These|Those) " + _TIME_NOUNS + r"s?\b)"
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
    "figure|figures|total|amount|sum|money|funds|payment|analysis|research|review|investigation|probe|inquiry|"
    "paper|speech|interview|footage|video|timing|outcome|response|reaction|impact|aftermath|reason|reasons|"
    "conference|hearing|trial|ceremony|session|forum|"
    # a document's parts, told once and then called "the ...": "The Alabama label explains that evolution is a
    # theory ...", "The standards, written by a state committee ..." (DUC 2006 D0615F, labelled dangling)
    "label|standards|"
    # acts and rules told once, then called "the ...": "The amendments will also see a ban ...", "The flooding has
    # raised fears of disease.", "The scrap is beginning to get interesting." (DUC 2006 D0623E, D0625G, D0605E,
    # labelled dangling); 34 more such openings in the four sets' 59,473 article sentences, 15 read, all leaning
    # ("The new regulations would cover ...", "The floods wiped out ...")
    "amendment|amendments|flooding|floods|flood|construction|legislation|reform|reforms|regulation|regulations|"
    "rules|restrictions|sanctions|battle|battles|fight|fighting|violence|scrap|walkout|shutdown"
)
#: "The deal was aimed at ...": a leading definite description followed by its verb (or a comma), so the
#: noun is not made specific in the sentence itself ("The deal between Moscow and Ankara ..." is).
LEADING_DEFINITE_RE = re.compile(
    r"^The\s+(?:(?:new|latest|proposed|planned|same|former|whole|entire|two|three|four)\s+)?"
    # one capitalized modifier, a place's or a body's ("The Arizona study raises questions.", "The Senate bill
    # would ..."): which study, which bill, is still told elsewhere ("The New York Times ..." has two)
    r"(?:[A-Z][a-z]+\s+(?![A-Z]))?"
    r"(?P<noun>" + ANAPHORIC_NOUNS + r")(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|yesterday))?(?=,|\s+(?:was|is|were|are|has|had|have|will|would|could|can|may|might|must|"
    r"should|did|does|do|also|still|now|then|came|comes|followed|follows|marks|marked|means|meant|sparked|prompted|"
    r"drew|led|left|made|took|said|says|showed|shows|found|finds|suggests|[a-z]+ed|[a-z]+n['’]t"
    # a present tense in -s ("The Arizona study raises questions.", "The Alabama label explains ...")
    r"|raises|requires|allows|gives|makes|includes|explains|calls|aims|seeks|sets|puts|states|provides|"
    # any other present tense in -s ("The planned law bans all tobacco advertising", D0623E, labelled dangling; "The
    # plan mandates ...", "The bill outlaws ..."): 53 more openings in the same sentences, 25 read, all leaning (a
    # plural noun after the noun, "The poll results came ...", is a compound whose head is still never introduced)
    r"(?!(?:is|was|has|does|this|its|his|us|as|always|perhaps|news|series|means|process|access)\b)[a-z]{3,}s(?!\s+of\b)|"
    r"applies|covers|affects|offers|lets|needs|takes|remains|appears|seems|looks|leaves|adds|notes|"
    r"claims|argues|warns|concludes|recommends|proposes|estimates|predicts|leads|brings|creates|faces)\b)")
#: "Others announce that ...", "Some argue that ...", "Most break in hoping to get lucky.": a quantifier standing
#: for people or things an earlier sentence named, before a verb in its base form, which
#: :data:`LEADING_QUANTIFIER_RE`'s list does not hold. A base form is told from a noun or a modifier ("Some luxury
#: makers", "Most major roads", "Some people who ...") by what follows it: an object, a complement or a particle
#: ("that", a determiner, a pronoun, "to", "back", "in" ...), the sentence's end, or "n't"; a word in -s (a plural),
#: a function word or a word with an adjective's or a noun's ending is none. In the 59,473 article sentences of the
#: four summarization sets outside brief50's held-out half it flags 19 sentences nothing else did, all leaning
#: ("Some bang their heads.", "Some estimate the Y2K problem will ...", "Many abhor what they consider ..."); "of us"
#: is the writer's voice.
QUANTIFIER_VERB_RE = re.compile(
    r"^(?P<q>Some|Many|Most|Few|Several|Others|None|All|Both)(?: of (?:them|whom|these|those))?\s+"
    r"(?:(?:even|also|still|now|never|already|just|simply|only|actually|reportedly|apparently|probably|often|usually|"
    r"openly|privately|quickly|really|merely|certainly|generally)\s+)?"
    r"(?P<verb>(?!(?:of|in|on|at|for|with|from|by|to|and|or|but|if|the|a|an|this|that|these|those|their|his|her|its|"
    r"our|my|your|we|you|he|she|they|it|who|else|over|along|aboard|except|like|here|there|more|other|such|time|"
    r"people|children|men|women|staff|police|building|salmon|family|public|rather|later|recently|notably|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\b)"
    r"(?![a-z]+(?:ly|al|ic|ous|ive|ful|ary|ern|ese|ish|ing|est|er|ian|ism|able|ible|ant|ent)\b)"
    r"(?:[a-z]{2,}[^s\W]|[a-z]{2,}ss))"
    r"(?=\s+(?:that|the|a|an|their|his|her|its|it|them|this|these|those|what|how|whether|why|to|back|up|out|off|"
    r"from|with|on|in|as|so|about|against|for|into|over|poorly|well|too)\b|\s*[.,;]|n['’]t\b)")
#: "One is reducing the national debt.", "One was the 1979 slaying of ...": "One" with no noun before its verb,
#: one of something an earlier sentence counted ("One can argue ...", the generic pronoun, takes a modal: not read).
LEADING_ONE_RE = re.compile(r"^One\s+(?:is|was|are|were|has|had|said|says)\b")
#: "Losing it leaves the president more vulnerable.", "Voting it away is akin to ...", "Echoing this sentiment,
#: environmental groups ...", "To do this, we need ...": a gerund or an infinitive opening the sentence whose object
#: is a pronoun or a demonstrative with nothing before it (lose what?). 19 such openings in the same 59,473
#: sentences, all leaning, with "it", "them", "this", "these" or "those" (not "her", "him": "Rocking her granddaughter to sleep,
#: Jayne Gallagher ..." names her after the comma), all leaning; "this year", "this week" ... are no reference, nor
#: the "it" of "Making it clear that ..." (a word and "to", "that" or "for" after it).
GERUND_OBJECT_RE = re.compile(
    r"^(?P<lead>(?:[A-Z][a-z]+ing|To\s+[a-z]+)(?:\s+(?:about|on|upon|with|for|to|into|from|at|over|through|"
    r"without|of|against|after|by|in))?)\s+(?P<ref>it|them|this|these|those)\b(?!-)"
    r"(?!\s+(?:" + _TIME_NOUNS + r"|time)s?\b)")
_EXPLETIVE_IT_RE = re.compile(r"\s+[\w-]+\s+(?:to|that|for)\b")
#: "So far the results are hardly encouraging.", "In Pennsylvania, the bill calls for ...", "Among the risks, the
#: report cited ...": a short leading adverbial (a few words and a comma, or "So far", "To date" ... without one),
#: then a definite description :data:`LEADING_DEFINITE_RE` reads (results of what? which bill?). 54 such openings
#: in the same sentences with :data:`BARE_RESULTS_RE`'s (after a connective the rewrite cuts, the rest is read
#: by :data:`LEADING_DEFINITE_RE` itself).
LEAD_ADVERBIAL_RE = re.compile(
    r"^(?:(?:So far|Thus far|By now|For now|Until now|To date|Already|Ultimately|In the end)\s+"
    r"|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+)(?=the\s)")
#: "Results showed that the drug works ...", "Results were confirmed by the Centers for Disease Control": results or
#: findings with no article, of nothing the sentence names ("Results by race on the 1999 ... showed" are specific).
BARE_RESULTS_RE = re.compile(r"^(?:(?:Test|Early|Preliminary|Initial|Final|Latest|New)\s+)?(?=(?:Results|results|"
                             r"Findings|findings)\b)")
#: "The People's Liberation Army remains secretive, however.", "Rear legroom is ample, as well.", "Restaurants and
#: lounges could be hurt, too.": a connective closing the sentence outside any quotation answers a sentence the
#: brief does not show (the contrast, the first thing). 56 such sentences in the same 59,473; every one of 40
#: read leans.
TRAILING_CONNECTIVE_RE = re.compile(
    r",\s+(?P<connective>however|though|too|as well|instead|meanwhile|nonetheless|nevertheless|likewise)\s*[.!?]$")
#: "In short, Keurig 2.0 isn't the iPhone.", "In other words, mankind has some hand in the Earth's warming.", "After
#: all, the man was obeying the laws of Texas ...": a connective that sums up, restates or gives the reason for what the
#: sentences before said; alone it answers a sentence the brief does not show. The rewrite does not cut it: what
#: follows it is the summing-up itself, which leans all the same. In the four sets' 60,803 article sentences (outside
#: the held-out clusters) 24 open so with a comma, 23 of which nothing else flagged (the 24th, "In other words, ...,
#: he added, ...", had a pronoun speaker); all read as leaning ("After all that time, ..." has no comma: not read).
SUMMING_UP_RE = re.compile(
    r"^(?P<connective>In short|In sum|In summary|To sum up|To summarize|All told|All in all|In other words|"
    r"Put simply|Simply put|Put another way|In a nutshell|Long story short|After all|Having said that|"
    r"All things considered|On balance|When all is said and done),\s+")
#: "If it ain't broke don't fix it.", "When you hear hoofbeats, don't think of zebras.", "All good things have to
#: come to an end.": a proverb standing alone, short (ten words or fewer), with no name and no number: the story it
#: comments on is in the sentences around it. The forms: a condition and an imperative, "Better/Easier ... than
#: ...", "The more ..., the more ...", "All good things ..."/"No good deed ...". In the same 60,803 sentences 5 take
#: these forms, all proverbs or sayings; 3 nothing else flagged ("The more she waited, the more nervous she got."
#: leans on "she", "If it doesn't feel right, don't go for it." on its "it").
PROVERB_RE = re.compile(
    r"^(?:(?:If|When|Where)\s+[a-z][\w'’]*(?:\s+[a-z][\w'’]*){1,6}?,?\s+(?:don['’]t|do not|never|always|just)\s+[a-z]+"
    r"|(?:Better|Easier|Sooner|Cheaper|Safer)\s+(?:[a-z]+\s+){0,3}than\s+[a-z]+"
    r"|The\s+(?:more|less|bigger|higher|sooner|longer|better)\s+[^,]{0,30},\s+the\s+(?:more|less|bigger|higher|"
    r"sooner|longer|better|worse)\b"
    r"|(?:All|No|Every)\s+(?:good\s+|great\s+|bad\s+)?(?:things?|deeds?|roads?)\s+(?:must|have to|has to|goes|go|"
    r"lead|leads)\b)")
PROVERB_WORDS = 10
#: :func:`dangling_reason` for a proverb: the selector never shows one (neither alone nor after the sentence before).
PROVERB = "a proverb standing alone"


def is_proverb(text: str) -> bool:
    """Is ``text`` a proverb standing alone (:data:`PROVERB_RE`, at most :data:`PROVERB_WORDS` words, no digit, no
    capitalized word after the first but "I")?"""
    t = text.strip().lstrip("\"“'‘`")
    if not PROVERB_RE.match(t):  # (anchored: most sentences fail at their first word)
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", t)
    return not (len(words) > PROVERB_WORDS or re.search(r"\d", t) or any(w[0].isupper() for w in words[1:] if w != "I"))


#: "It could also be called the Keurig "K-Cup" business model.", "It is also the first visit to Mongolia by ...", "It
#: is also considering expanding ...": a leading "It" with "also" that refers back, told from the expletive "It is also
#: unlikely that ..." (which :data:`NON_REFERRING_RE` reads, and which let these three through as no reference) by
#: what follows "also": a determiner, a present participle, or a naming verb ("called", "known as", "dubbed"). A
#: naming gives something a second name: it leans on the first, which the sentence before must give (a sentence
#: with "called", "known as" ...) for the pair to read. Of the same 60,803 sentences 108 open "It ... also"; 10 take
#: this shape (2 namings), 6 of which nothing else flagged; all 10 read as leaning.
IT_ALSO_RE = re.compile(
    r"^It\s+(?:(?:could|would|might|may|can|will|should|must|is|was|has|had)\s+)?(?:not\s+)?also\s+"
    r"(?:(?:be|been|have been|has been|is|was)\s+)?"
    r"(?:(?P<naming>called|known|dubbed|named|nicknamed|termed|labell?ed|referred to)\b"
    r"|(?P<ref>(?:the|a|an|one|its|his|her|their|our|another)\b(?!\s+(?:case|fact|reason)\s+(?:that|why)\b)"
    r"|[a-z]+ing\b))")
#: A sentence that gives something a name (what an "It ... also called" names a second time).
NAMING_RE = re.compile(r"\b(?:called|known as|dubbed|named|nicknamed|termed|labell?ed|referred to as)\b")


def it_also(text: str) -> str | None:
    """``"naming"`` or ``"reference"`` for a leading "It ... also" that refers back (:data:`IT_ALSO_RE`), else
    None."""
    m = IT_ALSO_RE.match(text)
    if not m:
        return None
    return "naming" if m.group("naming") else "reference"


#: Nouns for people (or a group of them) that, after a leading "The" and before the verb, describe someone an
#: earlier sentence introduced ("The co-workers had pooled ...", "The judge conducted ..."). Titles a news reader
#: resolves from the story alone ("The president", "The company", "The police") are left out.
PERSON_NOUNS = (
    "man|woman|men|women|boy|girl|boys|girls|child|children|baby|toddler|infant|teen|teenager|teens|teenagers|"
    "couple|pair|duo|trio|victim|victims|suspect|suspects|gunman|gunmen|shooter|attacker|attackers|assailant|"
    "robber|killer|driver|passenger|passengers|pilot|jury|juries|jurors|juror|judge|prosecution|defense|defence|"
    "defendant|defendants|plaintiff|plaintiffs|accused|co-workers|coworkers|workers|employees|colleagues|friends|"
    "neighbors|neighbours|parents|mother|father|mom|dad|son|daughter|sons|daughters|brother|sister|brothers|"
    "sisters|wife|husband|widow|widower|girlfriend|boyfriend|fiancee|fiancée|fiance|fiancé|student|students|"
    "teacher|patient|patients|doctor|nurse|researcher|researchers|scientists|authors|winner|winners|owner|"
    "owners|buyer|seller|finder|finders|hiker|hikers|climber|swimmer|survivor|survivors|inmate|inmates|prisoner|"
    "prisoners|officer|officers|deputy|trooper|soldier|soldiers|actor|actress|singer|rapper|player|animal|dog|"
    "cat|bear|rhino|elephant|whale|shark|creature"
)
#: A person noun anywhere ("The nurse described ... her former employer"): what a pronoun after it may stand for.
_PERSON_NOUN_RE = re.compile(r"\b(?:" + PERSON_NOUNS + r")\b", re.IGNORECASE)
#: "The co-workers had pooled ...", "The 56-year-old Phoenixville woman is charged ...": a definite description
#: of someone with no name in it, right before its verb (or a comma): the person was introduced elsewhere.
LEADING_PERSON_DESCRIPTION_RE = re.compile(
    r"^The\s+(?:(?:[\w-]+\s+){0,3}?\d+-year-old\b(?!\s+[A-Z][\w'’-]*\s+[A-Z])(?:\s+[A-Z][\w-]*)?(?:\s+(?P<aged>[a-z][\w-]*))?"
    r"|(?:(?:young|old|elderly|former|unnamed|two|three|four|five|six|several|other|unidentified|lucky|"
    r"first|second)\s+)?(?P<noun>" + PERSON_NOUNS + r")(?:\s+and\s+the\s+(?:" + PERSON_NOUNS + r"))?"
    r"(?=,(?!\s+[A-Z][\w'’-]+\s+[A-Z])|\s+(?:was|is|were|are|has|had|have|will|would|could|can|may|might|must|"
    r"should|did|does|do|also|still|now|then|said|says|told|made|took|gave|went|got|found|left|came|ran|won|lost|paid|kept|held|brought|met|"
    r"spent|saw|knew|became|began|wrote|fell|felt|[a-z]+ed)\b))")
#: A short leading adverbial that itself points back ("In this case,", "This time,", "Days later,",
#: "Eventually,"): what case, which time, later than what?
ANAPHORIC_ADVERBIAL_RE = re.compile(
    r"^(?:In (?:this|that|such a|either|each|both) cases?|In (?:this|that) way|At (?:this|that) (?:point|time|stage)"
    r"|By then|Since then|Until then|Even then|After that|Before that|Despite (?:this|that)|Because of (?:this|that)"
    r"|For (?:this|that) reason|This time|That time|That (?:day|night|morning|afternoon|evening)|The same day"
    r"|The (?:next|following) (?:day|morning|week|month|year)|At the time|Eventually|Afterwards?|Soon after(?:wards?)?"
    r"|Shortly after(?:wards?)?|(?:(?:Just|Only|Some|About|Nearly|Almost|Barely)\s+)?(?:(?:a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|a few|few|several|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|"
    r"decades?|moments?)\s+(?:later|earlier|afterwards?|before))(?=,)")
_REFERRING = r"(?:he|she|they|it|this|these|those|that|his|her|their|its|him|them|neither)"
#: "Rather incredibly, this wasn't even a friendly.": a pronoun or demonstrative right after a short leading
#: adverbial (up to four words and a comma).
ADVERBIAL_REFERENCE_RE = re.compile(
    r"^(?P<lead>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}),\s+(?P<ref>" + _REFERRING + r")\b(?!-)")
#: "At least they can afford to laugh." (a DUC 2003 brief's opening): a pronoun or demonstrative right after a
#: short leading adverb written without a comma (the comma'd ones are :data:`ADVERBIAL_REFERENCE_RE`'s; "Now",
#: "Still", "Then" ... alone are :data:`LEADING_REFERENCE_RE`'s).
ADVERB_REFERENCE_RE = re.compile(
    r"^(?P<lead>At least|At last|At first|Perhaps|Maybe|Probably|Possibly|Even|Only|So far|Already|Finally|Clearly|"
    r"Certainly|Surely|Of course|Sometimes|Often|Usually|Soon|Today|Yesterday|Tonight|Apparently|Obviously)\s+"
    r"(?P<ref>he|she|they|it|this|these|those|his|her|their|its)\b(?!-)")
#: "When he left, he was beaming", "Since Smith's death in 1844, they have evolved ...": a fronted subordinate
#: clause, then a subject pronoun (or one inside the clause itself).
FRONTED_CLAUSE_RE = re.compile(
    r"^(?P<conj>When|Whenever|While|After|Before|Since|If|Although|Though|As|Because|Once|Until|Unless|Even though|"
    r"Even if|Despite|Following|Upon|Like|Unlike)\s+(?P<clause>[^,;\"“”]{2,160}),\s+(?P<pro>he|she|they|it|his|her|"
    r"their|its)\b")
#: "When he left, ...": a pronoun opening the fronted clause itself.
CLAUSE_PRONOUN_RE = re.compile(
    r"^(?P<conj>When|Whenever|While|After|Before|Since|If|Although|Though|As|Because|Once|Until|Unless|Even though|"
    r"Even if)\s+(?P<pro>he|she|they|it|his|her|their|its)\b[^,;\"“”]{0,160},\s+(?P<main>.+)")
#: In a fronted clause: something a plural ("they") or a thing ("it") may stand for.
_PLURAL_NP_RE = re.compile(r"\b(?!(?:was|has|his|its|this|does|is|us|as|yes|less|unless|across|always|perhaps|"
                           r"whereas|thus|news|series|species|means|process|business|access|success|address|"
                           r"progress|crisis|analysis|basis)\b)[a-z][a-z-]{2,}s\b|\b[A-Z][\w'’-]+\s+and\s+[A-Z]")
_THING_NP_RE = re.compile(r"\b(?:the|a|an)\s+[\w-]+")
_CAPITALIZED_RE = re.compile(r"\b[A-Z][a-z][\w'’-]*")
#: Courtesy titles: "Mr. Miller" names no one the reader has met.
_COURTESY = frozenset("Mr Mrs Ms Miss Mr. Mrs. Ms.".split())
#: Person with a title: "Gen. Khalifa Haftar", "Foreign Minister Sergei Lavrov", "Mr. Smith".
#: (a middle initial is part of the name: "President John F. Kennedy" is Kennedy, not "John")
_NAME = r"[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z]\.)?(?:\s+(?:al-|el-|bin |de |van |von )?[A-Z][a-zA-Z'’\-]+){0,3}"
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
#: A person's role after their organization's name, before their name ("said Trend Micro advanced threat
#: researcher Paul Ferguson", "said White House spokesman Josh Earnest"): the speaker is the name after the role.
_ROLE = (r"(?:researcher|analyst|spokesman|spokeswoman|spokesperson|director|president|chief|official|executive|"
         r"economist|scientist|professor|expert|lawyer|attorney|manager|founder|co-founder|chairman|chairwoman|head|"
         r"leader|secretary|minister|editor|correspondent|officer|strategist|adviser|advisor|consultant|fellow|coach|"
         r"governor|mayor|senator|ambassador|commissioner|superintendent|sheriff|investigator|partner|owner|"
         r"engineer|specialist|representative|counsel|historian|curator|organizer|activist|member)")
SPEAKER_RE = re.compile(
    r"(?P<a>" + _NAME + r")(?:,[^,]{1,60},|,)?\s+" + _SUBJECT_SAY + r"\b"
    r"|\b(?:said|says|added)\s+(?:[A-Z][\w.&'’-]*\s+){1,4}(?:[a-z][\w-]*\s+){0,3}" + _ROLE + r"\s+(?P<d>" + _NAME + r")"
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
    if len(words) == 1 and not re.search(r"\b[A-Z][a-z]+[ \t]+" + re.escape(surname) + r"\b", article_text):
        return None
    return surname
@dataclass
class Rewrite:
    """A sentence as shown in the brief, and the edits that made it from its source."""

    text: str
    edits: list[str] = field(default_factory=list)


#: A column's run-in subhead glued to its paragraph's first sentence: "*EXTRA POINTS:* The Fiesta Bowl marks ...".
_RUN_IN_HEAD_RE = re.compile(r"^\*[^*\n]{2,40}:\*\s+(?=[A-Z\"“`'‘])")


def strip_dateline(text: str) -> str:
    """Drop what frames a sentence on its page but is not part of it: a wire dateline ("LONDON (AP) --",
    "Jan. 14 (UPI) --"), a wire budget's slug before its dateline ("CUBA-ELIAN _ MIAMI _ As both sides ..."), and a
    column's run-in subhead ("*EXTRA POINTS:* ...")."""
    m = _RUN_IN_HEAD_RE.match(text)
    if m and m.end() < len(text) - 20:
        text = text[m.end() :]
    m = _patterns.DATELINE_PREFIX_RE.match(text)
    if m and m.end() < len(text) - 20:
        rest = text[m.end() :]
        again = _patterns.DATELINE_PREFIX_RE.match(rest) if m.group().rstrip().endswith("_") else None
        if again and again.group().rstrip().endswith("_") and again.end() < len(rest) - 20:
            rest = rest[again.end() :]
        return rest[0].upper() + rest[1:]
    return text


_outside_quotes = _patterns.outside_quotes

#: The place a dateline opens on: "GROZNY, Russia (AP) --" -> GROZNY, "WASHINGTON(AP) --", "MOSCOW, Dec. 5 (Xinhua)".
_DATELINE_PLACE_RE = re.compile(r"^\s*(?P<place>[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,3})\s*(?:,|\(|_|--|—|–|-\s)")
_MONTH_RE = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$", re.IGNORECASE)


def dateline_place(body: str) -> str | None:
    """The place of the dateline ``body`` (an article's text) opens with (one of its first three paragraphs: a
    byline may come first), in title case ("NEW DELHI, India (AP) _" -> "New Delhi"), or None: no dateline, or
    one with a date or an agency alone ("Jan. 14 (UPI) --")."""
    for para in [p for p in body.split("\n") if p.strip()][:3]:
        m = _patterns.DATELINE_PREFIX_RE.match(para)
        if not m or m.end() >= len(para) - 20:
            continue
        p = _DATELINE_PLACE_RE.match(m.group())
        if not p or _MONTH_RE.match(p.group("place").split()[0]):
            return None
        words = p.group("place").split()
        if p.group("place").isupper():
            words = ["-".join(part[:1] + part[1:].lower() for part in w.split("-")) for w in words]
        return " ".join(words)
    return None


#: What "here" follows that takes the place alone ("from here", "near here", "left here") or "to" the place ("came
#: here").
_PLACE_PREPOSITION_RE = re.compile(r"\b(?:from|to|near|around|in|into|out of|outside|inside|of|at|through|via|"
                                   r"leave|leaves|left|leaving|depart|departs|departed|departing|visit|visits|"
                                   r"visited|visiting|reach|reached|reaches|reaching)\s*$", re.IGNORECASE)
_MOTION_VERB_RE = re.compile(r"\b(?:come|comes|came|coming|bring|brings|brought|bringing|move|moves|moved|moving|"
                             r"return|returns|returned|returning|travel\w*|fly|flies|flew|flown|sent|send|sends|"
                             r"get|gets|got|went|go|goes|going)\s*$", re.IGNORECASE)


def name_here(text: str, place: str) -> str:
    """``text`` with each "here" outside its quotations (:data:`PLACE_HERE_RE`) made the dateline's ``place``:
    "based here" -> "based in New Delhi", "from here" -> "from New Delhi", "came here" -> "came to New Delhi"."""
    quoted = [q.span() for q in _patterns.QUOTED_RE.finditer(text)]
    for m in reversed(list(PLACE_HERE_RE.finditer(text))):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        before = text[: m.start()]
        # (a dateline at the United Nations is a place one is "at", and "the" one)
        at = place.startswith("United Nations")
        named = "the " + place if at else place
        if _MOTION_VERB_RE.search(before) and not _PLACE_PREPOSITION_RE.search(before):
            name = "to " + named
        elif _PLACE_PREPOSITION_RE.search(before):
            name = named
        else:
            name = ("at " if at else "in ") + named
        text = before + name + text[m.end() :]
    return text


def name_this_place(text: str, place: str) -> str:
    """``text`` with each "this city" / "this town" / "this village" outside its quotations (:data:`THIS_PLACE_RE`)
    made the dateline's ``place``: "into this city's heart" -> "into Boston's heart", "schools in this city about 60
    miles north of Detroit" -> "schools in Port Huron about ...". "this town of factories" stays (what follows
    describes the town: the place's name would not take it)."""
    quoted = [q.span() for q in _patterns.QUOTED_RE.finditer(text)]
    for m in reversed(list(THIS_PLACE_RE.finditer(text))):
        if m.group("noun") not in _CITY_NOUNS or any(a <= m.start() < b for a, b in quoted):
            continue
        if re.match(r"\s+(?:of|that|which|where|who|with)\b", text[m.end() :]):
            continue
        text = text[: m.start()] + place + text[m.end() :]
    return text


#: A word of a line, for telling a headline in title case from a sentence.
_LINE_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def title_case_line(line: str) -> bool:
    """Is ``line`` a headline in title case (four words or more, most of them capitalized: "Prediction: Red Sox
    Will Nab Teixeira")? Its capitals say nothing about which words are names."""
    words = _LINE_WORD_RE.findall(line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


@functools.lru_cache(maxsize=64)
def _article_outside_quotes(article_text: str) -> str:
    """An article's text with its quotations blanked, line by line (a mark left open ends with its line): a name
    found only inside a quotation, as a chant ("``Viva Venezuela!''") or a slogan, names no person. Headline lines
    in title case are blanked too: "Red Sox Will Nab Teixeira" gives Teixeira no first name "Nab"."""
    return "\n".join("" if title_case_line(line) else _outside_quotes(line) for line in article_text.split("\n"))


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


def speaker_before(sentence: Sentence, lookback: int = LOOKBACK_SENTENCES, subject: bool = False) -> str | None:
    """The person a pronoun in ``sentence`` most likely names: the attributed
    speakers and titled persons of the nearest sentence before it (at most
    ``lookback`` back) that names any; their surname when that
    sentence names only one person, else None (ambiguous).

    ``subject``: the pronoun is the subject of a sentence that tells something ("He would go on to ..."), not the
    speaker of a quotation: the person must be the one the sentence before is about, named where it opens
    (within :data:`SUBJECT_CHARS` characters), or the speaker of a quotation that sentence opens on. A source
    named at the end of a statement ("The cause was a heart attack, his friend Sue Herndon said.") or a person in
    a clause ("... that Oswald could not have acted alone in killing President John F. Kennedy ...") is not who
    "He" is."""
    sents = sentence.article.sentences
    body = sentence.article.body
    for prev in reversed(sents[max(0, sentence.index - lookback) : sentence.index]):
        found = _mentions(prev.text, body)
        if found:
            if subject:
                opening = strip_dateline(prev.text)
                offset = len(prev.text) - len(opening)
                quoted = opening.lstrip()[:1] in "\"“‘'`"
                if not quoted:
                    found = [(at, name) for at, name in found
                             if at - offset <= SUBJECT_CHARS or _FRONTED_PHRASE_RE.match(opening[: at - offset])]
                if not found:
                    return None
            names = {name for _, name in found}
            return names.pop() if len(names) == 1 else None
    return None


#: How far into the sentence before (characters, after its dateline) a name may start and still be what a
#: following "He" / "She" names (:func:`speaker_before` with ``subject``): a title and a name ("Former Secretary
#: of State Hillary Clinton").
SUBJECT_CHARS = 40
#: ... or after a fronted phrase and its comma, where the subject starts: "Before the president's murder on Nov.
#: 22, 1963, Mr. Lane was a minor figure ..."
_FRONTED_PHRASE_RE = re.compile(r"^(?:In|On|At|After|Before|During|Since|When|While|As|Following|Despite|By|For|Over|"
                                r"Under|Until|Through|Last|This|Earlier|Later|Years|Months|Days|Once|Now)\b[^;:\"“”]{0,120},\s*$")


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


#: A discourse connective set off by commas inside a sentence's first clause, before anything quoted: "Republicans,
#: meanwhile, are pushing for large tax cuts.", "Lehmkuhl was, however, a prolific tweeter ...", "Within a year,
#: however, they moved ...". Like a leading one it answers a sentence the brief does not show (the contrast, the
#: other party, the earlier step). Read on the 339 briefs of the four summarization sets: 10 of their 3,459 summary
#: sentences open so, all rightly cut (docs/readability.md, stop 44). "Therefore" and "thus" are left: their reason
#: is usually inside the sentence ("... and, therefore, can legally form ...").
INTERJECTED_CONNECTIVE_RE = re.compile(
    r"^(?P<lead>[A-Z][^,;:()\"“”‘’`]{0,80}?),\s+(?P<connective>however|though|meanwhile|moreover|furthermore|in turn|"
    r"instead|nonetheless|nevertheless|in fact|indeed|in addition|as a result|too|also|then|likewise|similarly|"
    r"by contrast|in contrast|on the other hand|in the meantime|meantime),\s+(?P<rest>[A-Za-z])")
#: A leading adverbial ("Within a year, however, they moved ...", "Last week, though, ...") keeps its comma when the
#: connective goes, and so does a clause the rest joins ("... on the incident, however, and festival organizers
#: ..."); a subject ("Republicans, meanwhile, are ...") or a subject and its verb ("Lehmkuhl was, however, a
#: prolific tweeter") takes none.
_ADVERBIAL_LEAD_RE = re.compile(
    r"(?:In|On|At|Within|After|Before|During|Since|Until|When|While|If|Although|Though|As|By|For|With|Without|Under|"
    r"Over|Last|(?:This|That)\s+(?:year|week|month|day|morning|afternoon|evening|night|weekend|time|summer|winter|"
    r"spring|fall|autumn)|Earlier|Later|Yesterday|Today|Tonight|Despite|Because|Once|Unlike|Like|Among|Amid|From|"
    r"Even|Still|Now|Then|Here|There|Back|Already|Eventually|Finally|Ultimately|Initially|Originally)\b"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|\d", re.IGNORECASE)
_JOINING_RE = re.compile(r"(?:and|but|or|so|yet|which|who|whose|where|when|while)\b")


def delete_interjected_connective(text: str) -> tuple[str, str | None]:
    """``text`` without a discourse connective set off by commas in its first clause
    (:data:`INTERJECTED_CONNECTIVE_RE`), and the connective deleted."""
    m = INTERJECTED_CONNECTIVE_RE.match(text)
    if not m or len(text[m.start("rest") :].split()) < 3:
        return text, None
    joint = ", " if (_ADVERBIAL_LEAD_RE.match(text) or _JOINING_RE.match(text, m.start("rest"))) else " "
    return m.group("lead") + joint + text[m.start("rest") :], m.group("connective")


def rewrite(sentence: Sentence, text: str, lookback: int = LOOKBACK_SENTENCES) -> Rewrite:
    """``text`` (the display form of ``sentence``) made to stand alone, by the
    allowed edits (a leading connective deleted, a pronoun speaker named, "here" made the article's dateline
    place: :func:`name_here`); unchanged when none applies. ``lookback``: sentences
    searched for the person a pronoun names (:func:`speaker_before`)."""
    out = Rewrite(text)
    out.text, connective = delete_connective(out.text)
    if connective:
        out.edits.append(f"deleted leading connective {connective!r}")
    out.text, connective = delete_interjected_connective(out.text)
    if connective:
        out.edits.append(f"deleted connective {connective!r}")
    name = None
    m = LEADING_PERSON_RE.match(out.text)
    if m and not NON_REFERRING_RE.match(out.text):
        name = speaker_before(sentence, lookback, subject=not _ATTRIBUTION_RE.search(out.text))
        if name:
            out.text = name + out.text[m.end() :]
            out.edits.append(f"{m.group('pro')!r} -> {name!r}")
    # a "he says" inside a quotation is the speaker's own words about someone else ('"He says he is a Christian.
    # But ...," he said.', the speaker speaking of another man): never replaced. A quotation counts when it closes or
    # opens the text; a lone mark further on may be tokenized text's closing one ('... tense, " he said').
    quoted = [q.span() for q in _patterns.QUOTED_RE.finditer(out.text)
              if q.start() == 0 or q.group()[-1:] in "\"”'"]
    for rx in (PRONOUN_SPEAKER_RE, INVERTED_PRONOUN_RE) if _has_say(out.text) else ():
        m = next((m for m in rx.finditer(out.text) if not any(a <= m.start("pro") < b for a, b in quoted)), None)
        if m and not _names_person_in(out.text[: m.start()]):
            name = name or speaker_before(sentence, lookback)
            if name:
                pro = m.group("pro")
                out.text = out.text[: m.start("pro")] + name + out.text[m.end("pro") :]
                out.edits.append(f"{pro!r} -> {name!r}")
            break
    m = THIS_PLACE_RE.search(_outside_quotes(out.text))
    if m and m.group("noun") in _CITY_NOUNS:
        # "sailed her way into this city's heart": the dateline's city
        place = dateline_place(sentence.article.body)
        if place:
            named = name_this_place(out.text, place)
            if named != out.text:
                out.text = named
                out.edits.append(f"'this {m.group('noun')}' -> {place!r}")
    if PLACE_HERE_RE.search(_outside_quotes(out.text)):
        # "a non-profit organization based here": the dateline's place, which the brief does not show
        place = dateline_place(sentence.article.body)
        if place:
            named = name_here(out.text, place)
            if named != out.text:
                out.text = named
                out.edits.append(f"'here' -> {place!r}")
    return out


def close_quotation(text: str) -> str:
    """``text`` with the quotation it opens and never closes (the sentence splitter ends a sentence inside a
    quotation that goes on in the next sentence: '... told voters that Obama's agenda is "not about you. It's not
    about your jobs.') closed by an ellipsis and the closing mark, so a view item or a summary sentence shown without
    the next one says its quotation goes on; other texts as they are, and so is a text mixing straight and curly
    double marks ('"We are grateful ... this evening.”': which mark opens is not read)."""
    if '"' in text and ("“" in text or "”" in text):
        return text
    last = text.rfind('"')
    if text.rfind("“") > text.rfind("”"):
        closing = "”"
    elif text.rfind("``") > text.rfind("''"):
        closing = "''"
    elif last >= 0 and (last == 0 or text[last - 1] in " ([—–-") and text[last + 1 : last + 2].strip():
        closing = '"'  # its last straight mark opens (a space before it, a word after it): nothing closes it
    else:
        return text  # closed, or a quotation opened in the sentence before and closed here
    text = text.rstrip()
    return (text[:-1] if text.endswith(".") else text) + "…" + closing


#: The first quotation mark of a sentence that only closes a quotation ("... with the tribes,'' von Gernet said."):
#: a closing curly or TeX mark before any opening one.
#: Curly and TeX quotation marks, in order: an opening one (“, ``, or '' before a word: DUC writes ''Star Wars'')
#: or a closing one (”, '' after a word).
_QUOTE_MARK_RE = re.compile(r"“|``|(?<!\w)''(?=\w)|”|''")
#: A straight quotation mark followed by an attribution ('... agreed," Smith said.', '..." he added'; tokenized
#: text's mark stands apart: 'Right now, things are tense, " New York City Councilman Jumaane D. Williams, who
#: represents the area, said').
_STRAIGHT_CLOSE_RE = re.compile(r"[,.!?] ?\"\s+(?:[a-z]|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?:said|says|added|told)\b"
                                r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,6}, (?:who|a|an|the)\b[^\"]{0,80}?, "
                                r"(?:said|says|added|told|wrote)\b)")


def is_quotation_tail(text: str) -> bool:
    """Does ``text`` close a quotation opened in an earlier sentence ("Colonial New York had a longrunning
    relationship with the tribes,'' von Gernet said.")? Shown alone it puts the middle of someone's words first."""
    t = text.lstrip()
    m = _QUOTE_MARK_RE.search(t)
    if m and (m.group() == "”" or (m.group() == "''" and (m.start() == 0 or not t[m.start() - 1].isspace())
                                    and not t[m.end():m.end() + 1].isalnum())):
        return True  # the first mark closes: the quotation opened in an earlier sentence
    if t.count('"') % 2 == 1 and not t.startswith('"'):
        if t.rstrip().endswith('"'):
            return True  # 'America is an idea that sets people free."': an odd mark at the end closes, never opens
        first = t.index('"')
        if first >= 2 and t[first - 1] == " ":
            first -= 1  # (a tokenized mark stands apart from the comma before it)
        return bool(_STRAIGHT_CLOSE_RE.match(t, first - 1)) if first else False
    return False


#: Capitalized words before a surname that are a title, not a first name ("Mr. Sullivan", "President Trump").
_TITLE_WORDS = frozenset(
    """Mr Mrs Ms Miss Dr Prof Gen Lt Col Maj Capt Sgt Adm Sen Rep Gov Rev St Sir Dame Lord Lady President Minister
    Secretary Senator Governor Mayor Judge Justice General Commander Chancellor Ambassador Chairman Chairwoman
    Director Chief Coach Officer Detective Sheriff King Queen Prince Princess Pope Marshal Pastor Bishop Professor
    Father Brother Sister Saint Deputy Agent Trooper Sergeant Captain Lieutenant Colonel Major Admiral Representative
    Rabbi Imam Cardinal Archbishop Emperor Sheikh Sheik Premier Speaker Leader Vice Attorney Inspector Constable
    Corporal Private Dean Principal Pvt""".split())


def _first_name_before(surname: str, text: str, titles: bool = False) -> bool:
    """Does ``text`` give ``surname`` with a first name ("Tom Sullivan", "Tom J. Sullivan"), or with ``titles``
    a title other than a courtesy one ("President Obama", "Gov. Bentley")?"""
    for m in re.finditer(r"\b([A-Z][a-z][\w'’-]*)\.?[ \t]+(?:[A-Z]\.[ \t]+)?" + re.escape(surname) + r"\b", text):
        first = m.group(1)
        if (first in _COURTESY or first in _NOT_NAMES or first in _NOT_PERSON_WORDS or first in _PLACE_FIRST
                or first.lower() in _patterns.STOPWORDS or first.lower() in _CLAUSE_OPENERS):
            continue
        if first not in _TITLE_WORDS or titles:
            return True
    return False


def introduces(text: str, surname: str) -> bool:
    """Does ``text`` introduce the person called ``surname``: their first name or a title ("President Obama")?"""
    return _first_name_before(surname, text, titles=True)


#: Where a lone capitalized word is a person: the subject opening the sentence ("Sullivan said ...", "Dunn, a
#: 47-year-old ..."), the speaker of an attribution ("..., Apkarian added.", "said Grief"), or after a courtesy
#: title ("Mr. Miller").
_PERSON_SLOT_RE = re.compile(
    r"^(?P<a>[A-Z][a-z][\w-]+)(?=,|\s+(?:[a-z]+ed|" + _SUBJECT_SAY + r"|is|was|has|had|will|would|could|can|may|"
    r"might|must|should|did|does|also|still|later|then|took|made|won|lost|left|gave|told|became|began|faces|"
    r"face|remains|remained)\b)"
    r"|(?<![\w'’.-])(?P<b>[A-Z][a-z][\w-]+)\s+" + _SUBJECT_SAY + r"\b"
    r"|\b(?:said|says|added|wrote|told)\s+(?P<c>[A-Z][a-z][\w-]+)\b(?!\s+[A-Z])"
    r"|\b(?:Mr|Mrs|Ms|Miss)\.?\s+(?P<d>[A-Z][a-z][\w-]+)\b(?!\s+[A-Z])"
    # (a possessive is no person slot: "Florida's officials", "Taylor's ex-boyfriends" were named "Under Florida",
    # "Happy Taylor" from capitalized words that happened to stand before them in the article)
    r"|(?!)(?P<e>)")
#: First words of place names ("North Korea's", "East Germany's"): never a first name.
_PLACE_FIRST = frozenset(
    """North South East West Northern Southern Eastern Western Central Upper Lower Great Greater United New Old
    Saudi Sri Costa Puerto Hong Los Las San Santa Sao Rio Buenos Abu Tel El La Le Fort Port Mount Lake Cape Bay""".split())


#: Where a lone capitalized word is a person only when its article also calls it one (:func:`_called_a_person`):
#: a possessive ("Hammerman's book explores ...", "If Cervantes' positive test is confirmed"), the subject of a
#: clause ("When Hall recommended the fitting stations, ..."), a subject after a leading adverb ("Rather, Powless,
#: whose tribe ...") or joined to another ("Taylor and Democrats on the oversight committee disagree"), or a
#: subject before a past tense the slots above do not list ("Patel underwent surgery ..."). Read on the labelled
#: briefs' dangling sentences: 7 of the 30 the lean detector missed on the dev clusters were such surnames.
_PERSON_SLOT_MORE_RE = re.compile(
    r"(?<![\w'’.-])(?P<f>[A-Z][a-z][\w-]+)(?:['’]s|(?<=s)['’])(?=\s+[a-z])"
    r"|\b(?:When|Whenever|After|Before|While|Since|If|Although|Though|Because|Once|Until|Unless|when|after|before|"
    r"while|since|although|though|because|once|until|unless|that)\s+(?P<g>[A-Z][a-z][\w-]+)(?=\s+(?:[a-z]+ed|"
    + _SUBJECT_SAY + r"|is|was|has|had|will|would|could|can|may|might|did|does|wants|wanted|took|made|gave|told|"
    r"went|got|saw|met|ran|wrote|left|became|began)\b)"
    r"|^(?:[A-Z][a-z]+),\s+(?P<h>[A-Z][a-z][\w-]+)(?=,|\s+(?:[a-z]+ed|" + _SUBJECT_SAY + r"|is|was|has|had|wasn['’]t|"
    r"isn['’]t|hopes|wants|says|thinks|believes)\b)"
    r"|^(?P<i>[A-Z][a-z][\w-]+)\s+and\s+(?=his\b|her\b|[A-Z])"
    r"|^(?P<j>[A-Z][a-z][\w-]+)(?=\s+(?:underwent|went|got|saw|met|ran|wrote|spent|sent|brought|kept|held|knew|"
    r"thought|felt|heard|paid|sold|bought|taught|fought|built|led|fled|fell|hopes|wants|thinks|believes|knows|"
    r"says|tells|insists|argues|claims|denies|faces)\b)")
#: The article calls a surname a person: the speaker of an attribution ("Hall said", "said Hall"), after a title
#: ("Rabbi Hammerman", "Mr. Patel", "Chairman Jim Hall"), given an age ("Powless, 69,", "Irving Powless Jr., the
#: 69-year-old"), or the whole name after a role ("pole vaulter Dana Cervantes").
_SAY_NAME = r"(?:said|says|added|adds|told|tells|wrote|writes|asked|explained|noted|recalled|insisted|argued)"


@functools.lru_cache(maxsize=1024)
def _called_a_person(surname: str, article_text: str) -> bool:
    """Does ``article_text`` (quotations blanked) call ``surname`` a person: an attribution to it, a title or a
    courtesy title before it, an age after it, a role (a lower-case word that is no function word) before the whole
    name? Never a word it also calls a place ("in Venezuela")."""
    n = re.escape(surname)
    if re.search(r"\b(?:in|across|throughout|inside|outside)\s+" + n + r"\b(?!['’])", article_text):
        return False  # a place: "in Venezuela" ("Project Venezuela", a party, gave "Venezuela's new Congress" a first name)
    for m in re.finditer(r"\b([a-z][a-z-]{2,})\s+[A-Z][a-z][\w'’-]*\s+(?:[A-Z]\.\s+)?" + n + r"\b", article_text):
        if m.group(1) not in _patterns.STOPWORDS:
            return True  # a role before the whole name: "pole vaulter Dana Cervantes", "spokesman Josh Earnest"
    return bool(re.search(r"(?<![\w'’.-])" + n + r"(?:,[^,.;]{1,60},)?\s+" + _SAY_NAME + r"\b|\b" + _SAY_NAME
                          + r"\s+" + n + r"\b|\b(?:" + "|".join(map(re.escape, sorted(_TITLE_WORDS | _COURTESY))) + r")\.?\s+(?:[A-Z][a-z]+"
                          r"\s+)?(?:[A-Z]\.\s+)?" + n + r"\b|\b" + n + r"(?:\s+Jr\.?|\s+Sr\.?)?,\s+(?:the\s+)?\d{1,3}(?:,|-year-old)",
                          article_text))


def bare_surname(text: str, article_text: str, skip: frozenset[str] | set[str] = frozenset()) -> str | None:
    """A person ``text`` calls by a surname alone ("Sullivan said ...", "Mr. Miller said ..."), when its article
    gives that surname with a first name elsewhere ("Tom Sullivan") and ``text`` itself neither gives it nor a
    title ("President Obama"): a reader of a brief has not met them unless a sentence before introduces them.
    In a possessive or a clause (:data:`_PERSON_SLOT_MORE_RE`: "Hammerman's book", "When Hall recommended") only
    when the article also calls the surname a person (:func:`_called_a_person`): "Florida's officials" is no one's.
    The first such surname not in ``skip``, or None."""
    outside = _outside_quotes(text)
    article = _article_outside_quotes(article_text)
    found = [(m, False) for m in _PERSON_SLOT_RE.finditer(outside)] + [
        (m, True) for m in _PERSON_SLOT_MORE_RE.finditer(outside)]
    for m, more in sorted(found, key=lambda f: f[0].start()):
        name = next(g for g in m.groups() if g)
        slot = next(k for k, g in m.groupdict().items() if g)
        if slot in ("b", "e", "f", "g") and m.start(slot) > 0:
            prev = outside[: m.start(slot)].rstrip().split()
            if (prev and prev[-1][:1].isupper() and not prev[-1].endswith((",", ";", ":", '"', "”"))
                    and prev[-1] not in _NOT_NAMES):
                continue  # "Tom Sullivan said", "President Trump said", "Joshua Hammerman's book"
        if name in skip or name in _NOT_NAMES or name in _NOT_PERSON_WORDS or name in _TITLE_WORDS:
            continue
        if more and (name in _PLACE_FIRST or not _called_a_person(name, article)
                     or len({k.split()[0] for k in _first_names(name, article)}) > 1):
            continue  # (two first names: "Charles Schulz" and his daughter "Jill Schulz" — whose is "Schulz's"?)
        if _first_name_before(name, article) and not introduces(text, name):
            return name
    return None


#: Capitalized words opening a clause or a sentence that the stop-word list lacks: "Since Bush's position ...",
#: "Neither Gore's ..." gave Bush and Gore no first name (read on the dev clusters' possessives), "Besides Russia's
#: lower house ..." gave Russia one (Multi-News 0249, brief49's held-out half, read after its measurement): the
#: conjunctions, the connectives :data:`CONNECTIVE_RE` deletes and sentence adverbs.
_CLAUSE_OPENERS = frozenset("""since neither whether although though unless either yet even whatever whenever besides
    meanwhile however moreover furthermore nevertheless nonetheless instead indeed thus therefore hence otherwise
    likewise similarly consequently accordingly additionally perhaps maybe meantime later earlier finally eventually
    apparently obviously clearly actually rather also still then now today yesterday tomorrow tonight""".split())


@functools.lru_cache(maxsize=1024)
def _first_names(surname: str, article_text: str) -> dict[str, int]:
    """The names ``article_text`` gives ``surname`` with a first name ("Tom Sullivan", "Tom J. Sullivan"), and how
    often (cached: callers must not change the dict)."""
    counts: dict[str, int] = {}
    for m in re.finditer(r"\b([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z]\.)?)[ \t]+" + re.escape(surname) + r"\b", article_text):
        first = m.group(1).split()[0]
        if (first in _COURTESY or first in _NOT_NAMES or first in _NOT_PERSON_WORDS or first in _TITLE_WORDS
                or first in _PLACE_FIRST or first.lower() in _patterns.STOPWORDS or first.lower() in _CLAUSE_OPENERS):
            continue  # ("Under Florida law": a capitalized function word is no first name)
        if first.endswith("ing") and re.search(r"(?:^|[.!?\"”'’]\s+|\n)$", article_text[: m.start()]):
            continue  # a participle opening a sentence: "Turning Elian over to ..." gave Elian no first name "Turning"
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    return counts


def full_name(surname: str, article_text: str) -> str | None:
    """The name the article most often gives ``surname`` with a first name ("Tom Sullivan"), or None."""
    counts = _first_names(surname, article_text)
    return max(counts, key=lambda k: (counts[k], -len(k))) if counts else None


def name_in_full(text: str, article_text: str, before: list[str], accept=None) -> Rewrite:
    """``text`` with a person it calls by surname alone (:func:`bare_surname`) named in full ("Sullivan said" ->
    "Tom Sullivan said", "Mr. Miller" -> "Michael Miller"), unless one of ``before`` (the headline and the brief's
    earlier sentences) introduces them. ``accept(form, full)``, when given, says whether the surname as written
    ("Ms Kercher") is the person named in full ("Lyle Kercher"): the view asks its entities."""
    out = Rewrite(text)
    done: set[str] = set()
    for _ in range(3):
        name = bare_surname(out.text, article_text, done)
        if not name:
            break
        done.add(name)
        full = full_name(name, _article_outside_quotes(article_text))
        if not full or any(introduces(b, name) for b in before):
            continue
        text = out.text
        spans = [(0, 0)] + [(m.start(), m.end()) for m in _patterns.QUOTED_RE.finditer(text)] + [(len(text), len(text))]
        for (_, start), (end, _) in zip(spans, spans[1:]):  # the first mention outside quotations
            m = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss)\.?\s+)?\b" + re.escape(name) + r"\b").search(text, start, end)
            if m:
                if accept is None or accept(m.group(0), full):
                    out.text = text[: m.start()] + full + text[m.end() :]
                    out.edits.append(f"{m.group(0)!r} -> {full!r}")
                break
    return out


def unstated_antecedent(text: str) -> tuple[str, str] | None:
    """A shape of ``text`` (after :func:`rewrite`) that leans on a sentence the brief does not show, as ``(kind,
    word)``, or None: ``("quantifier", "Others")`` for a leading quantifier or "One" with no noun before its verb
    (:data:`QUANTIFIER_VERB_RE`, :data:`LEADING_ONE_RE`); ``("object", "it")`` for an opening gerund or infinitive
    whose object pronoun has nothing before it (:data:`GERUND_OBJECT_RE`); ``("definite", noun)`` for a definite
    description :data:`LEADING_DEFINITE_RE` reads after a short leading adverbial, or bare "Results"/"Findings"
    (:data:`LEAD_ADVERBIAL_RE`, :data:`BARE_RESULTS_RE`; the adverbial may name the noun itself); ``("connective",
    word)`` for a connective closing the sentence (:data:`TRAILING_CONNECTIVE_RE`); ``("summing-up", connective)``
    for a leading "In short,", "In other words,", "After all," ... (:data:`SUMMING_UP_RE`); ``("proverb", word)`` for
    a proverb standing alone (:func:`is_proverb`). One detector: the selector's
    lean rule (:func:`dangling_reason`) and the readability counter (:func:`newsbrief.eval.readability.check_brief`,
    where an earlier bullet or the headline that names a definite's noun resolves it)."""
    m = QUANTIFIER_VERB_RE.match(text) or LEADING_ONE_RE.match(text)
    if m:
        return "quantifier", text.split(None, 1)[0]
    m = GERUND_OBJECT_RE.match(text)
    if m and not (m.group("ref") == "it" and _EXPLETIVE_IT_RE.match(text, m.end())):
        return "object", m.group("ref")
    m = LEAD_ADVERBIAL_RE.match(text) or BARE_RESULTS_RE.match(text)
    if m:
        rest = text[m.end():]
        rest = rest[4:] if rest.startswith("the ") else rest[0].lower() + rest[1:]
        d = LEADING_DEFINITE_RE.match("The " + rest)
        if d and not re.search(r"\b" + re.escape(d.group("noun").rstrip("s")[:5]), text[: m.end()], re.IGNORECASE):
            return "definite", d.group("noun")
    m = TRAILING_CONNECTIVE_RE.search(_outside_quotes(text).rstrip())
    if m:
        return "connective", m.group("connective")
    m = SUMMING_UP_RE.match(text)
    if m:
        return "summing-up", m.group("connective")
    if is_proverb(text):
        return "proverb", text.split(None, 1)[0]
    return None


def _adverbial_reason(text: str) -> str | None:
    """Why a sentence opening on an adverbial or a fronted clause leans on an unshown one, or None."""
    m = ANAPHORIC_ADVERBIAL_RE.match(text)
    if m:
        return f"leading {m.group(0)!r}"
    m = CLAUSE_PRONOUN_RE.match(text)
    if m:  # "When he left, he was beaming": unless the main clause names him ("When he arrived, Smith said")
        first = _CAPITALIZED_RE.match(m.group("main"))
        if not (first and first.group(0) not in _NOT_NAMES):
            return f"{m.group('pro')!r} in a leading clause"
    m = FRONTED_CLAUSE_RE.match(text)
    if m:
        clause, pro = m.group("clause"), m.group("pro").lower()
        if m.group("conj") in ("Like", "Unlike"):
            # "Like other beetles, they are hard-bodied": what is compared is never what the pronoun stands for
            return f"{m.group('pro')!r} after a leading comparison"
        names = [w for w in _CAPITALIZED_RE.findall(clause) if w.rstrip("'’s") not in _NOT_NAMES]
        if pro in ("he", "she", "his", "her"):
            resolved = bool(names) or bool(re.search(r"\b(?:a|an|the)\s+[\w-]+", clause))
        elif pro in ("they", "their"):
            resolved = bool(_PLURAL_NP_RE.search(clause))
        else:
            resolved = bool(names) or bool(_THING_NP_RE.search(clause))
        if not resolved:
            return f"{m.group('pro')!r} after a leading clause"
        return None
    m = ADVERB_REFERENCE_RE.match(text)
    if m:
        rest = text[m.start("ref") :]
        if not NON_REFERRING_RE.match(rest[0].upper() + rest[1:]):
            return f"{m.group('ref')!r} after a leading {m.group('lead')!r}"
    m = ADVERBIAL_REFERENCE_RE.match(text)
    if m and not FRONTED_CLAUSE_RE.match(text):
        lead, ref = m.group("lead"), m.group("ref").lower()
        rest = text[m.start("ref") :]
        if NON_REFERRING_RE.match(rest[0].upper() + rest[1:]):
            return None
        if ref in ("he", "she", "his", "her", "him") and any(
                w not in _NOT_NAMES for w in _CAPITALIZED_RE.findall(lead)[1:]):
            return None  # "According to Smith, he ..."
        return f"{m.group('ref')!r} after a leading adverbial"
    return None


#: :func:`dangling_reason`'s reason for "It could also be called ...": the selector shows it only after a sentence
#: before it in its article that names something (:data:`NAMING_RE`).
IT_ALSO_NAMING = "'It ... also called' names a second time"


def dangling_reason(text: str) -> str | None:
    """Why ``text`` (after :func:`rewrite`) still leans on an unshown
    sentence, or None when it stands alone. (A person called by surname
    alone is named in full where the brief has not introduced them:
    :func:`name_in_full`.)"""
    if is_quotation_tail(text):
        return "end of a quotation"
    if CONNECTIVE_RE.match(text):
        return "leading connective"
    why = _adverbial_reason(text)
    if why:
        return why
    also = it_also(text)  # (before NON_REFERRING_RE, which reads "It is also the first visit to ..." as expletive)
    if also:
        return IT_ALSO_NAMING if also == "naming" else "leading 'It' ... 'also'"
    if NON_REFERRING_RE.match(text):
        return None
    m = LEADING_PERSON_RE.match(text) or LEADING_REFERENCE_RE.match(text)
    if m:
        return f"leading {m.group(0).strip(chr(34) + '“‘`')!r}"
    m = LEADING_QUANTIFIER_RE.match(text)
    if m:
        return f"leading {m.group('q')!r} with no noun"
    m = LEADING_DEFINITE_RE.match(text)
    if m:
        return f"leading definite description {m.group(0)!r}"
    m = LEADING_PERSON_DESCRIPTION_RE.match(text)
    if m:
        return f"leading description of a person {m.group(0)!r}"
    lean = unstated_antecedent(text)
    if lean:
        kind, word = lean
        return {"quantifier": f"leading {word!r} with no noun", "object": f"{word!r} opening the sentence's object",
                "definite": f"'the {word}' never introduced", "connective": f"closing {word!r}",
                "summing-up": f"leading {word!r} (sums up what is not shown)", "proverb": PROVERB}[kind]
    opens = text.lstrip()[:1] in "\"“`‘" or text.lstrip().startswith("''")  # (DUC's wire copy opens with '')
    if _has_say(text):
        for rx in (PRONOUN_SPEAKER_RE, INVERTED_PRONOUN_RE, PLURAL_SPEAKER_RE):
            m = rx.search(text)
            if m and not _names_person_in(text[: m.start()]):
                return "pronoun speaker"
        if opens and IT_SPEAKER_RE.search(text):
            return "pronoun speaker"  # '"Malaria is a curable disease," it said': what said it is elsewhere
    if opens and (len(_outside_quotes(text).split()) < 2 or _unclosed(text.lstrip())):
        return "quotation with no speaker"  # (an unclosed one goes on in the next paragraph: no speaker either)
    return _midsentence_reason(text)


def _midsentence_reason(text: str) -> str | None:
    """Why a sentence leans on an unshown one through a reference inside it, or None: "at that pre-K center"
    (:data:`MIDSENTENCE_DEMONSTRATIVE_RE`), "cut her prison term" with no one before "her" to stand for, "their"
    with nothing before it, "here", an unintroduced "the study" (:func:`inside_reference`), "there" with no place
    before it, "the rest" of nothing."""
    outside = _outside_quotes(text)
    for m in MIDSENTENCE_DEMONSTRATIVE_RE.finditer(outside):
        if (m.group("noun") not in _patterns.STOPWORDS and m.group("noun") not in _NUMBER_WORDS
                and not _named_before(outside, m.start(), people=False)):
            return f"{m.group('ref')!r} {m.group('noun')!r} inside the sentence"  # ("in that they ...": a clause)
    ref = inside_reference(text)
    if ref:
        kind, word = ref
        return {"pronoun": f"{word!r} with no one before it", "here": "'here' with no place shown",
                "this": f"'this {word}' with no place shown", "definite": f"'the {word}' never introduced"}[kind]
    m = PLACE_THERE_RE.search(outside)
    if m and not _named_before(outside, m.start(), people=False):
        return "'there' with no place before it"
    m = REMAINDER_RE.search(outside)
    if m and not _PART_BEFORE_RE.search(outside[: m.start()]):
        return f"{m.group(0)!r} with nothing before it that it is the rest of"
    return None


def _plural_before(outside: str, k: int) -> bool:
    """Is there something in ``outside`` (a sentence, quotations blanked) before ``k`` (a plural pronoun) that the
    pronoun may stand for (:data:`_DETERMINED_PLURAL_RE`, :data:`_GROUP_RE`, a person noun or a name)?"""
    before = outside[:k]
    if _GROUP_RE.search(before) or _PERSON_NOUN_RE.search(before):
        return True
    for m in _DETERMINED_PLURAL_RE.finditer(outside):  # (the whole sentence: what follows a word tells a verb)
        if m.end() > k:
            break
        if (m.group("noun") or m.group("after")).lower() not in _PLURAL_NOT_NOUNS:
            return True
    words = _CAPITALIZED_RE.findall(before)
    first = bool(words) and before.lstrip().startswith(words[0])
    return any(w not in _NOT_NAMES for w in words[1 if first else 0:])


def inside_reference(text: str) -> tuple[str, str] | None:
    """A reference inside ``text`` (outside its quotations) to something the sentence does not give, as
    ``(kind, word)``, or None: ``("pronoun", "her")`` for a his/her/him/he/she with no one before it (no name, no
    person noun) and for a their/them with nothing before it that it may stand for ("The brain disorder interferes
    with their ability ..."); ``("here", "here")`` for "here" outside a quotation (the dateline's place: the
    rewrite names it where the article has a dateline, :func:`dateline_place`); ``("this", noun)`` for "this
    country", "this city" (:data:`THIS_PLACE_RE`: a city is named from the dateline, :func:`name_this_place`, a
    country never); ``("definite", noun)`` for a study,
    report, survey or poll the sentence does not introduce ("... the funding for the study."). One detector: the
    selector's lean rule (:func:`dangling_reason`) and the readability counter
    (:func:`newsbrief.eval.readability.check_brief`, where the bullet before or an earlier one may resolve it)."""
    outside = _outside_quotes(text)
    m = MIDSENTENCE_PRONOUN_RE.search(outside)
    if m and not (_named_before(outside, m.start(), people=True) or _PERSONISH_RE.search(outside[: m.start()])
                  or _PERSON_NOUN_RE.search(outside[: m.start()])):
        return "pronoun", m.group("pro")
    m = PLURAL_PRONOUN_RE.search(outside)
    if m and not _plural_before(outside, m.start()):
        return "pronoun", m.group("pro")
    m = PLACE_HERE_RE.search(outside)
    if m:
        return "here", "here"
    m = THIS_PLACE_RE.search(outside)
    if m and not _PLACE_BEFORE_RE.search(outside[: m.start()]):
        return "this", m.group("noun")
    for m in UNINTRODUCED_STUDY_RE.finditer(outside):
        noun = m.group("noun")
        if not re.search(r"\b" + noun.rstrip("s")[:5], outside[: m.start()], re.IGNORECASE):
            return "definite", noun  # (not "A study of ... the study's authors")
    return None


def gives_antecedent(pronoun: str, text: str) -> bool:
    """Does ``text`` (the bullet before, say) name something ``pronoun`` (from :func:`inside_reference`) may stand
    for: a person or a name for his/her/him, a plural, a group or a name for their/them?"""
    outside = _outside_quotes(text)
    if pronoun.lower() in ("their", "them", "theirs", "themselves"):
        return _plural_before(outside, len(outside))
    return bool(_PERSONISH_RE.search(outside) or _PERSON_NOUN_RE.search(outside)) or _named_before(
        outside, len(outside), people=True)


def _named_before(outside: str, k: int, people: bool) -> bool:
    """Does ``outside`` (a sentence, quotations blanked) name something before ``k`` a reference there may stand for
    ("For fans of Led Zeppelin, ... of those classic albums")?"""
    before = outside[:k]
    words = _CAPITALIZED_RE.findall(before)
    excluded = _NOT_NAMES | _NOT_PERSON_WORDS if people else _NOT_NAMES
    first = bool(words) and before.lstrip().startswith(words[0])  # (capitalized as the sentence's first word)
    return any(w not in excluded for w in words[1 if first else 0:]) or (
        people and first and words[0] not in excluded)


def _unclosed(text: str) -> bool:
    """Does ``text`` open a quotation it never closes ('“My wife and I spend hours reading your messages.')?"""
    if text.startswith("“"):
        return "”" not in text
    if text.startswith("``"):
        return "''" not in text
    if text.startswith("''"):
        return "''" not in text[2:]
    return text.startswith('"') and text.count('"') == 1


__all__ = ["LEADING_DEFINITE_RE", "unstated_antecedent", "it_also", "is_proverb", "PROVERB", "IT_ALSO_NAMING", "NAMING_RE", "close_quotation", "THIS_PLACE_RE", "dateline_place", "name_this_place", "gives_antecedent", "inside_reference", "name_here", "LEADING_PERSON_DESCRIPTION_RE", "Rewrite", "bare_surname", "dangling_reason", "delete_connective", "delete_interjected_connective", "introduces", "is_quotation_tail", "name_in_full", "names_speaker", "rewrite",
           "speaker_before", "strip_dateline", "title_case_line"]
