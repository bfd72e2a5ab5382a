"""The site pages read right to someone who does not know the internals: a story from one source says so;
no summary says why; notes on one input come after the summary; each outlet is named once in a list of
sources; long first lines are cut on source cards; disagreements say when each version was said; a storyline
has a page; the API's HTML page has the coverage bars too."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsbrief.config import Settings
from newsbrief.pipeline import brief
from newsbrief.server import create_app
from newsbrief.server.pages import brief_page
from newsbrief.store import Store

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "examples" / "air-france-447.jsonl"  # six Wikinews articles: one outlet
OUTLETS = REPO / "tests" / "fixtures" / "outlets.csv"


def sample() -> list[dict]:
    return [json.loads(line) for line in SAMPLE.read_text().splitlines() if line.strip()]


def unnamed(a: dict) -> dict:
    """``a`` without anything that names its outlet (its Wikinews URL would)."""
    return dict(a, source=None, url=None)


def flat(html: str) -> str:
    return " ".join(html.split())


@pytest.mark.slow
def test_single_source_page_says_there_is_nothing_to_compare_and_drops_the_comparisons():
    """Six articles of one outlet: the head says so once; no "agree on" or coverage section with
    "0 points reported by at least 1 sources"; figures are the articles', not "several outlets'"."""
    b = brief(sample(), 100, analyze=True)
    page = flat(brief_page(b, has_store=False))
    assert ("Only Wikinews reports this (6 articles): there is no second outlet to compare with, so nothing here is "
            "confirmed by another source.") in page
    assert "What the outlets agree on" not in page and "Coverage: who reported what" not in page
    assert "several outlets give" not in page
    assert "only one article:" not in page  # the pipeline's warning for one article would say it again
    html = brief_page(b, has_store=False)  # "1 2 3 Wikinews", not "1 Wikinews, 2 Wikinews, 3 Wikinews"
    assert re.search(r'(<span class="num"[^>]*>\d+</span>&nbsp;){2,}Wikinews', html)
    assert not re.search(r'Wikinews, <span class="num"[^>]*>\d+</span>&nbsp;Wikinews', html)


def test_single_article_note_replaces_the_pipeline_warning():
    b = brief(sample()[:1], 80)
    assert any(w.startswith("only one article") for w in b.warnings)
    page = flat(brief_page(b, has_store=False))
    assert "there is no second outlet to compare with" in page and "only one article:" not in page
    assert "(1 article)" not in page


def test_no_summary_says_why_under_key_points_and_the_story_title_heads_the_page(tmp_path):
    """Headline-only snippets (Google News titles): no sentence to summarize. The page keeps a title (the
    story's) and says why there are no key points where they would be, not in a box above them."""
    snippets = [{"title": t, "text": t, "source": None} for t in (
        "gta san andreas coming mobile device december", "grand theft auto san andreas hitting mobile december",
        "gta san andreas io android window phone confirmed")]
    with Store(tmp_path / "s.sqlite3") as store:
        store.add(snippets)
        story = max(store.stories(), key=lambda s: s.size)
    b = brief(snippets, 80)
    assert not b.summary and b.warnings
    page = flat(brief_page(b, has_store=True, story=story))
    assert f'<h1 class="headline">{story.title}</h1>' in page and story.title
    assert "No key points: no sentence long enough to summarize." in page
    assert "Check before you read" not in page and "Notes on these articles" not in page


def test_notes_on_one_input_follow_the_key_points_warnings_on_the_brief_precede_them():
    """A note about one input (an article given twice) comes after the summary; a warning about the whole
    brief (the cross-source view left out, articles run together) stays above it."""
    from newsbrief.server.views import ITEM_NOTE

    arts = sample()[:3]
    page = flat(brief_page(brief(arts + [arts[0]], 80), has_store=False))
    assert "Check before you read" not in page
    assert page.index("Key points") < page.index("Notes on these articles") < page.index("given twice")
    for note in ("pasted article 3: the same article was given twice; kept once", "feed.jsonl: entry 4: no text",
                 "f61cef74341285dd: the same article was given twice; kept once",
                 "article 2 (x.txt) has 90,000 characters: the brief reads its first 50,000"):
        assert ITEM_NOTE.match(note), note
    for warning in ("only one article: the brief has a single source and no cross-source comparison",
                    "the pasted text was read as one article, but it looks like 5 articles run together",
                    "the cross-source view was left out: these articles hold 900,000 words",
                    "no sentence long enough to summarize"):
        assert not ITEM_NOTE.match(warning), warning


