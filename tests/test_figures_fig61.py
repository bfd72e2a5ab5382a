"""Figure-conflict reading (issue 11, fig61; hand-made articles, no spaCy): a count given as a range of two whole
numbers joined by a word ("one or two atomic bombs", "three to four spacewalks") is no count with a fraction,
though its middle (1.5, 3.5) is not whole: the precision guard "fraction" ("31.6 live") no longer drops it
(recall rule "word_range"). A range joined by a dash ("85-68", "a 15-2 run") may be a score and stays dropped.
Each test switches the rule off and shows what it changes."""

from __future__ import annotations

from test_figures_units import _article_sents, _conflicts

A = "The crew carried out three or four spacewalks to repair the station's broken solar panel this week."
B = "The crew carried out seven spacewalks to repair the station's broken solar panel this week."


def _figures(*texts):
    from newsbrief.analyze.figures import extract

    return extract([s for i, t in enumerate(texts, 1) for s in _article_sents(t, n=i)])


def test_a_range_of_whole_numbers_joined_by_a_word_is_no_fraction(monkeypatch):
    from newsbrief.analyze import figures

    (f,) = [f for f in _figures(A) if f.noun and f.noun.startswith("spacewalk")]
    assert (f.low, f.high) == (3, 4) and not figures._fraction(f)
    assert _conflicts(A, B) == [["seven spacewalks", "three or four spacewalks"]]
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"word_range"}))
    assert figures._fraction(f)  # main read its middle, 3.5, as a fraction of a spacewalk
    assert not _conflicts(A, B)


def test_a_dashed_range_or_a_decimal_stays_a_fraction():
    from newsbrief.analyze import figures

    for text in ("15-2 run", "85-68 win", "2 1/2 -year-old", "7.5 to 8 points"):  # a score, a fraction, a decimal
        assert not figures._WORD_RANGE_RE.search(text)
    for text in ("one or two atomic bombs", "three to four spacewalks", "six to 10 rounds", "1,500 or 2,000 men"):
        assert figures._WORD_RANGE_RE.search(text)
    (g,) = [f for f in _figures("Paul averaged 31.6 points a game before he was injured.") if f.value == 31.6]
    assert figures._fraction(g)
