"""A quote that is the complement of a verb of characterizing ("called", "described ... as", "dismissed ... as",
"praised") whose subject names its speaker (issue 11, spk131; docs/analysis-labels.md "Speakers: a paper, a citation,
its "It", a question's own frame, a wife's honorific").

Two shapes of DUC 2004 d30037t and d30036t: a relative clause with its own subject inside a sentence whose main verb
has another ('he said that Netanyahu didn't know his right hand from his left, which the prime minister dismissed
Friday as a comment made ``in the height of political arguments.''': the prime minister's words, not the "he" who
said the main clause), and a document opening the sentence with such a verb and no speech verb ('The Nobel citation
praised his work that ``with parables sustained by imagination ...''': the citation's words, where no rule read a
speaker). A pronoun subject in the relative clause ("which he called ``...''") is left to the rules of "he".
"""

from __future__ import annotations

import re

#: Verbs that characterize their object by the quoted words ("called it ``...''", "described X as ``...''").
CHARACTERIZING_VERBS = ("called", "described", "dismissed", "termed", "labeled", "labelled", "branded", "hailed",
                        "praised", "denounced", "characterized", "characterised", "derided", "welcomed", "lauded",
                        "condemned", "criticized", "criticised")
_VERB = r"(?:" + "|".join(CHARACTERIZING_VERBS) + r")"
_AUX = r"(?:(?:has|had|have)\s+)?(?:[a-z]+ly\s+|also\s+|later\s+|once\s+)?"
#: The words of a clause between its verb and the quote: no stop, semicolon, quotation mark or other clause.
_TO_QUOTE = r"(?:\s+[^\"“”`.;,]{0,80}?)?\s*(?:``|[\"“])\s*$"
#: ', which <subject> <verb> ... ``': the relative clause's subject, a name (with "the" for a body's: "the Times")
#: or a definite noun phrase ("the prime minister"), in group "subject".
RELATIVE_SUBJECT_RE = re.compile(r",\s*(?:which|whom)\s+(?P<subject>(?:the\s+)?[A-Z][\w.\-'’]*"
                                 r"(?:\s+[A-Z][\w.\-'’]*){0,3}|the\s+(?:[\w\-]+\s+){0,3}?[a-z][a-z\-]+)\s+"
                                 + _AUX + _VERB + r"\b" + _TO_QUOTE)
#: A sentence opened by a definite noun phrase whose head is a document, a verb of characterizing, then the quote
#: in the same clause ('The Nobel citation praised his work that ``...'''): group "subject".
_DOCUMENT_HEADS = ("citation", "statement", "report", "letter", "resolution", "editorial", "communique", "declaration",
                   "ruling", "verdict", "indictment", "study", "document", "memo", "memorandum")
DOCUMENT_SUBJECT_RE = re.compile(r"\W*(?P<subject>(?:The|the)\s+(?:[\w\-]+\s+){0,3}?(?:" + "|".join(_DOCUMENT_HEADS)
                                 + r"))\s+" + _AUX + _VERB + r"\b" + _TO_QUOTE)


def relative_subject(body: str, lo: int, open_at: int) -> tuple[int, int] | None:
    """The span of a relative clause's own subject (not a pronoun) when the quote opening at ``open_at`` (its
    opening mark's end) is the complement of that clause's verb of characterizing (:data:`RELATIVE_SUBJECT_RE`),
    read from ``lo`` (the sentence's start); None otherwise."""
    m = RELATIVE_SUBJECT_RE.search(body, lo, open_at)
    if m is None:
        return None
    return m.start("subject"), m.end("subject")


def document_subject(body: str, lo: int, open_at: int) -> str | None:
    """The document noun phrase opening the sentence at ``lo`` when the quote opening at ``open_at`` is the
    complement of its verb of characterizing (:data:`DOCUMENT_SUBJECT_RE`), else None."""
    m = DOCUMENT_SUBJECT_RE.fullmatch(body, lo, open_at)
    return " ".join(m.group("subject").split()) if m else None
