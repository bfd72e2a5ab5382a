"""Select: choose summary sentences under a word budget and cite their sources.

The summarizer maximizes coverage of *concepts* (stemmed bigrams, after
Gillick & Favre 2009). A concept's weight is how many distinct articles
report it (cross-source frequency; a concept of a single article counts
``selection.single_source_weight``) plus a position mass: each article adds
``selection.position_weight / (1 + i)`` where ``i`` is the index of its first sentence
holding the concept, since news puts what matters first. A sentence's value is
the weight of the concepts it adds, plus a lead bonus for sentences early in
their article, divided by its length to the power ``selection.length_exponent``. A
concept counts once, so a sentence repeated by several outlets adds nothing
the second time: sentences that say the same thing are merged and cite every
outlet that carries them. When the budget has room for a lead sentence from
every article, sentences from articles not yet covered get an extra lead
bonus (source coverage), so the summary draws on every source. A concept in
an article's title (a bigram of the title, or, at half the boost, a bigram of
two title words) weighs more: headlines name the event.

The budgeted greedy is lazy (Minoux's accelerated greedy): a sentence's value
can only fall as concepts get covered, so stale values are upper bounds and
most sentences are never re-scored; cost stays near-linear in cluster size.
The best of the greedy and the best single sentence keeps the (1 - 1/e)/2
guarantee of Khuller et al. for budgeted coverage. With ``overflow`` (the
evaluation protocol: whole sentences, then a cut at the budget), the last
sentence may run past the budget; it is valued by the words that fit and shown
last, so the cut falls on it and not on a sentence chosen earlier.

Every constant below was chosen by ROUGE on all four datasets of
``docs/benchmarks.md`` at once (newswire clusters with several references
and Multi-News), never on one: see that file for what each idea gave.

What a reader sees is checked as well (``docs/readability.md``): a sentence
is shown as it can stand alone (:mod:`newsbrief.rewrite`: a leading
connective deleted, a pronoun speaker named; a sentence that still leans on
an unshown one is shown only right after the one it leans on); a sentence
that reports a fact already chosen (:mod:`newsbrief.redundancy`) is not
chosen again, and its article is cited by the one that was; the summary
reads in the order of the events' dates where they are known
(:func:`event_date`), else in the order of importance (lead sentences
first); the headline names the story from its articles alone
(:mod:`newsbrief.headline`).

Citations (:class:`CitationIndex`): an article supports a summary sentence
when one of its sentences states the same content, reworded (TF-IDF) or
paraphrased (a sentence representation, :mod:`newsbrief.embed`), with no
disagreeing number. Citations never change which sentences are selected.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from itertools import filterfalse
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from . import _patterns
from .clean import tex_quotes
from .config import Settings
from .embed import brief_memo
from .features import bigram_concepts, content_stems, content_terms, stems, word_count
from .headline import (choose_headline, compress, headline_parse_model, is_cut_off, reads_as_no_headline,
                       shortened)
from .headline import copies as headline_copies
from .model import Brief, BriefStage, Citation, Sentence, SummarySentence
from .redundancy import LexicalFacts, ParaphraseFacts, facts_for
from .rewrite import (IT_ALSO_NAMING, NAMING_RE, PROVERB, close_quotation, dangling_reason, name_in_full, names_speaker,
                      rewrite, strip_dateline, title_case_line)
from .support import CitationIndex


@dataclass
class Part:
    """One source sentence of a candidate, as shown."""

    sentence: Sentence
    text: str
    edits: list[str]

    @cached_property
    def terms(self) -> set[str]:
        return set(content_terms(self.text))


@dataclass
class Candidate:
    """A unit the greedy chooses: one sentence, or a sentence that leans on the
    one before it together with that one (shown one after the other)."""

    sentence: Sentence  # the first part's
    text: str
    words: int
    concepts: set[tuple[str, str]]
    lead: float
    parts: list[Part]
    #: Position in the candidate list (the redundancy index's row).
    row: int = 0
    #: Stemmed content words (the redundancy index's representation).
    terms: list[str] = field(default_factory=list)
    #: For a sentence that leans on the one before it, shown alone: that sentence's
    #: (article id, index); it is chosen only once that sentence is, and shown right after it.
    after: tuple[str, int] | None = None
    #: The redundancy index's rows a same-fact test compares: the candidate's own and, for one of several
    #: parts, each part's (a repeat of one part is a repeat, though the parts together read apart).
    fact_rows: list[int] = field(default_factory=list)

    @property
    def keys(self) -> set[tuple[str, int]]:
        return {(p.sentence.article_id, p.sentence.index) for p in self.parts}


def event_date(sentence: Sentence, undated: dt.date | None = None) -> dt.date | None:
    """The date of what ``sentence`` reports: the date it names
    (:func:`named_date`), else its article's date (``undated`` for an article
    that gives none); None when neither is known."""
    return named_date(sentence, undated) or sentence.article.date or undated


def named_date(sentence: Sentence, undated: dt.date | None = None) -> dt.date | None:
    """The first day, weekend or week ``sentence`` names that is not after its
    article's date (a past or present event, resolved against the article's
    date: "on Monday", "Jan. 19"); None when it names none. ``undated``: the
    date taken for an article that gives none (the story's date,
    :func:`story_date`), so that "on Monday" in an undated article still
    resolves. A date that is not its main event's (``_patterns.DATE_NOT_MAIN_BEFORE_RE``: "the tsunami of
    December 26, 2004", ", killing 217 people on Oct. 31") does not count."""
    from .analyze.timeline import find_dates

    anchor = sentence.article.date or undated
    text = sentence.text
    for start, _end, _expr, when, since in find_dates(text, anchor):
        if since or when.granularity not in ("day", "weekend", "week"):
            continue
        if _patterns.DATE_NOT_MAIN_BEFORE_RE.search(text[:start]):
            continue
        if anchor is None or when.start <= anchor + dt.timedelta(days=1):
            return when.start
    return None


