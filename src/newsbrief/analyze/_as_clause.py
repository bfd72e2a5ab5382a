"""A speaker named in an "as"-clause right after a quote inside narration (issue 11, spk125; docs/analysis-labels.md
"Speakers: ... an as-clause after the quote").

'... a shambolic Swansea whose routine was "to train and then go over to Tesco for an all-day breakfast" – as their
defender Alan Tate remembered his arrival as manager yesterday – was not ...': the clause set off by a dash, a comma
or a parenthesis right after the closing mark, "as" then a name, perhaps after a possessive and up to three
describing words ("their defender", "the club's former captain"), then a verb of telling or remembering, gives the
quote's speaker: the name past the descriptor, not a body the sentence names before the quote.

A comparative "as"-clause after a main clause ('Samaranch denied that he ``muzzled'' Hodler, as the Swiss official
claimed earlier Sunday.') tells whose claim the main clause answers; the sentence's actor, whom a later "he said"
continues, is the main clause's subject (:func:`comparative_as`; spk132, blind-speakers77)."""

from __future__ import annotations

import re

#: The clause: group "name", capitalized words (a person's name), before the verb.
_AS_CLAUSE_AFTER_RE = re.compile(
    r",?[\"”’]?\s*(?:[–—,(]\s*(?:-\s*)?)?as\s+(?:(?:their|his|her|its|our|the|[A-Z][\w\-]*['’]s?)\s+(?:[a-z][\w\-]*\s+){0,3})?"
    r"(?P<name>[A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2})\s+(?:later\s+|once\s+|also\s+|has\s+|had\s+)?"
    r"(?:remembered|remembers|recalled|recalls|said|says|put\s+it|puts\s+it|noted|notes|told|tells|wrote|writes|"
    r"explained|explains|described\s+it|describes\s+it)\b")


def as_clause_speaker(body: str, qe: int, hi: int) -> tuple[int, int] | None:
    """The span in ``body`` of the name an "as"-clause right after the quote ending at ``qe`` (within its sentence,
    ending by ``hi``) gives as the one who said it (:data:`_AS_CLAUSE_AFTER_RE`), else None."""
    m = _AS_CLAUSE_AFTER_RE.match(body, qe, hi)
    return m.span("name") if m else None


#: The text before a speech verb that makes it the verb of a comparative "as"-clause set off after a main clause:
#: a comma or dash, "as" (perhaps "just as"), a subject of up to six words that is no pronoun and holds no quote
#: mark, an adverb in "-ly" at most; group "main", what stands before the clause.
_COMPARATIVE_AS_RE = re.compile(
    r"(?P<main>[^,;:]*?\w[^,;:]*?)(?:,|\s[–—]|\s--?)\s*(?:just\s+|exactly\s+)?as\s+"
    r"(?!(?:he|she|they|it|i|we|you|has|had|have|is|was|were|well|if|though|of|for|to|in)\b)"
    r"(?:[^\s,;:\"“”`'.!?]+\s+){1,6}?(?:[a-z]+ly\s+)?$", re.I)
#: What every match of :data:`_COMPARATIVE_AS_RE` holds: the break and "as" before the clause. A head without it
#: is no such clause, told without running that pattern, which tries its lazy main clause from every position (two
#: in a hundred of a DUC 2003 cluster's CPU; perf60).
_AS_AFTER_BREAK_RE = re.compile(r"(?:,|\s[–—]|\s--?)\s*(?:just\s+|exactly\s+)?as\s", re.I)


def comparative_as(body: str, lo: int, verb_at: int) -> bool:
    """Whether the speech verb at ``verb_at`` (its sentence starting at ``lo``) is the verb of a comparative
    "as"-clause after a main clause of three words or more (:data:`_COMPARATIVE_AS_RE`): '..., as the Swiss official
    claimed earlier Sunday.' The walk back for "he" reads that clause's speaker only when the main clause names no
    one (spk132)."""
    head = body[lo:verb_at]
    cut = max(head.rfind(";"), head.rfind(":"))
    if not _AS_AFTER_BREAK_RE.search(head, cut + 1):
        return False
    m = _COMPARATIVE_AS_RE.search(head, cut + 1)
    return m is not None and len(re.findall(r"\w+", m.group("main"))) >= 3
