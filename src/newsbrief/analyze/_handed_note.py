"""A note, letter or message handed to someone, whose relative clause of saying carries the quote (issue 11, spk149;
docs/analysis-labels.md "Speakers: blind-speakers96-98's classes").

'Once at the veterinary hospital, the woman slipped a note to the staff there that said, "Call the cops. ..."' and
'She passed a note to staff members at the hospital, which read, "Call the cops. ..."' (Multi-News train mnt0333,
blind-speakers96): the clause "that said" / "which read" is the note's, not its recipient's (the parse hangs it
from "staff" or "the hospital", the nearest noun). The note's words are its writer's: the one who handed it, when
the clause opens on a definite description ("the woman") or a name the text typed a person, else the note itself
("a note": "She passed a note" leaves "she" to the pronoun rules, which this reads no further)."""

from __future__ import annotations

import re
from typing import Any

#: Written things a person hands on, whose words a relative clause of saying quotes.
NOTE_NOUNS = r"note|letter|message|card|sign|text|email|e-mail"
#: Verbs of handing a written thing on.
HANDING_VERBS = r"slipped|passed|handed|gave|left|sent|showed|held\s+up"
#: '<subject> slipped a note to the staff there that said, "' up to the quote's opening mark: groups subject,
#: note (the note's phrase, "a note").
_HANDED_NOTE_RE = re.compile(
    r"(?:^|[,;]\s+|\.\s+)(?P<subject>(?:[Tt]he\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|[A-Z][\w\-'’]*(?:\s+[A-Z][\w\-'’]*){0,2}"
    r"|[Ss]he|[Hh]e|[Tt]hey))\s+(?:(?:then|later|also)\s+)?(?:" + HANDING_VERBS + r")\s+(?P<note>(?:a|an|the|her|his|their)"
    r"\s+(?:[\w\-]+\s+){0,2}?(?:" + NOTE_NOUNS + r"))\s+(?:to|for)\s+[^,.;:\"“”]{1,60}?,?\s+(?:that|which)\s+"
    r"(?:said|says|read|reads|stated|states)\s*[,:]?\s*[\"“‘']?$", re.M)


def spk149_handed_note(art: Any, s: Any, qs: int) -> tuple[str, Any] | None:
    """(speaker, entity) of a quote opening right after '<subject> slipped a note to <recipient> that said,' in its
    own sentence ``s``: the subject when it is a definite description ("the woman") or a person mention, else the
    note's phrase ("a note"); None when the text before the quote is no such clause."""
    lo = s.sentence.start
    m = _HANDED_NOTE_RE.search(art.body, lo, qs)
    if m is None:
        return None
    subject = " ".join(m.group("subject").split())
    if subject.lower().startswith("the "):
        return subject[0].lower() + subject[1:], None
    for x in s.mentions:
        if (x.entity is not None and x.entity.label == "PERSON" and lo + x.start == m.start("subject")
                and lo + x.end == m.end("subject")):
            return x.entity.name, x.entity
    return m.group("note"), None
