"""A speaker named in an "as"-clause that opens the quote's sentence (issue 11, spk141; docs/analysis-labels.md
"Speakers: last stop's fourth draw as general rules").

'As investigators put it, he had "impermissibly mixed his personal political views with official government agency
business."': the sentence's subject ("he", Castro) is whom the words are about; the clause set off by a comma at the
sentence's start, "As" then who put it, gives the words' speaker (blind-speakers87). The clause's verb is one of
putting words ("put it", "said", "wrote", "noted", "described it" ...); its subject is a name or a nominal of up to five
words ("investigators", "one analyst", "the report"), never a pronoun ("As he put it" is read as "he" elsewhere) nor a
clause ("As the storm hit"). Only when no speech verb of its own stands between the clause and the quote ('As Smith
noted, Jones said "..."' is Jones's)."""

from __future__ import annotations

import re

from ._cues import SPEECH_VERBS

#: The fronted clause: an optional connective, "As", its subject (group "who"), a verb of putting words, a comma.
_FRONTED_AS_RE = re.compile(
    r"[\s\"“”‘’'(]*(?:(?:But|And|Or|Yet|So)\s*,?\s+)?(?:Just\s+|Exactly\s+)?As\s+"
    r"(?!(?:he|she|they|it|I|we|you|one|this|that|if|though|of|for|to|in|well|soon|long|far|much|many|a\s+result)\b)"
    r"(?P<who>(?:[\w’'\-.&]+\s+){0,4}?[\w’'\-.&]+)\s+"
    r"(?:(?:later|once|also|so|had|has|have|recently|memorably|famously|aptly|bluntly|succinctly)\s+)?"
    r"(?:put\s+it|puts\s+it|said|says|noted|notes|wrote|writes|explained|explains|described\s+it|describes\s+it|"
    r"observed|observes|stated|states|concluded|concludes|summed\s+it\s+up|sums\s+it\s+up)"
    r"(?:\s+(?:in|on|at|to|last|this|earlier)\b[^,\"“”]{0,40})?\s*,\s*")


def fronted_as_speaker(body: str, lo: int, qs: int) -> tuple[int, int] | None:
    """The span in ``body`` of who an "as"-clause opening the sentence at ``lo`` says put the words of the quote
    opening at ``qs`` (:data:`_FRONTED_AS_RE`), when no speech verb stands between the clause and the quote; else
    None."""
    m = _FRONTED_AS_RE.match(body, lo, qs)
    if m is None:
        return None
    between = body[m.end() : qs].rstrip("\"“‘'`")  # (``qs`` may be past the opening mark)
    if re.search(r"[\"“”]", between) or any(w.lower() in SPEECH_VERBS for w in re.findall(r"[A-Za-z]+", between)):
        return None
    return m.span("who")
