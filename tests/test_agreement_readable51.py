"""Agreement items a reader can read alone (issue 11, agr51): each "Reported by most outlets" / shared item shows
the unit's most central member that reads alone (:func:`newsbrief.analyze.shown_member`), and an item none of whose
members reads alone is shown with the sentences before it in its article (its ``context``, as a timeline row's),
its outlets unchanged. Made-up texts (fast) and real clusters from ../shared (slow; skipped without them)."""

from __future__ import annotations

import gzip
import json

import pytest


def _shown(texts: list[str]) -> str:
    from newsbrief.analyze import shown_member

    return shown_member(texts, lambda t: t)[0]


def test_a_centre_that_reads_alone_stays_shown():
    """Made-up counter-case: the centre reads alone, so it is shown even though the next member reads alone too
    (and is longer, or names more)."""
    centre = "A fire killed 12 people in a Boston apartment block on Sunday."
    other = "Boston fire officials said 12 residents of the Dorchester apartment block died in Sunday's blaze."
    assert _shown([centre, other]) == centre


def test_a_leaning_centre_gives_way_to_a_member_that_reads_alone():
    """A centre with an odd quotation mark (a quotation closed in the sentence before) or a bare definite subject
    gives way to the member that reads alone; a unit none of whose members reads alone shows its centre."""
    alone = "A friend of the actress told People that her family supported her decision."
    assert _shown(['"Her friends are supportive of her decision, "a friend said…"', alone]) == alone
    assert _shown(["The car then sideswiped a parked vehicle on American Boulevard.", alone]) == alone
    assert _shown(["He was hanged at midnight.", "He was executed at about midnight."]) == "He was hanged at midnight."


def test_an_odd_quotation_mark_or_the_writer_s_voice_leans_and_a_plain_fact_does_not():
    from newsbrief.analyze import _item_leans

    assert _item_leans('I don\'t need to do anything anymore."') == "end of a quotation"
    assert _item_leans('"Her friends are supportive of her decision, "a friend said…"') == "odd quotation marks"
    assert _item_leans("I have the greatest respect for the engineers at Oculus.") == "writer's voice"
    assert _item_leans('The charity said "no decision has been reached" on the sale.') is None
    assert _item_leans("``We will win,'' Smith said.") is None  # (tokenized text's marks, read as a reader's)


def test_a_second_leading_connective_is_deleted_and_a_short_rest_keeps_it():
    """"Yet now, across the world ..." is "Now, across the world ..." after the summary's rewrite: that connective
    goes too. A plain sentence, or one whose rest would be under four words, stays as it is."""
    from newsbrief.analyze import _connectives_deleted

    assert _connectives_deleted("Now, across the world there are people left behind by globalization.").startswith(
        "Across the world there are people")
    assert _connectives_deleted("The council approved the budget on Tuesday.") == (
        "The council approved the budget on Tuesday.")
    assert _connectives_deleted("Now, it is done.") == "Now, it is done."


def test_a_maximum_or_minimum_makes_a_definite_subject_specific():
    """"The maximum individual donation is $2,700" says what it is, as "The average car" does; "The exchange
    comes after ..." does not."""
    from newsbrief.analyze.agreement import bare_definite_subject

    assert bare_definite_subject("The maximum individual donation is $2,700, according to the FEC.") is None
    assert bare_definite_subject("The minimum wage rose to $15 an hour.") is None
    assert bare_definite_subject("The exchange comes after Knox posted an email on her blog.")


# --- real data (spaCy and the sentence model: slow) ------------------------------------------------------------------


