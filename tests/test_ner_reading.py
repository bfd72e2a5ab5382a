"""What the NER step feeds the model: pieces that can hold a name, each distinct piece once."""

import pytest

from newsbrief.analyze._ner import may_name


@pytest.mark.parametrize("text", [
    "The storm hit the coast on its way north.",
    "It was not clear how many had died.",
    "but the rain kept falling, officials said.",
    "“We will rebuild every house,” he said.",
    "3,000 people were moved to higher ground.",
])
def test_a_piece_without_a_capital_beyond_an_opening_function_word_names_no_one(text):
    assert not may_name(text)


@pytest.mark.parametrize("text", [
    "China sent 3,000 troops.",
    "The storm hit Mozambique on Sunday.",
    "“We will rebuild,” said the mayor of Beira.",
    "Residents fled, the UN said.",
    "Clinton denied it.",
])
def test_a_piece_with_a_capitalized_word_that_may_name_someone_is_read(text):
    assert may_name(text)


@pytest.mark.slow  # loads spaCy
def test_recognize_reads_a_repeated_piece_once_and_gives_it_to_every_text():
    from newsbrief.analyze import _ner
    from newsbrief.config import Settings

    model = Settings().analysis.model
    texts = ["Jane Doe met officials in Nairobi on Monday.", "it rained all day.",
             "Jane Doe met officials in Nairobi on Monday."]
    out = _ner.recognize(texts, model)
    assert out[0] == out[2] and out[0]  # the same spans for both copies
    assert out[1] == []
    alone = _ner.recognize(texts[:1], model)
    assert alone[0] == out[0]
