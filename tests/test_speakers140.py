"""Blind-speakers89's error classes as general rules (issue 11, spk140; docs/analysis-labels.md "Speakers:
blind-speakers89's classes: a relative called by the given name, a name NER never typed, a dialogue's turns, "the NPR
host", "the late Jim King""). Made-up texts (entities given, no spaCy); each test but the counter-cases fails with its
rule disabled."""

from test_analyze_units import _article_sents, _speakers
from test_speakers139 import _said

# --- a relative the article calls by the given name alone: the bare surname is the other bearer -----------------

_COUPLE = ('Mary Stone and her husband John had been married for 40 years when he fell ill.\n\n'
           'John was very frail by June. "The doctors told us there was nothing more they could do for him," Stone '
           'said.\n\nJohn Stone died in July. "I got there twenty minutes too late to say goodbye," Stone said.')


def test_a_bare_surname_is_not_the_relative_the_article_calls_by_the_given_name():
    """(made up, blind-speakers89 class E) the cluster links the bare "Stone" (and "John") to John Stone, as its
    entities did "Rehm": main showed John Stone for both; the article calls him "John", so "Stone" is his wife."""
    assert _said(_COUPLE, people=("Mary Stone", "John Stone"), aliases={"Stone": "John Stone", "John": "John Stone"}
                 ) == [("The", "Mary Stone"), ("I", "Mary Stone")]


def test_she_after_the_bare_surname_is_the_other_bearer():
    """(blind-speakers89 class F) '"...," she said' after a sentence opening on the bare surname: "she" is the wife
    the surname names, not a man the cluster linked it to (main: nobody, "she" agreeing with no one near)."""
    text = _COUPLE + ('\n\nA doctor called her soon after and said John would not live through the night. John Stone '
                      'had died.\n\nStone does not want that uncertainty for herself. "I would like to choose the '
                      'day myself '
                      'when the time comes," she said.')
    assert _said(text, people=("Mary Stone", "John Stone"), aliases={"Stone": "John Stone", "John": "John Stone"}
                 )[-1] == ("I", "Mary Stone")


def test_both_bearers_called_by_the_given_name_leave_the_link():
    """Counter-case: the article calls both by the given name ("Mary", "John"): the text does not say whom the bare
    surname names, and the cluster's link stands."""
    text = _COUPLE.replace("John was very frail by June.", "John was very frail by June, and Mary stayed near.")
    assert _said(text, people=("Mary Stone", "John Stone"), aliases={"Stone": "John Stone", "John": "John Stone"}
                 )[0] == ("The", "John Stone")


def test_the_younger_bearer_the_text_names_so_keeps_the_surname():
    """Counter-case (Multi-News 0208): "the younger Goodlatte" says which bearer itself; the son the article calls
    "Bobby" keeps it."""
    text = ('Rep. Bob Goodlatte is getting heat from his son, Bobby Goodlatte.\n\nBob Goodlatte has served since '
            '1993, most of Bobby’s life.\n\nOn Sunday, Bobby Goodlatte backed a Democrat. "This is how '
            'we show that we are tired of it all," the younger Goodlatte tweeted.')
    assert _said(text, people=("Bob Goodlatte", "Bobby Goodlatte"), aliases={"Goodlatte": "Bobby Goodlatte"}
                 )[-1] == ("This", "Bobby Goodlatte")


# --- "He asked ..." opening the sentence after a quote is narration, not its attribution -------------------------


def test_a_sentence_opening_on_he_after_a_quote_is_not_its_attribution():
    """(blind-speakers89 class G's second quote) a quote carried on from the woman's quote, then 'He asked the doctor
    for help.': main read "He asked" as the quote's "he said", which "she" is not, and left it with no speaker."""
    sents = _article_sents('Jane Roe spoke about her father. "He just kept getting weaker," Roe said. "We called in the '
                           'doctor and he told him that he was ready to go." He asked the doctor for help.',
                           people=("Jane Roe",))
    assert _speakers(sents) == [("He", "Jane Roe"), ("We", "Jane Roe")]


# --- "the <outlet> host": a person's epithet, not the outlet ------------------------------------------------------


def test_the_outlet_host_is_the_person_named_before():
    """(blind-speakers89 class G) main: "NPR" (the organization inside the epithet "the NPR host")."""
    sents = _article_sents('Jane Roe and her husband had been married for 54 years.\n\nHis illness had become '
                           'unbearable. "He just kept getting weaker every single day," the NPR host told NBC News.',
                           people=("Jane Roe",), orgs=("NPR", "NBC News"))
    assert _speakers(sents) == [("He", "Jane Roe")]


