"""Quotes: direct quotes, who said them, and which outlets carry each one.

Quotes are paired per paragraph (straight, curly, guillemets, the ``...''
of wire copy); a quote left open at a paragraph's end that the next
paragraph reopens is a quote of its own (the convention for a statement
running over paragraphs). The speaker comes from the text around the quote,
in this order:

1. after it, in its sentence: ``"...," X said`` / ``"...," said X`` /
   ``"...," X, the head of ..., told Reuters`` / ``"...," he said`` /
   ``"...," the spokesman said`` / ``"...," LANA reported``;
2. before it, in its sentence: ``X said: "..."`` / ``He said Russia ...
   "are working ..."``;
3. ``according to X``;
4. a continuation: no attribution of its own, and the same or the previous
   paragraph quotes someone (``"...," X said. "Second sentence."``) or names
   who speaks (``X said the family did not know. "When we ..."``);
5. by syntax (before step 4 for a quote opening its sentence), for a quote
   still without a speaker, one credited to a
   sentence's opening subject, or a "he" the rules resolved to no person: the
   grammatical subject of the verb governing the quote in a dependency parse
   of its sentence (``X's enthusiasm shows: "..."``, ``with X noting that
   "..."``, ``"...!" X shrieked``), pronouns resolved to the nearest parsed
   subject of their gender.

Speakers are people and organizations (canonical entities when the name is
one), nominal speakers ("the spokesman", "a neighbor", "officials") or capitalized
names NER missed; a place only when a state is itself the verb's subject ("North
Korea said": its government), never a place inside the subject. "he"/"she" and a definite role ("the former
president") resolve to the current speaker of the article (the last one
quoted or named as speaking), else to the nearest person before the quote.
The same quote in several outlets is matched on content stems (containment,
so "[agreement]" insertions, quote styles and punctuation do not matter).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .._patterns import DATELINE_PREFIX_RE
from ..features import content_terms, tokens
from ._cues import (
    BODY_ROLES,
    BRACKET_RE,
    CLOSING_QUOTES,
    FEMALE_NAMES,
    FEMALE_NOUNS,
    FEMALE_WORDS,
    KIN_ROLES,
    MALE_NAMES,
    MALE_NOUNS,
    MALE_WORDS,
    MIN_QUOTE_WORDS,
    NAME_PARTICLES,
    NOMINAL_SPEAKER_RE,
    OPENING_QUOTES,
    PERSON_ROLES,
    PLACE_LABELS,
    PRONOUNS,
    SHARE_BAR_WORDS,
    SPEAKER_LABELS,
    SPEECH_VERBS,
    TITLES,
    WIRE_QUOTES,
)
from ._publication import outlet_it_said, publication_speaker
from ._question_frame import opens_own_quote
from ._characterizing import document_subject, relative_subject
from ._possessed_relative import POSSESSED_RELATIVE_AFTER_QUOTE_RE
from ._cues import CLAUSE_PARTICLES, IRREGULAR_CLAUSE_VERBS, NEWSPAPER_HEADS, NOT_CLAUSE_VERBS, TIME_HEADS
from ._cues import PEOPLE_NOUNS, SPEECH_ACT_NOUNS
from ._speech_lexicon import PASSIVE_FORMS
from ._speaker_ner import aged_person_typed_place, headline_entity, headline_words, part_of_place_name
from ._speaker_ner import named_person_typed_place
from .demonyms import is_demonym_noun
from ._cues import UNISEX_GIVEN_NAMES
from ._unnamed_relative import unnamed_relative_speaker
from ._doc import Mention, Sent, Source, cite_dict, outlets_of
from ._cues import STATE_ABBREVIATIONS
from ._indefinite_clause import indefinite_clause_speaker, indefinite_person
from ._person_nouns import _AGENT_NOUN_RE, _PERSON_NOUN_RE, _THING_NOUN_RE, UNNAMED_PERSON_NOUNS
from ._person_nouns import _unnamed_person_noun
from ._non_speakers import headline_cased
from ._page_furniture import dash_aside_start, fronted_phrase_before, is_video_title_line
from ._page_furniture import is_wire_credit, lone_paragraph_quote_left_open, single_opened_double_closed
from ._page_furniture import statement_at_end
from ._body_description import named_body_for_description
from ._document_issuer import Rules as _IssuerRules, document_issuer, document_phrase
from ._honorific_subject import honorific_subject, only_agreeing_person
from ._caused_state import caused_state_person
from ._lone_name_person import pair_subject_before, people_typed_bodies
from ._name_repairs import given_name, given_name_relinked, unseen_people
from ._pull_quote import unpunctuated_pull_quote
from ._interview import interviewee
from ._as_clause import as_clause_speaker, comparative_as
from ._fronted_as import fronted_as_speaker
from ._fronted_clause import main_clause_first
from ._description_referent import LISTENER_VERBS, described_referent, fronted_comma_phrase, title_cased
from ._titled_surname import titled_surname
from ._verb_as_noun import plural_noun_not_verb
from ._dialogue_turn import introduces_next_quote, reports_own_clause
from ._mark_typos import closing_mark_opens_paragraph
from ._given_names import listed_gender
from ._person_or_body import business_appositive, who_relative_person
from ._inverted_epithet import inverted_epithet
from ._inverted_indefinite import inverted_indefinite
from ._embedded_tweet import spk145_in_tweet
from ._dash_aside import spk145_aside_subject
from ._quoted_title import spk145_past_title
from ._document_reads import spk145_document_from_before, spk145_reads_document
from ._read62 import read62_commaless_inverted, read62_other_pronoun_subject, read62_role_near
from ._read63 import read63_finding_close, read63_kin_in_bare_sentence, read63_kin_phrase_re, read63_titled_quote
from ._asked_passive import asked_after_quote, interview_named
from ._coordinated_they import spk147_opening_they
from ._gendered_nominal import spk147_gendered_nominal
from ._pronoun_step import spk148_side_clause_referent
from ._reopened_part import spk146_reopened_part_end
from ._medium_tail import spk146_medium_tail
from ._according_body import spk146_according_body
from ._aged_epithet import spk146_aged_subject
from ._kind_body import spk149_kind_body
from ._handed_note import spk149_handed_note
from ._document_opens import spk149_document_opens
from ._generic_you import spk149_generic_you
from ._described_name import spk149_described_name
from ._unmarked_continuation import spk149_unmarked_continuations

#: Share of the shorter quote's content stems found in the longer one for
#: two quotes to be the same quote (partial quotes of a longer one match).
SAME_QUOTE_CONTAINMENT = 0.8
#: Quotes with fewer content stems are not matched across outlets (too generic).
MIN_MATCH_TERMS = 3
#: How far after/before a quote an attribution is looked for, in characters.
AFTER_WINDOW = 160
BEFORE_WINDOW = 160
#: A speech verb after a quote attributes it only when it starts this close
#: to the quote, unless a name right after the quote is its subject
#: (``"...," X, the head of the agency, told Reuters``).
AFTER_VERB_REACH = 70
#: How many sentences back "he" or "the minister" looks for someone speaking.
REFERENCE_SENTENCES = 6
#: A continuation inherits the speaker of a quote or speech sentence at most
#: this many paragraphs back (0: the same paragraph).
CONTINUATION_PARAGRAPHS = 2
#: The same reach counted in lines, for text set one sentence a line (ECB+: '"...," a defence spokesperson said.' /
#: two lines of facts / '"We also managed to find grapnels ..."'): two paragraphs of about two sentences each.
CONTINUATION_LINES = 4

_QUOTE_MARK_RE = re.compile("|".join([*map(re.escape, WIRE_QUOTES),
                                     "[" + re.escape('"' + OPENING_QUOTES + CLOSING_QUOTES) + "]"]))
_OPENING_MARK_RE = re.compile(r"\s*(?:``|''(?=\w)|[\"" + re.escape(OPENING_QUOTES) + "])")
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_SPEECH = sorted(SPEECH_VERBS - {"according"}, key=len, reverse=True)
#: A predicate adjective of stance before "that" frames what follows as a speech verb does: "Scudamore is emphatic
#: that it needs to retain its British "essence"" then quotes with no attribution of their own are his, as after
#: "Scudamore insists that" (spk108, blind-speakers62: 2 quotes). Only adjectives that say someone asserts (not
#: "clear": "it is clear that" is the writer's).
_STANCE_FRAME = r"(?:is|was|are|were|remains|remained)\s+(?:emphatic|adamant|insistent|unequivocal)(?=\s+that\b)"
#: A speech verb; capitalized only where a word or comma does not stand right before it (a sentence's first word:
#: "Said X, ..."), so "the United States" or "Reads Mill" hold no verb.
_VERB_RE = re.compile(r"\b((?:" + "|".join(_SPEECH) + r")|(?<![\w,] )(?:" + "|".join(w[:1].upper() + w[1:]
                                                                                   for w in _SPEECH) + r")"
                      # "offered" / "offers" only with a name right after it or a quote as its object ('"...,"
                      # offered Mickey Hart.'; 'offers Weir, "..."'): not "The solutions offered include", nor a
                      # sum offered ("offered $3,000 cash"); of 29 sentences with "offered" / "offers" and a quote
                      # mark over Multi-News and BASIL, the two of Multi-News 0044 are speech so (spk56)
                      r"|offer(?:s|ed)(?=\s+[A-Z][a-z]|\s*,?\s*[\"“])|"
                      # "put in" only right before a colon and the quote it adds ('Mr. Stewart put in: "So, ..."'):
                      # not "put in place", "put in charge"; the text may end at the mark (a search up to the quote)
                      r"put\s+in(?=\s*:\s*(?:``|[\"“]|$))|" + _STANCE_FRAME + r")\b")
_ACCORDING_RE = re.compile(r"\baccording to\b", re.I)
#: A word for one or some of a group, alone ("One appealed for help ..."; not "One Direction"): no name.
_QUANTIFIER_ALONE = r"(?!(?:One|Another|Some|Many|Most|Several|Both|Each|Others|Neither|Either|All|Few)\b(?!\s+[A-Z]))"
#: A weekday is never a later word of a name: "said Muasher Friday when ..." is Muasher, and "Martin Indyk Sunday
#: reiterated" is Martin Indyk (blind-speakers59, spk107).
_NOT_A_WEEKDAY = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
#: A capitalized name (one NER missed) right before a speech verb, or right after it.
_NAME = _QUANTIFIER_ALONE + r"(?!(?:The|A|An|Her|His|Their|Its|It|This|That|These|Those|He|She|They|We|I|You|But|And|Asked|In|On|At|As|When|While|After|Before|If|Yet|So|Also|Meanwhile|However|Earlier|Later|Last|Next|Early|Late|Then|Now|Today|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b)[A-Z][\w.\-'’]+(?:\s+" + _NOT_A_WEEKDAY + r"(?:al|el|de|van|von|bin)?-?\s*[A-Z][\w.\-'’]+){0,3}"
#: An adverb that may stand between a speaker and the speech verb ("X allegedly told", "X reportedly said").
_HEDGE = r"(?:(?:allegedly|reportedly|reputedly|purportedly|apparently)\s+)?"
_BARE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,(]))(" + _NAME + r")\s*(?:,[^,]{0,150},\s*|,\s*)?(?:has\s+|had\s+|was\s+|later\s+|also\s+)?"
                             + _HEDGE + "$")
_BARE_AFTER_RE = re.compile(r"\s*(" + _NAME + r")")
#: A name followed by an age in commas ("said Rosannah, 24, of ..."): a person, whether NER typed it or not.
_AGED_NAME_RE = re.compile(r"\s*(" + _NAME + r"),\s*\d{1,3},")
#: Words that make a capitalized name a body, not a person ("Red Cross", "Syrian Army").
_BODY_NAME_WORDS = frozenset({"red", "cross", "crescent", "news", "party", "army", "forces", "force", "union", "bank",
                              "international", "national", "association", "organization", "organisation", "corp",
                              "inc", "group", "times", "post", "press", "agency", "ministry", "council", "committee",
                              "department", "office", "service", "center", "centre", "institute", "university",
                              "college", "court", "police", "government", "airlines", "airways", "watch", "fund",
                              "team",
                              "club", "league", "museum", "foundation", "company", "network", "channel",
                              # documents, which speak as bodies do ("The amended Criminal Law ... It stipulates:")
                              "law", "act", "treaty", "constitution", "charter", "code", "convention", "protocol",
                              "accord", "declaration", "resolution", "roadmap", "communique"})
#: A role noun right after a person's name with no comma ("and Bush supporter said", "a Trump campaign aide"):
#: the person only qualifies the role's holder, who speaks.
_MODIFIER_ROLE_RE = re.compile(r"\s+(?:campaign\s+|administration\s+|family\s+)?(?:supporter|aide|adviser|advisor|"
                               r"critic|spokesman|spokeswoman|spokesperson|ally|loyalist|lawyer|attorney|"
                               r"biographer|friend|rival|opponent|appointee|nominee|confidant)s?\b")
#: Abbreviated titles, for a definite role referring to someone named with the title ("Gov. X" ... "the governor").
ROLE_ABBREVIATIONS = {"governor": "Gov", "senator": "Sen", "representative": "Rep", "general": "Gen",
                      "professor": "Prof", "president": "Pres", "doctor": "Dr", "commander": "Cmdr",
                      "secretary": "Sec", "superintendent": "Supt"}
#: A person's role right after an organization's name: the organization only qualifies who speaks.
_ROLE_AFTER_RE = re.compile(r"\s+(?:[a-z\-]+\s+)?(?:" + "|".join(PERSON_ROLES) + r")s?\b")
#: What may stand before the subject that opens a sentence: an introductory phrase ("In an interview Tuesday,",
#: "One Democrat,") and capitalized titles ("Home Affairs Minister").
_OPENING_RE = re.compile(r"^\s*(?:[^,]{0,40},\s*)?(?:(?:[A-Z][\w.\-']*|of|the|and)\s+){0,6}$")
#: What may stand before a sentence's subject: an introductory phrase ending in a comma ("In a reference to
#: former president X, Trump wondered") and capitalized titles; the subject is the name after it.
_SUBJECT_OPENING_RE = re.compile(r"^\s*(?:[^,]{0,80},\s*)?(?:(?:[A-Z][\w.\-']*|of|the|and)\s+){0,6}$")
#: A day between a subject and its verb, as wire copy dates a clause ("Joklik on Saturday denied", "Samaranch Sunday
#: ruled out", "X yesterday rejected"): the name before it is still the clause's subject (spk132).
_DAY_BEFORE_VERB = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|"
                    r"afternoon|evening|night))?|\s+(?:yesterday|today))?")
#: A capitalized name opening a sentence, then a verb (past a day: :data:`_DAY_BEFORE_VERB`) or an appositive ("Jodi
#: Goldfinger of Stone Mountain, Ga., saluted ..."), or a verb past a parenthesis on the name ("Saramago (pronounced
#: sah-rah-MAH-go) is ...").
_BARE_OPENING_RE = re.compile(r"\s*(" + _NAME + r")(?=\s+(?:of|from|in)\s|\s*,|" + _DAY_BEFORE_VERB
                              + r"\s+(?:also\s+|then\s+|later\s+|still\s+)?[a-z]{3,}ed\b"
                              r"|\s+\((?:pronounced|born|nee|née)\s[^()]{1,50}\)\s+(?:is|was|has|had|[a-z]{3,}ed)\b)")
#: A medium relaying someone's words: "quoted Zhu as saying", "paraphrased Chen as saying", "said, quoting Ge Shouxi,
#: a chief engineer". A passive's agent is no one quoted: '"...," he was quoted by the New York Times as saying' is
#: "he" (spk108, blind-speakers58: the agent shown).
_RELAYED_RE = re.compile(r"(?:quoted|quoting|paraphrased|paraphrasing)\s+(?!(?:in|by|on)\s)((?:[\w.\-'’]+\s+){0,6}?[\w.\-'’]+)\s+as\s+(?:saying|telling)\b"
                         r"|\w+,\s+quoting\s+([^,.;]{2,80})")
#: Capitalized words ending in a title or role, then the person's name (what NER reads as an organization).
_TITLED_NAME_RE = re.compile(r"\s*(?:[A-Z][\w.\-'’]*\s+){0,5}(?:" + "|".join(
    w.capitalize() for w in PERSON_ROLES) + r")\s+((?:Mama\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+)?"
    r"[A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){1,3})")
#: A verb right after a name: the name is its clause's subject ("HQ co-founder and CEO Rus Yusupov was more blunt";
#: a modal too: "..., Mr. X must now build a campaign"; a verb of thinking, after a comma or not: "TCM host and film
#: historian Robert Osborne believes ...", then '"...," he said' is Osborne).
_VERB_NEXT_RE = re.compile(r"\s+(?:was|is|has|had|were|did|does|went|took|made|[a-z]{3,}ed|must|will|would|can|"
                            r"could|should|may|might|cannot)\b"
                            r"|,?\s+(?:believes|thinks|hopes|fears|feels|insists|argues|knows|wants|expects)\b")
#: Words ending in "-ly" that are no adverb ("the Smith family was", "a rally"), never read as one before a verb.
_NOT_ADVERBS = ("family", "rally", "ally", "supply", "reply", "apply", "assembly", "anomaly", "monopoly", "bully",
                "belly", "jelly", "holy", "lily", "italy")
#: A verb after a name past one adverb in "-ly" ("Sudan Armed Forces spokesman X vehemently denied any links"):
#: the name is still its clause's subject (:func:`_verb_after_name`).
_ADVERB_VERB_NEXT_RE = re.compile(r"\s+(?!(?:" + "|".join(_NOT_ADVERBS) + r")\b)[a-z]{2,}ly(?=\s)(?:"
                                  + _VERB_NEXT_RE.pattern + ")")


def _verb_after_name(text: str, end: int) -> re.Match[str] | None:
    """A verb right after the name ending at ``end`` of ``text`` (:data:`_VERB_NEXT_RE`), or past one adverb in
    "-ly" (:data:`_ADVERB_VERB_NEXT_RE`): 'However, Sudan Armed Forces spokesman Sawarmi Khaled Saad vehemently
    denied any links to the raid.' then '"...," he told the AFP news agency' is the spokesman's, not the speaker
    quoted in the sentence before (on main the adverb hid the subject; spk103)."""
    return _VERB_NEXT_RE.match(text, end) or _ADVERB_VERB_NEXT_RE.match(text, end) or _weekday_then_verb(text, end)


#: A verb after a name past a weekday ("... Martin Indyk Sunday reiterated that ...", "X on Monday told"): a wire's
#: date in the verb's slot, so the name is still its clause's subject.
_WEEKDAY_VERB_NEXT_RE = re.compile(r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s)(?:"
                                   + _VERB_NEXT_RE.pattern + ")")


def _weekday_then_verb(text: str, end: int) -> re.Match[str] | None:
    """A verb after the name ending at ``end`` of ``text`` past a weekday: 'visiting U.S. Assistant Secretary ...
    Martin Indyk Sunday reiterated that Washington is "concerned"' then '"...," he said.' is Indyk's (on main "he"
    went to the name in the fronted phrase before; blind-speakers59, spk107)."""
    return _WEEKDAY_VERB_NEXT_RE.match(text, end)


#: Nothing but spaces and an article before a name: the name opens the phrase.
_NAME_OPENS_PHRASE_RE = re.compile(r"\s*(?:(?i:the)\s+)?")


def _past_long_name(s: Sent, lo: int, window: int, hi: int) -> int:
    """``window`` (a position in the body past ``lo``), moved on to the end of a named mention of sentence ``s``
    that opens the phrase at ``lo`` (after spaces and "the" at most) and runs past ``window``, at most to ``hi``:
    '"...," according to the United Nations Mine Action Coordination Center of South Sudan.' is that centre's (a
    long name the fixed window cut, so the quote carried the speaker before; spk103). A name further in ("according
    to forensic experts ... acting for the Grigoropoulos family") is left cut, as before."""
    base, body = s.sentence.start, s.sentence.article.body
    for m in s.mentions:
        if (m.entity is not None and lo <= base + m.start < window < base + m.end <= hi
                and _NAME_OPENS_PHRASE_RE.fullmatch(body, lo, base + m.start)):
            return base + m.end
    return window


#: A quote signed with a dash after it, alone at its paragraph's end: '"...." - "Fiona"', '"..." — Jane Doe'.
_SIGNED_RE = re.compile(r"[ \t]*[-–—]+[ \t]*[\"“]?(" + _NAME + r")[\"”]?(?:,[^\n]{0,200})?[ \t]*(?=\n|$)")
#: A short noun phrase between a quote and its speech verb, its role noun not in the cue lists
#: ('"...," one serviceman said', '"...," the bus driver added').
_NOUN_PHRASE_RE = re.compile(r"\s*,?\s*((?:the|a|an|one|another|his|her|their)\s+(?:[a-z0-9][\w\-'’]*"
                             r"(?:\s+[a-z][\w\-'’]*){0,3}|"
                             # two roles joined ('"...," the comedian and talk show host said')
                             r"[a-z][\w\-'’]*\s+and\s+[a-z][\w\-'’]*(?:\s+[a-z][\w\-'’]*){0,2}|(?:[\w.\-'’]+\s+){1,3}[a-z][\w\-'’]*))\s*"
                             r"(?:also\s+|later\s+)?$")
#: Words that open a clause continuing the sentence after a quote, not the verb's subject
#: ('to "tell his side of the story" about his dealings with Trump, Graham said').
_NOT_SUBJECT_START_RE = re.compile(r"\s*(?:about|of|for|with|from|to|in|on|at|by|into|over|and|or|as|that|which|"
                                   r"who|because|after|before|when|while|if|since|than)\b")
#: A quote that ends its clause: closing punctuation inside the marks, or a comma or dash after them.
#: A quote ending its clause: with punctuation, perhaps then the closing mark of a quotation inside it
#: ('"Men would say, ‘The shelters are ruining my marriage,’" said the wife of a minister').
_QUOTE_END_RE = re.compile(r"[,.!?…:;\-–—]['’]?\s*$")
_AFTER_QUOTE_PUNCT_RE = re.compile(r"\s*[,\-–—]")
#: A list item naming who says what follows: '* AP - "..."', 'Reuters: "..."' at a line's start.
_LIST_LABEL_RE = re.compile(r"(?:^|\n)[ \t]*(?:[*•·][ \t]*)?([A-Z][\w.&'’]*(?:[ \t]+[A-Z&][\w.&'’]*){0,4})"
                            r"[ \t]+[-–—:][ \t]*$")
#: A transcript's speaker tag in capitals right before a quote ("CHECKETT: "...""); the surname of a person named.
_TRANSCRIPT_TAG_RE = re.compile(r"(?<![\w'’])([A-Z][A-Z'’\-]{2,}(?:\s+[A-Z][A-Z'’\-]{2,}){0,2})\s*:\s*$")
#: A nominal speaker opening the sentence right before a quote inside it ('But the committee also ``hopes').
_OPENING_NOMINAL_RE = re.compile(r"\W*(?:(?:But|And|Yet|However|Meanwhile|Still),?\s+)?(" + NOMINAL_SPEAKER_RE.pattern
                                 + r")\s+(?:also\s+|later\s+|further\s+)?[`\"“']*$", re.I)
#: A region's name followed by a speech verb ("the Rockies said"): NER's region is a team or body here.
_SPEECH_NEXT_RE = re.compile(r"\s+(?:also\s+)?(?:" + "|".join(sorted(SPEECH_VERBS - {"according"}, key=len,
                                                                    reverse=True)) + r")\b")
#: A given name and a surname ending a longer organization NER read as one ("the Ministry of ... Joseph Nowarski").
_GIVEN_NAME_TAIL_RE = re.compile(r"\s([A-Z][a-z]+\s+[A-Z][\w\-'’]+)$")
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
#: Before a quote: "X has quoted Y as saying he witnessed "..."": Y speaks (not "Y was quoted in X as saying"); also
#: "as asking" / "as adding" ("quoted Hariri as asking, ``Does ...?''", spk131).
_RELAYED_BEFORE_RE = re.compile(r"\b(?:quoted|quoting|paraphrased|paraphrasing)\s+(?!(?:in|by|on)\s)"
                                r"([^.;\"“”]{2,90}?)\s+as\s+(?:saying|telling|asking|adding)\b")
#: After a verb: a body's document ('read an Astana Team statement'): the body speaks.
_BODY_DOCUMENT_RE = re.compile(r"\s*(?:the|a|an)\s+((?:[A-Z][\w.\-'’]*\s+){1,4})(?:statement|press release|release|"
                               r"communiqu[eé]|letter|report|complaint|memo|notice)\b")
_PRONOUN_RE = re.compile(r"\b(" + "|".join(sorted(PRONOUNS)) + r")\b", re.I)
#: A pronoun right before a speech verb after a comma ("Moi should act, he noted"; "he repeatedly and loudly
#: appealed"): the verb's subject.
_ADJACENT_PRONOUN_RE = re.compile(r",\s*(" + "|".join(sorted(PRONOUNS)) + r")\s+(?:[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?"
                                  r"(?:also\s+|later\s+|has\s+|had\s+)?$", re.I)
#: "he"/"she" right before a speech verb after a relative or a "when"/"where" ('posted an email from Sollecito on her
#: blog, in which he wrote: "..."'): the relative clause's subject is the pronoun, not the main clause's subject a name
#: opens (:func:`_relative_pronoun_subject`). Before 7 quote versions of the 235 Multi-News clusters measured.
_RELATIVE_PRONOUN_RE = re.compile(r"\b(?:which|whom|where|when|whereupon)\s+(he|she)\s+(?:[a-z]+ly\s+)?"
                                  r"(?:also\s+|later\s+|has\s+|had\s+)?$", re.I)
#: What may stand between a name and its speech verb for the name to be the verb's subject (no comma: not an
#: appositive's end).
#: A verb giving out a statement, as a speech verb before a quote ("The group's publicist sent the following
#: statement to XXL: "...""; "the ministry issued a statement saying").
_STATEMENT_VERB_RE = re.compile(r"\b(?:issued|released|sent|posted|put\s+out|gave|shared|published|issues?|releases?|"
                                r"sends|puts?\s+out|gives|shares|publish(?:es)?|"
                                # "Wayne State University offered this message to students Wednesday morning:" (spk56)
                                r"offered|offers)\s+(?:the\s+following|"
                                r"a|an|the|this|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}(?:statement|message|note|"
                                r"letter|release|post)\b"
                                # a text someone writes ("Bill Kristol ... writing a letter to Steele ...", then the
                                # letter quoted in the next paragraphs)
                                r"|\b(?:wrote|writes|writing|penned|pens|penning)\s+(?:a|an|the|this|his|her|their)\s+"
                                r"(?:[\w\-]+\s+){0,2}(?:letter|op-ed|column|essay|editorial|memo|note|post|blog\s+post)\b"
                                # what a text gives as its own words ("a post ... provides the following commentary
                                # on the encounter:")
                                r"|\b(?:provides|provided|offers|offered|gives|gave)\s+the\s+following\s+"
                                r"(?:[\w\-]+\s+){0,1}(?:commentary|comments?|remarks|explanation|response|account)\b")
#: A paragraph that is only a name (of a person or body, at most four words, each capitalized): it signs the post
#: quoted in the next paragraph ("AZ" / ""Salute to Prodigy ...""; "50 Cent").
_NAME_LINE_RE = re.compile(r"[ \t]*((?:[A-Z0-9][\w.&'’\-]*[ \t]+){0,3}[A-Z0-9][\w.&'’\-]*)[ \t]*\n")
#: The signature of an embedded post after a quote: "— Jane Doe (@janedoe) June 20, 2017".
_POST_SIGNATURE_RE = re.compile(r"[—–]\s*([^\n()—–\"“”]{1,60}?)\s*\(@\w+\)\s*[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}")
#: "they"/"it" alone before a speech verb, opening its clause or after a comma ("..., they said").
_THEY_IT_RE = re.compile(r"(?:^|,)\s*(they|it)\s+(?:also\s+|later\s+)?$", re.I)
#: A preposition (and article) right before a name: the name is no subject ("denied under oath in the Jones case";
#: "walked into the White Castle", spk138).
_OBJECT_BEFORE_RE = re.compile(r"\b(?:in|into|onto|toward|towards|of|at|on|for|with|by|from|to|against|about|under)"
                               r"\s+(?:the\s+)?$", re.I)
#: The same, with a person's title and given names between ("on behalf of Mr. ", "by Representative Jane E. "); not
#: "with", whose object may be a participle's subject ("the pushback crested with X ... writing a letter"); not a
#: preposition inside a capitalized title ("Secretary of State Jane Roe").
_OBJECT_TITLED_RE = re.compile(r"(?<![\w.\-'’])(?i:in|of|at|on|for|by|from|to|against|about|under)\s+(?:(?i:the)\s+)?"
                               r"(?:[A-Z][\w.\-'’]*\s+){0,4}$")
#: "X's line "..."": X's words ("Prodigy's line "I'm only 19 but my mind is old"").
_POSSESSIVE_WORDS_RE = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:[a-z\-]+\s+){0,2}(?:line|lines|lyric|lyrics|words|remark|"
                                  r"remarks|comment|comments|statement|tweet|post|message|letter|speech|reply|"
                                  r"response|answer|assertion|contention|argument|claim|warning|complaint|thesis|"
                                  r"theory|view|song|songs|poem|poems|verse|verses)"
                                  r"(?:,\s*|\s+(?:was|is|reads|read|that)\s+|\s*:\s*|\s+"
                                  # what the work holds, before a colon ("Lyrics from Logic's song include: "..."")
                                  r"|\s+(?:includes?|included|goes|go|went|runs?|ran)\s*:\s*"
                                  # a short phrase saying when or where, before a colon ("Lincoln's remarks during
                                  # the American Civil War: "..."")
                                  r"|\s+(?:during|in|at|on|from|to|after|before|about)\s+[^:;\"“”.]{1,60}:\s*"
                                  # what the words called someone ("Trump's comments about Megyn Kelly having
                                  # "blood coming out of her eyes"")
                                  r"|\s+about\s+[^:;\"“”.]{1,60}?\s(?:having|being)\s+)$")
#: A possessed appeal whose complement runs into the quote ("Pope Francis' impassioned call to be compassionate toward
#: people who "..."", "the pope's message of economic justice and call to fix "...""): the words are the
#: possessor's, inside the noun phrase, not the clause subject's (who praised or dismissed the call). The head is a
#: noun of asking, urging or promising (what takes a to-, for- or that-complement); a second possessed noun may be
#: coordinated before it ("message of ... and call"). :func:`_possessed_appeal` refuses a speech verb in between.
_APPEAL_NOUNS = (r"call|calls|plea|pleas|appeal|appeals|demand|demands|request|requests|urging|exhortation|"
                 r"invitation|instruction|instructions|order|orders|promise|promises|pledge|pledges|vow|vows|"
                 r"warning|warnings|advice|suggestion|reminder|challenge|entreaty")
_POSSESSED_APPEAL_RE = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:[a-z\-]+\s+){0,2}?(?:[a-z\-]+\s+of\s+(?:[a-z\-]+\s+){1,3}?"
                                  r"and\s+(?:[a-z\-]+\s+)?)?(" + _APPEAL_NOUNS + r")\s+(?:to|for|that)\s+"
                                  r"[^\"“”.;:,!?()\n]{0,100}$")
#: A verb with a personal pronoun object and a that-clause ("had informed her that", "assured me that"): by its frame a
#: verb of telling, whatever the word, so the quote its that-clause runs into is its subject's words
#: (:func:`_informing_verb`).
_INFORMING_RE = re.compile(r"\b[a-z]{3,}ed(?=\s+(?:me|him|her|us|them)\s+that\s)")
#: A passive verb of characterizing right before a quote ('Recognized as "..." by X', 'was described as "..."
#: by X'), or before a first complement the quote is coordinated with ('was described as cordial by the league and
#: ``almost like two bulls ...'' by the players association'), and the agent's "by" right after it: the agent speaks.
_PASSIVE_AS_RE = re.compile(r"\b(?i:recogni[sz]ed|described|hailed|praised|called|named|ranked|characteri[sz]ed|dubbed|"
                            r"touted|lauded|labell?ed|branded|billed)\s+as\s*(?:[^\"“”`'.;:,]{1,60}?\s+and\s*)?$")
_BY_AGENT_RE = re.compile(r"[\s,]*by\s+(?=[A-Z]|(?:the|a|an|one)\s)")
#: A verb of characterizing right before a possessor ("called Corbett", "described the senator"): what follows is
#: how the verb's subject characterizes the possessor's words.
_CHARACTERIZED_RE = re.compile(r"\b(?:call|calls|called|calling|describe|describes|described|describing|label|labels|"
                               r"labeled|labelled|term|terms|termed|dub|dubs|dubbed|brand|brands|branded)\s+"
                               r"(?:(?:the|a|an)\s+)?(?:[\w.\-]+\s+){0,3}[\w.\-]+$")
#: "His/Her <claim> that ..." right before a quote in the that-clause: the words are the claim's holder's (a pledge,
#: vow or assurance, an appeal's noun, is read by :func:`spk143_pronoun_appeal`).
_PRONOUN_CLAIM_RE = re.compile(r"\b([Hh]is|[Hh]er)\s+(?:[a-z\-]+\s+){0,1}(?:assertion|claim|contention|insistence|"
                               r"argument|statement|warning|complaint|suggestion|promise|belief|"
                               r"prediction|declaration|announcement|admission)\s+that\s+"
                               r"[^\"“”.;:]{0,80}$")
#: A sentence opened by "he"/"she" (after a quote mark or an introductory phrase of a few words).
_PRONOUN_OPENING_RE = re.compile(r"\W*(?:[A-Z][\w\-]*(?:\s+[\w\-]+){0,3},\s*)?(he|she)\b", re.I)
#: A connective alone before a quote opening its sentence ('However: "..."', 'But, "..."'): the quote still opens it.
_CONNECTIVE_RE = re.compile(r"^\s*(?:However|But|And|Still|Yet|Moreover|Indeed|Instead|Besides|Then|Later|Afterwards?)"
                            r"(?:,?\s+later)?\s*[:,]?\s*"
                            r"(?=[\"“‘'`]*$)")
#: A verb making someone speak, then whom and the speech verb's base form ("prompting the BEA to warn against"):
#: that someone speaks the quote after it, not the subject of the sentence ("Le Monde commented that ...").
#: Verbs of asking ("urged X to say") are left out: the quote is then the asker's wording.
_CONTROL_RE = re.compile(r"\b(?:prompting|prompted|prompts|leading|led|leads|forcing|forced|causing|caused|"
                         r"pushing|pushed|spurring|spurred)\s+([^,;.\"“”]{2,60}?)\s+to\s+(?:publicly\s+|also\s+)?"
                         r"(?:warn|say|declare|state|call|insist|note|describe|announce|caution|stress|deny|claim|"
                         r"complain|promise|vow|pledge|demand|label|dismiss|brand|admit|concede|tweet|write|conclude)\b")
#: A subordinating word alone before a quote that runs to its sentence's end ('When "the fire department ..."').
_SUBORDINATOR_RE = re.compile(r"\s*(?:(?:When|If|Because|Although|Though|As|While|Since|Until|Once|After|Before|"
                              r"Unless|Whether)\s*,?|(?:For example|For instance|In fact|Until|Since|In|On|At|By|"
                              r"After|Before|During)\b[^,;:\"“”]{0,40},)\s*[\"“‘'`]*$")
#: (or an opening phrase: 'For example, "if you look ...', 'Until the Enlightenment, "the number of children ...')
#: A person, then a participle of writing or speaking set off by commas, right before a quote ("X, writing in
#: dissent in Y v. Z, "...""; "X, speaking to reporters on Monday: "...""): X speaks.
_PARTICIPLE_BEFORE_RE = re.compile(r",\s*(?:writing|speaking|testifying|arguing|explaining|responding|replying)\b"
                                   r"[^,;\"“”]{0,80}[,:]\s*$")
#: A form of "be" right before a verb: the verb is passive ("officers are posted at events").
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|then\s+|now\s+|still\s+)?$",
                                re.I)
#: A plural person role right before a restrictive "who" and the speech verb ("researchers who contend").
_GROUP_WHO_RE = re.compile(r"\b((?:" + "|".join(PERSON_ROLES) + r")s)\s+who\s+(?:also\s+|later\s+)?$", re.I)
#: A name right after "of", "at" or "from" (and "the"): someone's affiliation, not a subject.
_AFFILIATION_RE = re.compile(r"\b(?:of|at|from)\s+(?:[Tt]he\s+)?$")
#: What stands between a quote and a verb coordinated with the verb before it ('"...," and asked for ...').
_COORDINATED_AFTER_RE = re.compile(r"[\s,]*(?:and|but|or|then)\s+(?:then\s+|also\s+|later\s+)?")
_NEXT_TO_VERB_RE = re.compile(r"\s+(?:also\s+|later\s+|has\s+|had\s+|then\s+)?" + _HEDGE)


@dataclass
class Quote:
    """One direct quote in one article."""

    sent: Sent = field(repr=False)
    text: str
    speaker: str | None
    entity: Any = None
    how: str = ""  # "after", "before", "according to", "pronoun", "continued"
    terms: frozenset = frozenset()


_SENTENCE_ARTICLE_RE = re.compile(r"An? (?=[a-z])")

#: A name read with the possessive mark that follows it ("The first greeting message was a Confucius' saying,
#: "How Happy We Are, ..."" gave "Confucius'", MultiLing M009): the mark is no part of the name shown.
_TRAILING_POSSESSIVE_RE = re.compile(r"(?<=[A-Za-z])(?:['’]s?)$")


def _without_possessive(speaker: str) -> str:
    """``speaker`` without a possessive mark closing it, when it is a capitalized name ("Confucius'" ->
    "Confucius"); a description ("the group's") is left as it is."""
    if speaker[:1].isupper() and not speaker.lower().startswith(("the ", "a ", "an ")):
        return _TRAILING_POSSESSIVE_RE.sub("", speaker)
    return speaker


def as_description(speaker: str) -> str:
    """A speaker described, not named, read mid-sentence: the article that opened the source's sentence ("An
    analyst for USGS in Colorado said ...") in lower case, as "— a reporter for the Al Jazeera news agency" is
    shown (MultiLing M006 showed both); names are left as they are."""
    return speaker[0].lower() + speaker[1:] if _SENTENCE_ARTICLE_RE.match(speaker) else speaker


#: The fewest words of a version that votes for its group's speaker when a version this long has a speaker: the
#: labelling rules' quote (docs/analysis-labels.md), shorter quoted words being phrases another sentence may share.
SPK144_VOTING_WORDS = 6


def spk144_voters(quotes: list[Quote]) -> list[Quote]:
    """The versions of a group whose speakers are counted: those of :data:`SPK144_VOTING_WORDS` words or more when one
    of them has a speaker, else all. A phrase of a few words quoted in another sentence ('a doctor came in to talk
    about "end-of-life decisions"' beside '... "she does not have the mental capability to make end-of-life
    decisions," Aldous said') joins the quote's group by its words, but whoever says it there does not say the
    quote (spk144)."""
    whole = [q for q in quotes if len((getattr(q, "text", None) or "").split()) >= SPK144_VOTING_WORDS]
    return whole if any(q.speaker for q in whole) else quotes


@dataclass
class QuoteGroup:
    """The same quote as carried by one or more outlets."""

    quotes: list[Quote]

    @property
    def text(self) -> str:
        return max((q.text for q in self.quotes), key=len)

    @property
    def speaker(self) -> tuple[str | None, Any]:
        """The entity most versions name, else the speaker most versions describe; a document or body described by
        as many versions as name any one entity or more is the speaker ('"...," the indictment said' in three versions,
        a person named in the fourth's sentence: the indictment; see :func:`_names_a_document`). Only the versions
        :func:`spk144_voters` keeps are counted (a few words quoted in another sentence give way to the quote)."""
        voters = spk144_voters(self.quotes)
        ents = Counter(q.entity.id for q in voters if q.entity is not None)
        described = Counter(q.speaker for q in voters if q.entity is None and q.speaker)
        if described and ents:
            top, n = max(described.items(), key=lambda kv: (kv[1], -len(kv[0])))
            if _names_a_document(top) and n >= max(ents.values()):
                return as_description(top), None
        if ents:
            eid = ents.most_common(1)[0][0]
            ent = next(q.entity for q in self.quotes if q.entity is not None and q.entity.id == eid)
            fuller = _fuller_person(ent, [q.entity for q in self.quotes if q.entity is not None])
            return (fuller.name, fuller) if fuller is not None else (ent.name, ent)
        names = Counter(q.speaker for q in voters if q.speaker)
        return (as_description(names.most_common(1)[0][0]) if names else None), None

    @property
    def sources(self) -> list[Source]:
        return outlets_of([q.sent for q in self.quotes])

    @property
    def families(self) -> list[str]:
        """The independent sources carrying it (:attr:`Source.family`: a wire agency's copies and rewrites, else
        one outlet's articles count once), in source order."""
        return list(dict.fromkeys(s.family for s in self.sources))

    def to_dict(self) -> dict[str, Any]:
        """``sources``/``outlets``: the articles carrying the quote; ``families``: the independent sources among
        them (what "carried by N independent sources" counts); per version, ``text`` is the cited sentence where
        the quote starts and ``quote`` the quote's own words (which may run over several sentences)."""
        name, ent = self.speaker
        return {
            "text": self.text,
            "speaker": name,
            "speaker_id": ent.id if ent is not None else None,
            "sources": [s.n for s in self.sources],
            "outlets": [s.label for s in self.sources],
            "families": self.families,
            "versions": [
                {"speaker": q.speaker and as_description(q.speaker), "attribution": q.how, **cite_dict(q.sent.cite(), q.sent.source.n),
                 "quote": q.text}
                for q in self.quotes
            ],
        }


def _person_words(name: str) -> list[str]:
    """A person's name as lower-case words without titles ("Mr.", "Sgt.") or initials ("J.")."""
    words = [w.strip(".,").lower() for w in name.replace("’", "'").split()]
    return [w for w in words if len(w) > 1 and w not in TITLES]


def _fuller_person(ent: Any, others: list) -> Any:
    """Another version's person who is ``ent`` named in full, when ``ent`` is a person: a longer name holding every
    word of ``ent``'s and ending on the same word ("Goelman" / "Aitan Goelman"), or, for a given name alone,
    starting on it ("Raffaele" / "Raffaele Sollecito"). The articles of one quote name one speaker; entity merges
    join such spellings within the cluster, yet not when NER typed the two apart or a name stood alone in an
    article. None when there is none (the longest is taken: "Bush" / "George Bush" / "George W. Bush")."""
    if ent.label != "PERSON":
        return None
    short = _person_words(ent.name)
    if not short:
        return None
    best = None
    for o in others:
        if o.id == ent.id or o.label != "PERSON":
            continue
        long_ = _person_words(o.name)
        if len(long_) <= len(short) or not set(short) <= set(long_):
            continue
        if long_[-1] == short[-1] or (len(short) == 1 and long_[0] == short[0]):
            if best is None or len(long_) > len(_person_words(best.name)):
                best = o
    return best


def _names_a_document(speaker: str) -> bool:
    """Whether a described speaker is a definite document or body ("the indictment", "The resolution", "the final
    version"): "the" and a head noun the lists read so (:data:`BODY_ROLES`, :data:`BODY_HEADS`) or a -ment noun."""
    words = re.split(r"\s+(?:to|of|for|in|on|at|from)\s", speaker)[0].split()
    head = words[-1].lower() if words else ""
    return len(words) >= 2 and words[0].lower() in ("the", "this", "that") and (
        head in BODY_ROLES or head in BODY_HEADS or bool(_THING_NOUN_RE.search(head)))


def _quote_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of quoted text (without the marks): the single-marked quotes of an article that quotes in single
    marks (:func:`_single_quote_spans`), else the double-marked ones (:func:`_double_quote_spans`, paired once: the
    single-mark test reads them too) and the single-marked ones of its headline-like lines
    (:func:`_headline_single_spans`)."""
    doubles: list[list[tuple[int, int]]] = []

    def double() -> list[tuple[int, int]]:
        if not doubles:
            doubles.append(_double_quote_spans(body))
        return doubles[0]

    in_single = _single_quote_spans(body, double)
    if in_single is not None:
        return in_single
    heads = _headline_single_spans(body, double())
    return sorted(double() + heads) if heads else double()


#: Lines at an article's top read as headline-like (a headline, then a standfirst under it).
_HEADLINE_LINES = 2
#: At most this many words in a headline-like line.
_HEADLINE_MAX_WORDS = 40
#: Words a single-marked stretch of a headline-like line holds at least to be a quote (a shorter one there is a
#: scare quote or a name as often: "Petraeus a 'war criminal'").
_HEADLINE_QUOTE_WORDS = 6
#: A line ending on a full stop (quote marks or a bracket may follow it): a sentence, no headline.
_FULL_STOP_END_RE = re.compile(r"\.[\"'”’)\]]*\s*$")


def _headline_single_spans(body: str, doubles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the quotes in single marks of the headline-like lines at the top of an article that quotes in
    double marks: a headline quotes in single marks whatever its body does ("Coalition of student groups at CUNY say
    protest 'is to let the administration know that war criminals cannot be hired'" over a body quoting in double
    marks: blind-speakers85). A headline-like line is one of the body's first :data:`_HEADLINE_LINES` lines (each
    one after a headline-like line), a line of its own of at most :data:`_HEADLINE_MAX_WORDS` words that ends on no
    full stop. Its single marks pair as :func:`_single_pairs` pairs them (an opening mark after a space or at the
    line's start, so no apostrophe: "don't", "the students' protest"), and a pair is a quote when it holds
    :data:`_HEADLINE_QUOTE_WORDS` words or more, is no title (:func:`_title_cased`, or every word capitalized but
    a headline's small words: :func:`headline_cased`; so a title-cased headline's quote is left out too) and stands
    inside no double-marked quote (``doubles``)."""
    spans = []
    pos = len(body) - len(body.lstrip())
    for _ in range(_HEADLINE_LINES):
        end = body.find("\n", pos)
        end = len(body) if end < 0 else end
        line = body[pos:end]
        if (not line.strip() or _FULL_STOP_END_RE.search(line)
                or len(_TITLE_WORD_RE.findall(line)) > _HEADLINE_MAX_WORDS):
            break
        at = pos
        while (op := _SINGLE_OPEN_RE.search(body, at, end)) is not None:
            close = _single_close(body, op.end(), end)
            if close is None:
                break
            a, b = op.end(), close.start()
            if (len(_TITLE_WORD_RE.findall(body[a:b])) >= _HEADLINE_QUOTE_WORDS and not _title_cased(body[a:b])
                    and not headline_cased(body[a:b]) and not any(x <= a and b <= y for x, y in doubles)):
                spans.append((a, b))
            at = close.end()
        pos = end
        while pos < len(body) and body[pos].isspace():
            pos += 1
    return spans


def _double_quote_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of quoted text (without the marks), paired per paragraph.
    Marks: straight, curly, guillemets, and the ``...'' of wire copy (whose
    '' also opens a quote when a word follows it at the start of a quote).
    A quote still open at a paragraph's end is kept when the next paragraph
    opens a quote again (one statement over several paragraphs), and runs to its
    paragraph's end when it opens mid-sentence or is the second part after
    '"...," X said.' (:func:`_second_part_after_said`). A closing mark
    with no quote open closes one opened by a single apostrophe before a capital
    since the previous mark ("'The permit has destroyed wetlands,'' said X"). Marks the scrape damaged: a straight
    mark that can only close by what touches it opens nothing (:func:`_orphan_closing`) and, before an attribution,
    closes its line (:func:`_lost_opening`); a quote never closed ends at the attribution ending its paragraph
    (:func:`_attribution_ending`); a short first part runs on into the next line (:func:`_run_on`)."""
    spans = []
    paras = list(_PARAGRAPH_RE.finditer(body))
    carried = None  # where the quote left open at the previous paragraph's end opened (closed in this one)
    through = 0  # paragraphs with no quote mark left inside a quote that a later paragraph closes
    for k, para in enumerate(paras):
        open_at, carried = carried, None  # where the quote carried on from the paragraph before opens here: its
        # own start, or the opening mark of a short first part it runs on from (_run_on)
        text = para.group(0)
        if through and open_at is not None:  # a paragraph inside the quote, with no mark of its own
            through -= 1
            carried = _run_on(spans, open_at, para, paras[k + 1])
            if not through and _OPENING_MARK_RE.match(paras[k + 1].group(0)):
                _end_run(spans, open_at, carried, para)  # the next paragraph reopens the quote: nothing carried
                carried = None
            continue
        since = 0  # the end of the previous quote mark in the paragraph
        nested = 0  # closing marks left to close quotes nested in the open one (not the open one itself)
        for m in _QUOTE_MARK_RE.finditer(text):
            ch, pos = m.group(0), para.start() + m.start()
            if (open_at is None and text.startswith('""', m.start()) and re.match(r"\w", text[m.end() + 1 : m.end() + 2])
                    and (m.start() == 0 or text[m.start() - 1].isspace())):
                continue  # a doubled opening mark ('said X. ""We will be present ...'): the second one opens
            if ch == "''" and open_at is None and re.match(r"\w", text[m.end() : m.end() + 1]) and (
                    m.start() == 0 or text[m.start() - 1].isspace()):
                ch = "``"  # wire copy opening with two apostrophes
            if ch == "”" and open_at is None and closing_mark_opens_paragraph(text, m.start(), m.end()):
                ch = "“"  # '”The only thing ...," said X.' opening its paragraph: a typo of the opening mark (spk135)
            ch = WIRE_QUOTES.get(ch, ch)
            if ch in OPENING_QUOTES and open_at is not None and _MARK_THEN_COMMA_RE.match(text, m.end()):
                ch = "”"  # an opening mark where a closing one belongs ('... there goes the orchestra “, the
                # comedian said'): no quote opens on a comma
            elif ch in OPENING_QUOTES and open_at is not None and _OPENING_MARK_CLOSES_RE.match(text, m.end()) and (
                    re.search(r"[,.!?]\s*$", text[: m.start()])):
                ch = "”"  # '“Everyone is making a joke out of us, “ said mum of two Sharon.': after the quote's
                # own comma, a space and a lower-case word after it: no quote opens so (spk141)
            previous_end, since = since, m.end()
            if open_at is None and m.group(0) == '"' and k > 0 and _lost_opening(text, m, paras[k - 1].group(0)):
                spans.append((para.start() + len(re.match(r"\s*['‘]?", text).group(0)), pos))  # ('... will be entered into,
                continue  # "the EDS statement read.'): the quote is its paragraph up to the mark
            if open_at is None and m.group(0) == '"' and _orphan_closing(text, m):
                continue  # a straight mark that can only close, with no quote open: an orphan (or an inch mark)
            if open_at is None:
                if ch in CLOSING_QUOTES and ch != "»":
                    single = _SINGLE_OPENING_RE.search(text, previous_end, m.start())
                    if single is not None:
                        spans.append((para.start() + single.end(), pos))
                    elif k > 0 and _lost_opening(text, m, paras[k - 1].group(0)):
                        spans.append((para.start() + len(re.match(r"\s*['‘]?", text).group(0)), pos))
                    continue
                if (lo := single_opened_double_closed(text, previous_end, m)) is not None:
                    spans.append((para.start() + lo, pos))  # ": 'To everyone ... my heroes."' (spk117)
                    continue
                open_at = pos + len(m.group(0))
            elif ch in OPENING_QUOTES and not text[m.end() :].strip():  # an opening mark ending the paragraph
                spans.append((open_at, pos))  # closes the quote open ('called the cutoff ``a desperate act ...``')
                open_at = None
            elif ch == "“" and [x.group(0) for x in _QUOTE_MARK_RE.finditer(text, m.end())][:2] == ["”", "”"]:
                nested += 1  # a quote inside the open one in the same curly marks, both closed after it ('“... his
                # own “Russian lawyer meeting” emails (he did),” X wrote'): the open quote runs on to the second
            elif ch in OPENING_QUOTES:
                shut = _closed_by_apostrophe(body, open_at, pos)
                if shut is None:
                    shut = _reopened_after_sentence(body, open_at, pos)
                if shut is None:  # '“... Act. “Today, the harm ...': a run-on statement's next part (spk146)
                    shut = spk146_reopened_part_end(body, open_at, pos)
                if shut is not None:  # "``I would like to fly,' Martin said. ``The main role ..."
                    spans.append((open_at, shut))
                open_at = pos + len(m.group(0))  # a new opener: the previous one was stray
            elif nested and ch == "”":
                nested -= 1
            else:
                spans.append((open_at, pos))
                open_at = None
        if open_at is not None and (said := _attribution_ending(body, para.start(), open_at, para.end())) is not None:
            spans.append((open_at, said))  # '"Some internet users suffered problems ..., Osama noted.': a quote
            # opening its paragraph, never closed before the attribution that ends it
        elif open_at is not None and k + 1 < len(paras) and _OPENING_MARK_RE.match(paras[k + 1].group(0)):
            spans.append((open_at, para.end()))
        elif open_at is not None and k + 1 < len(paras) and (_closes_carried(paras[k + 1].group(0))
                                                             or _closed_before_its_attribution(paras[k + 1].group(0))):
            # text set one sentence a line ('"Lindsay never checked into Morningside but is back at Betty Ford.' /
            # 'The challenge now is ..., " the source told us.'): the next paragraph never reopens the quote but
            # closes it, with its only mark; the quote runs on into it, as over paragraphs that reopen it
            carried = _run_on(spans, open_at, para, paras[k + 1])
        elif open_at is not None and (gap := _unmarked_before_close(paras, k) or _unmarked_lines_in_quote(paras, k, open_at)):
            # a quoted post over paragraphs ('"Expect more of this. ...' / 'Let's recap what we saw ...' / 'It is
            # going to be a long, hot summer. ... Act accordingly."'): the paragraphs between carry no mark, the
            # last only the closing one
            through, carried = gap, _run_on(spans, open_at, para, paras[k + 1])
        elif open_at is not None:
            shut = _closed_by_apostrophe(body, open_at, para.end())
            end = re.search(r"\w[.!?]'\s*$", body[open_at : para.end()]) if body[max(0, open_at - 2) : open_at] == "``" \
                else None
            if shut is None and end is not None and not re.search(r"[,.!?]'", body[open_at : open_at + end.start()]):
                shut = open_at + end.start() + 2  # '``It is the most vulgar, ... really child abuse.'' closed by one
                # apostrophe ending its paragraph (none closing before it): a wire typo of "''"
            if shut is not None:
                spans.append((open_at, shut))
            elif (re.search(r"[A-Za-z]", re.split(r"[.!?][\"'”’]*\s", _QUOTE_MARK_RE.sub(
                    "", body[para.start() : open_at]))[-1]) or (
                        (k + 1 < len(paras) or statement_at_end(body, open_at, para.end()))  # (spk117: a statement
                        and _second_part_after_said(body, para.start(), open_at))) and _LEFT_OPEN_RE.match(  # left
                    body, open_at, para.end()) and not _QUOTE_MARK_RE.search(  # open at the article's end)
                    body, para.end(), paras[k + 1].start() if k + 1 < len(paras) else len(body)):
                # 'what he called "increased water stress because of climate change.' and the paragraph ends: the
                # closing mark was left out; the quote runs to the paragraph's end (one opening its paragraph or
                # sentence stays dropped: the last paragraph of a statement over several, its closing mark lost)
                spans.append((open_at, _LEFT_OPEN_RE.match(body, open_at, para.end()).end()))
            elif (end := _open_at_article_end(body, paras, k, open_at)) is not None:
                spans.append((open_at, end))  # a quote opening the article's last paragraph, never closed (spk77)
            elif lone_paragraph_quote_left_open(body, paras[k - 1].group(0) if k else "", para.start(), open_at,
                                                para.end()):
                spans.append((open_at, para.start() + len(text.rstrip())))  # '"I totally understand ... Paris.' (spk117)
    return spans


def _run_on(spans: list[tuple[int, int]], open_at: int, para: re.Match[str], nxt: re.Match[str]) -> int:
    """Where the quote open at paragraph ``para``'s end (opened at ``open_at``) opens for the next paragraph ``nxt``,
    which carries it on with no mark reopening it. Its part so far under :data:`MIN_QUOTE_WORDS` words (a first line
    of ECB+, which prints a sentence a line: '"Mo is family.' / 'Mo bleeds 76ers. He bleeds Philadelphia, " ... King
    said.') runs on with the next part as one quote: still ``open_at``, so the short line is not dropped as a scare
    quote and the attribution after the closing mark is the whole quote's. A longer part is kept as a span of its
    own and the next paragraph's part opens at its start, as each paragraph of a quote reopened by its mark is one
    quote (the view lists them, their speaker carried back from the part attributed)."""
    words = len(_WORD_TOKEN_RE.findall(para.string, open_at, para.end()))
    if 0 < words < MIN_QUOTE_WORDS:
        return open_at
    spans.append((open_at, para.end()))
    return nxt.start()


#: A word, as the quote's length is counted.
_WORD_TOKEN_RE = re.compile(r"[A-Za-z0-9][\w'’\-]*")


def _opens_last_paragraph_open(art: _Article, qs: int, qe: int) -> bool:
    """Whether the quote span ``qs``-``qe`` is one :func:`_open_at_article_end` reads: it opens the article's last
    paragraph (only its mark before it) and runs to the article's end, no mark closing it. :func:`extract` lists
    such a quote only with a speaker (Multi-News 0061's '"Our top-line growth, however, was below our
    expectations...' ending a short article, whose "Our" no rule reads, stays unlisted, as before)."""
    lo = art.paragraphs[-1]
    return (qs > lo and art.body[lo:qs].strip() in (*OPENING_QUOTES, '"', "``") and not art.body[qe:].strip())


def _open_at_article_end(body: str, paras: list, k: int, open_at: int) -> int | None:
    """Where a quote left open in the article's last paragraph (``paras[k]``) ends, when it opens that paragraph
    (only spaces before its mark) and holds :data:`MIN_QUOTE_WORDS` words or more: the paragraph's end, its spaces
    left out. The scrape cut the article there, or its closing mark was lost ('James Fitzgerald, ..., told Fox News
    ... that the letter ... reminded him of ...' / '"The linguist in me noticed that ... you would think he would
    know how to spell their names' ending the article); the words are still quoted ones. None otherwise (a quote
    opening a paragraph left open before another paragraph is read by the rules above; one opened inside a
    sentence runs to the paragraph's end by them)."""
    para = paras[k]
    if k + 1 != len(paras) or body[para.start() : open_at].strip() not in (*OPENING_QUOTES, '"', "``"):
        return None
    text = body[open_at : para.end()].rstrip()
    if len(re.findall(r"[A-Za-z][\w'’\-]*", text)) < MIN_QUOTE_WORDS:
        return None
    return open_at + len(text)


def _second_part_after_said(body: str, lo: int, open_at: int) -> bool:
    """Whether the quote opened at ``open_at`` (after its mark) is the second part of a quote its paragraph (from
    ``lo``) attributes before it: '"There are several persons in the video ...," Capt. Salomonsky said. "So, we're
    going to try ...' and the paragraph ends: a closing mark lost, not a statement over paragraphs (whose later
    paragraphs open on their mark) (spk46, blind-speakers36). The caller asks only when another paragraph follows
    (an article's last paragraph may be cut off by the scrape)."""
    marks = list(_QUOTE_MARK_RE.finditer(body, lo, open_at))
    if len(marks) < 3:
        return False
    between = body[marks[-2].end() : marks[-1].start()]
    return bool(re.fullmatch(r"\s*,?\s+[^\"“”\n]{1,80}?[.:]\s+", between) and _VERB_RE.search(between))


#: A single mark (straight or curly) opening a quote: at a paragraph's start or after a space, a bracket, a dash or a
#: colon, before a letter; not an elision's ('em, rock 'n' roll, 'cause, 'til, 'tis: no quote opens on them) nor a
#: year's ('90s, '08); a number may open one (they’re ‘100 per cent safe.’).
_SINGLE_OPEN_RE = re.compile(r"(?:^|(?<=[\s(\[—–:-]))['‘](?=[A-Za-z]|\d(?!\ds?\b))"
                             r"(?!(?i:n|em|cause|cos|til|bout|tis|twas|round|s|im|er|ow)\b)")
#: A single mark that may close a quote: after a non-space, before no letter or digit (not the apostrophe of
#: "it’s", "o'clock"), and not one of wire copy's two ('' closes a double-marked quote); or spaced after a quote's
#: last punctuation ('... Treatment Center, ' her rep says'); :func:`_single_close`
#: picks the one that does.
_SINGLE_MARK_RE = re.compile(r"(?:(?<=[^\s'’])|(?<=[,.!?…] ))['’](?![\w'’])")
#: What may follow a closing single mark that no punctuation precedes: punctuation or the paragraph's end.
_AFTER_SINGLE_CLOSE_RE = re.compile(r"[ \t]*(?:[,.;:!?)\]…—–]|-\s|$)")
#: What follows a single mark after "s" that closes a quote, not a plural's possessive ("the Joneses' house"): a
#: capital, or a word of the sentence's frame ('they 'love their gay friends' but they ...').
_AFTER_S_CLOSE_RE = re.compile(r"\s+(?:[A-Z]|(?:and|but|or|nor|so|yet|as|at|by|for|from|in|into|of|on|to|with|"
                               r"that|which|who|when|while|because|if|than|is|are|was|were|he|she|they|it|we|"
                               r"said|says|say|told|added|wrote)\b)")


def _single_close(body: str, lo: int, hi: int) -> re.Match[str] | None:
    """The single mark closing a quote opened before ``lo``, searched up to ``hi`` (its paragraph's end): the first
    mark after a sentence's punctuation (',' '.' '!' '?'), or after a word and before punctuation or the paragraph's
    end, or after a word and before a space, a word after "s" only as :data:`_AFTER_S_CLOSE_RE` reads it ('called
    it 'a disgrace' and left'). Not a foot mark between numbers (5' 10"), the second mark of "'n'", nor a plural's
    possessive ("the Joneses' house")."""
    for m in _SINGLE_MARK_RE.finditer(body, lo, hi):
        before = body[: m.start()].rstrip()[-1]
        if before in ".,!?…":
            return m
        if (before.isdigit() and re.match(r"\s*\d", body[m.end() : hi])) or re.search(
                r"(?:^|\s)['‘]n$", body[max(lo - 1, m.start() - 3) : m.start()]):
            continue
        if (_AFTER_SINGLE_CLOSE_RE.match(body, m.end(), hi) or before not in "sS"
                or _AFTER_S_CLOSE_RE.match(body, m.end(), hi)):
            return m
    return None


def _single_pairs(body: str) -> list[tuple[int, int]]:
    """(start, end) of every stretch between an opening single mark (:data:`_SINGLE_OPEN_RE`) and the mark closing it
    (:func:`_single_close`), paired within a paragraph; marks inside (a nested double-marked phrase, an apostrophe)
    stay inside. A quote left open at its paragraph's end runs to that end when the next paragraph opens on a single
    mark (a statement over paragraphs, each opening on its mark: 'Student X added: 'The future ... has been erased.' /
    ''There will be no big public projects, ...''), or on through paragraphs with no mark to one that only closes it
    (:func:`_single_closed_later`: 'Told the deceased's father, X: 'I'm glad it's over.' / 'I'm glad we got the
    verdict we got.' / 'She deserved it. ''), a span a paragraph."""
    spans = []
    paras = list(_PARAGRAPH_RE.finditer(body))
    through = -1  # the last paragraph a quote over paragraphs took
    for k, para in enumerate(paras):
        if k <= through:
            continue
        pos = para.start()
        while (op := _SINGLE_OPEN_RE.search(body, pos, para.end())) is not None:
            close = _single_close(body, op.end(), para.end())
            if close is None:
                left_open = (op.end(), op.end() + len(body[op.end() : para.end()].rstrip()))
                if k + 1 < len(paras) and _SINGLE_OPEN_RE.match(body, paras[k + 1].start()):
                    spans.append(left_open)
                elif (shut := _single_closed_later(body, paras, k)) is not None:
                    through, at = shut
                    spans += [left_open, *((p.start(), p.end()) for p in paras[k + 1 : through]),
                              (paras[through].start(), at)]
                break
            spans.append((op.end(), close.start()))
            pos = close.end()
    return spans


def _single_closed_later(body: str, paras: list[re.Match[str]], k: int) -> tuple[int, int] | None:
    """(paragraph, offset of its mark) of the single mark that closes a quote left open in paragraph ``k``: the only
    mark of a paragraph at most :data:`MAX_UNMARKED_PARAGRAPHS` later, at its end after the quote's last punctuation,
    every paragraph between with no quote mark at all; else None."""
    for j in range(k + 1, min(len(paras), k + MAX_UNMARKED_PARAGRAPHS + 2)):
        text = paras[j].group(0)
        marks = list(_SINGLE_MARK_RE.finditer(text))
        if _SINGLE_OPEN_RE.search(text) or _QUOTE_MARK_RE.search(text):
            return None
        if marks:
            last = marks[-1]
            if len(marks) == 1 and not text[last.end() :].strip() and re.search(r"[.,!?…]\s?$", text[: last.start()]):
                return j, paras[j].start() + last.start()
            if len(marks) == 1 and _closed_before_attribution(text, last):
                return j, paras[j].start() + last.start()
            return None
    return None


#: After a single mark closing a quote over lines: a comma, then the attribution (a speech verb within it) ending the
#: paragraph ('... the country's legislative body', the message said.').
_ATTRIBUTION_AFTER_SINGLE_RE = re.compile(r"[ \t]*,[ \t]+[^\n'‘’\"“”]{1,80}$")


def _closed_before_attribution(text: str, mark: re.Match[str]) -> bool:
    """Whether the single ``mark``, the only one of paragraph ``text``, closes a quote left open on a line before it
    ahead of its attribution: after a word or a stop, followed by a comma and words ending the paragraph, a speech
    verb among them (the comma set outside the mark: 'This will give a powerful impetus ... for the country's
    legislative body', the message said.')."""
    after = _ATTRIBUTION_AFTER_SINGLE_RE.match(text, mark.end())
    return (after is not None and bool(re.search(r"[\w.!?…]$", text[: mark.start()]))
            and bool(_VERB_RE.search(text, mark.end())))


def _said_in_full(text: str) -> bool:
    """Whether a quoted stretch reads as words said: :data:`MIN_QUOTE_WORDS` words or more and no title."""
    return len(_TITLE_WORD_RE.findall(text)) >= MIN_QUOTE_WORDS and not _title_cased(text)


def _single_quote_spans(body: str, doubles: Callable[[], list[tuple[int, int]]]) -> list[tuple[int, int]] | None:
    """(start, end) of the quotes of an article that quotes in single marks, or None when its quote marks are the
    double ones. British style and many scraped pages quote in single marks, straight or curly ('Brandy Willans,
    writes on her channel: ‘Don’t worry if you get this in your eye because it’s non toxic.’' (spk40); 'Student Maria
    Iliadi, 23, added: 'The future in ...''). The article is read so when it holds single curly marks and no double
    mark at all (spk40), or when a single-marked stretch holds words said (:func:`_said_in_full`) and no quote the
    double marks pair (``doubles``: :func:`_double_quote_spans`) outside the single-marked ones does: a double mark nested in a
    single-marked quote, or around a title or a word, leaves the article in single marks (the stretches those
    double marks set off, outside the single-marked quotes, are kept). Pairs by :func:`_single_pairs`."""
    if "'" not in body and "‘" not in body:
        return None
    pairs = _single_pairs(body)
    if "‘" in body and not _QUOTE_MARK_RE.search(body):
        return pairs
    if not any(_said_in_full(body[a:b]) for a, b in pairs):
        return None
    outside = [(a, b) for a, b in doubles() if not any(x <= a and b <= y for x, y in pairs)]
    if any(_said_in_full(body[a:b]) for a, b in outside):
        return None  # (a double-marked quote, single ones nested in it: '"... and say, 'Ms. X, am I ...?' " she said')
    # the titles and words the double marks set off outside the single-marked quotes stay quoted ("Doctor Who")
    return sorted(pairs + [(a, b) for a, b in outside if not any(a < y and x < b for x, y in pairs)])


def _lost_opening(text: str, mark: re.Match[str], before: str) -> bool:
    """Whether paragraph ``text`` is a quote whose opening mark was lost: its first mark is a curly closing ``mark``
    right after the quote's comma (or ? !) and before its attribution (a speech verb), or a straight one so placed
    that no mark follows in the paragraph (the comma before it may be spaced, a word may touch it: '... will be
    entered into, "the EDS statement read.'); or its only quote mark is the closing ``mark``
    at its end (curly or wire: a straight one with no attribution after it is read by turn), after a sentence's
    last punctuation, it opens on a capital, and the paragraph ``before`` it quotes someone ('"We are thrilled to
    have X host the Oscars," said Y and Z.' / 'She is beloved everywhere ... as we are. "')."""
    straight = mark.group(0) == '"'
    if ((mark.group(0) in ("”", "''") or straight and not _QUOTE_MARK_RE.search(text, mark.end()))
            and not _QUOTE_MARK_RE.search(text, 0, mark.start())
            and re.search(r"\w[,!?] ?$", text[: mark.start()]) and re.match(r"\s*['‘]?[A-Z]", text)  # (ECB+ spaces a
            # closing mark off its comma; a single mark may stand for the lost opening one: ''I cant speak ..., " X told')
            and not _VERB_RE.search(text, 0, mark.start())  # (a report, "X said rescuers were ...," he said)
            and not re.search(r"[.!?]\s+\S", text[: mark.start()])  # (one sentence: a lost opening mark mid-paragraph
            # is not the paragraph's start)
            and len(text[: mark.start()].split()) >= MIN_QUOTE_WORDS
            and re.match(r"\s*[A-Za-z]" if straight else r"\s+[A-Za-z]", text[mark.end() :])
            and _VERB_RE.search(text, mark.end(), mark.end() + 80)):
        # a paragraph opening on a quote whose opening mark was lost, its curly closing mark the paragraph's first
        # mark, followed by its attribution ('I am not able to give you the number,” the prosecutor, X, said')
        return True
    return (not straight and not text[mark.end() :].strip() and bool(re.search(r"[.!?]\s*$", text[: mark.start()]))
            and bool(re.match(r"\s*[A-Z]", text)) and len(_QUOTE_MARK_RE.findall(text)) == 1
            and any(len(part.split()) >= MIN_QUOTE_WORDS for part in _QUOTE_MARK_RE.split(before)[1::2]))
    # (a quote, not a term in quote marks: 'But little is known about these "students."' continues no one)


def _closing_by_touch(text: str, mark: re.Match[str]) -> bool:
    """Whether the straight ``mark`` in paragraph ``text`` can only close a quote by what touches it: a word or a
    sentence's punctuation right before it and a space or punctuation after it ('a lot of money," Sturm said', an
    inch mark '15.4" display'), or, ending the paragraph, a word or a stop before it, spaced or not ('The president
    has the final say "'). A mark that opens has a space, a bracket or a colon before it and a word after it; one
    ending a paragraph after a comma or colon may open the next ('He said:"' and a line break), so it is left to
    pairing by turn."""
    before, after = text[: mark.start()], text[mark.end() :]
    if not after.strip():
        return bool(re.search(r"[\w.!?…] ?$", before))
    return bool(re.search(r"[\w.,!?…]$", before)) and bool(re.match(r"[\s.,;:!?)\]]", after))


def _orphan_closing(text: str, mark: re.Match[str]) -> bool:
    """Whether the straight ``mark``, met in paragraph ``text`` with no quote open, is a closing mark whose opening
    one was lost (or an inch mark), so it opens nothing: it closes by what touches it (:func:`_closing_by_touch`),
    words follow it in the paragraph, and the next mark, if any, opens by its shape (a straight mark that does not
    close by touch, or an opening curly or wire mark). Two marks that both close by touch ('"Juana ..., " he said."
    She is a great athlete, ... her life."', a glued pair) are paired by turn, as is a mark ending its paragraph
    ('..., "Heller argued after ... facilities."' then 'She's in rehab right now.': a misplaced opening mark)."""
    if not text[mark.end() :].strip() or not _closing_by_touch(text, mark):
        return False
    nxt = _QUOTE_MARK_RE.search(text, mark.end())
    return nxt is None or nxt.group(0) in (*OPENING_QUOTES, "``") or (
        nxt.group(0) == '"' and not _closing_by_touch(text, nxt))


#: How many paragraphs with no quote mark may stand inside a quote that a later paragraph closes.
MAX_UNMARKED_PARAGRAPHS = 2


def _unmarked_before_close(paras: list[re.Match[str]], k: int) -> int:
    """How many paragraphs after paragraph ``k`` (which leaves a quote open) carry no quote mark before one that
    closes it (:func:`_closes_carried`): 1 to :data:`MAX_UNMARKED_PARAGRAPHS`, else 0."""
    for gap in range(1, MAX_UNMARKED_PARAGRAPHS + 1):
        if k + gap + 1 >= len(paras) or _QUOTE_MARK_RE.search(paras[k + gap].group(0)):
            return 0
        if _closes_carried(paras[k + gap + 1].group(0)):
            return gap
    return 0


#: How many one-sentence lines with no quote mark may stand inside a quote left open on the line before them and
#: closed or reopened on the line after them (text printed a sentence a line, as ECB+'s pages are).
MAX_UNMARKED_LINES = 6
#: The share of an article's paragraphs (those with a letter) that are one sentence, from which it is printed a
#: sentence a line: 765 of ECB+'s 846 prepared articles, 6 of BASIL's 300, 77 of Multi-News's 638, 268 of DUC 2006's
#: 1,220 (short wire paragraphs).
SENTENCE_LINES_SHARE = 0.8


def _one_sentence(text: str) -> bool:
    """Whether paragraph ``text`` is one sentence: no sentence's end followed by more words inside it."""
    return not re.search(r"[.!?…][\"'”’)]*\s+[\"'“‘(]*[A-Z0-9]", text.strip())


def _a_sentence_a_line(paras: list[re.Match[str]]) -> bool:
    """Whether the paragraphs ``paras`` are printed a sentence a line: :data:`SENTENCE_LINES_SHARE` of those with a
    letter are one sentence (:func:`_one_sentence`). Read from the body's paragraphs, as the mark pairing sees them
    (:func:`_one_sentence_a_line` reads the raw text and the article's sentences, which the pairing has not)."""
    lines = [p.group(0) for p in paras if re.search(r"[A-Za-z]", p.group(0))]
    return bool(lines) and sum(map(_one_sentence, lines)) >= SENTENCE_LINES_SHARE * len(lines)


def _unmarked_lines_in_quote(paras: list[re.Match[str]], k: int, open_at: int) -> int:
    """How many lines after paragraph ``k`` (which leaves a quote open) stand inside that quote in text printed a
    sentence a line: 1 to :data:`MAX_UNMARKED_LINES` paragraphs, each one sentence with no quote mark, and the
    paragraph ``k`` one sentence too, before a paragraph that closes the quote (:func:`_closes_carried`: '"I was in
    Dallas when we drafted him ...' / four lines / '... and I know he will be. "') or reopens it on its opening mark
    (British style reopens each paragraph of a statement and closes only the last: '"It's been a very different
    season.' / 'For us to win eight in a row, ...' / '"You never take winning for granted.'); else 0. A paragraph of
    several sentences left open is a closing mark lost, not a line of a statement (:func:`_unmarked_before_close`
    reads up to two such paragraphs before a closing one). The quote (from ``open_at``) holds words on its first line
    (:data:`MIN_QUOTE_WORDS` or more unless it opens the line),
    and the article is printed a sentence a line (:func:`_a_sentence_a_line`): in paragraphs of several sentences a
    line with no mark after a quote left open is narration ('He tweeted, "I look forward to voting for it ...' /
    'Earlier, while speaking in Ogden, Utah, Romney said ...' / '"You (Pelosi) and ...')."""
    first, opened = paras[k].string[open_at : paras[k].end()], paras[k].string[paras[k].start() : open_at]
    if not _one_sentence(paras[k].group(0)) or not re.search(r"[A-Za-z]", first):
        return 0
    if len(_WORD_TOKEN_RE.findall(first)) < MIN_QUOTE_WORDS and opened.strip() not in (*OPENING_QUOTES, '"', "``"):
        return 0  # (a short phrase left open mid-sentence is a scare quote whose closing mark was lost: 'Critics
        # called the plan "a disaster.' and narration lines after it)
    if not _a_sentence_a_line(paras):
        return 0
    for gap in range(1, MAX_UNMARKED_LINES + 1):
        if k + gap + 1 >= len(paras):
            return 0
        text = paras[k + gap].group(0)
        if (_QUOTE_MARK_RE.search(text) or not _one_sentence(text) or not re.search(r"[.!?…]\s*$", text)
                or _VERB_RE.search(text)):
            return 0  # (a line telling who said what, 'However, Hartog said there will be no move ...', or a
            # caption with no stop, 'Robert Gates called for companies to protect their ships better', is narration)
        nxt = paras[k + gap + 1].group(0)
        if _closes_carried(nxt) or (_OPENING_MARK_RE.match(nxt) and not any(
                _VERB_RE.search(part) for part in _QUOTE_MARK_RE.split(nxt)[2::2])):
            return gap  # (a reopening paragraph with its own attribution outside its marks, '"It is a good day ...,"
            # John Smith said.', is another speaker's quote after narration: the line between is not run on)
    return 0


def _end_run(spans: list[tuple[int, int]], open_at: int, carried: int, para: re.Match[str]) -> None:
    """Close the quote run on through unmarked lines at the end of ``para``, the last of them, when the next
    paragraph reopens it on its own mark: the part from ``open_at`` kept whole when :func:`_run_on` carried it
    (``carried`` still ``open_at``, a short part), as the parts before it were kept (a longer part :func:`_run_on`
    kept already)."""
    if carried == open_at:
        spans.append((open_at, para.end()))


#: An attribution ending a paragraph after a comma: a name (up to four words) or a pronoun and a speech verb, or the
#: verb and the name ('..., Osama noted.', '..., she said.', '..., said John Smith.').
_ATTRIBUTION_END_RE = re.compile(r"(?<=\w),\s+(?:(?:(?:[A-Z][\w.\-'’]+\s+){1,4}|(?:he|she|they)\s+)(?:also\s+)?(?:"
                                 + "|".join(_SPEECH) + r")|(?:" + "|".join(_SPEECH) + r")\s+(?:[A-Z][\w.\-'’]+\s+){0,3}"
                                 r"[A-Z][\w.\-'’]+)\.\s*$")


def _attribution_ending(body: str, lo: int, open_at: int, hi: int) -> int | None:
    """Where a quote opening its paragraph (``body[lo:hi]``, only its mark before ``open_at``) and never closed ends,
    when the paragraph ends on its attribution after a comma ('"Some internet users suffered problems with internet
    and mobile services, Osama noted.'): after that comma. None otherwise (no mark but the opening one may stand in
    the paragraph)."""
    if open_at <= lo or body[lo:open_at].strip() not in (*OPENING_QUOTES, '"', "``"):
        return None
    if _QUOTE_MARK_RE.search(body, open_at, hi):
        return None
    said = _ATTRIBUTION_END_RE.search(body, open_at, hi)
    if said is None or len(body[open_at : said.start()].split()) < MIN_QUOTE_WORDS:
        return None
    return said.start() + 1


#: A space, then a lower-case word, right after an opening mark (a quote open before it): the mark closes the quote
#: ('"... out of us, “ said mum of two Sharon.'); an opening mark touches the word it opens (spk141).
_OPENING_MARK_CLOSES_RE = re.compile(r"[ \t]+[a-z]")
#: A comma right after a quote mark (and a word after it): the mark closes a quote, whatever its shape.
_MARK_THEN_COMMA_RE = re.compile(r"[ \t]*,[ \t]*[A-Za-z]")


def _closes_carried(text: str) -> bool:
    """Whether paragraph ``text`` closes a quote the paragraph before left open: its only quote mark is a closing
    one (curly, wire ``''``, or a straight mark right after a sentence's or clause's punctuation or closing by what
    touches it, :func:`_closing_by_touch`), after words."""
    marks = list(_QUOTE_MARK_RE.finditer(text))
    if len(marks) != 1 or not re.search(r"[A-Za-z]", text[: marks[0].start()]):
        return False
    ch = marks[0].group(0)
    if ch in OPENING_QUOTES and _MARK_THEN_COMMA_RE.match(text, marks[0].end()):
        return True  # an opening mark where a closing one belongs ('... the orchestra “, the comedian said')
    return ch in CLOSING_QUOTES or ch == "''" or (ch == '"' and (bool(re.search(r"[.,!?]\s?$", text[: marks[0].start()]))
                                                                or _closing_by_touch(text, marks[0])))
    # (a straight mark closes by what touches it: 'The president has the final say "', '... connected".')


def _closed_before_its_attribution(text: str) -> bool:
    """Whether paragraph ``text`` opens by closing a quote the paragraph before left open, with more marks after:
    its first mark, after words, closes by what touches it (the quote's comma or ? or ! before it, spaced or not)
    and the quote's attribution (a speech verb) follows it within 40 characters, before the next mark ('"In the
    current situation the state standards are all over the map.' / 'It's a hodgepodge," he said. "We are still
    ...'). :func:`_closes_carried` reads a paragraph whose only mark closes."""
    marks = list(_QUOTE_MARK_RE.finditer(text))
    if len(marks) < 2 or marks[0].group(0) not in ('"', "”", "''"):
        return False
    first = marks[0]
    return (bool(re.search(r"[A-Za-z]", text[: first.start()])) and bool(re.search(r"\w[,!?] ?$", text[: first.start()]))
            and not _QUOTE_MARK_RE.search(text, 0, first.start())
            and bool(_VERB_RE.search(text, first.end(), min(first.end() + 40, marks[1].start()))))


#: Between a body (or its person-typed name) and a person's name: the person's role, lowercase, and an abbreviated
#: title ("Alza chief executive Dr. Ernest Mario").
_ROLE_TITLE_GAP_RE = re.compile(r"\s+(?:[a-z\-]+\s+){0,2}(?:" + "|".join(PERSON_ROLES) + r")\s+(?:[A-Z][a-z]{1,4}\.\s+)?")
#: The same gap when its title is a hyphened or agent-shaped role noun no list holds ("Indivisible co-founder Ezra
#: Levin", "Acme co-chair Jane Roe", "Acme board chairwoman Jane Roe"): a lower-case noun between a name and a person
#: with no comma, preposition or conjunction between can only title the person (spk76).
_AGENT_TITLE_GAP_RE = re.compile(r"\s+(?:[a-z][a-z\-]+\s+){0,2}(?:[a-z]+-)?[a-z]+(?:er|or|ist|ian|man|woman|chair)"
                                 r"\s+(?:[A-Z][a-z]{1,4}\.\s+)?")
#: A short quoted term ("the ``intake report''"): its marks, for :attr:`_Article.unquoted`.
_TERM_MARKS_RE = re.compile(r"(\b(?:[Tt]he|[Aa]n|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) )(``|[\"“])([A-Za-z][^\"“”`'\n]{0,40}?)(''|[\"”])")
#: A dash closing an aside right before a quote, and any dash (spaced: not a hyphen).
_ASIDE_CLOSE_RE = re.compile(r"\s(?:—|–|--)\s*$")
_DASH_RE = re.compile(r"\s(?:—|–|--)\s")
#: A noun phrase, then a restrictive "that" and a verb of what a text says ("the part of the U.S. code that says").
_THAT_SAYS_RE = re.compile(r"\b((?:the|a|an)\s+(?:[\w.\-'’]+\s+){0,5}?[a-z][\w\-]*)\s+that\s+(?:says|said|states|stated|"
                           r"reads|read)\b")


#: The end of a quote left open to its paragraph's end: a sentence's last punctuation there, words before it, or a
#: single mark closing a term quoted inside it, before or after that punctuation ('... so-called ‘headshop drugs’.',
#: Multi-News mn:0202; read62).
_LEFT_OPEN_RE = re.compile(r"(?=\s*[A-Za-z])[^\n]*?\w(?:['’][.!?]|[.!?]['’]?)(?=\s*$)")


#: A single apostrophe opening a quote that a double mark closes (a typo of wire copy: "'The ...,'' X said"): at a
#: paragraph's start or after a space or parenthesis, before a capital ("'90s" and "rock 'n' roll" open nothing).
_SINGLE_OPENING_RE = re.compile(r"(?:^|(?<=[\s(]))['‘](?=[A-Z]|(?!(?:n|em|cause|til|bout|tis|twas|round|s)\b)[a-z])")
#: A quote of wire copy closed by one apostrophe after its last punctuation ("``I would like to fly,' X said"), also
#: with a stray backtick after it ("``Prejudice ... bias,'` The Casper Star-Tribune ... wrote").
_APOSTROPHE_CLOSE_RE = re.compile(r"[,.!?]'`?(?=\s+[a-zA-Z])")


def _closed_by_apostrophe(body: str, lo: int, hi: int) -> int | None:
    """Where a quote opened at ``lo`` and still open at ``hi`` ends when one apostrophe closes it (a typo of wire
    copy: ``,'`` for ``,''``), else None."""
    shut = None
    for m in _APOSTROPHE_CLOSE_RE.finditer(body, lo, hi):
        shut = m.start() + 1
    return shut


#: The end of a quote's sentence that a new opening mark follows, with no closing mark between: only spaces before
#: the new mark, or a short attribution ending on a comma or colon ('... a deal. He added, ``We're ...'').
_REOPENED_RE = re.compile(r"\w[.!?]['’]?[)\]]?(\s+(?:[^\s\"“”`'.!?]+\s+){0,5}?[^\s\"“”`'.!?]+[,:])?\s+$")


#: An attribution after a comma inside the words of a quote never closed: a name (up to four words) or a pronoun and
#: a speech verb, or the verb and a name (', said Steve Dandaneau', ', Osama noted', ', she said').
_INNER_ATTRIBUTION_RE = re.compile(r"(?<=\w),\s+(?:(?:(?:[A-Z][\w.\-'’]+\s+){1,4}|(?:he|she|they)\s+)(?:also\s+)?(?:"
                                   + "|".join(_SPEECH) + r")|(?:" + "|".join(_SPEECH) + r")\s+(?:[A-Z][\w.\-'’]+\s+){0,3}"
                                   r"[A-Z][\w.\-'’]+)\b")


def _reopened_after_sentence(body: str, lo: int, hi: int) -> int | None:
    """Where a quote opened at ``lo`` and still open when a new opening mark comes at ``hi`` ends: after the last
    sentence of its words, when only spaces lie between it and the new mark (wire copy reopens a quote at each
    paragraph it runs over, with no closing mark: '``But I don't think ... the lockout. ``It only means ...', its
    paragraphs joined into one line, as DUC 2004's are) or a short attribution with a speech verb ('``I don't think
    they're too concerned ... a deal. He added, ``We're about ...'': the closing mark lost); at the attribution after a
    comma inside it, when one is there (its closing mark lost before it). Wire copy's ``...'' only (in the curly
    marks of web pages an opening mark inside a quote is a typo more often). None otherwise: the earlier mark opened
    nothing (a stray one), or closed a quote (a space after it)."""
    if body[lo - 2 : lo] != "``" or body[hi : hi + 2] != "``" or body[lo : lo + 1].isspace():
        return None  # not wire copy's marks (a web page's "“" inside a quote is a typo more often); or the earlier
        # mark closed a quote ('a railroad,`` he said, referring to ...')
    m = _REOPENED_RE.search(body, lo, hi)
    if m is None or (m.group(1) and not _VERB_RE.search(m.group(1))):
        return None
    said = None
    for said in _INNER_ATTRIBUTION_RE.finditer(body, lo, m.start() + 1):
        pass
    if said is not None:  # '``I don't see any change ... industry, said Steve Dandaneau, a labor expert ... ``It
        return said.start() + 1  # remains ...': the closing mark lost before the attribution, which ends the quote
    return m.start() + 2 + _nested_close(body, lo, m.start() + 2)


def _nested_close(body: str, lo: int, at: int) -> int:
    """How many marks after a quote's last sentence (ending at ``at``, the quote opened at ``lo``) still belong to
    it before a new opening mark: a bracket's, and the single mark closing a quote nested in it ('``I missed a
    chance to be a rich man. Some of the agents do the following: they say, `I can offer this or that number of
    votes.' ``The price would be ...'': wire copy nests `...' in ``...'' and reopens a run-on quote with ``, its
    paragraphs joined into one line in DUC 2004) (spk132). A single mark with no nested quote opened before it is
    the quote's own closing typo (``,'`` for ``,''``) and is left out."""
    n = 0
    if body[at : at + 1] in ("'", "’") and re.search(r"(?:^|\s)[`‘]\w", body[lo:at]):
        n = 1
    return n + (body[at + n : at + n + 1] in (")", "]"))


@dataclass
class _Article:
    """One article's text, sentences, paragraphs and attributed quotes."""

    body: str
    sents: list[Sent]
    starts: list[int]
    paragraphs: list[int]
    #: Sentence index -> (speaker, entity) of the last quote attributed in it.
    spoken: dict[int, tuple[str, Any]] = field(default_factory=dict)
    #: Sentence indexes of ``spoken`` whose speaker was only carried over from an earlier quote (how "continued"),
    #: read by :func:`_carried_open_part`.
    carried: set[int] = field(default_factory=set)
    #: Sentence indexes of ``spoken`` whose speaker is a short quote's (a scare quote, "that he ``muzzled''
    #: Hodler"): the walk back for "he" reads the sentence's own subject first (spk132).
    scare: set[int] = field(default_factory=set)
    _common: dict[str, bool] = field(default_factory=dict)
    _people: dict[str, Any] | None = None
    _surnames: dict[str, Any] = field(default_factory=dict)
    #: The article's quote spans (``_quote_spans``), start-sorted: words inside a quote are never the subject that
    #: speaks another quote.
    spans: list[tuple[int, int]] = field(default_factory=list)
    _unquoted: str | None = None
    #: The spaCy model :func:`extract` was given (None: no parse), read by :func:`spk148_pronoun_step`.
    model: str | None = None

    @property
    def unquoted(self) -> str:
        """The body with the marks of short quoted terms blanked (same offsets): 'The ``intake report'' on their case
        states' is a nominal speaker, "the intake report"."""
        if self._unquoted is None:
            self._unquoted = _TERM_MARKS_RE.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3) + " " * len(
                m.group(4)) if len(m.group(3).split()) < MIN_QUOTE_WORDS else m.group(0), self.body)
        return self._unquoted

    def quoted(self, lo: int, hi: int) -> bool:
        """Whether ``body[lo:hi]`` lies inside one quote span."""
        i = bisect.bisect_right(self.spans, (lo, len(self.body) + 1)) - 1
        return i >= 0 and self.spans[i][0] <= lo and hi <= self.spans[i][1]

    def sentence_at(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 else None

    def paragraph_at(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraphs, offset) - 1

    def common_word(self, m: Mention) -> bool:
        """Whether a one-word mention opening its sentence is a common noun NER took for a name ("Malaria kills
        ..." typed as a person): the article writes the word in lowercase more often than capitalized inside a
        sentence ("the Conference on Malaria")."""
        word = m.text
        if " " in word or not word[:1].isupper() or re.search(r"\w", m.sent.text[: m.start]):
            return False
        got = self._common.get(word)
        if got is None:
            lower = capital_inside = 0
            for x in re.finditer(r"\b" + re.escape(word) + r"\b", self.body, re.I):
                if x.group(0)[:1].islower():
                    lower += 1
                elif re.search(r"[^\s\"“‘'`(\-–—.!?:]\s*$", self.body[max(0, x.start() - 3) : x.start()]):
                    capital_inside += 1
            got = self._common[word] = lower > capital_inside
        return got


def _org_role(art: _Article, s: Sent, m: Mention) -> str | None:
    """ "Pittsburgh Public Schools officials": an organization's name followed by a role noun, as one speaker."""
    role = _ROLE_AFTER_RE.match(art.body, s.sentence.start + m.end)
    return m.text + art.body[s.sentence.start + m.end : role.end()] if role else None


#: A surname alone right after a speech verb, a capitalized title before it or not ('said Perl.', 'said Sgt. Riley.').
_TITLED_SURNAME_AFTER_RE = re.compile(r"\s*(?:(?:" + "|".join(sorted({t.capitalize() for t in TITLES}, key=len,
                                      reverse=True)) + r")\.?\s+)?([A-Z][\w\-'’]+)(?=[.,;]|\s*$)")


def _title_only(text: str) -> bool:
    """Whether a mention is titles alone ("Sgt", "Gov."), with no name: NER types some a person of their own."""
    words = [w.strip(".").lower() for w in text.split()]
    return bool(words) and all(w in TITLES for w in words)


def _speakers_in(art: _Article, s: Sent, lo: int, hi: int) -> list[Mention]:
    """Mentions in ``body[lo:hi]`` that can speak: people and organizations,
    not possessive modifiers ("Thailand's space agency")."""
    base = s.sentence.start
    out = []
    for m in s.mentions:
        if m.entity is None or not (lo <= base + m.start and base + m.end <= hi):
            continue
        after = art.body[base + m.end : base + m.end + 40]
        if _title_only(m.text) or (_title_only(m.text.split()[-1]) and re.match(r"\.?\s+[A-Z]", after)):
            # 'said Sgt. James Stewart', NER typing "Sgt" a person of its own, or 'said Sgt. Marty Earley' read
            # "Bloomington Police Sgt": a title, or a name closed by the title of the name after it, is no one's
            # name (the name after it speaks, or none)
            continue
        if re.match(r"-(?:based|born|headquartered|area)\b", after):  # "the Redmond, Wash-based Institute": a place
            continue
        if m.entity.label in PLACE_LABELS and _named_relative(s, m):  # "her mother, Marian, recalls" (spk107)
            out.append(_as_person(m))
            continue
        if m.entity.label in PLACE_LABELS and not re.match(r"['’]s?\s", after) and (
                known := _known_person(art, m.text)[1] or _surname_person(art, m.text)) is not None:
            # "Mondlane argued", NER typing the person a place here and a person elsewhere; 'said Serna.' after
            # "veteran Joseph Serna": a surname alone NER typed a place
            out.append(Mention(m.sent, m.start, m.end, m.text, "PERSON", known))
            continue
        if (m.entity.label == "ORG" and " " not in m.text and not m.text.isupper()
                and not re.match(r"['’]s?\s", after) and (known := _surname_person(art, m.text)) is not None):
            # "Lance-Parker said" after "Dr. Susan Lance-Parker": a surname alone NER typed an organization is
            # the person the article names in full
            out.append(Mention(m.sent, m.start, m.end, m.text, "PERSON", known))
            continue
        if m.label in ("LOC", "FAC") and m.entity.label == m.label and _SPEECH_NEXT_RE.match(after) and not (
                m.label == "FAC" and re.search(r"\b(?!the\b|and\b|but\b)[a-z]+\s+(?:the\s+)?$",
                                               art.body[max(0, base + m.start - 40) : base + m.start])):
            # "the Rockies said": a team or body NER typed as a region (a region never speaks); "The Vatican called
            # it": a body NER typed as the building it sits in, opening its clause ("Crowds outside the Kremlin
            # said": not the building)
            out.append(m)
            continue
        if m.entity.label in SPEAKER_LABELS and not re.match(r"['’]s?\s", after) and not (
                m.entity.label == "ORG" and _ROLE_AFTER_RE.match(after)) and not art.common_word(m) and not (
                m.entity.label == "PERSON" and _MODIFIER_ROLE_RE.match(after)):  # "the governor and Bush
            # supporter said": Bush only qualifies who speaks
            out.append(m)
    return out


def _speakers_in_possessive(art: _Article, s: Sent, lo: int, at: int) -> list[Mention]:
    """People and organizations whose mention ends at ``at``, right before a possessive ("X's line"), or holds the
    possessive itself (NER's span "Patrick Henry's")."""
    base = s.sentence.start
    return [m for m in s.mentions if m.entity is not None and m.entity.label in SPEAKER_LABELS
            and lo <= base + m.start and (base + m.end == at or (
                base + m.end > at and re.fullmatch(r"['’]s?", art.body[at : base + m.end])))
            and not art.common_word(m)]


def _surname_person(art: _Article, word: str) -> Any:
    """The person of the article whose full name (two words or more) ends in ``word``, one capitalized word
    ("Serna" after "Joseph Serna"), when exactly one person does; else None."""
    if " " in word or not word[:1].isupper():
        return None
    if word not in art._surnames:
        _known_person(art, word)  # fills art._people
        found = {e.id: e for e in [*(art._people or {}).values(), *(m.entity for x in art.sents for m in x.mentions
                                                                   if m.entity is not None and m.entity.label == "ORG"
                                                                   and _aged(m.entity))]
                 if len(e.name.split()) >= 2 and e.name.split()[-1] == word}  # ("T.D. Barnes, 75," typed ORG)
        art._surnames[word] = next(iter(found.values())) if len(found) == 1 else None
    return art._surnames[word]


def _has_place(s: Sent, lo: int, hi: int) -> bool:
    """Whether a place (not a demonym: "Dwight C. German"; not a person's surname NER typed a place after a title
    and a given name: "Air Chief Marshal Angus Houston") is named in ``body[lo:hi]``."""
    base = s.sentence.start
    return any(m.entity is not None and m.entity.label in PLACE_LABELS and lo <= base + m.start
               and base + m.end <= hi and not _TITLE_GIVEN_BEFORE_RE.search(s.text, 0, m.start)
               and not _given_name_before(s, m) and not _named_after_role(s, m) and not _named_relative(s, m)
               for m in s.mentions)


#: A possessive's relative set off by commas right before a one-word name ("her mother, | Marian, recalls") or
#: right after it ("Malia | , our 10-year-old, said"): at most three words after "my/our/his/her/their/your".
_RELATIVE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,(]))(?i:my|our|his|her|their|your)\s+(?:[\w\-]+\s+){0,2}[\w\-]+\s*,\s*$")
_RELATIVE_AFTER_RE = re.compile(r"\s*,\s*(?i:my|our|his|her|their|your)\s+(?:[\w\-]+\s+){0,2}[\w\-]+\s*,")


def _named_relative(s: Sent, m: Mention) -> bool:
    """Whether mention ``m`` is a one-word name set off by commas next to a possessive's relative: '"Mom," Malia,
    our 10-year-old, said.' and '" her mother, Marian, recalls.' name a person NER typed a place (blind-speakers61;
    on main the first went to the op-ed's author, the second to the quote before's speaker; spk107)."""
    if (" " in m.text or not re.match(r"\s*,", s.text[m.end :])
            or re.search(r"\b(?i:in|at|to|from|of|for|on|near|by|into|with)\s+$", s.text[: m.start])):
        return False  # ("she said in Paris, her home, on Monday": a place after a preposition)
    if not named_person_typed_place(m.text):  # ("our neighbour, France, said": a place the gazetteer knows)
        return False
    if _place_abbreviation(s, m) or _after_place_and_comma(s, m):  # ("in her Overland Park, Kan., office": spk113)
        return False
    return bool(_RELATIVE_BEFORE_RE.search(s.text, 0, m.start) or _RELATIVE_AFTER_RE.match(s.text, m.end))


#: Initials written with dots ("N.Y.", "D.C.", "U.S.", "U.K."): a state's or a country's short form, never a given name.
_DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,}")


def _place_abbreviation(s: Sent, m: Mention) -> bool:
    """Whether mention ``m`` is a US state's AP abbreviation written with its dot (``_cues.STATE_ABBREVIATIONS``,
    the list the entity merge reads "Calif." by: "Kan.", "Ill.", "Mass.", "Fla.") or initials written with dots
    ("N.Y.", "U.K."). The gazetteer knows "Kansas", not "Kan.", so without this "Lark Mason, a social worker who
    counsels patients in her Overland Park, Kan., office, say ..." read "Kan." as a relative's one-word name ("her
    Overland Park, | Kan.,") and the quotes after it as its (DUC 2006 D0648C, blind-speakers10: 6 quotes lost;
    spk113). The dot is required: "her brother, Del, said" keeps its name."""
    text = m.text.strip()
    dotted = text.endswith(".") or s.text[m.end : m.end + 1] == "."
    return bool(_DOTTED_INITIALS_RE.fullmatch(text)) or (
        dotted and text.replace(".", "").lower() in STATE_ABBREVIATIONS)


def _after_place_and_comma(s: Sent, m: Mention) -> bool:
    """Whether mention ``m`` comes right after a place-typed mention and a comma: "Hamilton, Ont.," and "Merriam,
    Kan.," put a region after its town, so the one word between the commas is a place, not a relative's name
    (spk113)."""
    return any(p.end <= m.start and p.entity is not None and p.entity.label in PLACE_LABELS
               and re.fullmatch(r"\s*,\s*", s.text[p.end : m.start]) for p in s.mentions)


def _as_person(m: Mention) -> Mention:
    """Mention ``m`` read as a person: its entity (same id, so the view still links it) typed PERSON."""
    return Mention(m.sent, m.start, m.end, m.text, "PERSON", dataclasses.replace(m.entity, label="PERSON"))


def _relative_named_at(s: Sent, at: int) -> bool:
    """Whether a one-word name next to a possessive's relative (:func:`_named_relative`) starts at body position
    ``at``: it names the relative, so it speaks before the nominal ("her mother, Marian, recalls": Marian)."""
    return any(s.sentence.start + m.start == at and _named_relative(s, m) for m in s.mentions)


#: A capitalized word right before a mention, outside any other mention: a given name when :data:`GIVEN_NAMES` holds it.
_WORD_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,(]))([A-Z][a-z]+)\s+$")


def _given_name_before(s: Sent, m: Mention) -> bool:
    """Whether the one-word mention ``m`` follows a given name NER left outside it ("Heather |Sculthorpe|, chief
    executive of ...", the surname typed a place): a person's surname, not a place (spk46, blind-speakers36)."""
    if " " in m.text:
        return False
    given = _WORD_BEFORE_RE.search(s.text, max(0, m.start - 20), m.start)
    return (given is not None and given.group(1).lower() in GIVEN_NAMES
            and not any(x.start <= given.start(1) < x.end for x in s.mentions))


#: A person's role right before a name, in either case ("Qeshm island governor |Heydar Alishbandi| told AFP"; "Police
#: Chief |Charles Craft|"), read by :func:`_named_after_role`.
_ROLE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,(]))(?i:" + "|".join(sorted(PERSON_ROLES, key=len, reverse=True))
                             + r")\s+$")


def _named_after_role(s: Sent, m: Mention) -> bool:
    """Whether mention ``m`` (typed a place) is a person's full name right after a person's role, the role in either
    case ("Qeshm island governor |Heydar Alishbandi| told AFP that ...": NER typed the name a facility): a person in
    close apposition with the role, not a place, so the speech verb's subject is read (spk92: it was passed over, and
    the "he" of the next quote took the speaker quoted before). Two to four capitalized words naming no body
    (:func:`_personal_name`), so "the governor Texas" or "officer Main Street" stay places."""
    return _personal_name(m.text) and _ROLE_BEFORE_RE.search(s.text, max(0, m.start - 40), m.start) is not None


#: A title and up to two capitalized words right before a name ("Air Chief Marshal Angus ", "Gen. "): what follows
#: is a person's name, whatever NER typed it.
_TITLE_GIVEN_BEFORE_RE = re.compile(r"\b(?:" + "|".join(sorted({t.capitalize() for t in TITLES}, key=len, reverse=True))
                                    + r")\.?\s+(?:[A-Z][a-z][\w\-'’]*\s+){1,2}$")


#: An opening phrase of a clause, up to "with" and a name's capitalized words before it ("In an interview with CNN's
#: Dana Bash, Sanders ... said"): the name is the phrase's object when a comma closes it (:func:`_object_of`).
_OPENING_WITH_RE = re.compile(r"\s*[A-Z][^,;:\"“”]*?\bwith\s+(?:(?i:the)\s+)?(?:[A-Z][\w.\-'’]*\s+){0,4}")


def _object_of(body: str, lo: int, at: int, end: int | None = None) -> bool:
    """Whether the name at ``at`` is a preposition's object (:data:`_OBJECT_TITLED_RE`), the preposition not inside a
    capitalized title ("Secretary of State Jane Roe"); with the name's ``end``, also the object of "with" in a
    phrase opening the clause and closed by a comma after the name (:data:`_OPENING_WITH_RE`: "In an interview with
    CNN's Dana Bash, Sanders ... said": Sanders speaks), not "with" after a verb ("crested with X ... writing")."""
    if end is not None and _OPENING_WITH_RE.fullmatch(body, lo, at) and re.match(r"\s*,", body[end : end + 3]):
        return True
    m = _OBJECT_TITLED_RE.search(body, lo, at)
    if m is None:
        return False
    word = re.search(r"(\S+)\s*$", body[lo : m.start()])
    return word is None or not word.group(1)[:1].isupper()


def _place_qualifies(s: Sent, lo: int, role_at: int) -> bool:
    """Whether a place in ``body[lo:role_at]`` stands right before the role at ``role_at`` ("Ottawa officials",
    "New York officials"), not before another word ("Missouri Republican senators")."""
    base = s.sentence.start
    return any(m.entity is not None and m.entity.label in PLACE_LABELS and lo <= base + m.start
               and not s.text[m.end : role_at - base].strip() and not _TITLE_GIVEN_BEFORE_RE.search(s.text, 0, m.start)
               for m in s.mentions)


def _subject(art: _Article, s: Sent, lo: int, hi: int) -> Mention | None:
    """The first person (else organization) in ``body[lo:hi]``."""
    ms = _speakers_in(art, s, lo, hi)
    people = [m for m in ms if m.entity.label == "PERSON"]
    return (people or ms or [None])[0]


def _clause_start(body: str, lo: int, verb_at: int) -> int:
    """Where the clause of a speech verb at ``verb_at`` starts (a month's abbreviation, "Dec. 20", an initial, "J.P.
    Morgan", a title, "Mr. Romney", and a name's or company's suffix, "Carl's Jr. and Hardee's", "Inc.", end none);
    a subordinator with no comma before the verb starts one ("X added his voice after five senators urged ...": the
    senators; not "X, after consulting Y, said"); "but" inside an appositive ("X, a physicist but a novice
    spacewalker, said") starts none; an opening subordinate clause ends at its comma ("After reporter X finished his
    report, Y stormed back and said": Y; not "As", whose clause may hold the speaker); "and he"/"and she" starts one
    ("The president denied it under oath in the Jones case and she filed an affidavit saying ..."); so does a fronted
    subordinate clause set off by commas that tells no speech, when a subject stands between it and the verb ("In
    the early hours of Saturday, as Zirkle made her way to Nulato, officials say ...": the officials; not "X, as
    chairman, said", nor "As X told reporters, ...")."""
    head = body[lo:verb_at]
    fronted = [lo + x.end() for x in _FRONTED_CLAUSE_RE.finditer(head)
               if not _VERB_RE.search(head, x.start(), x.end()) and head[x.end() :].strip()
               and len(re.findall(r"\b[a-z]+\b", x.group(0))) >= 3  # a clause, not a name ("as Adm. X, ...")
               and not _NOT_SUBJECT_START_RE.match(head, x.end())  # a subject after it, not "..., though X
               and not re.match(r"\s*(?:[a-z]+ing|[a-z]+ed|which|who|whose|whom)\b", head[x.end() :])]  # did,
    # including" nor a clause that ran on into the main one ("after she dropped 50 lbs. one of ... approached her,
    # squeezed her stomach, and said")
    return max([lo + max((x.end() for x in re.finditer(r"(?:[;:]|(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
                                                  r"(?<!\bSept)(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co))(?<!\b(?:Mrs|Sen|Rep|Gov|"
                                                  r"Gen|Inc))\.)\s|"
                                                  r"\bbut\b(?!\s+(?:a|an)\s+[^,]{0,60},\s*$)|\bwhile\b|\bwhilst\b|"
                                                  r"\b(?:after|before|because|until|although|though)\s(?!\w+ing\b)"
                                                  r"(?=[^,;:\"“”]*$)(?![^,;:]*\b(?:that|which|who|whom|whose)\b)(?![^,;:]*\b(?:and|or)\s+$)|"
                                                  r"\bwhereas\b|(?:''|[\"”]),\s|"
                                                  r"^\s*(?:After|When|Before|While|Once|Although|Though|Because|Since|Until)"
                                                  r"\s[^,;:\"“”]{3,120}?,\s|"
                                                  r"^\s*(?:During|Through|In|At|Amid|Following)\s+(?:a|an|the|his|her|their|its)\s"
                                                  r"[^,;:\"“”]{3,120}?,\s(?=(?:the|a|an)\s+[a-z])|"
                                                  r"[,.!?][\"”]\s|\band\s(?=(?:he|she)\s)",
                                                  body[lo:verb_at])), default=0), *fronted])


#: A subordinate clause opening a sentence or set off by commas after a fronted phrase, up to its closing comma
#: (:func:`_clause_start`).
_FRONTED_CLAUSE_RE = re.compile(r"(?:^|(?<=,))\s*(?i:as|when|after|before|while|once|although|though|because|"
                                r"since|until|if)\s[^,;:\"“”\n]{3,120}?,\s")


def gender(name: str, entity: Any = None) -> str | None:
    """"f" or "m" when the text says so, else None: a title or role word right before a mention ("Mrs. Lynch",
    "the spokeswoman, Jane Doe") or a given name that is only a woman's or a man's ("Loretta Lynch"); a
    majority of that evidence over every spelling and mention of the person. A possessed noun with no entity ("Jane
    Roe's husband") is read by the noun alone."""
    votes = Counter()
    owned = re.fullmatch(r"[^\"“”]+?['’]s?\s+([a-z][\w\-]*(?:\s+[a-z][\w\-]*)*)", name) if entity is None else None
    if owned:  # "Rosalynn Carter's husband": the possessed noun says it, never the owner's given name (spk69)
        name = owned.group(1)
    names = [name] + (list(entity.variants) if entity is not None else [])
    for n in names:
        words = [w for w in re.split(r"[\s\-]+", n.lower().replace(".", "")) if w]
        for w in words if n[:1].islower() else [w for w in words[:-1] if w not in UNISEX_GIVEN_NAMES]:
            # "the spokeswoman": every word; a name: its given names but the ones both women and men bear
            votes["f"] += w in FEMALE_NAMES or w in FEMALE_WORDS
            votes["m"] += w in MALE_NAMES or w in MALE_WORDS
    for m in (entity.mentions if entity is not None else []):
        before = re.findall(r"[A-Za-z]+", m.sent.text[max(0, m.start - 30) : m.start])
        if len(before) >= 2 and before[-1] in ("named", "called"):  # "a bar girl named X": the noun introducing X
            before.pop()
        if before:
            votes["f"] += before[-1].lower() in FEMALE_WORDS
            votes["m"] += before[-1].lower() in MALE_WORDS
    if votes["f"] == votes["m"]:
        return None
    return "f" if votes["f"] > votes["m"] else "m"


def title_gender(before: str) -> str | None:
    """"f" or "m" when a gendered title or role word ends ``before``, the text right before a name ("Mrs. ",
    "Mr ", "Lady "); else None."""
    word = re.search(r"([A-Za-z]+)\.?\s+$", before[-30:])
    if word is None:
        return None
    w = word.group(1).lower()
    return "f" if w in FEMALE_WORDS else "m" if w in MALE_WORDS else None


def _known_gender(name: str, entity: Any) -> str | None:
    """"f", "m" or None: what :func:`_agrees` reads of a person's gender (title, given name, "he"/"she" after them)."""
    return gender(name, entity) or _pronoun_gender(entity) or listed_gender(name, entity)


def _agrees(pronoun: str | None, name: str, entity: Any) -> bool:
    """Whether "he"/"she" (``pronoun``) can refer to this person: their gender is unknown or the pronoun's."""
    if not pronoun:
        return True
    if pronoun.lower() in ("he", "she") and entity is not None and business_appositive(entity):
        return False  # "his company, Arx Pax," typed a person: a company is never "he"/"she" (spk135)
    g = gender(name, entity) or _pronoun_gender(entity) or listed_gender(name, entity)  # (a given name the short
    # lists miss, "Lucy Babey": read last, spk135)
    return g is None or g == ("f" if pronoun.lower() == "she" else "m")


#: What may open a sentence before its subject's name ("But Ida ...", "Then, Ida ...").
_BEFORE_SUBJECT_RE = re.compile(r"\W*(?:(?:But|And|Then|Now|Still|Later|Yet),?\s+)?")
#: "She"/"He" opening the next sentence of the same paragraph (nothing but spaces between).
_NEXT_PRONOUN_RE = re.compile(r"[ \t]*(She|He)\b")  # (not a quote's: '"He was a good boy," she said' is her son)


def _pronoun_gender(entity: Any) -> str | None:
    """"f" or "m" when the text refers to this person as "she" or "he" (quotes only: :func:`gender` stays the
    title-and-name evidence the entity merges use): a sentence they open as its subject, naming no other person,
    is followed in its paragraph by a sentence opening with "She"/"He" ('Ida will tell you with a smile about her
    love for bridge and for riding horses. She might tell you more than once.'); None when no such pair or both
    pronouns. So '"Thank you," he says' after '"Oh really?" Ida asks.' is not Ida's (Multi-News 0129, spk45)."""
    found = set()
    for m in getattr(entity, "mentions", None) or ():
        s = m.sent
        if (not _BEFORE_SUBJECT_RE.fullmatch(s.text[: m.start]) or re.match(r"['’]s?\b", s.text[m.end : m.end + 3])
                or any(x.entity is not None and x.entity is not entity and x.entity.label == "PERSON"
                       for x in s.mentions)):
            continue  # (a possessive opens a sentence about another: "Peinovich's wife appears ... She even appeared")
        body = s.sentence.article.body
        nxt = _NEXT_PRONOUN_RE.match(body, s.sentence.end, s.sentence.end + 12)
        if nxt:
            found.add("f" if nxt.group(1) == "She" else "m")
    return found.pop() if len(found) == 1 else None


#: A sentence opened by someone an indefinite noun phrase introduces with a one-word name in apposition ("Another
#: spectator, Fahmi, was ..."; "A witness, Omar, said ...").
_INTRODUCED_NAME_RE = re.compile(r"\W*(?:(?:But|And|Meanwhile),?\s+)?(?:An?|Another|One)\s+(?:[a-z][\w\-]*\s+){0,2}"
                                 r"([a-z][\w\-]*),\s+([A-Z][a-z][\w\-'’]*),\s+(?:[a-z]+ly\s+)?(?:was|is|had|has|"
                                 r"said|says|told|recalled|heard|saw)\b")


#: A name in apposition to a noun phrase, up to the name: "In a statement later in the day, the first lady, |Melania
#: Trump, questioned ...": the name, between commas, is the subject of the verb after it.
_APPOSED_NAME_BEFORE_RE = re.compile(r"(?:^|,)\s*(?:the|a|an)\s+(?:[\w\-'’]+\s+){0,4}[\w\-'’]+,\s*$")
#: The verb after such a name's closing comma past one adverb in "-ly", a common irregular past form too ('the
#: prayer leader, Yousef Abu Sneineh, spoke out sharply against ...'; 'the minister, X, reportedly told ...'): the
#: name is the subject a "he" in the next sentence refers to (spk128).
_APPOSED_VERB_NEXT_RE = re.compile(r"\s+(?:(?!(?:" + "|".join(_NOT_ADVERBS) + r")\b)[a-z]{2,}ly\s+)?(?:[a-z]{3,}ed|spoke|told|"
                                   r"wrote|said|says|gave|came|went|took|made|met|led|left|held|sent|sought|saw|"
                                   r"was|is|has|had|will|would)\b")


#: A sentence opened by a person the text describes without naming, who speaks to someone: "An unnamed Iranian, who
#: met both passengers ..., has spoken to the BBC's Persian service"; group 1 the description, group 2 its head.
_DESCRIBED_SPEAKER_RE = re.compile(r"\W*(?:(?:But|And|Meanwhile),?\s+)?((?:An?|Another|One)\s+(?:[a-z][\w\-]*\s+){0,2}"
                                   r"([A-Z][a-z][\w\-]*|[a-z][\w\-]*))(?:\s*,[^,;\"“”]{1,160},|\s+(?:at|from|in|with|on)\s+"
                                   r"(?:the\s+|a\s+)?(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)?\s+"
                                   r"(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:spoken|spoke|talked|told|said|says)\b")


#: A sentence whose subject is a person named only by an indefinite noun that says their sex, acting ("In
#: reception, a woman was sobbing, ..."; "A man stood outside ..."; not a passive, "one man was killed"): an opening
#: phrase and modifiers allowed; group 1 the description, group 2 its head.
_INDEFINITE_PERSON_SUBJECT_RE = re.compile(
    r"\W*(?:(?:But|And|Meanwhile|Then|Nearby|Outside|Inside),?\s+)?(?:(?:In|At|On|Outside|Inside|Near|Across|Behind|"
    r"Nearby|Elsewhere|Later)\b[^,;\"“”]{0,40},\s+)?((?:[Aa]n?|One|[Aa]nother)\s+(?:[a-z][\w\-]*\s+){0,2}([a-z]+))"
    r"(?:\s*,[^,;\"“”]{1,80},)?\s+(?:(?:was|were)\s+[a-z]{2,}ing|had|sat|stood|lay|[a-z]{3,}ed)\b")
#: The heads of :data:`_INDEFINITE_PERSON_SUBJECT_RE` that say a person's sex, by the pronoun that refers to them
#: (``_cues``' gendered nouns, the ones :data:`FEMALE_WORDS` / :data:`MALE_WORDS` hold beside the titles).
_SEXED_PERSON_HEADS = {"she": FEMALE_NOUNS, "he": MALE_NOUNS}


def _indefinite_person_subject(art: _Article, s: Sent, pronoun: str) -> str | None:
    """The description of an unnamed person ("a woman") that opens sentence ``s`` as its acting subject, when its
    head says the sex ``pronoun`` ("he"/"she") refers to and no person ``s`` names agrees with ``pronoun``: whom the
    pronoun of a quote's attribution in the next sentence means, not a person quoted before ('In reception, a woman
    was sobbing, ... "My love. Why did this happen?" she screamed' is the woman's, not the doctor's before)."""
    m = _INDEFINITE_PERSON_SUBJECT_RE.match(s.text)
    if not m or m.group(2) not in _SEXED_PERSON_HEADS.get(pronoun.lower(), ()):
        return None
    if _VERB_RE.search(s.text) or _QUOTE_MARK_RE.search(s.text):
        return None  # ('one man was killed when ..., said disaster agency official Fauzi': a speech sentence)
    if any(x.entity is not None and x.entity.label == "PERSON" and _agrees(pronoun, x.entity.name, x.entity)
           for x in s.mentions):
        return None
    text = m.group(1)
    return text[:1].lower() + text[1:]


#: A kin word right after "according to" ("according to the friend, ..."): someone the text describes, who speaks.
_ACCORDING_KIN_RE = re.compile(r"\s+((?i:the|a|an|his|her)\s+(?:[a-z\-]+\s+){0,2}?(?:" + "|".join(KIN_ROLES) + r"))\b(?!['’])")


def _described(speaker: str | None) -> bool:
    """Whether ``speaker`` is an unnamed person given by a description ("an unnamed Iranian", "the friend"), not a
    name or a body: what :func:`_described_speaker` and "according to the friend" resolve "he" to."""
    if not speaker or not re.match(r"(?:the|a|an|another|one)\s", speaker) or not _a_person(speaker, None):
        return False
    head = speaker.split()[-1]  # (a definite role, "the attorney", "the man", is left to the parse as before)
    return (head.lower() in KIN_ROLES or bool(re.fullmatch(r"[A-Z][a-z]+(?:an|ese|i)", head))
            or bool(_PERSON_NOUN_RE.fullmatch(head)))  # "a veterinarian", as _described_speaker reads it




def _unnamed_role_subject(art: _Article, speaker: str | None, before: int) -> bool:
    """Whether ``speaker`` is an indefinite role ("One conservative leader", "an aide": a head of
    :data:`PERSON_ROLES`) that opens a sentence of the article before ``before`` as its subject, so introducing
    someone the text never names: "One conservative leader said that he and his allies had reservations about
    Livingston ..." then 'The budget, he said, "..."' is the leader's, whom no parse of the sentences before names
    (spk129, blind-speakers73). A role in apposition to a name ("Huckabee, a former Baptist minister, ran ...") is
    that name's, left to the parse."""
    if (not speaker or not re.match(r"(?i:a|an|another|one)\s", speaker)
            or speaker.split()[-1].lower() not in PERSON_ROLES):
        return False
    opening = re.compile(r"(?:^|[.!?][\"”'’]*\s+|\n)\s*(?:(?:But|And|Still|Yet|Meanwhile|Later),?\s+)?"
                         + r"\s+".join(map(re.escape, speaker.split())) + r"\b", re.I)
    return opening.search(art.body, 0, before) is not None and _a_person(speaker, None)


def _described_speaker(art: _Article, s: Sent) -> str | None:
    """The description of an unnamed person opening sentence ``s`` as the subject of a speech verb ("An unnamed
    Iranian, who ..., has spoken to the BBC"; "A neighbour told ..."): whom a "he"/"she" in the quotes after it
    means, rather than a person the sentences name (the passenger the friend talks about). The head is a
    nationality (a NORP mention) or a person's role or kin word or a noun of a person by its ending
    (:data:`_PERSON_NOUN_RE`; "A veterinarian at the riverside checkpoint said ..."); None otherwise."""
    m = _DESCRIBED_SPEAKER_RE.match(s.text)
    if not m:
        return None
    head = m.group(2)
    if head[:1].isupper():
        if not any(x.label == "NORP" and (x.start, x.end) == m.span(2) for x in s.mentions):
            return None
    elif (head.lower() not in PERSON_ROLES and head.lower() not in KIN_ROLES
          and not _PERSON_NOUN_RE.fullmatch(head)):
        return None
    text = m.group(1)
    return text[:1].lower() + text[1:]


#: A closing quote mark glued by the scrape to the next sentence's first word ('... went away immediately."Through
#: Dr. Kolb, Anne Ziegenhorn met ...': no space, so the segmenter keeps the two sentences as one); the position after
#: the mark is where the glued sentence starts.
_GLUED_CLOSE_RE = re.compile(r"[.?!][\"”](?=[A-Z][a-z])")
#: Words that open a sentence with a fronted phrase (a preposition or a subordinator), never with its subject: a
#: name before that phrase's closing comma is the phrase's ("Through Dr. Kolb, Anne Ziegenhorn met ...", "After
#: meeting Susan Kolb, Anne Ziegenhorn ...": Kolb is no subject; :func:`_fronted`).
_FRONTING_WORDS = frozenset({"after", "although", "amid", "as", "at", "because", "before", "by", "despite", "during",
                             "following", "for", "from", "if", "in", "like", "on", "once", "since", "though",
                             "through", "under", "unlike", "until", "upon", "when", "while", "with", "without"})


def _fronted(text: str, start: int) -> bool:
    """Whether the name at ``start`` of sentence ``text`` lies in a fronted phrase: the sentence opens on a
    preposition or subordinator (:data:`_FRONTING_WORDS`), no comma stands before the name and one follows it
    within 80 characters ("Through Dr. Kolb, Anne Ziegenhorn met": Kolb)."""
    head = text[:start]
    words = head.split()
    return bool(words) and words[0].lower().strip("\"“”'‘’") in _FRONTING_WORDS and "," not in head and (
        "," in text[start : start + 80])


def _glued_subject(art: _Article, s: Sent, before: int, pronoun: str) -> tuple[str, Any] | None:
    """The person opening a sentence the scrape glued onto a quote's closing mark, before ``before`` (the last such
    sentence in ``s``): '... She said, "All the neurological symptoms ... went away immediately."Through Dr. Kolb,
    Anne Ziegenhorn met other women ... She said, "I literally willed myself to live ..."' -> Anne Ziegenhorn, not
    the speaker of the quote the glued sentence is segmented with (Multi-News 0055, blind-speakers30). The subject
    is the first person named after the glue with only capitalized words before it, or after an opening phrase
    closed by a comma; a name after an opening preposition ("Through Dr. Kolb,") is its object. None when the glued
    sentence opens on no person (a pronoun, a common noun) or the person disagrees with ``pronoun``."""
    lo, hi = s.sentence.start, min(s.sentence.end, before)
    glued = None
    for g in _GLUED_CLOSE_RE.finditer(art.body, lo, hi):
        if art.quoted(g.start() - 1, g.start()) and not art.quoted(g.end(), g.end() + 1):
            glued = g.end()
    if glued is None:
        return None
    for m in sorted(s.mentions, key=lambda x: x.start):
        a = lo + m.start
        if a < glued or m.entity is None or lo + m.end > hi or art.quoted(a, lo + m.end):
            continue
        lead = art.body[glued:a]
        if _fronted(art.body[glued:hi], a - glued):
            continue  # "Through Dr. Kolb, ...": the fronted phrase's name
        titles = r"(?:[A-Z][\w.\-'’]*\s+){0,4}"
        if not (re.fullmatch(titles, lead)  # "Dr. Anne Ziegenhorn met ...", "But Anne Ziegenhorn met ..."
                or re.fullmatch(r"[^,\"“”]{1,80},\s*" + titles, lead)):  # "Through Dr. Kolb, Anne Ziegenhorn met"
            return None  # the glued sentence opens on no name ("The woman who ...", "It started in 2011.")
        if m.entity.label == "PERSON" and _a_person(m.entity.name, m.entity) and _agrees(pronoun, m.entity.name,
                                                                                          m.entity):
            return m.entity.name, m.entity
        return None
    return None


def _resolve_reference(art: _Article, before: int, pronoun: str | None = None) -> tuple[str, Any] | None:
    """Who "he"/"she" (``pronoun``; None for "the minister") is: the person :func:`_resolve_reference_rules` finds,
    checked by the parse (:func:`spk148_pronoun_step`)."""
    return spk148_pronoun_step(art, before, pronoun, _resolve_reference_rules(art, before, pronoun))


def spk148_pronoun_step(art: _Article, before: int, pronoun: str | None,
                        got: tuple[str, Any] | None) -> tuple[str, Any] | None:
    """The person a "he"/"she" (``pronoun``) at ``before`` means, given the one the rules found (``got``): where
    that person is named last in an earlier sentence (at most :data:`REFERENCE_SENTENCES` back) as the subject of a
    side clause, an owner or an object, and that sentence's main subject is a person of the pronoun's sex, the main
    subject (:func:`spk148_side_clause_referent`); else ``got``. A quote's speaker, a name in the pronoun's own
    sentence, and articles read without a parse are left as the rules found them."""
    if got is None or not pronoun or pronoun.lower() not in ("he", "she") or art.model is None:
        return got
    pos = art.sentence_at(before)
    if pos is None:
        return got
    name, ent = got

    def named(s: Sent, upto: int) -> tuple[int, int] | None:
        hit = None
        for m in s.mentions:
            if s.sentence.start + m.end <= upto and (m.entity is ent if ent is not None else m.text == name):
                hit = (m.start, m.end)
        if hit is None and ent is None and name[:1].isupper():  # a name NER found no entity in ("TMZ")
            for w in re.finditer(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’])", s.text[: max(0, upto - s.sentence.start)]):
                hit = w.span()
        return hit

    if named(art.sents[pos], before) is not None:
        return got
    from . import _ner

    def person_in(s: Sent) -> Callable[[Mention], tuple[str, Any] | None]:
        def person(m: Mention) -> tuple[str, Any] | None:
            e = m.entity
            if (e.label in PLACE_LABELS or not _a_person(e.name, e) or not _agrees(pronoun, e.name, e)
                    or art.common_word(m) or art.quoted(s.sentence.start + m.start, s.sentence.start + m.end)):
                return None
            return e.name, e
        return person

    for i in range(pos - 1, max(-1, pos - 1 - REFERENCE_SENTENCES), -1):
        s = art.sents[i]
        said = art.spoken.get(i)
        if said is not None and said[0] == name:
            return got  # a quote's speaker
        hit = named(s, s.sentence.end)
        if hit is None:
            continue
        if art.quoted(s.sentence.start + hit[0], s.sentence.start + hit[1]) or len(s.text) > 600:
            return got
        person = person_in(s)
        if not any(m.entity is not None and not (hit[0] <= m.start and m.end <= hit[1]) and person(m) is not None
                   for m in s.mentions):
            return got  # no other person of the pronoun's sex to be the main subject: no parse asked for
        other = spk148_side_clause_referent(s, hit[0], hit[1], _ner.parse(s.text, art.model), person)
        return other if other is not None else got
    return got


def _resolve_reference_rules(art: _Article, before: int, pronoun: str | None = None) -> tuple[str, Any] | None:
    """Who "he"/"she" (``pronoun``; None for "the minister") is, walking back from ``before``
    sentence by sentence: the speaker of a quote attributed there, else the
    subject of a speech verb there, else a person opening that sentence
    ("President Sarkozy's statement ... came"); at most
    :data:`REFERENCE_SENTENCES` back. A person whose gender the text gives
    (:func:`gender`) is never "he" for a woman or "she" for a man."""
    pos = art.sentence_at(before)
    if pos is None:
        return None
    own = art.sents[pos]
    aside = spk145_aside_subject(art.body, own.sentence.start, before) if pronoun else None
    if aside is not None and aside[1] in (None, pronoun.lower()):  # 'X himself has long denied ... – "...," he
        # tweeted in September – but ...': the sentence's own subject (spk145)
        known = _known_person(art, aside[0])
        if _agrees(pronoun, *known):
            return known
    if pronoun and not _VERB_RE.search(art.body, own.sentence.start, before) and not any(
            m.entity is not None and own.sentence.start + m.start < before for m in own.mentions) and not (
            pos > 0 and spk145_in_tweet(art.body, art.sents[pos - 1].sentence.start, art.sents[pos - 1].sentence.end)):
        # (not the name of an embedded tweet's signature right before: spk145)
        sole = _main_subject_before(art, pos, before, pronoun) or _sole_person_before(art, pos, pronoun)
        if sole is not None:
            return sole
    budget, i = REFERENCE_SENTENCES, pos + 1
    carried = None  # the speaker carried to the open part of the quote "he" closes (:func:`_carried_open_part`)
    while budget > 0 and i > 0:
        i -= 1
        s = art.sents[i]
        if i < pos and is_video_title_line(art.body, s.sentence.start, s.sentence.end):
            continue  # a video's title between the speaker and "she" ('Families told all lives are lost 02:51')
        if i < pos and pronoun and spk145_in_tweet(art.body, s.sentence.start, s.sentence.end):
            continue  # an embedded tweet's words and signature ('... — George Takei (@GeorgeTakei) April 1, 2017')
            # between "he" and the person the article's own text named (spk145)
        if i == pos and pronoun and fronted_phrase_before(art.body, s.sentence.start, before):
            continue  # 'After meeting President X, he said ...': X is the phrase's object, "he" someone named before
        glued = _glued_subject(art, s, before, pronoun) if pronoun else None
        if glued is not None:  # '..."Through Dr. Kolb, Anne Ziegenhorn met ...': the glued sentence's subject
            return glued
        said = art.spoken.get(i)
        if said is not None and i < pos and _carried_open_part(art, i, before):
            carried = carried or said  # the opening part of the quote this "he" closes, its speaker only carried
            said = None  # over (spk77): someone the walk finds further back first, else that speaker after all
        scare = None  # a scare quote's speaker: read after the sentence's own subject (:func:`_scare_quote_only`)
        if said is not None and pronoun and i < pos and _scare_quote_only(art, s, i):
            scare, said = said, None
        if said is not None and _a_person(*said) and _agrees(pronoun, *said):
            return said
        hi = min(s.sentence.end, before)
        opener = _PRONOUN_OPENING_RE.match(s.text)
        if opener and pronoun and opener.group(1).lower() == pronoun.lower() and _VERB_RE.search(
                art.body, s.sentence.start, hi) and spk144_trailing_teller(art, s, hi, pronoun) is None:
            continue  # "He said only one, Smith Kline Beecham, ...": the same "he", named further back; not "He had
            # no items with him ..., Vargo said.", whose "he" is the reported clause's: Vargo speaks (spk143)
        budget -= 1
        reported = False  # "<what was said>, he noted": whoever it names, "he" is someone named before
        deferred = []  # speech verbs of a comparative "as"-clause, read after the main clause (:func:`comparative_as`)
        for v in reversed(list(_VERB_RE.finditer(art.body, s.sentence.start, hi))):
            if art.quoted(v.start(), v.end()):
                continue  # '"... what Gen. Flynn said to the ambassador ...," the South Carolina Republican told
                # CNN': a speech verb inside a quote's own words is no speech in the text; its subject is no referent
            lo_v = _clause_start(art.body, s.sentence.start, v.start())
            if pronoun and comparative_as(art.body, s.sentence.start, v.start()):
                deferred.append((lo_v, v))
                continue
            adjacent = _ADJACENT_PRONOUN_RE.search(art.body, lo_v, v.start())
            if adjacent:
                reported = True
                budget += bool(pronoun) and adjacent.group(1).lower() == pronoun.lower()  # the same "he": free
                intro = _introduced_opener(s) if pronoun and adjacent.group(1).lower() == pronoun.lower() else None
                if intro is not None and _agrees(pronoun, intro.name, intro):
                    return intro.name, intro  # "Anna Smith, an ultrasound technician, was on the first floor ...
                    # when police burst in ..., she said.": "she" is the person the sentence introduces
                break
            got = _inverted_speaker(art, s, lo_v, v, hi) or _speech_subject(art, s, lo_v, v.start(), False)  # (spk101)
            if got is not None and (whole := _given_name_cut_off(art, s, lo_v, v.start(), got[1])) is not None:
                got = whole  # "..., Ivanka Trump said she ...": not the Donald Trump NER's "Trump" links (spk141)
            if got is None and re.search(r",\s*$", art.body[lo_v : v.start()]):  # "..., says Lex Bosselaar, ..."
                got = _name_after(art, s, v.end(), min(hi, v.end() + 90))  # (before ``before``: no recursion)
                got = got if got is not None and got[0][:1].isupper() else None  # a name, not "the spokesman"
            if got is None:  # "... $6 billion said Sarah Johnston, executive director of ...": no comma (read62)
                got = read62_commaless_inverted(s, v.start(), v.end(), hi)
            if got is not None and _a_person(*got[:2]) and _agrees(pronoun, *got[:2]):
                return got[:2]
        if not reported and (other := read62_other_pronoun_subject(s, hi - s.sentence.start, pronoun, _known_gender)):
            return other  # 'But ... he was persuaded ... by Sarah Livia Brightwood, ...': "she" is the woman (read62)
        if reported or opener:  # a sentence "he"/"she" opens: a name in it is not its subject
            if scare is not None and _a_person(*scare) and _agrees(pronoun, *scare):
                return scare
            continue
        if pronoun and (inverted := _inverted_aged_subject(art, s, before, pronoun)) is not None:
            return inverted  # "..., remembered X, 73, who ...": X, whatever NER typed the name
        last = _identified_last(art, s, before)
        if last is not None and _agrees(pronoun, *last):
            return last
        described = _described_speaker(art, s) if pronoun and s.sentence.start < before else None
        if described is not None:  # "An unnamed Iranian ... has spoken to the BBC" / '"...," he told BBC Persian'
            return described, None
        if pronoun and i == pos - 1 and (someone := _indefinite_person_subject(art, s, pronoun)) is not None:
            return someone, None  # 'In reception, a woman was sobbing, ... "My love. ..." she screamed': the woman
        acc = _ACCORDING_RE.search(art.body, s.sentence.start, hi)
        if acc and pronoun and _according_in_title(art, acc):
            acc = None  # "In 1991's ``The Gospel According to Jesus Christ,'' God and the devil negotiate ...": a
            # work's title, no source (spk132)
        if acc and pronoun:  # "..., according to Professor Alain Carpentier, the inventor of ...": the source
            # speaks there ('He quoted X: "..."' two sentences on is his), not a name further back
            nom = _nominal(art, acc.end(), min(hi, acc.end() + 60))
            if (nom is not None and not art.body[acc.end() : nom[2]].strip() and _a_person(*nom[:2])
                    and _agrees(pronoun, *nom[:2])):  # "According to the friend, Nour Mohammad and Delawar
                # stayed ...": the friend speaks there, not the people the sentence then names (spk29)
                return nom[:2]
            kin = _ACCORDING_KIN_RE.match(art.body, acc.end(), hi)
            if kin:  # (a kin word is no nominal role: "according to the friend" is the friend all the same)
                return " ".join(kin.group(1).split()), None
            who = _name_after(art, s, acc.end(), min(hi, acc.end() + 60))
            if who is not None and who[1] is not None and who[1].label == "PERSON" and _agrees(pronoun, *who):
                return who
        main = _main_subject(art, s, before, pronoun) if pronoun else None
        if main is not None:  # "Yet even as Putin extended ..., Zyuganov spent the day ...": the main clause's subject
            return main
        held = _epithet_subject(art, s, before, pronoun) if pronoun else None
        if held is not None:  # "..., the speaker seemed unable ... As late as Tuesday, he was predicting ... '...,' he
            return held  # said": the person "the speaker" is, not the last name before it (spk129)
        bare = _BARE_OPENING_RE.match(s.text)  # (before the names NER found after it: "Samaranch denied that he
        # ``muzzled'' Hodler, ...", NER missing "Samaranch", is Samaranch's sentence, not Hodler's; spk132)
        if bare and " " not in bare.group(1) and not any(m.start < bare.end(1) for m in s.mentions):
            known = _known_person(art, bare.group(1), whole=False)  # "Ameir dismissed ...": Ali Ameir Mohamed
            if (living := _living_bearer(art, bare.group(1), s.sentence.start)) is not None:
                known = living.name, living  # "The dead youth, Nasr Erekat, was a cousin of his. Erekat stayed ...":
                # the bearer of the surname who is alive (spk129)
            if known[1] is not None and _agrees(pronoun, *known):
                return known
        opening = [m for m in s.mentions if m.entity is not None and s.sentence.start + m.end <= before
                   and m.entity.label != "NORP" and (m.start < 40 or _OPENING_RE.match(s.text[: m.start]))
                   and not _OBJECT_BEFORE_RE.search(s.text[: m.start])
                   and not art.common_word(m)
                   and not art.quoted(s.sentence.start + m.start, s.sentence.start + m.end)]
        if pronoun and i < pos:  # 'Now that X has come out, Cardinal Y has condemned ...' / 'He said:': Y, the main
            opening = main_clause_first(s.text, opening, s.mentions)  # clause's subject (spk141)
        if opening and opening[0].entity.label != "PERSON" and re.match(_ROLE_AFTER_RE.pattern, s.text[opening[0].end :],
                                                                         re.I):
            titled = _TITLED_NAME_RE.match(s.text, opening[0].start)  # "Home Affairs Minister Ali Ameir Mohamed"
            if titled and _agrees(pronoun, titled.group(1), None):
                return _known_person(art, titled.group(1))
        if opening and _a_person(opening[0].entity.name, opening[0].entity) and _agrees(
                pronoun, opening[0].entity.name, opening[0].entity):  # also a person's name NER typed ORG
            return opening[0].entity.name, opening[0].entity
        titled = honorific_subject(s.text, lambda a, b: any(m.start < b and m.end > a for m in s.mentions), pronoun,
                                   lambda name: _known_person(art, name, whole=False)) if i < pos else None
        if titled is not None:  # 'However, Mr Hollande ruled out ... "...," he said.' (NER missed "Mr Hollande")
            return titled
        if (pronoun and bare and _full_name(bare.group(1)) and not any(m.start < bare.end(1) for m in s.mentions)
                and _agrees(pronoun, bare.group(1), None)):  # "Jan Childress, visiting from Kalona, Iowa, ...
            # sported a button. But ..., she told a reporter": the full name NER missed that opens the sentence
            return _known_person(art, bare.group(1))
        named = _INTRODUCED_NAME_RE.match(s.text)
        if (pronoun and named and named.group(1).lower() not in BODY_ROLES and named.group(1).lower() not in BODY_HEADS
                and all((m.start, m.end) == named.span(2) and m.entity is not None and m.entity.label not in PLACE_LABELS
                        for m in s.mentions if m.start < named.end(2))
                and _agrees(pronoun, named.group(2), None)):
            # "Another spectator, Fahmi, was in the crowd when he heard ...": the one-word name that the sentence
            # introduces (NER missed it or typed it a body), not a person named before it (twenty-third round)
            return _known_person(art, named.group(2))
        if not opening or opening[0].entity.label != "PERSON":  # "HQ co-founder and CEO X was more blunt"
            subject = [m for m in s.mentions if m.entity is not None and m.entity.label == "PERSON"
                       and not art.common_word(m)
                       and not art.quoted(s.sentence.start + m.start, s.sentence.start + m.end)
                       and s.sentence.start + m.end <= before and (_verb_after_name(s.text, m.end) or (
                           s.text[m.end : m.end + 1] == "," and (_VERB_NEXT_RE.match(s.text, m.end + 1)
                                                                 or _APPOSED_VERB_NEXT_RE.match(s.text, m.end + 1))
                           and _APPOSED_NAME_BEFORE_RE.search(s.text, 0, m.start)))
                       and not re.search(r"\b(?:that|who|which|if|when|whether)\s+(?:\S+\s+){0,2}$",
                                         s.text[: m.start])]
            if subject and _agrees(pronoun, subject[0].entity.name, subject[0].entity):
                return subject[0].entity.name, subject[0].entity
        if scare is not None and _a_person(*scare) and _agrees(pronoun, *scare):
            return scare  # no subject of its own read: the scare quote's speaker after all
        for lo_v, v in deferred:  # no one else in the sentence: the "as"-clause's speaker after all
            got = _inverted_speaker(art, s, lo_v, v, hi) or _speech_subject(art, s, lo_v, v.start(), False)
            if got is not None and _a_person(*got[:2]) and _agrees(pronoun, *got[:2]):
                return got[:2]
    if carried is not None and _a_person(*carried) and _agrees(pronoun, *carried):
        return carried  # no one found further back: the speaker the open part was carried from stays (spk77)
    person, person_at = None, 0  # none speaking nearby: the last person named before, outside the quotes ('"I'd like to thank
    # my wife Portia ...," the comedian said': the comedian is not Portia)
    for s in art.sents[: pos + 1]:
        for m in s.mentions:
            if (m.entity is not None and m.entity.label == "PERSON" and s.sentence.start + m.end <= before
                    and _agrees(pronoun, m.entity.name, m.entity) and not art.common_word(m)
                    and not _share_bar(m.entity.name) and not part_of_place_name(s, m) and not headline_words(m)
                    and not art.quoted(s.sentence.start + m.start, s.sentence.start + m.end)):
                person = m
                person_at = s.sentence.start + m.start
    if pronoun and (nominal := spk147_gendered_nominal(art.body, own.sentence.start, before, pronoun)) is not None and (
            person is None or person_at < nominal[1]):
        return nominal[0], None  # 'When police went to the woman's apartment, she said ...': the woman (spk147)
    return (person.entity.name, person.entity) if person is not None else None


def _given_name_cut_off(art: _Article, s: Sent, lo: int, hi: int, ent: Any) -> tuple[str, None] | None:
    """The whole name of a speech verb's subject when NER's span of it in ``s`` (between ``lo`` and ``hi``) holds
    the surname alone and links it to another bearer: 'Without delving into specifics, Ivanka Trump said she ...'
    where the small model typed "Trump" alone, and the cluster's Donald Trump took it, so "she" found no woman
    (blind-speakers87). Read so when the capitalized word right before the span is no title, no word of the
    entity's name and inside the sentence (after a comma or a lower-case word), and the article writes the two
    words together again; the name as written, no entity. Else None."""
    if ent is None or getattr(ent, "label", None) != "PERSON":
        return None
    for m in s.mentions:
        a = s.sentence.start + m.start
        if m.entity is not ent or not (lo <= a and s.sentence.start + m.end <= hi) or " " in m.text:
            continue
        w = re.search(r"(?<=[a-z,;] )([A-Z][a-z]+)\s+$", art.body[max(lo, a - 30) : a])
        if w is None:
            continue
        given = w.group(1)
        if given.lower() in TITLES or given in ent.name.split() or any(
                given in v.split() for v in getattr(ent, "variants", ()) or ()):
            continue
        whole = f"{given} {m.text}"
        if len(re.findall(r"(?<![\w'’])" + re.escape(whole) + r"(?![\w])", art.body)) > 1:
            return whole, None
    return None


def _according_in_title(art: _Article, acc: re.Match[str]) -> bool:
    """Whether the "according to" at ``acc`` is words of a work's title, no source: inside quote marks ('In 1991's
    ``The Gospel According to Jesus Christ,'' God and the devil negotiate ...', blind-speakers76; '``The Gospel
    According to Peanuts,''' in DUC 2003 d102a) or capitalized after a capitalized word inside a sentence, as a
    title is written without its marks (spk132)."""
    if art.quoted(acc.start(), acc.end()):
        return True
    before = art.body[max(0, acc.start() - 40) : acc.start()]
    return acc.group(0)[0] == "A" and bool(re.search(r"[a-z]\s+[A-Z][\w'’]*\s+$", before))


def _scare_quote_only(art: _Article, s: Sent, i: int) -> bool:
    """Whether the speaker sentence ``i`` (``s``) gives in :attr:`_Article.spoken` is a short quote's (a scare quote,
    :attr:`_Article.scare`) and the sentence is no speech sentence a pronoun opens: 'Samaranch denied that he
    ``muzzled'' Hodler, as the Swiss official claimed earlier Sunday.' is Samaranch's sentence, whose "he said"
    follows, though the word "muzzled" is Hodler's (spk132, blind-speakers77). The walk back for "he" reads the
    sentence's subject first and takes the scare quote's speaker only when it finds none."""
    return i in art.scare and not _PRONOUN_OPENING_RE.match(s.text)


def _carried_open_part(art: _Article, i: int, before: int) -> bool:
    """Whether sentence ``i`` holds the opening part of the quote whose attribution is at ``before`` (a quote left
    open there and closed, "...," he said, in a later paragraph, only quote text between) and that part's speaker
    was only carried over from an earlier quote (:attr:`_Article.carried`). Such a speaker is a guess the
    attribution itself corrects: 'In a statement, BuzzFeed spokesman Matt Mittenthal doubled down ...' / '"As we've
    re-confirmed our reporting, ...' / 'We remain confident ...," he said.' is Mittenthal's, not the last person
    quoted before him, whom the open part took while its attribution was not yet read."""
    if i not in art.carried:
        return False
    s = art.sents[i]
    span = next(((qs, qe) for qs, qe in art.spans if s.sentence.start <= qs < s.sentence.end), None)
    if span is None or span[1] > before or art.body[span[1] : span[1] + 1] not in ("", "\n"):
        return False  # no quote there, or one its own mark closes
    gap = art.body[span[1] : before]
    if "\n" not in gap or not art.body[before - 1 : before].isspace():
        return False  # the same paragraph, or a quote opened anew by its own mark
    parts = [(span[1] + p.start(), span[1] + p.end()) for p in re.finditer(r"\S+(?:[ \t]+\S+)*", gap)]
    return all(art.quoted(a, b) or not re.search(r"\w", art.body[a:b]) for a, b in parts)


#: A person's appositive opened by an indefinite article right after the name opening a sentence ("Anna Smith, an
#: ultrasound technician, was ..."): the sentence introduces that person.
_INDEFINITE_APPOSITIVE_RE = re.compile(r",\s+(?:a|an)\s+[^,;:\"“”]{2,60},\s")


#: A sentence that identifies someone by a description and ends on the name ("Indeed, the only character who even
#: gets to crack a joke is Pucci's Eric."): group 1 the name, an owner's possessive allowed before it.
_IDENTIFIED_LAST_RE = re.compile(r"\b(?:is|was)\s+((?:[A-Z][\w\-]*['’]s\s+)?(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*"
                                 r"(?:['’]s\s+[A-Z][\w\-]*)?)\s*[.!]\s*$")


def _identified_last(art: _Article, s: Sent, before: int) -> tuple[str, Any] | None:
    """The person sentence ``s`` (wholly before ``before``) identifies by a description, the name last after "is" /
    "was" with no person before it ("the only character who even gets to crack a joke is Pucci's Eric."): the focus
    a "he" or "the frantic fellow" in the next sentences refers to, not the subject of a sentence further back
    (spk49, blind-speakers37); else None."""
    if s.sentence.end > before:
        return None
    m = _IDENTIFIED_LAST_RE.search(s.text)
    if m is None:
        return None
    inside = [x for x in s.mentions if x.entity is not None and m.start(1) <= x.start and x.end <= m.end(1)]
    if (not inside or any(x.entity is not None and x.entity.label == "PERSON" and x.start < m.start(1) for x in s.mentions)
            or not _a_person(inside[-1].entity.name, inside[-1].entity)):
        return None
    return inside[-1].entity.name, inside[-1].entity


def _introduced_opener(s: Sent) -> Any:
    """The person whose name opens sentence ``s`` followed by an indefinite appositive ("Anna Smith, an ultrasound
    technician, was on the first floor ..., she said"): a reported sentence that introduces someone new is that
    person's account, so its "she" is that person, not someone quoted before (spk40, blind-speakers30); else None."""
    first = next((m for m in s.mentions if m.entity is not None), None)
    if (first is None or first.entity.label != "PERSON" or s.text[: first.start].strip()
            or not _INDEFINITE_APPOSITIVE_RE.match(s.text, first.end)):
        return None
    return first.entity


def _sole_person_before(art: _Article, pos: int, pronoun: str) -> tuple[str, Any] | None:
    """The one person the sentence right before sentence ``pos`` names, when that sentence tells no speech (no
    speech verb, no quote, no "he"/"she") and the person agrees with ``pronoun``: "he" then means that person, not
    whoever spoke further back ("... has given Plant, who is now 65, a different perspective. "...," he laughs")."""
    if pos == 0:
        return None
    s = art.sents[pos - 1]
    if art.paragraph_at(art.sents[pos].sentence.start) - art.paragraph_at(s.sentence.start) > 1:
        return None
    if ((pos - 1) in art.spoken or _VERB_RE.search(s.text) or _QUOTE_MARK_RE.search(s.text) or _PRONOUN_RE.search(s.text)
            or _ACCORDING_RE.search(s.text)):  # ("According to the friend, Nour Mohammad stayed ...": speech)
        return None
    people = {m.entity.id: m.entity for m in s.mentions if m.entity is not None and m.entity.label == "PERSON"
              and not art.common_word(m) and not _share_bar(m.entity.name)}
    if not people and not any(m.entity is not None and m.entity.label in SPEAKER_LABELS for m in s.mentions):
        people = _missed_surnames(art, s)  # "... has given Plant, who is now 65, a different perspective.": NER
        # missed "Plant", the surname of the article's one Robert Plant (spk129)
    people = only_agreeing_person(people, pronoun, lambda e: gender(e.name, e) or _pronoun_gender(e))
    if len(people) != 1 or any(m.entity is not None and m.entity.label == "ORG" and _personal_name(m.text)
                               for m in s.mentions):
        return None
    ent = next(iter(people.values()))
    bare = _BARE_OPENING_RE.match(s.text)  # "Ameir dismissed a report ... bin Laden's group": a name NER missed
    if bare and not any(m.entity is ent and m.start < bare.end(1) for m in s.mentions):
        return None
    if any(m.entity is ent and re.match(r"['’]s?\s", s.text[m.end : m.end + 3]) for m in s.mentions):
        return None  # only a possessive ("bin Laden's group")
    return (ent.name, ent) if _agrees(pronoun, ent.name, ent) else None


def _missed_surnames(art: _Article, s: Sent) -> dict[str, Any]:
    """The people sentence ``s`` names by a bare surname NER typed nothing, past its first word: a capitalized word
    no mention covers, after a lower-case word or a comma and before no capitalized one, that ends the full name of
    exactly one person of the article (:func:`_surname_person`) named before ``s`` outside quotes, by entity id."""
    found = {}
    for w in re.finditer(r"(?<=\s)[A-Z][a-z][\w\-'’]*(?!['’])\b(?!\s+[A-Z])", s.text):
        if any(m.start < w.end() and m.end > w.start() for m in s.mentions) or not s.text[: w.start()].split()[-1][
                :1].islower():
            continue  # (a word of a longer name, "La Nina", is none: it follows a lower-case word, none follows it)
        person = _surname_person(art, w.group(0))
        if person is not None and person.label == "PERSON" and any(
                m.sent.sentence.article is s.sentence.article and m.sent.sentence.start < s.sentence.start
                and not art.quoted(m.sent.sentence.start + m.start, m.sent.sentence.start + m.end)
                for m in person.mentions):  # named before, outside quotes ("Will La Nina wane ...?" is no one)
            found[person.id] = person
    return found


#: Two names joined by "and" right after an inverted speech verb (", wrote El Molto and Dr. Peter Sheldrick").
_PAIR_AFTER_RE = re.compile(r"\s+(?:[A-Z][a-z]{1,4}\.\s+)?(" + _NAME + r")\s+and\s+(?:[A-Z][a-z]{1,4}\.\s+)?(" + _NAME
                            + r")(?=[\s,.;])")


def _resolve_body(art: _Article, before: int, plural: bool = False) -> tuple[str, Any] | None:
    """Whom "they"/"it" before a speech verb means: the speaker of the nearest sentence before ``before`` that
    has one (a quote's speaker, a speech verb's subject, or the name after ", said"), when that speaker is no
    person ("the experts noted ... they claimed"; "said the WHO's fact sheet ... it said"); at most
    :data:`REFERENCE_SENTENCES` back."""
    pos = art.sentence_at(before)
    if pos is None:
        return None
    for i in range(pos, max(-1, pos - REFERENCE_SENTENCES), -1):
        s = art.sents[i]
        got = art.spoken.get(i)
        hi = min(s.sentence.end, before)
        for v in [] if got is not None else reversed(list(_VERB_RE.finditer(art.body, s.sentence.start, hi))):
            lo_v = _clause_start(art.body, s.sentence.start, v.start())
            pair = _PAIR_AFTER_RE.match(art.body, v.end(), s.sentence.end) if plural and re.search(
                r",\s*$", art.body[max(s.sentence.start, v.start() - 3) : v.start()]) else None
            if pair and not _has_place(s, pair.start(2), pair.end(2)):  # '..., wrote X and Dr. Y in a paper.
                return f"{pair.group(1)} and {pair.group(2)}", None  # "...," they wrote': the two the verb names
            said = _speech_subject(art, s, lo_v, v.start(), False)
            if said is None and re.search(r",\s*$", art.body[lo_v : v.start()]):
                # (the name up to ``before`` only: '..., said X, head of Mimos, the company that ...' resolving "the
                # company" read that very phrase again, without end)
                said = _name_after(art, s, v.end(), min(s.sentence.end, v.end() + 90, before))
            if said is not None:
                got = said[:2]
                break
        if got is None and plural:
            got = _people_subject(art, s, before)
            if got is not None:  # "X, and Y, made the announcement ... "...," they said in a declaration"
                return got
        if got is not None:
            return None if _a_person(*got) else got
    return None


def _people_subject(art: _Article, s: Sent, before: int) -> tuple[str, None] | None:
    """Two people joined by "and" as the subject opening sentence ``s`` ("President of the European Commission,
    Jacques Santer, and Yves-Thibault de Silguy, the European commissioner ..., made the announcement"): "they"
    after it are those two, named together ("Jacques Santer and Yves-Thibault de Silguy")."""
    people = [m for m in s.mentions if m.entity is not None and s.sentence.start + m.end <= before and (
        m.entity.label == "PERSON" or m.entity.label == "ORG" and _personal_name(m.text))]
    for a, b in zip(people, people[1:]):
        if (a.entity.label == "PERSON" and _SUBJECT_OPENING_RE.match(s.text[: a.start])
                and re.fullmatch(r",?\s*and\s+", s.text[a.end : b.start])):
            return f"{a.entity.name} and {b.entity.name}", None
    pair = _PAIR_OPENING_RE.match(s.text)  # 'Even accounting for these caveats, however, Molto and Sheldrick
    # believe ...': two names (one of which NER may have typed a place) as the subject after introductory phrases
    if pair and s.sentence.start + pair.end(2) <= before and not all(  # (not two places: "France and Germany")
            _has_place(s, s.sentence.start + pair.start(k), s.sentence.start + pair.end(k)) for k in (1, 2)):
        return f"{pair.group(1)} and {pair.group(2)}", None
    return None


#: Two names joined by "and" opening a sentence as its subject, after up to two introductory phrases set off by
#: commas, before a lower-case word, its verb ("Even accounting for these caveats, however, X and Y believe").
_PAIR_OPENING_RE = re.compile(r"\s*(?:[^,\"“”]{1,80},\s*){0,2}(" + _NAME + r")\s+and\s+(" + _NAME
                              + r")\s+(?:also\s+|still\s+)?(?!(?:from|with|for|who|whose|were|are|and)\b)[a-z]{3,}\b")


def _personal_name(text: str) -> bool:
    """Capitalized words, perhaps with a name particle ("Yves-Thibault de Silguy"), naming no body: a person's
    name NER typed as an organization."""
    words = [w for w in text.split() if w.lower() not in ("de", "da", "van", "von", "der", "al", "el", "bin", "di")]
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words) and not any(
        w.lower() in _BODY_NAME_WORDS for w in words)


def _known_person(art: _Article, name: str, whole: bool = True) -> tuple[str, Any]:
    """``name`` as the person entity of the article it names: one whose mention is ``name`` (or, with ``whole``
    False, holds ``name`` as one of its words: a middle name NER missed), else ``name`` with no entity."""
    if art._people is None:
        art._people = {}
        for x in art.sents:
            for m in x.mentions:
                if m.entity is not None and m.entity.label == "PERSON":
                    art._people.setdefault(m.text, m.entity)
                    for w in m.entity.name.split():
                        art._people.setdefault(" " + w, m.entity)  # a word of the name, for whole=False
    ent = art._people.get(name) or (None if whole else art._people.get(" " + name))
    return (ent.name, ent) if ent is not None else (name, None)


#: Words before a name that say its bearer is dead: "The dead youth, Nasr Erekat," "the late X", "the slain
#: teenager X" (a determiner, at most two words, the death word, at most two words, an optional comma).
_DEAD_BEFORE_RE = re.compile(r"\b(?i:the|his|her|their|a)\s+(?:[\w\-]+\s+){0,2}?(?:dead|late|slain|murdered|deceased)"
                             r"(?:\s+[a-z][\w\-]*){0,2}\s*,?\s*$")
#: Words after a name that say its bearer is dead: ", who was killed", ", who died", " was shot dead".
_DEAD_AFTER_RE = re.compile(r"\s*(?:,\s*(?:\d{1,3},\s*)?who\s+)?(?:was\s+|had\s+been\s+)?"
                            r"(?:killed|slain|murdered|shot\s+dead|died)\b")


def _living_bearer(art: _Article, word: str, before: int) -> Any:
    """Of the people the article names in full with the surname ``word`` before ``before``, the one the text does
    not call dead, when two or more bear it and exactly one is not so called: "Among those in attendance ... was
    Saeb Erekat, the chief peace negotiator ... The dead youth, Nasr Erekat, was a cousin of his. Erekat stayed for
    a time, ..." -> Saeb Erekat, not the cousin named last (spk129, blind-speakers74). None otherwise."""
    bearers = {}
    for x in art.sents:
        if x.sentence.start >= before:
            break
        for m in x.mentions:
            if (m.entity is not None and m.entity.label == "PERSON" and len(m.text.split()) > 1
                    and m.text.split()[-1].strip(".,") == word and x.sentence.start + m.end <= before):
                bearers[m.entity.id] = m.entity
    if len(bearers) < 2:
        return None
    living = [e for e in bearers.values() if not any(
        m.sent.sentence.article is art.sents[0].sentence.article and _called_dead_at(m)
        for m in e.mentions if getattr(m, "sent", None) is not None and m.sent.sentence.start + m.end <= before)]
    return living[0] if len(living) == 1 else None


def _called_dead_at(m: Mention) -> bool:
    """Whether the words around mention ``m`` call its bearer dead (:data:`_DEAD_BEFORE_RE`, :data:`_DEAD_AFTER_RE`)."""
    return bool(_DEAD_BEFORE_RE.search(m.sent.text, max(0, m.start - 50), m.start)
                or _DEAD_AFTER_RE.match(m.sent.text, m.end))


def _aged(entity: Any) -> bool:
    """Whether a mention of ``entity`` is followed by an age in commas ("T.D. Barnes, 75, of Henderson"): a person,
    whatever NER typed the name."""
    return any(re.match(r",\s*\d{1,3},", m.sent.text[m.end : m.end + 8]) for m in getattr(entity, "mentions", ()))


#: A common noun for a thing right before a name ("on the site Formspring", "the app Signal", "the band Logic"):
#: the name is that thing's, whatever NER typed it.
_THING_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[a-z\-]+\s+)?(?:site|website|app|application|platform|"
                              r"service|forum|network|blog|channel|company|firm|startup|brand|band|magazine|"
                              r"newspaper|ship|vessel|hotel|restaurant|software|program|game|film|movie|show)\s+$")


def _named_as_thing(entity: Any) -> bool:
    """Whether the text introduces this name with a common noun for a thing (:data:`_THING_BEFORE_RE`) at any of its
    mentions."""
    return any(_THING_BEFORE_RE.search(m.sent.text[max(0, m.start - 40) : m.start])
               for m in getattr(entity, "mentions", ()) or () if getattr(m, "sent", None) is not None)


def _share_bar(name: str) -> bool:
    """Whether ``name`` is made only of a page's share-bar words (:data:`SHARE_BAR_WORDS`: "Twitter Pinterest"):
    the bar before a photo caption, never a person."""
    return bool(name.split()) and all(w.lower() in SHARE_BAR_WORDS for w in name.split())


def _titled_surname(entity: Any) -> bool:
    """Whether a name NER typed a place is a person's surname: one of its mentions follows a title and a given name
    ("said Air Chief Marshal Angus |Houston|", as :func:`_has_place` reads that mention), so its bare mentions
    elsewhere ("..., Houston said.") name that person too."""
    return entity is not None and entity.label in PLACE_LABELS and any(
        getattr(m, "sent", None) is not None and _TITLE_GIVEN_BEFORE_RE.search(m.sent.text, 0, m.start)
        for m in getattr(entity, "mentions", ()) or ())


#: A name with a lowercase particle between capitalized words ("Rodrigo Abarca del Rio", "Ludwig van Beethoven").
_PARTICLE_NAME_RE = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*(?:\s+(?:" + "|".join(sorted(NAME_PARTICLES))
                               + r")\b)+(?:\s+[A-Z][\w'’\-]+)+")


def _particle_name(entity: Any) -> bool:
    """Whether ``entity``'s name has a lowercase particle between capitalized words and NER typed one of its
    mentions a person ('says Abarca del Rio.'): "he" can be the person then though the entity is typed a body
    (an organization by most mentions: 'Now Rodrigo Abarca del Rio of the French space agency's Toulouse Space
    Center has looked ...' then '"...," he says' had no speaker; DUC 2006 D0641E, blind-speakers58 x4, spk113).
    The person-typed mention keeps bodies of the same shape out ("Banco del Estado", "Museo del Prado")."""
    return bool(_PARTICLE_NAME_RE.fullmatch(entity.name)) and any(
        getattr(m, "label", None) == "PERSON" for m in getattr(entity, "mentions", None) or ())


#: The last word of a building's or site's name ("Al Aqsa Mosque", "Grace Cathedral", "Mercy Hospital"): a name NER
#: typed ORG that ends so is never a person's, so never "he"/"she" (:func:`_a_person`; spk128).
_BUILDING_HEADS = frozenset({"mosque", "church", "cathedral", "chapel", "synagogue", "shrine", "basilica", "hospital",
                             "clinic", "academy", "stadium", "arena", "airport", "hotel", "prison"})


def _a_person(name: str, entity: Any) -> bool:
    """Whether "he"/"she" can refer to this speaker: a person, a person-like
    name NER typed as an organization ("Beatrice Megevand-Roggo"), a
    person's role ("the spokesman") or capitalized words naming no body."""
    if entity is not None:
        if _share_bar(entity.name):
            return False  # "Facebook Twitter Pinterest" before a photo caption: a page's share bar, no person
        if entity.label == "PERSON" and (_named_as_thing(entity) or headline_entity(entity)
                                         or business_appositive(entity)):
            return False  # "on the site Formspring" (NER typed it a person): a thing is never "he"/"she"; nor is
            # "his company, Arx Pax," (spk135)
        if entity.label == "PERSON" or (entity.label == "ORG" and _aged(entity)) or _titled_surname(entity):
            return True
        if who_relative_person(entity, _BODY_NAME_WORDS):  # "KS Narendran, who had a relative ..." (spk135)
            return True
        words = entity.name.split()
        if _particle_name(entity):
            words = [w for w in words if w[:1].isupper()]  # "Rodrigo Abarca del Rio" (spk113)
        return (entity.label == "ORG" and 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper()
                for w in words) and not NOMINAL_SPEAKER_RE.search("the " + entity.name)
                and not any(w.lower() in _BODY_NAME_WORDS for w in words)
                and words[-1].lower() not in _BUILDING_HEADS)  # "Al Aqsa Mosque" is no person (spk128)
    last = name.split()[-1].lower()
    if name[:1].islower() or name.split()[0].lower() in ("the", "a", "an", "one", "his", "her", "their"):
        # the head noun, before a complement ("An analyst for USGS in Colorado"); "one of the Japanese
        # scientists here" is one scientist
        one_of = re.match(r"(?i)one\s+of\s+(?:the|his|her|their)\s+", name)
        head = re.split(r"\s+(?:for|of|in|at|with|from|on|who|whose|that|here|there)\b",
                        name[one_of.end() if one_of else 0 :])[0]
        last = (head.split() or [""])[-1].lower()
        if head.split() and re.fullmatch(r"[A-Z][a-z]+(?:an|ese|i)", head.split()[-1]) and not one_of and (
                name.split()[0].lower() in ("a", "an", "another", "one")):  # "an unnamed Iranian": one person
            return True
        return (last in PERSON_ROLES or last in KIN_ROLES or bool(_PERSON_NOUN_RE.fullmatch(last))  # "a veterinarian"
                or bool(one_of and last.endswith("s") and last[:-1] in PERSON_ROLES))
    return last not in _BODY_NAME_WORDS and last not in _PLURAL_ROLES  # ("Russian officials": a group, no "he")


def _nominal(art: _Article, lo: int, hi: int) -> tuple[str, Any, int] | None:
    """A nominal speaker in ``body[lo:hi]`` ("the spokesman", "a neighbor") and
    where it starts. A definite person role with no indefinite antecedent
    ("a neighbor ... the neighbor") is an epithet of someone named before:
    the last person given that role in the text ("President Nyerere ... the
    former president"; of several, the one speaking in the sentence before
    when a place modifier ties none: "the Texas senator"), else the person
    speaking nearby ("Sen. Lindsey Graham said ... the South Carolina
    Republican said"). A role word opening a body's name ("a statement by the
    Republican National Committee") is no head."""
    nom = NOMINAL_SPEAKER_RE.search(art.unquoted, lo, hi)
    while nom and (_role_opens_name(art, nom) or _role_ends_person_name(art, nom)):  # 'a statement by the
        # Republican National Convention said': the party word opens the body's name (spk138); 'the late Jim King
        # said': the role word is a surname (spk140)
        nom = NOMINAL_SPEAKER_RE.search(art.unquoted, nom.end(1), hi)
    if not nom:
        return None
    phrase = " ".join(nom.group(0).split())
    words = nom.group(1).split()
    member = re.match(r"\s+(members?)\b", art.unquoted[nom.end() : hi])
    if member and words[-1].lower() in BODY_ROLES:  # '"...," another council member said': a person of the body,
        # the whole role (spk56: was "another council"); "the family members" are the family's
        return phrase + " " + member.group(1), None, nom.start()
    if "and" in words[:-1] and words[words.index("and") - 1].lower() in PERSON_ROLES:
        words = words[: words.index("and")]  # "the Republican governor and Bush supporter": the governor
    role = words[-1].lower()
    if nom.group(0).startswith("The ") and all(w[:1].isupper() for w in words) and re.search(
            r"[a-z,]\s+$", art.body[max(0, nom.start() - 20) : nom.start()]):
        # a title inside a sentence ('"...," trade magazine The Hollywood Reporter wrote'): a publication's or
        # body's name, not a role that refers to someone named before
        return phrase, None, nom.start()
    if phrase.lower().startswith("the ") and role in PERSON_ROLES and not re.search(r"['’]s\s", phrase):
        # (a possessive, "the group's publicist", introduces someone new)
        earlier = art.body[max(0, nom.start() - 600) : nom.start()]
        intro = _introduction(earlier, words[:-1], role)
        if intro is None and _introduced(art.body[: nom.start()], words[:-1], role):
            return phrase, None, nom.start()  # introduced further back ("someone else was with me. A woman." ...
            # '"...," the woman said'): that someone, never a person named since (as :func:`_epithet` reads it)
        if intro is not None:  # "A federal judge blocked ... U.S. District Judge Vaughn Walker granted ... The judge
            # ruled": the person the text then names with the role as a title
            named = _titled_after(art, max(0, nom.start() - 600) + intro, nom.start(), role)
            if named is not None:
                return named.name, named, nom.start()
        if intro is None and role not in ANONYMOUS_ROLES:  # ('"...," the source told us': someone unnamed, never
            # the person named or speaking before)
            abbr = ROLE_ABBREVIATIONS.get(role)  # "Utah Gov. Mike Leavitt ... the Republican governor said"
            ranks = "" if any(w.lower() in RANK_MODIFIERS for w in words) else "".join(
                f"(?<!{r} )(?<!{r}-)(?<!{r.capitalize()} )(?<!{r.capitalize()}-)" for r in RANK_MODIFIERS)
            # ("Vice President Joe Biden" is not "the president"; "the vice president" is)
            role_re = re.compile(r"\b" + ranks + r"(?:(?i:" + re.escape(role) + r")" + (
                r"|" + re.escape(abbr) + r"\." if abbr else "") + r")(?!\w)")
            titled = entitled = None  # the last person given the role near the name; the last given it as a title
            # right before the name ("District Court Judge Lou Olivera sentenced a retired Green Beret")
            title_re = re.compile(role_re.pattern + r"(?:\s+(?:for|of)(?:\s+the)?(?:\s+[A-Z][\w.]*){1,3},?)?"
                                  r"\s+(?:[A-Z][\w.]*\s+){0,2}$")  # ("Minister for London, Tessa Jowell")
            # a capitalized modifier ("the Pasok leader"): the person the text ties to that name ("Evangelos
            # Venizelos, whose socialist Pasok party came third") rather than one given the role with another's
            # ("the leader of Syriza, Alexis Tsipras")
            caps = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words[:-1] if w[:1].isupper()) + r")\b") \
                if any(w[:1].isupper() for w in words[:-1]) else None
            tied, titled_caps, holders = None, False, {}
            party = caps is not None and _PARTY_MEMBER_RE.fullmatch(phrase) is not None
            for s in art.sents:
                if s.sentence.start >= nom.start():
                    break
                people = [m for m in s.mentions if m.entity is not None and m.entity.label == "PERSON"]
                for m in s.mentions:
                    if art.quoted(s.sentence.start + m.start, s.sentence.start + m.end):
                        continue  # ('"... I know Hillary will be good at it," the president said': a name the
                        # quote speaks of is not the one the role titles; twenty-third speaker round)
                    if re.search(r"\b(?i:anti|pro)-$", s.text[max(0, m.start - 5) : m.start]):
                        continue  # ('Sam Rainsy, leader of a vocally anti-Hun Sen opposition party': a name inside
                        # an "anti-" compound modifies a noun, it is not the one the role beside it titles; spk70)
                    if (m.entity is not None and m.entity.label == "PERSON" and s.sentence.start + m.end <= nom.start()
                            and read62_role_near(role_re, s, m, nom.start(), nom.end())  # (not the nominal: read62)
                            and not _MODIFIER_ROLE_RE.match(s.text, m.end)  # ("a Bush supporter": not Bush)
                            and not (party and not caps.search(s.text[max(0, m.start - 40) : m.end + 40]))):
                        # (a party member by place: "Rep. Rick Lazio, a Long Island Republican" is not "the
                        # Georgia Republican"; spk127)
                        titled = (m.entity, s.index)
                        holders[m.entity.name] = m.entity
                        titled_caps = caps is not None and bool(caps.search(s.text[max(0, m.start - 40) : m.end + 40]))
                        if title_re.search(s.text[max(0, m.start - 40) : m.start]):
                            entitled = (m.entity, s.index)
                    if (caps is not None and m.entity is not None and m.entity.label == "PERSON"
                            and s.sentence.start + m.end <= nom.start()):
                        near = caps.search(s.text, m.end, m.end + 40)
                        if near and not any(m.end <= x.start < near.start() for x in people) and re.match(
                                r"(?:['’]s?\s|\s*,\s*(?:whose|the|an?)\s|\s+(?:of|from)\s)[^,;.]*$",
                                s.text[m.end : near.start()]):  # ("X, whose ... Pasok party"; "X of Pasok")
                            tied = (m.entity, s.index)
            if titled is not None and entitled is not None and entitled[1] == titled[1]:
                titled = entitled  # (a neighbour in the titled person's sentence is not the one titled)
            if tied is not None and (titled is None or (tied[1] > titled[1] and not titled_caps)) and _agrees(
                    _role_pronoun(role), tied[0].name, tied[0]):
                titled = tied
            titled = titled[0] if titled is not None else None
            if (titled is not None and len(holders) > 1 and caps is not None and not titled_caps and tied is None
                    and all(w[:1].isupper() for w in words[1:-1])):
                # several people given the role, a place modifier tying none to them ("the Texas senator"): the one
                # of them speaking in this sentence or the one before ('Cornyn said that he had not been briefed ...
                # "...," the Texas senator said' after Sen. Roy Blunt's quotes is Cornyn), else the last one given it
                # (not "the prime minister": a lowercase modifier is part of the role)
                who = _resolve_reference(art, nom.start(), _role_pronoun(role))
                holder = _holder_named(holders, who[1].name if who is not None and who[1] is not None else
                                       who[0] if who is not None else "")  # (a surname NER left unlinked: "Cornyn")
                if holder is not None and holder is not titled and _named_just_before(art, who[0], nom.start()):
                    return holder.name, holder, nom.start()
            if titled is not None:
                return titled.name, titled, nom.start()
            if role in TITLED_ONLY_ROLES:
                return phrase, None, nom.start()
            who = _resolve_reference(art, nom.start(), _role_pronoun(role))
            if party and who is not None and who[1] is not None and not _just_spoke(art, who[1], nom.start()):
                return phrase, None, nom.start()  # (a party member by place whom the walk finds further back than
                # the sentence before: 'Chairman Richard Burr raised objections: "...," the North Carolina
                # Republican told reporters' is not the Comey named paragraphs up, whom no "he" there needs)
            if who is not None and who[1] is not None and who[1].label == "PERSON":
                return who[0], who[1], nom.start()
    det = phrase.split()[0].lower()
    if det in ("his", "her") and role in PERSON_ROLES:  # "his mother describes" after "says his mother, Tracy
        # McNair": the person the text named with that phrase (the last one), not the nominal
        named = None
        for s in art.sents:
            if s.sentence.start >= nom.start():
                break
            for m in s.mentions:
                if (m.entity is not None and m.entity.label == "PERSON" and s.sentence.start + m.end <= nom.start()
                        and re.search(r"\b(?i:" + det + r")\s+" + re.escape(" ".join(words)) + r",\s*$",
                                      s.text[max(0, m.start - 60) : m.start])):
                    named = m.entity
        if named is not None:
            return named.name, named, nom.start()
    body = named_body_for_description(art, words, nom.start()) if role not in PERSON_ROLES else None
    if body is not None:  # '... the Maritime Safety Authority said ... "...," the authority said': the named body
        return body[0], body[1], nom.start()
    if (kind := spk149_kind_body(art, phrase.split(), nom.start())) is not None:  # 'WikiLeaks ... the whistleblowing
        return kind[0], kind[1], nom.start()  # website ...' then '"...," the website said': WikiLeaks (spk149)
    if (phrase.lower().startswith("the ") and role in BODY_EPITHETS and not re.search(r"['’]s\s", phrase)
            and not _introduced(art.body[max(0, nom.start() - 600) : nom.start()], words[:-1], role)):
        who = _resolve_body(art, nom.start())  # 'The U.N. Population Fund ... said it regretted ... "...," the
        if who is not None and who[1] is not None and who[1].label == "ORG":  # agency said': the Fund
            return who[0], who[1], nom.start()
    gap = _TITLE_TAIL_RE.match(art.unquoted, nom.end(), max(nom.end(), hi)) if (
        phrase.split()[-1][:1].isupper() and not phrase.endswith("s")
        and not re.search(r"\s(?:for|of)\s", phrase)) else None
    # (a title is one person's: "the humanitarian group Doctors Without Borders" is a body's name, cut)
    at = art.sentence_at(gap.end()) if gap else None
    for m in art.sents[at].mentions if at is not None else []:
        if m.entity is not None and m.entity.label == "PERSON" and art.sents[at].sentence.start + m.start == gap.end():
            # "the group's Secretary-General Jean-Marie Kindermans told the BBC": the role, read up to its
            # hyphen, is the title of the person named right after it, who speaks
            return m.entity.name, m.entity, nom.start()
    owner = _TITLE_OWNER_RE.match(art.unquoted, nom.end(), max(nom.end(), hi)) if re.search(
        r"\s(?:for|of)\s+(?:(?:the|a|an)\s+)?[\w\-]+\s", phrase + " ") and phrase.split()[-1][:1].isupper() else None
    if owner:  # 'said a spokesperson for British Prime Minister Tony Blair': the modifiers ran through "for" into a
        # title ("Prime Minister"); the name it titles belongs to the phrase
        phrase += " " + " ".join(owner.group(1).split())
    return phrase, None, nom.start()


def _holder_named(holders: dict, name: str) -> Any:
    """The one entity of ``holders`` (name -> entity) that ``name`` is, whole or as its last word (a surname), else
    None."""
    if name in holders:
        return holders[name]
    found = [e for n, e in holders.items() if name and " " not in name and n.endswith(" " + name)]
    return found[0] if len(found) == 1 else None


def _named_just_before(art: _Article, name: str, at: int) -> bool:
    """Whether the narration (not a quote) of the sentence holding ``at``, before it, or of the sentence before
    writes ``name``."""
    pos = art.sentence_at(at)
    if pos is None or not name:
        return False
    lo = art.sents[max(0, pos - 1)].sentence.start
    word = re.compile(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])")
    return any(not art.quoted(m.start(), m.end()) for m in word.finditer(art.body, lo, at))


def _role_opens_name(art: _Article, nom: re.Match[str]) -> bool:
    """Whether the capitalized role word closing the nominal ``nom`` ("Republican", "Police") opens a longer name
    that NER found as a body, place or group (not a person): 'a statement by the Republican National Committee' is
    no nominal "a statement by the Republican" but the committee's statement."""
    role_hi = nom.end(1)
    role_lo = role_hi - len(nom.group(1).split()[-1])
    body = art.body
    if not body[role_lo : role_lo + 1].isupper() or not re.match(r"\s+[A-Z]", body[role_hi : role_hi + 3]):
        return False
    pos = art.sentence_at(role_lo)
    if pos is None:
        return False
    s = art.sents[pos]
    return any(m.entity is not None and m.entity.label != "PERSON" and s.sentence.start + m.start <= role_lo
               and s.sentence.start + m.end > role_hi for m in s.mentions)


def _role_ends_person_name(art: _Article, nom: re.Match[str]) -> bool:
    """Whether the capitalized role word closing the nominal ``nom`` ("King", "Judge", "Bishop") is the last word of
    a person's name NER found, with a capitalized word before it: 'the late Jim King, then Florida's state Senate
    president, said' is Jim King, no nominal "the late ... king" (an epithet of someone named before) (spk140)."""
    role_hi = nom.end(1)
    role_lo = role_hi - len(nom.group(1).split()[-1])
    body = art.body
    if not body[role_lo : role_lo + 1].isupper() or not re.search(r"[A-Z][\w.\-'’]*\s+$", body[max(0, role_lo - 30) : role_lo]):
        return False
    pos = art.sentence_at(role_lo)
    if pos is None:
        return False
    s = art.sents[pos]
    return any(m.entity is not None and m.entity.label == "PERSON" and s.sentence.start + m.start < role_lo
               and s.sentence.start + m.end == role_hi for m in s.mentions)


#: The rest of a capitalized title after the role a nominal speaker closes on ("-General" of "Secretary-General").
_TITLE_TAIL_RE = re.compile(r"(?:-[A-Z][\w\-]*)?\s+")
#: Capitalized words (a name) right after a title that closes a nominal speaker, up to a stop.
_TITLE_OWNER_RE = re.compile(r"\s+((?:[A-Z][\w\-'’]+\s+){0,2}[A-Z][\w\-'’]+)"
                             r"(?=\s*(?:[,.;:)]|$|\s(?:said|says|on|in|at)\b))")


def _role_pronoun(role: str) -> str | None:
    """"she" for a role only a woman holds ("the woman", "the spokeswoman"), "he" for a man's, else None: an epithet
    refers to someone of its gender ('"...," the woman said' is never the man who tells the story)."""
    return "she" if role in FEMALE_WORDS else "he" if role in MALE_WORDS else None


#: Words that make a role another one ("Vice President", "Deputy Minister"): a person so titled is not "the president".
RANK_MODIFIERS = ("vice", "deputy", "assistant", "associate", "lieutenant", "under")
#: Roles that stand for someone the text does not name ("the source told us"): never an epithet of a named person.
ANONYMOUS_ROLES = frozenset({"source", "insider"})
#: Roles "the <role>" refers back to only when the text gave someone that role ("Detective Jane Roe ... the
#: detective said"), never the person speaking or named nearby: '... Poole was a friend of the victim's family ...'
#: then '"He said Tim would sleep ..." ..., the detective wrote in the affidavit' is an unnamed detective, not Poole.
TITLED_ONLY_ROLES = frozenset({"detective"})
#: Generic words for a body ("the agency said"): an epithet of the organization that spoke just before.
BODY_EPITHETS = frozenset({"agency", "organization", "organisation", "group", "company", "firm", "fund", "charity",
                           "institution"})


def _titled_after(art: _Article, lo: int, hi: int, role: str) -> Any:
    """The one person named in ``body[lo:hi]`` with ``role`` as a title right before the name ("U.S. District
    Judge Vaughn Walker", "Gov. X"), else None (none, or two different people)."""
    abbr = ROLE_ABBREVIATIONS.get(role)
    title = re.compile(r"\b(?:(?i:" + re.escape(role) + r")" + (r"|" + re.escape(abbr) + r"\." if abbr else "")
                       + r")\s+(?:[A-Z][\w.]*\s+){0,2}$")
    found = {}
    for s in art.sents:
        if s.sentence.end <= lo:
            continue
        if s.sentence.start >= hi:
            break
        for m in s.mentions:
            at = s.sentence.start + m.start
            if (m.entity is not None and m.entity.label == "PERSON" and lo <= at < hi
                    and title.search(s.text[max(0, m.start - 40) : m.start])):
                found[m.entity.id] = m.entity
    return next(iter(found.values())) if len(found) == 1 else None


#: Words that end the noun phrase an indefinite article opens ("a review process spearheaded by ...", "a member of
#: the"): a role after them is not that phrase's head; a preposition inside a name is not one ("a Department of
#: Foreign Affairs spokesman").
_NOT_INTRODUCING_RE = re.compile(r"\b(?:by|with|that|which|who)\s|(?<![A-Z][\w.]\s)(?<![A-Z][\w.]{2}\s)"
                                 r"(?<![A-Z][\w.]{3}\s)(?<![A-Z][\w.]{4}\s)(?<![A-Z][\w.]{5}\s)(?<![A-Z][\w.]{6}\s)"
                                 r"(?<![A-Z][\w.]{7}\s)(?<![A-Z][\w.]{8}\s)(?<![A-Z][\w.]{9}\s)"
                                 r"\b(?:of|for|from|to|in|on|at|about)\s(?![A-Z])")


def _introduced(earlier: str, modifiers: list[str], role: str) -> bool:
    """Whether ``earlier`` introduces someone new by ``role`` ("a neighbor", "another senior officer"), whom a
    definite "the <modifiers> <role>" then means. An introduction whose modifiers share none of the definite
    phrase's ("another project official" ... "the expert-turned official") is someone else: the definite
    phrase is then an epithet of a person named before."""
    return _introduction(earlier, modifiers, role) is not None


def _introduction(earlier: str, modifiers: list[str], role: str) -> int | None:
    """Where in ``earlier`` the last introduction :func:`_introduced` accepts ends, else None."""
    mods = {w.lower() for w in modifiers}
    party = role.lower() in PARTY_ROLES and any(w[:1].isupper() for w in modifiers)  # (a party member by place:
    # only "a Georgia Republican" introduces "the Georgia Republican", :data:`_PARTY_MEMBER_RE`)
    end = None
    # (a capitalized word may end on a comma before another: the commas of a body's name, "a Land, Infrastructure,
    # Transport and Tourism Ministry official", blind-speakers88; spk141)
    for m in re.finditer(r"\b(?:a|an|one|another)\s+((?:(?-i:[A-Z])[\w\-]*,\s+(?=(?-i:[A-Z]))|[\w\-]+\s+){0,7})"
                         + re.escape(role) + r"\b", earlier, re.I):
        if _NOT_INTRODUCING_RE.search(m.group(1)):
            continue  # "a review process spearheaded by Vice President Joe Biden": the role is inside another noun
            # phrase (a preposition between), no one introduced by it
        theirs = {w.lower() for w in m.group(1).split()}
        if party and not mods & theirs:
            continue  # "a Republican majority", "a Long Island Republican": not who "the Georgia Republican" is
        if not mods or not theirs or mods & theirs:
            end = m.end()
    return end


#: Heads of a definite noun phrase naming a body or its messages, beyond BODY_ROLES: '"...," the authority said in a
#: statement' is the authority, never the minister named in the paragraph before; "the posts read" / "the tweets
#: said" are their account's words, not the person they are about (twenty-third speaker round).
BODY_HEADS = BODY_EPITHETS | frozenset({"authority", "authorities", "bureau", "posts", "tweets", "messages"}) | frozenset({
    # collective nouns for a people or a community: '"...," the tribe said in a written statement' is the tribe,
    # never the musher the paragraphs before talk about (spk37, blind-speakers27)
    "tribe", "clan", "community", "village", "congregation", "parish", "club", "league", "coalition", "alliance",
    "federation", "society", "foundation", "institute",
    # heads of an institution's name: '"...," the weather service said' is the service, never the driver quoted
    # two paragraphs up (spk40, blind-speakers30)
    "service", "office", "commission", "center", "centre", "hospital",
    # a political party: '"...," the party said in a statement' after 'The Cambodian People's Party criticized ...'
    # is that party, never a person the quote names (spk70, blind-speakers70)
    "party"})


#: Party words that are also adjectives ("a Republican majority"): a person noun only by its use.
PARTY_ROLES = frozenset({"republican", "democrat"})
#: A party member by their state or city ("the Georgia Republican", "the New York Democrat"): US political copy's
#: epithet for the lawmaker it is about, whom only the place ties to a name (spk127: 'Taking his share of the blame
#: ..., the Georgia Republican said he had misjudged ...' is Gingrich, speaking in the sentence before; neither "a
#: Republican majority" earlier nor "Rep. Rick Lazio, a Long Island Republican" is he).
_PARTY_MEMBER_RE = re.compile(r"(?i:the)\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:Republican|Democrat)")


def _epithet(art: _Article, phrase: str, at: int) -> tuple[str, Any] | None:
    """Whom a definite noun phrase before a speech verb ("the 26-year-old student") refers to when the text
    introduced no one by it ("a student", "one student"): the person speaking nearby; None otherwise."""
    words = phrase.split()
    if words[0].lower() != "the" or len(words) < 2:
        return None
    head = words[-1].lower()
    if head in BODY_HEADS and head not in BODY_ROLES:  # a body: the one the text named with that head ('the
        return named_body_for_description(art, words, at)  # Maritime Safety Authority ... the authority said')
    if head in BODY_ROLES:  # a document or a body ("the warrant states"), never someone it names
        return None
    if re.fullmatch(r"[a-z][a-z-]*[^su]s", words[-1]) and not _AGENT_NOUN_RE.search(head):
        return None  # a plural of things or bodies is a group, never one person: '"...," the groups told Bush'
        # after one group's leader spoke is the groups (DUC 2006 D0619A, spk60's reading: it was shown as Bush);
        # a plural of people may be those named ("the authors" of a study named with its two authors, mn:0216)
    earlier = art.body[:at]  # the whole text before: "a close friend of the singer confirms" in the lead is whom
    # "the friend explains" means eight paragraphs on, not the singer named since
    if _introduced(earlier, words[1:-1], head):
        return None
    who = _resolve_reference(art, at, _role_pronoun(head))
    if who is not None and who[1] is None and spk144_named_just_before(art, who[0], at):
        return who  # '"...," the first daughter told Fox News' after 'Ivanka Trump may keep an office ...', her full
        # name read apart from the entity NER merged it into (Donald Trump's; spk141's reading): her (spk144)
    if who is None or who[1] is None or who[1].label != "PERSON":
        return None
    heads = [head, *(w.lower() for w, nxt in zip(words, words[1:]) if nxt.lower() == "and")]  # ("the comedian
    # and talk show host": a comedian)
    if not any(_AGENT_NOUN_RE.search(h) for h in heads) and not _tied(art, head, who[1]) and not _just_named(
            art, who[1], at):
        return None  # '"...," the school district said in a statement' after a person's words: no agent noun, the
        # text never calls that person a "district" and the sentence before does not name them, so the phrase is its
        # own speaker (spk50)
    return who


def spk144_named_just_before(art: _Article, name: str, at: int) -> bool:
    """Whether ``name``, a person's full name with no entity of its own (:func:`_full_name`), stands word for word
    outside quotes in the sentence holding ``at`` (before it) or in the sentence before: the person a description
    right after refers to, as :func:`_just_named` reads an entity's name (spk144)."""
    pos = art.sentence_at(at)
    if pos is None or not _full_name(name):
        return False
    for s in art.sents[max(0, pos - 1) : pos + 1]:
        for m in re.finditer(re.escape(name) + r"(?![\w'’])", art.body[s.sentence.start : min(s.sentence.end, at)]):
            if not art.quoted(s.sentence.start + m.start(), s.sentence.start + m.end()):
                return True
    return False


def _just_spoke(art: _Article, ent: Any, at: int) -> bool:
    """Whether ``ent`` is named before ``at`` in its sentence or the sentence before (:func:`_just_named`) or is the
    speaker of a quote in the sentence before ('"...," he said. Taking his share of the blame, the Georgia
    Republican said ...': the speaker of the quote just before)."""
    pos = art.sentence_at(at)
    said = art.spoken.get(pos - 1) if pos else None
    return _just_named(art, ent, at) or (said is not None and said[1] is not None and (
        said[1] is ent or said[1].name == ent.name))


def _just_named(art: _Article, ent: Any, at: int) -> bool:
    """Whether the sentence holding ``at`` (before it) or the sentence before names ``ent``: 'The Miss Universe
    Twitter account quickly let the Oscars know ... "...," the tweet read.' is that account's tweet."""
    pos = art.sentence_at(at)
    if pos is None:
        return False
    for s in art.sents[max(0, pos - 1) : pos + 1]:
        if any(m.entity is not None and (m.entity is ent or m.entity.name == ent.name)
               and s.sentence.start + m.end <= at
               and not art.quoted(s.sentence.start + m.start, s.sentence.start + m.end)
               for m in s.mentions):  # (a name the quote speaks of is not named by the narration: '"... give
            return True  # justice to the CPP, Hun Sen and the Cambodian people ...," the party said')
    return False




def _tied(art: _Article, head: str, ent: Any) -> bool:
    """Whether the text calls the person ``ent`` by the noun ``head`` anywhere: the noun right before a mention of
    them as a title or descriptor ("Nevada rancher Cliven Bundy", "the designer, Oscar de la Renta") or after it
    in an appositive ("Bundy, a Nevada rancher,"). A definite epithet ("the rancher said") refers back to a named
    person only so; one the text never ties to them ("the school district said", "the memorandum said") is not
    theirs, whatever its head noun (a general reading instead of one more word in a list: spk48's class D)."""
    word = re.escape(head) + r"(?:s|es)?"
    before_re = re.compile(r"\b(?i:" + word + r")\b[^.;:!?\"“”]{0,30}$")
    after_re = re.compile(r"\s*(?:\(|,)[^.;:!?\"“”()]{0,60}?\b(?i:" + word + r")\b")
    for s in art.sents:
        for m in s.mentions:
            if m.entity is None or not (m.entity is ent or m.entity.name == ent.name):
                continue
            if before_re.search(s.text[max(0, m.start - 40) : m.start]) or after_re.match(s.text, m.end):
                return True
    return False


# -- a speaker named by a definite description the article introduced by name (spk71) ---------------------------

#: A definite description as a speech verb's subject right after a quote: '"...," the committee chairman said',
#: '"...," the 55-year-old added' (group 1: the description; the verb is read after it by :data:`_VERB_RE`).
_DESCRIPTION_AFTER_RE = re.compile(r"(?:''|[\"”’])?\s*,?\s*((?i:the|this)\s+(?:[\w\-'’.]+\s+){0,4}?"
                                   r"(?:[a-z][a-z\-]*[a-z]|\d{1,3}-year-old))\s+(?:also\s+|later\s+|then\s+)?"
                                   r"(?=" + _VERB_RE.pattern + ")")
#: The same description after its verb: '"...," said the attorney.' (group 1).
_DESCRIPTION_INVERTED_RE = re.compile(r"\s+((?i:the|this)\s+(?:[\w\-'’.]+\s+){0,4}?(?:[a-z][a-z\-]*[a-z]|"
                                      r"\d{1,3}-year-old))\s*(?:[,.;]|$)")
#: A speech verb right after a quote: '"...," said the attorney.'
_VERB_FIRST_RE = re.compile(r"[\s,]*" + _VERB_RE.pattern)
#: A sentence that opens on a definite description and its speech verb before the quote: 'The group wrote: "..."'.
_DESCRIPTION_BEFORE_RE = re.compile(r"\W*(?:(?:But|And|Still|Later|Yet|Then),?\s+)?((?:The|This)\s+(?:[\w\-'’.]+\s+){0,4}?"
                                    r"(?:[a-z][a-z\-]*[a-z]|\d{1,3}-year-old))\s+(?:also\s+|later\s+|then\s+)?"
                                    r"(?=" + _VERB_RE.pattern + ")")
#: Words before a role that do not tell one holder of it from another ("the former chairman").
_PLAIN_MODIFIERS = frozenset({"the", "this", "former", "new", "then", "current", "longtime", "veteran", "top",
                              "senior", "same", "other"})
#: Words that make a role another one when only an introduction has them (:func:`_other_role`).
_RANKS = frozenset(RANK_MODIFIERS) | {"former", "ex", "ex-"}
#: What may follow a role that is the head of an appositive: a stop, a comma or a word opening a modifier after it
#: ("X, chairman of the committee"; "X, the committee's chairman,"), never a word the role modifies ("X, an
#: attorney general's aide").
_HEAD_END = r"(?=\s*(?:[,.;:)]|$|\s(?:of|for|at|from|in|on|with|and|who|whose|since|to|under)\b))"


def _description_subject(art: _Article, qs: int, qe: int, s: Sent, se: Sent) -> tuple[str, int] | None:
    """The definite description that is the subject of the speech verb attributing the quote ``body[qs:qe]``
    ('"...," the attorney said', '"...," said the committee chairman.', 'The group wrote: "..."') and where it
    starts, else None."""
    body = art.body
    after_lo = qe + (2 if body.startswith("''", qe) else 1)
    if re.search(r"[,?!…\-–—]['’]?\s*$", body[max(qs, qe - 3) : qe]) or re.match(r"\s*,", body[after_lo:]):
        d = _DESCRIPTION_AFTER_RE.match(body, after_lo, se.sentence.end)
        if d is not None:
            return " ".join(d.group(1).split()), d.start(1)
        v = _VERB_FIRST_RE.match(body, after_lo, se.sentence.end)
        d = _DESCRIPTION_INVERTED_RE.match(body, v.end(), se.sentence.end + 1) if v is not None else None
        if d is not None and not re.match(r",\s*(?:[A-Z]|(?:the|a|an)\s)", body[d.end(1) : d.end(1) + 6]):
            # ('"...," said the spokesman, Nick Merrill.': the appositive names him, read by the other rules)
            return " ".join(d.group(1).split()), d.start(1)
    d = _DESCRIPTION_BEFORE_RE.match(body, s.sentence.start, qs)
    if (d is not None and (v := _VERB_RE.match(body, d.end())) is not None
            and re.fullmatch(r"[^\"“”.;!?]{0,60}?[:,]?\s*", body[v.end() : qs])):
        return " ".join(d.group(1).split()), d.start(1)
    return None


def _introductions(art: _Article, phrase: str, before: int) -> dict[str, tuple[Any, int]]:
    """The entities the text introduces before ``before`` with the head of the definite description ``phrase``, by
    name, with where the last introduction ends: a title before the name ("committee chairman Trey Gowdy",
    "Sen. X"), an appositive after it ("X, chairman of the committee,"; "Y, Z's attorney"), one before it ("Z's
    attorney, Y"), or an age ("X, 55," for "the 55-year-old"). A person for a person's role, an organization for
    a body's word ("the group", "the company"). An introduction whose words before the role differ from the
    description's in a lower-case word ("best supporting actor nominee X" for "the best actor nominee") is
    another role; when two people are introduced, those whose introduction holds a word of the description's
    own ("the committee chairman") are kept."""
    words = phrase.split()
    head = words[-1].lower()
    aged = re.fullmatch(r"(\d{1,3})-year-old", head)
    label = "ORG" if head in BODY_HEADS or head in BODY_ROLES else "PERSON"
    h = re.escape(head) + (r"|" + re.escape(ROLE_ABBREVIATIONS[head]) + r"\." if head in ROLE_ABBREVIATIONS else "")
    h += r"|" + SURVIVING_SPOUSE[head] if head in SURVIVING_SPOUSE else ""  # ("the widow": "his wife, X"; spk101)
    title_re = re.compile(r"(?:^|[\s(,])((?:[\w\-'’.]+\s+){0,3}?)(?i:" + h + r")\s+(?:[A-Z][a-z]{1,4}\.\s+)?$")
    before_re = re.compile(r"(?:^|[\s(,])((?:[\w\-'’.]+\s+){0,3}?)(?i:" + h + r")(?:\s+(?:of|for|at|to)\s+"
                           r"[^,;:\"“”()]{1,50})?\s*,\s*$")
    after_re = re.compile(r"\s*,\s*(?:(?:the|a|an|his|her|its|their|[A-Z][\w.\-'’]*(?:\s+[A-Z][\w.\-'’]*){0,3}['’]s?)\s+)?"
                          r"((?:[\w\-'’.]+\s+){0,4}?)(?i:" + h + r")\b" + _HEAD_END)
    age_re = re.compile(r"\s*(?:,\s*" + aged.group(1) + r"\s*[,)]|\(\s*" + aged.group(1) + r"\s*\))") if aged else None
    mods = [w for w in words[1:-1] if w.lower() not in _PLAIN_MODIFIERS]
    found: dict[str, tuple[Any, int, bool]] = {}
    for x in art.sents:
        if x.sentence.start >= before:
            break
        for m in x.mentions:
            at = x.sentence.start + m.start
            if (m.entity is None or x.sentence.start + m.end > before or art.quoted(at, x.sentence.start + m.end)
                    or (m.entity.label != label and not (label == "PERSON" and m.entity.label not in PLACE_LABELS
                                                         and _personal_name(m.entity.name))
                        and not (label == "PERSON" and named_person_typed_place(m.entity.name)))):
                continue  # (a person's role introduces a person, whatever NER typed the name: "Aitan Goelman" as ORG)
            pre = x.text[max(0, m.start - 60) : m.start]
            intro = (title_re.search(pre) or before_re.search(pre) or after_re.match(x.text, m.end)
                     or (age_re.match(x.text, m.end) if age_re else None))
            if intro is None or (intro.re is not age_re and _other_role(words[1:-1], intro.group(1).split())):
                continue
            if intro.re is before_re and re.search(r"\b(?i:according\s+to)\s+(?:(?i:the|a|an|his|her)\s+)?"
                                                   r"(?:[\w\-'’.]+\s+){0,2}$", pre[: intro.end(1)]):
                continue  # "According to the friend, X and Y stayed ...": a source, then the sentence's subject (spk91)
            shared = any(w.lower() in {v.lower() for v in intro.group(0).split()} for w in mods)
            key = m.entity.name
            end = x.sentence.start + (intro.end() if intro.re is not title_re and intro.re is not before_re else m.end)
            found[key] = (m.entity, end, shared or found.get(key, (None, 0, False))[2])  # (the appositive's own "a
            # doctor" in "X, a doctor at a clinic" is no one introduced after X: spk101)
    if (len(found) > 1 and mods) or any(re.search(r"['’]s?$", w) for w in mods):
        found = {k: v for k, v in found.items() if v[2]}  # ("the group's publicist": one the group's intro names)
    return {k: (v[0], v[1]) for k, v in found.items()}


def _other_role(mods: list[str], theirs: list[str]) -> bool:
    """Whether an introduction's words before a role (``theirs``) make it another role than a description's
    (``mods``, its words before the same role): read from the role back, the first pair of words that differ, the
    introduction's in lower case ("best supporting actor" against "best actor"). Capitalized words may be a
    name's ("House Oversight Committee Chairman" for "the committee chairman"); a word only one side has is no
    difference ("Sen." for "the Republican senator"), but a rank or "former" only the introduction has is one
    ("Vice President Mike Pence", "former President X" for "the president")."""
    owner = max((i + 1 for i, w in enumerate(theirs) if re.search(r"\w['’]s?$", w)), default=0)
    theirs = theirs[owner:]  # ("the slain deputy's wife" for "the young widow": the owner is no word of the role)
    ours_lower = {w.lower() for w in mods}
    if any(w.lower() in _RANKS and w.lower() not in ours_lower for w in theirs):
        return True
    mods = [w for w in mods if w.lower() not in _PLAIN_MODIFIERS]
    theirs = [w for w in theirs if w.lower() not in _PLAIN_MODIFIERS]
    for ours, their in zip(reversed(mods), reversed(theirs)):
        if ours.lower() != their.lower().rstrip(",") and their[:1].islower():
            return True
    return False


def _described_holder(art: _Article, qs: int, qe: int, s: Sent, se: Sent) -> tuple[str, Any, str] | None:
    """Whom a definite description attributing a quote refers to ('"...," the attorney said' after "Strzok's
    attorney, Aitan Goelman"; '"...," the committee chairman said' after "Rep. Trey Gowdy, chairman of the
    committee"; '"...," the 55-year-old said' after "X, 55,"): the one person (or organization, for "the group",
    "the company") the article introduced by name with the description's head before the quote
    (:func:`_introductions`), when exactly one. With no one so named but someone introduced without a name by the
    role ("a senior Democratic staffer"), the description itself. None when several are named, or when the text
    introduces someone unnamed by the role after the named one ("a lawyer ... the lawyer said"), so the other
    rules' reading stays."""
    got = _description_subject(art, qs, qe, s, se)
    if got is None:
        return None
    phrase, at = got
    held = _description_holder(art, phrase, min(at, qs))
    return None if held is None else (held[0], held[1], "after" if at > qs else "before")


def _description_holder(art: _Article, phrase: str, before: int) -> tuple[str, Any] | None:
    """Whom the definite description ``phrase`` refers to before ``before`` (:func:`_described_holder`): the one
    entity the text introduced by name with its head, the description itself for someone introduced unnamed by
    it, else None."""
    head = phrase.split()[-1].lower()
    if re.fullmatch(r"[a-z\-]*[^s]s", head) and head not in PERSON_ROLES and head not in KIN_ROLES:
        return None  # a plural ("the senators said") is a group, never the one person introduced so
    if not (head in PERSON_ROLES or head in KIN_ROLES or head in BODY_EPITHETS or head in ("chairman", "chairwoman")
            or _AGENT_NOUN_RE.search(head)) or (head in BODY_ROLES and head not in BODY_EPITHETS):
        return None  # a document ("the letter said") or a thing is never a named person's description
    found = _introductions(art, phrase, before)
    if not found and head not in BODY_HEADS and _introduced(art.body[:before], phrase.split()[1:-1], head):
        return phrase, None  # 'A senior Democratic staffer told ...' then '"...," said the Democratic staffer':
        # someone the text introduced without a name, never the speaker carried from the quote before
    if len(found) != 1:
        return None
    ent, end = next(iter(found.values()))
    person = head not in BODY_HEADS and head not in BODY_ROLES
    if person and not _agrees(_role_pronoun(head), ent.name, ent):
        return None
    unnamed = _introduction(_narration_between(art, end, before), phrase.split()[1:-1], head)  # (spk91: never
    # in a quote: '"As a writer and a director, I ..."' introduces no one new)
    if unnamed is not None and not any(
            end + unnamed <= x.sentence.start + m.start < before
            for x in art.sents for m in x.mentions if m.entity is ent):
        return None  # "a lawyer who asked not to be named" after the named one, who is not named since: whom "the
        # lawyer" now means ("a president unwilling to lose face" between mentions of "Mr. Trump" is no one new)
    return ent.name, ent if ent.label == "PERSON" or not person else None


#: Lower-case words ending in a plural noun right after "according to", closed by a comma ("according to state
#: troopers, ..."; "according to court documents, ...").
_ACCORDING_GROUP_RE = re.compile(r"\s+((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*s)\s*,")
#: "According to the <noun>," (group 2: the noun): a singular source named by a common noun (:func:`_attribute_own`).
_ACCORDING_THING_RE = re.compile(r"\s+((?i:the)\s+(?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*))\s*,")


#: A document and whom it is from, after "according to": "a statement from", "a news release issued by".
_DOCUMENT_FROM_RE = re.compile(r"\s+(?:a|an|the)\s+(?:[a-z\-]+\s+){0,2}(?:statement|release|letter|report|memo|filing|"
                               r"email|e-mail|post|posting|tweet)s?\s+(?:(?:issued|released|sent|posted)\s+)?(?:from|by)"
                               r"(?=\s)")
#: A report carried in a medium, after "according to": "a report in The New York Times", "a story published in
#: the Chicago Tribune" (:func:`_outlet_of_report`).
_REPORT_IN_RE = re.compile(r"\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}(?:report|story|article|piece|editorial|column|"
                           r"interview)\s+(?:(?:published|printed|appearing|run)\s+)?in\s+(?=(?:the\s+)?[A-Z])")


def _outlet_of_report(art: _Article, s: Sent, lo: int, hi: int) -> tuple[str, Any] | None:
    """The outlet a report is in, after "according to" at ``lo`` ('"...," according to a report in The New York
    Times.'): the outlet speaks, as the labelling rules give it, not the nominal "a report". Only a name that is no
    place ("a report in Syria" names where, not who) and ends the phrase (a comma, a period or the sentence's end
    after it)."""
    m = _REPORT_IN_RE.match(art.body, lo, hi)
    if m is None:
        return None
    who = _name_after(art, s, m.end(), min(hi, m.end() + 60))
    if who is None or (who[1] is not None and who[1].label in PLACE_LABELS):
        return None
    run = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.&'’\-]*\s+){0,5}[A-Z][\w&'’\-]*)\.?[\"”'’]*\s*(?:[,.;:]|$)").match(
        art.body[:hi], m.end())
    if run is None or who[0].split()[-1] not in run.group(1).split():
        return None  # the outlet's name is the phrase's whole end ("a report in the Times, which ..."), not a name
        # inside a longer phrase ("a report in The Times about Jane Roe")
    return who


#: "As X put it," right before a quote: X speaks it ('As that report put it, "The box ... says ..."'; "As Jane Roe
#: once put it:"); group 1: X, a noun phrase or a name.
_AS_PUT_RE = re.compile(r"(?:^|(?<=[\s,;(]))(?i:as)\s+((?:(?i:the|that|this|a|an|his|her|their|its|one)\s+)"
                        r"(?:[\w\-'’]+\s+){0,3}?[\w\-'’]+|" + _NAME + r")\s+(?:once\s+|later\s+|also\s+|has\s+|had\s+)?"
                        r"(?:put|puts)\s+it\b[^\"“”.;]{0,40}?[,:]\s*$")
#: A show's or work's title in quotation marks inside a description, a noun after it: '"Lucifer" showrunner'.
_QUOTED_TITLE_RE = re.compile(r"[\"“](?:[A-Z][\w'’\-]*\s?){1,4}[\"”]\s+(?=[a-z])")


#: An appositive only a person takes: "a New Zealander whose husband ...", "a mother of two who ..." (a place takes
#: "where" or "which"; "whose" only with a kin word).
_PERSON_APPOSITIVE_RE = re.compile(r"\s*,\s*(?:a|an|the)\s[^,;.\"“”]{0,60}?\b(?:who\s|whose\s+(?:[a-z\-]+\s+)?(?:"
                                   + "|".join(KIN_ROLES) + r")\b)")


def _placed_person(art: _Article, s: Sent, missed: re.Match[str], hi: int) -> bool:
    """'said Danica Weeks, a New Zealander whose husband Paul ...': NER typed the full name right after the verb a
    place, exactly its span; a person's appositive after it makes it the speaker, not the kin named inside it
    (twenty-third speaker round)."""
    base = s.sentence.start
    over = [p for p in s.mentions if base + p.start < missed.end(1) and base + p.end > missed.start(1)]
    return (bool(over) and all(p.entity is not None and p.entity.label in PLACE_LABELS
                               and (base + p.start, base + p.end) == missed.span(1) for p in over)
            and _PERSON_APPOSITIVE_RE.match(art.body, missed.end(1), hi) is not None)


#: A body's name: capitalized words, joined by the name's own lower-case "of" / "for" / "on" / "and" / "&" (with
#: "the") to the capitalized words after ("Democracy for America", "Union of Concerned Scientists", "Citizens for
#: Responsibility and Ethics"), which :data:`_NAME` stops before (spk76).
_BODY_NAME = _NAME + r"(?:\s+(?:of|for|on|and|&)\s+(?:the\s+)?[A-Z][\w.\-'’]+(?:\s+[A-Z][\w.\-'’]+){0,3}){0,2}"
#: A name right after an inverted speech verb ("the" may open it), then a comma opening a lower-case appositive or
#: relative clause of it ('said Moms Demand Action, one of the groups that endorsed X'; 'said MoveOn, which has
#: campaigned against X'): the name is the verb's subject, whatever the clause after its comma names.
_NAME_THEN_APPOSITIVE_RE = re.compile(r"\s*(?:(?i:the)\s+)?(" + _BODY_NAME + r")\s*,\s*(?=(?:just\s+|only\s+|also\s+)?"
                                      r"(?:a|an|the|one|two|three|several|some|among|part|which|who|whose|that|its|"
                                      r"their|his|her)\s)")


#: What NER types a body's name as right after "said": an organization, or a place, a nationality or a building
#: for a body it did not know ("said Earthjustice, one of ..." typed a place); a person is the old reading's answer.
_NAMED_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def _named_body(art: _Article, s: Sent, lo: int, hi: int, rest_lo: int, rest_hi: int) -> tuple[str, Any] | None:
    """The speaker a name at ``body[lo:hi]`` gives when a person or organization is named in ``body[rest_lo:rest_hi]``
    (the appositive or relative clause set off after it, :func:`_name_then_appositive`): the name's one mention,
    typed a body (:data:`_NAMED_BODY_LABELS`), else the words when NER typed none of them. None when nothing is
    named after it (the old readings find the name first), when the name holds a person (their answer too) or more
    than one mention, or when NER typed it no body (a date, a work)."""
    base = s.sentence.start
    if not any(x.entity is not None and x.entity.label in SPEAKER_LABELS and base + x.start >= rest_lo
               and base + x.end <= rest_hi for x in s.mentions):
        return None
    inside = [x for x in s.mentions if base + x.end > lo and base + x.start < hi]
    if not inside:
        return art.body[lo:hi], None  # words NER typed nothing ("MoveOn")
    if (len(inside) == 1 and inside[0].entity is not None and inside[0].entity.label in _NAMED_BODY_LABELS
            and base + inside[0].end == hi):  # (a body NER typed a place or a nationality: "Earthjustice")
        return inside[0].entity.name, inside[0].entity
    return None


def _name_then_appositive(art: _Article, s: Sent, lo: int, hi: int) -> tuple[str, Any] | None:
    """The speaker of an inverted attribution whose name, right after the verb in ``body[lo:hi]``, is set off by a
    comma before an appositive or a relative clause ('"...," said Moms Demand Action, one of the groups that endorsed
    Mark Kelly'): that name (:func:`_named_body`), never a person named inside the clause after its comma, whom
    :func:`_subject`'s "first person, else organization" took."""
    m = _NAME_THEN_APPOSITIVE_RE.match(art.body, lo, hi)
    return _named_body(art, s, m.start(1), m.end(1), m.end(), hi) if m is not None else None


#: The same before the verb: a clause opening (after a connective and at most one fronted phrase of a preposition or
#: subordinator closed by a comma) on a name, a comma, an appositive or relative clause, and its closing comma right
#: before the verb ('In a statement, Earthjustice, which sued Scott Pruitt twice, said'): group 1 is the name.
_NAME_APPOSITIVE_BEFORE_RE = re.compile(
    r"\s*(?:(?:But|And|However|Meanwhile|Still|Yet|Instead),?\s+)?(?:(?:" + "|".join(
        sorted(w.capitalize() for w in _FRONTING_WORDS)) + r")\b[^,;:\"“”]{1,80},\s*)?(?:(?i:the)\s+)?(" + _BODY_NAME
    + r")\s*,\s*(?:just\s+|only\s+|also\s+)?(?:a|an|the|one|two|three|several|some|among|part|which|who|whose|that|"
    r"its|their|his|her)\s[^,;:\"“”]{1,120},\s*(?:also\s+|later\s+|then\s+)?")


def _name_appositive_before(art: _Article, s: Sent, clause_lo: int, vpos: int) -> tuple[str, Any] | None:
    """The subject of a speech verb at ``vpos`` whose clause (from ``clause_lo``) opens on a name set off by an
    appositive or relative clause closed right before the verb ('Moms Demand Action, one of the groups that
    endorsed Mark Kelly, said'; 'In a statement, Earthjustice, which sued Scott Pruitt twice, said'): that name
    (:func:`_named_body`), never a person or body named inside the clause after its comma."""
    m = _NAME_APPOSITIVE_BEFORE_RE.fullmatch(art.body, clause_lo, vpos)
    return _named_body(art, s, m.start(1), m.end(1), m.end(1), vpos) if m is not None else None


#: An appositive of any kind after a name's comma: a lower-case or numeric opener ("former", "the", "a", "34";
#: "ex-"; an age then another: "34, a former ...") or a capitalized role or title before "of" ("Chairman of the Y").
_ANY_APPOSITIVE = (r"(?:\d{1,3},\s*)?(?:[a-z\d]|(?:" + "|".join(sorted({r.capitalize() for r in PERSON_ROLES}, key=len,
                                                                     reverse=True)) + r")\b|[A-Z][a-z]+\s+of\s)")
#: A clause opening (as :data:`_NAME_APPOSITIVE_BEFORE_RE`) on a name, a comma, an appositive of any kind closed by a
#: comma right before the verb; group 1 the name, group 2 the appositive.
_PERSON_APPOSITIVE_BEFORE_RE = re.compile(
    r"\s*(?:(?:But|And|However|Meanwhile|Still|Yet|Instead),?\s+)?(?:(?:" + "|".join(
        sorted(w.capitalize() for w in _FRONTING_WORDS)) + r")\b[^,;:\"“”]{1,80},\s*)?(" + _NAME + r")\s*,\s*("
    + _ANY_APPOSITIVE + r"[^,;:\"“”]{1,120}),\s*(?:also\s+|later\s+|then\s+)?")
#: The same right after an inverted speech verb ('said Shevchenko, former European Footballer of the Year.'): group
#: 1 the name, group 2 the appositive up to the sentence's end or its next comma.
_PERSON_THEN_APPOSITIVE_RE = re.compile(r"\s*(" + _NAME + r")\s*,\s*(" + _ANY_APPOSITIVE
                                        + r"[^,;:\"“”]{1,120}?)\s*(?=[,.;!?]|$)")


def _opening_name_speaks(art: _Article, s: Sent, name: re.Match[str]) -> tuple[str, Any] | None:
    """The speaker a name NER did not type (group 1 of ``name``) set off by an appositive (group 2) gives where the
    appositive names a person or a body: the article's person whose full name holds the one word ("Shevchenko"),
    else a personal name's words. None when NER typed a mention in the name (the old readings find it first), or
    when nothing is named in the appositive (they find the name first too)."""
    base = s.sentence.start
    if not any(x.entity is not None and x.entity.label in SPEAKER_LABELS and base + x.start >= name.start(2)
               and base + x.end <= name.end(2) for x in s.mentions):
        return None
    if any(base + x.end > name.start(1) and base + x.start < name.end(1) for x in s.mentions):
        return None  # a name NER typed: the old readings' (a person first; a body, :func:`_named_body`'s); "The Rev.
        # Robert Wright Lee IV, a descendent of Gen. Lee, told": NER's two persons in it read as one by them
    words = name.group(1)
    if " " not in words:  # one word: a surname of a person the article names in full ("Shevchenko"), never a
        known = _known_person(art, words, whole=False)  # capitalized common noun ("Officials, including X, said")
        return known if known[1] is not None else None
    return _known_person(art, words) if _personal_name(words) else None


def _person_appositive_before(art: _Article, s: Sent, clause_lo: int, vpos: int) -> tuple[str, Any] | None:
    """The subject of a speech verb at ``vpos`` whose clause opens on a name set off by an appositive closed right
    before the verb ('Shevchenko, former European Footballer of the Year, added:'): the opening name
    (:func:`_opening_name_speaks`), never the name inside the appositive, which :func:`_subject`'s "first person"
    took when NER missed the opening name."""
    m = _PERSON_APPOSITIVE_BEFORE_RE.fullmatch(art.body, clause_lo, vpos)
    return _opening_name_speaks(art, s, m) if m is not None else None


def _person_then_appositive(art: _Article, s: Sent, lo: int, hi: int) -> tuple[str, Any] | None:
    """The speaker of an inverted attribution whose name, right after the verb in ``body[lo:hi]``, is set off by an
    appositive ('"...," said Shevchenko, former European Footballer of the Year.'): that name
    (:func:`_opening_name_speaks`), never a name inside the appositive."""
    m = _PERSON_THEN_APPOSITIVE_RE.match(art.body, lo, hi)
    return _opening_name_speaks(art, s, m) if m is not None else None


#: What stands between an inverted speech verb set off by commas and the quote it attributes when the name after the
#: verb carries an appositive of any kind (:data:`_ANY_APPOSITIVE`) closed by a comma right before the quote ('The
#: new plan, said Jane Doe, the director of the city agency, "will change ..."'): group 1 the name. (spk95: one
#: quote over the seven data sets, shown with no speaker before.)
_INVERTED_APPOSITIVE_QUOTE_RE = re.compile(r"\s*(" + _NAME + r")\s*,\s*" + _ANY_APPOSITIVE
                                           + r"[^;:\"“”`]{1,200}?,\s*")


def _inverted_appositive_before_quote(art: _Article, s: Sent, verb: re.Match[str], hi: int) -> tuple[str, Any] | None:
    """The speaker of a parenthetical inverted attribution ("<subject>, said <name>, <appositive>, <quote>": the
    quote is the predicate the attribution interrupts) whose name, right after the speech verb ``verb``, is set off
    by an appositive closed right before the quote opening at ``hi``: that name when it is a person's (via
    :func:`_name_after`). None when no comma sets the verb off before it (no aside), or when anything but the name
    and its appositive stands between the verb and the quote."""
    if not re.search(r",\s*$", art.body[s.sentence.start : verb.start()]):
        return None
    m = _INVERTED_APPOSITIVE_QUOTE_RE.fullmatch(art.body, verb.end(), hi)
    if m is None:
        return None
    who = _name_after(art, s, verb.end(), m.end(1))
    return who if who is not None and who[1] is not None and who[1].label == "PERSON" else None


#: A sentence that closes on an inverted subject: a comma, a past-tense verb, a name, an age in commas, then a
#: relative clause or the sentence's end ('..., and the radio played only hymns, remembered Jane Doe, 73, who was
#: raised by him'): group 1 the name. (The relative clause or the end keeps out an object the verb takes inside a
#: coordination: '..., married Jane Doe, 24, from Springfield and applied to ...'.) (spk95: two sentences of the
#: shape in the dump's text, one each way; one "she" changed, right.)
_INVERTED_AGED_SUBJECT_RE = re.compile(r",\s+[a-z]{3,}ed\s+(" + _NAME + r"),\s*\d{1,3}\s*(?:,\s*(?:who|whose)\b|[.!?]\s*$)")


def _inverted_aged_subject(art: _Article, s: Sent, before: int, pronoun: str | None) -> tuple[str, Any] | None:
    """The person sentence ``s`` (wholly before ``before``, quoting no one) names as the inverted subject of its
    closing verb, with an age (:data:`_INVERTED_AGED_SUBJECT_RE`): the "he"/"she" (``pronoun``) of a later sentence
    continues that person, whom the age marks a person whatever NER typed the name (a body, in a real article), not
    the last speaker further back. None when the name is a place's, or the person disagrees with the pronoun."""
    if s.sentence.end > before or _QUOTE_MARK_RE.search(s.text):
        return None
    m = _INVERTED_AGED_SUBJECT_RE.search(s.text)
    if m is None:
        return None
    inside = [x for x in s.mentions if x.entity is not None and x.start < m.end(1) and x.end > m.start(1)]
    if inside and inside[-1].entity.label in PLACE_LABELS:
        return None
    who = (inside[-1].entity.name, inside[-1].entity) if inside else _known_person(art, m.group(1))
    return who if _agrees(pronoun, *who) else None


#: A noun phrase right after an inverted speech verb, described by a relative "who" ('said the colleague who spoke
#: to X'): group 1 the noun phrase (spk76).
_NOUN_WHO_AFTER_RE = re.compile(r"\s*((?:the|a|an|one|another)\s+(?:[a-z][a-z\-]*\s+){0,3}[a-z][a-z\-]+)\s+who\b")


def _agent_title_gap(body: str, lo: int, hi: int) -> bool:
    """Whether ``body[lo:hi]``, between a name and the person right after it, is a title by an agent-shaped or hyphened
    role noun (:data:`_AGENT_TITLE_GAP_RE`: "co-founder", "co-chair") and holds no function word ("and", "of",
    "with", "to" ...): "said Indivisible co-founder Ezra Levin" is Levin, the name before a modifier (spk76)."""
    return _AGENT_TITLE_GAP_RE.fullmatch(body, lo, hi) is not None and not re.search(
        r"\b(?:and|or|of|for|with|to|from|by|at|in|on|but|who|which|that|than|as)\b", body[lo:hi])


def _name_after(art: _Article, s: Sent, lo: int, hi: int) -> tuple[str, Any] | None:
    """The speaker named first in ``body[lo:hi]`` (after "said"): an entity,
    a nominal speaker, or capitalized words NER missed (never a place); a person named after a title phrase
    ("said the Executive Clerk of the X Council, Jane Doe") rather than the title's body; the body whose
    document it is ("read an Astana Team statement"). Never a word of a quote that follows ('"...," says Time)
    and occasionally attacks him ("'81 Death Penalty Case Confronts Bush," says the Post)': Time, not Bush)."""
    mark = _QUOTE_MARK_RE.search(art.body, lo, hi)
    while mark is not None and (title := _QUOTED_TITLE_RE.match(art.body, mark.start(), hi)):
        mark = _QUOTE_MARK_RE.search(art.body, title.end(), hi)  # 'TV producer and "Lucifer" showrunner X': a title
    if mark is not None:
        hi = mark.start()
    doc = _BODY_DOCUMENT_RE.match(art.body, lo, hi)
    if doc and not _has_place(s, doc.start(1), doc.end(1)):
        return doc.group(1).strip(), None
    if (named := _name_then_appositive(art, s, lo, hi)) is not None:  # 'said X, one of the groups criticizing Y'
        return named
    if (named := _person_then_appositive(art, s, lo, hi)) is not None:  # 'said X, former European Footballer of
        return named  # the Year' (spk90)
    if (demonym := _demonym_referent(art, _THE_WORD_AFTER_VERB_RE.match(art.body, lo, hi),
                                     s.sentence.start)) is not None:  # '"...," said the Scot.' (spk90)
        return demonym
    base = s.sentence.start
    for p in s.mentions:
        if (p.entity is not None and p.entity.label == "PERSON" and lo <= base + p.start and base + p.end <= hi
                and re.fullmatch(r"[\s,]*(?:the|a|an|one|another)\s[^,]{0,80},\s*(?:[A-Z][a-z]{1,4}\.\s+)?",
                                 art.body[lo : base + p.start])):  # ("said the study's lead author, Dr. X": X)
            return p.entity.name, p.entity
    aged = _AGED_NAME_RE.match(art.body, lo, hi)
    if aged and (not _has_place(s, aged.start(1), aged.end(1)) or aged_person_typed_place(aged.group(1))):
        # 'said Rosannah, 24, of growing up Harding': a person (whatever NER typed the name), not Harding; 'said
        # Karim, 27,' with Karim typed a place no gazetteer holds: a person too (spk94)
        here = [p.entity for p in s.mentions if p.entity is not None and p.entity.label == "PERSON"
                and base + p.start == aged.start(1)]
        return (here[0].name, here[0]) if here else (aged.group(1), None)
    if (placed := _place_typed_person_after(art, s, lo, hi)) is not None:
        return placed  # 'said disaster agency official Fauzi.' with Fauzi typed a place: a person (spk101)
    named = [p for p in s.mentions if p.entity is not None and lo <= base + p.start and base + p.end <= hi]
    for p, q in zip(named, named[1:]):  # "said Alza chief executive Dr. Ernest Mario": the person the role
        # titles, not the company before it (whatever NER typed it)
        if (p.entity.label in SPEAKER_LABELS and q.entity.label == "PERSON" and re.fullmatch(r"[\s,]*(?:the\s+)?",
                art.body[lo : base + p.start]) and (_ROLE_TITLE_GAP_RE.fullmatch(art.body, base + p.end, base + q.start) or (
                    _agent_title_gap(art.body, base + p.end, base + q.start)))):
            return q.entity.name, q.entity
        break
    unlisted = _NOUN_WHO_AFTER_RE.match(art.body, lo, hi)
    if unlisted is not None and _nominal(art, lo, unlisted.end(1)) is None:
        # '"...," said the colleague who spoke to Oppenheim after ...': the noun "who" describes is a person whatever
        # the noun, never the person named inside the relative clause (spk76; listed nouns keep their readings)
        return " ".join(unlisted.group(1).split()), None
    missed = _BARE_AFTER_RE.match(art.body, lo, hi)
    if (missed and _full_name(missed.group(1)) and re.match(r"\s*,\s*(?:a|an|the)\s", art.body[missed.end() : hi])
            and (not any(base + p.start < missed.end(1) and base + p.end > missed.start(1) for p in s.mentions)
                 and not _has_place(s, lo, missed.end()) or _placed_person(art, s, missed, hi))):
        # 'said Oh Ei Sun, a senior fellow at the S. Rajaratnam School ...': a full name NER missed right after the
        # verb, in apposition with a role, not the body named inside the appositive
        return missed.group(1), None
    m = _subject(art, s, lo, hi)
    m = spk145_past_title(s.mentions, s.sentence.start, m, hi, art.body)  # 'and "Lucifer" showrunner X': X (spk145)
    # (a title before it, 'said Sgt. Riley.'; never a title itself: 'said Sgt. Marty Earley' is no "Sgt")
    surname = _TITLED_SURNAME_AFTER_RE.match(art.body[lo:hi])
    if surname and not _title_only(surname.group(1)) and (m is None or s.sentence.start + m.start > lo + surname.end()):
        person = _surname_person(art, surname.group(1))
        if person is not None:  # 'said Perl. "DONUT was ...': Martin Perl, whom NER missed here, not a body after
            return person.name, person
    titled = _TITLED_NAME_RE.match(art.body, lo, hi)
    if titled and (m is None or m.entity.label != "PERSON" or s.sentence.start + m.end <= titled.start(1)):
        return titled.group(1), None  # "said Mtwara Regional Administrative Secretary Mama Mary Luwilo"
    nom = _nominal(art, lo, hi)
    m_at = s.sentence.start + m.start if m is not None else None
    if m is not None and (nom is None or m_at <= nom[2]):
        cut = _BARE_AFTER_RE.match(art.body, m_at + len(m.text), hi) if m.entity.label != "PERSON" else None
        whole = re.sub(r"(?<=[a-z]{2})\.$", "", art.body[m_at : cut.end(1)]) if cut else ""  # (not a sentence's stop)
        if (cut and " " not in m.text and re.match(r"\s[A-Z]", art.body[m_at + len(m.text) : cut.start(1) + 1])
                and re.match(r"\s*(?:[,.;)]|$)", art.body[cut.end(1) : hi]) and _personal_name(whole)
                and not any(m_at + len(m.text) <= base + p.start < cut.end(1) for p in s.mentions)):
            # 'said Cyril Olivès-Berthet, who ...': NER typed the given name alone a body and left the surname out;
            # the whole name speaks
            return _known_person(art, whole)
        return m.entity.name, m.entity
    if nom is not None:
        return nom[:2]
    kin = _KIN_NOMINAL_RE.match(art.body, lo + len(art.body[lo:hi]) - len(art.body[lo:hi].lstrip()), hi)
    if kin and re.match(r"\s*(?:[,.;]|$)", art.body[kin.end() : hi]) and " of " not in kin.group(0):
        return " ".join(kin.group(0).split()), None  # '"...?" asked a friend': the friend, no one named before
    bare = _BARE_AFTER_RE.match(art.body, lo, hi)
    if bare and not _has_place(s, lo, bare.end()):
        owner = re.fullmatch(r"(.+?)['’]s?", bare.group(1))
        if owner:  # "quoted Eichmann's letter as saying": the letter's writer, as the article names him
            return _known_person(art, owner.group(1), whole=False)
        return bare.group(1), None
    return None


#: A capitalized title and the name it titles, right before a speech verb ("Academy President Boone Isaacs said").
_TITLED_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,(]))(?:[A-Z][\w.\-'’]*\s+){0,5}(?:" + "|".join(
    w.capitalize() for w in PERSON_ROLES) + r")\s+([A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){1,3})\s+(?:also\s+|later\s+)?$")
#: A name's role or body right before a speech verb ("Nelson's campaign", "John Roe's spokesman", "Paul Conroy's wife").
_POSSESSIVE_NOMINAL_RE = re.compile(r"(?:^|(?<=[\s,(]))([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['’]s?\s+"
                                    r"(?:[a-z\-]+\s+){0,2}(?:(?:" + "|".join(PERSON_ROLES + KIN_ROLES) + r")s?|"
                                    + "|".join(BODY_ROLES) + r")(?:\s*,\s*([A-Z][a-z]+)\s*,)?"
                                    r"(?=\s+(?:also\s+|later\s+|has\s+|had\s+)?$)")
#: A plural role or body with no determiner right before a speech verb ('"...," officials said'; "French
#: prosecutors told"): a group the text names by what it is (group 1), whom no rule with a determiner reads; also
#: with whom they are of ("relatives of passengers on board the plane released a statement": group "role" is the
#: plural itself).
_PLURAL_ROLES = frozenset({r + ("es" if r.endswith(("s", "sh", "ch")) else "s") for r in PERSON_ROLES
                           if r not in ("man", "woman", "rep", "mate")} | {"police", "authorities"})
_BARE_PLURAL_RE = re.compile(r"(?:^|(?<=[\s,;(]))((?:[A-Z][\w.\-]*\s+|(?:senior|local|federal|state|top|other|"
                             r"some|many|several|two|three)\s+){0,2}(?P<role>(?i:" + "|".join(
                                 sorted(_PLURAL_ROLES, key=len, reverse=True)) + r"))"
                             r"(?:\s+(?:of|from)\s+(?!(?:who|which|that|whom)\b)(?:[\w\-'’]+\s+){0,5}?[\w\-'’]+)?)"
                             r"\s+(?:also\s+|later\s+)?$")


#: A kin or person role owned by "his"/"her"/"their" closing a clause, right before a speech verb: the verb's
#: subject (group 1).
_POSSESSED_CLOSING_RE = re.compile(r"(?<![\w'’])((?i:his|her|their)\s+(?:[a-z\-]+\s+)?(?:" + "|".join(
    KIN_ROLES + PERSON_ROLES) + r")s?)\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?$")
#: A role a name owns opening a clause, its own past verb, then a comma before a participle ("Heyer's mother then
#: entered the stage, telling ..."; group 1).
_POSSESSIVE_OPENING_RE = re.compile(r"\W*((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*['’]s?\s+(?:[a-z\-]+\s+){0,2}(?:"
                                    + "|".join(PERSON_ROLES + KIN_ROLES) + r")s?)\s+(?:then\s+|later\s+|also\s+)?"
                                    r"[a-z]+ed\b[^;:\"“”]{0,80},\s*$")
#: A clause opening on a name and a relative clause about it, up to the verb: "Santorum, who has pulled ahead of Mitt
#: Romney in polling for the nomination, said" (group 1: the name).
#: Also over an appositive whose own relative clause follows ("Andy Puzder, the chief executive of CKE Restaurants
#: Inc., which employs about 21,000 people at Carl's Jr. and Hardee's restaurants, has said"): never a name inside it.
_RELATIVE_SUBJECT_RE = re.compile(r"\s*(" + _NAME + r")\s*,\s*(?:(?:the|a|an)\s[^,;\"“”]{1,80}?,\s*(?:who|whose|which)|"
                                  r"who|whose)\b[^;]*?,\s*(?:also\s+|later\s+|then\s+|has\s+|had\s+)?$")
#: A kin word owned by a name or a possessive pronoun, then a given name with no comma between ("Andy's niece
#: Kerri", "her son Tom"), perhaps an age and a relative clause set off by commas, the whole clause before a speech
#: verb: 'Andy's niece Kerri, 21, who took the photos, said: "..."' (blind-speakers88; the small NER model tagged no
#: "Kerri"). Group "phrase": the kin phrase with the name; "name": the name.
_KIN_NAMED_SUBJECT_RE = re.compile(
    r"\s*(?P<phrase>(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z\-]+\s+){0,2}"
    r"(?:" + "|".join(sorted({*KIN_ROLES, "mother", "father", "mum", "mom", "dad", "niece", "nephew", "granddaughter",
                              "grandson", "stepson", "stepdaughter", "stepmother", "stepfather", "partner"},
                             key=len, reverse=True)) + r")\s+"
    r"(?P<name>[A-Z][a-z][\w\-'’]*(?:\s+[A-Z][\w\-'’]+){0,2}))"
    r"(?:\s*,\s*\d{1,3})?(?:\s*,\s*(?:who|whose)\b[^;\"“”]{1,150}?)?\s*,?\s*(?:also\s+|later\s+|then\s+)?$")


def _kin_named_subject(art: _Article, clause_lo: int, vpos: int) -> tuple[str, Any] | None:
    """The speaker of a speech verb at ``vpos`` whose clause is a kin word and a given name
    (:data:`_KIN_NAMED_SUBJECT_RE`): the person so named when the article's entities know the name, else the phrase as written ("Andy's niece
    Kerri"); None for any other clause."""
    m = _KIN_NAMED_SUBJECT_RE.fullmatch(art.body, clause_lo, vpos)
    if m is None:
        return None
    known = _known_person(art, m.group("name"))
    if known[1] is not None and known[1].label == "PERSON":
        return known
    return " ".join(m.group("phrase").split()), None


#: The same after a noun phrase: "The senator, who leads Mitt Romney in polling, said" (group 1: the noun phrase).
_RELATIVE_NOMINAL_RE = re.compile(r"\s*((?i:the|a|an|his|her|their)\s+(?:[\w\-']+\s+){0,3}?[\w\-']+)\s*,\s*"
                                  r"(?:who|whose)\b[^;]*?,\s*(?:also\s+|later\s+|then\s+)?$")


#: A person's message alone as the whole subject of a speech verb ("The message read:", "her email said"): only
#: there, since "message" is no role elsewhere ("The first greeting message was a Confucius' saying, "..."").
_MESSAGE_SUBJECT_RE = re.compile(r"[\s,]*((?i:the|this|that|his|her|their)\s+(?:[a-z\-]+\s+){0,2}"
                                 r"(?:message|telegram|e-?mail|text\s+message))\s+(?:also\s+|then\s+)?")


def _relative_pronoun_subject(art: _Article, s: Sent, clause_lo: int, vpos: int,
                              refer_from: int | None) -> tuple[str, Any] | None:
    """The person "he"/"she" means when it is the subject of a speech verb after a relative or "when"/"where"
    (``_RELATIVE_PRONOUN_RE``), only when that person is named in the same sentence before the pronoun: 'Knox
    posted an email from Sollecito on her blog earlier this month, in which he wrote: "..."' -> Sollecito (was
    Knox, the main clause's subject). A person found further back is left to the old reading: 'In 2012, Caddell gave
    a speech at a conference ..., in which he called the media "..."' (Multi-News 0227), where the walk back misses
    the subject after "In 2012," and would give a man named paragraphs before."""
    rel = _RELATIVE_PRONOUN_RE.search(art.body, clause_lo, vpos)
    if rel is None:
        return None
    who = _resolve_reference(art, clause_lo if refer_from is None else refer_from, rel.group(1))
    if who is None or who[1] is None or not any(
            m.entity is who[1] and s.sentence.start + m.end <= rel.start() for m in s.mentions):
        return None
    return who


#: A subject set off from its verb by a relative clause of place or possession ("The New Baltimore Police
#: Department, where Rose worked as a cadet in 2010, released ..."; "the firm, whose founder X ..., said"): the
#: subject (group 1) before the clause.
_WHERE_CLAUSE_RE = re.compile(r"\s*((?:[Tt]he\s+)?[A-Z][^,;\"“”]{0,80}?)\s*,\s*(?:where|whose|in\s+which|at\s+which)\s"
                              r"[^,;\"“”]{1,120},\s*(?:also\s+|later\s+)?$")


#: A sentence adverb or a short phrase of time, medium or stance set off by commas right before a verb ("X,
#: meanwhile, blasted"; "X, for her part, said"; "X, in a statement, said"; "X, on Monday, said").
_ADVERB_ASIDE_RE = re.compile(r"\s*,\s*(?:meanwhile|however|though|too|also|instead|likewise|separately|in\s+turn|"
                              r"in\s+response|in\s+contrast|for\s+(?:his|her|its|their|our|my)\s+part|"
                              r"in\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+)?(?:statement|interview|letter|"
                              r"email|tweet|post)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                              r"[a-z]+ly)\s*,\s*$")


def _subject_before_aside(art: _Article, s: Sent, clause_lo: int, end: int, pronouns: bool = True,
                          refer_from: int | None = None) -> tuple[str, Any, str] | None:
    """The subject ending at ``end``, where a sentence adverb set off by commas (:data:`_ADVERB_ASIDE_RE`) stands
    between it and its verb: "Strzok's attorney, meanwhile, blasted ...", read as if the adverb were not there
    (spk76; on main the commas hid "Strzok's attorney" from every reading, and the speaker before was carried)."""
    if not re.search(r"[A-Za-z]", art.body[clause_lo:end]):
        return None
    got = _speech_subject(art, s, clause_lo, end, pronouns, refer_from)
    if got is not None:
        return got
    owned = _POSSESSIVE_NOMINAL_RE.search(art.body[clause_lo:end] + " ")  # (its lookahead wants the verb's space)
    if owned and not _has_place(s, clause_lo + owned.start(1), clause_lo + owned.end(1)):
        return " ".join(owned.group(0).split()).rstrip(" ,"), None, "before"
    return None


#: A clause opening on its subject, a sentence adverb set off by commas and a lower-case verb ("Strzok's attorney,
#: meanwhile, blasted the bureau, saying ..."): group 1 ends the subject.
_SUBJECT_ASIDE_VERB_RE = re.compile(r"\s*((?:[\w.\-'’]+\s+){0,5}[\w.\-'’]+)(?=" + _ADVERB_ASIDE_RE.pattern[:-1]
                                    + r"[a-z]+\b)")


#: A name's possessive and one lower-case noun right before a speech verb, whatever the noun ("Trump's account
#: tweeted", "the senator's office said"): group 1 the phrase.
_POSSESSED_SUBJECT_RE = re.compile(r"(?:^|(?<=[\s,(]))((?:(?i:the)\s+)?(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*['’]s?\s+"
                                   r"[a-z][a-z\-]{2,})\s+(?:also\s+|later\s+|then\s+)?$")


def _possessed_subject(art: _Article, s: Sent, clause_lo: int, vpos: int) -> tuple[str, Any, str] | None:
    """The subject of a speech verb that is a name's possessive and a noun no role list holds, right before the verb
    ('This was after Trump's account tweeted Saturday: "..."'; '"...," Gierasch's group wrote.'): the phrase speaks,
    as "Nelson's campaign" does (:data:`_POSSESSIVE_NOMINAL_RE`), when no other reading found a subject and the verb
    ends its clause or introduces the quote (a colon or comma after it and at most a day, "in a statement" or
    another medium phrase, :func:`spk146_medium_tail`: '"...," Miller's group said in a blog post.'); never
    a place's thing ("Ohio's law says") nor a time ("Monday's statement")."""
    if not re.match(r"[A-Za-z]+(?:\s+(?:on\s+)?[A-Z][a-z]+|\s+(?:in\s+a\s+statement|yesterday|today|later))?\s*[:,.;]",
                    art.body[vpos : vpos + 60]) and not spk146_medium_tail(art.body, vpos):
        return None  # only a verb that ends its clause or introduces the quote: "Clinton's budget calls the total
        # reserve" is no speech (D0644H, a wrong change in the first dump)
    m = _POSSESSED_SUBJECT_RE.search(art.body, clause_lo, vpos)
    if m is not None and re.search(r"\b(?:of|for|at|from|with|by|to|in|on)\s+$", art.body[clause_lo : m.start(1)]):
        return None  # "the CEO of Kinkade's galleries said": the possessive is a preposition's object (mn:0150)
    if m is None or _has_place(s, m.start(1), m.end(1)) or m.group(1).split()[-1].lower() in TIME_HEADS or re.match(
            r"(?:(?i:the)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)", m.group(1)):
        return None
    return " ".join(m.group(1).split()), None, "before"


#: A definite appositive right before the speech verb, set off by commas (", the research arm of the National
#: Academy of Sciences, declared"): group 1 its opening comma.
_APPOSITIVE_BEFORE_VERB_RE = re.compile(r"(,)\s+(?:the|a|an)\s+[a-z][^,;:\"“”`']{2,90},\s*$")


def _subject_before_appositive(art: _Article, s: Sent, clause_lo: int, vpos: int, pronouns: bool,
                               refer_from: int | None) -> tuple[str, Any, str] | None:
    """The speech verb's subject read without the definite appositive set off before the verb, when the subject
    names an organization or a person before it ('a special study by the National Research Council, the research
    arm of the National Academy of Sciences, declared': the council, not a cut of the academy the appositive names;
    spk108, blind-speakers58). None when there is no such appositive or the subject before it gives no speaker."""
    app = _APPOSITIVE_BEFORE_VERB_RE.search(art.body, clause_lo, vpos)
    if app is None or app.end() != vpos and art.body[app.end() : vpos].strip():
        return None
    cut = app.start(1)
    named = [m for m in s.mentions if m.entity is not None and m.entity.label in SPEAKER_LABELS
             and clause_lo <= s.sentence.start + m.start and s.sentence.start + m.end <= cut]
    if not named:
        return None
    return _speech_subject(art, s, clause_lo, cut, pronouns, refer_from)


def _speech_subject(art: _Article, s: Sent, clause_lo: int, vpos: int, pronouns: bool = True,
                    refer_from: int | None = None) -> tuple[str, Any, str] | None:
    """The subject of a speech verb at ``vpos`` whose clause starts at
    ``clause_lo``: whichever comes first of a person (else organization), a
    pronoun (resolved from ``refer_from``, default the clause), a nominal
    speaker, or capitalized words NER missed."""
    body = art.body
    if (aged := spk146_aged_subject(body, clause_lo, vpos)) is not None and not any(
            m.entity is not None and aged[0] < s.sentence.start + m.end and s.sentence.start + m.start < aged[1]
            for m in s.mentions) and (who := _resolve_reference(art, s.sentence.start, None)) is not None and (
            who[1] is not None and who[1].label == "PERSON"):
        return who[0], who[1], "before"  # 'During an interview with X's Y, the 72-year-old guitar great admitted':
        # the person named before the sentence, not Y (spk146)
    aside = _ADVERB_ASIDE_RE.search(body, clause_lo, vpos)
    if aside is not None and (got := _subject_before_aside(art, s, clause_lo, aside.start(), pronouns,
                                                           refer_from)) is not None:
        return got  # "X, meanwhile, said" (spk76)
    dashed = dash_aside_start(body, clause_lo, vpos)
    if dashed is not None and (got := _subject_before_aside(art, s, clause_lo, dashed, pronouns, refer_from)) is not None:
        return got  # "The claim — issued on its internal social media site — said" (spk117)
    relative = _RELATIVE_SUBJECT_RE.match(body[clause_lo:vpos])
    if relative and (_personal_name(relative.group(1)) or " " not in relative.group(1)) and not _has_place(
            s, clause_lo + relative.start(1), clause_lo + relative.end(1)):
        # "Santorum, who has pulled ahead of Mitt Romney in polling, said": the name "who" describes speaks (a
        # surname NER missed too), never a name or pronoun inside the relative clause
        known = _known_person(art, relative.group(1))
        return known[0], known[1], "before"
    if (kin_named := _kin_named_subject(art, clause_lo, vpos)) is not None:  # "Andy's niece Kerri, 21, who took
        return kin_named[0], kin_named[1], "before"  # the photos, said:" (spk141)
    if (named := _name_appositive_before(art, s, clause_lo, vpos)) is not None:  # "X, one of the groups criticizing
        return named[0], named[1], "before"  # Y, said": X (spk69)
    if (named := _person_appositive_before(art, s, clause_lo, vpos)) is not None:  # "X, former European
        return named[0], named[1], "before"  # Footballer of the Year, added:": X (spk90)
    where = _WHERE_CLAUSE_RE.match(body, clause_lo, vpos)
    if where:  # "The New Baltimore Police Department, where Rose worked as a cadet in 2010, released the following
        # statement:": the body the clause describes, never a person named inside the clause
        named = [x for x in s.mentions if x.entity is not None and x.entity.label in SPEAKER_LABELS
                 and where.start(1) <= s.sentence.start + x.start and s.sentence.start + x.end <= where.end(1)]
        if named and not _has_place(s, where.start(1), where.end(1)):
            return named[0].entity.name, named[0].entity, "before"
    relative = _RELATIVE_NOMINAL_RE.match(body[clause_lo:vpos])
    nom = _nominal(art, clause_lo + relative.start(1), clause_lo + relative.end(1)) if relative else None
    if nom is not None:  # "The senator, who leads Mitt Romney in polling, said": the senator
        return nom[0], nom[1], "before"
    kin = _KIN_NOMINAL_RE.match(body, clause_lo + len(body[clause_lo:vpos]) - len(body[clause_lo:vpos].lstrip(" ,")))
    if kin and re.fullmatch(r"(?:[A-Z][\w.\-'’]*\s+){0,3}(?:also\s+|later\s+)?", body[kin.end() : vpos]):
        # '"...," a friend of Kate tells me': the friend (no person role: the nominal rules do not read it), not Kate
        return " ".join(body[kin.start() : vpos].split()).removesuffix(" also").removesuffix(" later"), None, "before"
    doc = _MESSAGE_SUBJECT_RE.fullmatch(body, clause_lo, vpos)
    if doc:  # 'she fired off an urgent Teletype to her employer. The message read: "..."': the message speaks (its
        # writer, where the text names one, is found from it: :func:`_document_author`)
        return " ".join(doc.group(1).split()), None, "before"
    close = _POSSESSED_CLOSING_RE.search(body, clause_lo, vpos)
    if close and re.search(r"[A-Za-z]\s+$", body[clause_lo : close.start(1)]):
        # 'Pink said her daughter recently told her that "..."': the reported speaker closing the clause of
        # another's speech verb ("her daughter"), not the one who reports it; the person the text named so
        # ("says his mother, Jane Roe" before) when the nominal rules find one
        nom = _nominal(art, close.start(1), close.end(1))
        return (nom[0], nom[1], "before") if nom is not None else (" ".join(close.group(1).split()), None, "before")
    opening = _POSSESSIVE_OPENING_RE.match(body, clause_lo, vpos)
    if opening and body[vpos : vpos + 20].split()[0].endswith("ing"):
        # "Heyer's mother then entered the stage, telling the audience: "..."": the participle's subject is the
        # role a name owns that opens the clause (not the name, nor the speaker quoted before)
        return " ".join(opening.group(1).split()), None, "before"
    if pronouns and not _THEY_IT_RE.search(body[clause_lo:vpos]) and _SPK143_CONNECTIVE_THEY_RE.match(
            body[clause_lo:vpos]) and (group := spk143_owned_group_before(
            art, clause_lo if refer_from is None else refer_from)) is not None:
        return group[0], group[1], "pronoun"  # 'illustrated my kids' arguments ... Now they say, "..."' (spk143)
    they = _THEY_IT_RE.search(body[clause_lo:vpos])
    if they:  # '"...," they claimed' / '"...," it said': the body or group speaking before
        if not pronouns:
            return None
        thing = _thing_before(art, clause_lo if refer_from is None else refer_from) if they.group(1).lower() == "it" \
            else None
        if thing is not None:  # 'The package insert also carries a warning. "...," it reads': the insert
            return thing, None, "pronoun"
        firm = _body_subject_before(art, clause_lo if refer_from is None else refer_from) \
            if they.group(1).lower() == "it" else None
        if firm is not None:  # 'But the US airline hasn't changed its stance. "...," it said': the airline
            return firm[0], firm[1], "pronoun"
        group = _group_subject_before(art, clause_lo if refer_from is None else refer_from) \
            if they.group(1).lower() == "they" else None
        if group is None and they.group(1).lower() == "they":
            group = _according_group_before(art, clause_lo if refer_from is None else refer_from)
        if group is None and they.group(1).lower() == "they":  # 'X and Y said "..."' then '"...," they said'
            group = pair_subject_before(art, clause_lo if refer_from is None else refer_from)  # (spk133)
        if group is None and they.group(1).lower() == "they":  # 'my kids' arguments ... They say, "..."' (spk143)
            group = spk143_owned_group_before(art, clause_lo if refer_from is None else refer_from)
        if group is not None:  # 'Bentdahl's family said he had "...". "...," they said': the group, not a document
            return group[0], group[1], "pronoun"
        who = _resolve_body(art, clause_lo if refer_from is None else refer_from, they.group(1).lower() == "they")
        return (who[0], who[1], "pronoun") if who is not None else None
    if pronouns and (they_end := spk147_opening_they(body, clause_lo, vpos)) is not None and (
            got := _speech_subject(art, s, clause_lo, they_end + 1, pronouns, refer_from)) is not None:
        return got  # 'They held up signs calling Kissinger a criminal and chanted "..."': "they" (spk147)
    relative = _relative_pronoun_subject(art, s, clause_lo, vpos, refer_from) if pronouns else None
    if relative is not None:  # '... posted an email from Sollecito on her blog, in which he wrote:'
        return relative[0], relative[1], "pronoun"
    adjacent = _ADJACENT_PRONOUN_RE.search(body, clause_lo, vpos)
    if adjacent:  # "<what was said>, he noted": the pronoun is the subject, not a name inside the clause
        if not pronouns:
            return None
        who = _resolve_reference(art, clause_lo if refer_from is None else refer_from, adjacent.group(1))
        return (who[0], who[1], "pronoun") if who is not None else None
    owned = _POSSESSIVE_NOMINAL_RE.search(body, clause_lo, vpos)
    if owned and (not _has_place(s, owned.start(1), owned.end(1)) or re.search(
            r"\b(?:" + "|".join(PERSON_ROLES) + r")\s*(?:,[^,]*,)?\s*$", owned.group(0))):
        # "Nelson's campaign issued a statement", "John Roe's spokesman said": the role or body the name owns
        # speaks (neither the owner nor no one); a place's person ("Belgium's federal prosecutor said") too, a
        # place's body ("Egypt's news agency said") is left to the rules below; "Paul Conroy's wife, Kate, said":
        # the wife, whose given name alone is no one else (group 2)
        return " ".join(owned.group(0).split()).rstrip(" ,"), None, "before"
    clause = body[clause_lo:vpos]
    introduced = ("named" in clause or "called" in clause) and re.search(
        r"\b(?:a|an|the|one)\s+(?:[a-z\-]+\s+){0,3}(?:named|called)\s+(" + _NAME
        + r")\s*,?\s*(?:also\s+|later\s+)?$", clause)
    if introduced and not _has_place(s, clause_lo + introduced.start(1), clause_lo + introduced.end(1)):
        # "a lieutenant colonel named Dane said": the name the nominal introduces (whatever NER typed it)
        known = _known_person(art, introduced.group(1))
        return known[0], known[1], "before"
    group = _GROUP_OF_BODY_RE.fullmatch(body, clause_lo, vpos) or _GROUP_OF_BODY_RE.match(body, clause_lo, vpos)
    if group and group.end() < vpos and not _COORDINATED_VERB_RE.fullmatch(body, group.end(), vpos):
        group = None  # (a verb of its own, then "and" before this one: "... have said they will continue
        # protesting and pledged to": the same subject; anything else is another clause's)
    if group and not any(x.entity is not None and x.entity.label == "PERSON"
                         and group.start(1) <= s.sentence.start + x.start < group.end(1) for x in s.mentions):
        # "Students at the City University of New York have said": the plural group the clause opens on speaks,
        # not the body its "at"/"of"/"from" phrase names (spk138)
        return " ".join(group.group(1).split()), None, "before"
    demonym = _demonym_epithet(art, s, clause_lo, vpos, clause_lo if refer_from is None else refer_from)
    if demonym is not None:  # '"...," the German wrote': the person speaking nearby, never a nationality
        return demonym[0], demonym[1], "before"
    people = [x for x in s.mentions if x.entity is not None and x.entity.label == "PERSON"
              and clause_lo <= s.sentence.start + x.start and s.sentence.start + x.end <= vpos
              and not art.quoted(s.sentence.start + x.start, s.sentence.start + x.end)]
    # (a name inside a quote the clause holds is never the verb's subject: '"There's no deficiency that Ritalin is
    # fixing," he says, "what it's ..."': "he", not "Kyle Ritalin", NER's person)
    # a person named after "of"/"at"/"from" with another person before it is an affiliation NER typed a person
    # ("Dr. Myron Bander of Irvine said"; "One of the founders of The Robin Collective, Brandy Wright, said")
    affiliated = {id(x) for x in people[1:] if _AFFILIATION_RE.search(body, clause_lo, s.sentence.start + x.start)}
    affiliated |= {id(x) for x in people[:-1] if _AFFILIATION_RE.search(body, clause_lo, s.sentence.start + x.start)
                   and not any(_AFFILIATION_RE.search(body, clause_lo, s.sentence.start + y.start)
                               for y in people if y.start > x.start)}
    if people and all(_AFFILIATION_RE.search(body, clause_lo, s.sentence.start + x.start) for x in people):
        body_first = [x for x in _speakers_in(art, s, clause_lo, s.sentence.start + people[0].start)
                      if x.entity.label == "ORG"]
        if body_first and re.fullmatch(r"[\s,;:]*(?:(?i:however|but|and|yet|still|meanwhile|instead)\b[\s,]*)?",
                                       body[clause_lo : s.sentence.start + body_first[0].start]) and re.match(
                r"\s*,", body[s.sentence.start + body_first[0].end :]):
            # "Rajanews.com, a news website run by supporters of Ahmadinejad said": the body opening the clause,
            # not the person after "of" in its appositive
            return body_first[0].entity.name, body_first[0].entity, "before"
    next_to = [x for x in people if id(x) not in affiliated
               and _NEXT_TO_VERB_RE.fullmatch(body, s.sentence.start + x.end, vpos)
               and not _in_nominal(body, clause_lo, vpos, s.sentence.start + x.start)]
    if next_to:  # "On March 20, with the Mayor of Litueche A, Mayor of Pichilemu B announced": B, next to the verb
        return next_to[-1].entity.name, next_to[-1].entity, "before"
    titled = _TITLED_BEFORE_RE.search(body, clause_lo, vpos)
    if titled and _personal_name(titled.group(1)) and not _has_place(s, titled.start(1), titled.end(1)):
        # "Newly elected Academy President Boone Isaacs said": the person the capitalized title names next to the
        # verb (NER typed the name an organization), not the body before the title
        return _known_person(art, titled.group(1))[0], _known_person(art, titled.group(1))[1], "before"
    noms = list(NOMINAL_SPEAKER_RE.finditer(body, clause_lo, vpos))
    if noms and re.match(r"(?i:the|his|her|their)\s", noms[-1].group(0)) and re.search(  # ("..., her rep confirms")
            r"[a-z]\s*,\s*$", body[clause_lo : noms[-1].start()]) and _NEXT_TO_VERB_RE.fullmatch(
            body, noms[-1].end(), vpos):  # "Himself a graduate of the college, the president said": the president
        nom = _nominal(art, noms[-1].start(), vpos)
        if nom is not None:
            return nom[0], nom[1], "before"
    if noms and people and _NEXT_TO_VERB_RE.fullmatch(body, noms[-1].end(), vpos) and (
            re.search(r"\b(?:which|whom)\s+$", body[clause_lo : noms[-1].start()]) or (
            re.search(r",\s*$", body[clause_lo : noms[-1].start()])
            and all(_OBJECT_BEFORE_RE.search(body, clause_lo, s.sentence.start + x.start)
                    for x in people if s.sentence.start + x.start < noms[-1].start()))):
        # "In a written debate with Lippman that played out in the campus newspaper, Concordiensis, a former suite
        # mate wrote": the nominal next to the verb after the opening phrase, not the person inside it; "a
        # prescription for Ritalin, which his mother describes as": the relative clause's subject
        nom = _nominal(art, noms[-1].start(), vpos)
        if nom is not None:
            return nom[0], nom[1], "before"
    found: list[tuple[int, int, Any]] = []  # (start, rank, candidate)
    m = _subject(art, s, clause_lo, vpos)
    if m is not None and art.quoted(s.sentence.start + m.start, s.sentence.start + m.end):
        outside = [x for x in _speakers_in(art, s, clause_lo, vpos)
                   if not art.quoted(s.sentence.start + x.start, s.sentence.start + x.end)]
        m = next((x for x in outside if x.entity.label == "PERSON"), outside[0] if outside else None)
    if m is not None and id(m) in affiliated:
        m = next((x for x in people if id(x) not in affiliated), m)
    if m is not None and _in_nominal(body, clause_lo, vpos, s.sentence.start + m.start):
        m = None  # "A spokesperson for Conyers told KPRC": the spokesperson speaks, not Conyers
    object_dropped = False
    if (m is not None and m.entity.label == "PERSON" and _object_of(body, clause_lo, s.sentence.start + m.start,
                                                                    s.sentence.start + m.end)
            and not re.match(r"\s*,?\s*(?:who|whose)\b", body[s.sentence.start + m.end : vpos])):
        object_dropped = True
        # "X, the chairman of the party, tried to deflect questions on behalf of Mr. Romney, saying ...": a
        # preposition's object is not the verb's subject (unless a relative clause's, "spoke with X, who told
        # them"); the first speaker that is not one, else the rules below
        m = next((x for x in _speakers_in(art, s, clause_lo, vpos)
                  if not _object_of(body, clause_lo, s.sentence.start + x.start, s.sentence.start + x.end)), None)
    elif (m is not None and m.entity.label == "ORG" and _object_of(body, clause_lo, s.sentence.start + m.start,
                                                                   s.sentence.start + m.end)):
        # 'In a statement provided to All Things Digital, Apple said, "..."': a body after a preposition is its
        # object, not the verb's subject; a body after it that is no object speaks (else the body stays: spk44)
        later = next((x for x in _speakers_in(art, s, clause_lo, vpos) if x.start > m.start
                      and not _object_of(body, clause_lo, s.sentence.start + x.start, s.sentence.start + x.end)), None)
        if later is not None:
            m, object_dropped = later, True
    if m is not None:
        found.append((s.sentence.start + m.start, 0, (m.entity.name, m.entity, "before")))
    for om in s.mentions:  # "Ministry of National Infrastructure Joseph Nowarski said": a person NER joined to a body
        tail = _GIVEN_NAME_TAIL_RE.search(om.text) if om.entity is not None and om.entity.label == "ORG" else None
        if (tail and tail.group(1).split()[0].lower() in GIVEN_NAMES and clause_lo <= s.sentence.start + om.start
                and s.sentence.start + om.end <= vpos):
            found.append((s.sentence.start + om.start + tail.start(1), 3, (tail.group(1), None, "before")))
    for om in s.mentions:  # "Pittsburgh Public Schools officials said"
        if (om.entity is not None and om.entity.label == "ORG" and clause_lo <= s.sentence.start + om.start
                and s.sentence.start + om.end <= vpos):
            role = _org_role(art, s, om)
            if role and re.match(r"\s*(?:also\s+|later\s+)?$", art.body[s.sentence.start + om.end + len(role) - len(om.text) : vpos]):
                found.append((s.sentence.start + om.start, 2, (role, None, "before")))
    pro = _PRONOUN_RE.search(body, clause_lo, vpos) if pronouns else None
    if pro:
        found.append((pro.start(), 1, None))
    nom = _nominal(art, clause_lo, vpos)
    while nom and _OBJECT_BEFORE_RE.search(body, clause_lo, nom[2]):  # "X in the ministry said": not the ministry
        nom = _nominal(art, nom[2] + 1, vpos)
    head = NOMINAL_SPEAKER_RE.match(art.unquoted, nom[2]) if nom and nom[1] is None else None
    if head and any(s.sentence.start + x.start == head.end() + 1 and x.entity is not None
                    and x.entity.label in SPEAKER_LABELS for x in s.mentions) and body[head.end()] == " ":
        nom = None  # 'The U.S. internet news site Salon has ... confirmed that they possess "..."': the name the
        # noun phrase is in close apposition with speaks (found above), not the noun phrase
    if nom:
        found.append((nom[2], 2, (nom[0], nom[1], "before")))
    plural = _BARE_PLURAL_RE.search(body, clause_lo, vpos)
    if (plural and not nom and not _OBJECT_BEFORE_RE.search(body, clause_lo, plural.start(1))
            and not re.search(r"(?i:\b(?:the|a|an|his|her|their|its|our|whose|which|that|these|those)|['’]s?)\s+$",
                              body[clause_lo : plural.start(1)])
            and not _place_qualifies(s, plural.start(1), plural.start("role"))):
        # ('"...," officials said': the officials; "Ottawa officials" are no speaker, "Missouri Republican senators"
        # are: the place qualifies the party, not the role)
        found.append((plural.start(1), 2, (" ".join(plural.group(1).split()), None, "before")))
    if not found:  # '"...," North Korea said': a state (a place NER typed GPE) as the verb's subject speaks for its
        # government; never a place after a preposition ("officials in Ottawa said"), nor one that does not open the
        # clause (a dateline, "the Ottawa office said")
        for x in s.mentions:
            at, end = s.sentence.start + x.start, s.sentence.start + x.end
            if (x.entity is not None and x.entity.label == "GPE" and x.label == "GPE" and clause_lo <= at
                    and (_NEXT_TO_VERB_RE.fullmatch(body, end, vpos) or re.fullmatch(  # ("X has threatened
                        r"\s+[a-z][^,;:\"“”()]{0,80}\s+and\s+(?:also\s+|then\s+)?", body[end:vpos])  # Y and said")
                         or (re.match(r"[a-z]+ing\b", body[vpos:]) and re.fullmatch(  # ("X has declined to comment
                             r"\s+[a-z][^,;:\"“”()]{0,120},\s+", body[end:vpos])))  # on ..., saying")
                    and not art.quoted(at, end)
                    and re.fullmatch(r"[\s,;:]*(?:(?:[A-Z][\w\-]*\s+){0,3}[\w\-]+\s*,\s*)?(?:(?i:but|and|yet|meanwhile|"
                                     r"however|also|still)\b[\s,]*)?", body[clause_lo:at])):
                found.append((at, 2, (x.entity.name, x.entity, "before")))
    bare = _BARE_BEFORE_RE.search(body, clause_lo, vpos)
    bare_lo = _name_start(body, clause_lo, bare.start(1), bare.end(1)) if bare else 0
    while bare and (_has_place(s, bare_lo, bare.end(1)) or (  # "Province, S'bu Ndebele, said": the name after
            people and _AFFILIATION_RE.search(body, clause_lo, bare_lo)) or (  # it; "of The Robin Collective, X,"
            object_dropped and _object_of(body, clause_lo, bare_lo))):  # ("a letter to Jane Roe, saying")
        bare = _BARE_BEFORE_RE.search(body, bare.end(1), vpos)
        bare_lo = _name_start(body, clause_lo, bare.start(1), bare.end(1)) if bare else 0
    m_lo, m_hi = (s.sentence.start + m.start, s.sentence.start + m.end) if m is not None else (0, 0)
    if bare and not (m is not None and bare.start(1) <= m_lo < bare.end(1)):  # ("Mrs. Jane Doe": the mention)
        # the whole name the bare words end ("The American Academy of Adoption Attorneys", not "Adoption Attorneys")
        whole = (" ".join(body[bare_lo : bare.end(1)].split()), None, "before")
        if m is not None and m_lo < bare.end(1) and bare_lo < m_hi:  # the subject's mention holds the bare words
            lead = re.match(r"(?i:the|a|an)\s+", body[m_lo:m_hi])
            m_name_lo = m_lo + (lead.end() if lead else 0)
            if (m.entity.label != "PERSON" and bare_lo <= m_name_lo and m_hi <= bare.end(1)
                    and bare.end(1) - bare_lo > m_hi - m_name_lo):
                # NER cut the name ("the UN Office" of "the UN Office for the Co-ordination of Humanitarian
                # Affairs"): the whole name speaks, not the cut mention
                found = [f for f in found if f[2] is None or f[2][1] is not m.entity]
            else:  # the mention is the name ("The Wall Street Journal" holding "Wall Street Journal"): its entity
                whole = (m.entity.name, m.entity, "before")
        found.append((bare_lo, 3, whole))
    if not found:
        got = _possessed_subject(art, s, clause_lo, vpos)  # "Trump's account tweeted:" (spk76)
        return got if got is not None else _described_participle_subject(art, clause_lo, vpos)
    # a person, a pronoun, or a full name NER missed ("Dwight C. German, a professor at <ORG>, said") is the
    # subject before an organization or a role inside an appositive
    found = _without_body_before_titled_name(body, found)
    named = [f for f in found if (f[1] == 1 or (f[1] == 0 and f[2][1].label == "PERSON")
                                  or (f[1] == 3 and (_full_name(f[2][0]) or _relative_named_at(s, f[0]))))]
    _, rank, got = min(named or found, key=lambda t: (t[0], t[1]))
    if rank == 1:
        who = _resolve_reference(art, clause_lo if refer_from is None else refer_from, pro.group(1))
        return (who[0], who[1], "pronoun") if who is not None else None
    return got


#: A capitalized name, then lowercase role words ending in a role ("Uefa chief executive "): what stands between a
#: person-typed mention and the full name NER missed after its title.
_NAME_THEN_ROLE_RE = re.compile(r"[A-Z][\w.\-'’]*(?:\s+[A-Z][\w.\-'’]*)*\s+(?:[a-z\-]+\s+){0,2}(?:"
                                + "|".join(PERSON_ROLES) + r")\s+")


def _without_body_before_titled_name(body: str, found: list) -> list:
    """``found`` (a speech verb's subject candidates: position, rank, reading) without a person-typed mention whose
    title runs into a full name NER missed right before the verb: 'Uefa chief executive Lars-Christer Olsson told
    BBC Radio Five Live ...' is Olsson's (NER types the body a person and misses the hyphenated given name; on main
    the body spoke, and the "he said" quotes after it; blind-speakers62, spk107)."""
    bare = [f for f in found if f[1] == 3 and _full_name(f[2][0])]
    return [f for f in found if not (f[1] == 0 and any(
        _NAME_THEN_ROLE_RE.fullmatch(body, f[0], b[0]) for b in bare))]


#: Capitalized words joined by "of"/"for"/"on"/"&" right before a name: the start of the one name they form with it
#: ("The American Academy of | Adoption Attorneys", "Colombia's Institute for | Family Welfare").
_NAME_HEAD_RE = re.compile(r"(?:(?<=[\s,(])|^)((?:[A-Z][\w.\-'’]*\s+){0,4}[A-Z][\w.\-'’]*\s+(?:of|for|on|&)\s+(?:the\s+)?)$")


def _name_start(body: str, lo: int, at: int, end: int) -> int:
    """Where the capitalized name whose words are ``body[at:end]`` starts, not before ``lo``: back over capitalized
    words joined to it by "of"/"for"/"on"/"&" (a name's own connectives), without a leading "The"/"A"/"An". Words
    holding a given name are a person's, which a title's "of" does not join ("Secretary of State Condoleezza
    Rice")."""
    if any(w.lower() in GIVEN_NAMES for w in re.findall(r"[\w\-'’]+", body[at:end])):
        return at
    start = at
    while (head := _NAME_HEAD_RE.search(body, lo, start)) is not None:
        start = head.start(1)
    if start == at:
        return at
    lead = re.match(r"(?:The|A|An)\s+", body[start:at])
    return start + (lead.end() if lead else 0)


def _in_nominal(body: str, lo: int, hi: int, at: int) -> bool:
    """Whether a name starting at ``at`` is the complement of a nominal speaker in ``body[lo:hi]`` ("a
    spokesperson for Conyers", "the lawyer of the family"): the nominal speaks, not the name."""
    return any(nom.start() < at < nom.end() and re.search(r"\b(?:for|of)\s+(?:the\s+)?$", body[nom.start() : at])
               for nom in NOMINAL_SPEAKER_RE.finditer(body, lo, hi))


#: An unnamed relative or friend, perhaps of someone ("a friend", "one close friend of "), whom the nominal rules
#: (person roles) do not read: the phrase speaks, not the person it is of.
_KIN_NOMINAL_RE = re.compile(r"(?<![\w'’])(?i:a|an|one|another)\s+(?:[a-z\-]+\s+){0,2}?(?:" + "|".join(KIN_ROLES)
                             + r")(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.\-'’]*\s+){0,2})?")


def _demonym_epithet(art: _Article, s: Sent, lo: int, vpos: int, refer_from: int) -> tuple[str, Any] | None:
    """A singular nationality right before a speech verb, after "the" ("the German wrote", "the Briton said"): an
    epithet of the person speaking nearby (as "the former president" is), never a speaker of its own; None
    when there is no such phrase or no person to refer to. Collective forms ("the Chinese", "the British",
    "the French", "the Americans") are left alone: they name a side, not one person."""
    base = s.sentence.start
    for m in s.mentions:
        if (m.label == "NORP" and lo <= base + m.start and base + m.end <= vpos and not m.text.endswith(("s", "ese", "ish", "ch"))
                and re.search(r"\bthe\s+$", art.body[max(lo, base + m.start - 5) : base + m.start], re.I)
                and _NEXT_TO_VERB_RE.fullmatch(art.body, base + m.end, vpos)):
            who = _resolve_reference(art, refer_from)
            return who if who is not None and (who[1].label == "PERSON" if who[1] is not None else _a_person(
                *who) and who[0][:1].isupper()) else None
    return _demonym_noun_epithet(art, lo, vpos, refer_from)  # "The Scot added:" whatever NER typed "Scot" (spk90)


#: "the" and one capitalized word right before a speech verb (group 1 the word): a demonym noun there is an epithet.
#: An aside set off by commas may stand between ("The Briton, 34, said").
_THE_WORD_BEFORE_VERB_RE = re.compile(r"(?<![\w'’])[Tt]he\s+([A-Z][a-z]+)(?=(?:\s*,[^,;:\"“”]{1,80},)?"
                                      + _NEXT_TO_VERB_RE.pattern + r"$)")
#: "the" and one capitalized word right after an inverted speech verb, ending the attribution ('"...," said the
#: Scot.'): group 1 the word.
_THE_WORD_AFTER_VERB_RE = re.compile(r"\s*the\s+([A-Z][a-z]+)\s*(?=[,.;!?]|$)")


def _demonym_noun_epithet(art: _Article, lo: int, vpos: int, refer_from: int) -> tuple[str, Any] | None:
    """A singular demonym noun after "the" right before a speech verb at ``vpos`` ("The Scot added:", "the Briton
    said"; :func:`~newsbrief.analyze.demonyms.is_demonym_noun`), whatever NER typed it (the small model types
    "Scot" a person, and the merges then join it to a player called Scott): the person speaking nearby, as "the
    former president" is; with no person to refer to, the description itself ("the Scot"), never a name made of the
    epithet. None when the clause has no such phrase."""
    m = _THE_WORD_BEFORE_VERB_RE.search(art.body, lo, vpos)
    return _demonym_referent(art, m, refer_from)


def _demonym_referent(art: _Article, m: re.Match[str] | None, refer_from: int) -> tuple[str, Any] | None:
    """Whom a phrase "the <word>" (``m``, group 1 the word) refers to when the word is a demonym noun: the person
    speaking nearby (resolved from ``refer_from``), else the description itself; None when it is no demonym."""
    if m is None or not is_demonym_noun(m.group(1)):
        return None
    who = _resolve_reference(art, refer_from)
    if who is not None and (who[1].label == "PERSON" if who[1] is not None else _a_person(*who)
                            and who[0][:1].isupper()):
        return who
    return "the " + m.group(1), None


#: Documents a person or a body writes in their own name: a quote "the letter" speaks is its writer's words.
PERSONAL_DOCUMENTS = frozenset({"letter", "petition", "plea", "note", "memo", "email", "e-mail", "diary", "will",
                                "postcard", "telegram", "message"})
_FIRST_PERSON_RE = re.compile(r"\b(?:I|me|my|myself|we|us|our)\b")
#: Documents a body or a person issues in its own name: '"...," said the statement' after 'The X Party, in a
#: statement released Friday, accused ...' is the party's words (:func:`_statement_issuer`).
ISSUED_DOCUMENTS = frozenset({"statement", "communique", "communiqué", "announcement", "declaration"})
#: How many sentences that do not credit the document again ('"...," the statement said') may stand between the
#: quote and the sentence introducing it.
ISSUER_SENTENCES = 3
#: A sentence's subject set off by an appositive "in a statement": 'The Sam Rainsy Party, in a statement released
#: Friday, accused ...' (group 1: the subject; group 2: the document's noun).
_ISSUER_APPOSITIVE_RE = re.compile(r"\W*((?:[\w.\-'’]+\s+){0,5}[\w.\-'’]+),\s+in\s+(?:a|an|its|his|her|their)\s+"
                                   r"(?:[\w\-]+\s+){0,2}(statement|communiqu[eé]|announcement|declaration)\b")


def _statement_issuer(art: _Article, qs: int, noun: str) -> tuple[str, Any] | None:
    """Who issued the statement (:data:`ISSUED_DOCUMENTS`) a quote is credited to ('"...," said the statement.';
    '"...," the faxed statement said'): the last sentence before the quote in its paragraph that introduces such a
    document ("a statement", "an announcement"; at most :data:`ISSUER_SENTENCES` sentences back that do not credit
    the document again) names it: its subject set off by "in a statement", whatever its verb ('The Sam Rainsy Party,
    in a statement released Friday, accused Hun Sen ...'), as a name or as the description the text gives ('The
    prince's party, in a statement dated Friday ..., said'), else the subject of its speech verb ('X said in a
    statement'; 'X issued a statement', :func:`_speech_sentence`). None when no such sentence or no capitalized
    issuer is found (the document speaks, as before)."""
    pos = art.sentence_at(qs)
    if pos is None:
        return None
    para = art.paragraph_at(qs)
    intro = re.compile(r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,3}" + re.escape(noun) + r"\b", re.I)
    same = re.compile(r"\b(?:the|this)\s+(?:[\w\-]+\s+){0,2}" + re.escape(noun) + r"\b", re.I)
    other = 0  # sentences passed that do not credit the same document ('"...," the statement said' goes on)
    for i in range(pos - 1, -1, -1):
        s = art.sents[i].sentence
        if art.paragraph_at(s.start) != para or other >= ISSUER_SENTENCES:
            return None
        other += not same.search(art.unquoted, s.start, s.end)
        if intro.search(art.unquoted, s.start, s.end):
            fronted = _ISSUER_APPOSITIVE_RE.match(art.body, s.start, s.end)
            if fronted is not None and fronted.group(2).lower() == noun:  # 'X, in a statement ..., accused':
                # the subject issued it, whatever the verb ("accused" is no speech verb)
                got = _speech_subject(art, art.sents[i], s.start, fronted.end(1), pronouns=False)
                who = got[:2] if got is not None else None
                if who is None and re.fullmatch(r"The\s+(?:[\w\-'’]+\s+){0,3}[a-z][a-z\-]+", fronted.group(1)):
                    who = " ".join(fronted.group(1).split()), None  # "The prince's party, in a statement ...,": the
                    # description names the issuer as the text does
            else:  # 'X said in a statement'; 'X issued a statement'
                who = _speech_sentence(art, s.start, s.end)
            return who if who is not None and who[0][:1].isupper() else None
    return None


def _document_author(art: _Article, qs: int, text: str, speaker: str) -> tuple[str, Any] | None:
    """Who wrote the personal document (:data:`PERSONAL_DOCUMENTS`) credited with a quote ("the letter says",
    "The letter was signed and dated: "..."", "Rivlin's office quotes the letter as saying"): the owner the
    article names nearest before the quote ("Eichmann's letter", "a letter from X"), else, for a quote in the
    first person, whoever the sentences just before name as speaking or writing ("In the petition, ... Eichmann
    says that ..."; "X posted a letter ... stating"); None when the speaker is no such document or no writer is found.
    A statement or another issued document (:data:`ISSUED_DOCUMENTS`: "the statement", "the faxed statement") is its
    issuer's words (:func:`_statement_issuer`)."""
    issued = re.fullmatch(r"(?i:the|this|that)\s+(?:[a-z\-]+\s+){0,2}?([a-z\-]+)", speaker)
    if issued is not None and issued.group(1) in ISSUED_DOCUMENTS:  # ("the faxed statement"; not "the White House
        return _statement_issuer(art, qs, issued.group(1))  # statement", which names its issuer)
    doc = re.search(r"(?:^|\s)(?:the|this|that)\s+([\w\-]+)$", speaker.lower())
    if doc is None or doc.group(1) not in PERSONAL_DOCUMENTS or len(speaker.split()) > 5:
        return None
    noun = re.escape(doc.group(1))
    owner = None
    for m in re.finditer(r"(" + _NAME + r")['’]s?\s+(?:[a-z\-]+\s+){0,2}" + noun + r"s?\b|\b" + noun
                         + r"s?\s+(?:from|by|of)\s+(?:[a-z\-]+\s+){0,3}(" + _NAME + r")", art.body[:qs]):
        owner = m.group(1) or m.group(2)
    if owner is not None:
        known = _known_person(art, owner, whole=False)
        if known[1] is not None or _a_person(*known):
            return known
    if _FIRST_PERSON_RE.search(text):
        para = art.paragraph_at(qs)
        who = _speech_sentence(art, art.paragraphs[max(0, para - CONTINUATION_PARAGRAPHS)], qs)
        if who is not None and who[0][:1].isupper() and not _sent_by_another(art, qs, noun, who[0]):
            return who
    return None


#: A verb that tells who made or sent a document ("a letter signed by nearly 90 faculty members"; "A group of
#: professors has sent X a letter").
_DOCUMENT_MADE_RE = re.compile(r"\b(?:signed|written|sent|sends|drafted|penned|authored|released|issued)\b")


def _sent_by_another(art: _Article, qs: int, noun: str, who: str) -> bool:
    """Whether the sentence that last introduces the document before the quote ("a letter ...") tells who made or
    sent it and ``who`` is not before that verb (not its subject): "The latest criticism comes in a letter released
    Tuesday and signed by nearly 90 faculty members ..., in advance of Mr. Ryan's visit"; "A group of ... has sent
    Ryan a letter saying": the letter is the group's, never the person it is sent to or speaks of."""
    intro = None
    for intro in re.finditer(r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}" + noun + r"s?\b", art.body[:qs], re.I):
        pass
    if intro is None:
        return False
    i = art.sentence_at(intro.start())
    if i is None:
        return False
    s = art.sents[i].sentence
    made = _DOCUMENT_MADE_RE.search(art.body, s.start, s.end)
    if made is None:
        return False
    surname = who.split()[-1]
    at = re.search(r"\b" + re.escape(surname) + r"\b", art.body[s.start : s.end])
    return at is None or s.start + at.start() > made.start()


def _cut_object(body: str, lo: int, cut: int, vpos: int, name: str) -> bool:
    """Whether ``name``, found after a window's cut at ``cut`` and before the verb at ``vpos``, is a preposition's
    object in the whole clause from ``lo`` (its word taken from its start, which the cut may have split: "a
    reporter for Fu|nke Mediengruppe")."""
    at = body.find(name, cut, vpos)
    if at < 0:
        return False
    while at > lo and (body[at - 1].isalnum() or body[at - 1] in "-'’"):
        at -= 1
    return _object_of(body, lo, at)


def _full_name(text: str) -> bool:
    """Two to four capitalized words that name no body or role: a person's name NER missed."""
    words = text.split()
    return (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
            and not any(w.lower().strip(".,") in _BODY_NAME_WORDS or w.lower() in PERSON_ROLES for w in words))


#: A sentence opened by whose view it tells ("To Slater, Prozac is ..."; "But to X, ...").
_TO_VIEW_RE = re.compile(r"\W*(?:(?:But|And|Yet)\s+)?[Tt]o\s+(" + _NAME + r"),\s")


def _informing_verb(body: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The last verb of telling by its frame (``_INFORMING_RE``) before ``hi`` whose that-clause runs to the quote
    with no speech verb, quote mark or sentence stop in it: 'the California Democrat said the White House had
    informed her that "..."' gives "informed", nearer the quote than "said", so the White House speaks, not the
    senator reporting what she was told. Only inside a reported clause (a speech verb before it in the window):
    alone ("Bannon assured me that ... "..."") the old rules read its subject already, by its full name. A listed
    speech verb ("told her that") is read by ``_VERB_RE`` already."""
    found = list(_INFORMING_RE.finditer(body, lo, hi))
    if not found or _VERB_RE.fullmatch(found[-1].group(0)) or not _VERB_RE.search(body, lo, found[-1].start()):
        return []  # (no speech verb before it: "Bannon assured me that ... "..."" is read by the old rules)
    v = found[-1]
    tail = body[v.end() : hi]
    if _VERB_RE.search(tail) or re.search(r"[\"“”.;:!?]|``|''", tail) or len(tail) > 110:
        return []
    return [v]


#: A speech clause set off by commas inside the clause that holds a quote: a comma, its subject (up to eight words
#: with no quote mark or clause punctuation), a speech verb, an optional time word and a comma before more of the
#: clause ('Mueller's office, the report said, learned of ...'; 'The plan, officials say, would "..."').
_PARENTHETICAL_SPEECH_RE = re.compile(r",\s*((?:[\w.\-'’]+\s+){0,7}?[\w.\-'’]+)\s+(?:also\s+|later\s+)?(" + "|".join(
    ("said", "says", "wrote", "writes", "reported", "reports", "added", "adds", "claimed", "claims", "alleged",
     "alleges", "argued", "argues", "stated", "states", "noted", "notes", "contended", "contends", "found", "finds"))
    + r")(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\s*,\s+(?=[a-z])")


#: Up to three lower-case words of a title (never a preposition's: "said in Washington") and one to four
#: capitalized words, an editor's brackets around them allowed, then a comma or colon: the name between an inverted
#: speech verb and a quote ('And, said Malkan, "..."'; 'says population biologist Joel Cohen, "..."'; '... says
#: [population biologist Joel] Cohen, "..."', spk130).
_INVERTED_NAME_RE = re.compile(r"\s*\[?(?:(?!(?:in|on|at|to|from|with|by|for|of|about|after|before|during|as|that|this|"
                               r"it|he|she|they|there)\s)[a-z][\w\-]*\s+){0,3}(?:[A-Z][\w.\-'’]*\]?\s*){1,4}[,:]\s*")
#: A nominal after a capitalised speech verb that opens its clause, up to the comma or colon before a quote ('Said one
#: top House aide: "..."'; 'Added the spokesman, "..."'): group 1 the nominal (spk130).
_INVERTED_NOMINAL_RE = re.compile(r"\s+((?i:the|a|an|one|another)\s+[^,:;\"“”`']{1,60}?)\s*[,:]\s*")


#: An inverted speech clause set off by commas inside the clause that holds a quote: a comma, the verb, then a name
#: (perhaps after a title's lower-case words) and a comma before more of the clause in lower case ('The change,
#: writes Joel Cohen, could "..."'; spk130). Group 1 the verb, group 2 the name (the other order of
#: :data:`_PARENTHETICAL_SPEECH_RE`'s groups).
_INVERTED_PARENTHETICAL_RE = re.compile(r",\s*(says|said|writes|wrote|adds|added|notes|noted|argues|argued)\s+("
                                        r"(?:[a-z][\w\-]*\s+){0,3}\[?[A-Z][\w.\-'’]*\]?"
                                        r"(?:\s+\[?[A-Z][\w.\-'’]*\]?){0,3})\s*,\s+(?=[a-z])")


#: A reporting clause set off by commas after the opening words of a clause: at most two words before it (an adverb
#: or connective, "Then", "But later"), a comma, a pronoun or a name of up to three capitalized words, a speech verb
#: in the past or present and a comma ('Then, he said, Pistorius apologized, saying: "..."'; spk144).
_SPK144_OPENING_ASIDE_RE = re.compile(r"\s*(?:[A-Za-z]+\s+)?[A-Za-z]+\s*,\s*(?:he|she|they|[A-Z][\w.\-'’]*(?:\s+[A-Z]"
                                      r"[\w.\-'’]*){0,2})\s+(?:also\s+)?(?:said|says|added|adds|recalled|recalls|"
                                      r"testified|told\s+(?:the\s+)?(?:court|jury|reporters))\s*,\s+")


def spk144_subject_past_aside(art: _Article, s: Sent, clause_lo: int, vpos: int) -> int | None:
    """Where the clause of a speech verb at ``vpos`` starts past a reporting aside after its opening adverb
    (:data:`_SPK144_OPENING_ASIDE_RE`: 'Then, he said, Pistorius apologized, saying: "..."'), when no speaker is named
    before the aside and a speaker is named after it, before the verb: the words after the aside have their own
    subject, which says the quote; the aside's "he" reports the whole sentence. None when there is no such aside."""
    body = art.body
    aside = _SPK144_OPENING_ASIDE_RE.match(body, clause_lo, vpos)
    if aside is None or any(m.entity is not None and m.entity.label in SPEAKER_LABELS
                            and s.sentence.start + m.start < aside.start() + len(aside.group(0).split(",")[0])
                            and s.sentence.start + m.end > clause_lo for m in s.mentions):
        return None
    if not any(m.entity is not None and m.entity.label in SPEAKER_LABELS and aside.end() <= s.sentence.start + m.start
               and s.sentence.start + m.end <= vpos for m in s.mentions):
        return None
    return aside.end()


def _parenthetical_speaker(art: _Article, s: Sent, hi: int) -> tuple[str, Any, str] | None:
    """The subject of a speech clause set off by commas inside the clause before a quote (:data:`_PARENTHETICAL_SPEECH_RE`:
    'Mueller's office, the report said, learned of Trump's orders to Cohen "through interviews ..."'), when it is the
    only speech verb between the sentence's start and the quote (else that verb's subject speaks, as before) and the
    clause it interrupts opens before it: the report, never a name in the clause's object ("Trump's orders", which
    the possessed-appeal reading took on main). Read by :func:`_speech_subject` on the set-off words (spk76)."""
    body = art.body
    lo = s.sentence.start
    aside = None
    for aside in _PARENTHETICAL_SPEECH_RE.finditer(body, lo, hi):
        pass
    inverted = None
    for inverted in _INVERTED_PARENTHETICAL_RE.finditer(body, lo, hi):
        pass
    if inverted is not None and (aside is None or inverted.start() > aside.start()):
        aside = inverted  # 'The change, writes Joel Cohen, could "..."' (spk130)
    else:
        inverted = None
    if aside is None or not re.search(r"[A-Za-z]", body[lo : aside.start()]) or _QUOTE_MARK_RE.search(
            body, lo, aside.end()):
        return None
    verb_at = aside.start(1) if inverted is not None else aside.start(2)
    if any(v.start() != verb_at and not re.search(r"(?:['’]s?|\b(?i:the|a|an|his|her|its|their))\s+$",
                                                  body[max(lo, v.start() - 12) : v.start()])
           for v in _VERB_RE.finditer(body, lo, hi)):
        return None  # another speech verb in the sentence before the quote (not a noun so spelled: "Trump's
        # orders"): its subject is the rules' answer
    if inverted is not None:
        who = _name_after(art, s, aside.start(2), aside.end(2))
        return (who[0], who[1], "before") if who is not None and who[0][:1].isupper() else None
    got = _speech_subject(art, s, aside.start(1), aside.start(2))
    if got is None:
        got = _clause_subject_before(art, s, aside.start(1), aside.start(2))
    if got is None and (unnamed := indefinite_person(aside.group(1))) is not None:
        got = unnamed, None, "before"  # 'Nor should it, one person noted, be regarded as "..."': someone unnamed
        # (spk130)
    return got


#: "His/Her <appeal> to|for|that ..." right before a quote its complement runs into ("his pledge that", "her call
#: for", "his assurance that"): :data:`_APPEAL_NOUNS` (and "assurance") owned by a pronoun, as
#: :data:`_POSSESSED_APPEAL_RE` reads them owned by a name (spk143; spk144's pledge, vow and assurance folded in by
#: spk147).
_SPK143_PRONOUN_APPEAL_RE = re.compile(r"\b([Hh]is|[Hh]er)\s+(?:[a-z\-]+\s+){0,1}(" + _APPEAL_NOUNS
                                       + r"|assurances?)\s+(?:to|for|that)\s+[^\"“”.;:()\n]{0,100}$")


def spk143_pronoun_appeal(body: str, lo: int, hi: int) -> re.Match[str] | None:
    """The "his"/"her" owning an appeal noun whose to-, for- or that-complement runs into the quote at ``hi``
    ('But his pledge that "the United States is going to continue to lead efforts ..."' after 'Mr. Obama blamed
    Russia ...': Obama's words; spk143, blind-speakers91), or None; None too when a speech verb stands between the
    noun and the quote (its subject speaks), as :func:`_possessed_appeal` reads a name's appeal."""
    got = _SPK143_PRONOUN_APPEAL_RE.search(body, lo, hi)
    if got is None or _VERB_RE.search(body, got.end(2), hi):
        return None
    return got


def _possessed_appeal(body: str, lo: int, hi: int) -> re.Match[str] | None:
    """The possessive before a quote that runs on from a possessed appeal's complement (``_POSSESSED_APPEAL_RE``:
    'X praised the pope's call to fix "..."'), or None when a speech verb stands between them ('Jones rejected
    Smith's call to resign and said it was "..."': the verb's subject speaks). Over the 235 English Multi-News
    clusters measured (blind-speakers38/39's left out) the shape (with the verb check) stands before 2 quotes
    (mn:0108, both the pope's words credited to the senator praising or dismissing them)."""
    got = _POSSESSED_APPEAL_RE.search(body, lo, hi)
    if got is None or _VERB_RE.search(body, got.start(), got.start(1)) or _VERB_RE.search(body, got.end(1), hi):
        return None  # (the appeal noun itself may be a verb's form: "calls")
    return got


def _attribute_own(art: _Article, qs: int, qe: int, s: Sent, se: Sent,
                   after: bool = True) -> tuple[str | None, Any, str]:
    """The attribution in the quote's own sentences (steps 1-3 of the module docstring). ``how`` is "governed"
    with no speaker when a speech verb governs the quote but its subject is no speaker (a place, words NER
    and the cue lists do not know): the quote is then not a continuation of an earlier speaker's. ``after``
    False skips step 1 (the medium relaying the sentence after the quote)."""
    body = art.body
    open_at = qs - (2 if body[max(0, qs - 2) : qs] in ("``", "''") else 1)
    split_second = re.search(r"[\"”]\s*(?:[\w.\-'’]+\s+){1,4}(?:said|says|added|adds|continued|wrote)\s*,\s*$",
                             body[max(0, open_at - 60) : open_at]) or re.search(
        r"''\s*(?:[\w.\-'’]+\s+){1,4}(?:said|says|added|adds|continued|wrote)\s*,\s*$", body[max(0, open_at - 60) : open_at])
    by = _BY_AGENT_RE.match(body, qe + (2 if body.startswith("''", qe) else 1), se.sentence.end) if (
        _PASSIVE_AS_RE.search(body, max(s.sentence.start, open_at - 90), open_at)) else None
    if by:  # 'Recognized as "one of the nation's premier plaintiffs' firms" by The American Lawyer': the agent
        who = _name_after(art, se, by.end(), min(se.sentence.end, by.end() + 60))
        if who is not None:
            return who[0], who[1], "after"
    glued = body[qe - 1 : qe] in (".", "!") and _GLUED_CLOSE_RE.match(body, qe - 1)
    turn = introduces_next_quote(body, qe, qe + (2 if body.startswith("''", qe) else 1), se.sentence.end)
    if after and not split_second and not glued and not turn:  # ('"...," Serna said, "and this was ...," ...': the
        # second half of a quote its speaker split, whatever verb follows it; '... this is why I'm here."Channel 3
        # called the FDA ...': a sentence the scrape glued onto the quote's closing stop is no attribution after it;
        # '"Dad, how will you feel ...?" He said, "I'll be fine."': the next turn of a dialogue, not this quote's)
        got = _attribute_after(art, qs, qe, s, se)
        if got is not None:
            return got
    # 2. before the quote, within its sentence
    after_lo = qe + (2 if body.startswith("''", qe) else 1)
    after_hi = min(se.sentence.end, after_lo + AFTER_WINDOW)
    open_len = 2 if body[max(0, qs - 2) : qs] in ("``", "''") else 1
    before_lo = max(s.sentence.start, qs - open_len - BEFORE_WINDOW)
    label = _LIST_LABEL_RE.search(body, max(0, qs - open_len - 60), qs - open_len)
    if label and not _has_place(s, label.start(1), label.end(1)):  # '* AP - "..."'
        return label.group(1), None, "before"
    tag = _TRANSCRIPT_TAG_RE.search(body, max(0, qs - open_len - 40), qs - open_len)
    if tag:  # a transcript's speaker tag ('who said: CHECKETT: "..."'): a person the article names
        known = _known_person(art, tag.group(1).title(), whole=False)
        if known[1] is not None:
            return known[0], known[1], "before"
    put = _AS_PUT_RE.search(body, before_lo, qs - open_len)
    if put and not _has_place(s, put.start(1), put.end(1)):  # 'As that report put it, "..."': a speech frame,
        who = _name_after(art, s, put.start(1), put.end(1)) if put.group(1)[:1].isupper() else None  # whoever
        return (who[0], who[1], "before") if who is not None else (" ".join(put.group(1).split()), None, "before")
    written = _written_object(art, s, before_lo, qs - open_len)
    if written is not None:  # 'with one banner reading: "..."': the banner's words, not the clause's subject's (spk64)
        return written, None, "before"
    relayed = list(_RELAYED_BEFORE_RE.finditer(body, before_lo, qs - open_len))
    if relayed:  # 'El Mundo has quoted an Air Comet pilot ... as saying he witnessed "..."'
        who = _name_after(art, s, relayed[-1].start(1), relayed[-1].end(1))
        if who is not None:
            return who[0], who[1], "before"
    aside_said = _parenthetical_speaker(art, s, qs - open_len)
    if aside_said is not None:  # 'Mueller's office, the report said, learned of Trump's orders to Cohen "..."' (spk76)
        return aside_said
    owned = _POSSESSIVE_WORDS_RE.search(body, before_lo, qs - open_len) or _possessed_appeal(body, before_lo,
                                                                                             qs - open_len)
    if owned and _CHARACTERIZED_RE.search(body, before_lo, owned.start()):
        owned = None  # 'X called Corbett's remark "an absurd comparison ..."': X's words about the remark, the
        # verb's subject speaks (below), not the one whose remark it is
    if owned:  # "Prodigy's line "I'm only 19 ...""
        own = [m for m in _speakers_in_possessive(art, s, before_lo, owned.start())]
        if own:
            return own[-1].entity.name, own[-1].entity, "before"
        bare = re.search(r"(?<![\w.\-'’])(" + _NAME + r")$", body[before_lo : owned.start()])
        known = [m for x in art.sents for m in x.mentions if bare and m.entity is not None
                 and m.text == bare.group(1) and m.entity.label in SPEAKER_LABELS]
        if known:  # a name NER missed here but typed elsewhere in the article
            return known[0].entity.name, known[0].entity, "before"
        common = re.search(r"(?<![\w'’])((?:the|a|an)\s+)?([a-z][a-z\-]{2,})$", body[before_lo : owned.start()])
        if common and not bare and common.group(2) not in ("it", "one", "that", "this", "who", "what", "there"):
            # "the court agrees with plaintiff's assertion that "..."": the possessor, a body or role
            return (common.group(1) or "") + common.group(2), None, "before"
    held = _PRONOUN_CLAIM_RE.search(body, before_lo, qs - open_len)
    if held:  # 'His assertion that psychedelics like DMT "do not explain ..."': the words are his
        who = _resolve_reference(art, held.start(), "he" if held.group(1).lower() == "his" else "she")
        if who is not None:
            return who[0], who[1], "pronoun"
    held = spk143_pronoun_appeal(body, before_lo, qs - open_len) if not held else None
    if held:  # 'But his pledge that "the United States is going to continue ..."': the words are his (spk143)
        who = _resolve_reference(art, held.start(), "he" if held.group(1).lower() == "his" else "she")
        if who is not None:
            return who[0], who[1], "pronoun"
    control = None
    for control in _CONTROL_RE.finditer(body, before_lo, qs - open_len):
        pass
    if control is not None and not _VERB_RE.search(body, control.end(), qs - open_len) and (
            qs - open_len - control.end() < 60):  # 'prompting the BEA to warn against "..."': the BEA warns
        who = _name_after(art, s, control.start(1), control.end(1))
        if who is not None:
            return who[0], who[1], "before"
    part = _PARTICIPLE_BEFORE_RE.search(body, before_lo, qs - open_len)
    if part:  # "then-Justice Rehnquist, writing in dissent in Harrison v. PPG Industries, "..."": the person the
        # participle follows (not "the most eloquent statement ... comes from" before him)
        at = part.start()
        ms = [m for m in _speakers_in(art, s, before_lo, at) if s.sentence.start + m.end == at
              and m.entity.label == "PERSON"]
        if ms:
            return ms[-1].entity.name, ms[-1].entity, "before"
        bare = re.search(r"(?<![\w.\-'’])(" + _NAME + r")$", body[before_lo:at])
        if bare and not _has_place(s, before_lo + bare.start(1), at):
            known = _known_person(art, bare.group(1))
            if known[1] is None and " " not in bare.group(1):
                known = _known_person(art, bare.group(1), whole=False)
            if known[1] is not None:
                return known[0], known[1], "before"
    verbs = sorted([*_VERB_RE.finditer(body, before_lo, qs - open_len),
                    *_STATEMENT_VERB_RE.finditer(body, before_lo, qs - open_len),
                    *_informing_verb(body, before_lo, qs - open_len)], key=lambda v: v.start())
    verbs = [v for v in verbs if not (_PASSIVE_BEFORE_RE.search(body, before_lo, v.start())
                                      and v.group(0).lower() in PASSIVE_FORMS)]
    verbs = [v for v in verbs if not plural_noun_not_verb(body, v.start(), v.group(0))]  # ("giving orders": a noun)
    # ('one in which officers are posted at events and "ensure the safety ..."', 'X was warned that "..."': a
    # passive verb, no one speaking; until spk84 nine forms listed one at a time, now every past of the lexicon)
    if not verbs:  # 'X shot back, "..."': the clause's verb by its position, whatever the verb (spk60)
        verbs = _clause_verb_before(art, s, se, qs, qe, qs - open_len)
    aside = _ASIDE_CLOSE_RE.search(body, s.sentence.start, qs - open_len)
    opened = None
    for opened in _DASH_RE.finditer(body, s.sentence.start, aside.start() if aside else s.sentence.start):
        pass
    if aside and opened is not None:  # 'White told The Post ... — where Lohan's lawyer X said she was "..." — "I hear
        # ...': the quote hangs on the verb before the aside between dashes, not on one inside it
        outer_lo = max(s.sentence.start, opened.start() - BEFORE_WINDOW)
        outer = sorted([*_VERB_RE.finditer(body, outer_lo, opened.start()),
                        *_STATEMENT_VERB_RE.finditer(body, outer_lo, opened.start())], key=lambda v: v.start())
        if outer and any(v.start() > opened.start() for v in verbs):
            verbs, before_lo = outer, outer_lo
    if len(verbs) > 1 and verbs[-2].re is _STATEMENT_VERB_RE and verbs[-1].group(0).lower() in (
            "saying", "stating") and re.fullmatch(r"\s*(?:[\w\-]+\s+){0,2}", body[verbs[-2].end() : verbs[-1].start()]):
        verbs = verbs[:-1]  # "X's campaign issued a statement later saying ...": whoever issued it speaks, not "a
        # statement" (the participle's own subject)
    while verbs and verbs[-1].group(0).lower() in ("said", "told") and _PASSIVE_BEFORE_RE.search(
            body, before_lo, verbs[-1].start()):  # 'The patient was said to have been "near death ..."': a passive
        if len(verbs) == 1 or verbs[-2].start() < s.sentence.start:  # speech verb names no speaker, and the quote
            return None, None, "governed"  # continues no one's
        verbs = verbs[:-1]  # 'He has also said the jury should not be told that ..., because "..."': the passive is
        # inside the reported clause of an active speech verb before it, whose subject speaks
    if verbs:
        vpos = verbs[-1].start()
        who_at = re.search(r",\s*(?:who|which)\s+(?:(?:in|on|at|during|after|before|late|early|earlier)\s"
                           r"[^,;\"“”]{0,70}?\s)?(?:also\s+|later\s+)?$", body[before_lo:vpos])
        if who_at is None and verbs[-1].group(0).lower() in ("saying", "stating"):
            # 'the U.S. Conference of Catholic Bishops, which wrote several letters to Congress saying "..."': the
            # participle's subject is the relative clause's, whom "which" follows (not the sentence's subject)
            who_at = re.search(r",\s*(?:who|which)\s+(?:also\s+|later\s+|had\s+|has\s+|have\s+)?[a-z]+\s"
                               r"[^,;\"“”]{0,70}$", body[before_lo:vpos])
        if who_at:  # '..., said an official in Tanzania, who added, "..."': whom "who" follows (also over a
            # phrase of time or place: "the finance ministers, who in a statement on Sunday night said ...")
            got = _antecedent(art, s, before_lo, before_lo + who_at.start(),
                              person="who" in who_at.group(0).split())
            if got is not None:
                return got[0], got[1], "before"
        for_at = _FOR_GERUND_RE.search(body, before_lo, vpos) if verbs[-1].group(0).lower().endswith("ing") else None
        held = [m for m in s.mentions if for_at and m.entity is not None and m.entity.label in SPEAKER_LABELS
                and s.sentence.start + m.end <= for_at.start()
                and not body[s.sentence.start + m.end : for_at.start()].strip()]
        if held:  # 'no ill will toward Ms. Palin for saying recently that Mr. Obama was "..."': the one blamed or
            # praised for saying it speaks, not the sentence's subject
            return held[-1].entity.name, held[-1].entity, "clause"
        that_at = _THAT_SAYS_RE.search(body, before_lo, verbs[-1].end())
        if that_at and that_at.end() == verbs[-1].end() and not any(
                m.entity is not None and m.entity.label in SPEAKER_LABELS and that_at.start(1) <= s.sentence.start + m.start
                for m in s.mentions if s.sentence.start + m.end <= that_at.end(1)):
            # 'the part of the U.S. code that says: "..."': the thing "that" follows speaks (not the sentence's
            # subject, "Critics say the Sestak job offer ...", nor a person named in the clause)
            return " ".join(that_at.group(1).split()), None, "before"
        group_who = _GROUP_WHO_RE.search(body, before_lo, vpos)
        if group_who:  # 'report researchers who contend the system is "collapsing ..."': the plural role the
            return group_who.group(1), None, "before"  # restrictive "who" follows speaks
        clause_lo = _clause_start(body, before_lo, vpos)
        if s.sentence.start < before_lo:  # the window cut a subject a long relative clause describes
            full_lo = _clause_start(body, s.sentence.start, vpos)
            if any(rx.match(body, full_lo, vpos) for rx in (_RELATIVE_SUBJECT_RE, _RELATIVE_NOMINAL_RE)):
                clause_lo = full_lo
        if (past := spk144_subject_past_aside(art, s, clause_lo, vpos)) is not None:
            clause_lo = past  # 'Then, he said, Pistorius apologized, saying: "..."': the clause after the aside (spk144)
        if verbs[-1].re is _INFORMING_RE:  # the reported clause after a speech verb before it ("... said the White
            # House had informed her that"): its subject is read from after that verb (and its "that")
            outer = [v for v in verbs[:-1] if v.re is _VERB_RE and clause_lo <= v.start()]
            if outer:
                clause_lo = re.compile(r"\s*(?:that\s+)?").match(body, outer[-1].end()).end()
        got = _speech_subject(art, s, clause_lo, vpos)
        if got is None:  # 'The fire service vented on Twitter: "..."': a noun phrase whatever its head (spk60)
            got = _clause_subject_before(art, s, clause_lo, vpos)
        first = next((v for v in verbs if v.re is _VERB_RE and clause_lo <= v.start() < vpos), None)
        if (first is not None and verbs[-1].group(0).lower() in ("saying", "adding", "stating", "telling")
                and re.search(r",\s*$", body[clause_lo:vpos]) and not first.group(0).lower().endswith("ing")
                and not re.search(r"[\"“”]|``|''", body[clause_lo:vpos])):
            # 'Colter told the hearing that players' performance ... was more important ..., saying, "..."': the
            # participle's subject is the subject of the finite speech verb its clause opens with (Colter), not a
            # noun phrase inside that verb's object
            main = _speech_subject(art, s, clause_lo, first.start())
            if main is not None:
                got = main
        if (reported := _reported_participle_subject(art, s, clause_lo, verbs)) is not None:
            got = reported  # '... told reporters that Hiller called 911, saying "..."': Hiller (spk103)
        if (got is None and verbs[-1].group(0).lower() in ("saying", "adding", "stating", "telling")
                and re.search(r",\s*$", body[clause_lo:vpos])
                and (opening := _SUBJECT_ASIDE_VERB_RE.match(body, clause_lo, vpos)) is not None):
            # "Strzok's attorney, meanwhile, blasted the bureau on Monday, saying the deputy director "...": the
            # participle's subject is the clause's, whatever its verb, past the adverb set off by commas (spk76)
            got = _subject_before_aside(art, s, clause_lo, opening.end(1))
        if got is not None and verbs[-1].re is _VERB_RE and _INVERTED_AFTER_QUOTE_RE.search(body, clause_lo, vpos):
            # '"I think the radical statement of the movement is that ...," said Carpenter. "We are everywhere
            # ..."': a verb right after an earlier quote's closing mark has its subject after it (Carpenter), never
            # words of that quote before it
            who = _name_after(art, s, verbs[-1].end(), qs - open_len)
            got = (who[0], who[1], "before") if who is not None else None
        if got is None and verbs[-1].re is _VERB_RE and verbs[-1].group(0).lower() not in LISTENER_VERBS and (
                inv_name := _INVERTED_NAME_RE.fullmatch(body, verbs[-1].end(), qs - open_len)) is not None:
            # (never the name after "told"/"tells": the listener, 'As one of his buddies tells Maraniss: "..."'; spk136)
            who = _name_after(art, s, verbs[-1].end(), qs - open_len)  # 'And, said Malkan, "..."': the name
            if who is None and "[" in inv_name.group(0):  # 'says [population biologist Joel] Cohen, "..."': the
                # name an editor's brackets cut, read whole (spk130)
                words = re.findall(r"[A-Z][\w.\-'’]*", inv_name.group(0))
                who = (" ".join(words), None) if len(words) >= 2 else None
            if who is not None and who[0][:1].isupper():  # between the verb and the quote
                got = (who[0], who[1], "before")
        if got is None and verbs[-1].re is _VERB_RE and verbs[-1].group(0)[:1].isupper() and (
                inverted := _INVERTED_NOMINAL_RE.fullmatch(body, verbs[-1].end(), qs - open_len)) is not None:
            # 'Said one top House aide: "..."': a nominal after the verb that opens the clause speaks (spk130)
            nom = _nominal(art, inverted.start(1), inverted.end(1))
            if nom is not None and nom[2] == inverted.start(1):
                got = (nom[0], nom[1], "before")
            elif (unnamed := indefinite_person(inverted.group(1))) is not None:
                got = (unnamed, None, "before")
        if got is None and verbs[-1].re is _VERB_RE and (
                who := _inverted_appositive_before_quote(art, s, verbs[-1], qs - open_len)) is not None:
            got = (who[0], who[1], "before")  # 'The new plan, said X, the director of ..., "..."'
        if s.sentence.start < before_lo and (got is None or not _a_person(got[0], got[1])
                                             or _cut_object(body, s.sentence.start, before_lo, vpos, got[0])):
            # the window cut the clause: 'Jon Golinger, consumer program director of <ORG>, co-sponsor of ...,
            # called the cutoff "..."' (a long appositive): the person opening the clause, not the body inside it;
            # also when what the cut clause gave is a preposition's object ('X, a reporter for Funke Mediengruppe,
            # a newspaper ..., said': the window started inside "Funke", leaving "Mediengruppe")
            whole = _speech_subject(art, s, _clause_start(body, s.sentence.start, vpos), vpos)
            if whole is not None and whole[1] is not None and _a_person(whole[0], whole[1]) and any(
                    m.entity is whole[1] and _SUBJECT_OPENING_RE.match(s.text[: m.start]) for m in s.mentions):
                got = whole  # (only a person opening the sentence: not "the demise of Steve Forbes' campaign")
        if s.sentence.start < before_lo and (got is None or got[1] is None) and (head := _subject_before_appositive(
                art, s, _clause_start(body, s.sentence.start, vpos), vpos, True, None)) is not None:
            got = head  # the window cut inside the appositive's name ("Academy of Sciences"): the subject before it
        if got is not None:
            return got
    # 3. according to X
    for lo, hi, sent in ((after_lo, after_hi, se), (before_lo, qs - open_len, s)):
        acc = _ACCORDING_RE.search(body, lo, hi)
        if acc:
            doc = _DOCUMENT_FROM_RE.match(body, acc.end(), hi)
            if doc:  # 'According to a statement from a Fitbit representative, "..."': whoever the statement is from
                who = _name_after(art, sent, doc.end(), min(hi, doc.end() + 60))
                if who is not None:
                    return who[0], who[1], "according to"
            carried = _outlet_of_report(art, sent, acc.end(), hi)  # "according to a report in The New York Times"
            if carried is not None:
                return carried[0], carried[1], "according to"
            group = _ACCORDING_GROUP_RE.match(body, acc.end(), hi)
            # "According to state troopers, Zirkle was ... hit on "...": a plural common noun closed by its comma
            # is the source, not the name the main clause opens with (spk37, blind-speakers27)
            who = (" ".join(group.group(1).split()), None) if group else None
            thing = _ACCORDING_THING_RE.match(body, acc.end(), hi) if who is None else None
            if thing and thing.group(2).lower() not in PERSON_ROLES and thing.group(2).lower() not in KIN_ROLES:
                who = (" ".join(thing.group(1).split()), None)  # "According to the ad, the McRibster features, "...""
                # (spk43): a thing or body named by a common noun and closed by its comma is the source, as a plural
                # noun is, not the name the main clause opens with; a person's role ("the spokesman, Jane Roe,")
                # is left to the name after it
            window = _past_long_name(sent, acc.end(), min(hi, acc.end() + 60), hi)
            who = who or _name_after(art, sent, acc.end(), window) or spk146_according_body(sent, body, acc.end(), hi)
            # (the last: '"...," according to Mayo Clinic.', NER's organization the entity typed a site: spk146)
            if who is None:  # "according to court documents"
                plain = re.match(r"\s+((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*s)\b\s*(?=[,.;]|$)", body[acc.end() : hi])
                if plain is None:  # "According to the Bureau, "..."": a body named by a capitalized noun NER missed
                    plain = re.match(r"\s+(the\s+[A-Z][\w\-]+(?:\s+(?:of\s+)?[A-Z][\w\-]+){0,3})\s*(?=[,.;:]|$)",
                                     body[acc.end() : hi])
                    if plain is not None and _has_place(sent, acc.end(), acc.end() + plain.end()):
                        plain = None
                if plain is None:  # '"...," according to the history': a document named by a common noun
                    plain = re.match(r"\s+(the\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s*(?=[,.;:]|$)", body[acc.end() : hi])
                who = (plain.group(1), None) if plain else None
            if who is not None:
                return who[0], who[1], "according to"
    # 'To Slater, Prozac is "the Elizabeth Arden of psychopharmacology"': the view, and the words, are hers
    view = _TO_VIEW_RE.match(body, s.sentence.start, qs)
    if view:
        known = _known_person(art, view.group(1))
        if known[1] is None and " " not in view.group(1):
            known = _known_person(art, view.group(1), whole=False)
        if known[1] is not None and known[1].label == "PERSON":
            return known[0], known[1], "before"
    # 4. a sentence opened by "he"/"she" ('He also repeated his view that there were "elements of ..."')
    opener = _PRONOUN_RE.match(body, s.sentence.start, min(qs, s.sentence.start + 4))
    if opener and body[opener.end() : opener.end() + 1] == " ":
        who = _resolve_reference(art, s.sentence.start, opener.group(1))
        if who is not None:
            return who[0], who[1], "pronoun"
    # 5. the subject opening a sentence that quotes inside it ('Human Rights Watch likened the meeting to "..."')
    if qs - s.sentence.start > 0:
        # (past a wire dateline when no speech verb stands before the quote, "LIVINGSTON, N.J. — Gov. X declared ...,
        # vowing that "..."": X opens the sentence; not '... by a judge who said he "..."', whose verb the rules did
        # not read; else from the sentence's start, where NER may have joined a label to the name: "GOLDMAN
        # GRADUATION - Per Goldman Sachs")
        dateline = DATELINE_PREFIX_RE.match(s.text)
        for d in ((dateline.end(), 0) if dateline is not None and s.sentence.start + dateline.end() < qs and not verbs
                  else (0,)):
            bare = _BARE_OPENING_RE.match(s.text, d)
            if bare and _full_name(bare.group(1)) and not any(d <= m.start < bare.end(1) for m in s.mentions
                                                              if m.entity is not None):
                return bare.group(1), None, "subject"  # a full name NER missed opens the sentence
            if bare and " " not in bare.group(1) and not any(d <= m.start < bare.end(1) for m in s.mentions
                                                             if m.entity is not None):
                known = _surname_person(art, bare.group(1))  # "DeGeneres also earned praise ... by asking, "..."":
                if known is not None:  # the person the article names in full, NER missing the surname here
                    return known.name, known, "subject"
            ms = [m for m in _speakers_in(art, s, s.sentence.start + d, qs - open_len)
                  if m.start >= d and _SUBJECT_OPENING_RE.match(s.text[d : m.start])]
            if ms and ms[0].start - d < 60 and not re.search(r"[\"“”]|``|''", s.text[d : ms[0].start]):
                return ms[0].entity.name, ms[0].entity, "subject"
    return None, None, "verb" if verbs else ""


#: The text before a quote closing on a participle or relative clause that shows a written thing's words ("with
#: one banner reading: "..."", "signs ... that read: "..."", "a hat that said, "..."", "a valve captioned: "...""):
#: group 1 the words before the frame, a noun phrase at their end.
_WRITTEN_FRAME_RE = re.compile(r"(.*?[a-z][\w\-]*[a-z])(?:\s+(?:[a-z]+ly|afterwards?|later))?\s*,?\s+"
                               r"(?:(?:that|which)\s+(?:read|reads|said|says)|reading|captioned)\s*[:,]?\s*$", re.S)
_WRITTEN_FRAME_END_RE = re.compile(r"(?:reading|captioned|read|reads|said|says)\s*[:,]?\s*$")
_NP_DETERMINERS = ("a", "an", "the", "one", "two", "its", "his", "her", "their", "this", "that", "these", "those")
#: Prepositions of place before a noun phrase: "signs around its 670 schools that read:" shows the signs' words,
#: not the schools'.
_PLACE_PREPOSITIONS = ("around", "in", "at", "on", "across", "outside", "inside", "near", "throughout", "along",
                       "of", "over")
#: Words that end no noun phrase ("grew up reading ``Steve Canyon''": a person reading, no written thing).
_NOT_NP_HEADS = ("up", "down", "out", "in", "on", "off", "about", "by", "from", "with", "for", "to", "of", "he",
                 "she", "it", "they", "we", "i", "you", "who", "one", "and", "or", "but", "also", "not", "was", "is")


def _np_start(words: list[str], end: int) -> int:
    """Where the noun phrase ending before ``words[end]`` starts: its first determiner or possessive within the four
    words before ("the committee's dedication"), else its last word."""
    return min((i for i in range(max(0, end - 4), end) if words[i].lower() in _NP_DETERMINERS
                or re.search(r"['’]s?$", words[i])), default=end - 1)


def _written_object(art: _Article, s: Sent, lo: int, hi: int) -> str | None:
    """The written thing whose words a quote gives, from the text before it in its sentence ('..., with one banner
    reading: "Take off ..."'; '..., standing behind a sign reading: "..."'; '... signs around its 670 schools that
    read: "..."'): the lower-case noun phrase right before "reading", "captioned" or "that/which read/said" (from
    its determiner, else its last word), never a pronoun, a name or a person's role (they speak by the rules
    around it). Class E of spk48 (a frame with no speech verb: "a banner reading:", "captioned:"), read by its
    shape: the participle or relative clause shows the object's text."""
    if not _WRITTEN_FRAME_END_RE.search(art.body, max(lo, hi - 40), hi):
        return None  # (most quotes: no frame, and the frame's reading of the words before is not run)
    m = _WRITTEN_FRAME_RE.match(art.body, lo, hi)
    if m is None:
        return None
    words = m.group(1).split()[-14:]
    at = _np_start(words, len(words))
    while at >= 2 and words[at - 1].lower() in _PLACE_PREPOSITIONS and re.fullmatch(
            r"[a-z][\w\-'’]*", words[at - 2]) and not re.search(r"(?:ed|ing)$", words[at - 2]) and (
            words[at - 2].lower() not in _NP_DETERMINERS):
        # "the committee's dedication at the top of the standards, which said:", "signs around its 670 schools
        # that read:": the first noun phrase of the chain shows the words, not a place or part named after it
        at = _np_start(words, at - 1)
    phrase = words[at:]
    if len(phrase) == 1 and phrase[0].lower() in _NP_DETERMINERS:
        return None
    if at > 0 and words[at - 1].lower() in ("being", "be", "is", "was", "are", "were", "been", "become", "became"):
        return None  # 'Michelle ... being that anchor that says, "..."': a predicate about the speaker, no thing
    head = phrase[-1]
    if not re.fullmatch(r"[a-z][\w\-]*", head) or head in _NOT_NP_HEADS or head.endswith("ly") or (
            NOMINAL_SPEAKER_RE.search(" ".join(phrase))) or _names_a_document("the " + head) or _names_a_document(
            "the " + head.removesuffix("s")):  # (a statement or letter "that said" is its issuer's: the rules after it)
        return None  # a pronoun, a name or a role: a person reads, says or is captioned, as the rules around it read
    return " ".join(phrase).rstrip(",")


def _unless_relayed(art: _Article, qs: int, qe: int, s: Sent, se: Sent, verb: re.Match[str],
                    got: tuple[str | None, Any, str]) -> tuple[str | None, Any, str]:
    """``got``, the speaker after a quote, unless it is a body that "reported" or "said" a sentence whose speaker
    comes before the quote ('But he cautioned that it would be complex ``because ...,'' the news agency reported';
    'Commanders ... ordered all officers to ``fight ...,'' Xinhua reported'; 'Chen said that reports were trying
    to ``...,'' the newspaper said'): then that speaker."""
    if verb.group(1).lower() not in ("reported", "reports", "said", "says") or _a_person(got[0], got[1]):
        return got
    inner = _attribute_own(art, qs, qe, s, se, after=False)  # a speech verb's subject, not just the sentence's
    if inner[0] is None:  # 'But the committee also ``hopes ...,'' Xinhua said': the body opening the sentence
        opener = _OPENING_NOMINAL_RE.match(art.body, s.sentence.start, qs)
        if opener:
            return " ".join(opener.group(1).split()), None, "before"
    return inner if inner[0] is not None and inner[2] in ("before", "pronoun") else got


def _participle_after_quote(body: str, after_lo: int, v: re.Match[str]) -> bool:
    """Whether the speech verb ``v`` found after a quote is a participle right after the quote's mark ('to "let
    everybody participate, good & bad," saying that while networks like CNN ...'): an "-ing" form is never an
    inverted attribution ('"...," said X'), so nothing after it names the quote's speaker; the subject of the
    clause before the quote does (spk76)."""
    return v.group(0).lower().endswith("ing") and not re.search(r"[A-Za-z]", body[after_lo : v.start()])


def _titled_person_before_verb(se: Sent, lo: int, vpos: int) -> bool:
    """Whether ``body[lo:vpos]`` ends on a comma, then at most eight words that end on a person's name NER found,
    right before the verb at ``vpos``: ', Honduran army Maj. Freddy Diaz Celaya said.' (a title too long for the
    four words ', French officials said' may have)."""
    clause = se.sentence.article.body[lo:vpos]
    if not re.search(r",\s*(?:[\w.\-'’]+\s+){1,8}$", clause):
        return False
    comma = lo + clause.rindex(",")
    return any(m.entity is not None and m.entity.label == "PERSON" and se.sentence.start + m.start > comma
               and not se.sentence.article.body[se.sentence.start + m.end : vpos].strip() for m in se.mentions)


#: A sentence opening on a name, a comma, an appositive of any kind closed by a comma, at most one "-ly" adverb, then
#: a speech verb ('Silvan Shalom, the science minister, reportedly yelled at Netanyahu.'), the verb further than the
#: fifty characters :func:`_attribute_after` reads a sentence after a question's quote for (spk128).
_APPOSED_NAME_THEN_VERB_RE = re.compile(r"\s*" + _NAME + r"\s*,\s*" + _ANY_APPOSITIVE
                                        + r"[^,;:\"“”`]{1,80},\s*(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?")


def _apposed_name_then_verb(text: str) -> bool:
    """Whether ``text`` opens on a name set off by an appositive right before a speech verb
    (:data:`_APPOSED_NAME_THEN_VERB_RE`)."""
    m = _APPOSED_NAME_THEN_VERB_RE.match(text)
    return m is not None and _VERB_RE.match(text, m.end()) is not None


#: What may follow the speech verb of a trailing attribution of a quoted phrase inside its clause, to the sentence's
#: end: a prepositional phrase of the time or the medium ('..., lawyers for Picard said in Monday's filing.', '...,
#: officials said in a statement on Monday.'), at most six words, possessives allowed (spk144).
_SPK144_PLACE_TAIL_RE = re.compile(r"\s*(?:in|on|at|during|after|before|via|through)\s+(?:[\w\-]+(?:['’]s)?\s*){1,6}"
                                   r"[.!?]?[\"'”’]*\s*")


def spk144_place_tail(body: str, lo: int, hi: int) -> bool:
    """Whether ``body[lo:hi]`` (after a trailing speech verb, to the sentence's end) is one short prepositional
    phrase of when or where the words were said (:data:`_SPK144_PLACE_TAIL_RE`)."""
    return _SPK144_PLACE_TAIL_RE.fullmatch(body, lo, hi) is not None


#: A whole sentence that is nothing but an attribution: a name of one to three capitalized words (or "he"/"she"),
#: a speech verb with no object and, perhaps, a short phrase of where or when ('Lerena said in court.'; spk144).
_SPK144_BARE_ATTRIBUTION_RE = re.compile(r"\s*(?:[A-Z][\w.\-'’]*(?:\s+[A-Z][\w.\-'’]*){0,2}|[Hh]e|[Ss]he)\s+"
                                         r"(?:also\s+)?(?:said|says|added|adds|told\s+(?:the\s+)?(?:court|jury|reporters))"
                                         r"(?:\s+(?:in|on|at|during|after|before)\s+(?:[\w\-]+(?:['’]s)?\s*){1,4})?"
                                         r"\s*\.\s*")


def spk144_bare_attribution(art: _Article, qs: int, qe: int, se: Sent, after_lo: int) -> Sent | None:
    """The next sentence, in the quote's paragraph, when the quote's closing stop ended its sentence and that next
    sentence is an attribution alone (:data:`_SPK144_BARE_ATTRIBUTION_RE`: '"He did say, 'Fresco, take the blame
    because this could be big.'" Lerena said in court.', the splitter cutting after the nested closing marks): a
    speech verb with no object of its own can only attribute the words before it. None otherwise."""
    body = art.body
    if se.sentence.end > after_lo + 1 or not re.search(r"[.]\W{0,3}$", body[max(qs, qe - 4) : qe]):
        return None
    ws = len(body[after_lo:]) - len(body[after_lo:].lstrip(" "))
    j = art.sentence_at(after_lo + ws)
    nxt = art.sents[j] if j is not None else None
    if nxt is None or nxt is se or art.paragraph_at(nxt.sentence.start) != art.paragraph_at(qs) or "\n" in body[
            after_lo : nxt.sentence.start]:
        return None
    return nxt if _SPK144_BARE_ATTRIBUTION_RE.fullmatch(body, nxt.sentence.start, nxt.sentence.end) else None


def _attribute_after(art: _Article, qs: int, qe: int, s: Sent, se: Sent) -> tuple[str | None, Any, str] | None:
    """Step 1 of :func:`_attribute_own`: the attribution after the quote, None when there is none. A medium
    reporting the sentence ('he cautioned that ... ``...,'' the news agency reported') gives way to the speaker
    the sentence names before the quote."""
    body = art.body
    # 1. after the quote, when the quote ends its clause ('"...," X said'; not 'a website "run by X" states')
    after_lo = qe + (2 if body.startswith("''", qe) else 1)
    if re.search(r"[?!]\W{0,2}$", body[max(qs, qe - 3) : qe]) and se.sentence.end <= after_lo + 1:
        j = art.sentence_at(len(body[:after_lo]) + len(body[after_lo:]) - len(body[after_lo:].lstrip()))
        nxt = art.sents[j] if j is not None else None
        if (nxt is not None and nxt is not se and art.paragraph_at(nxt.sentence.start) == art.paragraph_at(qs)
                and (_VERB_RE.search(nxt.text[:50]) or _apposed_name_then_verb(nxt.text))
                and re.match(r"\s*(?:[A-Z]|(?:the|a|an|he|she)\s)", nxt.text)
                and not (opens_own_quote(nxt.text) and _attribute_own(art, qs, qe, s, se, after=False)[2] == "before")):
            # (not when the question's own sentence introduced it and the next one quotes its own words: 'X quoted
            # Y as asking, ``...?'' Z said ``...''', spk131)
            se = nxt  # '"Where did you get the nerve?" Walters wanted to know.' segmented after the question mark
            # (or a name set off by an appositive before the verb: '"...?" Silvan Shalom, the science minister,
            # reportedly yelled at Netanyahu.', spk128)
    elif (nxt := spk144_bare_attribution(art, qs, qe, se, after_lo)) is not None:
        se = nxt  # '"... could be big.'" Lerena said in court.': a stop closing the quote before its attribution
    after_hi = min(se.sentence.end, after_lo + AFTER_WINDOW)
    signed = _SIGNED_RE.match(body, after_lo, min(len(body), after_lo + 60))
    if signed and not is_wire_credit(signed.group(1)):  # '"...." - "Fiona"'; not '"..." - AFP' (spk117)
        return signed.group(1), None, "after"
    pulled = _pull_quote_name(art, qs, after_lo)
    if pulled is not None:
        return pulled
    pulled = _pull_quote_outlet(art, qs, after_lo)  # '"Captures to perfection ..." Independent' (spk61)
    if pulled is not None:
        return pulled
    ends_clause = bool(_QUOTE_END_RE.search(body[max(qs, qe - 3) : qe]) or _AFTER_QUOTE_PUNCT_RE.match(body, after_lo))
    v = _VERB_RE.search(body, after_lo, after_hi)
    if v is None:  # '"...," X shot back.': the clause's verb by its position, whatever the verb (spk60)
        v = _clause_verb_after(art, qs, qe, s, se, after_lo)
    if v and (_COORDINATED_AFTER_RE.fullmatch(body, after_lo, v.start()) or (
            v.group(1).lower() == "quoted" and re.search(r"\bas\s*$", body[after_lo : v.start()]))):
        v = None  # '... commented that "...," and asked for X to be activated': a verb coordinated with the one
        # before the quote, whose subject speaks; '"...," as quoted by the BBC': the medium relaying it
    if v and reports_own_clause(body, qe, after_lo, v.start(), v.end()):
        v = None  # '``...?'' Salmon said his refusal to support Gingrich ... was based on ...': a new sentence whose
        # speech verb has its own object clause reports speech of its own, no attribution of the quote (spk130)
    if v and _participle_after_quote(body, after_lo, v):
        v = None  # '... to "let everybody participate, good & bad," saying that while networks like CNN ...': the
        # participle's subject is the clause's before the quote, never a name in its object (spk76)
    if v and v.group(0).lower() in PASSIVE_FORMS and _PASSIVE_BEFORE_RE.search(body, after_lo, v.start()):
        v = None  # 'the strip, "known by its map designation as Area 51," to what was then called the Test Site': a
        # passive verb tells no one speaking
    if v and re.match(r"\s*(?:that|(?:in\s+part\s*)?:)\s*(?:``|[\"“])", body[v.end() : v.end() + 16]):
        v = None  # 'X said that "...", whilst his grandmother, Y, said that "..."': the verb after the quote
        # introduces the next quote, not this one (also by a colon: '"...," the conference produced a Statement,
        # which reads in part: "..."')
    if v and not ends_clause and not re.search(r",\s*(?:(?:he|she|they|it)\s+(?:also\s+)?)?$",
                                               body[after_lo : v.start()], re.I) and not (
            (re.search(r",\s*(?:[\w.\-'’]+\s+){1,4}$", body[after_lo : v.start()])
             or _titled_person_before_verb(se, after_lo, v.start()))
            and (re.fullmatch(r"\s*(?:[\w\-]+\s*){0,3}[.!?]?[\"'”’]*\s*", body[v.end() : se.sentence.end])
                 or spk144_place_tail(body, v.end(), se.sentence.end))):
        v = None  # a quoted phrase inside its clause ('a website "run by X" states'); ', said X', ', they said'
        # and ', French officials said.' ending the sentence still attribute it, and so does a person with a
        # longer title ('"..." with the dogs, Honduran army Maj. Freddy Diaz Celaya said.', spk70)
    if v and (v.start() - after_lo < AFTER_VERB_REACH or re.match(r"[\s,]*" + _NAME + r"\s*,", body[after_lo:v.start()])
              or _NOMINAL_APPOSITIVE_RE.fullmatch(body, after_lo, v.start())
              or _RELATIVE_AFTER_QUOTE_RE.fullmatch(body, after_lo, v.start())  # (spk76)
              or POSSESSED_RELATIVE_AFTER_QUOTE_RE.fullmatch(body, after_lo, v.start())  # (spk131)
              or re.search(r",\s*(?:he|she|they|it)\s+(?:also\s+)?$", body[after_lo : v.start()], re.I)):
        between = body[after_lo : v.start()]
        relayed = _RELAYED_RE.match(body, v.start(), min(len(body), v.end() + 120))
        if relayed and re.search(r"[A-Za-z]", between):  # the medium relays; the person quoted speaks
            obj = relayed.group(relayed.lastindex).lower()
            if obj in ("him", "her"):  # '"...," she quoted him as saying': the one "him" refers to speaks
                return _relayed_object(art, qs, between, "he" if obj == "him" else "she")
            who = _name_after(art, se, relayed.start(relayed.lastindex), relayed.end(relayed.lastindex))
            if who is not None:
                return who[0], who[1], "after"
        if re.search(r"[A-Za-z]", between) and (pub := publication_speaker(art, after_lo, v.start())) is not None:
            # '"...," the paper said': the outlet named before, never the person the sentence opens with (spk131)
            return _unless_relayed(art, qs, qe, s, se, v, (pub[0], pub[1], "after"))
        if re.search(r"[A-Za-z]", between):  # "...," X said
            lo = after_lo
            det = re.match(r"[\s,]*(?:the|a|an|one|another|his|her|their)\s", between)
            if det and not re.search(r",\s*[A-Z][^,]*,\s*$", between):  # '"...," the letter addressed to X reads'
                nom = _nominal(art, after_lo, v.start())
                if nom is not None and nom[1] is None and (
                        compound := _compound_head(art, nom, v.start())) is not None:
                    nom = compound  # '"...," the committee chairman said': the chairman, not "the committee" (spk76)
                if nom is not None and nom[2] - after_lo <= det.end():
                    titled = _name_after_role(art, se, nom[2], v.start()) if nom[1] is None else None
                    if titled is not None:  # '"...," the association president Jane Doe said': the name the
                        return titled[0], titled[1], "after"  # role is a title of
                    return _unless_relayed(art, qs, qe, s, se, v, (nom[0], nom[1], "after"))
            if between.rstrip().endswith(",") and re.match(r"[\s,]*[a-z]", between) and v.group(1).lower() in (
                    "said", "says", "added", "adds", "noted", "notes", "recalled", "explained") and not re.match(
                    r"\s*[,.;]", body[v.end() :]):  # (not '"...," the prosecutor, X, said, adding that ... Y')
                # '"...," the day after X is sworn in, said historian Y': Y,
                # the person right after the verb (not a name inside the clause set off by commas)
                who = _name_after(art, se, v.end(), min(after_hi, v.end() + 60))
                if who is not None and who[1] is not None and who[1].label == "PERSON":
                    return _unless_relayed(art, qs, qe, s, se, v, (who[0], who[1], "after"))
            if _NOT_SUBJECT_START_RE.match(between) and "," in between:  # '... about Y, X said': X
                lo = after_lo + between.rindex(",") + 1
            got = _speech_subject(art, se, lo, v.start(), refer_from=qs)
            if got is not None:
                how = "after" if got[2] == "before" else got[2]
                return _unless_relayed(art, qs, qe, s, se, v, (got[0], got[1], how))
            named = _relative_after_name(art, lo, v.start())
            if named is not None:  # '"...," Kathy Fairbanks with the No on 37 campaign, which ..., told us' (spk76)
                return _unless_relayed(art, qs, qe, s, se, v, (named[0], named[1], "after"))
            placed = _person_from_place(art, se, lo, v.start())  # '"...," Jane Roe of Athens, Alabama, tweeted
            if placed is not None:  # after speaking with her grandson, John Roe' (spk61)
                return _unless_relayed(art, qs, qe, s, se, v, (placed[0], placed[1], "after"))
            np = _NOUN_PHRASE_RE.match(body, lo, v.start())
            if np and np.group(1).split()[-1].lower() in ("they", "he", "she", "we"):
                # '... by "20 or 30 beats per minute," a margin of error they concluded was ...': a relative
                # clause whose pronoun is the verb's subject, never the noun phrase it describes
                return _pronoun_subject(art, np.group(1).split()[-1].lower(), qs)
            if np and np.group(1).split()[-1].lower() in ("who", "which", "that"):
                return None  # '"...," an understatement to those who recalled ...': the verb is a relative clause's
                # inside a phrase commenting on the quote, no attribution of it (spk130)
            if np:  # '"...," one serviceman said'; '"...," the 26-year-old student told' (an epithet)
                who = _epithet(art, np.group(1), lo)
                return (who[0], who[1], "after") if who is not None else (np.group(1), None, "after")
            if between.rstrip().endswith(","):  # '"..." once a second, said researcher X'
                who = _name_after(art, se, v.end(), min(after_hi, v.end() + 90))
                if who is not None:
                    return who[0], who[1], "after"
            if re.search(r"[A-Z]", between):  # a subject, but no speaker: a place inside it ('"...," coaches in
                # Ottawa said'; a state that is the subject speaks: '"...," Ottawa said', :func:`_speech_subject`)
                return None, None, "governed"
        relayed = _RELAYED_RE.match(body, v.start(), min(len(body), v.end() + 120))
        if relayed:  # '"...," China Daily quoted Zhu as saying' / '"...," the newspaper said, quoting Ge'
            who = _name_after(art, se, relayed.start(relayed.lastindex), relayed.end(relayed.lastindex))
            if who is not None:
                return who[0], who[1], "after"
        who = _name_after(art, se, v.end(), min(after_hi, v.end() + 90))  # "...," said X
        if who is not None:
            return who[0], who[1], "after"
        if (epithet := inverted_epithet(body, v.end(), min(after_hi, v.end() + 60))) is not None and (
                who := _epithet(art, *epithet)) is not None:  # '"...," wrote the star.': the person just named
            return who[0], who[1], "after"  # (spk135)
        if not re.search(r"[A-Za-z]", between) and (some := inverted_indefinite(
                body, v.end(), se.sentence.end)) is not None:  # '"...," reads one of the song's ratings.' / '"...,"
            return some[0], None, "after"  # wrote one "reviewer."': that one, whatever its noun (spk138)
    if re.search(r",\W{0,2}$", body[max(qs, qe - 3) : qe]) and not _VERB_RE.search(body, after_lo, se.sentence.end):
        # '"... than pesticides," Diane Lauricella, chairwoman of the Sierra Club's chapter.': the verb left out, a
        # person named right after the quote's comma, with at most an appositive, ends the sentence
        for m in se.mentions:
            at = se.sentence.start + m.start
            if at < after_lo:
                continue
            if (m.entity is not None and m.entity.label == "PERSON"
                    and re.fullmatch(r"[\s,]*(?:[A-Z][a-z]{1,4}\.\s+)?", body[after_lo:at])  # ("Rep. X of Oregon, ...")
                    and re.fullmatch(r"(?:\s*\([^()\"“”]{1,30}\))?"  # a party and state: "Sen. X (R-Wis.)"
                                     r"(?:\s+(?:of|from)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})?(?:,[^\"“”]{0,150})?"
                                     r"[\s.]*", body[se.sentence.start + m.end : se.sentence.end])):
                return m.entity.name, m.entity, "after"
            break
        verbless = _VERBLESS_NOMINAL_RE.fullmatch(body, after_lo, se.sentence.end)
        if verbless and not _FINITE_RE.search(verbless.group(0)):
            # '"So my buddies and I thought ...," one participant in the stunt on Reddit.': an indefinite noun
            # phrase alone after the quote's comma, the verb left out, names who said it
            return " ".join(verbless.group(1).split()), None, "after"
    return None


#: A word shaped as a finite verb, lower case: "-ed", "-s" (not "-ss", "-us", "-is") or a listed past form with no
#: "-ed" (:data:`IRREGULAR_CLAUSE_VERBS`), never an auxiliary or a verb that names a title or an act
#: (:data:`NOT_CLAUSE_VERBS`).
_CLAUSE_VERB = (r"(?!(?:" + "|".join(sorted(NOT_CLAUSE_VERBS)) + r")\b)(?:[a-z]{2,}ed|[a-z]{2,}[^\Wsuie\d_]s|"
                + "|".join(sorted(IRREGULAR_CLAUSE_VERBS)) + r")")
#: What may end an attribution clause after its verb: a particle ("shot back"), an adverb ("quipped wryly"), and
#: phrases of place, time, medium or manner ("in a statement", "to reporters", "on Twitter", "on Tuesday", "as he
#: left the court"), none holding a quote mark.
_CLAUSE_TAIL = (r"(?:\s+(?:" + "|".join(CLAUSE_PARTICLES) + r"))?(?:\s+[a-z]+ly)?"
                r"(?:\s*,?\s+(?:(?:to|in|on|at|with|during|after|before|from|via|for|through|over|outside|as|while|"
                r"when|about|amid|upon|of)\s+[^\s\"“”]+(?:\s+[^\s\"“”]+){0,7}?|[a-z]+ly|yesterday|today|tonight|later|"
                r"earlier|then|again|(?:last|this|on)\s+[A-Za-z]+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                r"Sunday)(?:\s+(?:morning|afternoon|evening|night))?))*")
#: No auxiliary or modal: a noun phrase ends before one ('"...," one worker was arrested later.' holds no
#: attribution).
_NOT_AUXILIARY = (r"(?!(?:was|were|is|are|be|been|being|has|had|have|will|would|can|could|did|does|do|may|might|must|"
                  r"should|shall)\b)")
#: The subject of an attribution clause: a pronoun, capitalized words (a name, "Weir", "The Associated Press"), or
#: a noun phrase opened by a determiner or a possessive ("the fire service", "the group's treasurer", "his wife");
#: group "subject".
_CLAUSE_SUBJECT = (r"(?P<subject>(?i:he|she|they|it)|" + _NAME + r"|(?:(?i:the|a|an|one|another|his|her|their|its|"
                   r"our|this|that)|(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*['’]s?)(?:\s+" + _NOT_AUXILIARY
                   + r"(?:[a-z0-9][\w\-'’]*|[A-Z][\w.\-'’]*)){1,4})")
#: '"...," <subject> <verb> [object] [tail].' and '"...," <verb> <subject> [tail].': the clause after a quote closed
#: by a comma, "?" or "!", read by its position whatever its verb (spk60).
_CLAUSE_AFTER_RE = re.compile(r"\s*(?:" + _CLAUSE_SUBJECT + r"\s+(?:[a-z]+ly\s+)?(?P<verb>" + _CLAUSE_VERB + r")"
                              r"(?:\s+(?:me|him|her|us|them|(?:the|a|an|his|her|their)\s+[a-z]+(?:\s+[a-z]+){0,2}))?"
                              + _CLAUSE_TAIL + r"\s*[.!?]?\s*|(?P<inverted>" + _CLAUSE_VERB + r")(?:\s+(?:"
                              + "|".join(CLAUSE_PARTICLES) + r"))?\s+(?P<isubject>" + _NAME
                              + r"|(?:the|a|an|his|her|their)\s+(?:[a-z0-9][\w\-'’]*|[A-Z][\w.\-'’]*)"
                              r"(?:\s+(?:[a-z0-9][\w\-'’]*|[A-Z][\w.\-'’]*)){0,3})" + _CLAUSE_TAIL + r"\s*[.!?]?\s*)")
#: 'X <verb> [tail], "..."' or ': "..."' before a quote, the clause opening its sentence or following a fronted
#: phrase closed by a comma ("But when it comes to the players, offers Weir, "...""; "The fire service vented on
#: Twitter: "...""), read by its position whatever its verb (spk60).
_CLAUSE_BEFORE_RE = re.compile(r"(?:[^\"“”,;:]{1,80},\s*)?(?:(?:But|And|Then|Still|Yet|So|Later|Instead),?\s+)?(?:"
                               + _CLAUSE_SUBJECT + r"\s+(?:[a-z]+ly\s+)?(?P<verb>" + _CLAUSE_VERB + r")"
                               + _CLAUSE_TAIL + r"|(?P<inverted>" + _CLAUSE_VERB + r")\s+(?P<isubject>" + _NAME
                               + r"))\s*[,:]\s*")
#: Words before a quote that still leave it opening its sentence ("But", "And").
_CLAUSE_CONNECTIVE_RE = re.compile(r"\W*(?:(?:But|And|Then|Still|Yet|So)\b,?)?\W*")


def _clause_verb_after(art: _Article, qs: int, qe: int, s: Sent, se: Sent, after_lo: int) -> re.Match[str] | None:
    """The verb of an attribution clause after a quote, read by its position whatever the verb (spk48's classes D
    and E: "answered", "vented", "offered", "shot back", "laughed" were read one word at a time): a quote that
    opens its sentence and closes on a comma, "?" or "!", then a short clause that ends the sentence, '<subject>
    <verb> [object] [particle, adverb, "in a statement", "to reporters", "on Twitter"].' or '<verb> <subject>.'.
    The match's group 1 is the verb, as :data:`_VERB_RE`'s is, so :func:`_attribute_after` reads its subject as a
    speech verb's. None when the clause has another shape, holds a quote mark, or its subject is a time ("that
    night") or a place."""
    body = art.body
    if not re.search(r"[,?!]\W{0,2}$", body[max(qs, qe - 3) : qe]):
        return None
    open_at = qs - (2 if body[max(0, qs - 2) : qs] in ("``", "''") else 1)
    if _CLAUSE_CONNECTIVE_RE.fullmatch(body, s.sentence.start, open_at) is None:
        return None  # (a quote inside its sentence's clause: 'He called it "a bad deal," the paper said')
    end = se.sentence.end
    if end - after_lo > 140 or _QUOTE_MARK_RE.search(body, after_lo, end) or "\n" in body[after_lo:end].strip():
        return None
    got = _CLAUSE_AFTER_RE.fullmatch(body, after_lo, end)
    if got is None:
        return None
    subject = got.group("subject") or got.group("isubject")
    lo = got.start("subject") if got.group("subject") else got.start("isubject")
    if subject.split()[-1].lower().strip("'’") in TIME_HEADS or _has_place(se, lo, lo + len(subject)) and not any(
            m.entity is not None and m.entity.label in SPEAKER_LABELS and lo <= se.sentence.start + m.start < lo + len(subject)
            for m in se.mentions):
        return None  # ('"...," that night ended badly'; '"...," the Gulf coast braced')
    verb = "verb" if got.group("verb") else "inverted"
    return re.compile(r"(" + re.escape(got.group(verb)) + r")").match(body, got.start(verb), got.end(verb))


def _clause_verb_before(art: _Article, s: Sent, se: Sent, qs: int, qe: int, close: int) -> list[re.Match[str]]:
    """The verb of an attribution clause right before a quote (``close``: its opening mark), read by its position
    whatever the verb: 'X <verb> [particle, adverb, "in a statement", "to reporters"], "..."' or ': "..."', the
    clause opening its sentence or following a fronted phrase closed by a comma (:data:`_CLAUSE_BEFORE_RE`). A
    list of the verb's match (group 1, as :data:`_VERB_RE`'s), empty when the clause has another shape, its subject
    is a time or a place, or the quote (``qs:qe``) is no sentence quoted whole that ends the sentence ``se``, so
    :func:`_attribute_own` reads its subject as a speech verb's."""
    body = art.body
    if not re.match(r"\W*[A-Z]", body[qs : qs + 4]) or re.search(r"[A-Za-z0-9]", body[qe : se.sentence.end]):
        return []  # (a quoted sentence that ends its own: not 'The elevator involved in the incident passed a
        # thorough, "once-every-5-years inspection" in January, 2016, according to the buildings department.')
    got = _CLAUSE_BEFORE_RE.fullmatch(body, s.sentence.start, close)
    if got is None:
        return []
    subject = got.group("subject") or got.group("isubject")
    lo = got.start("subject") if got.group("subject") else got.start("isubject")
    named = any(m.entity is not None and m.entity.label in SPEAKER_LABELS
                and lo <= s.sentence.start + m.start < lo + len(subject) for m in s.mentions)
    if subject.split()[-1].lower().strip("'’") in TIME_HEADS or _has_place(s, lo, lo + len(subject)) and not named:
        return []
    if subject[:1].isupper() and not named and not re.match(r"(?:The|His|Her|Their|Its|Our|He|She|They|It)\s|"
                                                            r"(?:He|She|They|It)$", subject):
        return []  # capitalized words NER typed no speaker ('First detected in Israel early this week,
        # Worm.Explore.Zip masquerades as a message from a friend: "..."')
    verb = "verb" if got.group("verb") else "inverted"
    return [re.compile(r"(" + re.escape(got.group(verb)) + r")").match(body, got.start(verb), got.end(verb))]


#: A definite or possessive noun phrase that is the whole subject of a speech verb before a quote, after at most a
#: fronted phrase closed by a comma ("The fire service vented on Twitter: "..."", "The group's treasurer
#: wrote, "...""); group 1 (:func:`_clause_subject_before`).
_CLAUSE_NP_BEFORE_RE = re.compile(r"(?:[^\"“”,;:]{1,80},\s*)?(?:(?:But|And|Then|Still|Yet|So|Later|Instead),?\s+)?"
                                  r"((?:(?i:the|his|her|their|its|our)|(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*['’]s?)"
                                  r"(?:\s+(?!(?:also|later|then|now|still|again|too|first|finally|[a-z]+ly)\s)"
                                  r"(?:[a-z0-9][\w\-'’]*|[A-Z][\w.\-'’]*)){1,4})\s+(?:also\s+|later\s+|then\s+|now\s+|"
                                  r"still\s+|again\s+|first\s+|finally\s+)?"
                                  r"(?:[a-z]+ly\s+)?")


def _clause_subject_before(art: _Article, s: Sent, clause_lo: int, vpos: int) -> tuple[str, Any, str] | None:
    """The subject of a speech verb before a quote when the rules read none from its clause and that clause is a
    definite or possessive noun phrase whatever its head (spk48's class D: "service", "tribe", "memorandum" were
    listed one at a time): the person it is an epithet of (:func:`_epithet`), else the phrase. None for a time or a
    place ("That night", "the Gulf coast"), a pronoun's possessive the rules read already, or a phrase holding a
    person's or body's name (the rules decided on it)."""
    got = _CLAUSE_NP_BEFORE_RE.fullmatch(art.body, clause_lo, vpos)
    if got is None and (dashed := dash_aside_start(art.body, clause_lo, vpos)) is not None:
        got = _CLAUSE_NP_BEFORE_RE.fullmatch(art.body, clause_lo, dashed)  # "The claim — issued on ... — said" (spk117)
    if got is None:
        return None
    phrase = " ".join(got.group(1).split())
    lo, hi = got.start(1), got.end(1)
    if phrase.split()[-1].lower().strip("'’") in TIME_HEADS or _has_place(s, lo, hi) or any(
            m.entity is not None and m.entity.label in SPEAKER_LABELS and lo <= s.sentence.start + m.start < hi
            for m in s.mentions):
        return None
    if phrase.split()[0] in ("The", "His", "Her", "Their", "Its", "Our"):
        phrase = phrase[0].lower() + phrase[1:]  # (as a noun phrase after a quote reads: "the fire service")
    head = phrase.split()[-1].lower()
    pos = art.sentence_at(lo)
    prev = art.spoken.get(pos - 1) if pos else None
    if (phrase.startswith("the ") and head not in BODY_ROLES and not _AGENT_NOUN_RE.search(head) and prev is not None
            and prev[1] is not None and prev[1].label == "ORG"):
        return prev[0], prev[1], "before"  # 'Paramount fired back, arguing ... "...". The studio says that ... is
        # "...": the body that spoke in the sentence before, which a body's epithet refers to
    thing = _THING_NOUN_RE.search(head)  # ("the agreement": no person, though "-ent" ends it)
    who = None if thing else _epithet(art, phrase, lo)
    if who is not None and _tied(art, head, who[1]):  # a person's epithet the text calls them by ("Nevada rancher
        return who[0], who[1], "before"  # X" ... "the rancher said:")
    if _AGENT_NOUN_RE.search(head) and not thing:
        return None  # a person noun not tied to whom it may mean, or an agent-shaped thing ("the disclaimer"): left
        # to the rules after, as before ('The 67-year-old added: "..."' after a sentence naming Rosa Parks is still
        # the rancher quoted before, not her)
    return phrase, None, "before"  # ("And the crowd roared back, "..."": the crowd, not the person named before)


#: After a person's name up to the speech verb: where the person is from, a town and its state or country
#: (" of Athens, Alabama, "; " from Leeds, ") (:func:`_person_from_place`).
_FROM_PLACE_RE = re.compile(r"\s+(?:of|from)\s+[A-Z][\w.\-'’]*(?:\s+[A-Z][\w.\-'’]*){0,2}"
                            r"(?:,\s*[A-Z][\w.\-'’]*(?:\s+[A-Z][\w.\-'’]*){0,2})?,?\s*")


def _person_from_place(art: _Article, s: Sent, lo: int, vpos: int) -> tuple[str, Any] | None:
    """The person named right after a quote and before its speech verb with only where they are from between
    ('"...," Jane Roe of Athens, Alabama, tweeted after speaking with her grandson, John Roe, via Facetime.'): the
    verb's subject, so never a name after the verb (the grandson in the verb's adjunct). :func:`_speech_subject`
    reads no speaker there (the place before the verb), and the inverted reading ('"...," said X') took the next
    name after the verb."""
    for m in s.mentions:
        at = s.sentence.start + m.start
        if at < lo:
            continue
        if (at < vpos and m.entity is not None and m.entity.label == "PERSON" and re.fullmatch(r"[\s,]*", art.body[lo:at])
                and _FROM_PLACE_RE.fullmatch(art.body, s.sentence.start + m.end, vpos)):
            return m.entity.name, m.entity
        break
    bare = re.match(r"[\s,]*(" + _NAME + r")", art.body[lo:vpos])  # a full name NER missed ("Rita Schrimsher",
    # only its places typed), or one it typed elsewhere in the article
    if bare and _FROM_PLACE_RE.fullmatch(art.body, lo + bare.end(1), vpos) and not _has_place(s, lo + bare.start(1),
                                                                                             lo + bare.end(1)):
        known = _known_person(art, bare.group(1))
        if known[1] is not None and known[1].label == "PERSON":
            return known
        if known[1] is None and _full_name(bare.group(1)) and _personal_name(bare.group(1)):
            return bare.group(1), None
    return None


#: What may follow a pull quote up to its paragraph's end: capitalized words alone (a title and a name, "Senator Ted
#: Cruz"), at most a final period (:func:`_pull_quote_name`).
#: The end of a stretch that closes a quote right before a speech verb ('"...," said X'; '... anything,\'\' said'): the
#: verb's subject follows it (:func:`_attribute_own`).
_INVERTED_AFTER_QUOTE_RE = re.compile(r"[,.!?…]['’]?\s*(?:''|[\"”])\s*$")
_PULL_TAIL_RE = re.compile(r"[ \t\-–—,]*(?:[A-Z][\w.\-'’]*[ \t]+){0,5}[A-Z][\w.\-'’]*[ \t.]*")


def _pull_quote_name(art: _Article, qs: int, after_lo: int) -> tuple[str, Any, str] | None:
    """A pull quote: a paragraph that is one quote and then only a person's name, perhaps with a title before it
    ('"Pope Francis has been a powerful voice for life ..." Senator Ted Cruz', a caption line of Multi-News 0108):
    that person (whoever spoke before)."""
    body = art.body
    p_lo = body.rfind("\n", 0, qs) + 1
    p_hi = body.find("\n", after_lo)
    p_hi = len(body) if p_hi < 0 else p_hi
    if not re.fullmatch(r"[\s\"“`']*", body[p_lo:qs]) or not _PULL_TAIL_RE.fullmatch(body, after_lo, p_hi):
        return None
    lead = len(body[after_lo:p_hi]) - len(body[after_lo:p_hi].lstrip(" \t-–—,"))
    j = art.sentence_at(after_lo + lead)
    if j is None:
        return None
    s = art.sents[j]
    for m in s.mentions:
        at, end = s.sentence.start + m.start, s.sentence.start + m.end
        if (m.entity is not None and m.entity.label == "PERSON" and after_lo <= at and end <= p_hi
                and re.fullmatch(r"[ \t.]*", body[end:p_hi])):
            return m.entity.name, m.entity, "after"
    return None


#: A pull quote's signature that may name an outlet: capitalized words, each in title case (not a tweet's "WOW"),
#: with no closing period (not an interjection, "Wow.") (:func:`_pull_quote_outlet`).
_OUTLET_SIGNATURE_RE = re.compile(r"[ \t]*((?:[A-Z][a-z][\w\-'’&]*[ \t]+){0,4}[A-Z][a-z][\w\-'’&]*)[ \t]*")


def _pull_quote_outlet(art: _Article, qs: int, after_lo: int) -> tuple[str, Any, str] | None:
    """A pull quote signed by an outlet, not a person: a paragraph that is one quote and then only a publication's
    name, a press notice ('"Captures to perfection the fledgling leader's mannerisms ..." Independent', then
    '"..." Financial Times', '"..." Mirror' under each actress's name and film). The signature speaks when it is
    read as an outlet: NER typed it an organization, or it ends in a newspaper's word ("Times", "Observer"), or the
    article holds another paragraph of the same shape (a list of notices: "Independent" and "Mirror" are outlets
    there, as the other signatures are). A person's signature is :func:`_pull_quote_name`'s; a tweet's "WOW" or
    "Wow." after its text is no signature. In the Multi-News sample the shape (a quote paragraph and a title-case
    signature without a dash) is found in mn:0108 (a senator, read by name) and in one list of four notices."""
    body = art.body
    p_lo = body.rfind("\n", 0, qs) + 1
    p_hi = body.find("\n", after_lo)
    p_hi = len(body) if p_hi < 0 else p_hi
    if not re.fullmatch(r"[\s\"“`']*", body[p_lo:qs]):
        return None
    sig = _OUTLET_SIGNATURE_RE.fullmatch(body, after_lo, p_hi)
    if sig is None:
        return None
    name, at = sig.group(1), sig.start(1)
    j = art.sentence_at(at)
    mentions = [(art.sents[j].sentence.start + m.start, m) for m in art.sents[j].mentions] if j is not None else []
    if any(m.entity is not None and m.entity.label == "PERSON" and at <= x < p_hi for x, m in mentions):
        return None  # a person's name: :func:`_pull_quote_name` reads it (or it is no signature)
    org = next((m.entity for x, m in mentions if m.entity is not None and m.entity.label == "ORG" and x == at
                and m.text == name), None)
    if org is not None:
        return org.name, org, "after"
    if name.split()[-1] in NEWSPAPER_HEADS or _another_signed_notice(body, p_lo, p_hi):
        return name, None, "after"
    return None


#: A paragraph that is one quote and a title-case signature after it ('"A brilliant performance. ..." Mirror').
_SIGNED_NOTICE_RE = re.compile(r"[ \t]*[\"“][^\"“”\n]{20,}[\"”][ \t]*(?:[A-Z][a-z][\w\-'’&]*[ \t]+){0,4}"
                               r"[A-Z][a-z][\w\-'’&]*[ \t]*")


def _another_signed_notice(body: str, p_lo: int, p_hi: int) -> bool:
    """Whether a paragraph of ``body`` other than ``body[p_lo:p_hi]`` is one quote and a title-case signature."""
    return any(m.start() != p_lo and _SIGNED_NOTICE_RE.fullmatch(m.group(0))
               for m in re.finditer(r"(?m)^[^\n]+", body))


#: After a quote's comma, the whole rest of its sentence: an indefinite noun phrase (group 1: up to its head) and a
#: short complement ("one participant in the stunt on Reddit.").
_VERBLESS_NOMINAL_RE = re.compile(r"[\s\"”'’]*((?:one|a|an|another)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)"
                                  r"(?:\s+(?:in|of|at|from|on|for|with)\s+[^,;:\"“”]{1,60}?)?\s*[.!]?[\s\"”'’]*")
_FINITE_RE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|did|does|do|[a-z]{2,}ed)\b")


#: A noun phrase and an appositive set off by commas between a quote and its verb ('"...," the researchers,
#: anthropologist X of ... and physician Y, wrote'): the verb is the quote's however far the appositive puts it.
_NOMINAL_APPOSITIVE_RE = re.compile(r"[\s,]*(?:the|a|an|one|another|his|her|their)\s+[^,\"“”\n]{1,60},"
                                    r"[^,\"“”\n]{1,160},\s*(?:also\s+|later\s+)?")


#: The subject of a verb after a quote past the reach (:data:`AFTER_VERB_REACH`): up to three lower-case or titled
#: words, a capitalized name, an affiliation ("of Maine", "with the No on 37 campaign") and a relative clause set off
#: by commas right before the verb ('"...," independent Sen. Angus King of Maine, who caucuses with the Democrats,
#: told reporters'; on main the verb was too far and the quote carried the last speaker) (spk76).
_RELATIVE_AFTER_QUOTE_RE = re.compile(r"[\s,]*(?:[a-z][a-z\-]*\s+){0,3}(?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][\w.\-'’]*"
                                      r"(?:\s+[A-Z][\w.\-'’]*){0,3}(?:\s+(?:of|from|with|at)\s+[^,;:\"“”]{1,50})?"
                                      r"\s*,\s*(?:who|which)\s[^,;:\"“”]{1,120},\s*(?:also\s+|later\s+)?")


def _compound_head(art: _Article, nom: tuple[str, Any, int], vpos: int) -> tuple[str, Any, int] | None:
    """A nominal speaker whose listed noun is the modifier of a compound ("the committee chairman", "the campaign
    organizer"): when one agent-shaped lower-case noun (:data:`_AGENT_NOUN_RE`) stands between the listed phrase and
    the speech verb at ``vpos``, the compound is the speaker: the one person the sentence before names, when it names
    exactly one (an epithet of that person), else the compound's words (on main the nominal stopped at its modifier,
    "the committee": spk76)."""
    start = nom[2]
    phrase = NOMINAL_SPEAKER_RE.match(art.unquoted, start, vpos)
    if phrase is None:
        return None
    tail = re.fullmatch(r"\s+([a-z][a-z\-]{2,})\s+(?:also\s+|later\s+)?", art.body[phrase.end() : vpos])
    if tail is None or not _AGENT_NOUN_RE.search(tail.group(1)) or tail.group(1).endswith("s"):
        return None
    words = " ".join(art.body[start : phrase.end()].split() + [tail.group(1)])
    pos = art.sentence_at(start)
    before = art.sents[pos - 1] if pos else None
    people = {m.entity.id: m.entity for m in (before.mentions if before is not None else [])
              if m.entity is not None and m.entity.label == "PERSON"
              and not art.quoted(before.sentence.start + m.start, before.sentence.start + m.end)}
    if len(people) == 1:  # the one person the sentence before names ('California Rep. Ed Royce on Friday
        ent = next(iter(people.values()))  # questioned the action ...' then '"...," the committee chairman said')
        return ent.name, ent, start
    return words, None, start


def _relative_after_name(art: _Article, lo: int, vpos: int) -> tuple[str, Any] | None:
    """The person's name opening the clause after a quote that reaches its verb past a relative clause
    (:data:`_RELATIVE_AFTER_QUOTE_RE`) when no other subject reading found a speaker: '"...," Kathy Fairbanks with
    the No on 37 campaign, which didn't hold a public party, told us' (NER typed nothing there): two to four
    capitalized words naming no body or role (:func:`_full_name`, :func:`_personal_name`), as the article names
    that person (spk76)."""
    m = _RELATIVE_AFTER_QUOTE_RE.fullmatch(art.body, lo, vpos)
    name = re.match(r"[\s,]*(" + _NAME + r")", art.body[lo:vpos]) if m is not None else None
    if name is None or not _full_name(name.group(1)) or not _personal_name(name.group(1)):
        return None
    return _known_person(art, name.group(1))


def spk147_asked_speaker(art: _Article, qs: int, qe: int, pos: int, se: Sent) -> tuple[str | None, Any, str] | None:
    """The speaker of a quote attributed by a passive of asking ('"...?" Trump was asked.', _asked_passive): the
    agent of "by", else the outlet or interviewer of an interview named in the quote's sentence or the two before
    it ("Trump was asked in an interview on Fox News ..."), else no one (None, None, ""). None when the quote is
    not so attributed."""
    body = art.body
    after_lo = qe + (2 if body.startswith("''", qe) else 1)
    nxt = art.sentence_at(after_lo + len(body[after_lo : after_lo + 8]) - len(body[after_lo : after_lo + 8].lstrip()))
    hi = art.sents[nxt].sentence.end if nxt is not None else se.sentence.end  # ('...?" Trump was asked.' may be a
    by = asked_after_quote(body, after_lo, max(hi, se.sentence.end))  # sentence of its own to the segmenter)
    if by is None:
        return None
    if by >= 0 and (i := art.sentence_at(by)) is not None and (
            who := _name_after(art, art.sents[i], by, art.sents[i].sentence.end)) is not None:
        return who[0], who[1], "after"
    for i in range(art.sentence_at(max(qs, qe - 1)) or 0, max(-1, pos - 3), -1):
        x = art.sents[i]
        at = interview_named(body, x.sentence.start, min(x.sentence.end, qs) if i == pos else x.sentence.end)
        if at is None:
            continue
        for m in x.mentions:  # the outlet or interviewer named right after "interview on/with"
            if m.entity is not None and m.entity.label in SPEAKER_LABELS and x.sentence.start + m.start == at:
                return m.entity.name, m.entity, "before"
        if (words := re.match(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*", body[at : x.sentence.end])) is not None:
            return words.group(0), None, "before"  # a name NER did not read
    return None, None, ""


def _name_after_role(art: _Article, s: Sent, at: int, vpos: int) -> tuple[str, Any] | None:
    """The person named right after the nominal speaker starting at ``at``, with no comma between, and right before
    the speech verb at ``vpos`` ("the association president Jane Doe said"): the role is the person's title."""
    nom = NOMINAL_SPEAKER_RE.match(art.body, at, vpos)
    if nom is None:
        return None
    for m in s.mentions:
        if (m.entity is not None and m.entity.label == "PERSON" and re.fullmatch(r"\s+", art.body[nom.end() :
                s.sentence.start + m.start]) and _NEXT_TO_VERB_RE.fullmatch(art.body, s.sentence.start + m.end, vpos)):
            return m.entity.name, m.entity
    return None


#: A definite noun phrase opening a sentence as its subject, then its verb ("The package insert also carries ...").
_THING_SUBJECT_RE = re.compile(r"\s*(?:(?:But|And|However|Also),?\s+)?((?:The|This|That|Its|Their)\s+(?:[a-z][\w\-]*\s+)"
                               r"{0,2}?[a-z][\w\-]*)\s+(?:also\s+|still\s+|now\s+)?(?:has|had|is|was|[a-z]{3,}s)\b")


def _relayed_object(art: _Article, qs: int, between: str, pronoun: str) -> tuple[str | None, Any, str]:
    """The speaker of '"...," she quoted him as saying': the person "him"/"her" (``pronoun`` "he"/"she") refers to,
    never the one relaying the words (the subject in ``between``, the text from the quote's end to the verb): the
    nearest person named before the quote, in its sentence and up to :data:`REFERENCE_SENTENCES` before, who is not
    the relayer and whose known gender agrees; no one (a governed quote) when none is found."""
    subj = re.search(r"\b(he|she|they)\s+(?:also\s+)?$", between, re.I)
    relayer = _pronoun_subject(art, subj.group(1).lower(), qs)[:2] if subj else (None, None)
    pos = art.sentence_at(qs)
    for i in range(pos, max(-1, pos - REFERENCE_SENTENCES - 1), -1) if pos is not None else ():
        s = art.sents[i]
        for m in reversed(s.mentions):
            e = m.entity
            if (e is None or e.label != "PERSON" or s.sentence.start + m.end > qs or e is relayer[1]
                    or e.name == relayer[0] or not _agrees(pronoun, e.name, e)):
                continue
            return e.name, e, "pronoun"
    return None, None, "governed"


def _pronoun_subject(art: _Article, pronoun: str, at: int) -> tuple[str | None, Any, str]:
    """Whom a pronoun subject of a speech verb right after a quote means (the quote ending at ``at``): "he"/"she"
    the person referred to; "they" the plural group of people the paragraph names last before ("... by
    researchers at Ball State University ... They too found ..."), else the body speaking before; no one (a governed
    quote) when none is found. A plural group named in the paragraph comes first: "they" is no singular
    document quoted paragraphs before ("The report concludes: ...")."""
    if pronoun in ("he", "she"):
        who = _resolve_reference(art, at, pronoun)
    else:
        who = _plural_group_before(art, at) if pronoun == "they" else None
        if who is None and pronoun == "they":
            who = _resolve_body(art, at, True)
    return (who[0], who[1], "pronoun") if who is not None else (None, None, "governed")


#: A plural role with whom it is of ("researchers at Ball State University", "officials of the ministry").
_PLURAL_GROUP_RE = re.compile(r"(?<![\w\-'’])((?:[A-Z][\w.\-]*\s+){0,2}(?i:" + "|".join(sorted(_PLURAL_ROLES, key=len,
                              reverse=True)) + r")(?:\s+(?:at|of|from|with)\s+(?:the\s+)?(?:[A-Z][\w.\-'’]*\s*){1,6})?)"
                              r"(?![\w\-'’])")


def _plural_group_before(art: _Article, at: int) -> tuple[str, None] | None:
    """The last plural group of people (:data:`_PLURAL_GROUP_RE`) in the two sentences before ``at``'s, and in its
    own before ``at``, within its paragraph: whom "they" means when no speaker was quoted before."""
    pos = art.sentence_at(at)
    if pos is None:
        return None
    para = art.paragraph_at(at)
    for i in range(pos, max(-1, pos - 3), -1):
        sent = art.sents[i]
        if art.paragraph_at(sent.sentence.start) != para:
            break
        found = list(_PLURAL_GROUP_RE.finditer(art.body, sent.sentence.start, min(sent.sentence.end, at)))
        if found:
            return " ".join(found[-1].group(1).split()), None
    return None


def _surname_read_as_title(body: str, s: Sent, se: Sent, qs: int, qe: int, given: str) -> str:
    """A one-word person as a quote's speaker ("Adrienne", NER cutting "Adrienne Mayor, a research scholar ...,
    told" at a word that may be a title) with the capitalized word after it in the quote's sentences, when the
    article uses that word alone as a speech verb's subject or object elsewhere ("Mayor said", "said Mayor"): the
    word is a surname, and the speaker is the full name. Else ``given`` as it is."""
    for lo, hi in ((qe, se.sentence.end), (s.sentence.start, qs)):
        full = re.search(r"(?<![\w.\-'’])" + re.escape(given) + r"\s+([A-Z][a-z]{2,})(?=\s*,)", body[lo:hi])
        if full is None:
            continue
        word = re.escape(full.group(1))
        verb = r"(?:said|says|told|tells|added|adds|wrote|writes|explained|explains|noted|notes)"
        if re.search(r"(?<![\w.\-'’])(?<!" + re.escape(given) + r" )" + word + r"\s+" + verb + r"\b", body) or re.search(
                r"\b" + verb + r"\s+" + word + r"\b(?!\s+[A-Z])", body):
            return f"{given} {full.group(1)}"
    return given


def _thing_before(art: _Article, at: int) -> str | None:
    """What "it" before a speech verb means when the sentence right before the quote's, in its paragraph, opens on a
    definite noun phrase that is no person and quotes no one ("The package insert also carries a warning about
    suicide. "...," it reads"): that phrase; else None."""
    pos = art.sentence_at(at)
    if not pos:
        return None
    prev = art.sents[pos - 1]
    if art.paragraph_at(prev.sentence.start) != art.paragraph_at(at) or _QUOTE_MARK_RE.search(prev.text):
        return None
    m = _THING_SUBJECT_RE.match(prev.text)
    if m is None or m.group(1).split()[-1].lower() in PERSON_ROLES or any(x.start < m.end(1) for x in prev.mentions):
        return None
    return m.group(1)[:1].lower() + m.group(1)[1:]


#: Head nouns of a definite description of a firm or organization ("the US airline", "the company", "the studio"): what
#: "it" after a sentence opening on one means is the organization the text named before it (:func:`_body_subject_before`).
_FIRM_HEADS = BODY_EPITHETS | frozenset({
    "airline", "carrier", "studio", "network", "bank", "retailer", "maker", "automaker", "manufacturer", "chain",
    "publisher", "broadcaster", "insurer", "startup", "developer", "distributor", "operator", "newspaper",
    "magazine", "channel", "label", "brand", "conglomerate", "corporation", "giant", "outlet", "platform"})
#: What may open a sentence before its subject: a connective, perhaps with a comma.
#: A phrase fronted before a sentence's subject and set off by a comma, with no quote mark and no verb of a clause
#: of its own ("Last year, ", "On Monday, ", "In a ruling, "): the subject opens after it.
_FRONTED_PHRASE_RE = re.compile(r"(?:(?:In|On|At|Last|This|Earlier|Later|After|Before|During|By|For)\s+)"
                                r"[^,\"“”;:]{1,50},\s+")
_CONNECTIVE_OPENING_RE = re.compile(r"\s*(?:(?:But|And|However|Also|Still|Yet|So|Meanwhile|Now),?\s+)?")
#: A finite verb right after a sentence's subject ("hasn't changed", "also has designs", "is tiny", "recently announced").
_SUBJECT_VERB_NEXT_RE = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|still\s+|now\s+|never\s+|then\s+)?(?:has|had|is|was|will|"
                                   r"would|can|could|did|does|do|may|might|must|should|[a-z]{3,}(?:s|ed))(?:n['’]t)?\b")
#: A definite description of a firm opening a sentence (after :data:`_CONNECTIVE_OPENING_RE`), up to its head noun.
_FIRM_DESCRIPTION_RE = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?:[\w.\-]+\s+){0,3}?([a-z]+)(?=" + _SUBJECT_VERB_NEXT_RE.pattern + ")")



#: A clause opening on a definite description ("The preschool", "The local council") and its finite verb, going on
#: to the comma before a participle ("The preschool offered an explanation to her parents, " before "saying"): group
#: 1 the description.
_DESCRIBED_PARTICIPLE_SUBJECT_RE = re.compile(
    r"[\s,]*(?:(?:But|And|However|Also|Still|Yet|So|Meanwhile|Later|Then),?\s+)?((?:The|This)\s+(?:[a-z][\w\-]*\s+){0,2}?"
    r"[a-z][a-z\-]{2,})(?=" + _SUBJECT_VERB_NEXT_RE.pattern + r")[^\"“”;:()]{1,200}?,\s*$")


def _described_participle_subject(art: _Article, clause_lo: int, vpos: int) -> tuple[str, Any, str] | None:
    """The subject of a participle speech verb at ``vpos`` ("saying", "adding") whose clause opens on a definite
    description of no listed role ('The preschool offered an explanation to Julia's parents, saying "..."'): the
    body the text named with that head before ("the Pentucket Workshop Preschool"), else the description as
    written; None when the verb is no participle or the clause opens otherwise (spk138: was no speaker, and the
    last speaker carried on)."""
    if not re.match(r"[a-z]+ing\b", art.body[vpos : vpos + 20]):
        return None
    got = _DESCRIBED_PARTICIPLE_SUBJECT_RE.fullmatch(art.body, clause_lo, vpos)
    if got is None or got.group(1).split()[-1] in TIME_HEADS:
        return None
    named = named_body_for_description(art, got.group(1).split(), got.start(1))
    if named is not None:
        return named[0], named[1], "before"
    return " ".join(got.group(1).split()), None, "before"


def _body_subject_before(art: _Article, at: int) -> tuple[str, Any] | None:
    """Whom "it" speaking the quote at ``at`` means when the sentence right before the quote's (in its paragraph or
    the one before it, quoting no one) has an organization for its subject: a body the NER names there (an ORG entity
    opening the sentence before its verb: "Qatar Airways is tiny ... "...," it said"), or a definite description
    of a firm ("But the US airline hasn't changed its stance on the subsidies dispute. "...," it said in a filing."),
    which stands for the last organization named before it (up to :data:`REFERENCE_SENTENCES` back) whose name holds
    the description's head ("American Airlines"). An
    "it" opening that sentence is the same "it": the one before is read. The subject of the sentence before is
    what "it" continues, not a body quoted further back (:func:`_resolve_body` reads speakers only). None when that
    sentence opens on anything else (a person, a product, a place, a thing: left to the rules)."""
    pos = art.sentence_at(at)
    if not pos:
        return None
    para = art.paragraph_at(at)
    for i in range(pos - 1, max(-1, pos - 3), -1):
        prev = art.sents[i]
        if para - art.paragraph_at(prev.sentence.start) > 1 or _QUOTE_MARK_RE.search(prev.text) or i in art.spoken:
            return None
        lead = _CONNECTIVE_OPENING_RE.match(prev.text).end()
        if re.match(r"It\b|it\b", prev.text[lead:]) and _SUBJECT_VERB_NEXT_RE.match(prev.text, lead + 2):
            continue  # "It recently announced plans ...": the same "it", named further back
        fronted = _FRONTED_PHRASE_RE.match(prev.text, lead)  # ("Last year, the 9th U.S. Circuit Court of Appeals
        for start in (lead, fronted.end()) if fronted else (lead,):  # agreed." then 'It ... adopted ... "..."', spk78)
            first = next((m for m in sorted(prev.mentions, key=lambda x: x.start) if m.entity is not None
                          and m.start >= start), None)
            if (first is not None and first.entity.label == "ORG"
                    and re.fullmatch(r"(?:[Tt]he\s+)?(?:\d+(?:st|nd|rd|th)\s+)?", prev.text[start : first.start])
                    and _SUBJECT_VERB_NEXT_RE.match(prev.text, first.end)):
                return first.entity.name, first.entity  # "Qatar Airways is tiny ...": the body opening the sentence
        desc = _FIRM_DESCRIPTION_RE.match(prev.text, lead)
        if desc is None or desc.group(1) not in _FIRM_HEADS or any(
                m.entity is not None and m.entity.label not in PLACE_LABELS and m.start < desc.end(1) for m in prev.mentions):
            return None
        firms: list[Any] = []  # the organizations named before, the last first
        for j in range(i - 1, max(-1, i - REFERENCE_SENTENCES), -1):
            s = art.sents[j]
            if para - art.paragraph_at(s.sentence.start) > 2:
                break
            firms += [m.entity for m in sorted(s.mentions, key=lambda x: x.start, reverse=True)
                      if m.entity is not None and m.entity.label == "ORG" and m.entity not in firms
                      and not art.quoted(s.sentence.start + m.start, s.sentence.start + m.end)]
        head = desc.group(1)
        named = [e for e in firms if any(w.lower().startswith(head) for w in e.name.split())]
        # the description stands for the last one whose name holds its head ("the US airline": American Airlines,
        # not Qatar Airways named after it); none: no reading ("The magazine claims ..." after a name NER typed an
        # organization, Multi-News 0028: taking the only organization named before gave the quote to that name)
        return (named[0].name, named[0]) if named else None
    return None


#: Head nouns "they" stands for when a sentence opens on them as its subject: person roles in the plural
#: ("prosecutors", "Republicans", "officials"), kin in the plural ("sons"), people ("residents", "parents") and groups
#: of several people ("family", "couple", "members").
_GROUP_HEADS = (_PLURAL_ROLES | {k + "s" for k in KIN_ROLES} | (PEOPLE_NOUNS - {"person", "population", "humans"})
                | frozenset({"family", "families", "couple", "parents", "members", "authors", "investigators",
                             "protesters", "protestors", "demonstrators", "organizers", "organisers", "fans",
                             "jurors", "defendants", "plaintiffs", "senators", "congressmen", "delegates"}))
#: A sentence opening on a plural group of people as its subject (after a connective and at most one fronted phrase
#: set off by a comma): "Prosecutors say ...", "In a letter, 42 Republicans urged ...", "Bentdahl's family said ...";
#: group 1 the noun phrase, ``head`` its head, ``next`` the word after it (its verb).
_GROUP_OPENING_RE = re.compile(
    r"\W*(?:(?:But|And|However|Also|Still|Yet|So|Meanwhile|Now|Instead|Later|Then),?\s+)?(?:[^,\"“”;:]{1,80},\s+)?"
    r"((?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}['’]s?\s+)?"
    r"(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Bb]oth|[Ss]everal|[Oo]ther|\d[\d,]*|[Tt]wo|[Tt]hree|"
    r"[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens\s+of|[Hh]undreds\s+of)\s+)?"
    r"(?:(?:[A-Z][\w.\-]*|[a-z][\w\-]*)\s+){0,3}?(?P<head>(?i:" + "|".join(sorted(_GROUP_HEADS, key=len, reverse=True))
    + r")|[A-Z][a-z]+(?:ans|ers|ists|ites|ics|ens))"
    r"(?:\s+(?:of|from|at|for|in)\s+(?:the\s+)?(?:(?:group|organi[sz]ation|campaign|movement)\s+)?"
    r"(?:[A-Z][\w.\-'’]*\s*){1,5})?)"
    r"(?:\s*,[^,\"“”]{1,80},)?\s+(?:[a-z]+ly\s+|also\s+|have\s+|had\s+|then\s+)?(?P<next>[a-z]{2,})\b")
#: A clause that is a plural group of people with an "at"/"of"/"from"/"in" phrase naming a body, up to its verb
#: ("Students at the City University of New York have", "Many doctors from Mount Sinai Hospital"), a collective noun's
#: "of" before the group or groups of people as its head ("Coalition of student groups at CUNY say", qsp59): group 1
#: the whole noun phrase, ``head`` the group.
_GROUP_OF_BODY_RE = re.compile(
    r"[\s,]*(?:(?:But|And|However|Also|Still|Yet|So|Meanwhile|Now),?\s+)?"
    r"((?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|\d[\d,]*|[Tt]wo|[Tt]hree|[Dd]ozens\s+of|"
    r"[Hh]undreds\s+of)\s+)?(?:(?:[Aa]n?\s+)?(?i:coalition|alliance|group|network|union|federation)\s+of\s+)?"
    r"(?:[a-z][\w\-]*\s+){0,2}(?P<head>(?i:" + "|".join(sorted(_GROUP_HEADS | {"groups"}, key=len, reverse=True))
    + r"))\s+(?:at|of|from|in)\s+(?:the\s+)?[A-Z][\w.\-&]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w.\-&]*){0,6})"
    r"\s+(?:(?:have|has|had|also|later|then|both)\s+)*")
#: A finite verb and its words, then "and" before the next verb: what a coordinated verb's clause holds after the
#: subject the two verbs share ("said they will continue protesting and " before "pledged").
_COORDINATED_VERB_RE = re.compile(r"[a-z]{2,}(?:ed|s)?\b[^\"“”;:()]{0,160}?\s(?:and|but)\s+(?:also\s+|then\s+)?")
#: A speech verb set off by a comma at a clause's end, its subject a name or none (", wrote X", ", Welch said").
_INVERTED_SPEECH_BEFORE_RE = re.compile(r",\s*(?:[A-Z][\w.\-'’]*\s+){0,4}$")
#: Words after a plural noun that show it is no subject of the sentence's verb ("Officials in ...", "Residents who").
_NOT_GROUP_VERBS = frozenset({"who", "whom", "whose", "which", "that", "and", "or", "of", "in", "on", "at", "for",
                              "from", "with", "to", "by", "as", "than", "like", "near", "about", "over", "under",
                              "into", "after", "before", "during"})


def _sentences_just_before(art: _Article, at: int, count: int):
    """The sentences before the one holding ``at``, the nearest first, at most ``count``, while they stand in its
    paragraph or the one right before it."""
    pos = art.sentence_at(at)
    para = art.paragraph_at(at)
    for i in range(pos - 1, max(-1, pos - 1 - count), -1) if pos else ():
        if para - art.paragraph_at(art.sents[i].sentence.start) > 1:
            return
        yield art.sents[i]


def _group_subject_before(art: _Article, at: int) -> tuple[str, None] | None:
    """Whom "they" speaking the quote at ``at`` means when the sentence right before the quote's (in its paragraph or
    the one before) opens on a plural group of people as its subject (:data:`_GROUP_OPENING_RE`: "Prosecutors said
    the boy ...", "In a letter, 42 Republicans urged ...", 'Bentdahl's family said he had "..."'): that group, named
    as the text names it; never one person quoted before, nor a document or body speaking further back
    (:func:`_resolve_body`). A sentence "they" opens is the same "they": the one before it is read (at most three
    back). None when the sentence before opens on anything else (a person, a thing: left to the old rules)."""
    for prev in _sentences_just_before(art, at, 3):
        if re.match(r"\W*(?:(?:But|And|However|Also|Still|Yet|So|Now),?\s+)?They\b", prev.text):
            continue  # "They also urged ...": the same "they", named further back
        m = _GROUP_OPENING_RE.match(prev.text)
        if (m is None or m.group("next") in _NOT_GROUP_VERBS or re.match(r"(?i:their|his|her|its|our)\s", m.group(1)) or art.quoted(prev.sentence.start + m.start(1),
                                                                            prev.sentence.start + m.end(1))):
            return None
        if any(v.start() != m.start("next") and _INVERTED_SPEECH_BEFORE_RE.search(prev.text, 0, v.start())
               for v in _VERB_RE.finditer(prev.text)):
            return None  # "..., the researchers estimated ..., wrote X and Y in a paper": the group's words are
            # reported by whom the speech verb names (:func:`_resolve_body` reads them); a participle of the group's
            # own ("three people arrived ... claiming to be relatives") is no such verb
        if m.group("head")[:1].isupper() and m.group("head").lower() not in _GROUP_HEADS and not any(
                x.entity is not None and x.entity.label == "NORP" and x.start <= m.start("head") < x.end
                for x in prev.mentions):
            return None  # a capitalized plural that is no nationality or party ("Americans" is; "Giants" no)
        if any(x.entity is not None and x.entity.label == "PERSON" and m.start(1) <= x.start < m.start("head")
               and not re.match(r"['’]s?\s", prev.text[x.end : x.end + 3]) for x in prev.mentions):
            return None  # a person inside the phrase who is no owner of it ("X and other officials"); a group a
        # possessive pronoun owns ("Their foreign ministers") is left to the old rules, which name its owner
        return " ".join(m.group(1).split()), None
    return None


#: "they" opening a speech verb's clause after a connective or a time adverb ("Now they say,", "But they said"), which
#: :data:`_THEY_IT_RE` (a "they" opening the clause or after a comma) does not read.
_SPK143_CONNECTIVE_THEY_RE = re.compile(r"\s*(?:Now|Then|And|But|So|Still|Yet|Today|Later|Since\s+then),?\s+"
                                        r"they\s+(?:also\s+|now\s+|still\s+)?$")
#: A group of people owned by a singular possessive pronoun ("my kids'", "her two sons"): group 1 the phrase,
#: ``head`` the group's noun.
_SPK143_OWNED_GROUP_RE = re.compile(r"\b((?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<head>[a-z]+))"
                                    r"(?![\w\-])")
#: Plural nouns of people a possessive pronoun owns besides :data:`_GROUP_HEADS` ("my kids").
_SPK143_OWNED_HEADS = frozenset({"kids", "grandkids", "grandchildren", "colleagues"})


def spk143_owned_group_before(art: _Article, at: int) -> tuple[str, None] | None:
    """Whom "they" speaking the quote at ``at`` means when the sentence right before it (in its paragraph or the one
    before) names one plural group of people, owned by "my"/"our"/"his"/"her" ('... I tape recorded and then
    illustrated my kids' arguments and stories. Now they say, "We're not funny anymore, Dad."': my kids; spk143,
    blind-speakers90): that group, as the text names it. None when that sentence names no such group or another
    plural group of people beside it, or holds a "they"/"them"/"their" of its own (the same "they", named further
    back)."""
    heads = _GROUP_HEADS | _SPK143_OWNED_HEADS
    for prev in _sentences_just_before(art, at, 1):
        if re.search(r"\b(?i:they|them|their|theirs)\b", prev.text):
            return None
        owned = [m for m in _SPK143_OWNED_GROUP_RE.finditer(prev.text) if m.group("head") in heads
                 and not art.quoted(prev.sentence.start + m.start(1), prev.sentence.start + m.end(1))]
        groups = [w for w in re.findall(r"[A-Za-z]+", prev.text) if w.lower() in heads]
        if len(owned) != 1 or len(groups) != 1:
            return None
        return " ".join(owned[0].group(1).split()), None
    return None


#: "according to" and the phrase after it up to a comma or the sentence's end ("according to a separate sentencing
#: memo by federal prosecutors in New York, filed ..."), read by :func:`_according_group_before`.
_ACCORDING_PHRASE_RE = re.compile(r"\baccording\s+to\s+([^,;:.\"“”()]{3,120})", re.I)
#: A plural group of people inside such a phrase, its own words before it lower-case or a number ("federal
#: prosecutors", "people with knowledge of ..."; not "Trump's lawyers", whose owner the old rules name).
_ACCORDING_PEOPLE_RE = re.compile(
    r"(?:^|\b(?:by|from|of|to)\s+|^(?:the|some|several|two|three|four|\d+)\s+)((?:[a-z][\w\-]*\s+){0,2}(?:" +
    "|".join(sorted(_GROUP_HEADS, key=len, reverse=True)) + r"))\b(?!['’])")


def _according_group_before(art: _Article, at: int) -> tuple[str, None] | None:
    """Whom "they" speaking the quote at ``at`` means when the sentence right before the quote's (in its paragraph or
    the one before) gives its source as a plural group of people after "according to" ("..., according to a separate
    sentencing memo by federal prosecutors in New York, ..." then 'Driven by greed, they said, he "..."'): that
    group, the source the text just named, not a document or body quoted further back (:func:`_resolve_body`). None
    when that sentence has no "according to", or its phrase names no group of people (a report alone, a person)."""
    for prev in _sentences_just_before(art, at, 1):
        for acc in _ACCORDING_PHRASE_RE.finditer(prev.text):
            phrase = acc.group(1).strip()
            g = _ACCORDING_PEOPLE_RE.search(phrase)
            if g is None or art.quoted(prev.sentence.start + acc.start(1), prev.sentence.start + acc.end(1)):
                continue
            if any(x.entity is not None and x.entity.label == "PERSON"
                   and acc.start(1) <= x.start < acc.start(1) + g.start(1) for x in prev.mentions):
                continue  # "according to Smith's lawyers": an owner the old rules name
            return " ".join(g.group(1).split()), None
    return None


#: A sentence's main-clause subject when it is a name: after a connective and at most one fronted phrase that opens
#: on a subordinator, a preposition or a participle and ends on a comma ("Yet even as Putin extended an olive branch
#: to his rivals, Zyuganov spent ..."; "Speaking to reporters, Chavez said"), a name (group 1; no possessive) followed
#: by at most an appositive set off by commas and a word shaped as its verb (group ``verb``).
_MAIN_SUBJECT_RE = re.compile(
    r"\W*(?:(?:But|And|Yet|Still|So|Then|Now|However|Meanwhile|Instead|Later|Earlier|Also),?\s+)?(?:even\s+)?"
    r"(?P<fronted>(?:(?i:" + "|".join(sorted(_FRONTING_WORDS, key=len, reverse=True)) + r")|[A-Z][a-z]+ing|[A-Z][a-z]+ed)"
    r"\b[^,;:\"“”]{1,200},\s+)?"
    r"(" + _NAME + r")(?!['’])(?:\s*,\s*[^,;:\"“”]{1,120},)?\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|still\s+)?"
    r"(?P<verb>[a-z]{3,}|is)\b")  # ("Pelosi is facing pressure ...": "is", spk129)
#: A dash setting off an aside ("..., Urgant joked — Colbert took ...").
_DASH_ASIDE_RE = re.compile(r"\s*(?:—|–|--)")
#: A fronted phrase that is "for"/"to"/"as for" and a person's name alone, with a title ("For Mr. Balin, ..."): its
#: person is the sentence's topic ("Like Sulaiman, Beresford sent ..." is no such phrase: Beresford is).
_TOPIC_PHRASE_RE = re.compile(r"(?i:for|to|as\s+for)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?"
                              r"(?:[A-Z][\w.\-'’]*\s*){1,4},\s+")
#: Words after a name that show it is no subject of a verb ("Smith and Jones", "Smith of Iowa", "Smith who").
_NOT_SUBJECT_NEXT = frozenset({"and", "or", "of", "from", "in", "on", "at", "for", "with", "who", "whom", "whose",
                               "which", "that", "to", "by", "as", "than", "the", "into", "over", "under", "about"})


#: A sentence opening on a name's possessive and a noun, then a finite verb ("Warren-Boulton's answer was probably
#: not the one Lacovara had been after."): group ``owner`` the name with its "'s", ``head`` the noun.
_POSSESSIVE_SUBJECT_RE = re.compile(
    r"\W*(?:(?:But|And|Yet|Still|So|Then|Now|However|Meanwhile|Instead|Later|Earlier|Also),?\s+)?"
    r"(?P<owner>" + _NAME + r")\s+(?:[a-z][\w\-]*\s+){0,2}(?P<head>[a-z][\w\-]*)\s+(?:[a-z]+ly\s+|also\s+|still\s+)?"
    r"(?P<verb>was|were|is|are|has|had|seemed|came|became|remained|[a-z]{3,}ed)\b")


def _possessive_subject(art: _Article, s: Sent, pronoun: str) -> tuple[str, Any] | None:
    """The person whose possessive opens sentence ``s`` as the owner of its subject, a noun of the owner's words or
    view (:data:`_POSSESSOR_SUBJECT_NOUNS`, :data:`SPEECH_ACT_NOUNS`): "Warren-Boulton's answer was probably not the
    one Lacovara had been after." then '"...," he said' is the one who answered, not Lacovara, named later in the
    sentence and quoted asking before (spk129, blind-speakers73). The sentence tells no speech and names no person
    before the owner; any other possessed noun ("Smith's lawyer argued", "Smith's car was found") gives None."""
    m = _POSSESSIVE_SUBJECT_RE.match(s.text)
    if m is None or not re.search(r"['’]s$", m.group("owner")) or _VERB_RE.search(s.text):
        return None
    head = m.group("head").lower()
    words = s.text[m.end("owner") : m.start("head")].split() + [head]
    if (head not in _POSSESSOR_SUBJECT_NOUNS and head not in SPEECH_ACT_NOUNS and head.removesuffix("s") not in
            SPEECH_ACT_NOUNS) or any(w.lower() in _NOT_SUBJECT_NEXT for w in words):
        return None  # only the owner's words or view ("answer", "reply", "remarks", "tone"): "Smith's lawyer argued",
        # "Smith's car was found" are about someone or something else
    name = m.group("owner")[:-2]
    lo, hi = m.start("owner"), m.start("owner") + len(name)
    if any(x.entity is not None and x.entity.label == "PERSON" and x.start < lo for x in s.mentions):
        return None
    known = _known_person(art, name)  # the person the article names so, whatever NER typed this mention
    if known[1] is None and " " not in name:
        person = _surname_person(art, name)  # ("Frederick Warren-Boulton" for a "Warren-Boulton's" typed ORG)
        known = (person.name, person) if person is not None else known
    if known[1] is None:
        inside = [x for x in s.mentions if x.entity is not None and x.start < hi and x.end > lo]
        if not inside or inside[0].entity.label != "PERSON":
            return None  # a body's, a place's or a thing's ("Britain's answer", "The court's ruling")
        known = (inside[0].entity.name, inside[0].entity)
    return known if _a_person(*known) and _agrees(pronoun, *known) else None


#: A sentence's main-clause subject when it is a definite description (after a connective and at most one fronted
#: phrase, as :data:`_MAIN_SUBJECT_RE` reads them): "As if only slowly absorbing the implications of the loss, the
#: speaker seemed unable ..."; group ``desc`` the description, ``head`` its noun, ``verb`` the word after it.
_MAIN_EPITHET_RE = re.compile(
    r"\W*(?:(?:But|And|Yet|Still|So|Then|Now|However|Meanwhile|Instead|Later|Earlier|Also),?\s+)?(?:even\s+)?"
    r"(?P<fronted>(?:(?i:" + "|".join(sorted(_FRONTING_WORDS, key=len, reverse=True)) + r")|[A-Z][a-z]+ing|[A-Z][a-z]+ed)"
    r"\b[^,;:\"“”]{1,200},\s+)?"
    r"(?P<desc>(?i:the)\s+(?:[a-z][\w\-]*\s+|[A-Z][\w\-]*\s+){0,3}?(?P<head>[a-z][a-z\-]*))\s+"
    r"(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|still\s+)?(?P<verb>[a-z]{3,})\b")


def _epithet_subject(art: _Article, s: Sent, before: int, pronoun: str) -> tuple[str, Any] | None:
    """The person a "he"/"she" after sentence ``s`` continues when the main-clause subject of ``s`` is a definite
    description by a person's role or agent noun ("the speaker", "the president", "the senator", "the prayer
    leader", "the designer") that names someone: the one person the article introduced by name with that role
    (:func:`_description_holder`), else the one person the article names before ``before`` whom the cluster titles
    so anywhere ("Speaker Newt Gingrich" in another article; :func:`_titled_holder`). "The anger grew ... when the
    speaker approved a $10-million anti-Clinton advertising campaign that allowed Democrats to turn the election into
    a referendum on Gingrich, who has never been nearly as popular with the public as Clinton has been. As if only
    slowly absorbing the implications of the loss, the speaker seemed unable ... As late as Tuesday afternoon, he was
    predicting ... '...,' he said" is Gingrich's, not Clinton's, the last name before (spk129, blind-speakers73).
    None when the role names no one or several, or the person disagrees with ``pronoun``."""
    if s.sentence.end > before or any(s.sentence.start <= qs < s.sentence.end and len(art.body[qs:qe].split())
                                      >= MIN_QUOTE_WORDS for qs, qe in art.spans):
        return None  # (a phrase quoted inside, 'the designer admitted that the "ladies who lunch" were ...', is no
        # one's quote that the walk would have read)
    m = _MAIN_EPITHET_RE.match(s.text)
    if (m is None or not (m.group("head") in PERSON_ROLES or _AGENT_NOUN_RE.search(m.group("head")))
            or m.group("head") in BODY_HEADS or m.group("head") in BODY_ROLES or m.group("verb") in _NOT_SUBJECT_NEXT
            or m.group("verb").endswith("ing") or any(v.start() != m.start("verb") for v in _VERB_RE.finditer(
                s.text, m.end("fronted") if m.group("fronted") else 0))):
        return None  # (a speech verb of another subject: whose words the walk reads; the description's own, "During
        # a 2009 interview with Vanity Fair's John Heilpern, the designer admitted that ...", is read here)
    if any(x.start < m.end("desc") and x.end > m.start("desc") for x in s.mentions):
        return None  # a name inside the description ("the Georgia Republican"): other rules read it
    desc = " ".join(m.group("desc").split())
    at = s.sentence.start + m.start("desc")
    held = _description_holder(art, desc, at)
    if held is not None and held[1] is None:
        return None  # someone the text introduced by the role without a name
    if held is None:
        ent = _titled_holder(art, desc, at)
        held = (ent.name, ent) if ent is not None else None
    if held is None or held[1] is None or held[1].label != "PERSON" or not _agrees(pronoun, *held):
        return None
    return held


def _titled_holder(art: _Article, phrase: str, before: int) -> Any:
    """The one person the article names before ``before`` (outside quotes) whom the cluster anywhere titles with the
    role of the definite description ``phrase`` ("Speaker Newt Gingrich", "House Speaker X", "X, the speaker,"), an
    introduction of another rank ("former Speaker Jim Wright", "Vice President X" for "the president") not counted
    (:func:`_other_role`); None when no one or several are."""
    words = phrase.split()
    head = words[-1].lower()
    h = re.escape(head) + (r"|" + re.escape(ROLE_ABBREVIATIONS[head]) + r"\." if head in ROLE_ABBREVIATIONS else "")
    title_re = re.compile(r"(?:^|[\s(,])((?:[\w\-'’.]+\s+){0,3}?)(?i:" + h + r")\s+(?:[A-Z][a-z]{1,4}\.\s+)?$")
    after_re = re.compile(r"\s*,\s*(?:the\s+)?((?:[\w\-'’.]+\s+){0,3}?)(?i:" + h + r")\s*,")
    people: dict[str, Any] = {}
    for x in art.sents:
        if x.sentence.start >= before:
            break
        for mm in x.mentions:
            if (mm.entity is not None and mm.entity.label == "PERSON" and x.sentence.start + mm.end <= before
                    and not art.quoted(x.sentence.start + mm.start, x.sentence.start + mm.end)):
                people[mm.entity.id] = mm.entity
    found = {}
    for ent in people.values():
        for mm in getattr(ent, "mentions", ()) or ():
            if getattr(mm, "sent", None) is None:
                continue
            intro = title_re.search(mm.sent.text[max(0, mm.start - 60) : mm.start]) or after_re.match(mm.sent.text,
                                                                                                     mm.end)
            if intro is not None and not _other_role(words[1:-1], intro.group(1).split()):
                found[ent.id] = ent
                break
    return next(iter(found.values())) if len(found) == 1 else None


def _main_subject(art: _Article, s: Sent, before: int, pronoun: str) -> tuple[str, Any] | None:
    """The person a "he"/"she" (``pronoun``) after sentence ``s`` continues when ``s`` (wholly before ``before``,
    quoting no one) has a name for its main-clause subject (:data:`_MAIN_SUBJECT_RE`) that is a person of the
    pronoun's gender: a PERSON mention, or a bare surname NER missed that one person of the article holds
    ("Samaranch has compared it to ... Ben Johnson's 1988 drug case." -> Juan Antonio Samaranch, not Ben Johnson;
    "Rossi laid out the prosecution's case ... before Judge Stephen Herrick."). A name inside the fronted phrase or
    after the verb (an object, a prepositional phrase) is not the subject. None when the subject is no person (a
    body, a place, a pronoun, a common noun: left to the old rules)."""
    if s.sentence.end > before or _QUOTE_MARK_RE.search(s.text):
        return None
    if (held := caused_state_person(s.text, s.mentions)) is not None:  # "Watson's miss ... left Martinez upset"
        return (held.entity.name, held.entity) if _a_person(held.entity.name, held.entity) and _agrees(
            pronoun, held.entity.name, held.entity) else None
    m = _MAIN_SUBJECT_RE.match(s.text)
    owner = _possessive_subject(art, s, pronoun) if m is None or re.search(r"['’]s$", m.group(2)) else None
    if owner is not None:
        return owner  # "Warren-Boulton's answer was ..." then '"...," he said' (spk129)
    if m is None or m.group("verb") in _NOT_SUBJECT_NEXT or m.group("verb").endswith("ing"):
        return None
    if any(v.start() != m.start("verb") for v in _VERB_RE.finditer(s.text, m.end("fronted") if m.group("fronted")
                                                                    else 0)):
        return None  # "Ganga sought the money ..., Welch said.": another's words, whose speaker the walk reads (a
        # fronted phrase's own verb, "Asked whether the country would ..., Rob Shapiro ... offered", is the
        # subject's: basil:df5fe55a)
    if _DASH_ASIDE_RE.search(s.text, 0, m.start(2)) or _DASH_ASIDE_RE.match(s.text, m.end("verb")):
        return None  # "..., Urgant joked — Colbert took this opportunity ...": a name in an aside is no subject
    fronted = m.group("fronted")
    if fronted and _TOPIC_PHRASE_RE.fullmatch(fronted):
        return None  # "For Mr. Balin, Jefferson Airplane was focused on ...": the person the phrase makes the
        # topic is whom the next "he" continues (the old rules read it), not the subject
    lo, hi = m.span(2)
    inside = [x for x in s.mentions if x.entity is not None and x.start < hi and x.end > lo]
    inside = [x for x in inside if x.end >= hi] or inside  # the mention ending the name ("Cmdr. Patrick Fitzgerald")
    if inside:
        ent = inside[0].entity
        if (ent.label != "PERSON" or inside[0].start < lo or not _a_person(ent.name, ent)
                or art.common_word(inside[0])):
            return None  # a body or place opens the sentence, a name the pattern cut, or a common noun NER typed a
            # person ("Malaria kills a million people a year, and malaria is curable.")
        return (ent.name, ent) if _agrees(pronoun, ent.name, ent) else None
    name = m.group(2)
    person = _surname_person(art, name) if " " not in name else _known_person(art, name)[1]
    if person is None and (surname := titled_surname(name)):  # "Mr Millichip acknowledged ...": Bert Millichip
        person = _known_person(art, surname, whole=False)[1]
    if person is None or person.label != "PERSON" or not _agrees(pronoun, person.name, person):
        return None
    return person.name, person


def _main_subject_before(art: _Article, pos: int, before: int, pronoun: str) -> tuple[str, Any] | None:
    """The person :func:`_main_subject` reads as the main-clause subject of the sentence right before sentence
    ``pos`` (in its paragraph or the one before), when the "he"/"she" sentence names no one before the pronoun: the
    subject the pronoun continues, before the one person that sentence names (:func:`_sole_person_before`), who
    may be an object ("... and Ben Johnson's 1988 drug case")."""
    if pos == 0:
        return None
    s = art.sents[pos - 1]
    if art.paragraph_at(art.sents[pos].sentence.start) - art.paragraph_at(s.sentence.start) > 1:
        return None
    if (teller := spk144_trailing_teller(art, s, before, pronoun)) is not None:
        return teller  # '"He had no items with him ..., Vargo said.' / '"...," he said.': Vargo (spk144)
    return _main_subject(art, s, before, pronoun)


#: A sentence that closes on its attribution of reported speech, set off by a comma (spk143 and spk144, folded by
#: spk147): a name of one to four capitalized words (group ``name``), "also", a speech verb with no object but a
#: hearer ("told reporters", "told the court") and perhaps a short phrase of where or when, the stop ('He had no items
#: with him that would be cause for alarm, Vargo said.', ', Lerena said in court.'); or the verb first (", said Chief
#: Craig Vargo." : group ``name2``).
_TRAILING_TELLER_RE = re.compile(
    r",\s*(?:(?P<name>(?:[A-Z][\w.\-'’]*\s+){0,3}[A-Z][\w.\-'’]*)\s+(?:also\s+)?(?:said|says|added|adds|explained|noted|"
    r"told\s+(?:the\s+)?[\w.\-'’]+)(?:\s+(?:in|on|at|during|after|before)\s+(?:[\w\-]+(?:['’]s)?\s*){1,4})?"
    r"|(?:said|says|added|adds|explained|noted)\s+(?P<name2>(?:[A-Z][\w.\-'’]*\s+){0,3}[A-Z][\w.\-'’]*))"
    r"\s*[.!]?[\s\"”’']*$")


def spk144_trailing_teller(art: _Article, s: Sent, before: int, pronoun: str | None) -> tuple[str, Any] | None:
    """The person whose attribution closes sentence ``s`` read up to ``before`` (:data:`_TRAILING_TELLER_RE`): every
    person NER names in that name, outside quotes, agrees with ``pronoun`` ("Jane Vargo said." is no "he"). 'He had
    no items with him that would be cause for alarm, Vargo said.' reports Vargo's words: its opening "he" is the
    reported clause's subject (Salata), so a "he said" after it goes on with Vargo, who was just telling, not with
    the man told about nor someone named further back. Read by the walk back for "he"/"she" (a sentence the same
    "he" opens is skipped unless it so closes: spk143, blind-speakers90) and for the sentence right before a "he"
    sentence that names no one (spk144, blind-speakers92); one rule since spk147. None otherwise."""
    lo = s.sentence.start
    m = _TRAILING_TELLER_RE.search(art.body, lo, min(s.sentence.end, before))
    if m is None:
        return None
    a, b = m.span("name" if m.group("name") else "name2")
    if art.quoted(a, b):
        return None
    named = [x for x in s.mentions if x.entity is not None and x.entity.label == "PERSON"
             and a <= lo + x.start and lo + x.end <= b]
    if not named or not all(_agrees(pronoun, art.body[lo + x.start : lo + x.end], x.entity)
                            and _agrees(pronoun, x.entity.name, x.entity) for x in named):
        return None
    ent = named[-1].entity
    return (ent.name, ent) if _a_person(ent.name, ent) else None


def _open_quote_paragraphs_between(art: _Article, qe: int, ns: int) -> bool:
    """Whether only paragraphs of the same open quote stand between a quote left open at ``qe`` and the next listed
    quote at ``ns``, two paragraphs or more after it: every word between lies inside a quote span (a part too
    short to list, "I was scared."), at most :data:`CONTINUATION_PARAGRAPHS` paragraphs of them. A statement
    printed one sentence a paragraph then is one statement, whose attribution closes its last part (the paragraph
    right after is read by :func:`extract` already)."""
    gap = art.body[qe:ns]
    parts = [(qe + p.start(), qe + p.end()) for p in re.finditer(r"\S+(?:[ \t]+\S+)*", gap)]
    if not parts or len(parts) > CONTINUATION_PARAGRAPHS or "\n" not in gap:
        return False
    return all(art.quoted(lo, hi) or not re.search(r"\w", art.body[lo:hi]) for lo, hi in parts)


#: "I" right before a speech verb (its clause's subject: "and I said,"), read by :func:`_unmarked_writer`.
_FIRST_PERSON_SUBJECT_RE = re.compile(r"(?:^|[,;]\s*|\band\s+|\bthen\s+)I\s+(?:[a-z]+ly\s+|then\s+|also\s+)?$")
#: How many paragraphs back an unmarked first-person text may have been introduced (:func:`_unmarked_writer`).
UNMARKED_TEXT_PARAGRAPHS = 8


def _unmarked_writer(art: _Article, qs: int, s: Sent) -> tuple[str, Any] | None:
    """Who "I" is in '... and I said, "..."' outside any quote: the writer of a first-person text the article prints
    without quote marks, introduced by a paragraph ending on a colon whose speech verb has a person for its subject
    ('In a statement to CBS12, McDowell explained her side of the story, which read in part:' then paragraphs in the
    first person, one of which holds 'I said, "I am here because ..."': McDowell). Every paragraph from the
    introduction's to the quote's must be in the first person and open on no quote mark (the text goes on
    unbroken); None otherwise (a reporter's own "I", an op-ed, a first-person sentence inside a quote)."""
    body = art.body
    verbs = list(_VERB_RE.finditer(body, s.sentence.start, qs))
    if not verbs or not _FIRST_PERSON_SUBJECT_RE.search(body, s.sentence.start, verbs[-1].start()) or art.quoted(
            verbs[-1].start(), verbs[-1].end()) or _QUOTE_MARK_RE.search(body, verbs[-1].end(), qs - 1):
        return None
    para = art.paragraph_at(qs)
    for p in range(para, max(-1, para - UNMARKED_TEXT_PARAGRAPHS - 1), -1):
        lo = art.paragraphs[p]
        hi = art.paragraphs[p + 1] if p + 1 < len(art.paragraphs) else len(body)
        text = body[lo:hi].strip()
        if p < para and text.endswith(":"):  # the introduction: its speech verb's subject, a person, wrote the text
            intro = art.sentence_at(lo + len(body[lo:hi].rstrip()) - 1)
            if intro is None:
                return None
            si = art.sents[intro]
            for v in _VERB_RE.finditer(body, si.sentence.start, si.sentence.end):
                got = _speech_subject(art, si, _clause_start(body, si.sentence.start, v.start()), v.start(), False)
                if got is not None and got[1] is not None and got[1].label == "PERSON":
                    return got[0], got[1]
            return None
        if not text or text[:1] in "\"“‘'`" or not _FIRST_PERSON_ANY_RE.search(text):
            return None
    return None


#: A person's appositive (", a stem cell biologist at ..."): a noun phrase opened by an article right after the name.
_APPOSITIVE_OPENING_RE = re.compile(r"\s*,\s*(?:a|an|the)\s")


def _antecedent(art: _Article, s: Sent, lo: int, at: int, person: bool = False) -> tuple[str, Any] | None:
    """The speaker ending right before ``at`` (the antecedent of ", who said"): the last person or
    organization, or nominal speaker, in the 80 characters before it. ``person`` ("who", not "which"): an
    organization inside the appositive of a person named before it is no antecedent ("Amander Clark, a stem cell
    biologist at University of California, Los Angeles, who calls the work "..."": Clark), the person is."""
    lo = max(lo, at - 80)
    ms = _speakers_in(art, s, lo, at)
    if person and ms and ms[-1].entity.label != "PERSON":
        held = [m for m in ms[:-1] if m.entity.label == "PERSON"
                and _APPOSITIVE_OPENING_RE.match(s.text, m.end)
                and not re.search(r"[;\"“”]", s.text[m.end : ms[-1].start])]
        if held:  # (the appositive is the person too: not the nominal it opens)
            return held[-1].entity.name, held[-1].entity
    cands = [(s.sentence.start + m.end, m.entity.name, m.entity) for m in ms]
    nom = NOMINAL_SPEAKER_RE.search(art.body, lo, at)
    while nom:
        cands.append((nom.end(), " ".join(nom.group(0).split()), None))
        nom = NOMINAL_SPEAKER_RE.search(art.body, nom.end(), at)
    if not cands:
        return None
    end, name, ent = max(cands, key=lambda c: c[0])
    owned = None if person else _POSSESSED_BEFORE_RE.match(art.body, end, at)
    if owned:  # '... remove the committee's dedication at the top of the standards, which said: "..."': "which" is
        # the thing owned (the dedication), not its owner; a nominal read over an infinitive ("the board to remove
        # the committee") is cut to its last noun phrase
        last = list(re.finditer(r"(?i)\b(?:the|a|an)\s", name))
        name = (name[last[-1].start() :] if ent is None and last else name) + "'s " + owned.group(1)
        ent = None
    return name, ent


#: A possessive right after an antecedent candidate, and the noun phrase it owns, up to ", which" (its trailing
#: prepositional phrase left out).
_POSSESSED_BEFORE_RE = re.compile(r"['’]s\s+((?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)"
                                  r"(?:\s+(?:at|of|in|on|for|from)\s[^,;\"“”]{0,60})?"
                                  r"\s*$")


def _has_long_quote(body: str, lo: int, hi: int) -> bool:
    """Whether ``body[lo:hi]`` holds a quote of :data:`MIN_QUOTE_WORDS` words or more, or one left open (a
    quoted name, 'writing on the "Yorkshire lass" website, says:', is no quote)."""
    marks = [m.start() for m in _QUOTE_MARK_RE.finditer(body, lo, hi)]
    return len(marks) % 2 == 1 or any(len(tokens(body[a:b])) >= MIN_QUOTE_WORDS for a, b in zip(marks[::2], marks[1::2]))


#: "by" right after a passive speech verb, its agent next ("was summed up by Mandy Gilman"; not "by phone").
_AGENT_BY_RE = re.compile(r"\s+by\s+(?=[A-Z])")


#: A bare "Another" speaking right before a quote ("Another said: "..."", "Another wrote,"): the noun left out is
#: the one the quote before named ("One social media post read: "...""), read by :func:`_another_of`.
_ANOTHER_SAID_RE = re.compile(r"\W*Another\s+(?:also\s+|simply\s+)?(?:said|says|wrote|writes|read|reads|posted|tweeted|"
                              r"added|asked)\s*[:,]?\s*(?:``|[\"“])?\s*$")
#: A speaker described as one of a kind, by a noun phrase the text did not name ("One social media post", "A
#: mother"); group 1 the noun phrase.
_ONE_OF_KIND_RE = re.compile(r"(?:One|An?)\s+([a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})")


def _another_of(body: str, lo: int, qs: int, last: str) -> str | None:
    """ "Another <noun>" when the sentence from ``lo`` to the quote at ``qs`` is a bare "Another said:" and the
    speaker ``last`` of the quote before, in the same paragraph, is one of a kind the text describes ("One social
    media post"): 'One social media post read: "..." Another said: "..."' is another post's, not no one's."""
    kind = _ONE_OF_KIND_RE.fullmatch(last)
    if kind is None or not _ANOTHER_SAID_RE.match(body, lo, qs):
        return None
    return "Another " + kind.group(1)


#: "for" right before a speech gerund ("toward Ms. Palin for saying recently that ..."): the name before "for" is
#: the gerund's subject.
_FOR_GERUND_RE = re.compile(r"\s+for\s+(?:[a-z]+ly\s+)?$")


def _speech_sentence(art: _Article, lo: int, hi: int) -> tuple[str, Any] | None:
    """Who speaks in the last sentence of ``body[lo:hi]`` that has a speech
    verb and no quote of its own ("X said the family did not know."; "X sent the following statement:")."""
    i = art.sentence_at(max(lo, hi - 1))
    while i is not None and i >= 0 and art.sents[i].sentence.end > lo:
        s = art.sents[i]
        a, b = max(lo, s.sentence.start), min(hi, s.sentence.end)
        if not _has_long_quote(art.body, a, b):
            for v in reversed(sorted([*_VERB_RE.finditer(art.body, a, b), *_STATEMENT_VERB_RE.finditer(art.body, a, b)],
                                     key=lambda v: v.start())):
                lo_v = _clause_start(art.body, a, v.start())
                marks = list(_QUOTE_MARK_RE.finditer(art.body, lo_v, v.start()))
                if marks and not re.search(r"[A-Za-z]", art.body[marks[-1].end() : v.start()]):
                    got = _name_after(art, s, v.end(), min(b, v.end() + 90))  # '``Greed is global,'' said X'
                else:
                    got = _speech_subject(art, s, lo_v, v.start())
                if got is None and re.search(r",\s*$", art.body[lo_v : v.start()]):  # an inverted attribution,
                    # "The key innovation was conceptual, says Gilles Pison of the National Institute ...": Pison
                    got = _name_after(art, s, v.end(), min(b, v.end() + 90))
                    got = got if got is not None and got[0][:1].isupper() else None
                if got is None and _PASSIVE_BEFORE_RE.search(art.body, lo_v, v.start()) and (
                        by := _AGENT_BY_RE.match(art.body, v.end(), b)):  # 'The situation was summed up by Mandy
                    # Gilman, a New Yorker who ...' then a quote paragraph: the passive's agent speaks
                    got = _name_after(art, s, by.end(), min(b, by.end() + 90))
                    got = got if got is not None and got[1] is not None and got[1].label == "PERSON" else None
                if got is None and (np := _NOUN_PHRASE_RE.match(art.body, lo_v, v.start())) and np.group(1).startswith(
                        "the "):  # 'During a 2009 interview with ..., the designer admitted that ...' then a quote
                    # paragraph: the person the epithet refers to (as for '"...," the designer said')
                    got = _epithet(art, np.group(1), lo_v)
                if got is not None:
                    return got[:2]
        i -= 1
    return None


def _speech_sentence_unnamed(art: _Article, lo: int, hi: int, words: str) -> tuple[str, Any] | None:
    """:func:`_speech_sentence` of ``body[lo:hi]`` for a quote of ``words`` that follows it, passing over a
    sentence whose speaker is a person the quote names by given name or full name (:func:`_named_in_quote`): 'Martin
    announced he's gay last March.' / '"Personally, I admire Ricky for the great artistic gifts ..."' is not
    Martin's words but those of the cardinal who "railed against" him a sentence before (spk141, blind-speakers87)."""
    i = art.sentence_at(max(lo, hi - 1))
    while i is not None and i >= 0 and art.sents[i].sentence.end > lo:
        s = art.sents[i]
        got = _speech_sentence(art, max(lo, s.sentence.start), min(hi, s.sentence.end))
        if got is not None and not _named_in_quote(words, *got):
            return got
        i -= 1
    return None


def _named_in_quote(words: str, name: str, ent: Any) -> bool:
    """Whether quote ``words`` name the person ``name`` (``ent``) in the third person or as the one addressed, by
    the whole name or a given name ("I admire Ricky", "Ricky, please"): no one speaks of themselves so, and a quote
    naming its speaker's surname alone may be a relative's. Never "I'm Ricky", "my name is ...". A person of two
    words or more only (a one-word name may be a surname)."""
    if ent is None or getattr(ent, "label", None) != "PERSON" or not _a_person(name, ent):
        return False
    parts = [w for w in name.split() if w[:1].isupper() and w.lower().rstrip(".") not in TITLES]
    if len(parts) < 2:
        return False
    for form in (name, parts[0]):
        for m in re.finditer(r"\b" + re.escape(form) + r"\b", words):
            if not re.search(r"(?:\bI['’]m|\bI\s+am|\bname\s+is|\bcall\s+me|\bme,|\bthis\s+is)\s*$",
                             words[: m.start()], re.I):
                return True
    return False


#: A sentence opening on a group ("Both nations", "The two leaders", "All parties") or on one of a group the text
#: does not name ("One appealed for help ... with the simple message: "...""): no single earlier speaker.
_GROUP_SUBJECT_RE = re.compile(r"\s*(?:(?:Both|The two|The three|Two|Three|All|Many|Several|Most)\s+[a-z]|"
                               r"(?:One|Another|Some|Others)\s+(?:[a-z]+ed|said|says|wrote|writes|told|tells)\b)")


#: A group of two as a sentence's subject, and what kind of members it has.
_GROUP_OF_TWO_RE = re.compile(r"\s*(?:Both|The two)\s+(?:(nations|countries|governments)|(leaders|presidents|men|women|"
                              r"ministers|premiers))\b")


#: A nominal speaker that is a group of two people ("the two Republicans", "both senators"), not of bodies or places.
_TWO_OF_THEM_RE = re.compile(r"(?i)(?:the\s+two|both)\s+(?:[a-z\-]+\s+)?(?!(?:nations|countries|governments|sides|"
                             r"companies|firms|groups|parties|agencies|organizations|organisations|teams|states|cities|"
                             r"clubs|banks|reports|studies)\b)(?:[a-z\-]+s|men|women)")


def _pair_before(art: _Article, s: Sent) -> tuple[Mention, Mention] | None:
    """The two people the sentence right before ``s`` (same or previous paragraph) names joined by "and" ("Russia's
    President X and his Turkish counterpart Y"; "Chairman X (R-Ariz.) — at home in Arizona — and Chairman Y"), when
    it names exactly two; else None."""
    pos = art.sentence_at(s.sentence.start)
    if not pos:
        return None
    prev = art.sents[pos - 1]
    if art.paragraph_at(s.sentence.start) - art.paragraph_at(prev.sentence.start) > 1:
        return None
    sents = [prev]  # a sentence the segmenter cut after "(R-Ariz.)" is read with its start
    while (pos - len(sents) > 0 and not re.match(r"[\"“'‘`]*[A-Z0-9]", sents[0].text)
           and art.paragraph_at(art.sents[pos - len(sents) - 1].sentence.start) == art.paragraph_at(prev.sentence.start)):
        sents.insert(0, art.sents[pos - len(sents) - 1])
    people = [(x.sentence.start + m.start, x.sentence.start + m.end, m) for x in sents for m in x.mentions
              if m.entity is not None and m.entity.label == "PERSON" and not art.common_word(m)]
    pairs = [(a, b) for (_, a_end, a), (b_start, _, b) in zip(people, people[1:]) if a.entity is not b.entity
             and re.fullmatch(r",?\s+and\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w\-’'.]+\s+){0,5}", re.sub(
                 r"\s*(?:\([^()]*\)|[—–][^—–]*[—–])", "", art.body[a_end:b_start]))]
    people = [m for _, _, m in people]
    # (a parenthesis or an aside between dashes is no part of the pair: "X (R-Ariz.) — at home ... — and Y")
    if len(pairs) != 1 or len({m.entity.id for m in people}) != 2:
        return None
    return pairs[0]


def _group_members(art: _Article, s: Sent, qs: int) -> str | None:
    """The members of a group of two opening the quote's sentence ("Both nations called on all parties to "...""),
    when the sentence right before (same or previous paragraph) names them: two people joined by "and" ("Russia's
    President Vladimir Putin and his Turkish counterpart Tayyip Erdogan"; for "the two leaders"), or the countries
    given right before those two people, a nationality read as the country the article names ("Turkish": Turkey;
    for "both nations"). None when the text does not name exactly that pair."""
    g = _GROUP_OF_TWO_RE.match(art.body, s.sentence.start, qs)
    pair = _pair_before(art, s) if g else None
    if pair is None:
        return None
    a, b = pair
    if g.group(2):
        return f"{a.entity.name} and {b.entity.name}"
    places = {m.entity.name: m.entity for x in art.sents for m in x.mentions
              if m.entity is not None and m.entity.label == "GPE"}

    def country(person: Mention) -> str | None:
        near = [m for m in person.sent.mentions if m.entity is not None and m.entity.label in ("GPE", "NORP")
                and m.end <= person.start and person.start - m.end <= 30]
        if not near:
            return None
        m = near[-1]
        if m.entity.label == "GPE":
            return m.entity.name
        named = [p for p in places if len(p) >= 4 and p[:4].lower() == m.text[:4].lower()]  # Turkish: Turkey
        return named[0] if len(named) == 1 else None

    ca, cb = country(a), country(b)
    return f"{ca} and {cb}" if ca and cb and ca != cb else None


def _no_name(speaker: str, sentence: str) -> bool:
    """Whether a speaker no entity backs is no one's name: one capitalized word that is a participle's shape ("TV
    Abbreviated shows you "..."", read as the subject "Abbreviated"; not a given name such as "Mohammed"), or a
    word set in parentheses where the sentence writes it ("(Abbreviated)", "(Updated)": an editorial note)."""
    if not re.fullmatch(r"[A-Z][a-z]+", speaker) or speaker.lower() in GIVEN_NAMES:
        return False
    return bool(re.fullmatch(r"[A-Z][a-z]{4,}ed", speaker)) or "(" + speaker + ")" in sentence


#: Quoted words that only describe unnamed sources ("people familiar with the investigation", "a source close to
#: the family", "officials briefed on the talks").
_UNNAMED_SOURCES_RE = re.compile(
    r"\W*(?:(?:a|an|the|two|three|four|several|some|many|other|senior|anonymous|u\.s\.|american|government|"
    r"administration)\s+){0,3}(?:people|persons?|sources?|officials?|individuals?|aides?|insiders?)\s+(?:(?:who\s+"
    r"(?:is|are|was|were)\s+)?(?:familiar|close|briefed|knowledgeable|involved)\b|with\s+(?:direct\s+|first-?hand\s+)?"
    r"knowledge\b|who\s+(?:spoke|asked|requested|declined)\b)[^.!?]{0,80}?[\W]*", re.I)


_TITLE_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
_I_WORD_RE = re.compile(r"I(?:['’](?:m|ve|d|ll))?")


def _title_cased(text: str) -> bool:
    """Is a quotation a title (a song's, a book's, a headline quoted whole): four words or more besides "I",
    three in four of them capitalized, no comma, and no full stop, question or exclamation mark at its end?
    ("Jesus Christ, I'm speechless," and a saying "How Happy We Are, To Meet Friends From Afar" are speech.)"""
    if "," in text.rstrip(" ,;:\"'”’"):
        return False
    words = [w for w in _TITLE_WORD_RE.findall(text) if not _I_WORD_RE.fullmatch(w)]
    return (len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)
            and not text.rstrip(" ,;:\"'”’").endswith((".", "!", "?")))


#: Up to five words, each capitalized but a name's particles: a name, nickname or title quoted ("El Rey del
#: Cochayuyo", "The Hunger Games"), not speech.
_NAME_IN_QUOTES_RE = re.compile(r"[A-Z][\w'’\-]*(?:\s+(?:(?:de|del|la|las|los|el|of|the|and|von|van|da|di|le|du)\s+)?"
                                r"[A-Z][\w'’\-]*){1,4}")


#: Titles before a surname that say who it is beyond the name ("President Bush"): not the plain honorifics.
_NAMING_TITLES = TITLES - {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"}


def _last_full_holder(art_sents: list[Sent], pos: int, end_pos: int, ent: Any) -> Any:
    """When a quote's speaker ``ent`` is named in the quote's sentences (``pos`` .. ``end_pos``) only by a bare
    surname, a one-word mention whose entity holds a longer name ending in it, and the article names two or more
    people in full with that surname before it (Elian Gonzalez, his father Juan Miguel Gonzalez): the person of
    the last full mention before, whichever entity the cluster gave the word, among the bearers a gendered title
    before the word does not contradict ("Mrs. Obama said" after "Michelle Obama" and a later "Barack Obama": her,
    :func:`title_gender`). None otherwise (one bearer, a naming title before the word, no bearer of the title's
    gender, or the last full mention is ``ent``'s own)."""
    bare = [(i, m) for i in range(pos, end_pos + 1) for m in art_sents[i].mentions if m.entity is ent]
    if not bare or any(len(m.text.split()) > 1 for _, m in bare):
        return None
    i, m = bare[0]
    word = m.text.strip(".,")
    if len(ent.name.split()) < 2 or ent.name.split()[-1] != word or re.search(
            r"(?i:\b(?:" + "|".join(sorted(_NAMING_TITLES)) + r"))\.?\s+$", art_sents[i].text[: m.start]):
        return None
    full = [(j, x.start, x.entity) for j in range(0, i + 1) for x in art_sents[j].mentions
            if x.entity is not None and x.entity.label == "PERSON" and len(x.text.split()) > 1
            and x.text.split()[-1].strip(".,") == word and (j < i or x.start < m.start)
            and not _kin_of_surname(art_sents[j], x, word)]
    if len({e.id for _, _, e in full}) < 2:
        return None
    full = _without_relatives_after_bare_use(art_sents, full, word, (i, m.start))
    title = title_gender(art_sents[i].text[: m.start])
    if title is not None:  # "Mrs. Obama said" after "Michelle Obama" and "Barack Obama": a woman, never the man
        full = [t for t in full if gender(t[2].name, t[2]) in (None, title)]
    if not full:  # no bearer of the title's gender named in full: the titled name as the mention's entity has it
        return None
    last = max(full, key=lambda t: (t[0], t[1]))[2]
    return last if last.id != ent.id else None


#: Kin :data:`KIN_ROLES` leaves out (it lists who may speak for a person: "his wife said").
_PARENT_KIN = ("mother", "father", "stepmother", "stepfather", "nephew", "niece", "grandson", "granddaughter")

#: "Funnye's mother, " right before a name: the name is introduced as the relative of the one the surname names.
_KIN_OF_RE = re.compile(r"([A-Z][\w\-]+)['’]s?\s+(?:(?:late|own|elder|older|younger|former)\s+)?(?:"
                        + "|".join(sorted({*KIN_ROLES, *_PARENT_KIN})) + r"),?\s+$")


def _kin_of_surname(s: Sent, m: Mention, word: str) -> bool:
    """Whether the full name ``m`` is introduced as a relative of the one a bare ``word`` names ("Funnye's mother,
    Verdelle Robinson Funnye"): the article already uses the surname alone for another person, so the relative is
    not who a later bare "Funnye" names. A relative of someone called otherwise ("Elian's father, Juan Miguel
    Gonzalez") stays a bearer."""
    kin = _KIN_OF_RE.search(s.text, 0, m.start)
    return kin is not None and kin.group(1) == word


#: A kin phrase right before a full name: "Their father, ", "his 13-year-old brother ", "the elder brother of
#: 13-year-old ": the name is introduced as someone's relative.
_KIN_WORDS = "|".join(sorted({*KIN_ROLES, *_PARENT_KIN}))
_KIN_BEFORE_NAME_RE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|own|elder|older|younger|former|\d+-year-old)\s+){0,2}(?:"
    + _KIN_WORDS + r")|\b(?:" + _KIN_WORDS + r")\s+of(?:\s+(?:his|her|their|the))?)"
    r",?\s+(?:(?:\d+-year-old|late|elder|older|younger)\s+)?$")


#: A possessive kin phrase right before a name, ordinals allowed ("her second husband "; read63).
_READ63_KIN_RE = read63_kin_phrase_re({*KIN_ROLES, *_PARENT_KIN})


def _without_relatives_after_bare_use(art_sents: list[Sent], full: list[tuple[int, int, Any]], word: str,
                                      at: tuple[int, int]) -> list[tuple[int, int, Any]]:
    """The full bearers of a bare surname ``word`` (``_last_full_holder``'s (sentence, start, entity) list) less the
    ones introduced as a relative ("Their father, Omar Abaaoud"; "the elder brother of 13-year-old Younes
    Abaaoud") after the article had already used ``word`` alone, past another bearer's full name: the bare
    surname already stands for that person, the story's subject, and a relative named later does not take it over
    (Abdelhamid Abaaoud, "Abaaoud" many times, then his father and brother), when the article uses the bare surname
    again between the relative's name and the quote's bare surname at ``at`` (sentence, start): it has returned to
    its subject. A relative named before any bare use ("Elian's father, Juan Miguel Gonzalez" early in the story,
    then "Gonzalez said"), or the nearest bearer with no bare use since ('His son, T.J. DiLeo, ... said that ...'
    then '"...," DiLeo said.'), stays a bearer. A relative introduced by a possessive kin phrase in a sentence that
    used ``word`` alone before it ('Davis revealed that she ... with her second husband Jeff Davis'; read63) is left
    out too: that sentence names him as the bare surname's relative."""
    kin_ids = set()
    for j, start, ent in full:
        others = [(jj, ss) for jj, ss, e in full if e.id != ent.id and (jj, ss) < (j, start)]
        if others and read63_kin_in_bare_sentence(art_sents[j], start, word, _READ63_KIN_RE):
            kin_ids.add(ent.id)  # 'Davis revealed ... her second husband Jeff Davis': hers, not "Davis" (read63)
            continue
        if not _KIN_BEFORE_NAME_RE.search(art_sents[j].text, 0, start):
            continue
        if not others:
            continue
        first = min(others)
        bare = [(k, m.start) for k in range(first[0], at[0] + 1) for m in art_sents[k].mentions
                if m.text.strip(".,") == word]
        if any(first < b < (j, start) for b in bare) and any((j, start) < b < at for b in bare):
            kin_ids.add(ent.id)
    return [t for t in full if t[2].id not in kin_ids] if kin_ids else full


def _surname_owners(art_sents: list[Sent]) -> dict[str, Any]:
    """Entity id -> the person an article means by that entity's surname: for a person the cluster names in full
    (from other articles) and the article only by one one-word mention ("Mr. Trump", "Trump"), the one other person
    the article names in full with that word as a later part of the name before it ("Donald Trump Jr." then "Mr.
    Trump" in a story about the son, which the cluster's entities gave to the father). Never when a title before
    the word says who it is ("President Trump"), nor a person a gendered title on the word contradicts ("Mrs.
    Trump" is never Donald Trump Jr.)."""
    full: dict[str, list[tuple[int, Any]]] = {}  # a later word of a full name -> (where, the person), in order
    single: dict[str, tuple[int, Any, list[Mention]]] = {}  # entity id -> first one-word mention, its mentions
    for s in art_sents:
        for m in s.mentions:
            if m.entity is None or m.entity.label != "PERSON":
                continue
            at, words = s.sentence.start + m.start, m.text.split()
            if len(words) > 1:
                for w in words[1:]:
                    full.setdefault(w.strip(".,"), []).append((at, m.entity))
            first = single.setdefault(m.entity.id, (at, m.entity, []))
            first[2].append(m)
    out: dict[str, Any] = {}
    for eid, (at, ent, ms) in single.items():
        if any(len(m.text.split()) > 1 for m in ms) or len({m.text for m in ms}) != 1 or len(ent.name.split()) < 2:
            continue  # (a name the cluster knows in full from other articles only: a one-word entity is the word)
        if any(re.search(r"(?i:\b(?:" + "|".join(sorted(_NAMING_TITLES)) + r"))\.?\s+$", m.sent.text[: m.start])
               for m in ms):
            continue
        titles = {title_gender(m.sent.text[: m.start]) for m in ms} - {None}
        bearers = [(where, e) for where, e in full.get(ms[0].text, []) if e.id != eid
                   and not (len(titles) == 1 and gender(e.name, e) not in (None, *titles))]  # "Mrs. Trump": no man
        owners = {e.id: e for _, e in bearers}
        if len(owners) == 1 and min(where for where, _ in bearers) < at:
            out[eid] = next(iter(owners.values()))
    return out


def _read_quote(art: _Article, qs: int, qe: int) -> tuple[str, int, int, bool] | None:
    """The quote ``body[qs:qe]`` as :func:`extract` reads it: its words, the indexes of its first and last sentences
    and whether it is short (too short to be anyone's words, or a title); None for one it skips."""
    text = " ".join(art.body[qs:qe].split()).strip()
    pos, end_pos = art.sentence_at(qs), art.sentence_at(max(qs, qe - 1))
    if pos is not None and qs >= art.sents[pos].sentence.end:
        return None  # after the sentences read (a story above analysis.max_sentences)
    if pos is None or end_pos is None:
        return None
    # (a title quoted whole, the song "We Are Never Ever Getting Back Together", a cover's "The Death Penalty
    # on Trial": no quote, but its speaker goes on to the quotes after it, as a short one's does)
    short = len(tokens(BRACKET_RE.sub(" ", text))) < MIN_QUOTE_WORDS or _title_cased(text) or read63_titled_quote(
        art.body, qs)  # (a title the text introduces as one, 'a spread titled "..."', whatever its casing: read63)
    if _NAME_IN_QUOTES_RE.fullmatch(text.strip(" ,.;:")):
        return None  # a name, nickname or title in quote marks ('known as "El Rey del Cochayuyo"'): no one's words
    return text, pos, end_pos, short


#: The rules :func:`_document_issuer.document_issuer` reads an introducing sentence with (spk134).
_ISSUER_RULES = _IssuerRules(_VERB_RE, _clause_start, _has_long_quote, _speech_subject)


def extract(sents: list[Sent], model: str | None = None) -> list[Quote]:
    """Every direct quote of at least :data:`MIN_QUOTE_WORDS` words, with its speaker. With a spaCy ``model``, a
    quote the surface rules leave without a speaker gets the subject of the verb that governs it by a dependency
    parse of its sentence (:func:`_parsed_speaker`), when that subject can speak."""
    by_article: dict[str, list[Sent]] = {}
    given_named: dict[int, dict[str, Any]] = {}  # id(_Article) -> relatives it calls by the given name alone
    for s in people_typed_bodies(unseen_people(sents)):  # (a person NER never typed, "Amber said": spk140)  # ("Rosana, Jeff's wife," typed ORG read as a person: spk133)
        by_article.setdefault(s.sentence.article_id, []).append(s)
    articles = []
    for art_sents in by_article.values():
        body = art_sents[0].sentence.article.body
        spans = _quote_spans(body)
        if more := spk149_unmarked_continuations(body, sorted(spans)):  # paragraphs going on with a quote left open,
            spans = sorted({*spans, *more})  # printed with no marks (spk149)
        art_sents, kin = given_name_relinked(art_sents, body, sorted(spans))  # "Rehm said" in a story calling
        # her husband "John": her, whatever entity the cluster gave the bare surname (spk140)
        articles.append((art_sents, body, spans, _Article(body, art_sents, [s.sentence.start for s in art_sents],
                         [p.start() for p in _PARAGRAPH_RE.finditer(body)] or [0], spans=sorted(spans), model=model)))
        given_named[id(articles[-1][3])] = kin
    if model is not None:
        # the parses the rules will ask for, made in one batch: a quote of some length is what the parse reads
        # (692 of the 713 sentences parsed in 12 DUC 2003 clusters; 26 of the 718 parsed here go unread)
        from . import _ner

        _ner.prefetch([_governed_text(art, qs, qe, art_sents[read[1]])[1] for art_sents, _, spans, art in articles
                       for qs, qe in spans if (read := _read_quote(art, qs, qe)) is not None and not read[3]], model)
    out: list[Quote] = []
    for art_sents, body, spans, art in articles:
        first = len(out)  # this article's quotes are out[first:]
        last: tuple[str | None, Any, int, int] | None = None  # speaker, entity, end, paragraph of the last quote
        runs: list[tuple[Quote, bool, int]] = []  # each quote, whether it runs on into the next paragraph, its paragraph
        where: list[tuple[int, int]] = []  # each listed quote's span in the body
        quoted: dict = {}  # the people of the article quoted so far, by entity id
        owners = _surname_owners(art_sents)
        one_a_line = _one_sentence_a_line(art, art_sents[0].sentence.article)
        for qs, qe in spans:
            if (read := _read_quote(art, qs, qe)) is None:
                continue
            text, pos, end_pos, short = read
            s, se = art_sents[pos], art_sents[end_pos]
            speaker, ent, how = _attribute_own(art, qs, qe, s, se)
            if speaker is None and not short and (finding := read63_finding_close(body, qe, se.sentence.end)):
                speaker, ent, how = finding, None, "after"  # '"...," from 1974 until 1989, the court found.' (read63)
            if (speaker is None or how == "subject") and (as_at := as_clause_speaker(body, qe, se.sentence.end)):
                # '... whose routine was "..." – as their defender Alan Tate remembered': the clause's name, not the
                # sentence's subject (Martinez) nor a body the parse finds (spk125)
                (speaker, ent), how = _known_person(art, body[as_at[0] : as_at[1]]), "after"
            if speaker is None and how == "verb" and (writer := _unmarked_writer(art, qs, s)) is not None:
                speaker, ent, how = writer[0], writer[1], "before"  # 'and I said, "..."' in a text printed unmarked
            para = art.paragraph_at(qs)
            opens = not re.search(r"[A-Za-z0-9]", _CONNECTIVE_RE.sub("", body[s.sentence.start : qs], 1)) or bool(
                _SUBORDINATOR_RE.match(body, s.sentence.start, qs) and not re.search(r"[A-Za-z0-9]", body[
                    qe : se.sentence.end]))  # 'When "the fire department responded ... asleep."': the quote is
            # the whole sentence but its first word, a continuation as a quote opening its sentence is
            carry = None  # 'Even so, "I'm really excited" about ..., Collins says. Thick shell or thin, ..., they could
            # be "interesting, accessible bodies of liquid water."': a long quoted phrase in the sentence right after
            # its speaker's, in the same paragraph, the first quote of a clause that runs into it (a word, not "Per a
            # little bird:", before it), naming no one and with no speech verb, goes on with that speaker when
            # nothing else (the parse included: 'But the website does promise that you can "..."') gives one
            if (speaker is None and how == "" and not short and not opens
                    and len(parts := _QUOTE_MARK_RE.split(body[s.sentence.start : qs])) == 2
                    and (re.search(r"[a-z]\s*$", parts[0]) or (fronted_comma_phrase(parts[0]) and not title_cased(text)))
                    and not any(x.entity is not None and x.entity.label in SPEAKER_LABELS and x.start < qs - s.sentence.start
                                for x in s.mentions)):
                carry = _speaker_of_sentence_before(art, pos, last)
            if (speaker is None and not short and last is not None and last[0] and last[1] is None and last[3] == para
                    and (another := _another_of(body, s.sentence.start, qs, last[0])) is not None):
                speaker, how = another, "verb"  # 'One social media post read: "..." Another said: "..."'
            if how == "governed" and not short and model is not None and (
                    parsed := _parsed_speaker(art, qs, qe, s, model)) is not None:
                speaker, ent, how = parsed[0], parsed[1], "parsed"  # a name the rules did not read as one
                # ('"...," Director of Planning X Y in the ministry said'); a place inside the subject never speaks
            elif speaker is None and how == "" and not short and last is not None and last[0] and (
                    last[2] > s.sentence.start):  # a quoted phrase later in the sentence of an attributed quote
                # ('... food supply and the time that her sons had to learn "how to continue this way of life."'
                # after '"I have two sons ...," she said. "But this year ...'): the same speaker
                speaker, ent, how = last[0], last[1], "continued"
            elif (speaker is None and how == "" and not short and not opens and last is not None and last[0]
                  and para - last[3] <= 1 and _FIRST_PERSON_RE.search(text)
                  and _opens_with_name(body[s.sentence.start : qs], last[0])):
                speaker, ent, how = last[0], last[1], "continued"  # 'Schmorak and three colleagues "were sitting
                # outside ... we heard ..."' after Schmorak spoke: a first-person quote with no speech verb in a
                # sentence its last speaker opens is theirs (not someone the sentence opens who spoke no word)
            elif how == "governed" or (speaker is None and not opens and how != "verb"):
                how = ""  # a speech verb whose subject is no speaker, or a phrase quoted inside a sentence
            elif speaker is None and not short and model is not None and (
                    parsed := _parsed_speaker(art, qs, qe, s, model)) is not None:
                speaker, ent, how = parsed[0], parsed[1], "parsed"  # '"...," X shrieked': before a continuation
            elif speaker is None and not short and not opens and how == "verb" and (
                    group := _group_members(art, s, qs)) is not None:
                speaker, ent, how = group, None, "group"  # 'Both nations called on all parties to "..."' after
                # 'Russia's President X and his Turkish counterpart Y': Russia and Turkey
            elif speaker is None and not short and (opens or how != "verb" or not _GROUP_SUBJECT_RE.match(
                    body, s.sentence.start, qs)):
                # (a quote inside a sentence whose speech verb has a group for its subject, 'Both nations called on
                # all parties to "..."', is not the last speaker's: it stays unattributed; "The war criminal
                # further wrote: '...'" may still be the last speaker)
                lo = max(art.paragraphs[max(0, para - CONTINUATION_PARAGRAPHS)], last[2] if last else 0)
                signer = _name_line(art, para) if opens and para > 0 else None
                if signer is None and opens:
                    signer = _introduced_before(art, pos, para)
                spoken = _speech_sentence_unnamed(art, lo, qs, text) if signer is None else None
                post = _POST_SIGNATURE_RE.search(body, qe, min(len(body), qe + 300))
                if post and _QUOTE_MARK_RE.search(body, qe + 1, post.start()):
                    post = None
                if signer is not None:
                    speaker, ent, how = signer[0], signer[1], "signed" if len(signer) == 2 else signer[2]
                elif post and (last is None or art.paragraph_at(qs) > last[3]):  # a post's own signature
                    speaker, ent, how = post.group(1).strip(), None, "signed"
                elif spoken is not None:
                    speaker, ent, how = spoken[0], spoken[1], "continued"
                elif opens and last is not None and (back := _returning_speaker(art, lo, qs, last[1], quoted)):
                    speaker, ent, how = back[0], back[1], "continued"  # 'Mason sometimes assigns her patients
                    # homework. She might ask them ...' then '"It can be a good cup of coffee ..."': Mason, quoted
                    # before, whom the text turned to after the last quote (not the last quote's speaker)
                elif last is not None and last[0] and para - last[3] <= (
                        CONTINUATION_LINES if one_a_line else CONTINUATION_PARAGRAPHS):
                    speaker, ent, how = last[0], last[1], "continued"
                elif opens and last is not None and last[0] and _open_past_layout(art, last[3], para):
                    speaker, ent, how = last[0], last[1], "continued"  # a table between the open quote and this
                elif opens and para > 0 and not _OPENING_MARK_RE.sub("", body[art.paragraphs[para] : qs]).strip() and (
                        intro := _introduced_before(art, pos, para, across=True)) is not None:
                    speaker, ent, how = intro  # no speaker near: a quote paragraph after a paragraph whose last
                    # sentence introduces a person ('CNN iReporter Chris Morrow of San Diego was staying ...' /
                    # '"I heard an explosion ..."')
                elif opens and _FIRST_PERSON_ANY_RE.search(text) and (actor := _pronoun_actor_before(art, pos)):
                    speaker, ent, how = actor[0], actor[1], "continued"  # no speaker near: the "he" who acts in
                    # the sentence right before ('..., he encouraged a group ... to attempt an escape.' / '"We took
                    # refuge in a little room ..."'), whoever "he" is
                elif (answerer := interviewee(body, art.sents, qs)) is not None:
                    speaker, ent, how = answerer[0], answerer[1], "continued"  # an answer after a question line
                    # of a question-and-answer interview: the interviewee's (spk126)
                said_by = _PRONOUN_SAID_AFTER_RE.match(body, qe, min(len(body), qe + 40))
                if said_by and said_by.group(1)[0].isupper() and re.search(r"[.!?][’'\"”]*\s*$", body[
                        max(0, qe - 4) : said_by.start(1)]):
                    said_by = None  # '... he said 'I wanted to die.'" He asked the doctor for help.': a new
                    # sentence of narration opening on "He", not the quote's attribution (spk140)
                if how == "continued" and speaker and _a_person(speaker, ent) and " and " not in speaker and (
                        _THEY_SAID_AFTER_RE.match(body, qe, min(len(body), qe + 40))):
                    speaker, ent, how = None, None, ""  # '"...," they said': a group, never the one person
                    # speaking before
                elif said_by and ent is not None and not _agrees(said_by.group(1), speaker or "", ent):
                    speaker, ent, how = None, None, ""  # '... reporters. "...," she said': the "she" no one named
                    # before is, not the man introduced before or the last speaker
            if model is not None and not short and (speaker is None or how == "subject" or (
                    how == "pronoun" and (ent.label != "PERSON" if ent is not None else not (
                        _described(speaker) or _unnamed_role_subject(art, speaker, qs))))):
                # uncertain: no speaker, a sentence's opening subject, or "he" resolved to no person (a person the
                # text describes without a name, "an unnamed Iranian" or "the friend", is one)
                parsed = _parsed_speaker(art, qs, qe, s, model)
                if parsed is not None and (speaker is None or _a_person(*parsed)):
                    speaker, ent, how = parsed[0], parsed[1], "parsed"
            if (model is not None and not short and speaker is not None and how in ("before", "after", "subject")
                    and (sub := _subject_past_phrase(art, qs, qe, s, speaker, ent, model)) is not None):
                # 'In an interview with X, Y said "..."': a name the rules read inside a fronted phrase, an
                # appositive or an object gives way to the speech verb's own subject by the parse
                speaker, ent, how = sub[0], sub[1], "parsed"
            if speaker is not None and not short and how in ("before", "after", "subject", "parsed") and (
                    other := _not_a_speaker(art, qs, qe, s, speaker, ent)) is not None:
                speaker, ent, how = other  # words that are no speaker in the slot (spk102)
            if (model is not None and not short and speaker is not None
                    and how in ("before", "after", "subject", "pronoun", "continued")
                    and (document := _document_speaker(art, qs, qe, s, speaker, ent, model)) is not None):
                # 'the 14th Amendment ..., which states, "..."' after a sentence on Trump: the document speaks
                speaker, ent, how = document, None, "parsed"
            if speaker is None and not short and (opening := spk149_document_opens(body, s.sentence.start, qs)):
                speaker, ent, how = opening, None, "before"  # 'Twitter's blog post announcing ... begins, "..."'
                # (spk149)
            if not short and (note := spk149_handed_note(art, s, qs)) is not None:
                speaker, ent, how = note[0], note[1], "before"  # 'the woman slipped a note to the staff there that
                # said, "..."': the note's writer, never its recipient (spk149)
            if speaker is None and not short and (read := spk145_reads_document(body, qe, se.sentence.end)) is not None:
                speaker, ent, how = read, None, "after"  # '"...," reads the blog post accompanying ...' (spk145)
            if speaker is None and not short and (
                    writer := spk145_document_from_before(body, s.sentence.start, qs)) is not None:
                speaker, ent = _known_person(art, writer, whole=False)  # 'the accompanying tweets reportedly from
                how = "before"  # Trump: "..."': the writer (spk145)
            if speaker is None and carry is not None:
                speaker, ent, how = carry[0], carry[1], "continued"
            if ((speaker is None and how in ("", "verb")) or how == "continued") and not short and (
                    model is not None and (finding := _finding_frame(art, qs, qe, s, model)) is not None):
                speaker, ent, how = finding, None, "parsed"  # 'Two inquiries ... have found that ... "..."' (spk70)
                at = body.rfind(finding, s.sentence.start, qs)
                if (kind := spk149_kind_body(art, finding.split(), at if at >= 0 else qs)) is not None:
                    speaker, ent = kind  # 'The website ... revealed that it was running on cash reserves after
                    # "..."' after 'WikiLeaks ... the whistleblowing website': WikiLeaks (spk149)
            if not short and model is not None and (speaker is None and how == "" or how == "continued" and (
                    last is None or last[2] <= s.sentence.start)) and (
                    frame := _predicate_frame(art, qs, qe, s, model)) is not None:
                speaker, ent, how = frame[0], frame[1], "parsed"  # 'It also recognizes that "..."' (spk78)
            if speaker is None and how in ("", "verb") and not short and not opens and (
                    beside := _document_beside(art, pos, end_pos)) is not None:
                speaker, ent, how = beside[0], beside[1], "continued"  # a phrase quoted from a statement or study
                # in the sentence before or after its attribution (spk61)
            if speaker is None and how == "" and not short and not opens and (
                    source := _written_source_before(art, pos, qs, para, last)) is not None:
                speaker, ent, how = source, None, "continued"  # a phrase quoted from a document the text just
                # named as its source: "according to the report" before, or the last quote the document's (spk70)
            if speaker is None and how == "" and not short and not opens and (
                    body_source := _body_source_before(art, pos, qs, qe, last)) is not None:
                speaker, ent, how = body_source[0], body_source[1], "continued"  # a body's findings go on (spk104)
            if (last is not None and last[0] and s.sentence.start < last[2] <= qs and speaker != last[0]
                    and how != "after" and _PARTICIPLE_AFTER_QUOTE_RE.fullmatch(body, last[2], qs)):
                # '"...," the groups told Bush, adding that gay groups "seek ..."': the participle's subject is the
                # clause's, who spoke the quote before in this sentence, never its object (spk64)
                speaker, ent, how = last[0], last[1], "continued"
            if speaker is not None and how == "continued" and unpunctuated_pull_quote(body, qs, qe):
                speaker, ent, how = None, None, ""  # a display line of the page's own text, no one's quote (spk125)
            if speaker is not None and how == "continued" and _narration_repeated(art, qs, qe):
                speaker, ent, how = None, None, ""  # an unsigned pull quote of the article's own narration (spk61)
            if how in ("after", "before", "parsed") and ent is None and speaker and (speaker[:1].islower() or re.match(
                    r"(?:The|A|An|One|Another)\s", speaker)):  # a nominal in apposition with a name, after or before the quote
                # ('"...," an import and export worker, Li Huamin, was'; 'A spokesman for X, Y, said ... "..."'); the
                # parse's nominal, read before the quote in its sentence ('"...," said a man who identified himself
                # as Angelo L. "(He would) go outside ..."', one sentence to the parser)
                named = _appositive_name(art, qe, speaker, None if how == "after" else qs)
                if named is not None:
                    speaker, ent = named
            if speaker is not None and ent is not None and how in ("according to", "before", "after", "parsed") and (
                    agent := _agent_of_possessor(art, qs, qe, s, se, speaker)) is not None:
                speaker, ent = agent, None  # '"...," according to a statement released by London's rep.': the
                # rep speaks, not London (spk142)
            if how == "pronoun" and ent is not None and (
                    person := _person_past_organization(art, qs, qe, s, ent)) is not None:
                speaker, ent = person  # '"...," she said.' right after 'OWN -- which stands for the Oprah Winfrey
                # Network -- is set to begin': the woman named before, never the network (spk142)
            if speaker is not None and ent is None and _POSSESSIVE_PRONOUN_SPEAKER_RE.match(speaker):
                speaker = _possessor_named(art, qs, se, speaker)  # '"...," his father responded': whose father
            if how in ("after", "before") and ent is None and speaker:
                kin = _kin_named_before(art_sents, pos, speaker)  # '"...," Michael Jackson's eldest daughter
                if kin is not None:  # said' after 'Paris Jackson also spoke out against hatred.': Paris Jackson
                    speaker, ent = kin
            if how in ("after", "before", "parsed", "continued") and ent is None and speaker and (
                    holder := _possessed_role_named(art, speaker, qs)) is not None:
                speaker, ent = holder  # "Strzok's attorney, meanwhile, blasted ..." after "Strzok attorney Aitan
                # Goelman said": the one person the text introduced by that role (spk76)
            if speaker is not None and ent is None and not short and _TWO_OF_THEM_RE.fullmatch(speaker):
                pair = _pair_before(art, s)  # '"...," the two Republicans said' after 'X ... and Y came out for it'
                if pair is not None:
                    speaker = f"{pair[0].entity.name} and {pair[1].entity.name}"
            if speaker is not None and ent is None and not short:
                author = _document_author(art, qs, text, speaker)
                if author is not None and author[1] is None and document_phrase(author[0]):
                    issuer = document_issuer(art, qs, speaker, _ISSUER_RULES)  # 'A statement from X said ...' /
                    speaker, ent = issuer or author  # 'The statement added: "..."': X, not "A statement" (spk137)
                elif author is not None:  # "the letter" someone wrote speaks for its writer
                    speaker, ent = author
                elif (issuer := document_issuer(art, qs, speaker, _ISSUER_RULES)) is not None:
                    speaker, ent = issuer  # '"...," the statement said' after 'In a statement on its website, X
                    # said ...' a paragraph or two before: the issuer (spk134)
            if speaker is not None and ent is None and _no_name(speaker, s.text):
                speaker, ent, how = None, None, ""  # 'Hu: TV Abbreviated shows you "..."': no one's name
            if speaker is not None and _UNNAMED_SOURCES_RE.fullmatch(text):
                # 'The Post story cited anonymous "people familiar with the investigation," who said ... Kushner
                # ...': a quoted description of unnamed sources is the citing text's words, no named person's
                speaker, ent, how = None, None, ""
            if speaker is not None and ent is not None and ent.label == "PERSON" and " " not in speaker:
                speaker = _surname_read_as_title(body, s, se, qs, qe, speaker)  # 'Adrienne Mayor, a research
                # scholar ..., told' (NER stopped at "Mayor"): the surname the article later uses alone
            if ent is not None and ent.label == "PERSON" and how in ("before", "after"):
                cut = _suffixed_name(s, se, ent)  # 'The Rev. Robert Wright Lee IV, ..., told the audience: "..."'
                if cut is not None:  # (NER stopped at "Wright"): the whole name, no entity of the cut one
                    speaker, ent = cut, None
            if ent is not None and ent.label == "PERSON" and how in ("before", "after"):
                holder = _last_full_holder(art_sents, pos, end_pos, ent)  # 'Elian's father, Juan Miguel Gonzalez,
                if holder is not None and holder.id in given_named[id(art)]:
                    holder = None  # the relative the article calls by the given name alone ("John") is never
                    # its bare surname, wherever named last (spk140)
                if holder is not None:  # ...' then 'Gonzalez said that "..."': the father, not Elian Gonzalez
                    speaker, ent = holder.name, holder
            if ent is not None and ent.id in owners:  # "Mr. Trump" in a story naming Donald Trump Jr. in full
                speaker, ent = owners[ent.id].name, owners[ent.id]
            if speaker is not None and ent is None:
                speaker = _without_possessive(speaker)  # "a Confucius' saying, "..."": Confucius, not "Confucius'"
                named = _sole_person_with_name(art, speaker)
                if named is not None:  # '"...," Wurfel fumed.' (a mention NER typed no person): Brad Wurfel,
                    speaker, ent = named  # the one person of the article so named (spk64)
            elif (ent is not None and ent.label == "PERSON" and ent.name == speaker and " " not in speaker
                  and (holder := _given_name_holder(art, ent)) is not None):
                speaker, ent = holder  # '"...," said Julie.' in an article naming one Julie in full (spk140)
            if speaker is not None and (ent is None or ent.name == speaker) and (
                    focus := _focused_bearer(art, speaker, ent, qs, s, out[first:])) is not None:
                speaker, ent = focus  # '"...," Hartwell said.' in a story naming Christine Hartwell and her
                # daughter Julia: the bearer the text has speaking there (spk139)
            if (described := _described_holder(art, qs, qe, s, se)) is not None:
                speaker, ent, how = described  # '"...," the attorney said' after "Strzok's attorney, Aitan Goelman"
                # (spk71): the one person the article introduced by name with the description's head
            if not short and model is not None and (speaker is None or ent is not None or how == "continued") and (
                    unnamed := _indefinite_subject(art, qs, qe, s, model)) is not None:
                speaker, ent, how = unnamed, None, "parsed"  # 'A close friend of the dead mum said:' (spk91)
            elif (speaker is not None and ent is None and how in ("continued", "pronoun")
                  and _DEFINITE_ROLE_RE.fullmatch(speaker)
                  and (held := _description_holder(art, speaker, qs)) is not None and held[1] is not None):
                speaker, ent = held  # 'The director denied reports ...' / '"..."' after "director Gary Ross" (spk91)
            if (speaker is None or how in ("continued", "pronoun") or ent is None) and (
                    clause := indefinite_clause_speaker(body, s.sentence.start, se.sentence.end, qs, qe)
            ) is not None and (speaker is None or how in ("continued", "pronoun")
                               or clause[0].lower().startswith(speaker.lower())):
                speaker, ent, how = clause[0], None, clause[1]  # '"...," a family friend said.' (spk114; a
                # nominal the lists cut, "a family", is extended, never replaced)
            if speaker is not None and how in ("pronoun", "continued", "parsed") and (
                    relative := unnamed_relative_speaker(art_sents, pos, end_pos)) is not None:
                speaker, ent, how = relative, None, "pronoun"  # 'His brother, 34, told AFP ... he had not seen
                # Mostefai' then '"...," he said.': the brother, not the man he speaks about (spk115)
            if speaker is None and not short and (line := _transcript_name(art, qs) or _label_line_name(art, qs)):
                speaker, ent, how = line[0], line[1], "signed"  # a transcript line, "Dr. H: ``...''" (spk78); a
                # headline's "Ivanka Trump: 'I try ...'", a dated 'Ivanka, June 26: "..."' (spk141)
            if speaker is None and not short and (owned := spk143_possessed_speech_before(art, s, qs)) is not None:
                speaker, ent, how = owned[0], owned[1], "before"  # 'What was missing from the president's comments
                # was ... other than by "investigating ..."': the comments' owner (spk143)
            if (speaker is None or (how == "continued" and last is not None and last[3] < para)) and not short and (
                    opens and model is not None and (colon := _colon_sentence_subject(art, pos, model)) is not None):
                speaker, ent, how = colon[0], colon[1], "before"  # '..., tweeting:' / '"..."' (spk83); a colon line
                # between outranks the speaker of a quote in an earlier paragraph (spk146: 'X blasted the changes:')
            if not short and how in ("pronoun", "before", "subject", "parsed", "continued") and (
                    rel := _relative_clause_speaker(art, s, qs)) is not None:
                speaker, ent, how = rel[0], rel[1], "clause"  # '..., which the prime minister dismissed Friday as
                # a comment made "..."': the relative clause's own subject (spk131)
            if speaker is None and not short and (doc := document_subject(body, s.sentence.start, qs)) is not None:
                speaker, ent, how = doc, None, "subject"  # 'The Nobel citation praised his work that "..."' (spk131)
            if how in ("pronoun", "parsed") and (outlet := outlet_it_said(art, pos)) is not None:
                speaker, ent, how = outlet[0], outlet[1], "pronoun"  # '... said Tishrin newspaper, which often
                # speaks for the Syrian government. It said ...': the outlet (spk131)
            if speaker is None and not short and (ref := described_referent(art, qs, qe, end_pos)) is not None:
                speaker, ent, how = ref[0], ref[1], "after"  # '"...," said the Ukraine captain.' after sentences
                # naming one person only: that person (spk136)
            if not short and how != "after" and (fronted := fronted_as_speaker(body, s.sentence.start, qs)):
                who = body[fronted[0] : fronted[1]]  # 'As investigators put it, he had "..."': who put it (spk141)
                (speaker, ent), how = (_known_person(art, who) if who[:1].isupper() else (who, None)), "before"
            if ent is not None and ent.label == "ORG" and how in ("after", "before") and (
                    person := _outlet_epithet_person(art, s, se, ent)) is not None:
                speaker, ent = person  # '"...," the NPR host told NBC News': the host named before, not NPR (spk140)
            if speaker is None and not short and opens and (talk := _talking_subject_before(art, pos, para)) is not None:
                speaker, ent, how = talk[0], talk[1], "before"  # 'To begin, Sherlock was talking about Snook ...'
                # / '"I need Julie to put a jacket on ..."': the one the narration has talking (spk140)
            if ent is not None and how in ("pronoun", "continued") and not short and (
                    other := _other_than_named(art, qs, qe, pos, ent, how, last)) is not None:
                speaker, ent = other  # '"I need Julie to put a jacket on," she says': not Julie; '"Amber, if it's
                # an issue ..."' after Amber spoke: the one she addresses is not who speaks (spk140)
            if how == "continued" and not short and len(out) > first and (
                    reply := _addressed_reply(art, qs, out[-1], where[-1][1], ent)) is not None:
                speaker, ent = reply  # '"Amber, if it's an issue, I can get on out of here ..."' / '"It is an issue.
                # Go and grab a jacket ..."': the reply is the one addressed (spk140)
            if not short and (asked := spk147_asked_speaker(art, qs, qe, pos, se)) is not None:
                speaker, ent, how = asked  # '"...?" Trump was asked.': the one asked never speaks; the asker
                # ("by X", the interview named just before) or no one (spk147)
            if speaker is not None and not short and (described := spk149_described_name(
                    body, s.sentence.start, qs, qe, se.sentence.end)) is not None and speaker == described[0]:
                # 'He then congratulated his "friend and first-time ballot Hall of Famer," Jay Z.': the name is the
                # one described, the speaker the clause's "he" (spk149)
                speaker, ent, how = _pronoun_subject(art, described[1], s.sentence.start) if described[1] else (
                    None, None, "")
            if speaker is not None and not short and spk149_generic_you(body, s.sentence.start, qs):
                speaker, ent, how = None, None, ""  # 'With Assistant, you can say to your iPhone, "..."': anyone's
                # words, not the name fronted before "you" (spk149)
            if speaker is None and _opens_last_paragraph_open(art, qs, qe):
                continue  # a quote left open at the article's end that no rule attributes: a fragment, unlisted
            if speaker is not None and ent is None and _POSSESSIVE_PRONOUN_SPEAKER_RE.match(speaker):
                speaker = _possessor_named(art, qs, se, speaker)  # a possessive the rules after the first naming
                # gave ('His brother, 34, told AFP ...' / '"...," he said.': "his brother"): whose (spk142)
            if speaker is not None:
                art.spoken[end_pos] = (speaker, ent)
                if how == "continued":
                    art.carried.add(end_pos)
                else:
                    art.carried.discard(end_pos)
                if short:
                    art.scare.add(end_pos)
                else:
                    art.scare.discard(end_pos)
            if short:  # a quoted name or scare quote: its speaker continues, but it does not end a speech sentence
                if (speaker is not None and how == "after" and runs and runs[-1][1] and runs[-1][2] == para - 1
                        and qs == art.paragraphs[para] + len(body[art.paragraphs[para] : qs])
                        - len(body[art.paragraphs[para] : qs].lstrip()) and (runs[-1][0].speaker is None or runs[-1][0].how == "continued")):
                    # the short closing part of a quote left open on the line before, its attribution after it
                    # ('"Thompson was not so easy to box.' / 'I'm satisfied, " Klitschko said.'): the opening
                    # part's speaker, as a longer closing part gives it (below); one only carried over from an
                    # earlier quote gives way too ('..., residents said.' / '"It lasted a really long time.' / 'You
                    # could tell" it was larger, said ... Alicia Mullin.': Mullin, not the residents; spk92)
                    runs[-1][0].speaker, runs[-1][0].entity, runs[-1][0].how = speaker, ent, "continued"
                if speaker is not None:  # a short quote attributed after it ('"I'm stunned," said X') ends the
                    # speech sentences before it: what follows continues X, not an earlier sentence's speaker
                    last = (speaker, ent, qe if how == "after" else (last[2] if last else 0),
                            art.paragraph_at(max(qs, qe - 1)))
                continue
            last = (speaker, ent, qe, art.paragraph_at(max(qs, qe - 1)))
            if ent is not None and _a_person(speaker, ent):
                quoted[ent.id] = ent
            out.append(Quote(s, text.strip(" ,"), speaker, ent, how, frozenset(_match_terms(text))))
            runs.append((out[-1], body[qe : qe + 1] in ("", "\n"), para))  # no mark closes it: the quote runs on
            where.append((qs, qe))
        for (q, runs_on, para), (nxt, _, nxt_para) in zip(reversed(runs[:-1]), reversed(runs[1:])):
            if (q.speaker is None or q.how == "continued") and runs_on and nxt.speaker is not None and (
                    nxt_para == para + 1):  # (a speaker carried over from an earlier quote gives way too: "Lohan's
                # attorney ... spoke out. "Lindsay is grateful ... Center.\n\nShe has completed ...," Holley said')
                # one statement over several paragraphs, attributed in a later one ('"I think ...\n\n"But we
                # ...," X said'): no paragraph of it but the last closes the quote
                q.speaker, q.entity, q.how = nxt.speaker, nxt.entity, "continued"
        for (q, runs_on, _), (nxt, _, _), (_, qe), (ns, _) in zip(reversed(runs[:-1]), reversed(runs[1:]),
                                                                reversed(where[:-1]), reversed(where[1:])):
            if (q.speaker is None or q.how == "continued") and runs_on and nxt.speaker is not None and (
                    _open_quote_paragraphs_between(art, qe, ns)):  # '"I speed-walked to my son ...' / 'I was
                # scared.' / 'I was trying to get out of harm's way, " she testified.': one statement
                q.speaker, q.entity, q.how = nxt.speaker, nxt.entity, "continued"
        for (q, _, para), (nxt, _, nxt_para), (_, qe), (ns, ne) in zip(runs, runs[1:], where, where[1:]):
            if (q.speaker is None and nxt.speaker is not None and nxt.how == "after" and nxt_para - para <= 1
                    and _ADDED_AFTER_RE.match(body, ne) and not _QUOTE_MARK_RE.search(body, qe + 1, ns - 1)
                    and not _VERB_RE.search(body, qe, ns)):
                # '... lobbyist Rinat Akhmetshin, who "is reportedly a former Soviet counterintelligence officer."'
                # then '"Of course, ...," Colbert added.': "added" says its speaker said the words before too
                q.speaker, q.entity, q.how = nxt.speaker, nxt.entity, "continued"
    return out


#: A person's active verb opening a reported that-clause ("... told reporters Friday that Hiller called 911, saying
#: "..."): an optional auxiliary, then a past form; never a form of "be" ("that Smith was shot, saying": the one
#: reporting speaks) nor "died".
_REPORTED_ACTIVE_VERB_RE = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?!died\b|been\b)(?:[a-z]{3,}ed|went|took|made|"
                                      r"told|said|wrote|spoke|sent|gave|came|left|ran|rang|threw)\b")
#: "that" opening a reported clause (the last one before a participle is the one it closes).
_THAT_RE = re.compile(r"\bthat\s+")
#: The participles of speech a reported clause's subject may head ("..., saying "..."").
_SPEECH_PARTICIPLES = ("saying", "adding", "telling", "stating", "shouting", "yelling", "screaming")


#: "I", "we" as a speaker's own words.
_SPEAKER_SELF_RE = re.compile(r"\b(?:I|I['’]m|I['’]ve|we|We|me|my)\b")


#: A name addressed at a quote's opening or close ("Amber, if it's an issue ...", "... for one, Amber.").
_VOCATIVE_RE = re.compile(r"^\W*([A-Z][a-z]+),\s|,\s+([A-Z][a-z]+)[.!?…]*\W*$")


def _addressed_reply(art: _Article, qs: int, prev: Quote, prev_end: int, ent: Any) -> tuple[str, Any] | None:
    """The speaker of a quote carried on from the quote right before it (``prev``, ending at ``prev_end``) when that
    quote addresses a person by the given name ('"Amber, if it's an issue, I can get on out of here ..."') and
    nothing but space lies between the two: a dialogue's reply, the addressee's ('"It is an issue. Go and grab a
    jacket ..."'). The addressee: the one PERSON of the article (a name of two or more words) whose given name it
    is, not the one who spoke ``prev``. None otherwise (a quote attributed its own way is not read)."""
    if prev.entity is None or ent is not prev.entity or art.body[prev_end:qs].strip(" \n\t\"“”'‘’") :
        return None
    voc = _VOCATIVE_RE.search(prev.text)
    if voc is None:
        return None
    given = voc.group(1) or voc.group(2)
    bearers = {m.entity.id: m.entity for x in art.sents for m in x.mentions if m.entity is not None
               and m.entity.label == "PERSON" and len(m.entity.name.split()) >= 2 and m.entity.name.split()[0] == given}
    if len(bearers) != 1:
        return None
    got = next(iter(bearers.values()))
    return (got.name, got) if got is not prev.entity else None


#: A name's verb of talking right after it ("Sherlock was talking about Snook", "Smith spoke to the crowd").
_TALKING_AFTER_NAME_RE = re.compile(r"\s+(?:was\s+|were\s+|had\s+been\s+|then\s+|began\s+)?(?:talking|speaking|"
                                    r"chatting|talked|spoke|chatted)\b")


#: A person's occupation at an outlet or a show, after its name: "the NPR host", "the CNN anchor".
_OUTLET_PERSON_AFTER_RE = re.compile(r"\s+(?:host|co-host|anchor|presenter|newsreader|commentator|columnist|"
                                     r"correspondent|reporter|editor|pundit|personality)\b")


def _outlet_epithet_person(art: _Article, s: Sent, se: Sent, ent: Any) -> tuple[str, Any] | None:
    """The person an epithet "the <outlet> <occupation>" ('"He just kept getting weaker," the NPR host told NBC
    News') stands for when the rules took the outlet for the speaker: the person speaking or named nearby before it,
    as the walk for "the minister" finds (:func:`_resolve_reference`), when that is a PERSON. None when no mention of
    ``ent`` in the quote's sentences is so written."""
    for x in (s, se) if se is not s else (s,):
        for m in x.mentions:
            if (m.entity is ent and re.search(r"\b[Tt]he\s+$", x.text[: m.start])
                    and _OUTLET_PERSON_AFTER_RE.match(x.text, m.end)):
                got = _resolve_reference(art, x.sentence.start + m.start)
                if got is not None and got[1] is not None and got[1].label == "PERSON":
                    return got
                return None
    return None


def _talking_subject_before(art: _Article, pos: int, para: int) -> tuple[str, Any] | None:
    """The speaker of a quote paragraph with no attribution whose sentence before (ending the paragraph before, or
    in its own paragraph; no quote mark in it) has a person talking as its subject, after at most an opening phrase
    set off by a comma: 'To begin, Sherlock was talking about Snook in the third person, ...' / '"I need Julie to
    put a jacket on ..."'. None otherwise."""
    if pos == 0:
        return None
    s = art.sents[pos - 1]
    if art.paragraph_at(s.sentence.start) not in (para, para - 1) or _QUOTE_MARK_RE.search(s.text):
        return None
    for m in s.mentions:
        if m.entity is None or m.entity.label != "PERSON":
            continue
        if re.fullmatch(r"\W*(?:[A-Z][^,;:]{0,40},\s*)?", s.text[: m.start]) and _TALKING_AFTER_NAME_RE.match(s.text, m.end):
            return m.entity.name, m.entity
        return None
    return None


def _given_name_holder(art: _Article, ent: Any) -> tuple[str, Any] | None:
    """The person a one-word PERSON entity that is a given name ("Julie": NER kept the lone given name an entity of
    its own, beside Julie Snook and Julie Samaras of other articles) stands for in this article: the one PERSON the
    article names outside quotes by two or more words opening with it. None when none or two do, when the word is
    no listed given name, or when the lone word is also written as some other entity in the article."""
    word = ent.name
    if not re.fullmatch(r"[A-Z][a-z]+", word) or not given_name(word):
        return None
    found: dict[str, Any] = {}
    for x in art.sents:
        for m in x.mentions:
            if m.entity is None or m.entity is ent or art.quoted(x.sentence.start + m.start, x.sentence.start + m.end):
                continue
            if m.text == word:
                return None
            if m.entity.label == "PERSON" and len(m.entity.name.split()) >= 2 and m.entity.name.split()[0] == word:
                found[m.entity.id] = m.entity
    if len(found) != 1:
        return None
    got = next(iter(found.values()))
    return got.name, got


def _other_than_named(art: _Article, qs: int, qe: int, pos: int, ent: Any, how: str,
                      last: tuple[str | None, Any, int, int] | None) -> tuple[str, Any] | None:
    """Who speaks a first-person quote that names the person its attribution gave it to by the given name, as one
    talked about or addressed ('"I need Julie to put a jacket on," she says.'; '"Amber, if it's an issue, I can get
    on out"' carried on from Amber): people do not call themselves so, so the quote is another's. For "she" (how
    "pronoun"): the walk back for the pronoun again, from the sentence naming that person (outside quotes) nearest
    before, when it finds another person of the same gender. For a carried quote (how "continued"): the one other
    person named outside quotes between the last quote and this one ('Which was enough for Snook to suggest she
    might walk.'). None otherwise, or when the person is not a PERSON of a given name and a surname."""
    words = ent.name.split()
    if ent.label != "PERSON" or len(words) < 2 or not re.fullmatch(r"[A-Z][a-z]+", words[0]):
        return None
    text = art.body[qs:qe]
    if not _SPEAKER_SELF_RE.search(text) or not re.search(r"(?<![\w\-])" + words[0] + r"(?![\w\-])(?!\s+[A-Z])", text):
        return None
    if re.search(r"\b(?:I['’]m|I\s+am|[Nn]ame\s+is|[Tt]his\s+is|[Ii]t['’]s|call\s+me)\s+" + words[0] + r"\b", text):
        return None  # '"Hi, I'm Tiger. Nice to meet you," she quoted him as saying': the speaker's own name
    if how == "pronoun":
        own = art.sents[pos]
        pro = re.search(r"\b(he|she)\b", art.body[own.sentence.start : own.sentence.end], re.I)
        if pro is None or art.quoted(own.sentence.start + pro.start(), own.sentence.start + pro.end()):
            return None
        for i in range(pos - 1, max(-1, pos - REFERENCE_SENTENCES), -1):
            x = art.sents[i]
            if any(m.entity is ent and not art.quoted(x.sentence.start + m.start, x.sentence.start + m.end)
                   for m in x.mentions):
                got = _resolve_reference(art, x.sentence.start, pro.group(1).lower())
                if got is not None and got[1] is not None and got[1] is not ent and _a_person(*got):
                    return got
                return None
        return None
    lo = last[2] if last is not None else 0
    named = {m.entity.id: m.entity for x in art.sents if lo <= x.sentence.start and x.sentence.end <= qs
             for m in x.mentions if m.entity is not None and m.entity.label == "PERSON" and m.entity is not ent
             and not art.quoted(x.sentence.start + m.start, x.sentence.start + m.end)}
    if len(named) != 1:
        return None
    other = next(iter(named.values()))
    return other.name, other


def _reported_participle_subject(art: _Article, s: Sent, clause_lo: int, verbs: list[re.Match[str]],
                                 ) -> tuple[str, Any, str] | None:
    """The subject of a participle of speech closing a that-clause another speech verb reports, when a named person
    opens that clause with an active verb: 'Cpl. Janice Leader, a 911 dispatcher, told reporters Friday that Hiller
    called 911, saying "I'm the one you're looking for"' -> Hiller (the participle hangs on the clause next to it,
    whose subject phones and speaks; the dispatcher reports it). None when the that-clause opens on no person
    ('Colter told the hearing that players' performance ... was more important ..., saying, "..."': Colter, as
    before), on a passive or "was" ('that Smith was shot, saying'), or holds a comma before the participle's own."""
    body, part = art.body, verbs[-1]
    if part.group(0).lower() not in _SPEECH_PARTICIPLES:
        return None
    that = None
    for that in _THAT_RE.finditer(body, clause_lo, part.start()):
        pass
    if that is None or not any(v.re is _VERB_RE and clause_lo <= v.start() and v.end() <= that.start()
                               and not v.group(0).lower().endswith("ing") for v in verbs[:-1]):
        return None  # no "that" after a finite speech verb of the clause ("told reporters Friday that")
    at = that.end()
    for m in s.mentions:
        a, b = s.sentence.start + m.start, s.sentence.start + m.end
        if a != at or m.entity is None or m.entity.label != "PERSON" or art.quoted(a, b):
            continue
        verb = _REPORTED_ACTIVE_VERB_RE.match(body, b)
        if verb is None or not re.fullmatch(r"[^,;:\"“”]*,\s*", body[verb.end() : part.start()]):
            return None
        if not _a_person(m.entity.name, m.entity):
            return None
        return m.entity.name, m.entity, "before"
    return None


#: The text between a quote attributed in a sentence and a second quote of it, the second introduced by a participle
#: of speech with no subject of its own: '"...," the groups told Bush, adding that gay groups "seek ..."'.
_PARTICIPLE_AFTER_QUOTE_RE = re.compile(r"(?:''|[\"”])?(?:(?!\b(?:while|whereas|but|who|which|when|and|as)\b)"
                                        r"[^\"“”`.;!?])*,\s+(?:adding|saying|noting|explaining|arguing|"
                                        r"insisting|warning|stressing|declaring|writing|continuing)"
                                        r"(?:\s+that)?[^\"“”`.;!?]{0,60}?\s*[:,]?\s*(?:``|[\"“])", re.S)


#: A role a name owns as a whole speaker ("Strzok's attorney", "the senator's spokeswoman"): group 1 the owner,
#: group 2 the role.
_POSSESSED_ROLE_RE = re.compile(r"(?:(?i:the)\s+)?((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*|(?i:the)\s+[a-z]+)['’]s?\s+([a-z\-]+)")


def _possessed_role_named(art: _Article, speaker: str, qs: int) -> tuple[str, Any] | None:
    """The person a speaker phrase "<owner>'s <role>" names when the text before the quote introduced exactly one
    person by that role (:func:`_introductions`: "Strzok attorney Aitan Goelman", "Aitan Goelman, Strzok's
    attorney") with the owner's last word within the introduction's sentence; None otherwise (spk76)."""
    m = _POSSESSED_ROLE_RE.fullmatch(speaker)
    if m is None or m.group(2) not in PERSON_ROLES:
        return None
    found = _introductions(art, "the " + m.group(2), qs)
    owner = m.group(1).split()[-1]
    named = []
    for ent, end in found.values():
        pos = art.sentence_at(end - 1)
        if pos is not None and owner in art.sents[pos].text and (ent.label == "PERSON" or _personal_name(ent.name)):
            named.append(ent)
    return (named[0].name, named[0]) if len(named) == 1 else None


#: A bare surname shown as a speaker, perhaps after an honorific: "Hartwell", "Mrs. Hartwell".
_BARE_SURNAME_RE = re.compile(r"(?:(Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][a-z][\w'’\-]*)")


def _focused_bearer(art: _Article, speaker: str, ent: Any, qs: int, s: Sent, prior: list[Quote]
                    ) -> tuple[str, Any] | None:
    """The person a bare surname speaker (``speaker``: "Hartwell", "Mrs. Hartwell"; no entity, or a one-word
    entity of that name) stands for when two or more people of the article bear it in full by the cluster's names
    (Christine Hartwell and her daughter, "Little Julia", whom another article names Julia Hartwell): the bearer
    the text has in focus there, when what it says agrees: the one bearer named in full (outside quotes) in the
    sentences before the quote's, in its paragraph or the one before, and the bearer quoted last before the quote
    (``prior``, the article's quotes so far). Either alone decides; two that differ, or neither, leave the
    surname as it is (None). A gendered honorific keeps the bearers of its gender only; a mention of the word
    alone typed no person (a company "Ford") leaves it too, and so does a surname the quote's sentence writes only
    as a possessive ("Ms Kercher's family launched a plea for ..."), whose owner is not who speaks (spk139)."""
    bare = _BARE_SURNAME_RE.fullmatch(speaker)
    if bare is None or (ent is not None and ent.label != "PERSON"):
        return None
    word = bare.group(2)
    said = [x.end() for x in re.finditer(r"\b" + re.escape(speaker) + r"\b", s.text)]
    if said and all(re.match(r"['’]s?\s", s.text[at : at + 3]) for at in said):
        return None  # "Ms Kercher's family launched a plea": the surname owns the subject, it does not speak
    bearers: dict[str, Any] = {}
    for x in art.sents:
        if x.sentence.start > qs:
            break
        for m in x.mentions:
            if m.entity is None:
                continue
            if m.text == word and m.entity.label not in ("PERSON", *PLACE_LABELS):
                return None
            words = m.entity.name.split()
            if m.entity.label == "PERSON" and len(words) >= 2 and words[-1] == word and x.sentence.start + m.start < qs:
                bearers[m.entity.id] = m.entity
    title = title_gender(bare.group(1) + " ") if bare.group(1) else None
    if title is not None:
        bearers = {k: e for k, e in bearers.items() if gender(e.name, e) in (None, title)}
    if len(bearers) < 2:
        return None
    para = art.paragraph_at(qs)
    lo = art.paragraphs[max(0, para - 1)]
    named = {m.entity.id for x in art.sents if lo <= x.sentence.start < s.sentence.start for m in x.mentions
             if m.entity is not None and m.entity.id in bearers and len(m.text.split()) > 1
             and m.text.split()[-1].strip(".,") == word
             and not art.quoted(x.sentence.start + m.start, x.sentence.start + m.end)}
    picks = set(named) if len(named) == 1 else set()
    quoted = [q.entity.id for q in prior if q.entity is not None and q.entity.id in bearers
              and q.sent.sentence.start <= qs]
    if quoted:
        picks.add(quoted[-1])
    if len(picks) != 1:
        return None
    got = bearers[picks.pop()]
    return got.name, got


def _sole_person_with_name(art: _Article, word: str) -> tuple[str, Any] | None:
    """The person entity a bare capitalized name shown with no entity stands for ('"...," Wurfel fumed.' where NER
    typed no person on that mention; "Heather remembered"): the one PERSON entity of the article whose name holds
    ``word`` as one of its words, when exactly one does and no mention of ``word`` alone is typed otherwise (a
    "Ford" that is also a company is left as it is). Two people sharing the word leave it as it is."""
    if not re.fullmatch(r"[A-Z][a-z][\w'’\-]*", word):
        return None
    found: dict[str, Any] = {}
    for x in art.sents:
        for m in x.mentions:
            if m.entity is None:
                continue
            if m.entity.label == "PERSON" and word in m.entity.name.split():
                found.setdefault(m.entity.name, m.entity)
            elif m.text == word and m.entity.label != "PERSON":
                return None
    if len(found) != 1:
        return None
    name, ent = next(iter(found.items()))
    words = name.split()
    if name == word or len(set(words)) < len(words) or not all(
            re.fullmatch(r"[A-Z][\w.\-'’]*", w) and not (len(w) > 2 and w.isupper()) for w in words):
        return None  # an entity NER cut badly ("RIP Prodigy", "Wayne ``", "Timothy Poole Timothy Poole") is no
        # better a name than the word
    given = [w for w in words if w != word]
    for other in re.finditer(r"(?:(?<=[a-z,] )|(?<=^))([A-Z][a-z]+)\s+" + re.escape(word) + r"\b", art.body, re.M):
        g = other.group(1)
        if g.lower() not in TITLES and not any(n.startswith(g) or g.startswith(n) for n in given):
            return None  # another given name with it, NER typed no person ("his brother Dale Poole" beside Timothy
            # Poole): a capitalized word no title, after a lower-case word or a comma (not a sentence's first word)
    return name, ent


#: A paragraph of a page's layout, not prose: no quote mark, at most 25 words, not ending a sentence ("TV deal
#: breakdown", "BT Sport", "36 matches on Saturday including 28 at 5.30pm Six midweek evening matches").
_LAYOUT_PARAGRAPH_RE = re.compile(r"\s*[^\"“”`'\n]{1,200}?(?<![.!?:;,])\s*")
_LAYOUT_PARAGRAPH_WORDS = 25


def _open_past_layout(art: _Article, last_para: int, para: int) -> bool:
    """Whether the paragraph ``para`` that reopens a quote with no attribution of its own continues the quote left
    open at the end of paragraph ``last_para`` across only layout paragraphs (a table or a list set in the page:
    'Scudamore said: "It is not. ...' / 'TV deal breakdown' / 'BT Sport' / '36 matches on Saturday ...' / ... /
    '"People want to see the top stars here. ...'; spk108, blind-speakers62: 3 quotes). The carry over
    :data:`CONTINUATION_PARAGRAPHS` counts paragraphs; a table of five lines broke it. The open quote's paragraph
    must hold an odd number of double marks (left open), so a closed quote's speaker is never carried past a table."""
    if not last_para < para - 1 or para >= len(art.paragraphs):
        return False
    body = art.body
    bounds = [*art.paragraphs, len(body)]
    marks = _QUOTE_MARK_RE.findall(body, bounds[last_para], bounds[last_para + 1])
    if len([m for m in marks if m not in ("'", "’", "‘")]) % 2 == 0:
        return False
    for k in range(last_para + 1, para):
        lines = [ln for ln in body[bounds[k] : bounds[k + 1]].split("\n") if ln.strip()]
        if not lines or any(not _LAYOUT_PARAGRAPH_RE.fullmatch(ln) or len(ln.split()) > _LAYOUT_PARAGRAPH_WORDS
                            for ln in lines):
            return False
    return True


def _speaker_of_sentence_before(art: _Article, pos: int, last: tuple | None) -> tuple[str, Any] | None:
    """The person (a PERSON entity) who speaks in the sentence right before sentence ``pos`` when it is in the same
    paragraph: the speaker of the ``last`` quote (speaker, entity, end, paragraph) when it ends there, else the
    subject of its speech verb (:func:`_speech_sentence`); else None (spk46, blind-speakers36)."""
    if pos == 0 or art.paragraph_at(art.sents[pos].sentence.start) != art.paragraph_at(art.sents[pos - 1].sentence.start):
        return None
    prev = art.sents[pos - 1].sentence
    if last is not None and last[0] and prev.start <= last[2] <= prev.end + 1:
        who = (last[0], last[1])
    else:
        who = _speech_sentence(art, prev.start, prev.end)
    return who if who is not None and who[1] is not None and who[1].label == "PERSON" else None


#: A sentence ending on its attribution to a document, inverted after a comma (", San Diego Zoo Global said in a
#: statement."; ", the researchers wrote in the study."): group 1 the verb's subject (:func:`_document_beside`).
_DOCUMENT_ATTRIBUTION_END_RE = re.compile(
    r",\s*([^,;\"“”]{2,80}?)\s+(?:also\s+)?(?:said|says|wrote|writes|stated|states|noted|notes|reported|reports|"
    r"explained|explains|added|adds|concluded|concludes)\s+in\s+(?:a|an|the|its|their|his|her)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:statement|study|report|paper|release|letter|post|email|e-mail|filing|complaint|memo|announcement)\b"
    r"[^\"“”,;]{0,60}?[.!]?\s*$")


def _document_beside(art: _Article, pos: int, end_pos: int) -> tuple[str, Any] | None:
    """Who speaks a phrase quoted inside narration with no speaker of its own when the sentence right before or
    right after it, in its paragraph and holding no quote, ends on an attribution to a statement or a study
    ('..., San Diego Zoo Global said in a statement. Early Sunday morning, the Safari Park team "made the
    difficult decision to euthanize her."'; '... and "considerably larger than those of Dreadnoughtus ..." Even
    so, it's by no means the largest dinosaur on record, the researchers wrote in the study.'): the words around
    are the document's, paraphrased, and the quote is taken from it. The sentence before is read first. The
    attribution's subject is read as :func:`_speech_sentence` reads it, else the noun phrase itself when it is a
    definite one ("the researchers")."""
    para = art.paragraph_at(art.sents[pos].sentence.start)
    for j in (pos - 1, end_pos + 1):
        if not 0 <= j < len(art.sents):
            continue
        x = art.sents[j].sentence
        if art.paragraph_at(x.start) != para or _QUOTE_MARK_RE.search(art.body, x.start, x.end):
            continue
        end = _DOCUMENT_ATTRIBUTION_END_RE.search(art.body, x.start, x.end)
        if end is None:
            continue
        who = _speech_sentence(art, x.start, x.end)
        if who is None and re.fullmatch(r"(?:the|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*", end.group(1)):
            who = (end.group(1), None)
        if who is not None:
            return who
    return None


def _narration_repeated(art: _Article, qs: int, qe: int) -> bool:
    """Whether the quote at ``body[qs:qe]`` is a paragraph alone that repeats the article's own narration: at least
    half its words lie in runs of :data:`REPEATED_RUN` words that stand outside quote marks in the two paragraphs
    before ('In spring 2017, according to the sources, Farrow played Oppenheim the audio of Weinstein ...' then the
    paragraph '" Farrow played Oppenheim the audio of Weinstein ... "'). Such a pull quote, set off by the page's
    layout, is the writer's words, not those of the speaker carried to it from an earlier paragraph. (A statement
    that repeats one fact the narration gave, "Collin is 29 years old and engaged to be married." after "Rose is 29
    years old and engaged to be married next October.", is no repeat: Multi-News 0050.)"""
    body = art.body
    p = art.paragraph_at(qs)
    p_lo = art.paragraphs[p]
    p_hi = art.paragraphs[p + 1] if p + 1 < len(art.paragraphs) else len(body)
    if p == 0 or re.search(r"\w", body[p_lo:qs]) or re.search(r"\w", body[qe:p_hi]):
        return False
    words = [w.strip("'") for w in _WORD_RE.findall(body[qs:qe].lower().replace("’", "'").replace("‘", "'"))]
    if len(words) < REPEATED_RUN:
        return False
    lo = art.paragraphs[max(0, p - 2)]
    found = [(m.group(0).lower().replace("’", "'").strip("'"), m.start(), m.end())
             for m in _WORD_RE.finditer(body, lo, p_lo)]  # (a quoted term's marks are no part of its words)
    told = {tuple(w for w, _, _ in found[i : i + REPEATED_RUN]) for i in range(len(found) - REPEATED_RUN + 1)
            if not art.quoted(found[i][1], found[i + REPEATED_RUN - 1][2])}
    covered: set[int] = set()
    for i in range(len(words) - REPEATED_RUN + 1):
        if tuple(words[i : i + REPEATED_RUN]) in told:
            covered.update(range(i, i + REPEATED_RUN))
    return 2 * len(covered) >= len(words)


#: How many words in a row a pull quote shares with the narration before it to be a repeat of it
#: (:func:`_narration_repeated`).
REPEATED_RUN = 8
_WORD_RE = re.compile(r"[\w'’]+")


#: The attribution right after a quote that says its speaker spoke before it ('"...," Colbert added'; "added the
#: senator").
_ADDED_AFTER_RE = re.compile(r"(?:''|[\"”’])?\s*,?\s*(?:[^\s\"“”,.;:]+\s+){0,4}?(?:added|adds)\b")


#: A relative an owner's name describes ("Michael Jackson's eldest daughter"; group 1 the owner, group 2 the kin).
_KIN_EPITHET_RE = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['’]s?\s+(?:[a-z\-]+\s+){0,2}("
                             + "|".join(KIN_ROLES + ("mother", "father")) + r")")


#: A nominal speaker opening on a possessive pronoun ("his father", "Their foreign ministers").
_POSSESSIVE_PRONOUN_SPEAKER_RE = re.compile(r"(?i:his|her|their|its)\s+(\S.*)")


#: The plural head after a subject's name, up to its verb (" nations and 11 neighbors pledged").
_PLURAL_HEAD_AFTER_RE = re.compile(r"((?:\s+(?:and|of|\d[\d,]*|[a-z][\w\-]*s))*\s+[a-z][\w\-]*s)(?=\s+(?:[a-z]+ed|said|"
                                   r"say|have|has|had|were|are|will|would)\b)")


def _possessor_named(art: _Article, qs: int, se: Sent, speaker: str) -> str:
    """``speaker`` ("his father") with its possessor named ("Michael Dunn's father"): the view lists a quote away
    from its paragraph, where "his" names no one. "his"/"her" is the person "he"/"she" would be at the phrase
    (:func:`_resolve_reference`, a person entity named in the phrase's sentence or the one before); "their"/"its"
    the body "they"/"it" would be (:func:`_resolve_body`; "their" a plural one). Unchanged when the text gives no
    one."""
    poss = _POSSESSIVE_PRONOUN_SPEAKER_RE.match(speaker)
    word = speaker.split()[0].lower()
    at = _possessive_phrase_at(art, qs, se, speaker)
    if word in ("his", "her"):
        who = _resolve_reference(art, at, "he" if word == "his" else "she")
        p = art.sentence_at(at)
        if who is None or p is None or not (
                who[1] is not None and who[1].label == "PERSON" and any(
                    m.entity is who[1] and x.sentence.start + m.start < at
                    for x in art.sents[max(0, p - 1) : p + 1] for m in x.mentions)
                or _possessor_named_past_same_subject(art, at, word, who)):
            return speaker  # (only a person named in the sentence or the one before: "he said" may reach further
            # back to the last speaker, whose lawyers "His lawyers" are not; past that, only through sentences
            # that go on about the same "he" or lie inside a quote: spk142)
    else:
        who = _resolve_body(art, at, plural=word == "their")
        if who is None and word == "their":
            who = pair_subject_before(art, at)  # 'Yu and Soni say their recommended dose ...' / 'Their Sprayable
            # Energy website also clearly states: "..."': the two people "they" would be (spk142)
        if who is None or _POSSESSIVE_PRONOUN_SPEAKER_RE.match(who[0]) or (who[1] is not None
                                                                         and who[1].label not in SPEAKER_LABELS):
            return speaker
    name = who[0]
    if word in ("their", "its") and who[1] is None and (cut := art.body.rfind(name, 0, at)) >= 0 and (
            rest := _PLURAL_HEAD_AFTER_RE.match(art.body, cut + len(name))):
        name += rest.group(1)  # 'The 15 European Union nations and 11 neighbors pledged ...': the subject read up to
        # the organization's name ("The 15 European Union") runs on to its plural head
    if word == "their" and not (name.endswith("s") or " and " in name):
        return speaker  # "their" is never one named thing
    mark = "'" if name.endswith("s") and (who[1] is None or who[1].label != "PERSON") else "'s"
    owned = poss.group(1)
    if (agent := _AGENT_DOCUMENT_RE.fullmatch(owned)) is not None:
        owned = agent.group(1)  # "His rep's statement continued:": the rep speaks, not the statement (spk142)
    return f"{name}{mark} {owned}"


#: An agent's document, owned ("rep's statement", "lawyer's letter"): group 1 the agent, who speaks.
_AGENT_DOCUMENT_RE = re.compile(r"((?:[a-z\-]+\s+)?(?:rep|representative|spokes(?:man|woman|person)|lawyer|attorney|"
                                r"publicist|agent|manager))['’]s\s+(?:[a-z\-]+\s+)?(?:statement|e-?mail|letter|"
                                r"release|tweet|post)", re.I)
#: A sentence opened by "he"/"his" or "she"/"her" (after a connective or a fronted phrase at most).
_PRONOUN_OPENED_RE = re.compile(r"\W*(?:(?:But|And|Then|Now|Still|Yet|Later|Also)\s*,?\s+)?(he|his|she|her)\b", re.I)


#: A name owning an agent who speaks for its bearer ("London's rep", "Smith's lawyers"): group 1 the name, group 2
#: the agent (a modifier at most before it: "London's longtime spokesman").
_AGENT_OF_NAME_RE = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['’]s?\s+((?:[a-z\-]+\s+)?(?:rep|reps|"
                               r"representatives?|spokes(?:man|woman|person|men|women|people)|lawyers?|attorneys?|"
                               r"publicists?|agents?|managers?))\b")


def _agent_of_possessor(art: _Article, qs: int, qe: int, s: Sent, se: Sent, speaker: str) -> str | None:
    """The agent speaking for the person a rule named (``speaker``) when the quote's attribution names that person
    only as the owner of an agent: '"...," according to a statement released by London's rep.', '"...," Smith's
    lawyer said.' -> "Jason London's rep" / "John Smith's lawyer" (the full name the rule gave). None when the
    attribution (the quote's first and last sentences outside its own words) names the person otherwise too
    ('London said his rep ...'), or no agent at all (spk142)."""
    last = speaker.split()[-1]
    if not last[:1].isupper():
        return None
    found = None
    for lo, hi in ((s.sentence.start, qs), (qe, se.sentence.end)):
        for w in re.finditer(r"(?<![\w\-])" + re.escape(last) + r"(?![\w\-])", art.body[lo:hi]):
            at = lo + w.start()
            if art.quoted(at, at + len(last)):
                continue
            agent = None
            for m in _AGENT_OF_NAME_RE.finditer(art.body, max(lo, at - 40), min(hi, at + len(last) + 60)):
                if m.start(1) <= at < m.end(1) and m.end(1) == at + len(last):
                    agent = m
            if agent is None:
                return None  # the person is named as more than an owner: the rule's reading stands
            found = found or agent
    if found is None:
        return None
    return f"{speaker}'s {' '.join(found.group(2).split())}"


#: The last word of an organization's name: what a name NER typed a person is never "he"/"she" with ("the Oprah
#: Winfrey Network", "the Bill and Melinda Gates Foundation").
_ORGANIZATION_HEADS = frozenset({"network", "networks", "channel", "company", "corporation", "corp", "inc", "ltd",
                                 "llc", "group", "foundation", "institute", "association", "university", "college",
                                 "agency", "council", "committee", "commission", "society", "federation", "league",
                                 "alliance", "coalition", "organization", "organisation", "party", "bank", "church",
                                 "hospital", "center", "centre", "museum", "studios", "entertainment", "media",
                                 "records", "press", "magazine", "newspaper", "times", "post", "fund", "trust"})


def _person_past_organization(art: _Article, qs: int, qe: int, s: Sent, ent: Any) -> tuple[str, Any] | None:
    """The person "he"/"she" closing a quote refers to when the walk back found an organization's name in the
    sentence right before the quote's ('OWN -- which stands for the Oprah Winfrey Network -- is set to begin Jan.
    1.' / '"Growing up, I could never find my name ...," she said.', NER typing the network a person): an
    organization is never "he" or "she", so the walk goes on from before that sentence, and only a person it finds
    there is taken. None otherwise: the name is no organization's (its last word no organization's head), it is
    not in the sentence before, or no person is found (spk142; "she" for other genderless nominals is spk140's)."""
    said = _PRONOUN_SAID_AFTER_RE.match(art.body, qe, min(len(art.body), qe + 40))
    if said is None or ent.name.split()[-1].lower().strip(".") not in _ORGANIZATION_HEADS:
        return None
    pos = art.sentence_at(s.sentence.start)
    if not pos:
        return None
    before = art.sents[pos - 1]
    if not any(m.entity is ent for m in before.mentions):
        return None
    who = _resolve_reference(art, before.sentence.start, said.group(1).lower())
    if (who is None or who[1] is None or who[1].label != "PERSON" or who[1] is ent
            or who[0].split()[-1].lower().strip(".") in _ORGANIZATION_HEADS):
        return None
    return who


def _possessive_phrase_at(art: _Article, qs: int, se: Sent, speaker: str) -> int:
    """Where the possessive speaker phrase ("his brother") stands in the text: its last use up to the quote's last
    sentence, capitalized as a sentence opens it or not ("His brother, 34, told AFP ..." after "... a dispute with
    his brother"); the quote's start when the text never writes it so."""
    uses = list(re.finditer(r"(?<![\w\-])" + re.escape(speaker) + r"(?![\w\-])", art.body[: se.sentence.end], re.I))
    return uses[-1].start() if uses else qs  # (spk142)


def _possessor_named_past_same_subject(art: _Article, at: int, word: str, who: tuple[str, Any]) -> bool:
    """Whether ``who`` (the person "he"/"she" is at the possessive ``word`` "his"/"her" at ``at``) is named, before
    the phrase, in the first sentence back that neither lies inside a quote's words nor is opened by the same
    pronoun ("his"/"he"): 'Solters was also no help. He said he was in Los Angeles on Tuesday. "...," his e-mail
    said.' (Solters'); '"I got jumped ...," London tweeted. "They knocked me out ... Some guy thought ..."' / 'His
    rep's statement continued: ...' (London's). Such sentences go on about the same person, so the reader keeps
    the name; a sentence about anything else ('The prince's lawsuit ... accuses ...' before "His lawyers") stops
    the walk, and a person named only inside the skipped sentences ("He was flagged ..., prosecutor X said") is
    never the possessor. A person NER did not type is the name itself, outside quotes (spk142)."""
    pos = art.sentence_at(at)
    if pos is None:
        return False
    pronouns = ("he", "his") if word == "his" else ("she", "her")
    i = pos - 1
    while i >= 0:
        s = art.sents[i]
        lo, hi = s.sentence.start, s.sentence.end
        inside = not re.search(r"[A-Za-z]", "".join(
            art.body[k] for k in range(lo, hi) if not art.quoted(k, k + 1)))
        opened = _PRONOUN_OPENED_RE.match(s.text)
        if not inside and not (opened and opened.group(1).lower() in pronouns):
            break
        i -= 1
    if i < 0:
        return False
    own = art.sents[pos]
    last = who[0].split()[-1]
    for x in (art.sents[i], own):
        for m in x.mentions:
            start = x.sentence.start + m.start
            if start >= at or art.quoted(start, x.sentence.start + m.end):
                continue
            if m.entity is not None and m.entity.label == "PERSON" and (
                    m.entity is who[1] or m.entity.name == who[0] or m.entity.name.split()[-1] == last):
                return True
        name = who[0] if who[1] is None else last  # (a person NER missed or typed apart: "Solters was also no help.")
        for w in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])",
                             art.body[x.sentence.start : min(at, x.sentence.end)]):
            if name[:1].isupper() and not art.quoted(x.sentence.start + w.start(), x.sentence.start + w.end()):
                return True
    return False


def _kin_named_before(art_sents: list[Sent], pos: int, speaker: str) -> tuple[str, Any] | None:
    """The person a kin epithet speaker stands for ("Michael Jackson's eldest daughter"): one named in full in the two
    sentences before the quote's, bearing the owner's surname but not the owner, whose gender the text does not set
    against the kin word's ("Paris Jackson also spoke out against hatred.")."""
    epithet = _KIN_EPITHET_RE.fullmatch(speaker)
    if epithet is None:
        return None
    owner, role = epithet.group(1), epithet.group(2)
    want = "f" if role in FEMALE_WORDS else "m" if role in MALE_WORDS else None
    for x in reversed(art_sents[max(0, pos - 2) : pos]):
        for m in reversed(x.mentions):
            e = m.entity
            if (e is not None and e.label == "PERSON" and len(e.name.split()) >= 2
                    and e.name.split()[-1] == owner.split()[-1] and e.name != owner and owner not in e.name
                    and (want is None or gender(e.name, e) in (None, want))):
                return e.name, e
    return None


#: A generational suffix closing a name, after at most one more capitalized word ("Robert Wright| Lee IV", "John
#: Roe| Jr."): NER often stops before it.
_GENERATION_AFTER_RE = re.compile(r"(\s+(?:[A-Z][\w\-'’]+\s+)?(?:Jr\.|Sr\.|II|III|IV|VI?))(?![\w'’])")


def _suffixed_name(s: Sent, se: Sent, ent: Any) -> str | None:
    """The speaker's name in full when its mention in the quote's sentences, the entity's whole name, runs on into a
    capitalized word and a generational suffix NER left out ("Robert Wright" in "Robert Wright Lee IV")."""
    for x in ((s,) if s is se else (s, se)):
        for m in x.mentions:
            tail = _GENERATION_AFTER_RE.match(x.text, m.end) if m.entity is ent and m.text == ent.name else None
            if tail:
                return m.text + " " + " ".join(tail.group(1).split())
    return None


def _one_sentence_a_line(art: _Article, article: Any) -> bool:
    """Whether the article came set one sentence a line (ECB+): its text as read has no blank line but five line
    breaks or more, and nearly every paragraph (a line) holds one sentence. A distance in paragraphs is then one
    in sentences (:data:`CONTINUATION_LINES`)."""
    raw = (getattr(article, "raw_text", None) or "").strip()
    if not raw or re.search(r"\n[ \t]*\n", raw) or raw.count("\n") < 5:
        return False
    per_para = Counter(art.paragraph_at(s.sentence.start) for s in art.sents)
    return sum(n == 1 for n in per_para.values()) >= 0.8 * len(per_para)


#: Dependency labels by which a verb governs a quote (its complement, object, or what follows a colon).
_GOVERNING_DEPS = frozenset({"ccomp", "dobj", "obj", "xcomp", "appos", "dep", "parataxis", "attr", "oprd", "pobj",
                             "acomp", "advcl", "conj", "npadvmod", "prep", "punct", "nsubj"})
#: Verbs whose subject can be a clause, not a speaker, and verbs that never introduce someone's words.
_NOT_SPEAKING_VERBS = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "seem", "seems", "seemed",
                                 "become", "became", "remain", "remains", "remained", "include", "includes",
                                 "included", "mean", "means", "meant", "have", "has", "had"})
#: A subject noun that is words, a feeling or a wish of its possessor ("his enthusiasm ... shines through:",
#: "her message was clear:"): the possessor speaks.
_POSSESSOR_SUBJECT_NOUNS = frozenset({"enthusiasm", "message", "answer", "reply", "response", "advice", "view",
                                      "verdict", "conclusion", "words", "word", "voice", "tone", "point", "argument",
                                      "explanation", "assessment", "comment", "comments", "statement", "plea",
                                      "warning", "hope", "hopes", "wish", "fear", "fears", "feeling", "mood",
                                      "reaction", "take", "line", "lines", "position", "stance",
                                      "remarks", "remark"})  # ("His remarks:", spk116)


def _governed_text(art: _Article, qs: int, qe: int, s: Sent) -> tuple[int, str]:
    """What :func:`_governing_verb` parses for the quote ``body[qs:qe]`` of sentence ``s``, and where it starts in
    the body: the quote's sentence, and the sentences after it that the quote runs into."""
    base = s.sentence.start
    end_pos = art.sentence_at(max(qs, qe - 1))
    end = art.sents[end_pos].sentence.end if end_pos is not None else s.sentence.end
    if (end_pos is not None and end_pos + 1 < len(art.sents) and not re.search(r"\w", art.body[qe:end])
            and re.search(r"[!?]\W*$", art.body[qs:qe])
            and art.paragraph_at(art.sents[end_pos + 1].sentence.start) == art.paragraph_at(qs)):
        end = art.sents[end_pos + 1].sentence.end  # '``...!'' Wan shrieked': the segmenter split after "!''"
    return base, art.body[base : max(end, s.sentence.end)]  # a quote over two sentences: both


def _is_speech_verb(tok: Any) -> bool:
    """Whether a parsed token is a speech verb: one of the forms read in text (:data:`_cues.SPEECH_VERBS`, each a
    form of a lemma of :mod:`._speech_lexicon`). Reading the parse's verbs by their lemma against the whole lexicon
    was measured and left out (spk84): the pasts alone ("advised", "alleged") changed eight speakers over DUC 2003,
    DUC 2006, MultiLing, Multi-News and BASIL, two right."""
    return tok.lower_ in SPEECH_VERBS


def _governing_verb(art: _Article, qs: int, qe: int, s: Sent, model: str) -> tuple[Any, int, Any] | None:
    """The parse of the quote's sentence (two when the quote runs over them), the offset it was parsed from, and
    the verb the quote hangs from (:func:`_parsed_speaker`): walking up from the quote's head through clauses a
    verb governs to the first verb outside the quote, else, where the parser made the quote the root, the nearest
    verb hanging from it or the root of the rest; a non-speech verb gives way to a speech verb further up
    ("Salon notes that ... no officers have been prosecuted "...""). None when no verb is found."""
    from . import _ner

    base, text = _governed_text(art, qs, qe, s)
    doc = _ner.parse(text, model)
    lo, hi = qs - base, qe - base
    inside = [t for t in doc if lo <= t.idx < hi]
    if not inside:
        return None
    heads = [t for t in inside if not (lo <= t.head.idx < hi) or t.head.i == t.i]
    if not heads:
        return None
    tok = next((t for t in heads if t.head.i != t.i), heads[0])  # a token hanging from outside, else the root
    verb = None
    for _ in range(6):  # up from the quote: the first verb outside it
        if tok.head.i == tok.i:
            if not (lo <= tok.idx < hi) and tok.tag_.startswith("VB"):
                verb = tok
            break
        tok = tok.head
        if not (lo <= tok.idx < hi) and tok.tag_.startswith("VB") and tok.text.lower() not in _NOT_SPEAKING_VERBS:
            verb = tok
            break
    if verb is None and tok.head.i == tok.i and lo <= tok.idx < hi:  # the parser made the quote the sentence's root:
        # the clause introducing it hangs from it ("X shines through: "..."", ""...," X shrieked")
        near = [c for c in tok.children if not (lo <= c.idx < hi) and c.tag_.startswith("VB")
                and c.dep_ in ("ccomp", "parataxis", "advcl") and c.text.lower() not in _NOT_SPEAKING_VERBS]
        if not near:  # the parser split the sentence: the root of the rest (""...," she said")
            near = [r for r in doc if r.head.i == r.i and not (lo <= r.idx < hi) and r.tag_.startswith("VB")
                    and r.text.lower() not in _NOT_SPEAKING_VERBS and (r.idx < lo or r.idx - hi < 40)]
        verb = min(near, key=lambda c: min(abs(c.idx - lo), abs(c.idx - hi)), default=None)
    if verb is None:
        return None
    if not _is_speech_verb(verb):  # "Salon notes that ... no officers have been prosecuted "...""
        up = verb  # the speech verb further up governs the clause holding the quote: its subject speaks
        for _ in range(4):
            if up.head.i == up.i or up.dep_ not in ("ccomp", "conj", "advcl", "xcomp", "relcl"):
                break
            up = up.head
            if up.tag_.startswith("VB") and _is_speech_verb(up) and not (lo <= up.idx < hi):
                verb = up
                break
    return doc, base, verb


def _verb_subject(art: _Article, base: int, qs: int, qe: int, verb: Any) -> tuple[Any, Any] | None:
    """The subject of ``verb`` (a parse of ``body[base:]``), else of the verb governing it ("went on to say",
    "noting": "went"), up to three verbs up: (the verb that has it, the subject token), or None. Never a token
    inside the quote ``qs:qe`` nor inside another quote (a title: '"The Death Penalty on Trial," announces
    Newsweek's cover story. "The death penalty is ..."')."""
    lo, hi = qs - base, qe - base
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not (lo <= c.idx < hi)
                and not art.quoted(base + c.idx, base + c.idx + len(c.text))]
        if subj:
            return verb, subj[0]
        if (host := _participle_host(verb)) is not None:  # 'A day after telling reporters that he's "...," X broke'
            verb = host
            continue
        if verb.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
        if not verb.tag_.startswith("VB"):
            return None
    return None


def _participle_host(verb: Any) -> Any:
    """The verb whose subject a participle of speech with no subject of its own has when it is a preposition's object
    ("A day after telling reporters that he's "...," Congressman X broke his silence": "telling" under "after", under
    "day", under "broke"; "By saying "...," the mayor ended ..."): the clause the prepositional phrase modifies, as
    its subject is the participle's (spk69). None for anything else, and under "as" ("quoted X as saying": the
    object's words)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or verb.head.lower_ == "as":
        return None  # ("The newspaper quoted Cheung as saying that "...": the object's words, the relay's frame)
    host = verb.head.head
    if host.dep_ in ("npadvmod", "advmod") and not host.tag_.startswith("VB"):  # ("a day after ...")
        host = host.head
    return host if host.tag_.startswith("VB") and host.i != verb.i else None


#: What may stand between the comma closing a fronted clause and the main clause's subject named after it: lower-case
#: and capitalized words of a title ("former Ohio Sen."), at most four. (spk95: two quotes changed over the seven
#: data sets, both right.)
_TITLE_WORDS_RE = re.compile(r"\s*(?:(?:[a-z]+|[A-Z][\w.\-'’]*)\s+){0,4}")


def _subject_past_fronted_clause(art: _Article, s: Sent, base: int, verb: Any) -> tuple[str, Any] | None:
    """The main clause's subject where the parser made a fronted subordinate clause the quote's governing ``verb``
    (its text parsed from ``body[base:]``): a verb with a subordinator of its own ("mark": "And on Saturday, one day
    before X released a summary ..., former Ohio Sen. Y charged ... that you "..."": the parse hangs the rest on
    "released", whose subject X never speaks). The speaker is the person NER names first after the comma closing
    that clause, past at most a title's words (a place's among them), and followed by a word the parse tags a
    verb: the main clause's subject. None when the verb has no subordinator or no such person follows."""
    if not any(c.dep_ == "mark" for c in verb.children):
        return None
    comma = next((t for t in verb.doc[verb.i + 1:] if t.text == ","), None)
    if comma is None:
        return None
    at = base + comma.idx + 1
    for m in s.mentions:
        lo, hi = s.sentence.start + m.start, s.sentence.start + m.end
        if lo < at or m.entity is None or art.quoted(lo, hi) or (
                m.entity.label in PLACE_LABELS | {"NORP"} and _TITLE_WORDS_RE.fullmatch(art.body, at, hi + 1)):
            continue  # (a place inside the title: "former Ohio Sen.")
        if m.entity.label != "PERSON" or not _TITLE_WORDS_RE.fullmatch(art.body, at, lo):
            return None  # (the first name after the comma is no person, or stands past more than a title)
        nxt = next((t for t in verb.doc if t.idx >= hi - base and not t.is_punct), None)
        if nxt is None or not nxt.tag_.startswith("VB") or not nxt.text[:1].islower():
            return None
        return m.entity.name, m.entity
    return None


def _next_clause_after(body: str, qe: int, hi: int, verb_start: int, verb_end: int) -> bool:
    """Whether the words after the quote ending at ``qe`` (up to ``hi``), where a verb at ``verb_start:verb_end``
    stands, are no attribution of it: a clause that opens the next quote (:func:`introduces_next_quote`) or whose
    speech verb has an object clause of its own (:func:`reports_own_clause`; spk130)."""
    after_lo = qe + (2 if body.startswith("''", qe) else 1)
    return introduces_next_quote(body, qe, after_lo, hi) or (body[verb_start:verb_end].lower() in SPEECH_VERBS
                                                              and reports_own_clause(body, qe, after_lo, verb_start,
                                                                                     verb_end))


def _parsed_speaker(art: _Article, qs: int, qe: int, s: Sent, model: str) -> tuple[str, Any] | None:
    """The speaker by syntax, for a quote the surface rules left without one: in a dependency parse of its
    sentence, the verb the quote hangs from (:func:`_governing_verb`: "X told BBC News that ...: "..."", "with X
    noting that "..."", "He went on to say that he "..."", "X shrieked") and that verb's subject, else its governing
    verb's ("went on to say": "went"; :func:`_verb_subject`). The subject speaks when it is a
    person or organization mention (never a place, but a person's surname NER typed one: :func:`_titled_surname`), a name the parser joins (compound / flat words NER missed), a
    pronoun (resolved as a "he said"), a nominal speaker ("the communique", "an official"), or a word whose
    possessor speaks ("his enthusiasm shines through:"). The quote's own words never give its speaker."""
    governed = _governing_verb(art, qs, qe, s, model)
    if governed is None:
        return None
    doc, base, verb = governed
    if base + verb.idx >= qe and _next_clause_after(art.body, qe, base + len(doc.text), base + verb.idx,
                                                    base + verb.idx + len(verb.text)):
        return None  # the verb is the next sentence's, which opens a quote of its own or reports its own clause
        # ("I am.'' Paul O'Neill echoed ... by saying, ``Everything"; "?'' Salmon said his refusal ..."; spk130)
    if (fronted := _subject_past_fronted_clause(art, s, base, verb)) is not None:
        return fronted  # a fronted clause the parser made the root: the main clause's subject after it
    found = _verb_subject(art, base, qs, qe, verb)
    if found is None:
        return None
    got = _speaker_of_token(art, base, found[1], qs, model)
    return got if got is None or re.search(r"[^\W\d_]", got[0]) else None  # ("™" as a subject: no one)


#: The links by which a word is part of a subject's own name or of a name in apposition with it ("the designer,
#: Jane Roe,", "Jane and John Roe"): a name the path from the word to the subject takes only these through is the
#: subject; any other link (a preposition's object, a possessor, a relative clause) is a name inside it.
_SUBJECT_NAME_DEPS = frozenset({"compound", "flat", "appos", "conj", "cc", "punct", "nmod", "amod"})
#: Words that may stand between a clause's start and its subject's name without a phrase being fronted ('"...,"
#: said Jane Roe', 'And then Roe said'); capitalized words (a title, "Sen.") do not make a phrase either.
_NOT_FRONTING_WORDS = frozenset({"also", "then", "and", "but", "so", "yet", "later", "now", "the"})


#: A second clause coordinated after a comma ("Volvo has become ..., but other makers are saying, ``...''"): a name
#: opening the sentence before it is the first clause's subject, which the parse check reads (spk69).
_COORDINATED_CLAUSE_RE = re.compile(r",\s+(?:but|while|whereas|yet)\s+(?!(?:he|she|they|it|we|I)\b)[a-z]")


def _opens_its_clause(art: _Article, s: Sent, at: int) -> bool:
    """Whether the name at ``at`` (a body offset) opens its clause: nothing but a speech verb, a connective or
    capitalized words between it and the sentence's start or the close of a quote before it. Such a name is the
    subject the parse would give, so :func:`_subject_past_phrase` does not parse its sentence."""
    left = s.sentence.start
    for a, b in art.spans:
        if b <= at and b > left:
            left = b
    words = re.findall(r"[A-Za-z][\w'’\-]*", art.body[left:at])
    return all(w[:1].isupper() or w.lower() in SPEECH_VERBS or w.lower() in _NOT_FRONTING_WORDS for w in words)


def _subject_past_phrase(art: _Article, qs: int, qe: int, s: Sent, speaker: str, ent: Any,
                         model: str) -> tuple[str, Any] | None:
    """The subject of the speech verb a quote hangs from, by the parse, where the surface rules took a name
    inside a phrase fronted before it, an appositive or an object of the verb ('In an interview with X, Y said
    "..."'; 'the Post is referring to the guy who did this, X, as a journalist, saying "..."': the Post): a name
    the verb's own subject does not hold is never the speaker when the verb has a subject that names one. None
    when the parse agrees with the rules (their name is the subject, or is nowhere in the sentence: a pronoun
    resolved, a speaker carried on), finds no speech verb or no subject, or when the subject names no speaker; a
    passive verb's subject is its hearer, never checked. Also None where the parse is the less sure reading: a
    speech verb stands nearer the quote than the parse's verb; the name is a subject itself, or inside a clause
    the verb reports or one coordinated with it, or the object of another speech verb ("quoting X") or of the
    relaying verb itself ('"...," the agency quoted X as saying'), or the
    object of a verb whose infinitive the quote hangs from ("prompting X to conclude that "...""); or the name
    is inside the subject's own phrase and the subject is no person. A pronoun subject is resolved from the
    sentence's start (a name inside a phrase fronted in the same sentence is not whom it means)."""
    positions = []  # where the rules' speaker stands in the quote's sentences, outside any quote
    for i in range(art.sentence_at(qs) or 0, (art.sentence_at(max(qs, qe - 1)) or 0) + 1):
        x = art.sents[i]
        spans = {(m.start, m.end) for m in x.mentions if ent is not None and m.entity is ent}
        for name in {speaker, *(getattr(ent, "variants", None) or [])}:  # (words NER did not type here)
            for hit in re.finditer(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’])", x.text):
                spans.add(hit.span())
        for lo, hi in sorted(spans):
            if not art.quoted(x.sentence.start + lo, x.sentence.start + lo + 1):
                positions.append((x, x.sentence.start + lo, x.sentence.start + hi))
    if not positions or all(_opens_its_clause(art, x, at) and not _COORDINATED_CLAUSE_RE.search(art.body, end, qs)
                            for x, at, end in positions):
        return None
    governed = _governing_verb(art, qs, qe, s, model)
    if governed is None or not _is_speech_verb(governed[2]):
        return None
    doc, base, verb = governed
    lo, hi = qs - base, qe - base
    if any(t.tag_.startswith("VB") and _is_speech_verb(t) and not art.quoted(base + t.idx, base + t.idx + 1)
           for t in doc if verb.idx < t.idx < lo or hi <= t.idx < verb.idx):
        return None  # another speech verb nearer the quote ('... their conversation with X, who told them: "..."'
        # parsed as hanging from "continued"): the parse's verb is not the one the quote hangs from
    found = _verb_subject(art, base, qs, qe, verb)
    if found is None or found[1].dep_ == "nsubjpass":
        return None
    holder, subj = found
    up = verb
    while up.i != holder.i:  # 'prompting CBS anchor X to conclude that "..."': the object of a verb that an
        if up.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative", "obj") for c in up.head.children):
            return None  # infinitive completes is that infinitive's subject (object control), not the parse's
        up = up.head
    where = set()
    framed = False  # the rules' name is the subject of a parenthetical speech verb ("..., Southerland said, ...")
    for _, at, end in positions:
        toks = [t for t in doc if at - base <= t.idx < end - base]
        head = next((t for t in toks if not (at - base <= t.head.idx < end - base) or t.head.i == t.i), None)
        framed = framed or (head is not None and head.dep_ == "nsubj" and _is_speech_verb(head.head)
                            and head.head.dep_ == "parataxis")
        path: list[str] = []
        clauses: list[str] = []  # the links of the verbs on the path (a name coordinated with an object noun,
        # "derided the Czechs and Poles", is no coordinated clause: spk69)
        x = head
        for _ in range(40 if x is not None else 0):
            if x.i == subj.i:
                where.add("subject" if all(d in _SUBJECT_NAME_DEPS for d in path) else "inside")
                break
            if x.i == holder.i:  # (a second subject of the same verb, '"...," said CNN analyst X Y' parsed
                # with "CNN" and "Y" both subjects of "said", is no phrase outside it; nor is a clause the verb
                # reports or one coordinated with it, 'The indictment alleges X contacted ... and said "..."': the
                # parser's coordination decides there, not a fronted phrase)
                if path and path[-1] in ("nsubj", "nsubjpass"):
                    where.add("subject")
                elif path and path[-1] in ("dobj", "obj") and _RELAYING_RE.fullmatch(holder.lower_):
                    where.add("subject")  # '"...," the Bernama news agency quoted X as saying': the relaying
                    # verb's object is the speaker its subject relays, as the rules read it (spk72)
                elif not {"ccomp", "conj"} & set(clauses):
                    where.add("outside")
                break
            if (x.head.i == x.i and path == ["nsubj"] and holder.dep_ == "conj" and holder.head.i == x.i
                    and any(c.dep_ == "cc" and c.lower_ in ("but", "while", "whereas", "yet") for c in x.children)):
                where.add("outside")  # 'Volvo has become ..., but other makers are saying, "..."': the subject
                break  # of the first clause, the speech verb's clause coordinated after it with its own (spk69)
            if x.head.i == x.i or (path and path[-1] in ("dobj", "dative", "obj") and x.tag_.startswith("VB")
                                   and _is_speech_verb(x)):
                break  # ('"...," the newspaper said, quoting X': the object of another speech verb is that frame's,
                # a relayed speaker or a hearer, for the rules to read)
            path.append(x.dep_)
            if x.tag_.startswith("VB"):
                clauses.append(x.dep_)
            x = x.head
    if not where or "subject" in where:
        return None
    low = subj.text.lower()
    if subj.tag_ == "PRP" and low in ("he", "she"):
        got = _parsed_reference(art, s.sentence.start, low, model)
    else:
        got = _speaker_of_token(art, base, subj, qs, model)
        if got is not None and ent is not None and got[1] is ent and subj.tag_ in ("NN", "NNS"):
            # 'After a meeting with X, the mayor told reporters that "..."': an epithet resolved to the very name in
            # the fronted phrase is whom it means before this sentence, else its own speaker
            phrase = " ".join(art.body[base + subj.left_edge.idx : base + subj.idx + len(subj.text)].split())
            who = _epithet(art, phrase, s.sentence.start)
            got = who if who is not None and who[1] is not ent else (phrase, None)
        if got is None and where == {"outside"} and not _RELAYING_RE.fullmatch(holder.lower_) and (
                not framed or re.fullmatch(r"[\s,:]*(?:that\s*)?[`'\"“]*",
                                           art.body[base + verb.idx + len(verb.text) : qs])):
            # 'A wrathful Cuban delegation derided the Czechs and Poles, saying they were "..."': the delegation;
            # over a name a speech verb of its own frames, only for the verb the quote follows ('Rosalynn said, her
            # husband will say, "..."'; not 'Southerland said, journalists called Zhang ... and "he didn't ..."',
            # the parse hanging the quote under "called"); never for a relaying verb ('"...," the presidency quoted
            # Eichmann's letter as saying': the letter's words) (spk69)
            got = _unlisted_subject(art, base, subj)
            who = _epithet(art, got[0], s.sentence.start) if got is not None else None
            if who is not None and who[1] is not None and who[1] is not ent:  # 'The actress then asked Beatty,
                got = who  # "...": the actress the text ties the epithet to, never the name ruled out
    if got is None or not re.search(r"[^\W\d_]", got[0]) or (ent is not None and got[1] is ent) or got[0] == speaker:
        return None
    if "outside" not in where and (got[1] is None or got[1].label != "PERSON" or subj.tag_ in ("NN", "NNS")):
        return None  # a name inside the subject's phrase gives way only to a person named as the subject ('Taylor,
        # a partner of X LLP said': the firm is his affiliation); a role or
        # document the parse heads a name's phrase with ('Brand Manager at KFC X Y said', "A statement released by
        # X, ..., said") or a body a person is titled by ('said state Department of Public Health spokesperson X Y',
        # the parser making "Department" the subject) is the parser misreading a title; a role's own phrase holding
        # the name is that role's holder ("The director of Colombia's Institute for Family Welfare, Juan Manuel
        # Urrutia, said", the name parsed as the institute's appositive), never a person the role is resolved to
        # from other sentences
    return got


#: Heads of a subject noun phrase that name no speaker of their own: quantifiers and words a clause's subject takes
#: for a thing said or done ("All we've heard ... is", "one", "the idea").
_NOT_SUBJECT_HEADS = frozenset({"all", "one", "ones", "some", "none", "both", "each", "either", "neither", "many",
                                "most", "much", "few", "several", "others", "other", "another", "any", "lot", "lots",
                                "thing", "things", "idea", "fact", "way", "point", "reason", "question", "problem",
                                "result", "truth", "part", "rest", "number"})


def _unlisted_subject(art: _Article, base: int, subj: Any) -> tuple[str, None] | None:
    """The noun phrase a speech verb's subject heads, as the speaker, where the parse reads it as the verb's subject
    and the rules took a name outside it (:func:`_subject_past_phrase`: a fronted phrase, an object, a clause
    before) but the nominal lists know no such head ("A wrathful Cuban delegation derided the Czechs and Poles,
    saying ..."; "Volvo has become ..., but other makers are saying, "...""): the words from its first modifier to
    its head (never a phrase or clause after the head). None for a head that is a quantifier or a thing
    (:data:`_NOT_SUBJECT_HEADS`), a time (:data:`TIME_HEADS`), for a phrase holding a place, a quote or punctuation,
    or one of more than six words."""
    if subj.tag_ not in ("NN", "NNS") or subj.lower_ in _NOT_SUBJECT_HEADS or subj.lower_ in TIME_HEADS:
        return None
    words = [t for t in subj.doc[subj.left_edge.i : subj.i + 1]]
    if len(words) > 6 or any(t.is_punct or t.tag_ in ("PRP", "WDT", "WP", "CD") for t in words):
        return None
    lo, hi = base + words[0].idx, base + subj.idx + len(subj.text)
    pos = art.sentence_at(lo)
    if pos is None or art.quoted(lo, hi) or _has_place(art.sents[pos], lo, hi):
        return None
    return " ".join(art.body[lo:hi].split()), None


#: Determiners that make a noun phrase definite ("the indictment", "this resolution"): a document the text names.
#: A possessive ("his letter", "Trump's statement") is someone's own words and stays theirs.
_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
#: A frame that relays another's words ("quoting X", "citing X"): the words are the one relayed.
_RELAYING_RE = re.compile(r"\b(?:quoting|quoted|citing|cited|paraphrasing|paraphrased)\b")


def _document_head(tok: Any) -> bool:
    """Whether a noun heads a document, a text, a law or a body, never a person: a common noun the lists read so
    (:data:`BODY_ROLES`, :data:`BODY_HEADS`: "the indictment", "the lawsuit"; "the advertisement" is not listed
    but a -ment noun, :data:`_THING_NOUN_RE`), or a capitalized common noun that is no title ("the Constitution", "the
    14th Amendment"; the caller checks no person or place mention covers it)."""
    low = tok.lower_
    if low in PERSON_ROLES or low in KIN_ROLES or low.rstrip("s") in PERSON_ROLES or is_demonym_noun(tok.text):
        return False  # (a demonym noun is a person: "said the Frenchman", spk90)
    if low in BODY_ROLES or low in BODY_HEADS or _THING_NOUN_RE.search(low):
        return True
    return tok.tag_ in ("NNP", "NNPS") and low not in TITLES


def _document_phrase(art: _Article, base: int, tok: Any) -> str | None:
    """The words of the definite noun phrase ``tok`` heads (a parse of ``body[base:]``) when it names a document
    (:func:`_document_head`) and no person, place or nationality mention stands in its words or its complements
    ("the statement from X's attorney, Y": Y's); a phrase the parser hung under "to" / "of" of a noun ("the 14th
    Amendment to the Constitution, which states") is read from that noun. None otherwise."""
    if tok.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    last = tok  # the phrase's last word
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("to", "of") and (
            tok.head.head.tag_ in ("NN", "NNS", "NNP", "NNPS")):
        tok = tok.head.head
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE_DETS for c in tok.children) or not _document_head(tok):
        return None
    subtree, todo = [], [tok]
    while todo:
        x = todo.pop()
        subtree.append(x)
        todo.extend(c for c in x.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "punct"))
        # (the phrase, not a clause hanging from it: "which states, "...United States ..."" names no one in it)
    a = base + min(x.idx for x in subtree)
    b = base + max(x.idx + len(x.text) for x in subtree)
    for x in art.sents:
        if x.sentence.end <= a or x.sentence.start >= b:
            continue
        for m in x.mentions:
            if (x.sentence.start + m.start < b and x.sentence.start + m.end > a and m.entity is not None
                    and (m.entity.label == "PERSON" or m.entity.label in PLACE_LABELS or m.entity.label == "NORP")):
                return None
    words = " ".join(art.body[base + tok.left_edge.idx : base + last.idx + len(last.text)].split())
    return words if words and not art.quoted(base + tok.idx, base + tok.idx + 1) else None


#: A person's relative "who" right before a speech verb (", who told the magazine,"), read by
#: :func:`_document_speaker`.
_WHO_BEFORE_VERB_RE = re.compile(r",\s*who\s+(?:also\s+|later\s+)?$")


def _document_speaker(art: _Article, qs: int, qe: int, s: Sent, speaker: str, ent: Any,
                      model: str) -> str | None:
    """A document's words the rules gave to a person: the definite document, text or law
    (:func:`_document_phrase`) that is, by the parse, the subject of the speech verb the quote hangs from
    ('... the 14th Amendment to the Constitution, which states, "..."': a relative "which" / "that" is its
    antecedent). The document is the speaker as the text names it, never a person named nearby. None when the
    rules' speaker is no person, a person stands in the document's phrase ("the statement from X's attorney"),
    or the parse finds no such subject. (A document subject of the quote's own verb, 'X said the bill "restores
    ..."', is the person's words, not read here.)"""
    if not _a_person(speaker, ent) or _RELAYING_RE.search(s.text):
        return None  # ('"...," the newspaper said, quoting X': the words are X's, relayed by the newspaper)
    verbs = list(_VERB_RE.finditer(art.body, s.sentence.start, qs))
    if verbs and _WHO_BEFORE_VERB_RE.search(art.body, s.sentence.start, verbs[-1].start()):
        return None  # ('The article ... included a quote from Mr Obama, who told the magazine, "..."': the person
        # "who" stands for speaks; a document is "which" or "that")
    governed = _governing_verb(art, qs, qe, s, model)
    if governed is None:
        return None
    _, base, verb = governed
    lo, hi = qs - base, qe - base
    if not _is_speech_verb(verb) or lo <= verb.idx < hi:
        return None
    found = _verb_subject(art, base, qs, qe, verb)
    if found is None or found[1].dep_ != "nsubj" or found[0].i != verb.i:
        return None  # (a subject further up is another clause's: 'The indictment alleges X contacted ... and said
        # the case "..."' is X's)
    holder, subj = found
    if subj.lower_ in ("which", "that") and holder.dep_ == "relcl":
        subj = holder.head  # ('..., which states, "..."': what "which" stands for)
    phrase = _document_phrase(art, base, subj)
    return phrase if phrase is not None and speaker not in phrase else None


#: Verbs by which a study, an inquiry, a law or another written thing gives what it found or lays down, in their
#: inflected forms (the parse gives no lemmas): not speech verbs (a person who "found" or "identified" something
#: did not say it), but a written thing that finds says what it found ('Two inquiries into the seizure ... have
#: found that the capture was not a result of "..."'; 'A new study ... reveals that ... are "highly inaccurate
#: ..."'; 'The exercises identified several areas ..., including the problem that "..."'). (A speech verb on the
#: way up is read the same way, for a quote the rules left with no speaker or a speaker carried on:
#: :func:`_finding_frame`.)
FINDING_VERBS = frozenset({
    "find", "finds", "found", "reveal", "reveals", "revealed", "show", "shows", "showed", "shown", "identify",
    "identifies", "identified", "determine", "determines", "determined", "establish", "establishes", "established",
    "indicate", "indicates", "indicated", "highlight", "highlights", "highlighted", "document", "documents",
    "documented", "list", "lists", "listed", "cite", "cites", "cited", "recognize", "recognizes", "recognized",
    "recognise", "recognises", "recognised", "recommend", "recommends", "recommended", "conclude", "concluded",
    "concludes", "note", "noted", "notes", "suggest", "suggests", "suggested", "state", "states", "stated",
    "require", "requires", "required", "define", "defines", "defined", "prohibit", "prohibits", "prohibited",
    "bar", "bars", "barred", "describe", "describes", "described",
    "make", "makes", "made"})  # ('Federal law makes it a crime for anyone "who ..."': a law lays it down)
#: Heads of a written or investigating source that finds ("the study", "two inquiries", "that act"), beside those
#: :func:`_document_head` reads (documents, bodies, -ment nouns): inquiries, reviews and tests, and laws.
FINDING_SOURCES = frozenset({
    "study", "studies", "inquiry", "inquiries", "investigation", "investigations", "review", "reviews", "report",
    "reports", "survey", "surveys", "analysis", "analyses", "audit", "audits", "probe", "probes", "poll", "polls",
    "research", "exercise", "exercises", "test", "tests", "trial", "trials", "assessment", "assessments",
    "evaluation", "evaluations", "paper", "papers", "act", "law", "laws", "statute", "treaty", "constitution",
    "code", "regulation", "regulations", "provision", "provisions", "ordinance", "charter", "history", "book",
    "guidelines", "rules"})
#: Nouns of what a source found, the subject or the "among" phrase of a copular frame ('Among the findings was
#: that there were "..."'; 'The conclusion is that "..."').
FINDING_NOUNS = frozenset({"finding", "findings", "conclusion", "conclusions", "recommendation",
                           "recommendations", "verdict", "determination", "result", "results", "observation",
                           "observations"})
_COPULAS = frozenset({"is", "was", "are", "were", "'s"})
#: The links of a noun's own modifiers before it ("two", "a comprehensive new", "the 1996", "government"): a
#: finding phrase runs from the first of them (:func:`_finding_phrase`).
_NP_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nummod", "nmod", "quantmod", "predet", "advmod", "poss",
                               "case", "hyph"})


def _finding_phrase(art: _Article, base: int, tok: Any) -> str | None:
    """The words of the noun phrase ``tok`` heads (a parse of ``body[base:]``) when its head is a finding source
    (:data:`FINDING_SOURCES`, :func:`_document_head`) or a finding (:data:`FINDING_NOUNS`), no possessive stands in
    it ("his report": its writer's words) and no person mention falls in its words. None otherwise."""
    if tok.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    low = tok.lower_
    if not (low in FINDING_SOURCES or low in FINDING_NOUNS or _document_head(tok)) or tok.tag_ in ("NNP", "NNPS") and (
            low not in FINDING_SOURCES):
        return None  # (a capitalized head is a name, "Ryan found"; "the Constitution" is read by its word)
    if any(c.dep_ == "poss" for c in tok.children):
        return None
    first, todo = tok, [tok]  # the phrase's first word: its determiner and modifiers, never a phrase fronted
    while todo:  # before it that the parser hung from the noun ('On Saturday, a group that ...')
        x = todo.pop()
        first = x if x.idx < first.idx else first
        todo.extend(c for c in x.children if c.idx < x.idx and c.dep_ in _NP_MODIFIER_DEPS)
    a, b = base + first.idx, base + tok.idx + len(tok.text)
    if art.quoted(a, b):
        return None
    for x in art.sents:
        if x.sentence.end <= a or x.sentence.start >= b:
            continue
        for m in x.mentions:
            if (x.sentence.start + m.start < b and x.sentence.start + m.end > a and m.entity is not None
                    and m.entity.label == "PERSON"):
                return None
    words = " ".join(art.body[a:b].split())
    return words if re.search(r"[a-z]", words) else None


def _finding_subject(art: _Article, base: int, tok: Any) -> str | None:
    """The finding phrase a subject token names (:func:`_finding_phrase`); for "it", the last written thing the
    sentence right before names (:data:`_WRITTEN_PHRASE_RE`, outside quotes, in its paragraph or the one before):
    'For instance, ..., a group called X ... distributed a nine-page letter attacking them. It warned that the
    standards ... threatened to "take away the right of parents ..."': the letter. None otherwise."""
    if tok.tag_ != "PRP":
        return _finding_phrase(art, base, tok)
    if tok.lower_ != "it":
        return None
    pos = art.sentence_at(base + tok.idx)
    if not pos or art.paragraph_at(art.sents[pos].sentence.start) - art.paragraph_at(
            art.sents[pos - 1].sentence.start) > 1:
        return None
    x = art.sents[pos - 1].sentence
    found = [m for m in _WRITTEN_PHRASE_RE.finditer(art.body, x.start, x.end)
             if not art.quoted(m.start(), m.end()) and _written_source("the " + m.group(2))]
    return " ".join(found[-1].group(1).split()) if found else None


def _finding_frame(art: _Article, qs: int, qe: int, s: Sent, model: str) -> str | None:
    """Who gives a quote its sentence frames as a written thing's finding, with no speech verb (spk70, class E of
    "Blind speaker errors pooled"): by the parse, up from the quote's head through the words it hangs from (a
    clause, a noun it completes, "including"), the first verb outside the quote that is a verb of finding
    (:data:`FINDING_VERBS`) whose own subject is a study, an inquiry, a law or a document
    (:func:`_finding_phrase`: 'Two inquiries ... have found that ... "..."'; "it" is read by
    :func:`_finding_subject`), or a copula whose subject or "among" phrase is a finding ('Among the findings was that
    there were "..."'). That phrase as the text writes it is the speaker. The first speech verb on the way up ends
    the walk: its own subject is read the same way ('That act stated that "..."', which the rules read as no
    speaker and carried the speaker before over). None when no such frame is found."""
    from . import _ner

    base, text = _governed_text(art, qs, qe, s)
    doc = _ner.parse(text, model)
    lo, hi = qs - base, qe - base
    inside = [t for t in doc if lo <= t.idx < hi]
    heads = [t for t in inside if not (lo <= t.head.idx < hi) or t.head.i == t.i]
    if not heads:
        return None
    tok = next((t for t in heads if t.head.i != t.i), heads[0])
    for _ in range(8):
        if not (lo <= tok.idx < hi) and not art.quoted(base + tok.idx, base + tok.idx + 1):
            low = tok.lower_
            if tok.tag_.startswith("VB") and low in FINDING_VERBS:
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                if subj and subj[0].lower_ in ("which", "that") and tok.dep_ == "relcl":
                    subj = [tok.head]  # ('the 1996 law that bars federal judges from ... if "..."': the law)
                return _finding_subject(art, base, subj[0]) if subj else None
            if low in _COPULAS:
                for c in tok.children:
                    if c.dep_ == "nsubj" and c.lower_ in FINDING_NOUNS:
                        return _finding_phrase(art, base, c)
                    if c.dep_ == "prep" and c.lower_ == "among":
                        found = [g for g in c.children if g.dep_ == "pobj" and g.lower_ in FINDING_NOUNS]
                        if found:
                            return _finding_phrase(art, base, found[0])
                # (any other copula is the found clause's own, 'found that the capture was not "..."': on up)
            if tok.tag_.startswith("VB") and _is_speech_verb(tok):  # a speech verb the rules read no speaker of
                subj = [c for c in tok.children if c.dep_ == "nsubj"]  # ('That act stated that "..."', the
                return _finding_subject(art, base, subj[0]) if subj else None  # speaker before carried on)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


#: Heads of a written thing whose words a text quotes in narration after naming it as its source ("the document",
#: "the report", "the history"): the finding sources (:data:`FINDING_SOURCES`) and the documents among
#: :data:`BODY_ROLES` (not its bodies and groups: "the police", "officials" speak, they are not quoted from a page),
#: and any -ment noun ("the indictment", "the agreement").
WRITTEN_HEADS = FINDING_SOURCES | frozenset({
    "statement", "letter", "complaint", "declaration", "communique", "communiqué", "resolution", "document",
    "documents", "release", "memo", "memorandum", "editorial", "ruling", "indictment", "petition", "lawsuit",
    "affidavit", "article", "commentary", "column", "warrant", "filing", "filings", "motion", "transcript",
    "bulletin", "advisory", "notice", "proposal", "bill", "draft", "manifesto", "records", "opinion", "decision",
    "order", "suit", "brief", "text", "version", "passage", "biography", "memoir", "diary", "file", "files"})
#: A noun phrase headed by a written thing (:data:`WRITTEN_HEADS`), with an article or a demonstrative: what "it"
#: may stand for in the sentence after ("distributed a nine-page letter attacking them. It warned that ...").
_WRITTEN_PHRASE_RE = re.compile(r"(?<![\w'’])((?i:a|an|the|this|that)\s+(?:[\w\-]+\s+){0,3}?("
                                + "|".join(sorted(WRITTEN_HEADS, key=len, reverse=True)) + r"|[a-z]+ments?))(?![\w\-])")
#: "according to" a definite written thing, anywhere in a sentence: group 1 the thing's phrase.
_ACCORDING_WRITTEN_RE = re.compile(r"\b[Aa]ccording\s+to\s+((?:the|this|that|these|those)\s+(?:[a-z][\w\-]*\s+){0,3}?"
                                   r"([a-z][\w\-]*))\b(?!\s+(?:of|by|from)\b)")


#: The links by which a quote, or the clause holding it, completes a verb's predicate (:func:`_predicate_frame`):
#: a clause ("affirms that "...""), an object ("adopted "...""), an open complement, a predicate noun, and a
#: preposition's object under "as" ("defined it as "..."", "adopted his opinion as "..."").
_PREDICATE_DEPS = frozenset({"ccomp", "dobj", "xcomp", "attr", "oprd"})
#: Verbs whose object is what the subject perceived, felt or knew of someone else's words, not the subject's own
#: ("X heard "..."", "read", "saw", "loves", "knows that "..."" in a complaint quoting what the defendants know):
#: a quote completing them has no speaker by the frame.
_NOT_OWN_WORDS_VERBS = frozenset({
    "hear", "hears", "heard", "read", "reads", "see", "sees", "saw", "seen", "watch", "watches", "watched",
    "love", "loves", "loved", "like", "likes", "liked", "hate", "hates", "hated", "know", "knows", "knew",
    "learn", "learns", "learned", "learnt", "receive", "receives", "received", "get", "gets", "got", "find",
    "finds", "found", "notice", "notices", "noticed", "remember", "remembers", "remembered", "sing", "sings",
    "sang", "quote", "quotes", "quoted", "cite", "cites", "cited", "call", "calls", "called", "name", "names",
    "named", "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled", "give", "gives", "gave",
    "include", "includes", "included", "use", "uses", "used", "face", "faces", "faced"})


def _predicate_frame(art: _Article, qs: int, qe: int, s: Sent, model: str) -> tuple[str, Any] | None:
    """Who says a quote that completes the predicate of a clause whose verb no speech-verb list holds (spk78,
    class E of spk77's table): by the parse, up from the quote's head through the links by which it completes a
    verb (:data:`_PREDICATE_DEPS`, or "as" and its object), and through the verb of a clause the quote sits in
    when that clause completes the next ("It also recognizes that "deep cuts ... will be required""), to the
    first verb outside the quote, finite or with an auxiliary; that verb's own subject speaks when it names a
    person, a body or a document (:func:`_speaker_of_token`, a pronoun resolved as the rules resolve it).
    None for a passive verb ("X was accused of acting "...""), a verb of perceiving, feeling, knowing or citing
    whose object is another's words (:data:`_NOT_OWN_WORDS_VERBS`), a copula, and a quote in another link (a
    noun's modifier, a preposition's object other than "as", an adverbial clause)."""
    from . import _ner

    base, text = _governed_text(art, qs, qe, s)
    doc = _ner.parse(text, model)
    lo, hi = qs - base, qe - base
    inside = [t for t in doc if lo <= t.idx < hi]
    heads = [t for t in inside if not (lo <= t.head.idx < hi) and t.head.i != t.i and not t.is_punct]
    if len(heads) != 1:
        return None  # (the quote the root, or several words of it hanging outside: no single link)
    tok = heads[0]
    for _ in range(3):
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
            verb = head.head
        elif tok.dep_ == "prep" and tok.lower_ == "as":  # (the quote opens on "as": "``as the opinion of ...''")
            verb = head
        elif tok.dep_ in _PREDICATE_DEPS:
            verb = head
        elif tok.dep_ == "acl" and head.dep_ in ("dobj", "attr") and head.tag_ in ("NN", "NNS"):
            verb = head.head  # a clause completing the verb's object noun ("expressing the sense that "..."")
        elif tok.dep_ == "conj" and lo <= tok.idx < hi:
            return _conjunct_body_subject(art, base, tok, qs)  # 'the church does not ... and "has no ..."' (spk105)
        else:
            return None
        if lo <= verb.idx < hi or not verb.tag_.startswith("VB") or art.quoted(base + verb.idx, base + verb.idx + 1):
            return None
        low = verb.lower_
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and low not in _NOT_OWN_WORDS_VERBS and (
                written := _finding_phrase(art, base, verb.head)) is not None and _written_source(
                "the " + verb.head.lower_):  # 'a resolution expressing the sense that "..."', 'an article giving
            return written, None  # ten reasons why ... is the "..."': the written thing the participle describes
        if _is_speech_verb(verb) or low in _NOT_SPEAKING_VERBS or low in _NOT_OWN_WORDS_VERBS or low in _COPULAS:
            return None  # (a speech verb is the rules' and the parse's own reading; the others say no words)
        kids = list(verb.children)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
            return None  # "X was accused of "..."": someone else's words about X
        subj = [c for c in kids if c.dep_ == "nsubj" and not (lo <= c.idx < hi)]
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in kids)
        if subj and finite:
            up = verb
            while up.head.i != up.i:  # a speech verb over the clause attributes it ('the indictment says she
                up = up.head  # devised a scheme "to conceal ..."': the indictment's words, left to the rules)
                if up.tag_.startswith("VB") and _is_speech_verb(up):
                    return None
            if subj[0].lower_ in ("which", "that", "who", "what"):
                return None
            got = _speaker_of_token(art, base, subj[0], qs, model) or _body_noun_subject(art, base, subj[0], qs)
            return got if got is not None and re.search(r"[^\W\d_]", got[0]) else None
        if not subj and (noun := _participle_misread_subject(verb)) is not None:
            return _body_noun_subject(art, base, noun, qs)  # "41 , 42 A recent review defined X as "..."" (spk105)
        if subj or verb.dep_ not in ("ccomp", "xcomp"):
            return None
        tok = verb  # a clause with no subject of its own completing the next verb ("wants to "...""): on up
    return None


#: Heads of a body named by a common noun that may be the subject of a frame holding its quoted words, beside the
#: bodies and documents the lists already read (:func:`_finding_phrase`: :data:`FINDING_SOURCES`, :data:`BODY_ROLES`,
#: :data:`BODY_HEADS`, -ment nouns): 'the church ... "has no policy ..."', 'the party reaffirmed its view that "..."'.
_FRAME_BODY_HEADS = frozenset({"church", "churches", "party", "embassy", "administration", "panel", "parliament",
                               "legislature", "senate", "cabinet", "regime", "commission", "tribunal", "bank"})


def _body_noun_subject(art: _Article, base: int, tok: Any, qs: int) -> tuple[str, Any] | None:
    """The speaker a common-noun subject of a quote's frame names when it heads a body or a document (spk105):
    'A recent review defined perceived effectiveness as "..."', 'The defense treaty further emboldens ... "to
    strengthen ..."'. The head is a finding source, a document or a body the lists read (:func:`_finding_phrase`,
    which also refuses a possessed phrase, "his report", and a phrase holding a person), or a body of
    :data:`_FRAME_BODY_HEADS`. The phrase is shown as the text writes it ("a recent review"), or, for a definite
    "the <head>", as the organization it refers back to: the last one the article names before the quote whose
    name holds the head ("the Church of England" ... "the church"). :func:`_speaker_of_token` reads people and the
    bodies of its roles first; this reads only what it gave no one. None for anything else (a proper noun, a
    person's role in the singular or the plural, a phrase holding a person)."""
    if tok.tag_ not in ("NN", "NNS") or tok.lower_ in PERSON_ROLES or tok.lower_.rstrip("s") in PERSON_ROLES:
        return None
    phrase = _finding_phrase(art, base, tok)
    if phrase is None and tok.lower_ in _FRAME_BODY_HEADS and not any(c.dep_ == "poss" for c in tok.children):
        first = min([tok, *[c for c in tok.children if c.idx < tok.idx and c.dep_ in _NP_MODIFIER_DEPS]],
                    key=lambda t: t.idx)
        a, b = base + first.idx, base + tok.idx + len(tok.text)
        person = any(m.entity is not None and m.entity.label == "PERSON" and x.sentence.start + m.start < b
                     and x.sentence.start + m.end > a for x in art.sents for m in x.mentions)
        phrase = None if person or art.quoted(a, b) else " ".join(art.body[a:b].split())
    if phrase is None:
        return None
    words = phrase.split()
    if len(words) == 2 and words[0].lower() == "the":
        named = _body_named_before(art, base + tok.idx, tok.lower_)
        if named is not None:
            return named.name, named
    return phrase, None


def _body_named_before(art: _Article, at: int, head: str) -> Any:
    """The organization a definite "the <head>" at ``at`` refers back to: the last one (an ORG entity) the article
    names before ``at``, outside quotes, whose name holds a word beginning with the head ("the church" after "the
    Church of England"), else None."""
    for x in reversed(art.sents):
        if x.sentence.start >= at:
            continue
        for m in sorted(x.mentions, key=lambda m: m.start, reverse=True):
            if (m.entity is not None and m.entity.label == "ORG" and x.sentence.start + m.start < at
                    and not art.quoted(x.sentence.start + m.start, x.sentence.start + m.end)
                    and any(w.lower().startswith(head) for w in m.entity.name.split())):
                return m.entity
    return None


def _conjunct_body_subject(art: _Article, base: int, verb: Any, qs: int) -> tuple[str, Any] | None:
    """Whose a quoted predicate is when the quote opens on a finite verb (``verb``, a parse of ``body[base:]``) with no
    subject of its own, coordinated with a predicate outside the quote, and the subject of that predicate's finite
    verb (up through the conjunct's head and the clauses it completes) is a body or a document named by a common noun
    (:func:`_body_noun_subject`): 'but the church does not consider Moroni to be an official symbol and "has no policy
    regarding ..."'. Only a body: a person's or a name's quoted predicate ('the bank "destroyed ..."' in someone's
    example, a person's quoted half-sentence) is left to the rules (spk78 read 2 of 5 such person frames right).
    None when a speech verb governs the clause further up or the way up finds no finite verb with a subject."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    up = verb.head
    for _ in range(3):
        kids = list(up.children)
        subj = [c for c in kids if c.dep_ == "nsubj"]
        if up.tag_ in ("VBD", "VBZ", "VBP") or up.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ != "TO" for c in kids):
            # (a finite verb, or one with a modal or "does"; "to be" is no finite verb: on up)
            if not subj or any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) or _is_speech_verb(up):
                return None
            top = up
            while top.head.i != top.i:
                top = top.head
                if top.tag_.startswith("VB") and _is_speech_verb(top):
                    return None
            return _body_noun_subject(art, base, subj[0], qs)
        if up.dep_ not in ("conj", "ccomp", "xcomp") or not up.tag_.startswith("VB"):
            return None
        up = up.head
    return None


def _participle_misread_subject(verb: Any) -> Any:
    """The noun a past participle hangs from when the parser read a sentence's finite verb as that noun's modifier
    ("41 , 42 A recent review defined perceived effectiveness as "..."": citation numbers before it leave no verb,
    "review" the root and "defined" its participle): a participle (VBN) with a direct object of its own, on a noun
    that is the root of its sentence. A participle with an object is active ("defined X as"); one without is a
    passive describing its noun ("the standard defined as "..."", never read). None otherwise."""
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or noun.dep_ != "ROOT" or noun.tag_ not in ("NN", "NNS"):
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "dobj" for c in kids) or any(c.dep_ in ("agent", "auxpass") for c in kids):
        return None
    return noun


def _written_source(speaker: str | None) -> bool:
    """Whether a described speaker is a definite written thing ("the document", "the new report"): "the" / "this"
    / "that" and a head :data:`WRITTEN_HEADS` reads so or a -ment noun."""
    words = re.split(r"\s+(?:to|of|for|in|on|at|from|by|into)\s", speaker or "")[0].split()
    head = words[-1].lower() if words else ""
    return len(words) >= 2 and words[0].lower() in ("the", "this", "that", "these", "those") and (
        head in WRITTEN_HEADS or bool(_THING_NOUN_RE.search(head)))


def _written_source_before(art: _Article, pos: int, qs: int, para: int,
                           last: tuple | None) -> str | None:
    """The written thing a phrase quoted inside narration is taken from, when its sentence names no speaker before
    it (no person or body mention, no speech verb read) and the text has just named a document as its source
    (spk70, class I of "Blind speaker errors pooled"): the sentence right before, in its paragraph and holding no
    quote, says "according to the <written thing>" ('According to the report, the dam had not been inspected for
    years. Its gates "have not been opened since ..."');
    else the last quote, in this paragraph or the one before, is a written thing's (:func:`_written_source`: '"...,"
    according to the document.' / 'Three months later, by July 1955, "the base was ready and ..."'), its words
    going on in the phrases the narration quotes from it. None otherwise."""
    s = art.sents[pos]
    if any(m.entity is not None and m.entity.label in SPEAKER_LABELS and s.sentence.start + m.start < qs
           for m in s.mentions):
        return None
    if pos > 0 and art.paragraph_at(art.sents[pos - 1].sentence.start) == para:
        x = art.sents[pos - 1].sentence
        if not _QUOTE_MARK_RE.search(art.body, x.start, x.end):
            hit = _ACCORDING_WRITTEN_RE.search(art.body, x.start, x.end)
            if hit is not None and _written_source(hit.group(1)):
                return hit.group(1)
    if last is not None and last[1] is None and _written_source(last[0]) and 0 <= para - last[3] <= 1:
        return last[0]
    return None


#: Heads of a described body or written thing whose quoted words the narration may go on quoting in the next
#: sentence (:func:`_body_source_before`): the written heads and the body heads, and "team" (a lab's testers).
_SOURCE_BODY_HEADS = WRITTEN_HEADS | BODY_HEADS | frozenset({"team", "panel", "committee", "council", "board"})
#: How far back, in sentences, the body's last quote may end (:func:`_body_source_before`): the sentence before or
#: the one before it ('... show "...". The team also found the AF ... . In video mode ... the "..."').
SOURCE_BODY_SENTENCES = 2


def _body_source_before(art: _Article, pos: int, qs: int, qe: int, last: tuple | None) -> tuple[str, Any] | None:
    """Whose phrase quoted inside narration (``body[qs:qe]``) is, when its sentence names no person or body outside
    the quote and the last quote, ending in one of the :data:`SOURCE_BODY_SENTENCES` sentences before (in this
    paragraph or the one before), was given to a body or a written thing rather than a person: an organization NER
    types ORG, or a description headed by a body or a document (:data:`_SOURCE_BODY_HEADS`, any article: "a
    Statement of Conscience", "The DxOMark team"). A test lab's, a statement's or an agency's findings are quoted on
    phrase by phrase with no verb of their own ('The DxOMark team reports that photos show "...". The testers found
    "..." ... On the downside there is "..."'; 'a Statement of Conscience, which reads in part: "..." The means
    referred to are "..."'). A person's quote is left to :func:`_speaker_of_sentence_before` and the parse;
    :func:`_written_source_before` reads "according to" and a definite written thing first. None otherwise."""
    if last is None or not last[0] or pos == 0:
        return None
    s = art.sents[pos]
    at = art.sentence_at(max(0, last[2] - 1))
    if at is None or not pos - SOURCE_BODY_SENTENCES <= at < pos or not 0 <= art.paragraph_at(qs) - last[3] <= 1:
        return None
    if any(m.entity is not None and m.entity.label in SPEAKER_LABELS and not qs <= s.sentence.start + m.start < qe
           for m in s.mentions):
        return None  # the sentence names a body or a person of its own, before or after the quote ('..., and was
        # labeled "America's drug of choice," by NBC'; 'By obtaining "...," Howorth said, ...')
    speaker, ent = last[0], last[1]
    if ent is not None:
        return (speaker, ent) if ent.label == "ORG" and not _a_person(speaker, ent) else None
    words = re.split(r"\s+(?:to|of|for|in|on|at|from|by|into)\s", speaker)[0].split()
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an", "this", "that", "its", "their"):
        return None
    return (speaker, None) if words[-1].lower() in _SOURCE_BODY_HEADS else None


def _speaker_of_token(art: _Article, base: int, tok: Any, qs: int, model: str) -> tuple[str, Any] | None:
    """Who a subject token (:func:`_parsed_speaker`; its text parsed from ``body[base:]``) names, or None when
    it names no speaker."""
    s = art.sents[art.sentence_at(base + tok.idx) or 0]
    base, off = s.sentence.start, base - s.sentence.start  # token offsets inside s.text: idx + off
    appos = [c for c in tok.children if c.dep_ == "appos"]  # "an import and export worker, Li Huamin,"
    for t in [*appos, tok]:
        at = t.idx + off
        for m in _speakers_in(art, s, base + at, base + at + len(t.text)) or [
                m for m in s.mentions if m.entity is not None and m.start <= at < m.end]:
            if (m.entity.label in PLACE_LABELS and not _titled_surname(m.entity)) or headline_words(m):
                return None  # (a place; "OBAMA GOES OUTSIDE ..." opening a newsletter's line: a headline's words)
            if m.entity.label in SPEAKER_LABELS or _titled_surname(m.entity):  # ("..., Houston said." after
                return m.entity.name, m.entity  # "Air Chief Marshal Angus Houston": the person, typed a place)
    low = tok.text.lower()
    if tok.tag_ == "PRP":
        if low in ("he", "she"):
            return _parsed_reference(art, qs, low, model)
        if low in ("they", "it"):
            return ((low == "it" and _body_subject_before(art, qs)) or (low == "they" and _group_subject_before(art, qs))
                    or _resolve_body(art, qs))
        return None
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if poss and low in _POSSESSOR_SUBJECT_NOUNS:
        if poss[0].text.lower() in ("his", "her"):
            return _parsed_reference(art, qs, "he" if poss[0].text.lower() == "his" else "she", model)
        return _speaker_of_token(art, base + off, poss[0], qs, model) if poss[0].tag_ == "NNP" else None
    if tok.text[:1].isupper() and tok.tag_ not in ("NNP", "NNPS", "PRP"):  # a name the tagger mistook ("Ashake"
        known = _known_person(art, tok.text, whole=False)  # JJ): a person the article names in full
        if known[1] is not None:
            return known
    if low in PERSON_ROLES:  # a title with the person's name in apposition ("Director of Planning X Y ... said")
        for t in appos:
            if t.tag_ in ("NNP", "NNPS"):
                named = _speaker_of_token(art, base + off, t, qs, model)
                if named is not None:
                    return named
    if tok.tag_ in ("NNP", "NNPS") and low in PERSON_ROLES and not [
            c for c in tok.children if c.dep_ in ("compound", "flat") and c.tag_ == "NNP"]:
        # "The President went on to accuse ...": a title alone, capitalized, is no name but the person last given
        # that title ("Iranian President Mahmoud Ahmadinejad"), as "the president" is
        got = _nominal(art, base + off + tok.left_edge.idx, base + off + tok.idx + len(tok.text))
        return (got[0], got[1]) if got is not None and got[1] is not None else None
    if tok.tag_ in ("NNP", "NNPS"):  # a name NER missed: the parser's compound / flat words with it
        words = sorted([tok, *[c for c in tok.children if c.dep_ in ("compound", "flat") and c.tag_ == "NNP"]],
                       key=lambda t: t.i)
        name = s.text[words[0].idx + off : words[-1].idx + off + len(words[-1].text)]
        if _has_place(s, base + off + words[0].idx, base + off + words[-1].idx + len(words[-1].text)):
            return None
        known = _known_person(art, name)
        if known[1] is None and " " not in name:  # "Ashake now plans ...": the article's Ashake Banks
            known = _known_person(art, name, whole=False) if _known_person(art, name, whole=False)[1] else known
        return known if known[1] is not None or _a_person(*known) or (
            name.split()[-1].lower() in _BODY_NAME_WORDS) else None  # a person, else a body or document
    if tok.tag_ in ("NN", "NNS"):
        got = _nominal(art, base + off + tok.left_edge.idx, base + off + tok.idx + len(tok.text))
        if got is not None and got[2] >= base + off + tok.left_edge.idx:
            return got[0], got[1]
    return None


def _possessed_speech_heading(roots: list[Any]) -> list[Any]:
    """A verbless colon sentence that is only a possessed speech noun ('His remarks:', 'Her message to voters:',
    spk116): the noun, as the token whose possessor speaks (:func:`_speaker_of_token` reads "his"/"her" or a name
    as the possessor); [] for any other sentence (a verb, no possessor, more than eight tokens, another noun)."""
    if len(roots) != 1 or roots[0].tag_ not in ("NN", "NNS") or roots[0].text.lower() not in _POSSESSOR_SUBJECT_NOUNS:
        return []
    tok = roots[0]
    if len(list(tok.doc)) > 8 or not any(c.dep_ == "poss" for c in tok.children):
        return []
    return [tok]


#: A possessed noun of someone's spoken words ("the president's comments", "Obama's remarks"): group ``owner`` the
#: possessor up to its "'s", ``noun`` the noun.
_SPK143_POSSESSED_SPEECH_RE = re.compile(
    r"(?P<owner>\b(?:[Tt]he\s+(?:[a-z\-]+\s+)?[a-z]+|(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*))['’]s?\s+"
    r"(?:[a-z\-]+\s+)?(?P<noun>comments|remarks|speech|address|testimony)\b")


def spk143_possessed_speech_before(art: _Article, s: Sent, qs: int) -> tuple[str, Any] | None:
    """Who speaks a quote no rule attributes when its own sentence, before it, names someone's spoken words as a
    possessed noun ("comments", "remarks", "speech", "address", "testimony") inside the subject of a copula ("is",
    "was", "are", "were" after it), no speech verb in the sentence before the quote, no colon, no other quote and no
    "as" right before the quote: 'What was missing from the president's comments was a clear
    moral conclusion ... other than by "investigating exactly what happened and putting forward the facts."' quotes
    the comments (spk143, blind-speakers91). The owner as a person the text names ("the president" is the last
    person given that title, :func:`_nominal`); None when the owner names no one."""
    lo = s.sentence.start
    open_at = qs - (2 if art.body[max(0, qs - 2) : qs] in ("``", "''") else 1)
    found = list(_SPK143_POSSESSED_SPEECH_RE.finditer(art.body, lo, open_at))
    if not found:
        return None
    m = found[-1]
    if (art.quoted(m.start(), m.end()) or _VERB_RE.search(art.body, m.end(), open_at)
            or _VERB_RE.search(art.body, lo, m.start()) or re.search(r"[:;\"“”]", art.body[m.end() : open_at])
            or not re.search(r"\b(?:is|was|are|were)\b", art.body[m.end() : open_at])
            or re.search(r"\bas\s*$", art.body[m.end() : open_at])):
        return None  # the noun in the subject of a copula ("... comments was ..."); not 'Critics seized on Roe's
        # remarks about the new rule as "..."' (the critics' view of the remarks), nor after a speech verb
    own = _speakers_in_possessive(art, s, m.start("owner"), m.end("owner"))
    if own and own[-1].entity.label == "PERSON":
        return own[-1].entity.name, own[-1].entity
    if m.group("owner")[:1] in "Tt" and m.group("owner").split()[0].lower() == "the":
        nom = _nominal(art, m.start("owner"), m.end("owner"))
        if nom is not None and nom[1] is not None and nom[1].label == "PERSON":
            return nom[0], nom[1]
    return None


def _colon_sentence_subject(art: _Article, pos: int, model: str) -> tuple[str, Any] | None:
    """Who speaks a quote opening sentence ``pos`` that no rule attributes, when the sentence right before it (in
    its paragraph or the one before) holds no quote and ends with a colon: its main verb's subject by the parse,
    when that subject names a speaker ('President Trump himself went even further ..., tweeting:' then the tweet
    as its own paragraph; 'Two years prior, then-Senator Obama used virtually identical language ...:' then the
    ad's words). The colon hands the sentence's words to what follows, as 'X said: "..."' does in one sentence.
    None when the subject names no one (a place, a thing) or the parse finds no subject."""
    from . import _ner

    if pos == 0:
        return None
    prev, here = art.sents[pos - 1], art.sents[pos]
    text = art.body[prev.sentence.start : prev.sentence.end]
    if (not text.rstrip().endswith(":") or _QUOTE_MARK_RE.search(text)
            or art.paragraph_at(here.sentence.start) - art.paragraph_at(prev.sentence.start) > 1):
        return None
    roots = [t for t in _ner.parse(text, model) if t.dep_ == "ROOT"]
    subj = [c for c in roots[-1].children if c.dep_ == "nsubj"] if roots else []
    subj = subj or _possessed_speech_heading(roots)  # 'His remarks:' (spk116)
    if not subj:
        return None
    got = _speaker_of_token(art, prev.sentence.start, subj[0], here.sentence.start, model)
    if got is None or (got[1] is None and not _a_person(*got)) or (
            got[1] is not None and got[1].label not in SPEAKER_LABELS):
        return None
    return got


def _parsed_reference(art: _Article, before: int, pronoun: str, model: str) -> tuple[str, Any] | None:
    """Whom "he"/"she" means: :func:`_resolve_reference` when it finds a person; else, by parsing the sentences
    before (this paragraph and :data:`CONTINUATION_PARAGRAPHS` before, at most :data:`REFERENCE_SENTENCES`), the
    nearest grammatical subject that is a person of the pronoun's gender ("The U.S. under-secretary ..., Paula Dobriansky, ... says
    ..." / ""...," she said": Dobriansky, not the country NER typed); a name the rules found is taken where the parse
    finds it as a speech verb's subject ("The Ocean Shield had also spotted ..., ACM Houston said, ...")."""
    from . import _ner

    got = _resolve_reference(art, before, pronoun)
    if got is not None and got[1] is not None and got[1].label == "PERSON":
        return got
    pos = art.sentence_at(before)
    if pos is None:
        return got
    if got is not None and got[1] is None and pos > 0 and got[0] == _indefinite_person_subject(
            art, art.sents[pos - 1], pronoun):
        return got  # 'a woman was sobbing, ... "...," she screamed': the unnamed woman, nearer than any person
    first_para = art.paragraph_at(before) - CONTINUATION_PARAGRAPHS
    opens = not re.search(r"\w", art.body[art.sents[pos].sentence.start : before])  # the quote opens its sentence
    for i in range(pos, max(-1, pos - REFERENCE_SENTENCES), -1):
        s = art.sents[i]
        if art.paragraph_at(s.sentence.start) < first_para:
            break
        if (got is not None and got[1] is None and art.spoken.get(i) == got and _a_person(*got) and opens
                and re.match(r"(?i:the|a|an|one|another)\s+[a-z]", got[0])
                and _has_long_quote(art.body, s.sentence.start, s.sentence.end)):
            # '"...," said the official. / "...," he added': the role whose quote came last, nearer than any subject
            # the parse finds further back ("The Islamic State has taken credit ...": a body NER typed an
            # organization); only a role (a bare name, "Tenet", is left to the parse, which finds the person NER
            # typed), for a quote that opens its sentence, after a quote (not a scare quote, '... asked if he
            # supported the "Obama agenda"', nor a pronoun inside a sentence, 'and she filed ... saying "..."')
            return got
        base = s.sentence.start
        doc = _ner.parse(s.text, model)
        if i < pos and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ == pronoun
                           for t in doc):
            continue  # 'He also referred to reports that the White House asked ...': a sentence whose main
            # subject is the same "he" names its subject further back, not in a clause inside it
        subjects = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and base + t.idx < before
                    and t.tag_ != "PRP" and not (t.head.lower_ in ("quoted", "quotes", "quote") and re.search(
                        r"\bas\s+(?:saying|telling)\b", s.text[t.head.idx :]))]  # the medium that "quoted X as
        # saying" relays X's words and is no one "he" means ('"...," Yonhap quoted a ministry official as saying.
        # "...," he added': the official, whom NER typed no person, not Yonhap, which it typed one)
        for t in reversed(subjects):
            for x in [*[c for c in t.children if c.dep_ == "appos"], t]:
                for m in s.mentions:
                    if (m.entity is not None and m.entity.label == "PERSON" and m.start <= x.idx < m.end
                            and _agrees(pronoun, m.entity.name, m.entity) and not art.common_word(m)):
                        return m.entity.name, m.entity
            if t.tag_ in ("NNP", "NNPS"):  # a name NER missed or mistyped ("Cao Zhi, vice-chairman of ...")
                named = _speaker_of_token(art, base, t, before, model)
                if named is not None and _a_person(*named) and _agrees(pronoun, *named):
                    return named
            if (got is not None and got[0][:1].isupper()
                    and not re.match(r"(?:The|A|An|One|Another|His|Her|Their)\s", got[0])
                    and _is_speech_verb(t.head) and t.text in got[0].split()):
                return got  # 'The Ocean Shield had also spotted ..., ACM Houston said, and ...' / '"...," he said':
                # the name the rules found is the subject of a speech verb here, where nothing above read a person
                # (spk43), not another subject of the sentence, even when it is no person entity (a title NER kept,
                # "ACM", typed it a body); a role ("The source said ...") is left to the parse, which looks further
        if (got is not None and got[1] is None and _BARE_NAME_RE.fullmatch(got[0])
                and _names_outside_quotes(art, s, got[0], before)):
            person = _surname_person(art, got[0])  # (the person the article names in full, when one is)
            return (person.name, person) if person is not None else got  # the name the rules found is in this
            # sentence: no subject further back is nearer ('Akin,
            # however, continued his refusal ... / "...," he said', not a word inside the quote before it)
    return got


#: A person's name as the rules may give it without an entity ("Akin", "Jane Roe"): not a role, an acronym or a phrase.
_BARE_NAME_RE = re.compile(r"(?!(?:The|A|An|One|Another)\s)[A-Z][a-z][\w\-'’]*(?:\s+[A-Z][\w.\-'’]*){0,3}")


def _opens_with_name(text: str, speaker: str) -> bool:
    """Whether ``text`` (a sentence up to its quote) opens with ``speaker``'s name or surname as its subject, with
    no speech verb after it ("Jane Roe and three colleagues "...""), and holds no other quote."""
    words = speaker.split()
    text = re.sub(r"[\s\"“”'`‘’]+$", "", text)  # (the quote's own opening mark)
    if not words or not words[-1][:1].isupper() or _QUOTE_MARK_RE.search(text) or _VERB_RE.search(text):
        return False
    names = {re.escape(speaker), re.escape(words[-1])}
    return re.match(r"\W*(?:" + "|".join(names) + r")(?:['’]s)?\b(?![\w.\-'’])", text) is not None


def _names_outside_quotes(art: _Article, s: Sent, name: str, before: int) -> bool:
    """Whether sentence ``s`` names ``name`` (as a whole word) before ``before``, outside quote marks."""
    for m in re.finditer(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’])", art.body[s.sentence.start : min(before, s.sentence.end)]):
        at = s.sentence.start + m.start()
        if not art.quoted(at, at + len(name)):
            return True
    return False


#: A lower-case noun naming what a person does ("anthropologist", "physician", "spokesman"), before the name it
#: describes in an appositive.
_ROLE_NOUN_RE = re.compile(r"(?:" + "|".join(PERSON_ROLES) + r")|(?!(?:after|under|over|other|either|neither|rather|"
                           r"whether|later|never|ever|together|per|for|nor)\b)[a-z]{3,}(?:ist|ian|er|or)")


#: A described person who gives a name: "a man who identified himself as Angelo L.", "a woman who gave her name
#: only as Maria", "a man identified only as Ahmed": the name (capitalized; "identified himself as a veteran" is
#: no name).
_SELF_NAMED_RE = re.compile(r"\s*,?\s+(?:who\s+(?:identified|introduced|described)\s+(?:himself|herself|themselves)"
                            r"|who\s+gave\s+(?:his|her|their)\s+(?:first\s+|full\s+|last\s+)?names?"
                            r"|identified)\s+(?:only\s+)?as\s+(" + _NAME + r")")


def _appositive_name(art: _Article, qe: int, nominal: str, before: int | None = None) -> tuple[str, Any] | None:
    """The person a nominal speaker is in apposition with: '"...," an import and export worker, Li Huamin, was
    quoted as telling the Post' is Li Huamin (a person mention right after "<nominal>, ", perhaps after a role's
    lower-case words: 'the researchers, anthropologist X of ...'), or who gives a name ('"...," said a man who
    identified himself as Angelo L.', :data:`_SELF_NAMED_RE`). The nominal is looked for after the quote ending
    at ``qe``, or, with ``before`` (the quote's start), last before it in its sentence ('A spokesman for the
    committee, X, said ... "..."')."""
    if before is None:
        at = art.body.find(nominal, qe, qe + AFTER_WINDOW + len(nominal))
    else:
        i = art.sentence_at(before)
        at = art.body.rfind(nominal, art.sents[i].sentence.start, before) if i is not None else -1
    named = _SELF_NAMED_RE.match(art.body, at + len(nominal)) if at >= 0 else None
    if named is not None:  # '"...," said a man who identified himself as Angelo L.': the name he gave
        i = art.sentence_at(named.start(1))
        s = art.sents[i] if i is not None else None
        for m in s.mentions if s is not None else []:
            if (m.entity is not None and m.entity.label == "PERSON"
                    and s.sentence.start + m.start == named.start(1)):
                return m.entity.name, m.entity
        name = named.group(1)  # (a sentence's full stop is no part of it, an initial's is: "Angelo L.")
        return (name[:-1] if name.endswith(".") and len(name.split()[-1]) > 2 else name), None
    comma = re.compile(r"\s*,\s*").match(art.body, at + len(nominal)) if at >= 0 else None
    if comma is None:
        return None
    i = art.sentence_at(comma.end())
    s = art.sents[i] if i is not None else None
    for m in s.mentions if s is not None else []:
        role = re.fullmatch(r"(?:[a-z][\w\-]*\s+){1,2}", art.body[comma.end() : s.sentence.start + m.start])
        if (m.entity is not None and (m.entity.label == "PERSON" and s.sentence.start + m.start == comma.end() or (
                role and _ROLE_NOUN_RE.fullmatch(role.group(0).split()[-1])))  # after a role, whatever NER typed it
                and re.match(r"\s*(?:,|(?:of|from|at|and)\s|[.;]?\s*$)",
                             art.body[s.sentence.start + m.end : s.sentence.end])):
            return (m.entity.name, m.entity) if m.entity.label == "PERSON" else (m.text, None)
    bare = re.match(r"(" + _NAME + r")\s*,", art.body[comma.end() : comma.end() + 60])
    if bare and _full_name(bare.group(1)) and (s is None or not _has_place(s, comma.end(), comma.end() + bare.end(1))):
        return bare.group(1), None  # '... said one local resident, Omen Cola, to AFP': a full name NER missed
    return None


def _returning_speaker(art: _Article, lo: int, qs: int, current: Any, quoted: dict) -> tuple[str, Any] | None:
    """A person quoted earlier in the article, not the current speaker ``current``, who opens, as its subject, the last
    sentence in ``body[lo:qs]`` opened by a person (sentences opened by "he"/"she" are skipped; the sentence is in the
    quote's paragraph or the one before): a quote with no attribution after it returns to that person ("Mason
    sometimes assigns her patients homework about gratitude. She might ask them to list ..." then ""It can be a
    good cup of coffee ...""), not to whoever was quoted last. None otherwise."""
    i = art.sentence_at(qs)
    i = i - 1 if i is not None else None  # the sentences before the quote's own
    para = art.paragraph_at(qs)
    while i is not None and i >= 0 and art.sents[i].sentence.start >= lo:
        s = art.sents[i]
        if para - art.paragraph_at(s.sentence.start) > 1:
            return None
        if _QUOTE_MARK_RE.search(s.text):
            return None
        if not _PRONOUN_OPENING_RE.match(s.text):
            first = next((m for m in s.mentions if m.entity is not None), None)
            if (first is None or art.common_word(first) or not _SUBJECT_OPENING_RE.match(s.text[: first.start])
                    or re.search(r"['’]s?\s", s.text[first.end : first.end + 3])):
                return None
            ent = quoted.get(first.entity.id) if _a_person(first.entity.name, first.entity) else None
            if ent is None and " " not in first.text:  # "Mason" (NER: ORG) after the quoted "Lark Mason"
                named = {e.id: e for e in quoted.values() if len(e.name.split()) >= 2 and e.name.split()[-1] == first.text}
                ent = next(iter(named.values())) if len(named) == 1 else None
            if ent is None or ent is current:
                return None
            return ent.name, ent
        i -= 1
    return None


#: "he said" / "she warned" right after a quote's closing mark, any speech verb (group 1: the pronoun).
_THEY_SAID_AFTER_RE = re.compile(r"""[\s,.!?”"'’]*\bthey\s+(?:\w+ly\s+)?(?:""" + "|".join(_SPEECH) + r")\b", re.I)
_PRONOUN_SAID_AFTER_RE = re.compile(r"""[\s,.!?”"'’]*\b(he|she)\s+(?:\w+ly\s+)?(?:""" + "|".join(_SPEECH) + r")\b", re.I)


def _introduced_before(art: _Article, pos: int, para: int, across: bool = False) -> tuple[str, Any, str] | None:
    """The person whom the sentence right before sentence ``pos``, in the same paragraph (or, with ``across``, ending
    the paragraph before), introduces as its subject (the name opens it and is its first mention in the article; no
    quote, no speech verb in it): a quote with no attribution of its own opening the next sentence is theirs ('Joseph
    Guyler Delva, a reporter for Reuters, was in the area when the tremors struck. "Everything started shaking
    ..."'), not the speaker quoted before. An outlet and a role noun may stand before the name ('CNN iReporter
    Chris Morrow of San Diego was staying ...')."""
    if pos == 0:
        return None
    s = art.sents[pos - 1]
    if (art.paragraph_at(s.sentence.start) != para - across or _QUOTE_MARK_RE.search(s.text)
            or _VERB_RE.search(s.text)):
        return None
    first = next((m for m in s.mentions if m.entity is not None), None)
    opening = first.start if first is not None else 0
    if first is not None and first.entity.label == "ORG" and (
            nxt := next((m for m in s.mentions if m.entity is not None and m.start >= first.end), None)) and (
            role := re.fullmatch(r"\s+([\w\-]+)\s+", s.text[first.end : nxt.start])) and _AGENT_NOUN_RE.search(
            role.group(1)) and not _THING_NOUN_RE.search(role.group(1)):
        first = nxt  # ('CNN iReporter Chris Morrow': the outlet and the role qualify the person)
    if (first is None or first.entity.label != "PERSON" or len(first.text.split()) < 2 or art.common_word(first)
            or not _SUBJECT_OPENING_RE.match(s.text[len(_update_label(s.text)) : opening])  # ("UPDATE 2: X ...")
            or re.search(r"['’]s?\s", s.text[first.end : first.end + 3])):  # (a possessive: "X's group")
        return None
    if any(m.entity is first.entity for x in art.sents[: pos - 1] if not _CREDIT_LINE_RE.match(x.text)
           for m in x.mentions):
        return None  # named before: not an introduction (a photo credit above, "Courtesy X", names no one in the story)
    return first.entity.name, first.entity, "introduced"


#: A label a page sets before a sentence added to a story: "UPDATE 2:", "Update:", "EDITOR'S NOTE:", "Correction:".
_UPDATE_LABEL_RE = re.compile(r"\W*(?:UPDATE|Update|EDITOR['’]?S\s+NOTE|Editor['’]s\s+note|CORRECTION|Correction|"
                              r"CLARIFICATION|Clarification)(?:\s+\d{1,2})?\s*:\s*")


def _update_label(text: str) -> str:
    """The label opening sentence ``text`` that marks it as added to the story (:data:`_UPDATE_LABEL_RE`), else "":
    'UPDATE 2: Dan Abrams talks about the video diary on Good Morning America.' introduces Abrams as a sentence
    with no label does, and the quote paragraph after it is his (spk141, blind-speakers87)."""
    m = _UPDATE_LABEL_RE.match(text)
    return m.group(0) if m else ""


#: A photo credit read as its own sentence ("Courtesy Maria Feng" on the line under a picture, "Photo courtesy of
#: X", "Photo by X", "Image: X"): the name credits a picture; it does not bring the person into the story
#: (Multi-News 0129: the credit above 'His mother, Maria Feng, remembers that breakthrough. "We were so proud ..."').
_CREDIT_LINE_RE = re.compile(r"\W*(?:(?:Photos?|Photograph|Image|Picture)\s+)?(?:courtesy\b|credits?\s*:)"
                             r"|\W*(?:Photos?|Photograph|Image|Picture)\s*(?:by\b|:)", re.I)


#: A first-person word anywhere, also capitalized ("We took refuge ...").
_FIRST_PERSON_ANY_RE = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur)\b")
#: "he"/"she" as the subject of a past-tense verb, opening a sentence or after its introductory phrase's comma.
_PRONOUN_ACTS_RE = re.compile(r"(?:^|,\s+)(he|she)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ed\b", re.I)
#: "He" / "she" acting in the perfect ("She has made a deal with herself: Remain sane."): an irregular participle
#: after "has" / "had", which :data:`_PRONOUN_ACTS_RE` ("-ed") missed (spk108, blind-speakers61: 2 quotes).
_PRONOUN_PERFECT_RE = re.compile(r"(?:^|,\s+)(he|she)\s+(?:has|had)\s+(?:[a-z]+ly\s+)?(?!been\b|to\b|no\b)[a-z]{2,}\b",
                                 re.I)


def _pronoun_actor_before(art: _Article, pos: int) -> tuple[str, Any] | None:
    """The person "he"/"she" means in the sentence right before sentence ``pos`` (in its paragraph or the one
    before), when "he"/"she" is that sentence's subject acting (a past-tense verb) and it holds no quote and no
    speech verb: a quote paragraph after it, with no attribution and no speaker quoted near, is theirs."""
    if pos == 0:
        return None
    s = art.sents[pos - 1]
    if (art.paragraph_at(art.sents[pos].sentence.start) - art.paragraph_at(s.sentence.start) > 1
            or _QUOTE_MARK_RE.search(s.text) or _VERB_RE.search(s.text)):
        return None
    acts = _PRONOUN_ACTS_RE.search(s.text) or _PRONOUN_PERFECT_RE.search(s.text)
    if acts is None:
        return None
    who = _resolve_reference(art, s.sentence.start + acts.start(1), acts.group(1).lower())
    return who if who is not None and who[1] is not None and who[1].label == "PERSON" else None


def _name_line(art: _Article, para: int) -> tuple[str, Any] | None:
    """The name that paragraph ``para - 1`` consists of, when it is only a name signing the post quoted next
    (:data:`_NAME_LINE_RE`): written in capitals, or a person or organization by NER; never a place."""
    lo, hi = art.paragraphs[para - 1], art.paragraphs[para]
    m = _NAME_LINE_RE.fullmatch(art.body[lo:hi].rstrip() + "\n")
    if not m:
        return None
    name = m.group(1)
    i = art.sentence_at(lo + m.start(1))
    s = art.sents[i] if i is not None else None
    ents = [x for x in (s.mentions if s is not None else []) if x.entity is not None
            and s.sentence.start + x.start >= lo and s.sentence.start + x.end <= hi]
    if any(x.entity.label in PLACE_LABELS for x in ents):
        return None
    for x in ents:
        if x.text == name and x.entity.label in ("PERSON", "ORG"):
            return x.entity.name, x.entity
    return (name, None) if name.isupper() and len(name) > 1 else None


#: A transcript line: a name or a role opening the line, a colon, then the quote ("Dr. H: ``Let's string ...''",
#: 'Haldeman: "Yes, sir. ..."', 'PRESIDENT OBAMA: "..."'); group 1 the name.
_TRANSCRIPT_LINE_RE = re.compile(r"[ \t]*((?:[A-Z][\w.'’\-]*\s+){0,2}[A-Z][\w.'’\-]*)[ \t]*:[ \t]*(?:``|[\"“])?[ \t]*")


def _transcript_name(art: _Article, qs: int) -> tuple[str, Any] | None:
    """The speaker a transcript line names for the quote at ``qs`` (spk78): the line holds only a name or a role, a
    colon and the quote's opening (:data:`_TRANSCRIPT_LINE_RE`). The name is a person or organization NER reads there,
    one the article names in full (:func:`_sole_person_with_name`), a title and a name or an initial ("Dr. H"), or a
    name written in capitals ("CHECKETT"); never a place, a connective ("However:") or a speech verb ("Said X:")."""
    line = art.body.rfind("\n", 0, qs) + 1
    m = _TRANSCRIPT_LINE_RE.fullmatch(art.body, line, qs)
    if not m or _CONNECTIVE_RE.match(m.group(1)) or m.group(1).split()[0].lower() in SPEECH_VERBS:
        return None  # ('However: "..."', "Said Batchelor: ``...''": the old rules' shapes)
    name, at = m.group(1), m.start(1)
    i = art.sentence_at(at)
    s = art.sents[i] if i is not None else None
    ents = [x for x in (s.mentions if s is not None else []) if x.entity is not None
            and at <= s.sentence.start + x.start and s.sentence.start + x.end <= m.end(1)]
    if any(x.entity.label in PLACE_LABELS for x in ents):
        return None
    for x in ents:
        if x.text == name and x.entity.label in ("PERSON", "ORG"):
            return x.entity.name, x.entity
    named = _sole_person_with_name(art, name.split()[-1]) if len(name.split()[-1]) > 2 else None
    if named is not None:
        return named
    words = name.split()
    if len(words) == 2 and words[0].lower().rstrip(".") in TITLES and re.fullmatch(r"[A-Z][\w'’\-]*\.?", words[1]):
        return name, None  # "Dr. H", "Dr. T": a title and the name the dialogue shortens
    return (name, None) if name.isupper() and len(name) > 2 else None


#: A line opening on a name, perhaps a date after it, a colon and the quote's opening mark (single marks too, as a
#: headline quotes): "Ivanka Trump: 'I try to stay out of politics'" (a headline), 'Ivanka, June 26: "I try ..."' (a
#: post quoting her). Group "name", the name; "date", the date.
_LABEL_LINE_RE = re.compile(
    r"[ \t]*(?P<name>(?:[A-Z][\w.'’\-]*\s+){0,2}[A-Z][\w.'’\-]*)"
    r"(?P<date>,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?)?"
    r"[ \t]*:[ \t]*(?:``|[\"“'‘])?[ \t]*")
#: Words a label line opens on that name no one ("Update:", "Watch:", "Photo:", "Breaking News:").
_LABEL_WORDS = frozenset({"update", "watch", "photo", "photos", "video", "note", "editor", "breaking", "read",
                          "related", "exclusive", "opinion", "analysis", "live", "correction", "source", "sources",
                          "advertisement", "q", "a", "question", "answer", "warning", "quote", "statement"})


def _label_line_name(art: _Article, qs: int) -> tuple[str, Any] | None:
    """The speaker a line opening on a name and a colon gives the quote it opens (:data:`_LABEL_LINE_RE`) where
    :func:`_transcript_name` reads none (spk141, blind-speakers87): a person NER reads there by that whole name; a
    name of two or three words the article writes again elsewhere ("Ivanka Trump", which NER missed, is not the
    Donald Trump who alone holds "Trump" in the cluster's entities); a one-word name with a date after it (a post
    quoting someone's words of a day). Never a place, a connective, a speech verb or a label word ("Update:")."""
    line = art.body.rfind("\n", 0, qs) + 1
    m = _LABEL_LINE_RE.fullmatch(art.body, line, qs)
    if not m or _CONNECTIVE_RE.match(m.group("name")):
        return None
    name, at = m.group("name"), m.start("name")
    words = name.split()
    if words[0].lower().strip(".") in SPEECH_VERBS or any(w.lower().strip(".'’") in _LABEL_WORDS for w in words) or (
            name.isupper()):
        return None
    i = art.sentence_at(at)
    s = art.sents[i] if i is not None else None
    ents = [x for x in (s.mentions if s is not None else []) if x.entity is not None
            and at <= s.sentence.start + x.start and s.sentence.start + x.end <= m.end("name")]
    if any(x.entity.label in PLACE_LABELS or x.entity.label not in SPEAKER_LABELS for x in ents):
        return None
    known = _known_person(art, name)
    if known[1] is not None and known[1].label in SPEAKER_LABELS:
        return known
    if len(words) > 1 and len(re.findall(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’])", art.body)) > 1:
        return name, None
    if len(words) == 1 and m.group("date") and re.fullmatch(r"[A-Z][a-z][\w'’\-]*", name):
        return _sole_person_with_name(art, name) or (name, None)
    return None


#: A contraction of a pronoun or an auxiliary ("I'm", "we've", "they'll", "couldn't", "won't"): a function word as
#: much as "I am", though :func:`content_terms` keeps its apostrophe-less stem ("im", "couldnt"); two voters' lines
#: "I'm very happy about the result" and "I'm really happy because ... for results" shared "im", "happi", "result"
#: and were one quote (blind-speakers88, issue 11, spk141).
_CONTRACTION_RE = re.compile(r"\b[^\W\d_]+(?:['’](?:m|re|ve|ll|d)|n['’]t)\b", re.IGNORECASE)


def _match_terms(text: str) -> list[str]:
    """The content stems two versions of one quote are matched on: no bracketed insertion, no contraction
    (:data:`_CONTRACTION_RE`)."""
    return content_terms(_CONTRACTION_RE.sub(" ", BRACKET_RE.sub(" ", text)))


def same_quote(a: Quote, b: Quote) -> bool:
    small, big = (a.terms, b.terms) if len(a.terms) <= len(b.terms) else (b.terms, a.terms)
    if len(small) < MIN_MATCH_TERMS:
        return False
    return len(small & big) / len(small) >= SAME_QUOTE_CONTAINMENT


#: Two quotes in sentences that already tell the same fact are one quote when half the shorter one's content stems,
#: and two at least, are in the other: one speech as two outlets transcribe or cut it ("I've repeatedly said that I
#: believe the president's Christian -- he says he's Christian. But I am talking about his worldview ..." / "He
#: says he is a Christian. But I am talking about his world view ...", 0.77), or a short line printed alike ("He is
#: not welcome to Mexico", two stems, under :data:`MIN_MATCH_TERMS`). Over the 62 agreement units of one speaker's
#: quotes whose quotes sat in several groups (420 clusters of BASIL, Multi-News, DUC 2003, MultiLing, DUC 2006), it
#: joins 51; the 11 it leaves apart are different lines of one speaker that a unit held together by the words
#: around them (DUC 2006 D0644H: "By wiping out the debt held by the public ..." / "The recipe of fiscal discipline
#: ...", both Gene Sperling's).
LOOSE_QUOTE_CONTAINMENT = 0.5
LOOSE_QUOTE_SHARED = 2


def loosely_same_quote(a: Quote, b: Quote) -> bool:
    """Are ``a`` and ``b`` one quote, given that their sentences tell the same fact (:data:`LOOSE_QUOTE_CONTAINMENT`)?"""
    small, big = (a.terms, b.terms) if len(a.terms) <= len(b.terms) else (b.terms, a.terms)
    shared = len(small & big)
    return shared >= LOOSE_QUOTE_SHARED and shared / len(small) >= LOOSE_QUOTE_CONTAINMENT


def _two_voices(a: Quote, b: Quote) -> bool:
    """Are ``a`` and ``b`` two people's words: quotes credited to different speakers, each a person or body the
    analysis links, either in one article or in two where neither's words stand in the other's
    (:func:`_holds_words`)?

    One article does not carry one quote twice under two names, while a short line shares its few content words
    with a longer one of another speaker ('"... one or more of your father's tax returns."', WikiLeaks's message,
    and '"WikiLeaks has such chutzpah that it allegedly tried to convince Trump Jr to leak his father's tax returns
    ..."', Assange's tweet). Across articles, two outlets that credit one quote to two people print its words (a
    real disagreement, or one outlet's misreading, stays one group), while a short line of one speaker whose content
    stems stand in another speaker's longer quote is another quote ('"The West Nile virus is so new," said X' in
    one outlet; Y's '"... a variation on the strain of West Nile or a new virus," she said' in another). Over the
    298 labelled clusters, this separates 9 pairs of versions that main joined: 8 are two quotes, 1 one quote printed
    with a word censored ('(expletive)' / 'ass'). Joined, the group is shown under one of the two names."""
    if a.entity is None or b.entity is None or a.entity.id == b.entity.id:
        return False
    return a.sent.source is b.sent.source or not (_holds_words(a.text, b.text) or _holds_words(b.text, a.text))


_PLAIN_WORD_RE = re.compile(r"[^\W_]+")
#: The fewest words of a run of a quote's words that must stand together in another version of it: a version may
#: cut words or a sentence out ('"America is not a clown show. America is an idea that sets people free."' in one
#: outlet, '"... America is not a clown show. America is not a circus. America is an idea. America is an idea that
#: sets people free."' in another), so its words stand in the other's in runs; a run shorter than three words
#: ("is a", "of the") stands in almost any quote ('"They are attempting to scare off other cities," said X' is
#: not in Y's '"a desperate act by ... bankers attempting to scare off ATM laws in other cities."').
HOLD_RUN_WORDS = 3


def _holds_words(big: str, small: str) -> bool:
    """Whether ``small``'s words, lower-cased and without punctuation, stand in ``big`` in their order, in runs of
    :data:`HOLD_RUN_WORDS` words or more that each stand in ``big`` word for word (read left to right, each run as
    long as it can be)."""
    words, text = _PLAIN_WORD_RE.findall(small.lower()), " " + " ".join(_PLAIN_WORD_RE.findall(big.lower())) + " "
    i, at = 0, 0
    while i < len(words):
        j = len(words)
        while j - i >= HOLD_RUN_WORDS and text.find(" " + " ".join(words[i:j]) + " ", at) < 0:
            j -= 1
        if j - i < HOLD_RUN_WORDS:
            return False
        at = text.find(" " + " ".join(words[i:j]) + " ", at) + 1
        i = j
    return bool(words)


def group(quotes: list[Quote]) -> list[QuoteGroup]:
    """Quotes grouped across outlets; most widely carried first (independent sources, then articles). A quote
    joins the first group holding the same quote; only groups sharing one of its terms are compared (an index
    from term to groups)."""
    groups: list[list[Quote]] = []
    by_term: dict[str, set[int]] = {}
    for q in quotes:
        near = sorted(set().union(*(by_term.get(t, ()) for t in q.terms))) if q.terms else []
        gi = next((i for i in near if any(same_quote(q, x) and not _two_voices(q, x) for x in groups[i])), None)
        if gi is None:
            gi = len(groups)
            groups.append([])
        groups[gi].append(q)
        for t in q.terms:
            by_term.setdefault(t, set()).add(gi)
    return _widest_first([QuoteGroup(g) for g in groups])


def _widest_first(groups: list[QuoteGroup]) -> list[QuoteGroup]:
    """``groups`` most widely carried first: independent sources, then articles, then the first quote's place."""
    return sorted(groups, key=lambda g: (-len(g.families), -len(g.sources), g.quotes[0].sent.source.n,
                                         g.quotes[0].sent.index))


def speaker_key(g: QuoteGroup) -> str | None:
    """Who a group is shown as said by, as one key: its speaker's entity id, else the speaker as described (None
    when no speaker is known), so two groups of one speaker have the same key."""
    name, ent = g.speaker
    return ent.id if ent is not None else (" ".join(name.lower().split()) if name else None)


def joined(groups: list[QuoteGroup], together: list[list[int]]) -> list[QuoteGroup]:
    """``groups`` with the groups of each list of indices in ``together`` made one (their quotes in order), sorted
    as :func:`group` sorts: a quote that several outlets carry in words :func:`same_quote` does not match ("I was
    talking about the radical environmentalist" / "... environmentalists") is then listed once, carried by all of
    them. Lists that share a group are joined too."""
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for idx in together:
        for i in idx[1:]:
            parent[root(i)] = root(idx[0])
    merged: dict[int, list[Quote]] = {}
    for i, g in enumerate(groups):
        merged.setdefault(root(i), []).extend(g.quotes)
    if len(merged) == len(groups):
        return groups
    return _widest_first([QuoteGroup(sorted(qs, key=lambda q: (q.sent.source.n, q.sent.index)))
                          for qs in merged.values()])


def _narration_between(art: _Article, lo: int, hi: int) -> str:
    """``body[lo:hi]`` with every quote's words blanked (the offsets kept)."""
    text = list(art.body[lo:hi])
    for a, b in art.spans:
        if b > lo and a < hi:
            text[max(a, lo) - lo : min(b, hi) - lo] = " " * (min(b, hi) - max(a, lo))
    return "".join(text)


#: A definite description of someone as a whole speaker ("The director", "the Ukraine captain").
_DEFINITE_ROLE_RE = re.compile(r"(?i:the)\s+(?:[\w\-'’.]+\s+){0,3}?[a-z][a-z\-]*")
#: Subordinators before a generic "one" ("When one asks", "if one says"): anyone, no one of a group named before.
_GENERIC_ONE_OPENERS = frozenset({"when", "whenever", "if", "unless", "once", "as", "until", "before", "after",
                                  "because", "while"})
#: Determiners of an indefinite subject: someone the text introduces, not one it named before.
_INDEFINITE_DETERMINERS = frozenset({"a", "an", "another", "one"})
#: An indefinite word outside a quote in its sentence: the cheap test before the parse is read.
_INDEFINITE_WORD_RE = re.compile(r"(?<![\w'’])(?i:an?|another|one)(?![\w'’])")
#: Dependents that end a subject's phrase as shown ("a friend who asked not to be named": "a friend").
_PHRASE_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj"})


def _group_named_before(art: _Article, at: int, pos: int) -> str | None:
    """The group a subject "one" stands for ('Police were called by neighbours ...' then 'One said: "..."';
    'sources involved with the franchise are betting ...' then '"...," says one.'): the last plural person noun
    (a role or kin word, :data:`UNNAMED_PERSON_NOUNS`, in the plural) outside quotes before "one" (at ``at``) in
    its sentence ``pos`` or in the two sentences before, within the paragraph or the one before; as "a
    <singular>". None when there is none."""
    first_para = art.paragraph_at(at) - 1
    for i in range(pos, max(-1, pos - 3), -1):
        s = art.sents[i]
        if art.paragraph_at(s.sentence.start) < first_para:
            break
        hi = min(s.sentence.end, at) - s.sentence.start
        words = [w for w in re.finditer(r"[A-Za-z][a-z\-]+", s.text[:hi])
                 if not art.quoted(s.sentence.start + w.start(), s.sentence.start + w.end())]
        for w in reversed(words):
            low = w.group(0).lower()
            for single in (low[:-1], low[:-2]) if low.endswith("s") else ():
                if single and _unnamed_person_noun(single) and single not in ("man", "woman"):
                    return ("an " if single[:1] in "aeiou" else "a ") + single
    return None


def _indefinite_subject(art: _Article, qs: int, qe: int, s: Sent, model: str) -> str | None:
    """The unnamed person who speaks a quote when the subject of the speech verb it hangs from is an indefinite
    nominal (spk91): a singular common noun naming a person (:func:`_unnamed_person_noun`) with "a", "an",
    "another" or "one" ('A close friend of the dead mum said: "..."' -> "A close friend of the dead mum"; "a
    source close to the family said"), shown as its phrase without a relative clause or an appositive; or the
    pronoun "one" alone ('One said: "..."', '"...," says one.') for the group named just before it
    (:func:`_group_named_before`: "a neighbour"). A name inside the phrase (its possessor, a preposition's object:
    "a friend of John Smith") is never the speaker. None when the parse finds no speech verb or its subject is
    anything else: a name, a definite or possessed noun, a plural, an appositive name ("a neighbour, Jane Roe,")."""
    lo = s.sentence.start
    outside = art.body[lo:qs] + " " + art.body[qe : art.sents[art.sentence_at(max(qs, qe - 1)) or 0].sentence.end]
    if not _INDEFINITE_WORD_RE.search(outside):
        return None
    governed = _governing_verb(art, qs, qe, s, model)
    if governed is None or not _is_speech_verb(governed[2]):
        return None
    doc, base, verb = governed
    found = _verb_subject(art, base, qs, qe, verb)
    if found is None or found[1].dep_ != "nsubj":
        return None
    subj = found[1]
    up = verb
    while up.head.i != up.i:  # a clause another speech verb reports ('He told French media that a friend had
        link, up = up.dep_, up.head  # asked him to look after "..."'): the reporter's words, whoever the clause's
        if link != "conj" and up.tag_.startswith("VB") and _is_speech_verb(up):  # subject is (a clause coordinated
            return None  # with the speech verb's is no report: '... said ..., and one told X, "..."')
    if subj.lower_ == "one" and not any(True for _ in subj.children):
        # (a main clause's own subject only, 'Some teachers ... said ..., and one told X, "..."' included:
        # 'Prosecutors said that one told friends, "..."' is one of a group named further back, neither the
        # prosecutors nor the friends)
        main = (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")) and not (
            subj.i > 0 and subj.doc[subj.i - 1].lower_ in _GENERIC_ONE_OPENERS)  # ('When one asks, "..."': anyone)
        return _group_named_before(art, base + subj.idx, art.sentence_at(qs) or 0) if main else None
    if subj.tag_ != "NN" or not _unnamed_person_noun(subj.text):
        return None
    dets = [c for c in subj.children if c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE_DETERMINERS]
    if not dets or any(c.dep_ == "poss" for c in subj.children) or any(
            c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS") for c in subj.children):
        return None
    toks = [subj]
    todo = [c for c in subj.children if c.dep_ not in _PHRASE_CUT_DEPS]
    while todo:
        t = todo.pop()
        toks.append(t)
        todo.extend(c for c in t.children if c.dep_ not in _PHRASE_CUT_DEPS)
    first, last = min(toks, key=lambda t: t.i), max(toks, key=lambda t: t.i)
    comma = next((t for t in subj.doc[subj.i : last.i + 1] if t.text == ","), None)
    if comma is not None:  # "Another aviation specialist, familiar with ...,": the phrase before the comma
        last = subj.doc[comma.i - 1]
    if last.i - first.i > 9 or art.quoted(base + first.idx, base + last.idx + len(last.text)):
        return None
    todo, right = [subj], subj
    while todo:  # the subject's whole subtree, its relative clause and apposition included
        t = todo.pop()
        right = t if t.i > right.i else right
        todo.extend(t.children)
    lo, hi = base + last.idx + len(last.text), base + max(right.idx + len(right.text), verb.idx if verb.i > subj.i else 0)
    if any(m.entity is not None and m.entity.label == "PERSON" and lo <= x.sentence.start + m.start < hi
           for x in art.sents[art.sentence_at(base + subj.idx) or 0 :][:1] for m in x.mentions):
        return None  # a name after the phrase, in its apposition or relative clause ("A lawyer for X, Y Z, said";
        # "said a man who identified himself as Angelo L."): the person the other rules name
    return " ".join(art.body[base + first.idx : base + last.idx + len(last.text)].split())


# -- a role noun that refers back to a named person; a name NER typed a place that the text gives a role (spk101) --

#: A person's role titling a name right after a speech verb ("said disaster agency official Fauzi."): up to three
#: lower-case words, the role, then the name (group 1), which closes the clause.
_ROLE_TITLED_NAME_AFTER_RE = re.compile(r"\s*(?:(?i:the)\s+)?(?:[a-z][\w\-]*\s+){0,3}(?:" + "|".join(PERSON_ROLES)
                                        + r")\s+([A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2})(?=\s*(?:[,.;]|$))")
#: A name right after a speech verb, then a person's relative clause or appositive ("said Fauzi, who like many
#: Indonesians uses a single name"; "said Fauzi, an official of the local disaster agency") (group 1 the name).
_NAME_THEN_PERSON_AFTER_RE = re.compile(r"\s*([A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2})\s*,\s*(?:who\s|(?:a|an|the)\s+"
                                        r"(?:[\w\-'’]+\s+){0,3}?(?:" + "|".join(PERSON_ROLES) + r")\b)")


def _place_typed_person_after(art: _Article, s: Sent, lo: int, hi: int) -> tuple[str, None] | None:
    """The person a speech verb's inverted subject names when NER typed the name a place but the text gives it a
    person's role: a role title before it ('said disaster agency official Fauzi.') or a person's relative clause or
    appositive after it ('said Fauzi, who like many Indonesians uses a single name'), and the gazetteer does not
    know the name as a place (:func:`_speaker_ner.named_person_typed_place`). The name with no entity (the entity is
    the place NER made of it), else None."""
    m = _ROLE_TITLED_NAME_AFTER_RE.match(art.body, lo, hi) or _NAME_THEN_PERSON_AFTER_RE.match(art.body, lo, hi)
    if m is None:
        return None
    base = s.sentence.start
    typed = [p for p in s.mentions if base + p.start == m.start(1) and base + p.end == m.end(1)]
    if not typed or typed[0].entity is None or typed[0].entity.label not in PLACE_LABELS:
        return None  # (a name NER typed a person, or none, is read by the other rules)
    return (m.group(1), None) if named_person_typed_place(m.group(1)) else None


#: A surviving spouse's word and the spouse word an article introduces her or him by before the death is told ("the
#: slain deputy's wife, Chela Ortiz" ... "the young widow read"): :func:`_introductions` reads either.
SURVIVING_SPOUSE = {"widow": "wife", "widower": "husband"}


#: Speech verbs that take no object, so that a name right after one that closes its sentence is its inverted subject
#: ("..., said X.") and never the one spoken to ("told X", "asked X").
_INVERTED_VERBS = frozenset({"said", "says", "added", "adds", "explained", "explains", "noted", "notes", "recalled",
                             "recalls", "continued", "wrote", "writes", "stated", "states", "reported", "reports"})


#: What may stand between an inverted speech verb and its subject: a title of up to five words, no pronoun,
#: conjunction or complementizer ("said disaster agency official Fauzi", never "said she had learned that X").
_TITLE_GAP_RE = re.compile(r"\s*(?:(?!(?i:that|he|she|they|it|we|i|you|who|which|and|but|or|as|if)\b)[\w\-'’.]+\s+){0,5}")
#: What may follow an inverted subject that closes its sentence: a stop, or a relative clause or appositive on it.
_SUBJECT_CLOSES_RE = re.compile(r"\s*(?:[.;!?]|,\s*(?:who|whose|a|an|the|one)\s|who\s|$)")


def _inverted_speaker(art: _Article, s: Sent, clause_lo: int, v: re.Match[str], hi: int) -> tuple[str, Any] | None:
    """Who speaks in a sentence that reports a clause and then inverts its speech verb and subject ('In a village
    ..., one man was killed when a landslide engulfed a coffee plantation, said disaster agency official Fauzi.';
    '... killing one man, said the official who uses one name.'): the subject after the verb, a name or a
    description closing the sentence (:func:`_name_after`; a description the article introduced by name read as
    that person, :func:`_description_holder`), never a person or a nominal inside the reported clause ("one man",
    the man killed). None when the verb does not follow a comma closing a clause, takes an object, or what follows
    it is no person closing its sentence (the other rules' reading stays)."""
    body = art.body
    if v.group(0).lower() not in _INVERTED_VERBS or not re.search(r"[a-z0-9]\s*,\s*$", body[clause_lo : v.start()]):
        return None
    if _QUOTE_MARK_RE.search(body, clause_lo, v.start()):
        return None  # ('"...," said X': a quote's own attribution, read by the quote rules)
    who = _name_after(art, s, v.end(), min(hi, v.end() + 90))
    if who is None or not _a_person(*who):
        return None
    if who[1] is None:
        at = body.find(who[0], v.end(), hi)
        end = at + len(who[0])
    else:
        at, end = next(((s.sentence.start + p.start, s.sentence.start + p.end) for p in s.mentions
                        if p.entity is who[1] and s.sentence.start + p.start >= v.end()), (-1, -1))
    if at < 0 or not _TITLE_GAP_RE.fullmatch(body, v.end(), at) or not _SUBJECT_CLOSES_RE.match(body, end, hi):
        return None  # ("said Smith was killed": a clause, whose own subject the name is; "said she had learned
        # that her sister X, who ...": a name inside the reported clause)
    if who[1] is None and _DEFINITE_ROLE_RE.fullmatch(who[0]):
        held = _description_holder(art, who[0], v.start())
        if held is not None:
            return held  # "said the official who uses one name" after "Fauzi, an official from the ... agency"
    return who


# --- Words that are no speaker in the speaker's slot (issue 11, spk102) -------------------------------------------

#: "In X's words," / "In the words of X," before a quote in its sentence: X speaks ('In Samsung's words, the UI has
#: been "refined to ..."': Samsung, not the clause's subject "the UI")
_WORDS_FRAME_RE = re.compile(r"(?:^|[\s(“\"])(?:In|in)\s+(?:(?P<owner>[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3})['’]s?"
                             r"\s+(?:own\s+)?words|the\s+words\s+of\s+(?P<of>[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3}))"
                             r"\s*,")
#: a relative clause whose subject speaks, the quote completing its verb: 'something called Download Booster that
#: Samsung says is "an innovative ..."' (Samsung, not the antecedent the clause describes)
_RELATIVE_SPEECH_RE = re.compile(r"\b(?:that|which|who|whom)\s+(?P<who>[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3})\s+"
                                 r"(?:says|said|calls|called|describes|described|claims|claimed)\s+"
                                 r"(?:(?:is|was|are|were|will\s+be|would\s+be|has\s+been|had\s+been)\s+)?[\"“]\s*$")
#: the hearer of a statement: "told X" or "(a statement, an interview, comments ...) to X" right before a name
_HEARER_BEFORE_RE = re.compile(r"(?:\btold|\b(?:statement|interview|comments?|remarks?|e-?mail|letter|note|message|"
                               r"post)\s+(?:\w+\s+){0,2}?to)\s+(?:the\s+)?$", re.I)
#: a participle clause opened after the attribution ('..., " said X, pointing out that ...')
_TRAILING_PARTICIPLE_RE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b")


def _not_a_speaker(art: _Article, qs: int, qe: int, s: Sent, speaker: str,
                   ent: Any) -> tuple[str | None, Any, str] | None:
    """Another reading of a quote's speaker where the rules took words that are no speaker from the speaker's slot
    (a name or the subject of the clause the quote stands in): the owner of "In X's words," before the quote;
    the subject of a relative clause the quote completes ("that X says is "...""); the clause's subject where the
    name taken is the hearer of a fronted statement ("In a statement to X, a spokesperson said"); the name right
    after the speech verb where the name taken is inside a participle clause after the attribution ('" said X's
    researcher, pointing out that ... the Y app'). None where none of these applies or nothing else is found."""
    body, base = art.body, s.sentence.start
    before = body[base:qs]
    open_len = len(before) - len(before.rstrip("\"“ '‘"))
    frame = None
    for frame in _WORDS_FRAME_RE.finditer(before):
        pass
    if frame is not None and not art.quoted(base + frame.start(), base + frame.start() + 1):
        owner = frame.group("owner") or frame.group("of")
        got = _named_here(art, s, base + frame.start("owner" if frame.group("owner") else "of"), owner)
        if got[0] != speaker and (got[1] is None or got[1] is not ent):
            return got + ("parsed",)
    relative = _RELATIVE_SPEECH_RE.search(before)
    if relative is not None and relative.group("who") != speaker:
        got = _named_here(art, s, base + relative.start("who"), relative.group("who"))
        if got[1] is None or got[1].label in SPEAKER_LABELS:
            return got + ("before",)
    spots = [base + m.start for m in s.mentions if ent is not None and m.entity is ent
             and not art.quoted(base + m.start, base + m.end)]
    if not spots:
        return None
    at = spots[0]
    if at < qs and _HEARER_BEFORE_RE.search(body, max(base, at - 60), at):
        end = at + len(next(m.text for m in s.mentions if base + m.start == at))
        comma = re.match(r"\s*,\s*", body[end:qs])
        verbs = [v for v in _VERB_RE.finditer(body, end, qs - open_len)]
        if comma is not None and verbs:
            got = _speech_subject(art, s, end + comma.end(), verbs[-1].start())
            if got is not None and got[1] is not ent:
                return got
        return None
    if at >= qe:
        participle = _TRAILING_PARTICIPLE_RE.search(body, qe, at)
        verb = _VERB_RE.search(body, qe, participle.start()) if participle is not None else None
        if participle is not None and verb is not None and not _QUOTE_MARK_RE.search(body, qe + 1, participle.start()):
            got = _name_after(art, s, verb.end(), participle.start())
            if got is not None and got[1] is not ent:
                return got + ("after",)
    return None


def _relative_clause_speaker(art: _Article, s: Sent, qs: int) -> tuple[str, Any] | None:
    """The speaker of a quote that is the complement of a relative clause's verb of characterizing with its own
    subject (:func:`relative_subject`: '..., which the prime minister dismissed Friday as a comment made "..."'):
    the person or body a name there is, or whom the noun phrase refers to (:func:`_nominal`); None otherwise."""
    body = art.body
    open_at = qs - (2 if body[max(0, qs - 2) : qs] in ("``", "''") else 1)
    span = relative_subject(body, s.sentence.start, qs)
    if span is None or open_at < span[1]:
        return None
    lo, hi = span
    for m in s.mentions:
        if m.entity is not None and lo <= s.sentence.start + m.start < hi and m.entity.label in SPEAKER_LABELS:
            return m.entity.name, m.entity
    if body[lo:hi].split()[0] == "the" and (nom := _nominal(art, lo, hi)) is not None and nom[2] == lo:
        return nom[0], nom[1]
    return None


def _named_here(art: _Article, s: Sent, at: int, name: str) -> tuple[str, Any]:
    """``name`` written at ``at`` of sentence ``s``, as the entity of a mention inside it ("Samsung" of "Samsung's",
    "Young" of "Ms. Young"), else as the person the article names so, else the bare name."""
    base = s.sentence.start
    for m in s.mentions:
        if m.entity is not None and at <= base + m.start and base + m.end <= at + len(name):
            return m.entity.name, m.entity
    return _known_person(art, name)
