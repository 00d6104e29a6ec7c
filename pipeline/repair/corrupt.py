"""Seeded corruption of clean Polish text, one failure mode at a time, for the benchmark.

Each mode imitates one way real documents reach us broken (see `MODES`). The corruption
keeps, for every character of the clean text, whether it was touched, so the benchmark can
score repairs on exactly the words that were damaged and count changes to all the others.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-* codecs)

from pipeline.repair.lexicon import PL_LETTERS, PL_LOWER, PL_UPPER

LOST_IN_PDF = "ąćęłńśźżĄĆĘŁŃŚŹŻ"  # outside cp1252: a broken font loses these, keeps "ó"


@dataclass
class Corrupted:
    text: str
    touched: list[bool]  # per character of the clean text


def _map_chars(clean: str, fn: Callable[[int, str], str]) -> Corrupted:
    out: list[str] = []
    touched = [False] * len(clean)
    for i, ch in enumerate(clean):
        new = fn(i, ch)
        if new != ch:
            touched[i] = True
        out.append(new)
    return Corrupted("".join(out), touched)


def fffd(clean: str, rng: random.Random, with_l_newline: bool = False) -> Corrupted:
    """A font without a usable encoding: Polish letters become one or two U+FFFD, often
    with a stray space after; list bullets become U+FFFD; optionally "ł" a line break."""
    per_letter = rng.choice((1, 1, 2))
    space_rate = rng.choice((0.0, 0.5, 0.9))
    lost = LOST_IN_PDF.replace("ł", "").replace("Ł", "") if with_l_newline else LOST_IN_PDF

    def fn(i: int, ch: str) -> str:
        if with_l_newline and ch in "łŁ":
            return "\n"
        if ch in lost:
            nxt = clean[i + 1 : i + 2]
            space = " " if nxt.isalpha() and rng.random() < space_rate else ""
            return "\ufffd" * per_letter + space
        if ch == "•":
            return "\ufffd"
        return ch

    return _map_chars(clean, fn)


def l_newline(clean: str, rng: random.Random) -> Corrupted:
    """A font that maps "ł"/"Ł" to a line-feed code."""
    return _map_chars(clean, lambda i, ch: "\n" if ch in "łŁ" else ch)


def cid(clean: str, rng: random.Random) -> Corrupted:
    """A font without ToUnicode: pdfplumber prints its Polish glyphs as (cid:N)."""
    codes = rng.sample(range(3, 240), len(PL_LETTERS))
    table = {ch: f"(cid:{n})" for ch, n in zip(PL_LETTERS, codes, strict=True)}
    return _map_chars(clean, lambda i, ch: table.get(ch, ch))


def _single_byte(actual: str, read: str) -> Callable[[str, random.Random], Corrupted]:
    def corrupt(clean: str, rng: random.Random) -> Corrupted:
        def fn(i: int, ch: str) -> str:
            try:
                return ch.encode(actual).decode(read)
            except (UnicodeEncodeError, UnicodeDecodeError):
                return ch

        return _map_chars(clean, fn)

    corrupt.__doc__ = f"{actual} bytes read as {read}."
    return corrupt


def utf8(clean: str, rng: random.Random) -> Corrupted:
    """UTF-8 bytes read as a single-byte code page (ftfy's home ground)."""
    read = rng.choice(("sloppy-windows-1252", "sloppy-windows-1250", "latin-1"))
    return _map_chars(clean, lambda i, ch: ch.encode("utf-8").decode(read))


_STRIP = str.maketrans(PL_LETTERS, "acelnoszz" + "ACELNOSZZ")


def stripped(clean: str, rng: random.Random) -> Corrupted:
    """All Polish diacritics removed."""
    return _map_chars(clean, lambda i, ch: ch.translate(_STRIP))


_COMBINING = {
    "ą": "a\u0328",
    "ę": "e\u0328",
    "ć": "c\u0301",
    "ń": "n\u0301",
    "ó": "o\u0301",
    "ś": "s\u0301",
    "ź": "z\u0301",
    "ż": "z\u0307",
}
_SPACING = {
    "ą": "a\u02db",
    "ę": "e\u02db",
    "ć": "c\u00b4",
    "ń": "n\u00b4",
    "ó": "o\u00b4",
    "ś": "s\u00b4",
    "ź": "z\u00b4",
    "ż": "z\u02d9",
}
_LIGATURES = {"fi": "\ufb01", "fl": "\ufb02", "ff": "\ufb00"}
_LONG_WORD = re.compile(r"[^\W\d_]{8,}")


def layout(clean: str, rng: random.Random) -> Corrupted:
    """PDF artefacts: words hyphenated at line ends, ligatures, separated accents,
    private-use bullet glyphs."""
    hyphen_rate = rng.choice((0.05, 0.1))
    accents = rng.choice((_COMBINING, _SPACING))
    accent_rate = rng.choice((0.0, 0.3))
    out: list[str] = []
    touched = [False] * len(clean)
    breaks: set[int] = set()
    for m in _LONG_WORD.finditer(clean):
        if rng.random() < hyphen_rate:
            breaks.add(m.start() + rng.randint(3, len(m.group()) - 3))
    i = 0
    while i < len(clean):
        ch = clean[i]
        if i in breaks:
            out.append("-\n")
            touched[i] = True
        pair = clean[i : i + 2]
        if pair in _LIGATURES:
            out.append(_LIGATURES[pair])
            touched[i] = touched[i + 1] = True
            i += 2
            continue
        if ch.lower() in accents and ch.islower() and rng.random() < accent_rate:
            out.append(accents[ch])
            touched[i] = True
        elif ch == "•":
            out.append("\uf0b7")
            touched[i] = True
        else:
            out.append(ch)
        i += 1
    return Corrupted("".join(out), touched)


def clean_mode(clean: str, rng: random.Random) -> Corrupted:
    """No damage: measures what the repair changes in good text."""
    return Corrupted(clean, [False] * len(clean))


MODES: dict[str, Callable[[str, random.Random], Corrupted]] = {
    "clean": clean_mode,
    "fffd": fffd,
    "l_newline": l_newline,
    "fffd+l_newline": lambda clean, rng: fffd(clean, rng, with_l_newline=True),
    "cid": cid,
    "cp1250>cp1252": _single_byte("cp1250", "cp1252"),
    "iso8859-2>latin-1": _single_byte("iso-8859-2", "latin-1"),
    "cp1250>latin-1": _single_byte("cp1250", "latin-1"),
    "utf8>1-byte": utf8,
    "stripped": stripped,
    "layout": layout,
}


def corrupt(clean: str, mode: str, seed: int) -> Corrupted:
    return MODES[mode](clean, random.Random(seed))


assert set(PL_LOWER.upper()) == set(PL_UPPER)