def is_backstory(text: str) -> bool:
    """Does ``text`` tell what was planned or had happened before the event
    (``_patterns.BACKSTORY_RE``: "was due to sign", "had agreed") in its main
    clause, and not in reported speech?"""
    m = _patterns.BACKSTORY_RE.search(text)
    return bool(m) and not _patterns.BACKSTORY_CLAUSE_RE.search(text[: m.start()]) \
        and not _patterns.BACKSTORY_CANCEL_RE.search(text)


def is_update(text: str) -> bool:
    """Does ``text`` say how long after an earlier event it comes (``_patterns.UPDATE_RE``: "a week after",
    "eleven days ago", "the first anniversary", "an aftershock")?"""
    return bool(_patterns.UPDATE_RE.search(text))


def story_date(articles) -> dt.date | None:
    """The median date of the dated ``articles`` (the day an undated copy of
    the story most likely reports from), None when none is dated."""
    dates = sorted(a.date for a in articles if a.date is not None)
    return dates[(len(dates) - 1) // 2] if dates else None


#: A sentence that only says how someone spoke or how plain a message was, ending there: its content is the next
#: sentence ("Speaking on Saturday morning, President François Hollande was unequivocal.", "The message was clear.")
_TEASER_RE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+|equally\s+|just\s+as\s+)?"
                        r"(?:unequivocal|blunt|emphatic|adamant|defiant|direct|clear|candid|frank|succinct|forthright|"
                        r"unambiguous|categorical|resolute|firm|even blunter|blunter|clearer)\.$")


#: A short label and its colon opening a line: a spec sheet's or a fact box's field ("OS: Android 4.4.2 ...").
_FIELD_LINE_RE = re.compile(r"^[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,2}:\s")


def _is_candidate_text(text: str, settings: Settings) -> bool:
    n = word_count(text)
    if n < settings.selection.min_sentence_words or n > settings.selection.max_sentence_words:
        return False
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in '.!?"”\'’)':
        return False  # headings, captions, menu lines
    if stripped.endswith("?"):
        return False  # questions rarely state what happened
    if stripped.endswith(".") and " " in stripped and _TEASER_RE.search(stripped):
        return False  # "President Hollande was unequivocal.": what he said comes next (shown with it, as context)
    if stripped.endswith(")") and (title_case_line(stripped) or _FIELD_LINE_RE.match(stripped)):
        return False  # a table's or a section's heading, a spec sheet's field: "Web Browsing Battery Life (4G LTE)",
        # "OS: Android 4.4.2 KitKat (with ... on top)" (no full stop after the bracket)
    if _is_parenthetical(stripped):
        return False  # an editor's note or a source reference: "(The Press Democrat is part of ...)", "(... p. 3)."
    lowered = stripped.lower() if stripped.isascii() else None  # (the cue checks of an ASCII text share it)
    if _patterns.cued_search(_patterns.PROMPT_SENTENCE_RE, _patterns.PROMPT_SENTENCE_CUES, stripped, lowered):
        return False  # "To learn more, click here.": a prompt inside a paragraph the cleaner kept
    if _patterns.names_handle(stripped):
        return False  # "@GOPoversight is going to get the Comey memo": an embedded post, not the story's reporting
    if _patterns.LIST_ITEM_RE.match(stripped) or _patterns.QUOTE_TITLE_RE.match(stripped):
        return False  # a listicle's numbered item, a title line quoting someone
    if _patterns.is_form_field(stripped):
        return False  # "Suggested Dose: 1,200 mg a day ...": a fact box's field, not a sentence of the story
    if _patterns.writer_voice(stripped):
        return False  # "I adore Betty White.": the writer's (or an unnamed "we"'s) voice, not the story's
    if sum(map(str.isupper, stripped[:40])) >= 15 and _patterns.shouts_throughout(stripped):
        return False  # a broadcast's closed captions, a credit line: "LOCAL 6 COVERED THIS LOTTERY WINNER BEFORE."
    return not _is_fragment(stripped, lowered)


#: Why a sentence with no quote mark of its own leans on the one before it: it opens inside a quotation an
#: earlier sentence of its paragraph left open, so it is someone's words, shown only with the sentence that opens
#: the quotation (:meth:`Selector._candidates`).
INSIDE_QUOTATION = "inside a quotation"
_QUOTE_MARK_IN_RE = _patterns.DOUBLE_QUOTE_MARK_RE
#: Opening and closing double quote marks counted for "inside a quotation": curly ones, and the TeX marks of wire
#: copy whose quotations are kept as written (``clean.tex_double_quotes`` off): 'an ad that asked, ``PREGNANT?' |
#: 'Young couple wishes to adopt baby.' | 'Call Mary, 289-2229.''' (DUC 2006 D0627I: the middle one was a summary
#: sentence, the ad's words shown as the writer's).
_OPENING_MARKS = ("“", "``")
_CLOSING_MARKS = ("”", "''")
#: A straight double mark that is a quotation's, not a unit's: none right after a digit ("6 feet 2\"", a time
#: "3h 51' 03\"").
_STRAIGHT_MARK_RE = re.compile(r'(?<!\d)"')
_UNIT_MARK_RE = re.compile(r'(?<=\d)"')
#: How many paragraphs with no quote mark may go on a quotation an earlier paragraph left open, when a later one
#: closes it (:func:`_continued_paragraphs`): a statement printed one sentence a paragraph, its middle lines unmarked.
CONTINUED_PARAGRAPHS = 4


