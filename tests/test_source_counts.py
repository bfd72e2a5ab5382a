"""Quotes' "carried by" and entities' mention counts count independent sources (a wire agency's rewrites, else one
outlet's articles, count once), and say the articles too where the two differ, in every format."""

from __future__ import annotations

import json

import pytest

from newsbrief.ingest import article_from_dict

QUOTE = ("``We will not give up the fight for the dikes until the water goes down,'' said Wen Jiabao, the "
         "vice premier in charge of flood control.")
LOCAL = [
    "The city council met on Tuesday to discuss the school budget and the repair of the old bridge.",
    "Local farmers reported a good harvest of apples and pears despite the dry summer weather.",
    "A jazz festival drew thousands of visitors to the riverside park over the long weekend.",
]


def _cluster():
    ap = [article_from_dict({
        "id": f"ap{i}", "source": f"Paper {i}", "date": "1998-08-10", "title": f"Floods rise ({i})",
        "text": f"WUHAN, China (AP) -- Soldiers piled sandbags along the Yangtze River dikes on Monday.\n\n{QUOTE}\n\n"
                f"{LOCAL[i]}"}) for i in range(3)]
    own = article_from_dict({
        "id": "gz", "source": "The Gazette", "date": "1998-08-10", "title": "Premier vows to hold the dikes",
        "text": "Rescue teams reached villages cut off by the Yangtze River floods, state television said.\n\n"
                f"{QUOTE}\n\nThe Gazette's correspondent saw boats carrying families to higher ground."})
    return ap + [own]


@pytest.fixture(scope="module")
def view():
    from newsbrief.analyze import Analyzer
    from newsbrief.config import Settings
    from newsbrief.pipeline import prepare

    settings = Settings()
    b = Analyzer(settings)(prepare(_cluster(), settings))
    assert not any(a.duplicate_of for a in b.articles)
    return b


def test_a_quote_in_one_agencys_rewrites_counts_once(view):
    d = view.analysis.to_dict()
    q = next(q for q in d["quotes"] if q["text"].startswith("We will not give up"))
    assert q["sources"] == [1, 2, 3, 4] and q["families"] == ["Associated Press", "The Gazette"]


def test_an_entity_counts_the_independent_sources_naming_it(view):
    d = view.analysis.to_dict()
    e = next(e for e in d["entities"] if e["name"] == "Yangtze River")
    assert e["sources"] == [1, 2, 3, 4] and e["families"] == ["Associated Press", "The Gazette"]
    assert e["by_family"] == {"Associated Press": 3, "The Gazette": 1}


def test_every_format_says_independent_sources_and_articles(view):
    from newsbrief.render import render
    from newsbrief.render.analysis import render_analysis

    md = render(view, "markdown")
    assert "carried by 2 independent sources (4 articles):" in md
    assert "| 2 independent sources (4 articles) | Associated Press [1][2][3]: 3, The Gazette [4]: 1 |" in md
    full = " ".join(render_analysis(view, "terminal").split())
    assert "carried by 2 independent sources (4 articles): [1] Paper 0" in full
    assert "2 sources (4 articles)" in full  # the entity table's "named by" column
    assert "Reported by most outlets (at least 2 of 2 sources)" in full
    html = render(view, "html")
    assert "carried by 2 independent sources (4 articles)" in html
    assert "Associated Press [1][2][3]: 3" in html
    d = json.loads(render(view, "json"))["analysis"]
    assert d["quotes"][0]["families"] == ["Associated Press", "The Gazette"]


def test_web_page_says_independent_sources(view):
    from newsbrief.config import Settings
    from newsbrief.selection import Selector
    from newsbrief.server.pages import brief_page

    page = " ".join(brief_page(Selector(Settings())(view), has_store=False).split())
    assert "carried by 2 independent sources (4 articles)" in page
    assert "by 2 independent sources (4 articles)" in page


def test_one_article_per_source_says_only_sources():
    from newsbrief.render.analysis import by_family, carried_count

    assert carried_count({"sources": [1, 2], "families": ["A", "B"]}) == "2 independent sources"
    assert carried_count({"sources": [1, 2, 3], "families": ["A"]}) == "1 independent source (3 articles)"
    assert carried_count({"sources": [1, 2]}) == "2 independent sources"  # a view stored before families
    old = {"sources": [1, 2], "by_outlet": {"AP": 3, "Reuters": 1}}
    assert by_family({}, old) == "[1] 3, [2] 1"
