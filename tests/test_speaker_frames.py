"""Speakers of quotes framed inside another person's clause (issue 11, spk54): a possessed appeal whose complement
runs into the quote, a verb of telling read by its frame inside a reported clause, and "he"/"she" after a relative
before a speech verb. Real paragraphs from ../shared (skipped when it is absent) plus made-up counter-cases."""

from test_analyze_units import _article_sents, _speakers
from test_quote_syntax import _multinews


def test_a_possessed_appeals_complement_running_into_a_quote_is_the_possessors_words(shared_dir):
    """Multi-News 0108, article 2 (blind-speakers31): 'Vermont Senator Bernie Sanders praised the pope's message of
    economic justice and call to fix "environmental deterioration caused by human activity."' and 'The Texas
    senator ... sounded less moved by Pope Francis' impassioned call to be compassionate toward people who "travel
    north in search of a better life,"': the words are the pope's, inside the possessed call, not the senator's who
    praised or dismissed it."""
    people = ("Bernie Sanders", "Ted Cruz", "Pope Francis", "Sanders", "Cruz")
    said = dict(_speakers(_article_sents(_multinews(shared_dir, "0108", 2, 1, 1), people=people)))
    assert said["environmental"] == "the pope"
    said = dict(_speakers(_article_sents(_multinews(shared_dir, "0108", 2, 9, 10), people=people)))
    assert said["travel"] == "Pope Francis"
    # (made up) a speech verb between the call and the quote: its subject speaks
    text = ('Jane Roe rejected the mayor\'s call to resign and said it was "a stunt by people who lost the vote."')
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("a", "Jane Roe")]
    # (made up) a possessed noun that is no appeal ("plan") leaves the clause's subject
    text = 'Jane Roe praised the mayor\'s plan to build "a bridge that will carry the whole town forward."'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("a", "Jane Roe")]


def test_a_verb_of_telling_by_its_frame_in_a_reported_clause_gives_its_own_subject(shared_dir):
    """Multi-News 0149, article 1 (blind-speakers35): 'In a statement, the California Democrat said the White House
    had informed her that "collection on our allies will not continue."': "informed her that" is a verb of telling
    by its frame (a personal pronoun object and a that-clause), nearer the quote than "said": the White House."""
    text = _multinews(shared_dir, "0149", 1, 4, 5)
    said = dict(_speakers(_article_sents(text, people=("Dianne Feinstein", "Angela Merkel"),
                                         orgs=("White House", "Senate Intelligence Committee"))))
    assert said["collection"] == "White House"
    # (made up) a verb with no pronoun object and that-clause is no telling: the reporter of the clause speaks
    text = 'Jane Roe said the White House had decided that "collection on our allies will not continue."'
    assert _speakers(_article_sents(text, people=("Jane Roe",), orgs=("White House",))) == [
        ("collection", "Jane Roe")]
    # (made up) the frame with no speech verb before it: its own subject, as before
    text = 'Mark Doe assured me that the plan is "the best deal this town will ever get."'
    assert _speakers(_article_sents(text, people=("Mark Doe",))) == [("the", "Mark Doe")]


def test_he_or_she_after_a_relative_before_a_speech_verb_is_its_subject(shared_dir):
    """Multi-News 0133, article 1: 'The exchange comes after Knox posted an email from Sollecito on her blog earlier
    this month, in which he wrote: "I don't want to be punished for ..."': "he" is the subject of "wrote" (the
    relative clause's), resolved to the man, not Knox, the main clause's subject."""
    text = _multinews(shared_dir, "0133", 1, 3, 5)
    said = _speakers(_article_sents(text, people=("Amanda Knox", "Raffaele Sollecito", "Knox", "Sollecito")))
    assert said[-1] == ("I", "Sollecito")
    # (made up) a person the walk back finds outside the sentence is not taken over the clause's subject
    text = ('Mark Doe met Jane Roe on Monday. In 2012, Paul Poe gave a speech at a conference sponsored by a '
            'watchdog group, in which he called the media "the enemy of the American people."')
    assert _speakers(_article_sents(text, people=("Paul Poe", "Mark Doe", "Jane Roe")))[-1] == ("the", "Paul Poe")
    # (made up) the pronoun is the main clause's subject: unchanged
    text = ('Mark Doe met Jane Roe on Monday. Jane Roe sent a letter to Mark Doe, in which she wrote: '
            '"I will not sign this agreement today."')
    assert _speakers(_article_sents(text, people=("Jane Roe", "Mark Doe"))) == [("I", "Jane Roe")]
