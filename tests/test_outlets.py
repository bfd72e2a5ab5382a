"""Outlet identity: metadata, URL domain, text; never a file name or an id. Wire families."""

from __future__ import annotations

import re

import pytest

from newsbrief import _patterns
from newsbrief.ingest import NamedInput, article_from_dict, read_articles
from newsbrief.model import UNKNOWN_OUTLET, Article
from newsbrief.outlets import (
    independent_source,
    independent_sources,
    looks_like_identifier,
    news_domains,
    outlet_for_host,
    outlet_from_metadata,
    outlet_from_text,
    outlet_from_url,
    wire_family,
)

BODY = "Officials said the bridge reopened on Monday after two weeks of repairs to its northern span."


def art(text: str = BODY, **meta) -> Article:
    return article_from_dict({"text": text, **meta})


def test_domain_table_is_well_formed():
    table = news_domains()
    assert len(table) > 150
    for domain, name in table.items():
        assert re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", domain), domain
        assert name and name == name.strip() and not looks_like_identifier(name), name


@pytest.mark.parametrize("host,outlet", [
    ("www.bbc.co.uk", "BBC"),
    ("news.bbc.co.uk", "BBC"),
    ("edition.cnn.com", "CNN"),
    ("sports.espn.go.com", "ESPN"),  # the nearest listed parent, not go.com
    ("abcnews.go.com", "ABC News"),
    ("www.mybroadband.co.za", "mybroadband.co.za"),  # unknown: the registrable domain
    ("news.example-gazette.com", "example-gazette.com"),
])
def test_outlet_for_host(host, outlet):
    assert outlet_for_host(host) == outlet


def test_outlet_from_url():
    assert outlet_from_url("https://www.theguardian.com/world/2020/jan/14/libya") == "The Guardian"
    assert outlet_from_url("not a url") is None
    assert outlet_from_url(None) is None


@pytest.mark.parametrize("source,outlet", [
    ("nyt", "The New York Times"),  # an abbreviation spelled out
    ("hpo", "HuffPost"),
    ("www.bbc.co.uk", "BBC"),  # a host name as metadata
    ("Associated Press Worldstream", "Associated Press Worldstream"),  # a name is kept as given
    ("test.jsonl", None),  # file names, hashes and dataset ids are refused
    ("000_9ee825b776147cdb", None),
    ("9ee825b776147cdb", None),
    ("12_1ecbplus", None),
    ("APW19990519.0113", None),
    ("  ", None),
])
def test_outlet_from_metadata(source, outlet):
    assert outlet_from_metadata(source) == outlet


@pytest.mark.parametrize("name", ["9News", "The Times", "facebook", "USA Today", "1010 WINS"])
def test_outlet_names_are_not_identifiers(name):
    assert not looks_like_identifier(name)


@pytest.mark.parametrize("text,outlet", [
    ("Follow The New Arab on Twitter for more.", "The New Arab"),
    ("The deal was revealed by The New Arab's Arabic-language service on Monday.", "The New Arab"),
    ("Media captionBBC Arabic found videos of the fighting", "BBC"),  # a glued caption label
    ("She has resigned, NBC News has learned.", "NBC News"),
    ("Copyright © 2017 NPR. All rights reserved.", "NPR"),
    ("Sign up for Politico Playbook, every morning.", "Politico"),
    ("He told the BBC that the talks had failed.", None),  # citing an outlet is not naming oneself
    ("Image copyright AFP Image caption Police at the scene", None),  # a photo credit
    ("The talks failed, according to Al Arabiya.", None),
])
def test_self_references(text, outlet):
    assert outlet_from_text(f"{BODY}\n\n{text}") == outlet


