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

Citations (:class:`CitationIndex`): an article supports a summary sentence
when one of its sentences states the same content, reworded (TF-IDF) or
paraphrased (a sentence representation, :mod:`newsbrief.embed`), with no
disagreeing number. Citations never change which sentences are selected.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from . import _patterns
from .config import Settings
from .features import bigram_concepts, content_terms, stem, stems, word_count
from .model import Brief, BriefStage, Citation, Sentence, SummarySentence
from .similarity import TfidfCosine



@dataclass
class Candidate:
    sentence: Sentence
    text: str
    words: int
    concepts: set[tuple[str, str]]
    lead: float


def compress(text: str) -> str:
    """Shorten a sentence for display without changing what it says: drop a
    wire dateline ("LONDON (AP) --", "Jan. 14 (UPI) --")."""
    m = _patterns.DATELINE_PREFIX_RE.match(text)
    if m and m.end() < len(text) - 20:
        rest = text[m.end() :]
        return rest[0].upper() + rest[1:]
    return text


def _is_candidate_text(text: str, settings: Settings) -> bool:
    n = word_count(text)
    if n < settings.selection.min_sentence_words or n > settings.selection.max_sentence_words:
        return False
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in '.!?"”\'’)':
        return False  # headings, captions, menu lines
    if stripped.endswith("?"):
        return False  # questions rarely state what happened
    return True


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
            brief.warnings.append("no sentence long enough to summarize")
            return brief
        weights = self._concept_weights(candidates, len(articles))
        self._title_boost(weights, articles)
        chosen = self._greedy(candidates, weights, brief.words)
        index = CitationIndex(brief, settings)
        if self.overflow and len(chosen) > 1:
            chosen = self._order(chosen[:-1]) + chosen[-1:]  # the one the cut may fall on goes last
        else:
            chosen = self._order(chosen)
        brief.summary = [
            SummarySentence(text=c.text, citations=index.cite(c.sentence), source=c.sentence) for c in chosen
        ]
        brief.headline = self._headline(candidates, weights, settings)
        return brief

    # -- scoring ---------------------------------------------------------------

    def _candidates(self, articles, settings: Settings) -> list[Candidate]:
        out = []
        for art in articles:
            for s in art.sentences:
                text = compress(" ".join(s.text.split()))
                if not _is_candidate_text(text, settings):
                    continue
                out.append(Candidate(s, text, word_count(text), bigram_concepts(stems(text)), 1.0 / (1 + s.index)))
        return out

    def _concept_weights(self, cands: list[Candidate], n_articles: int) -> dict[tuple[str, str], float]:
        """Cross-source frequency plus position mass, per concept."""
        first: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
        for c in cands:
            art = c.sentence.article_id
            idx = c.sentence.index
            for k in c.concepts:
                seen = first[k]
                if idx < seen.get(art, idx + 1):
                    seen[art] = idx
        p = self.settings.selection
        weights = {}
        for k, arts in first.items():
            n = len(arts)
            df = float(n) if (n > 1 or n_articles <= 1) else p.single_source_weight
            weights[k] = df + p.position_weight * sum(1.0 / (1 + i) for i in arts.values())
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

    def _greedy(self, cands: list[Candidate], weights, budget: int) -> list[Candidate]:
        """Lazy budgeted greedy on value / length ** ``selection.length_exponent``."""
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
            gain = sum(weights[k] for k in concepts if k not in covered)
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
        while heap and used < budget:
            _, i, c = heapq.heappop(heap)
            if not self.overflow and used + c.words > budget:
                continue  # never fits again: the budget only shrinks
            v = value(c)
            if v <= 0:
                continue
            if heap and v < -heap[0][0]:
                heapq.heappush(heap, (-v, i, c))  # stale: re-queue with its true value
                continue
            chosen.append(c)
            covered |= c.concepts
            covered_articles.add(c.sentence.article_id)
            used += c.words
        if not self.overflow and chosen:
            # Khuller et al.: the best single sentence that fits, if it beats the greedy set
            fits = [c for c in cands if c.words <= budget]
            if fits:
                best = max(fits, key=lambda c: sum(weights[k] for k in c.concepts))
                if sum(weights[k] for k in best.concepts) > sum(weights[k] for k in set().union(*(c.concepts for c in chosen))):
                    chosen = [best]
        return chosen

    @staticmethod
    def _order(chosen: list[Candidate]) -> list[Candidate]:
        """Readable order: by relative position in the article, then date."""
        def key(c: Candidate):
            art = c.sentence.article
            rel = c.sentence.index / max(1, len(art.sentences))
            return (round(rel, 1), art.date.toordinal() if art.date else 0, c.sentence.index)

        return sorted(chosen, key=key)

    def _headline(self, cands: list[Candidate], weights, settings: Settings) -> str:
        best, best_score = None, -1.0
        for c in cands:
            if c.words > settings.selection.headline_words:
                continue
            score = sum(weights[k] for k in c.concepts) / max(1, c.words) ** 0.5 * (1 + c.lead)
            if score > best_score:
                best, best_score = c, score
        if best is None:
            best = cands[0]
        text = best.text
        m = _patterns.ATTRIBUTION_TAIL_RE.search(text)
        if m and '"' not in text and "“" not in text:
            text = text[: m.start()] + "."
        words = text.split()
        if len(words) > settings.selection.headline_words:
            text = " ".join(words[: settings.selection.headline_words]).rstrip(",;:") + "…"
        return text


