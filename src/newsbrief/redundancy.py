"""Redundancy: do two sentences report the same fact?

Two sentences report the same fact when they are similar enough (a sentence
representation, compared by cosine) and agree on what a paraphrase cannot
change: their numbers and their names. "More than 3,000 people died" and
"30,000 people died in the flooding that year" share words but not a number,
so they are two facts; "Haftar has left talks in Moscow without signing a
deal" and "The general left Moscow without signing the deal" are one (they
share the run "Moscow without signing deal").

:class:`LexicalFacts` represents sentences by TF-IDF over stemmed content
words (fitted on the sentences of one brief) plus the overlap of their
content words. The representation is one method, :meth:`LexicalFacts.similarity`:
a paraphrase-aware representation (sentence embeddings) plugs in by
subclassing and overriding it, and keeps the agreement checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .config import SelectionSettings
from .features import content_stems, content_terms, stems

#: Thresholds of the same-fact rule are settings (``selection.redundancy_*``, with their measured reasons);
#: these are the selector's defaults, read from there.
_DEFAULTS = SelectionSettings()
#: A shared run of content words needs this many words (its default length; ``selection.redundancy_shared_run``).
SHARED_RUN = _DEFAULTS.redundancy_shared_run
#: Irregular past tenses that mark a run as telling an event (regular ones end in -ed, -ing).
_IRREGULAR_VERBS = frozenset(
    """left said took made won lost met held sent led fell rose told gave came went began saw found put set hit cut
    shot struck fled broke built bought sold paid spent stood sat ran drove flew threw wrote spoke chose froze
    stole swore tore wore bore hung fought caught taught brought thought sought kept slept swept felt dealt meant
    quit split spread shut beat bid bound dug fed forgave forbade got hid knew lay lit overtook overthrew rode rang
    sank sang slid sprang stuck stung strove swam swung withdrew won""".split()
)

_NUMBER_RE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_NUMBER_WORDS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "hundred": "100", "thousand": "1000",
    "dozen": "12", "million": "1000000", "billion": "1000000000",
}
_NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\b")
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")


def numbers(text: str) -> set[str]:
    """The numbers a sentence states (digits, and number words as digits); years are left out
    (they date a fact, they do not count it)."""
    out = {n.replace(",", "") for n in _NUMBER_RE.findall(text)}
    out = {n for n in out if not _YEAR_RE.match(n)}
    for w in re.findall(r"[a-z]+", text.lower()):
        if w in _NUMBER_WORDS:
            out.add(_NUMBER_WORDS[w])
    return out


def names(text: str) -> set[str]:
    """Capitalized words not at the sentence start (names, mostly), lower-cased."""
    return {m.group(0).lower() for m in _NAME_RE.finditer(text)}


_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’]*")


def _verb_form(word: str) -> bool:
    w = word.lower()
    return w.endswith(("ed", "ing")) or w in _IRREGULAR_VERBS


def content_runs(text: str, n: int = SHARED_RUN) -> set[tuple[str, ...]]:
    """Runs of ``n`` consecutive content words (stemmed; function words skipped
    over) with at least two words that are not capitalized names and one verb form."""
    content = []
    for w in _WORD_RE.findall(text):
        st = stems(w)
        if st and content_stems(st[:1]):
            content.append((st[0], w[0].islower(), _verb_form(w)))
    out = set()
    for i in range(len(content) - n + 1):
        run = content[i : i + n]
        if sum(low for _, low, _ in run) >= 2 and any(verb for _, _, verb in run):
            out.add(tuple(st for st, _, _ in run))
    return out


def agree(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` agree on numbers and names, as one fact told twice must?
    Both must state a common number if both state numbers, and a common name if
    both name someone or something."""
    na, nb = numbers(a), numbers(b)
    if na and nb and not na & nb:
        return False
    ea, eb = names(a), names(b)
    if ea and eb and not ea & eb:
        return False
    return True


def _identity(terms: list[str]) -> list[str]:
    return terms


