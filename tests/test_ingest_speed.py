"""The ingest's speed-ups change no result: a story title made with the
per-article :class:`~newsbrief.headline.HeadlineCache` is the one made
without it, and dedup's yes/no boilerplate check agrees with the cleaner's.
(Throughput itself is measured by ``bench/speed.py --ingest``.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_clusters

from newsbrief import _patterns
from newsbrief._patterns import boilerplate_reason
from newsbrief.headline import HeadlineCache, story_title
from newsbrief.ingest import article_from_dict
from newsbrief.stream.dedup import _FINDALL_CHARS, _is_boilerplate, content_words


def _clusters(shared_dir: Path, name: str, limit: int) -> list[list]:
    path = next((shared_dir / "data" / name).glob("*.jsonl.gz"))
    return [[article_from_dict(a, where=name) for a in c["articles"]] for c in load_clusters(path, limit)]


def test_story_titles_with_the_cache_are_the_titles_without_it(shared_dir):
    # as the store refreshes a story: each time with its articles so far, one cache for all stories;
    # multinews has no titles (the opening-sentence path), duc2003 titles (the title path)
    cache = HeadlineCache()
    compared = 0
    for name in ("multinews_sample", "duc2003_task3"):
        for arts in _clusters(shared_dir, name, 6):
            for k in range(1, len(arts) + 1, 2):
                assert story_title(arts[:k], cache=cache) == story_title(arts[:k])
                compared += 1
    assert compared > 20


def test_a_full_cache_starts_again_and_still_gives_the_same_titles(shared_dir):
    cache = HeadlineCache(max_articles=3)
    for arts in _clusters(shared_dir, "multinews_sample", 4):
        assert story_title(arts, cache=cache) == story_title(arts)
    assert len(cache._features) <= 3


def test_a_full_cache_keeps_the_articles_asked_last():
    # past max_articles the least recently asked article leaves, not all of them: a big story's articles, asked
    # at each refresh, stay while one-off articles come and go
    from newsbrief.model import Article

    cache = HeadlineCache(max_articles=3)
    arts = [Article(id=f"a{k}", title=f"Title number {k} of the storm", raw_text=f"Text {k}. The storm hit.")
            for k in range(5)]
    first = cache.features(arts[0], 12)
    for k in (1, 2, 0, 3, 0, 4):  # a0 asked again each time: it stays
        cache.features(arts[k], 12)
    assert cache.features(arts[0], 12) is first and len(cache._features) == 3
    assert [key[0] for key in cache._features] == ["a3", "a4", "a0"]


def test_dedup_boilerplate_check_agrees_with_the_cleaner(shared_dir):
    lines = ["Advertisement", "• Share", "Photo: AP", "Police said the road was closed. Read more", "By John Smith",
             "• Home", "• Home news.", "Image copyright Getty Images", "Reporting by Jane Doe; editing by Tom Roe",
             "The storm hit the coast on Monday, officials said.", "12", "Sign up for our daily newsletter here",
             "A man walks past (Photo by John Smith/Getty Images)", "www.example.com", ""]
    for name in ("multiling2011_en", "duc2003_task3"):
        for arts in _clusters(shared_dir, name, 10):
            lines.extend(line.strip() for a in arts for line in a.raw_text.splitlines())
    assert len(lines) > 1000
    disagree = [line for line in lines if _is_boilerplate(line) != bool(boilerplate_reason(line))]
    assert disagree == []
    assert any(_is_boilerplate(line) for line in lines)


def test_content_words_stop_at_the_limit_on_short_and_giant_lines():
    short = "Advertisement\n" + "one two three\n" * 10
    assert content_words(short, limit=4) == ["one", "two", "three", "one"]
    giant = "Alpha beta " * (_FINDALL_CHARS // 5)
    assert len(giant) > _FINDALL_CHARS
    assert content_words(giant, limit=3) == ["alpha", "beta", "alpha"]
    assert content_words(short) == ["one", "two", "three"] * 10
    # blank and whitespace-only lines are skipped before the boilerplate check: they hold no words either way
    assert content_words("one two\n \t \n\n\u2028\nthree\n• Share\n") == ["one", "two", "three"]


_TITLES_SCRIPT = """
import json, sys, tempfile
from pathlib import Path

