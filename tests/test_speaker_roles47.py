"""A role whose modifier is a body's name speaks as the person who holds it, not as the body (issue 11, stop 47's
reading of BASIL f688c56d: '"You cannot end birthright citizenship with an executive order," the House speaker said
Tuesday' was shown "— House"). A made-up counter-case keeps the body where no role follows its name."""

import gzip
import json

from test_analyze_units import _article_sents
from test_quote_parse import _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)


def _basil_paragraphs(shared_dir, cluster: str, outlet: str, needle: str, before: int = 1) -> str:
    """The paragraph of a BASIL article holding ``needle`` and the ``before`` paragraphs before it."""
    with gzip.open(shared_dir / "data" / "basil" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        art = next(r for r in map(json.loads, fh) if r["cluster"].startswith(cluster) and r["source"] == outlet)
    paras = [p for p in art["text"].split("\n\n") if p.strip()]
    at = next(i for i, p in enumerate(paras) if needle in p)
    return "\n\n".join(paras[at - before : at + 1])


def test_the_house_speaker_is_the_person_not_the_house(shared_dir):
    text = _basil_paragraphs(shared_dir, "f688c56d", "hpo", "the House speaker said")
    said = _speakers(_article_sents(text, people=("Paul Ryan", "Ryan", "Trump", "Omar Jadwat", "Erik Wasson"),
                                    orgs=("House", "ACLU", "Bloomberg News")))
    # "Some Republicans ― including Ryan ― quickly shot down Trump's idea." opens the paragraph: the speaker is him
    assert dict(said)["You"] == "Ryan"


def test_a_body_with_no_role_after_it_still_speaks():
    # (made up) the body itself speaks
    text = '"We will vote on the bill next week and we expect it to pass," the House said in a statement on Monday.'
    assert _speakers(_article_sents(text, orgs=("House",))) == [("We", "House")]
