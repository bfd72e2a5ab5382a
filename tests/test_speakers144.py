"""Speakers: blind-speakers92's classes as general rules (issue 11, spk144): a trailing "X said in Monday's filing"
after a phrase quoted inside its clause; a reporting aside ("Then, he said, X apologized, saying: ...") before the
clause that introduces the quote; a quote whose closing stop ended its sentence before "X said in court."; a group
of a quote and a few of its words quoted in another sentence shown under the whole quote's speaker. Hand-made text, entities given (no
spaCy), shaped on Multi-News train mnt0276 / mnt0277 / mnt0290 (blind-speakers92, tuning since stop 61). Rules:
docs/analysis-labels.md, "Speakers: blind-speakers92's classes"."""

import dataclasses

from test_analyze_units import _article_sents, _speakers

LEAD = "The trustee Jane Roe reached a settlement with the estates on Monday. "
QUOTED = 'The accord is a "global and complete resolution of all claims" against the estates, '


def test_a_phrase_quoted_in_its_clause_then_x_said_in_a_filing_is_xs():
    # mnt0276 1: '... the accord is a "global and complete resolution of all claims" against the estates, lawyers for
    # Picard said in Monday's filing.'
    for tail in ("lawyers for Roe said in Monday's filing.", "Roe said in a filing on Monday.",
                 "lawyers said in Monday's filing."):
        said = _speakers(_article_sents(LEAD + QUOTED + tail, people=("Jane Roe", "Roe")))
        assert said[0][1] in ("Roe", "lawyers"), tail


def test_a_phrase_quoted_in_its_clause_then_a_verb_with_its_own_object_stays_unattributed():
    # the verb after the comma takes a clause of its own: no attribution of the phrase quoted before it
    said = _speakers(_article_sents(LEAD + QUOTED + "Roe said in court that the sons would pay the rest of it.",
                                    people=("Jane Roe", "Roe")))
    assert said[0][1] is None


PEOPLE = ("Kevin Lerena", "Lerena", "Oscar Pistorius", "Pistorius")
TOLD = "Kevin Lerena told the court that a shot went off in the restaurant. "


def test_a_reporting_aside_before_the_clause_that_introduces_the_quote_is_not_its_speaker():
    # mnt0277 2: 'Then, he said, Pistorius apologized, saying: "Are you OK? Is everybody OK?"'
    for clause in ("Then, he said, Pistorius apologized, saying:", "Later, Lerena said, Pistorius told him:",
                   "Then, he said, Pistorius apologized and said:"):
        said = _speakers(_article_sents(TOLD + clause + ' "Are you OK? Is everybody OK? Is anyone hurt?"',
                                        people=PEOPLE))
        assert said == [("Are", "Pistorius")], clause


def test_a_reporting_aside_with_no_one_named_after_it_still_speaks():
    said = _speakers(_article_sents(TOLD + 'Then, he said, the waiter asked him: "Are you OK? Is everybody OK now?"',
                                    people=PEOPLE))
    assert said[0][1] != "Pistorius"


QUOTE_BEFORE = '"I am fine and it was nothing at all, really nothing," Pistorius said.\n\n'


def test_a_quote_whose_stop_ended_its_sentence_before_x_said_in_court_is_xs():
    # mnt0277 2: '"He (Pistorius) did say, 'Fresco, take the blame because this could be big.'" Lerena said in court.'
    for quote in ("\"He (Pistorius) did say, 'Fresco, take the blame because this could be big.'\"",
                  '"He told me to take the blame because this could be big."'):
        said = _speakers(_article_sents(TOLD + QUOTE_BEFORE + quote + " Lerena said in court.", people=PEOPLE))
        assert said[-1] == ("He", "Lerena"), quote


def test_a_sentence_of_its_own_after_a_closed_quote_is_no_attribution():
    # "Lerena said he was scared." reports speech of its own: the quote before it goes on with its last speaker
    said = _speakers(_article_sents(TOLD + QUOTE_BEFORE + '"He told me to take the blame because this could be big." '
                                    "Lerena said he was scared.", people=PEOPLE))
    assert said[-1] == ("He", "Pistorius")


