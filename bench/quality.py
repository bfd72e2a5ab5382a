"""Quality benchmark: every system on every summarization dataset in ../shared/data.

Standard budgets: duc2003_task3 100 words; duc2006, multiling2011_en and
multinews_sample (validation) 250 words. Writes docs/benchmarks.md (a table
per dataset, environment, date) and docs/quality.png (ROUGE-2 recall against
seconds per cluster), prints the tables, and with ``--json FILE`` writes every
per-cluster score. One process, one thread (timings are comparable).

    python bench/quality.py [--systems all] [--limit K] [--json out.json] [--no-docs]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from importlib import metadata  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
DOCS = REPO / "docs"

#: (file under ../shared/data, budget in words, what the references are)
DATASETS = [
    ("duc2003_task3/test.jsonl.gz", 100, "DUC 2003 task 3: 30 TREC clusters, ~10 articles, 4 x 100-word abstracts"),
    ("duc2006/test.jsonl.gz", 250, "DUC 2006: 50 clusters x 25 articles, 4 x 250-word references (query not used)"),
    ("multiling2011_en/test.jsonl.gz", 250, "TAC 2011 MultiLing (English): 10 Wikinews clusters x 10, 3 x 250-word summaries"),
    ("multinews_sample/validation.jsonl.gz", 250, "Multi-News: 250 validation clusters, 1-9 articles, 1 newser.com summary"),
]

#: What was tried on the way to the default summarizer, measured with this protocol
#: (ROUGE-2 recall x100 on duc2003_task3 / duc2006 / multiling2011_en / multinews).
#: Each idea was judged on all four datasets at once, never on one.
IDEAS = [
    ("Start: bigram concepts weighted by article frequency, lead bonus 1.0, greedy", "8.42 / 9.78 / 17.33 / 17.40"),
    ("Lead bonus 0 / 2 / 4 (sentence position)", "8.32 / 9.74 / 17.06 / 17.28; 8.53 / 9.79 / 17.83 / 17.72; 8.40 / 9.85 / 19.47 / 17.65"),
    ("Position mass on concepts, weight 1 / 3", "8.79 / 9.66 / 19.94 / 17.69; 8.06 / 9.01 / 21.88 / 17.25"),
    ("Single-source concepts at full weight (1.0 instead of 0.25)", "8.66 / 9.75 / 17.81 / 16.39"),
    ("Length exponent 1.0 / 0.6 (instead of 0.8)", "8.19 / 9.85 / 16.54 / 17.11; 8.24 / 9.96 / 17.61 / 17.20"),
    ("Learned concept weights (logistic regression, 14 features: frequency, first position, title, ...) fit on DUC 2006 only",
     "9.18 / 10.12 (in-sample) / 19.98 / 16.90"),
    ("... fit on Multi-News only", "8.47 / 9.26 / 21.15 / 17.45 (in-sample)"),
    ("... fit on all four pooled, + lead bonus 2", "8.28 / 9.30 / 22.54 / 17.21"),
    ("Multiplicative position prior x(1 + 2 exp(-i/2))", "7.90 / 8.59 / 22.00 / 17.43"),
    ("Only the first 10 sentences of each article", "8.26 / 9.92 / 19.52 / 16.98"),
    ("Extra weight for concepts of lead sentences (0.5)", "8.55 / 9.30 / 21.92 / 17.64"),
    ("Position mass 0.75 + lead bonus 1.5, single-source 0.25, length exponent 0.8, lazy greedy",
     "8.55 / 9.98 / 20.07 / 17.71"),
    ("+ source coverage: extra lead bonus for a sentence from a not-yet-covered article, 1 / 2 / 4 x room",
     "8.38 / 9.96 / 20.06 / 17.66; 8.50 / 9.68 / 21.79 / 17.65; 8.70 / 9.74 / 21.82 / 17.61"),
    ("+ source coverage 4 / 8 / 16 x room^6 (room = budget / words of one lead sentence per article, capped at 1)",
     "8.55 / 9.93 / 21.88 / 17.61; 8.58 / 9.93 / 22.16 / 17.52; 8.60 / 9.92 / 22.06 / 17.56"),
    ("... with position mass 1.0 / length exponent 0.7 / 0.9",
     "8.92 / 9.62 / 22.38 / 17.56; 8.52 / 9.68 / 22.33 / 17.65; 8.67 / 10.09 / 21.89 / 17.48"),
    ("Exact ILP (scipy milp/HiGHS, concepts of weight >= 1.5, 2 s limit) instead of the greedy: lead bonus 0 / 1 / 3; "
     "lead 1 + source coverage 8",
     "8.95 / 9.73 / 17.38 / 14.32; 8.77 / 9.84 / 18.70 / 17.94; 8.16 / 9.51 / 22.25 / 17.74; 8.77 / 9.78 / 21.95 / 17.59"),
    ("Previous default: position mass 0.75 + lead bonus 1.5, single-source 0.25, length exponent 0.8, "
     "source coverage 8 x room^6, lazy greedy",
     "8.58 / 9.93 / 22.16 / 17.52"),
    ("+ overflow sentence shown last (the eval cut falls on the last pick, not on a sentence in the middle)",
     "8.75 / 10.05 / 22.13 / 17.74"),
    ("... + title concepts x2 (title bigram; x1.5 if both words are title words) / x1.5 / x3 / x5",
     "8.75 / 10.21 / 22.41 / 17.74; 8.84 / 10.15 / 22.41 / 17.74 (len. exp. 0.9); 8.84 / 10.12 / 22.60 / 17.74; "
     "8.93 / 9.68 / 22.38 / 17.75 (len. exp. 0.9)"),
    ("... + title x2, length exponent 0.9, the overflow sentence valued only by the words before the cut",
     "8.84 / 10.09 / 23.07 / 17.74"),
    ("Sentence bonus for similarity to its own article's title (0.5 / 1 / 2 x lead scale)",
     "8.92 / 10.20 / 22.66 / 17.87; 8.92 / 10.17 / 22.66 / 17.87; 8.92 / 10.22 / 22.45 / 17.87"),
    ("Down-weight sentences opening with a pronoun/connective (He, It, But, However, ...) x0.85 / 0.7 / 0.5",
     "8.80 / 10.08 / 22.17 / 17.43; 8.91 / 10.06 / 22.15 / 17.34; 8.91 / 10.04 / 22.18 / 17.18"),
    ("... only past the first sentence, x0.85 / 0.7 (on the new default)",
     "8.93 / 10.14 / 23.00 / 17.70; 8.91 / 10.16 / 22.96 / 17.62"),
    ("Down-weight sentences opening with a quote x0.7 / 0.5", "8.58 / 10.05 / 22.35 / 16.75; 8.58 / 10.05 / 22.35 / 16.56"),
    ("Unigram + bigram concepts (unigrams at 0.1 / 0.2 / 0.5 x their weight)",
     "8.91 / 9.86 / 22.17 / 17.86; 8.71 / 9.74 / 22.31 / 17.76; 8.82 / 9.52 / 22.36 / 17.58"),
    ("Concept frequency by sentences as well as articles (+0.25 x extra sentences)", "8.90 / 10.12 / 21.74 / 17.51"),
    ("Redundancy penalty: gain x (1 - r x share of content words already covered), r = 0.15 / 0.3 / 0.6",
     "8.75 / 10.00 / 22.78 / 17.81; 8.80 / 9.73 / 22.10 / 17.72; 8.69 / 9.70 / 22.03 / 17.55"),
    ("Drop short parentheticals ('(USGS)', '(11.03 UTC)'; never one with 'said')", "8.81 / 10.16 / 23.07 / 17.77 (vs 8.84 / 10.09 / 23.07 / 17.74)"),
    ("New default with lead bonus 1.0 / 1.5 / position mass 0.5 / 1.0 / source coverage 6 / 16",
     "8.81 / 10.25 / 22.90 / 17.69; 8.86 / 10.20 / 23.00 / 17.82; 8.97 / 10.19 / 22.65 / 17.70; 8.93 / 10.13 / 22.63 / 17.90; "
     "8.86 / 10.20 / 22.86 / 17.85; 8.80 / 10.10 / 22.24 / 17.61"),
    ("New default with a title boost of x1.25 / x1.5 for a bigram with one title word; source coverage decaying as "
     "1/(1+i)^2 / ^3 / ^0.5 (instead of ^1)",
     "8.92 / 10.10 / 23.02 / 17.87; 8.92 / 10.24 / 22.67 / 17.87; 8.92 / 10.19 / 22.32 / 17.79; 8.92 / 10.19 / 22.18 / 17.78; "
     "8.92 / 10.21 / 23.08 / 17.82"),
    ("New default with lead bonus 2.5 / 3, source coverage 10 / 12, room exponent 5, length exponent 0.9",
     "8.94 / 10.13 / 22.66 / 17.92; 9.02 / 10.02 / 22.36 / 17.86; 8.92 / 10.21 / 22.22 / 17.81; 8.92 / 10.21 / 22.09 / 17.76; "
     "8.92 / 10.21 / 22.66 / 17.87; 8.95 / 10.16 / 22.80 / 17.77"),
    ("**Default**: position mass 0.75 + lead bonus 2, single-source 0.25, length exponent 0.85, "
     "source coverage 8 x room^6, title concepts x2, overflow sentence valued by the words before the cut and shown last, lazy greedy",
     "**8.92 / 10.19 / 23.07 / 17.87**"),
]

#: Targets of the issue not met, stated plainly.
MISSED = (
    "**Missed:** MultiLing 2011 (10 Wikinews clusters): newsbrief 23.07 R-2 recall against the target 23.5, short by 0.43 "
    "(first of all systems: lead 21.62, best peer 17.06). Source coverage (reward a sentence from an article not yet "
    "covered, when the budget has room for one lead sentence per article), title-named concepts and valuing the overflow "
    "sentence by the words before the cut lifted it from 20.07 without costing DUC; stronger position weighting, sentence "
    "similarity to titles, unigram concepts, redundancy penalties and opener filters were measured (table above) and none "
    "lifts it further on all four at once, so the one default keeps the balance above. Exact ILP selection (HiGHS) was "
    "measured and is not better on all four at once (and 5-10x slower); attribution compression was not tried, since "
    "dropping 'X said' changes who a claim belongs to."
)

SPEED_START = "<!-- speed:start -->"
SPEED_END = "<!-- speed:end -->"


def environment() -> list[str]:
    def ver(pkg: str) -> str:
        try:
            return metadata.version(pkg)
        except metadata.PackageNotFoundError:
            return "-"

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    pkgs = ", ".join(f"{p} {ver(p)}" for p in ("newsbrief", "rouge-score", "sumy", "summa", "lexrank", "nupunkt", "numpy", "scipy"))
    return [
        f"- Date: {dt.date.today().isoformat()}",
        f"- Machine: {cpu}, {os.cpu_count()} cores (runs use one), {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}; {pkgs}",
    ]


def plot(report, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = len(report.datasets)
    cols = 2 if n > 1 else 1
    rows = (n + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(6.5 * cols, 4.5 * rows), squeeze=False)
    for ax, ds in zip(axes.ravel(), report.datasets):
        for r in report.for_dataset(ds):
            x = max(r.median_seconds, 1e-4)
            y = r.rouge2.recall * 100
            own = r.system == "newsbrief"
            ax.scatter([x], [y], s=60 if own else 30, c="tab:red" if own else ("tab:gray" if r.system == "oracle" else "tab:blue"),
                       zorder=3)
            ax.annotate(r.system, (x, y), textcoords="offset points", xytext=(4, 3), fontsize=7)
        ax.set_xscale("log")
        ax.set_title(ds, fontsize=10)
        ax.set_xlabel("median seconds per cluster (log)")
        ax.set_ylabel("ROUGE-2 recall x100")
        ax.grid(True, alpha=0.3)
    for ax in axes.ravel()[n:]:
        ax.axis("off")
    fig.suptitle("Quality against speed (top left is better)")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_markdown(report, budgets: dict[str, tuple[int, str]], path: Path) -> None:
    from newsbrief.eval.report import markdown_table

    old = path.read_text(encoding="utf-8") if path.exists() else ""
    m = re.search(re.escape(SPEED_START) + r".*?" + re.escape(SPEED_END), old, re.S)
    speed = m.group(0) if m else f"{SPEED_START}\n_Run `python bench/speed.py --markdown` to fill this section._\n{SPEED_END}"
    lines = [
        "# Benchmarks",
        "",
        "Generated by `python bench/quality.py` (quality) and `python bench/speed.py --markdown` (speed); do not edit by hand.",
        "",
        "## Protocol",
        "",
        "- Every system gets the same input: the cluster's articles only (never the references; DUC 2006's query is",
        "  not used), cleaned and split into sentences once by newsbrief's Cleaner and Segmenter.",
        "- Budget rule, the same for every system: whole sentences (in the system's output order) until the budget,",
        "  then the text is cut to exactly N words.",
        "- ROUGE-1, ROUGE-2, ROUGE-L (summary-level LCS) from Google's `rouge-score` with `use_stemmer=True`;",
        "  with several references, scores are averaged over references, then over clusters. Recall (R) and F1 (F), x100.",
        "- `lead`: first sentence of each article in turn, then the second, ... `oracle`: greedy ROUGE-2 recall",
        "  against the references (a ceiling for extraction, not a summarizer).",
        "- Peers (`pip install 'newsbrief[peers]'`) as their READMEs use them (English stop words, stemmers), on our",
        "  sentences (sumy's own splitter needs NLTK punkt data); sumy KL-Sum's greedy ranking is stopped once the",
        "  budget is covered, which picks the same sentences far faster (checked in tests/test_eval.py).",
        "- Seconds: median wall time of the summarizer call per cluster (cleaning and splitting excluded, shared by all),",
        "  one process, one thread. Best non-oracle value per column in bold.",
        "",
        "## Environment",
        "",
        *environment(),
        "",
        "## Quality",
        "",
        "![ROUGE-2 recall against seconds per cluster](quality.png)",
        "",
    ]
    for ds in report.datasets:
        words, desc = budgets[ds]
        results = report.for_dataset(ds)
        lines += [f"### {ds} ({words} words)", "", f"{desc}. {results[0].clusters} clusters.", "",
                  markdown_table(results), ""]
    lines += ["## What was tried", "",
              "ROUGE-2 recall x100 on duc2003_task3 / duc2006 / multiling2011_en / multinews, same protocol. "
              "Every idea was judged on all four datasets together; the learned weights were fit on one dataset "
              "and checked on the others.", "", "| idea | R-2 recall |", "|---|---|"]
    lines += [f"| {idea} | {score} |" for idea, score in IDEAS]
    lines += ["", MISSED]
    lines += ["", "## Speed", "", speed, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def rebuild(path: Path) -> None:
    from newsbrief.eval import ClusterScore, Score, make_report
    from newsbrief.eval.datasets import dataset_name

    data = json.loads(path.read_text(encoding="utf-8"))
    rows = [[ClusterScore(c["dataset"], c["cluster"], c["system"], *(Score(**c[m]) for m in ("rouge1", "rouge2", "rougeL")),
                          c["seconds"], c["words"])] for c in data["clusters"]]
    report = make_report(rows, words=0)
    desc = {dataset_name(SHARED / f): (w, d) for f, w, d in DATASETS}
    budgets = {ds: (data.get("budgets", {}).get(ds, desc.get(ds, (0, ""))[0]), desc.get(ds, (0, ds))[1]) for ds in report.datasets}
    write_markdown(report, budgets, DOCS / "benchmarks.md")
    plot(report, DOCS / "quality.png")
    print(f"wrote {DOCS / 'benchmarks.md'} and {DOCS / 'quality.png'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--systems", default="all", help="systems to run (default: all)")
    ap.add_argument("--limit", type=int, default=None, help="first K clusters of each dataset")
    ap.add_argument("--datasets", default=None, help="comma-separated dataset folder names (default: all four)")
    ap.add_argument("--json", type=Path, help="write per-cluster scores here")
    ap.add_argument("--no-docs", action="store_true", help="do not write docs/benchmarks.md and docs/quality.png")
    ap.add_argument("--from-json", type=Path, help="rebuild the docs from a --json file of an earlier run (no scoring)")
    args = ap.parse_args()

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
    from rich.table import Table

    from newsbrief.eval import count, iter_scores, make_report, resolve_systems
    from newsbrief.eval.datasets import dataset_name
    from newsbrief.eval.report import COLUMNS, row

    if args.from_json:
        rebuild(args.from_json)
        return
    wanted = set(args.datasets.split(",")) if args.datasets else None
    chosen = [(SHARED / f, w, d) for f, w, d in DATASETS if wanted is None or f.split("/")[0] in wanted]
    missing = [str(p) for p, _, _ in chosen if not p.exists()]
    if missing:
        sys.exit(f"missing datasets: {', '.join(missing)} (../shared must be beside the checkout)")
    systems = resolve_systems(args.systems)
    rows = []
    budgets = {}
    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TimeRemainingColumn(), console=console) as progress:
        for path, words, desc in chosen:
            name = dataset_name(path)
            budgets[name] = (words, desc)
            task = progress.add_task(f"{name} ({words} w)", total=count([path], args.limit))
            for r in iter_scores([path], words, systems, args.limit):
                rows.append(r)
                progress.advance(task)
    report = make_report(rows, words=0)
    out = Console(highlight=False)
    out.width = max(out.width, 110)
    for ds in report.datasets:
        table = Table(title=f"{ds} ({budgets[ds][0]} words), ROUGE x100")
        for i, col in enumerate(COLUMNS):
            table.add_column(col, justify="left" if i == 0 else "right")
        for r in report.for_dataset(ds):
            table.add_row(*row(r))
        out.print(table)
    if args.json:
        data = report.to_dict()
        data["budgets"] = {k: v[0] for k, v in budgets.items()}
        args.json.write_text(json.dumps(data, indent=1), encoding="utf-8")
        console.print(f"wrote {args.json}")
    if not args.no_docs:
        write_markdown(report, budgets, DOCS / "benchmarks.md")
        plot(report, DOCS / "quality.png")
        console.print(f"wrote {DOCS / 'benchmarks.md'} and {DOCS / 'quality.png'}")


if __name__ == "__main__":
    main()
