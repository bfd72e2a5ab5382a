"""The entity rows' "also written" spellings, as main showed them and as shown now (issue 11, rd52;
docs/analysis-labels.md, "Captions read as events and details ..."): a spelling that is only a title or an honorific
("Mr" for Donald Rumsfeld) tells the reader no other way the name is written
(:func:`newsbrief.render.analysis.other_spellings`). Lists every spelling a row shows, with whether it is still shown.

    PYTHONPATH=src python bench/entity_spellings.py mn:0061 duc06:D0648C ml:M007 ...
"""

from __future__ import annotations

import sys

from caption_items import rows


def main(names: list[str]) -> None:
    from newsbrief.pipeline import analyze
    from newsbrief.render.analysis import entity_rows, other_spellings

    before = after = 0
    for name in names:
        d = analyze(rows(name)).analysis.to_dict()
        for e in entity_rows(d):
            kept = set(other_spellings(e))
            for v in e["variants"]:
                if v in (e["name"], e["acronym"]):
                    continue
                before += 1
                after += v in kept
                print(f"{name}\t{'shown' if v in kept else 'DROPPED'}\t{e['name']}\t{v}")
    print(f"spellings shown: main {before}, now {after}")


if __name__ == "__main__":
    main(sys.argv[1:])
