"""Readability counters: what a reader sees that ROUGE does not.

Per brief (:func:`check_brief`) and per dataset (:func:`readability`):

* debris: summary sentences that are scraping debris (crawler notes, "Read
  more", captions and credits, share and sign-up prompts, section labels);
* unresolved leading references: summary sentences that open on something
  the brief has not shown (a discourse connective, a pronoun or
  demonstrative, a pronoun speaker, a quotation with no speaker, a definite
  description of an event or act the headline and the sentences before it
  do not name: "The deal was aimed at ...", or of a person: "The
  56-year-old woman is charged ...", an adverbial that points back: "In
  this case,", "This time,", a pronoun after an opening adverbial or clause:
  "Rather incredibly, this ...", "When he left, he ...", a person called by
  a surname the brief has not introduced: "Sullivan said ...", a reference inside the sentence:
  "based here", "their ability" with no one before it, "the study" never introduced, "in this country", by the
  selector's own detector :func:`newsbrief.rewrite.inside_reference`; a leading definite the selector's
  :data:`~newsbrief.rewrite.LEADING_DEFINITE_RE` reads: "The Arizona study raises questions."; a surname in a
  possessive or a clause: "Hammerman's book", "When Hall recommended", by :func:`newsbrief.rewrite.bare_surname`;
  a leading quantifier with a verb: "Others announce that ...", a gerund's pronoun object: "Losing it leaves ...", a
  definite after a leading adverbial: "So far the results are ...", a closing connective: "..., however.", a
  summing-up connective: "In short, ...", a proverb standing alone: "If it ain't broke don't fix it.", by
  :func:`newsbrief.rewrite.unstated_antecedent`; a leading "It ... also" that refers back: "It is also the first
  visit to ...", by :func:`newsbrief.rewrite.it_also`), unless the sentence just before
  it in the brief is the one just before it in its article (for a quotation,
  or the sentence just after it, which names the speaker; for a second name, "It could also be called ...", only
  when that sentence gives a name: :data:`NAMED_AGAIN`);
* redundant pairs: two summary sentences that report the same fact
  (:func:`redundant_pairs`: the selector's own same-fact test,
  :func:`newsbrief.redundancy.facts_for`; its precision and recall are measured
  on the labelled pairs, ``bench/redundancy.py``);
* headlines: length in words, copies of a summary sentence (the same words,
  or a contiguous run of one sentence covering most of it), date lines and
  cut-off sentences;
* outlets shown as a file name, a hash or a dataset id;
* undated days: summary sentences that name a day relative to their dated
  article ("on Monday", "today") without the date shown beside it
  (:func:`undated_day`).

The detectors here are written apart from the selector's own checks
(:mod:`newsbrief.rewrite`), with broader word lists, so the counts do not
fall to zero by construction; two exceptions: the same-fact test, which
the counter and the selector share (one detector, described once: a count of
zero there says the greedy held to it, the labelled pairs say how right it
is), and the references inside a sentence ("here", "their" with nothing before
it, "the study" never introduced: :func:`newsbrief.rewrite.inside_reference`,
measured on the labelled brief sentences, ``bench/brief_sentences.py``). Their labelling rules are in ``docs/readability.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Settings
from ..headline import copies as headline_copies, is_cut_off, is_date_line, normalized, reads_as_no_headline
from ..model import Article, Brief
from .. import _patterns
from .._patterns import MEDIA_NOUN_RE, page_media_reference, writer_voice
from ..redundancy import facts_for
from ..rewrite import (INTERJECTED_CONNECTIVE_RE, IT_SPEAKER_RE, LEADING_DEFINITE_RE, NAMING_RE, bare_surname,
                       gives_antecedent, inside_reference, introduces, is_quotation_tail, it_also, unstated_antecedent)
from .datasets import read_clusters

#: Debris families (matched anywhere in a summary sentence, case-insensitive).
DEBRIS_RE = re.compile(
    r"this crawl was run|urls including their embeds|\bread more\b|\brelated:|\bsign up\b|\bsubscribe (?:to|now)\b"
    r"|\bfollow (?:us|him|her|@)|\bclick here\b|image caption|image copyright|\bphoto(?:graph)?:\s|\(photo\b"
    r"|getty images|\bap photo\b|\breuters/|all rights reserved|^\W*advertisement\b|please enter your"
    r"|\bshare this\b|join our mailing list|contact details in the form|newsletter|\bcorrection:\s"
    r"|an earlier version of this (?:article|story)|this (?:article|story) (?:was|has been) (?:updated|corrected)"
    r"|^\W*(?:importance|objective|objectives|results|conclusions?|background|methods|design|setting|participants)"
    r"(?:\s*:|(?-i:\s+[A-Z][a-z]+\s+[A-Z]))|\bwatch:\s|\bvideo:\s|^\W*(?:file|ap|afp) photo\b|\bcaption\b|\bcookies?\b.*\b(?:browser|site)\b"
    r"|javascript|\bemail (?:this|us)\b|\bterms of (?:use|service)\b|\bprivacy policy\b"
    # contact lines, notes on where a piece ran before, link prompts and social posts: "pfoutch(at)coxnews.com",
    # "call ... at 404-526-5456", "Address questions to ...", "This article was originally published with the
    # title ...", "See PDF with full results ... here.", "@GOPoversight is going to get the Comey memo"
    r"|[\w.+-]+\s?(?:@|\(at\)|\[at\])\s?[\w-]+\.(?:com|org|net|edu|gov|co)\b|(?<![\d\x22“‘'-])\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b"
    r"|^\W*(?:or\s+)?(?:address|send|direct|mail|e-?mail|call|phone|write)\b[^.]{0,40}\b(?:questions|letters|comments|"
    r"queries|tips|information)\b|\b(?:story|article|post|piece|essay|column|report|interview|review|feature)\b[^.]{0,30}"
    r"\b(?:originally|first) (?:appeared|ran|published|posted)\b"
    r"|^\W*a version of this\b|\b(?:see|read|view|watch|download|find|listen|copy|details)\b[^.!?]{0,100}\bhere\W*$"
    r"|^\W*(?:update[ds]?|correction|clarification|editor['’]?s note)\b[^.:]{0,60}:"
    # syndication credits and notes: "... NEWS SERVICE (Distributed by ...)", "(For use by clients of ...)",
    # "EDITORS: Visit ...", "moving today to clients of ...", "To purchase this ..."
    r"|\(distributed by\b|(?-i:^\W*(?:The |THE )?(?:[A-Z][\w.&'’-]* ){0,6}(?:News|NEWS|Wire|WIRE) (?:Service|SERVICE)\W*$)|\bfor use by (?:clients\b|[\w. ]{1,40}news service)"
    r"|^\W*editors?:|\bto (?:clients|subscribers) of\b|^\W*\(?to (?:purchase|publish) this\b|\bsales (?:executive|representative)"
    r"|\bquestions should be directed to\b|\bneed a resend\b"
    # a wire photo's caption: "The U.S. Capitol building is seen before ... in Washington, January 20, 2015."
    r"|\b(?:is|are) (?:seen|pictured)\b.*,\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?\s*$"
    # the newsroom's contact line and a wire story's reporting credit: "Contact the Breaking News Desk at
    # 215-..."; "Nicole Winfield reported from Vatican City."
    r"|^\W*contact (?:the |our |us )?[\w' ]{0,40}\b(?:at|:)\s*(?:\(?\d{3}\)?[ .-]\d{3}-\d{4}|\S+@\S+)"
    r"|(?-i:^\W*(?:[A-Z][\w.'’-]*\s+){2,4}(?:and\s+(?:[A-Z][\w.'’-]*\s+){2,4})?reported (?:from|in) [A-Z][\w.'’-]*"
    r"(?:,?\s+[A-Z][\w.'’-]*){0,4}\.?\W*$)"
    r"|\bcomments (?:for|on) this (?:post|story|article|entry|page) (?:are|have been) (?:now )?closed\b|^\W*read on (?:for|to)\b"
    # a byline's or outlet's time stamp: "<name> Tue Feb 19, 2013 7:44 PM"
    r"|^\W*(?:\S+\s+){0,6}(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4},?\s+\d{1,2}:\d\d"
    r"\s*(?:[ap]\.?m\.?)?\W*$",
    re.I,
)
#: Leading words that refer back (broader than the selector's list on purpose). Inside a quotation they are
#: the speaker's words: a quotation is checked for a named speaker instead.
LEADING_REFERENCE_RE = re.compile(
    r"^(?:He|She|They|Them|It|Its|Their|His|Her|Him|These|Those|This|That|Such|Both(?![^,.;]* and )|"
    r"Neither|Another|Others|The latter|The former|The two|The three|The same|Which|Whose)\b"
)
NON_REFERRING_RE = re.compile(
    r"^(?:It(?:'s|’s| is| was| has been| had been| will be| would be| remains| seems| appears| may be| could be|"
    r" is not| was not)\b[^.;]{0,60}?\b(?:that|whether|to|if|how|why|when|what|who)\b"
    r"|(?:This|That|These|Those) (?:year|week|month|morning|afternoon|evening|night|weekend|season|summer|winter|"
    r"spring|fall|autumn|decade|century|day)s?\b)"
)
LEADING_CONNECTIVE_RE = re.compile(
    r"^(?:(?:But|However|Also|And|Yet|Still|Moreover|Furthermore|Additionally|Nevertheless|"
    r"Nonetheless|Instead|Indeed|Thus|Therefore|Hence|So|Meanwhile|Otherwise|Likewise|Similarly|Then|Now|Plus|"
    r"Overall|Anyway|Consequently|Accordingly|Afterward|Afterwards|Later|Or)\b(?!-| far\b| much\b| many\b| called\b"
    r"| that\b| of\b)"
    r"|(?:Besides|In addition|Even so|In fact|As a result|By contrast|In contrast|On the other hand|At the same time),)"
)
#: A leading definite description of an event, act, document or finding ("The deal was aimed at ...",
#: "The move angered ...") whose noun is not made specific in the sentence (the next word is its verb).
#: It is resolved when an earlier summary sentence or the headline names the noun.
DEFINITE_RE = re.compile(
    r"^The\s+(?:(?:new|latest|proposed|planned|same|former|whole|entire|recent|initial|final|two|three)\s+)?"
    r"(?P<noun>move|moves|deal|deals|decision|agreement|accord|pact|treaty|truce|ceasefire|cease-fire|plan|plans|"
    r"proposal|announcement|measure|measures|step|incident|attack|attacks|assault|raid|strike|strikes|blast|"
    r"explosion|bombing|shooting|crash|accident|fire|report|reports|statement|comments|remarks|talks|meeting|summit|"
    r"visit|trip|vote|ruling|verdict|decree|bill|law|legislation|reform|change|changes|development|news|offer|bid|"
    r"case|operation|campaign|effort|efforts|initiative|action|event|episode|scandal|affair|finding|findings|study|"
    r"survey|poll|discovery|results?|claims?|allegations?|charges|lawsuit|suit|order|request|demands?|threat|"
    r"warning|letter|document|draft|idea|strategy|approach|process|situation|problem|issue|crisis|dispute|"
    r"protests?|arrests?|killings?|deaths|damage|outbreak|program|programme|project|policy|purchase|acquisition|"
    r"merger|sale|takeover|transaction|increase|rise|decline|drop|cuts?|victory|defeat|win|loss|suspension|ban|"
    r"resignation|appointment|nomination|departure|withdrawal|deployment|closure|release|figures?|total|amount|"
    r"sum|payment|agreements|talk|negotiations|conflict|violence|fighting|program|analysis|research|review|"
    r"investigation|probe|inquiry|paper|speech|interview|footage|video)"
    r"(?=,|\s+(?:was|is|were|are|has|had|have|will|would|could|can|may|might|must|should|did|does|do|also|still|"
    r"now|then|came|comes|follows|followed|marks|marked|means|meant|said|says|showed|shows|found|finds|suggests?|"
    r"[a-z]+ed)\b)"
)
#: A leading definite description of a person, a group of people or an animal, or someone given only an age,
#: right before its verb ("The 56-year-old woman is charged ...", "The co-workers had pooled ..."). Resolved when
#: the headline or a sentence before names the noun (or the age).
PERSON_DEFINITE_RE = re.compile(
    r"^The\s+(?:(?:[\w-]+\s+){0,3}?(?P<age>\d+)-year-old\b(?!\s+[A-Z][\w'’-]*\s+[A-Z])"
    r"|(?:(?:young|old|elderly|former|two|three|four|other|unidentified|lucky)\s+)?(?P<noun>man|woman|men|women|boy|"
    r"girl|boys|girls|child|children|baby|teen|teenager|teens|teenagers|couple|pair|victims?|suspects?|gunman|"
    r"shooter|attacker|driver|passengers?|pilot|jury|juries|jurors?|judge|prosecution|prosecutors?|defen[cs]e|"
    r"defendants?|plaintiffs?|co-workers|coworkers|workers|employees|colleagues|friends|neighbou?rs|parents|mother|"
    r"father|mom|dad|son|daughter|brother|sister|wife|husband|widow|girlfriend|boyfriend|fianc[eé]e?|students?|"
    r"teacher|patients?|doctor|nurse|researchers|scientists|authors|winners?|owners?|finders?|hikers?|survivors?|"
    r"inmates?|prisoners?|officers?|deputy|soldiers?|actor|actress|singer|player|animal|dog|cat|bear|rhino|"
    r"elephant|whale|shark)"
    r"(?:\s+and\s+the\s+[a-z-]+)?(?=,(?!\s+[A-Z][\w'’-]+\s+[A-Z])|\s+(?:was|is|were|are|has|had|have|will|would|could|can|may|might|must|"
    r"should|did|does|also|still|now|then|said|says|told|made|took|gave|went|got|found|left|came|won|lost|paid|"
    r"[a-z]+ed)\b))")
#: After a pronoun opening a clause: the pronoun stands for nothing before it ("Today it is clear that ...").
_NOT_ITS_REFERENT = (r"(?!\s+(?:is|was|'s|’s|remains|seems)\s+(?:not\s+)?(?:unclear|clear|likely|unlikely|possible|"
                     r"impossible|expected|hard|difficult|easy|time|important|true|worth)\b)")
#: An opening adverbial that points back ("In this case,", "This time,", "Days later,", "Eventually,"), or a
#: pronoun or demonstrative right after a short opening adverbial or a fronted clause ("Rather incredibly, this
#: wasn't ...", "When he left, he was beaming", "Since Smith's death in 1844, they have evolved ...").
ADVERBIAL_REFERENCE_RE = re.compile(
    r"^(?:In (?:this|that|such a|either|each) cases?|In (?:this|that) way|At (?:this|that) (?:point|time|stage)"
    r"|By then|Since then|Until then|Even then|After that|Before that|Despite (?:this|that)|Because of (?:this|that)"
    r"|For (?:this|that) reason|This time|That time|That (?:day|night|morning|evening)|The same day"
    r"|The (?:next|following) (?:day|morning|week)|At the time|Eventually|Afterwards?|Soon after(?:wards?)?"
    r"|Shortly after(?:wards?)?|(?:(?:Just|Only|Some|About|Nearly|Almost)\s+)?(?:(?:a|an|one|two|three|four|five|"
    r"a few|few|several|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?)\s+"
    r"(?:later|earlier|afterwards?))(?=,)"
    r"|^(?:When|While|After|Before|Since|If|Although|Though|As|Because|Once|Until|Unless)\s+(?:he|she|they|it|"
    r"his|her|their)\b[^,;]{0,160},\s+(?![A-Z][a-z]+\s+[A-Z])"
    r"|^(?:When|While|After|Before|Since|If|Although|Though|As|Because|Once|Until|Unless)\s+"
    r"(?:(?!\b(?:the|a|an|these|those|their|two|three|many|some|all|and)\b)[^,;])*,\s+(?:they|their)\b"
    # the same after a short adverb with no comma: "At least they can afford to laugh."
    r"|^(?:At least|At last|At first|Perhaps|Maybe|Probably|Possibly|Even|Only|So far|Already|Finally|Clearly|"
    r"Certainly|Surely|Of course|Sometimes|Often|Usually|Soon|Today|Yesterday|Tonight|Apparently|Obviously|Still|"
    r"Now|Then|Yet|Also|Again|Later|Instead|Ultimately|Eventually|Hopefully|Fortunately|Unfortunately|Luckily|Sadly)"
    r"\s+(?:he|she|they|it|this|these|those|his|her|their)\b(?!-)"
    + _NOT_ITS_REFERENT + r"(?!\s+(?:year|week|month|morning|"
    r"afternoon|evening|night|weekend|season|time)s?\b)"
    r"|^[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2},\s+(?:he|she|they|it|this|these|those|his|her|their)\b(?!-)"
    + _NOT_ITS_REFERENT)
_QUOTES_RE = re.compile(r"\"[^\"]*\"|“[^”]*”|``.*?''")
PRONOUN_SPEAKER_RE = re.compile(r"(?:[,.!?\"”'’]\s*|^\s*)(?:he|she|they|He|She|They)\s+(?:said|says|added|told|"
                                r"explained|noted|continued|insisted|argued|warned|wrote|asked|replied)\b"
                                r"|\b(?:said|says|added)\s+(?:he|she)\s*[.,]")
#: A name outside quotations: two capitalized words, or a titled one.
_NAMED_RE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z'’\-]+)+|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep)\.\s+[A-Z]")
#: Outlets that are a file name, a hash or a dataset id.
BAD_OUTLET_RE = re.compile(
    r"\.(?:txt|json|jsonl|html?|xml|gz|csv|md)$|^[0-9a-f]{8,}$|^\d+_[0-9a-z]+$|_[0-9a-f]{8,}$|^[A-Z]{2,4}\d{6,}"
    r"|^M\d{3,}$|^\d+$", re.I)

#: Longest acceptable headline, in words (the issue's target, whatever the settings say).
HEADLINE_WORDS = 15


#: :func:`unresolved_reason` for "It could also be called ...", "It is also known as ..." (a second name).
NAMED_AGAIN = "'It ... also' naming a second time"


def unresolved_reason(text: str) -> str | None:
    """Why ``text`` opens on context it does not give, or None. A leading
    definite description is "definite description" (resolved by the brief's
    context: :func:`check_brief`)."""
    if LEADING_CONNECTIVE_RE.match(text) or INTERJECTED_CONNECTIVE_RE.match(text):
        return "connective"  # (or one set off by commas in the first clause: "Republicans, meanwhile, are ...")
    if is_quotation_tail(text):
        return "end of a quotation"
    if writer_voice(text):
        return "first or second person"  # "we", "you", "I" outside quotations: whose?
    also = it_also(text)  # "It is also the first visit to ...": the selector's detector (newsbrief.rewrite.it_also)
    if also:
        return NAMED_AGAIN if also == "naming" else "pronoun or demonstrative"
    if NON_REFERRING_RE.match(text):
        return None
    if LEADING_REFERENCE_RE.match(text):
        return "pronoun or demonstrative"
    if ADVERBIAL_REFERENCE_RE.match(text):
        return "pointing adverbial"
    outside = _QUOTES_RE.sub(" ", text)
    m = PRONOUN_SPEAKER_RE.search(outside)
    if m and not _NAMED_RE.search(outside[: m.start()] + " " + outside[m.end() :]):
        return "pronoun speaker"
    t = text.lstrip()
    if (t[:1] in "\"“`" or t.startswith("''")) and IT_SPEAKER_RE.search(text):
        return "pronoun speaker"  # '"...," it said'
    if (t[:1] in "\"“`" or t.startswith("''")) and (
            len(outside.split()) < 2 or (t[0] == "“" and "”" not in t) or (t[0] == '"' and t.count('"') == 1)
            or (t.startswith("``") and "''" not in t) or (t.startswith("''") and "''" not in t[2:])):
        return "quotation with no speaker"  # (or one it never closes: it goes on in a paragraph not shown)
    if DEFINITE_RE.match(text):
        return "definite description"
    if PERSON_DEFINITE_RE.match(text):
        return "definite description of a person"
    return None


def _names_noun(noun: str, texts: Iterable[str]) -> bool:
    """Does any of ``texts`` name ``noun`` (the same stem)?"""
    from ..features import stem

    target = stem(noun.lower())
    return any(stem(w) == target for t in texts for w in re.findall(r"[a-z][a-z-]+", t.lower()))


#: A caption read as a sentence: it opens on the page's picture and says nothing happened ("A photo from the 1998
#: excavation, with the foot bones below ..."); "A photo of the suspect was released ..." is news.
CAPTION_OPENING_RE = re.compile(
    r"^\W*(?:an?|the|this)\s+(?:[\w-]+\s+)?(?:photo(?:graph)?|image|picture|rendering|illustration|screenshot)\s+"
    r"(?:from|of|shows?|showing|taken|released|provided|courtesy)\b(?!.*\b(?:is|are|was|were|has|have|had|will|would|"
    r"said|says)\b)", re.I)
_LETTER_WORD_RE = re.compile(r"\b[^\W\d_]{2,}\b")


def in_capitals(text: str) -> bool:
    """A sentence in capitals: a broadcast's closed captions, a shouted promotion, a credit line (four words or
    more, seven in ten of them in capitals)."""
    words = _LETTER_WORD_RE.findall(text)
    return len(words) >= 4 and sum(w.isupper() for w in words) >= 0.7 * len(words)


#: A social-media handle outside "the ... feed": in a summary sentence, a post's text scraped from an embed ("@GOPoversight
#: is going to get the Comey memo"); in a story title of a set of posts (CrisisLexT26), the post itself.
POST_HANDLE_RE = re.compile(r"(?<![\w.@])(?<!\bthe )@[A-Za-z_]\w{1,14}\b")


def is_debris(text: str, posts: bool = True) -> bool:
    """Whether ``text`` is scraping debris (:data:`DEBRIS_RE`, a caption, a line in capitals); with ``posts``, also
    a sentence naming a handle (:data:`POST_HANDLE_RE`: off for the titles of stories of posts)."""
    return (bool(DEBRIS_RE.search(text) or CAPTION_OPENING_RE.match(text)) or in_capitals(text)
            or posts and "@" in text and bool(POST_HANDLE_RE.search(text)))


def is_bad_outlet(outlet: str | None, article: Article | None = None) -> bool:
    if not outlet or not outlet.strip():
        return False  # an empty outlet is shown as nothing, not as a file name
    if article is not None and outlet in (article.id, article.path):
        return True
    return bool(BAD_OUTLET_RE.search(outlet.strip()))


@dataclass
class BriefCheck:
    """What one brief shows a reader that it should not: each list holds the offending texts."""

    sentences: int = 0
    debris: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    redundant: list[tuple[str, str]] = field(default_factory=list)
    headline: str = ""
    headline_words: int = 0
    headline_copy: bool = False
    headline_bad: bool = False  # date line, cut off, debris, or no headline (a question, the writer's voice)
    outlets: int = 0
    bad_outlets: list[str] = field(default_factory=list)
    edited: int = 0
    #: citations of other articles (each summary sentence's own is not counted)
    citations: int = 0
    #: sentences naming a day only relative to their dated article ("on Monday", "today") that show no date
    undated_days: list[str] = field(default_factory=list)
    #: (summary sentence, evidence) of citations whose evidence, in another article, is under
    #: :data:`SHORT_EVIDENCE_WORDS` words: a heading, a caption, a name alone rarely states a claim (docs/citations.md)
    short_evidence: list[tuple[str, str]] = field(default_factory=list)


#: Evidence shorter than this (words) is counted by :attr:`BriefCheck.short_evidence` (the number of words alone,
#: whatever it shares with the claim: written apart from :func:`newsbrief.support.is_fragment`).
SHORT_EVIDENCE_WORDS = 6


#: A day named only relative to when the article was written (written apart from :mod:`newsbrief.glosses`).
RELATIVE_DAY_RE = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Tt]oday|[Yy]esterday|[Tt]omorrow|"
                             r"[Tt]onight)\b")


def undated_day(sentence) -> bool:
    """Does ``sentence`` (a :class:`~newsbrief.model.SummarySentence`) name a day relative to its article's date,
    from an article with a publication date, without the date shown beside it?"""
    article = sentence.source.article if sentence.source is not None else None
    if article is None or article.date is None or article.date_from_text:
        return False
    shown = [(d.start, d.end) for d in sentence.dates if d.granularity == "day"]
    return any(not any(a <= m.start() < b for a, b in shown) for m in RELATIVE_DAY_RE.finditer(sentence.text))


def _follows(first, second) -> bool:
    """Is ``second`` the sentence right after ``first`` in the same article?"""
    return (first is not None and second is not None and first.source is not None and second.source is not None
            and first.source.article_id == second.source.article_id and first.source.index == second.source.index - 1)


def redundant_pairs(texts: Sequence[str], pool: Sequence[str], encoder=None,
                    settings: Settings | None = None) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of ``texts`` that report the same fact, by the selector's own same-fact test
    (:func:`newsbrief.redundancy.facts_for` at ``settings.selection``, IDF over ``texts`` and ``pool``, the brief's
    source sentences): one detector, described in docs/readability.md ("The same-fact test") and measured on the
    labelled pairs (``bench/redundancy.py``). With a sentence representation ``encoder``
    (:mod:`newsbrief.embed`) it counts paraphrases as the selector does; without it, the lexical rule only."""
    sel = (settings or Settings()).selection
    facts = facts_for(list(texts) + list(pool), sel, (settings or Settings()).citations.model if encoder else "tfidf",
                      encode=encoder)
    return facts.redundant_pairs(range(len(texts)))


