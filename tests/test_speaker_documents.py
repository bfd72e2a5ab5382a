"""A document's words are the document's, not a person's named nearby (issue 11, spk55; docs/analysis-labels.md
"Speakers: a document's words given to a person"). The parse is en_core_web_sm's (the analysis model), so the
extraction tests skip when it is not installed; the real paragraphs (BASIL) need ../shared."""

import gzip
import json
import re
from types import SimpleNamespace

import pytest

from test_analyze_units import _article_sents
from test_quote_parse import _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)


def _basil(shared_dir, cluster, source, first, last):
    """Paragraphs ``first`` .. ``last`` (0-based, blank-line separated) of the ``source`` outlet's article of the
    BASIL cluster whose id starts with ``cluster``, as read."""
    from newsbrief.ingest import article_from_dict

    with gzip.open(shared_dir / "data" / "basil" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(r for r in map(json.loads, fh) if r["cluster"].startswith(cluster) and r["source"] == source)
    paras = [p for p in re.split(r"\n\s*\n", article_from_dict(row).raw_text) if p.strip()]
    return "\n\n".join(paras[first : last + 1])


@pytest.mark.slow
def test_the_document_a_relative_which_stands_for_is_the_speaker(shared_dir):
    """BASIL f688c56d, the New York Times: 'To accomplish the idea he floated on Tuesday, Mr. Trump would have to
    find a way around the 14th Amendment to the Constitution, which states, "All persons born or naturalized
    ..."'. "states" has "which", the amendment; the person the sentence is about never said it (before spk55:
    Trump)."""
    text = _basil(shared_dir, "f688c56d", "nyt", 8, 9)
    sents = _article_sents(text, people=("Trump",), orgs=("Congress",))
    assert _speakers(sents)[-1] == ("All", "the 14th Amendment to the Constitution")
    assert _speakers(sents, None)[-1] == ("All", "Trump")  # the surface rules alone


def test_a_person_who_states_or_a_persons_own_statement_stays_the_person():
    # (made up) a person as the speech verb's subject is the speaker, whatever the verb
    sents = _article_sents('Jane Roe states that "the bridge will stay closed until the spring, whatever happens."',
                           people=("Jane Roe",))
    assert _speakers(sents) == [("the", "Jane Roe")]
    # (made up) a possessive makes the document the person's own ("her statement, which says"): no bare document
    sents = _article_sents('Jane Roe spoke on Monday. She released her statement, which says "the bridge will stay '
                           'closed until the spring."', people=("Jane Roe",))
    assert _speakers(sents) == [("the", "Jane Roe's statement")]  # (the old rules' reading, unchanged)
    # (made up) a document that is the subject of the quote's own verb is the person's words about it
    sents = _article_sents('Jane Roe said the bill "restores the faith of the people that government works for '
                           'them."', people=("Jane Roe",))
    assert _speakers(sents) == [("restores", "Jane Roe")]
    # (made up) a document subject of a verb the speech verb is coordinated with is another clause's
    sents = _article_sents('The indictment alleges Jane Roe called the mayor in April and said the bridge "will stay '
                           'closed until the spring."', people=("Jane Roe",))
    assert _speakers(sents) == [("will", "Jane Roe")]
    # (made up) a document from a person ("the statement from X's attorney, Y") is not read here
    sents = _article_sents('"We are disappointed by the decision, but hardly surprised," said the statement from '
                           'the mayor\'s attorney, Jane Roe.', people=("Jane Roe",))
    assert _speakers(sents) == [("We", "Jane Roe")]


def _quote(speaker, entity=None):
    from newsbrief.analyze.quotes import Quote

    return Quote(sent=None, text="A senior official was directed to contact him about any releases", speaker=speaker,
                 entity=entity)


def test_a_document_most_versions_name_is_the_groups_speaker():
    """BASIL aab91277's shape: three outlets' versions say '"...," the indictment said' and one names the person the
    indictment is about; the group was shown as that person's quote (an entity always won; before spk55)."""
    from newsbrief.analyze.quotes import QuoteGroup

    roe = SimpleNamespace(id="roe", name="Jane Roe", label="PERSON")
    group = QuoteGroup([_quote("The indictment"), _quote("the indictment"), _quote("Jane Roe", roe),
                        _quote("the indictment")])
    assert group.speaker == ("the indictment", None)
    # (made up) as many versions naming the document as the person: the document; more naming the person: the person
    assert QuoteGroup([_quote("Jane Roe", roe), _quote("the letter")]).speaker == ("the letter", None)
    group = QuoteGroup([_quote("the indictment"), _quote("Jane Roe", roe), _quote("Jane Roe", roe)])
    assert group.speaker == ("Jane Roe", roe)
    # (made up) a role most versions describe is no document: the person the other version names
    group = QuoteGroup([_quote("a spokesman"), _quote("a spokesman"), _quote("Jane Roe", roe)])
    assert group.speaker == ("Jane Roe", roe)
