"""Choose between spellings that one damaged word allows, with a model learnt from NKJP.

A lost letter leaves real ambiguity: "grup\ufffd" is "grupę" or "grupą", "by\ufffd" is
"był" or "być", stripped "prawa" is "prawa" or "prawą". Which one fits depends on the
neighbouring words, their grammar (a preposition's case, an adjective's agreement, an
infinitive after "można") and on the document (a narrative keeps to the past tense).
Hand-set weights for such cues never balance well, so they are learnt: a log-linear model
scores every candidate with hashed features (the candidate's frequency, its distinguishing
ending, the words, lemmas and morfeusz tags around it, agreement checks, the document's
tense and person) and the best-scoring candidate wins. `build_disambiguator` trains the
weights on the training part of NKJP by simulating the damage; the weights ship as one
small table (`data/disambiguator.bin.gz`).
"""

from __future__ import annotations

import gzip
import math
import re
import struct
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.repair.lexicon import (
    ADJECTIVAL,
    FINITE,
    INFINITIVE_GOVERNORS,
    NOMINAL,
    PRONOUNS,
    _agree,
    get_lexicon,
    memo,
    readings,
    shared,
    word_tags,
)

WEIGHTS = Path(__file__).with_name("data") / "disambiguator.bin.gz"
BITS = 20
SIZE = 1 << BITS
MASK = SIZE - 1
MAX_CANDIDATES = 6
REL_FLOOR = -8.0
PRUNE = 5.0  # candidates this much (log10) rarer than the most frequent are never chosen
# A candidate a thousand times more frequent than every other one is taken without asking
# the model: on a sample of NKJP's training part the model overrode such a candidate in 2
# of about 6,400 cases, and building the features (morfeusz look-ups) is the costly part.
DOMINANT = 3.0

Context = tuple[str, str, str, str]  # two words before, two after (lower case)


def _h(feature: str) -> int:
    return zlib.crc32(feature.encode()) & MASK