def check_brief(brief: Brief, encoder=None, settings: Settings | None = None) -> BriefCheck:
    """Count what :mod:`this module <newsbrief.eval.readability>` detects in one
    brief; ``encoder``: the sentence representation for paraphrased repeats
    (lexical repeats only without it); ``settings``: the same-fact test's thresholds (the selector's)."""
    out = BriefCheck(sentences=len(brief.summary), headline=brief.headline)
    summary = brief.summary
    for k, s in enumerate(summary):
        if is_debris(s.text):
            out.debris.append(s.text)
        reason = unresolved_reason(s.text)
        earlier = [brief.headline] + [x.text for x in summary[:k]]
        if reason == "definite description" and _names_noun(DEFINITE_RE.match(s.text).group("noun"), earlier):
            reason = None
        if reason == "definite description of a person":
            m = PERSON_DEFINITE_RE.match(s.text)
            if (_names_noun(m.group("noun"), earlier) if m.group("noun")
                    else any(re.search(r"\b" + m.group("age") + r"\b", t) for t in earlier)):
                reason = None
        if reason is None and s.source is not None:
            name = bare_surname(s.text, s.source.article.body)
            if name and not any(introduces(t, name) for t in earlier):
                reason = "surname never introduced"
        if reason is None:
            # a reference inside the sentence (the selector's own detector, newsbrief.rewrite.inside_reference): "based
            # here" (the dateline is not shown), "their ability" with nothing before it, "the study" never introduced;
            # resolved by an earlier bullet that names the study, or the bullet before that gives the pronoun's referent
            ref = inside_reference(s.text)
            if ref and not (ref[0] == "definite" and _names_noun(ref[1], earlier)
                            or ref[0] == "pronoun" and k and gives_antecedent(ref[1], summary[k - 1].text)):
                reason = {"pronoun": "pronoun inside the sentence", "here": "'here' (the dateline's place)",
                          "this": "'this country' or 'this city' (the dateline's place)",
                          "definite": "unintroduced study or report"}[ref[0]]
        if reason is None:
            # a leading definite with a capitalized modifier or a present tense the counter's own list does not
            # read ("The Arizona study raises questions."): the selector's detector, resolved by an earlier bullet or
            # the headline that names the noun
            m = LEADING_DEFINITE_RE.match(s.text)
            if m and not _names_noun(m.group("noun"), earlier):
                reason = "definite description"
        if reason is None:
            # a leading quantifier with a verb ("Others announce that ..."), an opening gerund's object pronoun
            # ("Losing it leaves ..."), a definite after a leading adverbial ("So far the results are ..."), a closing
            # connective ("..., however."): the selector's detector, newsbrief.rewrite.unstated_antecedent; a definite
            # is resolved by an earlier bullet or the headline that names its noun
            lean = unstated_antecedent(s.text)
            if lean and not (lean[0] == "definite" and _names_noun(lean[1], earlier)):
                reason = {"quantifier": "quantifier with no noun", "object": "pronoun object of an opening gerund",
                          "definite": "definite description", "connective": "closing connective",
                          "summing-up": "summing-up connective", "proverb": "proverb standing alone"}[lean[0]]
        if reason is None and page_media_reference(s.text) and not any(MEDIA_NOUN_RE.search(t) for t in earlier):
            reason = "reference to the page's media"
        if reason == NAMED_AGAIN:
            # "It could also be called ...": resolved only by the sentence before it in its article naming something
            if not (k and _follows(summary[k - 1], s) and NAMING_RE.search(summary[k - 1].text)):
                out.unresolved.append(s.text)
        elif reason and not (_follows(summary[k - 1] if k else None, s) or (
                reason == "quotation with no speaker" and _follows(s, summary[k + 1] if k + 1 < len(summary) else None))):
            out.unresolved.append(s.text)
        if s.edits:
            out.edited += 1
        out.citations += max(0, len(s.citations) - 1)
        if undated_day(s):
            out.undated_days.append(s.text)
        out.short_evidence += [(s.text, c.text) for c in s.citations[1:] if len(c.text.split()) < SHORT_EVIDENCE_WORDS]
    texts = [s.text for s in brief.summary]
    if len(texts) > 1:
        pool = [x.text for a in brief.sources for x in a.sentences]
        out.redundant = [(texts[i], texts[j]) for i, j in redundant_pairs(texts, pool, encoder, settings)]
    out.headline_words = len(brief.headline.split())
    out.headline_copy = headline_copies(brief.headline, texts)
    out.headline_bad = (is_date_line(brief.headline) or is_cut_off(brief.headline) or is_debris(brief.headline)
                        or reads_as_no_headline(brief.headline) is not None)
    shown = {a.outlet: a for a in brief.sources}
    out.outlets = len(shown)
    out.bad_outlets = [o for o, a in shown.items() if is_bad_outlet(o, a)]
    return out


