"""Entity types as a reader sees them (docs/analysis-labels.md, "Entity types as a reader sees them"): evidence
NER's vote misses retypes a name, or shows it without a type ("OTHER") rather than a wrong one. Hand-made text,
with the types the small model gave the labelled rows (tests/labels/entity_types.tsv); no spaCy."""

from pathlib import Path

import pytest
from test_entity_noise import _mentioned


def _types(*articles):
    from newsbrief.analyze.entities import merge

    sents = [s for n, (text, names) in enumerate(articles, 1) for s in _mentioned(text, n, names)]
    return {e.name: e.label for e in merge(sents)}


def test_a_dateline_name_is_a_place():
    """DUC 2006 D0637A: "HARARE, September 17 (Xinhua) --" typed ORG read as an organization."""
    t = _types(("HARARE, September 17 (Xinhua) -- The solar summit opened on Monday. Delegates praised Harare.",
                [("HARARE", "ORG"), ("Harare", "ORG"), ("Xinhua", "ORG")]),
               ("Officials of Zesa said the grid held. Zesa will add panels.", [("Zesa", "ORG")]))
    assert t["Harare"] == "GPE" or t.get("HARARE") == "GPE"
    assert t["Zesa"] == "ORG"


def test_a_product_word_ends_a_product():
    t = _types(("Users of Knowledge Graph saw the change. Google said Knowledge Graph was updated.",
                [("Knowledge Graph", "GPE"), ("Google", "ORG")]))
    assert t["Knowledge Graph"] == "OTHER"
    assert t["Google"] == "ORG"


def test_product_shapes_and_units_are_no_organization_or_person():
    """ECB+ T40: "iPhone", "6MB" typed ORG; DUC 2003 d129j: "Y2K" typed a person."""
    t = _types(("The iPhone was not updated. The laptop has 6MB of cache and a 4MB buffer. Fixing Y2K cost "
                "millions, and Y2K worried banks. Apple said sales rose.",
                [("iPhone", "ORG"), ("MB", "ORG"), ("Y2K", "PERSON"), ("Apple", "ORG")]))
    assert t["iPhone"] == "OTHER" and t["MB"] == "OTHER" and t["Y2K"] == "OTHER"
    assert t["Apple"] == "ORG"


def test_a_common_word_capitalised_only_at_a_sentence_start_is_no_name():
    """DUC 2006 D0637A: "Solar power has grown ...", "Solar technology ..." typed ORG; a name written capitalised
    within a sentence stays (the House, "flipping the House")."""
    t = _types(("Solar power has grown fast. Solar technology is cheaper. The solar market doubled.",
                [("Solar", "ORG")]),
               ("House members voted. Democrats may win the House. The house was empty.", [("House", "ORG")]))
    assert t["Solar"] == "OTHER"
    assert t["House"] == "ORG"


def test_a_one_word_person_listed_with_places_is_a_place():
    """MultiLing M005: "Chocholgue, San Pedro de La Paz, Constitución, and Maule" typed Constitución a person;
    a person listed with people stays one."""
    t = _types(("The rains hit Chocholgue, Constitución and Maule. Roads in Constitución were cut.",
                [("Chocholgue", "GPE"), ("Constitución", "PERSON"), ("Maule", "PERSON")]),
               ("Merkel and Macron met in Paris. Merkel said talks went well.",
                [("Merkel", "PERSON"), ("Macron", "PERSON"), ("Paris", "GPE")]))
    assert t["Constitución"] == "GPE"
    assert t["Merkel"] == "PERSON"


def test_other_is_shown_as_other():
    from newsbrief.render.analysis import entity_type
    from newsbrief.server.views import entity_kind

    assert entity_type("OTHER") == "Other" and entity_kind("OTHER") == "other"


@pytest.mark.slow
def test_labelled_rows_type_precision(shared_dir):
    """The 300 labelled rows of tests/labels/entity_types.tsv (36 real clusters, six datasets): overall type
    precision of each half (main 0bb759b: tuning 0.827, held out 0.826; measured after: 0.856, 0.858)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from entity_types import score

    table = score()
    assert table["tune"]["precision"]["overall"][0] >= 0.85
    assert table["heldout"]["precision"]["overall"][0] >= 0.85