def _continued_paragraphs(sentences) -> dict[int, str]:
    """Paragraphs that go on a quotation an earlier paragraph left open, though they open on no quote mark: a
    statement printed one sentence a line ('"For a while I couldn't even tell my daughter.' / 'Being asked to play
    the Doctor is an amazing privilege.' / '... I can't wait to get started."'). A paragraph counts when the
    paragraph before left a quotation open, it and any between hold no quote mark, and a later paragraph at most
    :data:`CONTINUED_PARAGRAPHS` on opens on no mark and closes the quotation: its first mark is a closing one of
    the kind left open (a closing curly or TeX mark, or a straight mark when its straight marks are odd; a straight
    mark right after a digit is a unit's, never counted). The common way to go on a quotation (the next paragraph
    opens on a mark) needs none of this; an open mark never closed (a typo, an inch sign) carries nothing. Each such
    paragraph maps to the kind of mark left open, "curly" or "straight"."""
    paragraphs: dict[int, list[str]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s.text)
    order = sorted(paragraphs)
    texts = ["\n".join(paragraphs[p]) for p in order]

    def marks(text):
        # (a straight mark right after a digit is a unit, not a quotation: 6 feet 2", "3h 51' 03"")
        first = _QUOTE_MARK_IN_RE.search(_UNIT_MARK_RE.sub(" ", text))
        return (sum(map(text.count, _OPENING_MARKS)) - sum(map(text.count, _CLOSING_MARKS)),
                len(_STRAIGHT_MARK_RE.findall(text)), first)

    out: dict[int, str] = {}
    for i, text in enumerate(texts[:-1]):
        curly, straight, _ = marks(text)
        if curly <= 0 and straight % 2 == 0:
            continue  # the paragraph leaves nothing open
        for j in range(i + 1, min(len(texts), i + 2 + CONTINUED_PARAGRAPHS)):
            later = texts[j].lstrip()
            if later[:1] in "\"“‘'`":
                break  # opens on a mark: a new quotation, or the common way to go on one
            c, st, first = marks(later)
            if first is None:
                continue  # a line of the statement, unmarked
            if (curly > 0 and first.group() in _CLOSING_MARKS) or (curly <= 0 and first.group() == '"' and st % 2 == 1):
                # (its first mark closes, of the kind left open: '"Thanks,” she quipped' opens no straight quotation
                # that a later '“You know ..."' closes)
                kind = "curly" if curly > 0 else "straight"
                out.update((order[k], kind) for k in range(i + 1, j + 1))  # closed here: the lines between went on
            break
    return out


#: Summary sentences (from the first) tried for a headline when the one chosen from the pages reads as none.
HEADLINE_FROM_SUMMARY = 3


#: Interjections that open a sentence ("Yes, women make a lot less", "Well, Republicans have ...").
_INTERJECTIONS = r"(?:Yes|No|Well|Oh|OK|Okay|So|Sure|Indeed)"
#: Openings of a compressed sentence that leave no news: an interjection, an aside to the reader ("For those
#: keeping track").
_NO_NEWS_OPENING_RE = re.compile(r"^" + _INTERJECTIONS + r"\b|^For (?:those|anyone|anybody|you)\b")


#: An interjection and its comma opening a point that becomes the headline: it goes.
_INTERJECTION_RE = re.compile(r"^" + _INTERJECTIONS + r",\s+(?=\w)")


def _stands_as_headline(text: str) -> bool:
    """Can ``text``, compressed from a summary sentence, replace a headline that reads as none?"""
    return not (reads_as_no_headline(text) or is_cut_off(text) or dangling_reason(text)
                or _NO_NEWS_OPENING_RE.match(text) or _patterns.writer_voice(text))


def _is_parenthetical(text: str) -> bool:
    """Is ``text`` one bracketed aside from its first character to its last (a full stop after the bracket
    allowed)? "(Labor union official 302, February 3, 2009 p. 3)." is; "(AP) Police said ... (on Monday)." is not."""
    body = text[:-1] if text.endswith(".") else text
    if not (body.startswith("(") and body.endswith(")")):
        return False
    depth = 0
    for i, ch in enumerate(body):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return i == len(body) - 1
    return False


_WORD_RE = re.compile(r"[A-Za-z]{2,}")
_URL_RE = re.compile(r"\bhttps?://|(?<!//)\bwww\.\w", re.I)
_QUERY_URL_RE = re.compile(r"\bhttps?://\S*[?&=]\S*", re.I)
#: A listing line led by a label in capitals of two words or more: "STAR WARS: EPISODE I _ THE PHANTOM MENACE:
#: Science fiction." (a review's info box), "BOX OFFICE: ..." (one capitalized word is a dateline: "WASHINGTON:").
#: A newsletter's item under its kicker in capitals, a dash, then who said it and the quotation: "STOCKS KEEP
#: TANKING - Reuters/Tokyo: “Global stocks fell ...", "BofA RESPONSE - From spokesman Lawrence Di Rita: “Most ...".
_KICKER_ITEM_RE = re.compile(r"^(?=[^-–—]*[A-Z]{3})(?:[A-Z][\w'’&.]*\s+){1,7}[A-Z][\w'’&.]*\s+[-–—]\s+[^:“\"]{0,80}:\s*[“\"]")
#: A sentence that points at the page around it: "Below, the six revelations ...", "(pictured above)".
_LAYOUT_POINTER_RE = re.compile(r"^(?:Below|Above)\s*[,:]|\b(?:[Ss]ee|[Pp]ictured|[Ll]isted) (?:below|above)\b")
_CAPS_LABEL_RE = re.compile(r"^(?=[^:]*[A-Z]{3})(?:[A-Z0-9][A-Z0-9'’&.,_-]*\s+){1,8}[A-Z0-9][A-Z0-9'’&._-]*:\s")


