"""A party member by place as a speaker ("the Georgia Republican said", issue 11, spk127; docs/analysis-labels.md
"A party member by place as an epithet"): US political copy calls the lawmaker it is about "the <State>
Republican/Democrat"; that phrase refers to the person speaking nearby, never to "a Republican majority" (an
adjective, no one introduced) nor to another member titled with another place ("Rep. Jane Roe, a Long Island
Republican"). blind-speakers73 (DUC 2004 d30024t, not in CI) showed 6 quotes as "the Georgia Republican"; the
fixture below has that shape with invented names."""

from test_analyze_units import _article_sents, _speakers

_TEXT = (
    "The party kept a Republican majority in the House, but a slim one. Rep. Jane Roe, a Long Island Republican, "
    "said the losses would strengthen moderates. Just two weeks ago, Speaker John Doe had foreseen large gains. "
    "Seeming uncertain on Wednesday, he said he had trouble accounting for the results. ``Things were happening "
    "that none of us fully understand,'' he said. Taking his share of the blame, the Ohio Republican said he had "
    "misjudged the public mood. ``I mean I totally underestimated the degree to which people would get sick of "
    "it,'' he said. ``And as a result we underestimated the need for a stronger message.''"
)


def test_the_state_republican_is_the_lawmaker_speaking_before():
    said = _speakers(_article_sents(_TEXT, people=("Jane Roe", "John Doe")))
    assert said[0] == ("Things", "John Doe")
    assert said[1:] == [("I", "John Doe"), ("And", "John Doe")], said

