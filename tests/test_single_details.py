"""The view's "Only one outlet reports" (``agreement.details``) lists sentences that read on their own: no list item
or line that leans on a heading, no aside in the writer's voice, no sentence that leans on an unshown one (rule and
labels: docs/analysis-labels.md, "Single-outlet details read as a reader (det24)"; bench/single_details.py)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2013, 3, 28)


def _sents(n: int, texts: list[str]):
    from newsbrief.analyze._doc import Sent, Source
    from newsbrief.model import Article, Sentence

    body = " ".join(texts)
    art = Article(id=f"a{n}", raw_text=body, text=body, date=DAY)
    src = Source(n, art, f"outlet{n}", anchor=DAY, anchor_from="article")
    out, at = [], 0
    for i, t in enumerate(texts):
        out.append(Sent(Sentence(art, i, at, at + len(t)), src))
        at += len(t) + 1
    art.sentences = [s.sentence for s in out]
    return src, out


def test_details_leave_out_list_items_asides_and_sentences_that_lean_on_others():
    from newsbrief.analyze.agreement import details

    kept = "The Yangtze at Shashi reached a record 44.68 meters on Thursday, the China Daily said."
    src, sents = _sents(1, [
        "– Company of person related to a member of the board of a bank: From €839,000 loan, €237,000 forgiven",
        "According to the Ethnos newspaper, the following 12 loans were written off:",
        "We are sure the 3 committee members will be as thorough as the Libor investigators.",
        "Of those, 230,000 had already been moved and another 100,000 should be moved out by Friday.",
        "At a 2008 ceremony in front of the war memorial, he praised the 200 veterans in the audience.",
        "The fourth asks whether 12 jurors can be confused about a judge's instructions.",
        "So, the government relies on a series of 3 patches to keep operating.",
        kept,
        "So far, 1,268 people have been killed by the floods in China this year.",
    ])
    got = details(sents, [src], per_outlet=4)
    assert [s.text for s in got[1]] == [kept, "So far, 1,268 people have been killed by the floods in China this year."]


def test_details_leave_out_every_line_of_a_page_in_the_first_person():
    from newsbrief.analyze.agreement import details

    letter, lsents = _sents(1, [
        "Dear friends, on behalf of our board I want to thank you for your generous donation.",
        "We have sent 40,000 dollars in emergency aid to remote districts of Nepal.",
        "Our volunteers will donate their time and travel expenses.",
        "Thanks to all of you who have already given to our fund!",
        "Board member Steve Mock and his wife Jan are headed to Phortse on June 5 with supplies.",
        "Thame is mostly flattened, with 90 percent of the houses there destroyed.",
        "Mike Auldridge, a builder from Bozeman, is headed over to Nepal on May 15.",
        "Parker Webb, who interned at the Khumbu Climbing Center in 2013, will join him.",
    ])
    report, rsents = _sents(2, [
        "The bodies of Alex Lowe and David Bridges were found on Shishapangma on April 27, 1999 climbers said.",
        "Conrad Anker, who survived the 1999 avalanche, married Lowe's widow Jennifer in 2001.",
    ])
    got = details(lsents[4:] + rsents, [letter, report], per_outlet=4)
    assert got[1] == []
    assert [s.text for s in got[2]] == [s.text for s in rsents]


def test_details_leave_out_quotations_whose_speaker_is_not_named():
    from newsbrief.analyze.agreement import details

    src, sents = _sents(1, [
        "“Beyond its symbolic power, it is unclear what impact the new rule will have on the 12 states.”",
        '"In the interview process there were a lot of things that we talked about in 2012," a team official said.',
        "The Senate voted 52-48 on Tuesday to keep the rule, the clerk's office said.",
    ])
    got = details(sents, [src], per_outlet=4)
    assert [s.text for s in got[1]] == ["The Senate voted 52-48 on Tuesday to keep the rule, the clerk's office said."]


def test_details_leave_out_a_stations_line_asking_the_reader_to_come_back():
    from newsbrief.analyze.agreement import details, is_fact

    src, sents = _sents(1, [
        "Stay with WTAE for the latest on this developing story from Pittsburgh.",
        "Stay with tampabay.com for updates on the 3 suspects.",
        "Please make sure you check back for regular updates on the 2 fires.",
        "Officials will check back with the 12 families for more information on Monday.",
    ])
    facts = [s for s in sents if is_fact(s)]
    got = details(facts, [src], per_outlet=4)
    assert [s.text for s in got[1]] == ["Officials will check back with the 12 families for more information on Monday."]


def test_details_leave_out_a_second_story_after_a_second_dateline():
    from newsbrief.analyze.agreement import details

    src, sents = _sents(1, [
        "BOSTON (AP) -- Pheromones released by 3 growers confused the cranberry moths, the researchers said.",
        "Growers in Massachusetts sprayed 40 percent less insecticide in 2005, the Ocean Spray cooperative said.",
        "HAYS, Kan. (AP) -- A smaller wheat crop in northwest Kansas means trouble for 1,200 farmers.",
        "At Garden City, the Johnson Co-op is already full and piling 2 million bushels on the ground.",
    ])
    got = details(sents, [src], per_outlet=4)
    assert [s.index for s in got[1]] == [0, 1]


def test_details_leave_out_a_short_reaction_quote():
    from newsbrief.analyze._doc import Mention
    from newsbrief.analyze.agreement import details

    src, sents = _sents(1, [
        '"It definitely stinks," agreed John Gallacher, a customer for 20 years from West Hartford.',
        '"Fees rose to $1.50 at 518 machines of Fleet," said Mirna Nevas, a customer from Hartford.',
    ])
    for s, name in zip(sents, ("John Gallacher", "Mirna Nevas")):  # named: not "speaker unnamed"
        at = s.text.index(name)
        s.mentions = [Mention(s, at, at + len(name), name, "PERSON")]
    got = details(sents, [src], per_outlet=4)
    assert [s.index for s in got[1]] == [1]


@pytest.mark.slow
@pytest.mark.parametrize("path, cid, gone", [
    # a charity's page in a Multi-News cluster about a climber's body found: "Our immediate response has been ..."
    ("multinews_sample/validation.jsonl.gz", "multinews-validation-sample-0007", ("Our immediate response",)),
    # the same charity's page in the third person ("Board member and KCC Director Steve Mock and his wife Jan are
    # headed over to Phortse"): a letter to its donors, 47 of its 105 sentences in its own "we"
    ("multinews_sample/validation.jsonl.gz", "multinews-validation-sample-0007", ("Board member", "Phortse village",
                                                                                  "With donations", "Although the")),
    # DUC 2006: "One is now sterile because her hormonal balance was disrupted by the steroids"
    ("duc2006/test.jsonl.gz", "D0602B", ("One is now sterile",)),
    # DUC 2006, cranberry pests: an AP digest's second story, after its own dateline (Kansas wheat)
    ("duc2006/test.jsonl.gz", "D0611B", ("HAYS, Kan.", "At Garden City")),
    # WikiRef220's Cyprus articles: a list of written-off loans under a heading the view does not show
    ("wikiref220", "cypriot.financial.crisis", ("– Company", "Of course, the denials")),
])
def test_single_outlet_details_on_real_clusters_read_on_their_own(shared_dir, path, cid, gone):
    import gzip
    import json

    from conftest import load_clusters
    from newsbrief.ingest import ReadReport
    from newsbrief.pipeline import analyze

    if path == "wikiref220":
        with gzip.open(shared_dir / "data/wikiref220/test.jsonl.gz", "rt", encoding="utf-8") as fh:
            articles = [a for a in map(json.loads, fh) if a["cluster"] == cid][:6]
    else:
        articles = next(c for c in load_clusters(shared_dir / "data" / path) if c["id"] == cid)["articles"]
    d = analyze(articles, report=ReadReport()).analysis.to_dict()
    texts = [x["text"] for e in d["agreement"]["single_source"] for x in e["details"]]
    assert texts
    assert not [t for t in texts if t.startswith(gone)], texts


# -- det27: columns, the writer's comment, a pronoun after an interjected connective ----------------------------------


def _page(shared_dir, path: str, cid: str, k: int):
    """Article ``k`` of cluster ``cid`` of ../shared/data/``path``, read, cleaned and segmented, as a view's source."""
    from conftest import load_clusters
    from newsbrief.analyze._doc import Sent, Source
    from newsbrief.pipeline import prepare

    article = next(c for c in load_clusters(shared_dir / "data" / path) if c["id"].endswith(cid))["articles"][k]
    art = prepare([article]).articles[0]
    src = Source(k + 1, art, f"outlet{k + 1}", anchor=DAY, anchor_from="article")
    return src, [Sent(s, src) for s in art.sentences]


