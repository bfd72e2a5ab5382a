"""The budget rule, the same for every system.

A system proposes sentences in its output order; whole sentences are kept
until the budget is reached (the last one may overflow), then the text is cut
to exactly ``words`` whitespace-separated words (fewer only when the system
proposed fewer). Words are counted as DUC/ROUGE's ``-l`` option counts them:
whitespace-separated tokens. :func:`take_sentences` is the one "sentences
until the budget" rule: the systems and peers use it to stop ranking too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def count_words(text: str) -> int:
    return len(text.split())


def take_sentences(sentences: Iterable[T], words: int, size: Callable[[T], int] = count_words) -> list[T]:
    """Whole sentences, in order, until at least ``words`` words are taken
    (the last one may overflow). ``size`` counts the words of one sentence,
    for sentences wrapped in a peer's own objects."""
    out: list[T] = []
    used = 0
    for s in sentences:
        if used >= words:
            break
        out.append(s)
        used += size(s)
    return out


def cut(sentences: Iterable[str], words: int) -> str:
    """Whole sentences until the budget, then exactly ``words`` words."""
    tokens: list[str] = []
    for s in take_sentences(sentences, words):
        tokens.extend(s.split())
    return " ".join(tokens[:words])
