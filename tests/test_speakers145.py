"""Speakers a reader of embedded tweets and dash asides sees (issue 11, spk145): an embedded tweet's signature line
("— Name (@handle) April 1, 2017") and the tweet's own words are no antecedent for a later "he"; a pronoun inside a
dash parenthesis ('X has long denied that ... – "...," he tweeted in September – but ...') is the sentence's own
subject. Hand-made text, entities given (no spaCy), shaped on Multi-News validation mn:0088 (speakers-read61).
Rules: docs/analysis-labels.md, "Embedded tweets and dash asides"."""

from test_analyze_units import _article_sents, _speakers


def test_he_after_an_embedded_tweet_is_the_person_named_before_the_tweet():
    # mn:0088 5: Levin "tweeted that he was hopeful ...", Takei's embedded tweet and its signature, then '"...," he wrote.'
    text = ("Takei, 79, had many people fooled and also left a lot of people feeling disappointed.\n\n"
            "California environmental attorney Mike Levin tweeted that he was hopeful when he heard Takei was running "
            "for office.\n\n"
            "No, I'm not running for Congress. Happy 4/1!\n\n\n\n"
            "But Jon Ossoff is on 4/18. Help him win at https://t.co/ctCcRiYcdL. Let's flip Congress in '18 "
            "pic.twitter.com/41uj6l3yt7 \u2014 George Takei (@GeorgeTakei) April 1, 2017\n\n"
            '"I was hoping @GeorgeTakei running against Devin Nunes was not a joke. It would have been amazing," '
            "he wrote.")
    said = _speakers(_article_sents(text, people=("Mike Levin", "George Takei", "Jon Ossoff", "Devin Nunes"),
                                    orgs=("Congress",)))
    assert said[-1] == ("I", "Mike Levin")


def test_he_inside_a_dash_aside_is_the_sentences_own_subject():
    # mn:0088 9: 'Sinbad himself has long denied that he was ever cast as a genie – "...," he tweeted in September –
    # but that didn't stop the comedian ...': Sinbad, not a man named in an earlier paragraph
    text = ("Niantic's John Hanke was ready when the Pokemon Company came calling.\n\n"
            "A genie film titled Shazaam has been falsely implanted into the memories of thousands of kids.\n\n"
            "Sinbad himself has long denied that he was ever cast as a genie \u2013 \"Have you noticed no one my age "
            "has seen this so called genie movie,\" he tweeted in September \u2013 but that didn't stop the comedian "
            "from reviving the myth.")
    assert _speakers(_article_sents(text, people=("John Hanke", "Sinbad"))) == [("Have", "Sinbad")]
    # NER typing the one-word name no person (or missing it) leaves it the sentence's subject all the same
    assert _speakers(_article_sents(text, people=("John Hanke",))) == [("Have", "Sinbad")]


def test_a_related_promotion_line_with_no_colon_is_cut():
    # mn:0088 9 (Rolling Stone): 'Related Watch ... Explain Origins of the Game Thanks to ..., Niantic's John Hanke
    # was ready when the Pokemon Company came calling' between the story's paragraphs: page furniture
    from newsbrief.clean import clean_text

    page = ("Sinbad celebrated April Fools' Day by perpetuating one of the internet's greatest myths.\n\n"
            "Related Watch 'Pokemon Go' Creator Explain Origins of the Game Thanks to years of crowd-sourcing street "
            "data via its first game, Niantic's John Hanke was ready when the Pokemon Company came calling\n\n"
            "Based on countless testimonies, a genie film has been falsely implanted into the memories of kids.")
    text, removed = clean_text(page)
    assert "Hanke" not in text and [r.reason for r in removed] == ["related link"]
    # a sentence that opens with the word stays: it ends with a full stop, or goes on in lower case
    for kept in ("Related Stories about the storm were published on Monday by the paper.",
                 "Related charges against the two men were dropped"):
        assert clean_text(page.replace(page.split("\n\n")[1], kept))[0].count(kept.split()[1]) == 1


def test_a_quoted_title_in_the_speakers_description_is_no_speaker():
    # mn:0088 5: '"...," wrote TV producer and "Lucifer" showrunner Joe Henderson.' with NER typing "Lucifer" a person
    text = ('"I went to bed realizing I had been fooled by George Takei. We live in strange times," wrote TV producer '
            'and "Lucifer" showrunner Joe Henderson.')
    assert _speakers(_article_sents(text, people=("George Takei", "Joe Henderson", "Lucifer"))) == [
        ("I", "Joe Henderson")]


def test_a_document_that_reads_the_quote_after_it_speaks():
    # mn:0088 3: '"By opening a dedicated extraterrestrial cloud region, ...," reads the very long and detailed blog
    # post accompanying the April Fools' gag.'
    text = ("Definitely one of the biggest pranks is the claim that it is launching a data center on Mars.\n\n"
            '"By opening a dedicated extraterrestrial cloud region, we are bringing the power of our network to the '
            'rest of the solar system," reads the very long and detailed blog post accompanying the gag.')
    assert _speakers(_article_sents(text)) == [("By", "the very long and detailed blog post")]


def test_a_document_from_a_named_writer_before_a_colon_is_the_writers():
    # mn:0088 8: 'if it weren't for the accompanying tweets reportedly from Trump: "Bought a small tower in Dublin ..."'
    text = ("The story could almost be believable if it weren't for the accompanying tweets reportedly from Trump: "
            "\u201cBought a small tower in Dublin, Ireland. We are going to build an awesome hotel in Dublin.\u201d")
    assert _speakers(_article_sents(text, people=("Trump",))) == [("Bought", "Trump")]
