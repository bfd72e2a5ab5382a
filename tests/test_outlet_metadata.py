"""The user's outlet file: read from CSV or TOML, matched by domain or name,
turned into coverage bars and one-side marks; nothing shown without it."""

from __future__ import annotations

import json

import pytest

from newsbrief.errors import ConfigError
from newsbrief.outlet_metadata import load_outlet_metadata


@pytest.fixture(params=["outlets.csv", "outlets.toml"])
def outlets(request, fixtures_dir):
    return load_outlet_metadata(fixtures_dir / request.param)


def test_no_file_no_metadata():
    assert load_outlet_metadata(None) is None and load_outlet_metadata("") is None


def test_matched_by_domain_then_name(outlets):
    assert outlets.lookup("whoever", "https://www.bbc.co.uk/news/world-africa-51103377").name == "BBC"
    assert outlets.lookup("upi", None).lean == "centre"  # names match case-insensitively
    assert outlets.lookup("Fox News", "https://www.foxnews.com/world") is None


def test_coverage_counts_every_source_and_invents_nothing(outlets):
    bars = outlets.coverage([("BBC", None), ("UPI", None), ("Fox News", "https://foxnews.com/a")])
    lean = next(b for b in bars if b["facet"] == "lean")
    assert lean["total"] == 3
    assert {p["value"]: p["count"] for p in lean["parts"]} == {"centre": 2, "not in the outlet file": 1}
    assert outlets.coverage([("Fox News", None), ("unknown outlet", None)]) == []  # no match: no bar at all


def test_one_side_needs_two_rated_outlets_of_one_lean(outlets):
    assert outlets.one_side(["BBC", "UPI"]) == "centre"
    assert outlets.one_side(["BBC"]) is None
    assert outlets.one_side(["BBC", "Fox News"]) is None


def test_bad_file_names_itself(tmp_path):
    bad = tmp_path / "outlets.toml"
    bad.write_text("[[outlet]]\ncountry = 'UK'\n")
    with pytest.raises(ConfigError, match="outlets.toml: outlet 1 has neither a domain nor a name"):
        load_outlet_metadata(bad)
    with pytest.raises(ConfigError, match="missing.csv"):
        load_outlet_metadata(tmp_path / "missing.csv")


def test_setting_from_the_environment(monkeypatch, fixtures_dir):
    from newsbrief.config import Settings

    monkeypatch.setenv("NEWSBRIEF_OUTLETS", str(fixtures_dir / "outlets.csv"))
    assert Settings.load(None).store.outlet_metadata == str(fixtures_dir / "outlets.csv")


@pytest.mark.slow
def test_story_page_and_list_show_coverage_only_with_the_file(tmp_path, fixtures_dir):
    from fastapi.testclient import TestClient

    from newsbrief.config import Settings
    from newsbrief.server import create_app
    from newsbrief.store import Store

    rows = [json.loads(line) for line in (fixtures_dir.parent.parent / "examples" / "air-france-447.jsonl")
            .read_text().splitlines() if line.strip()][:3]
    for row, outlet, url in zip(rows, ["BBC", "UPI", "Fox News"],
                                ["https://www.bbc.co.uk/news/1", "https://upi.com/2", "https://www.foxnews.com/3"]):
        row.update(source=outlet, url=url, date="2009-06-02")
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        store.add(rows)
        story = max(store.stories(), key=lambda s: s.size)
    assert story.size >= 2

    with TestClient(create_app(store_path=path)) as plain:
        page = plain.get(f"/stories/{story.id}?words=40").text
        assert 'class="coverage-bar"' not in page and "Coverage by your outlet file" not in page
    settings = Settings().replace({"store.outlet_metadata": str(fixtures_dir / "outlets.csv")})
    with TestClient(create_app(store_path=path, settings=settings)) as rated:
        page = rated.get(f"/stories/{story.id}?words=40").text
        assert page.count('class="coverage-bar"') == 3  # lean, country, owner
        assert "Coverage by your outlet file" in page and "centre: " in page
        if "Fox News" in story.outlets:
            assert "not in the outlet file: 1" in page
        assert "covered only by" not in rated.get("/stories").text  # Fox News is not rated
    one_side = tmp_path / "one-side.csv"
    one_side.write_text("domain,name,country,owner,lean\n,BBC,,,right\n,UPI,,,right\n,Fox News,,,right\n")
    settings = Settings().replace({"store.outlet_metadata": str(one_side)})
    with TestClient(create_app(store_path=path, settings=settings)) as rated:
        assert len(story.outlets) >= 2
        assert "covered only by right outlets" in rated.get("/stories").text
        assert "covered only by right outlets" in rated.get("/digest/2009-06-02").text
