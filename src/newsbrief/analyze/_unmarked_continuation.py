"""Paragraphs that go on with a quote left open, printed with no marks of their own (issue 11, spk149;
docs/analysis-labels.md "Speakers: blind-speakers96-98's classes").

'"We had reached the desperate situation ...," she said. "It was difficult.' / 'First using the ponies for zoo meat,
then using their hides. We don't want to be shooting ponies ...' / 'And with this, we are protecting the herds ...
Carolyn has made three of the pony drums so far and has given me one.' (Multi-News train mnt0330, blind-speakers96):
the quote is left open at its paragraph's end, and the paragraphs after it carry no mark at all (the page lost the
opening marks a continued quote takes). A reader hears the same voice go on: each such paragraph is a quote, as long
as it speaks in the first person ("I", "we", "me", "our" ...) and holds no quote mark; the first paragraph that
fails either ends the run. A paragraph of narration after a left-open quote ("The council said ...") names no "I"
or "we" and is never taken."""

from __future__ import annotations

import re

#: Any quote mark that opens or closes a quote (an apostrophe inside a word, "don't", is none).
_MARK_RE = re.compile(r"[\"“”‘]|(?<![\w])’|’(?![\w])|(?<![\w])'|'(?![\w])")
#: First-person words of a speaker's own voice.
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|me|my|My|our|Our|us)\b")
#: The paragraphs a run takes at most.
MAX_RUN = 4


#: An opening mark (a curly or straight double mark, or a curly single one at a word's start).
_OPENING_RE = re.compile(r"“|(?:^|(?<=[\s(]))[\"‘]")
#: A closing mark (a curly or straight double mark, or a curly single one not inside a word).
_CLOSING_RE = re.compile(r"”|\"|’(?!\w)")


def _left_open(para: str, tail: int) -> bool:
    """Whether ``para`` ends inside a quote: its last opening mark at or after ``tail`` (the end of the last quote
    span in it, or 0) has no closing mark after it."""
    opens = [m.end() for m in _OPENING_RE.finditer(para, tail)]
    return bool(opens) and not _CLOSING_RE.search(para, opens[-1]) and bool(para[opens[-1]:].strip())


#: A paragraph that is one quote whole: an opening mark first, a closing mark last.
_WHOLE_QUOTE_RE = re.compile(r"^(?:“|[\"‘']).*(?:”|[\"’'])[.,]?$", re.S)


def spk149_unmarked_continuations(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans (start, end) of whole paragraphs that continue a quote left open at the end of the paragraph before
    (a span running to the line's end, or an opening mark with no closing one after it), each with no quote mark and
    a first-person word; one with no first-person word goes on with a run already begun when the paragraph after it
    is a quote whole, reopened with no narration ('... has given me one.' / 'It has the most amazing deep fur hide
    ...' / ''I see the drums as a symbol ...''); empty when there are none."""
    paras = []
    lo = 0
    while True:
        hi = body.find("\n", lo)
        hi = len(body) if hi < 0 else hi
        para = body[lo:hi].rstrip()
        if para.strip():
            start = lo + len(para) - len(para.lstrip())
            paras.append((start, lo + len(para)))
        if hi >= len(body):
            break
        lo = hi + 1
    out: list[tuple[int, int]] = []
    open_before = False
    run = 0
    for k, (lo, hi) in enumerate(paras):
        para = body[lo:hi]
        inside = [(a, b) for a, b in spans if lo <= a <= hi]
        bare = open_before and run < MAX_RUN and not inside and not _MARK_RE.search(para)
        if bare and (_FIRST_PERSON_RE.search(para) or run and k + 1 < len(paras)
                     and _WHOLE_QUOTE_RE.match(body[paras[k + 1][0] : paras[k + 1][1]])):
            out.append((lo, hi))
            run += 1
        else:
            run = 0
            last_end = max((b for a, b in inside), default=lo)
            open_before = bool(inside) and inside[-1][1] >= hi or _left_open(para, last_end - lo)
    return out
