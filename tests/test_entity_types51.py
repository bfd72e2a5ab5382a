"""Entity types, fourth round (docs/analysis-labels.md, "Entity types, fourth round: organizations and "other""
(issue 11, ent51)): a name's head noun says its kind, a model number makes a product, a one-word "person" opening a
body's name ("Pfizer" / "Pfizer Inc.") is that body, and a word NER cut from a longer name after "and" is no row (a
common word capitalised at sentences' starts is no row either: tests/test_entity_rows.py, "Salmon"). Real sentences
from ../shared (skipped without it) with the mentions typed as the small spaCy model types them there; no spaCy.
Each real case fails on main; each made-up counter-case guards a rule's reach."""

import pytest
from test_entity_rows import _merged, _real, _row


def _label(ents, name):
    row = _row(ents, name)
    return row.label if row is not None else None


def test_a_treaty_is_no_organization(shared_dir):
    """DUC 2006 D0634G: "the Pacific Salmon Treaty" (typed ORG in every sentence) was an organization row."""
    texts = _real("duc06:D0634G", ["Pacific Salmon Treaty"])
    ents = _merged(texts, [("Pacific Salmon Treaty", "ORG")])
    assert _label(ents, "Pacific Salmon Treaty") == "OTHER"


def test_a_body_or_a_law_named_by_its_head_keeps_its_kind():
    """Made up: the head is the last word, or the word before "of": "Act Now Coalition" is a body (not a law by its
    first word), "Bank of England" keeps NER's type (no rule for "bank": the West Bank), "Ray Park" (an actor)
    stays a person, and a person's surname that is a street word stays a person."""
    texts = ["The Act Now Coalition marched. Act Now Coalition leaders spoke. Ray Park played the villain, and Ray "
             "Park trained for months. The Bank of England held rates. Picabo Street won gold."]
    ents = _merged(texts, [("Act Now Coalition", "ORG"), ("Ray Park", "PERSON"), ("Bank of England", "ORG"),
                           ("Picabo Street", "PERSON")])
    assert _label(ents, "Act Now Coalition") == "ORG"
    assert _label(ents, "Ray Park") == "PERSON" and _label(ents, "Picabo Street") == "PERSON"
    assert _label(ents, "Bank of England") == "ORG"


def test_a_dam_and_a_mountain_are_places(shared_dir):
    """DUC 2003 d120g: "the Three Gorges Dam" typed ORG; Multi-News 0243: "Mount Adams" typed a person: an
    organization row and a person row."""
    texts = _real("duc:d120g", ["Three Gorges Dam"])
    assert _label(_merged(texts, [("Three Gorges Dam", "ORG")]), "Three Gorges Dam") == "LOC"
    texts = _real("mn:0243", ["Mount Adams"])
    assert _label(_merged(texts, [("Mount Adams", "PERSON")]), "Mount Adams") == "LOC"


def test_a_university_typed_a_place_is_an_organization():
    """Made up (the shape of "University of Sydney", typed GPE): the word before "of" is the head; "Gulf of
    Mexico" stays a place."""
    texts = ["Researchers at the University of Sydney said the data held. The University of Sydney paid for it. "
             "Oil spread in the Gulf of Mexico."]
    ents = _merged(texts, [("University of Sydney", "GPE"), ("Gulf of Mexico", "LOC")])
    assert _label(ents, "University of Sydney") == "ORG"
    assert _label(ents, "Gulf of Mexico") == "LOC"


def test_a_model_number_makes_a_product(shared_dir):
    """ECB+ T40: "the Nvidia 9600M GT" (typed ORG) was an organization row; "Channel 4" (digits alone) stays."""
    texts = _real("ecb:T40_ecb", ["9600M"])
    ents = _merged(texts, [("Nvidia 9600M GT", "ORG")])
    assert _label(ents, "Nvidia 9600M GT") == "OTHER"
    ents = _merged(["Channel 4 aired the film. Channel 4 said ratings rose."], [("Channel 4", "ORG")])
    assert _label(ents, "Channel 4") == "ORG"


