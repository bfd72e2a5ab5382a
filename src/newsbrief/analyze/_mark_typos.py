"""Quote marks a page set wrongly that still open a quote (issue 11, spk135)."""

from __future__ import annotations

import re

#: a closing double mark later in the paragraph (curly, straight or wire copy's two apostrophes)
_LATER_CLOSE_RE = re.compile(r"[”\"]|''")


def closing_mark_opens_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the closing curly mark ``text[start:end]`` (a paragraph's text) opens a quote: it is the paragraph's
    first character but spaces, a word follows it with no space ('”The only thing that gives me hope ...," said
    Jepson.'), and a closing mark follows later in the paragraph. A closing mark in that place closes nothing (no
    quote is open when a paragraph starts with none carried on): a page's typo for the opening mark."""
    return (not text[:start].strip() and bool(re.match(r"[A-Z0-9‘']", text[end : end + 1]))
            and _LATER_CLOSE_RE.search(text, end) is not None)
