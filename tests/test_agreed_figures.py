"""Figures the outlets agree on: the same figure of the same thing, credited only to the sources that give it
(stop 40; labels in tests/labels/agreed_figures.tsv, bench/agreed_figures.py)."""

from __future__ import annotations

import newsbrief
from newsbrief.render import render
from newsbrief.render.analysis import agreed_figures

# two outlets on a bailout: both give the 10 billion euros of aid, in sentences about the same thing; one lists a
# loan written off (EUR 2.81 million) and the other a citizenship threshold (3 million euros): consistent within
# rounding, never one figure
_A = ("Cyprus will relax its citizenship rules for foreign investors who lost money under the bailout, the president "
      "said on Sunday. Cyprus was forced to wind down one major bank in return for 10 billion euros in aid from the "
      "International Monetary Fund and the European Union. A hotel company linked to a party had its entire "
      "€2.81m loan written off, according to a list published in Greece.")
_B = ("Cyprus is to ease its citizenship rules for investors who lost at least 3 million euros under the bailout, the "
      "president said on Sunday. To secure the 10bn euros in aid agreed by the European Union and the International "
      "Monetary Fund, Cyprus was forced to wind down one major bank. Investors were angered by the losses.")


def _brief():
    return newsbrief.brief([{"text": _A, "source": "Reuters"}, {"text": _B, "source": "BBC"}], words=60, analyze=True)


def test_an_agreed_figure_is_the_same_value_of_the_same_thing_and_names_only_the_sources_giving_it():
    d = _brief().analysis.to_dict()
    shown = {v["text"]: v["sources"] for v in agreed_figures(d)}
    assert any("10" in t and sources == [1, 2] for t, sources in shown.items()), shown  # 10 billion = 10bn
    # main showed "€2.81m (Reuters, BBC)": the loan, credited to the outlet that gave a citizenship threshold
    assert not any("2.81" in t or "3 million" in t for t in shown), shown
    assert [a["sources"] for a in d["agreed_figures"]] == [[1, 2]]


def test_the_same_number_of_two_different_things_is_no_agreement():
    """A $30,000 satellite system and a $30,000 summer rent (DUC 2006, read at stop 40) are no shared figure."""
    a = ("A California company gave the Lake Valley school a $30,000 satellite system last week to connect its "
         "computers to the Internet, the principal said.")
    b = ("In a town where a pool-side bungalow rents for $30,000 for the summer, the median income on the reservation "
         "hovers around $6,000, tribal officials said.")
    filler = "Tribal leaders met on Monday to discuss schools, roads and the new casino near the reservation."
    d = newsbrief.brief([{"text": f"{a} {filler}", "source": "AP"}, {"text": f"{b} {filler}", "source": "NYT"}],
                        words=60, analyze=True).analysis.to_dict()
    assert not any("30,000" in v["text"] for v in agreed_figures(d))


def test_every_format_shows_the_agreed_figure_with_its_sources_only():
    from newsbrief.render import to_terminal

    b = _brief()
    md = render(b, "markdown")
    section = md[md.index("### Figures"):md.index("###", md.index("### Figures") + 3)]
    assert "2.81m" not in section and "(Reuters [1], BBC [2])" in section
    term = to_terminal(b, full=True)
    section = term[term.index("Figures the outlets agree on"):term.index("Reported by")]
    assert "2.81m" not in section and "[1] Reuters, [2] BBC" in section
    page = render(b, "html")
    section = page[page.index('class="figures-section"'):page.index("</details>", page.index('class="figures-section"'))]
    assert "2.81m" not in section and "Reuters" in section and "BBC" in section


def _agreed(ap: str, nyt: str) -> dict:
    """The agreed figures of two outlets' articles, shown words -> sources."""
    b = newsbrief.brief([{"text": ap, "source": "AP"}, {"text": nyt, "source": "NYT"}], words=40, analyze=True)
    return {v["text"]: v["sources"] for v in agreed_figures(b.analysis.to_dict())}


def _figures(text: str):
    b = newsbrief.brief([{"text": text, "source": "A"}, {"text": "Nothing else happened in the town.", "source": "B"}],
                        words=40, analyze=True)
    return {f.text: f for q in b.analysis.figures for f in q.figures}


