"""Last stop's fourth draw as general rules (issue 11, spk141; docs/analysis-labels.md "Speakers: last stop's fourth
draw as general rules"). Blind-speakers87 and 88's classes, in made-up texts of their shapes (entities given, no
spaCy), each failing without its rule, and counter-cases:

- 87: 'As investigators put it, he had "..."': the "as"-clause opening the sentence gives who put the words;
- 87: 'Now that X has come out, Cardinal Y has condemned ...' / 'He said:': "He" is Y, the main clause's subject;
- 87: 'Y railed against X. X announced he is gay last March.' / '"I admire <X's given name> ..."': a quote naming
  a person by given name is not that person's words;
- 88: "Andy's niece Kerri, 21, who took the photos, said:": the kin phrase with its name speaks;
- 88: two people's quotes across articles share "I'm" and a word or two: no one quote."""

import pytest

from test_analyze_units import _article_sents, _speakers


def _said(text, **names):
    return _speakers(_article_sents(text, **names))


_AS_PUT = ('Investigators found that the interview left the wrong impression. John Doe answered a few questions about '
           'the agency.\n\nAs investigators put it, he had "impermissibly mixed his personal political views with '
           'official business."')


def test_a_fronted_as_clause_gives_who_put_the_words():
    """(made up, blind-speakers87) main: John Doe, carried on."""
    assert _said(_AS_PUT, people=("John Doe",)) == [("impermissibly", "investigators")]


@pytest.mark.parametrize("clause", ["As investigators noted, Mary Roe said he had", "As he put it, he had",
                                    "As the storm hit, he had"])
def test_no_fronted_as_speaker_when_the_clause_is_no_putting_of_words_or_a_verb_speaks_after_it(clause):
    said = _said(_AS_PUT.replace("As investigators put it, he had", clause), people=("John Doe", "Mary Roe"))
    assert said[0][1] != "investigators"


_NOW_THAT = ('Truly unbelievable.\n\nNow that Tom Roe has come out as a proud gay man, Cardinal John Doe of San Juan '
             'has condemned the pop star and begged him to stop.\n\nHe said:\n\n"Personally, I admire the singer for '
             'the great artistic gifts the Lord has endowed him with."')


def test_he_after_a_fronted_clause_is_the_main_clauses_subject():
    """(made up, blind-speakers87) main: Tom Roe, the first name of the sentence."""
    assert _said(_NOW_THAT, people=("Tom Roe", "John Doe")) == [("Personally,", "John Doe")]


@pytest.mark.parametrize("text, first", [
    ("Now that Tom Roe has come out, Cardinal John Doe of San Juan has condemned him.", "John Doe"),
    # blind-speakers44's shape: a first version of the rule read "Acme News", set off by commas inside the clause
    ("After the content from Tom Roe and his website, Acme News, was removed, he issued a plea.", "Tom Roe"),
    ("Tom Roe has come out, and Cardinal John Doe has condemned him.", "Tom Roe")])
def test_the_main_clauses_subject_comes_first(text, first):
    from types import SimpleNamespace

    from newsbrief.analyze._fronted_clause import main_clause_first

    names = [n for n in ("Tom Roe", "Acme News", "John Doe") if n in text]
    mentions = sorted((SimpleNamespace(start=text.find(n), end=text.find(n) + len(n), text=n,
                                       entity=SimpleNamespace(name=n)) for n in names), key=lambda m: m.start)
    assert main_clause_first(text, mentions[:1], mentions)[0].text == first


def test_he_after_a_sentence_with_no_fronted_clause_reads_as_before():
    text = _NOW_THAT.replace("Now that Tom Roe has come out as a proud gay man, Cardinal John Doe",
                             "Tom Roe has come out as a proud gay man, and Cardinal John Doe")
    assert _said(text, people=("Tom Roe", "John Doe")) == [("Personally,", "Tom Roe")]


_BETWEEN = ('Cardinal John Doe has asked singer Tom Roe to set a good example for young people.\n\nIn an interview '
            'published late last week, Doe railed against the father of twin boys. Tom Roe announced he is gay last '
            'March.\n\n"Personally, I admire Tom for the great artistic gifts the Lord has endowed him, but please '
            'set an example to our youth."')


def test_a_quote_naming_a_person_by_given_name_is_not_that_persons():
    """(made up, blind-speakers87) main: Tom Roe, the subject of the last speech verb."""
    assert _said(_BETWEEN, people=("John Doe", "Tom Roe")) == [("Personally,", "John Doe")]


@pytest.mark.parametrize("words", ["I'm Tom and I admire", "I admire Mary"])
def test_a_quote_naming_no_one_else_is_the_last_speakers(words):
    text = _BETWEEN.replace("I admire Tom", words)
    assert _said(text, people=("John Doe", "Tom Roe")) == [("Personally,", "Tom Roe")]


def test_a_kin_phrase_with_a_given_name_speaks():
    """(made up, blind-speakers88) main: Sharon Price, carried on from the quote before."""
    text = ('Sharon Price added: "We were both badly bruised but we are alright now, thank you."\n\nAndy\'s niece '
            'Kerri, 21, who took the photos, said: "We didn\'t know how serious it was until we saw them on the '
            'floor."')
    assert _said(text, people=("Sharon Price",)) == [("We", "Sharon Price"), ("We", "Andy's niece Kerri")]


