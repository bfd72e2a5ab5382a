"""Page furniture between a speaker and the quote (issue 11, spk117): lines a web page puts into the story's text
that are no one's sentence, so they never supply a speaker.

- A video's title line: a line of its own ending in the video's running time ("Families told all lives are lost
  02:51"), or the same line again without it (CNN's pages print each title twice, bare and stamped). "she" after
  such lines is the person named before them, not a caption's subject ('Families told ...').
- A wire credit after a quote: '"..." - AFP' signs the story's source, not the quote's speaker.
"""

from __future__ import annotations

import re

from .._patterns import WIRE_AGENCIES

#: A video's running time at a line's end ("... lost 02:51", "1:02:05"), after a word that is no preposition (not
#: "The meeting starts at 10:30").
_RUNNING_TIME_RE = re.compile(r"(?<![\w:])(?<!\bat )(?<!\bby )(?<!\buntil )(?<!\bfrom )(?<!\bto )"
                              r"\d{1,2}:\d{2}(?::\d{2})?[ \t]*$")
#: Longest video title read (words).
_TITLE_WORDS = 16
#: A wire agency's name alone (the family names and spellings of :data:`~newsbrief._patterns.WIRE_AGENCIES`).
_WIRE_CREDIT_RE = re.compile(r"(?:the\s+)?(?:" + "|".join(WIRE_AGENCIES.values()) + r")", re.I)


def _line(body: str, lo: int, hi: int) -> str | None:
    """The text of the line holding ``body[lo:hi]`` when that span is the whole line (blank around it), else None."""
    a, b = body.rfind("\n", 0, lo) + 1, body.find("\n", hi)
    b = len(body) if b < 0 else b
    if body[a:lo].strip() or body[hi:b].strip():
        return None
    return body[a:b].strip()


def is_video_title_line(body: str, lo: int, hi: int) -> bool:
    """Whether ``body[lo:hi]`` is a whole line that is a video's title: short, no quote mark, and either ending in
    a running time or printed again elsewhere in ``body`` with a running time after it."""
    line = _line(body, lo, hi)
    if not line or len(line.split()) > _TITLE_WORDS or re.search(r"[\"“”]", line):
        return False
    if _RUNNING_TIME_RE.search(line):
        return True
    return re.search(r"(?m)^[ \t]*" + re.escape(line) + r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*$", body) is not None


def is_wire_credit(name: str) -> bool:
    """Whether ``name`` (a signature after a quote, '"..." - AFP') is a wire agency crediting the story."""
    return _WIRE_CREDIT_RE.fullmatch(name.strip()) is not None
