"""The systems an evaluation compares, behind one interface.

A system takes a prepared story (articles cleaned and segmented by our own
:class:`~newsbrief.segment.Segmenter`, so every system sees the same
sentences) and a word budget, and returns the sentences of its summary in its
output order, whole, at least ``words`` words when it has them (the last one
may overflow). :func:`~newsbrief.eval.budget.cut` then applies the same
"whole sentences, then exactly N words" rule to every system.

* ``newsbrief``: our default summarizer, the :class:`~newsbrief.selection.Selector`
  with ``overflow=True`` (so its last sentence may run past the budget and be
  cut like everyone else's).
* ``lead``: the first sentence of each article in turn, then the second, ...
* ``oracle``: greedy ROUGE-2 recall against the references (an upper bound
  for extractive summaries of this kind, not a summarizer).
* peers (optional extra ``newsbrief[peers]``), see :mod:`newsbrief.eval.peers`.

:data:`BUILTIN` names our systems; :mod:`newsbrief.eval.registry` joins them
with the peers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from ..config import Settings
from ..model import Brief
from .budget import take_sentences


class System(Protocol):
    name: str
    #: True only for the oracle, which reads the references.
    uses_references: bool

    def summarize(self, brief: Brief, words: int, references: Sequence[str] = ()) -> list[str]: ...


#: Builds a system; ``settings`` reach the systems that have any.
SystemFactory = Callable[[Settings | None], System]


def sentence_texts(brief: Brief) -> list[list[str]]:
    """Whitespace-normalized sentence texts, one list per article."""
    return [[" ".join(s.text.split()) for s in art.sentences] for art in brief.articles]


class NewsbriefSystem:
    name = "newsbrief"
    uses_references = False

    def __init__(self, settings: Settings | None = None):
        self.settings = settings

    def summarize(self, brief: Brief, words: int, references: Sequence[str] = ()) -> list[str]:
        from ..selection import Selector

        out = Selector(self.settings, overflow=True)(Brief(articles=brief.articles, words=words))
        return [s.text for s in out.summary]


class LeadSystem:
    """First sentence of each article in turn, then the second, and so on."""

    name = "lead"
    uses_references = False

    def summarize(self, brief: Brief, words: int, references: Sequence[str] = ()) -> list[str]:
        per_article = sentence_texts(brief)
        depth = max(map(len, per_article), default=0)
        in_turn = (sents[i] for i in range(depth) for sents in per_article if i < len(sents))
        return take_sentences(in_turn, words)


class OracleSystem:
    """Greedy ROUGE-2 recall (mean over references) of the cut summary.

    At each step adds the sentence whose first ``words - used`` words raise
    the mean ROUGE-2 recall most, bigrams across the sentence joint included
    (as rouge-score counts them), and stops at the budget or when nothing
    helps. An upper bound for sentence extraction, found greedily.
    """

    name = "oracle"
    uses_references = True

    def __init__(self):
        from .tokens import RougeTokenizer  # rouge-score and NLTK load only when an oracle is built

        self._tok = RougeTokenizer()

    def summarize(self, brief: Brief, words: int, references: Sequence[str] = ()) -> list[str]:
        refs = [Counter(_bigrams(self._tok.tokenize(r))) for r in references]
        refs = [r for r in refs if r]
        if not refs:
            return []
        totals = [sum(r.values()) for r in refs]
        cands = []
        seen: set[str] = set()
        for sents in sentence_texts(brief):
            for text in sents:
                if text in seen or not text:
                    continue
                seen.add(text)
                ws = text.split()
                cands.append((text, [self._tok.tokenize(w) for w in ws]))
        chosen: list[str] = []
        summary: Counter = Counter()
        last: str | None = None
        used = 0
        while used < words and cands:
            best, best_gain, best_toks = -1, 0.0, None
            room = words - used
            for i, (text, word_toks) in enumerate(cands):
                toks = [t for w in word_toks[:room] for t in w]
                grams = _bigrams(([last] if last else []) + toks)
                if not grams:
                    continue
                add = Counter(grams)
                gain = 0.0
                for ref, total in zip(refs, totals):
                    g = 0
                    for k, c in add.items():
                        r = ref.get(k)
                        if r:
                            have = summary.get(k, 0)
                            g += min(have + c, r) - min(have, r)
                    gain += g / total
                if gain > best_gain:
                    best, best_gain, best_toks = i, gain, toks
            if best < 0 or best_toks is None:
                break
            text, word_toks = cands.pop(best)
            summary.update(_bigrams(([last] if last else []) + best_toks))
            if best_toks:
                last = best_toks[-1]
            chosen.append(text)
            used += len(word_toks)
        return chosen


def _bigrams(tokens: list[str]) -> list[tuple[str, str]]:
    return list(zip(tokens, tokens[1:]))


#: Our own systems: name -> factory.
BUILTIN: dict[str, SystemFactory] = {
    "newsbrief": NewsbriefSystem,
    "lead": lambda settings: LeadSystem(),
    "oracle": lambda settings: OracleSystem(),
}
DEFAULT_SYSTEMS = tuple(BUILTIN)
