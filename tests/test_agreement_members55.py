"""Who reports a shared fact (issue 11, agr55): an article published more than a week before the day a fact's
shown sentence tells as its news ("today", "on Wednesday", "June 16") cannot report it
(``agreement._reported_before``). Real sentences of DUC 2003 d119g (skipped when ../shared is absent) and made-up
counter-cases."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import numpy as np

from newsbrief.analyze.agreement import _news_day, _stating_members


def _sent(n: int, text: str, day: dt.date | None, anchor_from: str = "article"):
    from newsbrief.analyze._doc import Sent, Source
    from newsbrief.model import Article, Sentence

    art = Article(id=f"a{n}", raw_text=text, text=text, date=day, source=f"outlet{n}")
    return Sent(Sentence(art, 0, 0, len(text)), Source(n, art, f"outlet{n}", anchor=day, anchor_from=anchor_from))


def _same_vector(texts):
    """A stand-in for the sentence model that puts every sentence at cosine 1 to every other: only the rule under
    test can drop a member."""
    return np.ones((len(texts), 4), dtype=np.float32) / 2.0


def _kept(sents) -> list[int]:
    """The outlets whose sentences ``_stating_members`` keeps in one fact other than the main event."""
    groups, _, _ = _stating_members([list(range(len(sents)))], [0], None, sents, _same_vector, 0.55)
    return [sents[m].source.n for m in groups[0]] if groups else []


def _d119g(shared_dir, n: int, opening: str) -> tuple[str, dt.date]:
    with gzip.open(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        arts = next(c for c in map(json.loads, fh) if c["id"].endswith("d119g"))["articles"]
    text = " ".join(arts[n]["text"].split())
    k = text.index(opening)
    return text[k:text.index(". ", k) + 1], dt.date.fromisoformat(arts[n]["date"][:10])


def test_an_article_published_before_the_meeting_or_the_signing_does_not_report_it(shared_dir):
    """DUC 2003 d119g (rd54's reading): "Prime Minister Sheikh Hasina met with her Indian counterpart Atal Bihari
    Vajpayee in New Delhi June 16." (AP, 28 June 1998) listed Xinhua's December 1996 sentence on the treaty Deve
    Gowda signed as reporting it, and "Bangladesh and India today signed ... a long-cherished Ganges water-sharing
    accord" (12 December 1996) listed Xinhua's April 1996 article on the dispute."""
    met, met_day = _d119g(shared_dir, 0, "Prime Minister Sheikh Hasina met with")
    talks, talks_day = _d119g(shared_dir, 7, "NEW DELHI, June 16 (Xinhua) -- Indian Prime Minister")
    treaty, treaty_day = _d119g(shared_dir, 4, "The treaty, valid for 30 years")
    assert _kept([_sent(1, met, met_day), _sent(2, treaty, treaty_day), _sent(3, talks, talks_day)]) == [1, 3]
    signed, signed_day = _d119g(shared_dir, 3, "DHAKA, December 12 (Xinhua) -- Bangladesh and India today signed")
    dispute, dispute_day = _d119g(shared_dir, 1, "NEW DELHI, April 18 (Xinhua) -- The dispute")
    clinched, clinched_day = _d119g(shared_dir, 4, "NEW DELHI, December 12 (Xinhua) -- India and Bangladesh")
    assert _kept([_sent(1, signed, signed_day), _sent(2, dispute, dispute_day),
                  _sent(3, clinched, clinched_day)]) == [1, 3]


def test_a_fact_told_without_its_day_or_an_undated_article_keeps_earlier_members():
    """Counter-cases: a shown sentence naming no day of its own news (background, "in December 1996", a month and
    day with its year) keeps an earlier article; an undated member, or a date read in the text, is no evidence."""
    early = dt.date(1996, 12, 12)
    late = dt.date(1998, 6, 28)
    for shown in ("The Ganges treaty was signed by the two prime ministers in December 1996.",
                  "The Ganges treaty was signed by the two prime ministers on Dec. 12, 1996.",
                  "The Ganges treaty has removed a major irritant between the two neighbours."):
        assert _news_day(_sent(1, shown, late)) is None
        assert _kept([_sent(1, shown, late), _sent(2, "The two prime ministers signed the Ganges treaty.", early)]
                     ) == [1, 2]
    today = "The two prime ministers today signed the Ganges treaty."
    assert _kept([_sent(1, today, late), _sent(2, today, None)]) == [1, 2]
    assert _kept([_sent(1, today, late), _sent(2, today, early, "text")]) == [1, 2]
    assert _kept([_sent(1, today, late), _sent(2, today, late - dt.timedelta(days=5))]) == [1, 2]
    assert _kept([_sent(1, today, late), _sent(2, today, early)]) == []


def test_a_month_and_day_is_the_last_such_day_before_the_article():
    """"June 16" in an article of 28 June 1998 is 16 June 1998; "December 30" in one of 2 January 1999 is 30
    December 1998; "yesterday" or "on Wednesday" is within the week before the article's date."""
    assert _news_day(_sent(1, "They met in New Delhi June 16.", dt.date(1998, 6, 28))) == dt.date(1998, 6, 16)
    assert _news_day(_sent(1, "They met on December 30.", dt.date(1999, 1, 2))) == dt.date(1998, 12, 30)
    assert _news_day(_sent(1, "They met on Wednesday.", dt.date(1999, 1, 8))) == dt.date(1999, 1, 1)


def _sent_of(n: int, text: str, day: dt.date | None, outlet: str):
    from newsbrief.analyze._doc import Sent, Source
    from newsbrief.model import Article, Sentence

    art = Article(id=f"a{n}", raw_text=text, text=text, date=day, source=outlet)
    return Sent(Sentence(art, 0, 0, len(text)), Source(n, art, outlet, anchor=day, anchor_from="article"))


def test_the_main_event_is_shown_from_its_first_reports_days(shared_dir):
    """ECB+ T22 (rd54's reading): the Kraft plant shooting, reported on 10 September 2010 by most outlets, was shown
    by the Philadelphia CBS station's 7 December lead, "The woman who allegedly shot and killed two co-workers in
    September ... will face trial ...", with HuffPost's September article counted as reporting it. The event is
    shown from an article of its first reports' days; a page title line is not shown."""
    from newsbrief.analyze.agreement import _shown_from_its_days

    with gzip.open(shared_dir / "data" / "ecbplus" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [a for a in map(json.loads, fh) if a["cluster"] == "T22_ecbplus"]

    def lead(k: int, opening: str) -> str:
        text = " ".join(rows[k]["text"].split())
        at = text.index(opening)
        return text[at:text.index(". ", at) + 1]

    trial = lead(10, "The woman who allegedly shot and killed two co-workers in September")
    charged = lead(7, "The woman who allegedly shot three co-workers")
    police = lead(12, "Police say two people have been killed")
    sept, dec = dt.date(2010, 9, 10), dt.date(2010, 12, 7)
    cands = [_sent_of(1, trial, dec, "cbslocal.com"), _sent_of(2, "Kraft Shooting: Yvonne Hiller Charged", sept,
                                                                "huffingtonpost.com"),
             _sent_of(3, charged, sept, "barenakedislam.com"), _sent_of(4, police, sept, "xcbslocal.com")]
    assert _shown_from_its_days([0, 1, 2, 3], {0, 1, 2, 3}, cands) == [2, 0, 1, 3]
    # counter-cases: a centre of the first reports' days stays; so does one when no two outlets' leads are dated
    # within a week of each other (no first report to go by)
    assert _shown_from_its_days([2, 0, 1, 3], {0, 1, 2, 3}, cands) == [2, 0, 1, 3]
    lone = [cands[0], _sent_of(2, charged, sept, "barenakedislam.com")]
    assert _shown_from_its_days([0, 1], {0, 1}, lone) == [0, 1]
