"""The story store: idempotent, transactional ingest; near-duplicates; schema migration; CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.errors import NotFoundError
from newsbrief.ingest import read_articles
from newsbrief.store import Store


@pytest.fixture()
def libya(libya_dir: Path):
    return read_articles([libya_dir])


def test_ingest_is_idempotent(tmp_path: Path, libya) -> None:
    with Store(tmp_path / "s.db") as st:
        first = st.add(libya)
        again = st.add(read_articles([a.path for a in libya]))
        assert first.ingested == len(libya) == 5
        assert again.ingested == 0 and again.already_stored == 5
        assert len(st) == 5
        assert st.check() == []


def test_store_api_roundtrip(tmp_path: Path, libya) -> None:
    with Store(tmp_path / "s.db") as st:
        st.add(libya)
        stories = st.stories()
        assert len(stories) == 1 and stories[0].size == 5
        sid = stories[0].id
        assert st.story(sid).article_ids == stories[0].article_ids
        arts = st.story_articles(sid)
        assert {a.id for a in arts} == {a.id for a in libya}
        assert {a.raw_text for a in arts} == {a.raw_text for a in libya}
        with pytest.raises(NotFoundError):
            st.story("nope")
