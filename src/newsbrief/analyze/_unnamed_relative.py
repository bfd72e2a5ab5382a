"""An unnamed relative who speaks, then "he said" (issue 11, spk115; docs/analysis-labels.md "Speakers: relatives
who share a surname, and an unnamed relative who speaks").

'His brother, 34, told Agence France-Presse ... he had not seen Mostefai for several years.' then '"...," he said.'
three times: the relative introduced without a name as the subject of a speech verb is the one the next "he"
means, not the person he speaks about (named in the that-clause, which the pronoun rules took). Read by the text's
shape only: the sentence that introduces the relative opens on "His/Her/Their/The <kin>" (an age or a short
aside between commas with no capital, so no name, allowed) followed by a speech verb and names a person after the
verb (the one spoken about, so the pronoun is left to the relative), and every sentence from it to the quote is a quote
attributed by the same pronoun and a speech verb ("he said", "he said on Saturday", "..., he said, adding: "...""),
so no other speaker comes between. The pronoun agrees with the kin word ("brother" he, "sister" she; "cousin",
"friend" either)."""

from __future__ import annotations

import re
from typing import Any

from ._cues import FEMALE_KIN, KIN_ROLES, MALE_KIN

#: Kin words "he" may refer back to; "she"; the rest (cousin, friend) either.
_HE_KIN = MALE_KIN
_SHE_KIN = FEMALE_KIN
_KIN = sorted({*KIN_ROLES, *_HE_KIN, *_SHE_KIN}, key=len, reverse=True)
_VERBS = r"(?:said|says|told|tells|added|adds|explained|recalled|insisted|maintained)"

#: A sentence opening on an unnamed relative as the subject of a speech verb: "His brother, 34, told AFP ...",
#: "Her father said ...", "The victim's elder sister told ...".
_KIN_SUBJECT_RE = re.compile(
    r"\s*(?P<np>(?:His|Her|Their|The(?:\s+[a-z][\w\-]*['’]s?)?)\s+(?:(?:elder|older|younger|twin|late|\d+-year-old)\s+)?"
    r"(?P<kin>" + "|".join(map(re.escape, _KIN)) + r"))(?:\s*,\s*[^,A-Z\"“”]{1,40},)?\s+(?:also\s+)?" + _VERBS + r"\b")

#: The pronoun attribution of a quote's sentence: "he said", "she told the paper", "he added".
_PRONOUN_VERB_RE = re.compile(r"\b(he|she)\s+(?:\w+ly\s+)?" + _VERBS + r"\b")
_MARK_RE = re.compile("[\"“”]|``|''")


def _pronoun_of_sentence(text: str) -> str | None:
    """The pronoun of a sentence's pronoun attribution outside its quotes ("he" of '"...," he said.'); None when it
    has none, or when the sentence holds no quote mark."""
    if not _MARK_RE.search(text):
        return None
    outside = "".join(part for k, part in enumerate(_MARK_RE.split(text)) if k % 2 == 0)
    m = _PRONOUN_VERB_RE.search(outside)
    return m.group(1) if m else None


def unnamed_relative_speaker(sents: list[Any], pos: int, end_pos: int) -> str | None:
    """The unnamed relative ("his brother") a quote's pronoun attribution refers to, for the quote in sentences
    ``pos`` .. ``end_pos`` of ``sents`` (objects with ``.text``): the pronoun of the quote's sentences, then back
    over at most four sentences each a quote attributed by the same pronoun, to a sentence opening on the relative
    as a speech verb's subject (:data:`_KIN_SUBJECT_RE`) whose kin word agrees with the pronoun. None otherwise."""
    pronoun = next((p for i in range(pos, end_pos + 1) if (p := _pronoun_of_sentence(sents[i].text))), None)
    if pronoun is None:
        return None
    for i in range(pos - 1, max(-1, pos - 5), -1):
        intro = _KIN_SUBJECT_RE.match(sents[i].text)
        if intro is not None:
            kin = intro.group("kin").lower()
            if (pronoun == "he" and kin in _SHE_KIN) or (pronoun == "she" and kin in _HE_KIN):
                return None
            if not any(m.label == "PERSON" and m.start >= intro.end() for m in sents[i].mentions):
                return None  # "His friend ... said he was a drug addict" / '"I need help," he said': the one
                # spoken about is "he", no name, so the next "he" may be him (DUC 2003); a person named in the
                # reported words ("he had not seen Mostefai") leaves "he" to the relative
            np = intro.group("np")
            return np[:1].lower() + np[1:]
        if _pronoun_of_sentence(sents[i].text) != pronoun:
            return None
    return None
