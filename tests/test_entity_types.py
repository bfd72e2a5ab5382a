"""Entity types as a reader sees them (docs/analysis-labels.md, "Entity types as a reader sees them"): evidence
NER's vote misses retypes a name, or shows it without a type ("OTHER") rather than a wrong one. Hand-made text,
with the types the small model gave the labelled rows (tests/labels/entity_types.tsv); no spaCy."""

from pathlib import Path

import pytest
from test_entity_noise import _mentioned

from newsbrief.analyze.entities import COMMON_NOUN


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
    assert t["Solar"] == COMMON_NOUN  # no row (shown "other" until the fourth round, ent51)
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


@pytest.mark.slow
def test_second_round_labelled_rows_type_precision(shared_dir):
    """The 200 rows of tests/labels/entity_types2.tsv (46 new clusters, seven datasets): overall type precision
    of each half (main 88c2b88: tuning 0.863, held out 0.833; after the second round's rules: 0.936, 0.850)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from entity_types import ROUNDS, score

    table = score(paths=(ROUNDS[2],))
    assert table["tune"]["precision"]["overall"][0] >= 0.9
    assert table["heldout"]["precision"]["overall"][0] >= 0.84


# -- second round (docs/analysis-labels.md, "Entity types, second round"; tests/labels/entity_types2.tsv) ----------


def test_an_event_named_by_its_shape_is_an_event():
    """ECB+ T40: "Macworld Expo", MultiLing M003: "Tour de France" typed ORG; a company named "... Games" stays
    one."""
    t = _types(("Apple spoke at the Macworld Expo trade show. Crowds filled Macworld Expo.", [("Macworld Expo", "ORG")]),
               ("Contador won the 2007 Tour de France. The Tour de France ended in Paris. Epic Games said sales rose. "
                "Epic Games makes Fortnite. Salt Lake City won the 2002 Winter Games.",
                [("Tour de France", "ORG"), ("Epic Games", "ORG"), ("Winter Games", "ORG")]))
    assert t["Macworld Expo"] == "EVENT" and t["Tour de France"] == "EVENT" and t["Winter Games"] == "EVENT"
    assert t["Epic Games"] == "ORG"


def test_a_flight_by_its_number_is_an_event():
    """DUC 2006 D0617H: "EgyptAir Flight 990", WikiRef220: "flight MH370" typed ORG; the airline stays one."""
    t = _types(("The remains of victims of EgyptAir Flight 990 were identified. Hall spoke of EgyptAir Flight 990.",
                [("EgyptAir Flight 990", "ORG")]),
               ("Families of passengers on flight MH370 were told MH370 was lost. Malaysia Airlines said so. The "
                "search for MH370 goes on. Malaysia Airlines regrets it.", [("MH370", "ORG"), ("Malaysia Airlines", "ORG")]))
    assert t["EgyptAir Flight 990"] == "EVENT" and t["MH370"] == "EVENT"
    assert t["Malaysia Airlines"] == "ORG"


def test_a_team_named_by_its_place_is_an_organization():
    """ECB+ T05: "a six-game loss to Detroit", "stretched Detroit to six games" typed GPE; the city in a story
    that is not about its team stays a place."""
    t = _types(("The 76ers had a six-game loss to Detroit. They stretched Detroit to six games. They won two games "
                "in Detroit.", [("Detroit", "GPE")]))
    assert t["Detroit"] == "ORG"
    t = _types(("The mayor of Detroit spoke. Detroit lost jobs. Their playoff loss at Detroit hurt. A game at "
                "Detroit was sold out.", [("Detroit", "GPE")]))
    assert t["Detroit"] == "GPE"


def test_a_people_is_shown_without_a_type():
    """DUC 2003 d114e: "Czech" (the Czech army, his Czech counterpart) typed ORG beside "Czech Republic"; a
    people typed a person ("Iraqis") beside "Iraq"; a place is not a people because a demonym typed a place
    shares its start ("Pakistan" / "Pakistani"), nor a team because its city does ("Angels" / "Los Angeles"), nor
    a company NER never typed a people because a place opens with its name ("Delphi" / "Delphi Automotive")."""
    t = _types(("The Czech army bought jets. His Czech counterpart agreed. The Czech Republic joins NATO.",
                [("Czech Republic", "GPE"), ("Czech", "ORG")]),
               ("The Czech military is small.", [("Czech", "NORP")]),
               ("Delphi cut jobs. Delphi said so. Delphi Automotive is in Troy.",
                [("Delphi Automotive", "GPE"), ("Delphi", "ORG")]),
               ("Many Iraqis voted. Iraq needs money. Iraqis are tired.", [("Iraq", "GPE"), ("Iraqis", "PERSON")]),
               ("The Angels won in Anaheim. The Angels beat the Dodgers. Angeles Forest burned.",
                [("Angels", "ORG"), ("Angeles Forest", "GPE")]),
               ("Pakistan sent troops. The Pakistani army moved. Pakistan said so.",
                [("Pakistani", "GPE"), ("Pakistan", "GPE")]))
    assert t["Czech"] == "OTHER" and t["Iraqis"] == "OTHER" and t["Angels"] == "ORG"
    assert t["Pakistan"] == "GPE" and t["Czech Republic"] == "GPE" and t["Delphi"] == "ORG"


def test_a_town_typed_an_organization_is_a_place():
    """ECB+ T32: "Newton Street, Millom", "in Millom" typed ORG, and GPE elsewhere; DUC 2003 d119g: "a dam at
    Farakka, West Bengal"; an organization written after "in" stays one ("in Congress"), and NER's own place
    votes alone are not enough ("in the Eastern Conference" typed FAC)."""
    t = _types(("John Jenkin, of Newton Street, Millom, was arrested. A Millom man was charged. Police went to "
                "Newton Street, Millom, at 8am.", [("Millom", "ORG")]),
               ("Dikes broke in Hubei, Xinhua said. Many fled, Xinhua reported.", [("Xinhua", "ORG"), ("Hubei", "GPE")]),
               ("Rain fell in Hunan, Xinhua reported.", [("Xinhua", "GPE"), ("Hunan", "GPE")]),
               ("The bodies were found in Millom. Alice grew up in Millom.", [("Millom", "GPE")]),
               ("India built a dam at Farakka, West Bengal. The Farakka region is dry.",
                [("Farakka", "ORG"), ("West Bengal", "GPE")]),
               ("The bill died in Congress. Congress voted. Leaders in Congress said no.", [("Congress", "ORG")]))
    assert t["Millom"] == "GPE" and t["Farakka"] == "GPE"
    assert t["Congress"] == "ORG" and t["Xinhua"] == "ORG"


def test_a_versioned_name_is_a_product():
    """ECB+ T40: "three USB 2.0 ports" typed ORG; a company before an amount stays one ("Apple 2.5 percent")."""
    t = _types(("It has three USB 2.0 ports. The third USB port is new. Shares of Apple 2.5 percent higher. "
                "Apple said so.", [("USB", "ORG"), ("Apple", "ORG")]))
    assert t["USB"] == "OTHER" and t["Apple"] == "ORG"


def test_event_and_other_are_shown_in_every_view():
    """Terminal, Markdown, the HTML view, the web story page and the JSON: an event row reads "Event" / "event",
    a row without a type "Other" / "other"; the JSON keeps the label."""
    from io import StringIO

    from rich.console import Console

    from newsbrief.render.analysis import analysis_html, analysis_markdown, analysis_rich
    from newsbrief.render.story_page import _entities

    def ent(name, label):
        return {"id": name, "name": name, "acronym": None, "label": label, "variants": [name], "sources": [1, 2],
                "by_outlet": {"fox": 2, "cnn": 2}, "mentions": 4, "families": ["fox", "cnn"],
                "by_family": {"fox": 2, "cnn": 2}}

    d = {"sources": [{"n": n, "label": o, "title": "t", "article_id": f"a{n}", "date": None, "anchor_date": None,
                      "anchor_from": None, "family": o, "outlet": o} for n, o in ((1, "fox"), (2, "cnn"))],
         "families": [{"family": o, "label": o} for o in ("fox", "cnn")],
         "entities": [ent("Tour de France", "EVENT"), ent("USB", "OTHER")]}
    md = analysis_markdown(d)
    assert "| Tour de France | Event |" in md and "| USB | Other |" in md, md
    html = analysis_html(d)
    assert "<td>Event</td>" in html and "<td>Other</td>" in html
    out = StringIO()
    analysis_rich(d, Console(file=out, width=120, color_system=None), full=True)
    rows = [line for line in out.getvalue().splitlines() if "Tour de France" in line or "USB" in line]
    assert any(" event " in r for r in rows) and any(" other " in r for r in rows), rows
    kinds = {e["name"]: e["kind"] for e in _entities(d, lambda ns: "", {})}
    assert kinds == {"Tour de France": "event", "USB": "other"}
    import json
    assert [e["label"] for e in json.loads(json.dumps(d))["entities"]] == ["EVENT", "OTHER"]


def test_a_party_typed_a_person_is_an_organization():
    """DUC 2006 D0614E: "Parti Quebecois" typed PERSON (a two-word "full name"); "the Golden Dawn party"; a person
    whose party it is not stays one ("a Tom Smith party" once in four)."""
    t = _types(("The separatist Parti Quebecois won. Voters backed the Parti Quebecois.", [("Parti Quebecois", "PERSON")]),
               ("The far-right Golden Dawn party got 18 seats. Golden Dawn gained.", [("Golden Dawn", "PERSON")]),
               ("Tom Smith spoke. Tom Smith left. Tom Smith won. He threw a Tom Smith party.", [("Tom Smith", "PERSON")]))
    assert t["Parti Quebecois"] == "ORG" and t["Golden Dawn"] == "ORG"
    assert t["Tom Smith"] == "PERSON"


def test_a_leads_first_word_in_capitals_is_no_name():
    """ECB+ T14: "A FIRE has badly damaged the Waitrose supermarket", "FIRE crews from Tiverton" typed ORG; an
    acronym written within sentences stays ("the WHO said")."""
    t = _types(("A FIRE has badly damaged the store. FIRE crews came. The fire is out.", [("FIRE", "ORG")]),
               ("WHO said cases rose. Experts at the WHO agree. Who knows?", [("WHO", "ORG")]))
    assert t["FIRE"] == COMMON_NOUN and t["WHO"] == "ORG"  # no row (shown "other" until ent51)