@dataclass
class ReadabilityRow:
    """Readability counts over one dataset's briefs."""

    dataset: str
    words: int
    briefs: int = 0
    sentences: int = 0
    debris: int = 0
    unresolved: int = 0
    redundant_pairs: int = 0
    edited: int = 0
    headline_words_max: int = 0
    headline_words_mean: float = 0.0
    headlines_over: int = 0
    headline_copies: int = 0
    headline_bad: int = 0
    outlets: int = 0
    bad_outlets: int = 0
    undated_days: int = 0
    citations: int = 0
    short_evidence: int = 0
    examples: dict[str, list[Any]] = field(default_factory=dict)

    def add(self, check: BriefCheck, max_words: int, keep: int) -> None:
        self.briefs += 1
        self.sentences += check.sentences
        self.debris += len(check.debris)
        self.unresolved += len(check.unresolved)
        self.redundant_pairs += len(check.redundant)
        self.edited += check.edited
        self.headline_words_max = max(self.headline_words_max, check.headline_words)
        self.headline_words_mean += (check.headline_words - self.headline_words_mean) / self.briefs
        self.headlines_over += check.headline_words > max_words
        self.headline_copies += check.headline_copy
        self.headline_bad += check.headline_bad
        self.outlets += check.outlets
        self.bad_outlets += len(check.bad_outlets)
        self.undated_days += len(check.undated_days)
        self.citations += check.citations
        self.short_evidence += len(check.short_evidence)
        for name, items in (("debris", check.debris), ("short_evidence", check.short_evidence), ("unresolved", check.unresolved), ("undated_days", check.undated_days),
                            ("redundant", check.redundant), ("bad_outlets", check.bad_outlets),
                            ("headline_copies", [check.headline] if check.headline_copy else []),
                            ("headline_bad", [check.headline] if check.headline_bad else [])):
            bucket = self.examples.setdefault(name, [])
            bucket.extend(items[: max(0, keep - len(bucket))])

    @property
    def unresolved_share(self) -> float:
        return self.unresolved / max(1, self.sentences)

    def to_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["unresolved_share"] = round(self.unresolved_share, 4)
        d["headline_words_mean"] = round(self.headline_words_mean, 2)
        return d


