"""A body's or a written thing's findings quoted on phrase by phrase (issue 11, spk104; docs/analysis-labels.md
"Speakers: a body's findings quoted on in the sentences after its quote"): a phrase quoted inside narration, in a
sentence that names no speaker before it and has no speech verb, goes on with the last quote's speaker when that
quote ended in one of the two sentences before (its paragraph or the one before) and was given to a body (an
organization) or a description headed by a body or a document ("The DxOMark team", "a Statement of Conscience"),
never a person. The real paragraphs need ../shared; the parse is en_core_web_sm's, as the analysis runs (the tests
skip without it)."""

import gzip
import json

from test_analyze_units import _article_sents
from test_quote_parse import MODEL, _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)


def _wiki_text(shared_dir, topic, n, first, last):
    """The text of WikiRef220 ``topic``'s article ``n`` (1-based, file order) from the first occurrence of ``first``
    to the end of the line holding ``last``."""
    path = shared_dir / "data" / "wikiref220" / "test.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["cluster"] == topic]
    text = rows[n - 1]["text"]
    i = text.index(first)
    j = text.index(last, i)
    k = text.find("\n", j)
    return text[i : k if k >= 0 else len(text)]


def test_a_test_labs_findings_go_on_over_its_verbless_sentences(shared_dir):
    """WikiRef220 samsung.galaxy.s5, article 7 (a camera review quoting DxOMark's report in single marks): 'The
    DxOMark team reports that the Galaxy S5 images show '...' The testers found '...' and liked the '...' / On the
    downside there is '...' The team also found the AF ... / In video mode the Galaxy S5 produces the '...', with
    '...' On the downside there are '...'' (blind-speakers57: no speaker for the five after the first on main)."""
    text = _wiki_text(shared_dir, "samsung.galaxy.s5", 7, "The DxOMark team reports", "On the downside there are")
    said = _speakers(_article_sents(text))
    assert [w for w, _ in said] == ["good", "almost", "good", "a", "best", "good", "visible"]
    assert all(who and "DxOMark" in who for _, who in said), said


def test_a_statements_words_go_on_in_the_next_sentences_phrase(shared_dir):
    """DUC 2003 d107c, article 5, paragraphs 3-4: '... the conference produced a Statement of Conscience, which reads
    in part: ``We believe that the death penalty is morally untenable, ...'' / The means referred to are ``life
    imprisonment without the possibility of parole and restitution to the family of the victim.''' (no speaker for
    the second on main)."""
    from test_quote_syntax import _duc2003

    said = _speakers(_article_sents(_duc2003(shared_dir, "d107c", 5, 3, 4)))
    assert said[-1] == ("life", "a Statement of Conscience")


def _art(text, orgs=()):
    from newsbrief.analyze import quotes

    sents = _article_sents(text, orgs=orgs)
    body = sents[0].sentence.article.body
    spans = quotes._quote_spans(body)
    art = quotes._Article(body, sents, [s.sentence.start for s in sents],
                          [p.start() for p in quotes._PARAGRAPH_RE.finditer(body)] or [0], spans=sorted(spans))
    return art, sorted(spans)


def test_a_persons_or_a_far_quote_is_not_carried_as_a_bodys():
    """(made up) Counter-cases of :func:`quotes._body_source_before`: the last quote a person's description ("the
    doctor"), the body's quote three sentences back, and a sentence naming a body of its own before or after the
    quote."""
    from newsbrief.analyze import quotes

    text = ('The Acme Institute reported that the bridge shows "serious cracks in two of its main supporting beams." '
            'On the downside there is "a slow and costly repair ahead for the whole town."')
    art, spans = _art(text, orgs=("Acme Institute",))
    pos, (qs, qe) = art.sentence_at(spans[1][0]), spans[1]
    body_last = ("The Acme Institute", None, spans[0][1], 0)
    assert quotes._body_source_before(art, pos, qs, qe, body_last) == ("The Acme Institute", None)
    assert quotes._body_source_before(art, pos, qs, qe, ("the doctor", None, spans[0][1], 0)) is None

    far = ('The Acme Institute reported that the bridge shows "serious cracks in two of its main supporting beams." '
           'Engineers visited the site on Monday. Repairs began in May. The work was "far slower than anyone in the '
           'town had hoped for."')
    art, spans = _art(far, orgs=("Acme Institute",))
    pos, (qs, qe) = art.sentence_at(spans[1][0]), spans[1]
    assert quotes._body_source_before(art, pos, qs, qe, ("The Acme Institute", None, spans[0][1], 0)) is None

    own = ('The Acme Institute reported that the bridge shows "serious cracks in two of its main supporting beams." '
           'The Beta Council then promised "a full repair of the bridge before the winter comes."')
    art, spans = _art(own, orgs=("Acme Institute", "Beta Council"))
    pos, (qs, qe) = art.sentence_at(spans[1][0]), spans[1]
    assert quotes._body_source_before(art, pos, qs, qe, ("The Acme Institute", None, spans[0][1], 0)) is None

    after = ('The Acme Institute reported that the bridge shows "serious cracks in two of its main supporting beams." '
             'The work was called "far slower than anyone in the town had hoped for" by the Beta Council.')
    art, spans = _art(after, orgs=("Acme Institute", "Beta Council"))
    pos, (qs, qe) = art.sentence_at(spans[1][0]), spans[1]
    assert quotes._body_source_before(art, pos, qs, qe, ("The Acme Institute", None, spans[0][1], 0)) is None
