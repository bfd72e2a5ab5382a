"""Page furniture and asides between a speaker and the quote, and marks a scraped page damaged (issue 11, spk117;
docs/analysis-labels.md "Speakers: page furniture and asides between a speaker and the quote"). Real paragraphs
from ../shared (WikiRef220 malaysia.airlines.flight and ParisAttacks2015, blind-speakers63-65, tuning splits now;
skipped when ../shared is absent), each failing on main aa2bb16, plus made-up counter-cases."""

from test_analyze_units import _article_sents
from test_quote_parse import _speakers  # the parse's model, as the analysis runs
from test_quote_syntax import _real_paragraphs


def test_video_title_lines_between_a_speaker_and_she_are_skipped(shared_dir):
    """malaysia.airlines.flight article 37 (CNN): 'Sarah Bajc, ... said she's not convinced ...' then six video
    title lines ('Families told all lives are lost' and its copy stamped '02:51'), then 'The plane, she told CNN's
    "Erin Burnett Out Front," could have landed somewhere.' and '"I do believe ...," she said. "I mean, ...': Sarah
    Bajc (on main: 'Families', the title's subject, for both)."""
    text = _real_paragraphs(shared_dir, "wikiref220", "malaysia.airlines.flight", 37, 38, 46)
    said = _speakers(_article_sents(text, people=("Sarah Bajc", "Philip Wood"), orgs=("CNN",)))
    assert said == [("I", "Sarah Bajc"), ("I", "Sarah Bajc")]


def test_a_video_title_is_a_short_line_with_a_running_time_or_its_stamped_copy():
    """(made up) a line ending in a running time, or printed again with one, is a title; a line ending in a clock
    time after a preposition, a line inside a paragraph, and a line holding a quote mark are not."""
    from newsbrief.analyze._page_furniture import is_video_title_line

    body = "Families told all lives are lost\n\nFamilies told all lives are lost 02:51\n\nThe talks start at 10:30"
    assert is_video_title_line(body, 0, 32)
    assert is_video_title_line(body, 34, 72)
    assert not is_video_title_line(body, 74, len(body))
    body = 'Jane Doe said "we are done" 01:02\n\nShe left. Families told all lives are lost'
    assert not is_video_title_line(body, 0, 33)
    assert not is_video_title_line(body, 45, len(body))  # (a sentence sharing its line)
    # a line with no running time between a name and "she" is read as before: its subject may be the speaker
    said = _speakers(_article_sents('Jane Doe met the families on Monday.\n\nMary Roe told reporters about the '
                                    'search.\n\n"We will not stop looking for them," she said.',
                                    people=("Jane Doe", "Mary Roe")))
    assert said == [("We", "Mary Roe")]


def test_a_wire_credit_after_the_last_quote_is_no_signature(shared_dir):
    """malaysia.airlines.flight article 34 (AFP copy): '"I think that there will be ...," he said.' then '"And I
    think there will be a lot of lessons learnt, ... tracking of aircraft." - AFP': Abbott (on main: AFP)."""
    text = _real_paragraphs(shared_dir, "wikiref220", "malaysia.airlines.flight", 34, 14, 17)
    said = _speakers(_article_sents(text, people=("Tony Abbott",), orgs=("AFP",)))
    assert said[-1] == ("And", "Abbott")


def test_a_person_signing_a_quote_with_a_dash_still_speaks():
    """(made up) a person's name after the dash signs the quote, as before; wire agencies' names are credits."""
    from newsbrief.analyze._page_furniture import is_wire_credit

    said = _speakers(_article_sents('"We will keep fighting this plan in every court of the land." - Jane Doe',
                                    people=("Jane Doe",)))
    assert said == [("We", "Jane Doe")]
    assert is_wire_credit("AFP") and is_wire_credit("Reuters") and is_wire_credit("the Associated Press")
    assert not is_wire_credit("Jane Doe") and not is_wire_credit("APEC")


def test_a_name_in_a_fronted_phrase_is_not_the_pronoun_after_it(shared_dir):
    """ParisAttacks2015 article 26: 'The measures came as US Secretary of State John Kerry visited Paris.' then
    'After meeting French President Francois Hollande, he said everyone understood that ... "we have to step up
    efforts to hit them at the core"': John Kerry (on main: Francois Hollande, the gerund's object)."""
    text = _real_paragraphs(shared_dir, "wikiref220", "ParisAttacks2015", 26, 15, 16)
    said = _speakers(_article_sents(text, people=("John Kerry", "Francois Hollande"), places=("Paris",)))
    assert said == [("we", "John Kerry")]


def test_a_fronted_clause_with_its_own_subject_is_read_as_before():
    """(made up) "When X arrived, he said": a clause with a subject and a finite verb may name "he", and a name
    after the fronted phrase is the subject, as before."""
    from newsbrief.analyze._page_furniture import fronted_phrase_before

    assert fronted_phrase_before("After meeting the president, he", 0, len("After meeting the president, "))
    assert fronted_phrase_before("Speaking to reporters in Paris, she", 0, len("Speaking to reporters in Paris, "))
    assert not fronted_phrase_before("When John Roe arrived, he", 0, len("When John Roe arrived, "))
    assert not fronted_phrase_before("After John Roe met them, he", 0, len("After John Roe met them, "))
    assert not fronted_phrase_before("On the day John Roe resigned, he", 0, len("On the day John Roe resigned, "))
    said = _speakers(_article_sents('Jane Doe flew home on Monday.\n\nAfter meeting John Roe, Jane Doe said '
                                    '"we have to step up our efforts against them".', people=("Jane Doe", "John Roe")))
    assert said == [("we", "Jane Doe")]


