"""A dialogue's next turn after a quote (issue 11, spk122): 'She asked, "Dad, how will you feel if you don't win?"
He said, "I'll be fine."' read as one sentence (the segmenter keeps a quote's closing stop and the capitalised words
after it together). The words after the first quote are no attribution of it: a quote closed by its own stop ("?",
"!", ".") and followed by a capitalised subject, a speech verb and a comma or colon right before another opening
mark is a new sentence introducing the next quote ("He said," is the father's line, not the daughter's question).
The first quote keeps the attribution of its own clause, before it ("She asked,").

Only the shape with an opening mark right after the verb's comma or colon is read: '"Are you OK?" he asked.' (lower
case, no next quote) and '"...," he said, "..."' (a comma inside the first quote: the same speaker's split quote)
stay as they were.
"""

from __future__ import annotations

import re

from ._cues import OPENING_QUOTES, SPEECH_VERBS

#: A capitalised subject (a pronoun, or one to three capitalised words), an optional adverb, a speech verb, a comma or
#: colon, then an opening quotation mark (double, curly or the wire's two backquotes).
_NEXT_TURN_RE = re.compile(r"\s+(?:He|She|They|We|I|[A-Z][\w.\-'’]*(?:\s+[A-Z][\w.\-'’]*){0,2})\s+"
                           r"(?:also\s+|then\s+|later\s+|finally\s+)?(?:"
                           + "|".join(sorted(SPEECH_VERBS - {"according"}, key=len, reverse=True))
                           + r")\s*[,:]\s*(?:``|[\"" + re.escape(OPENING_QUOTES) + r"])")


def introduces_next_quote(body: str, quote_end: int, after_lo: int, hi: int) -> bool:
    """Whether the words after a quote (its text ending at ``quote_end``, its closing mark ending at ``after_lo``)
    up to ``hi`` (its sentence's end) open the next turn of a dialogue rather than attribute this quote: the quote
    ends on its own stop and a capitalised subject with a speech verb then opens another quote
    (:data:`_NEXT_TURN_RE`)."""
    return body[quote_end - 1 : quote_end] in ("?", "!", ".") and bool(_NEXT_TURN_RE.match(body, after_lo, hi))
