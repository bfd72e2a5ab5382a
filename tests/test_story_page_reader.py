"""The story page read as a reader reads it (stop 39, page22; docs/readability.md "Story page as a reader"): the
coverage grid agrees with the agreement list, long sections show their first rows and "Show N more", figures the
outlets agree on come in a sentence that gives them, one source's quote is not "carried by 1 independent source",
and articles that name no outlet are "source 3", never "unknown outlet [3]"."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from newsbrief.server import views
from newsbrief.server.pages import brief_page

#: BASIL's three events of the 2018-19 shutdown (HuffPost, The New York Times and Fox News, three articles each): the
#: story the store makes of them (stop 39's reading pass, page "basil1").
SHUTDOWN = ("0d10341a", "1e41e98b", "70c75d68")


def flat(html: str) -> str:
    return " ".join(html.split())


def section(page: str, cls: str) -> str:
    """The <details class="cls"> section of the page, nested "Show N more" included."""
    start = page.index(f'<details class="{cls}">')
    depth = 0
    for m in re.finditer(r"<details\b|</details>", page[start:]):
        depth += 1 if m.group() != "</details>" else -1
        if depth == 0:
            return page[start:start + m.end()]
    raise AssertionError(f"{cls} not closed")


def text_of(html: str) -> str:
    """What a reader reads: the markup's text, without the visually hidden words."""
    html = re.sub(r'<span class="visually-hidden">.*?</span>', "", html, flags=re.S)
    return flat(re.sub(r"<[^>]+>", " ", html).replace("&nbsp;", " "))


