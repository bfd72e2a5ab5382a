"""Speakers of blind-speakers40/41's errors I, F, B and G (issue 11, spk61; docs/analysis-labels.md "Speakers: outlet
signatures, a report's outlet, a person from a place, a document beside, a pull quote of narration"): a pull quote
signed by an outlet, "according to a report in <outlet>", a person "of <place>" before the speech verb, a phrase
quoted beside a statement's or study's attribution, and an unsigned pull quote repeating the article's narration.
The real paragraphs (Multi-News) need ../shared; the parse is en_core_web_sm's, as the analysis runs (the tests skip
without it)."""

from test_analyze_units import _article_sents
from test_quote_parse import _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)
from test_quote_syntax import _multinews


def test_pull_quotes_signed_by_outlets_are_the_outlets(shared_dir):
    """Multi-News 0135, article 1 (blind-speakers40): a list of press notices under "Thatcher on screen", each an
    actress's name and film, then '"Captures to perfection ..." Independent', '"..." Financial Times', '"..."
    Mirror', '"..." Observer'. A person's signature was read already; an outlet's was not (no speaker, four
    times)."""
    text = _multinews(shared_dir, "0135", 1, 7, 15)
    people = ("Andrea Riseborough", "Lindsay Duncan", "Lesley Manville", "Anna Massey", "Thatcher")
    said = _speakers(_article_sents(text, people=people))
    assert said == [("Captures", "Independent"), ("Played", "Financial Times"), ("A", "Mirror"), ("She", "Observer")]


def test_a_signature_that_is_no_outlet_is_not_read():
    # (made up) one pull quote signed by a word that is no outlet (no organization, no newspaper's word, no list
    # of notices): no speaker
    text = 'The crowd went home late.\n\n"The best night of music this town has had in many years." Brilliant'
    assert _speakers(_article_sents(text)) == [("The", None)]
    # (made up) a tweet's interjection after its text, in capitals or closed by a period: no signature
    for tail in ("WOW", "Wow."):
        text = f'The storm hit at noon.\n\n"Police say hundreds of homes have lost power along the coast." {tail}'
        assert _speakers(_article_sents(text)) == [("Police", None)]
    # (made up) one notice signed by a newspaper's name: the paper
    text = 'The film opens Friday.\n\n"A brilliant performance that stays with you for days afterwards." Daily Herald'
    assert _speakers(_article_sents(text)) == [("A", "Daily Herald")]


def test_a_report_in_an_outlet_is_the_outlets(shared_dir):
    """Multi-News 0139, article 2 (blind-speakers40): '"Drugs like insulin can lose their effectiveness ...,"
    according to a report in The New York Times.' and '"A temperature change of just 10 degrees ...," according to
    a report in the Chicago Tribune.' were shown as "a report"; the outlet the report is in speaks."""
    said = _speakers(_article_sents(_multinews(shared_dir, "0139", 2, 16, 16), orgs=("New York Times",)))
    assert said == [("Drugs", "New York Times")]
    said = _speakers(_article_sents(_multinews(shared_dir, "0139", 2, 88, 88), orgs=("Chicago Tribune",)))
    assert said == [("A", "Chicago Tribune")]


def test_a_report_in_a_place_or_a_month_or_about_a_person_is_not_an_outlet():
    # (made up) a report in a place: the place is where, not who (the report stays the source)
    text = '"The water is not safe to drink yet," according to a report in Syria.'
    assert _speakers(_article_sents(text, places=("Syria",))) != [("The", "Syria")]
    # (made up) an outlet's name inside a longer phrase ("... in The Times about Jane Roe") is not taken
    text = '"The water is not safe to drink yet," according to a report in The Times about Jane Roe.'
    assert _speakers(_article_sents(text, orgs=("The Times",), people=("Jane Roe",)))[0][1] not in ("The Times",
                                                                                                  "Times")
    # (made up) a report from a body is still read as before
    text = '"The water is not safe to drink yet," according to a report from the Environmental Agency.'
    assert _speakers(_article_sents(text, orgs=("Environmental Agency",)))[0][1].endswith("Environmental Agency")


def test_a_person_from_a_place_before_tweeted_speaks_not_the_name_after(shared_dir):
    """Multi-News 0244, article 1 (blind-speakers40): '"Just heard the sweetest voice ...," Rita Schrimsher of
    Athens, Alabama, tweeted after speaking with her 23-year-old grandson, Jackson Schrimsher, via Facetime.' then
    '"It could have been worse, so we're grateful," she said by phone.' Both were shown as Jackson Schrimsher, the
    name after the verb (NER typed only the places and the grandson)."""
    text = _multinews(shared_dir, "0244", 1, 16, 17)
    said = _speakers(_article_sents(text, people=("Jackson Schrimsher",), places=("Athens", "Alabama")))
    assert said == [("Just", "Rita Schrimsher"), ("It", "Rita Schrimsher")]