def readability(path: str | Path, words: int, limit: int | None = None, settings: Settings | None = None,
                keep_examples: int = 20) -> ReadabilityRow:
    """Brief every cluster of one dataset file as a user gets it (the
    :class:`~newsbrief.selection.Selector` without the evaluation's overflow,
    then the :class:`~newsbrief.glosses.DateGlosser` unless
    ``selection.date_glosses`` is off) and count what :func:`check_brief` finds."""
    from ..glosses import DateGlosser
    from ..selection import Selector
    from . import prepare_cluster
    from .datasets import dataset_name

    from ..embed import encoder

    settings = settings or Settings()
    selector = Selector(settings)
    model = encoder(settings.citations.model)
    row = ReadabilityRow(dataset_name(path), words)
    for cluster in read_clusters(path, limit):
        prepared = prepare_cluster(cluster, settings)
        if not prepared.articles:
            continue
        brief = selector(Brief(articles=prepared.articles, words=words))
        if settings.selection.date_glosses:
            brief = DateGlosser(settings)(brief)
        row.add(check_brief(brief, model, settings), HEADLINE_WORDS, keep_examples)
    return row


# -- story titles as a reader sees them (independent of newsbrief.headline's own checks) -------------------------

#: Words a title that is a whole headline or sentence does not stop on (a cut-off sentence).
_TITLE_DANGLING = frozenset(
    "a an the of to in on at by for from with and or nor but as that which who whom whose than into onto upon "
    "about after before during between against its their his her our your my this these those is are was were "
    "be been being has have had do does did will would can could should shall may might must not no such "
    "very so if when while whether because where since until although though via per like amid despite "
    "including according toward towards".split())
