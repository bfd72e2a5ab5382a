"""Speaker errors of blind-speakers77 and 76 (issue 11, spk132; docs/analysis-labels.md "Blind-speakers77 ..." classes
A, B, C and "Blind-speakers76 ..." class C(a)): a run-on quote whose sentence ends in a nested `...' dropped; a bare
surname with a day before its verb ("Joklik on Saturday denied") not read as the subject; a scare quote's speaker and
a comparative "as"-clause's ("as the Swiss official claimed") read before the sentence's own subject; a book title's
"According to" read as a source. Made-up texts in DUC 2004's shape (paragraphs joined into one line, ``...''
marks), each failing on main 62bafa5."""

from test_analyze_units import _article_sents, _speakers

from newsbrief.analyze._as_clause import comparative_as


def test_a_run_on_quote_whose_sentence_ends_in_a_nested_quote_is_kept():
    sents = _article_sents("John Roe said four agents sold votes. ``The four agents try to make a living out of "
                           "this,'' he said. ``I missed a chance to be a rich man. Some of the agents do the "
                           "following: they say, `I can offer this or that number of votes.' ``The price would be "
                           "between one and two million for a bloc of votes.''", people=("John Roe",))
    assert _speakers(sents) == [("The", "John Roe"), ("I", "John Roe"), ("The", "John Roe")]


def test_a_bare_surname_with_a_day_before_its_verb_is_the_subject_he_continues():
    sents = _article_sents("Jim Doe, the city's bid leader, met the board. John Roe accused the bid of buying "
                           "votes. ``The city paid money for votes, and everyone knows it,'' Roe said. Doe on "
                           "Saturday denied any payment for votes. ``I don't even know what agents are,'' he said.",
                           people=("Jim Doe", "John Roe", "Roe"))
    assert _speakers(sents)[-1] == ("I", "Jim Doe")


def test_a_bare_surname_with_a_bare_weekday_before_its_verb_is_the_subject():
    sents = _article_sents("Jim Doe, the committee's president, met the board. John Roe accused the bid of buying "
                           "votes. ``The city paid money for votes, and everyone knows it,'' Roe said. Doe Sunday "
                           "ruled out taking the Games from the city. He said, ``If necessary we will expel members "
                           "who took the money.''", people=("Jim Doe", "John Roe", "Roe"))
    assert _speakers(sents)[-1] == ("If", "Jim Doe")


def test_a_scare_quote_and_an_as_clause_do_not_take_the_sentence_from_its_subject():
    sents = _article_sents("Jim Doe, the committee's president, met the board on Sunday. John Roe said he was told "
                           "to stay silent. ``No one will stop me from telling the truth,'' Roe said. Doe denied "
                           "that he ``muzzled'' Roe, as the Swiss official claimed earlier Sunday. He said he had "
                           "told all members that only he could speak to the media. ``This is not the first time I "
                           "do this,'' he said.", people=("Jim Doe", "John Roe", "Roe"))
    assert _speakers(sents)[-1] == ("This", "Jim Doe")


def test_the_main_clause_speaks_before_a_comparative_as_clause():
    for main in ("Jim Doe said members would be heard", "Jim Doe denied that members were muzzled"):
        sents = _article_sents("Jim Doe, the committee's president, met the board on Sunday. John Roe said he was "
                               "told to stay silent. ``No one will stop me from telling the truth,'' Roe said. "
                               + main + ", as Roe claimed earlier Sunday. ``This is not the first time I do this,'' "
                               "he said.", people=("Jim Doe", "John Roe", "Roe"))
        assert _speakers(sents)[-1] == ("This", "Jim Doe")


def test_comparative_as_clause_shapes():
    def verb(text, word):
        return comparative_as(text, 0, text.index(" " + word) + 1)

    assert verb("Samaranch denied that he muzzled Hodler, as the Swiss official claimed earlier.", "claimed")
    assert verb("This is not someone who suffers, as Smith claims, but a person who wants it.", "claims")
    assert not verb("Ahmed had gone there three times, the last on Aug. 18, as he claimed it.", "claimed")
    assert not verb("As Smith said, the deal is dead.", "said")
    assert not verb("The deal, as Smith said it would, collapsed.", "said")


def test_according_to_in_a_book_title_is_no_source_for_he():
    sents = _article_sents("Jim Doe won the prize on Thursday. In 1991's ``The Gospel According to John Roe,'' God "
                           "and the devil negotiate about evil, and Roe tries to back out of his fate. Doe "
                           "(pronounced DOH) is the fourth European to win the prize. He had long been seen as one "
                           "of the strongest candidates. ``I am skeptical, reserved, I don't gush, I don't go around "
                           "smiling,'' he told The Associated Press.", people=("Jim Doe", "John Roe", "Roe"))
    assert _speakers(sents)[-1] == ("I", "Jim Doe")


def test_according_to_inside_quote_marks_or_a_title_is_no_source():
    for title in ("``The Gospel According to John Roe,''", "The Gospel According to John Roe"):
        sents = _article_sents("Jim Doe won the prize on Thursday. In 1991's " + title + " God and the devil negotiate "
                               "about evil. He had long been seen as one of the strongest candidates. ``I am "
                               "skeptical, reserved, I don't gush, I don't go around smiling,'' he told The "
                               "Associated Press.", people=("Jim Doe", "John Roe"))
        assert _speakers(sents)[-1] == ("I", "Jim Doe")
