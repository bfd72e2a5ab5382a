"""Unit tests of the analysis heuristics on small hand-made strings (no spaCy)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.analyze.entities import acronym_pairs, name_tokens, same_name, skeleton
from newsbrief.analyze.quotes import _quote_spans
from newsbrief.analyze.timeline import dateline_date, find_dates

TUE = dt.date(2020, 1, 14)  # a Tuesday


def _dates(text, anchor=TUE, weak=False):
    return {expr: w.label for _, _, expr, w, _ in find_dates(text, anchor, weak)}


@pytest.mark.parametrize("text,expr,want", [
    ("The talks on Monday in Moscow lasted seven hours.", "on Monday", "2020-01-13"),
    ("The ministry confirmed it on Tuesday.", "on Tuesday", "2020-01-14"),
    ("Reports said he walked out late Sunday.", "late Sunday", "2020-01-12"),
    ("The leaders will meet on Sunday in Berlin.", "on Sunday", "2020-01-19"),
    ("The truce was proposed on Jan. 8 by Russia.", "Jan. 8", "2020-01-08"),
    ("A conference is to be held in Berlin on Jan. 19.", "Jan. 19", "2020-01-19"),
    ("Forces have attacked the capital since last April.", "last April", "2019-04"),
    ("Last week, however, they took Sirte.", "Last week", "2020-01-06/2020-01-12"),
    ("He met the minister earlier this month.", "earlier this month", "2020-01"),
    ("Last month, the GNA warned its neighbours.", "Last month", "2019-12"),
    ("The country has been at war since 2011.", "since 2011", "2011"),
    ("Over the weekend, the ceasefire held.", "Over the weekend", "2020-01-11/2020-01-12"),
    ("The offensive began in April 2019.", "April 2019", "2019-04"),
    ("It was signed two days ago.", "two days ago", "2020-01-12"),
    ("It was signed on 14 January 2020 in Moscow.", "14 January 2020", "2020-01-14"),
])
def test_relative_dates_resolve_against_the_anchor(text, expr, want):
    assert _dates(text)[expr] == want


def test_weekday_after_the_anchor_is_last_week_in_the_past_tense():
    thu = dt.date(2020, 1, 16)
    assert _dates("Officials said on Friday that the talks failed.", TUE)["on Friday"] == "2020-01-10"
    assert _dates("Officials will meet on Friday.", TUE)["on Friday"] == "2020-01-17"
    assert _dates("Officials said on Monday the talks failed.", thu)["on Monday"] == "2020-01-13"


def test_weak_anchor_dates_only_years():
    found = _dates("He left on Monday and the crash was on June 1.", dt.date(2010, 4, 1), weak=True)
    assert "on Monday" not in found and found["June 1"] == "2009-06-01"


def test_no_anchor_only_absolute_dates():
    found = _dates("He left on Monday; it began in March 2009.", None)
    assert found == {"March 2009": "2009-03"}


def test_dateline_gives_the_publication_date():
    assert dateline_date("Jan. 14 (UPI) -- Fighting in Libya could go on.", dt.date(2020, 1, 20)) == TUE
    assert dateline_date("Fighting in Libya could go on.", dt.date(2020, 1, 20)) is None


@pytest.mark.parametrize("a,b", [("sarraj", "serraj"), ("gaddafi", "gadhafi"), ("gaddafi", "qaddafi"),
                                 ("sergei", "sergey"), ("moammar", "muammar"), ("kalifa", "khalifa"),
                                 ("kadhafi", "gaddafi")])
def test_spelling_variants_match(a, b):
    assert same_name(a, b)


@pytest.mark.parametrize("a,b", [("bush", "rush"), ("kim", "kum"), ("smith", "smyth2"), ("clinton", "clintock"),
                                 ("russia", "prussia"), ("lavrov", "lebrov")])
def test_different_names_do_not_match(a, b):
    assert not same_name(a, b)


def test_name_tokens_drop_particles_and_titles():
    assert name_tokens("Gen. Fayez al-Sarraj") == ["fayez", "sarraj"]
    assert name_tokens("Al-Sarraj") == ["sarraj"]
    assert skeleton("Gadhafi") == skeleton("Gaddafi")


def test_acronym_pairs_from_parentheses():
    text = ("Haftar heads the Libyan National Army (LNA); the Libyan News Agency (LANA) and Libya's "
            "UN-backed Government of National Accord (GNA) and the United Arab Emirates (UAE).")
    pairs = dict((b, a) for a, b in acronym_pairs(text))
    assert pairs["LNA"] == "Libyan National Army"
    assert pairs["LANA"] == "Libyan News Agency"
    assert pairs["GNA"] == "Government of National Accord"
    assert pairs["UAE"] == "United Arab Emirates"


def test_quote_spans_pair_marks_per_paragraph():
    body = 'He said "one two three four," and ``five six seven eight,\'\' she said.\n\n"Unclosed quote here\n\nNext "a b c d".'
    spans = [body[a:b] for a, b in _quote_spans(body)]
    assert spans == ["one two three four,", "five six seven eight,", "a b c d"]


def test_figures_number_words_and_conflicts():
    from newsbrief.analyze._doc import Sent, Source
    from newsbrief.analyze.figures import compare, extract
    from newsbrief.model import Article, Sentence

    def sent(n, text):
        art = Article(id=f"a{n}", raw_text=text, text=text, date=TUE)
        src = Source(n, art, f"outlet{n}", anchor=TUE, anchor_from="article")
        return Sent(Sentence(art, 0, 0, len(text)), src)

    sents = [
        sent(1, "The fighting has killed more than 280 civilians and 2,000 fighters, and displaced 146,000 Libyans."),
        sent(2, "According to the UN, tens of thousands of people have been displaced by the fighting."),
        sent(3, "The deal would end nine months of fighting; $16 million was pledged, 25 percent of it by Japan."),
    ]
    figs = extract(sents)
    by_text = {f.text: f for f in figs}
    assert by_text["more than 280 civilians"].category == "killed"
    assert by_text["2,000 fighters"].category == "killed"  # coordinated with "killed"
    assert by_text["146,000 Libyans"].category == "displaced" and by_text["146,000 Libyans"].noun == "people"
    vague = by_text["tens of thousands of people"]
    assert (vague.low, vague.high) == (10_000, 99_999)
    assert by_text["nine months"].category == "duration"
    assert by_text["$16 million"].value == 16_000_000 and by_text["$16 million"].unit == "USD"
    assert by_text["25 percent"].category == "percent"
    conflicts = [q for q in compare(figs) if q.conflict]
    assert [q.category for q in conflicts] == ["displaced"]