_TITLE_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
                 "august|september|october|november|december")
_TITLE_WEEKDAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: What a date line is made of: dates, weekdays, times, time zones, "updated"/"published" and filler.
_DATE_WORD_RE = re.compile(
    r"^(?:" + _TITLE_MONTHS + "|" + _TITLE_WEEKDAYS + r"|\d+(?:st|nd|rd|th)?|am|pm|a\.m|p\.m|gmt|utc|bst|cet|"
    r"[ecmp][sd]?t|at|on|of|updated|published|posted|last|modified|date|time|hrs?|ist|edt|est|pdt|pst)$", re.I)
#: Ids and file names: a hash, a uuid, a file with an extension, a dataset id ("12_1ecbplus", "gn00123").
_TITLE_ID_RE = re.compile(
    r"\b(?=[0-9]*[a-f])(?=[a-f]*[0-9])[0-9a-f]{10,}\b|_[0-9a-f]{8,}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-|\.(?:txt|jsonl?|html?|xml|gz|csv|pdf)\b"
    r"|\b\d+_\d*[a-z]+\b"
    r"|\b(?:gn|tw)\d{4,}\b|\bT\d+_ecb|\bD\d{4,}[A-Z]?\b|^\W*(?:APW|NYT|XIE)\d{6,}|https?://|\bwww\.\w", re.I)