@pytest.fixture(scope="module")
def shutdown(shared_dir):
    from newsbrief import brief

    with gzip.open(shared_dir / "data" / "basil" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    arts = [r for r in rows if r["cluster"].startswith(SHUTDOWN)]
    assert len(arts) == 9
    return brief(arts, 100, analyze=True)


@pytest.fixture(scope="module")
def unnamed(shared_dir):
    """Multi-News validation cluster 3: two articles, neither names its outlet."""
    from newsbrief import brief

    with gzip.open(shared_dir / "data" / "multinews_sample" / "validation.jsonl.gz", "rt", encoding="utf-8") as fh:
        cluster = next(json.loads(line) for k, line in enumerate(fh) if k == 3)
    return brief(cluster["articles"], 100, analyze=True)


def test_coverage_ticks_a_fact_an_outlets_later_article_reports(shutdown):
    """Main ticked a column only when the outlet's first article reported the fact: "President Donald Trump
    announced Friday a short-term plan ..." was "(0 of 3)" under "4 9 The New York Times, 5 7 Fox News, 6 8
    HuffPost" in the agreement list above it. A shared fact is reported by two sources at least."""
    page = flat(brief_page(shutdown, has_store=False))
    counts = [int(k) for k in re.findall(r'<span class="meta">\((\d) of 3\)</span>', page)]
    assert counts and min(counts) >= 2, counts
    view = views.story_view(shutdown)
    for m in view["coverage"]["missing"]:
        assert m["of"] == len(view["coverage"]["rows"])  # "did not report 5 of the 11 facts below": the 11 shown


def test_coverage_grid_is_left_out_past_its_columns(shutdown, monkeypatch):
    """43 numbered columns and 43 "did not report" lines (WikiRef, ECB+) read as a dump: past
    MAX_COVERAGE_COLUMNS sources the section is left out (the agreement list names who reports each fact)."""
    assert "Coverage: who reported what" in brief_page(shutdown, has_store=False)
    from newsbrief.render import story_page

    monkeypatch.setattr(story_page, "MAX_COVERAGE_COLUMNS", 2)
    page = brief_page(shutdown, has_store=False)
    assert "Coverage: who reported what" not in page and "did not report" not in page


@pytest.mark.parametrize("cls, row, fold", [
    ("timeline-section", "<li>", r'<summary>Show \d+ more</summary><ol class="timeline" start="9">'),
    ("coverage-section", "<tr><td>", r"<summary>Show \d+ more</summary>"),
])
def test_long_sections_show_their_first_rows_then_show_more(shutdown, cls, row, fold):
    """30 dated events, 20 names, 12 quotes or 40 outlets' coverage at once: the opened section shows views.SHOWN
    rows, then "Show N more"."""
    page = brief_page(shutdown, has_store=False)
    part = section(page, cls)
    first = part[:part.index('<details class="show-all">')]
    assert first.count(row) == views.SHOWN
    assert re.search(fold, part)


def test_figures_the_outlets_agree_on_come_in_a_sentence(shutdown):
    """Main: "money (USD): $1.3 billion 2 The New York Times, 7 Fox News; $5.7 billion ..." — a quantity's label and
    bare values. Now each value with a sentence that gives it."""
    page = flat(brief_page(shutdown, has_store=False))
    assert "Figures several outlets give" not in page and "money (USD):" not in page
    items = re.findall(r"<li><strong>(.*?)</strong>: <span class=\"figure-context\">“(.*?)”</span>",
                       section(page, "figures-section"))
    assert items
    for value, sentence in items:
        assert value.split()[0].lower() in sentence.lower(), (value, sentence)


def test_a_quote_of_one_source_is_not_carried_by_one_source(shutdown):
    page = text_of(brief_page(shutdown, has_store=False))
    assert "carried by 1 independent source" not in page
    assert "carried by 2 independent sources" in page
    assert re.search(r"— Chuck Schumer in 1 HuffPost", page)


def test_unnamed_outlets_are_numbered_sources_and_an_empty_agreement_says_so(unnamed):
    """Chips said "unknown outlet [1]" and the source cards "1 unknown outlet [1]"; the agreement section was
    headed "(0 points reported by at least 2 sources)" over "Nothing is reported by most outlets."."""
    html = brief_page(unnamed, has_store=False)
    page = text_of(html)
    assert "unknown outlet" not in html
    assert re.search(r'<span class="chip-outlet">source \d</span>', html)
    assert "(0 points" not in page and "Nothing is reported by most outlets" not in page
    assert "What each outlet alone reports (no point is reported by two sources)" in page
    # the head says "2 articles, sources not named" once; the rows do not repeat "(outlet not named)"
    assert "2 articles, sources not named" in page and "(outlet not named)" not in page


def test_a_sentence_with_two_dates_is_given_once_in_the_timeline(shutdown):
    """"Pelosi, who is expected to return to the House speakership Thursday afternoon ... last year ..." was listed
    whole under 2018 and again under Thu 3 Jan 2019; it is now one row, which names its other date (tl53: one row
    per sentence, under the date of what it reports)."""
    page = brief_page(shutdown, has_store=False)
    timeline = section(page, "timeline-section")
    texts = [text_of(re.sub(r"<time.*?</time>|<span class=\"who\">.*?</span>", "", li, flags=re.S))
             for li in re.findall(r"<li>(.*?)</li>", timeline, flags=re.S)]
    assert len(texts) == len(set(texts)), [t for t in texts if texts.count(t) > 1]
    assert re.search(r"<strong>[^<]+, also [^<]+</strong></time> [^<]*Pelosi, who is expected to return", timeline)


def test_a_page_of_unnamed_sources_numbers_them_without_saying_so_on_every_row(unnamed):
    """"carried by 1 article, source not named: source 1 (outlet not named)" under every quote of a page whose head
    says "2 articles, sources not named"; now "— Heath Harding in source 1"."""
    page = text_of(brief_page(unnamed, has_store=False))
    assert "carried by" not in page and "not named:" not in page
    assert re.search(r"— [A-Z][a-z]+ [A-Z][a-z]+ in source \d ", page)
    html = brief_page(unnamed, has_store=False)
    assert not re.search(r"</span>&nbsp;\s+(did|\(|<)", html)  # no space left after the last number


def test_markdown_and_terminal_views_say_it_the_same_way(shutdown):
    """The view's other formats share the page's wording: "in [2] HuffPost" for one source's quote, and each agreed
    figure in a sentence that gives it ("- $1.3 billion: "Ms. Pelosi and Mr. Schumer said ..."), not "- money (USD):
    $1.3 billion (...); $5.7 billion (...)"."""
    from newsbrief.render.analysis import render_analysis

    md = render_analysis(shutdown, "markdown")
    term = render_analysis(shutdown, "terminal")
    for out in (md, term):
        assert "carried by 1 independent source" not in out and "carried by 2 independent sources" in out
        assert not re.search(r"^(- |\s*)money \(USD\): \$1\.3", out, flags=re.M)  # (the conflict keeps its label)
    assert re.search(r'^- \$1\.3 billion: ".*\$1\.3 billion.*" \(', md, flags=re.M), md
    assert "Figures the outlets agree on" in term and re.search(r"• \$5\.7 billion: “[^”]*\$5\.7\s+billion", term)


def test_a_quote_no_named_outlet_carries_is_in_its_sources():
    """ECB+ (Palin's church, 23 articles, 22 naming no outlet): "— James Steele carried by 3 articles, sources not
    named: sources 5 14 17 (outlets not named)" said "not named" twice; now "— James Steele in sources 5 14 17
    (outlets not named)" (the view's families of articles naming no outlet, as the analysis keys them)."""
    from newsbrief.outlets import UNNAMED_SOURCE_PREFIX
    from newsbrief.render.analysis import carried_by

    assert carried_by({"sources": [5, 14, 17], "families": [f"{UNNAMED_SOURCE_PREFIX}{n}" for n in (5, 14, 17)]}) == "in"
    assert carried_by({"sources": [1, 2], "families": ["HuffPost", "The New York Times"]}).startswith(
        "carried by 2 independent sources")
    assert carried_by({"sources": [2, 3], "families": ["HuffPost"]}) == "in"


def test_the_agreement_count_says_out_of_how_many_sources(shutdown):
    """"(2 points reported by at least 12 sources)" under a head of "1 independent source · 22 articles name no
    outlet" (ECB+, Palin's church): the summary says of how many ("at least 12 of the 23 sources")."""
    page = text_of(brief_page(shutdown, has_store=False))
    assert re.search(r"What the outlets agree on \(\d+ points reported by at least 2 of the 3 sources\)", page)


def test_an_outlets_differing_list_quotes_the_sentences_that_name_it():
    """A version gathered from two sentences quotes both, the one naming what only it gives first in need; a list
    one sentence names in full quotes that sentence alone."""
    from newsbrief.render.story_page import covering_citations

    first = {"text": "Both Russia, which backs Haftar, and Turkey were behind the efforts."}
    second = {"text": "Haftar is also backed by Egypt, Saudi Arabia and Jordan."}
    both = {"items": ["Russia", "Egypt", "Jordan"], "only_here": ["Jordan"], "citations": [first, second]}
    assert covering_citations(both) == [first, second]
    one = {"items": ["Egypt", "Jordan"], "only_here": ["Jordan"], "citations": [first, second]}
    assert covering_citations(one) == [second]
    none = {"items": ["United Arab Emirates"], "only_here": [], "citations": [first, second]}
    assert covering_citations(none) == [first]


@pytest.mark.slow
def test_the_libya_pages_differing_backers_quote_the_sentence_with_them(libya_dir):
    """The BBC's list of Haftar's backers (Russia from one sentence, Egypt, Saudi Arabia and Jordan from another)
    shows under "only here: Saudi Arabia, Jordan" the sentence that names them (stop 57: only the first was quoted)."""
    from newsbrief import brief

    page = flat(brief_page(brief([libya_dir], 100, analyze=True), has_store=False))
    start = page.index("only here:")
    block = page[page.index("Saudi Arabia, Jordan", start):]
    block = block[:block.index("</li>")]
    assert "also backed by Egypt, Saudi Arabia" in block
