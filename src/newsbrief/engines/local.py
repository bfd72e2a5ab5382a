"""Local engine: brief stories in this process or a process pool."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from . import BriefJob, run_job


class LocalEngine:
    """Run jobs on this machine.

    ``processes=1`` runs in-process (no start-up cost); more uses a
    ``multiprocessing`` pool, results in input order, ``chunksize`` jobs per
    task to amortize pickling.
    """

    def __init__(self, processes: int | None = 1, chunksize: int = 4):
        self.processes = processes
        self.chunksize = chunksize

    def run(self, jobs: Iterable[BriefJob]) -> Iterator[dict[str, Any]]:
        n = self.processes or os.cpu_count() or 1
        if n <= 1:
            for job in jobs:
                yield run_job(job)
            return
        import multiprocessing as mp

        ctx = mp.get_context("spawn")  # no fork of a process holding threads/locks
        with ctx.Pool(n) as pool:
            yield from pool.imap(run_job, jobs, chunksize=self.chunksize)
