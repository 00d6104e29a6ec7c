"""Polish numerals written in words ("sto pięćdziesiąt" → 150), and the English ones of the
reports' English summaries ("twenty-four" → 24).

Reports write small member counts in words. Libraries for number words (num2words) only
go from numbers to words, and text2num has no Polish, so the few dozen stems are here; the
English ones, for the same few words, are kept beside them rather than add a dependency.
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


_EN_UNITS = {
    word: n
    for n, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_EN_TENS = {
    word: 10 * n
    for n, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2
    )
}
_EN_BELOW_100 = (
    r"(?:(?:"
    + "|".join(_EN_TENS)
    + r")(?:-(?:"
    + "|".join(list(_EN_UNITS)[1:10])
    + r"))?|"
    + "|".join(sorted(_EN_UNITS, key=len, reverse=True))
    + r")"
)
# "twenty-four", "a hundred and twelve", "three hundred"; case-insensitive inline
ENGLISH_NUMBER_WORD = (
    r"(?i:(?:(?:a|"
    + _EN_BELOW_100
    + r")\s+hundred(?:\s+(?:and\s+)?"
    + _EN_BELOW_100
    + r")?|"
    + _EN_BELOW_100
    + r")\b)"
)
_ENGLISH_NUMBER_WORD_RE = re.compile(ENGLISH_NUMBER_WORD)


def english_words_to_int(text: str) -> int | None:
    """The value of an English numeral below a thousand, or None if it is not one."""
    if not _ENGLISH_NUMBER_WORD_RE.fullmatch(text.strip()):
        return None
    total = 0
    for word in re.split(r"[\s-]+", text.strip().lower()):
        if word == "hundred":
            total = (total or 1) * 100
        elif word in _EN_UNITS:
            total += _EN_UNITS[word]
        elif word in _EN_TENS:
            total += _EN_TENS[word]
    return total


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
    return english_words_to_int(cleaned)