def prune(
    cands: Sequence[str], logps: Sequence[float]
) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The candidates worth weighing: at most six, none far rarer than the best."""
    if not cands:
        return (), ()
    best = max(logps)
    kept = [(c, p) for c, p in zip(cands, logps, strict=True) if p >= best - PRUNE]
    kept = kept[:MAX_CANDIDATES]
    return tuple(c for c, _ in kept), tuple(p for _, p in kept)


@dataclass(frozen=True)
class DocStats:
    """What the whole text says about tense and person, as log odds (0 = no evidence)."""

    past: float = 0.0  # past tense against infinitive
    first: float = 0.0  # first or second person against third


_VERBISH = re.compile(r"(?:ł|ła|ło|li|ły|ć|c|ę|my|sz|cie|em|am|eś|aś|śmy|ście)$")


def doc_stats(words: Iterable[str]) -> DocStats:
    """Tense and person odds from the verbs of a text (lower-case words; only words with
    a verb's ending are analysed, for speed)."""
    past = inf = first = third = 0
    for w in words:
        if not _VERBISH.search(w):
            continue
        tags = word_tags(w)
        is_past = any(t.startswith("praet") for t in tags)
        is_inf = "inf" in tags
        if is_past != is_inf:
            past += is_past
            inf += is_inf
        persons = {t.rsplit(":", 1)[-1] for t in tags if t.startswith(("fin:", "aglt:"))}
        if persons & {"pri", "sec"} and "ter" not in persons:
            first += 1
        elif persons == {"ter"}:
            third += 1
    return DocStats(
        past=math.log10((past + 1) / (inf + 1)), first=math.log10((first + 1) / (third + 10))
    )


@memo(maxsize=300_000)
def _info(word: str) -> tuple[str, str, str]:
    """(first lemma, parts of speech, coarse tags) of a context word, as feature values."""
    if not word[:1].isalpha():
        return word, word, word
    found = readings(word)
    lemma = found[0][0] if found else "?"
    pos = "|".join(sorted({r[1] for r in found})) or "?"
    tags = "|".join(sorted(word_tags(word))) or "?"
    return lemma, pos, tags


@memo(maxsize=300_000)
def _cand_info(word: str) -> tuple[str, bool, bool, frozenset[str], bool]:
    """(coarse tags, is infinitive, is past, cases of nominal readings, finite 3rd person)."""
    found = readings(word)
    tags = "|".join(sorted(word_tags(word))) or "?"
    is_inf = any(r[1] == "inf" for r in found)
    is_past = any(t.startswith("praet") for t in word_tags(word))
    cases = shared(frozenset(
        c for _, pos, _, cs, _ in found if pos in NOMINAL or pos in ADJECTIVAL or pos in PRONOUNS
        for c in cs
    ))  # fmt: skip
    third = any(pos in FINITE and "ter" in person for _, pos, _, person, _ in found)
    return tags, is_inf, is_past, cases, third


@memo(maxsize=100_000)
def _prep_cases(word: str) -> frozenset[str]:
    return shared(frozenset(c for _, pos, _, cs, _ in readings(word) if pos == "prep" for c in cs))


@memo(maxsize=100_000)
def _governs_inf(word: str) -> bool:
    return any(lemma in INFINITIVE_GOVERNORS for lemma, *_ in readings(word))


@memo(maxsize=200_000)
def _agrees(a: str, b: str) -> bool:
    return _agree(a, b)


def _diff(cand: str, others: Sequence[str]) -> str:
    """The part of `cand` from the first letter where it differs from another candidate."""
    k = len(cand)
    for o in others:
        if o == cand:
            continue
        i = 0
        while i < len(cand) and i < len(o) and cand[i] == o[i]:
            i += 1
        k = min(k, i)
    return cand[k:] if k < len(cand) else "$"


Named = tuple[list[str], list[tuple[str, float]]]  # binary features, valued features


def _named(
    mode: str, cands: Sequence[str], logps: Sequence[float], ctx: Context, doc: DocStats,
    capital: bool | None = None,
) -> list[Named]:  # fmt: skip
    """Feature names of each candidate in its context: those worth 1, and those with a
    value (kept apart so that scoring hashes straight into the weights)."""
    p2, p1, n1, n2 = ctx
    lp1, pos_p1, tag_p1 = _info(p1)
    ln1, pos_n1, tag_n1 = _info(n1)
    lp2, _, tag_p2 = _info(p2)
    _, _, tag_n2 = _info(n2)
    prep = _prep_cases(p1) | _prep_cases(p2)
    inf_gov = _governs_inf(p1) or _governs_inf(p2)
    p1_word = p1[:1].isalpha()
    n1_word = n1[:1].isalpha()
    best = max(logps)
    out: list[Named] = []
    for cand, logp in zip(cands, logps, strict=True):
        d = _diff(cand, cands)
        ctags, is_inf, is_past, cases, third = _cand_info(cand)
        end = cand[-2:]
        rel = max(REL_FLOOR, logp - best)
        names = [
            f"{mode}d:{d}",
            f"{mode}c:{cand}",
            f"{mode}dp1:{d}|{p1}",
            f"{mode}dn1:{d}|{n1}",
            f"{mode}dp2:{d}|{p2}",
            f"{mode}dn2:{d}|{n2}",
            f"{mode}cp1:{cand}|{p1}",
            f"{mode}cn1:{cand}|{n1}",
            f"{mode}dlp1:{d}|{lp1}",
            f"{mode}dln1:{d}|{ln1}",
            f"{mode}dlp2:{d}|{lp2}",
            f"{mode}tpp1:{ctags}|{pos_p1}",
            f"{mode}tpn1:{ctags}|{pos_n1}",
            f"{mode}ttp1:{ctags}|{tag_p1}",
            f"{mode}ttn1:{ctags}|{tag_n1}",
            f"{mode}ttp2:{ctags}|{tag_p2}",
            f"{mode}ttn2:{ctags}|{tag_n2}",
            f"{mode}etp1:{end}|{tag_p1}",
            f"{mode}etn1:{end}|{tag_n1}",
            f"{mode}bin:{rel:.0f}",
        ]
        if capital is not None:
            names.append(f"{mode}cap:{capital}|{d}")
        if n1_word and _agrees(cand, n1):
            names.append(f"{mode}agn1:{d}")
            names.append(f"{mode}agn1")
        if p1_word and _agrees(p1, cand):
            names.append(f"{mode}agp1:{d}")
            names.append(f"{mode}agp1")
        if prep and cases:
            names.append(f"{mode}prep:{bool(prep & cases)}|{d}")
        if inf_gov:
            names.append(f"{mode}infgov:{is_inf}|{d}")
        if third:
            names.append(f"{mode}third:{d}|{pos_p1}")
        valued = [(f"{mode}rel", rel), (f"{mode}abs", logp / 4.0)]
        if is_past or is_inf:
            valued.append((f"{mode}tense:{is_past}|{is_inf}", doc.past))
        valued.append((f"{mode}person:{d}", doc.first))
        out.append((names, valued))
    return out


def features(
    mode: str, cands: Sequence[str], logps: Sequence[float], ctx: Context, doc: DocStats,
    capital: bool | None = None,
) -> list[list[tuple[int, float]]]:  # fmt: skip
    """Hashed features (index, value) of each candidate in its context."""
    return [
        [(_h(n), 1.0) for n in names] + [(_h(n), v) for n, v in valued]
        for names, valued in _named(mode, cands, logps, ctx, doc, capital)
    ]


class Disambiguator:
    """Scores candidates with the shipped weights (all zero when the table is missing:
    then the most frequent candidate wins through the fallback in `choose`)."""

    def __init__(self, path: Path = WEIGHTS) -> None:
        if path.exists():
            raw = gzip.decompress(path.read_bytes())
            self.w: list[float] = list(struct.unpack(f"<{len(raw) // 2}e", raw))
            self.ready = True
        else:
            self.w = [0.0] * SIZE
            self.ready = False

    def scores(
        self, mode: str, cands: Sequence[str], logps: Sequence[float], ctx: Context,
        doc: DocStats, capital: bool | None = None,
    ) -> list[float]:  # fmt: skip
        w, crc = self.w, zlib.crc32
        out = []
        for names, valued in _named(mode, cands, logps, ctx, doc, capital):
            # the same sum, in the same order, as over `features` (ties break alike)
            total = sum([w[crc(n.encode()) & MASK] for n in names])
            for n, v in valued:
                total += w[crc(n.encode()) & MASK] * v
            out.append(total)
        return out

    def choose(
        self, mode: str, cands: Sequence[str], ctx: Context,
        doc: DocStats | Callable[[], DocStats], logps: Sequence[float] | None = None,
        capital: bool | None = None,
    ) -> str:  # fmt: skip
        """The best candidate for a word between the words of `ctx`; `doc` may be a
        function that works the statistics out (only called when the model is asked)."""
        return self.rank(mode, cands, ctx, doc, logps, capital)[0]

    def rank(
        self, mode: str, cands: Sequence[str], ctx: Context,
        doc: DocStats | Callable[[], DocStats], logps: Sequence[float] | None = None,
        capital: bool | None = None,
    ) -> tuple[str, float]:  # fmt: skip
        """The best candidate and how far its score is ahead of the runner-up's
        (infinite when frequency alone decides): a narrow lead marks a guess."""
        if logps is None:
            lex = get_lexicon()
            logps = [lex.logp(c) for c in cands]
        top = max(range(len(cands)), key=lambda i: logps[i])
        if len(cands) == 1 or not self.ready:
            return cands[top], math.inf
        if all(p <= logps[top] - DOMINANT for i, p in enumerate(logps) if i != top):
            return cands[top], math.inf
        if callable(doc):
            doc = doc()
        s = self.scores(mode, cands, logps, ctx, doc, capital)
        best = max(range(len(cands)), key=lambda i: s[i])
        return cands[best], s[best] - max(x for i, x in enumerate(s) if i != best)


@lru_cache(maxsize=1)
def get_disambiguator() -> Disambiguator:
    return Disambiguator()
