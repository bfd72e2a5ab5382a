"""Support: which articles state a summary sentence's content (citations).

An article supports a summary sentence when one of its sentences states the
same content, paraphrase included; a different number is not support. Rule,
labelled set and measurements: docs/citations.md.

For each other article, its lexically closest sentence (TF-IDF cosine over
stemmed content words) is the candidate. It supports the summary sentence

- lexically, when its TF-IDF cosine is at least ``citations.min_similarity``
  (reprints, light rewording); or
- as a paraphrase, when its TF-IDF cosine is at least
  ``citations.candidate_similarity`` and its sentence-representation cosine
  (:mod:`newsbrief.embed`, ``citations.model``) at least
  ``citations.paraphrase_similarity``;

and in both cases only when the numbers agree (:func:`numbers_disagree`).
Whatever their similarity, an article sentence that repeats the summary
sentence's quotation word for word (a quotation of at least
:data:`MIN_QUOTE_WORDS` words that opens the sentence or makes up at least
half of it), or the whole summary sentence, supports it
(:func:`quoted_spans`): "a quote is supported only by the same quote", and a
long sentence that contains it can score low on TF-IDF and the model alike.
Conversely, a summary sentence whose content is such a quotation
(``"I think we will defeat Hefley," said Rep. Jim Kolbe, ...``) is supported
only by a sentence that repeats at least :data:`MIN_QUOTE_WORDS` words of it
in a row (:func:`quote_missing`): the speaker's name and title alone are no
support, however similar; a quotation the article splits over two sentences
still counts.
A fragment (:func:`is_fragment`: a heading, a caption, a list entry, a name
alone, under ``citations.fragment_words`` words) states no claim: it is no
candidate unless it holds most of the summary sentence's content words, and
the article's next closest sentence is read instead ("Salah Abdeslam" does not
support "Ibrahim Abdeslam died in the attacks, and Salah Abdeslam is being
sought", however high its TF-IDF cosine).
A wire dateline ("BEIJING, May 14 (Xinhua) --") is the article's filing
place and date, not its content: it is left out of both the number check and
the sentence representation.

Only the paraphrase candidates are embedded, each text once per index, and
:meth:`CitationIndex.prefetch` embeds those of all summary sentences in one
batch (sorted by length, little padding): the model is most of a brief's time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import numpy as np

from ._patterns import STOPWORDS
from .config import CitationSettings, Settings
from .features import content_terms, stem
from .model import Brief, Citation, Sentence
from .rewrite import strip_dateline
from .similarity import TfidfCosine

#: a quotation: straight, curly or TeX-style double quotes, or curly single quotes
_QUOTE_RE = re.compile(r"\"([^\"]*)\"|“([^”]*)”|``(.*?)''|‘([^’]*)’(?=\W|$)")
_WORD_RE = re.compile(r"[a-z0-9]+")
#: the shortest quotation (words) that is matched verbatim; shorter ones ("a fake", "suspend") are phrases any
#: article may use
MIN_QUOTE_WORDS = 5


def _words(text: str) -> str:
    """Lower-cased words and numbers joined by single spaces, padded with a space
    at both ends so that containment is by whole words."""
    return " " + " ".join(_WORD_RE.findall(text.lower())) + " "


def _content_quotes(claim: str) -> list[str]:
    """The quotations (as :func:`_words`) of at least :data:`MIN_QUOTE_WORDS`
    words that are ``claim``'s content: one that opens the sentence (after a
    dateline; what follows is its attribution) or makes up at least half of
    it, not a title such as “Kourtney & Kim Take New York” inside a longer
    claim."""
    text = strip_dateline(claim)
    size = len(_words(text).split())
    spans = []
    for m in _QUOTE_RE.finditer(text):
        words = _words(next(g for g in m.groups() if g is not None))
        n = len(words.split())
        if n >= MIN_QUOTE_WORDS and (2 * n >= size or not text[: m.start()].strip()):
            spans.append(words)
    return spans


def quoted_spans(claim: str) -> list[str]:
    """What of ``claim`` an article must repeat word for word to support it
    verbatim (as :func:`_words`): its content quotations
    (:func:`_content_quotes`) and the whole sentence (dateline left out)."""
    spans = _content_quotes(claim) + [_words(strip_dateline(claim))]
    return [w for w in dict.fromkeys(spans) if len(w.split()) >= MIN_QUOTE_WORDS]


def quote_missing(claim: str, evidence: str) -> bool:
    """True when ``claim``'s content is a quotation and ``evidence`` repeats no
    run of :data:`MIN_QUOTE_WORDS` consecutive words of it."""
    quotes = _content_quotes(claim)
    if not quotes:
        return False
    words = _words(evidence)
    for quote in quotes:
        toks = quote.split()
        if any(" " + " ".join(toks[k : k + MIN_QUOTE_WORDS]) + " " in words
               for k in range(len(toks) - MIN_QUOTE_WORDS + 1)):
            return False
    return True


#: a number and the word beside it ("stage 13", "13 people"), for the number-agreement check
_NUMBER_SLOT_RE = re.compile(r"[A-Za-z]+|\d[\d,.]*\d|\d")

#: words between a number and the noun it counts that leave the count's noun unchanged ("2,600 new housing
#: units"); a capitalized word there is a proper adjective or a name ("190 Jewish settlements") and is passed too
_NUMBER_MODIFIERS = frozenset({"new", "more", "other", "additional", "extra", "further", "old", "young"})


#: numbers written as words ("killing at least three people" / "killing 10 people"); not "one" ("one of the");
#: read only where asked (:func:`_number_slots`)
_NUMBER_WORDS = {w: str(k) for k, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split()) if k >= 2}

#: words between a quantity and its number that name nothing themselves: "magnitude of 5.8",
#: "magnitude as 6.6", "depth of about 10"
_NUMBER_BRIDGES = frozenset({"of", "as", "at", "to", "about", "around", "nearly", "almost", "roughly",
                             "approximately", "some", "was", "were", "is"})


def _number_slots(text: str, spelled: bool = False) -> dict[str, set[str]]:
    """Each content word of more than three letters next to a number
    (stemmed) -> the numbers beside it: "won stage 13" -> {"stage": {"13"}}.
    Function words ("when 52", "with 100,000") name nothing counted; one
    bridging word may stand between ("a magnitude of 5.8" -> {"magnitud":
    {"5.8"}}). ``spelled``: numbers written as words count too ("three
    people"): not for support, where "needs three gyroscopes ... lost two of
    its six" would dispute "two of Hubble's six gyroscopes"."""
    cased = _NUMBER_SLOT_RE.findall(text)
    toks = [t.lower() for t in cased]
    if spelled:
        toks = [_NUMBER_WORDS.get(t, t) for t in toks]
    slots: dict[str, set[str]] = {}

    def content(j: int) -> bool:
        return (0 <= j < len(toks) and len(toks[j]) > 3 and not toks[j][0].isdigit()
                and toks[j] not in STOPWORDS)

    for k, tok in enumerate(toks):
        if tok[0].isdigit():
            number = tok.replace(",", "")
            for j, step in ((k - 1, -1), (k + 1, 1)):
                if 0 <= j < len(toks) and toks[j] in _NUMBER_BRIDGES:
                    j += step
                if content(j):
                    slots.setdefault(stem(toks[j]), set()).add(number)
            # the noun a modifier hides: "190 Jewish settlements", "2,600 new housing units" count settlements
            # and housing units, as "144 settlements" does
            j = k + 1
            if (j + 1 < len(toks) and (toks[j] in _NUMBER_MODIFIERS or cased[j][0].isupper())
                    and cased[j + 1].islower() and content(j + 1)):
                slots.setdefault(stem(toks[j + 1]), set()).add(number)
    return slots


def numbers_disagree(claim: str, evidence: str, spelled: bool = False) -> bool:
    """True when ``evidence`` gives another number for something ``claim``
    counts: the same word beside different numbers ("stage 13" / "stage 15").
    A number the evidence does not mention at all is no disagreement, and
    neither is a wire dateline's filing date. ``spelled``: see
    :func:`_number_slots`."""
    theirs = _number_slots(strip_dateline(evidence), spelled)
    return any(word in theirs and not (nums & theirs[word])
               for word, nums in _number_slots(strip_dateline(claim), spelled).items())


#: the share of the summary sentence's distinct content words a fragment must hold to support it: "Five people
#: died, police said" states "Police said on Monday that five people died in the fire" (5 of 7)
FRAGMENT_COVERAGE = 2 / 3


def is_fragment(claim: str, evidence: str, words: int) -> bool:
    """True when ``evidence`` is under ``words`` words and holds less than
    :data:`FRAGMENT_COVERAGE` of ``claim``'s distinct content words: a
    heading, caption, list entry or name that shares a few words with the
    claim but states none of it ("Stade de France", "$13 million", "Both
    pleaded guilty.")."""
    if len(evidence.split()) >= words:
        return False
    claimed = _claim_terms(claim)
    return not claimed or len(claimed & set(content_terms(evidence))) < FRAGMENT_COVERAGE * len(claimed)


@lru_cache(maxsize=256)
def _claim_terms(claim: str) -> frozenset[str]:
    """A summary sentence's distinct content words, dateline left out (made once for all its candidates)."""
    return frozenset(content_terms(strip_dateline(claim)))


@dataclass(frozen=True)
class Support:
    """An article's best candidate for supporting one summary sentence."""

    article_id: str
    sentence: Sentence
    #: TF-IDF cosine to the summary sentence
    lexical: float
    #: sentence-representation cosine; ``None`` when it was not needed (lexical
    #: support, number disagreement) or there is no model
    paraphrase: float | None
    numbers_disagree: bool
    #: the sentence repeats the summary sentence's quotation (or the whole sentence) word for word
    quoted: bool = False
    #: the summary sentence's content is a quotation that the sentence does not repeat (:func:`quote_missing`)
    quote_missing: bool = False
    #: the sentence is a fragment that states none of the summary sentence (:func:`is_fragment`)
    fragment: bool = False


def is_support(support: Support, p: CitationSettings) -> bool:
    """Whether a candidate supports its summary sentence under settings ``p``
    (the rule in the module docstring)."""
    if support.numbers_disagree or support.quote_missing or support.fragment:
        return False
    if support.quoted or support.lexical >= p.min_similarity:
        return True
    return (support.paraphrase is not None and support.lexical >= p.candidate_similarity
            and support.paraphrase >= p.paraphrase_similarity)


class CitationIndex:
    """Finds, for a summary sentence, every article with a sentence that states
    the same content (module docstring). When the representation is
    ``"tfidf"`` or not installed, only lexical support is used
    (:attr:`encoder` is ``None``)."""

    def __init__(self, brief: Brief, settings: Settings, encode=None):
        from .embed import encoder

        self.settings = settings
        # (``encode``: the representation already made, the brief's Memo shared with the selector)
        self.encoder = encode or encoder(settings.citations.model)
        # near-duplicates (wire copies, reprints) are not independent support
        self.sentences = [s for a in brief.sources for s in a.sentences]
        self.similarity = TfidfCosine([s.text for s in self.sentences])
        self._vectors: dict[str, np.ndarray] = {}
        self._lexical: dict[tuple[str, int], list[tuple[Sentence, float, bool, bool]]] = {}
        self._sims: dict[tuple[str, int], np.ndarray] = {}  # sentence -> TF-IDF cosines of self.sentences to it
        self._words: list[str | None] | None = None  # _words() of self.sentences, each made when first needed
        self._lower: list[str] = []  # the sentences lower-cased, made with _words

    def _quoting(self, sentence: Sentence) -> dict[str, int]:
        """Per other article, its first sentence (index into :attr:`sentences`)
        that repeats a :func:`quoted_spans` span of ``sentence`` word for word."""
        spans = quoted_spans(sentence.text)
        if not spans:
            return {}
        if self._words is None:
            self._lower = [s.text.lower() for s in self.sentences]
            self._words = [None] * len(self.sentences)
            # the lower-cased sentences in one text, "\0" between them, and where each starts: a word (letters and
            # digits) found in it lies inside one sentence
            self._joined = "\0".join(self._lower)
            self._starts = list(accumulate((len(low) + 1 for low in self._lower[:-1]), initial=0))
        # (each word of a span is a substring of the lower-cased text of a sentence repeating it: only a sentence
        # holding each span's longest word is read word by word, once; those sentences are found by str.find in
        # the joined text, each sentence at most once per word)
        joined, starts = self._joined, self._starts
        holding: set[int] = set()
        for k in {max(w.split(), key=len) for w in spans}:
            at = joined.find(k)
            while at >= 0:
                i = bisect_right(starts, at) - 1
                holding.add(i)
                at = joined.find(k, starts[i + 1]) if i + 1 < len(starts) else -1
        found: dict[str, int] = {}
        for i in sorted(holding):
            s = self.sentences[i]
            if s.article_id != sentence.article_id and s.article_id not in found:
                words = self._words[i]
                if words is None:
                    words = self._words[i] = _words(s.text)
                if any(w in words for w in spans):
                    found[s.article_id] = i
        return found

    def _candidates(self, sentence: Sentence) -> list[tuple[Sentence, float, bool, bool]]:
        """Per other article, its candidate: the sentence that repeats the
        summary sentence's quotation if any, else its lexically closest sentence
        (when at least the lowest threshold in use); with its TF-IDF cosine,
        whether the numbers disagree and whether it quotes; most similar first.
        Computed once per summary sentence."""
        key = (sentence.article_id, sentence.index)
        if key not in self._lexical:
            p = self.settings.citations
            floor = min(p.min_similarity, p.candidate_similarity) if self.encoder is not None else p.min_similarity
            sims = self._column(sentence)
            quoting = self._quoting(sentence)
            seen: set[str] = {sentence.article_id}
            found = []
            for i in np.argsort(-sims, kind="stable"):
                if sims[i] < floor and quoting.keys() <= seen:
                    break
                s = self.sentences[i]
                if s.article_id in seen or (sims[i] < floor and s.article_id not in quoting):
                    continue
                if s.article_id not in quoting and is_fragment(sentence.text, s.text, p.fragment_words):
                    continue  # a heading or list entry: the article's next closest sentence is its candidate
                if s.article_id in quoting:  # the quoting sentence, not the closest one
                    i = quoting[s.article_id]
                    s = self.sentences[i]
                seen.add(s.article_id)
                found.append((s, float(sims[i]), numbers_disagree(sentence.text, s.text), s.article_id in quoting))
            found.sort(key=lambda t: -t[1])
            self._lexical[key] = found
        return self._lexical[key]

    def _column(self, sentence: Sentence) -> np.ndarray:
        """TF-IDF cosines of :attr:`sentences` to ``sentence`` (made once; :meth:`prefetch` makes the summary's
        at once)."""
        key = (sentence.article_id, sentence.index)
        sims = self._sims.get(key)
        if sims is None:
            sims = self._sims[key] = self.similarity.to([sentence.text])[:, 0]
        return sims

    def _needs_model(self, sentence: Sentence) -> list[Sentence]:
        """The candidates of ``sentence`` that only the model can accept."""
        if self.encoder is None:
            return []
        low = self.settings.citations.min_similarity
        return [s for s, lexical, disagree, quoted in self._candidates(sentence)
                if lexical < low and not disagree and not quoted and not quote_missing(sentence.text, s.text)]

    def _embed(self, texts: Iterable[str]) -> None:
        """Embed the texts not embedded yet, in one batch (dateline left out)."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if todo:
            self._vectors.update(zip(todo, self.encoder([strip_dateline(t) for t in todo])))

    def prefetch(self, sentences: Iterable[Sentence]) -> None:
        """Embed, in one batch, everything :meth:`cite` will need for
        ``sentences`` (the summary): one model run over similar lengths costs
        less than one per summary sentence."""
        sentences = list(sentences)
        todo = list({(s.article_id, s.index): s for s in sentences
                     if (s.article_id, s.index) not in self._sims}.items())
        if todo:  # their TF-IDF cosines in one transform: a column is what one sentence alone gets
            sims = self.similarity.to([s.text for _, s in todo])
            for k, (key, _) in enumerate(todo):
                self._sims[key] = sims[:, k]
        texts = []
        for sentence in sentences:
            candidates = self._needs_model(sentence)
            if candidates:
                texts += [sentence.text] + [s.text for s in candidates]
        if texts:
            self._embed(texts)

    def supports(self, sentence: Sentence) -> list[Support]:
        """Each other article's candidate with the evidence the decision uses."""
        if self.similarity.empty:
            return []
        need = {(s.article_id, s.index) for s in self._needs_model(sentence)}
        if need:
            self._embed([sentence.text] + [t[0].text for t in self._candidates(sentence)
                                           if (t[0].article_id, t[0].index) in need])
            query = self._vectors[sentence.text]
        out = []
        for s, lexical, disagree, quoted in self._candidates(sentence):
            cosine = float(self._vectors[s.text] @ query) if (s.article_id, s.index) in need else None
            out.append(Support(s.article_id, s, lexical, cosine, disagree, quoted,
                               not quoted and quote_missing(sentence.text, s.text)))
        return out

    def support_of(self, sentence: Sentence, other: Sentence) -> Support | None:
        """The evidence that ``other`` (a sentence of another article, one the selector skipped as a repeat of
        ``sentence``) supports ``sentence``, by the same rule as the article's own candidate; None when
        ``other``'s article is no source here (a near-duplicate)."""
        rows = self._rows()
        i = rows.get((other.article_id, other.index))
        if i is None or self.similarity.empty:
            return None
        lexical = float(self._column(sentence)[i])
        disagree = numbers_disagree(sentence.text, other.text)
        spans = quoted_spans(sentence.text)
        quoted = bool(spans) and any(w in _words(other.text) for w in spans)
        missing = not quoted and quote_missing(sentence.text, other.text)
        fragment = not quoted and is_fragment(sentence.text, other.text, self.settings.citations.fragment_words)
        cosine = None
        if (self.encoder is not None and not disagree and not quoted and not missing and not fragment
                and self.settings.citations.candidate_similarity <= lexical < self.settings.citations.min_similarity):
            self._embed([sentence.text, other.text])
            cosine = float(self._vectors[sentence.text] @ self._vectors[other.text])
        return Support(other.article_id, other, lexical, cosine, disagree, quoted, missing, fragment)

    def _rows(self) -> dict[tuple[str, int], int]:
        if not hasattr(self, "_row_of"):
            self._row_of = {(s.article_id, s.index): i for i, s in enumerate(self.sentences)}
        return self._row_of

    def supported(self, support: Support) -> bool:
        """The decision for one candidate, under this index's settings."""
        return is_support(support, self.settings.citations)

    def cite(self, sentence: Sentence) -> list[Citation]:
        """Every article with a sentence supporting ``sentence``: the best
        sentence per article, the sentence's own article first, the others by
        score (1.0 for a verbatim quotation, TF-IDF cosine for lexical support,
        else the model's cosine)."""
        cites = [Citation(sentence.article_id, sentence.article.outlet, sentence.index, sentence.text, 1.0)]
        best = []
        for support in self.supports(sentence):
            if self.supported(support):
                score = 1.0 if support.quoted else support.lexical if support.paraphrase is None else support.paraphrase
                best.append((score, support.sentence))
        for score, s in sorted(best, key=lambda t: -t[0]):
            cites.append(Citation(s.article_id, s.article.outlet, s.index, s.text, min(1.0, score)))
        return cites
