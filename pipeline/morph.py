"""Polish morphology through morfeusz2 (SGJP): analyses, and phrases put in the nominative.

Reports name clusters and organisations in every case ("Klastra Technologii Medycznych",
"Izby Gospodarczej Podlasie"). No library turns a Polish noun phrase into the nominative, so
this module does it with morfeusz2's analyser and generator: the head noun and the
adjectives that agree with it are regenerated, complements in the genitive stay as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"^([„\"“”«(]*)([\w\-]+)([”\"“»),.;:]*)$")


@lru_cache(maxsize=1)
def _morfeusz():  # type: ignore[no-untyped-def]
    import morfeusz2

    return morfeusz2.Morfeusz(expand_tags=False)


@lru_cache(maxsize=200_000)
def analyse(word: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(lemma, tag, qualifiers) for each reading of one word; lemma without ':' suffixes."""
    readings = []
    for _, _, (_, lemma, tag, names, _) in _morfeusz().analyse(word):
        if tag == "ign":
            continue
        readings.append((lemma.split(":")[0], tag, tuple(names)))
    return tuple(readings)


def known(word: str) -> bool:
    return bool(analyse(word))


def pos_tags(word: str) -> set[str]:
    return {tag.split(":")[0] for _, tag, _ in analyse(word)}


def only_verb(word: str) -> bool:
    """Whether a word can only be a finite verb ("powstał", "ROŚNIE"): no name has one."""
    tags = pos_tags(word.lower())
    return bool(tags & {"fin", "praet"}) and not tags & {"subst", "adj", "depr", "ger"}


def can_be_adjective(word: str) -> bool:
    return "adj" in pos_tags(word)


def _tag_parts(tag: str) -> list[set[str]]:
    return [set(part.split(".")) for part in tag.split(":")]


def readings_in_case(word: str, case: str) -> list[tuple[str, str]]:
    """(lemma, tag) readings of `word` that can be in `case`."""
    out = []
    for lemma, tag, _ in analyse(word):
        parts = _tag_parts(tag)
        if len(parts) > 2 and case in parts[2]:
            out.append((lemma, tag))
    return out


@lru_cache(maxsize=50_000)
def _generate(lemma: str) -> tuple[tuple[str, str], ...]:
    return tuple((form, tag) for form, _, tag, _, _ in _morfeusz().generate(lemma))


def inflect(lemma: str, pos: str, number: str, case: str, gender: str | None) -> str | None:
    """The form of `lemma` with the given features, or None when SGJP has none."""
    for form, tag in _generate(lemma):
        parts = _tag_parts(tag)
        if not parts or pos not in parts[0] or len(parts) < 3:
            continue
        if number not in parts[1] or case not in parts[2]:
            continue
        if gender and len(parts) > 3 and not (gender in parts[3] or gender.rstrip("123") == ""):
            continue
        if pos == "adj" and len(parts) > 4 and "pos" not in parts[4]:
            continue
        return form
    return None


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _features(word: str, case: str, pos: str) -> list[tuple[str, str, set[str]]]:
    """(lemma, number, genders) of `word`'s readings of part of speech `pos` in `case`."""
    out = []
    for lemma, tag, names in analyse(word):
        parts = tag.split(":")
        if parts[0] != pos or len(parts) < 4 or case not in parts[2].split("."):
            continue
        if pos == "subst" and ("nazwisko" in names or "imię" in names):
            continue
        out.append((lemma, parts[1], set(parts[3].split("."))))
    return out


def _agreeing_span(
    words: list[str], case: str
) -> tuple[int, int, str, str, str, dict[int, str]] | None:
    """Longest run from the start: adjectives, a noun head, adjectives, all agreeing in `case`.

    Returns (length, head index, head lemma, number, gender, {index: adjective lemma}).
    """
    best: tuple[int, int, str, str, str, dict[int, str]] | None = None
    for head in range(len(words)):
        nouns = _features(words[head], case, "subst")
        for lemma, number, genders in nouns:
            found = _span_with_head(words, case, head, lemma, number, genders)
            if found and (best is None or found[0] > best[0]):
                best = found
        if not _features(words[head], case, "adj"):
            break
    return best


def _span_with_head(
    words: list[str], case: str, head: int, lemma: str, number: str, genders: set[str]
) -> tuple[int, int, str, str, str, dict[int, str]] | None:
    def agreeing(word: str) -> str | None:
        for lem, num, gens in _features(word, case, "adj"):
            if num == number and gens & genders:
                return lem
        return None

    adjectives: dict[int, str] = {}
    for i in range(head):
        found = agreeing(words[i])
        if found is None:
            return None
        adjectives[i] = found
    end = head + 1
    while end < len(words) and (found := agreeing(words[end])) is not None:
        adjectives[end] = found
        end += 1
    return end, head, lemma, number, sorted(genders)[0], adjectives


def to_nominative(phrase: str) -> str:
    """Put a noun phrase in the nominative: "Podlaskiego Klastra Meblowego" →
    "Podlaski Klaster Meblowy"; "Izby Gospodarczej Podlasie" → "Izba Gospodarcza Podlasie".

    Leading adjectives, the head noun and adjectives right after it change; the rest
    (genitive complements, names in quotes) is kept. A phrase already in the nominative, or
    one morfeusz2 cannot read, comes back unchanged.
    """
    tokens = []
    for m in _TOKEN.finditer(phrase):
        match = _WORD.match(m.group())
        if match is None or match.group(1):
            break
        start, word = m.start() + len(match.group(1)), match.group(2)
        if "-" in word.strip("-"):
            # Compound adjectives inflect in their last part: "Naukowo-Technologicznego".
            prefix, word = word.rsplit("-", 1)
            start += len(prefix) + 1
        tokens.append((start, word))
        if match.group(3):
            break
    words = [w for _, w in tokens]
    if not words:
        return phrase
    nominative = _agreeing_span(words, "nom")
    best = None
    for case in ("gen", "loc", "dat", "inst", "acc"):
        found = _agreeing_span(words, case)
        if found and (best is None or found[0] > best[0]):
            best = found
    if best is None or (nominative is not None and nominative[0] >= best[0]):
        return phrase
    _, head, lemma, number, gender, adjectives = best
    replacements = {head: inflect(lemma, "subst", number, "nom", None)}
    for i, adj_lemma in adjectives.items():
        replacements[i] = inflect(adj_lemma, "adj", number, "nom", gender)
    if any(v is None for v in replacements.values()):
        return phrase
    out = []
    last = 0
    for i, (start, word) in enumerate(tokens):
        if i not in replacements:
            continue
        out.append(phrase[last:start])
        out.append(_match_case(word, replacements[i] or word))
        last = start + len(word)
    out.append(phrase[last:])
    return "".join(out)


def lemma_of_adjective(word: str) -> str | None:
    for lemma, tag, _ in analyse(word):
        if tag.startswith("adj"):
            return lemma
    return None
