"""Derive the compact context table `data/context.tsv.gz` from NKJP (GPL-3.0).

Run: `python -m pipeline.repair.build_tables`. Only what the repair needs is kept:
bigram counts around words whose diacritic-free spelling is ambiguous ("ze"/"że",
"sad"/"sąd") or U+FFFD reading ("był"/"być"), the corpus counts of the words in those
bigrams, bigram counts of coarse morphosyntactic tags (part of speech with number and case
or person: they carry agreement and government, "z wodą"), and the words that NKJP writes
with a capital inside a sentence (names, so a restored first letter stays capital).
Held-out files (`nkjp.is_held_out`) are skipped so the benchmark never sees its own data.
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

from wordfreq import get_frequency_dict

from pipeline.repair.lexicon import PL_LOWER, coarse_tags, mask, strip_diacritics
from pipeline.repair.nkjp import is_held_out, sentences, tagged_sentences

OUT = Path(__file__).with_name("data") / "context.tsv.gz"
MIN_BIGRAM = 2


def glue(tokens: list[str]) -> list[str]:
    """Glue NKJP's split agglutinates back ("zrobił", "\x00em" → "zrobiłem")."""
    out: list[str] = []
    for t in tokens:
        if t.startswith("\x00") and out:
            out[-1] += t[1:]
        else:
            out.append(t.lstrip("\x00"))
    return out


def ambiguous_forms() -> set[str]:
    """Forms that share a diacritic-free spelling or a U+FFFD mask with another form."""
    by_strip: dict[str, list[str]] = {}
    by_mask: dict[str, list[str]] = {}
    for word, freq in get_frequency_dict("pl", wordlist="large").items():
        if word.isalpha():
            by_strip.setdefault(strip_diacritics(word), []).append(word)
            if freq > 1e-7 and any(c in PL_LOWER for c in word):
                by_mask.setdefault(mask(word), []).append(word)
    groups = [*by_strip.values(), *by_mask.values()]
    return {w for forms in groups if len(forms) > 1 for w in forms}


def main() -> None:
    ambiguous = ambiguous_forms()
    unigrams: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()
    upper_inside: Counter[str] = Counter()
    lower_inside: Counter[str] = Counter()
    for file_id, tokens in sentences():
        if is_held_out(file_id):
            continue
        tokens = glue(tokens)
        words = [t.lower() for t in tokens]
        unigrams.update(words)
        unigrams["<s>"] += 1
        prev = "<s>"
        for w in words:
            if prev in ambiguous or w in ambiguous:
                bigrams[prev, w] += 1
            prev = w
        if prev in ambiguous:
            bigrams[prev, "</s>"] += 1
        for t in tokens[1:]:
            if t[:1].isalpha():
                capital = t[0].isupper() and not t.isupper()
                (upper_inside if capital else lower_inside)[t.lower()] += 1
    tag_unigrams: Counter[str] = Counter()
    tag_bigrams: Counter[tuple[str, str]] = Counter()
    for file_id, tags in tagged_sentences():
        if is_held_out(file_id):
            continue
        prev = "<s>"
        for tag in tags:
            (coarse,) = coarse_tags(tag)[:1] or ("x",)
            tag_unigrams[coarse] += 1
            tag_bigrams[prev, coarse] += 1
            prev = coarse
        tag_unigrams["<s>"] += 1
    kept = {(a, b): c for (a, b), c in bigrams.items() if c >= MIN_BIGRAM}
    needed = {w for pair in kept for w in pair}
    capitals = {
        w
        for w, c in upper_inside.items()
        if c >= 2 and c > 2 * lower_inside[w] and w[:1] in PL_LOWER
    }
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(f"N\t{sum(unigrams.values())}\n")
        for w in sorted(needed):
            f.write(f"U\t{w}\t{unigrams.get(w, 0)}\n")
        for (a, b), c in sorted(kept.items()):
            f.write(f"B\t{a}\t{b}\t{c}\n")
        for w in sorted(capitals):
            f.write(f"C\t{w}\n")
        for t, c in sorted(tag_unigrams.items()):
            f.write(f"G\t{t}\t{c}\n")
        for (a, b), c in sorted(tag_bigrams.items()):
            if c >= MIN_BIGRAM:
                f.write(f"T\t{a}\t{b}\t{c}\n")
    print(
        f"{OUT}: {len(needed)} words, {len(kept)} bigrams, {len(capitals)} capitalised, "
        f"{len(tag_unigrams)} tags, {len(tag_bigrams)} tag bigrams"
    )


if __name__ == "__main__":
    main()
