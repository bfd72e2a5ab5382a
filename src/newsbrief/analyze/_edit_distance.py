"""Levenshtein distance of two short strings, in a module of its own with no imports of the package.

Both :mod:`newsbrief.analyze.entities` (spellings of one name) and :mod:`newsbrief.analyze.gazetteer` (spellings of
a big city's name) measure with it; entities imports gazetteer, so the one function lives here, where neither import
makes a cycle (``tests/test_imports.py``).
"""

from __future__ import annotations


def edit_distance(a: str, b: str) -> int:
    """The number of single-letter insertions, deletions and substitutions turning ``a`` into ``b``."""
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
