"""The brief's speed-ups (issue 10, helper "speed10") change no answer: each fast path gives what the plain
computation gives, on crafted cases and on every sentence of real clusters. (Speed itself is measured by
``bench/brief.py --cpu``; identical outputs of all briefs by ``bench/brief.py --outputs``.)"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import load_clusters

from newsbrief import _patterns, rewrite
from newsbrief.config import Settings
from newsbrief.ingest import article_from_dict
from newsbrief.pipeline import prepare
from newsbrief.selection import _QUERY_URL_RE, _URL_RE, Selector, _is_candidate_text, _is_fragment
from newsbrief.features import word_count
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
    "“We will win,” he said.", "The plan failed, said she.", "“No,” they wrote on Monday.", "She added that it rained.",
]


def _shared_sentences(shared_dir: Path, per_set: int) -> list[str]:
    out = []
    for name in ("duc2003_task3", "multinews_sample", "multiling2011_en"):
        path = next((shared_dir / "data" / name).glob("*.jsonl.gz"))
        for c in load_clusters(path, per_set):
            b = prepare([article_from_dict(a, where=name) for a in c["articles"]])
            out.extend(" ".join(s.text.split()) for a in b.articles for s in a.sentences)
    return out


def _plain_is_fragment(text: str) -> bool:
    """selection._is_fragment as it was before the cue checks."""
    first = text.split(None, 1)[0]
    if len(re.findall(r"[A-Za-z]{2,}", text)) < 2:
        return True
    if first[:1].islower() and not any(c.isupper() for c in first):
        return True
    if text.endswith(("...", "…")) or (text[-1] in "\"”'’" and len(text) > 1 and text[-2].isalnum()):
        return True
    from newsbrief.selection import _CAPS_LABEL_RE

    if _CAPS_LABEL_RE.match(text):
        return True
    if _patterns.CAPTION_SENTENCE_RE.search(text) or len(_URL_RE.findall(text)) >= 2 or _QUERY_URL_RE.search(text):
        return True
    return bool(_patterns.HASHTAG_RE.search(text)) and "hashtag" not in text.lower()


def _plain_is_candidate_text(text: str, settings: Settings) -> bool:
    n = word_count(text)
    if n < settings.selection.min_sentence_words or n > settings.selection.max_sentence_words:
        return False
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in '.!?"”\'’)' or stripped.endswith("?"):
        return False
    if stripped.startswith("(") and stripped.endswith(")"):
        return False
    if _patterns.PROMPT_SENTENCE_RE.search(stripped):
        return False
    if _patterns.LIST_ITEM_RE.match(stripped) or _patterns.QUOTE_TITLE_RE.match(stripped):
        return False
    if _plain_writer_voice(stripped):
        return False
    return not _plain_is_fragment(stripped)


def _plain_writer_voice(text: str) -> bool:
    own = _patterns.QUOTED_RE.sub(" ", text)
    for m in _patterns._VOICE_RE.finditer(own):
        before = _patterns._NUMERAL_BEFORE_RE.search(own, 0, m.start()) if m.group().startswith("I") else None
        if before and before.group().strip().lower() not in _patterns.STOPWORDS | _patterns._OPENERS:
            continue
        return True
    return False


def _check_texts(texts: list[str]) -> None:
    settings = Settings()
    for text in texts:
        for pattern, cues in ((_patterns.PROMPT_SENTENCE_RE, _patterns.PROMPT_SENTENCE_CUES),
                              (_patterns.CAPTION_SENTENCE_RE, _patterns.CAPTION_SENTENCE_CUES)):
            fast = _patterns.cued_search(pattern, cues, text)
            plain = pattern.search(text)
            assert (fast and fast.span()) == (plain and plain.span()), (pattern.pattern[:30], text)
        assert _patterns.outside_quotes(text) == _patterns.QUOTED_RE.sub(" ", text), text
        assert _patterns.outside_quotes(text) == _patterns.QUOTED_RE.sub(" ", text), text  # (cached the 2nd time)
        assert _patterns.writer_voice(text) == _plain_writer_voice(text), text
        if text.strip():
            assert _is_fragment(text.strip()) == _plain_is_fragment(text.strip()), text
        assert _is_candidate_text(text, settings) == _plain_is_candidate_text(text, settings), text
        speakers = [bool(rx.search(text)) for rx in (rewrite.PRONOUN_SPEAKER_RE, rewrite.INVERTED_PRONOUN_RE,
                                                     rewrite.PLURAL_SPEAKER_RE)]
        assert rewrite._has_say(text) or not any(speakers), text  # (the patterns skipped are the ones not matching)


def test_cued_patterns_and_readability_checks_agree_with_the_plain_ones_on_crafted_sentences():
    _check_texts(CRAFTED)
    # each cued branch is reached: the crafted prompts and captions are found, by both paths
    assert sum(bool(_patterns.PROMPT_SENTENCE_RE.search(t)) for t in CRAFTED) >= 15
    assert sum(bool(_patterns.CAPTION_SENTENCE_RE.search(t)) for t in CRAFTED) >= 6
    assert sum(bool(rewrite.PRONOUN_SPEAKER_RE.search(t) or rewrite.INVERTED_PRONOUN_RE.search(t)
                    or rewrite.PLURAL_SPEAKER_RE.search(t)) for t in CRAFTED) >= 4
    assert _patterns.cued_search(_patterns.PROMPT_SENTENCE_RE, _patterns.PROMPT_SENTENCE_CUES,
                                 "To learn more, clic\u212a here.")  # (the pattern reads the Kelvin sign as "k")


@pytest.mark.slow
def test_cued_patterns_and_readability_checks_agree_with_the_plain_ones_on_real_sentences(shared_dir):
    texts = _shared_sentences(shared_dir, 8)
    assert len(texts) > 1000
    _check_texts(texts)


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
