"""A list of links to other stories between a report's paragraphs (two bullet headlines or more in a row) is cut, so
a headline with no full stop does not run into the next paragraph's first sentence (the lead, stop 58)."""

from newsbrief.clean import clean_text
from newsbrief.pipeline import prepare
from newsbrief.config import Settings
from newsbrief.ingest import read_articles

PAGE = """The army, which is loyal to the general, controls most of the east.

  \u2022 Why is the country so lawless?
  \u2022 A farmer\u2019s tale: Robbed and ransomed in the hills

His forces launched an offensive against the capital in April but have been unable to take the city."""


def test_two_bullet_headlines_in_a_row_are_a_list_of_links():
    text, removed = clean_text(PAGE)
    assert "lawless" not in text and "ransomed" not in text
    assert [r.reason for r in removed] == ["related link", "related link"]
    assert "\n\nHis forces launched" in text  # the paragraph opens its own sentence again


def test_one_bullet_headline_or_bullets_that_are_sentences_stay():
    one = PAGE.replace("  \u2022 Why is the country so lawless?\n", "")
    assert "ransomed in the hills" in clean_text(one)[0]
    sentences = PAGE.replace("lawless?", "lawless, officials asked.").replace("the hills", "the hills, he said.")
    text, removed = clean_text(sentences)
    assert "lawless" in text and "ransomed" in text and not removed


def test_a_bullet_list_split_by_a_blank_line_is_no_run():
    apart = PAGE.replace("lawless?\n", "lawless?\n\n")
    text, _ = clean_text(apart)
    assert "ransomed in the hills" in text


def test_the_samples_links_do_not_run_into_its_text(libya_dir):
    brief = prepare(read_articles([libya_dir]), Settings())
    bbc = next(a for a in brief.articles if any("related link" in r for r in a.removed))
    links = [r for r in bbc.removed if "related link" in r]
    assert any("Why is Libya so lawless?" in r for r in links)
    assert any("Jailed and ransomed in Libya" in r for r in links)
    assert not any("Jailed" in s.text for a in brief.articles for s in a.sentences)


def test_bullets_under_the_headline_before_any_prose_are_the_standfirst_and_stay():
    page = ("Government reverses rule on protection of endangered species\n"
            "\u2022 Interior and commerce departments agree\n"
            "\u2022 Government wildlife experts to be consulted on development\n"
            "The administration overturned one of the most controversial measures of the era today, officials said.")
    text, removed = clean_text(page)
    assert "Government wildlife experts to be consulted on development" in text
    assert not [r for r in removed if r.reason == "related link"]
