"""bench/analysis.py's cluster keys: "wiki:<topic>:a-b" reads a WikiRef220 topic's articles a to b (file order,
from 1), so a slice no earlier split read can be labelled apart (blind-figures18, helper fig28)."""

from conftest import load_bench


def _bench():
    return load_bench("analysis")


def test_a_wiki_range_is_the_slice_of_the_topic_in_file_order(shared_dir):
    bench = _bench()
    whole = bench.labelled_articles("wiki:malaysia.airlines.flight")
    first = bench.labelled_articles("wiki:malaysia.airlines.flight:27")
    part = bench.labelled_articles("wiki:malaysia.airlines.flight:22-27")
    assert len(whole) == 39 and len(part) == 6
    assert [a.title for a in part] == [a.title for a in first[21:27]] == [a.title for a in whole[21:27]]
    assert bench.labelled_articles("wiki:ParisAttacks2015:32-36")[-1].title == \
        bench.labelled_articles("wiki:ParisAttacks2015")[-1].title


def test_a_wiki_article_not_in_english_is_left_out_as_the_command_line_skips_it(shared_dir):
    # the Galaxy S5 topic's 8th article is a spec sheet (7% English function words): ingest refuses it (NB106)
    bench = _bench()
    part = bench.labelled_articles("wiki:samsung.galaxy.s5:7-12")
    assert len(part) == 5 and "Samsung Galaxy S5 (octa-core)" not in [a.title for a in part]
    assert len(bench.labelled_articles("wiki:samsung.galaxy.s5:1-6")) == 6


def test_a_multi_news_article_not_in_english_is_left_out_too(shared_dir):
    # mn:0088's 7th article is a video page's cast and crew list (7% English function words): ingest refuses it
    # (NB106), so the cluster is read as the command line reads it, and the labels count 8 articles (spk145)
    articles = _bench().labelled_articles("mn:0088")
    assert len(articles) == 8 and not any("KAZAAM" in a.raw_text for a in articles)
