"""The cross-source view shows its facts as a reader reads them: past a wire dateline. DUC 2006 D0616G's Xinhua
copies open on "MOSCOW, October 19 (Xinhua) -- Russian federal troops ...", and that dateline was shown at the head
of a "Reported by one source only, in several of its articles" item."""

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