@pytest.mark.parametrize("text,outlet", [
    ("(CNN) A Detroit man pleaded not guilty on Friday.\n\n" + BODY, "CNN"),  # a byline whose dash was dropped
    ("Tokyo (CNN) Seven sailors are missing.\n\n" + BODY, "CNN"),
    ("Two years ago\n\n(CNN) - The swell of support grew.\n\n" + BODY, "CNN"),
    (BODY + "\n\nThe spirit of America lives on. (AP)\n\nHe was born in Brooklyn.", None),  # a photo credit
    (BODY + "\n\nrichard.winton@example.org\n\nkate.mather@latimes.com", "Los Angeles Times"),  # staff address
    (BODY + "\n\nEmail the author at reader1990@gmail.com", None),  # not a news domain
    (BODY + "\n\nCopyright 2014 WGCL-TV (Meredith Corporation). All rights reserved.", "WGCL-TV"),
    (BODY + "\n\nCopyright 2016 by WDIV ClickOnDetroit - All rights reserved.", "WDIV ClickOnDetroit"),
    (BODY + "\n\nCredit: Copyright Davide Bonadonna. All rights reserved.", None),  # a picture's credit
])
def test_bylines_staff_addresses_and_rights_lines(text, outlet):
    assert outlet_from_text(text) == outlet


def test_every_self_reference_cue_is_used():
    cues = [
        "© 2020 Reuters",
        "Follow Reuters on Twitter",
        "Subscribe to Reuters",
        "Reuters's correspondents said",
        "Reuters has learned",
    ]
    assert len(cues) == len(_patterns.SELF_REFERENCE_CUES)
    for cue in cues:
        assert outlet_from_text(f"{BODY}\n\n{cue}.") == "Reuters", cue


def test_order_metadata_then_url_then_text():
    text = "LONDON (AP) -- " + BODY
    assert art(text, source="Daily Tide", url="https://www.bbc.co.uk/x").source == "Daily Tide"
    assert art(text, url="https://www.bbc.co.uk/x").source == "BBC"
    assert art(text).source == "Associated Press"
    assert art(BODY, source="test.jsonl").source is None


def test_unknown_outlet_is_never_the_file_name():
    arts = read_articles([NamedInput("000_9ee825b776147cdb.txt", f"Bridge reopens\n\n{BODY}".encode())])
    [a] = arts
    assert a.outlet == UNKNOWN_OUTLET and a.source is None
    assert a.path == "000_9ee825b776147cdb.txt"
    assert a.to_dict()["outlet"] == UNKNOWN_OUTLET and a.to_dict()["path"] == a.path
    assert art(BODY, id="12_1ecbplus").outlet == UNKNOWN_OUTLET


def test_sample_outlets_are_named(libya_dir):
    outlets = [a.outlet for a in read_articles([libya_dir])]
    assert outlets == ["The New Arab", UNKNOWN_OUTLET, "DW (AFP, Reuters, dpa, AP)", "UPI", "BBC"]


# --- wire families ---------------------------------------------------------------


@pytest.mark.parametrize("source,text,family", [
    ("Associated Press Worldstream", BODY, "Associated Press"),  # the outlet is the agency
    ("Xinhua News Agency (English)", BODY, "Xinhua"),
    ("Daily Tide", "WASHINGTON (AP) -- " + BODY, "Associated Press"),  # a paper carrying an AP story
    ("Daily Tide", BODY + "\n\nCopyright 2016 The Associated Press. All rights reserved.", "Associated Press"),
    ("Daily Tide", "BEIJING, May 3 (Reuters) - " + BODY, "Reuters"),
    ("Daily Tide", BODY + "\n\nThe Associated Press contributed to this report.", None),  # its own story
    ("Daily Tide", BODY + "\n\nImage copyright AFP", None),  # a photo credit
    ("Daily Tide", "LONDON (CNN) -- " + BODY, None),  # a broadcaster's dateline, not a wire
    (None, BODY, None),
])
def test_wire_family(source, text, family):
    assert wire_family(art(text, source=source)) == family


@pytest.mark.parametrize("agency", sorted(_patterns.WIRE_AGENCIES))
def test_every_wire_agency_names_its_family(agency):
    assert wire_family(art(BODY, source=agency)) == agency
    assert wire_family(art(f"{BODY}\n\nCopyright 2016 {agency}.", source="Daily Tide")) == agency


