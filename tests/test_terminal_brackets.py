"""The terminal view prints article text as written: square brackets are the text's own (an editor's "[their]", a
"[1]" note), never Rich markup to be swallowed. tl53 saw MultiLing M007's "permitting [their] unmuzzled ..." lose
"[their]" in ``newsbrief brief --full``: Rich read the word as a style tag."""

from __future__ import annotations

import re

import newsbrief
from newsbrief.render import to_terminal


def _flat(out: str) -> str:
    return " ".join(re.sub(r"[│╭╮╰╯─┃┏┓┗┛━┡┩└┘┌┐]", " ", out).split())


def test_square_brackets_in_article_text_survive_the_terminal_view():
    texts = [
        ("Wire", "The guards were charged on Monday with permitting [their] unmuzzled dogs to threaten prisoners at "
                 "the prison, prosecutors said. The trial [bold]opens[/bold] in March, officials said."),
        ("Daily", "Prosecutors said on Monday the guards permitted [their] unmuzzled dogs to threaten prisoners at the "
                  "prison. The trial opens in March."),
        ("Post [UK]", "The guards face charges of permitting [their] unmuzzled dogs to threaten prisoners, prosecutors "
                      "said on Monday."),
    ]
    b = newsbrief.brief([{"text": t, "source": s, "title": f"Guards charged [{s.lower()} copy]", "date": "2004-01-15"}
                         for s, t in texts], words=40, analyze=True)
    for full in (False, True):
        out = _flat(to_terminal(b, full=full))
        assert "permitt" in out and "[their] unmuzzled" in out, out
        assert "Post [UK]" in out, out
        assert "[daily copy]" in out, out  # a source's title in the sources table
    full = _flat(to_terminal(b, full=True))
    # every place the sentence is shown (key point, agreed fact, timeline row, coverage grid) keeps the word
    # (a table may wrap the line between "[their]" and "unmuzzled")
    assert full.count("permitt") >= 3 and full.count("permitt") == full.count("[their]"), full
    assert "[bold]opens[/bold]" in full or "[bold]" not in full and "opens" not in full, full
