"""How much of Multi-News's story-level BCubed is its gold, not the clusterer: the measured ceiling.

Multi-News clusters are the pages a newser.com summary cited, scraped; some cited pages are not news: the Internet
Archive's notes on its own crawls, Twitter's "Tweet with a location" notice, "video has been rented" and sign-in
pages, a mailing-list form. Each carries the label of the summary that cited it, and identical notes (one Internet
Archive paragraph under 14 labels) are one article to any store. No event clusterer can put such a page with "its"
event, so a perfect one leaves it alone. This script replays the clusterer over a recording of
``bench/cluster_replay.py --record DIR --datasets multinews`` and prints, BCubed P / R / F1:

* the ceiling: gold itself with the non-news pages (pattern below) as singletons, scored against gold, and the same
  with background pages too (``BACKGROUND``: pages read by hand that are about something else than their cluster's
  event: a syndrome explainer for a school shooting, an essay on Watergate for the Comey memo, a song's lyric for its
  singer's obituary);
* newsbrief against gold, with those pages made singletons (what refusing them at ingest would give), and against
  gold corrected the same way (how well the real events are clustered).

    python bench/multinews_gold.py DIR
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cluster import build_stream  # noqa: E402
from cluster_replay import replay  # noqa: E402

#: Pages that are not news (read: every match in the set is one of these kinds; none is a news report).
NON_NEWS = re.compile(
    r"Internet Archive|Wayback Machine|crawls? (?:was|of|data|performed|with)|The seed for|Tweet with a location|"
    r"Add a location to your Tweets|video has been rented|JavaScript is disabled|custom domain mapping|"
    r"Sign in using you|join our mailing list|Skip the Month|sign the Petition|^Articles, lectures, videos|"
    r"^Join us on Facebook|^Ms Opal Route|^Postrology", re.I)

#: (cluster id suffix, opening of the page): pages read by hand that are about something other than the event of the
#: cluster that holds them (a background or unrelated page the summary linked).
BACKGROUND = [
    ("0075", "The video shown here explains Williams"), ("0009", "We don’t actually know if Richard Nixon"),
    ("0229", "Published on Sep 2, 2008"), ("0197", "The 2018 federal poverty guidelines"),
    ("0132", "The designations employed"), ("0154", "Known and Probable Human Carcinogens"),
    ("0016", "Local News More>>"), ("0063", "Most Popular Stories"), ("0096", "Over the years, Richmond.com"),
    ("0150", "Postrology"), ("0148", "We are so thankful"), ("0214", "Donald Trump Donald John Trump"),
    ("0007", "April 10th, 2016"), ("0058", "Last week on July 4"), ("0090", "Free Online Training"),
    ("0233", "“The Rise of Competency-Based"), ("0045", "Published: January 2011"),
    ("0199", "FILE - In this Jan. 14, 2013 file photo, Drew Barrymore"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="a bench/cluster_replay.py recording holding multinews.pkl")
    args = ap.parse_args()
    from newsbrief.config import Settings
    from newsbrief.eval.clustering import bcubed

    rec = pickle.loads((args.dir / "multinews.pkl").read_bytes())
    meta, _refused = build_stream(["multinews"])
    text = [" ".join((a.raw_text or "").split()) if a is not None else "" for _n, _g, a in meta]
    gold = [g for _n, g, _a in meta]
    noise = [bool(NON_NEWS.search(t)) for t in text]
    back = [any(g.endswith(s) and t.startswith(p) for s, p in BACKGROUND) for g, t in zip(gold, text)]
    both = [a or b for a, b in zip(noise, back)]
    story_of = replay(rec, Settings())
    pred = [story_of.get(r[2], ("refused", i)) if r[2] else ("refused", i) for i, r in enumerate(rec["meta"])]

    def alone(labels, mask):
        return [("alone", i) if m else label for i, (label, m) in enumerate(zip(labels, mask))]

    print(f"{len(meta)} articles; non-news pages {sum(noise)} in {len({g for g, x in zip(gold, noise) if x})} of "
          f"{len(set(gold))} gold clusters; background pages {sum(back)}")
    print("| clustering | scored against | BCubed P | R | F1 |\n|---|---|---:|---:|---:|")
    rows = [("gold, non-news pages alone (ceiling)", alone(gold, noise), "gold", gold),
            ("gold, non-news and background pages alone (ceiling)", alone(gold, both), "gold", gold),
            ("newsbrief", pred, "gold", gold),
            ("newsbrief, non-news pages alone", alone(pred, noise), "gold", gold),
            ("newsbrief", pred, "gold, non-news pages alone", alone(gold, noise)),
            ("newsbrief, non-news pages alone", alone(pred, noise), "gold, non-news pages alone", alone(gold, noise)),
            ("newsbrief, both kinds alone", alone(pred, both), "gold, both kinds alone", alone(gold, both))]
    for what, labels, against, truth in rows:
        p, r, f = bcubed(truth, labels)
        print(f"| {what} | {against} | {p:.3f} | {r:.3f} | {f:.3f} |")


if __name__ == "__main__":
    main()