def test_independent_sources_group_wire_copies():
    ap = [art(f"CITY{i} (AP) -- {BODY} Copy {i}.", source=f"Paper {i}") for i in range(9)]
    own = [art(BODY + " Own.", source="Daily Tide"), art(BODY + " Again.", source="Daily Tide")]
    unknown = [art(BODY + " A."), art(BODY + " B.")]
    groups = independent_sources(ap + own + unknown)
    assert len(groups) == 4  # AP, Daily Tide, and two articles of unknown outlets
    assert len(groups["Associated Press"]) == 9 and len(groups["Daily Tide"]) == 2
    assert independent_source(unknown[0]) != independent_source(unknown[1])


# --- titles ----------------------------------------------------------------------


@pytest.mark.parametrize("title,shown", [
    ("Saturday, August 24, 2013", None),  # a date line is no title
    ("DECEMBER 16, 2008", None),
    ("000_9ee825b776147cdb", None),
    ("ImportanceCoffee drinking and mortality", "Coffee drinking and mortality"),
    ("  Haftar leaves   Moscow talks ", "Haftar leaves Moscow talks"),
    ("Weather", "Weather"),  # a one-word headline stays
])
def test_titles_are_never_dates_or_ids(title, shown):
    assert art(BODY, title=title).title == shown


def test_text_file_title_skips_a_date_line():
    [a] = read_articles([NamedInput("story.txt", f"Saturday, August 24, 2013\nBridge reopens\n\n{BODY}".encode())])
    assert a.title == "Bridge reopens"


# --- an outlet nothing names: a neutral label, counted alike everywhere (issue 10) --------------------------


def test_an_unnamed_outlet_shows_as_not_named(libya_dir):
    """teleSUR's piece names no outlet anywhere (no URL, name, byline, dateline or rights line): its label in the
    data is "unknown outlet" (the only unnamed one); every format shows it alike, "outlet not named" in the source
    list and by its number elsewhere (stop 40: the terminal and Markdown said "unknown outlet" where the web page
    said "outlet not named"); never a file name (kept as ``path``)."""
    import json

    import newsbrief
    from newsbrief.render import render

    b = newsbrief.brief([libya_dir], words=100)
    unnamed = b.articles[1]
    assert unnamed.source is None and unnamed.outlet == UNKNOWN_OUTLET and unnamed.path.endswith(".txt")
    assert b.outlets == ["The New Arab", "unknown outlet", "DW (AFP, Reuters, dpa, AP)", "UPI", "BBC"]
    d = json.loads(render(b, "json"))
    assert d["articles"][1]["source"] is None and d["articles"][1]["outlet"] == "unknown outlet"
    assert d["articles"][1]["path"].endswith(".txt")
    for fmt in ("terminal", "markdown", "html"):
        out = render(b, fmt)
        assert "outlet not named" in out and "unknown outlet" not in out and "Source 2" not in out, fmt
        assert "001_462b3f4d3652751b" not in out, fmt
    assert "source 2 (outlet not named)" in render(b, "html").lower() or not any(
        c.article_id == unnamed.id for s in b.summary for c in s.citations)


def test_several_unnamed_outlets_are_told_apart_by_their_citation_numbers():
    """Two articles nothing names: "unknown outlet [1]" and "unknown outlet [3]", the numbers their citations
    show ("[3]"), as the analysis tells two articles of one outlet apart; a named outlet keeps its name."""
    from newsbrief.model import label_unnamed, outlet_names

    a, b, c = art(), art(BODY + " Traffic resumed.", source="UPI"), art(BODY + " Buses resumed.")
    label_unnamed([a, b, c])
    assert [x.outlet for x in (a, b, c)] == ["unknown outlet [1]", "UPI", "unknown outlet [3]"]
    c.duplicate_of = a.id
    assert outlet_names([a, b, c]) == ["unknown outlet [1]", "UPI"]  # a near-duplicate is no outlet of its own
    label_unnamed([c, a])
    assert (c.outlet, a.outlet) == ("unknown outlet [1]", "unknown outlet [2]")
    label_unnamed([b, a])  # the only unnamed one: no number
    assert (b.outlet, a.outlet) == ("UPI", "unknown outlet")