def test_a_name_after_the_verb_still_speaks_when_no_person_stands_before():
    # (made up) the inverted attribution: the name after the verb
    text = '"We will rebuild the school before the winter comes," said Jane Roe of Leeds, after meeting John Roe.'
    assert _speakers(_article_sents(text, people=("Jane Roe", "John Roe"), places=("Leeds",))) == [("We", "Jane Roe")]
    # (made up) a place alone before the verb is no person from it
    text = ('"We will rebuild the school before the winter comes," Leeds of Yorkshire, England, tweeted after '
            'speaking with her grandson, John Roe.')
    said = _speakers(_article_sents(text, people=("John Roe",), places=("Leeds", "Yorkshire", "England")))
    assert said[0][1] != "Leeds"


def test_a_phrase_quoted_beside_a_statements_attribution_is_the_statements(shared_dir):
    """Multi-News 0109, article 1 and 0033, article 5 (blind-speakers41): '..., San Diego Zoo Global said in a
    statement. Early Sunday morning, the Safari Park team "made the difficult decision to euthanize her."' and
    '... and "considerably larger than those of Dreadnoughtus, ..." Even so, ..., the researchers wrote in the
    study.' Both were shown with no speaker."""
    said = _speakers(_article_sents(_multinews(shared_dir, "0109", 1, 1, 1), orgs=("San Diego Zoo Global",)))
    assert said == [("made", "San Diego Zoo Global")]
    said = _speakers(_article_sents(_multinews(shared_dir, "0033", 5, 10, 10)))
    assert said == [("considerably", "the researchers")]


def test_a_phrase_beside_no_documents_attribution_keeps_no_speaker():
    # (made up) the sentence before names a person speaking, no document: no speaker by this rule
    text = ('The bridge was closed on Monday, the mayor said. Engineers found that the old pillars '
            '"were far weaker than anyone had expected them to be."')
    assert _speakers(_article_sents(text)) == [("were", None)]
    # (made up) the attribution in another paragraph is not read
    text = ('The bridge was closed on Monday, the agency said in a statement.\n\nEngineers found that the old '
            'pillars "were far weaker than anyone had expected them to be."')
    assert _speakers(_article_sents(text)) == [("were", None)]


def test_an_unsigned_pull_quote_repeating_the_narration_has_no_speaker(shared_dir):
    """Multi-News 0130, article 2 (blind-speakers41): '... Oppenheim had asked if people still cared about
    Weinstein.' then the paragraph '" Farrow played Oppenheim the audio of Weinstein ... According to two sources,
    Oppenheim asked if people still cared about Weinstein. "', a pull quote of the narration before it: it took
    Noah Oppenheim, carried from the narration's "asked"."""
    text = _multinews(shared_dir, "0130", 2, 14, 17)
    people = ("Noah Oppenheim", "Oppenheim", "Farrow", "McHugh", "Weinstein", "Battilana", "Ari Wilkenfeld")
    said = dict(_speakers(_article_sents(text, people=people, orgs=("NBC", "The Daily Beast"))))
    assert said["Farrow"] is None


def test_a_paragraph_quote_not_repeating_the_narration_keeps_its_carried_speaker():
    # (made up) a whole-paragraph quote after its speaker's, with words of its own: carried on
    text = ('"We will rebuild the school before the winter comes," Jane Roe said.\n\n"The children deserve a warm '
            'room and the town will pay for it, whatever it costs."')
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("We", "Jane Roe"), ("The", "Jane Roe")]
    # (made up) repeating an earlier QUOTE (inside marks), not the narration: carried on
    text = ('Jane Roe spoke at noon. "The children deserve a warm room and the town will pay for it," she said.\n\n'
            '"The children deserve a warm room and the town will pay for it."')
    assert _speakers(_article_sents(text, people=("Jane Roe",)))[-1] == ("The", "Jane Roe")
    # (made up; Multi-News 0050's shape) a statement repeating one fact of the narration, among words of its own:
    # carried on (fewer than half its words repeat the narration)
    text = ('Jane Roe is 29 years old and engaged to be married next October.\n\nThe university sent this message '
            'to students:\n\n"Jane is 29 years old and engaged to be married. She has a family and friends who '
            'work with her every day, and we will be here to support her during this difficult time."')
    assert _speakers(_article_sents(text, people=("Jane Roe",)))[-1] == ("Jane", "The university")
