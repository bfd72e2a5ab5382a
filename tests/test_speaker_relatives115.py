"""Relatives in a story (issue 11, spk115; docs/analysis-labels.md "Speakers: relatives who share a surname, and an
unnamed relative who speaks"): a bare surname the article already used for its subject is not taken over by a
relative named in full later ("Their father, Omar Abaaoud"), and an unnamed relative introduced as a speech verb's
subject ("His brother, 34, told AFP ...") is the next "he said". Hand-made entities as the cluster linked them;
no spaCy."""

from test_analyze_units import _article_sents, _speakers
from test_shared_surname106 import _bare_surname_as, _wiki_paragraphs


def test_a_relative_named_after_the_bare_surname_was_used_does_not_take_it_over(shared_dir):
    """WikiRef220 ParisAttacks2015 article 16 (blind-speakers63's article 3), Sky News: "Abdelhamid Abaaoud", then
    "Abaaoud" alone several times, then 'the elder brother of 13-year-old Younes Abaaoud', then 'A smiling Abaaoud
    tells the camera: "..."': Abdelhamid (on main: Younes Abaaoud, the last named in full)."""
    text = _wiki_paragraphs(shared_dir, "ParisAttacks2015", 16, 0, 19)
    assert "elder brother of 13-year-old Younes Abaaoud" in text
    sents = _bare_surname_as(_article_sents(text, people=("Abdelhamid Abaaoud", "Younes Abaaoud")), "Abaaoud",
                             "Abdelhamid Abaaoud")
    assert dict(_speakers(sents))["Before"] == "Abdelhamid Abaaoud"


def test_a_father_introduced_by_their_father_does_not_take_the_surname(shared_dir):
    """WikiRef220 ParisAttacks2015 article 17 (blind-speakers63's article 4), the Guardian: 'Their father, Omar
    Abaaoud, ...' late in a story that calls Abdelhamid Abaaoud "Abaaoud" throughout, then '"All my life, ...,"
    Abaaoud said in a video': Abdelhamid (on main: Omar Abaaoud)."""
    text = _wiki_paragraphs(shared_dir, "ParisAttacks2015", 17, 2, 28)
    assert "Their father, Omar Abaaoud" in text
    sents = _bare_surname_as(_article_sents(text, people=("Abdelhamid Abaaoud", "Omar Abaaoud")), "Abaaoud",
                             "Abdelhamid Abaaoud")
    assert dict(_speakers(sents))["All"] == "Abdelhamid Abaaoud"


def test_a_relative_named_before_any_bare_use_still_bears_the_surname():
    """(made up) The father is introduced with a kin phrase before the article uses the surname alone: a later bare
    "Ruiz" is the father, the last named in full, as on main (Elian's father, Juan Miguel Gonzalez)."""
    text = ('Ana Ruiz, 6, was found on Monday. Her father, Carlos Ruiz, flew in from Lima. '
            'Ruiz said that "we have waited for this day for a long time".')
    sents = _bare_surname_as(_article_sents(text, people=("Ana Ruiz", "Carlos Ruiz")), "Ruiz", "Ana Ruiz")
    assert dict(_speakers(sents))["we"] == "Carlos Ruiz"


def test_a_relative_named_without_a_kin_phrase_still_bears_the_surname():
    """(made up) The second bearer is named after bare uses but with no kin phrase: the last named in full, as on
    main."""
    text = ('Judge Daniel Lopez ruled on Monday. Lopez had heard the case for a month. Maria Lopez, a teacher, sat '
            'in the gallery. "The law gives us no other choice here," Lopez said.')
    sents = _bare_surname_as(_article_sents(text, people=("Judge Daniel Lopez", "Maria Lopez")), "Lopez",
                             "Judge Daniel Lopez")
    assert dict(_speakers(sents))["The"] == "Maria Lopez"