def test_several_unnamed_outlets_in_every_format():
    import json

    import newsbrief
    from newsbrief.render import render

    b = newsbrief.brief([{"text": "The bridge over the river reopened on Monday after two weeks of repairs, Mayor John "
                                  "Smith said. \"Traffic will resume across the city by the evening rush hour,\" Smith "
                                  "said."},
                         {"text": "Engineers reopened the river bridge on Monday after repairs that took two weeks, said "
                                  "Mayor John Smith. Buses returned to their usual routes across the river."}],
                        words=60, analyze=True)
    assert [a.outlet for a in b.articles] == ["unknown outlet [1]", "unknown outlet [2]"]
    assert [a["outlet"] for a in json.loads(render(b, "json"))["articles"]] == ["unknown outlet [1]",
                                                                              "unknown outlet [2]"]
    for fmt in ("terminal", "markdown", "html"):
        out = render(b, fmt)
        # the data's label is never shown; the articles are "source [2]" ("source 2" on the page) by their number
        assert "unknown outlet" not in out and "outlet not named" in out, fmt
        assert not re.search(r"Source \d(?! \(outlet not named\))", out), fmt  # (a chip's name: its number)


def test_story_list_and_story_page_count_outlets_alike(tmp_path, libya_dir):
    """The story list counted 4 outlets for the Libya sample (named ones only), its page 5."""
    from newsbrief.digest import brief_story
    from newsbrief.store import Store

    with Store(tmp_path / "s.db") as st:
        st.add(read_articles([libya_dir]))
        [story] = st.stories()
        page = brief_story(st, story.id, words=100)
        assert story.outlets == page.outlets and len(story.outlets) == 5
        assert "unknown outlet" in story.outlets


def test_source_cards_show_no_container_or_hash_file_names():
    from newsbrief.render.story_page import _file_name

    def at(path):
        return Article(id="a1", raw_text=BODY, path=path)

    assert _file_name(at("data/test.jsonl.gz")) is None  # a file of many articles names none of them
    assert _file_name(at("samples/000_9ee825b776147cdb.txt")) is None  # a hash
    assert _file_name(at("/home/me/haftar-bbc.txt")) == "haftar-bbc.txt"
    assert _file_name(at(None)) is None  # pasted text


