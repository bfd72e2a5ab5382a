"""Quote marks a page set wrongly that still open a quote (issue 11, spk135)."""

from __future__ import annotations

import re

#: a closing double mark later in the paragraph (curly, straight or wire copy's two apostrophes)
_LATER_CLOSE_RE = re.compile(r"[”\"]|''")


def closing_mark_opens_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the closing curly mark ``text[start:end]`` (in a paragraph's text, no quote open) opens a quote: it
    opens the paragraph or a sentence (spaces only after ". ", "? ", "! "), a capital follows it with no space
    ('... from major PCB sources. ”The only thing that gives me hope ...," said Jepson.'), and a closing mark follows
    later in the paragraph. A closing mark there closes nothing: a page's typo for the opening mark."""
    return (bool(re.fullmatch(r"\s*|.*[.!?]\s+", text[:start], re.S)) and bool(re.match(r"[A-Z0-9‘']", text[end : end + 1]))
            and _LATER_CLOSE_RE.search(text, end) is not None)
