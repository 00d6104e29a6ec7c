"""Undo mis-decoded text: UTF-8 read as a single-byte code page, and Polish code pages
(cp1250, ISO-8859-2) read as Western ones (cp1252, latin-1).

ftfy handles the first kind. The second it cannot: "przedsiêbiorstw ³¹czy" is valid
cp1252 text, so only a Polish lexicon can tell that re-reading the bytes as cp1250 gives
"przedsiębiorstw łączy". Both are accepted only where more words become Polish words.
The re-reading that helps most is chosen once per text (or per document, see `Profile`)
and applied word by word, so correct words next to damaged ones are never touched.
"""

from __future__ import annotations

import re
from functools import cache

import ftfy

from pipeline.repair.lexicon import PL_LETTERS, WORD, get_lexicon, memo
from pipeline.repair.profile import Profile

# (how the text was wrongly read, what it really was); the UTF-8 ones catch short
# stretches that ftfy's whole-text heuristics leave alone ("ktĂłrej").
REDECODINGS: tuple[tuple[str, str], ...] = (
    ("cp1252", "cp1250"),
    ("latin-1", "iso-8859-2"),
    ("cp1252", "iso-8859-2"),
    ("latin-1", "cp1250"),
    ("sloppy-windows-1252", "utf-8"),
    ("sloppy-windows-1250", "utf-8"),
    ("latin-1", "utf-8"),
    ("iso-8859-2", "utf-8"),
)
_PUNCT = "–—„”“‘’•…€"
TRUSTED_GAIN = 3  # distinct tokens a reading must fix before it is trusted for rare words
GOOD_WORD = -9.0  # morfeusz-confirmed forms count
_C1 = re.compile("[\x80-\x9f]")
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# wordfreq has seen mojibake too ("miêdzy"), so a Polish word must be spelt in Polish letters.
_PLAIN = re.compile(rf"[a-zA-Z{PL_LETTERS}]+")


def _suspects() -> str:
    """Characters a Polish letter turns into under any of the wrong readings."""
    chars: set[str] = {chr(c) for c in range(0x80, 0xA0)}  # C1 controls: latin-1 readings
    for read, actual in REDECODINGS:
        for letter in PL_LETTERS + _PUNCT:
            try:
                wrong = letter.encode(actual).decode(read)
            except (UnicodeEncodeError, UnicodeDecodeError, LookupError):
                continue
            if wrong != letter:
                chars.update(c for c in wrong if not c.isascii() and c not in PL_LETTERS)
    return "".join(sorted(chars))


SUSPECTS = _suspects()
_SUSPECT_CHAR = re.compile(rf"[{re.escape(SUSPECTS)}]")
# Tokens end at ASCII white space only: U+0085 (NEL) is itself mojibake of "…" or "ą".
_SUSPECT_TOKEN = re.compile(rf"[^ \t\n\r\f\v]*[{re.escape(SUSPECTS)}][^ \t\n\r\f\v]*")


@cache
def _byte_table(read: str, actual: str) -> dict[int, str]:
    """Each character of the single-byte code page `read` as its byte reads in `actual`
    (characters `read` lacks, or whose byte `actual` leaves undefined, stay as they are)."""
    table: dict[int, str] = {}
    for b in range(256):
        byte = bytes([b])
        try:
            c = byte.decode(read)
        except UnicodeDecodeError:
            continue
        try:
            table[ord(c)] = byte.decode(actual)
        except UnicodeDecodeError:
            continue
    return table


def _redecode(token: str, read: str, actual: str) -> str:
    if actual == "utf-8":
        try:
            return token.encode(read).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return token
    return token.translate(_byte_table(read, actual))


@memo(maxsize=100_000)
def is_polish(token: str) -> bool:
    """Whether a whitespace-separated token reads as Polish: no mojibake left and every
    word in it a reasonably frequent form spelt in Polish letters."""
    if _SUSPECT_CHAR.search(token):
        return False
    lex = get_lexicon()
    words = WORD.findall(token)
    if not any(len(w) > 1 for w in words):
        return not token.isascii() and not _C1.search(token) and not words
    return all(
        len(w) == 1 or (_PLAIN.fullmatch(w) and lex.logp(w.lower()) > GOOD_WORD) for w in words
    )


