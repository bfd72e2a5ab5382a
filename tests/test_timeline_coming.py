"""Month-days and months a reader reads as the coming ones, and the past ones kept past (issue 11, tl49): the tense of
the date's own clause first ("Chavez, who will be sworn in on Feb 2, appealed ..."), a present perfect ("has set Dec.
14 as the last date"), a date moved to a new one ("moved the election to March 26"), a participle after "be" ("is to
be formally sentenced May 3"), "this/next/last year" after the date, and a past event in a noun phrase after "from"
("come back from the devaluation of its currency in January"). Real sentences from ../shared (each real-sentence test
fails on main ed154ec), with counter-cases (real or made up) that pass on main and must keep passing."""

from __future__ import annotations

import datetime as dt

from test_timeline_tense import _dates, _real, needs_shared


# -- the tense of the date's own clause ------------------------------------------------------------------------------


@needs_shared
def test_a_future_in_the_dates_own_clause_beats_a_nearer_past_of_another():
    # DUC 2006 D0642F (6 December 1998), D0648C (4 May 1999), ECB+ T42 (24 April 2013): on main the year before
    s = _real("duc06", "Chavez, who will be sworn in on Feb 2, appealed for national ``reconciliation'' and sought to "
                       "assure investors that he would pursue prudent economic policies.")
    assert _dates(s, dt.date(1998, 12, 6))["Feb 2"] == "1999-02-02"
    s = _real("duc06", "Manes, who is scheduled to make his first court appearance May 10, was the first person since "
                       "the shootings to be arrested on charges of helping Harris and Klebold arm themselves.")
    assert _dates(s, dt.date(1999, 5, 4))["May 10"] == "1999-05-10"
    s = _real("ecb", "They did say that after April 29th business customers will be able to register for the Q10 at "
                     "this link.")
    assert _dates(s, dt.date(2013, 4, 24))["April 29th"] == "2013-04-29"


@needs_shared
def test_a_past_in_the_dates_own_clause_beats_a_future_of_another():
    # DUC 2006 D0604D (3 June 1999): tl48's "won't" of the next clause read May 19 as 2000; "opened" is its own
    s = _real("duc06", "Although ``Star Wars: Episode I -- The Phantom Menace'' opened in the United States and Canada "
                       "on May 19, it won't be released in many Asian and European nations until mid- to late summer.")
    assert _dates(s, dt.date(1999, 6, 3))["May 19"] == "1999-05-19"


def test_own_clause_counter_cases():
    # a clause without any cue still reads the sentence's nearest one; a past clause stays past
    s = "The court will hear the case, which opens on May 3."
    assert _dates(s, dt.date(2000, 4, 20))["May 3"] == "2000-05-03"
    s = "He was arrested on May 3, and prosecutors will ask for a trial."
    assert _dates(s, dt.date(2000, 4, 20))["May 3"] == "1999-05-03"


# -- a present perfect ---------------------------------------------------------------------------------------------


@needs_shared
def test_a_present_perfect_reads_its_month_day_from_the_articles_day():
    # DUC 2003 d112e (6 December 1999; labelled 1999-12-14 in the tune split), DUC 2006 D0635H (20 December 1999),
    # DUC 2003 d129j (31 July 1999): on main the year before
    s = _real("duc", "Ron Dittemore, NASA's shuttle program director, said the agency has set Dec. 14 as the last date "
                     "to launch the mission this year.")
    assert _dates(s, dt.date(1999, 12, 6))["Dec. 14"] == "1999-12-14"
    s = _real("duc06", "He has requested Jan. 21 as an execution date, because he wants to die on a night of a full "
                       "moon.")
    assert _dates(s, dt.date(1999, 12, 20))["Jan. 21"] == "2000-01-21"
    s = _real("duc", "In Asia, Vietnam Airlines has canceled all flights just prior to Jan. 1.")
    assert _dates(s, dt.date(1999, 7, 31))["Jan. 1"] == "2000-01-01"


@needs_shared
def test_a_modal_perfect_a_since_and_another_clauses_perfect_stay_past():
    # DUC 2006 D0617H (11 August 2000): "may have plunged" is no present perfect; D0639C (23 August 1998): "has
    # accused" is another clause's
    s = _real("duc06", "U.S. investigators have suggested that a co-pilot of the jetliner may have deliberately "
                       "plunged the plane into the sea, killing all 217 people aboard on Oct. 31.")
    assert _dates(s, dt.date(2000, 8, 11))["Oct. 31"] == "1999-10-31"
    s = _real("duc06", "President Clinton and his aides have said the attack was to punish Osama bin Laden, a Saudi "
                       "exile that the United States has accused of sponsoring terrorist attacks, including the "
                       "bombings of the U.S. embassies in Kenya and Tanzania on Aug. 7.")
    assert _dates(s, dt.date(1998, 8, 23))["Aug. 7"] == "1998-08-07"
    assert _dates("Prices have risen since March 3.", dt.date(2000, 1, 10))["March 3"] == "1999-03-03"