def test_a_long_first_line_is_cut_on_the_source_card():
    long_title = "You can add location information to your Tweets, such as your city or precise location, " * 3
    arts = sample()[:2]
    page = brief_page(brief([dict(arts[0], title=long_title.strip()), arts[1]], 80), has_store=False)
    card = page[page.index('<li class="source-card"'):]
    card = card[:card.index("</li>")]
    shown = re.sub(r"<[^>]+>", " ", card)  # the card's text (a title attribute may keep the whole line)
    assert long_title.strip() not in shown and "…" in shown and len(flat(shown)) < 250


def test_api_html_page_has_the_coverage_bars():
    """``format=html`` from the API is the site's page, bars by the outlet file included."""
    settings = Settings().replace({"store.outlet_metadata": str(OUTLETS)})
    arts = sample()[:3]
    dicts = [dict(arts[0], source="BBC", url="https://www.bbc.co.uk/news/1"),
             dict(arts[1], source="UPI", url="https://www.upi.com/2"), unnamed(arts[2])]
    with TestClient(create_app(settings=settings)) as c:
        r = c.post("/api/brief", params={"format": "html", "words": 80}, json=dicts)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert 'class="coverage-bars"' in r.text and "Coverage by your outlet file" in r.text


def test_who_lists_each_outlet_once_with_its_articles_numbers():
    from newsbrief.server.views import group_by_outlet

    who = [{"n": 5, "outlet": "Inquirer"}, {"n": 7, "outlet": "NBC"}, {"n": 11, "outlet": "NBC"},
           {"n": 2, "outlet": "unknown outlet"}, {"n": 3, "outlet": "unknown outlet"}]
    assert [(w["ns"], w["outlet"]) for w in group_by_outlet(who)] == [
        ([5], "Inquirer"), ([7, 11], "NBC"), ([2], "unknown outlet"), ([3], "unknown outlet")]


def test_a_streamed_story_page_that_fails_keeps_its_title():
    """When the brief behind the loading notice fails, the reader still sees which story it was (only the
    progress line is hidden) and the error."""
    import asyncio

    from newsbrief.errors import RequestTimeoutError
    from newsbrief.model import Story
    from newsbrief.server.pages import _stream_page, render_page

    story = Story(id="s1", title="Black Caucus to oppose debt deal", article_ids=["a", "b"],
                  outlets=["Source 1", "Source 2"])
    loading = render_page("web_loading.html", story=story, has_store=True, nav="story")

    async def run() -> str:
        failed = asyncio.get_running_loop().create_future()
        failed.set_exception(RequestTimeoutError("request took longer than the 30 s time limit"))
        return "".join([chunk async for chunk in _stream_page(loading, failed)])

    page = asyncio.run(run())
    assert "Black Caucus to oppose debt deal</h1>" in page and "#loading{display:none}" not in page
    assert "#loading .progress{display:none}" in page and 'role="alert"' in page and "time limit" in page


@pytest.mark.slow
def test_disagreement_evidence_says_when_it_was_said(libya_dir):
    """Differing versions carry their evidence's date, so a reader can tell a toll that grew from a dispute;
    the evidence names the article's outlet, not the analysis' "Outlet [2]" label."""
    b = brief([str(libya_dir)], 100, analyze=True)
    page = brief_page(b, has_store=False)
    dated = {a.id: a for a in b.articles if a.date}
    assert dated
    found = re.findall(r'<span class="evidence-date">— <span class="num">(\d+)</span>&nbsp;([^<]+), '
                       r'<time datetime="([\d-]+)">', page)
    assert found
    numbers = {n: a for a, n in ((b.article(i), n) for i, n in b.article_numbers().items())}
    for n, outlet, day in found:
        a = numbers[int(n)]
        assert a.date.isoformat() == day and outlet == a.outlet and "[" not in outlet


# -- read at 1280 and 390 px on stores of sets not tuned on (docs/readability.md, "Pages, fourth pass") --------

