"""Near-duplicate detection: exact copies and reprints (wire copy with a new
headline, a trimmed reprint) found with MinHash LSH (datasketch) over word
5-shingles of the article body, and linked to their original.

The original is the earliest article (by date, then by arrival order); a
duplicate gets ``article.duplicate_of = original.id`` and is not counted as an
independent source.

Signatures are computed with numpy rather than datasketch's per-shingle
``MinHash.update`` (~10x faster: ~0.2 ms for a 500-word article) and are plain
``uint32`` arrays, so a store can keep them as blobs and rebuild the index in
another process (:meth:`DuplicateIndex.add_signature`). The index itself is
banded like datasketch's :class:`~datasketch.MinHashLSH` (same
band/row optimizer) but ~7x smaller (:class:`BandIndex`). On a stream it keeps
only recent signatures (reprints follow their original within days): those of
articles dated within ``horizon_days`` of the stream clock (the latest
publication date seen), undated ones for ``undated_horizon`` arrivals, and at
most ``max_size`` in all, so memory stays flat on an endless stream.
"""

from __future__ import annotations

import heapq
import math
import re
import threading
import zlib
from collections import OrderedDict, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, islice

import numpy as np

from .. import _patterns
from ..model import Article, Brief, BriefStage

#: Estimated Jaccard similarity of 5-shingle sets above which two articles are
#: copies of one text. Reprints with a changed headline and a trimmed last
#: paragraph score 0.8-0.95; two outlets' own reports of one event < 0.2.
DUPLICATE_THRESHOLD = 0.7
#: MinHash permutations: 128 keeps the Jaccard estimate within ~±0.05.
NUM_PERM = 128
SHINGLE_WORDS = 5
#: Shingles a signature reads at most (``dedup.max_shingles``): 20,000 words,
#: 2.5 times the longest article of the summarization sets (7,855 words).
MAX_SHINGLES = 20_000
#: Fixed seed of the permutations: signatures must agree across processes.
SEED = 1

_MASK32 = np.uint64(0xFFFFFFFF)


_WORD_RE = re.compile(r"[^\W_]+")


class _WordHashes(dict):
    """word -> crc32, filled as words are asked for (``cache[word]`` hashes a new word): one dict lookup per
    word, no set of the article's words to build first."""

    def __missing__(self, word: str) -> int:
        h = self[word] = zlib.crc32(word.encode())
        return h


#: word -> crc32, a cache (a word's hash is fixed; crc32 per word is the slow part);
#: 20,000 words (~2 MB) fill within minutes of following, so memory stays flat (docs/follow-soak.md)
_WORD_HASHES: dict[str, int] = _WordHashes()
_WORD_HASHES_MAX = 20_000


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


_PERMS: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}


def _permutations(num_perm: int, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    key = (num_perm, seed)
    if key not in _PERMS:
        # multiply-shift hashing (Dietzfelbinger): h -> (a*h + b mod 2**64) >> 32, a odd
        rng = np.random.RandomState(seed)
        a = rng.randint(1, 1 << 62, size=num_perm, dtype=np.int64).astype(np.uint64) | np.uint64(1)
        b = rng.randint(0, 1 << 62, size=num_perm, dtype=np.int64).astype(np.uint64)
        _PERMS[key] = (a, b)
    return _PERMS[key]


def shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the word k-shingles of ``text`` (uint64 array, with repeats)."""
    return _hash_shingles(_words(text), k)


def _hash_shingles(words: list[str], k: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the k-shingles of ``words`` (uint64 array, with repeats)."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    cache = _WORD_HASHES
    if len(cache) > _WORD_HASHES_MAX:
        cache.clear()
    wh = np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))
    if len(words) < k:
        k = len(words)
    n = len(words) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    mult = np.uint64(1099511628211)  # FNV prime: mixes positions in the shingle
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * mult + wh[j : j + n]
        h ^= h >> np.uint64(29)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(32)
    return h & _MASK32  # repeats do not change a minimum


class Signature:
    """A MinHash signature: ``num_perm`` uint32 minima (``hashvalues``, as
    datasketch names them, so datasketch's ``MinHashLSH`` accepts it too)."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray):
        self.hashvalues = hashvalues

    def __len__(self) -> int:
        return len(self.hashvalues)

    def jaccard(self, other: "Signature") -> float:
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> "Signature":
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32))

    @property
    def is_empty(self) -> bool:
        return bool(np.all(self.hashvalues == np.uint32(0xFFFFFFFF)))


