"""Blindspots: a single-outlet story is linked to the multi-outlet story on
likely the same event (close centroids, within the date window), never to a
far or distant one. Its precision and recall are measured by bench/blindspot.py."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import scipy.sparse as sp

from newsbrief.model import Story
from newsbrief.server.views import BLINDSPOT_DAYS, blindspots, same_event_candidates

DAY = dt.date(2020, 1, 14)


def story(sid: str, outlets: list[str], day: dt.date | None = DAY) -> Story:
    return Story(id=sid, title=sid, article_ids=[sid + "-a"], outlets=outlets, first_seen=day, last_seen=day)


def unit_rows(*rows: list[float]):
    m = np.array(rows, dtype=float)
    return sp.csr_matrix(m / np.linalg.norm(m, axis=1, keepdims=True))


def test_single_is_linked_to_the_closest_multi_outlet_story():
    single = story("single", ["UPI"])
    near, other = story("near", ["BBC", "DW"]), story("other", ["BBC", "AP"])
    cents = (["single", "near", "other"], unit_rows([1, 1, 0], [1, 0.8, 0.1], [0, 0.1, 1]))
    assert blindspots([single], [near, other], cents, threshold=0.5) == {"single": near}
    assert blindspots([single], [near, other], cents, threshold=0.999) == {}


def test_only_multi_outlet_stories_within_the_window_are_candidates():
    single = story("single", ["UPI"])
    far = story("far", ["BBC", "DW"], DAY + dt.timedelta(days=BLINDSPOT_DAYS + 1))
    close = story("close", ["BBC", "DW"], DAY + dt.timedelta(days=BLINDSPOT_DAYS))
    alone = story("alone", ["AP"])
    assert same_event_candidates([single], [single, far, close, alone], BLINDSPOT_DAYS) == [close]
    cents = (["single", "far"], unit_rows([1, 0], [1, 0]))
    assert blindspots([single], [far], cents, threshold=0.1) == {}  # identical, but a week apart


def test_store_centroids_are_unit_rows(tmp_path, fixtures_dir):
    from newsbrief.store import Store

    rows = [json.loads(line) for line in (fixtures_dir.parent.parent / "examples" / "air-france-447.jsonl")
            .read_text().splitlines() if line.strip()]
    with Store(tmp_path / "s.sqlite3") as store:
        store.add(rows)
        ids = [s.id for s in store.stories()]
        got, C = store.story_centroids(ids + ["no-such-story"])
    assert sorted(got) == sorted(ids)
    norms = np.sqrt(np.asarray(C.multiply(C).sum(axis=1)).ravel())
    assert np.allclose(norms, 1.0)
