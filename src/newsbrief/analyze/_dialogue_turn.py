"""A dialogue's next turn after a quote (issue 11, spk122): 'She asked, "Dad, how will you feel if you don't win?"
He said, "I'll be fine."' read as one sentence (the segmenter keeps a quote's closing stop and the capitalised words
after it together). The words after the first quote are no attribution of it: a quote closed by its own stop ("?",
"!", ".") and followed by a capitalised subject, a speech verb and a comma or colon right before another opening
mark is a new sentence introducing the next quote ("He said," is the father's line, not the daughter's question).
The first quote keeps the attribution of its own clause, before it ("She asked,").

Only the shape with an opening mark right after the verb's comma or colon is read: '"Are you OK?" he asked.' (lower
case, no next quote) and '"...," he said, "..."' (a comma inside the first quote: the same speaker's split quote)
stay as they were.

spk130 (docs/analysis-labels.md "Speakers: where one attribution ends and the next begins"): the clause that opens
the next quote need not be "Subject verb,": any capitalised clause holding a speech verb and ending in a comma or
colon right before the next opening mark introduces that quote ("... like I am.'' Paul O'Neill echoed the sentiments
of many Yankees by saying, ``Everything ...''": the first quote is not O'Neill's); the next quote must not open in
lower case ('"..." Jane Doe said, "and then ..."' may be one speaker's split sentence). And a capitalised clause
whose speech verb has an object clause of its own ('``...?'' Salmon said his refusal to support Gingrich was based
on ...'; "Torre recalled being the underdog in 1996") is reported speech of its own, no attribution of a quote closed
by its own stop before it (:func:`reports_own_clause`).
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


_SPEECH_WORDS = "|".join(sorted(SPEECH_VERBS - {"according"}, key=len, reverse=True))
#: A character of a clause between two quotes: no stop but the sentence's (an abbreviation's is inside it), no
#: semicolon, line break or quotation mark (a wire's two backquotes or two apostrophes; one apostrophe is a name's,
#: "O'Neill").
_CLAUSE_CHAR = r"(?:(?!``|'')[^!?;\"“”\n])"
#: Any capitalised clause with a speech verb in it, ending in a comma or colon right before an opening mark whose
#: quote does not open in lower case ("Paul O'Neill echoed the sentiments of many Yankees by saying, ``Everything";
#: spk130).
_NEXT_QUOTE_CLAUSE_RE = re.compile(r"\s+[A-Z]" + _CLAUSE_CHAR + r"{0,160}?\b(?:" + _SPEECH_WORDS + r")\b"
                                   + _CLAUSE_CHAR + r"{0,80}?[,:]\s*(?:``|[\"" + re.escape(OPENING_QUOTES)
                                   + r"])(?!\s*[a-z])")


def introduces_next_quote(body: str, quote_end: int, after_lo: int, hi: int) -> bool:
    """Whether the words after a quote (its text ending at ``quote_end``, its closing mark ending at ``after_lo``)
    up to ``hi`` (its sentence's end) open the next turn of a dialogue rather than attribute this quote: the quote
    ends on its own stop and a capitalised subject with a speech verb then opens another quote
    (:data:`_NEXT_TURN_RE`), or any capitalised clause with a speech verb in it does, the next quote not opening
    in lower case (:data:`_NEXT_QUOTE_CLAUSE_RE`, spk130)."""
    return body[quote_end - 1 : quote_end] in ("?", "!", ".") and bool(
        _NEXT_TURN_RE.match(body, after_lo, hi) or _NEXT_QUOTE_CLAUSE_RE.match(body, after_lo, hi))


#: Prepositions and nouns ending in "-ing" that open no clause after a speech verb ("said during the hearing").
_NOT_GERUNDS = ("during", "according", "including", "regarding", "concerning", "following", "morning", "evening",
                "meeting", "briefing", "hearing", "building", "spring", "nothing", "something", "anything",
                "everything")
#: A finite verb or auxiliary that closes a reported clause's subject ("his refusal ... was based").
_FINITE = (r"(?:was|were|is|are|had|has|have|would|will|could|should|did|does|do|can|may|might|must|wanted|wants|"
           r"felt|feels|thought|thinks|knew|knows|believed|believes)")
#: The object clause of a speech verb: an optional listener (a pronoun, "reporters", a capitalised name or "the
#: Times"), then "that", a wh-word, a gerund ("recalled being the underdog"), or a subject of up to eight words and a
#: finite verb ("said his refusal to support Gingrich no matter what was based").
_OWN_CLAUSE_RE = re.compile(r"\s+(?:(?:me|him|her|us|them|reporters|(?:the\s+)?[A-Z][\w.\-'’]*"
                            r"(?:\s+[A-Z][\w.\-'’]*){0,3})\s+)?(?:that\b|(?:how|why|what|whether|when|where)\s|"
                            r"(?!(?:" + "|".join(_NOT_GERUNDS) + r")\b)[a-z]{2,}ing\b|(?:he|she|they|it|we|I|there|"
                            r"his|her|their|its|the|a|an|this|that|these|those|some|many|most|no|[A-Z][\w.\-'’]*)"
                            r"\s+(?:[\w\-'’]+\s+){0,8}?"
                            + _FINITE + r"\b)")


def reports_own_clause(body: str, quote_end: int, after_lo: int, verb_start: int, verb_end: int) -> bool:
    """Whether the clause after a quote closed by its own stop (its text ending at ``quote_end``, its closing mark
    at ``after_lo``), capitalised and holding the speech verb ``body[verb_start:verb_end]``, reports speech of its
    own rather than attributing this quote: the verb has an object clause (:data:`_OWN_CLAUSE_RE`: '``...?''
    Salmon said his refusal to support Gingrich ... was based on ...'; "Torre recalled being the underdog"). A verb
    with no object ('"...?" Walters asked.', '"..." Obama wrote in a letter delivered Tuesday') attributes it."""
    return (body[quote_end - 1 : quote_end] in ("?", "!", ".")
            and bool(re.match(r"\s*[A-Z]", body[after_lo:verb_start]))
            and bool(_OWN_CLAUSE_RE.match(body, verb_end)))
