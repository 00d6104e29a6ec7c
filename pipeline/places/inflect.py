"""Inflect Polish place names (TERYT nominatives) into the oblique cases.

TERYT lists nominatives only, and no maintained library inflects its names, so this is
hand-written on top of morfeusz2's generator (SGJP dictionary): each word of a name is
inflected in agreement with the name's head noun ("Zielona Góra" → "Zielonej Górze",
"Tarnowskie Góry" → "Tarnowskich Górach"), each part of a hyphenated name on its own
("Bielsko-Biała" → "Bielsku-Białej"), and words after a lower-case preposition stay as they
are ("Nowe Miasto nad Pilicą" → "Nowym Mieście nad Pilicą"). Words morfeusz2 does not know
(small villages) fall back to suffix rules learned from the words it does know.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import morfeusz2

CASES: tuple[str, ...] = ("gen", "dat", "acc", "inst", "loc")
GEO_LABELS = ("nazwa_geograficzna", "człon_nazwy_geograficznej")
MAX_SUFFIX = 5
NAME_PREPOSITIONS = frozenset(
    [
        "pod",
        "nad",
        "przy",
        "u",
        "za",
        "na",
        "w",
        "we",
        "z",
        "ze",
        "do",
        "od",
        "ku",
        "koło",
        "przed",
        "po",
    ]
)
# Generic heads followed by the proper name of the place ("Kolonia Pawłów", "Osada Leśna").
GENERIC_HEADS = frozenset(
    ["Kolonia", "Kolonie", "Osada", "Leśniczówka", "Gajówka", "Folwark", "Majątek", "Osiedle"]
)
ADJECTIVE_ENDINGS = ("ska", "cka", "dzka", "owa", "ewa", "na", "ia", "ie", "ki", "ny")
RARE_READINGS = ("ign", "adv", "burk", "interj", "brev")  # not evidence of a common word
ADJECTIVAL = ("adj", "ppas", "pact")  # participles agree like adjectives ("Zjednoczone")

ALT = "/"  # separates variant forms of one case, preferred first ("Tych/Tychów")
Paradigm = tuple[str, ...]  # the word in CASES order, each possibly with ALT variants
Rule = tuple[tuple[int, str], ...]  # (characters to strip, ending to add) per case


@dataclass(frozen=True)
class Option:
    """One nominative reading of a word: a noun or an adjective lemma with number/genders."""

    pos: str  # "subst" or "adj"
    lemma: str
    number: str
    genders: tuple[str, ...]
    score: int


@lru_cache(maxsize=1)
def _morfeusz() -> morfeusz2.Morfeusz:
    """One analyser/generator per process (loading the SGJP dictionary takes a moment)."""
    return morfeusz2.Morfeusz()


def _score(lemma: str, labels: list[str], number: str) -> int:
    """Prefer geographic proper nouns, then other proper nouns, then singular readings."""
    score = 0
    if any(label in GEO_LABELS for label in labels):
        score += 4
    if "nazwa_geograficzna" in labels:
        score += 1
    if lemma[:1].isupper():
        score += 1
    if number == "sg":
        score += 1
    return score


@lru_cache(maxsize=200_000)
def options(word: str) -> tuple[Option, ...]:
    """Nominative noun/adjective readings of `word`, best first."""
    found: list[Option] = []
    for start, end, (_orth, lemma, tag, labels, _quals) in _morfeusz().analyse(word):
        if (start, end) != (0, 1):
            continue
        parts = tag.split(":")
        if parts[0] in ADJECTIVAL:
            parts[0] = "adj"
        if parts[0] not in ("subst", "adj") or "nom" not in parts[2].split("."):
            continue
        if parts[0] == "adj" and parts[-1] not in ("pos", "aff"):
            continue
        genders = tuple(parts[3].split("."))
        if parts[0] == "subst" and genders == ("m1",) and "nazwa_geograficzna" not in labels:
            continue  # persons (surnames) are never the head of a place name
        score = _score(lemma, labels, parts[1]) if parts[0] == "subst" else 0
        found.append(Option(parts[0], lemma, parts[1], genders, score))
    return tuple(sorted(found, key=lambda o: -o.score))


@lru_cache(maxsize=200_000)
def _generated(lemma: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(form, tag parts, qualifiers) for every form of `lemma`."""
    base = lemma.split(":")[0]
    out = []
    for form, lem, tag, _labels, quals in _morfeusz().generate(base):
        if lem == lemma:
            out.append((form, tuple(tag.split(":")), tuple(quals)))
    return tuple(out)