def test_an_outlet_host_in_a_sentence_before_a_pronoun_is_left_to_the_walk():
    """Counter-case (BASIL 6f95dcb9, the reason "host" is no role word): '... the Fox News host urged the GOP ...
    "...," he declared' after 'radio host Rush Limbaugh' earlier: "he" is the man the story is about, never the
    last one called a host."""
    text = ('Last year the keynote was delivered by radio host Rush Limbaugh.\n\nGlenn Beck spoke for an hour on '
            'Saturday. Pointing to his own past, the Fox News host urged the party to change. "Hello, my name is the '
            'Republican Party and I have a problem," he declared.')
    assert _speakers(_article_sents(text, people=("Rush Limbaugh", "Glenn Beck"), orgs=("Fox News",)))[-1] == (
        "Hello,", "Glenn Beck")


# --- a role word that is a surname: "the late Jim King" ---------------------------------------------------------


def test_a_role_word_closing_a_persons_name_is_a_surname():
    """(blind-speakers89 class I) main: Jeb Bush (the nominal "the late ... king" read as an epithet of the man named
    before)."""
    sents = _article_sents('Jeb Bush signed the bill that week.\n\n"I keep thinking about what she really wanted," the '
                           'late Jim King, then the state Senate president, said at the time.',
                           people=("Jeb Bush", "Jim King"))
    assert _speakers(sents)[-1] == ("I", "Jim King")


def test_the_king_is_still_a_role():
    """Counter-case: "the king" with no name around it is still the monarch named before."""
    sents = _article_sents('King Norodom Sihanouk announced his decision on Monday.\n\n"I will not return to the palace '
                           'this year," the king said.', people=("Norodom Sihanouk",))
    assert _speakers(sents)[-1] == ("I", "Norodom Sihanouk")


# --- a person NER never typed, who speaks by a word of the full name ------------------------------------------------

_ROW = ('Nine presenter Amber Sherlock and reporter Julie Snook argued before the bulletin.\n\n'
        '"I am sorry, I have been flat out all day," said Julie Snook.\n\n'
        'Meanwhile, the amount of notice Sherlock was claiming to have given had grown. "I made this clear two and a '
        'half hours ago, before the meeting."\n\n'
        'Sherlock interrupted: "It does not look like it. Get a producer to find one."\n\n'
        '"It is not the hardest request in the world," Amber said.')


def test_a_name_ner_never_typed_speaks_when_the_text_has_it_speak():
    """(made up, blind-speakers89 class A) no entity for Amber Sherlock, as the small model typed none of her 30
    mentions: main gave the second quote to "the amount of notice" and the third to no one."""
    assert _speakers(_article_sents(_ROW, people=("Julie Snook",))) == [
        ("I", "Julie Snook"), ("I", "Amber Sherlock"), ("It", "Amber Sherlock"), ("It", "Amber Sherlock")]


def test_a_capitalized_pair_that_never_speaks_is_no_person():
    """Counter-case: a given name and a capitalized word that no speech verb has for its subject ("Amber Alert"
    names no one here) make no person: the quote after it stays with no speaker of that name."""
    text = ('The Amber Alert system went live across the state on Monday.\n\nThe agency issued a statement. "We '
            'have never seen a response like this one."')
    assert all(sp != "Amber Alert" for _, sp in _speakers(_article_sents(text)))


# --- a first-person quote naming its attributed speaker by the given name is another's ----------------------------


def test_she_is_not_the_woman_the_quote_talks_about():
    """(blind-speakers89 class A's "she says") the walk for "she" found the woman a caption names first; the quote
    talks about her ("I need Julie to ..."), so "she" is the woman the text named before (main: Julie Snook)."""
    text = ('In the clip, Amber Sherlock quickly becomes annoyed about her colleague\'s lack of a jacket.\n\n'
            'Julie Snook, Amber Sherlock and Sandy Rea realise they are all wearing white.\n\n'
            '"I need Julie to put a jacket on right now," she says.')
    assert _speakers(_article_sents(text, people=("Julie Snook", "Amber Sherlock", "Sandy Rea")))[-1] == (
        "I", "Amber Sherlock")


