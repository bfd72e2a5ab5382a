"""Figures that are no value of a present conflict (issue 11, fig59; hand-made articles after blind-figures23's
Multi-News oil story mnt0106, no spaCy): a condition or a requirement ("if crude rises to $55", "must be $55 or
higher"), a forecast set against a reported value ("would rise to $50 or $51 a barrel next year"), a range over a
stretch of the past ("traded between $40 and $50 a barrel the last several months"), a group's total set against a
part its sentence names ("producers such as Russia ... by a total of 600,000 barrels a day") and a market figure at
a time within the day against the day's ("At midday ... up 8.5%"). Each test switches its guard off and shows the
flag it removes."""

from __future__ import annotations

from test_figures_units import _conflicts

PRICE = "At the close, U.S. crude settled at $49.08 a barrel, a five-week high for the oil contract."


def test_a_condition_or_requirement_is_no_value_of_a_conflict(monkeypatch):
    from newsbrief.analyze import figures

    cond = "Analysts said U.S. oil production will grow only if crude rises to $55 a barrel, a high for the contract."
    must = "Analysts said crude oil must be $55 a barrel or higher before drilling picks up, a high for the contract."
    for text in (cond, must):
        assert not _conflicts(PRICE, text)
        monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"not_now"}))
        assert _conflicts(PRICE, text), text
        monkeypatch.setattr(figures, "GUARDS_OFF", frozenset())
    # an obligation's amount is a value: "must pay" is no level required
    assert _conflicts("The court said the company must pay $6.8 million in damages to the families.",
                      "The court ordered the company to pay $5.2 million in damages to the families.") \
        == [["$5.2 million", "$6.8 million"]]


def test_a_forecast_is_compared_only_with_a_forecast(monkeypatch):
    from newsbrief.analyze import figures

    fc = "The Energy Department said U.S. crude would rise to $55 a barrel next year, a high for the oil contract."
    assert not _conflicts(PRICE, fc)
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"not_now"}))
    assert _conflicts(PRICE, fc) == [["$49.08", "$55"]]
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset())
    # two forecasts of one thing still conflict, and an amount said of a noun is no forecast
    other = "The Energy Department said U.S. crude would rise to $62 a barrel next year, a high for the oil contract."
    assert _conflicts(fc, other) == [["$55", "$62"]]
    assert _conflicts("Saramago will receive the $978,000 prize on Dec. 10 in Stockholm, the academy said.",
                      "Saramago will receive his Nobel Prize, worth $967,500 this year, on Dec. 10.") \
        == [["$967,500", "$978,000"]]


def test_a_past_range_or_a_forecast_does_not_back_a_conflicts_side(monkeypatch):
    from newsbrief.analyze import figures

    a = "At the close, U.S. crude oil settled at $47 a barrel, a five-week high for the oil contract."
    b = "U.S. crude oil settled at $50 a barrel on Wednesday, a five-week high for the oil contract."
    past = "U.S. crude oil has traded between $40 and $50 a barrel the last several months, analysts said."
    ahead = "The Energy Department said U.S. crude oil would rise to $50 a barrel next year, analysts said."
    for other in (past, ahead):
        assert _conflicts(a, b, other) == [["$47", "$50"]]
        monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"not_now"}))
        assert _conflicts(a, b, other) == [["$47", "$50", "$50"]], other  # the other outlet's $50 listed as backing
        monkeypatch.setattr(figures, "GUARDS_OFF", frozenset())


def test_a_groups_total_is_not_the_value_of_a_part_its_sentence_names(monkeypatch):
    from newsbrief.analyze import figures

    total = ("The deal depends on non-OPEC producers such as Russia agreeing to cut output too, by a total of "
             "600,000 barrels a day.")
    part = "Russia said it agreed to cut output by 300,000 barrels a day from January, the deal's producers said."
    assert not _conflicts(total, part)
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"group_total"}))
    assert _conflicts(total, part) == [["300,000 barrels", "600,000 barrels"]]
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset())
    # a total whose sentence names no example is still compared
    assert _conflicts(total.replace("such as Russia ", ""), part.replace("Russia said it", "Producers"))


def test_a_market_figure_within_the_day_is_not_the_days(monkeypatch):
    from newsbrief.analyze import figures

    midday = "At midday, the benchmark futures contract for U.S. crude was up 8.5% to a five-week high on the news."
    close = "The benchmark futures contract for U.S. crude rose 9.3% Wednesday to a five-week high on the news."
    # a percent is compared within its place ("U.S. crude"; the twenty-third round's "place_shares")
    assert not _conflicts(midday, close, places=("U.S.",))
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"intraday"}))
    assert _conflicts(midday, close, places=("U.S.",)) == [["8.5%", "9.3%"]]


def _readings(text: str) -> dict:
    from test_figures_units import _article_sents

    from newsbrief.analyze import figures

    return {f.text: (figures._not_now(f), figures._intraday(f)) for f in figures.extract(_article_sents(text))}


def test_what_is_read_as_not_now_and_as_within_the_day():
    # a modal between "if" and the figure: the figure is the consequence's, a value
    assert _readings("If convicted the men could face fines of up to $250,000 each.")["up to $250,000"][0] is None
    # "if" after a verb of finding out is "whether"
    assert _readings("Officials sought to confirm if the debris was 24 meters long.")["24 meters"][0] is None
    assert _readings("Officials said the debris was 24 meters long if the photographs were right.")["24 meters"][0] \
        is None  # after the figure: its frame holds no condition
    assert _readings("The plant shuts down if the river rises to 902 feet.")["902 feet"][0] == "condition"
    # things counted are there now, whatever the clause says
    assert _readings("If the 15 sailors are not released, Britain will act.")["15 sailors"][0] is None
    # a time ahead, not a horizon
    assert _readings("The bill sets aside $40 million for research over the next year.")["$40 million"][0] is None
    assert _readings("Growth will slow to 2.5 percent next year, he warned.")["2.5 percent"][0] == "forecast"
    # a close between the time of day and the figure: the day's
    assert _readings("Smith spoke at midday and GM stock closed at $68.375.")["$68.375"][1] is False
    assert _readings("At midday, GM stock was at $68.375.")["$68.375"][1] is True