def test_a_dash_aside_between_a_subject_and_its_verb_is_skipped(shared_dir):
    """ParisAttacks2015 article 22: 'The claim — issued on its internal social media site — said the terrorist group
    had "precisely chosen targets ..."' and '"Let France and all nations ...," it said.': the claim for both (on main:
    no speaker for either)."""
    text = _real_paragraphs(shared_dir, "wikiref220", "ParisAttacks2015", 22, 32, 34)
    said = _speakers(_article_sents(text, people=("Hollande",), orgs=("the Islamic State", "Islamic State")))
    assert said == [("precisely", "the claim"), ("Let", "the claim")]


def test_a_dash_aside_needs_a_subject_before_it_and_a_pair_of_dashes():
    """(made up) the aside is two dashes right before the verb with words before them; a single dash is none."""
    from newsbrief.analyze._page_furniture import dash_aside_start

    text = "The claim — issued on its site — said"
    assert dash_aside_start(text, 0, text.index("said")) == len("The claim ")
    assert dash_aside_start("— a source — said", 0, len("— a source — ")) is None
    assert dash_aside_start("Peace — she said", 0, len("Peace — ")) is None
    said = _speakers(_article_sents('Jane Doe — a veteran of the force — said: "We will keep fighting this plan in '
                                    'every court of the land."', people=("Jane Doe",)))
    assert said == [("We", "Jane Doe")]


def test_a_quote_opened_by_a_single_mark_and_closed_by_a_double_one(shared_dir):
    """ParisAttacks2015 article 14 (a live blog): 'He added that he was "forever changed" by the event: 'To everyone
    who, in the face of unrelenting evil, ... You all are my heroes."': Julian Dorio's (on main: not found)."""
    text = _real_paragraphs(shared_dir, "wikiref220", "ParisAttacks2015", 14, 32, 33)
    said = _speakers(_article_sents(text, people=("Julian Dorio",), orgs=("Eagles of Death Metal",)))
    assert said == [("counting", "Julian Dorio"), ("To", "Julian Dorio")]


def test_a_lone_double_mark_with_no_statement_before_it_opens_nothing():
    """(made up) a single mark before a short name is no quote's opening; fewer than six words are none."""
    said = _speakers(_article_sents("Jane Doe called it 'Big Tent' politics, she said.\"", people=("Jane Doe",)))
    assert said == []
    said = _speakers(_article_sents("Jane Doe said: 'We are done here.\"", people=("Jane Doe",)))
    assert said == []
    # a single quote closed inside (nested) is no opening: "the cry 'J'accuse!' on their lips. ... ashes.""
    said = _speakers(_article_sents("But they cannot rise and point at the man with the cry 'Enough!' on their lips. "
                                    "For they are now only ashes in the wind of the camps.\"", people=("Jane Doe",)))
    assert said == []


def test_a_second_part_left_open_at_the_articles_end_is_a_quote(shared_dir):
    """ParisAttacks2015 article 17, its last paragraph: '"All my life, ...," Abaaoud said in a video published in
    2014. "I pray that Allah will break the backs of those who oppose him, ... and that he will exterminate them.'
    (the closing mark lost): found, Abaaoud's (on main: not found)."""
    text = _real_paragraphs(shared_dir, "wikiref220", "ParisAttacks2015", 17, 27, 28)
    said = _speakers(_article_sents(text, people=("Abaaoud",)))
    assert said[-1] == ("I", "Abaaoud")


def test_a_second_part_cut_off_at_the_articles_end_stays_dropped():
    """(made up) words cut mid-sentence at the article's end (no closing punctuation) are not listed, as before."""
    said = _speakers(_article_sents('"We will keep fighting this plan in every court," Jane Doe said. "And we will '
                                    'take it to the highest court of the', people=("Jane Doe",)))
    assert said == [("We", "Jane Doe")]


def test_a_paragraph_quote_left_open_before_narration_is_a_quote(shared_dir):
    """ParisAttacks2015 article 14 (a live blog): '"Fortunately, ...," he said.' then '"I totally understand their
    anger against me and my family. But ... what happened in Paris.' (never closed; the page's closed copy further
    down is dropped by the loader) then a narration paragraph: found, carried from the paragraph before (on main:
    not found)."""
    text = _real_paragraphs(shared_dir, "wikiref220", "ParisAttacks2015", 14, 6, 10)
    said = _speakers(_article_sents(text, people=("Mohamed Abdeslam", "François Hollande")))
    assert [w for w, _ in said].count("I") == 1


def test_the_last_paragraph_of_a_statement_over_several_stays_dropped():
    """(made up) a paragraph left open after a paragraph left open is the last of a statement over several whose
    closing mark is lost: not listed, as before; nor one after narration (another article quoted whole)."""
    said = _speakers(_article_sents('Jane Doe spoke at the hall.\n\n"We will keep fighting this plan in every court '
                                    'of the land.\n\n"And we will win, whatever it takes, in the end.\n\nThe hall '
                                    'emptied after the speech.', people=("Jane Doe",)))
    assert [w for w, _ in said] == ["We"]
    said = _speakers(_article_sents('Jane Doe spoke at the hall on Monday.\n\n"A man suspected of shooting three '
                                    'people was arrested after a chase, police said.\n\nThe hall emptied after the '
                                    'speech.', people=("Jane Doe",)))
    assert said == []
