"""Train the candidate disambiguator (`disambiguate.py`) on NKJP and write its weights.

Run: `python -m pipeline.repair.build_disambiguator [--dev]`. Every word of the training
part of NKJP (held-out files are skipped: the benchmark reads them) is damaged the way the
repair sees it: its lost letters turned into U+FFFD, or its diacritics stripped. Where
the lexicon then offers more than one spelling, the true one becomes a training example,
with the words before it as written and the words after it as a first pass would read
them (their most frequent spelling), just as the fixers see them. A log-linear model
(softmax over the candidates, L2, full-batch Adam, fixed order: the rebuild is
deterministic) is fitted to the examples; `--dev` keeps a tenth of the training files apart
and prints the accuracy on them against picking the most frequent candidate (and, with
`--dev-weights`, writes that model apart, for `tune`).
"""

from __future__ import annotations

import argparse
import gzip
from array import array
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from pipeline.repair.build_tables import glue
from pipeline.repair.diacritics import stripped_candidates
from pipeline.repair.disambiguate import SIZE, WEIGHTS, DocStats, doc_stats, features, prune
from pipeline.repair.fffd import FFFD, LETTERS_TABLE, candidates
from pipeline.repair.lexicon import PL_LOWER, get_lexicon, strip_diacritics
from pipeline.repair.nkjp import is_dev, is_held_out, sentences

LOST = "ąćęłńśźżĄĆĘŁŃŚŹŻ"  # what a broken font loses (it keeps "ó")
_LOSE = str.maketrans(dict.fromkeys(LOST, FFFD))
MODES = ("f", "s")
ITERATIONS = 120
L2 = 2e-7
RATE = 0.05


