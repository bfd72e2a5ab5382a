"""The budget rule, the same for every system.

A system proposes sentences in its output order; whole sentences are kept
until the budget is reached (the last one may overflow), then the text is cut
to exactly ``words`` whitespace-separated words (fewer only when the system
proposed fewer). Words are counted as DUC/ROUGE's ``-l`` option counts them:
whitespace-separated tokens.
"""

from __future__ import annotations

from collections.abc import Iterable


def count_words(text: str) -> int:
    return len(text.split())


def take_sentences(sentences: Iterable[str], words: int) -> list[str]:
    """Whole sentences, in order, until at least ``words`` words are taken."""
    out: list[str] = []
    used = 0
    for s in sentences:
        if used >= words:
            break
        n = count_words(s)
        if n == 0:
            continue
        out.append(s)
        used += n
    return out


def cut(sentences: Iterable[str], words: int) -> str:
    """Whole sentences until the budget, then exactly ``words`` words."""
    tokens: list[str] = []
    for s in take_sentences(sentences, words):
        tokens.extend(s.split())
    return " ".join(tokens[:words])
