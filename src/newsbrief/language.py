"""Is a text English? A check that works on a tweet as well as on an article.

Three kinds of evidence, counted over the text's words (no model, ~10 µs for
a tweet):

* **script**: letters outside the Latin alphabet (Cyrillic, Arabic, CJK, ...)
  are not English;
* **other languages' function words** (:data:`FOREIGN_FUNCTION_WORDS`: the
  commonest articles, prepositions and conjunctions of French, Spanish,
  Italian, Portuguese, German, Dutch, Indonesian and Tagalog; those English
  uses too, "de", "la", "los", "per", "die", count half and only beside an
  unambiguous one): a short text is foreign when they clearly outnumber the
  English ones;
* **English function words** (:data:`~newsbrief._patterns.ENGLISH_FUNCTION_WORDS`):
  running news English has 35-55% of them, so a long text with few of them is
  not English prose (this also refuses languages not listed above).

Short texts (snippets, headlines, tweets) carry too few function words for a
ratio: they are judged by the first two kinds only, so a stop-word-stripped
English snippet ("champion league draw bayern face arsenal") passes, and a
Spanish tweet ("terremoto de 7.4 en guatemala, hay muertos") does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import _patterns

_FOREIGN = frozenset(
    # French
    """le les des du un une et est au aux pour dans sur par pas que qui ne ce cette ces il elle ils nous vous
    je avec sont mais où plus été à très sa ses leur lui même comme après aussi entre ont fait être
    """
    # Spanish
    """el los las del y en una unos que es por para con su sus al lo más pero ya muy está son hay fue
    este esta ha sin sobre también todo cuando desde ni según han hasta donde de
    """
    # Italian
    """il gli di della dei delle da con su tra fra è uno che non si sono ha alla anche più ma nel nella
    questo questa dopo sul sulla ancora ci per la
    """
    # Portuguese
    """o os da do dos das em no na nas um uma e é não com se ao mais foi são muito também pelo pela
    """
    # German
    """der die das den dem und ist nicht ein eine einen mit von zu auf für im sich auch es sie wir ich wird
    werden sind bei nach aus dass wie noch oder über
    """
    # Dutch
    """het een van ik te dat niet op met zijn voor er aan ook wordt naar
    """
    # Indonesian / Malay
    """yang dan di ke dari ini itu untuk dengan tidak akan pada adalah
    """
    # Tagalog
    """ang ng sa mga ay si ni kay hindi ito ko mo siya nang lang po
    """.split()
) - _patterns.ENGLISH_FUNCTION_WORDS

#: Other languages' function words that English news and tweets also use, as
#: names, places, abbreviations or words ("Los Angeles", "de Blasio", "UN",
#: "EST", "per", "die"): half a piece of evidence, and only beside a word of
#: :data:`FOREIGN_FUNCTION_WORDS`.
AMBIGUOUS_FUNCTION_WORDS = _FOREIGN & frozenset(
    "die son come per me so la le el de en des den con sin pour sure ha lo al da di du ce il ni po mo ko si "
    "sa ang ng los las del met mit est dan pas un van au er se ma com im os na non y e o do i".split()
)
#: Function words of other languages that are not English words.
FOREIGN_FUNCTION_WORDS = _FOREIGN - AMBIGUOUS_FUNCTION_WORDS

#: What is not a letter (deleted to count the letters: no list of one-character strings).
_NOT_LETTERS_RE = re.compile(r"[\W\d_]+")
#: What is not a letter of the Latin alphabet (a-z, A-Z, U+00C0-U+024F but for the two signs there: × U+00D7,
#: ÷ U+00F7). In ASCII text every letter is Latin.
_NOT_LATIN_LETTERS_RE = re.compile(r"[^a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")


@dataclass(frozen=True)
class LanguageEvidence:
    """What :func:`language_evidence` counted in a text."""

    words: int
    english: int  # English function words
    foreign: int  # other languages' function words
    ambiguous: int  # other languages' function words that English uses too
    letters: int
    latin: int  # letters of the Latin alphabet

    @property
    def foreign_score(self) -> float:
        """Other languages' function words, an ambiguous one counting half
        and only beside an unambiguous one."""
        return self.foreign + 0.5 * self.ambiguous if self.foreign else 0.0

    @property
    def english_ratio(self) -> float:
        return self.english / self.words if self.words else 0.0


def language_evidence(text: str, max_chars: int = 20000) -> LanguageEvidence:
    """Count the evidence in the first ``max_chars`` characters of ``text``."""
    head = text[:max_chars]
    words = _patterns.WORD_RE.findall(head.lower())
    letters = len(_NOT_LETTERS_RE.sub("", head))
    return LanguageEvidence(  # (counted by C loops: no Python step per letter)
        words=len(words),
        english=sum(map(_patterns.ENGLISH_FUNCTION_WORDS.__contains__, words)),
        foreign=sum(map(FOREIGN_FUNCTION_WORDS.__contains__, words)),
        ambiguous=sum(map(AMBIGUOUS_FUNCTION_WORDS.__contains__, words)),
        letters=letters,
        latin=letters if head.isascii() else len(_NOT_LATIN_LETTERS_RE.sub("", head)),
    )


def not_english_reason(text: str, min_english_ratio: float, ratio_min_words: int,
                       foreign_margin: float = 2.0) -> str | None:
    """Why ``text`` is not English, or ``None`` when it may be.

    Refused: a text mostly in another script (at least 10 letters, under half
    of them Latin); a text where other languages' function words
    (:attr:`LanguageEvidence.foreign_score`) number at least 2 and
    ``foreign_margin`` times the English ones; and a text of at
    least ``ratio_min_words`` words whose share of English function words is
    under ``min_english_ratio`` (languages without listed function words:
    Polish, Turkish, ...). Snippets and tweets stay under ``ratio_min_words``.
    """
    ev = language_evidence(text)
    if ev.letters >= 10 and ev.latin < 0.5 * ev.letters:
        return f"text is not in the Latin alphabet ({ev.latin / ev.letters:.0%} Latin letters)"
    if ev.foreign_score >= 2 and ev.foreign_score >= foreign_margin * ev.english:
        return (f"text does not look English ({ev.foreign + ev.ambiguous} function words of other languages, "
                f"{ev.english} English)")
    if ev.words >= ratio_min_words and ev.english_ratio < min_english_ratio:
        return f"text does not look English ({ev.english_ratio:.0%} English function words)"
    return None


__all__ = ["AMBIGUOUS_FUNCTION_WORDS", "FOREIGN_FUNCTION_WORDS", "LanguageEvidence", "language_evidence", "not_english_reason"]