QUAKE = [
    {"title": None, "source": None, "date": "2013-07-02",
     "text": "INDONESIA, July 2, 2013\n\nA strong earthquake struck Indonesia's Aceh province on Tuesday, killing at "
             "least five people and injuring dozens, officials said.\n\nRescuers searched collapsed homes in "
             "Bener Meriah district as aftershocks shook the region."},
    {"title": None, "source": None, "date": "2013-07-02",
     "text": "A magnitude 6.1 earthquake hit Aceh province in Indonesia on Tuesday, killing five people and "
             "injuring dozens, the disaster agency said.\n\nHomes collapsed in Bener Meriah and Central Aceh."},
    {"title": "Quake kills five in Indonesia's Aceh", "source": "Associated Press", "date": "2013-07-02",
     "text": "An earthquake struck Indonesia's Aceh province on Tuesday, killing five people and injuring dozens "
             "as homes collapsed, officials said.\n\nThe quake was centred in Bener Meriah district."},
]


def test_unnamed_outlets_are_counted_not_listed_as_source_n(tmp_path):
    """The story list used to read "3 outlets: Source 1, Source 2, Associated Press"; "Source 1" is a label for
    an article whose outlet nothing names, not an outlet."""
    from newsbrief.render.templates import outlet_count, outlet_list

    assert outlet_list(["Source 1", "Source 2"]) == "outlets not named"
    assert outlet_list(["Source 1", "Associated Press", "Source 3"]) == "1 outlet: Associated Press; 2 not named"
    assert outlet_list(["A", "B", "C", "D", "E"]) == "5 outlets: A, B, C, D and 1 more"
    assert outlet_count(["Source 1", "AP"]) == "1 outlet, 1 more not named" and outlet_count(["Source 1"]) == (
        "outlet not named")
    with Store(tmp_path / "s.sqlite3") as store:
        store.add(QUAKE)
        story = max(store.stories(), key=lambda s: s.size)
    assert story.size == 3
    with TestClient(create_app(store_path=tmp_path / "s.sqlite3")) as c:
        listing = flat(c.get("/stories").text)
        page = flat(c.get(f"/stories/{story.id}").text)
        with Store(tmp_path / "s.sqlite3") as store:
            storyline = store.storyline_of(story.id)
        line = flat(c.get(f"/storylines/{storyline.id}").text) if storyline else ""
        digest = flat(c.get("/digest/2013-07-02").text)
    assert "1 outlet: Associated Press; 2 not named" in listing and "Source 1," not in listing
    assert "single outlet" not in listing
    # the finished page counts "1 independent source · 1 outlet · 2 articles name no outlet"; a page streamed
    # behind its loading notice also has the notice's "1 outlet, 2 more not named" (which one depends on timing)
    assert "1 independent source · 1 outlet · 2 articles name no outlet" in page
    assert "3 outlets" not in page and "3 independent sources" not in page
    # who reports a fact, a quote or a date: the unnamed articles by number, never "unknown outlet [2]" as an outlet
    whos = [" ".join(re.sub(r"<[^>]+>", " ", w).replace("&nbsp;", " ").split()) for w in re.findall(r'<span class="who">(.*?)</li>', page)]
    assert whos and not any("unknown outlet" in w for w in whos), whos
    assert any(re.search(r"sources? (\d+ )+(and \d+ more )?\(outlets? not named\)", w) for w in whos), whos
    # on a phone the sources follow the details (one column in page order), not 23 cards before the analysis
    assert page.index('class="story-more"') < page.index('<aside class="sources"')
    assert not line or "Source 1," not in line
    assert "from 1 outlet" in digest  # "Source 1" of one story and "Source 1" of another are no outlet at all


def test_a_date_line_is_no_title_on_a_source_card():
    """ECB+ pages open on "INDONESIA, July 2, 2013" or "3 July 2013 Last updated at 13: 38 GMT": the card
    names the article by its first sentence that says something."""
    arts = [dict(a, title="3 July 2013 Last updated at 13:38 GMT") if i == 1 else a for i, a in enumerate(QUAKE)]
    page = brief_page(brief(arts, 80), has_store=False)
    cards = flat(re.sub(r"<[^>]+>", " ", page[page.index('<ol class="source-cards">'):page.index("</ol>",
                                                           page.index('<ol class="source-cards">'))]))
    assert "INDONESIA, July 2, 2013" not in cards and "Last updated at" not in cards
    assert "A strong earthquake struck Indonesia&#39;s Aceh province" in cards