def content_words(text: str, limit: int | None = None) -> list[str]:
    """The lowercased words of ``text``'s content lines (boilerplate lines
    such as "Advertisement", share bars and menus left out), at most ``limit`` of them: the first ones, found line by line, so a
    45 MB article costs no more than its first ``limit`` words (and one
    lowercased copy of a single giant line)."""
    return _content_words(text, limit)[0]


#: Whole-line alternatives that look for a word from every position of the line (".{0,160}\bcontributed ..."
#: tries 160 starts on every line: a third of the combined pattern's time): tried only on a line holding the word,
#: which they match in any case. Opening of the alternative -> that word (lower case).
_GUARDED = {r".{0,160}\bcontributed ": "contributed"}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (split at each ``|`` outside groups and classes)."""
    out, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: up to its closing "]" (a "]" first in it, after an optional "^", is a literal)
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


@lru_cache(maxsize=1)
def _boilerplate_lines() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The whole-line boilerplate patterns of :mod:`newsbrief._patterns` as one alternation; the same without
    the :data:`_GUARDED` alternatives; their words."""
    full = re.compile("|".join(f"(?:{p.pattern})" for _, p in _patterns.BOILERPLATE_LINES), re.I)
    rest, words = [], []
    for _, p in _patterns.BOILERPLATE_LINES:
        kept = []
        for alt in _alternatives(p.pattern):
            word = next((w for opening, w in _GUARDED.items() if alt.startswith(opening)), None)
            if word is None:
                kept.append(alt)
            else:
                words.append(word)
        if kept:
            rest.append("(?:" + "|".join(kept) + ")")
    return full, re.compile("|".join(rest), re.I), tuple(dict.fromkeys(words))


#: Non-ASCII letters that ``re.IGNORECASE`` matches with an ASCII one (the ``re`` docs: "İ", "ı", "ſ", "K").
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _ascii_starts(alternative: str) -> frozenset[str] | None:
    """The ASCII characters a line that ``alternative`` (case-insensitive) fullmatches can start with, or more;
    None when it cannot say (any character). Read from the parsed pattern: a literal or a class of ASCII
    characters in either case, zero-width items (anchors, lookarounds) and optional items passed over."""
    from re import _constants as c
    from re import _parser

    def chars(code: int) -> set[str] | None:
        ch = chr(code)
        if code < 128:
            return {ch.lower(), ch.upper()}
        return None if ch in _FOLDS_TO_ASCII else set()  # another non-ASCII character matches no ASCII one

    def item(op, av) -> tuple[set[str] | None, bool]:  # (first characters, can match nothing)
        if op is c.LITERAL:
            return chars(av), False
        if op is c.IN:
            out: set[str] = set()
            for o, a in av:
                if o is c.LITERAL:
                    got = chars(a)
                elif o is c.RANGE and not any(a[0] <= ord(f) <= a[1] for f in _FOLDS_TO_ASCII):
                    got = {x for k in range(a[0], min(a[1], 127) + 1) for x in (chr(k).lower(), chr(k).upper())}
                elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                    got = set("0123456789")
                elif o is c.CATEGORY and a is c.CATEGORY_SPACE:
                    got = set(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")
                elif o is c.CATEGORY and a is c.CATEGORY_WORD:
                    got = {chr(k) for k in range(128) if chr(k).isalnum()} | {"_"}
                else:
                    return None, False
                if got is None:
                    return None, False
                out |= got
            return out, False
        if op is c.SUBPATTERN:
            return seq(av[3])
        if op is c.BRANCH:
            out, empty = set(), False
            for branch in av[1]:
                got, e = seq(branch)
                if got is None:
                    return None, False
                out |= got
                empty = empty or e
            return out, empty
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            got, e = seq(av[2])
            return got, e or av[0] == 0
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), True
        return None, False

    def seq(items) -> tuple[set[str] | None, bool]:
        out: set[str] = set()
        for op, av in items:
            got, empty = item(op, av)
            if got is None:
                return None, False
            out |= got
            if not empty:
                return out, False
        return out, True

    got, _ = seq(_parser.parse(alternative, re.I))
    return None if got is None else frozenset(x for x in got if x.isascii())


