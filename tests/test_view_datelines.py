"""The cross-source view shows its facts as a reader reads them: past a wire dateline, and naming who "he" is.
DUC 2006 D0616G's Xinhua copies open on "MOSCOW, October 19 (Xinhua) -- Russian federal troops ...", and that
dateline was shown at the head of a "Reported by one source only, in several of its articles" item."""

from __future__ import annotations

import gzip
import json

import pytest

from newsbrief._patterns import DATELINE_PREFIX_RE
from newsbrief.analyze import Analyzer
from newsbrief.config import Settings
from newsbrief.ingest import article_from_dict
from newsbrief.pipeline import prepare

pytestmark = pytest.mark.slow  # spaCy loads (~4 s)


def test_agreement_items_and_details_are_shown_past_their_datelines(shared_dir):
    path = shared_dir / "data" / "duc2006" / "test.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        cluster = next(c for c in map(json.loads, fh) if c["id"] == "D0616G")
    xinhua = [a for a in cluster["articles"] if "Xinhua" in (a.get("source") or "")]
    assert len(xinhua) >= 10, "the cluster's Xinhua copies"
    settings = Settings()
    view = Analyzer(settings)(prepare([article_from_dict(a) for a in xinhua], settings)).analysis.to_dict()
    ag = view["agreement"]
    texts = [u["text"] for k in ("consensus", "shared", "single_family") for u in ag[k]]
    texts += [d["text"] for s in ag["single_source"] for d in s["details"]]
    assert any("Russian federal troops" in t for t in texts)
    assert texts and not [t for t in texts if DATELINE_PREFIX_RE.match(t)], texts


def test_an_item_says_who_he_is_when_its_quote_has_a_speaker(shared_dir):
    """DUC 2006 D0634G: '"Salmon are a totem of this part of the world," he said.' was an item of the view with no
    one named; the quote analysis gives the speaker (David Anderson), so the item names him. A pronoun inside a
    quotation is the speaker's own and stays."""
    from newsbrief.analyze import _speaker_named

    path = shared_dir / "data" / "duc2006" / "test.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        cluster = next(c for c in map(json.loads, fh) if c["id"] == "D0634G")
    settings = Settings()
    articles = [article_from_dict(a) for a in cluster["articles"]]
    view = Analyzer(settings)(prepare(articles, settings)).analysis.to_dict()
    items = [u["text"] for k in ("consensus", "shared", "single_family") for u in view["agreement"][k]]
    items += [d["text"] for s in view["agreement"]["single_source"] for d in s["details"]]
    totem = [t for t in items if "totem of this part" in t]
    assert totem and all("Anderson said" in t for t in totem), totem
    inside = 'Marc Biver declared: "Vino denies any blood manipulation. He says there may be anomalies."'
    assert _speaker_named(inside, "Marc Biver") == inside
