"""NER types at a speaker's place (issue 11, spk94; docs/analysis-labels.md "Speakers: NER types at the speaker's
place"): a span the small model types a person that is part of a place's name ("Tan" of "Tan Son Nhut Air Base")
is no one "he" can be, and a built site's name ending in "Base" is a place, not a person. The real paragraphs need
../shared and the spaCy model (the tests skip without them); the made-up counter-cases guard against over-reach."""

import gzip
import json
import re

from test_quote_parse import MODEL, _parser  # noqa: F401 (the autouse fixture skips without the model)


def _multinews_row(shared_dir, cluster: str, n: int, first: int, last: int) -> dict:
    """Article ``n`` (1-based, file order) of a Multi-News cluster cut to paragraphs ``first`` .. ``last`` (0-based,
    blank-line separated), as an article row."""
    from newsbrief.ingest import article_from_dict

    with gzip.open(shared_dir / "data" / "multinews_sample" / "validation.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(c for c in map(json.loads, fh) if c["id"].endswith("-" + cluster))
    art = row["articles"][n - 1]
    paras = [p for p in re.split(r"\n\s*\n", article_from_dict(art).raw_text) if p.strip()]
    return {**art, "text": "\n\n".join(paras[first : last + 1])}


def _said(row: dict) -> list[tuple[str, str | None]]:
    """Each quote's first word and speaker, the article read as the view reads it (NER, entity merge, parse)."""
    from conftest import view_sents
    from newsbrief.analyze.quotes import extract

    return [(q.text.split()[0], q.speaker) for q in extract(view_sents(row), MODEL)]


def _made_up(text: str) -> dict:
    return {"title": "", "text": text, "source": "example.com", "url": "https://example.com/a", "date": "2015-05-01"}


def test_he_after_a_bases_name_cut_by_ner_is_the_person_named_before(shared_dir):
    """Multi-News 0155, article 3, paragraphs 1-5 (blind-speakers10): '... a Vietnam veteran named Jim Reischl ...
    He was a 21-year-old Air Force sergeant ... before his buddies at Tan Son Nhut Air Base finally persuaded him
    ...' then '"She told me she was pregnant," he recalls.' NER types "Tan" and "Nhut Air Base" persons; on main
    the base (or, with the base a place, "Tan") was "he" three times."""
    said = _said(_multinews_row(shared_dir, "0155", 3, 1, 5))
    assert [s for w, s in said if w in ("She", "Was")] == ["Jim Reischl", "Jim Reischl"], said


def test_a_person_named_beside_a_place_is_still_he():
    """(made up) A person's name before a place's name with a comma or a preposition between is a person ("John
    Smith of Houston", "Jane Roe, Paris"): only capitalized words running into the place make a place's name."""
    text = ('Veteran John Smith of Houston came back to the town this spring after forty years away from it.\n\n'
            '"I never thought I would see this street again," he said.')
    assert _said(_made_up(text))[-1:] == [("I", "John Smith")]


def test_a_place_in_the_slot_or_after_said_in_gives_no_person():
    """(made up) "said in Paris" names where, not who; "Washington said" is the government (a place NER typed GPE
    speaks for its state), never a person the story names."""
    text = ('Officials met in Paris on Monday. Jane Roe, the envoy, arrived late.\n\n'
            '"We will not sign this agreement today," the envoy said in Paris.\n\n'
            '"The draft ignores every one of our demands," Washington said.')
    assert _said(_made_up(text)) == [("We", "Jane Roe"), ("The", "Washington")]


def _duc2003_row(shared_dir, cluster: str, n: int, first: int, last: int) -> dict:
    """Article ``n`` of a DUC 2003 cluster cut to paragraphs ``first`` .. ``last``, as an article row."""
    from newsbrief.ingest import article_from_dict

    with gzip.open(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(c for c in map(json.loads, fh) if c["id"] == cluster)
    art = row["articles"][n - 1]
    paras = [p for p in re.split(r"\n\s*\n", article_from_dict(art).raw_text) if p.strip()]
    return {**art, "text": "\n\n".join(paras[first : last + 1])}


def test_he_after_a_dateline_in_capitals_is_no_headline_words(shared_dir):
    """DUC 2003 d125i, article 2, paragraphs 0-2: 'INSIDE MOZUMI MINE, Japan (AP) _ Researcher Christopher Mauger
    admits ...' then '``That certainly keeps things exciting,'' he says.' NER types the dateline's "INSIDE MOZUMI
    MINE" a person; on main it was "he"."""
    said = _said(_duc2003_row(shared_dir, "d125i", 2, 0, 2))
    assert said and said[-1][0] == "That" and said[-1][1] not in (None, "INSIDE MOZUMI MINE"), said
    assert "Christopher" in said[-1][1], said


def test_a_transcript_tag_or_a_name_in_capitals_inside_a_line_is_no_headline():
    """(made up) Words in capitals are a person's name when a colon tags a transcript line with them ("JANE ROE:")
    or when they stand inside a line; only a line's opening words in capitals with no colon after are a headline's
    ("JANE ROE WINS ..."), and a name in lower case never is."""
    from test_analyze_units import _article_sents

    from newsbrief.analyze._speaker_ner import headline_words

    def read(text, name):
        sents = _article_sents(text, people=(name,))
        return [headline_words(m) for s in sents for m in s.mentions]

    assert read('JANE ROE: "We will not sign this agreement today."', "JANE ROE") == [False]
    assert read('The crowd cheered as JANE ROE walked to the stage on Monday.', "JANE ROE") == [False]
    assert read('Jane Roe wins the vote in a landslide on Monday night.', "Jane Roe") == [False]
    assert read('JANE ROE WINS\n\nThe senator won the vote in a landslide on Monday night.', "JANE ROE WINS") == [True]


def _wikiref_row(shared_dir, article_id: str, first: int, last: int) -> dict:
    """The WikiRef220 article ``article_id`` cut to paragraphs ``first`` .. ``last`` (0-based), as an article row."""
    with gzip.open(shared_dir / "data" / "wikiref220" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(r for r in map(json.loads, fh) if r["id"] == article_id)
    paras = [p for p in re.split(r"\n\s*\n", row["text"]) if p.strip()]
    return {**row, "text": "\n\n".join(paras[first : last + 1])}


def test_a_name_typed_a_place_with_an_age_after_said_is_the_speaker(shared_dir):
    """WikiRef220 ParisAttacks2015 (26), paragraphs 23-25: '"We're still in shock," said Youssef, a local man. ...'
    then '"On Fridays, they would stay smoking on the terrace. ...," said Karim, 27, who lives in a flat above the
    bar.' NER types "Karim" a place (GPE), so on main the aged name was skipped and the quote continued Youssef's."""
    said = _said(_wikiref_row(shared_dir, "ParisAttacks2015 (26)", 23, 25))
    assert said[-1] == ("On", "Karim"), said


def test_a_known_place_with_a_number_after_said_is_no_aged_person():
    """(made up) The age reading takes a name typed a place only when the gazetteer does not know it: 'said Karim,
    27,' is a person; "Paris" is a place the gazetteer holds, so the old reading stands for it."""
    from newsbrief.analyze._speaker_ner import aged_person_typed_place
    from newsbrief.analyze.gazetteer import place_names

    if not place_names():
        assert not aged_person_typed_place("Karim")  # without the package nothing changes
        return
    assert aged_person_typed_place("Karim")
    assert not aged_person_typed_place("Paris") and not aged_person_typed_place("Houston")
