"""A quote's speaker as the view shows it: a name, not the possessive mark read with it (hand-made text, entities
given; no spaCy)."""

from test_analyze_units import _article_sents, _speakers


def test_a_name_read_with_its_possessive_mark_is_shown_without_it():
    # MultiLing M009 (Wikinews, the Beijing opening ceremony): the saying is Confucius's, shown as "Confucius'"
    sents = _article_sents("The first greeting message was a Confucius' saying, \"How Happy We Are, To Meet Friends "
                           "From Afar\", which the percussionists chanted.")
    assert _speakers(sents) == [("How", "Confucius")]


def test_a_description_with_a_possessive_keeps_it():
    sents = _article_sents('"We will appeal the ruling," the company\'s lawyers said on Monday.')
    assert _speakers(sents) == [("We", "the company's lawyers")]
