"""Undo PDF layout artefacts: ligatures, soft hyphens, spaces before punctuation, separated
accents, private-use bullets, words hyphenated at line ends, and lines wrapped inside
sentences.

Ligatures come from ftfy; the rest is hand-written because it needs Polish knowledge: a
line-end hyphen is dropped only when the joined word is a Polish word ("przedsię-\\nbiorstw"
but not "szkoleniowo-\\ndoradczych"), and spacing accents ("z˙", "a˛") must become the
Polish letters, which Unicode normalisation alone does not do. Line breaks that carry
structure (list items, headings, short lines, blank lines) are kept.
"""

from __future__ import annotations

import re
import unicodedata

from ftfy.fixes import fix_latin_ligatures

from pipeline.repair.lexicon import PL_LETTERS, get_lexicon

# spacing accent → combining accent, so NFC can compose "z˙" into "ż"
_SPACING_TO_COMBINING = {
    "\u02db": "\u0328",  # ˛ ogonek
    "\u00b4": "\u0301",  # ´ acute
    "\u02ca": "\u0301",  # ˊ modifier acute
    "\u02d9": "\u0307",  # ˙ dot above
}
_SPACING = re.compile("([A-Za-z])([" + "".join(_SPACING_TO_COMBINING) + "\u0328\u0301\u0307])")
PUA_BULLETS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8\uf0e0\uf02d\uf0be"
_PUA_BULLET = re.compile(rf"^([ \t]*)[{PUA_BULLETS}]", re.MULTILINE)
_HYPHEN = re.compile(r"([^\W\d_]{2,})-[ \t]*\n[ \t]*([^\W\d_]+)(\S*)[ \t]?")
_REPEATED_HYPHEN = re.compile(r"([^\W\d_]{2,})-[ \t]*\n[ \t]*-([^\W\d_]+)(\S*)[ \t]?")
_ITEM = re.compile(r"[ \t]*(?:[-–•*\u2022]|\d{1,2}[.)]|[a-z][.)])\s")
MIN_WRAPPED_LINE = 40


def fix_nfc(text: str) -> str:
    """Compose letters with combining accents ("a\\u0328" → "ą")."""
    return unicodedata.normalize("NFC", text)


def fix_ligatures(text: str) -> str:
    return fix_latin_ligatures(text)


_SOFT_HYPHEN_AT_LINE_END = re.compile("\u00ad[ \t]*\n[ \t]*")


def fix_soft_hyphens(text: str) -> str:
    """Drop soft hyphens (U+00AD), invisible break points some PDF text layers keep
    ("Po\u00adli\u00adgraficz\u00adnym"); one at a line end joins the word across it."""
    if "\u00ad" not in text:
        return text
    return _SOFT_HYPHEN_AT_LINE_END.sub("", text).replace("\u00ad", "")


_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<=[^\W\d_]) +(?=[,.;:!?](?:[ \t]|$))", re.MULTILINE)


def fix_space_before_punctuation(text: str) -> str:
    """ "szkoły poligraficzne ; w 2023 r." → "szkoły poligraficzne; w 2023 r.": text layers that
    place each word by itself leave a space before the punctuation after a word."""
    return _SPACE_BEFORE_PUNCTUATION.sub("", text)


def fix_spacing_accents(text: str) -> str:
    """Join a letter and the spacing accent after it into one Polish letter."""

    def repl(m: re.Match[str]) -> str:
        mark = _SPACING_TO_COMBINING.get(m.group(2), m.group(2))
        letter = unicodedata.normalize("NFC", m.group(1) + mark)
        return letter if len(letter) == 1 and letter in PL_LETTERS else m.group()

    return _SPACING.sub(repl, text)


def fix_pua_bullets(text: str) -> str:
    """Symbol-font bullets in the private use area become "•"."""
    return _PUA_BULLET.sub(lambda m: m.group(1) + "•", text)


def fix_hyphenation(text: str) -> str:
    """Join words split by a hyphen at a line end when the whole word is a Polish word, and
    compounds broken at their own hyphen, which Polish typesetting repeats on the next line
    ("Skarżysko-\n-Kamienna" → "Skarżysko-Kamienna")."""
    if "-" not in text:
        return text
    text = _REPEATED_HYPHEN.sub(lambda m: f"{m.group(1)}-{m.group(2)}{m.group(3)}\n", text)
    lex = get_lexicon()

    def repl(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        if right[0].isupper() and not left.isupper():
            return m.group()
        joined = (left + right).lower()
        # morfeusz also accepts glued compounds ("szkoleniowodoradcze"): trust it only
        # when the second part is no word by itself; two pieces that are no words at all
        # ("klast-", "rowe") are one word the lexicon does not know
        fragments = not lex.is_morfeusz_word(left.lower()) and not lex.is_morfeusz_word(
            right.lower()
        )
        if (
            joined not in lex.freq
            and not (lex.is_morfeusz_word(joined) and right.lower() not in lex.freq)
            and not fragments
        ):
            return m.group()
        joined = left + right
        return joined + m.group(3) + "\n"

    return _HYPHEN.sub(repl, text)


def fix_wrapped_lines(text: str) -> str:
    """Join a line wrapped inside a sentence to the next one.

    Only when the line is long (it reached the column width), ends in a letter or comma,
    and the next line starts with a lower-case letter and is not a list item.
    """
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    out = [lines[0]]
    for line in lines[1:]:
        body = out[-1].rstrip(" \t")
        wrapped = len(body) >= MIN_WRAPPED_LINE and (body[-1].isalpha() or body[-1] == ",")
        if wrapped and line[:1].islower() and not _ITEM.match(line):
            out[-1] = body + " " + line
        else:
            out.append(line)
    return "\n".join(out)
