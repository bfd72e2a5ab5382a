"""A "he said" after a sentence whose subject follows a long fronted participle phrase and a long appositive is
that subject (issue 11, stop 47): 'Asked whether the country would find itself dipping towards the economic
doldrums if Congress waited a month or two ..., Rob Shapiro, a former commerce official in the Clinton White House
and a proponent of the current tax cut deal, offered more sober-minded analysis. / "The wait would not cause a
double dip," he said.' (BASIL df5fe55a, HuffPost; blind-speakers43, a tuning split since its second measurement)
went to Larry Summers, quoted two paragraphs up: the fronted phrase (141 characters) and the appositive (88) were
past spk66's bounds, and the fronted phrase's own "Asked" was read as another's speech verb. A made-up
counter-case keeps a speech verb after the subject's clause ("..., Welch said.") as another's words."""

import gzip
import json

from test_analyze_units import _article_sents
from test_quote_parse import _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)


def test_he_after_a_long_fronted_phrase_and_appositive_is_the_subject(shared_dir):
    with gzip.open(shared_dir / "data" / "basil" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        art = next(r for r in map(json.loads, fh) if r["cluster"].startswith("df5fe55a") and r["source"] == "hpo")
    paras = [p for p in art["text"].split("\n\n") if p.strip()]
    at = next(i for i, p in enumerate(paras) if p.startswith('"The wait would not cause'))
    text = "\n\n".join(paras[at - 4 : at + 1])
    said = _speakers(_article_sents(text, people=("Larry Summers", "Summers", "Rob Shapiro"), orgs=("Congress",)))
    assert ("The", "Rob Shapiro") in said and said[-1] == ("A", "Rob Shapiro")  # (and its second quoted sentence)


def test_a_speech_verb_after_the_subjects_clause_is_still_anothers():
    # (made up) the sentence before reports another's words: "he" is not its subject
    # ("Pat Roe": a given name of no gender; "Jane" is a woman's since spk135's name lists)
    text = ('Pat Roe spoke to the board on Monday.\n\nAsked about the vote, John Doe sought more money for the '
            'school, Pat Roe said.\n\n"We will find the money before the end of the year," he said.')
    said = _speakers(_article_sents(text, people=("Pat Roe", "John Doe")))
    assert said[-1][1] != "John Doe"