def test_an_aggregator_feed_entry_names_its_own_outlet_and_json_knows_outlet_keys():
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>News Aggregator</title>
      <item><title>Bridge reopens</title><link>https://agg.example.net/r/1</link>
        <source url="https://www.bbc.co.uk/rss">BBC News</source>
        <description>Officials said the bridge reopened on Monday after two weeks of repairs to its span.</description></item>
      <item><title>Lanes approved</title><link>https://agg.example.net/r/2</link>
        <description>The council voted on Tuesday to build protected cycle lanes along the harbour road.</description></item>
    </channel></rss>"""
    first, second = read_articles([NamedInput("agg.rss", feed)])
    assert first.source == "BBC" and second.source == "News Aggregator"  # "BBC News" spelled as the table does
    assert art(BODY, outlet="The Daily Tide").source == "The Daily Tide"
    assert art(BODY, site_name="  ", publisher="Harbour Gazette").source == "Harbour Gazette"
    assert art(BODY, link="https://www.bbc.co.uk/news/x").source == "BBC"
    assert art(BODY, outlet="test.jsonl").source is None  # an identifier is refused whatever its key


def test_view_names_untitled_articles_by_their_opening_and_numbers_each_source_once():
    """DUC 2006's Venezuela topic: the cross-source view listed "[1] Associated Press Worldstream \\[1\\]:
    3b34bf35e0bacb6a" (an untitled article shown by its id, its number said twice) and the sources list opened
    on the wire dateline ("CARACAS, Venezuela (AP) _ A center-left party ...")."""
    import newsbrief
    from newsbrief.render import render

    lead = ("CARACAS, Venezuela (AP) _ A center-left party on Friday endorsed a former coup leader's bid to become "
            "the country's next president, a move that could soften his image.")
    more = "The party's members voted overwhelmingly at their national convention in the capital on Friday."
    arts = [{"text": f"{lead}\n\n{more}", "source": "Associated Press", "date": "1998-06-12"},
            {"text": f"{lead}\n\nThe vote came after a long debate.", "source": "Associated Press", "date": "1998-06-13"},
            {"text": f"A former coup leader won a party's backing on Friday.\n\n{more}", "source": "Reuters",
             "date": "1998-06-12"}]
    b = newsbrief.brief(arts, words=60, analyze=True)
    md = render(b, "markdown")
    view = md[md.index("## Cross-source view"):]
    assert "- [1] Associated Press: A center-left party on Friday endorsed" in view
    assert "\\[1\\]" not in view and b.articles[0].id not in view
    terminal = render(b, "terminal")
    assert "Associated Press [1]" not in terminal and b.articles[0].id not in terminal
    html = render(b, "html")  # the story page's source card: the outlet, then the opening past the dateline
    shown = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "1 Associated Press “A center-left party on Friday endorsed" in shown and b.articles[0].id not in shown


def test_a_web_source_card_names_an_untitled_article_past_its_dateline():
    """BASIL's New York Times article with no title showed on its story page's source card as "WASHINGTON —
    Representative Raúl R. Labrador, ... jumped …": the card opens where the news does, as the brief's list does."""
    from newsbrief.model import Article
    from newsbrief.segment import Segmenter
    from newsbrief.render.story_page import _opening

    text = ("WASHINGTON — Representative Raúl R. Labrador, a Republican of Idaho who has barely served two terms in "
            "Congress, jumped into the race for House majority leader on Friday.\n\nHe spoke to reporters.")
    a = Segmenter.segment_article(Article(id="x", raw_text=text, text=text, title=""))
    assert _opening(a, 120).startswith("Representative Raúl R. Labrador, a Republican of Idaho")
    assert a.display_title.startswith("Representative Raúl R. Labrador")


def test_a_title_that_is_only_a_time_stamp_does_not_name_the_article():
    """ECB+: a blog post titled "8: 24am:" and a BBC page titled "11 November 2011 Last updated at 12: 41 GMT" were
    listed by those titles among a brief's sources."""
    from newsbrief.model import Article
    from newsbrief.segment import Segmenter

    text = "The Red Sox made an offer to Mark Teixeira, according to the Boston Herald.\n\nMore later."
    for stamp in ("8: 24am:", "11 November 2011 Last updated at 12: 41 GMT"):
        a = Segmenter.segment_article(Article(id="x", raw_text=text, text=text, title=stamp))
        assert a.display_title.startswith("The Red Sox made an offer"), stamp
    titled = Segmenter.segment_article(Article(id="y", raw_text=text, text=text, title="Red Sox offer Teixeira $200M"))
    assert titled.display_title == "Red Sox offer Teixeira $200M"
    # untitled, the stamp opening the text (the BBC page of ECB+'s Yida story): the first sentence past it
    stamped = "11 November 2011 Last updated at 12: 41 GMT\n\n" + text
    a = Segmenter.segment_article(Article(id="z", raw_text=stamped, text=stamped))
    assert a.display_title.startswith("The Red Sox made an offer"), a.display_title


def test_an_analysis_section_with_nothing_to_show_says_so():
    """Markdown's "### Figures" stood empty when every figure was one outlet's single count (not listed)."""
    import newsbrief
    from newsbrief.render import render

    b = newsbrief.brief([{"text": "The bridge over the river reopened on Monday after 14 days of repairs, officials said. "
                                  "Traffic resumed across the city by the evening rush hour.", "source": "AP"},
                         {"text": "Engineers reopened the river bridge on Monday after repairs, officials said. Buses "
                                  "returned to their usual routes across the river.", "source": "Reuters"}],
                        words=60, analyze=True)
    md = render(b, "markdown")
    assert re.search(r"### Figures\n\n\S", md), md.split("### Figures")[1][:80]