def test_a_range_end_or_a_changed_value_is_no_figure_to_agree_on():
    """DUC 2006: "0.5 percent to 1 percent of salmon" was shown as agreeing with "0.5 percent" smolt survival, and
    "from five years to six years" with legislators' "five-year terms"."""
    from newsbrief.analyze.figure_agreement import range_end

    figs = _figures("Just 0.5 percent to 1 percent of the salmon made it back. Chavez wants to extend the term from "
                    "five years to six years. Rebates of $500 to $1,000 were paid. Between 4 percent and 12 percent "
                    "of children have it. The plant employs 300 workers. He had 26 points, 13 assists and 11 "
                    "rebounds.")
    assert all(range_end(figs[t]) for t in ("0.5 percent", "1 percent", "five years", "six years", "$500", "$1,000",
                                            "4 percent", "12 percent"))
    assert not any(range_end(figs[t]) for t in ("300 workers", "26 points", "13 assists", "11 rebounds"))


def test_a_bound_and_a_point_value_are_two_figures():
    from newsbrief.analyze.figure_agreement import same_value

    figs = _figures("Polls put his rating at more than 50 percent. The turnout passed the 50 percent needed. About "
                    "50 percent of voters stayed home.")
    assert not same_value(figs["more than 50 percent"], figs["50 percent"])
    assert same_value(figs["50 percent"], figs["About 50 percent"])


def test_a_count_that_names_what_it_counts_agrees_without_a_shared_word():
    """DUC 2003's Nobel story: "there were 136 nominees and the winner was selected on Sept. 29" (AP) and "Nobel
    officials said there were 136 nominees for the prize" (NYT) share no word near the figure; the counted noun
    says what both count ("there" is no place that could tell them apart)."""
    shown = _agreed("The Nobel Peace Prize committee said there were 136 nominees and the winner was selected on "
                    "Sept. 29. The prize will be awarded in Oslo.",
                    "Nobel officials said there were 136 nominees for the peace prize this year, of which 101 were "
                    "individuals. The winner will be named in Oslo.")
    assert shown.get("136 nominees") == [1, 2], shown


def test_a_distance_from_the_same_place_in_the_same_direction_is_one_figure():
    """DUC 2006's Conyers shooting: "Rockdale County, ..., 25 miles east of Atlanta" and "Conyers, Ga., 25 miles east
    of Atlanta, where a sophomore shot six students" share no word but the place, which says where, not what."""
    shown = _agreed("The shooting at Heritage High School in Rockdale County, a suburb of 68,000 people 25 miles east "
                    "of Atlanta, shocked parents. Six students were hurt.",
                    "A sophomore shot six students on Thursday in Conyers, Ga., 25 miles east of Atlanta, then "
                    "surrendered his gun. None of the students died.")
    assert any("25 miles" in t and s == [1, 2] for t, s in shown.items()), shown


# -- det27: one row per sentence, the words a count is shown with, references and denominators ----------------------


def _real(shared_dir, path: str, picks: list[tuple[str, int]]) -> dict:
    """The analysis of the articles ``picks`` ((cluster id's end, article index)) of ../shared/data/``path``, each
    its own outlet."""
    from conftest import load_clusters

    clusters = {c["id"]: c for c in load_clusters(shared_dir / "data" / path)}
    arts = []
    for n, (cid, k) in enumerate(picks):
        a = next(c for i, c in clusters.items() if i.endswith(cid))["articles"][k]
        arts.append({"text": a["text"], "title": a.get("title"), "source": f"outlet{n + 1}", "date": a.get("date")})
    return newsbrief.brief(arts, words=60, analyze=True).analysis.to_dict()


def test_figures_of_one_sentence_given_by_the_same_sources_share_its_row(shared_dir):
    """Multi-News 0226: both outlets give "26 points, 13 assists and 11 rebounds" in one sentence each; main showed
    that sentence once per figure, three rows."""
    d = _real(shared_dir, "multinews_sample/validation.jsonl.gz", [("0226", 0), ("0226", 1)])
    rows = agreed_figures(d)
    contexts = [v["context"] for v in rows if v["context"]]
    assert len(contexts) == len(set(contexts)), rows
    row = next(v for v in rows if "rebounds" in v["text"])
    assert "points" in row["text"] and len(row["figures"]) >= 2, row


def test_a_count_is_shown_with_the_noun_it_counts(shared_dir):
    """DUC 2003 d107c and DUC 2006 D0635H: "after 13 death row inmates were exonerated"; the figure reader stops at
    "13 death", which main showed as the figure's words."""
    from conftest import load_clusters

    other = next(c for c in load_clusters(shared_dir / "data/duc2006/test.jsonl.gz") if c["id"].endswith("D0635H"))
    a, b = next(c for c in load_clusters(shared_dir / "data/duc2003_task3/test.jsonl.gz")
                if c["id"].endswith("d107c"))["articles"][3], other["articles"][22]
    d = newsbrief.brief([{"text": a["text"], "source": "AP"}, {"text": b["text"], "source": "NYT"}],
                        words=60, analyze=True).analysis.to_dict()
    texts = [v["text"] for v in agreed_figures(d)]
    assert "13 death row inmates" in texts, texts
    assert "13 death" in [f for v in agreed_figures(d) for f in v["figures"]]  # (the figure as read, for labels)