@lru_cache(maxsize=1)
def _rest_alternatives() -> tuple[tuple[str, frozenset[str] | None], ...]:
    """The alternatives of ``_boilerplate_lines()[1]`` (rule by rule, in order) with :func:`_ascii_starts`."""
    out = []
    for _, p in _patterns.BOILERPLATE_LINES:
        for alt in _alternatives(p.pattern):
            if not any(alt.startswith(opening) for opening in _GUARDED):
                out.append((alt, _ascii_starts(alt)))
    return tuple(out)


#: first character of a stripped line -> the whole-line alternatives (but the guarded ones) it can start, as one
#: pattern (None: none can), made on first use of that character
_REST_BY_START: dict[str, re.Pattern[str] | None] = {}


def _rest_for(first: str) -> re.Pattern[str] | None:
    """``_boilerplate_lines()[1]`` cut to the alternatives a line starting with ``first`` (an ASCII character, in
    lower case: :func:`_ascii_starts` holds both cases of a letter) can fullmatch: the same answer (an
    alternation fullmatches a line when one of its alternatives does), and a line starting with "t" is not tried
    against "advertisement", "404", "(?:photo|image) ..." and the rest."""
    found = _REST_BY_START.get(first, False)
    if found is False:
        alts = [alt for alt, starts in _rest_alternatives() if starts is None or first in starts]
        found = _REST_BY_START[first] = re.compile("|".join(f"(?:{a})" for a in alts), re.I) if alts else None
    return found


def _whole_line(line: str, lowered: str) -> bool:
    """Does one whole-line boilerplate pattern match ``line`` (``lowered``: a lowercased text holding it)?"""
    full, rest, words = _boilerplate_lines()
    return bool((full if _has_cue(lowered, words) else rest).fullmatch(line))


def _required_literal(alternative: str, flags: int) -> str | None:
    """The longest run of ASCII literal characters (lowercased, 2 or more) in the top-level sequence of
    ``alternative``: a line holding a match holds it (in either case); None when there is none."""
    from re import _constants as c
    from re import _parser

    best = run = ""
    for op, av in _parser.parse(alternative, flags):
        if op is c.LITERAL and av < 128:
            run += chr(av).lower()
        else:
            best, run = max(best, run, key=len), ""
    best = max(best, run, key=len)
    return best if len(best) >= 2 else None


@lru_cache(maxsize=None)
def _part_alternatives(pattern: re.Pattern[str]) -> tuple[tuple[re.Pattern[str], str | None], ...]:
    """The top-level alternatives of a boilerplate part pattern, each with :func:`_required_literal`."""
    return tuple((re.compile(alt, pattern.flags), _required_literal(alt, pattern.flags))
                 for alt in _alternatives(pattern.pattern))


def _part_found(pattern: re.Pattern[str], line: str, lowered: str) -> bool:
    """``pattern.search(line)`` (``lowered``: ``line.lower()``), for an ASCII line trying only the alternatives
    whose required literal it holds (an alternation is found where one of its alternatives is)."""
    if not line.isascii():  # (a non-ASCII letter can match an ASCII literal case-insensitively: "K", "ſ")
        return pattern.search(line) is not None
    for alt, literal in _part_alternatives(pattern):
        if (literal is None or literal in lowered) and alt.search(line) is not None:
            return True
    return False


@lru_cache(maxsize=1)
def _cue_parts() -> tuple[tuple[str, dict[re.Pattern[str], None]], ...]:
    """Each cue word of the boilerplate parts with the part patterns it cues."""
    out: dict[str, dict[re.Pattern[str], None]] = {}
    for _, cues, pattern in _patterns.BOILERPLATE_PARTS:
        for cue in cues:
            out.setdefault(cue, {})[pattern] = None
    return tuple(out.items())