#: a number and the word beside it ("stage 13", "13 people"), for the number-agreement check
_NUMBER_SLOT_RE = re.compile(r"[a-z]+|\d[\d,.]*\d|\d")


def _number_slots(text: str) -> dict[str, set[str]]:
    """Each word of more than three letters next to a number (stemmed) ->
    the numbers beside it: "won stage 13" -> {"stage": {"13"}}."""
    toks = _NUMBER_SLOT_RE.findall(text.lower())
    slots: dict[str, set[str]] = {}
    for k, tok in enumerate(toks):
        if tok[0].isdigit():
            for j in (k - 1, k + 1):
                if 0 <= j < len(toks) and len(toks[j]) > 3 and not toks[j][0].isdigit():
                    slots.setdefault(stem(toks[j]), set()).add(tok.replace(",", ""))
    return slots


def numbers_disagree(claim: str, evidence: str) -> bool:
    """True when ``evidence`` gives another number for something ``claim``
    counts: the same word beside different numbers ("stage 13" / "stage 15").
    A number the evidence does not mention at all is no disagreement."""
    theirs = _number_slots(evidence)
    return any(word in theirs and not (nums & theirs[word]) for word, nums in _number_slots(claim).items())


class CitationIndex:
    """Finds, for a summary sentence, every article with a sentence that states
    the same content.

    Two ways to support, both vetoed when the numbers disagree
    (:func:`numbers_disagree`):

    - lexical: TF-IDF cosine over stemmed content words of at least
      ``citations.min_similarity`` (reprints, light rewording);
    - paraphrase: the article's lexically closest sentence, when its TF-IDF
      cosine is at least ``citations.candidate_similarity``, has a sentence
      representation (:mod:`newsbrief.embed`, ``citations.model``) cosine of
      at least ``citations.paraphrase_similarity``. Only these candidates and
      the cited sentences are embedded, once per index.

    When the representation is ``"tfidf"`` or not installed, only the lexical
    way is used (:attr:`encoder` is ``None``).
    """

    def __init__(self, brief: Brief, settings: Settings):
        from .embed import encoder

        self.settings = settings
        self.encoder = encoder(settings.citations.model)
        # near-duplicates (wire copies, reprints) are not independent support
        self.sentences = [s for a in brief.sources for s in a.sentences]
        self.similarity = TfidfCosine([s.text for s in self.sentences])
        self._vectors: dict[str, np.ndarray] = {}

    def _embed(self, texts: list[str]) -> list[np.ndarray]:
        """Sentence vectors, each text embedded once per index."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if todo:
            self._vectors.update(zip(todo, self.encoder(todo)))
        return [self._vectors[t] for t in texts]

    def cite(self, sentence: Sentence) -> list[Citation]:
        """Every article with a sentence supporting ``sentence``: the best
        sentence per article, the sentence's own article first."""
        own = Citation(sentence.article_id, sentence.article.outlet, sentence.index, sentence.text, 1.0)
        if self.similarity.empty:
            return [own]
        p = self.settings.citations
        sims = self.similarity.to([sentence.text])[:, 0]
        floor = min(p.min_similarity, p.candidate_similarity) if self.encoder is not None else p.min_similarity
        closest: dict[str, int] = {}  # article -> index of its lexically closest sentence
        for i in np.argsort(-sims, kind="stable"):
            if sims[i] < floor:
                break
            art = self.sentences[i].article_id
            if art != sentence.article_id and art not in closest:
                closest[art] = int(i)
        best: dict[str, tuple[float, Sentence]] = {}
        paraphrase: list[tuple[str, int]] = []
        for art, i in closest.items():
            s = self.sentences[i]
            if numbers_disagree(sentence.text, s.text):
                continue
            if sims[i] >= p.min_similarity:
                best[art] = (float(sims[i]), s)
            elif self.encoder is not None:
                paraphrase.append((art, i))
        if paraphrase:
            query, *vectors = self._embed([sentence.text] + [self.sentences[i].text for _, i in paraphrase])
            for (art, i), vector in zip(paraphrase, vectors):
                cosine = float(vector @ query)
                if cosine >= p.paraphrase_similarity:
                    best[art] = (cosine, self.sentences[i])
        cites = [own]
        for sim, s in sorted(best.values(), key=lambda t: -t[0]):
            cites.append(Citation(s.article_id, s.article.outlet, s.index, s.text, min(1.0, sim)))
        return cites
