"""Names NER misses or mistypes at the speaker's place (issue 11, spk107; docs/analysis-labels.md "Speakers: a
weekday after a name is no part of it"): a weekday between a name and its verb, or after an inverted "said <name>",
is skipped and never a word of the name. The real paragraphs (stop 52's blind draws, tuning splits now) need
../shared and the spaCy model (the tests skip without them); the made-up counter-cases guard against over-reach."""

import gzip
import json
import re

from test_quote_parse import MODEL, _parser  # noqa: F401 (the autouse fixture skips without the model)


def _duc06(shared_dir, cluster: str, phrase: str, first: int = 0, last: int = 10_000) -> dict:
    """The article of DUC 2006 ``cluster`` holding ``phrase``, cut to paragraphs ``first`` .. ``last`` (0-based,
    blank-line separated), as an article row."""
    with gzip.open(shared_dir / "data" / "duc2006" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(r for r in map(json.loads, fh) if r["id"] == cluster)
    art = next(a for a in row["articles"] if phrase in a["text"])
    paras = [p for p in re.split(r"\n\s*\n", art["text"]) if p.strip()]
    return {"source": "example.com", "url": "https://example.com/a", "date": row.get("date", ""), **art,
            "text": "\n\n".join(paras[first : last + 1])}


def _said(row: dict) -> list[tuple[str, str | None]]:
    """Each quote's first words and speaker, the article read as the view reads it (NER, entity merge, parse)."""
    from conftest import view_sents
    from newsbrief.analyze.quotes import extract

    return [(" ".join(q.text.split()[:3]), q.speaker) for q in extract(view_sents(row), MODEL)]


def _made_up(text: str) -> dict:
    return {"title": "", "text": text, "source": "example.com", "url": "https://example.com/a", "date": "2015-05-01"}


def _speaker_of(said: list, opening: str) -> str | None:
    return next(s for w, s in said if w.startswith(opening))


def test_a_weekday_after_an_inverted_said_name_is_no_part_of_it(shared_dir):
    """DUC 2006 D0609I (blind-speakers59): '"...," said Muasher Friday when concluding a four-day visit to Israel.'
    On main the speaker shown was "Muasher Friday"."""
    said = _said(_duc06(shared_dir, "D0609I", "said Muasher Friday"))
    assert "Muasher Friday" not in [s for _, s in said], said
    assert any(s and s.endswith("Muasher") for _, s in said), said


def test_a_weekday_between_a_titled_name_and_its_verb_is_skipped(shared_dir):
    """DUC 2006 D0609I, article 18 (blind-speakers59): '... visiting U.S. Assistant Secretary of State for Near
    Eastern Affairs Martin Indyk Sunday reiterated that Washington is "concerned" ...' then '"We work very hard
    ...," he said.' On main "he" went to Netanyahu (named in the fronted phrase)."""
    said = _said(_duc06(shared_dir, "D0609I", "Martin Indyk Sunday reiterated"))
    assert _speaker_of(said, "We work very") == "Martin Indyk", said


def test_a_name_and_a_capitalised_word_that_is_no_weekday_stay_one_name():
    """(made up) Only a weekday is cut: a surname after a given name, and a particle name, stay whole."""
    said = _said(_made_up('"We will build the bridge before the winter comes," said Mary Poe when she left.'))
    assert _speaker_of(said, "We will build") == "Mary Poe", said
    said = _said(_made_up('"We will build the bridge before the winter comes," said Muasher Friday.'))
    assert _speaker_of(said, "We will build") == "Muasher", said


def _wiki(shared_dir, cluster: str, phrase: str, before: int = 0) -> dict:
    """The paragraph of WikiRef220 topic ``cluster`` holding ``phrase``, with ``before`` paragraphs before it."""
    with gzip.open(shared_dir / "data" / "wikiref220" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(r for r in map(json.loads, fh) if r["cluster"] == cluster and phrase in r["text"])
    paras = [p for p in re.split(r"\n\s*\n", row["text"]) if p.strip()]
    k = next(i for i, p in enumerate(paras) if phrase in p)
    return {**row, "text": "\n\n".join(paras[max(0, k - before) : k + 1])}


def test_a_one_word_name_set_off_by_commas_after_a_possessives_relative_speaks(shared_dir):
    """WikiRef220 michelle.obama (blind-speakers61): '"Mom," Malia, our 10-year-old, said.' and '"Her father asked
    her, 'Don't you want to pay your student loans?' " her mother, Marian, recalls.' NER types Malia and Marian
    places; on main the first had no speaker here (the op-ed's author in the whole article), the second the quote
    before's speaker (Craig Robinson)."""
    said = _said(_wiki(shared_dir, "michelle.obama", "Malia, our 10-year-old, said"))
    assert _speaker_of(said, "We have something") == "Malia", said
    said = _said(_wiki(shared_dir, "michelle.obama", "her mother, Marian, recalls"))
    assert _speaker_of(said, "Her father asked") == "Marian", said


def test_a_place_after_a_preposition_or_a_known_place_is_no_relative():
    """(made up) A place after a preposition next to "her home" does not speak, nor a place the gazetteer knows
    next to a relative; a relative's one-word name NER typed a place does."""
    said = _said(_made_up('"We will build the bridge before the winter comes," she said in Paris, her home, on '
                          'Monday.'))
    assert _speaker_of(said, "We will build") != "Paris", said
    said = _said(_made_up('"We will build the bridge before the winter comes," our neighbour, France, said.'))
    assert _speaker_of(said, "We will build") != "France", said  # a place the gazetteer knows stays a place
    said = _said(_made_up('"We will build the bridge before the winter comes," her brother, Karim, said.'))
    assert _speaker_of(said, "We will build") == "Karim", said


def _forced(text: str, people=(), orgs=()) -> list[tuple[str, str | None]]:
    """Each quote's first words and speaker, with NER's types given (``people``, ``orgs``), the parse used."""
    from test_analyze_units import _article_sents
    from newsbrief.analyze.quotes import extract

    return [(" ".join(q.text.split()[:3]), q.speaker) for q in extract(_article_sents(text, people=people, orgs=orgs),
                                                                        MODEL)]


def test_a_full_name_after_a_person_typed_bodys_title_speaks(shared_dir):
    """WikiRef220 premier.league, the topic's article 18 (blind-speakers62): 'Uefa chief executive Lars-Christer
    Olsson told BBC Radio Five Live the decision ... was unanimous.' then three '"...," he said' quotes. Over the
    cluster NER types "Uefa" a person (11 mentions) and misses the hyphenated name; on main all three went to Uefa.
    The real paragraphs with the cluster's types (one article alone, NER types Uefa an organization)."""
    with gzip.open(shared_dir / "data" / "wikiref220" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(r for r in map(json.loads, fh) if r["cluster"] == "premier.league"
                   and "Lars-Christer Olsson told" in r["text"])
    paras = [p for p in re.split(r"\n\s*\n", row["text"]) if p.strip()]
    k = next(i for i, p in enumerate(paras) if "Lars-Christer Olsson told" in p)
    said = _forced("\n\n".join(paras[k : k + 2]), people=("Uefa",), orgs=("BBC Radio Five Live",))
    assert said and all(who == "Lars-Christer Olsson" for _, who in said), said


def test_a_one_word_name_after_a_title_leaves_the_person_typed_mention():
    """(made up) Only a full name after the title takes the subject from the mention before it: a single
    capitalized word there ("chief executive Olsson") may be anything, so the old reading stands."""
    text = ('Jane Roe chief executive Tom Poe told reporters the bridge would close.\n\n'
            '"We will build the bridge before the winter comes," he said.')
    assert _forced(text, people=("Jane Roe",)) == [("We will build", "Tom Poe")]
    text = ('Pat Roe chief executive Olsson told reporters the bridge would close.\n\n'  # ("Pat": no gender; "Jane"
            '"We will build the bridge before the winter comes," he said.')  # is a woman's since spk135)
    assert _forced(text, people=("Pat Roe",)) == [("We will build", "Pat Roe")]
