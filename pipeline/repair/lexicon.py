"""Polish word forms with frequencies, and the context table, shared by every fixer.

Every repair here is a choice between candidate spellings, so all fixers ask one lexicon:
`wordfreq`'s large Polish list gives frequencies, `morfeusz2` confirms forms the list lacks
(inflections, place names), and a small NKJP-derived table (`build_tables`) adds bigram
context for words whose diacritic-free spelling is ambiguous ("ze"/"że").
Loaded once per process (`get_lexicon`). Building it with its look-up indexes costs about a
second, so the result is kept in the per-user cache (`pipeline.built`). The word list and
the two spelling indexes are `marisa-trie` tries rather than dicts: a dict of 450,000 words
takes a third of a CPU-second to unpickle in every process that repairs text (with several
workers, time taken from the documents), a trie a few milliseconds, at under a microsecond
more per look-up.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import math
import re
from array import array
from collections.abc import Callable, Hashable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import ParamSpec, TypeVar

import marisa_trie
import morfeusz2

from pipeline.built import load_or_build

PL_LOWER = "ąćęłńóśźż"
PL_UPPER = "ĄĆĘŁŃÓŚŹŻ"
PL_LETTERS = PL_LOWER + PL_UPPER
_STRIP = str.maketrans(PL_LETTERS, "acelnoszz" + "ACELNOSZZ")
_MASK = str.maketrans(dict.fromkeys(PL_LOWER, "*"))
_HAS_POLISH_LETTER = re.compile(f"[{PL_LOWER}]").search
CONTEXT_TABLE = Path(__file__).with_name("data") / "context.tsv.gz"

WORD = re.compile(r"[^\W\d_]+")
UNKNOWN_LOGP = -12.0
MORFEUSZ_LOGP = -8.0
SMOOTHING = 200.0
MIN_ASSOCIATION = -1.5
MAX_ASSOCIATION = 3.0


def strip_diacritics(text: str) -> str:
    return text.translate(_STRIP)


def mask(word: str) -> str:
    """Lower-case word with each Polish letter replaced by '*' (the U+FFFD lookup key)."""
    return word.translate(_MASK)


def apply_case(template: str, word: str, first_upper: bool | None = None) -> str:
    """Give `word` the capitalisation of `template` (letters it does not know are ignored)."""
    letters = [c for c in template if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return word.upper()
    if first_upper is None:
        first_upper = bool(template) and template[0].isupper()
    return word[:1].upper() + word[1:] if first_upper else word


def _word_list() -> Path:
    """wordfreq's large Polish list. Found without importing wordfreq where its package
    keeps the list in the usual place: a run whose lexicon is cached needs only the path
    (to check the cache is current), and the import costs a tenth of a second."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is not None and spec.origin is not None:
        path = Path(spec.origin).parent / "data" / "large_pl.msgpack.gz"
        if path.is_file():
            return path
    from wordfreq import available_languages

    return Path(available_languages("large")["pl"])


def _frequencies() -> dict[str, float]:
    """log10 frequency of each alphabetic word of wordfreq's large Polish list.

    Read from the list file rather than through `get_frequency_dict`, whose cache (and
    that of the lists behind it) would keep a million strings in lists that the garbage
    collector walks on every full collection; the values are the same.
    """
    from wordfreq import cB_to_freq, read_cBpack

    freq: dict[str, float] = {}
    for index, bucket in enumerate(read_cBpack(str(_word_list()))):
        logf = math.log10(cB_to_freq(-index))
        for w in bucket:
            if w.isalpha():
                freq[w] = logf
    return freq


