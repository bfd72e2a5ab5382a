"""bench/analysis.py's agreement scorer judges what the labelling rule says (docs/analysis-labels.md,
"Agreement"): an item states the main event by its own shown sentence, not by a sentence it cites."""

from conftest import load_bench


def _bench():
    return load_bench("analysis")


def _item(texts: list[tuple[int, str]], main: bool = False) -> dict:
    return {"text": texts[0][1], "main_event": main, "sources": sorted({n for n, _ in texts}),
            "citations": [{"n": n, "text": t} for n, t in texts]}


def _view(*items: dict, sources=(1, 2, 3)) -> dict:
    return {"sources": [{"n": n} for n in sources],
            "agreement": {"consensus": list(items), "shared": [], "single_family": []}}


LABEL = ["baby|stroller shaft|fell|died", [1, 2, 3],
         [[1, "A baby died when her stroller"], [2, "The stroller fell down the shaft"],
          [3, "A 6-week-old baby died on Thursday"], [3, "Her stroller fell down the empty shaft"]]]


def test_an_item_about_another_fact_is_not_a_duplicate_because_it_cites_the_event():
    main = _item([(1, "A baby died when her stroller plunged down an elevator shaft."),
                  (2, "The stroller fell down the shaft of a building in Brooklyn."),
                  (3, "A 6-week-old baby died on Thursday in Brooklyn.")], main=True)
    complaint = _item([(1, "A complaint about the elevator was filed before the baby died in the shaft."),
                       (3, "Her stroller fell down the empty shaft, a complaint says.")])
    r = _bench().score_agreement(_view(main, complaint), [LABEL])
    assert (r["items"], r["right"], r["found"]) == (1, 1, 1), r


def test_a_second_item_stating_the_event_is_a_duplicate():
    main = _item([(1, "A baby died when her stroller plunged down an elevator shaft."),
                  (2, "The stroller fell down the shaft of a building in Brooklyn."),
                  (3, "A 6-week-old baby died on Thursday in Brooklyn.")], main=True)
    again = _item([(3, "Her stroller fell down the empty shaft eight stories."), (1, "It fell.")])
    r = _bench().score_agreement(_view(main, again), [LABEL])
    assert (r["items"], r["right"], r["found"]) == (2, 1, 1), r


def test_an_item_counting_an_article_that_does_not_report_the_event_is_wrong():
    label = [LABEL[0], [1, 2], LABEL[2]]
    main = _item([(1, "A baby died when her stroller plunged down an elevator shaft."),
                  (2, "The stroller fell down the shaft of a building in Brooklyn."),
                  (3, "The building's owner was named chief of the landlords' group.")], main=True)
    r = _bench().score_agreement(_view(main), [label])
    assert (r["items"], r["right"], r["found"]) == (1, 0, 1), r


def test_a_main_event_where_the_label_says_there_is_none_is_wrong():
    main = _item([(1, "Salmon runs fell again this year."), (2, "Salmon runs fell in the river.")], main=True)
    r = _bench().score_agreement(_view(main), [])
    assert (r["labelled"], r["items"], r["right"]) == (0, 1, 0), r


def test_an_item_shown_past_its_dateline_still_states_the_labelled_sentence():
    """The view shows an item past its wire dateline ("NEW YORK (AP) -- A baby died ..." reads "A baby died ...");
    the label's prefix is the article's sentence, which the item's first citation keeps: it still states the event."""
    main = _item([(1, "NEW YORK (AP) -- A baby died when her stroller plunged down an elevator shaft."),
                  (2, "The stroller fell down the shaft of a building in Brooklyn."),
                  (3, "A 6-week-old baby died on Thursday in Brooklyn.")], main=True)
    main["text"] = "A baby died when her stroller plunged down an elevator shaft."
    label = ["baby|stroller shaft|fell|died", [1, 2, 3],
             [[1, "NEW YORK (AP) -- A baby died when her stroller"], [2, "The stroller fell down the shaft"],
              [3, "A 6-week-old baby died on Thursday"]]]
    r = _bench().score_agreement(_view(main), [label])
    assert (r["items"], r["right"], r["found"]) == (1, 1, 1), r
