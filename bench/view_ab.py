"""In-process A/B of a same-output speed change (issue 11, perf62): the view of each of N DUC 2006 clusters built
alternately with the plain code (``plain()`` patches the module attributes back) and the new, the order of the two
swapped each round, CPU seconds of one pinned core summed per side; each side's memos are emptied before each view
(a brief's single run gains nothing from an earlier run of the same brief). The machine is shared: the two sides
see the same load, so their ratio is the figure to read, not the seconds.

    PYTHONPATH=src:tests python bench/view_ab.py [--clusters 10] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timeline_dump import prepared  # noqa: E402


def sides():
    """(name, switch-on function) of the plain code and the new, and the function emptying the new side's memos.
    The plain side puts back, in every loaded newsbrief module that holds one by name, the function each memo wraps
    (``__wrapped__``), the plain ``_Group.kind`` and the plain ``agreement.details``."""
    from newsbrief import _patterns
    from newsbrief.analyze import agreement, entities
    from test_analysis_speed_perf62 import _plain_details, _plain_kind

    memoized = [entities.clean_surface, entities.normalize, entities._name_words]
    memoized += [getattr(_patterns, n) for n in ("is_date_line", "is_caption_sentence", "writer_voice")
                 if hasattr(getattr(_patterns, n), "__wrapped__")]
    holders = [(mod, k, f) for mod in list(sys.modules.values()) if getattr(mod, "__name__", "").startswith("newsbrief")
               for k, f in list(vars(mod).items()) if any(f is g for g in memoized)]
    new_kind, new_details = entities._Group.kind, agreement.details

    def clear():
        for f in memoized:
            f.cache_clear()

    def plain():
        for mod, k, f in holders:
            setattr(mod, k, f.__wrapped__)
        entities._Group.kind = property(_plain_kind)
        agreement.details = lambda single, sources, per_outlet=3: _plain_details(single, sources, per_outlet)

    def fresh():
        for mod, k, f in holders:
            setattr(mod, k, f)
        entities._Group.kind = new_kind
        agreement.details = new_details
        clear()

    return [("plain", plain), ("new", fresh)], clear


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clusters", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from newsbrief.analyze import analyze_brief
    from newsbrief.config import Settings
    from newsbrief.embed import _BRIEF_MEMOS

    settings = Settings()
    briefs = [b for _, b in islice(prepared(["duc06"], settings), args.clusters)]
    for b in briefs:  # warm: the models loaded, the quotes' parses cached (as the bench's median repeat finds them)
        analyze_brief(b, settings)
    both, _ = sides()  # (after the warm runs: every module the view imports is loaded)
    cpu = {name: 0.0 for name, _ in both}
    for r in range(args.rounds):
        per = {name: 0.0 for name, _ in both}
        for b in briefs:
            for name, on in (both if (r + briefs.index(b)) % 2 == 0 else both[::-1]):
                on()
                _BRIEF_MEMOS.pop(id(b), None)
                c = time.process_time()
                analyze_brief(b, settings)
                per[name] += time.process_time() - c
        for k in cpu:
            cpu[k] += per[k]
        print(f"round {r + 1}: " + ", ".join(f"{k} {v:.2f} s" for k, v in per.items())
              + f", ratio new/plain {per['new'] / per['plain']:.3f}", flush=True)
    print(f"all rounds: ratio new/plain {cpu['new'] / cpu['plain']:.3f}")


if __name__ == "__main__":
    main()