class WordFrequencies:
    """log10 frequency of each word (a read-only mapping), stored as a trie of the words and
    one small integer per word: the index of its frequency among the list's few hundred
    distinct values (wordfreq stores frequencies in buckets)."""

    def __init__(self, freq: dict[str, float]) -> None:
        self.levels = tuple(sorted(set(freq.values()), reverse=True))
        rank = {value: i for i, value in enumerate(self.levels)}
        self.ids = marisa_trie.Trie(freq)
        self.buckets = array("H", bytes(2 * len(self.ids)))
        for word, value in freq.items():
            self.buckets[self.ids[word]] = rank[value]

    def get(self, word: str, default: float | None = None) -> float | None:
        i = self.ids.get(word)
        return default if i is None else self.levels[self.buckets[i]]

    def __contains__(self, word: object) -> bool:
        return word in self.ids

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[str]:
        """Most frequent words first (trie order within one frequency)."""
        ranked = sorted(self.ids.iteritems(), key=lambda pair: self.buckets[pair[1]])
        return (word for word, _ in ranked)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WordFrequencies):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None  # type: ignore[assignment]

    def items(self) -> Iterator[tuple[str, float]]:
        for word, i in self.ids.iteritems():
            yield word, self.levels[self.buckets[i]]

    @property
    def top(self) -> float:
        """The highest frequency in the list."""
        return self.levels[0] if self.levels else UNKNOWN_LOGP


class Spellings:
    """Key → the words filed under it, most frequent first, in a trie of byte strings."""

    def __init__(self, groups: dict[str, list[str]]) -> None:
        self.trie = marisa_trie.BytesTrie(
            (key, "\x00".join(words).encode()) for key, words in groups.items()
        )

    def get(self, key: str) -> tuple[str, ...]:
        found = self.trie.get(key)
        return tuple(found[0].decode().split("\x00")) if found else ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Spellings):
            return NotImplemented
        return self.trie.tobytes() == other.trie.tobytes()

    __hash__ = None  # type: ignore[assignment]


# What the per-user cache holds, in this order.
_BUILT = (
    "freq",
    "unigrams",
    "bigrams",
    "capitals",
    "tag_unigrams",
    "tag_bigrams",
    "total",
    "_by_strip",
    "_by_mask",
)