#: Crawler and page furniture the readability debris pattern has no family for.
_TITLE_DEBRIS_RE = re.compile(r"crawl data|wayback machine|javascript is (?:disabled|required|off)|enable javascript"
                              r"|your browser|cookies? (?:policy|settings)|&[a-z]{2,6};|\b(?:caption|file photo)\b",
                              re.I)
#: A particle, not a preposition, ending a sentence: "nothing going on", "the storm is moving in".
_TITLE_PARTICLE_END_RE = re.compile(r"\b(?:\w+ing|go|goes|went|come|comes|came|carry|move|moved|hold|held|drags?)\s+"
                                    r"(?:on|in|over)\W*$", re.I)
#: Lower-case function words of the languages posts mix in (a post in Spanish, Italian, Tagalog ... cut short:
#: "Sismo en Mexico y"); capitalized forms ("LA", "Generation Y") are English titles' words.
_TITLE_FOREIGN_DANGLING = frozenset("y e de del el los las por para que en di il per che ng sa na ang mga und der".split())
#: A post's short form of a function word at the end: "City can cover w/", "... infrastructure b/c".
_TITLE_SHORT_FORM_END_RE = re.compile(r"(?:^|\s)(?:b/c|w/o|w/|bc|coz|cuz|(?:you|we|they|he|she)['’](?:re|ll|ve|d))\W*$",
                                      re.I)