def test_figures_shown_are_conflicts_and_values_two_sources_give():
    """DUC 2006 and ECB+ views listed every number of a long story lumped by unit ("money (USD): $2; $2.8125; $4.12;
    ..."), each from one outlet: a data dump. Shown: conflicts, and values two independent sources give (two
    articles of a story with one source); the web page, Markdown, terminal and HTML follow one rule."""
    from newsbrief.render.analysis import NO_SHARED_FIGURES, analysis_markdown, figure_rows

    def val(text, *ns):
        return {"text": text, "sources": list(ns), "outlets": [f"o{n}" for n in ns]}

    d = {"sources": [{"n": 1, "label": "AP", "family": "AP"}, {"n": 2, "label": "AP [2]", "family": "AP"},
                     {"n": 3, "label": "NYT", "family": "NYT"}],
         "families": [{"family": "AP", "label": "AP"}, {"family": "NYT", "label": "NYT"}],
         "figures": [{"quantity": "money (USD)", "counts": "money", "conflict": False, "sources": [1, 2, 3],
                      "values": [val("$2", 1, 2), val("$600 million", 1, 3), val("$4.12", 3)]},
                     {"quantity": "killed", "counts": "count", "conflict": True, "kind": "contradiction",
                      "sources": [1, 3], "values": [val("12 killed", 1), val("14 killed", 3)]}]}
    rows = figure_rows(d)
    assert [[v["text"] for v in f["values"]] for f in rows] == [["$600 million"], ["12 killed", "14 killed"]]
    d["figures"][0]["values"][1] = val("$600 million", 1, 2)
    assert [f["quantity"] for f in figure_rows(d)] == ["killed"]
    d["figures"].pop()
    for s in d["sources"]:
        s.update(date="2020-01-14", anchor_date=None, anchor_from=None, article_id=f"a{s['n']}", title="t")
    assert NO_SHARED_FIGURES in analysis_markdown(d)


