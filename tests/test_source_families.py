"""Agreement, "most outlets" and coverage count independent sources (source families), not articles:
four papers carrying rewrites of one Associated Press story are one source beside two outlets of their own."""

from __future__ import annotations

import json

import pytest

from newsbrief.ingest import article_from_dict

MAIN = "Parliament toppled the government of Prime Minister Mesut Yilmaz in a confidence vote on Wednesday."
AP_ONLY = ("The harbour authority said the new ferry terminal would open to passengers in the spring after "
           "delays caused by flooding.")
LOCAL = [  # each paper's own paragraph, so the rewrites are not near-duplicates of each other
    "The city council met on Tuesday to discuss the school budget and the repair of the old bridge.",
    "Local farmers reported a good harvest of apples and pears despite the dry summer weather.",
    "A jazz festival drew thousands of visitors to the riverside park over the long weekend.",
    "The regional hospital opened a new children's wing with forty beds and a small garden.",
]
FILLER = [
    "Markets in the region were calm and the currency held steady against the dollar in early trading.",
    "Analysts expect coalition talks to take several weeks before a new cabinet can be formed.",
    "Opposition leaders called for early elections and promised to campaign on the economy.",
]


def _cluster():
    ap = [article_from_dict({
        "id": f"ap{i}", "source": f"Paper {i}", "date": "1998-11-26", "title": f"Government falls ({i})",
        "text": f"ANKARA, Turkey (AP) -- {MAIN}\n\n{AP_ONLY}\n\n{LOCAL[i]}\n\n{FILLER[i % 3]}"})
        for i in range(4)]
    own = [
        article_from_dict({"id": "gz", "source": "The Gazette", "date": "1998-11-26", "title": "Vote topples cabinet",
                           "text": f"{MAIN.replace('Parliament toppled', 'Lawmakers in parliament toppled')}\n\n"
                                   "Supporters of the prime minister gathered outside the assembly building.\n\n"
                                   f"{FILLER[1]}"}),
        article_from_dict({"id": "hd", "source": "The Herald", "date": "1998-11-26", "title": "Turkish government falls",
                           "text": "In a confidence vote on Wednesday parliament toppled the government of Prime "
                                   "Minister Mesut Yilmaz.\n\nThe president is expected to name a new premier soon."}),
    ]
    return ap + own


@pytest.fixture(scope="module")
def view():
    from newsbrief.analyze import Analyzer
    from newsbrief.config import Settings
    from newsbrief.pipeline import prepare

    settings = Settings()
    b = Analyzer(settings)(prepare(_cluster(), settings))
    assert not any(a.duplicate_of for a in b.articles)  # rewrites, not copies the brief drops
    return b


def test_wire_rewrites_count_as_one_source(view):
    d = view.analysis.to_dict()
    assert [(f["family"], len(f["sources"])) for f in d["families"]] == [
        ("Associated Press", 4), ("The Gazette", 1), ("The Herald", 1)]
    assert d["majority"] == 2  # more than half of 3 sources, not of 6 articles
    main = d["agreement"]["consensus"][0]
    assert MAIN[:40] in main["text"] and len(main["families"]) == 3 and len(main["sources"]) == 6


def test_a_fact_only_one_agencys_copies_report_is_no_agreement(view):
    ag = view.analysis.to_dict()["agreement"]
    agreed = ag["consensus"] + ag["shared"]
    assert not any("ferry terminal" in u["text"] for u in agreed)
    [ferry] = [u for u in ag["single_family"] if "ferry terminal" in u["text"]]
    assert ferry["families"] == ["Associated Press"] and len(ferry["sources"]) == 4


def test_coverage_is_per_source_and_omits_only_what_no_article_of_it_reports(view):
    d = view.analysis.to_dict()
    rows = {c["outlet"]: c for c in d["coverage"]}
    assert set(rows) == {"Associated Press", "The Gazette", "The Herald"}
    assert rows["Associated Press"]["sources"] == [1, 2, 3, 4]
    assert not any("ferry terminal" in f["text"] for f in d["facts"])  # one source's copies share no fact
    main_fact = next(f["id"] for f in d["facts"] if MAIN[:40] in f["text"])
    assert all(main_fact in c["covers"] for c in rows.values())


def test_every_format_says_sources_and_articles(view):
    from newsbrief.render import render
    from newsbrief.render.analysis import render_analysis

    md = render(view, "markdown")
    assert '3 independent sources (6 articles); "most outlets" means at least 2 of them.' in md
    assert "[1][2][3][4][5][6] — 3 sources (6 articles)" in md and "| Associated Press [1][2][3][4] |" in md
    assert "[1][2][3][4] — Associated Press, 4 articles" in md
    assert "Across 3 independent sources (6 articles)" in render(view, "terminal")
    full = " ".join(render_analysis(view, "terminal").split())
    assert "[6] The Herald — 3 sources (6 articles)" in full and "[4] Paper 3 — Associated Press, 4 articles" in full
    html = render(view, "html")
    shown = " ".join(html.split())  # the story page's head and agreement section
    assert "6 articles · 3 independent sources" in shown and "Reported by one source only, in several" in shown
    d = json.loads(render(view, "json"))["analysis"]
    assert len(d["families"]) == 3 and d["agreement"]["consensus"][0]["families"]


def test_one_article_per_source_reads_as_before():
    from newsbrief.render.analysis import count_suffix, sources_line

    d = {"sources": [{"n": 1}, {"n": 2}], "families": [{"family": "A"}, {"family": "B"}], "majority": 2}
    assert sources_line(d) == '2 independent sources; "most outlets" means at least 2 of them.'
    assert count_suffix({"families": ["A", "B"], "sources": [1, 2]}) == ""
    assert count_suffix({"families": ["A", "B"], "sources": [1, 2, 3]}) == " — 2 sources (3 articles)"


def test_web_page_counts_sources_and_lists_one_source_facts(view):
    """The site page's header and agreement section count source families, like the other formats."""
    from newsbrief.config import Settings
    from newsbrief.selection import Selector
    from newsbrief.server.pages import brief_page

    page = " ".join(brief_page(Selector(Settings())(view), has_store=False).split())
    assert "6 articles · 3 independent sources" in page
    assert "Reported by one source only, in several of its articles" in page
    assert "reported by at least 2 of the 3 sources)" in page


def test_a_story_from_one_source_is_not_presented_as_cross_source_findings():
    """Six Wikinews articles: every detail is "one outlet's", so that list is left out and the view says why."""
    from pathlib import Path

    import newsbrief
    from newsbrief.render import render
    from newsbrief.render.analysis import render_analysis, single_outlet_list

    sample = Path(__file__).resolve().parent.parent / "examples" / "air-france-447.jsonl"
    b = newsbrief.brief([str(sample)], analyze=True)
    d = b.analysis.to_dict()
    assert d["agreement"]["single_source"] and not single_outlet_list(d)  # the JSON keeps its data
    note = "1 independent source (6 articles): there is no second outlet to compare with"
    term = " ".join(render(b, "terminal").split())
    assert note in term and "Only one outlet reports" not in term and "Across 1" not in term
    out = " ".join(render(b, "markdown").split())
    assert note in out and "Only one outlet reports" not in out
    page = " ".join(render(b, "html").split())  # the story page's own words for one source
    assert "there is no second outlet to compare with" in page and "Only one outlet reports" not in page
    assert "Only one outlet reports" not in render_analysis(b, "terminal")