def _pick(lemma: str, pos: str, number: str, case: str, gender: str | None) -> str | None:
    """The forms of `lemma` in `number`/`case` (and `gender` for adjectives), ALT-joined.

    Unqualified forms come first; qualified ones ("reg.": "Tychów") follow as variants.
    """
    plain: list[str] = []
    marked: list[str] = []
    for form, parts, quals in _generated(lemma):
        kind = "adj" if parts[0] in ADJECTIVAL else parts[0]
        if kind != pos or parts[1] != number or case not in parts[2].split("."):
            continue
        if pos == "adj" and (parts[-1] not in ("pos", "aff") or gender not in parts[3].split(".")):
            continue
        (marked if quals else plain).append(form)
    forms = list(dict.fromkeys(plain + marked))
    return ALT.join(forms) if forms else None


def _restore_case(forms: str, original: str) -> str:
    """Give generated (possibly lower-case) forms the capitalisation of the original word."""
    if not original[:1].isupper():
        return forms
    return ALT.join(f[:1].upper() + f[1:] for f in forms.split(ALT))


def _noun_paradigm(option: Option, original: str) -> Paradigm | None:
    forms = []
    for case in CASES:
        form = _pick(option.lemma, "subst", option.number, case, None)
        if form is None:
            return None
        forms.append(_restore_case(form, original))
    return tuple(forms)


def _adj_paradigm(option: Option, number: str, gender: str, original: str) -> Paradigm | None:
    forms = []
    for case in CASES:
        form = _pick(option.lemma, "adj", number, case, gender)
        if form is None:
            return None
        forms.append(_restore_case(form, original))
    return tuple(forms)


def merge(first: Paradigm, other: Paradigm) -> Paradigm:
    """Case by case, the variants of `first` followed by the new ones of `other`."""
    return tuple(
        ALT.join(dict.fromkeys([*a.split(ALT), *b.split(ALT)]))
        for a, b in zip(first, other, strict=True)
    )


def preferred(paradigm: Paradigm) -> Paradigm:
    """The preferred form of each case, without variants."""
    return tuple(f.split(ALT)[0] for f in paradigm)


def _invariable(word: str) -> bool:
    """Lower-case words (prepositions), numbers and abbreviations are never inflected."""
    return not word[:1].isupper() or any(ch.isdigit() or ch in ".()/" for ch in word)


class Inflector:
    """Inflects names word by word; collects suffix rules from what morfeusz2 knows."""

    def __init__(self, standalone: dict[str, int] | None = None) -> None:
        self.standalone = standalone or {}  # one-word name → how many localities bear it
        self.rules: dict[str, Counter[Rule]] = defaultdict(Counter)

    # -- learning -----------------------------------------------------------------------
    def learn(self, word: str, paradigm: Paradigm) -> None:
        """Remember how `word`'s ending changes across the cases."""
        rule = tuple(_diff(word, form) for form in preferred(paradigm))
        low = word.lower()
        for k in range(1, min(MAX_SUFFIX, len(low) - 1) + 1):
            self.rules[low[-k:]][rule] += 1

    def guess(self, word: str) -> Paradigm:
        """Inflect an unknown word by the rules of its longest known ending.

        The most frequent rule gives the preferred forms; a runner-up with at least a
        quarter of its count adds variants ("Supraśla" beside "Supraśli").
        """
        low = word.lower()
        for k in range(min(MAX_SUFFIX, len(low) - 1), 0, -1):
            counter = self.rules.get(low[-k:])
            if not counter or sum(counter.values()) < 2:
                continue
            ranked = counter.most_common(2)
            rules = [r for r, n in ranked if n * 4 >= ranked[0][1]]
            usable = [r for r in rules if all(strip < len(word) for strip, _ in r)]
            if usable:
                paradigms = [_apply(word, rule) for rule in usable]
                return paradigms[0] if len(paradigms) == 1 else merge(*paradigms)
        return _same(word)

    # -- inflection ---------------------------------------------------------------------
    def known(self, name: str) -> dict[str, Paradigm | None]:
        """Paradigms of the words morfeusz2 can inflect in `name` (None for the others)."""
        out: dict[str, Paradigm | None] = {}
        for part in _parts(name):
            out.update(self._phrase(part))
        return out

    def inflect(self, name: str) -> Paradigm:
        """`name` in CASES order (unknown words by learned suffix rules), with variants."""
        rendered: list[Paradigm] = []
        separators: list[str] = []
        for part, sep in _parts_with_separators(name):
            paradigms = self._phrase(part)
            words = part.split(" ")
            for i, w in enumerate(words):
                guessed = self.guess(w) if not _frozen(words, i) else _same(w)
                rendered.append(paradigms.get(w) or guessed)
                separators.append(" " if i < len(words) - 1 else sep)
        return tuple(_join(rendered, separators, c) for c in range(len(CASES)))

    def _phrase(self, phrase: str) -> dict[str, Paradigm | None]:
        """Paradigms of the words of one hyphen-free part, in agreement with its head."""
        words = phrase.split(" ")
        opts = [() if _frozen(words, i) else options(w) for i, w in enumerate(words)]
        head = _head(opts, words, self.standalone)
        out: dict[str, Paradigm | None] = {}
        number, gender = _agreement(opts, head)
        if number is None and head is not None:
            number, gender = guess_agreement(words[head])
        for i, (word, word_opts) in enumerate(zip(words, opts, strict=True)):
            if _frozen(words, i) or _apposition(words, i, word_opts):
                out[word] = _same(word)
                continue
            out[word] = _word_paradigm(word, word_opts, i == head, number, gender, len(words))
        return out