def polish_words(text: str) -> int:
    """How many whitespace-separated tokens of `text` read as Polish."""
    return sum(1 for t in _ASCII_SPACE.split(text) if is_polish(t))


def _readable(token: str, read: str) -> bool:
    """Whether every letter of `token` could have come out of reading bytes as `read`
    (punctuation such as "”" may have come from elsewhere, as in a pasted quote)."""
    try:
        "".join(c for c in token if c.isalpha()).encode(read)
    except UnicodeEncodeError:
        return False
    except LookupError:
        return True
    return True


@memo(maxsize=100_000)
def _gain(token: str, read: str, actual: str, trusted: bool = False) -> tuple[int, str]:
    """1 when re-reading `token` turns it into Polish words and it was not Polish before.

    With `trusted` (the reading the rest of the document has proved) a re-read token only
    needs to be spelt in Polish letters: rare words and names are fixed too.
    """
    if not _readable(token, read):
        return 0, token  # "zł¹": "ł" has no byte in cp1252, so the token was never read so
    fixed = _redecode(token, read, actual)
    if fixed == token or _C1.search(fixed):
        return 0, token
    words = [w for w in WORD.findall(fixed) if len(w) > 1]
    if not words:  # punctuation: only C1 controls are certainly damage ("\x96" for "–")
        return int(bool(_C1.search(token))), fixed
    lex = get_lexicon()
    if not all(_PLAIN.fullmatch(w) for w in words):
        return 0, token
    if not trusted and not all(lex.logp(w.lower()) > GOOD_WORD for w in words):
        return 0, token
    return (0 if is_polish(token) else 1), fixed


def rank_redecodings(text: str) -> tuple[list[tuple[str, str]], list[int]]:
    """Wrong readings whose undoing makes words Polish, the most helpful first."""
    tokens = set(_SUSPECT_TOKEN.findall(text))
    gains = []
    for read, actual in REDECODINGS:
        gain = sum(max(0, _gain(t, read, actual, trusted=False)[0]) for t in tokens)
        if gain > 0:
            gains.append((gain, (read, actual)))
    gains.sort(key=lambda g: -g[0])
    return [g[1] for g in gains], [g[0] for g in gains]


def fix_redecode(text: str, profile: Profile | None = None) -> str:
    """Re-read cp1250/ISO-8859-2 bytes shown as cp1252/latin-1, word by word."""
    if not _SUSPECT_TOKEN.search(text):
        return text
    if profile and profile.redecode:
        ranked, trusted_first = profile.redecode, True
    else:
        ranked, gains = rank_redecodings(text)
        trusted_first = bool(gains) and gains[0] >= TRUSTED_GAIN
    if not ranked:
        return text

    def repl(m: re.Match[str]) -> str:
        for k, (read, actual) in enumerate(ranked):
            gain, fixed = _gain(m.group(), read, actual, trusted=k == 0 and trusted_first)
            if gain > 0:
                return fixed
        return m.group()

    return _SUSPECT_TOKEN.sub(repl, text)


def fix_utf8_mojibake(text: str) -> str:
    """ftfy's encoding repair, kept line by line only where it makes more Polish words."""
    if text.isascii():
        return text
    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text
    old_lines = text.split("\n")
    new_lines = fixed.split("\n")
    if len(old_lines) != len(new_lines):
        return fixed if polish_words(fixed) > polish_words(text) else text
    out = []
    for old, new in zip(old_lines, new_lines, strict=True):
        # ftfy only acts on text its own badness measure flags, so a line it fixes is kept
        # unless it leaves fewer Polish words.
        keep_new = new != old and polish_words(new) >= polish_words(old) and ftfy.is_bad(old)
        out.append(new if keep_new else old)
    return "\n".join(out)