def test_empty_sections_are_left_out_and_an_article_with_no_text_is_not_shown_as_empty_quotes(tmp_path):
    """A story whose articles hold nothing to analyse used to show five headings each with "(0)" and source
    cards reading “”."""
    crawl = ("Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. "
             "Flowing in every day, these data are added to the Wayback Machine after an embargo period.")
    arts = [{"title": None, "source": None, "text": crawl}, {"title": None, "source": None, "text": crawl + " "}]
    # kept as a story: a store made before the store skipped a page's note, or with ingest.skip_page_notes off
    with Store(tmp_path / "s.sqlite3", settings=Settings().replace({"ingest.skip_page_notes": False})) as store:
        store.add(arts)
        story = max(store.stories(), key=lambda s: s.size)
    with TestClient(create_app(store_path=tmp_path / "s.sqlite3")) as c:
        page = flat(c.get(f"/stories/{story.id}").text)
        listing = flat(c.get("/stories").text)
    assert f'<h1 class="headline">{story.title}</h1>' in page and story.title == "Untitled: no readable text"
    assert "Alexa" not in story.title and "Untitled: no readable text" in listing
    shown = re.sub(r"<style.*?</style>|<[^>]+>", " ", page)
    assert "(0)" not in shown and "(0 " not in shown and "“”" not in shown
    assert "No shared facts, named people or places, quotes or dated events found in these articles." in page
    assert "no readable text" in page


def test_a_stored_story_page_is_headed_by_the_title_the_story_list_shows(tmp_path):
    """wikiref220's Paris attacks (stop 37): the list and the loading notice said "Hollande says Paris attacks 'an act
    of war' by Islamic State", the finished page "Ismaël Omar Mostefaï identified as one of the attackers ..." (its
    100-word brief's headline). A stored story keeps its title on its page; a posted brief keeps its headline."""
    arts = [{"title": "Hollande says Paris attacks were an act of war", "source": "A",
             "text": "French President Francois Hollande said on Saturday the attacks in Paris were an act of war."},
            {"title": "Attacker identified", "source": "B",
             "text": "One of the attackers was identified on Sunday as a 29-year-old French citizen from Paris."}]
    with Store(tmp_path / "s.sqlite3") as store:
        store.add(arts)
        story = max(store.stories(), key=lambda s: s.size)
    b = brief(arts, 80)
    b.headline = "A headline of the brief's own"
    page = flat(brief_page(b, has_store=True, story=story))
    assert f'<h1 class="headline">{story.title}</h1>' in page and story.title != b.headline
    assert '<h1 class="headline">A headline of the brief&#39;s own</h1>' in flat(brief_page(b, has_store=False))


def test_a_source_that_left_out_the_one_shared_fact_reads_as_a_sentence():
    """A page with one shared fact said "BBC did not report 1 of the 1 facts below.": one fact is "the one fact"."""
    import newsbrief
    from newsbrief.server.pages import brief_page

    b = newsbrief.brief([
        {"text": "The Harbor Bridge over the Elm River reopened on Monday after two weeks of repairs, city officials "
                 "said. Traffic was light in the morning.", "source": "AP", "title": "Bridge reopens"},
        {"text": "City officials said the Harbor Bridge over the Elm River reopened Monday after two weeks of repairs. "
                 "Commuters cheered the news.", "source": "Reuters", "title": "Harbor Bridge open again"},
        {"text": "Drivers in the city faced long queues on Monday as the mayor announced a new budget for road works "
                 "across the region.", "source": "BBC", "title": "Mayor's road budget"}], words=50, analyze=True)
    html = brief_page(b, has_store=False)
    assert "BBC did not report the one fact below." in html
    assert "1 of the 1" not in html


def test_a_timeline_of_one_event_is_counted_in_the_singular():
    """Multi-News validation 0040's page said "Timeline (1 dated events)"; the count agrees with its noun."""
    import re

    import newsbrief
    from newsbrief.server.pages import brief_page

    b = newsbrief.brief([
        {"text": "The Harbor Bridge over the Elm River reopened on Monday after two weeks of repairs, city officials "
                 "said. Traffic was light in the morning.", "source": "AP", "title": "Bridge reopens",
         "date": "2024-03-05"},
        {"text": "Commuters cheered as the Harbor Bridge over the Elm River opened again to cars and buses. "
                 "Repairs cost the city a large sum.", "source": "Reuters", "title": "Harbor Bridge open again"}],
        words=50, analyze=True)
    html = brief_page(b, has_store=False)
    count = re.search(r"<summary>Timeline <span class=\"meta\">\(([^)]*)\)</span>", html).group(1)
    assert count == "1 dated event"
