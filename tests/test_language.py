"""The English check: short texts (snippets, tweets, headlines) pass or fail
on evidence they actually carry; long texts also need English function words."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsbrief.config import Settings
from newsbrief.errors import UnsupportedLanguageError
from newsbrief.ingest import article_from_dict
from newsbrief.language import not_english_reason


def reason(text: str) -> str | None:
    s = Settings().ingest
    return not_english_reason(text, s.min_english_ratio, s.language_check_min_words)


@pytest.mark.parametrize("text", [
    # stop-word-stripped snippet (lower-cased, no function words at all)
    "bayern munich face arsenal champion league draw monday coach praise squad depth injury concern remains",
    "Flooding forces thousands from homes in Queensland #qldfloods http://t.co/abc123",
    "RT @newsdesk: Magnitude 7.4 earthquake hits Guatemala, tsunami warning issued",
    "Los Angeles airport shooting: TSA agent killed, gunman in custody",
    "UN launches fresh Philippines typhoon aid appeal",
])
def test_short_english_passes(text: str) -> None:
    assert reason(text) is None


@pytest.mark.parametrize("text", [
    "Terremoto de 7.4 en Guatemala, hay muertos y daños en las casas",
    "Non usate i cellulari se non per emergenze reali, la rete è sovraccarica #terremoto",
    "Sismo de magnitude 6 atinge o norte do país, não há vítimas",
    "Землетрясение магнитудой 7,4 произошло в Гватемале",
    "危地马拉发生7.4级地震，造成多人死亡",
    # a long text in a language without listed function words: the ratio check refuses it
    ("Trzęsienie ziemi o sile siedmiu stopni nawiedziło wczoraj wieczorem zachodnią część kraju. Ratownicy "
     "przeszukują zawalone budynki, szpitale przyjmują rannych, władze ogłosiły żałobę narodową. " * 3),
])
def test_non_english_is_refused(text: str) -> None:
    assert reason(text) is not None
    with pytest.raises(UnsupportedLanguageError, match="only English is supported"):
        article_from_dict({"text": text})


def test_english_snippets_and_tweets_of_the_shared_sets_pass(shared_dir: Path) -> None:
    """>= 99% of the English short texts of every short-text set are read
    (googlenews_ts is stop-word-stripped; crisislext26's language is langid's guess)."""
    for name in ("googlenews_ts", "trec_microblog_tweet89", "crisislext26"):
        with gzip.open(shared_dir / "data" / name / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
            texts = [d["text"] for d in map(json.loads, fh) if d.get("lang", "en") == "en"]
        passed = sum(reason(t) is None for t in texts) / len(texts)
        assert passed >= 0.99, (name, passed)
