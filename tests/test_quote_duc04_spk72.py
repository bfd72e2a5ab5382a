"""Speaker attribution shapes of AP / NYT newswire that the DUC 2004 draw blind-speakers72 showed (issue 11, spk72).

Hand-made text, entities given (no spaCy); the DUC 2004 split itself is not in CI (../external). Rules:
docs/analysis-labels.md, "Blind-speakers72"."""

from test_analyze_units import _article_sents, _speakers


def test_a_body_epithet_in_the_appositive_after_said_name_does_not_resolve_itself():
    # '..., said X, head of Y, the company that ...': resolving "the company" read the name after "said" up to the
    # sentence's end, which holds "the company" again; the name after the verb is read up to the epithet only
    sents = _article_sents("Most of the content is false, but the medium is tough to rein in, said Azzman "
                           "Shariffadeen, head of Mimos, the company that set up the Internet infrastructure. "
                           "``No website has been blocked or censored by the government,'' he said.",
                           people=("Azzman Shariffadeen",), orgs=("Mimos",))
    assert _speakers(sents)[-1] == ("No", "Azzman Shariffadeen")