class Lexicon:
    """Word frequencies (log10), candidate look-ups and bigram context."""

    def __init__(self, table: Path = CONTEXT_TABLE, use_cache: bool = True) -> None:
        self.freq = WordFrequencies({})
        self.unigrams: dict[str, int] = {}
        self.bigrams: dict[tuple[str, str], int] = {}
        self.capitals: set[str] = set()
        self.tag_unigrams: dict[str, int] = {}
        self.tag_bigrams: dict[tuple[str, str], int] = {}
        self.total = 1
        self._by_strip = Spellings({})
        self._by_mask = Spellings({})
        sources = [_word_list(), table, Path(__file__)]
        build = functools.partial(self._built, table)
        built = load_or_build("lexicon", sources, build) if use_cache else build()
        for name, value in zip(_BUILT, built, strict=True):
            setattr(self, name, value)
        self.tag_total = sum(self.tag_unigrams.values()) or 1
        self._morf = morfeusz2.Morfeusz(generate=False, expand_dag=False)
        self._morf_cache: dict[str, bool] = {}

    def _built(self, table: Path) -> tuple[object, ...]:
        """Everything read from the word list and the context table, indexes included."""
        freq = _frequencies()
        self.freq = WordFrequencies(freq)
        if table.exists():
            self._load_table(table)
        self._build_indexes(freq)
        return tuple(getattr(self, name) for name in _BUILT)

    def _load_table(self, table: Path) -> None:
        with gzip.open(table, "rt", encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if parts[0] == "B":
                    self.bigrams[parts[1], parts[2]] = int(parts[3])
                elif parts[0] == "U":
                    self.unigrams[parts[1]] = int(parts[2])
                elif parts[0] == "C":
                    self.capitals.add(parts[1])
                elif parts[0] == "N":
                    self.total = int(parts[1])
                elif parts[0] == "G":
                    self.tag_unigrams[parts[1]] = int(parts[2])
                elif parts[0] == "T":
                    self.tag_bigrams[parts[1], parts[2]] = int(parts[3])

    # -- single words ---------------------------------------------------------------------
    def is_morfeusz_word(self, word: str) -> bool:
        hit = self._morf_cache.get(word)
        if hit is None:
            hit = all(tag != "ign" for _, tag in analyses(word))
            self._morf_cache[word] = hit
        return hit

    def logp(self, word: str) -> float:
        """log10 frequency of a lower-case form; morfeusz-only forms get a low floor."""
        f = self.freq.get(word)
        if f is not None:
            return f
        if word and self.is_morfeusz_word(word):
            return MORFEUSZ_LOGP
        return UNKNOWN_LOGP

    def is_proper(self, word: str) -> bool:
        """Whether every reading morfeusz knows for `word` is a name ("łososinie")."""
        found = [lemma for lemma, tag in analyses(word.lower()) if tag != "ign"]
        return bool(found) and all(lemma[:1].isupper() for lemma in found)

    # -- candidate look-ups ---------------------------------------------------------------
    def _build_indexes(self, freq: dict[str, float]) -> None:
        """`freq` in its list's order (most frequent first), which each index keeps."""
        by_strip: dict[str, list[str]] = {}
        by_mask: dict[str, list[str]] = {}
        for w in filter(_HAS_POLISH_LETTER, freq):
            by_strip.setdefault(w.translate(_STRIP), []).append(w)
            by_mask.setdefault(w.translate(_MASK), []).append(w)
        self._by_strip = Spellings(by_strip)
        self._by_mask = Spellings(by_mask)

    def by_strip(self, plain: str) -> tuple[str, ...]:
        """Forms with Polish letters that lose them to `plain` ('zolw' -> ['żółw'])."""
        return self._by_strip.get(plain)

    def by_mask(self, key: str) -> tuple[str, ...]:
        """Forms whose Polish letters sit exactly at the '*' positions of `key`."""
        return self._by_mask.get(key)

    # -- context --------------------------------------------------------------------------
    def association(self, left: str, right: str) -> float:
        """log10 P(right | left) / P(right), clipped: how much `left` predicts `right`.

        Clipping keeps unseen pairs of frequent words (NKJP has only a million words) from
        outweighing the unigram evidence.
        """
        p_right = 10 ** self.logp(right) if right != "</s>" else 0.05
        c_left = self.unigrams.get(left, 0)
        if not c_left:
            return 0.0
        c_pair = self.bigrams.get((left, right), 0)
        ratio = (c_pair + SMOOTHING * p_right) / ((c_left + SMOOTHING) * p_right)
        return min(MAX_ASSOCIATION, max(MIN_ASSOCIATION, math.log10(ratio)))

    def in_context(self, prev: str, word: str, nxt: str) -> float:
        """Score of `word` between `prev` and `nxt` (all lower-case; '<s>'/'</s>' at ends)."""
        return self.logp(word) + self.association(prev, word) + self.association(word, nxt)


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    return Lexicon()


_P = ParamSpec("_P")
_R = TypeVar("_R")


def memo(maxsize: int) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """A cache like `lru_cache`, emptied whole when full. `lru_cache` keeps a list per
    entry, and the garbage collector walks every one of them on each full collection;
    with the hundreds of thousands of word look-ups a long run caches, that walk cost more
    than the look-ups saved. Here keys and values are tuples of strings and numbers, which
    the collector stops watching."""

    def wrap(fn: Callable[_P, _R]) -> Callable[_P, _R]:
        cache: dict[Hashable, _R] = {}

        @functools.wraps(fn)
        def call(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            key: Hashable = (args, tuple(kwargs.items())) if kwargs else args
            try:
                return cache[key]
            except KeyError:
                pass
            if len(cache) >= maxsize:
                cache.clear()
            value = cache[key] = fn(*args, **kwargs)
            return value

        return call

    return wrap


_SETS: dict[frozenset[str], frozenset[str]] = {}


def shared(values: frozenset[str]) -> frozenset[str]:
    """One shared copy of each distinct set (the collector watches every frozenset, and
    cached readings repeat a few hundred of them)."""
    return _SETS.setdefault(values, values)


@memo(maxsize=300_000)
def analyses(word: str) -> tuple[tuple[str, str], ...]:
    """(lemma, tag) of each of morfeusz's readings of `word`, cached: every fixer asks
    about the same words. Read straight from the interpretations: the wrapper's
    `analyse` also fetches names and labels, and costs more than the analysis itself."""
    m = get_lexicon()._morf._morfeusz_obj
    return tuple((i.lemma, i.getTag(m)) for i in m.analyse(word))


@memo(maxsize=10_000)
def is_place_name(word: str) -> bool:
    """Whether morfeusz reads `word` as a geographical name (its labels are only in the
    wrapper's full analysis, which is slower than `analyses`: ask it sparingly)."""
    found = get_lexicon()._morf.analyse(word)
    return any("nazwa_geograficzna" in labels for *_, (_, _, _, labels, _) in found)


_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_BULLET_CHARS = "-–•*"


def prev_token(text: str, pos: int) -> str:
    """Lower-case token before `pos` ('<s>' at the start), for bigram context."""
    tokens = _TOKEN.findall(text, max(0, pos - 40), pos)
    return tokens[-1].lower() if tokens else "<s>"


def next_token(text: str, pos: int) -> str:
    """Lower-case token after `pos` ('</s>' at the end)."""
    m = _TOKEN.search(text, pos, pos + 40)
    return m.group().lower() if m else "</s>"


def sentence_start(text: str, pos: int) -> bool:
    """Whether a word at `pos` starts a sentence, list item or line after a full stop.

    A word at the start of a line only counts when the previous line does not end in a
    letter or comma: PDF lines wrap inside sentences.
    """
    i = pos - 1
    while i >= 0 and text[i] in " \t" + _BULLET_CHARS:
        i -= 1
    if i < 0:
        return True
    if text[i] in ".!?":
        return True
    if text[i] != "\n":
        return False
    while i >= 0 and text[i] in " \t\n":
        i -= 1
    return i < 0 or not (text[i].isalnum() or text[i] in ",\ufffd")


# -- a little syntax ------------------------------------------------------------------------
# Bigrams miss what sits two words away ("musi bowiem być") and agreement ("spotkań
# informacyjnych"); morfeusz's tags give both cheaply.
INFINITIVE_GOVERNORS = frozenset(
    {
        "móc", "musieć", "można", "trzeba", "należy", "chcieć", "powinien", "warto",
        "zamierzać", "umieć", "potrafić", "zacząć", "zaczynać", "przestać", "lubić", "woleć",
        "aby", "żeby", "by", "starać", "postanowić", "pragnąć",
    }
)  # fmt: skip
NOMINAL = frozenset({"subst", "depr", "ger"})
ADJECTIVAL = frozenset({"adj", "ppas", "pact"})
PRONOUNS = frozenset({"ppron12", "ppron3"})
FINITE = frozenset({"fin", "bedzie"})
AGREEMENT_BONUS = 1.0
INFINITIVE_BONUS = 2.0


@memo(maxsize=200_000)
def readings(word: str) -> tuple[tuple[str, str, frozenset, frozenset, frozenset], ...]:
    """(lemma, part of speech, numbers, cases, genders) for each morfeusz reading."""
    out = []
    for lemma_id, tag in analyses(word):
        lemma = lemma_id.split(":")[0]
        parts = tag.split(":")
        pos = parts[0]
        if pos == "ign":
            continue
        numbers = cases = genders = frozenset()
        if pos in NOMINAL or pos in ADJECTIVAL or pos in PRONOUNS:
            fields = [set(p.split(".")) for p in parts[1:4]] + [set(), set(), set()]
            numbers, cases, genders = (frozenset(f) for f in fields[:3])
        elif pos == "prep":
            cases = frozenset(parts[1].split("."))
        elif pos in FINITE:
            # number and person ("ter" for 3rd), kept in the `cases` slot
            numbers = frozenset(parts[1].split("."))
            cases = frozenset(parts[2].split("."))
        out.append((lemma, pos, shared(numbers), shared(cases), shared(genders)))
    return tuple(out)


def _agree(a: str, b: str) -> bool:
    """Whether a noun and an adjective (or two adjectives) can agree in number, case and
    gender."""
    for _, pa, na, ca, ga in readings(a):
        for _, pb, nb, cb, gb in readings(b):
            nominal_pair = (pa in ADJECTIVAL and (pb in NOMINAL or pb in ADJECTIVAL)) or (
                pb in ADJECTIVAL and pa in NOMINAL
            )
            if nominal_pair and na & nb and ca & cb and (not ga or not gb or ga & gb):
                return True
    return False


def syntax_bonus(word: str, before: list[str], after: str, options: tuple[str, ...]) -> float:
    """Bonus for `word` among `options`: an infinitive after a word that takes one, and a
    noun or adjective that agrees with the word after it (when not all options do)."""
    bonus = 0.0
    mine = readings(word)
    if any(pos == "inf" for _, pos, *_ in mine) and any(
        lemma in INFINITIVE_GOVERNORS for w in before[-3:] for lemma, *_ in readings(w)
    ):
        bonus += INFINITIVE_BONUS
    if (
        after
        and after.isalpha()
        and _agree(word, after)
        and not all(_agree(o, after) for o in options if o != word)
    ):
        bonus += AGREEMENT_BONUS
    # a preposition just before decides the case ("z wodą", "na wodę")
    prep_cases = {
        c
        for w in before[-2:]
        for _, pos, _, cases, _ in readings(w)
        if pos == "prep"
        for c in cases
    }
    if prep_cases and any(
        (pos in NOMINAL or pos in ADJECTIVAL or pos in PRONOUNS) and cases & prep_cases
        for _, pos, _, cases, _ in mine
    ):
        bonus += AGREEMENT_BONUS
    # a 3rd-person verb agrees in number with a nominative noun before it ("firmy będą")
    subjects = {
        n
        for w in before[-3:]
        for _, pos, numbers, cases, _ in readings(w)
        if pos in NOMINAL and "nom" in cases
        for n in numbers
    }
    if subjects and any(
        pos in FINITE and "ter" in person and numbers & subjects
        for _, pos, numbers, person, _ in mine
    ):
        bonus += AGREEMENT_BONUS
    return bonus


_DETAILED = {"subst", "depr", "ger", "adj", "ppas", "pact", "ppron12", "ppron3", "num"}
_PERSON = {"fin", "bedzie", "impt", "aglt"}


def coarse_tags(tag: str) -> list[str]:
    """Coarse tags for a morfeusz/NKJP tag: part of speech with number and case (nominal
    words), number and person (verbs), case (prepositions); alternatives ("nom.acc") are
    expanded."""
    parts = tag.split(":")
    pos = parts[0]
    if pos in _DETAILED and len(parts) >= 3:
        base = "adj" if pos in ("ppas", "pact") else "subst" if pos in ("depr", "ger") else pos
        return [f"{base}:{n}:{c}" for n in parts[1].split(".") for c in parts[2].split(".")]
    if pos in _PERSON and len(parts) >= 3:
        return [f"{pos}:{n}:{p}" for n in parts[1].split(".") for p in parts[2].split(".")]
    if pos == "praet" and len(parts) >= 2:
        return [f"praet:{n}" for n in parts[1].split(".")]
    if pos in ("prep", "siebie") and len(parts) >= 2:
        return [f"{pos}:{c}" for c in parts[1].split(".")]
    return [pos]


@memo(maxsize=200_000)
def word_tags(word: str) -> frozenset[str]:
    """All coarse tags morfeusz allows for `word` (punctuation: 'interp')."""
    if not word[:1].isalnum():
        return shared(frozenset({"interp"}))
    tags: set[str] = set()
    for _, tag in analyses(word):
        if tag != "ign":
            tags.update(coarse_tags(tag))
    return shared(frozenset(tags))


def tag_association(prev: str, word: str, nxt: str) -> float:
    """How well `word`'s best reading fits between its neighbours' readings: the best
    log10 PMI of the tag bigrams (prev, word) plus (word, next), from NKJP."""
    lex = get_lexicon()
    mine = word_tags(word)
    if not lex.tag_bigrams or not mine:
        return 0.0
    total = lex.tag_total
    before = word_tags(prev) if prev not in ("<s>", "") else frozenset({"<s>"})
    after = word_tags(nxt) if nxt not in ("</s>", "") else frozenset()

    def pmi(a: str, b: str) -> float:
        ua, ub = lex.tag_unigrams.get(a, 0), lex.tag_unigrams.get(b, 0)
        if not ua or not ub:
            return 0.0
        pair = lex.tag_bigrams.get((a, b), 0)
        return math.log10((pair + 0.1) * total / (ua * ub))

    best = -math.inf
    for t in mine:
        left = max((pmi(p, t) for p in before), default=0.0)
        right = max((pmi(t, n) for n in after), default=0.0)
        best = max(best, left + right)
    return max(MIN_TAG_PMI, min(MAX_TAG_PMI, best))


MIN_TAG_PMI = -3.0
MAX_TAG_PMI = 2.0