#: Every cue word of the boilerplate parts: most lines hold none, and then no part pattern is tried.
_ALL_CUES = tuple(dict.fromkeys(c for _, cues, _ in _patterns.BOILERPLATE_PARTS for c in cues))


def _has_cue(lowered: str, cues: tuple[str, ...]) -> bool:
    for cue in cues:
        if cue in lowered:
            return True
    return False


def _is_boilerplate(line: str) -> bool:
    """``bool(boilerplate_reason(line))`` for a stripped line, faster (one
    pattern for the whole-line rules, part patterns only for a line holding
    a cue): the signature of every ingested article asks it of every line,
    and needs no reason."""
    lowered_line = line.lower()
    if _whole_line(line, lowered_line):
        return True
    bulleted = line[:1] in _BULLETS  # both bullet patterns start with one of these: most lines skip them
    bare = _patterns.BULLET_PREFIX_RE.sub("", line) if bulleted else line
    if bare != line and _whole_line(bare, lowered_line):
        return True
    lowered = bare.lower()
    if _has_cue(lowered, _ALL_CUES):
        for _, cues, pattern in _patterns.BOILERPLATE_PARTS:
            if _has_cue(lowered, cues) and pattern.search(bare):
                return True
    return bulleted and bool(_patterns.BULLET_ITEM_RE.match(line)) and not line.rstrip().endswith(
        (".", "!", "?", '"', "”"))


#: The first characters :data:`newsbrief._patterns.BULLET_PREFIX_RE` and ``BULLET_ITEM_RE`` accept.
_BULLETS = "•·▪►"


#: Longest line whose words are found all at once (a longer one is read word by word up to the limit).
_FINDALL_CHARS = 100_000


def _content_words(text: str, limit: int | None = None) -> tuple[list[str], int]:
    """:func:`content_words`, and how many words the boilerplate lines read
    on the way held (the lines skipped before the limit was reached).

    :func:`_is_boilerplate` inlined for a line without a bullet (almost
    every line): its lowercased copy serves both the cue check and the
    words (a bullet is no word character: the words are the same)."""
    if len(text) <= _WHOLE_TEXT_CHARS and (limit is None or len(text) < 2 * limit - 1):
        return _content_words_short(text)
    words: list[str] = []
    skipped = 0
    full, rest, guards = _boilerplate_lines()
    findall = _WORD_RE.findall
    for line in text.splitlines():
        if limit is not None and len(words) >= limit:
            break
        stripped = line.strip()
        if not stripped:  # no words, whether boilerplate or not (about 40% of the lines of the summarization sets)
            continue
        if stripped[:1] in _BULLETS:
            lowered = None
            boilerplate = _is_boilerplate(stripped)
        else:
            lowered = stripped.lower()
            boilerplate = bool((full if _has_cue(lowered, guards) else rest).fullmatch(stripped)) or _has_cue(
                lowered, _ALL_CUES) and any(
                _has_cue(lowered, cues) and pattern.search(stripped) for _, cues, pattern in _patterns.BOILERPLATE_PARTS)
        if boilerplate:
            skipped += len(findall(line))
            continue
        if lowered is None:
            lowered = line.lower()
        if limit is None:
            words.extend(findall(lowered))
        elif len(line) <= _FINDALL_CHARS:
            words.extend(findall(lowered)[: limit - len(words)])
        else:
            words.extend(m.group() for m in islice(_WORD_RE.finditer(lowered), limit - len(words)))
    return words, skipped


#: Longest text :func:`_content_words` reads with :func:`_content_words_short` (one lowercased copy of the whole).
_WHOLE_TEXT_CHARS = 1_000_000


