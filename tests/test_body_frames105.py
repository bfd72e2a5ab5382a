"""A body or a document named by a common noun is the subject of the frame holding its quoted words (issue 11,
spk105; docs/analysis-labels.md "Speakers: a body or a document named by a common noun speaks"): 'A recent review
defined perceived effectiveness as "..."', 'The defense treaty further emboldens ... in their collective desire
"to strengthen ..."'. spk78's predicate frame read people's and its roles' subjects only; a review, a treaty or a
church gave no speaker. The real paragraphs need ../shared; the parse is en_core_web_sm's, as the analysis runs (the
tests skip without it)."""

from test_analyze_units import _article_sents
from test_quote_parse import _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)
from test_quote_syntax import _multinews


def test_a_review_whose_sentence_the_citation_numbers_break_defines_its_quote(shared_dir):
    """Multi-News 0154, article 4, paragraph 0 (a journal's paper; blind-speakers35): '... and behaviour change. 41 ,
    42 A recent review defined perceived effectiveness as "the extent to which a message recipient believes ..."'.
    The citation numbers leave the parser no verb: "review" is the sentence's root and "defined" its participle,
    which has an object of its own, so it is the review's verb (no speaker on main)."""
    text = _multinews(shared_dir, "0154", 4, 0, 0)
    said = dict(_speakers(_article_sents(text)))
    assert said["the"] == "A recent review"


def test_a_treaty_subject_of_the_verb_its_quote_completes_speaks(shared_dir):
    """Multi-News 0104, article 1, paragraph 10 (blind-speakers9): 'The defense treaty further emboldens Koreans and
    Americans alike in their collective desire "to strengthen the fabric of peace in the Pacific area."' (no speaker
    on main: the subject a document by a common noun)."""
    text = _multinews(shared_dir, "0104", 1, 10, 10)
    assert _speakers(_article_sents(text)) == [("to", "The defense treaty")]


def test_a_quoted_predicate_coordinated_with_a_bodys_is_the_bodys(shared_dir):
    """Multi-News 0106, article 3, paragraph 53 (blind-speakers9): 'Most temples of the LDS Church include a statue of
    the Angel Moroni on a spire,[44] but the church does not consider Moroni to be an official symbol and "has no
    policy regarding the use of statues ..."': the quote opens on a finite verb coordinated with "does not
    consider", whose subject "the church" is the LDS Church named before (no speaker on main)."""
    text = _multinews(shared_dir, "0106", 3, 53, 53)
    said = _speakers(_article_sents(text, orgs=("LDS Church",), people=("Angel Moroni",)))
    assert said == [("has", "LDS Church")]


def test_the_church_is_the_church_the_article_named_before():
    """(made up) A definite "the church" is the organization the article named before whose name holds "church";
    with none named, the phrase as written."""
    quote = 'The church reaffirmed "its teaching that marriage is a union between one man and one woman."'
    said = _speakers(_article_sents("The Church of England met on Monday in London. " + quote,
                                    orgs=("Church of England",)))
    assert said == [("its", "Church of England")]
    assert _speakers(_article_sents("The bishops met on Monday in London. " + quote)) == [("its", "The church")]


def test_a_possessed_body_a_body_object_or_a_passive_participle_gives_no_speaker():
    """(made up) Counter-cases: a person's possession ("Her church"), a body noun as the object ("attacked the report
    as"), a passive participle on a noun ("The standard defined as "..."", no object of its own), and a person's role
    as the subject give no body speaker."""
    said = _speakers(_article_sents('Jane Doe met the church leaders. Her church reaffirmed "its teaching that marriage '
                                    'is a union between one man and one woman."', people=("Jane Doe",)))
    assert said[0][1] != "Her church"
    said = _speakers(_article_sents('Critics attacked the report. They described the report as "a whitewash of '
                                    'everything that went wrong here."'))
    assert said == [("a", "Critics")]
    said = _speakers(_article_sents('The standard defined as "the rule of reason for all such cases in the future" '
                                    'was dropped.'))
    assert said == [("the", None)]
    from newsbrief.analyze import _ner, quotes
    from test_quote_parse import MODEL

    text = 'A tired doctor defined the illness as "the worst flu season in a decade for the whole region."'
    sents = _article_sents(text)
    body = sents[0].sentence.article.body
    art = quotes._Article(body, sents, [x.sentence.start for x in sents], [0], spans=sorted(quotes._quote_spans(body)))
    doctor = next(t for t in _ner.parse(body, MODEL) if t.text == "doctor")
    assert quotes._body_noun_subject(art, 0, doctor, body.index('"')) is None  # (a person's role: the old rules')
    # a quoted predicate coordinated with a person's, or with a body's inside a person's speech verb: not the body's
    said = _speakers(_article_sents('Jane Doe cut prices and "remains committed to every customer in the region."',
                                    people=("Jane Doe",)))
    assert said == [("remains", "Jane Doe")]
    said = _speakers(_article_sents('The mayor said the council met and "has no plans to raise taxes in the coming '
                                    'year at all."'))
    assert said == [("has", "The mayor")]
