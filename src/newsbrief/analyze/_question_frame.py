"""A question whose own sentence names its asker before it (issue 11, spk131; docs/analysis-labels.md "Speakers: a
paper, a citation, its "It", a question's own frame, a wife's honorific").

A quote closed by "?" that ends its sentence takes its attribution from the next sentence when a speech verb opens
that one ('"Where did you get the nerve?" Walters wanted to know.'). Not when the question's own sentence already
introduced it ('An-Nahar newspaper quoted ... Rafik Hariri as saying: ... ask: ``Does ...?''', '... quoted Hariri as
asking, ``Does ...?''') and the next sentence's speech verb opens a quote of its own ('An-Nahar's columnist, Sahar
Baasiri, said in a front-page comment: `The mere announcement ...'''): that sentence attributes its own quote, and
the question stays with the speaker named before it (DUC 2004 d30037t, two articles).
"""

from __future__ import annotations

import re

from ._cues import OPENING_QUOTES, SPEECH_VERBS

_SPEECH_WORDS = "|".join(sorted(SPEECH_VERBS - {"according"}, key=len, reverse=True))
#: A speech verb, then (in the same clause: no stop, semicolon or mark between) an opening quotation mark: double,
#: curly, the wire's two backquotes or a lone backquote.
_OWN_QUOTE_RE = re.compile(r"\b(?:" + _SPEECH_WORDS + r")\b(?:(?!``|'')[^.!?;\"“”`\n]){0,80}?[,:]?\s*(?:`|[\""
                           + re.escape(OPENING_QUOTES) + r"])")


def opens_own_quote(text: str) -> bool:
    """Whether the sentence ``text`` holds a speech verb that introduces a quote of its own after it."""
    return _OWN_QUOTE_RE.search(text) is not None
