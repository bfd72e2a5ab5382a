"""Spark engine: brief stories as a PySpark job.

Each job is briefed on an executor by the same :func:`~newsbrief.engines.run_job`
the local engine uses; results come back in input order. ``master`` defaults
to ``local[*]`` (all cores of this machine); point it at a cluster's master URL
(with newsbrief installed on the executors) for corpora beyond one machine.
PySpark is an optional extra: ``pip install 'newsbrief[spark]'``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import SparkJobError, SparkUnavailableError
from . import BriefJob, run_job


#: How a Spark master URL starts (anything else fails inside the JVM).
_MASTER_PREFIXES = ("local", "spark://", "yarn", "k8s://", "mesos://")


def java_command() -> str | None:
    """The ``java`` Spark would start: ``$JAVA_HOME/bin/java``, else the one on PATH; ``None`` when absent."""
    import shutil

    home = os.environ.get("JAVA_HOME")
    if home:
        java = os.path.join(home, "bin", "java")
        return java if os.access(java, os.X_OK) else None
    return shutil.which("java")


class SparkEngine:
    def __init__(self, master: str = "local[*]", app_name: str = "newsbrief", partitions: int | None = None,
                 conf: dict[str, str] | None = None):
        self.master = master
        self.app_name = app_name
        self.partitions = partitions
        self.conf = conf or {}

    def _session(self):
        try:
            from pyspark.sql import SparkSession
        except ImportError:
            raise SparkUnavailableError("PySpark is not installed: pip install 'newsbrief[spark]'") from None
        # checked here, so the common mistakes are one line, not the JVM's stack trace
        if not self.master.startswith(_MASTER_PREFIXES):
            raise SparkUnavailableError(f"not a Spark master URL: {self.master!r} (use local[*], spark://HOST:PORT, "
                                        "yarn, k8s://... or mesos://...)")
        if java_command() is None:
            raise SparkUnavailableError("Spark needs Java, which was not found: install a Java runtime (17 or "
                                        "newer) or set JAVA_HOME")
        # local executors run the driver's interpreter, so they import the same newsbrief
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        builder = SparkSession.builder.master(self.master).appName(self.app_name)
        builder = (
            builder.config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
        )
        for k, v in self.conf.items():
            builder = builder.config(k, v)
        try:
            spark = builder.getOrCreate()
        except Exception as err:  # no Java, bad master URL
            raise SparkUnavailableError(f"could not start Spark ({self.master}): {err}") from None
        spark.sparkContext.setLogLevel("ERROR")
        return spark

    def run(self, jobs: Iterable[BriefJob]) -> Iterator[dict[str, Any]]:
        jobs = list(jobs)
        if not jobs:
            return
        spark = self._session()
        sc = spark.sparkContext
        n = self.partitions or max(1, min(len(jobs), sc.defaultParallelism * 2))
        rdd = sc.parallelize(list(enumerate(jobs)), n)
        results = rdd.map(lambda ij: (ij[0], run_job(ij[1]))).sortByKey().values()
        try:
            yield from results.toLocalIterator()
        except Exception as err:  # Py4JJavaError: a failed stage, lost executors
            first = str(err).strip().splitlines()[0][:300] if str(err).strip() else type(err).__name__
            raise SparkJobError(f"Spark job failed: {first}") from None
