"""Page furniture between a speaker and the quote (issue 11, spk117): lines a web page puts into the story's text
that are no one's sentence, so they never supply a speaker.

- A video's title line: a line of its own ending in the video's running time ("Families told all lives are lost
  02:51"), or the same line again without it (CNN's pages print each title twice, bare and stamped). "she" after
  such lines is the person named before them, not a caption's subject ('Families told ...').
- A fronted phrase before "he said" ("After meeting French President X, he said ..."): a name inside it is the
  object of a gerund or a preposition, never the antecedent of the main clause's pronoun, which is resolved past it.
- A dash-bounded aside between a subject and its speech verb ("The claim — issued on its internal social media
  site — said ..."): the subject is read before the aside, as a comma-bounded adverb is.
- A wire credit after a quote: '"..." - AFP' signs the story's source, not the quote's speaker.

Marks a scraped page damaged, closed at the paragraph's end when the words are a statement (they end on ".", "!" or
"?"):

- a paragraph that is one quote opened and never closed, after a paragraph not left open (a live blog's entry whose
  closed copy further down the loader dropped): :func:`lone_paragraph_quote_left_open`;
- a quote opened by a single mark and closed by a double one ending its paragraph (": 'To everyone ... heroes."'):
  :func:`single_opened_double_closed`;
- the second part of a quote after '"...," X said.' left open at the article's end: :func:`statement_at_end`.
"""

from __future__ import annotations

import functools
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
    return line in _stamped_titles(body)


#: A line ending in a running time (group 1: the line without it).
_STAMPED_LINE_RE = re.compile(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*$")


@functools.lru_cache(maxsize=64)
def _stamped_titles(body: str) -> frozenset[str]:
    """The lines of ``body`` printed with a running time after them, without it (read once per article)."""
    return frozenset(m.group(1) for m in _STAMPED_LINE_RE.finditer(body))


def is_wire_credit(name: str) -> bool:
    """Whether ``name`` (a signature after a quote, '"..." - AFP') is a wire agency crediting the story."""
    return _WIRE_CREDIT_RE.fullmatch(name.strip()) is not None


#: A fronted phrase with no subject of its own, up to the comma before the main clause's pronoun: a preposition and a
#: gerund or a noun phrase ("After meeting X, ", "Following talks with X, ", "Upon arriving in X, "), or a participle
#: ("Speaking to X, ", "Asked about X, ", "Flanked by X, "). Not a clause with a subject ("When X arrived, he said":
#: "he" may be X).
_FRONTED_PHRASE_RE = re.compile(
    r"[\s\"“”]*(?:(?:After|Before|Upon|On|Since|While|When|Following|During|Ahead\s+of|Alongside|Beside|With)\s+"
    r"(?:[a-z]+ing\b|(?:a|an|the|his|her|their|talks|meetings?|a\s+meeting)\b)"
    r"|[A-Z][a-z]+ing\s+(?:to|with|alongside|beside|after|at|in|on|from|before)\b"
    r"|(?:Asked|Questioned|Pressed|Flanked|Accompanied|Joined|Interviewed)\s+(?:by|about|on|whether|if|with)\b)"
    r"[^,;:\"“”\n]{1,120},\s*$")
#: A finite verb inside the fronted phrase makes it a clause with a subject of its own ("On the day X resigned, he
#: said": "he" may be X): read as before.
_FINITE_IN_PHRASE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|did|does|said|says|met|came|went|"
                                  r"[a-z]{2,}ed)\b")


def fronted_phrase_before(body: str, lo: int, at: int) -> bool:
    """Whether ``body[lo:at]`` (a sentence's start up to the pronoun at ``at``) is only a fronted phrase with no
    subject of its own ("After meeting French President X, " before "he said"): the names in it are objects, and
    the pronoun is someone named before the sentence."""
    span = body[lo:at]
    m = _FRONTED_PHRASE_RE.fullmatch(span)
    return m is not None and not _FINITE_IN_PHRASE_RE.search(span)


