"""Speaker errors of the tuning splits (issue 11, spk136; docs/analysis-labels.md "Speakers: ... (issue 11, spk136)"):
a quote attributed only by a description of the one person the sentences before name ('"...," said the Ukraine
captain.'; "said the 29-year-old on the eve of ..."; "NBC's lead soccer voice recalled"), and a quoted phrase after a
fronted phrase closed by a comma ('As for his belief ..., "..."'; 'More plainly, "..."') in the sentence right after
its speaker's; the name after "told"/"tells" before a quote read as its speaker (the listener). Made-up texts;
each behaviour test fails on main 8fe6a93."""

from test_analyze_units import _article_sents, _speakers

from newsbrief.analyze._description_referent import fronted_comma_phrase


def test_said_the_description_after_a_sentence_naming_one_person_is_that_person():
    sents = _article_sents("Chelsea have signed striker John Roe from Milan for a fee of about 30m.\n\nThe 29-year-old "
                           "signed a four-year contract on Wednesday after passing a medical.\n\n\"I am here for the "
                           "challenge and the excitement of the league,\" said the Ukraine captain.",
                           people=("John Roe",), orgs=("Chelsea", "Milan"))
    assert _speakers(sents) == [("I", "John Roe")]


def test_said_the_age_with_a_phrase_of_time_after_it_is_the_person_named_before():
    sents = _article_sents("Masters champion John Roe has become the fourth South African to be awarded life "
                           "membership of the Tour.\n\n\"I actually have goosebumps just thinking about this,\" said the "
                           "29-year-old on the eve of the Open in Paarl.", people=("John Roe",))
    assert _speakers(sents) == [("I", "John Roe")]


def test_an_owners_description_before_the_verb_is_the_person_named_before():
    sents = _article_sents("In the fall of 1991, at age 17, John Roe traveled from his home in England to visit an "
                           "uncle in Chicago. He was aching to watch soccer.\n\n\"I was flipping through what seemed "
                           "like an endless number of channels,\" NBC's lead soccer voice recalled last week.",
                           people=("John Roe",), orgs=("NBC",))
    assert _speakers(sents) == [("I", "John Roe")]


def test_a_description_is_no_one_named_when_two_people_or_an_unnamed_one_came_before():
    two = _article_sents("Chelsea have signed John Roe and Jim Doe from Milan.\n\n\"I am here for the challenge and "
                         "the excitement of the league,\" said the Ukraine captain.", people=("John Roe", "Jim Doe"))
    assert _speakers(two) == [("I", None)]
    unnamed = _article_sents("A captain of the team met John Roe on Monday.\n\n\"I am here for the challenge and the "
                             "excitement of the league,\" said the Ukraine captain.", people=("John Roe",))
    assert _speakers(unnamed) == [("I", None)]


def test_a_quoted_phrase_after_a_fronted_phrase_and_comma_goes_on_with_the_speaker_before():
    sents = _article_sents("John Roe, who had spent the day with his family, said he was happy to have more time, "
                           "but added that \"a believer's highest hope is to be with the Lord forever.\" As for his "
                           "belief in the second coming, \"nothing has changed other than the ramifications for the "
                           "radio station.\"", people=("John Roe",))
    assert _speakers(sents) == [("a", "John Roe"), ("nothing", "John Roe")]
    sents = _article_sents("John Roe and colleagues at the university write in the journal Science, \"The model posits "
                           "that any violation of expectations leads to an affective experience.\" More plainly, "
                           "\"Physical pain and social rejection share a neural process and a subjective component.\"",
                           people=("John Roe",))
    assert _speakers(sents) == [("The", "John Roe"), ("Physical", "John Roe")]


def test_fronted_comma_phrase_shapes():
    assert fronted_comma_phrase("More plainly, ")
    assert fronted_comma_phrase("As for his belief in the second coming, ")
    assert not fronted_comma_phrase("Per a little bird: ")
    assert not fronted_comma_phrase("the company said ")
    assert not fronted_comma_phrase("After the vote on Tuesday in the chamber of the upper house of parliament, ")
    assert not fronted_comma_phrase("The scientists estimate, ")
    assert fronted_comma_phrase("Plainly, ")


def test_the_name_after_told_is_the_listener_never_the_speaker():
    sents = _article_sents("One of his old buddies told Roe: \"Wasting good smoke was not tolerated by any of us.\"",
                           people=("Roe",))
    assert _speakers(sents)[0][1] != "Roe"
    sents = _article_sents("John Roe and colleagues wrote the study. As they told LiveScience, \"When people feel "
                           "overwhelmed with uncertainty in life, they suffer.\"", people=("John Roe",),
                           orgs=("LiveScience",))
    assert _speakers(sents) == [("When", "John Roe")]
    sents = _article_sents("And, said John Roe, \"we will not sign this agreement before the vote on Monday.\"",
                           people=("John Roe",))
    assert _speakers(sents) == [("we", "John Roe")]  # the inverted reading after "said" stays


def test_a_description_opening_the_next_sentence_is_no_attribution_of_the_quote_before():
    sents = _article_sents("John Roe wants evolution out of the classroom. Textbooks carry a sticker calling "
                           "evolution ``a controversial theory some scientists present as an explanation.'' The "
                           "disclaimer adds: ``No one was present when life first appeared on earth.''",
                           people=("John Roe",))
    assert all(speaker != "John Roe" for _, speaker in _speakers(sents))


def test_a_title_after_a_fronted_phrase_takes_no_speaker():
    sents = _article_sents("``I think I hear in his prose echoes of a caustic and shrewd sensibility,'' John Roe "
                           "wrote. In his next novel, ``The Year of the Death of Ricardo Reis,'' the poet returns.",
                           people=("John Roe",))
    assert _speakers(sents)[1:] in ([], [("The", None)])