def test_one_row_per_quantity_with_values_read_as_value_and_unit():
    """Issue 11 (stop 36): ECB+'s Qeshm view read "measure (magnitude): 5.6 magnitude; 5.9 -magnitude; 6.1; 6.4
    Earthquake" (each outlet's words, "5. 9-magnitude" tokenized), and split one quantity over rows. A measure or
    share reads as the value with its unit, its modifier kept; rows of one kind and unit are one row; a conflict
    keeps its own row, first; counts and money read as written."""
    from newsbrief.render.analysis import analysis_html, analysis_markdown, figure_rows

    def val(text, value, unit, *ns):
        return {"text": text, "value": value, "sources": list(ns), "outlets": [f"o{n}" for n in ns],
                "citations": [{"unit": unit}]}

    d = {"sources": [{"n": n, "label": f"o{n}", "family": f"o{n}", "date": "2005-11-27", "anchor_date": None,
                      "anchor_from": None, "article_id": f"a{n}", "title": "t"} for n in (1, 2, 3)],
         "families": [{"family": f"o{n}", "label": f"o{n}"} for n in (1, 2, 3)],
         "figures": [
             {"quantity": "injured", "counts": "injured", "conflict": True, "kind": "contradiction",
              "sources": [1, 2], "values": [val("three people", 3, None, 1), val("five hurt", 5, None, 2)]},
             {"quantity": "measure (magnitude)", "counts": "measure", "conflict": False, "sources": [1, 2, 3],
              "values": [val("5.9 -magnitude", 5.9, "magnitude", 1, 2), val("6.4 Earthquake", 6.4, "magnitude", 2, 3)]},
             {"quantity": "injured", "counts": "injured", "conflict": False, "sources": [1, 2],
              "values": [val("two people", 2, None, 1, 2)]},
             {"quantity": "measure (km)", "counts": "measure", "conflict": False, "sources": [1, 2, 3],
              "values": [val("about 58km", 58, "km", 1, 3), val("500 kilometers", 500, "km", 2, 3)]},
             {"quantity": "percent (%)", "counts": "percent", "conflict": False, "sources": [1, 2],
              "values": [val("40 percent", 40, "%", 1, 2)]},
             {"quantity": "injured", "counts": "injured", "conflict": False, "sources": [2, 3],
              "values": [val("80 wounded", 80, None, 2, 3), val("two people", 2, None, 2, 3)]},
             {"quantity": "measure (m)", "counts": "measure", "conflict": False, "sources": [1, 2],
              "values": [val("330 to 510 feet", 100, "m", 1, 2)]}]}
    rows = figure_rows(d)
    assert [(f["quantity"], [v["text"] for v in f["values"]]) for f in rows] == [
        ("injured", ["three people", "five hurt"]),
        ("measure (magnitude)", ["magnitude 5.9", "magnitude 6.4"]),
        ("injured", ["two people", "80 wounded"]),
        ("measure (km)", ["about 58 km", "500 km"]),
        ("percent (%)", ["40%"]),
        ("measure (m)", ["330 to 510 feet"])]
    assert rows[2]["values"][0]["sources"] == [1, 2, 3]  # one value's outlets pooled
    md = analysis_markdown(d)
    # Markdown lists each agreed value once, readable, on a line of its own (stop 39: with the sentence that gives
    # it when the view has one; these hand-made values have none)
    assert "- two people (o1 [1], o2 [2], o3 [3])\n" in md and "- 80 wounded (o2 [2], o3 [3])\n" in md
    assert md.count("- two people") == 1 and "- magnitude 5.9 (o1 [1], o2 [2])\n" in md
    assert "magnitude 6.4 (o2, o3)" in analysis_html(d)


@pytest.mark.slow
def test_the_qeshm_view_shows_one_row_per_quantity_in_readable_values(shared_dir):
    """ECB+ topic 20 (the Qeshm earthquake): "measure (magnitude): 5.6 magnitude; 5.9 Earthquake; 6.1; 6.4
    -magnitude" and "injured: helicopters: two helicopters" ("two helicopters were evacuating injured") before;
    now every magnitude reads "magnitude N", helicopters are not injured, and no quantity takes two unflagged rows.
    Fig65: the one flagged magnitude row is the 2005 quake's two agencies' readings (Tehran's 5.9, the USGS's 6.1,
    given as such in one sentence), never lumped with the other quake's 5.2 / 5.4 / 5.6 (fig64's reverted rule made
    it "magnitude 5.2; 5.4; 5.6; 5.9; 6.1")."""
    import gzip
    import json

    import newsbrief
    from newsbrief.render.analysis import figure_rows

    with gzip.open(shared_dir / "data" / "ecbplus" / "test.jsonl.gz", "rt") as fh:
        rows = [json.loads(line) for line in fh]
    arts = [r for r in rows if r["cluster"].startswith("T20_") or "Qeshm" in r["text"]]
    b = newsbrief.brief(arts, analyze=True)
    shown = figure_rows(b.analysis.to_dict())
    [mag] = [f for f in shown if f["quantity"] == "measure (magnitude)" and not f["conflict"]]
    assert len(mag["values"]) >= 3 and all(re.fullmatch(r"magnitude \d\.\d", v["text"]) for v in mag["values"])
    flagged = [f for f in shown if f["quantity"] == "measure (magnitude)" and f["conflict"]]
    assert [sorted(v["text"] for v in f["values"]) for f in flagged] in ([], [["magnitude 5.9", "magnitude 6.1"]])
    assert not [f for f in shown if f["counts"] == "injured" and "helicopt" in (f["noun"] or "")]
    keys = [(f["counts"], f["quantity"]) for f in shown if not f["conflict"]]
    assert len(keys) == len(set(keys)), keys
