"""A surname two people of a story share (issue 11, spk139; docs/analysis-labels.md "Speakers: a surname two people
share"). A bare surname speaker ('"...," Hartwell said', 'Baker said "..."') borne in full by two people the
article names (by the cluster's names: "Little Julia" is Julia Hartwell when another article says so) is the
bearer the text has in focus there: the one named in full in the sentences before, in the quote's paragraph or the
one before, or the bearer quoted last; when those differ, or nothing decides, the surname stays as written. Made-up
texts (entities given, no spaCy), the first three failing on main f3c6abc (the surname shown bare), the other three
counter-cases (the last one fails only without its guard: a surname written as a possessive)."""

import re
from types import SimpleNamespace

from test_analyze_units import _article_sents, _speakers


def _said(text, people=(), aliases=None):
    """The speakers of ``text`` with ``people`` as entities and ``aliases`` (word -> full name) as mentions of a
    person by a word of the name alone, as the cluster's entities link "Julia" to Julia Hartwell."""
    from newsbrief.analyze._doc import Mention

    sents = _article_sents(text, people=people)
    for word, name in (aliases or {}).items():
        ent = next((m.entity for s in sents for m in s.mentions if m.entity.name == name), None)
        if ent is None:
            ent = SimpleNamespace(id=name, name=name, label="PERSON", mentions=[], variants=[name])
        for s in sents:
            for hit in re.finditer(r"\b" + re.escape(word) + r"\b(?!\s+" + re.escape(name.split()[-1]) + ")", s.text):
                if any(m.start <= hit.start() < m.end for m in s.mentions):
                    continue
                m = Mention(s, hit.start(), hit.end(), word, "PERSON", ent)
                s.mentions.append(m)
                ent.mentions.append(m)
            s.mentions.sort(key=lambda m: m.start)
    return _speakers(sents)


_MOTHER = ('Little Julia goes to a preschool in Georgetown, and like many 4-year-olds she has a best friend. "She '
           'said you are my best buddy, and the teacher told her she could not say that," Julia\'s mother, Christine '
           'Hartwell, told reporters. "I think it is ridiculous, children of four speak from their heart," Hartwell '
           'said.')


def test_a_bare_surname_after_the_quote_is_the_bearer_quoted_last():
    """(made up, blind-speakers86 class A) main: "Hartwell" (two people bear it, Julia by the cluster's name)."""
    assert _said(_MOTHER, people=("Christine Hartwell",), aliases={"Julia": "Julia Hartwell"}) == [
        ("She", "Christine Hartwell"), ("I", "Christine Hartwell")]


def test_a_quote_carried_on_from_the_bare_surname_is_the_same_bearer():
    text = _MOTHER + '\n\n"Even now she looks at me sideways when she says it at home."'
    assert _said(text, people=("Christine Hartwell",), aliases={"Julia": "Julia Hartwell"})[-1] == (
        "Even", "Christine Hartwell")


_SHOP = ('Tom Baker opened the bakery on Main Street in 1980.\n\nHis son, Sam Baker, now runs it with two cousins. '
         'Sam Baker was at the counter on Tuesday when the two robbers came in.\n\nBaker said "they asked for the '
         'money in the register and then they ran out the back door."')


def test_a_bare_surname_before_the_quote_is_the_bearer_named_in_full_just_before():
    """(made up: father and son) main: "Baker"."""
    assert _said(_SHOP, people=("Tom Baker", "Sam Baker")) == [("they", "Sam Baker")]


def test_two_bearers_named_just_before_and_none_quoted_leave_the_surname():
    """Counter-case: the paragraph before names both in full and no one has spoken: the text does not decide."""
    text = _SHOP.replace("His son, Sam Baker, now runs it with two cousins. Sam Baker was",
                         "Tom Baker and his son, Sam Baker, were")
    text = text.replace("Tom Baker opened the bakery on Main Street in 1980.", "The bakery opened in 1980.")
    assert _said(text, people=("Tom Baker", "Sam Baker")) == [("they", "Baker")]


def test_the_bearer_quoted_last_and_another_named_just_before_leave_the_surname():
    """Counter-case: the father spoke last, the son is named in full just before: the two clues differ."""
    text = _SHOP.replace("Tom Baker opened the bakery on Main Street in 1980.",
                         '"We have never had trouble here in forty years of baking," Tom Baker said.')
    assert _said(text, people=("Tom Baker", "Sam Baker"))[-1] == ("they", "Baker")


def test_a_surname_written_only_as_a_possessive_is_left_alone():
    """Counter-case: "Ms Doe's family launched a plea": the surname owns the subject; it is not turned into the
    bearer quoted before (mn:0133's short 'some sort of closure', given to the sister quoted before), while the
    bare "Doe" in a speech sentence is."""
    from newsbrief.analyze import quotes as Q

    sents = _article_sents('Mary Doe was killed in 2007.\n\n"We will keep fighting for her memory until the very end," '
                           "Jane Doe said.\n\nThe police closed the case. Ms Doe's family launched a plea on Monday. "
                           "Doe said the family would go on.", people=("Jane Doe", "Mary Doe"))
    body = sents[0].sentence.article.body
    art = Q._Article(body, sents, [x.sentence.start for x in sents],
                     [p.start() for p in Q._PARAGRAPH_RE.finditer(body)] or [0])
    prior = Q.extract(sents)
    plea = next(x for x in sents if "plea" in x.text)
    assert Q._focused_bearer(art, "Ms Doe", None, plea.sentence.start + 5, plea, prior) is None
    assert Q._focused_bearer(art, "Doe", None, sents[-1].sentence.start + 5, sents[-1], prior)[0] == "Jane Doe"