def test_a_ratios_denominator_is_no_agreed_figure(shared_dir):
    """DUC 2006 D0625G (Xinhua twice): "14 out of 100 Kenyans" / "14 out of every 100 Kenyans" gave an agreed "100
    Kenyans", shown beside the figure it divides."""
    d = _real(shared_dir, "duc2006/test.jsonl.gz", [("D0625G", 20), ("D0625G", 21)])
    figures = [t for v in agreed_figures(d) for t in v.get("figures", [v["text"]])]
    assert not any(t.startswith("100 Kenyans") for t in figures), figures


def test_one_source_s_repeated_figure_is_not_called_the_outlets_agreeing():
    """Read on an untuned DUC 2004 cluster (stop 55): nine Associated Press articles and "Figures the outlets
    agree on" in the terminal, where the story page said "Figures given in several of its articles"."""
    from newsbrief.render import to_terminal

    one = ("The storm killed 37 people in the port town of Eden on Monday, officials said after the search. "
           "Rescue teams searched the coast for the missing fishermen and their boats. The mayor asked for help.")
    two = ("Hundreds of homes were flattened when the cyclone hit the coast. The death toll in Eden rose to 37 people "
           "on Tuesday, the police said. Schools stayed closed and the army flew in water and tents.")
    b = newsbrief.brief([{"text": one, "source": "AP", "title": "Storm"},
                         {"text": two, "source": "AP", "title": "Storm toll"}], words=60, analyze=True)
    assert agreed_figures(b.analysis.to_dict())
    term = to_terminal(b, full=True)
    assert "Figures given in several of its articles" in term and "Figures the outlets agree on" not in term
    term = to_terminal(_brief(), full=True)
    assert "Figures the outlets agree on" in term


# -- agr61: a ratio's "one ... for N" and a count the sentences tell of two events -----------------------------------


def test_one_thing_for_a_count_is_a_ratio_not_a_count_to_agree_on(shared_dir):
    """DUC 2006 D0627I (international adoption), read as a reader: "Orphanages would have perhaps one wet-nurse for
    eight babies _ meaning most starved" (AP, Cambodia, 1998) was shown as agreeing with "The Holts adopted eight
    babies" (NYT, Korea in the 1950s): the same number and noun, no figure either compares."""
    from newsbrief.analyze.figure_agreement import denominator

    from conftest import load_clusters

    c = next(c for c in load_clusters(shared_dir / "data/duc2006/test.jsonl.gz") if c["id"].endswith("D0627I"))
    arts = [{"text": a["text"], "title": a.get("title"), "source": a.get("source"), "date": a.get("date")}
            for a in c["articles"]]
    d = newsbrief.brief(arts, words=100, analyze=True).analysis.to_dict()
    figures = [t for v in agreed_figures(d) for t in v.get("figures", [v["text"]])]
    assert not any("eight babies" in t for t in figures), figures
    figs = _figures("Orphanages had one wet-nurse for eight babies. One doctor for 10,000 people was the rule. "
                    "No one waited for 10 years. The Holts adopted eight children.")
    assert denominator(figs["eight babies"]) and denominator(figs["10,000 people"])
    assert not denominator(figs["10 years"]) and not denominator(figs["eight children"])


def test_a_hyphenated_noun_is_shown_whole():
    """Read on an ECB+ shooting (stop 62): "two co-workers" was shown as the agreed figure "two co", the parser's
    first part of the hyphenated noun; the words a reader is shown run to the end of the word."""
    a = ("A suspended worker shot and killed two co-workers at the bakery on Thursday night, police said. She was "
         "arrested at the scene after a standoff with officers.")
    b = ("Police said a suspended employee shot and killed two co-workers inside the bakery on Thursday. The woman "
         "was taken into custody after the shooting.")
    d = newsbrief.brief([{"text": a, "source": "AP"}, {"text": b, "source": "NBC"}], words=60,
                        analyze=True).analysis.to_dict()
    texts = [v["text"] for v in agreed_figures(d)]
    assert "two co-workers" in texts, texts
    assert not any(t.endswith(" co") for t in texts), texts