#: Emoticons (":(", ":'(", ";)", ":-)") are no brackets left open.
_EMOTICON_RE = re.compile(r"[:;=]['’-]?[()\[\]DPp]+(?=\s|$)|\s[()](?=\s|$)")
#: A place in capitals opening a dateline: "INDONESIA, ", "LONDON (Reuters) - ".
_PLACE_RE = re.compile(r"^[A-Z][A-Z .'’-]{2,30}(?:\([^)]{1,20}\))?\s*[,:–—-]\s*")
#: Short words that are shouting when in capitals ("THE DÁIL IS"), though short enough for acronyms.
_CAPS_FUNCTION_WORDS = frozenset("the an is are was were to of in on at for and or it we you he she they not".split())
#: Title words that are not shouting when in capitals (acronyms of two or three letters are not, either).
_CAPS_OK = re.compile(r"^[A-Z]{1,3}\d*$|^[IVXLC]+$")


#: A title that opens on a full date: a page's date line run into (or cut instead of) its heading.
_OPENS_ON_DATE_RE = re.compile(r"(?i:" + _patterns.DATE_PATTERN + r")(?:\s|[-–—|:]|$)")


def title_problems(title: str, lowercase_set: bool = False) -> list[str]:
    """What a reader would not take as a story title, by rule (docs/readability.md, "Story titles"):
    ``date line`` (nothing but dates, weekdays, times and "updated", or opening on a full date), ``cut off`` (ends on a function word, a
    comma, colon, slash, hyphen or ellipsis; an unclosed quote or bracket; opens in lower case mid-sentence
    unless the whole set is lower-cased, ``lowercase_set``), ``id or file name`` (or a web address), ``all caps``
    (two or more words in capitals beyond short acronyms), ``over 15 words``, ``debris`` (crawler or page furniture,
    an HTML entity, a caption), ``empty``. Written apart from :mod:`newsbrief.headline`'s own checks, so it
    can find what they let through."""
    t = _EMOTICON_RE.sub("", " ".join((title or "").split())).strip()
    if not re.search(r"[A-Za-z]", t):
        return ["empty"]
    out = []
    words = re.findall(r"[A-Za-z0-9][\w.'’-]*", t)
    dated = _PLACE_RE.sub("", t)  # "INDONESIA, July 2, 2013"
    words = re.findall(r"[A-Za-z0-9][\w.'’-]*", dated)
    if (words and all(_DATE_WORD_RE.match(w.strip(".'’")) for w in words) and re.search(r"\d", dated)
            or _OPENS_ON_DATE_RE.match(t)):  # "21 July 2013 Last", "27 / 09 / 2013-Turkmenistan to hold ..."
        out.append("date line")
    last = re.findall(r"[A-Za-z0-9]+", t)
    if (re.search(r"(?:[,;:/(\-–—&|+]|\.\.\.|…)\s*$", t)
            or (last and last[-1].lower() in _TITLE_DANGLING and not _TITLE_PARTICLE_END_RE.search(t))
            or t.split()[-1].strip(".,;:!?\"'“”‘’()[]") in _TITLE_FOREIGN_DANGLING
            or _TITLE_SHORT_FORM_END_RE.search(t)
            or t.count("(") != t.count(")") or t.count("“") != t.count("”") or t.count('"') % 2
            or (not lowercase_set and t[:1].islower())):
        out.append("cut off")
    if _TITLE_ID_RE.search(t):
        out.append("id or file name")
    caps = [w for w in re.findall(r"(?<![#@\w])[^\W\d_][\w'’]*", t)  # not a hashtag's or handle's, names as written
            if w.isupper() and (not _CAPS_OK.match(w) or w.lower() in _CAPS_FUNCTION_WORDS)]
    if len(caps) >= 2:
        out.append("all caps")
    if len(t.split()) > HEADLINE_WORDS:
        out.append("over 15 words")
    if _TITLE_DEBRIS_RE.search(t) or is_debris(t, posts=False):
        out.append("debris")
    return out


