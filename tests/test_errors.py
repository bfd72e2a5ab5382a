"""The error taxonomy: every user-caused failure is a NewsbriefError with a listed code and status."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief
from newsbrief import errors
from newsbrief.errors import InvalidDateError, NewsbriefError, UnknownEngineError, UnknownFormatError, UsageError

REPO = Path(__file__).resolve().parent.parent

#: Code family of each base class (errors.py's docstring).
FAMILIES = {errors.UsageError: "NB0", errors.ConfigError: "NB0", errors.InputError: "NB1", errors.ServerError: "NB5"}


def all_error_classes() -> list[type[NewsbriefError]]:
    """Every NewsbriefError subclass defined anywhere in newsbrief (all modules imported)."""
    for mod in pkgutil.walk_packages(newsbrief.__path__, "newsbrief."):
        if not mod.name.endswith("__main__"):
            importlib.import_module(mod.name)
    found, todo = [], [NewsbriefError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_error_is_listed_with_a_unique_code_and_an_http_status():
    classes = all_error_classes()
    assert len(classes) > 20
    codes = [cls.code for cls in classes]
    assert len(set(codes)) == len(codes), "duplicate codes"
    for cls in classes:
        assert cls.__module__ == "newsbrief.errors", f"{cls.__name__} is not defined in errors.py"
        assert getattr(errors, cls.__name__) is cls
        assert re.fullmatch(r"NB\d{3}", cls.code), cls
        assert 400 <= cls.http_status <= 599, cls
        for base, prefix in FAMILIES.items():
            if issubclass(cls, base):
                assert cls.code.startswith(prefix), f"{cls.__name__} ({cls.code}) is not in the {prefix}xx family"
    assert all(issubclass(cls, UsageError) and cls.http_status == 400
               for cls in (InvalidDateError, UnknownFormatError, UnknownEngineError))


def test_unknown_names_are_usage_errors(tmp_path):
    from newsbrief import brief
    from newsbrief.digest import Digest, render_digest
    from newsbrief.engines.registry import get_engine
    from newsbrief.render import render
    from newsbrief.render.analysis import render_analysis

    with pytest.raises(UnknownEngineError, match="unknown engine 'hadoop'"):
        get_engine("hadoop")
    b = brief(["The council voted on Monday to approve the budget for the harbour bridge repairs.",
               "Officials said the council approved the harbour bridge budget on Monday."], words=20, analyze=True)
    with pytest.raises(UnknownFormatError, match="unknown format 'pdf'"):
        render(b, "pdf")
    with pytest.raises(UnknownFormatError, match="unknown format 'pdf'"):
        render_analysis(b, "pdf")
    with pytest.raises(UnknownFormatError, match="unknown format 'pdf'"):
        render_digest(Digest(date=dt.date(2020, 1, 14), entries=[]), "pdf")


def test_bad_date_in_the_library_is_an_invalid_date(tmp_path):
    from newsbrief.digest import digest
    from newsbrief.store import Store

    with Store(tmp_path / "s.db") as st:
        with pytest.raises(InvalidDateError, match="date: not a date: '14/01/2020'"):
            digest(st, "14/01/2020")
        with pytest.raises(InvalidDateError, match="until: not a date: 'soon'"):
            st.stories(until="soon")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsbrief", *args], capture_output=True, cwd=REPO, timeout=120)


@pytest.mark.parametrize(
    "args, message",
    [
        (["stories", "--since", "yesterday-ish"], "since: not a date: 'yesterday-ish' (use YYYY-MM-DD) [NB003]"),
        (["stories", "--until", "2020-13-01"], "until: not a date: '2020-13-01' (use YYYY-MM-DD) [NB003]"),
        (["digest", "--date", "not-a-day"], "--date: not a date: 'not-a-day' (use YYYY-MM-DD) [NB003]"),
    ],
)
def test_bad_date_on_the_command_line_is_a_usage_error(tmp_path, args, message):
    db = tmp_path / "s.db"
    p = run(*args, "--store", str(db))
    err = p.stderr.decode()
    assert p.returncode == 2, err
    assert f"error: {message}" in err
    assert "Traceback" not in err
    if args[0] == "digest":
        assert not db.exists()  # refused before the store was opened