class LexicalFacts:
    """Same-fact tests over a fixed list of sentence texts (one brief's candidates).

    Two sentences are close when their cosine is at least ``min_cosine``, or
    at least ``supporting_cosine`` with ``min_containment`` of the shorter's
    content words (``min_shared`` or more) in the longer, or a shared run of
    ``shared_run`` content words (:func:`content_runs`). ``terms``: each
    text's content terms when the caller has them already
    (:func:`~newsbrief.features.content_terms` of each text otherwise)."""

    def __init__(self, texts: Sequence[str], min_cosine: float = _DEFAULTS.redundancy_cosine,
                 min_containment: float = _DEFAULTS.redundancy_containment,
                 terms: Sequence[list[str]] | None = None, *,
                 supporting_cosine: float = _DEFAULTS.redundancy_supporting_cosine,
                 min_shared: int = _DEFAULTS.redundancy_min_shared,
                 shared_run: int = _DEFAULTS.redundancy_shared_run):
        from .similarity import SublinearTfidf

        self.texts = list(texts)
        self.min_cosine = min_cosine
        self.min_containment = min_containment
        self.supporting_cosine = supporting_cosine
        self.min_shared = min_shared
        self.shared_run = shared_run
        term_lists = list(terms) if terms is not None else [content_terms(t) for t in self.texts]
        self.terms = [set(t) for t in term_lists]
        self._runs: dict[int, set[tuple[str, ...]]] = {}
        try:
            # (scikit-learn's TfidfVectorizer(analyzer=_identity, sublinear_tf=True), bit for bit)
            self.matrix = SublinearTfidf().fit_transform(term_lists)
        except ValueError:  # no content words at all
            self.matrix = None

    def similarity(self, i: int, j: int) -> float:
        """Cosine of sentences ``i`` and ``j`` in this representation."""
        if self.matrix is None:
            return 0.0
        return float((self.matrix[i] @ self.matrix[j].T).toarray()[0, 0])

    def containment(self, i: int, j: int) -> float:
        a, b = self.terms[i], self.terms[j]
        shared = len(a & b)
        if shared < self.min_shared:
            return 0.0
        return shared / max(1, min(len(a), len(b)))

    def same_fact(self, i: int, j: int) -> bool:
        """Do sentences ``i`` and ``j`` report the same fact?"""
        return self._close(i, j, self.similarity(i, j)) and agree(self.texts[i], self.texts[j])

    def _close(self, i: int, j: int, cosine: float) -> bool:
        if cosine >= self.min_cosine:
            return True
        return cosine >= self.supporting_cosine and (
            self.containment(i, j) >= self.min_containment or bool(self.runs(i) & self.runs(j)))

    def runs(self, i: int) -> set[tuple[str, ...]]:
        """:func:`content_runs` of text ``i`` (made when first needed: only close pairs need them)."""
        if i not in self._runs:
            self._runs[i] = content_runs(self.texts[i], self.shared_run)
        return self._runs[i]

    def first_same_fact(self, i: int, others: Sequence[int]) -> int | None:
        """The first of ``others`` that reports the same fact as ``i``, or None."""
        if not others:
            return None
        if self.matrix is not None:
            cos = (self.matrix[list(others)] @ self.matrix[i].T).toarray().ravel()
        else:
            cos = np.zeros(len(others))
        for j, c in zip(others, cos):
            if self._close(i, j, c) and agree(self.texts[i], self.texts[j]):
                return j
        return None

    def redundant_pairs(self, indices: Sequence[int]) -> list[tuple[int, int]]:
        """Pairs among ``indices`` that report the same fact."""
        idx = list(indices)
        return [(a, b) for k, a in enumerate(idx) for b in idx[k + 1 :] if self.same_fact(a, b)]