import pytest
from newsbrief.ingest import read_articles
from newsbrief.store import Store
with tempfile.TemporaryDirectory() as d:
    with Store(Path(d) / "s.sqlite3") as st:
        st.add(read_articles([Path(sys.argv[1])]))
        print(json.dumps(sorted(s.title for s in st.stories())))
"""


@pytest.mark.slow
def test_story_titles_do_not_depend_on_the_hash_seed(shared_dir):
    """Tied titles once flipped with PYTHONHASHSEED (a float sum over a set's terms); the same input must give
    the same titles in every run."""
    import json
    import os
    import subprocess
    import sys

    path = shared_dir / "data" / "basil" / "test.jsonl.gz"
    titles = []
    for seed in ("0", "1"):
        out = subprocess.run([sys.executable, "-c", _TITLES_SCRIPT, str(path)], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}, check=True, timeout=600)
        titles.append(json.loads(out.stdout))
    assert titles[0] == titles[1] and len(titles[0]) > 50


def _stories_of(arts: list, tmp: Path, name: str) -> list[tuple]:
    import dataclasses

    from newsbrief.store import Store

    with Store(tmp / f"{name}.db") as store:
        for k in range(0, len(arts), 3):  # small batches, as a follower ingests: stories refreshed often
            store.add([dataclasses.replace(a) for a in arts[k : k + 3]])  # the store may rename an article
        return sorted((s.id, s.title, tuple(sorted(s.article_ids))) for s in store.stories())


def test_tiny_per_word_and_headline_caches_change_no_story(shared_dir, tmp_path, monkeypatch):
    # the caches a follower keeps bounded (docs/follow-soak.md) only save work: caches that start again every
    # few words or articles give the same stories and titles, on two labelled sets
    import functools

    import newsbrief.features as features
    import newsbrief.headline as headline
    import newsbrief.stream.dedup as dedup

    for name in ("duc2003_task3", "multinews_sample"):
        arts = [a for c in _clusters(shared_dir, name, 4) for a in c]
        usual = _stories_of(arts, tmp_path, f"{name}-usual")
        with monkeypatch.context() as m:
            m.setattr(dedup, "_WORD_HASHES", dedup._WordHashes())
            m.setattr(dedup, "_WORD_HASHES_MAX", 5)
            m.setattr(features, "_TERMS", {})
            m.setattr(features, "TERM_CACHE_SIZE", 5)
            m.setattr(features, "_TEXT_TERMS", {})
            m.setattr(features, "TEXT_TERMS_CACHE_SIZE", 2)
            m.setattr(features, "stem", functools.lru_cache(maxsize=5)(features.stem.__wrapped__))
            m.setattr(headline.HeadlineCache.__init__, "__defaults__", (2,))
            tiny = _stories_of(arts, tmp_path, f"{name}-tiny")
            assert features.stem.cache_info().currsize == 5  # full: evicting all along
        assert len(usual) >= 4 and tiny == usual


def test_lead_sentences_are_those_of_the_whole_cleaned_and_segmented_article(shared_dir):
    from newsbrief.clean import Cleaner, clean_text
    from newsbrief.headline import LEAD_SENTENCES, lead_sentences
    from newsbrief.model import Article
    from newsbrief.segment import Segmenter

    made = [Article(id="x", raw_text="Advertisement\n\n• Share\nPolice closed the road. It reopened at 3 p.m. Friday.\n"
                                     "Police closed the road. It reopened at 3 p.m. Friday.\nMore text here.", title=None)]
    for name in ("multinews_sample", "duc2003_task3", "multiling2011_en"):
        made += [a for arts in _clusters(shared_dir, name, 8) for a in arts]
    cleaner = Cleaner()
    for art in made:
        whole = Article(id=art.id, raw_text=art.raw_text, title=art.title)
        Segmenter.segment_article(cleaner.clean_article(whole))
        assert lead_sentences(art) == [(s.text, s.index) for s in whole.sentences[:LEAD_SENTENCES]]
        assert art.text is None and not art.sentences  # left as it was
        assert clean_text(art.raw_text, art.title)[0] == whole.text


def test_the_bullet_shortcut_knows_every_bullet_the_patterns_accept():
    # dedup tries the bullet patterns only on lines opening with one of _BULLETS: they must open the same way
    from newsbrief import _patterns
    from newsbrief.stream.dedup import _BULLETS

    for pattern in (_patterns.BULLET_PREFIX_RE, _patterns.BULLET_ITEM_RE):
        assert pattern.pattern.startswith(f"^[{_BULLETS}]")


def test_content_terms_with_the_token_cache_are_the_terms_without_it(shared_dir, monkeypatch):
    # content_terms looks each token up once (features._TERMS); a cache that starts again every few tokens,
    # or none, gives the same terms as stemming every token afresh
    import newsbrief.features as features

    texts = ["U.S. officials' reports: Haftar's forces", "The the and of", ""]
    texts += [a.raw_text[:3000] for arts in _clusters(shared_dir, "multinews_sample", 3) for a in arts]
    fresh = [features.content_stems(features.stems(t)) for t in texts]
    assert [features.content_terms(t) for t in texts] == fresh
    monkeypatch.setattr(features, "_TERMS", {})
    monkeypatch.setattr(features, "TERM_CACHE_SIZE", 5)
    monkeypatch.setattr(features, "_TEXT_TERMS", {})  # (each text's terms made again, token by token)
    assert [features.content_terms(t) for t in texts] == fresh
    assert len(features._TERMS) <= 6 + len(set(features.tokens(texts[-1])))  # started again before the last text


def test_storyline_row_sums_are_the_vocabulary_wide_sums():
    # _row_sum slices the rows' entries from the CSR arrays: the same float32 sums, entry for entry, as adding
    # the selected rows into one vocabulary-wide array (rows repeated, out of order, and a row without entries)
    import numpy as np
    import scipy.sparse as sp

    from newsbrief.stream.storyline import _row_sum

    rng = np.random.default_rng(3)
    X = sp.random(40, 5000, density=0.02, format="csr", dtype=np.float32, random_state=rng)
    X.data = rng.random(X.nnz, dtype=np.float32)
    X = sp.vstack([X, sp.csr_matrix((1, 5000), dtype=np.float32)]).tocsr()
    for rows in ([0], [5, 3, 9, 3], list(range(41)), [40], [40, 7]):
        R = X[rows]
        acc = np.zeros(X.shape[1], dtype=np.float32)
        np.add.at(acc, R.indices, R.data)
        cols = np.unique(R.indices)
        got = _row_sum(X, rows)
        assert got.shape == (1, 5000) and got.dtype == np.float64
        assert np.array_equal(got.indices, cols) and got.data.tobytes() == acc[cols].astype(np.float64).tobytes()


def _reference_signature(text: str, num_perm: int = 128, min_shingles: int = 1):
    """The MinHash signature as written before the blocked, transposed products: distinct shingle hashes,
    ``(a*h + b) mod 2**64`` for every permutation at once, the minimum's high 32 bits."""
    import numpy as np

    from newsbrief.stream import dedup

    h = np.unique(dedup._hash_shingles(dedup._content_words(text, dedup.MAX_SHINGLES + dedup.SHINGLE_WORDS - 1)[0]))
    if h.size == 0 or h.size < min_shingles:
        return np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
    a, b = dedup._permutations(num_perm)
    with np.errstate(over="ignore"):
        ph = np.multiply.outer(a, h) + b[:, None]
    return (ph.min(axis=1) >> np.uint64(32)).astype(np.uint32)


def test_signatures_are_the_reference_minhash(shared_dir):
    # blocks of _BLOCK shingles into a reused buffer, shingles with repeats, the distinct count only when
    # min_shingles asks: the same uint32 values as the plain formula
    from newsbrief.stream import dedup

    texts = [a.raw_text for arts in _clusters(shared_dir, "multinews_sample", 3) for a in arts]
    texts += [" ".join(f"w{i}" for i in range(3 * dedup._BLOCK + 7)),  # several blocks, the last one short
              "spam eggs " * 400,  # 800 shingles with repeats, 2 distinct
              "one two three", "", "Advertisement\n• Share"]
    for text in texts:
        for min_shingles in (1, 3, 40):
            got = dedup.signature(text, min_shingles=min_shingles).hashvalues
            assert got.dtype == "uint32" and got.tobytes() == _reference_signature(text, 128, min_shingles).tobytes()
    assert dedup.signature("spam eggs " * 400, min_shingles=3).is_empty  # 2 distinct shingles, however repeated
    assert not dedup.signature("spam eggs " * 400, min_shingles=2).is_empty


def test_the_guarded_whole_line_alternatives_are_found_and_still_match():
    # the ".{0,160}\bcontributed" credit alternative is tried only on lines holding "contributed": it must be
    # found in the rules (else the check silently loses its speed-up), and lines it matches stay boilerplate
    from newsbrief.stream.dedup import _alternatives, _boilerplate_lines, _is_boilerplate, content_words

    for _, pattern in _patterns.BOILERPLATE_LINES:
        assert "|".join(_alternatives(pattern.pattern)) == pattern.pattern
    assert _alternatives(r"a|(b|c)|[|\]]x|\|y") == ["a", "(b|c)", r"[|\]]x", r"\|y"]
    full, rest, words = _boilerplate_lines()
    assert words == ("contributed",) and len(rest.pattern) < len(full.pattern)
    line = "Staff writer Jane Doe CONTRIBUTED to this report."
    assert _is_boilerplate(line) and bool(boilerplate_reason(line))
    assert content_words(f"The storm hit.\n{line}\n• {line}") == ["the", "storm", "hit"]


def test_band_hashes_are_those_of_each_band_slice():
    # BandIndex hashes slices of one bytes copy and keeps the last signature's: the same hashes as hashing each
    # band's own slice, so the index finds the same candidates
    import numpy as np

    from newsbrief.stream.dedup import BandIndex, Signature

    index = BandIndex(0.7, 128)
    rng = np.random.default_rng(5)
    sigs = [Signature(rng.integers(0, 2**32, 128, dtype=np.uint64).astype(np.uint32)) for _ in range(50)]
    for sig in sigs + sigs[:3]:
        want = [hash(sig.hashvalues[i * index.r : (i + 1) * index.r].tobytes()) for i in range(index.b)]
        assert index._bands(sig) == want
    for k, sig in enumerate(sigs):
        index.insert(str(k), sig)
    assert all(str(k) in index.query(sig) for k, sig in enumerate(sigs))
    index.remove("0", sigs[0])
    assert "0" not in index.query(sigs[0])


def _line_by_line_words(text: str, limit: int | None, monkeypatch) -> tuple[list[str], int]:
    """dedup's content words read line by line (the path of texts too long for the one-pass reading)."""
    from newsbrief.stream import dedup

    with monkeypatch.context() as m:
        m.setattr(dedup, "_WHOLE_TEXT_CHARS", -1)
        return dedup._content_words(text, limit)


def test_content_words_read_in_one_pass_are_those_read_line_by_line(shared_dir, monkeypatch):
    # cue words and part patterns narrowed to those the whole text holds, the words of every content line found
    # at once (a split for an ASCII text): the same words and the same count of boilerplate words
    from newsbrief.stream import dedup

    texts = [a.raw_text for name in ("multinews_sample", "duc2003_task3", "multiling2011_en")
             for arts in _clusters(shared_dir, name, 8) for a in arts]
    texts += ["Photo: AP\nThe storm hit. Click here\n• Click here\n• Home news.\nΣΣ ΑΣ σ τέλος\n" * 3,
              "Jane Doe contributed to this report.\nThe storm hit the coast.",
              "İstanbul \u212aelvin snake_case x_y 3.5%\r\nline\u2028two\x1cthree\u00a0four", "", "\n \n",
              "Advertisement\n" + "Sign up for our newsletter\n" * 3 + "one two three"]
    assert sum(not t.isascii() for t in texts) >= 3 and sum(t.isascii() for t in texts) >= 20
    for text in texts:
        for limit in (None, 20_004, 7):
            assert dedup._content_words(text, limit) == _line_by_line_words(text, limit, monkeypatch)
    assert dedup._content_words(texts[-1]) == (["one", "two", "three"], 16)


def test_repeated_title_search_normalizes_only_sentences_holding_its_longest_word(shared_dir):
    # _repeats_short finds a title's tokens only in sentences holding its longest token: the same answer as
    # normalizing every sentence of the searched text (runs of sentences, other articles' titles, curly
    # apostrophes, long sentences, the heading line of an untitled article)
    import random

    from newsbrief.headline import _SHORT_SENTENCE_TOKENS, _Features, _repeats, _repeats_short, _sentences, normalized
    from newsbrief.model import Article

    def everywhere(h, article):
        return any(len(h) <= len(t) <= _SHORT_SENTENCE_TOKENS and _repeats(h, t)
                   for t in map(normalized, _sentences(article)))

    arts = [a for name in ("duc2003_task3", "multinews_sample") for arts in _clusters(shared_dir, name, 4) for a in arts]
    arts += [Article(id="x", title=None, raw_text="Storm Hits the Coast\nThe storm hits the coast’s towns. "
                     "Officials say the storm hits the coast. " + "word " * 80 + "the storm hits the coast again.")]
    rng = random.Random(3)
    compared = found = 0
    for a in arts:
        feats = _Features(a, 15)
        sentences = [t for t in map(normalized, _sentences(a)) if t]
        heads = {normalized(b.title or "") for b in rng.sample(arts, 3)} | {feats.title_tokens}
        heads |= {t[i : i + k] for t in rng.sample(sentences, min(5, len(sentences)))
                  for k in (1, 3, 8) if k <= len(t) for i in (0, len(t) - k)}
        heads |= {("storm", "hits", "the", "coast"), ("coast's", "towns"), ("word",) * 60}
        for h in heads - {()}:
            if 2 * len(h) <= _SHORT_SENTENCE_TOKENS:
                want = everywhere(h, a)
                assert _repeats_short(h, a, feats) == want, (a.id, h)
                compared += 1
                found += want
    assert compared > 300 and 0 < found < compared


def test_entity_phrases_with_the_run_cache_are_the_phrases_without_it(shared_dir, monkeypatch):
    # each capitalized run's phrase kept between calls: the same phrases as a cache that starts again every call
    from newsbrief.stream import vectorize

    texts = [f"{a.title or ''}\n{a.raw_text}" for arts in _clusters(shared_dir, "duc2003_task3", 4) for a in arts]
    texts += ["The White House said. U.N. and AIDS; Tara Reid of the Bank of England, A I The"]
    got = [vectorize.entity_phrases(t) for t in texts for _ in range(2)]
    monkeypatch.setattr(vectorize, "PHRASE_CACHE_SIZE", 0)
    assert got == [vectorize.entity_phrases(t) for t in texts for _ in range(2)]
    assert vectorize.entity_phrases(texts[-1]) == ["e:white house", "e:u.n", "e:aids", "e:tara reid",
                                                   "e:bank of england"]


def test_content_keys_kept_per_article_follow_a_changed_text_title_or_url(monkeypatch):
    # the key is kept by the identity of the article's strings: a new text, title or URL (even an equal one in
    # a new string) gets its own key, and a full cache starts again
    from newsbrief import ingest
    from newsbrief.model import Article

    monkeypatch.setattr(ingest, "CONTENT_KEY_CACHE_SIZE", 3)
    art = Article(id="a", raw_text="The storm hit the coast.", title="Storm", url=None)
    first = ingest.content_key(art)
    assert first == Article.make_id(art.raw_text, art.title, art.url) == ingest.content_key(art)
    for field, value in (("raw_text", "The storm hit the  coast again."), ("title", "Storm returns"),
                         ("url", "https://example.com/storm"), ("title", "".join(["Storm ", "returns"]))):
        setattr(art, field, value)
        assert ingest.content_key(art) == Article.make_id(art.raw_text, art.title, art.url)
    others = [Article(id=str(k), raw_text=f"text {k}") for k in range(10)]
    assert [ingest.content_key(a) for a in others] == [Article.make_id(a.raw_text) for a in others]
    assert len(ingest._CONTENT_KEYS) <= 3


def test_whole_line_rules_by_first_character_answer_as_the_whole_alternation(shared_dir):
    # _rest_for keeps only the alternatives a line's first (ASCII) character can start (read from the parsed
    # patterns): the same fullmatch answer as the whole alternation on every stripped line of these sets and on
    # lines each rule matches, and it does narrow (else the check silently loses its speed-up)
    from newsbrief.stream import dedup

    full, rest, _ = dedup._boilerplate_lines()
    lines = {line.strip() for name in ("multinews_sample", "duc2003_task3", "multiling2011_en")
             for arts in _clusters(shared_dir, name, 8) for a in arts for line in a.raw_text.splitlines()}
    lines |= {"Advertisement", "ADVERTISEMENT", "404 error", "Photo: AP", "(Photo: Reuters)", "Share this",
              "— Jane Doe", "By Jane Doe", "BY JANE DOE", "Posted by Jane Doe at 10:45", "© 2019 Reuters",
              "Copyright 2019 AP", "3 comments", "12", "jane@example.com", "www.example.com", "Follow us on Twitter",
              "_____", "Read more: the storm", "Updated: Jan. 3, 2019", "kelvin", "\u212aelvin", "ſhare", "İmage"}
    lines.discard("")
    narrowed = 0
    for line in lines:
        if line[0] >= "\x80":
            continue
        by_start = dedup._rest_for(line.lower()[0])
        got = by_start is not None and by_start.fullmatch(line) is not None
        assert got == (rest.fullmatch(line) is not None), line
        narrowed += by_start is None or len(by_start.pattern) < len(rest.pattern)
    assert narrowed > 0.9 * len(lines)
    assert dedup._ascii_starts("advertisement") == frozenset("aA")
    assert dedup._ascii_starts(r"(?:[•·*-]\s*)?share") == frozenset("-*sS")
    assert dedup._ascii_starts(r"[^.]{0,60}:x") is None and dedup._ascii_starts("\u212a") is None


def test_storyline_stack_is_scipy_vstack():
    # _stack concatenates 1 x dim CSR rows itself: the same matrix (entries, indices, index and value dtypes)
    import numpy as np
    import scipy.sparse as sp

    from newsbrief.stream.storyline import _stack

    rng = np.random.default_rng(4)
    rows = [sp.random(1, 3000, density=d, format="csr", dtype=dt, random_state=rng)
            for d, dt in ((0.01, np.float32), (0.0, np.float32), (0.02, np.float64), (0.001, np.float32))]
    for some in (rows, rows[:1], rows[1:2], [rows[0], rows[3]], [rows[2], rows[0]]):
        want, got = sp.vstack(some).tocsr(), _stack(some)
        assert got.shape == want.shape and got.dtype == want.dtype
        assert got.indices.dtype == want.indices.dtype and got.indptr.dtype == want.indptr.dtype
        assert np.array_equal(got.indptr, want.indptr) and np.array_equal(got.indices, want.indices)
        assert got.data.tobytes() == want.data.tobytes()
    dense = [np.ones(4), np.zeros(4)]
    assert np.array_equal(_stack(dense), np.vstack(dense))


def test_part_patterns_tried_by_required_literal_answer_as_the_whole_pattern(shared_dir):
    # _part_found tries on an ASCII line only the alternatives whose required literal it holds: the same answer
    # as the part pattern's search on every line of these sets and on lines each part matches
    from newsbrief.stream import dedup

    lines = {line.strip() for name in ("multinews_sample", "duc2003_task3", "multiling2011_en")
             for arts in _clusters(shared_dir, name, 8) for a in arts for line in a.raw_text.splitlines()}
    lines |= {"A man walks past (Photo by John Smith/Getty Images)", "Credit: AP Photo", "Enlarge image",
              "The storm | AP Photo", "Sign up for our daily newsletter here", "By signing up, you agree to terms",
              "Click here to read more", "Follow us on Twitter", "See our terms of use", "Read more",
              "For more see here: https://example.com", "this crawl was run by the Internet Archive",
              "ADV. FOR SUNDAY", "Editors: need a resend? Questions should be directed to the desk",
              "\u212aELVIN \u017fign up for our newsletter", "Photo \u00a9 Getty Images"}
    lines.discard("")
    found = 0
    for _, _, pattern in _patterns.BOILERPLATE_PARTS:
        for line in lines:
            want = pattern.search(line) is not None
            assert dedup._part_found(pattern, line, line.lower()) == want, (pattern.pattern[:40], line)
            found += want
    assert found >= 12
    assert dedup._required_literal(r"\bjoin our mailing list\b", 34) == "join our mailing list"
    assert dedup._required_literal(r"(?:a|b)x", 34) is None


def test_titles_are_the_same_when_articles_past_the_leads_let_their_text_go(shared_dir, monkeypatch):
    # choose_headline lets go of the scanned text of an article past its story's leads (the cache then holds many
    # articles); a story that loses its first articles (a split) makes such an article lead again: its text is
    # scanned anew, and every title is the one made without a cache
    from newsbrief import headline

    monkeypatch.setattr(headline, "LEAD_ARTICLES", 2)
    cache = HeadlineCache()
    compared = let_go = 0
    for name in ("multiling2011_en",):  # titled articles: each title is searched for in its own text first
        for arts in _clusters(shared_dir, name, 3):
            ordered = sorted(arts, key=headline._article_order)
            for story in (ordered, ordered[2:], ordered[4:], ordered):
                if story:
                    assert story_title(story, cache=cache) == story_title(story)
                    compared += 1
                    feats = [cache._features[k] for k in list(cache._features)[-len(story):]]
                    let_go += sum(f.title is not None and f.scan is None for f in feats)  # searched, then let go
    assert compared > 10 and let_go > 10


def test_lower_cased_openings_are_those_the_character_loop_finds(shared_dir):
    # headline._lower_cased maps str.isupper over the opening instead of a generator: the same answer
    from newsbrief import headline

    arts = [a for name in ("multiling2011_en", "duc2003_task3") for c in _clusters(shared_dir, name, 3) for a in c]
    arts.append(article_from_dict({"title": "all lower", "text": "a text in lower case only, and its ǆ too."}, where="t"))
    for a in arts:
        plain = not any(c.isupper() for c in f"{a.title or ''} {a.raw_text[:headline.LEAD_CHARS]}")
        assert headline._lower_cased(a) == plain
    assert any(headline._lower_cased(a) for a in arts) and not all(headline._lower_cased(a) for a in arts)


def test_time_phrases_dropped_as_the_whole_pattern_drops_them(shared_dir):
    # headline._drop_time_phrases: a cue check, then the phrases searched without the look-behinds, the look-behinds
    # asked where they match: the text _TIME_PHRASE_RE.sub gives, on every opening sentence of four sets and on
    # texts made to hit each alternative, a refused start (a preposition before), and the case rules
    from newsbrief import headline
    from newsbrief.config import Settings

    made = ["He resigned on Tuesday.", "It was moved to Tuesday, then from Monday to Friday night.",
            "Talks set for next year ended earlier this week, officials said today.", "USA TODAY said Yesterday",
            "The vote, on Jan. 5, 2024, and on march 3rd", "tuesday is not a weekday here; Sunday morning is",
            "Costs rose faster than last year and faster than this month", "into next week, until Friday",
            "a ſunday and last WEEK and next Year", "Mon Tue Wed. Thurs Sat. Sun", "no time at all", "",
            "moved to, on Monday", "to  Monday", "said Moday", "the monthly yearbook of the week-end"]
    settings = Settings()
    sentences = list(made)
    for name in ("multinews_sample", "duc2003_task3", "multiling2011_en"):
        for arts in _clusters(shared_dir, name, 60):
            sentences += [t for a in arts for t, _ in headline.lead_sentences(a, settings)]
    changed = 0
    for s in sentences:
        expected = headline._TIME_PHRASE_RE.sub("", s)
        assert headline._drop_time_phrases(s) == expected, s
        changed += expected != s
    assert len(sentences) > 1_000 and changed > 200
    assert headline._TIME_PHRASE_RE.pattern.startswith(headline._TIME_PHRASE_BEFORE)


def test_term_counts_are_those_of_scikit_learns_hashing_vectorizer(shared_dir):
    # the vectorizer hashes (term, 1) pairs zipped in C with a FeatureHasher: HashingVectorizer's matrix
    import numpy as np
    from sklearn.feature_extraction.text import HashingVectorizer

    from newsbrief.stream.vectorize import HashedTfidfVectorizer

    arts = [a for name in ("multinews_sample", "duc2003_task3") for c in _clusters(shared_dir, name, 10) for a in c]
    v = HashedTfidfVectorizer()
    X = v._counts(arts)
    hv = HashingVectorizer(n_features=v.n_features, analyzer=lambda toks: toks, alternate_sign=False, norm=None,
                           dtype=np.float32)
    Y = hv.transform([v._tokens(a) for a in arts]).tocsr()
    Y.sum_duplicates()
    Y.sort_indices()
    assert X.dtype == Y.dtype and X.shape == Y.shape and len(arts) > 50
    for a, b in ((X.indptr, Y.indptr), (X.indices, Y.indices), (X.data, Y.data)):
        assert a.tobytes() == b.tobytes()


def test_page_notes_found_as_both_patterns_find_them(shared_dir):
    # headline._unreadable asks _PAGE_NOTE_RE through its cue words first (most texts hold none, and the costly
    # _NOT_HEADING_RE is then not tried): the same answer as both patterns, on lines and sentences of three sets
    from newsbrief import headline
    from newsbrief._patterns import cued_search

    texts = ["Please enable JavaScript to view the comments", "Your Tweets are shown here", "Sign Up for our newsletter",
             "Please enable Javaſcript", "Crawled on 2012-04-01", "He subscribed to the theory", "Click Here", "",
             "A photo of the crawler, left", "cookies and cream"]
    for name in ("multinews_sample", "duc2003_task3", "multiling2011_en"):
        for arts in _clusters(shared_dir, name, 60):
            texts += [line for a in arts for line in a.raw_text.splitlines()[:20]]
    found = 0
    for t in texts:
        both = bool(headline._NOT_HEADING_RE.search(t) and headline._PAGE_NOTE_RE.search(t))
        assert bool(cued_search(headline._PAGE_NOTE_RE, headline._PAGE_NOTE_CUES, t)
                    and headline._NOT_HEADING_RE.search(t)) == both, t
        found += both
    assert len(texts) > 1_000 and found >= 6


def test_texts_without_urls_as_the_pattern_leaves_them(shared_dir):
    # headline._without_urls skips the address pattern for an ASCII text holding neither "http" nor "www.": the
    # same text as the pattern gives, on lines of three sets and on made ones
    from newsbrief import headline

    texts = ["See http://t.co/x1 now", "WWW.EXAMPLE.COM - home", "a www.site.org page", "httpſ://x.org", "no link",
             "HTTPS://A.B/c d", " -- : ", ""]
    for name in ("multinews_sample", "duc2003_task3", "multiling2011_en"):
        for arts in _clusters(shared_dir, name, 60):
            texts += [line for a in arts for line in a.raw_text.splitlines()[:20]]
    changed = 0
    for t in texts:
        expected = " ".join(headline._URL_TOKEN_RE.sub(" ", t).split()).strip(" -–—:|")
        assert headline._without_urls(t) == expected, t
        changed += expected != " ".join(t.split()).strip(" -–—:|")
    assert len(texts) > 1_000 and changed >= 4