def test_an_unnamed_brother_who_told_a_news_agency_is_the_next_he_said(shared_dir):
    """WikiRef220 ParisAttacks2015 article 30 (blind-speakers64's key 20-30 article 11), the Guardian: 'His brother,
    34, told Agence France-Presse before his arrest he had not seen Mostefai for several years.' then three quotes
    attributed "he said": the brother, not Mostefai whom he speaks about (on main: Omar Ismaïl Mostefai, all
    three)."""
    text = _wiki_paragraphs(shared_dir, "ParisAttacks2015", 30, 0, 9)
    assert "His brother, 34, told Agence France-Presse" in text
    sents = _article_sents(text, people=("Omar Ismaïl Mostefai", "Francois Molins", "Jean-Pierre Georges"))
    sents = _bare_surname_as(sents, "Mostefai", "Omar Ismaïl Mostefai")
    got = dict(_speakers(sents))
    # since spk142 (stop 60) the possessive names its person: the reader is shown whose brother speaks
    assert got["It’s"] == "Omar Ismaïl Mostefai's brother"
    assert got["I"] == "Omar Ismaïl Mostefai's brother"


def test_a_named_speaker_between_the_relative_and_the_quote_keeps_the_quote():
    """(made up) A named person speaks between the relative's sentence and the quote: the "he" is not carried back
    to the relative."""
    text = ('His brother told reporters he had not seen John Doe in years. Police chief Tom Hill said the search '
            'would go on. "We will find everyone involved in this," he said.')
    sents = _article_sents(text, people=("John Doe", "Tom Hill"))
    assert dict(_speakers(sents))["We"] != "his brother"


def test_a_pronoun_that_disagrees_with_the_relative_is_not_the_relative():
    """(made up) "Her sister told ..." then '"...," he said.': "he" is no sister."""
    text = ('Her sister told reporters she had not seen Jane Doe in years. '
            '"We will find everyone involved in this," he said.')
    sents = _article_sents(text, people=("Jane Doe",))
    assert dict(_speakers(sents)).get("We") != "her sister"


def test_a_relative_speaking_about_an_unnamed_he_leaves_the_next_he_to_him():
    """(made up, the shape of a DUC 2003 paragraph) 'His friend ... said he was a drug addict' names no one after
    the verb: "he" in the reported words is the man spoken about, so the next '"...," he said' is not the friend."""
    text = ('John Doe sleeps under the bridge. His friend, who would not give his name, said he was a drug addict. '
            '"I need help with all of this," he said.')
    sents = _article_sents(text, people=("John Doe",))
    assert dict(_speakers(sents)).get("I") != "his friend"


def test_a_named_relative_is_not_read_as_an_unnamed_one():
    """(made up) "His sister, Jane Doe, told ..." names the relative: the unnamed-relative rule does not fire (the
    name is read as before)."""
    text = ('His sister, Jane Doe, told reporters she doubted Tom Hill had a gun. '
            '"They thought he was grabbing a gun," she said.')
    sents = _article_sents(text, people=("Jane Doe", "Tom Hill"))
    assert dict(_speakers(sents)).get("They") != "his sister"


def test_the_nearest_relative_with_no_bare_use_since_keeps_the_surname():
    """(made up, the shape of an ECB+ story) The father is called "Rossi" alone, then 'His son, Luca Rossi, ... said
    that ...' and '"...," Rossi said.' with no bare "Rossi" between: the son, the nearest bearer (as on main)."""
    text = ('Coach Marco Rossi was appointed on Saturday. Rossi has spent 19 seasons with the club. His son, Luca '
            'Rossi, is a guard for Temple and he said that he was excited. '
            '"My dad is ready to step in, he is a great coach," Rossi said.')
    sents = _bare_surname_as(_article_sents(text, people=("Coach Marco Rossi", "Luca Rossi")), "Rossi",
                             "Coach Marco Rossi")
    assert dict(_speakers(sents))["My"] == "Luca Rossi"