def _apposition(words: list[str], index: int, word_opts: tuple[Option, ...]) -> bool:
    """A noun naming the place after a generic head stays put: "w Kolonii Pawłów"."""
    if index == 0 or words[0] not in GENERIC_HEADS:
        return False
    if word_opts:
        return not any(o.pos == "adj" for o in word_opts)
    return not words[index].lower().endswith(ADJECTIVE_ENDINGS)


def _apply(word: str, rule: Rule) -> Paradigm:
    return tuple(word[: len(word) - strip] + add for strip, add in rule)


def _join(words: list[Paradigm], separators: list[str], case: int) -> str:
    """One case of a name: the preferred forms joined, then each word's variants in turn."""
    options_ = [w[case].split(ALT) for w in words]
    main = [o[0] for o in options_]
    variants = [main]
    for i, alternatives in enumerate(options_):
        for alternative in alternatives[1:]:
            variants.append([*main[:i], alternative, *main[i + 1 :]])
    texts = ("".join(w + s for w, s in zip(v, separators, strict=True)) for v in variants)
    return ALT.join(dict.fromkeys(texts))


def _same(word: str) -> Paradigm:
    return tuple(word for _ in CASES)


def _frozen(words: list[str], index: int) -> bool:
    """Words from the first lower-case one on (a preposition: "nad", "k.") stay as they are,
    and so do names that are a prepositional phrase ("Pod Świerczkiem", "U Kani")."""
    if len(words) > 1 and words[0].lower() in NAME_PREPOSITIONS:
        return True
    return any(_invariable(w) for w in words[: index + 1])


def _head(
    opts: list[tuple[Option, ...]], words: list[str], standalone: dict[str, int]
) -> int | None:
    """Index of the head noun of a name.

    Ranked by: a geographic noun reading ("Wola", not the surname "Sipińska"), no
    adjective reading ("Sól" in "Nowa Sól"), how many localities bear the word alone
    ("Ruda" in "Nowa Ruda"), then position. A capitalised word morfeusz2 does not know
    counts as a geographic noun ("Machnów" in "Machnów Nowy").
    """
    ranked = []
    for i, (word, word_opts) in enumerate(zip(words, opts, strict=True)):
        if _frozen(words, i):
            continue
        nouns = [o for o in word_opts if o.pos == "subst"]
        has_adj = any(o.pos == "adj" for o in word_opts)
        if not word_opts and word[:1].isupper():
            geo, has_adj = True, word.lower().endswith(ADJECTIVE_ENDINGS)
        elif nouns:
            geo = max(o.score for o in nouns) >= 4
        else:
            continue
        ranked.append(((geo, not has_adj, standalone.get(word, 0), -i), i))
    return max(ranked)[1] if ranked else None


def head_index(words: list[str], standalone: dict[str, int] | None = None) -> int | None:
    """Index of the head noun of a multi-word name ("Gorzów Wielkopolski" → 0)."""
    return _head([options(w) for w in words], words, standalone or {})


def _agreement(opts: list[tuple[Option, ...]], head: int | None) -> tuple[str | None, str | None]:
    """Number and gender of the head, choosing a reading the adjectives can agree with."""
    if head is None:
        return None, None
    adj_numbers = {o.number for i, w in enumerate(opts) if i != head for o in w if o.pos == "adj"}
    nouns = [o for o in opts[head] if o.pos == "subst"]
    if not nouns:
        return None, None
    best = max(nouns, key=lambda o: o.score + (3 if o.number in adj_numbers else 0))
    return best.number, best.genders[0]


def guess_agreement(word: str) -> tuple[str, str]:
    """Number and gender of an unknown noun from its ending ("-ice" plural, "-a" feminine)."""
    low = word.lower()
    if low.endswith(("ce", "y", "i")):
        return "pl", "n"
    if low.endswith(("o", "e", "ie")):
        return "sg", "n"
    if low.endswith("a"):
        return "sg", "f"
    return "sg", "m3"