#: A blog's excerpt of a wire story under the wire's label: "Reuters/Tokyo: “Global stocks fell ...”".
_WIRE_LABEL_RE = re.compile(r"^(?:Reuters|AP|AFP|Bloomberg|Xinhua|dpa|UPI)\s*/\s*[A-Z][\w .'’-]{1,30}:\s")


def _may_hold_address(text: str, lowered: str | None = None) -> bool:
    """Can ``text`` hold a match of ``_URL_RE`` or ``_QUERY_URL_RE``? Every match holds "http" or "www." (case-blind:
    checked on an ASCII text, ``lowered`` its lower-case form when made already; any other text may)."""
    if not text.isascii():
        return True
    low = text.lower() if lowered is None else lowered
    return "http" in low or "www." in low


def _is_fragment(text: str, lowered: str | None = None) -> bool:
    """A piece of a page rather than a sentence of the story: a cut-off teaser ("... stage 4 cancer ..."), a line
    that opens mid-sentence ("staff, and so much to do that ..."), a deck quoting without a full stop ("Sanders
    called the Pope 'one of the great moral leaders of our time'"), a caption, a quoted tweet."""
    first = text.split(None, 1)[0]
    if _patterns.is_media_caption(text):
        return True  # "A photo from the 1998 excavation, with the foot bones below ...": the page's picture
    words = _WORD_RE.finditer(text)
    if next(words, None) is None or next(words, None) is None:
        return True  # "7.57 pm." (fewer than two words: found as findall finds them, up to the second)
    if first[:1].islower() and not any(c.isupper() for c in first):
        return True
    if text.endswith(("...", "…")) or (text[-1] in "\"”'’" and len(text) > 1 and text[-2].isalnum()):
        return True
    # (each pattern runs only on a text holding a literal every match holds: a colon; "Below"/"Above" opening it or
    # "below"/"above" in it: tests/test_speed_paths.py)
    if ":" in text and (_CAPS_LABEL_RE.match(text) or _KICKER_ITEM_RE.match(text) or _WIRE_LABEL_RE.match(text)):
        return True  # a listing line under a label in capitals, a newsletter's item under its kicker, a wire's excerpt
    if (text.startswith(("Below", "Above")) or "below" in text or "above" in text) and _LAYOUT_POINTER_RE.search(text):
        return True  # "Below, the six revelations ...": it points at the page's layout, which a brief does not show
    low = (text.lower() if lowered is None else lowered) if text.isascii() else None
    if (_patterns.cued_search(_patterns.CAPTION_SENTENCE_RE, _patterns.CAPTION_SENTENCE_CUES, text, low)
            or _may_hold_address(text, low) and (len(_URL_RE.findall(text)) >= 2 or _QUERY_URL_RE.search(text))):
        return True  # (raw addresses: a scraped player or link line; one plain address is reporting: "at www.epa.gov")
    return "#" in text and bool(_patterns.HASHTAG_RE.search(text)) and "hashtag" not in text.lower()


def _is_context_text(text: str, settings: Settings) -> bool:
    """A short complete sentence ("``Star Wars'' is back.") that the next one may lean on:
    shown only together with it."""
    n = word_count(text)
    return (MIN_CONTEXT_WORDS <= n <= settings.selection.max_sentence_words and text.rstrip()[-1:] in '.!"”\''
            and not _patterns.cued_search(_patterns.PROMPT_SENTENCE_RE, _patterns.PROMPT_SENTENCE_CUES, text)
            and not _patterns.is_form_field(text)
            and not _patterns.writer_voice(text)
            and not _is_fragment(text.rstrip()))


#: Shortest sentence shown with the one that leans on it ("Star Wars is back.", "Hodler said.").
MIN_CONTEXT_WORDS = 2


