"""Entity merges read against the text (docs/analysis-labels.md, "Entity merges: surnames a letter apart, titles
outside the name (issue 11, ent49)"): a surname spelled a letter off a person's joins that person only when the
text says it is the same name. Real sentences from ../shared (skipped without it), with the mentions typed as the
small spaCy model types them there; no spaCy. Each real case merged two people (or a person and a place) on main."""

from test_entity_rows import _merged, _real, _row


def _apart(ents, a, b):
    ra, rb = _row(ents, a), _row(ents, b)
    return ra is not None and rb is not None and ra is not rb


def test_a_bare_surname_a_letter_off_in_articles_that_never_write_the_name_is_another_name(shared_dir):
    """DUC 2006 D0612C: "Davis" of "the University of California, Davis" (typed a person) was Rebecca David's row;
    D0615F: "a David vs. Goliath struggle" was Jim Davis's; D0620B: "Barney the purple dinosaur" Gov. Roy Barnes's.
    None of those articles writes the person's spelling."""
    texts = _real("duc06:D0612C", ["University of California, Davis", "Rebecca David"])
    ents = _merged(texts, [("Rebecca David", "PERSON"), ("Davis", "PERSON")])
    assert _apart(ents, "Davis", "Rebecca David")
    texts = _real("duc06:D0615F", ["a David vs", "Jim Davis", "Davis said"])
    ents = _merged(texts, [("Jim Davis", "PERSON"), ("Davis", "PERSON"), ("David", "PERSON")])
    assert _apart(ents, "David", "Jim Davis") and "Davis" in _row(ents, "Jim Davis").variants
    texts = _real("duc06:D0620B", ["Barney the purple", "Roy Barnes planned"])
    ents = _merged(texts, [("Roy Barnes", "PERSON"), ("Barney", "PERSON")])
    assert _apart(ents, "Barney", "Roy Barnes")


def test_a_slip_beside_the_name_it_misspells_still_joins():
    """Made up, as DUC 2006 D0649D writes it: one article spells the man Gref and once Graf: a slip, one person."""
    texts = ["German Gref, the head of the center, said the state must change. Gref worked with Putin. "
             "Graf said his think-tank reports to Putin."]
    ents = _merged(texts, [("German Gref", "PERSON"), ("Gref", "PERSON"), ("Graf", "PERSON")])
    assert {"Gref", "Graf"} <= set(_row(ents, "German Gref").variants)


def test_bare_spellings_of_one_word_across_articles_still_join():
    """Made up, as BASIL writes Gaddafi's given name (one outlet Moammar, another Muammar) with no full name:
    spellings of one word, not a person named in full that another name a letter off would be mistaken for."""
    texts = ["Moammar was not seen in public. Officials said so.", "Muammar spoke on television on Tuesday."]
    ents = _merged(texts, [("Moammar", "PERSON"), ("Muammar", "PERSON")])
    assert not _apart(ents, "Moammar", "Muammar")


def test_a_bare_surname_joins_the_person_who_spells_it_so(shared_dir):
    """DUC 2006 D0622D: "Warned Schumer" went to the larger "Schuber" (Bergen County's executive), a letter off,
    not to Charles Schumer; Multi-News 0152: "Kelley" (Greg Kelley, jailed) was Fran Keller's row."""
    texts = _real("duc06:D0622D", ["Schuber", "Schumer"])
    ents = _merged(texts, [("Charles Schumer", "PERSON"), ("Schumer", "PERSON"), ("Schuber", "PERSON")])
    assert "Schumer" in _row(ents, "Charles Schumer").variants and _apart(ents, "Schuber", "Charles Schumer")
    texts = _real("mn:0152", ["Kelley", "Keller"])
    ents = _merged(texts, [("Fran Keller", "PERSON"), ("Greg Kelley", "PERSON"), ("Keller", "PERSON"),
                           ("Kelley", "PERSON")])
    assert "Kelley" in _row(ents, "Greg Kelley").variants and _apart(ents, "Kelley", "Fran Keller")


def test_a_bare_name_is_not_an_east_asian_full_names_given_name(shared_dir):
    """DUC 2003 d123h: "students like Zhang" was Bai Zihong's row (Zihong, his given name, is spelled like Zhang);
    a Western full name keeps its surname last ("Leo Tang ... Tang said")."""
    texts = _real("duc:d123h", ["Bai Zihong", "students like Zhang"])
    ents = _merged(texts, [("Bai Zihong", "PERSON"), ("Zhang", "PERSON")])
    assert _apart(ents, "Zhang", "Bai Zihong")
    texts = ["Leo Tang, a student, visited the barracks. Tang said he was proud."]
    assert "Tang" in _row(_merged(texts, [("Leo Tang", "PERSON"), ("Tang", "PERSON")]), "Leo Tang").variants


