"""Sentence similarity for the cross-source view without an ``n x n`` matrix.

:class:`Neighbours` keeps, for every sentence, only the other sentences at
least ``floor`` similar (TF-IDF cosine), computed a block of rows at a time:
memory grows with the number of close pairs, not with the square of the
number of sentences. Every threshold of the view is at or above the floor, so
a pair that is not kept is "not similar" for every use; :meth:`exact` gives
the cosine of any pair when its value is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: Rows multiplied against all others at once: a block of 512 rows x 5,000
#: sentences is a few MB of sparse products.
BLOCK_ROWS = 512


class Neighbours:
    """Cosines at or above ``floor`` between the L2-normalized sparse rows of ``matrix``
    (``None``: no vocabulary, nothing is similar)."""

    def __init__(self, matrix, floor: float, block_rows: int = BLOCK_ROWS):
        from scipy.sparse import csr_matrix, vstack

        self.matrix = matrix
        self.floor = floor
        n = 0 if matrix is None else matrix.shape[0]
        parts = []
        for start in range(0, n, block_rows):
            part = (matrix[start : start + block_rows] @ matrix.T).tocsr()
            part.data[part.data < floor] = 0.0
            part.eliminate_zeros()
            parts.append(part.astype(np.float32))
        self.sim = vstack(parts).tocsr() if parts else csr_matrix((n, n), dtype=np.float32)
        self._rows: dict[int, dict[int, float]] = {}

    def row(self, i: int) -> dict[int, float]:
        """Sentence ``i``'s neighbours (itself included) and their cosines."""
        r = self._rows.get(i)
        if r is None:
            lo, hi = self.sim.indptr[i], self.sim.indptr[i + 1]
            r = dict(zip(self.sim.indices[lo:hi].tolist(), self.sim.data[lo:hi].tolist()))
            self._rows[i] = r
        return r

    def __call__(self, i: int, j: int) -> float:
        """The cosine of ``i`` and ``j`` when at least the floor, else 0."""
        return self.row(i).get(j, 0.0)

    def exact(self, i: int, j: int) -> float:
        """The cosine of ``i`` and ``j``, however low."""
        if self.matrix is None:
            return 0.0
        return float(self.matrix[i].multiply(self.matrix[j]).sum())

    def cross(self, i: int, groups: Sequence[int] | np.ndarray) -> dict[int, float]:
        """``i``'s neighbours whose group (outlet) differs from ``i``'s."""
        g = groups[i]
        return {j: v for j, v in self.row(i).items() if groups[j] != g}