def test_two_voters_sharing_im_and_two_words_are_two_quotes():
    """(made up, blind-speakers88) main: one group, "im" one of the three shared stems."""
    from newsbrief.analyze.quotes import extract, group

    one = _article_sents('"I\'m really happy because from what I heard the party is winning the vote for results," '
                         'a newspaper vendor told reporters.', n=1)
    two = _article_sents('"I\'m very happy about the result," said a trader in the city.', n=2)
    assert len(group(extract(one + two))) == 2


def test_one_quote_printed_twice_is_one_group():
    from newsbrief.analyze.quotes import extract, group

    one = _article_sents('"I\'m very happy about the election result today," Tom Roe told reporters.', n=1,
                         people=("Tom Roe",))
    two = _article_sents('"I\'m very happy about the election result," said Tom Roe.', n=2, people=("Tom Roe",))
    assert len(group(extract(one + two))) == 1


def test_an_opening_mark_after_the_quotes_comma_and_before_said_closes_it():
    """(made up, blind-speakers88: an opening curly mark where the closing one belongs) main: the first quote
    never closed, the second without a speaker."""
    text = ('The moment was captured on camera by his niece.\n\n\u201cEveryone is making a joke out of us, \u201c said '
            'Sharon Price. \u201cBut we can definitely see the funny side and are laughing along.\u201d')
    assert _said(text, people=("Sharon Price",)) == [("Everyone", "Sharon Price"), ("But", "Sharon Price")]


def test_a_nested_opening_mark_still_opens():
    text = ('\u201cHe told me, \u201cyou are wrong about all of it\u201d and then he left the room,\u201d Sharon Price '
            'said.')
    assert _said(text, people=("Sharon Price",)) == [("He", "Sharon Price")]


_UPDATE = ('So this is the end of my first video log and I will probably do one later.\n\nUPDATE 2: Dan Abrams talks '
           'about the video diary on Good Morning America.\n\n"What would be the point of disguising your identity if '
           'you are going to then release the video?"')


def test_an_update_label_before_an_introduced_name():
    """(made up, blind-speakers87) main: no speaker (the label before the name)."""
    assert _said(_UPDATE, people=("Dan Abrams",)) == [("What", "Dan Abrams")]


def test_a_name_and_colon_before_the_introduction_is_no_update_label():
    text = _UPDATE.replace("UPDATE 2: Dan Abrams", "Tonight: Dan Abrams")
    assert _said(text, people=("Dan Abrams",)) == [("What", None)]


_MINISTRY = ('During a speech in Missouri on Wednesday, John Roe criticized Japan for conducting unfair '
             'inspections.\n\n'
             '"It is called the bowling ball test, do you know what that is?" he reportedly said.\n\nIn Tokyo on '
             'Friday, a Land, Infrastructure, Transport and Tourism Ministry official in charge of vehicle inspections '
             'said the remarks were based on "a mere misunderstanding."\n\nThe official speculated that Roe may have '
             'been referring to a safety test.\n\n"I don\'t think we have set stricter inspection standards than other '
             'countries. I think he has totally misunderstood," the official said.')


def test_commas_inside_a_bodys_name_still_introduce_its_official():
    """(made up, blind-speakers88) main: John Roe, named near the word "official"."""
    assert _said(_MINISTRY, people=("John Roe", "Roe"))[-1] == ("I", "the official")


_HEADLINE = ("Mary Roe: 'I try to stay out of politics and family business'\n\nMary Roe may keep an office in the "
             "White House, but she tries to stay out of her father's way.")


def test_a_headline_name_and_colon_speaks_its_quote():
    """(made up, blind-speakers87: NER typed no person in the headline) main: no speaker."""
    assert _said(_HEADLINE) == [("I", "Mary Roe")]


def test_a_headline_label_word_and_colon_speaks_no_quote():
    assert _said(_HEADLINE.replace("Mary Roe:", "Breaking News:")) == [("I", None)]


def test_a_dated_one_word_name_and_colon_speaks_its_quote():
    """(made up, blind-speakers87: a post quoting her words of a day) main: no speaker."""
    text = ('The summit went on without him.\n\nMary, June 26: "I try to stay out of politics and family business."'
            '\n\nJuly 8: Seated with global leaders at the summit.')
    assert _said(text) == [("I", "Mary")]


def test_a_given_name_ner_cut_off_is_the_one_she_refers_to():
    """(made up, blind-speakers87: NER typed "Trump" alone, linked to her father) main: no speaker."""
    from types import SimpleNamespace

    from newsbrief.analyze._doc import Mention
    from newsbrief.analyze.quotes import extract

    text = ('John Roe took his daughter along to Washington, where Mary Roe has an office.\n\nWithout delving into '
            'specifics, Mary Roe said she does not always agree with the president.\n\n"So naturally, there are '
            'areas where there is '
            'disagreement," she said.')
    sents = _article_sents(text, people=("John Roe",))
    ent = next(m.entity for s in sents for m in s.mentions)
    for s in sents:  # the surname alone, linked to the father, as NER spans it
        i = s.text.find("Mary Roe said")
        if i >= 0:
            m = Mention(s, i + 5, i + 8, "Roe", "PERSON", ent)
            s.mentions.append(m)
            ent.mentions.append(m)
            s.mentions.sort(key=lambda x: x.start)
    assert [(q.text.split()[0], q.speaker) for q in extract(sents)] == [("So", "Mary Roe")]