# -- a modal of what may come, "expire", "poised to", "because of" ---------------------------------------------------


@needs_shared
def test_a_modal_an_expiry_and_poised_to_look_ahead():
    # DUC 2006 D0629B (7 December 1999; 16 December 1999; dateline 19 August 1996), D0636I (8 June 1999): on main the
    # year before
    s = _real("duc06", "China's leading anti-virus company, the Rising Computer Technology, warned computer users that "
                       "a killer virus dubbed \"THUS\" may attack computer hard drives on December 13.")
    assert _dates(s, dt.date(1999, 12, 7))["December 13"] == "1999-12-13"
    s = _real("duc06", "said: ``We are anticipating a lot of date-triggered viruses because of Jan. 1.")
    assert _dates(s, dt.date(1999, 12, 16))["Jan. 1"] == "2000-01-01"
    s = _real("duc06", "The highly destructive Hare KRSNA computer virus is poised to strike on August 22, said "
                       "sources obtained here today.")
    assert _dates(s, dt.date(1996, 8, 19))["August 22"] == "1996-08-22"
    s = _real("duc06", "The current contract expires Sept. 14.")
    assert _dates(s, dt.date(1999, 6, 8))["Sept. 14"] == "1999-09-14"
    s = _real("duc06", "The current three-year pacts expire Sept. 14.")
    assert _dates(s, dt.date(1999, 6, 16))["Sept. 14"] == "1999-09-14"


@needs_shared
def test_the_month_may_and_a_past_could_are_no_modal():
    # DUC 2006 D0638B (3 January 2000): "May 30" is a month, the sentence's "is planned for" still looks ahead
    s = _real("duc06", "Another Io flyby is planned for Feb. 22, with encounters with Ganymede on May 30 and Dec. 28.")
    assert _dates(s, dt.date(2000, 1, 3))["Dec. 28"] == "2000-12-28"
    assert _dates("He could not attend on March 3.", dt.date(2000, 6, 1))["March 3"] == "2000-03-03"


# -- a date moved to a new one -------------------------------------------------------------------------------------


@needs_shared
def test_a_date_moved_to_is_the_nearest_occurrence():
    # DUC 2006 D0635H (1 February 1999), D0649D (14 January 2000), ECB+ T42 (24 April 2013): on main the year before
    s = _real("duc06", "Mease's execution date had been postponed from Wednesday to Feb. 10, apparently to avoid "
                       "putting him to death while the pope was in Missouri.")
    assert _dates(s, dt.date(1999, 2, 1))["Feb. 10"] == "1999-02-10"
    s = _real("duc06", "His adversaries have been disorganized since Boris Yeltsin's abrupt resignation Dec. 31, which "
                       "made Putin acting president and moved the election to March 26 instead of June.")
    assert _dates(s, dt.date(2000, 1, 14))["March 26"] == "2000-03-26"
    s = _real("ecb", "T-Mobile recently ran into problems selling the much-anticipated Samsung Galaxy S4, pushing the "
                     "online ordering date back from April 24 to April 29.")
    assert _dates(s, dt.date(2013, 4, 24))["April 29"] == "2013-04-29"


@needs_shared
def test_a_date_set_for_or_pending_is_the_nearest_occurrence():
    # DUC 2006 D0647B (29 March 2000), D0646A (10 June 1999): on main the year before
    s = _real("duc06", "The family then appealed to the 11th U.S. Circuit Court of Appeals in Atlanta, which on Monday "
                       "set oral arguments for May 8.")
    assert _dates(s, dt.date(2000, 3, 29))["May 8"] == "2000-05-08"
    s = _real("duc06", "After Thursday's convictions, bail was revoked and Bennett was ordered taken into custody "
                       "pending sentencing Sept. 13.")
    assert _dates(s, dt.date(1999, 6, 10))["Sept. 13"] == "1999-09-13"