@dataclass
class TitleRow:
    """Story titles of one clustering set (gold stories) and the bad ones."""

    dataset: str
    stories: int = 0
    date_lines: int = 0
    cut_off: int = 0
    over: int = 0
    examples: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def story_titles(path: str | Path, settings: Settings | None = None, keep_examples: int = 20,
                 max_articles: int | None = None) -> TitleRow:
    """The title :func:`~newsbrief.headline.story_title` gives each gold story of a
    clustering set (one article per line, with a ``cluster`` key), checked for date
    lines, cut-off sentences and length. ``max_articles`` keeps the first articles
    of each story (the title of a story as it starts)."""
    import gzip
    import json
    from collections import defaultdict

    from ..errors import InputError
    from ..headline import story_title
    from ..ingest import article_from_dict
    from .datasets import dataset_name

    settings = settings or Settings()
    groups: dict[str, list[Article]] = defaultdict(list)
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            group = groups[str(d["cluster"])]
            if max_articles is None or len(group) < max_articles:
                try:
                    group.append(article_from_dict(d, settings))
                except InputError:
                    continue  # not English, or empty: not in a brief either
    row = TitleRow(dataset_name(path))
    for arts in groups.values():
        if not arts:
            continue
        title = story_title(arts, settings)
        row.stories += 1
        bad = False
        if is_date_line(title):
            row.date_lines += 1
            bad = True
        if is_cut_off(title):
            row.cut_off += 1
            bad = True
        if len(title.split()) > HEADLINE_WORDS:
            row.over += 1
            bad = True
        if bad and len(row.examples) < keep_examples:
            row.examples.append(title)
    return row


__all__ = ["BriefCheck", "ReadabilityRow", "TitleRow", "check_brief", "headline_copies", "is_bad_outlet",
           "is_debris", "readability", "story_titles", "title_problems", "unresolved_reason"]
