"""A quote set in a dash parenthesis inside a sentence (issue 11, spk145): 'Sinbad himself has long denied that he
was ever cast as a genie – "Have you noticed ...," he tweeted in September – but that didn't stop the comedian ...'.
The "he" of the aside is the sentence's own subject, named right before the dash's clause, not a person named in an
earlier paragraph (Multi-News validation mn:0088, speakers-read61)."""

from __future__ import annotations

import re

#: The dash opening an aside that begins with a quote mark (an en or em dash, or a spaced hyphen).
_ASIDE_DASH_RE = re.compile(r"(?:[—–]|\s-{1,2}\s)\s*[\"“‘'`]{1,2}\s*\S")
_NAME_WORD = r"[A-Z][\w'’\-.]*"
#: The sentence's subject, a capitalized name of one to four words, then a verb: "Sinbad himself has long denied".
_SUBJECT_RE = re.compile(r"\s*(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3})(?:\s+(himself|herself))?"
                         r"\s+(?:(?:has|had|have|was|is|had|would|will|also|long|since|repeatedly|always|never)\s+){0,3}"
                         r"[a-z]{2,}(?:ed|s)\b")
#: Capitalized words that open a sentence but name no one.
_NOT_NAMES = frozenset("""the a an but and yet so in on at for as if when while after before this that these those it
he she they we i his her their its our my there here then still also meanwhile however although though
""".split())


def spk145_aside_subject(body: str, lo: int, before: int) -> tuple[str, str | None] | None:
    """The name opening the sentence that starts at ``lo``, when ``before`` (a quote or its "he"/"she") lies in a
    dash aside whose first word is a quote mark, and no quote mark comes between the sentence's start and the dash:
    (the name, "he"/"she" when "himself"/"herself" follows it, else None). None otherwise."""
    head = body[lo : before + 3]  # (``before`` may be the quote mark itself)
    dashes = list(_ASIDE_DASH_RE.finditer(head))
    if not dashes:
        return None
    dash = dashes[-1]
    if re.search(r"[\"“”]|``|''", head[: dash.start()]):
        return None
    m = _SUBJECT_RE.match(head, 0, dash.start())
    if m is None or m.group(1).split()[0].lower() in _NOT_NAMES:
        return None
    reflexive = {"himself": "he", "herself": "she"}.get(m.group(2) or "")
    return m.group(1), reflexive