class Selector(BriefStage):
    """Pipeline stage: articles' sentences -> ``brief.summary`` and ``brief.headline``."""

    requires = ("article.sentences", "brief.sources", "brief.words")
    assigns = ("brief.summary", "brief.headline")

    def __init__(self, settings: Settings | None = None, overflow: bool = False):
        self.settings = settings or Settings()
        self.overflow = overflow

    def __call__(self, brief: Brief) -> Brief:
        settings = self.settings
        articles = brief.sources or brief.articles
        candidates = self._candidates(articles, settings)
        if not candidates:
            # the story still has a name: its title, or the words a page opens on
            brief.headline = choose_headline(brief.articles, settings.selection.headline_words,
                                         parse_model=headline_parse_model(settings))
            brief.warnings.append("no sentence long enough to summarize")
            return brief
        weights = self._concept_weights(candidates, len(articles))
        self._title_boost(weights, articles)
        encode = brief_memo(brief, settings.citations.model)  # each text embedded once per brief (citations, the view)
        facts = self._facts(candidates, encode)
        brief.headline = choose_headline(brief.articles, settings.selection.headline_words, readable=False,
                                         parse_model=headline_parse_model(settings))
        chosen, repeats, paraphrases = self._greedy(candidates, weights, brief.words, facts, brief.headline)
        index = CitationIndex(brief, settings, encode)
        index.prefetch(p.sentence for c in chosen for p in c.parts)
        chosen = self._order(chosen, last=chosen[-1] if self.overflow and len(chosen) > 1 else None,
                             undated=story_date(articles))
        brief.summary = [
            SummarySentence(text=part.text, citations=cites, source=part.sentence,
                            source_text=" ".join(part.sentence.text.split()), edits=part.edits)
            for c in chosen
            for part, cites in zip(c.parts, self._cite(index, c, repeats.get(c.row, []), facts,
                                                       paraphrases.get(c.row, [])))
        ]
        used = sum(word_count(s.text) for s in brief.summary)
        for k, s in enumerate(brief.summary):  # a person called by surname alone: named in full where first met
            named = name_in_full(s.text, s.source.article.body, [brief.headline] + [x.text for x in brief.summary[:k]])
            extra = word_count(named.text) - word_count(s.text)
            # (the first name's words count: whole sentences stay within the budget; with overflow the evaluation
            # protocol cuts at the budget anyway)
            if named.edits and (self.overflow or used + extra <= brief.words):
                s.text, s.edits = named.text, s.edits + named.edits
                used += extra
        for s in brief.summary:  # tokenized text's ``quote marks'', "U. S." and "parasite,Zimbabwean" as a reader writes them
            s.text = _patterns.space_glued_commas(_patterns.join_initials(tex_quotes(s.text)))
        for s, after in zip(brief.summary, brief.summary[1:] + [None]):
            # a quotation the article goes on with in its next sentence, shown without it: closed by an ellipsis
            # ('... said: "Being asked to play The Doctor is an amazing privilege…"'), as the view closes its items
            if after is not None and after.source is not None and s.source is not None and (
                    after.source.article is s.source.article and after.source.index == s.source.index + 1):
                continue  # (the next summary sentence goes on with it)
            closed = close_quotation(s.text)
            if closed != s.text:
                s.text, s.edits = closed, s.edits + ["closed the quotation its next sentence goes on with"]
        copied = next((s.text for s in brief.summary if headline_copies(brief.headline, [s.text])), None)
        if copied is not None:  # (a one-sentence page's heading line, which the summary also shows)
            brief.headline = (shortened(copied, settings.selection.headline_words, headline_parse_model(settings))
                              or brief.headline)
        if reads_as_no_headline(brief.headline):
            # the pages' openings gave a question to the reader or a columnist's "we": the brief's own first
            # points, compressed, say what happened (a sentence merely cut short reads worse: "District Court Judge
            # Lou Olivera sentenced")
            leading = [s.text for s in brief.summary[:HEADLINE_FROM_SUMMARY] if not dangling_reason(s.text)]
            made = [m[0] for m in (compress(t, settings.selection.headline_words) for t in leading) if m is not None]
            brief.headline = next((h for h in made if h and _stands_as_headline(h)), brief.headline)
        if reads_as_no_headline(brief.headline):  # no point compresses: another title or a page's opening
            brief.headline = choose_headline(brief.articles, settings.selection.headline_words,
                                         parse_model=headline_parse_model(settings))
        first = brief.summary[0].text.strip() if brief.summary else ""
        # its interjection goes with it: "Well, Republicans have ..." -> "Republicans have ..."
        promoted = _INTERJECTION_RE.sub("", first.rstrip("."))
        promoted = promoted[:1].upper() + promoted[1:]
        if (reads_as_no_headline(brief.headline) and len(brief.summary) > 1
                and word_count(first) <= settings.selection.headline_words and not dangling_reason(first)
                and _stands_as_headline(promoted)):
            # no point compresses (each is as short as it can be): the first becomes the headline, and the summary
            # goes on from the second (a headline is never a copy of a summary sentence)
            brief.headline = promoted
            del brief.summary[0]
        return brief

    def _facts(self, candidates: list[Candidate], encode=None) -> LexicalFacts:
        """The same-fact index over ``candidates``' texts and, for a candidate of several parts, over each part
        (the row of the one-part candidate showing that sentence when there is one): sets ``fact_rows``."""
        texts = [c.text for c in candidates]
        terms = [c.terms for c in candidates]
        single = {(p.sentence.article_id, p.sentence.index, p.text): c.row
                  for c in candidates if len(c.parts) == 1 for p in c.parts}
        for c in candidates:
            c.fact_rows = [c.row]
            if len(c.parts) > 1:
                for p in c.parts:
                    key = (p.sentence.article_id, p.sentence.index, p.text)
                    if key not in single:
                        single[key] = len(texts)
                        texts.append(p.text)
                        terms.append(content_stems(stems(p.text)))
                    c.fact_rows.append(single[key])
        # (the IDF over each sentence once, not once per unit holding it: the counter's basis too)
        return facts_for(texts, self.settings.selection, self.settings.citations.model, terms=terms, encode=encode,
                         idf_rows=sorted(set(single.values())))

    @staticmethod
    def _repeat_of(facts: LexicalFacts, c: Candidate, chosen: list[Candidate], paraphrase: bool = False) -> Candidate | None:
        """The chosen candidate that reports a fact ``c`` reports (any part of either), or None: by the lexical
        rule, or with ``paraphrase`` by the sentence representation only."""
        owner = {r: x for x in chosen for r in (x.fact_rows or [x.row])}
        rows = list(owner)
        if not rows:
            return None
        for r in c.fact_rows or [c.row]:
            j = facts.first_paraphrase(r, rows) if paraphrase else facts.first_same_fact(r, rows)
            if j is not None:
                return owner[j]
        return None

    @staticmethod
    def _tells_twice(facts: LexicalFacts, c: Candidate) -> bool:
        """Do two parts of ``c`` (a sentence and the one leaning on it, shown together) report the same fact, by the
        same test as two chosen sentences (:meth:`_repeat_of`)? A sentence leaning on the one before is shown alone
        after it only when it does not repeat it; shown together, it must not either."""
        rows = c.fact_rows[1:]
        return len(rows) > 1 and any(facts.same_fact(a, b) for k, a in enumerate(rows) for b in rows[k + 1 :])

    @staticmethod
    def _cite(index: CitationIndex, chosen: Candidate, repeats: list[Candidate],
              facts: LexicalFacts, paraphrases: list[Candidate] = ()) -> list[list[Citation]]:
        """Per part of ``chosen``: the citation index's support, plus every
        article whose sentence reported the same fact and was therefore not
        shown (cited by the part sharing the most content words with it): a
        repeat the lexical rule found always, one of ``paraphrases`` (found by
        the sentence representation alone) when the citation index's support
        rule accepts that sentence as support of the part."""
        per_part = [index.cite(p.sentence) for p in chosen.parts]
        cited = [{c.article_id for c in cites} for cites in per_part]
        for r, lexical in [*((r, True) for r in repeats), *((r, False) for r in paraphrases)]:
            k = max(range(len(chosen.parts)), key=lambda k: len(chosen.parts[k].terms & set(r.terms)))
            for part in r.parts:
                s = part.sentence
                if s.article_id in cited[k]:
                    continue
                if lexical:
                    score = min(1.0, facts.similarity(chosen.row, r.row))
                else:
                    support = index.support_of(chosen.parts[k].sentence, s)
                    if support is None or not index.supported(support):
                        continue
                    score = min(1.0, support.lexical if support.paraphrase is None else support.paraphrase)
                cited[k].add(s.article_id)
                per_part[k].append(Citation(s.article_id, s.article.outlet, s.index, s.text, score))
                break
        return per_part

    # -- scoring ---------------------------------------------------------------

    def _candidates(self, articles, settings: Settings) -> list[Candidate]:
        """Sentences that can be shown, as shown: rewritten to stand alone
        (:func:`~newsbrief.rewrite.rewrite`). A sentence that still leans on an
        unshown one is a candidate together with the sentences before it, back
        to one that stands alone (at most ``selection.max_parts`` in all), or alone once
        the sentence before it is chosen: the brief shows what it leans on, just
        before it. A quotation with no speaker is also a candidate together with
        the sentence after it, when that one stands alone (it names the speaker). An answer of a
        question-and-answer column (``_patterns.qa_answers``: "A. By the bite of a mosquito ...") is neither a
        candidate nor context: it leans on its question, which is never shown."""
        out: list[Candidate] = []
        for art in articles:
            parts: list[tuple[Part, bool, str | None] | None] = []  # per sentence: part, candidate?, leans?
            answers = _patterns.qa_answers([s.text for s in art.sentences])
            paragraph, curly, straight = None, 0, 0  # quote marks of the paragraph's sentences so far
            continued = _continued_paragraphs(art.sentences)
            for s, answer in zip(art.sentences, answers):
                if s.paragraph != paragraph:
                    # (a paragraph going on a quotation the one before left open starts inside it)
                    paragraph, curly, straight = s.paragraph, 0, 0
                    if s.paragraph in continued:
                        curly, straight = (1, 0) if continued[s.paragraph] == "curly" else (0, 1)
                # (a sentence that opens while an earlier one's quotation is still open is someone's words: "All we've
                # heard, the host complained, is "we need a big tent. ... America is not a clown show. ...")
                inside = curly > 0 or straight % 2 == 1
                raw = s.text
                curly += sum(map(raw.count, _OPENING_MARKS)) - sum(map(raw.count, _CLOSING_MARKS))
                straight += raw.count('"')
                text = strip_dateline(" ".join(raw.split()))
                candidate = not answer and _is_candidate_text(text, settings)
                if not candidate and (answer or not _is_context_text(text, settings)):
                    parts.append(None)
                    continue
                if (_patterns.page_media_reference(text) and not (
                        parts and parts[-1] is not None and _patterns.MEDIA_NOUN_RE.search(parts[-1][0].text))):
                    parts.append(None)  # "shared this picture of her back": the brief shows no picture
                    continue
                shown = rewrite(s, text, settings.selection.pronoun_lookback)
                leans = dangling_reason(shown.text)
                if leans == PROVERB:
                    candidate = False  # a saying comments on the story around it: no key point, alone or after it
                if leans is None and inside:
                    mark = _QUOTE_MARK_IN_RE.search(raw)
                    if mark is None:
                        leans = INSIDE_QUOTATION
                    elif mark.group() not in _OPENING_MARKS:  # its first mark closes the open quotation
                        leans = "end of a quotation"
                parts.append((Part(s, shown.text, shown.edits), candidate, leans))
            run: list[Part] = []  # a sentence that stands alone, then those leaning on it
            for k, info in enumerate(parts):
                if info is None:
                    run = []
                    continue
                part, candidate, leans = info
                if not leans:
                    if candidate:
                        out.append(self._candidate([part], len(out)))
                    run = [part]
                    continue
                if candidate and leans == "quotation with no speaker":
                    after = parts[k + 1] if k + 1 < len(parts) else None
                    if (after is not None and after[2] in (None, "end of a quotation")
                            and names_speaker(after[0].text)):
                        # the speaker follows: '"...". "...," Lavrov said.', '``... . ...,'' Lavrov said.'
                        out.append(self._candidate([part, after[0]], len(out)))
                if (candidate and run and len(run) < settings.selection.max_parts
                        and (leans != "quotation with no speaker" or names_speaker(run[-1].text))
                        # "It could also be called ..." names something a second time: only after a sentence
                        # that gives it its first name ("... is called ...")
                        and (leans != IT_ALSO_NAMING or NAMING_RE.search(run[-1].text))):
                    # (a quotation with no speaker follows only a sentence that names someone who may have said it)
                    before = run[-1].sentence
                    run.append(part)
                    out.append(self._candidate(list(run), len(out)))
                    attached = self._candidate([part], len(out))
                    attached.after = (before.article_id, before.index)
                    out.append(attached)
                else:
                    run = []
        return out

    @staticmethod
    def _candidate(parts: list[Part], row: int) -> Candidate:
        text = " ".join(p.text for p in parts)
        st = stems(text)
        first = parts[0].sentence
        return Candidate(first, text, word_count(text), bigram_concepts(st), 1.0 / (1 + first.index), parts, row,
                         content_stems(st))

    def _concept_weights(self, cands: list[Candidate], n_articles: int) -> dict[tuple[str, str], float]:
        """Cross-source frequency plus position mass, per concept (in the order the candidates first hold them:
        ``cands`` come article by article, as :meth:`_candidates` makes them)."""
        per_article: dict[str, dict[tuple[str, str], int]] = {}  # article -> concept -> its first sentence
        for c in cands:
            first = per_article.get(c.sentence.article_id)
            if first is None:
                first = per_article[c.sentence.article_id] = {}
            idx = c.sentence.index
            get = first.get
            for k in c.concepts:
                if idx < get(k, idx + 1):
                    first[k] = idx
        count: dict[tuple[str, str], int] = {}
        mass: dict[tuple[str, str], float] = {}  # sum of 1 / (1 + i) over the articles, in article order
        inverse: dict[int, float] = {}
        for first in per_article.values():
            for k, i in first.items():
                x = inverse.get(i)
                if x is None:
                    x = inverse[i] = 1.0 / (1 + i)
                if k in count:
                    count[k] += 1
                    mass[k] += x
                else:
                    count[k] = 1
                    mass[k] = 0 + x  # (as sum() starts)
        p = self.settings.selection
        weights = {}
        for k, n in count.items():
            df = float(n) if (n > 1 or n_articles <= 1) else p.single_source_weight
            weights[k] = df + p.position_weight * mass[k]
        return weights

    def _title_boost(self, weights: dict[tuple[str, str], float], articles) -> None:
        """Raise the weight of concepts the articles' titles name."""
        bigrams: set[tuple[str, str]] = set()
        words: set[str] = set()
        for a in articles:
            if a.title:
                bigrams |= bigram_concepts(stems(a.title))
                words.update(content_terms(a.title))
        if not bigrams:
            return
        boost = self.settings.selection.title_weight
        for k, w in weights.items():
            if k in bigrams:
                weights[k] = w * (1 + boost)
            elif k[0] in words and k[1] in words:
                weights[k] = w * (1 + 0.5 * boost)

    @staticmethod
    def _naming_words(c: Candidate, headline: str) -> int:
        """Words :func:`~newsbrief.rewrite.name_in_full` may add to ``c`` (a first name for a person called by
        surname alone whom neither the headline nor an earlier part introduces): kept free in the budget, so
        that the naming always fits (without it, a full brief showed "Kazantsev said ..." unintroduced)."""
        extra = 0
        before = [headline]
        for p in c.parts:
            named = name_in_full(p.text, p.sentence.article.body, before)
            extra += word_count(named.text) - word_count(p.text)
            before.append(p.text)
        return max(0, extra)

    def _greedy(self, cands: list[Candidate], weights, budget: int, facts: LexicalFacts,
                headline: str = "") -> tuple[list[Candidate], dict[int, list[Candidate]], dict[int, list[Candidate]]]:
        """Lazy budgeted greedy on value / length ** ``selection.length_exponent``.
        A sentence reporting the same fact as one already chosen (any part of
        either, :meth:`_repeat_of`) is not chosen, nor one whose own parts report one fact twice
        (:meth:`_tells_twice`): when the lexical rule finds
        it, it is returned among the chosen one's repeats (row -> candidates),
        whose articles the chosen one cites; a paraphrase found only by the
        sentence representation is returned among its paraphrases, whose
        articles it cites only where the citation index's support rule agrees
        (the same-fact rule's precision, about 0.9 on the labelled pairs, is too
        low for a citation by itself). Without ``overflow``, a candidate is
        chosen only if the first names :func:`~newsbrief.rewrite.name_in_full`
        will add to it fit too (:meth:`_naming_words`); ``headline`` may
        introduce them.
        """
        p = self.settings.selection
        mean_w = sum(weights.values()) / len(weights) if weights else 1.0
        covered: set[tuple[str, str]] = set()
        covered_articles: set[str] = set()
        leads = {c.sentence.article_id: c.words for c in reversed(cands)}  # first candidate per article
        room = min(1.0, budget / max(1.0, sum(leads.values()))) ** p.room_exponent
        coverage = p.article_coverage_weight * room
        used = 0

        def value(c: Candidate) -> float:
            concepts, words = c.concepts, c.words
            if self.overflow and used + words > budget:
                # only the words before the cut count
                words = budget - used
                concepts = bigram_concepts(stems(" ".join(c.text.split()[:words]))) & concepts
            gain = sum(map(weights.__getitem__, filterfalse(covered.__contains__, concepts)))  # (in set order)
            if gain <= 0:
                return 0.0
            lead = p.lead_weight
            if coverage and c.sentence.article_id not in covered_articles:
                lead += coverage
            gain += lead * mean_w * c.lead * words**0.5
            return gain / words**p.length_exponent

        # (-stale value, position, candidate); position breaks ties by input order
        heap = [(-value(c), i, c) for i, c in enumerate(cands)]
        heap = [h for h in heap if h[0] < 0]
        heapq.heapify(heap)
        chosen: list[Candidate] = []
        repeats: dict[int, list[Candidate]] = defaultdict(list)
        paraphrases: dict[int, list[Candidate]] = defaultdict(list)
        shown: set[tuple[str, int]] = set()
        waiting: dict[tuple[str, int], list[tuple[int, Candidate]]] = defaultdict(list)
        while heap and used < budget:
            _, i, c = heapq.heappop(heap)
            if not self.overflow and used + c.words > budget:
                continue  # never fits again: the budget only shrinks
            keys = c.keys
            if keys & shown:
                continue  # a sentence already shown (alone or with the one before it)
            if c.after is not None and c.after not in shown:
                waiting[c.after].append((i, c))  # eligible once the sentence it leans on is chosen
                continue
            v = value(c)
            if v <= 0:
                continue
            if heap and v < -heap[0][0]:
                heapq.heappush(heap, (-v, i, c))  # stale: re-queue with its true value
                continue
            if self._tells_twice(facts, c):
                continue  # its parts report one fact twice (the one leaning on the other repeats it)
            same = self._repeat_of(facts, c, chosen)
            if same is not None:
                repeats[same.row].append(c)  # its article is cited under the chosen one
                continue
            same = self._repeat_of(facts, c, chosen, paraphrase=True) if isinstance(facts, ParaphraseFacts) else None
            if same is not None:
                paraphrases[same.row].append(c)  # not shown; its article cited where the support rule agrees
                continue
            extra = 0 if self.overflow else self._naming_words(c, headline)
            if extra and used + c.words + extra > budget:
                continue  # the first name it will need does not fit (the budget only shrinks)

            chosen.append(c)
            shown |= keys
            for key in keys:
                for j, w in waiting.pop(key, []):
                    heapq.heappush(heap, (-value(w), j, w))
            covered |= c.concepts
            covered_articles.add(c.sentence.article_id)
            used += c.words + extra
        if self.overflow and chosen and used < budget:
            # the words left are too few for any bigram to count: fill them with the shortest sentence still free
            # that adds something, so the evaluation's cut falls on it alone
            free = [c for c in cands if not (c.keys & shown) and (c.after is None or c.after in shown)
                    and self._repeat_of(facts, c, chosen) is None
                    and any(k not in covered for k in c.concepts)]
            if free:
                chosen.append(min(free, key=lambda c: (c.words, c.row)))
        if not self.overflow and chosen:
            # Khuller et al.: the best single sentence that fits, if it beats the greedy set
            def weight(c: Candidate) -> float:
                return sum(map(weights.__getitem__, c.concepts))

            # (a sentence that leans on another is shown only after it: alone, it is no brief)
            ranked = sorted((c for c in cands if c.words <= budget and c.after is None), key=weight, reverse=True)
            # (the first names it will need must fit too; checked from the best down, so few are checked)
            best = next((c for c in ranked if c.words + self._naming_words(c, headline) <= budget
                         and not self._tells_twice(facts, c)), None)
            if best is not None and weight(best) > sum(weights[k] for k in set().union(*(c.concepts for c in chosen))):
                chosen = [best]
        return chosen, repeats, paraphrases

    @staticmethod
    def _order(chosen: list[Candidate], last: Candidate | None = None,
               undated: dt.date | None = None) -> list[Candidate]:
        """Readable order: by the dates of the events reported where known
        (an update never comes before the event it updates), else by
        importance: relative position in the article (leads first), then the
        article's date. An undated sentence keeps its place after the one
        before it in importance order. Backstory (:func:`is_backstory`: "was
        due to sign", "had agreed") with no date of its own is dated the day
        before, so it reads before the event it preceded (only when its event is dated: with no date it keeps
        its place by importance). An update (:func:`is_update`: "a week after", "the first anniversary") with
        no date of its own reads after the other sentences of its day. A sentence chosen because the one it
        leans on was comes right after that one. ``last`` (the one the
        evaluation's cut may fall on) goes last, with what it leans on.
        ``undated``: the date of an article that gives none (:func:`event_date`)."""
        def importance(c: Candidate):
            art = c.sentence.article
            rel = c.sentence.index / max(1, len(art.sentences))
            return (round(rel, 1), art.date.toordinal() if art.date else 0, c.sentence.index)

        units = [c for c in chosen if c.after is None]
        ranked = sorted(units, key=importance)
        named = [named_date(c.sentence, undated) for c in ranked]  # (each sentence read once: find_dates is slow)
        dates = [n or c.sentence.article.date or undated for c, n in zip(ranked, named)]  # event_date
        known = [d.toordinal() for d in dates if d is not None]
        keys = []
        current = min(known) if known else 0
        for c, d, n in zip(ranked, dates, named):
            current = d.toordinal() if d is not None else current
            # backstory with no date of its own: the day before the event it precedes; only when that event is
            # dated (its article's or the story's date): in a brief with no dates it keeps its place by importance,
            # since "the day before" an unknown day would put it first, before the event it is the backstory of
            own = n is None
            before = d is not None and is_backstory(c.sentence.text) and own
            # an update that says how long after an earlier event it comes ("a week after", "the anniversary")
            # and names no date of its own reads after the other sentences of its day (or of an undated brief)
            after = own and not before and is_update(c.sentence.text)
            keys.append(current - before + 0.5 * after)
        ranked = [ranked[k] for k in sorted(range(len(ranked)), key=lambda k: keys[k])]  # stable
        groups = [[c] for c in ranked]
        owner = {key: g for g in groups for key in g[0].keys}
        pending = [c for c in chosen if c.after is not None]
        while pending:  # chains: a leaning sentence may lean on one that leans too
            rest = []
            for c in pending:
                g = owner.get(c.after)
                if g is None:
                    rest.append(c)
                    continue
                g.insert(next(k for k, x in enumerate(g) if c.after in x.keys) + 1, c)
                for key in c.keys:
                    owner[key] = g
            if len(rest) == len(pending):
                raise AssertionError("a leaning sentence was chosen without the one it leans on")
            pending = rest
        if last is not None:
            g = owner[next(iter(last.keys))]
            groups.remove(g)
            g.remove(last)
            groups.append(g + [last])
        return [c for g in groups for c in g]