@pytest.mark.parametrize("cid, k", [("d116f", 7), ("d113e", 0), ("d125i", None)])
def test_a_signed_column_shows_no_detail(shared_dir, cid, k):
    """DUC 2003's columns (Cox's "Tom Teepen is national correspondent for Cox Newspapers.", the Star-Telegram's
    "(Bill Thompson is a columnist for ...") argue in the third person ("Students in Kansas are left with little to
    learn in biology but the names of plants and animals _ toddler stuff."): none of their lines is a detail; the
    cluster's first report (article 1) is no column and keeps its details."""
    from conftest import load_clusters
    from newsbrief.analyze.agreement import column_page, details

    if k is None:  # (the column's place in the cluster: the article whose text carries the tagline)
        arts = next(c for c in load_clusters(shared_dir / "data/duc2003_task3/test.jsonl.gz")
                    if c["id"].endswith(cid))["articles"]
        k = next(i for i, a in enumerate(arts) if "is a columnist for" in a["text"])
    col, csents = _page(shared_dir, "duc2003_task3/test.jsonl.gz", cid, k)
    rep, rsents = _page(shared_dir, "duc2003_task3/test.jsonl.gz", "d116f", 1)
    assert column_page(col) and not column_page(rep)
    for s in csents + rsents:  # (details rank sentences by their names and figures)
        s.mentions = []
    got = details([s for s in csents + rsents if any(ch.isdigit() for ch in s.text)], [col, rep], per_outlet=4)
    assert got[col.n] == [] and got[rep.n]