def _view(shared_dir, path: str, cluster: str) -> dict:
    import newsbrief

    with gzip.open(shared_dir / "data" / path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if path.startswith("ecbplus"):
        articles = [r for r in rows if r["cluster"] == cluster]
    else:
        articles = next(r for r in rows if r["id"] == cluster)["articles"]
    return newsbrief.brief(articles, analyze=True).analysis.to_dict()["agreement"]


def _items(d: dict) -> list[dict]:
    return d["consensus"] + d["shared"]


@pytest.mark.slow
def test_an_item_that_leans_is_shown_with_the_sentence_it_leans_on(shared_dir):
    """Multi-News validation 0180: "He is being held in the Madison County Jail with bail set at $30,000." is the
    words of every outlet reporting it; it is shown with the sentence before it, which names him ("White is
    charged with ..."), and its outlets as before."""
    d = _view(shared_dir, "multinews_sample/validation.jsonl.gz", "multinews-validation-sample-0180")
    item = next(u for u in _items(d) if u["text"].startswith("He is being held in the Madison County Jail"))
    assert item["context"].startswith("White is charged with"), item
    assert len(item["sources"]) >= 2


@pytest.mark.slow
def test_a_member_that_reads_alone_is_shown_for_a_leaning_centre(shared_dir):
    """ECB+ T01_ecb (Tara Reid in rehab): the centre '"Her friends and family are supportive of her decision, "a
    friend of the actress said…"' (its marks tokenized apart: the closing read as opening) and the centre "In an
    interview in October, Reid told People she was a "social drinker" ...:" (a line ending in a colon) gave way to
    another outlet's words of the same fact."""
    d = _view(shared_dir, "ecbplus/test.jsonl.gz", "T01_ecb")
    texts = [u["text"] for u in _items(d)]
    assert not [t for t in texts if t.startswith(('"Her friends and family', "“Her friends and family"))], texts
    assert not [t for t in texts if t.rstrip().endswith(":")], texts
    assert any(t.startswith("A friend of the actress told People") for t in texts), texts
    for u in _items(d):  # every item reads alone, or is shown with what it leans on
        from newsbrief.analyze import _item_leans

        assert not _item_leans(u["text"]) or u.get("context"), u["text"]


def test_a_surname_is_named_in_full_only_when_the_caller_accepts_the_person():
    """Made-up counter-case for the view's ``accept``: the brief's naming is unchanged without it; with it, a
    surname the caller does not take for the person named in full stays as written."""
    from newsbrief.rewrite import name_in_full

    article = "Tom Sullivan, the mayor, spoke. Sullivan said the bridge would reopen."
    assert name_in_full("Sullivan said the bridge would reopen.", article, []).text.startswith("Tom Sullivan said")
    kept = name_in_full("Sullivan said the bridge would reopen.", article, [], lambda form, full: False)
    assert kept.text.startswith("Sullivan said") and not kept.edits


@pytest.mark.slow
def test_an_item_names_a_person_in_full_when_the_view_s_entity_is_that_person(shared_dir):
    """ECB+ T21_ecb (a drunk driver at a Sam's Club): "Lasalle told police he had drank ..." was shown with the
    surname alone; the view's entity of that mention is "Phillip Lasalle", so the item names him in full. Multi-News
    0133 (Knox and Sollecito): "Ms Kercher's body" stays as written, her mention's entity being no "Lyle Kercher"
    (her brother, the name the article gives "Kercher" most often)."""
    texts = [u["text"] for u in _items(_view(shared_dir, "ecbplus/test.jsonl.gz", "T21_ecb"))]
    assert any(t.startswith("Phillip Lasalle told police") for t in texts), texts
    texts = [u["text"] for u in _items(_view(shared_dir, "multinews_sample/validation.jsonl.gz",
                                              "multinews-validation-sample-0133"))]
    assert not [t for t in texts if "Lyle Kercher" in t], texts


@pytest.mark.slow
def test_an_item_opening_on_two_connectives_reads_alone(shared_dir):
    """Multi-News validation 0026 (Zuckerberg's letter): "Yet now, across the world there are people left behind by
    globalization ..." was shown as "Now, across the world ..." (a leading connective); it reads "Across the world
    ..." now."""
    d = _view(shared_dir, "multinews_sample/validation.jsonl.gz", "multinews-validation-sample-0026")
    texts = [u["text"] for u in _items(d)]
    assert any(t.startswith("Across the world there are people left behind") for t in texts), texts
    assert not [t for t in texts if t.startswith("Now, across the world")], texts