def _content_words_short(text: str) -> tuple[list[str], int]:
    """:func:`_content_words` of a text with fewer words than the limit (a word is a character and its end
    another: under ``2 * limit - 1`` characters), the same words and count: the cue words, guard words and part
    patterns a line could hold are the ones the whole lowercased text holds (both lowercase character by
    character; no cue holds a Greek sigma, the one letter lowered by context), so each line tries only those;
    and a content line's words are found with the others' in one pass (a line break is no word character)."""
    skipped = 0
    full, rest, guards = _boilerplate_lines()
    whole = text.lower()
    guards = tuple(g for g in guards if g in whole)
    # the part patterns each line must try: those with a cue in it (line -> patterns), from where the cues occur in
    # the lowercased whole, which splits into the same lines (lower() makes and removes no line break) each
    # lowercased as the line alone (no cue spans a line break, starts or ends with a space, or holds a sigma);
    # one search per cue finds whether the text holds it and where
    candidates: dict[int, dict[re.Pattern[str], None]] = {}
    starts: list[int] | None = None
    for cue, patterns in _cue_parts():
        at = whole.find(cue)
        if at < 0:
            continue
        if starts is None:
            starts = [0, *accumulate(map(len, whole.splitlines(True)))]
        while at >= 0:
            i = bisect_right(starts, at) - 1
            candidates.setdefault(i, {}).update(patterns)
            at = whole.find(cue, starts[i + 1])  # the next line holding it
    fullmatch = rest.fullmatch
    rest_by_start = _REST_BY_START
    findall = _WORD_RE.findall
    kept: list[str] = []
    for i, line in enumerate(text.splitlines()):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[:1] in _BULLETS:
            lowered = None
            boilerplate = _is_boilerplate(stripped)
        else:
            lowered = stripped.lower()
            if guards and _has_cue(lowered, guards):
                whole_line = full.fullmatch(stripped) is not None
            elif stripped[0] < "\x80":
                by_start = rest_by_start.get(lowered[0], False)
                if by_start is False:
                    by_start = _rest_for(lowered[0])
                whole_line = by_start is not None and by_start.fullmatch(stripped) is not None
            else:
                whole_line = fullmatch(stripped) is not None
            boilerplate = whole_line or i in candidates and any(
                _part_found(p, stripped, lowered) for p in candidates[i])
        if boilerplate:
            skipped += len(findall(line))
            continue
        kept.append(lowered if lowered is not None else line.lower())
    content = "\n".join(kept)
    if content.isascii():  # most texts: a word is a run of [a-z0-9] (lowercased), found by one split
        return content.translate(_ASCII_NON_WORD).split(), skipped
    return findall(content), skipped


#: Every ASCII character that is not a letter or digit -> a space (a lowercased ASCII text's words, as
#: ``_WORD_RE`` finds them, are then what ``str.split`` leaves).
_ASCII_NON_WORD = str.maketrans({chr(i): " " for i in range(128) if not chr(i).isalnum()})


def signature_words(text: str, max_shingles: int | None = MAX_SHINGLES) -> tuple[list[str], int]:
    """The content words :func:`signature` reads of ``text`` (and the words of the boilerplate lines met on the
    way), for a caller that also wants to know whether a text has any (the story store: see
    :func:`newsbrief.clean.page_note`) and then passes them to :func:`signature` as ``words``."""
    return _content_words(text, None if max_shingles is None else max_shingles + SHINGLE_WORDS - 1)


