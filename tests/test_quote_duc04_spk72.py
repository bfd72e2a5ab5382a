"""Speaker attribution shapes of AP / NYT newswire that the DUC 2004 draw blind-speakers72 showed (issue 11, spk72).

Hand-made text, entities given (no spaCy); the DUC 2004 split itself is not in CI (../external). Rules:
docs/analysis-labels.md, "Blind-speakers72"."""

from test_analyze_units import _article_sents, _speakers
from test_quote_parse import MODEL, _parser  # noqa: F401 (the autouse fixture skips without the model)
from test_quote_parse import _speakers as _parsed_speakers


def test_a_body_epithet_in_the_appositive_after_said_name_does_not_resolve_itself():
    # '..., said X, head of Y, the company that ...': resolving "the company" read the name after "said" up to the
    # sentence's end, which holds "the company" again; the name after the verb is read up to the epithet only
    sents = _article_sents("Most of the content is false, but the medium is tough to rein in, said Azzman "
                           "Shariffadeen, head of Mimos, the company that set up the Internet infrastructure. "
                           "``No website has been blocked or censored by the government,'' he said.",
                           people=("Azzman Shariffadeen",), orgs=("Mimos",))
    assert _speakers(sents)[-1] == ("No", "Azzman Shariffadeen")


def test_the_person_a_news_agency_quoted_as_saying_speaks_by_the_parse_too():
    # AP, DUC 2004 d30008t 2 / d30011t 7: the rules read the relayed object; the parse's subject of "quoted"
    # (the agency) took its place as a subject "past a phrase" (main: "the Bernama news agency")
    text = ("On Tuesday, Jane Doe denounced demonstrators who had flocked to the streets, calling them part of a "
            "plot to topple the government. ``They decided that the government should be brought down through "
            "demonstrations, riots,'' the Bernama news agency quoted Doe as saying in Sarawak state.")
    sents = _article_sents(text, people=("Jane Doe", "Doe"), orgs=("Bernama",), places=("Sarawak",))
    assert _parsed_speakers(sents) == [("They", "Doe")]


def _merged(text, spans):
    """Sents of ``text`` with the mentions ``spans`` (surface, label) where they occur, merged into entities."""
    from newsbrief.analyze import entities
    from newsbrief.analyze._doc import Mention

    sents = _article_sents(text)
    for s in sents:
        for surface, label in spans:
            i = s.text.find(surface)
            while i >= 0:
                if not any(m.start <= i < m.end for m in s.mentions):
                    s.mentions.append(Mention(s, i, i + len(surface), surface, label))
                i = s.text.find(surface, i + len(surface))
        s.mentions.sort(key=lambda m: m.start)
    return sents, entities.merge(sents)


def test_a_person_typed_adjective_made_of_a_name_is_no_mention_of_a_name():
    from newsbrief.analyze.quotes import extract

    # AP, DUC 2004 d30011t 1: 'Local newspapers that are normally pro-Mahathir have splashed ...' (NER: a person),
    # keyed as two name words, was the only "full" name of the bare surname's row: every "Mahathir" of the story
    # was shown as "pro-Mahathir", quotes' speakers too
    text = ("``We can't accept this and we will undertake full investigations,'' Mahathir was quoted as saying. "
            "Local newspapers that are normally pro-Mahathir have splashed close-up photos for two days. "
            "Mahathir fired Anwar on Sept. 2.")
    sents, ents = _merged(text, [("pro-Mahathir", "PERSON"), ("Mahathir", "PERSON"), ("Anwar", "PERSON")])
    assert sorted(e.name for e in ents) == ["Anwar", "Mahathir"]
    assert [q.speaker for q in extract(sents)] == ["Mahathir"]