@needs_shared
def test_a_move_with_a_future_cue_keeps_looking_ahead():
    # DUC 2003 d108c (23 June 1999): "voted to move their primary to Feb. 19" is the coming February, not the nearest
    s = _real("duc", "At the same time, South Carolina's Democrats did not want to be left behind with a March 7 date, "
                     "so they too have voted to move their primary to Feb. 19.")
    assert _dates(s, dt.date(1999, 6, 23))["Feb. 19"] == "2000-02-19"
    assert _dates("He moved to Boston on May 3.", dt.date(2000, 4, 20))["May 3"] == "1999-05-03"
    assert _dates("She set a record for the mile on May 3.", dt.date(2000, 2, 20))["May 3"] == "1999-05-03"


# -- a participle after "be" ----------------------------------------------------------------------------------------


@needs_shared
def test_a_participle_after_be_is_no_past():
    # ECB+ T16 (4 April 2007), T33 (24 April 2013): on main 2006-05-03 and 2012-05-07
    s = _real("ecb", "Orozco is to be formally sentenced May 3 by Judge Philip H. Hickock.")
    assert _dates(s, dt.date(2007, 4, 4))["May 3"] == "2007-05-03"
    s = _real("ecb", "He faces up to 75 years to life in prison when he's sentenced May 7.")
    assert _dates(s, dt.date(2013, 4, 24))["May 7"] == "2013-05-07"


@needs_shared
def test_a_past_participle_of_was_or_an_irregular_after_is_stays_past():
    # ECB+ T45 (read as of 28 September 2013): "is said to have taken place on April 9" is past
    s = _real("ecb", "The murder is said to have taken place on April 9 at 3 am in Flynn's car which was parked at the "
                     "time.")
    assert _dates(s, dt.date(2013, 9, 28))["April 9"] == "2013-04-09"
    assert _dates("He was sentenced May 3.", dt.date(2000, 4, 20))["May 3"] == "1999-05-03"


# -- "this year", "next year", "last year" after the date --------------------------------------------------------------


@needs_shared
def test_a_year_word_after_the_date_names_its_year():
    # DUC 2006 D0625G (29 July 1999), DUC 2003 d119g (dateline 25 October 1999), D0620B (21 April 1999)
    s = _real("duc06", "Managing Director Philip Okundi of the Kenya Bureau of Standards said here Wednesday that with "
                       "effect from October 1, this year, imported used items")
    assert _dates(s, dt.date(1999, 7, 29))["October 1"] == "1999-10-01"
    s = _real("duc", "Bangladesh Monday received fresh assurance from India of reaching a solution to border problems "
                     "by February or March next year")
    assert _dates(s, dt.date(1999, 10, 25))["by February"] == "2000-02"
    s = _real("duc06", "In March of last year, two boys in Jonesboro, Ark., opened fire on a crowd of students at "
                       "their middle school, killing four classmates and a teacher.")
    assert _dates(s, dt.date(1999, 4, 21))["In March"] == "1998-03"


def test_a_year_word_apart_from_the_date_sets_nothing():
    assert _dates("On May 3 he said this year would be hard.", dt.date(2000, 4, 20))["May 3"] == "1999-05-03"


# -- a past event in a noun phrase after "from" ------------------------------------------------------------------------


@needs_shared
def test_a_month_in_a_noun_phrase_after_from_is_past():
    # DUC 2006 D0642F (22 September 1999): tl48's present "is still working" read January as 2000
    s = _real("duc06", "Ecuador is struggling to avoid a default on its foreign debt and Brazil is still working to "
                       "come back from the devaluation of its currency in January.")
    assert _dates(s, dt.date(1999, 9, 22))["in January"] == "1999-01"
    assert _dates("She is recovering from the surgery on May 3.", dt.date(2000, 2, 20))["May 3"] == "1999-05-03"


@needs_shared
def test_from_an_expected_event_still_looks_ahead():
    # DUC 2003 d101a (Saturday 22 August 1998): the flood crest is expected, Sunday the coming one
    s = _real("duc", "more than 800,000 troops and civilians are ready to fight against possible floods resulting from "
                     "the expected arrival of the river's sixth flood crest on Sunday or Monday.")
    assert _dates(s, dt.date(1998, 8, 22))["on Sunday"] == "1998-08-23"


@needs_shared
def test_a_ranges_year_is_its_first_days_year():
    # DUC 2006 D0631D (25 July 2000), a chronology: on main 1999-10-12
    s = _real("duc06", "-- Oct. 12-13, 1992: A Concorde operated by Air France flies around the world")
    assert _dates(s, dt.date(2000, 7, 25))["Oct. 12"] == "1992-10-12"
    assert _dates("The talks run Oct. 12-13 in Geneva, 1,992 delegates said.", dt.date(2000, 7, 25))["Oct. 12"] \
        == "1999-10-12"
