"""Segment: split cleaned article text into paragraphs and sentences.

Sentences come from nupunkt (a Punkt implementation trained on legal and news
English), chosen by measurement over sentencex and spaCy's senter: it is the
only one of the three that kept "3 p.m. Friday", "U.N.", "Gen." and "Jan. 19"
inside their sentences on our edge-case set (``tests/test_segment.py``), at
about 1.6 M words/s on one core. Paragraph breaks (blank lines) always end a
sentence. Each :class:`Sentence` is an offset view into ``article.text``.
"""

from __future__ import annotations

import re

from . import _patterns
from .model import Article, Brief, BriefStage, Sentence

_PARA_RE = re.compile(r"\n\s*\n")
#: A closing quote or bracket that Punkt left at the start of the next sentence, with the full stop after it
#: ("... Mitch McConnell (R-Ky." | ")."): no sentence starts so.
_LEADING_CLOSER_RE = re.compile(r"^[\"”’')\]]+[.!?]*(?=\s|$)")
#: A piece that opens on a closing bracket then a comma, semicolon or colon ("), another critic, said"): Punkt
#: ended the sentence at an abbreviation inside brackets ("(R-Tenn.)"); no sentence starts so.
_CLAUSE_CONTINUES_RE = re.compile(r"^[)\]]+\s*[,;:]")


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` for each sentence of ``text``, whitespace-trimmed."""
    import nupunkt

    spans: list[tuple[int, int, int]] = []
    pos = 0
    para = 0
    for m in list(_PARA_RE.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            local = [(s + off, e + off) for off, piece in _pieces(chunk)
                     for s, e in nupunkt.sent_spans(_defuse_punctuation(piece))]
            merged: list[list[int]] = []
            for s, e in local:
                if merged and _CLAUSE_CONTINUES_RE.match(chunk[s:e].lstrip()):
                    merged[-1][1] = e  # "Rep. Jane Roe (R-Tenn." | "), a critic, said": one sentence
                    continue
                lead = _LEADING_CLOSER_RE.match(chunk[s:e].lstrip())
                if lead and merged:
                    # move a stray closing quote back to the sentence it closes
                    off = s + (len(chunk[s:e]) - len(chunk[s:e].lstrip())) + lead.end()
                    merged[-1][1] = off
                    s = off
                merged.append([s, e])
            merged = _split_after(chunk, _split_after(chunk, merged, _TITLE_END_RE), _GLUED_END_RE)
            merged = _merge_after_titles(chunk, _merge_open_quotes(chunk, merged))
            for s, e in merged:
                seg = chunk[s:e]
                ls = len(seg) - len(seg.lstrip())
                rs = len(seg.rstrip())
                if rs > ls:
                    spans.append((pos + s + ls, pos + s + rs, para))
            para += 1
        pos = m.end() if m else len(text)
    return spans


#: Two sentences a scraper glued together without a space ("announced Thursday morning.The Orange County ..."):
#: a word in lower case (two letters or more, not an abbreviation written in lower case), a full stop,
#: exclamation or question mark (and a closing quote), then a capitalized word. Punkt never splits there.
#: After a capitalized word ("Fairfax, Virginia.The ..."), only before a word that opens sentences, not names:
#: names and domains ("Gov.Sarah", "NetgenShopper.Com", "Daniel.Miller") are left alone.
_GLUED_OPENER = (r"(?:The|A(?=\s[a-z])|An|He|She|It|They|We|I(?=\s[a-z])|In|On|At|But|And|So|This|That|These|Those|His|Her|Their|Its|There|"
                 r"When|After|Before|As|If|For|Our|Many|Some|One|Two|Three)")
_GLUED_END_RE = re.compile(r"(?<![\w.@/'’-])(?:(?!(?:www|etc|approx|incl|subd|vol|vols|nos|pp|ibid|st|vs|ft|oz|lbs?|[ckm]m|[km]g|jr|sr|co|ca|cf|al|eds?|ie|eg)\b)"
                           r"[a-z][a-z'’-]+[)\]]?[.!?]+[\"”’)]?(?=[A-Z][a-z])"  # (also "paralyzed).Patel")
                           r"|[A-Z][a-z]{3,}[.!?]+[\"”’)]?(?=" + _GLUED_OPENER + r"\b))")


#: A word that never starts a name (an article, a pronoun, a connective) opening the text after a title
#: abbreviation: the abbreviation's letters ended a sentence, as a name's last word or a street's ("... led by Hun
#: Sen." | "The ruling party accused ..."; "on E. 52nd St." | "She said"), and the two stay apart.
_NO_NAME_START = (r"(?:The|He|She|It|They|We|His|Her|Its|Their|This|These|Those|But|However|Meanwhile|In|On|At|After|"
                  r"When|While|There|An?\s+[a-z])\b")
_NO_NAME_START_RE = re.compile(r"\s*" + _NO_NAME_START)
#: A title abbreviation's letters after a word, ending a sentence before such a word: Punkt keeps "... later led by
#: Hun Sen. The ruling party accused ..." one sentence (it reads "Sen." as a senator's title).
_TITLE_END_RE = re.compile(r"(?<=[A-Za-z\d]\s)(?:Sen|Gen|St|Rep|Gov|Col|Maj)\.(?=\s+" + _NO_NAME_START + ")")


def _split_after(chunk: str, spans: list[list[int]], end_re: re.Pattern) -> list[list[int]]:
    """Cut each span after every match of ``end_re`` inside it: a sentence end Punkt missed (a title abbreviation's
    letters ending a sentence, :data:`_TITLE_END_RE`; a glued sentence end, :data:`_GLUED_END_RE`)."""
    out: list[list[int]] = []
    for s, e in spans:
        for m in end_re.finditer(chunk, s, e):
            if m.end() < e:
                out.append([s, m.end()])
                s = m.end()
        out.append([s, e])
    return out


#: A quotation split by Punkt is rejoined over at most this many sentences;
#: an unbalanced quote mark (typo, multi-paragraph quote) stops there.
MAX_QUOTE_SENTENCES = 4


def _open_quote(text: str) -> bool:
    """Does ``text`` leave a quotation open?"""
    if text.count("“") > text.count("”"):
        return True
    return text.count('"') % 2 == 1


def _merge_open_quotes(chunk: str, spans: list[list[int]]) -> list[list[int]]:
    """Rejoin sentences Punkt split inside a quotation:
    '"We will go on. For now, nothing is achieved," Lavrov said.' is one sentence."""
    out: list[list[int]] = []
    run = 0
    for s, e in spans:
        if out and run and run < MAX_QUOTE_SENTENCES and _open_quote(chunk[out[-1][0] : out[-1][1]]):
            out[-1][1] = e
            run += 1
            continue
        out.append([s, e])
        run = 1
    return out


#: Longest text handed to Punkt at once. News paragraphs run well under 2,000
#: characters; a longer "paragraph" (a scraped table, a run of punctuation)
#: is cut at the last sentence end or space before this many characters,
#: because Punkt's work grows with the square of a sentence-less run's length
#: (700 KB of ".!?-,;:" never finished; in 10,000-character pieces it takes seconds).
MAX_PUNKT_CHARS = 10_000


def _pieces(chunk: str) -> list[tuple[int, str]]:
    """``(offset, text)`` pieces of ``chunk`` of at most :data:`MAX_PUNKT_CHARS`."""
    out = []
    pos = 0
    while len(chunk) - pos > MAX_PUNKT_CHARS:
        window = chunk[pos : pos + MAX_PUNKT_CHARS]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 1 if cut > MAX_PUNKT_CHARS // 2 else window.rfind(" ")
        if cut <= MAX_PUNKT_CHARS // 2:
            cut = MAX_PUNKT_CHARS
        out.append((pos, chunk[pos : pos + cut]))
        pos += cut
    out.append((pos, chunk[pos:]))
    return out


#: Longest run of punctuation (spaces between allowed) handed to Punkt as it
#: is. Real text has short runs ("?!", "...", '."', "* * *"); Punkt's work per
#: character of a long run is large (10,000 "?" take 0.6 s, 700 KB of them
#: 40 s), so a longer run is shown to Punkt as dashes ending in its last
#: character, which decides whether the run ends a sentence (700 KB of "?":
#: 0.1 s; of "? ": 0.5 s).
MAX_PUNCTUATION_RUN = 8
_PUNCTUATION_RUN_RE = re.compile(r"[^\w\s](?:[^\S\n]*[^\w\s]){%d,}" % MAX_PUNCTUATION_RUN)
_NOT_SPACE_RE = re.compile(r"\S")


def _defuse_punctuation(piece: str) -> str:
    """``piece`` of the same length with each long punctuation run's characters
    replaced by dashes but its last one (offsets are unchanged)."""
    def dashes(m: re.Match[str]) -> str:
        run = m.group()
        return _NOT_SPACE_RE.sub("-", run[:-1]) + run[-1]

    return _PUNCTUATION_RUN_RE.sub(dashes, piece)


#: Characters of a sentence's end that can hold a title abbreviation (" Cmdr.").
_TITLE_TAIL = 16


#: A sentence that opens on a word with no capital ("units were called"): a split inside an
#: abbreviation ("... said that no F.D.N.Y." | "units were called"), rejoined with the one before.
_LOWER_START_RE = re.compile(r"\s*[a-z][a-z'’-]*\b")
#: A decimal number that a stray space split at its point ("magnitude of at least 5." | "9 hit southern Iran",
#: "The 6." | "1-magnitude quake": tokenized copies write "5. 9"): a number of one to three digits ending the
#: sentence so far (not a year: "in 1945." | "9 people died" stays split), a digit opening the next.
_DECIMAL_END_RE = re.compile(r"(?:^|[\s($€£-])\d{1,3}\.$")
_DIGIT_START_RE = re.compile(r"\s?\d")
#: A month's abbreviation ending the sentence so far, and a day's number opening the next piece: Punkt split "the
#: Aug. 23-Sept." | "5 issue of The Hollywood Reporter" (Multi-News 0030), a date range it took for two sentences.
_MONTH_ABBREVIATION_END_RE = re.compile(r"(?:^|[\s(-])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_DAY_START_RE = re.compile(r"\s*(?:[12]?\d|3[01])(?![\d.,:])\b")
#: A quote closed by a comma, then an initialism ('``...,'' U.S.' | 'Ambassador John Maisto said.'): the
#: attribution continues; no sentence ends on a quote's comma.
_QUOTE_COMMA_INITIALISM_RE = re.compile(r"""[,](?:''|["”'’])\s+(?:[A-Z]\.){2,}$""")
#: A name written with an exclamation mark, then the rest of the name ("Yahoo!" | "Sports reported"): one sentence.
_BANG_NAME_END_RE = re.compile(r"\bYahoo!$")
_BANG_NAME_REST_RE = re.compile(r"\s*(?:Sports|News|Finance|Answers|Music|Movies|Groups|Mail|Japan|Inc)\b")


#: A sentence that is only its quotation's attribution, split from the quotation before it (ending on a question
#: or an exclamation mark, or a full stop inside the marks): "“... to this magazine?’” Mr. Oppenheim said." was
#: "“...?’”" | "Mr. Oppenheim said.": rejoined.
_ATTRIBUTION_ONLY_RE = re.compile(r"\s*(?:(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|asked|asks|wrote|replied|"
                                  r"shouted|yelled|exclaimed)|(?:said|says|added|asked) (?:[A-Z][\w.'’-]*\s*){1,4})\.\s*$")
#: The attribution of a quotation that ends on a question or an exclamation mark, opening the next piece with
#: more after it: '"No! we are brothers, we pray together!"' | 'Francis told Benedict in a gesture of humility.'
#: A quotation's own "?" or "!" is no sentence end when its speaker follows (one to four capitalized words and a
#: verb of saying, or the verb then the speaker); after a full stop inside the marks the next sentence is a new
#: statement ('"We won." Smith said the team ...' is not written), so only a bare attribution is rejoined there.
_ATTRIBUTION_LEAD_RE = re.compile(r"\s*(?:(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|asked|asks|wrote|replied|"
                                  r"shouted|yelled|exclaimed|told|tells|insisted|cried|pleaded|screamed|"
                                  r"whispered|joked|recalled)|(?:said|says|added|asked|shouted|cried) "
                                  r"(?:[A-Z][\w.'’-]*\s*){1,4}[,.])\b")
_CLOSING_QUOTES = "”\"’"


def _merge_after_titles(chunk: str, spans: list[list[int]]) -> list[list[int]]:
    """Rejoin a split after a title abbreviation: "Lt." | "Col. James Brown agreed." (unless the next piece opens
    on a word no name starts with, :data:`_NO_NAME_START_RE`: "Hun Sen." | "The party said"), a split before a
    sentence that opens in lower case (after an abbreviation Punkt took for an end: "no F.D.N.Y." | "units"),
    a split at the point of a decimal written with a space ("5." | "9 hit", :data:`_DECIMAL_END_RE`), one between
    a month's abbreviation and its day ("Aug. 23-Sept." | "5 issue of ..."), one
    inside a name written with an exclamation mark ("Yahoo!" | "Sports reported"), and one before a bare
    attribution after a quotation (:data:`_ATTRIBUTION_ONLY_RE`; after a quotation's "?" or "!", an
    attribution with more after it, :data:`_ATTRIBUTION_LEAD_RE`).

    Only the end of the sentence so far is examined, so a long run of titles
    ("the Lt. Col. " x 20,000) stays linear."""
    out: list[list[int]] = []
    for s, e in spans:
        tail = _tail(chunk, out[-1][0], out[-1][1]) if out else ""
        if out and ((_patterns.TITLE_ABBREVIATION_RE.search(tail) and not _NO_NAME_START_RE.match(chunk, s))
                    or _QUOTE_COMMA_INITIALISM_RE.search(tail)
                    or (_BANG_NAME_REST_RE.match(chunk, s) and _BANG_NAME_END_RE.search(tail))
                    or (_LOWER_START_RE.match(chunk, s) and chunk[out[-1][0]:out[-1][1]].rstrip()[-1:] == ".")
                    or (_DIGIT_START_RE.match(chunk, s) and chunk[out[-1][1] - 1:s].count(" ") <= 1
                        and _DECIMAL_END_RE.search(tail))
                    or (_DAY_START_RE.match(chunk, s) and _MONTH_ABBREVIATION_END_RE.search(tail))
                    or (tail[-1:] in _CLOSING_QUOTES and tail.rstrip(_CLOSING_QUOTES)[-1:] in ("?", "!", ".")
                        and _ATTRIBUTION_ONLY_RE.match(chunk, s, e))
                    or (tail[-1:] in _CLOSING_QUOTES and tail.rstrip(_CLOSING_QUOTES)[-1:] in ("?", "!")
                        and _ATTRIBUTION_LEAD_RE.match(chunk, s, e))):
            out[-1][1] = e
            continue
        out.append([s, e])
    return out


def _tail(chunk: str, start: int, end: int) -> str:
    """The last few characters of ``chunk[start:end]`` without trailing space
    (from ``start`` itself when the sentence is short, so ``^`` still means its start)."""
    while end > start and chunk[end - 1].isspace():
        end -= 1
    return chunk[max(start, end - _TITLE_TAIL) : end]


class Segmenter(BriefStage):
    """Pipeline stage: ``article.text`` -> ``article.sentences``."""

    requires = ("article.text",)
    assigns = ("article.sentences",)

    def __call__(self, brief: Brief) -> Brief:
        for art in brief.articles:
            self.segment_article(art)
        return brief

    @staticmethod
    def segment_article(art: Article) -> Article:
        if not art.sentences:
            art.sentences = [
                Sentence(art, i, s, e, p) for i, (s, e, p) in enumerate(sentence_spans(art.body))
            ]
        return art