def test_a_carried_turn_addressing_the_last_speaker_is_the_other_named_between():
    """(blind-speakers89 class B) '"Amber, if it's an issue ..."' after Amber's quote and 'Which was enough for
    Snook to suggest she might walk.': Snook's, not Amber's carried on (main: Amber Sherlock)."""
    text = ('"I made this clear two and a half hours ago, before the meeting," said Amber Sherlock.\n\n'
            'Which was enough for Julie Snook to suggest she might walk.\n\n'
            '"Amber, if it is an issue, I can get on out of here right now."')
    assert _speakers(_article_sents(text, people=("Julie Snook", "Amber Sherlock")))[-1] == ("Amber,", "Julie Snook")


def test_the_reply_to_an_addressed_turn_is_the_addressee():
    """(blind-speakers89 class C) the unattributed paragraph right after a turn addressing Amber is her reply (main:
    the last speaker, carried on)."""
    text = ('"I made this clear two and a half hours ago, before the meeting," said Amber Sherlock.\n\n'
            'Which was enough for Julie Snook to suggest she might walk.\n\n'
            '"Amber, if it is an issue, I can get on out of here right now."\n\n'
            '"It is an issue. Go and grab a jacket from the wardrobe."')
    assert _speakers(_article_sents(text, people=("Julie Snook", "Amber Sherlock")))[-1] == ("It", "Amber Sherlock")


def test_a_quote_naming_someone_else_keeps_its_carried_speaker():
    """Counter-case: the carried quote names another person ("Julie"), not its speaker: it stays the speaker's."""
    text = ('"I made this clear two and a half hours ago, before the meeting," said Amber Sherlock.\n\n'
            '"Julie, if it is an issue, you can get on out of here right now."')
    assert _speakers(_article_sents(text, people=("Julie Snook", "Amber Sherlock")))[-1] == ("Julie,", "Amber Sherlock")


# --- a lone given name NER kept an entity of its own: the one person of the article named in full with it ---------


def _with_lone_given_name(text, people, word):
    """Sents with ``people`` as entities and every other "``word``" a one-word PERSON entity of its own (as the
    cluster's NER kept "Julie" beside Julie Snook and another article's Julie Samaras)."""
    from types import SimpleNamespace
    import re

    from newsbrief.analyze._doc import Mention

    sents = _article_sents(text, people=people)
    ent = SimpleNamespace(id=word, name=word, label="PERSON", mentions=[], variants=[word])
    for s in sents:
        for hit in re.finditer(r"\b" + word + r"\b(?!\s+[A-Z])", s.text):
            if not any(m.start <= hit.start() < m.end for m in s.mentions):
                m = Mention(s, hit.start(), hit.end(), word, "PERSON", ent)
                s.mentions.append(m)
                ent.mentions.append(m)
        s.mentions.sort(key=lambda m: m.start)
    return sents


def test_a_lone_given_name_is_the_one_person_named_in_full_with_it():
    """(blind-speakers89 class D) main: "Julie", which does not say which Julie of the cluster."""
    text = ('Presenter Amber Sherlock and sports reporter Julie Snook were recorded bickering.\n\n'
            '"What can I say? Amber and I just really love white!" said Julie.')
    assert _speakers(_with_lone_given_name(text, ("Amber Sherlock", "Julie Snook"), "Julie")) == [
        ("What", "Julie Snook")]


def test_a_lone_given_name_two_people_bear_stays():
    """Counter-case: two people of the article named in full with the given name: "Julie" stays."""
    text = ('Presenter Julie Samaras and sports reporter Julie Snook were recorded bickering.\n\n'
            '"What can I say? We both just really love white!" said Julie.')
    assert _speakers(_with_lone_given_name(text, ("Julie Samaras", "Julie Snook"), "Julie")) == [("What", "Julie")]


# --- a quote paragraph after narration that has a person talking ---------------------------------------------------


def test_a_quote_after_a_person_talking_in_the_narration_is_theirs():
    """(blind-speakers89 class A's first turn) main: no speaker (no speech verb in the sentence before)."""
    text = ('Shortly before going on air with Amber Sherlock, things got rather tense.\n\n'
            'To begin, Amber Sherlock was talking about Julie Snook in the third person.\n\n'
            '"I need her to put a jacket on. I asked her before we came on air."')
    assert _speakers(_article_sents(text, people=("Julie Snook", "Amber Sherlock"))) == [("I", "Amber Sherlock")]


def test_a_person_named_after_the_subject_is_not_talking():
    """Counter-case: the person talking is not the sentence's subject ("... with Sherlock talking"): no speaker."""
    text = ('Shortly before going on air, the crew waited with Amber Sherlock talking to a producer.\n\n'
            '"I need her to put a jacket on. I asked her before we came on air."')
    assert _speakers(_article_sents(text, people=("Amber Sherlock",))) == [("I", None)]