def _options(mode: str, word: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Candidates (best first by frequency) the repair would weigh for a damaged `word`."""
    if mode == "f":
        if not any(c in LOST for c in word):
            return (word,), (0.0,)
        found = candidates(word.translate(_LOSE))
        return prune([w for w, _ in found], [p for _, p in found])
    return prune(*stripped_candidates(strip_diacritics(word)))


def documents() -> Iterator[tuple[str, list[str]]]:
    """(file id, tokens) per NKJP file of the training part, agglutinates glued."""
    current, tokens = "", []
    for file_id, sent in sentences():
        if is_held_out(file_id):
            continue
        if file_id != current and tokens:
            yield current, tokens
            tokens = []
        current = file_id
        tokens.extend(glue(sent))
    if tokens:
        yield current, tokens


Example = tuple[list[list[tuple[int, float]]], int]


def examples(mode: str, tokens: list[str]) -> Iterator[Example]:
    """Training examples (features of each candidate, index of the true one) of one file."""
    words = [t.lower() for t in tokens]
    opts = [_options(mode, w) if w[:1].isalpha() else ((w,), (0.0,)) for w in words]
    first = [o[0][0] if o[0] else w for o, w in zip(opts, words, strict=True)]
    doc: DocStats = doc_stats(first)
    n = len(words)
    for i, w in enumerate(words):
        cands, logps = opts[i]
        if len(cands) < 2 or w not in cands:
            continue
        ctx = (
            words[i - 2] if i >= 2 else "<s>",
            words[i - 1] if i >= 1 else "<s>",
            first[i + 1] if i + 1 < n else "</s>",
            first[i + 2] if i + 2 < n else "</s>",
        )
        token = tokens[i]
        capital = None if mode == "f" and token[0] in LOST else token[0].isupper()
        yield features(mode, cands, logps, ctx, doc, capital), cands.index(w)


class Data:
    """All examples as flat arrays: features per candidate, candidates per example."""

    def __init__(self) -> None:
        self.idx = array("i")
        self.val = array("f")
        self.feat_cand = array("i")
        self.cand_ex = array("i")
        self.gold = array("q")  # global candidate index of the true one
        self.top = array("q")  # global candidate index of the most frequent one
        self.n_cand = 0
        self.n_ex = 0

    def add(self, ex: Example) -> None:
        feats, gold = ex
        self.gold.append(self.n_cand + gold)
        self.top.append(self.n_cand)
        for f in feats:
            self.idx.extend(i for i, _ in f)
            self.val.extend(v for _, v in f)
            self.feat_cand.extend([self.n_cand] * len(f))
            self.cand_ex.append(self.n_ex)
            self.n_cand += 1
        self.n_ex += 1

    def arrays(self) -> tuple[np.ndarray, ...]:
        return (
            np.frombuffer(self.idx, dtype=np.int32),
            np.frombuffer(self.val, dtype=np.float32),
            np.frombuffer(self.feat_cand, dtype=np.int32),
            np.frombuffer(self.cand_ex, dtype=np.int32),
            np.frombuffer(self.gold, dtype=np.int64),
            np.frombuffer(self.top, dtype=np.int64),
        )


def _scores(w: np.ndarray, idx, val, feat_cand, n_cand: int) -> np.ndarray:
    return np.bincount(feat_cand, weights=w[idx] * val, minlength=n_cand)


def _accuracy(scores: np.ndarray, cand_ex: np.ndarray, gold: np.ndarray, n_ex: int) -> float:
    best = np.full(n_ex, -np.inf)
    np.maximum.at(best, cand_ex, scores)
    right = scores[gold] >= best - 1e-9
    return float(right.mean())


def train(data: tuple[np.ndarray, ...], n_cand: int, n_ex: int, l2: float = L2) -> np.ndarray:
    """Softmax over each example's candidates, L2, full-batch Adam."""
    idx, val, feat_cand, cand_ex, gold, _ = data
    w = np.zeros(SIZE, dtype=np.float64)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2 = 0.9, 0.999
    for t in range(1, ITERATIONS + 1):
        s = _scores(w, idx, val, feat_cand, n_cand)
        top = np.full(n_ex, -np.inf)
        np.maximum.at(top, cand_ex, s)
        e = np.exp(s - top[cand_ex])
        z = np.bincount(cand_ex, weights=e, minlength=n_ex)
        p = e / z[cand_ex]
        p[gold] -= 1.0
        grad = np.bincount(idx, weights=val * p[feat_cand], minlength=SIZE) / n_ex + l2 * w
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= RATE * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
        if t % 20 == 0:
            loss = -np.log(np.maximum(p[gold] + 1.0, 1e-12)).mean()
            print(f"  iteration {t}: loss {loss:.4f}", flush=True)
    return w


def write_letters() -> None:
    """Count each Polish letter between its neighbours in the lexicon (for `fffd`'s guesses
    of words the frequency list lacks)."""
    counts: Counter[str] = Counter()
    for word in get_lexicon().freq:
        padded = f"^{word}$"
        for i, ch in enumerate(word, start=1):
            if ch in PL_LOWER:
                counts[padded[i - 1 : i + 2]] += 1
    lines = "".join(f"{k}\t{c}\n" for k, c in sorted(counts.items()))
    LETTERS_TABLE.write_bytes(gzip.compress(lines.encode(), compresslevel=9, mtime=0))
    print(f"{LETTERS_TABLE}: {len(counts)} letter contexts")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", action="store_true", help="score on a tenth kept apart")
    parser.add_argument("--l2", type=float, nargs="+", default=[L2], help="L2 weights to try")
    parser.add_argument(
        "--dev-weights", type=Path, metavar="PATH",
        help="with --dev: also write the weights trained without the dev tenth (for tuning)",
    )  # fmt: skip
    args = parser.parse_args()
    if not args.dev:
        write_letters()
    train_data = Data()
    dev_data = {mode: Data() for mode in MODES}
    for file_id, tokens in documents():
        dev = args.dev and is_dev(file_id)
        for mode in MODES:
            for ex in examples(mode, tokens):
                (dev_data[mode] if dev else train_data).add(ex)
    print(f"{train_data.n_ex} training examples, {train_data.n_cand} candidates", flush=True)
    arrays = train_data.arrays()
    if args.dev:
        for l2 in args.l2:
            w = train(arrays, train_data.n_cand, train_data.n_ex, l2)
            for mode, data in dev_data.items():
                idx, val, feat_cand, cand_ex, gold, top = data.arrays()
                s = _scores(w, idx, val, feat_cand, data.n_cand)
                acc = _accuracy(s, cand_ex, gold, data.n_ex)
                base = float(np.mean(gold == top))
                print(f"l2 {l2} dev {mode}: {data.n_ex} examples, model {acc:.4f}, top {base:.4f}")
            if args.dev_weights and l2 == args.l2[0]:
                _write(w, args.dev_weights)
        return
    _write(train(arrays, train_data.n_cand, train_data.n_ex, args.l2[0]), WEIGHTS)


def _write(w: np.ndarray, path: Path) -> None:
    path.write_bytes(gzip.compress(w.astype("<f2").tobytes(), compresslevel=9, mtime=0))
    print(f"{path}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
