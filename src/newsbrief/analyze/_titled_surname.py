"""The surname in a name written with an honorific, "Mr Millichip", "Mrs. Obama" (issue 11, spk125).

NER often leaves a British dotless "Mr Millichip" untagged; the main-clause subject reader of :mod:`.quotes` then
finds no entity for the whole phrase. The surname alone names the article's person ("FA chairman Bert Millichip"
earlier), whom "he" in the next sentence continues ('Mr Millichip acknowledged the ban was ... and that Uefa ...
would have imposed it anyway. "...," he said': Millichip, not the body NER typed a person in the object clause)."""

from __future__ import annotations

import re

_TITLED_RE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+(?:[A-Z][\w\-'’]+\s+){0,2}"
                        r"(?P<surname>[A-Z][\w\-'’]+)")


def titled_surname(name: str) -> str | None:
    """The last word of ``name`` when an honorific opens it ("Mr Millichip" -> "Millichip"), else None."""
    m = _TITLED_RE.fullmatch(name.strip())
    return m.group("surname") if m else None
