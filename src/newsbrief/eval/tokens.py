"""Text -> ROUGE tokens, exactly as Google's ``rouge-score`` makes them.

``rouge_score.tokenizers.DefaultTokenizer(use_stemmer=True)``: lowercase,
every non-alphanumeric character becomes a space, Porter-stem tokens longer
than 3 characters, keep ``[a-z0-9]+``. :class:`RougeTokenizer` gives the same
tokens (``tests/test_eval.py`` checks this on real text) but memoizes stems,
which makes scoring many systems against the same references several times
faster. It is passed to ``rouge_scorer.RougeScorer(tokenizer=...)``.
"""

from __future__ import annotations

import re

from rouge_score import tokenizers

_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")


class RougeTokenizer(tokenizers.Tokenizer):
    """``DefaultTokenizer(use_stemmer=True)`` with a stem cache."""

    def __init__(self):
        self._stemmer = None
        self._cache: dict[str, str] = {}

    def _stem(self, token: str) -> str:
        out = self._cache.get(token)
        if out is None:
            if self._stemmer is None:
                from nltk.stem import porter

                self._stemmer = porter.PorterStemmer()
            out = self._stemmer.stem(token) if len(token) > 3 else token
            self._cache[token] = out
        return out

    def tokenize(self, text: str) -> list[str]:
        return [self._stem(t) for t in _NON_ALNUM_RE.sub(" ", text.lower()).split()]