def signature(text: str, num_perm: int = NUM_PERM, min_shingles: int = 1,
              max_shingles: int | None = MAX_SHINGLES, min_content_share: float = 0.0,
              words: tuple[list[str], int] | None = None) -> Signature:
    """The MinHash signature of the word 5-shingles of ``text``'s content
    lines; empty (it matches nothing) when they hold fewer than
    ``min_shingles`` distinct shingles. The story store asks for
    ``dedup.min_shingles``: across a stream, a snippet, a tweet or a
    boilerplate page ("enable JavaScript") is too little shared text to call
    a copy; within one brief's articles any copy counts.

    Only the first ``max_shingles`` shingles (word positions) are read
    (``dedup.max_shingles``; ``None``: all): every news article of the
    summarization sets is far shorter, so its signature is that of its whole
    text, and two copies of an over-long text still share their opening.

    A text whose content lines hold less than ``min_content_share`` of the
    words read (the rest is boilerplate) gets an empty signature too: what is
    left of it after cleaning is too little of it to say that two such texts
    are copies (``dedup.min_content_share``; a wire photo package is a
    template header plus caption lines that read as photo credits).

    ``words``: :func:`signature_words` of ``text`` at the same ``max_shingles``, if the caller has them."""
    words, skipped = words if words is not None else signature_words(text, max_shingles)
    mostly_boilerplate = len(words) < min_content_share * (len(words) + skipped)
    h = _hash_shingles(words)  # with repeats: a shingle seen twice hashes the same and does not change a minimum
    if h.size == 0 or h.size < min_shingles or mostly_boilerplate or (
            min_shingles > 1 and _distinct(h) < min_shingles):
        return Signature(np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32))
    a, b = _permutations(num_perm)
    # in blocks of _BLOCK shingles, into one buffer per thread: the permuted hashes of a 10 MB article would take
    # 128 x 8 bytes per shingle (~2 GB) at once, and a fresh array per article costs more than the products (a
    # 1 MB block stays in cache); shingles x permutations, so each block's minima are one reduction over rows
    buf = _buffer(num_perm)
    low = None
    with np.errstate(over="ignore"):
        for start in range(0, h.size, _BLOCK):
            block = h[start : start + _BLOCK]
            ph = buf[: block.size]
            np.multiply(block[:, None], a, out=ph)
            ph += b
            if low is None:
                low = ph.min(axis=0)
            else:
                np.minimum(low, ph.min(axis=0), out=low)
    return Signature((low >> np.uint64(32)).astype(np.uint32))


def _distinct(h: np.ndarray) -> int:
    """How many distinct values ``h`` holds (``np.unique(h).size``, without building the unique array)."""
    s = np.sort(h)
    return int(np.count_nonzero(s[1:] != s[:-1])) + 1


#: Shingles permuted at once in :func:`signature` (1,024 x 128 x 8 bytes = 1 MB).
_BLOCK = 1_024
_BUFFERS = threading.local()


def _buffer(num_perm: int) -> np.ndarray:
    """This thread's block of permuted hashes (``_BLOCK`` x ``num_perm`` uint64), made once."""
    buf = getattr(_BUFFERS, "buf", None)
    if buf is None or buf.shape != (_BLOCK, num_perm):  # (a test may change _BLOCK)
        buf = _BUFFERS.buf = np.empty((_BLOCK, num_perm), dtype=np.uint64)
    return buf


