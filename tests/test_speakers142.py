"""Speakers that lean on context the reader cannot see (issue 11, spk142): a possessive pronoun in a shown speaker
("his e-mail", "His rep's statement", "his brother") names the person it refers to; "according to a statement
released by X's rep" and "X's lawyer said" credit the agent, not X; "she said" right after a sentence naming an
organization NER typed a person ("the Oprah Winfrey Network") is never that organization. Hand-made text, entities
given (no spaCy), shaped on Multi-News train mnt0294 / mnt0300 (speakers-read60) and the tuning splits' possessive
speakers. Rules: docs/analysis-labels.md, "Speakers that lean on context the reader cannot see"."""

from test_analyze_units import _article_sents, _speakers


def test_his_past_sentences_about_the_same_he_is_the_person_named_before_them():
    # mn:0099 1: 'Solters was also no help. He said he was in Los Angeles on Tuesday. "...," his e-mail said.'
    text = ("Sheen's promoter had no answers. Larry Roe was also no help. He said he was in Los Angeles on Tuesday. "
            '"I am in LA and was not aware of any arrangements," his e-mail said.')
    assert _speakers(_article_sents(text, people=("Larry Roe",))) == [("I", "Larry Roe's e-mail")]


def test_his_after_a_sentence_about_something_else_stays():
    # MN 0236 1 (spk47's counter-case, kept): "His lawyers" after "The prince's lawsuit ... accuses ..." two sentences
    # after another man's quote: the last speaker is not whose lawyers they are
    text = ('Mark Cymrot, a lawyer for one of the defendants, said: "They make me blush. They are very explicit."\n\n'
            "The prince's lawsuit accuses the advisers of mishandling his wealth.\n\n"
            'His lawyers said in court papers that the photos were taken "in order to embarrass him in court."')
    said = _speakers(_article_sents(text, people=("Mark Cymrot",)))
    assert said[-1] == ("in", "His lawyers")


def test_his_reps_statement_after_his_own_quote_is_his_rep():
    # mnt0294 2: '"I got jumped ...," London tweeted. "They knocked me out ..."' / 'His rep's statement continued: ...'
    text = ('Jason Roe took to Twitter to defend himself. "I got jumped by three big bouncers," Roe tweeted. "They '
            'knocked me out and beat me for several minutes. Have faith in me. The truth will come out."\n\n'
            'His rep\'s statement continued: "Everyone was in good spirits and having a good time that night."\n\n'
            '"It is the bouncers\' job to remove the problem and to secure the safety of the patrons."')
    said = _speakers(_article_sents(text, people=("Jason Roe", "Roe")))  # ("Roe" an entity of its own here)
    assert said[-2:] == [("Everyone", "Roe's rep"), ("It", "Roe's rep")]


def test_a_possessive_a_later_rule_gives_is_named_too():
    # wiki:ParisAttacks2015:20-30 11: 'His brother, 34, told AFP ...' then '"...," he said.' (the brother, spk115)
    text = ("Omar Roe had a criminal record but was never jailed. He was flagged as a risk in 2010, prosecutor Francois "
            "Doe said on Saturday.\n\nHis brother and father have been taken into custody. His brother, 34, told "
            "reporters before his arrest he had not seen Roe for several years.\n\n"
            '"It is crazy, insane. I was in Paris myself last night, I saw what a mess it was," he said.')
    said = _speakers(_article_sents(text, people=("Omar Roe", "Roe", "Francois Doe")))
    assert said == [("It", "Omar Roe's brother")]


def test_a_statement_released_by_a_persons_rep_is_the_reps():
    # mnt0294 1: '"...," according to a statement released by London's rep.'
    text = ("Jason Roe was arrested after a bar fight over the weekend. \"The details of the events leading up to the "
            'incident are still being worked out," according to a statement released by Roe\'s rep.')
    assert _speakers(_article_sents(text, people=("Jason Roe", "Roe"))) == [("The", "Roe's rep")]  # (not "Roe")


def test_a_person_saying_something_through_an_agent_still_speaks():
    # spk134's mnt0057 2: '"...," Doe says in a statement released by her agent': Doe, as before
    text = ('Jane Doe has been diagnosed with cancer. "Recently I was diagnosed with stage two cancer," Doe says in '
            'a statement released by her agent to reporters.')
    assert _speakers(_article_sents(text, people=("Jane Doe", "Doe"))) == [("Recently", "Doe")]


def test_she_after_a_sentence_naming_an_organization_is_the_woman_named_before():
    # mnt0300 2: 'OWN -- which stands for the Oprah Winfrey Network -- is set to begin Jan. 1.' / '"...," she said.'
    text = ("Yesterday, during a speech in California, Jane Roe told the crowd that the network will be fun.\n\n"
            "SRN \u2014 which stands for the Sunrise Network \u2014 is set to begin Jan. 1.\n\n"
            "\u201cGrowing up, I could never find my name on any of those license plates or lunchboxes,\u201d she "
            "said.")
    said = _speakers(_article_sents(text, people=("Sunrise Network", "Jane Roe")))
    assert said == [("Growing", "Jane Roe")]
    # a person's name, not an organization's, in the sentence before stays whom "she" is
    text = text.replace("SRN \u2014 which stands for the Sunrise Network \u2014 is set to begin Jan. 1.",
                        "Mary Doe is set to begin hosting on Jan. 1.")
    said = _speakers(_article_sents(text, people=("Mary Doe", "Jane Roe")))
    assert said == [("Growing", "Mary Doe")]


def test_their_after_a_pair_of_people_saying_something_is_theirs():
    # mn:0222 2: 'Yu and Soni say their recommended dose ...' / 'Their Sprayable Energy website also clearly states: "..."'
    text = ("Jane Yu and Raj Soni say their recommended dose should deliver as much caffeine as a cup of coffee. "
            'Their Acme Energy website also clearly states: "The product is odorless, colorless, and safe for all."')
    said = _speakers(_article_sents(text, people=("Jane Yu", "Raj Soni")))
    assert said == [("The", "Jane Yu and Raj Soni's Acme Energy website")]
