"""Tables of results: the same columns in the terminal and in docs/benchmarks.md."""

from __future__ import annotations

from collections.abc import Sequence

from .aggregate import SystemScore

COLUMNS = ("system", "R-1 R", "R-1 F", "R-2 R", "R-2 F", "R-L R", "R-L F", "s/cluster", "total s")


def row(r: SystemScore) -> list[str]:
    """One system's cells: ROUGE x100 (two decimals), median and total seconds."""
    return [
        r.system,
        f"{r.rouge1.recall * 100:.2f}",
        f"{r.rouge1.fmeasure * 100:.2f}",
        f"{r.rouge2.recall * 100:.2f}",
        f"{r.rouge2.fmeasure * 100:.2f}",
        f"{r.rougeL.recall * 100:.2f}",
        f"{r.rougeL.fmeasure * 100:.2f}",
        f"{r.median_seconds:.3f}",
        f"{r.total_seconds:.1f}",
    ]


def markdown_table(results: Sequence[SystemScore], bold_best: bool = True) -> str:
    """A GitHub table; the best non-oracle value of each ROUGE column in bold."""
    rows = [row(r) for r in results]
    if bold_best and rows:
        for col in range(1, 7):
            contenders = [i for i, r in enumerate(results) if r.system != "oracle"]
            if not contenders:
                continue
            best = max(contenders, key=lambda i: float(rows[i][col]))
            rows[best][col] = f"**{rows[best][col]}**"
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "|".join(["---"] + ["---:"] * (len(COLUMNS) - 1)) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)