#: A parenthetical set off by a pair of dashes right before the verb ("The claim — issued on ... site — said"):
#: em or en dashes, or spaced hyphens / double hyphens; no quote mark or third dash inside.
_DASH_ASIDE_RE = re.compile(r"\s*(?:—|–|\s-\s|\s--\s?)[^—–\"“”\n]{3,120}?(?:—|–|\s-\s|\s?--\s)\s*$")


def dash_aside_start(body: str, lo: int, vpos: int) -> int | None:
    """Where a dash-bounded aside ending right before the verb at ``vpos`` starts (its first dash), when words stand
    before it in ``body[lo:vpos]`` (the subject), else None."""
    m = _DASH_ASIDE_RE.search(body, lo, vpos)
    if m is None or not re.search(r"[A-Za-z]", body[lo : m.start()]):
        return None
    return m.start() + len(m.group(0)) - len(m.group(0).lstrip())  # (the subject keeps its space before the dash)


#: The end of a statement: its last punctuation, then at most closing marks and spaces.
_STATEMENT_END_RE = re.compile(r"[.!?][’'”)\]]*\s*$")


def statement_at_end(body: str, open_at: int, end: int) -> bool:
    """Whether the words ``body[open_at:end]`` of a quote left open are a statement: six words or more, ending as a
    statement does ("... exterminate them."): the scrape lost the closing mark, it did not cut the words (a shorter
    part, "``Unclosed at the end.", stays dropped as before: tests/test_analyze_units.py)."""
    return len(body[open_at:end].split()) >= 6 and _STATEMENT_END_RE.search(body, open_at, end) is not None


def lone_paragraph_quote_left_open(body: str, prev: str, lo: int, open_at: int, hi: int) -> bool:
    """Whether the quote opening its paragraph ``body[lo:hi]`` (only its mark before ``open_at``) and never closed
    is one statement the scrape lost the closing mark of: six words or more ending on ".", "!" or "?", no other mark
    in the paragraph, the paragraph before (``prev``) ending on a colon or a closed quote (and a short attribution),
    and not left open (an odd number of double marks would make
    this the last paragraph of a statement over several, read as before) ('"I totally understand their anger ...
    what happened in Paris.' then a narration paragraph: a live blog's entry whose closed copy the loader dropped)."""
    if body[lo:open_at].strip() not in ('"', "“", "``") or not statement_at_end(body, open_at, hi):
        return False
    words = body[open_at:hi]
    if len(words.split()) < 6 or re.search(r"[\"“”]|``|''", words):
        return False
    if len(re.findall(r"[\"“”]|``|''", prev)) % 2:
        return False
    # someone speaks right before: the paragraph before introduces it ("Mr X told the conference:") or ends on a
    # closed quote and at most a short attribution ('"...," he said.'); after narration, a date line or a lead the
    # words are as often another article quoted whole with no speaker (ECB+ T18, Multi-News 0083: five found with
    # none or a wrong one in the first whole-bench run, none right)
    before = prev.rstrip()
    tail = re.search(r"(?:[\"”]|'')([^\"“”]*)$", before)
    return before.endswith(":") or (tail is not None and len(tail.group(1).split()) <= 12)


def single_opened_double_closed(text: str, since: int, mark: re.Match[str]) -> int | None:
    """Where a quote opens (after a single mark) that the straight double ``mark`` ending paragraph ``text`` closes,
    no double mark having opened it: a single mark before a word after the previous mark (``since``), the words up to
    ``mark`` a statement ('He added that he was "forever changed" by the event: 'To everyone who, ... my heroes."'),
    else None."""
    if mark.group(0) != '"' or text[mark.end() :].strip():
        return None
    single = re.search(r"(?:^|(?<=[\s(:]))['‘](?=[A-Z])", text[since : mark.start()])
    if single is None or not _STATEMENT_END_RE.search(text, 0, mark.start()):
        return None
    lo = since + single.end()
    if re.search(r"\w[!?.,]?['’](?=[\s,.;:!?])", text[lo : mark.start()]):
        return None  # the single mark closes inside ("the cry 'J'accuse!' on their lips. ...""): a nested quote,
        # not an opening (Multi-News 0023, a wrong change in the first dump)
    return lo if len(text[lo : mark.start()].split()) >= 6 else None
