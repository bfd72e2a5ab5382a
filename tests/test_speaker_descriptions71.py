"""A speaker named by a definite description ("the attorney said", "the prime minister told reporters", "the company
said") is the one person or organization the article introduced by name with that role before the quote (issue 11,
spk71; docs/analysis-labels.md "Speakers: a description the article introduced by name"). Real paragraphs from
../shared (skipped when it is absent) that failed on main, plus made-up counter-cases: two people introduced with
the role, a description with no introduction, a plural, another role with the same head."""

import gzip
import json

from test_analyze_units import _article_sents
from test_quote_parse import _speakers  # noqa: F401 (the parse's model, as the analysis runs)
from test_quote_syntax import _cluster_paragraphs, _multinews


def _basil_paragraphs(shared_dir, cluster: str, outlet: str, indexes) -> str:
    """The paragraphs ``indexes`` (0-based, blank-line separated) of a BASIL article."""
    with gzip.open(shared_dir / "data" / "basil" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        art = next(r for r in map(json.loads, fh) if r["cluster"].startswith(cluster) and r["source"] == outlet)
    paras = [p for p in art["text"].split("\n\n") if p.strip()]
    return "\n\n".join(paras[i] for i in indexes)


def test_the_president_is_the_one_introduced_as_president_not_the_senator_quoted_before(shared_dir):
    """BASIL cad4bba5, Fox: 'President Obama was heading to Detroit ...' opens the article; paragraphs on Sen. Bob
    Corker's words follow; then 'Obama recently warned ... "We've got to break that habit before it starts," the
    president said.' Before spk71: Bob Corker (the senator quoted before, whom the text never calls president)."""
    text = _basil_paragraphs(shared_dir, "cad4bba5", "fox", [0, 8, 9, 10, 11, 12, 13])
    said = dict(_speakers(_article_sents(text, people=("Obama", "Bob Corker", "Corker", "John Boehner"),
                                         orgs=("White House",))))
    assert said["We've"] == "Obama"


def test_the_prime_minister_is_the_one_titled_so_not_a_name_in_a_clause_on_him(shared_dir):
    """DUC 2006 D0614E, article 14: 'Prime Minister Jean Chretien of Canada made a bold gamble ...', later 'The
    veteran prime minister, who entered politics when John F. Kennedy was in the White House, said he knew best.'
    and '``They ask a crooked question,'' the prime minister told reporters.' Before spk71: John F. Kennedy."""
    text = _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", "D0614E", 14, 0, 16)
    said = dict(_speakers(_article_sents(text, people=("Jean Chretien", "John F. Kennedy", "Jean Charest",
                                                       "Jacques Parizeau"))))
    assert said["They"] == "Jean Chretien"


def test_the_company_is_the_company_the_article_named_by_that_word(shared_dir):
    """Multi-News 0063, article 2: 'Art supply company Crayola is warning ...' then '"As the manufacturer of
    children's products, safety is our top priority at Crayola," the company said on its website.' Before spk71:
    "the company" (the phrase)."""
    text = _multinews(shared_dir, "0063", 2, 0, 4)
    sents = _article_sents(text, orgs=("Crayola", "Rclbeauty101"))
    for s in sents:  # as the model reads it: no mention in 'Crayola responded to the trend on its website, ...'
        if s.text.startswith("Crayola responded"):
            s.mentions = []
    assert dict(_speakers(sents))["As"] == "Crayola"


def test_an_attorney_introduced_after_a_possessive_and_a_committee_chairman_by_an_appositive():
    # (made up) the shapes the task names: "X's attorney, Y" and "Rep. Y, chairman of the committee"
    text = ("FBI agent Peter Strzok testified before Congress on Thursday. Strzok's attorney, Aitan Goelman, sat "
            "behind him.\n\nRep. Trey Gowdy, chairman of the House Oversight Committee, questioned the agent for "
            "hours.\n\n\"This has been a long and difficult day for my client and his family,\" the attorney said "
            "after the hearing.\n\n\"We will get the answers the American people deserve from him,\" the committee "
            "chairman said later.")
    said = _speakers(_article_sents(text, people=("Peter Strzok", "Strzok", "Aitan Goelman", "Trey Gowdy"),
                                    orgs=("House Oversight Committee",)))
    assert said == [("This", "Aitan Goelman"), ("We", "Trey Gowdy")]


def test_two_attorneys_introduced_or_none_leave_the_old_reading():
    # (made up) two attorneys introduced by name: this rule decides nothing, the old reading (the last person given
    # the role near the name, :func:`quotes._nominal`) stays
    from newsbrief.analyze import quotes

    text = ("Jane Roe sued the city on Monday. Her attorney, Mark Stone, filed the papers. The city's attorney, "
            "Paul Green, called the suit baseless.\n\n\"We will fight this case until the very end of it,\" the "
            "attorney said.")
    sents = _article_sents(text, people=("Jane Roe", "Mark Stone", "Paul Green"))
    body = sents[0].sentence.article.body
    art = quotes._Article(body, sents, [s.sentence.start for s in sents], [0], spans=quotes._quote_spans(body))
    assert sorted(quotes._introductions(art, "the attorney", len(body))) == ["Mark Stone", "Paul Green"]
    assert _speakers(sents) == [("We", "Paul Green")]
    # (made up) no one introduced as an attorney: no introduction, the old reading (the person named nearby) stays
    text = ("Jane Roe sued the city on Monday.\n\n\"We will fight this case until the very end of it,\" the attorney "
            "said.")
    sents = _article_sents(text, people=("Jane Roe",))
    body = sents[0].sentence.article.body
    art = quotes._Article(body, sents, [s.sentence.start for s in sents], [0], spans=quotes._quote_spans(body))
    assert quotes._introductions(art, "the attorney", len(body)) == {}
    assert _speakers(sents) == [("We", "Jane Roe")]


def test_a_plural_another_role_or_an_unnamed_one_introduced_after_is_not_the_named_holder():
    # (made up) "the senators" are a group, not the one senator introduced
    text = ("Sen. John Smith voted for the bill.\n\n\"We regret the vote we cast on this bill last week,\" the "
            "senators said.")
    assert _speakers(_article_sents(text, people=("John Smith",))) == [("We", "the senators")]
    # (made up) another role with the same head: "best supporting actor nominee X" is not "the best actor nominee"
    text = ("Best supporting actor nominee Tom Hill walked by.\n\nMeanwhile, Ray Lane leans against the wall. \"I "
            "have nothing at all to worry about tonight,\" the best actor nominee says.")
    said = _speakers(_article_sents(text, people=("Tom Hill", "Ray Lane")))
    assert said != [("I", "Tom Hill")]
    # (made up) an unnamed lawyer introduced after the named one is whom "the lawyer" means
    text = ("Her lawyer, Mark Stone, filed the papers on Monday. A lawyer for the city, who asked not to be named, "
            "disagreed.\n\n\"The suit has no merit whatsoever in our view,\" the lawyer said.")
    said = _speakers(_article_sents(text, people=("Mark Stone",)))
    assert said != [("The", "Mark Stone")]
    # (made up) a rank only the introduction has is another role: "Vice President" is not "the president"
    text = ("President John Smith met Vice President Ray Lane on Monday.\n\n\"The country needs a new road "
            "across the border,\" the president said.")
    assert _speakers(_article_sents(text, people=("John Smith", "Ray Lane"))) == [("The", "John Smith")]


def test_a_description_of_someone_introduced_without_a_name_is_the_description(shared_dir):
    """BASIL ae243a95, HuffPost (blind-speakers42): 'A senior Democratic staffer told The Huffington Post that ...',
    a quote of Reid's, then '"We already have things on the calendar," said the Democratic staffer, ...'. Before
    spk71: Harry Reid (carried from the quote before)."""
    text = _basil_paragraphs(shared_dir, "ae243a95", "hpo", [1, 2, 3, 4])
    assert "We already have" in text
    said = dict(_speakers(_article_sents(text, people=("Harry Reid", "Reid"), orgs=("The Huffington Post", "Senate"))))
    assert said["We"] == "the Democratic staffer"
    # (made up) the description's appositive names the speaker: the name, not the description
    said = _speakers(_article_sents('A spokesman for her said she was ready to testify. "It is by their choice that '
                                    'it has not happened," said the spokesman, Nick Lane.', people=("Nick Lane",)))
    assert said == [("It", "Nick Lane")]