def test_a_group_of_a_quote_and_a_short_phrase_of_it_is_shown_under_the_quotes_speaker():
    # mnt0290 2: 'But a doctor came in to talk about "end-of-life decisions" with her.' then '... a notation was made
    # in her medical file that "she does not have the mental capability to make end-of-life decisions," Aldous said.'
    from newsbrief.analyze.quotes import extract, group

    text = ('Nina Roe was treated at the hospital for two weeks. But a doctor came in to talk about "end-of-life '
            'decisions" with her.\n\nThe day Roe was moved, a notation was made in her medical file that "she does '
            'not have the mental capability to make end-of-life decisions," Aldous said.')
    quotes = extract(_article_sents(text, people=("Nina Roe", "Roe")))
    assert [q.speaker for q in quotes] == [None, "Aldous"]
    quotes[0] = dataclasses.replace(quotes[0], speaker="a doctor")  # (what the parse reads, with a spaCy model)
    groups = group(quotes)
    assert len(groups) == 1 and groups[0].speaker == ("Aldous", None)


def test_his_pledge_that_runs_into_a_quote_is_his():
    # blind-speakers91 mnt0272 4: 'Mr. Obama blamed Russia ... But his pledge that "the United States is going to
    # continue to lead efforts ..." was at odds with the reality that ...'
    text = ('Mr. Roe blamed Russia for continuing to stoke the rebellion. But his pledge that "the United States is '
            'going to continue to lead efforts to de-escalate the situation" was at odds with the reality.')
    assert _speakers(_article_sents(text, people=("Roe",))) == [("the", "Roe")]


def test_he_said_after_a_paragraph_closing_on_another_mans_x_said_is_xs():
    # blind-speakers90 mnt0263 2: 'Salata, a registered sex offender in Utah, reportedly cleared security ... He had no
    # items with him that would be cause for alarm, Vargo said.' / '"It wasn't like he was able to ...," he said.'
    lead = "Michael Salata, a registered sex offender, reportedly cleared security at the airport. "
    quote = '\n\n"It wasn\'t like he was able to get anything past the screening checkpoint," he said.'
    people = ("Michael Salata", "Salata", "Tom Vargo", "Vargo", "Jane Vargo")
    said = _speakers(_article_sents(lead + "He had no items with him that would be cause for alarm, Vargo said." + quote,
                                    people=people))
    assert said == [("It", "Vargo")]
    # a woman's attribution is no "he": the man the paragraph is about, as before
    said = _speakers(_article_sents(lead + "He had no items with him that would cause alarm, Jane Vargo said." + quote,
                                    people=people))
    assert said == [("It", "Michael Salata")]


def test_an_epithet_after_a_full_name_read_apart_from_its_entity_is_that_person(monkeypatch):
    # blind-speakers87 mnt0240 1: 'Ivanka Trump may keep an office ...' / '"I try to stay out of politics. ...," the
    # first daughter told Fox News's ...': the walk back gives her full name with no entity (NER merged it into Donald
    # Trump's, spk141 reads it apart), which the epithet now takes
    import newsbrief.analyze.quotes as Q

    text = ("Jane Roe may keep an office in the White House, but she tries to stay out of her father's way.\n\n"
            '"I try to stay out of politics. His political instincts are phenomenal," the first daughter told Fox News.')
    sents = _article_sents(text, people=("Donald Trump",))
    body = sents[0].sentence.article.body
    art = Q._Article(body, sents, [s.sentence.start for s in sents],
                     [p.start() for p in Q._PARAGRAPH_RE.finditer(body)] or [0], spans=sorted(Q._quote_spans(body)))
    at = body.index("the first daughter told")
    monkeypatch.setattr(Q, "_resolve_reference", lambda art, at, pronoun=None: ("Jane Roe", None))
    assert Q._epithet(art, "the first daughter", at) == ("Jane Roe", None)
    monkeypatch.setattr(Q, "_resolve_reference", lambda art, at, pronoun=None: ("Mary Doe", None))
    assert Q._epithet(art, "the first daughter", at) is None  # (a name the text does not give just before)