def test_full_names_a_letter_apart_with_other_first_names_are_two_people(shared_dir):
    """DUC 2006 D0626H: "Abdallah Mohammed Fadhul" (a Comorian) and "Mustafa Mohamed Fadhil" (an Egyptian), two
    suspects, were one row (their middle names agree); D0642F's "Henrique Salas Romer" / "Salas Roemer" is one
    man (his first given name is one of the other's)."""
    texts = _real("duc06:D0626H", ["Abdallah Mohammed Fadhul", "Mustafa Mohamed Fadhil"])
    ents = _merged(texts, [("Abdallah Mohammed Fadhul", "PERSON"), ("Mustafa Mohamed Fadhil", "PERSON")])
    assert _apart(ents, "Abdallah Mohammed Fadhul", "Mustafa Mohamed Fadhil")
    texts = _real("duc06:D0642F", ["Henrique Salas Romer", "Henrique Salas Roemer", "Salas Roemer"])
    ents = _merged(texts, [("Henrique Salas Romer", "PERSON"), ("Salas Roemer", "PERSON")])
    assert not _apart(ents, "Salas Roemer", "Henrique Salas Romer")


def test_a_persons_surname_is_not_a_schools_one_word(shared_dir):
    """DUC 2006 D0610A: "Smith said" (Michael Smith of the Home School Legal Defense Association, typed ORG) joined
    him and, as a school's one word, "Smith College" too: one row for the man and the college."""
    texts = _real("duc06:D0610A", ["Smith College", "Michael Smith", "Smith said"])
    ents = _merged(texts, [("Smith College", "ORG"), ("Michael Smith", "PERSON"), ("Smith", "ORG")])
    assert _apart(ents, "Smith College", "Michael Smith")
    texts = ["Stanford University said the study was done. Stanford researchers agreed."]
    ents = _merged(texts, [("Stanford University", "ORG"), ("Stanford", "ORG")])
    assert not _apart(ents, "Stanford", "Stanford University")


def test_an_honorific_ner_left_outside_the_name_is_read_as_the_persons_title(shared_dir):
    """DUC 2006 D0612C: "Ms. Beck" (NER spans "Beck": Victoria Beck, the mother) was Gary Beck's row, the first of
    the two people named Beck; the title ent43's rule reads inside a name counts when NER leaves it outside."""
    texts = _real("duc06:D0612C", ["Victoria and Gary Beck", "said Victoria Beck"], whole=True)
    ents = _merged(texts, [("Gary Beck", "PERSON"), ("Victoria Beck", "PERSON"), ("Beck", "PERSON")])
    assert "Beck" in _row(ents, "Victoria Beck").variants
    assert "Beck" not in _row(ents, "Gary Beck").variants


def test_an_honorific_outside_the_name_that_fits_two_people_joins_the_larger_as_before():
    """Made up: "Mr. Smith" with two men named Smith joins the more mentioned, as without the title (a title NER
    leaves out is everywhere in NYT copy: a row of its own for each would split most of them), and shows as "Smith"
    (and, since ent50, as written, "Mr Smith", beside it)."""
    texts = ["John Smith, the mayor, spoke. John Smith said the road is closed. Paul Smith, a farmer, agreed. "
             "Mr. Smith said more would follow."]
    ents = _merged(texts, [("John Smith", "PERSON"), ("Paul Smith", "PERSON"), ("Smith", "PERSON")])
    assert {"Smith", "Mr Smith"} <= set(_row(ents, "John Smith").variants)
    assert "Mr Smith" not in _row(ents, "Paul Smith").variants


def test_a_bare_name_keeps_the_type_its_titled_mentions_gave_it():
    """Made up, as WikiRef220's MH370 articles write it: "Mr. Najib" (typed a person) keyed apart with its title
    must not leave the bare "Najib said" (typed ORG once) an organization of its own: both join Najib Razak."""
    texts = ["Prime Minister Najib Razak spoke. Mr. Najib said the plane was lost. Mr. Najib left. "
             "\"It ended in the ocean,\" Najib said."]
    ents = _merged(texts, [("Najib Razak", "PERSON"), ("Najib", ("PERSON", "PERSON", "ORG"))])
    row = _row(ents, "Najib Razak")
    assert [e for e in ents if "Najib" in e.variants] == [row]
