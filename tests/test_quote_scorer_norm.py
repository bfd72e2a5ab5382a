"""bench/analysis.py's quote scorer finds a labelled prefix as text cleaning leaves it: a lone backtick opening a
single quotation ("`Merry Christmas ...'") is read by cleaning as ‘, so the label's backtick and the view's mark
compare equal."""

from conftest import load_bench


def test_a_lone_backtick_compares_equal_to_the_single_mark_cleaning_reads_it_as():
    norm = load_bench("analysis")._norm
    assert norm("I told her, `Merry Christmas and happy") == norm("I told her, ‘Merry Christmas and happy")
    assert norm("``Two backticks'' stay a double mark") == norm("“Two backticks” stay a double mark")