@pytest.mark.parametrize("text", [
    # the writer's comment in the third person (DUC 2003 d116f, WikiRef220's Cyprus and Michelle Obama pages)
    "Arguably, it was Ronald Reagan, campaigning for the presidency, who licensed the contemporary activism against "
    "evolution when he told a convention of fundamentalists he doubted evolution is real.",
    "Of course, childhood obesity and access to healthy food are crises almost entirely confined to impoverished "
    "minority communities.",
    # a pronoun after a leading adverbial and a connective set off by commas (DUC 2006 D0610A, BASIL)
    "Within a year, however, they moved them to a private, secular, coed school.",
    "On Wednedsay, though, he said that the rights of domestic partners should be decided by the states.",
])
def test_unreadable_alone_reads_the_writers_comment_and_an_interjected_connective(text):
    from newsbrief.analyze.agreement import unreadable_alone

    assert unreadable_alone(text)


@pytest.mark.parametrize("text", [
    "Within a year, however, the Gjedsteds moved their daughters to a private, secular, coed school.",
    "Clearly marked ballots were counted by hand in 12 districts, officials said.",
])
def test_unreadable_alone_keeps_a_named_subject_after_an_interjected_connective(text):
    from newsbrief.analyze.agreement import unreadable_alone

    assert unreadable_alone(text) is None
