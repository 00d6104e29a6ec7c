"""Lookup keys for place names, shared by the index builder and the resolver.

Both sides must normalise a name the same way, so that "Gorzowie Wlkp.", "gorzowie
wielkopolskim" and "Gorzowie  Wielkopolskim" meet on one key. Abbreviated adjectives
("Wlkp.", "Maz.", "Śl.") stand for every case of the adjective, so a name's abbreviated keys
collapse each such adjective to one token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Abbreviation as written (lower case, no dot) → the token every form of the word collapses to.
ABBREVIATIONS: dict[str, str] = {
    "wlkp": "wlkp.",
    "wlk": "wlkp.",
    "wkp": "wlkp.",
    "wielkop": "wlkp.",
    "maz": "maz.",
    "mazow": "maz.",
    "śl": "śl.",
    "śląs": "śl.",
    "kuj": "kuj.",
    "tryb": "tryb.",
    "pom": "pom.",
    "podl": "podl.",
    "lub": "lub.",
    "lubel": "lub.",
    "św": "św.",
    "świętokrz": "św.",
    "zdr": "zdr.",
    "górn": "górn.",
    "dln": "dln.",
    "op": "op.",
    "gd": "gd.",
    "n": "n.",
}

# Stem of a full word → its abbreviation token.
ABBREVIATED_STEMS: tuple[tuple[str, str], ...] = (
    ("wielkopolsk", "wlkp."),
    ("mazowieck", "maz."),
    ("śląsk", "śl."),
    ("kujawsk", "kuj."),
    ("trybunalsk", "tryb."),
    ("pomorsk", "pom."),
    ("podlask", "podl."),
    ("lubelsk", "lub."),
    ("świętokrzysk", "św."),
    ("górnicz", "górn."),
    ("doln", "dln."),
    ("opolsk", "op."),
    ("gdańsk", "gd."),
)
_ADJ_ENDING = "(?:y|i|a|e|ie|ego|iego|ej|iej|emu|iemu|ym|im|ą|ych|ich|ymi|imi)"
_STEM_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    *((re.compile(f"^{stem}{_ADJ_ENDING}$"), token) for stem, token in ABBREVIATED_STEMS),
    (re.compile("^zdr(?:ój|oju|ojowi|ojem)$"), "zdr."),
    (re.compile("^nad$"), "n."),
)

_DASHES = re.compile(r"\s*[-‐‑‒–—]\s*")
_SPACES = re.compile(r"\s+")
_SPLIT = re.compile(r"([ -])")
_EDGE = re.compile(r"^[\s\"'„”«»(\[]+|[\s\"'„”«»)\],;:!?]+$")


@lru_cache(maxsize=65_536)
def key(text: str) -> str:
    """Lower-case, one space between words, no spaces around hyphens, no edge punctuation."""
    text = _EDGE.sub("", text.replace("\u00a0", " "))
    text = _DASHES.sub("-", text)
    text = _SPACES.sub(" ", text).strip().lower()
    return text[:-1] if text.endswith(".") and not _ends_with_abbreviation(text) else text


def _ends_with_abbreviation(text: str) -> bool:
    last = _SPLIT.split(text)[-1].rstrip(".")
    return last in ABBREVIATIONS or len(last) <= 2


@lru_cache(maxsize=65_536)
def collapsed(normalised: str) -> str:
    """`normalised` (a key) with abbreviable adjectives and abbreviations as one token each."""
    pieces = _SPLIT.split(normalised)
    out = []
    for piece in pieces:
        bare = piece.rstrip(".")
        if bare in ABBREVIATIONS:
            out.append(ABBREVIATIONS[bare])
            continue
        token = next((t for pattern, t in _STEM_RES if pattern.match(bare)), None)
        out.append(token or piece)
    return "".join(out)


_NO_MARKS = str.maketrans({"ł": "l", "Ł": "L"})


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """`text` without Polish diacritics ("łódź" → "lodz"), for text that lost them."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_NO_MARKS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
