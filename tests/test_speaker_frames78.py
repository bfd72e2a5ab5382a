"""Speakers of a quote that completes the predicate of a clause whose verb no speech-verb list holds (issue 11,
spk78; docs/analysis-labels.md "Speakers: a quote completing a named subject's predicate, read by the parse"): by the
dependency parse, the quote (or the clause, the "as" phrase or the object noun's clause holding it) completes a
finite verb whose own subject is a person, a body or a document ('It ... simply adopted his opinion ``as the opinion
of our court.''' after 'Last year, the 9th U.S. Circuit Court of Appeals agreed.'; 'a resolution expressing the
sense that "..."'), and no passive verb or verb of perceiving, feeling or knowing. The real paragraphs need
../shared; the parse is en_core_web_sm's, as the analysis runs (the tests skip without it)."""

from test_analyze_units import _article_sents
from test_quote_parse import MODEL, _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)


def _frames(text, people=(), orgs=()):
    """Each quote's first words and what :func:`quotes._predicate_frame` reads for it."""
    from newsbrief.analyze import quotes

    sents = _article_sents(text, people=people, orgs=orgs)
    body = sents[0].sentence.article.body
    spans = quotes._quote_spans(body)
    art = quotes._Article(body, sents, [s.sentence.start for s in sents],
                          [p.start() for p in quotes._PARAGRAPH_RE.finditer(body)] or [0], spans=sorted(spans))
    out = []
    for qs, qe in spans:
        read = quotes._read_quote(art, qs, qe)
        if read is not None:
            got = quotes._predicate_frame(art, qs, qe, sents[read[1]], MODEL)
            out.append((body[qs:qe].strip("`'\"“ ").split()[0], got[0] if got else None))
    return out


def test_it_adopting_words_as_its_own_is_the_body_the_sentence_before_opens_on(shared_dir):
    """DUC 2003 d108c, article 10, paragraph 20: 'Last year, the 9th U.S. Circuit Court of Appeals agreed. It
    thought so highly of Levi's ruling that it simply adopted his opinion ``as the opinion of our court.''' (no
    speaker on main: "adopted" is no speech verb, and "it" found no body because a phrase fronted the sentence
    before and an ordinal stood before the court's name)."""
    from test_quote_syntax import _duc2003

    text = _duc2003(shared_dir, "d108c", 10, 20, 20)
    said = _speakers(_article_sents(text, people=("Levi",), orgs=("U.S. Circuit Court of Appeals",)))
    assert said == [("as", "U.S. Circuit Court of Appeals")]


def test_a_document_whose_participle_frames_the_quote_is_its_speaker(shared_dir):
    """BASIL 2f3e86b6, The New York Times, paragraph 14: 'Democrats also successfully put down an attempt by
    Republicans to divide the caucus and tar the legislation with a resolution expressing the sense that "allowing
    illegal immigrants the right to vote devalues the franchise ..."' (no speaker on main)."""
    from test_speaker_documents import _basil

    text = _basil(shared_dir, "2f3e86b6", "nyt", 14, 14)
    assert _speakers(_article_sents(text)) == [("allowing", "a resolution")]


def test_a_named_subjects_predicate_frame_gives_its_speaker():
    """(made up) A person's or a body's verb with no speech sense whose clause, object or "as" phrase is the quote."""
    people, orgs = ("Jane Roe", "John Doe"), ("Teachers Union",)
    assert _frames('Jane Roe affirms that "the city will never abandon its neighborhoods to developers."',
                   people) == [("the", "Jane Roe")]
    assert _frames('The Teachers Union steadfastly rejects "any plan that cuts the pay of teachers in the district."',
                   orgs=orgs) == [("any", "Teachers Union")]
    assert _frames('Judge John Doe defined the act as "a clear breach of the duty owed to every citizen of the '
                   'state."', people) == [("a", "John Doe")]


def test_a_passive_or_perceiving_verb_gives_no_speaker_by_the_frame():
    """(made up) Counter-cases: a passive verb ("was accused of acting") and verbs of perceiving, feeling or knowing
    ("heard", "loves", "know that") take someone else's words; a quote in a preposition's object other than "as"
    ("troubled by texts that") is in no predicate link; a copula's complement is no one's."""
    people = ("Jane Roe", "John Doe")
    for text in ['John Doe was accused of acting "in bad faith and against the interests of the whole town."',
                 'John Doe heard "the whole town shouting for the mayor to resign at once."',
                 'John Doe loves "the whole town shouting for the mayor to resign at once."',
                 'These defendants know that "the weapons they sell end up in the hands of people unfit to use '
                 'them."',
                 'John Doe was troubled by texts that "potentially indicated bias in the whole investigation."',
                 'The plan is "a clear breach of the duty owed to every citizen of the state."']:
        assert [got for _, got in _frames(text, people)] == [None], text


def test_a_transcript_lines_name_is_its_speaker(shared_dir):
    """DUC 2003 d125i, article 7, paragraphs 7-10: a made-up dialogue printed a line a speaker, 'Dr. Hoofensticker:
    ``Say, Dr. Tiliwocken, ...''' ... 'Dr. H: ``Let's string together 422 bowling ball-size glass balls, ...''' and
    'Dr. T: ``Why, I think you're onto something! ...''' (the last two with no speaker on main: "Dr. H" is no name NER
    reads)."""
    from test_quote_syntax import _duc2003

    text = _duc2003(shared_dir, "d125i", 7, 7, 10)
    said = _speakers(_article_sents(text, people=("Hoofensticker", "Tiliwocken")))
    assert ("Let's", "Dr. H") in said
    assert ("Why,", "Dr. T") in said


def test_a_connective_or_a_place_before_a_colon_is_no_transcript_name():
    """(made up) Counter-cases: "However:" opening a line is a connective, "South Sudan:" a place (a headline), and a
    name before a colon inside a sentence is no transcript line."""
    from newsbrief.analyze import quotes

    for text, places in [('The union met.\n\nHowever: "the overall design is much more comprehensive than the old '
                          'one was."', ()),
                         ('South Sudan: "Sudan bombed the refugee camp near the border on Thursday night."',
                          ("South Sudan", "Sudan")),
                         ('The report named one man, Jones: "the overall design is much more comprehensive than '
                          'the old one."', ())]:
        sents = _article_sents(text, places=places)
        assert all(q.how != "signed" for q in quotes.extract(sents, MODEL)), text
