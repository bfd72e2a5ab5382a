"""An unnamed person introduced by an indefinite noun phrase in the attribution clause right at a quote speaks it
(issue 11, spk114; docs/analysis-labels.md "Speakers: an unnamed person in the clause at the quote"): '"...," a
family friend said.', 'Then a co-worker yelled, "..."', '... and one blogger asking, "..."'. On main the lists of
role nouns did not know the head ("co-worker" after a hyphen, "blogger", "partner") or cut the phrase at a listed
modifier ("a family"), and the quote went to the person quoted before. The real paragraphs need ../shared; the
parse is en_core_web_sm's, as the analysis runs (the tests skip without it)."""

import gzip
import json

from test_analyze_units import _article_sents
from test_quote_parse import MODEL, _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)


def _lines_before(shared_dir, data, cluster, n, last, k):
    """The ``k`` lines of article ``n`` (1-based, file order) of ``cluster`` in ``data`` that end with the line
    holding ``last`` (``cluster`` may be the start of a BASIL cluster id)."""
    with gzip.open(shared_dir / "data" / data / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["cluster"].startswith(cluster)]
    lines = [ln for ln in rows[n - 1]["text"].split("\n") if ln.strip()]
    at = next(i for i, ln in enumerate(lines) if last in ln)
    return "\n\n".join(lines[max(0, at - k + 1) : at + 1])


def test_a_co_worker_who_yelled_before_the_quote_speaks_it(shared_dir):
    """ECB+ T22, article 6: '"I had just started my job, ..."' (Kenneth Dorsey, carried) / 'Then a co-worker
    yelled, "Come on, you got to leave now!' (main: Kenneth Dorsey; "worker" is a listed role, but after "co-" the
    nominal pattern, which wants a space before the role, never saw it)."""
    text = _lines_before(shared_dir, "ecbplus", "T22_ecbplus", 6, "Then a co-worker yelled", 3)
    said = dict(_speakers(_article_sents(text, people=("Dorsey",))))
    assert said["Come"] == "a co-worker"


def test_a_family_friend_after_the_quote_is_not_cut_at_family(shared_dir):
    """ECB+ T21, article 8: '" The grandkids were her whole life and joy, " a family friend said.' (main: "a
    family", the listed body word the nominal pattern stopped at), and the quote after it goes on with the friend."""
    text = _lines_before(shared_dir, "ecbplus", "T21_ecbplus", 8, "a family friend said", 4)
    said = _speakers(_article_sents(text, people=("Singh",)))
    assert said[-1] == ("The", "a family friend"), said


def test_one_blogger_asking_before_the_quote_speaks_it(shared_dir):
    """BASIL 550b80db, article 1: 'Conservative websites are already crying foul over the cover, with some saying it
    makes Bachmann look "crazy" and one blogger asking, "Can anyone really say ...?"' (main: Lois Romano, named in
    the paragraph before)."""
    text = _lines_before(shared_dir, "basil", "550b80db", 1, "one blogger asking", 2)
    said = dict(_speakers(_article_sents(text, people=("Lois Romano", "Bachmann"))))
    assert said["Can"] == "one blogger"


def test_the_clause_reader_reads_indefinite_people_only():
    """(made up) :func:`indefinite_clause_speaker` on its own: a person head by its ending or a listed word, with a
    short "of" phrase, after or before the quote; never a thing ("a statement"), a plural ("a few residents"), a
    definite phrase ("the cameraman": an epithet the role rules read), an age ("a 29-year-old"), a clause whose
    verb is no speech verb, or a clause away from the quote."""
    from newsbrief.analyze._indefinite_clause import indefinite_clause_speaker

    def read(text):
        qs = text.index('"') + 1
        qe = text.index('"', qs)
        return indefinite_clause_speaker(text, 0, len(text), qs, qe)

    assert read('"We lost everything in one night," one partner of a fallen soldier said in April.') == (
        "one partner of a fallen soldier", "after")
    assert read('Then a bystander shouted, "Get out of the building now!"') == ("a bystander", "before")
    assert read('"We lost everything," said a longtime family friend in a telephone interview.') == (
        "a longtime family friend", "after")  # (inverted: the "in" phrase is no part of the phrase)
    assert read('"The plan will work," a statement said.') is None
    assert read('"The plan will work," a few residents said.') is None
    assert read('"The plan will work," the cameraman said.') is None
    assert read('"The plan will work," a 29-year-old said.') is None
    assert read('"The plan will work," a friend believed.') is None
    assert read('She called it "a plan that will work" before a neighbor said nothing more.') is None


def test_a_named_speaker_or_a_nominal_the_rules_read_is_kept():
    """(made up) The clause reader's phrase replaces only no speaker, a carried or a pronoun's one, or a nominal the
    lists cut short ("A family" of "A family friend"): a name read in the clause stays, and so does a listed nominal
    read whole."""
    sents = _article_sents('Jane Roe spoke first. "The bridge will open in May," John Doe, a neighbor, said.',
                           people=("Jane Roe", "John Doe"))
    assert _speakers(sents) == [("The", "John Doe")]
    sents = _article_sents('Jane Roe spoke first. "The bridge will open in May," a city spokesman said.',
                           people=("Jane Roe",))
    assert _speakers(sents) == [("The", "a city spokesman")]
    sents = _article_sents('Jane Roe spoke first. A family friend said: "The bridge will open in May."',
                           people=("Jane Roe",))
    assert _speakers(sents) == [("The", "A family friend")]
