"""``newsbrief eval DATASET...``: ROUGE of newsbrief, baselines and peers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..eval.registry import DEFAULT_SYSTEMS, SYSTEMS
from ._app import app
from ._util import ConfigOption, err_console, errors_to_exit, load_settings, writing

SYSTEMS_HELP = f"Comma-separated systems: {', '.join(SYSTEMS)}; 'peers' = all peers, 'all' = everything."


@app.command("eval")
def eval_cmd(
    datasets: Annotated[list[Path], typer.Argument(help="Cluster files (.jsonl or .jsonl.gz): id, articles, summaries.")],
    words: Annotated[int, typer.Option("--words", "-w", min=1, max=5000, help="Budget: whole sentences, then cut to exactly N words.")] = 100,
    systems: Annotated[str, typer.Option("--systems", "-s", help=SYSTEMS_HELP)] = ",".join(DEFAULT_SYSTEMS),
    json_out: Annotated[Path | None, typer.Option("--json", help="Write per-cluster and aggregate scores to this JSON file.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Only the first K clusters of each dataset.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")] = True,
    readability: Annotated[bool, typer.Option("--readability", help="Instead of ROUGE, count what a reader sees: debris, unresolved leading references, redundant pairs, headline length and copies, file-name outlets.")] = False,
    config: ConfigOption = None,
) -> None:
    """Score summaries with ROUGE-1/2/L (rouge-score, stemmed) against the human references."""
    if readability:
        _readability(datasets, words, limit, json_out, config)
        return
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
    out = Console(highlight=False, markup=False)
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
        with errors_to_exit(), writing(json_out):
            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(json.dumps(report.to_dict(), indent=1), encoding="utf-8")
        err_console.print(f"wrote {json_out}")


def _readability(datasets: list[Path], words: int, limit: int | None, json_out: Path | None, config) -> None:
    """``newsbrief eval --readability``: the counters of :mod:`newsbrief.eval.readability`, one row per dataset."""
    from rich.console import Console
    from rich.table import Table

    from ..eval.readability import readability

    with errors_to_exit():
        settings = load_settings(config)
        rows = [readability(path, words, limit, settings) for path in datasets]
    table = Table(title=f"Readability of the briefs ({words} words)")
    columns = ["dataset", "briefs", "sentences", "debris", "unresolved ref.", "redundant pairs", "edited",
               "headline words mean/max", "headlines > 15", "headline copies", "bad headlines", "file-name outlets",
               "undated days", "short evidence"]
    for i, col in enumerate(columns):
        table.add_column(col, justify="left" if i == 0 else "right")
    for r in rows:
        table.add_row(r.dataset, str(r.briefs), str(r.sentences), str(r.debris),
                      f"{r.unresolved} ({100 * r.unresolved_share:.1f}%)", str(r.redundant_pairs), str(r.edited),
                      f"{r.headline_words_mean:.1f}/{r.headline_words_max}", str(r.headlines_over),
                      str(r.headline_copies), str(r.headline_bad), f"{r.bad_outlets}/{r.outlets}", str(r.undated_days),
                      f"{r.short_evidence}/{r.citations}")
    out = Console(highlight=False, markup=False)
    out.width = max(out.width, 140)
    out.print(table)
    if json_out is not None:
        with errors_to_exit(), writing(json_out):
            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(json.dumps([r.to_dict() for r in rows], indent=1), encoding="utf-8")
        err_console.print(f"wrote {json_out}")
