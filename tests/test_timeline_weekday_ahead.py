"""A weekday whose own clause looks ahead, with no past of its own, is the coming one, whatever a nearer past verb
of another clause says (DUC 2004 newswire read as a reader, issue 11, rd55; docs/analysis-labels.md, "Read as a reader:
DUC 2004 newswire"). Sentences from DUC 2004 d30037t / d30045t and DUC 2003 / 2006 (../shared), each with its
article's day."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.analyze.timeline import find_dates


def _day(sentence: str, expression: str, anchor: dt.date) -> dt.date:
    return next(w.start for _, _, x, w, *_ in find_dates(sentence, anchor) if x == expression)


@pytest.mark.parametrize("sentence, expression, anchor, day", [
    # d30037t (Monday 12 Oct 1998): main read the Tuesday before, 6 Oct
    ("The Israeli newspaper Yediot Aharonot said over the weekend that Netanyahu's hard-line Cabinet, due to meet "
     "Tuesday, was balking at agreeing to an American-authored plan.", "Tuesday", dt.date(1998, 10, 12),
     dt.date(1998, 10, 13)),
    # d30045t (Wednesday 25 Nov 1998): main read 19 Nov
    ("OPEC members on Wednesday continued their discussion on extending their production cutbacks, and an agreement "
     "is expected as early as Thursday.", "Thursday", dt.date(1998, 11, 25), dt.date(1998, 11, 26)),
    # DUC 2003 task 3 APW19991029.0243 (Friday): main read the Monday before
    ("If the court's appetite for death penalty disputes is not yet satisfied, the justices could agree -- as early "
     "as Monday -- to tackle a potential whopper.", "Monday", dt.date(1999, 10, 29), dt.date(1999, 11, 1)),
    # DUC 2006 NYT19990511.0020 (Tuesday)
    ("The board that will take up the standards on Wednesday is divided along ideological lines, with five moderate "
     "members and five conservatives.", "on Wednesday", dt.date(1999, 5, 11), dt.date(1999, 5, 12)),
    # DUC 2006 APW19990514.0267 (Friday)
    ("The infomercial, which begins airing Monday, is aimed mostly at women, with all but two patients featured being "
     "female.", "Monday", dt.date(1999, 5, 14), dt.date(1999, 5, 17)),
])
def test_a_weekday_whose_own_clause_looks_ahead_is_the_coming_one(sentence, expression, anchor, day):
    assert _day(sentence, expression, anchor) == day


@pytest.mark.parametrize("sentence, expression, anchor, day", [
    # the clause's own past wins: "said", "was postponed"
    ("The vote, scheduled for Tuesday, was postponed.", "Tuesday", dt.date(1998, 10, 9), dt.date(1998, 10, 6)),
    ("He said Monday that the company would close the plant.", "Monday", dt.date(1998, 10, 9), dt.date(1998, 10, 5)),
])
def test_a_weekday_with_a_past_of_its_own_stays_past(sentence, expression, anchor, day):
    assert _day(sentence, expression, anchor) == day
