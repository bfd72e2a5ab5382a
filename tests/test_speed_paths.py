"""The brief's speed-ups (issue 10, helper "speed10") change no answer: each fast path gives what the plain
computation gives, on crafted cases and on every sentence of real clusters. (Speed itself is measured by
``bench/brief.py --cpu``; identical outputs of all briefs by ``bench/brief.py --outputs``.)"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from conftest import load_clusters

from newsbrief import _patterns, rewrite, selection
from newsbrief.config import Settings
from newsbrief.ingest import article_from_dict
from newsbrief.pipeline import prepare
from newsbrief.selection import _QUERY_URL_RE, _URL_RE, Selector, _is_candidate_text, _is_context_text, _is_fragment
from newsbrief.support import CitationIndex, _words, quoted_spans

#: Sentences that reach each branch of the cued patterns, the ASCII fast path and the others.
CRAFTED = [
    "To learn more, click here.", "Click Here for the full story.", "By signing up, you agree to our terms.",
    "You can unsubscribe at any time.", "Share this (opens in new window)", "Sign up for our daily newsletters.",
    "Follow us on Twitter for updates.", "Join our mailing list.", "Subscribe to our podcast.",
    "Please register to comment.", "Be sure to check out our coverage of the vote.", "Stay tuned for more from us.",
    "The full report after the jump.", "CNN has the details.", "The Times has more story.",
    "Wale Aliyu reports. (Published Saturday, Sept. 29, 2018)", "John Smith reports.",
    "Judge Aaron Persky is shown in this June 27, 2011 file photo.", "Aurelie Chatelain, in this photograph provided "
    "by the City Hall, is seen during a sporting event.", "A man walks past (AP Photo/Jane Doe).",
    "The crowd cheers (Joe Cavaretta/South Florida Sun-Sentinel via AP) (Associated Press)",
    "Zainab al-Khawaja (L) is greeted by supporters.", "President Obama speaks during a news conference at the White "
    "House in Washington, Jan. 19, 2011.", "The storm hit the coast on Monday, officials said.",
    "Read it at www.epa.gov or http://example.com/a?b=c today.", "See https://example.com and www.example.org.",
    "Protesters chanted under #StanfordRape all day.", "The #1 pick went to Dallas.",
    # non-ASCII: a case-blind match may read these as ASCII letters (the Kelvin sign as "k", a long s as "s")
    "To learn more, clic\u212a here.", "\u017ftay tuned for more from us.", "Stick around \u2014 more from us soon.",
    "“We will win,” he said, in this photo from the rally.", "Café owners said the rules were clear.",
    "", "(", "HTTP", "www.", ", 2011", "Reports.",
    "“We will win,” he said.", "The plan failed, said she.", "“No,” they wrote on Monday.",
    "She added that it rained.",
]


def _shared_sentences(shared_dir: Path, per_set: int) -> list:
    out = []
    for name in ("duc2003_task3", "multinews_sample", "multiling2011_en"):
        path = next((shared_dir / "data" / name).glob("*.jsonl.gz"))
        for c in load_clusters(path, per_set):
            b = prepare([article_from_dict(a, where=name) for a in c["articles"]])
            out.extend(s for a in b.articles for s in a.sentences)
    return out


def _plain_cued_search(pattern, cues, text, lowered=None):
    return pattern.search(text)


def _plain_outside_quotes(text: str) -> str:
    return _patterns.QUOTED_RE.sub(" ", text)


def _readability(texts: list[str], settings: Settings) -> list[tuple]:
    """What the readability checks say of each text (the selector's candidate and context checks, the fragment
    check, the writer's voice, what still leans on an unshown sentence)."""
    out = []
    for text in texts:
        out.append((_is_candidate_text(text, settings), _is_context_text(text, settings) if text.strip() else None,
                    _is_fragment(text.strip()) if text.strip() else None, _patterns.writer_voice(text),
                    rewrite.dangling_reason(text) if text.strip() else None))
    return out


def _check_texts(texts: list[str], monkeypatch) -> None:
    settings = Settings()
    for text in texts:
        for pattern, cues in ((_patterns.PROMPT_SENTENCE_RE, _patterns.PROMPT_SENTENCE_CUES),
                              (_patterns.CAPTION_SENTENCE_RE, _patterns.CAPTION_SENTENCE_CUES)):
            fast = _patterns.cued_search(pattern, cues, text)
            plain = pattern.search(text)
            assert (fast and fast.span()) == (plain and plain.span()), (pattern.pattern[:30], text)
        assert _patterns.outside_quotes(text) == _plain_outside_quotes(text), text
        assert _patterns.outside_quotes(text) == _plain_outside_quotes(text), text  # (cached the 2nd time)
        speakers = [bool(rx.search(text)) for rx in (rewrite.PRONOUN_SPEAKER_RE, rewrite.INVERTED_PRONOUN_RE,
                                                     rewrite.PLURAL_SPEAKER_RE)]
        assert rewrite._has_say(text) or not any(speakers), text  # (the patterns skipped are the ones not matching)
        assert selection._may_hold_address(text) or not (_URL_RE.search(text) or _QUERY_URL_RE.search(text)), text
    fast = _readability(texts, settings)
    # the same checks with every fast path off: each pattern run, each quotation blanked anew
    with monkeypatch.context() as m:
        m.setattr(_patterns, "cued_search", _plain_cued_search)
        m.setattr(_patterns, "outside_quotes", _plain_outside_quotes)
        m.setattr(rewrite, "_outside_quotes", _plain_outside_quotes)
        m.setattr(rewrite, "_has_say", lambda text: True)
        m.setattr(selection, "_may_hold_address", lambda text, lowered=None: True)
        plain = _readability(texts, settings)
    assert fast == plain
    assert any(f[0] for f in fast) and not all(f[0] for f in fast)


def test_cued_patterns_and_readability_checks_agree_with_the_plain_ones_on_crafted_sentences(monkeypatch):
    _check_texts(CRAFTED, monkeypatch)
    # each cued branch is reached: the crafted prompts and captions are found, by both paths
    assert sum(bool(_patterns.PROMPT_SENTENCE_RE.search(t)) for t in CRAFTED) >= 15
    assert sum(bool(_patterns.CAPTION_SENTENCE_RE.search(t)) for t in CRAFTED) >= 6
    assert sum(bool(rewrite.PRONOUN_SPEAKER_RE.search(t) or rewrite.INVERTED_PRONOUN_RE.search(t)
                    or rewrite.PLURAL_SPEAKER_RE.search(t)) for t in CRAFTED) >= 4
    assert _patterns.cued_search(_patterns.PROMPT_SENTENCE_RE, _patterns.PROMPT_SENTENCE_CUES,
                                 "To learn more, clic\u212a here.")  # (the pattern reads the Kelvin sign as "k")


@pytest.mark.slow
def test_cued_patterns_and_readability_checks_agree_with_the_plain_ones_on_real_sentences(shared_dir, monkeypatch):
    sentences = _shared_sentences(shared_dir, 8)
    texts = [" ".join(s.text.split()) for s in sentences]
    assert len(texts) > 1000
    _check_texts(texts, monkeypatch)
    fast = [rewrite.rewrite(s, t) for s, t in zip(sentences, texts)]
    with monkeypatch.context() as m:  # the rewrite with its pronoun-speaker patterns run on every text
        m.setattr(rewrite, "_has_say", lambda text: True)
        m.setattr(rewrite, "_outside_quotes", _plain_outside_quotes)
        assert [rewrite.rewrite(s, t) for s, t in zip(sentences, texts)] == fast
    assert any(r.edits for r in fast)


def _plain_concept_weights(selector: Selector, cands, n_articles: int) -> dict:
    first: dict = defaultdict(dict)
    for c in cands:
        art, idx = c.sentence.article_id, c.sentence.index
        for k in c.concepts:
            seen = first[k]
            if idx < seen.get(art, idx + 1):
                seen[art] = idx
    p = selector.settings.selection
    weights = {}
    for k, arts in first.items():
        n = len(arts)
        df = float(n) if (n > 1 or n_articles <= 1) else p.single_source_weight
        weights[k] = df + p.position_weight * sum(1.0 / (1 + i) for i in arts.values())
    return weights


def test_concept_weights_are_the_plain_sums_in_the_same_order(shared_dir):
    settings = Settings()
    selector = Selector(settings)
    compared = 0
    for name in ("duc2003_task3", "multinews_sample"):
        path = next((shared_dir / "data" / name).glob("*.jsonl.gz"))
        for c in load_clusters(path, 5):
            b = prepare([article_from_dict(a, where=name) for a in c["articles"]])
            arts = b.sources or b.articles
            cands = selector._candidates(arts, settings)
            fast = selector._concept_weights(cands, len(arts))
            plain = _plain_concept_weights(selector, cands, len(arts))
            assert list(fast.items()) == list(plain.items())  # the same floats, in the same order
            compared += len(fast)
    assert compared > 1000


@pytest.mark.slow
def test_quotation_lookup_finds_the_sentences_the_plain_lookup_finds(shared_dir):
    settings = Settings()
    found = 0
    for name in ("duc2003_task3", "multinews_sample"):
        path = next((shared_dir / "data" / name).glob("*.jsonl.gz"))
        for c in load_clusters(path, 4):
            b = prepare([article_from_dict(a, where=name) for a in c["articles"]])
            index = CitationIndex(b, settings)
            words = [_words(s.text) for s in index.sentences]
            for sentence in index.sentences[::3]:
                spans = quoted_spans(sentence.text)
                plain: dict[str, int] = {}
                for i, s in enumerate(index.sentences):
                    if (spans and s.article_id != sentence.article_id and s.article_id not in plain
                            and any(w in words[i] for w in spans)):
                        plain[s.article_id] = i
                assert index._quoting(sentence) == plain
                found += len(plain)
    assert found > 0



@pytest.mark.parametrize("model", ["tfidf", pytest.param("minilm", marks=pytest.mark.slow)])
def test_citations_with_the_summary_prefetched_are_the_citations_one_by_one(shared_dir, model):
    import newsbrief
    from newsbrief.embed import encoder

    if model != "tfidf" and encoder(model) is None:
        pytest.skip(f"sentence model {model} not installed")
    settings = Settings().replace({"citations.model": model})
    path = next((shared_dir / "data" / "duc2003_task3").glob("*.jsonl.gz"))
    compared = 0
    for c in load_clusters(path, 3):
        b = newsbrief.brief(c["articles"], words=100, settings=settings)
        sentences = [s.source for s in b.summary]
        others = [s for a in b.sources for s in a.sentences][::7]
        fast = CitationIndex(b, settings)
        fast.prefetch(sentences)  # the summary's TF-IDF cosines in one transform
        plain = CitationIndex(b, settings)
        for s in sentences:
            assert fast.cite(s) == plain.cite(s)  # the same articles, sentences and scores (exact floats)
            for o in others:
                assert fast.support_of(s, o) == plain.support_of(s, o)
                compared += 1
    assert compared > 50


# -- helper "bspeed14": scikit-learn's TF-IDF rebuilt bit for bit ----------------------------------------------


def _same_csr(a, b) -> bool:
    """The same sparse matrix bit for bit: class, shape, row pointers, each row's entries in the same order, values."""
    return (type(a) is type(b) and a.shape == b.shape and a.indices.dtype == b.indices.dtype
            and a.indptr.tolist() == b.indptr.tolist() and a.indices.tolist() == b.indices.tolist()
            and a.data.tobytes() == b.data.tobytes())


def _term_lists(shared_dir: Path, per_set: int) -> list[list[list[str]]]:
    from newsbrief.features import content_terms

    out = []
    for name in ("duc2003_task3", "multinews_sample", "multiling2011_en"):
        path = next((shared_dir / "data" / name).glob("*.jsonl.gz"))
        for c in load_clusters(path, per_set):
            b = prepare([article_from_dict(a, where=name) for a in c["articles"]])
            out.append([content_terms(s.text) for a in (b.sources or b.articles) for s in a.sentences])
    return out


def test_sublinear_tfidf_is_scikit_learns_matrix_bit_for_bit(shared_dir):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsbrief.similarity import SublinearTfidf

    crafted = [[["a", "b", "a"], ["b", "c"], []], [["z", "y", "x", "y"], ["x"], ["w", "z"], ["y", "y", "y"]], [["q"]]]
    compared = 0
    for terms in crafted + _term_lists(shared_dir, 3):
        sk = TfidfVectorizer(analyzer=lambda t: t, sublinear_tf=True)
        ours = SublinearTfidf()
        assert _same_csr(ours.fit_transform(terms), sk.fit_transform(terms))
        assert ours.vocabulary_ == sk.vocabulary_ and ours.idf_.tobytes() == sk.idf_.tobytes()
        others = terms[::5] + [["never-seen", terms[0][0] if terms[0] else "a"], []]
        assert _same_csr(ours.transform(others), sk.transform(others))  # (unseen terms count for nothing)
        compared += len(terms)
    assert compared > 500
    with pytest.raises(ValueError):
        SublinearTfidf().fit_transform([[], []])  # an empty vocabulary, as scikit-learn says



def test_order_reads_each_chosen_sentences_date_once(shared_dir, monkeypatch):
    """The readable order asks each chosen sentence for the date it names once (``find_dates`` is slow), and orders
    as the plain computation (each sentence's event date, and whether it names a date, asked apart) does."""
    settings = Settings()
    selector = Selector(settings)
    path = next((shared_dir / "data" / "duc2003_task3").glob("*.jsonl.gz"))
    for c in load_clusters(path, 4):
        b = prepare([article_from_dict(a, where="duc") for a in c["articles"]])
        arts = b.sources or b.articles
        cands = selector._candidates(arts, settings)
        chosen = [x for x in cands if x.after is None][:: max(1, len(cands) // 8)][:8]
        undated = selection.story_date(arts)
        asked = []
        plain_named = selection.named_date
        monkeypatch.setattr(selection, "named_date", lambda s, u=None: asked.append(s) or plain_named(s, u))
        fast = selector._order(chosen, undated=undated)
        assert len(asked) == len(chosen)  # once each
        # the plain computation: event_date and named_date asked apart (as before)
        monkeypatch.setattr(selection, "named_date", plain_named)
        keys, current = [], None
        ranked = sorted(chosen, key=lambda x: (round(x.sentence.index / max(1, len(x.sentence.article.sentences)), 1),
                                                x.sentence.article.date.toordinal() if x.sentence.article.date else 0,
                                                x.sentence.index))
        dates = [selection.event_date(x.sentence, undated) for x in ranked]
        known = [d.toordinal() for d in dates if d is not None]
        current = min(known) if known else 0
        for x, d in zip(ranked, dates):
            current = d.toordinal() if d is not None else current
            own = selection.named_date(x.sentence, undated) is None
            before = d is not None and selection.is_backstory(x.sentence.text) and own
            after = own and not before and selection.is_update(x.sentence.text)
            keys.append(current - before + 0.5 * after)
        assert fast == [ranked[k] for k in sorted(range(len(ranked)), key=lambda k: keys[k])]


def test_fragment_patterns_skipped_only_on_texts_they_cannot_match(shared_dir):
    """``_is_fragment`` runs the label, kicker and layout patterns only on a text holding their literal (a colon;
    "Below"/"Above" opening it, "below"/"above" in it): a text without it matches none of them."""
    texts = [s.text.strip() for s in _shared_sentences(shared_dir, 4)] + [t.strip() for t in CRAFTED] + [
        "Below, the six revelations.", "Above: the map.", "(pictured above)", "See below for details.",
        "BOX OFFICE: Star Wars leads.", "STOCKS KEEP TANKING - Reuters/Tokyo: “Global stocks fell.", "Listed above it."]
    skipped = 0
    for text in texts:
        if ":" not in text:
            assert not selection._CAPS_LABEL_RE.match(text) and not selection._KICKER_ITEM_RE.match(text), text
            skipped += 1
        if not (text.startswith(("Below", "Above")) or "below" in text or "above" in text):
            assert not selection._LAYOUT_POINTER_RE.search(text), text
    assert skipped > 500
    assert all(_is_fragment(t) for t in ["Below, the six revelations.", "BOX OFFICE: Star Wars leads.",
                                         "STOCKS KEEP TANKING - Reuters/Tokyo: “Global stocks fell.",
                                         "Shoppers crowd the store (pictured above)."])


def test_writer_voice_pattern_skipped_only_on_texts_without_its_words(shared_dir):
    """``writer_voice`` runs ``_VOICE_RE`` only on a text whose ASCII words hold one of ``_VOICE_WORDS``: every match
    of the pattern is such a word, whole, so a text without one has no match."""
    texts = [s.text for s in _shared_sentences(shared_dir, 4)] + CRAFTED + [
        "I think so.", "Then I was told.", "World War I began.", "We won.", "You are not alone.", "If you go, go.",
        "It is ours.", "A Taco Bell near you.", "Count on a third of your winnings.", "I’m here.", "caféwe us.",
        "Us. Army", "the U.S. economy", "my-space", "weé", "I'll go", "—I said", "them and us", "Our plan."]
    skipped = matched = 0
    for text in texts:
        own = _patterns.outside_quotes(text)
        if _patterns._VOICE_WORDS.isdisjoint(_patterns._ASCII_WORD_RE.findall(own)):
            assert not _patterns._VOICE_RE.search(own), text
            skipped += 1
        else:
            matched += bool(_patterns._VOICE_RE.search(own))
    assert skipped > 500 and matched > 10


# -- helper "bspeed15": the same-fact index's IDF over each sentence once, without scikit-learn ---------------------


def test_sublinear_tfidf_fitted_on_some_texts_weighs_all_as_scikit_learn_does(shared_dir):
    """``fit`` on a subset then ``transform`` of every text (the selector's same-fact index, ``idf_rows``): the
    matrix scikit-learn's ``fit`` + ``transform`` gives, bit for bit."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsbrief.similarity import SublinearTfidf

    crafted = [[["a", "b", "a"], ["b", "c"], [], ["a", "d", "d"]], [["z", "y", "x", "y"], ["x"], ["w", "z"], ["y"]]]
    compared = 0
    for terms in crafted + _term_lists(shared_dir, 3):
        fitted = terms[::2] or terms
        sk = TfidfVectorizer(analyzer=lambda t: t, sublinear_tf=True).fit(fitted)
        ours = SublinearTfidf().fit(fitted)
        assert ours.vocabulary_ == sk.vocabulary_ and ours.idf_.tobytes() == sk.idf_.tobytes()
        assert _same_csr(ours.transform(terms), sk.transform(terms))
        compared += len(terms)
    assert compared > 500
    with pytest.raises(ValueError):
        SublinearTfidf().fit([[], []])


def test_same_fact_index_over_each_sentence_once_needs_no_scikit_learn(shared_dir, monkeypatch):
    """The selector's same-fact index fits its IDF on each sentence once (``idf_rows``) with
    :class:`~newsbrief.similarity.SublinearTfidf` (a scikit-learn fit and transform were ~1/3 of the index's time):
    the matrix is scikit-learn's, and scikit-learn's vectorizer is not built."""
    import sklearn.feature_extraction.text as sktext

    from newsbrief.redundancy import LexicalFacts

    TfidfVectorizer = sktext.TfidfVectorizer
    cases = []
    for terms in _term_lists(shared_dir, 2):
        texts = [" ".join(t) for t in terms]
        rows = sorted(range(0, len(terms), 3))
        sk = TfidfVectorizer(analyzer=lambda t: t, sublinear_tf=True).fit([terms[r] for r in rows])
        cases.append((texts, terms, rows, sk.transform(terms)))

    def refused(*a, **k):
        raise AssertionError("scikit-learn's TfidfVectorizer built for the same-fact index")

    monkeypatch.setattr(sktext, "TfidfVectorizer", refused)
    for texts, terms, rows, expected in cases:
        assert _same_csr(LexicalFacts(texts, terms=terms, idf_rows=rows).matrix, expected)
    assert len(cases) >= 6