def _word_paradigm(
    word: str,
    word_opts: tuple[Option, ...],
    is_head: bool,
    number: str | None,
    gender: str | None,
    n_words: int,
) -> Paradigm | None:
    """A word's paradigm: agreeing adjective, else its best noun readings, else lone adjective."""
    adjs = [o for o in word_opts if o.pos == "adj"]
    if adjs and not is_head and n_words > 1:
        paradigm = _agreeing(word, adjs, number, gender)
        if paradigm:
            return paradigm
    nouns = [o for o in word_opts if o.pos == "subst"]
    if is_head and number:
        nouns.sort(key=lambda o: -(o.score + (3 if o.number == number else 0)))
    paradigm = _best_noun(word, nouns)
    if paradigm:
        return paradigm
    for adj in adjs:  # a lone adjective as a name ("Białe"): neuter singular or its own
        g = "n" if "n" in adj.genders else adj.genders[0]
        paradigm = _adj_paradigm(adj, adj.number, g, word)
        if paradigm:
            return paradigm
    return None


def _agreeing(
    word: str, adjs: list[Option], number: str | None, gender: str | None
) -> Paradigm | None:
    """The adjective in the head's number and gender, else in its own (masculine first)."""
    for adj in adjs:
        if number and gender and adj.number == number and gender in adj.genders:
            return _adj_paradigm(adj, number, gender, word)
    for adj in adjs:
        g = "m3" if "m3" in adj.genders else adj.genders[0]
        paradigm = _adj_paradigm(adj, adj.number, g, word)
        if paradigm:
            return paradigm
    return None


def _best_noun(word: str, nouns: list[Option]) -> Paradigm | None:
    """The first noun reading that inflects, with variants from equally good readings
    ("Supraśl" is feminine or masculine: "Supraśli/Supraśla")."""
    for i, noun in enumerate(nouns):
        paradigm = _noun_paradigm(noun, word)
        if paradigm is None:
            continue
        for other in nouns[i + 1 :]:
            if (other.score, other.number) == (noun.score, noun.number):
                extra = _noun_paradigm(other, word)
                paradigm = merge(paradigm, extra) if extra else paradigm
        return paradigm
    return None


def _diff(word: str, form: str) -> tuple[int, str]:
    n = 0
    while n < min(len(word), len(form)) and word[n] == form[n]:
        n += 1
    return len(word) - n, form[n:]


def _parts_with_separators(name: str) -> list[tuple[str, str]]:
    """Split on hyphens (each part inflects on its own), keeping the separator."""
    pieces = name.split("-")
    return [(p, "-" if i < len(pieces) - 1 else "") for i, p in enumerate(pieces)]


def _parts(name: str) -> Iterable[str]:
    return (p for p, _ in _parts_with_separators(name))


def inflect_all(
    names: Iterable[str], standalone: dict[str, int] | None = None
) -> dict[str, Paradigm]:
    """Inflect many names: learn suffix rules from the known words first, then guess."""
    names = list(dict.fromkeys(names))
    if standalone is None:
        standalone = {n: 1 for n in names if " " not in n and "-" not in n}
    inflector = Inflector(standalone)
    for name in names:
        for word, paradigm in inflector.known(name).items():
            if paradigm is not None and word[:1].isupper():
                inflector.learn(word, paradigm)
    return {name: inflector.inflect(name) for name in names}


def adjective_forms(lemma: str) -> list[str]:
    """Every positive-degree form of an adjective ("opolski" → "opolskich", "opolską", ...).

    A hyphenated compound ("kujawsko-pomorski") keeps its first part and inflects the last.
    """
    head, _, last = lemma.rpartition("-")
    prefix = f"{head}-" if head else ""
    forms = {
        prefix + form
        for form, lem, tag, _labels, _quals in _morfeusz().generate(last)
        if lem.split(":")[0] == last and tag.startswith("adj:") and tag.endswith(":pos")
    }
    return sorted(forms)


def lemmas(word: str) -> set[str]:
    """Lemmas of every dictionary reading of a one-segment word (unknown words: none)."""
    return {
        lemma
        for start, end, (_o, lemma, tag, *_rest) in _morfeusz().analyse(word)
        if (start, end) == (0, 1) and tag.split(":")[0] not in RARE_READINGS
    }


def is_first_name(word: str) -> bool:
    """Whether `word` is a first name in the nominative ("Kazimierz", not "Tomaszów")."""
    return any(
        "imię" in found and "nom" in tag.split(":")[2].split(".")
        for _s, _e, (_o, _l, tag, found, _q) in _morfeusz().analyse(word)
        if tag.count(":") >= 2
    )
