"""Speakers of a general round on the errors left over the labelled splits (issue 11, spk64; docs/analysis-labels.md
"Speakers: a written thing's words, a participle's subject, a bare name shown whole"): a quote shown on a banner or
sign ("with one banner reading: "...""), a second quote of a sentence introduced by a participle ('"...," the
groups told Bush, adding that gay groups "..."'), and a bare name NER typed no person on ('"...," Wurfel fumed.')
shown as the one person of the article so named. The real paragraphs need ../shared; the parse is
en_core_web_sm's, as the analysis runs (the tests skip without it)."""

from test_analyze_units import _article_sents
from test_quote_parse import _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)
from test_quote_syntax import _duc2003, _duc2006, _multinews


def test_a_banner_or_sign_reading_a_quote_is_its_speaker(shared_dir):
    """Multi-News 0120, article 3 (blind-speakers40): '... a day after dozens of activists chanted anti-Semitic
    slogans at a rally in front of his presidential palace in central Warsaw, with one banner reading: "Take off
    your yarmulke and sign the bill."' was given to Andrzej Duda by the parse (the subject of "complied"); the
    banner shows the words. DUC 2003 d117f, article 6: '... a row of shopping carts, decorated with banners reading,
    ``Warning: push this cart and risk arrest.''' was Max Biddel, carried from the quote before."""
    text = _multinews(shared_dir, "0120", 3, 1, 1)
    said = _speakers(_article_sents(text, people=("Jaroslaw Kaczynski", "Duda"), places=("Warsaw",)))
    assert ("Take", "one banner") in said
    text = _duc2003(shared_dir, "d117f", 6, 9, 9)
    said = _speakers(_article_sents(text, people=("Max Biddel",), places=("Sacramento",)))
    assert said[-1] == ("Warning:", "banners")


def test_a_person_reading_or_a_role_before_reading_is_no_written_thing():
    # (made up) a person grew up reading a book: no written thing speaks ("up" ends no noun phrase)
    text = 'Jane Roe grew up reading "The Adventures of Tom Sawyer and every other book like it."'
    assert _speakers(_article_sents(text, people=("Jane Roe",)))[0][1] != "up"
    # (made up) a role reading a statement is the role, as before
    text = 'The spokesman stood at the lectern, reading: "We will not close the plant this year or next year."'
    assert _speakers(_article_sents(text))[0][1] != "the lectern"
    # (made up) a sign at a place that reads: the sign, not the place
    text = 'Visitors pass an old sign at the city airport that reads: "We are building a new airport for you all."'
    assert _speakers(_article_sents(text))[0][1] == "an old sign at the city airport"


def test_a_second_quote_after_adding_that_is_the_clauses_subject(shared_dir):
    """DUC 2006 D0619A, article 20: '``Homosexual activists are trying to use the Republican Party ...,'' the groups
    told Bush, adding that gay groups ``seek nothing less than the ability to mandate teaching ...''': the second
    quote was given to Bush, the object of "told"; the participle's subject is the groups, who spoke the first."""
    text = _duc2006(shared_dir, "D0619A", 20, 11, 11)
    said = _speakers(_article_sents(text, people=("Bush",), orgs=("Republican Party", "Democratic Party")))
    assert said == [("Homosexual", "the groups"), ("seek", "the groups")]


def test_a_participle_after_another_subject_or_a_quote_attributed_after_keeps_its_speaker():
    # (made up) a participle after a second subject ("while John Doe disagreed, saying"): not the first speaker's
    text = ('"The plan will cost the city far too much money," Jane Roe said, while John Doe disagreed, saying '
            '"the plan will pay for itself within ten years."')
    from newsbrief.analyze.quotes import _PARTICIPLE_AFTER_QUOTE_RE

    between = text[text.index('" Jane') : text.index("the plan will pay")]
    assert _PARTICIPLE_AFTER_QUOTE_RE.fullmatch(between) is None
    between = '" the groups told Bush, adding that gay groups "'
    assert _PARTICIPLE_AFTER_QUOTE_RE.fullmatch(between) is not None
    # (made up) the second quote's own attribution after it wins
    text = ('"The plan will cost the city far too much money," he said, adding that "the council never asked the '
            'people who pay for it," Jane Roe said.')
    said = _speakers(_article_sents(text, people=("Jane Roe", "John Doe")))
    assert said[1][1] == "Jane Roe"


def test_a_bare_surname_ner_missed_is_the_one_person_so_named(shared_dir):
    """Multi-News 0241, article 2, paragraphs 40-41: 'Then-DEQ spokesman Brad Wurfel scorned ...' then '"This is
    beyond irresponsible, ...," Wurfel fumed.' (NER typed no person on "Wurfel" there): shown as "Wurfel" with no
    entity since spk60's clause reading; the article names one person so, Brad Wurfel."""
    text = _multinews(shared_dir, "0241", 2, 40, 41)
    said = _speakers(_article_sents(text, people=("Brad Wurfel", "Harvey Hollins")))
    assert ("This", "Brad Wurfel") in said


def test_a_bare_surname_two_people_share_stays_as_written():
    # (made up) two people share the surname: the bare name is left as it is
    text = ('John Roe and his sister Mary Roe ran the shop for years.\n\n'
            '"We never thought the shop would last this long in this town," Roe beamed.')
    said = _speakers(_article_sents(text, people=("John Roe", "Mary Roe")))
    assert said == [("We", "Roe")]
    # (made up) another given name with the surname that NER typed no person ("Dale Roe"): left as it is
    text = ('John Roe ran the shop for years with his brother Dale Roe.\n\n'
            '"We never thought the shop would last this long in this town," Roe beamed.')
    said = _speakers(_article_sents(text, people=("John Roe",)))
    assert said == [("We", "Roe")]
    # (made up) one person so named: the whole name
    text = ('John Roe ran the shop for years.\n\n'
            '"We never thought the shop would last this long in this town," Roe beamed.')
    said = _speakers(_article_sents(text, people=("John Roe",)))
    assert said == [("We", "John Roe")]
