"""A person shown by an honorific and a surname another person of the story holds in full (issue 11, spk131;
docs/analysis-labels.md "Speakers: a paper, a citation, its "It", a question's own frame, a wife's honorific").

'President Boris Yeltsin's doctors ..., his wife Naina said ... Mrs. Yeltsin told the Argumenty i Fakty weekly ...'
(DUC 2004 d31032t): "Mrs. Yeltsin" is kept apart from Boris Yeltsin (her title's gender), but a person's shown name
drops its titles, so her row and her five quotes read "Yeltsin", which a reader takes for the president. A person
named only by an honorific and a surname ("Mrs. Yeltsin", "Mr. Smith"), never in full, whose surname another person
of the story holds in full keeps the honorific as the text writes it: "Mrs. Yeltsin".
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

#: Honorifics a surname alone may carry in running text (a courtesy title, not a rank or an office).
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Mme", "Madame")
_HONORIFIC_RE = re.compile(r"(?<![\w.])(" + "|".join(HONORIFICS) + r")(\.?)\s+$")


def _written_honorific(e: Any) -> str | None:
    """The honorific the text writes right before (or as the start of) the mentions of ``e``, with its dot as written
    ("Mrs."), the commonest; None when no mention has one."""
    seen: Counter = Counter()
    for m in e.mentions:
        sent = getattr(m, "sent", None)
        if sent is None:
            continue
        words = m.text.split()
        if len(words) >= 2 and words[0].rstrip(".") in HONORIFICS:
            seen[words[0]] += 1
            continue
        h = _HONORIFIC_RE.search(sent.text[max(0, m.start - 10) : m.start])
        if h:
            seen[h.group(1) + h.group(2)] += 1
    return seen.most_common(1)[0][0] if seen else None


def keep_honorifics(entities: list[Any], name_tokens: Any) -> None:
    """Rename, in place, each person entity named by a surname alone whose every written form is that surname, with
    or without an honorific, and at least one with it, when another person entity's full name (two name words or
    more) ends in that surname: the honorific and the surname, as written ("Mrs. Yeltsin")."""
    full: dict[str, int] = Counter()
    for e in entities:
        if e.label == "PERSON" and len(toks := name_tokens(e.name)) >= 2:
            full[toks[-1]] += 1
    for e in entities:
        if e.label != "PERSON" or len(e.name.split()) != 1:
            continue
        surname = name_tokens(e.name)
        if len(surname) != 1 or not full.get(surname[0]):
            continue
        forms = [v.split() for v in e.variants]
        if any(len(f) > 2 or (len(f) == 2 and f[0].rstrip(".") not in HONORIFICS) for f in forms):
            continue
        if not any(len(f) == 2 for f in forms):
            continue
        title = _written_honorific(e)
        if title is not None:
            e.name = f"{title} {e.name}"
