"""blind-speakers74's general shapes (issue 11, spk128; docs/analysis-labels.md "Blind-speakers74" classes B and D).
D: a question's quote whose attribution, in the next sentence of its paragraph, puts the verb past a name, its
appositive and an adverb ('``Who invited ...?'' Silvan Shalom, the science minister, reportedly yelled at X.'): the
verb lay beyond the fifty characters read there, so the speaker quoted before was continued. B: 'the prayer
leader, Yousef Abu Sneineh, spoke out ...' then '``...,'' he said': the name in apposition to a nominal subject,
an irregular past verb after it, is whom "he" refers to; and a building's name NER typed ORG ("Al Aqsa Mosque") is
never "he". Made-up texts (DUC 2004 is not in CI), each failing on main 7a23b81."""

from test_analyze_units import _article_sents, _speakers

_LAPID = "``It is a sad day for all of us,'' said Yosef Lapid, a party leader. The minister left the room. "
_NAVEH = "``Israel has not been offered such a compromise at all,'' Danny Naveh said. "
_SNEINEH = ("the prayer leader, Yousef Abu Sneineh, spoke out sharply against the agreement. ``America supports a "
            "peace agreement that reinforces the occupation,'' he said.")


def test_a_question_attributed_past_a_name_an_appositive_and_an_adverb_is_that_names():
    sents = _article_sents(_LAPID + "``Who invited President Clinton to the Gaza Strip?'' Silvan Shalom, the science "
                           "minister, reportedly yelled at Netanyahu.",
                           people=("Yosef Lapid", "Silvan Shalom", "Netanyahu"))
    assert _speakers(sents) == [("It", "Yosef Lapid"), ("Who", "Silvan Shalom")]


def test_he_after_a_name_in_apposition_to_a_nominal_subject_is_that_name():
    sents = _article_sents(_NAVEH + "At the Al Aqsa Mosque, " + _SNEINEH,
                           people=("Danny Naveh", "Yousef Abu Sneineh"), orgs=("Al Aqsa Mosque",))
    assert _speakers(sents)[-1] == ("America", "Yousef Abu Sneineh")


def test_a_building_typed_an_organization_is_never_he():
    sents = _article_sents(_NAVEH + "At Jerusalem's Al Aqsa Mosque, Islam's third holiest site, " + _SNEINEH,
                           people=("Danny Naveh", "Yousef Abu Sneineh"), orgs=("Al Aqsa Mosque", "Islam"),
                           places=("Jerusalem",))
    assert _speakers(sents)[-1] == ("America", "Yousef Abu Sneineh")
