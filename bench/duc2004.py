"""DUC 2004 task 2 clusters as a labelled-set source outside ``../shared``: a newswire set of the held-out kind.

``../shared/data`` has no cluster left that no speaker label names (stop 54), and the held-out sets are newswire
event clusters and Multi-News. DUC 2004 task 2 (50 TDT clusters of 10 AP and NYT articles, Oct-Nov 1998) is
newswire of that kind, and public on GitHub in ``ayushoriginal/Multi-Document-Summarization`` (folder
``duc2004/docs``; NIST/LDC data, no licence in the upload: internal evaluation only, never committed here).

This script converts that folder, read from a local git snapshot of the repository (``git show``, no work tree),
into ``../external/duc2004/test.jsonl.gz`` beside the checkout, in the layout of the summarization sets of
``../shared/data`` (one cluster per line; no references: only the view is labelled on it). Only ``duc2004/docs`` is
read, and of ``duc2003`` only the names of folders and files (never a file), to leave out what the held-out DUC 2003
task 2 set may hold: DUC 2003 task 2 took its clusters from the same TDT topics, and 20 of DUC 2004's 50 cluster ids
are among its folders' names. Every such cluster, and every cluster with an article whose DOCNO a DUC 2003 folder lists, is
left out (27 clusters are kept). The snapshot's text has no paragraph marks and no headlines: each article is one paragraph, its hard-wrapped
lines joined by spaces; AP's `` '' quote marks are kept as written, as in the DUC sets of ``../shared``.

    python bench/duc2004.py GIT_DIR [--out ../external/duc2004/test.jsonl.gz]

Blind draws (the pick rule, committed before any article of the kept clusters was read for labels): the kept
clusters in file order (d30001t, d30002t, d30006t, ...); speakers take them two by two from the first
(blind-speakers70: d30001t and d30002t; 71: d30006t and d30007t; 72: d30008t and d30011t); figure conflicts take
the next four with two articles or more from each of the two outlets (a conflict needs two independent outlets, and
nine of the kept clusters hold one outlet only; read off the sources alone): blind-figures19 is d30015t, d30027t,
d30031t, d30033t. A later draw goes on from the first cluster no label file names.

The second draws (stop 55, on its merged main, to measure the stop's changes blind): clusters no one read this
stop, in file order (d30029t, read by the lead, and rd55's six, d30036t d30037t d30038t d30045t d30046t, are left
out): blind-speakers73 is d30024t and d30026t; blind-figures20 takes the next four with two articles or more from
each outlet, d30047t, d30049t, d30055t, d30059t; blind-speakers74 the next two others, d30053t and d31026t
(d31008t is passed over: a helper read a changed quote of it).

The third draws (stop 56, speakers only, labelled before newsbrief runs on them; measured once on the stop's start
18be06d and once on its merged main, and tuned on by no one in that stop): blind-speakers75 is d31032t and d31043t,
the two clusters no one has read; then the clusters rd55 read as a reader in file order, two by two (its three
speaker errors there were left, so no rule was tuned on them): blind-speakers76 is d30036t and d30037t,
blind-speakers77 d30038t and d30045t. d30029t (the lead's), d30046t and d31008t stay out.
A third figures draw (stop 56, committed before its labels): the clusters rd55 read with two outlets that no figures
label file names, in file order: blind-figures21 is d30036t, d30037t and d30038t (each holds AP and NYT; d30045t is
NYT alone, so no two outlets can conflict). Measured on the stop's start code and on its merged main; fig57 (the
stop's figures helper) tunes on the earlier splits only.

``bench/analysis.py`` reads keys ``duc04:<cluster id>`` from that file (``EXTERNAL``); a split whose file is absent
is skipped with its reason, so ``tests/test_analyze_real.py`` runs without it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXTERNAL = REPO.parent / "external"
OUT = EXTERNAL / "duc2004" / "test.jsonl.gz"
SOURCES = {"APW": "Associated Press Worldstream", "NYT": "New York Times"}


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], check=True, capture_output=True,
                          text=True, encoding="utf-8", errors="replace").stdout


def article(doc_id: str, sgml: str) -> dict:
    """One DUC document as an article dict: the text between <TEXT> tags, hard wraps joined."""
    m = re.search(r"<TEXT>(.*?)</TEXT>", sgml, re.S)
    body = m.group(1) if m else ""
    text = " ".join(body.split())
    date = f"{doc_id[3:7]}-{doc_id[7:9]}-{doc_id[9:11]}"
    return {"title": None, "text": text, "source": SOURCES.get(doc_id[:3], doc_id[:3]), "url": None, "date": date,
            "doc_id": doc_id}


def held_out_names(git_dir: Path) -> set[str]:
    """Cluster ids and DOCNOs of the snapshot's DUC 2003 folders: names listed, no file read."""
    names = _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", "duc2003/docs.without.headlines").split()
    return {part for path in names for part in path.split("/")[2:]}


def convert(git_dir: Path, out: Path = OUT) -> int:
    names = _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", "duc2004/docs").split()
    held_out = held_out_names(git_dir)
    clusters: dict[str, list[dict]] = {}
    paths = [path.split("/")[2:] + [path] for path in sorted(names)]
    shared = {cid for cid, doc_id, _ in paths if cid in held_out or doc_id in held_out}
    for cid, doc_id, path in paths:
        if cid not in shared:
            clusters.setdefault(cid, []).append(article(doc_id, _git(git_dir, "show", f"HEAD:{path}")))
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for cid, arts in clusters.items():
            arts.sort(key=lambda a: a["doc_id"])
            fh.write(json.dumps({"id": cid, "date": max(a["date"] for a in arts), "articles": arts,
                                 "summaries": []}) + "\n")
    return len(clusters)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="git directory of a snapshot of ayushoriginal/Multi-Document-Summarization")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    n = convert(args.git_dir, args.out)
    print(f"{n} clusters -> {args.out}")


if __name__ == "__main__":
    main()
