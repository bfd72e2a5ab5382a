"""A bare surname shared by several people is read article by article (docs/analysis-labels.md, "A surname shared by
several people, read article by article (issue 11, ent61)"). Real sentences from ../shared (skipped without it)
with the mentions typed as given; no spaCy. The real case fails on main d61bbed0; the made-up cases guard the
rule's reach."""

from test_entity_rows import _merged, _real, _row


def _arts(row):
    return {m.sent.source.n for m in row.mentions} if row is not None else set()


def test_a_bare_surname_is_the_person_its_article_names_in_full(shared_dir):
    """DUC 2006 D0627I: Rep. Chris Smith (articles naming him in full), Rudolph Smith (an article naming him, then
    "Smith and even multiracial adoption proponents say"), "Ms. Smith, the marketing coordinator" and an adoptee
    "Smith" (two articles naming no Smith in full): every bare and titled "Smith" joined Chris, whose row read
    "also written Smith / Mr Smith / Ms Smith"."""
    texts = _real("duc06:D0627I", ["Smith"], whole=True)
    ents = _merged(texts, [("Chris Smith", "PERSON"), ("Rudolph Smith", "PERSON"), ("Smith", "PERSON")])
    chris, rudolph = _row(ents, "Chris Smith"), _row(ents, "Rudolph Smith")
    assert chris is not rudolph
    chris_named = {m.sent.source.n for m in chris.mentions if m.text == "Chris Smith"}
    assert _arts(chris) == chris_named  # only the articles naming him in full
    assert "Mr Smith" in chris.variants and "Ms Smith" not in chris.variants
    assert len(rudolph.mentions) == 2 and _arts(rudolph) == {m.sent.source.n for m in rudolph.mentions}
    ms = next(e for e in ents if "Ms Smith" in e.variants)
    assert ms is not chris and ms is not rudolph


def test_a_bare_surname_in_an_article_naming_neither_namesake_is_no_ones():
    """Made up: John and Paul Smith named in full in two articles; "Mr. Smith" in a third naming neither is a row of
    its own (ent49 joined it to the Smith more often named), and each article's bare "Smith" is its own Smith's."""
    texts = ["John Smith, a farmer, said rain was late. Smith said his crop failed.",
             "Paul Smith, an official, visited. Smith said aid would come.", "Mr. Smith said the drought would end."]
    ents = _merged(texts, [("John Smith", "PERSON"), ("Paul Smith", "PERSON"), ("Smith", "PERSON")])
    assert _arts(_row(ents, "John Smith")) == {1} and _arts(_row(ents, "Paul Smith")) == {2}
    assert len(_row(ents, "John Smith").mentions) == 2 and len(_row(ents, "Paul Smith").mentions) == 2
    assert all(3 not in _arts(e) for e in ents if e.name in ("John Smith", "Paul Smith"))


def test_a_title_contradicting_the_one_namesake_of_its_article_is_not_theirs():
    """Made up: the article names Barbara Smith in full and Michael Smith is named elsewhere; "Mr. Smith" there is
    neither's (the title contradicts Barbara; Michael is not named in that article)."""
    texts = ["Barbara Smith, a teacher, said the school was full. Mr. Smith, her husband, agreed.",
             "Michael Smith, a lawyer, filed suit. Smith said he would appeal."]
    ents = _merged(texts, [("Barbara Smith", "PERSON"), ("Michael Smith", "PERSON"), ("Smith", "PERSON")])
    assert "Mr Smith" not in _row(ents, "Barbara Smith").variants
    assert _arts(_row(ents, "Michael Smith")) == {2}


def test_a_surname_of_one_person_named_in_full_joins_them_in_every_article():
    """Made up, counter-case: one Smith named in full; the bare "Smith" of another article is still hers."""
    texts = ["Barbara Smith, a teacher, said the school was full.", "Smith said more teachers were needed."]
    ents = _merged(texts, [("Barbara Smith", "PERSON"), ("Smith", "PERSON")])
    assert _arts(_row(ents, "Barbara Smith")) == {1, 2}


def test_a_given_name_before_another_namesakes_full_name_names_both():
    """Made up, after DUC 2006 D0650E: "Jimmy and Rosalynn Carter" names both (NER spans "Rosalynn Carter" only), so
    that article's bare "Carter" is not hers alone: step 1's rule gives it to Jimmy, the Carter most mentioned."""
    texts = ["Former President Jimmy Carter spoke. Carter said peace was near. Jimmy Carter left.",
             "The medal went to Jimmy and Rosalynn Carter. Carter said he was honored. Rosalynn Carter smiled."]
    ents = _merged(texts, [("Jimmy Carter", "PERSON"), ("Rosalynn Carter", "PERSON"), ("Carter", "PERSON")])
    assert _arts(_row(ents, "Jimmy Carter")) == {1, 2}
    assert len(_row(ents, "Rosalynn Carter").mentions) == 2
