"""Speakers a reader sees in two clusters no rule was tuned on (issue 11, read63; split speakers-read63): a bare
surname stays with the person a sentence called by it when that sentence names a relative of the same surname as
theirs, a title the text introduces as one ("titled ...") is no one's words, and a quote in a sentence closing
", the court found." is the court's. Hand-made text, entities given (no spaCy), shaped on Multi-News validation
mn:0230 and DUC 2006 D0602B. Rules: docs/analysis-labels.md, "A reader's two clusters, again"."""

from test_analyze_units import _article_sents, _speakers
from test_shared_surname106 import _bare_surname_as

_DAVIS = ("Texas State Sen. Wendy Davis is set to be featured in the September issue of Vogue.\n\n"
          "The profile details Davis\u2019 personal story from a single teen mom to political star.\n\n"
          "In the profile, Davis revealed that she was not always interested in politics, finding such "
          "conversations "
          "boring when out with her second husband Jeff Davis, a lawyer and the youngest person to be elected to the "
          "Fort Worth city council.\n\n"
          "From bored with politics to Harvard law, the profile delves into her potential run for governor.\n\n"
          "\u201cI feel confident that the next campaign will sort itself out in due time,\u201d Davis wrote Vogue in an "
          "email after Republican Gov. Rick Perry announced he would not seek reelection.")


def _davis(text):
    sents = _article_sents(text, people=("Wendy Davis", "Jeff Davis", "Rick Perry"), orgs=("Vogue",))
    return _speakers(_bare_surname_as(sents, "Davis", "Wendy Davis"))


def test_a_relative_named_as_the_bare_surnames_own_in_its_sentence_does_not_take_it_over():
    # mn:0230 3: 'Davis revealed that she ... with her second husband Jeff Davis, ...' then '"...," Davis wrote
    # Vogue': Wendy Davis (on main: Jeff Davis, the last of the two named in full)
    assert _davis(_DAVIS) == [("I", "Wendy Davis")]


def test_a_relative_named_in_a_sentence_without_the_bare_surname_still_bears_it():
    # the husband named in a sentence that does not use "Davis" alone: the last named in full, as on main
    text = _DAVIS.replace("In the profile, Davis revealed that she was", "In the profile, the senator revealed she was")
    assert _davis(text) == [("I", "Jeff Davis")]


def test_a_title_introduced_as_one_is_no_quote():
    # mn:0230 3: 'her Vogue spread, titled "Stand and Deliver: After Her 12-Hour Filibuster, How Far Will Texas
    # Senator Wendy Davis Run."': a title with a comma and a full stop, listed as Davis's words on main
    text = ("\u201cI can say with absolute certainty that I will run for one of two offices,\u201d Wendy Davis said at "
            "the Press Club.\n\n"
            "Davis posed in the Texas Capitol for her Vogue spread, titled \u201cStand and Deliver: After Her 12-Hour "
            "Filibuster, How Far Will Texas Senator Wendy Davis Run.\u201d")
    assert _speakers(_article_sents(text, people=("Wendy Davis",), orgs=("Vogue",))) == [("I", "Wendy Davis")]


def test_a_headline_quoted_is_no_quote_of_the_one_who_shared_it():
    # mn:0230 2: 'Dave Carney ... tweeting an article from a conservative Texas blog that promised in its headline to
    # explain "why Wendy Davis is too Stupid to be Governor."': the blog's headline, listed as Carney's on main
    text = ("\u201cWe will keep going,\u201d Wendy Davis said.\n\n"
            "Dave Carney stepped into the fray again by tweeting an article from a conservative Texas blog that "
            "promised in its headline to explain \u201cwhy Wendy Davis is too Stupid to be Governor.\u201d")
    assert _speakers(_article_sents(text, people=("Wendy Davis", "Dave Carney"))) == [("We", "Wendy Davis")]


def test_a_quote_in_a_sentence_closing_the_court_found_is_the_courts():
    # D0602B 4: 'Both shared responsibility for the ''systematic and overall doping in (East German) competitive
    # sports,'' from 1974 until the Berlin Wall came down in 1989, the court found.' (no speaker on main)
    text = ("''Those responsible have been called to account,'' said Michael Lehner, the attorney for the women.\n\n"
            "Both shared responsibility for the ''systematic and overall doping in (East German) competitive "
            "sports,'' from 1974 until the Berlin Wall came down in 1989, the court found.")
    assert _speakers(_article_sents(text, people=("Michael Lehner",))) == [
        ("Those", "Michael Lehner"), ("systematic", "the court")]
    # "found" after a person is no finding of a body: as on main, no speaker
    other = text.replace("the court found.", "the police found them.")
    assert _speakers(_article_sents(other, people=("Michael Lehner",)))[1] == ("systematic", None)


def test_a_headline_set_out_after_a_colon_stays_a_quote():
    # Multi-News train mnt0252 (blind-speakers89): 'The headline: "Don't trust Jeb Bush with the power of the
    # presidency."' is labelled a quote (the letter's): not read as a title
    from newsbrief.analyze._read63 import read63_titled_quote

    body = 'The headline: "Don\'t trust Jeb Bush with the power of the presidency."'
    assert not read63_titled_quote(body, body.index("Don"))
    body = 'a blog that promised in its headline to explain "why she is too stupid to be governor."'
    assert read63_titled_quote(body, body.index("why"))
