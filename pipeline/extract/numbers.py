"""Polish numerals written in words ("sto pięćdziesiąt" → 150).

Reports write small member counts in words. Libraries for number words (num2words) only
go from numbers to words, and text2num has no Polish, so the few dozen stems are here.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0,
    "jeden": 1,
    "jedna": 1,
    "jedno": 1,
    "jednego": 1,
    "dwa": 2,
    "dwie": 2,
    "dwóch": 2,
    "dwu": 2,
    "dwaj": 2,
    "trzy": 3,
    "trzech": 3,
    "trzej": 3,
    "cztery": 4,
    "czterech": 4,
    "czterej": 4,
    "pięć": 5,
    "pięciu": 5,
    "sześć": 6,
    "sześciu": 6,
    "siedem": 7,
    "siedmiu": 7,
    "osiem": 8,
    "ośmiu": 8,
    "dziewięć": 9,
    "dziewięciu": 9,
}
_TEENS = {
    "dziesięć": 10,
    "dziesięciu": 10,
    "jedenaście": 11,
    "jedenastu": 11,
    "dwanaście": 12,
    "dwunastu": 12,
    "trzynaście": 13,
    "trzynastu": 13,
    "czternaście": 14,
    "czternastu": 14,
    "piętnaście": 15,
    "piętnastu": 15,
    "szesnaście": 16,
    "szesnastu": 16,
    "siedemnaście": 17,
    "siedemnastu": 17,
    "osiemnaście": 18,
    "osiemnastu": 18,
    "dziewiętnaście": 19,
    "dziewiętnastu": 19,
}
_TENS = {
    "dwadzieścia": 20,
    "dwudziestu": 20,
    "trzydzieści": 30,
    "trzydziestu": 30,
    "czterdzieści": 40,
    "czterdziestu": 40,
    "pięćdziesiąt": 50,
    "pięćdziesięciu": 50,
    "sześćdziesiąt": 60,
    "sześćdziesięciu": 60,
    "siedemdziesiąt": 70,
    "siedemdziesięciu": 70,
    "osiemdziesiąt": 80,
    "osiemdziesięciu": 80,
    "dziewięćdziesiąt": 90,
    "dziewięćdziesięciu": 90,
}
_HUNDREDS = {
    "sto": 100,
    "stu": 100,
    "dwieście": 200,
    "dwustu": 200,
    "trzysta": 300,
    "trzystu": 300,
    "czterysta": 400,
    "czterystu": 400,
    "pięćset": 500,
    "pięciuset": 500,
    "sześćset": 600,
    "sześciuset": 600,
    "siedemset": 700,
    "siedmiuset": 700,
    "osiemset": 800,
    "ośmiuset": 800,
    "dziewięćset": 900,
    "dziewięciuset": 900,
}
_THOUSAND = {"tysiąc", "tysiące", "tysięcy", "tysiąca"}
_ALL = {**_UNITS, **_TEENS, **_TENS, **_HUNDREDS}

NUMBER_WORD = (
    r"(?:(?:" + "|".join(sorted(list(_ALL) + list(_THOUSAND), key=len, reverse=True)) + r")\b\s*)+"
)
_NUMBER_WORD_RE = re.compile(NUMBER_WORD, re.IGNORECASE)


def words_to_int(text: str) -> int | None:
    """The value of a Polish numeral phrase, or None if it is not one."""
    words = text.lower().split()
    if not words:
        return None
    total = 0
    current = 0
    for word in words:
        if word in _THOUSAND:
            total += (current or 1) * 1000
            current = 0
        elif word in _ALL:
            current += _ALL[word]
        else:
            return None
    return total + current


def parse_number(text: str) -> int | None:
    """Digits ("1 200", "2.500"), or number words."""
    cleaned = text.strip()
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0.]\d{3})+|\d+", cleaned):
        return int(re.sub(r"\D", "", cleaned))
    if _NUMBER_WORD_RE.fullmatch(cleaned + " ") or _NUMBER_WORD_RE.fullmatch(cleaned):
        return words_to_int(cleaned)
    return None
