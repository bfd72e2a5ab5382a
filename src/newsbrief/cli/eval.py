"""``newsbrief eval DATASET...``: ROUGE of newsbrief, baselines and peers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..eval.registry import DEFAULT_SYSTEMS, SYSTEMS
from ._app import app
from ._util import ConfigOption, err_console, errors_to_exit, load_settings

SYSTEMS_HELP = f"Comma-separated systems: {', '.join(SYSTEMS)}; 'peers' = all peers, 'all' = everything."


@app.command("eval")
def eval_cmd(
    datasets: Annotated[list[Path], typer.Argument(help="Cluster files (.jsonl or .jsonl.gz): id, articles, summaries.")],
    words: Annotated[int, typer.Option("--words", "-w", min=1, max=5000, help="Budget: whole sentences, then cut to exactly N words.")] = 100,
    systems: Annotated[str, typer.Option("--systems", "-s", help=SYSTEMS_HELP)] = ",".join(DEFAULT_SYSTEMS),
    json_out: Annotated[Path | None, typer.Option("--json", help="Write per-cluster and aggregate scores to this JSON file.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Only the first K clusters of each dataset.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")] = True,
    config: ConfigOption = None,
) -> None:
    """Score summaries with ROUGE-1/2/L (rouge-score, stemmed) against the human references."""
    from rich.console import Console
    from rich.progress import track
    from rich.table import Table

    from ..eval import count, iter_scores, make_report, resolve_systems
    from ..eval.report import COLUMNS, row

    with errors_to_exit():
        settings = load_settings(config)
        names = resolve_systems(systems)
        rows = iter_scores(datasets, words, names, limit, settings)
        if progress:
            total = count(datasets, limit)
            rows = track(rows, total=total, description="evaluating", console=err_console, transient=True)
        report = make_report(list(rows), words)
    out = Console(highlight=False)
    out.width = max(out.width, 110)  # all nine columns, also when piped
    for ds in report.datasets:
        results = report.for_dataset(ds)
        table = Table(title=f"{ds}: {results[0].clusters} clusters, {words} words, ROUGE x100 (avg over refs)")
        for i, col in enumerate(COLUMNS):
            table.add_column(col, justify="left" if i == 0 else "right")
        for r in results:
            table.add_row(*row(r))
        out.print(table)
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(report.to_dict(), indent=1), encoding="utf-8")
        err_console.print(f"wrote {json_out}")