def test_a_one_word_person_opening_a_bodys_name_is_that_body(shared_dir):
    """DUC 2006 D0605E: "Pfizer" (typed a person in nine sentences) was a person row beside "Pfizer Inc." (ORG)."""
    texts = _real("duc06:D0605E", ["Pfizer"])
    ents = _merged(texts, [("Pfizer Inc.", "ORG"), ("Pfizer", "PERSON"), ("Monsanto", "ORG")])
    assert _label(ents, "Pfizer") == "ORG"


def test_a_persons_full_name_beside_a_company_named_for_them_stays_a_person():
    """Made up: "Michael Dell" and "Dell Inc.": the bare "Dell" joins the person (a full name), who stays one."""
    texts = ["Michael Dell founded Dell Inc. in 1984. Dell said the company would grow."]
    ents = _merged(texts, [("Michael Dell", "PERSON"), ("Dell Inc.", "ORG"), ("Dell", "PERSON")])
    assert _label(ents, "Michael Dell") == "PERSON"


def test_a_word_ner_cut_from_a_longer_name_after_and_is_no_row(shared_dir):
    """DUC 2006 D0634G: "Canada's Department of Fisheries and Oceans" was cut into "Department of Fisheries" and
    "Oceans" (typed ORG / NORP), and "Fisheries and Oceans Minister" gave "Oceans" too: an "Oceans" row."""
    texts = _real("duc06:D0634G", ["Fisheries and Oceans"], whole=True)
    ents = _merged(texts, [("Department of Fisheries", "ORG"), ("Oceans", ("NORP", "ORG", "NORP"))])
    assert _row(ents, "Oceans") is None
    assert _label(ents, "Department of Fisheries") == "ORG"


def test_a_name_of_its_own_after_and_stays_a_row():
    """Made up: "the University of Chicago and Harvard": Harvard is never written in lower case, a name of its own;
    a cut word joins the longer name's row when the story names it whole."""
    texts = ["Scholars from the University of Chicago and Harvard met. Harvard said the talks went well."]
    ents = _merged(texts, [("University of Chicago", "ORG"), ("Harvard", "ORG")])
    assert _label(ents, "Harvard") == "ORG"
    texts = ["The Department of Fish and Wildlife said wildlife suffered. Officials of the Department of Fish and "
             "Wildlife agreed."]
    ents = _merged(texts, [("Department of Fish and Wildlife", "ORG"), ("Department of Fish", "ORG"),
                           ("Wildlife", "ORG")])
    assert _row(ents, "Wildlife") is None or _row(ents, "Wildlife") is _row(ents, "Department of Fish and Wildlife")



def test_a_university_named_for_a_person_is_an_organization(shared_dir):
    """DUC 2006 D0612C: "George Washington University" (typed a person) was a person row; a school named for a
    mountain keeps NER's body ("Mount Sinai Medical School", typed ORG, is no mountain)."""
    texts = _real("duc06:D0612C", ["George Washington University"])
    ents = _merged(texts, [("George Washington University", "PERSON")])
    assert _label(ents, "George Washington University") == "ORG"
    texts = ["Doctors at Mount Sinai Medical School said the drug worked. Mount Sinai Medical School will test it."]
    assert _label(_merged(texts, [("Mount Sinai Medical School", "ORG")]), "Mount Sinai Medical School") == "ORG"


@pytest.mark.slow
def test_fourth_round_held_out_types(shared_dir):
    """tests/labels/entity_types4.tsv (178 rows of ten clusters, held out): overall type precision 0.819 and
    organization precision 0.661 on main e33adaf, 0.824 and 0.673 after this round (measured once each)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from entity_types import ROUNDS, score

    table = score(paths=(ROUNDS[4],))["all"]
    assert table["precision"]["overall"][0] >= 0.82
    assert table["precision"]["organization"][0] >= 0.67