@lru_cache(maxsize=16)
def _bands_rows(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows per band for ``threshold``: datasketch's optimizer
    (false positives and negatives weighted equally), 25-35 ms of numerical
    integration, so it runs once per (threshold, num_perm) in a process
    rather than once per brief."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, num_perm, 0.5, 0.5)


class BandIndex:
    """A compact MinHash LSH index: ``b`` bands of ``r`` rows, band and row
    counts chosen by datasketch's own optimizer
    (:func:`datasketch.lsh._optimal_param`, the one behind
    :class:`~datasketch.MinHashLSH`) for ``threshold``.

    Same banding as ``MinHashLSH``, stored in one dict per band keyed by the
    band's 64-bit hash: ~1.5 KB per entry instead of ~10 KB (MinHashLSH keeps a
    set and a bytes key per band), which is what lets the store keep tens of
    thousands of recent articles in memory.
    """

    def __init__(self, threshold: float, num_perm: int):
        self.b, self.r = _bands_rows(threshold, num_perm)
        self._tables: list[dict[int, object]] = [{} for _ in range(self.b)]
        self._last: tuple[Signature, list[int]] | None = None

    def _bands(self, sig: Signature) -> list[int]:
        """The hash of each band's bytes; the last signature's are kept (``add`` queries, then inserts it)."""
        last = self._last
        if last is not None and last[0] is sig:
            return last[1]
        hv = sig.hashvalues
        raw, step = hv.tobytes(), hv.itemsize * self.r  # the bytes of band i are raw[i*step:(i+1)*step]
        bands = [hash(raw[i : i + step]) for i in range(0, step * self.b, step)]
        self._last = (sig, bands)
        return bands

    def insert(self, key: str, sig: Signature) -> None:
        for table, h in zip(self._tables, self._bands(sig)):
            cur = table.get(h)
            if cur is None:
                table[h] = key
            elif isinstance(cur, list):
                cur.append(key)
            else:
                table[h] = [cur, key]

    def remove(self, key: str, sig: Signature) -> None:
        for table, h in zip(self._tables, self._bands(sig)):
            cur = table.get(h)
            if cur == key:
                del table[h]
            elif isinstance(cur, list) and key in cur:
                cur.remove(key)
                if len(cur) == 1:
                    table[h] = cur[0]

    def query(self, sig: Signature) -> set[str]:
        out: set[str] = set()
        for table, h in zip(self._tables, self._bands(sig)):
            cur = table.get(h)
            if cur is None:
                continue
            if isinstance(cur, list):
                out.update(cur)
            else:
                out.add(cur)  # type: ignore[arg-type]
        return out


@dataclass
class DuplicateIndex:
    """Incremental near-duplicate index (used by :func:`mark_duplicates` and the store).

    ``add(key, text)`` returns the key of the original that ``text`` copies,
    or ``None`` when it is new (and then indexes it). What it keeps on a stream:

    - with ``horizon_days``, the signatures of articles with a publication date
      (``day``, a day number) at most that many days behind the stream clock,
      the latest ``day`` given so far;
    - with ``undated_horizon``, those without one (``day`` None) for that many
      arrivals (signatures given that are not empty: arrival order is the only
      clock they have; a snippet or tweet too short for a signature is no
      arrival, so a stream of them does not flush the window);
    - with ``max_size``, at most that many in all, the oldest arrivals
      forgotten first.
    """

    threshold: float = DUPLICATE_THRESHOLD
    num_perm: int = NUM_PERM
    max_size: int | None = None
    min_shingles: int = 1
    max_shingles: int | None = MAX_SHINGLES
    min_content_share: float = 0.0
    horizon_days: float | None = None
    undated_horizon: int | None = None
    clock_: float = field(default=math.nan, init=False, repr=False)
    seq_: int = field(default=0, init=False, repr=False)
    _lsh: BandIndex | None = field(default=None, init=False, repr=False)
    _hashes: OrderedDict = field(default_factory=OrderedDict, init=False, repr=False)
    #: key -> (day or None, arrival number) of each kept signature
    _when: dict = field(default_factory=dict, init=False, repr=False)
    #: (day, arrival, key) of the dated signatures (a heap) and (arrival, key) of the undated ones (in order);
    #: entries of signatures dropped otherwise are skipped when met (and compacted away)
    _dated: list = field(default_factory=list, init=False, repr=False)
    _undated: deque = field(default_factory=deque, init=False, repr=False)

    def _index(self) -> BandIndex:
        if self._lsh is None:
            self._lsh = BandIndex(self.threshold, self.num_perm)
        return self._lsh

    def best(self, sig: Signature) -> str | None:
        """The indexed key most similar to ``sig`` at or above the threshold."""
        if sig.is_empty or not self._hashes:
            return None
        best, best_sim = None, 0.0
        for key in self._index().query(sig):
            sim = sig.jaccard(self._hashes[key])
            if sim >= self.threshold and sim > best_sim:
                best, best_sim = key, sim
        return best

    def add(self, key: str, text: str, day: float | None = None) -> str | None:
        return self.add_signature(key, signature(text, self.num_perm, self.min_shingles, self.max_shingles,
                                                 self.min_content_share), day=day)

    def add_signature(self, key: str, sig: Signature, check: bool = True, day: float | None = None) -> str | None:
        """Index ``sig`` under ``key`` unless it copies an indexed text;
        return that text's key (or ``None``). ``check=False`` indexes
        unconditionally (rebuilding from kept signatures). ``day``: the
        article's publication date as a day number (``date.toordinal()``),
        None when it has none (a date read from its text is none): it moves
        the stream clock, and signatures past the horizons are forgotten
        before ``sig`` is compared."""
        self.seq_ += not sig.is_empty
        if day is not None:
            self.clock_ = day if math.isnan(self.clock_) else max(self.clock_, day)
        self._expire()
        original = self.best(sig) if check else None
        if original is None and key not in self._hashes and not sig.is_empty and not (
                day is not None and self.horizon_days is not None and day < self.clock_ - self.horizon_days):
            self._index().insert(key, sig)
            self._hashes[key] = sig
            self._when[key] = (day, self.seq_)
            if day is not None:
                heapq.heappush(self._dated, (day, self.seq_, key))
            else:
                self._undated.append((self.seq_, key))
            if self.max_size is not None:
                while len(self._hashes) > self.max_size:
                    self._drop(next(iter(self._hashes)))
            if len(self._dated) + len(self._undated) > 2 * len(self._hashes) + 64:
                self._compact()
        return original

    def _expire(self) -> None:
        """Forget the dated signatures more than ``horizon_days`` behind the clock and the undated ones older
        than ``undated_horizon`` arrivals."""
        if self.horizon_days is not None and not math.isnan(self.clock_):
            cut = self.clock_ - self.horizon_days
            while self._dated and self._dated[0][0] < cut:
                _day, seq, key = heapq.heappop(self._dated)
                if self._when.get(key, (None, None))[1] == seq:
                    self._drop(key)
        if self.undated_horizon is not None:
            cut = self.seq_ - self.undated_horizon
            while self._undated and self._undated[0][0] <= cut:
                seq, key = self._undated.popleft()
                if self._when.get(key, (None, None))[1] == seq:
                    self._drop(key)

    def _compact(self) -> None:
        """The heap and the queue without the entries of signatures dropped by ``max_size`` or :meth:`remove`."""
        self._dated = [e for e in self._dated if self._when.get(e[2], (None, None))[1] == e[1]]
        heapq.heapify(self._dated)
        self._undated = deque(e for e in self._undated if self._when.get(e[1], (None, None))[1] == e[0])

    def _drop(self, key: str) -> None:
        self._index().remove(key, self._hashes.pop(key))
        del self._when[key]

    def remove(self, key: str) -> None:
        if key in self._hashes:
            self._drop(key)

    def __contains__(self, key: str) -> bool:
        return key in self._hashes

    def __len__(self) -> int:
        return len(self._hashes)


def mark_duplicates(articles: Sequence[Article], threshold: float = DUPLICATE_THRESHOLD,
                    max_shingles: int | None = MAX_SHINGLES) -> list[tuple[str, str]]:
    """Link near-duplicate articles to their original, in place (signatures
    read at most ``max_shingles`` shingles of each).

    Returns the ``(duplicate_id, original_id)`` pairs.
    """
    order = sorted(range(len(articles)), key=lambda i: (articles[i].date is None, articles[i].date or 0, i))
    index = DuplicateIndex(threshold=threshold, max_shingles=max_shingles)
    pairs = []
    seen_ids: dict[str, Article] = {}
    for i in order:
        art = articles[i]
        if art.id in seen_ids:  # the very same article object given twice
            continue
        seen_ids[art.id] = art
        original = index.add(art.id, art.body)
        if original is not None:
            art.duplicate_of = original
            pairs.append((art.id, original))
    return pairs


class Deduplicator(BriefStage):
    """Pipeline stage: link near-duplicate articles (wire copies) to their
    original, so ``brief.sources`` counts each story once per independent source.

    Uses the cleaned text; articles are taken in date order, so the earliest
    copy is the original.
    """

    requires = ("article.text",)
    assigns = ("article.duplicate_of", "brief.sources")

    def __init__(self, threshold: float = DUPLICATE_THRESHOLD, max_shingles: int | None = MAX_SHINGLES):
        self.threshold = threshold
        self.max_shingles = max_shingles

    def __call__(self, brief: Brief) -> Brief:
        if len(brief.articles) > 1:
            mark_duplicates(brief.articles, threshold=self.threshold, max_shingles=self.max_shingles)
        return brief
