"""bench/figure_meaning.py (issue 11, fig40): figure conflicts by the sentence encoder's meaning instead of shared
words. A negative result (docs/analysis-labels.md, "fig40"): nothing is shipped, so no test here fails on main;
these pin the bench's readings and the finding that makes the encoder no bar."""

from __future__ import annotations

import gzip
import json

import pytest
from conftest import load_bench
from test_analyze_units import _article_sents


def _encoder():
    from newsbrief.config import Settings
    from newsbrief.embed import encoder

    enc = encoder(Settings().citations.model)
    if enc is None:
        pytest.skip("the sentence encoder (citations.model) is not installed: the bench skips too")
    return enc


def _ecb_sentence(shared_dir, cluster: str, start: str) -> str:
    """The line of an ECB+ article of ``cluster`` that begins with ``start`` (each of the lines read here is one
    sentence)."""
    with gzip.open(shared_dir / "data" / "ecbplus" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["cluster"] == cluster:
                for line in row["text"].splitlines():
                    if line.startswith(start):
                        return line
    raise AssertionError(f"{start!r} not in {cluster}")


def test_a_window_is_the_figure_with_whole_words_either_side():
    from newsbrief.analyze.figures import extract

    meaning = load_bench("figure_meaning")
    text = ("The U.S. Geological Survey reported that the quake was centered about 3 miles southwest of Cobb, in a "
            "seismically active area near The Geysers geothermal steamfields.")
    [f] = extract(_article_sents(text))
    # 45 characters either side cut "Geological" and "active"; the window takes both whole
    assert meaning.window(f) == ("Geological Survey reported that the quake was centered about 3 miles southwest of "
                                 "Cobb, in a seismically active area")


def test_the_stage_of_a_candidate_pair_is_where_the_cascade_leaves_it():
    meaning = load_bench("figure_meaning")
    base = {"vetoes": 0.0, "shared_short": 0.0, "placed": 0.0, "aligned": 0.0, "dimension_same": 0.0, "crowded": 0.0}
    assert meaning.stage(base, True) == "flagged"
    assert meaning.stage({**base, "vetoes": 1.0}, False) == "veto"
    assert meaning.stage({**base, "shared_short": 1.0}, False) == "shared"
    # a placed distance, aligned values or one dimension pass the shared-word bar
    assert meaning.stage({**base, "shared_short": 1.0, "placed": 1.0}, False) == "similarity"
    assert meaning.stage({**base, "crowded": 1.0}, False) == "crowded"


def test_the_encoder_rates_one_players_two_games_above_a_labelled_conflict(shared_dir):
    # Why no encoder threshold separates the pairs the shared-word bar stops: it reads what a sentence is about (the
    # story, the player), not which quantity its number counts. ECB+ T31_ecb: Hansbrough's 24 points against the
    # Charleston and his 20 against Evansville, two games (a wrong pair), rate 0.82; T38_ecbplus's labelled conflict,
    # the epicentre "four miles west of Cobb" / "about 3 miles southwest of Cobb", rates 0.77.
    enc = _encoder()
    wrong = [_ecb_sentence(shared_dir, "T31_ecb", "Tyler Hansbrough had 24 points"),
             _ecb_sentence(shared_dir, "T31_ecb", "Tyler Hansbrough scored 20 points to break")]
    right = [_ecb_sentence(shared_dir, "T38_ecbplus", "USGS reports to news that the quake began"),
             _ecb_sentence(shared_dir, "T38_ecbplus", "The U. S. Geological Survey reported that the quake")]
    vw, vr = enc(wrong), enc(right)
    cos_wrong, cos_right = float(vw[0] @ vw[1]), float(vr[0] @ vr[1])
    assert cos_wrong > cos_right > 0.6  # both far above the other sentences of a story, the wrong pair higher


def test_the_bench_skips_without_the_encoder(monkeypatch, capsys, tmp_path):
    # citations.model = "tfidf" or onnxruntime missing: embed.encoder gives None, and the bench says so instead of
    # failing (the view itself never read the encoder for figures: nothing shipped)
    import newsbrief.embed as embed

    meaning = load_bench("figure_meaning")
    monkeypatch.setattr(embed, "encoder", lambda name: None)
    assert meaning.main(["--from", str(tmp_path / "none.pkl")]) == 0
    assert capsys.readouterr().out.startswith("skipped: ")
