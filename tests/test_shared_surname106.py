"""A bare surname two people of one article share (issue 11, spk106; docs/analysis-labels.md "A surname two people
share"): the bare surname never names a person the article introduces as the surname's relative ("Funnye's
mother, Verdelle Robinson Funnye"). Hand-made entities as the cluster linked them; no spaCy."""

from test_analyze_units import _article_sents, _speakers


def _wiki_paragraphs(shared_dir, topic, k, first, last):
    """Paragraphs ``first`` .. ``last`` (0-based, blank-line separated) of WikiRef220 topic ``topic``'s article
    ``k`` (1-based, in file order), as read."""
    import gzip
    import json
    import re

    with gzip.open(shared_dir / "data" / "wikiref220" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["cluster"] == topic]
    paras = [p for p in re.split(r"\n\s*\n", rows[k - 1]["text"]) if p.strip()]
    return "\n\n".join(paras[first : last + 1])


def _bare_surname_as(sents, word, full_name):
    """Every bare ``word`` (not inside a longer name given) as a mention of ``full_name``'s entity: as a cluster
    links the surname to the one it names most."""
    from newsbrief.analyze._doc import Mention

    ent = next(m.entity for s in sents for m in s.mentions if m.text == full_name)
    for s in sents:
        taken = [(m.start, m.end) for m in s.mentions]
        i = s.text.find(word)
        while i >= 0:
            if not any(a <= i < b for a, b in taken) and (i == 0 or not s.text[i - 1].isalpha()):
                s.mentions.append(Mention(s, i, i + len(word), word, "PERSON", ent))
            i = s.text.find(word, i + 1)
        s.mentions.sort(key=lambda m: m.start)
    return sents


def test_a_bare_surname_is_not_the_relative_the_article_introduces_by_it(shared_dir):
    """WikiRef220 michelle.obama article 21 (blind-speakers61's article 8), the Forward: 'Rabbi Capers Funnye ...'
    then "Funnye's mother, Verdelle Robinson Funnye" then '"Her father was like the glue of our family," Funnye
    said.': the rabbi, not his mother (on main: Verdelle Robinson Funnye for all six of his quotes)."""
    text = _wiki_paragraphs(shared_dir, "michelle.obama", 21, 1, 8)
    assert "Funnye’s mother, Verdelle Robinson Funnye" in text
    sents = _bare_surname_as(_article_sents(text, people=("Rabbi Capers Funnye", "Verdelle Robinson Funnye",
                                                          "Michelle Obama")), "Funnye", "Rabbi Capers Funnye")
    got = dict(_speakers(sents))
    assert got["Her"] == "Rabbi Capers Funnye"
    assert got["I"] == "Rabbi Capers Funnye"


def test_a_relative_introduced_by_another_name_still_bears_the_surname():
    """(made up) The relative is introduced by the other person's given name ("Ana's father"), not by the bare
    surname: a later bare "Ruiz" is the father, the last named in full, as before."""
    text = ('Ana Ruiz, 6, was found on Monday. Ana\'s father, Carlos Ruiz, flew in from Lima. '
            'Ruiz said that "we have waited for this day for a long time".')
    sents = _bare_surname_as(_article_sents(text, people=("Ana Ruiz", "Carlos Ruiz")), "Ruiz", "Ana Ruiz")
    assert dict(_speakers(sents))["we"] == "Carlos Ruiz"


def test_a_relative_of_the_surname_is_skipped_only_when_introduced_by_that_surname():
    """(made up) "Lopez's mother, Maria Lopez" then a bare "Lopez": the son named first, not the mother; with the
    mother introduced by her own name and no kin phrase, she is the last named in full and keeps the quote."""
    text = ('Judge Daniel Lopez ruled on Monday. Lopez\'s mother, Maria Lopez, sat in the gallery. '
            '"The law gives us no other choice here," Lopez said.')
    sents = _bare_surname_as(_article_sents(text, people=("Judge Daniel Lopez", "Maria Lopez")), "Lopez",
                             "Judge Daniel Lopez")
    assert dict(_speakers(sents))["The"] == "Judge Daniel Lopez"
    text = ('Judge Daniel Lopez ruled on Monday. Maria Lopez, a teacher, sat in the gallery. '
            '"The law gives us no other choice here," Lopez said.')
    sents = _bare_surname_as(_article_sents(text, people=("Judge Daniel Lopez", "Maria Lopez")), "Lopez",
                             "Judge Daniel Lopez")
    assert dict(_speakers(sents))["The"] == "Maria Lopez"
