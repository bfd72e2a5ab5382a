"""``newsbrief batch STORIES.jsonl``: brief many stories with the local or Spark engine."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ._app import app
from ._util import ConfigOption, errors_to_exit, fail, load_settings, warn, writing


@app.command("batch")
def batch_cmd(
    stories: Annotated[Path, typer.Argument(help="JSON Lines (optionally .gz), one story per line: {id, articles: [...]}.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Write one brief JSON document per line here.")],
    engine: Annotated[str, typer.Option("--engine", "-e", help="local (process pool) or spark (PySpark).")] = "local",
    processes: Annotated[int, typer.Option("--processes", "-p", min=1, help="Local engine: worker processes.")] = 1,
    master: Annotated[str, typer.Option("--master", help="Spark engine: master URL.")] = "local[*]",
    words: Annotated[int | None, typer.Option("--words", "-w", min=10, max=5000, help="Summary budget in words (default: selection.words, 100).")] = None,
    analyze: Annotated[bool, typer.Option("--analyze/--no-analyze", help="Include the cross-source view.")] = False,
    config: ConfigOption = None,
) -> None:
    """Brief every story of a JSON Lines file; one brief per output line, in input order."""
    from rich.progress import Progress

    from ..engines import read_jobs
    from ..engines.registry import ENGINES, get_engine

    if engine not in ENGINES:
        raise fail(f"unknown engine {engine!r}; choose {' or '.join(ENGINES)}", code=2)
    if not stories.exists():
        raise fail(f"{stories}: no such file")
    options = {"processes": processes} if engine == "local" else {"master": master}
    n_ok = n_err = 0
    with errors_to_exit():
        settings = load_settings(config, {"selection.words": ("--words", words)})
        jobs = list(read_jobs(str(stories), settings, analyze=analyze, on_error=lambda e: warn(str(e))))
        with writing(output):
            output.parent.mkdir(parents=True, exist_ok=True)
            with open(output, "w", encoding="utf-8") as out, Progress(transient=True) as progress:
                task = progress.add_task("briefing", total=len(jobs))
                for doc in get_engine(engine, **options).run(jobs):
                    if "error" in doc:
                        n_err += 1
                        warn(f"story {doc['story_id']}: {doc['error']}")
                    else:
                        n_ok += 1
                    out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                    progress.advance(task)
    typer.echo(f"briefed {n_ok} stor{'y' if n_ok == 1 else 'ies'}, {n_err} failed; wrote {output}", err=True)
    if n_ok == 0:
        raise typer.Exit(code=1)