class ParaphraseFacts(LexicalFacts):
    """:class:`LexicalFacts` that also counts paraphrase: two sentences are
    close too when their sentence-representation cosine (``encoder``,
    :mod:`newsbrief.embed`) is at least ``min_paraphrase``, or at least
    ``anchored_paraphrase`` when they also share words (TF-IDF cosine at least
    ``anchor_cosine``, or ``anchor_shared`` content words when it is above 0); names and numbers must still agree. Texts are embedded when a same-fact test first needs
    them (the greedy tests only the sentences it is about to choose), once."""

    def __init__(self, texts: Sequence[str], encoder, min_paraphrase: float, anchored_paraphrase: float = 1.0,
                 anchor_cosine: float = 1.0, anchor_shared: int = 0, **kw):
        super().__init__(texts, **kw)
        self.encoder = encoder
        self.min_paraphrase = min_paraphrase
        self.anchored_paraphrase = anchored_paraphrase
        self.anchor_cosine = anchor_cosine
        self.anchor_shared = anchor_shared
        self._vectors: dict[int, np.ndarray] = {}

    def vectors(self, rows: Sequence[int]) -> np.ndarray:
        """Unit vectors of texts ``rows`` (embedded once each)."""
        todo = [r for r in dict.fromkeys(rows) if r not in self._vectors]
        if todo:
            self._vectors.update(zip(todo, self.encoder([self.texts[r] for r in todo])))
        return np.array([self._vectors[r] for r in rows])

    def same_fact(self, i: int, j: int) -> bool:
        return super().same_fact(i, j) or self.first_paraphrase(i, [j]) is not None

    def anchored(self, i: int, j: int) -> bool:
        """Do ``i`` and ``j`` share words enough for the anchored cosine: a TF-IDF
        cosine of ``anchor_cosine``, or ``anchor_shared`` content words (when above 0)?"""
        if self.similarity(i, j) >= self.anchor_cosine:
            return True
        return 0 < self.anchor_shared <= len(self.terms[i] & self.terms[j])

    def first_paraphrase(self, i: int, others: Sequence[int]) -> int | None:
        """The first of ``others`` whose representation cosine with ``i`` is at
        least ``min_paraphrase``, or at least ``anchored_paraphrase`` with a
        TF-IDF cosine of at least ``anchor_cosine`` (shared words), names and
        numbers agreeing; or None."""
        agreeing = [j for j in others if agree(self.texts[i], self.texts[j])]
        if not agreeing:
            return None
        vecs = self.vectors([i, *agreeing])
        for j, c in zip(agreeing, vecs[1:] @ vecs[0]):
            if c >= self.min_paraphrase or (c >= self.anchored_paraphrase and self.anchored(i, j)):
                return j
        return None


def facts_for(texts: Sequence[str], settings: SelectionSettings, model: str,
              terms: Sequence[list[str]] | None = None, encode=None) -> LexicalFacts:
    """The selector's same-fact rule at ``settings``' thresholds: paraphrase-aware
    with sentence representation ``model`` (:func:`newsbrief.embed.encoder`)
    when it is installed and ``selection.redundancy_paraphrase`` is below 1,
    lexical otherwise. ``encode``: that representation already made (the brief's
    :class:`~newsbrief.embed.Memo`, shared with its citation index)."""
    from .embed import encoder

    kw = dict(min_cosine=settings.redundancy_cosine, min_containment=settings.redundancy_containment,
              terms=terms, supporting_cosine=settings.redundancy_supporting_cosine,
              min_shared=settings.redundancy_min_shared, shared_run=settings.redundancy_shared_run)
    model_encoder = (encode or encoder(model)) if settings.redundancy_paraphrase < 1.0 else None
    if model_encoder is None:
        return LexicalFacts(texts, **kw)
    return ParaphraseFacts(texts, model_encoder, settings.redundancy_paraphrase,
                           anchored_paraphrase=settings.redundancy_paraphrase_anchored,
                           anchor_cosine=settings.redundancy_anchor_cosine,
                           anchor_shared=settings.redundancy_anchor_shared, **kw)


__all__ = ["LexicalFacts", "ParaphraseFacts", "facts_for", "agree", "names", "numbers"]
