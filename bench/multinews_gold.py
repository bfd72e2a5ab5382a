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
  gold corrected the same way (how well the real events are clustered);
* an event clusterer's ceiling: the gold cut into its happenings (``HAPPENINGS``: the 15 clusters read as a
  summary's topic of several happenings, April Fools' Day pranks, a Sunday's talk shows, two ballot measures), with
  both kinds of pages alone, scored against the gold as given; and newsbrief against that happening-level gold;
* newsbrief's recall and precision lost against the gold as given, by cause (a non-news or background page, two
  happenings of one cluster, one happening split; news of two clusters joined).

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

#: (cluster id suffix, [openings of the pages of one happening, ...], ...): gold clusters that hold more than one
#: happening, read by hand (helper mn15): the summary's topic (April Fools' Day pranks, one Sunday's talk shows, two
#: California ballot measures, two missing children, two unrelated studies). Each group listed is one happening of
#: its own; the cluster's pages not listed are one more. Where reading allowed it, pages were put together (the
#: Sunday shows' Benghazi remarks as one happening, their poll remarks as another), so the ceiling below is generous.
HAPPENINGS = [
    ("0088", ["MONTPELIER, Vt. (AP) — The Latest on the April"], ["Democratic Congresswoman Jackie Speier"],
     ["April Fools' Day is the only"], ["In a year when every day feels"], ["Live long and prank them"],
     ["MOSCOW (AP) — Need some election"], ["Virgin Australia Today"]),
    ("0232", ["Sen. Marco Rubio", "Obama Deputy Campaign Manager", "Gallup Editor in Chief",
              "Top Obama campaign adviser"]),
    ("0086", ["Oklahoma Gov. Mary Fallin"],
     ["The Senate might not be broken", "Former Senate Majority Leader Bob Dole"]),
    ("0118", ["Penalty run-ups"], ["INTRODUCTION: This study aimed"]),
    ("0198", ["A detailed report commissioned"]), ("0028", ["Kardashian Fam Shocked by Obama Diss"]),
    ("0223", ["I spend probably 40 minutes"]), ("0215", ["Your Health Neurologists Warn"]),
    ("0089", ["When people in a business negotiation"]), ("0085", ["California Rejects Labeling"]),
    ("0084", ["Published on Apr 29, 2015 Jimmy"]), ("0062", ["DeOrr Kunz Jr."]),
    ("0010", ["Features At the silver anniversary of the SAG"]), ("0155", ["— The girls walk up and down"]),
    ("0191", ["In an article appearing on Today Parents"]),
]


def happening(label: str, text: str) -> str:
    """``label`` cut to the happening ``text`` belongs to (:data:`HAPPENINGS`)."""
    for suffix, *groups in HAPPENINGS:
        if label.endswith(suffix):
            for k, group in enumerate(groups):
                if any(text.startswith(opening) for opening in group):
                    return f"{label}/{k + 1}"
    return label


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
    events = [happening(g, t) for g, t in zip(gold, text)]
    story_of = replay(rec, Settings())
    pred = [story_of.get(r[2], ("refused", i)) if r[2] else ("refused", i) for i, r in enumerate(rec["meta"])]

    def alone(labels, mask):
        return [("alone", i) if m else label for i, (label, m) in enumerate(zip(labels, mask))]

    print(f"gold clusters of several happenings (read): {len(HAPPENINGS)}, their extra happenings: "
          f"{len(set(events)) - len(set(gold))}")
    print(f"{len(meta)} articles; non-news pages {sum(noise)} in {len({g for g, x in zip(gold, noise) if x})} of "
          f"{len(set(gold))} gold clusters; background pages {sum(back)}")
    print("| clustering | scored against | BCubed P | R | F1 |\n|---|---|---:|---:|---:|")
    rows = [("gold, non-news pages alone (ceiling)", alone(gold, noise), "gold", gold),
            ("gold, non-news and background pages alone (ceiling)", alone(gold, both), "gold", gold),
            ("newsbrief", pred, "gold", gold),
            ("newsbrief, non-news pages alone", alone(pred, noise), "gold", gold),
            ("newsbrief", pred, "gold, non-news pages alone", alone(gold, noise)),
            ("newsbrief, non-news pages alone", alone(pred, noise), "gold, non-news pages alone", alone(gold, noise)),
            ("newsbrief, both kinds alone", alone(pred, both), "gold, both kinds alone", alone(gold, both)),
            ("gold's happenings, both kinds of pages alone (an event clusterer's ceiling)", alone(events, both), "gold",
             gold),
            ("newsbrief, both kinds alone", alone(pred, both), "gold's happenings, both kinds alone",
             alone(events, both))]
    for what, labels, against, truth in rows:
        p, r, f = bcubed(truth, labels)
        print(f"| {what} | {against} | {p:.3f} | {r:.3f} | {f:.3f} |")
    losses(gold, pred, both, events)


def losses(gold: list[str], pred: list, page: list[bool], events: list[str]) -> None:
    """newsbrief's BCubed recall and precision lost against the gold as given, by cause: a pair of one gold cluster
    in two stories holds a non-news or background page, or two happenings of the cluster (:data:`HAPPENINGS`), or
    one happening (the clusterer's split); a pair of one story from two gold clusters holds such a page or not."""
    import collections

    n = len(gold)
    by_gold, by_story = collections.defaultdict(list), collections.defaultdict(list)
    for i, (g, s) in enumerate(zip(gold, pred)):
        by_gold[g].append(i)
        by_story[s].append(i)
    recall, precision = collections.Counter(), collections.Counter()
    where_r, where_p = collections.defaultdict(set), collections.defaultdict(set)
    for g, mem in by_gold.items():
        for i in mem:
            for j in mem:
                if i != j and pred[i] != pred[j]:
                    why = ("a non-news or background page" if page[i] or page[j] else
                           "two happenings of the cluster" if events[i] != events[j] else "one happening split")
                    recall[why] += 1 / len(mem) / n
                    where_r[why].add(g)
    for s, mem in by_story.items():
        for i in mem:
            for j in mem:
                if i != j and gold[i] != gold[j]:
                    why = "a non-news or background page" if page[i] or page[j] else "news of two gold clusters"
                    precision[why] += 1 / len(mem) / n
                    where_p[why].add(s)
    print("\nnewsbrief's loss against the gold as given, by cause (BCubed points):")
    for why, v in recall.most_common():
        print(f"  recall, {why}: {v:.4f} ({len(where_r[why])} gold clusters)")
    for why, v in precision.most_common():
        print(f"  precision, {why}: {v:.4f} ({len(where_p[why])} stories)")


if __name__ == "__main__":
    main()
