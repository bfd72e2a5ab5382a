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


def _unnamed_cluster(n: int = 4, named: int = 0):
    """``n`` articles of one event whose outlets nothing names (no source, URL, dateline or sign-off), then
    ``named`` more from named outlets."""
    texts = ["Rescue teams reached villages cut off by the Yangtze River floods on Monday, officials said.",
             "Soldiers piled sandbags along the Yangtze River dikes on Monday as the water kept rising.",
             "Boats carried families to higher ground after the Yangtze River burst its banks on Monday.",
             "The Yangtze River floods cut off villages on Monday and rescue teams went in by boat."]
    arts = [article_from_dict({"id": f"{i:03d}_9ee825b776147cdb", "date": "1998-08-10",
                               "text": texts[i % len(texts)] + f"\n\nVillage {i} was evacuated by the army."})
            for i in range(n)]
    arts += [article_from_dict({"id": f"n{i}", "source": f"Paper {i}", "date": "1998-08-10",
                                "text": texts[i % len(texts)] + f"\n\nPaper {i}'s reporter saw the boats."})
             for i in range(named)]
    return arts


def test_articles_naming_no_outlet_are_not_counted_as_independent_sources():
    """33 pages with no outlet named are not "33 independent sources": they may all be one outlet's. Every
    format says the articles and that their sources are not named (issue 10)."""
    from newsbrief.analyze import Analyzer
    from newsbrief.config import Settings
    from newsbrief.outlets import sources_phrase
    from newsbrief.source_counts import count_sources, counts_line
    from newsbrief.pipeline import prepare
    from newsbrief.render import render
    from newsbrief.render.analysis import carried_count
    from newsbrief.selection import Selector
    from newsbrief.server.pages import brief_page

    settings = Settings()
    b = Selector(settings)(Analyzer(settings)(prepare(_unnamed_cluster(), settings)))
    assert count_sources(b.articles) == (0, 4)
    assert counts_line(b.articles) == "4 articles, sources not named"
    d = b.analysis.to_dict()
    assert not any(f["named"] for f in d["families"])
    page = " ".join(brief_page(b, has_store=False).split())
    assert "4 articles, sources not named" in page and "independent source" not in page
    for fmt in ("markdown", "terminal"):
        out = " ".join(render(b, fmt).split())
        assert "4 articles, sources not named" in out and "4 independent sources" not in out, fmt
    assert "4 articles, sources not named" in render(b, "html")
    assert "`" not in render(b, "markdown").split("## Sources")[1].split("##")[0]  # no ids in the sources list
    assert carried_count({"sources": [1, 2], "families": ["unknown outlet a", "unknown outlet b"]}) == \
        "2 articles, sources not named"
    mixed = prepare(_unnamed_cluster(2, named=2), settings)
    assert count_sources(mixed.articles) == (2, 2)
    assert counts_line(mixed.articles) == "4 articles · 2 independent sources · 2 outlets · 2 articles name no outlet"
    assert sources_phrase(2, 1) == "2 independent sources and 1 article whose outlet is not named"
    assert sources_phrase(4, 2) == "4 independent sources and 2 articles whose outlets are not named"


def test_digest_and_story_list_count_named_outlets_only():
    from newsbrief.model import Story, is_unnamed
    from newsbrief.server.pages import render_page

    assert is_unnamed("Source 12") and not is_unnamed("Source") and not is_unnamed("Reuters")
    story = Story(id="s1", title="Floods cut off villages", article_ids=["a", "b", "c"],
                  outlets=["Source 1", "Source 2", "Paper 3"])
    from newsbrief.server.pages import SORTS
    from newsbrief.server.views import plural

    page = " ".join(render_page("web_stories.html", cards=[{"story": story, "when": "today"}], has_store=True,
                                total=1, found=1, page=1, pages=1, q="", sort=next(iter(SORTS)), sorts=SORTS, plural=plural,
                                categories=[], first=1, nav="stories").split())
    assert "1 outlet: Paper 3" in page and "Source 1" not in page
