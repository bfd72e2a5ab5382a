"""A speech verb's -s form that stands as a plural noun ("giving orders", "the claims", "his remarks") is no speech
verb of the clause before a quote (issue 11, spk118; docs/analysis-labels.md "Speakers: a description or a pronoun
resolved to the wrong person").

'Huver told Associated Press that Abaaoud was giving orders and seemed to be a "charismatic guy ..."': "orders" is
one of the speech verbs ("the general orders ..."), so the clause read before the quote was "Abaaoud was giving
orders", whose subject took the words the teller (Huver) quoted. A word of the speech-verb list ending in "s" right
after a determiner, a possessive or a gerund that follows a be-form or a preposition is the noun: the verb before it
("told") is the one the quote hangs on. Reads text only."""

from __future__ import annotations

import re

#: What makes the -s form after it a noun: a determiner or "new"/"recent" (never "further": an adverb as often, 'The
#: Washington Post further explains that'), a gerund after a be-form or a preposition ("was giving orders"; never a
#: bare -ing noun, 'The drug's labeling warns'), or a possessive ("Zhu's claims").
_NOUN_BEFORE_RE = re.compile(r"(?:\b(?i:the|a|an|his|her|its|their|our|my|your|these|those|such|any|no|new|recent)"
                             r"|\b(?:am|is|are|was|were|be|been|by|of|for|after|before|without|while)\s+[a-z]{3,}ing"
                             r"|\b\w+['’]s)\s+$")


def plural_noun_not_verb(body: str, start: int, word: str) -> bool:
    """Whether the speech-verb match ``word`` at ``body[start]`` is a plural noun: an "-s" form right after
    :data:`_NOUN_BEFORE_RE` ("was giving orders", "the claims", "Zhu's claims"); never a past form ("said")."""
    if not re.fullmatch(r"[a-z]+[^s]s", word):
        return False
    return bool(_NOUN_BEFORE_RE.search(body, max(0, start - 30), start))
