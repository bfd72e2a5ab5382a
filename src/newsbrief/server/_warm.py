"""Imported by the briefing workers' template process (multiprocessing's
forkserver, see :mod:`.workers`) and nowhere else: briefing a two-sentence
story once loads the pipeline and its models, so every worker forked from the
template starts warm. A failure here only makes the workers start cold.
"""

from __future__ import annotations

import gc
import logging

from . import warm_up

try:
    warm_up()
except Exception as err:  # noqa: BLE001 - workers load what they need on their first job instead
    logging.getLogger(__name__).warning("warming the briefing workers failed (%s); they start cold", err)
# the loaded objects are never collected: keeping the collector off them spares each forked worker copying
# every page they sit on at its first collection (a fresh worker's first brief took 1.7 s, now 1.2)
gc.freeze()
