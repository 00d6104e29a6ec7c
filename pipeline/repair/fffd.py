"""Restore Polish letters that a PDF text layer turned into U+FFFD.

Hand-written because no library knows what the replacement character stood for: fonts with
a broken encoding lose exactly the letters outside cp1252 (ą ć ę ł ń ś ź ż), one or two
U+FFFD per letter (two when UTF-8 bytes were decoded one by one), and the extractor often
puts a space after the lost glyph ("obejmuj\ufffd ce"). Each damaged stretch is solved as a
whole: every way of keeping or dropping the spaces next to a U+FFFD is scored with the
lexicon, each U+FFFD run is looked up as 1..n Polish letters, and the best spelling wins.
A lone U+FFFD at the start of a line is a lost list bullet and becomes "•".
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from pipeline.repair.lexicon import (
    PL_LOWER,
    UNKNOWN_LOGP,
    apply_case,
    get_lexicon,
    mask,
    sentence_start,
)

FFFD = "\ufffd"
_PIECE = re.compile(r"(?:[^\W\d_]|\ufffd)+")
_RUN = re.compile(r"\ufffd+")
_STRAY_SPACE = re.compile(r" (?=[,.;:!?)])")
_BULLET_LINE = re.compile(r"^[ \t]*\ufffd+ ", re.MULTILINE)
BULLET = "• "
BULLET_LOGP = -3.0
DASH_LOGP = -6.0
MAX_JOINS = 7
_LETTER_ORDER = "ęąśćżńłźó"  # most frequent first, for ties between unknown spellings


@lru_cache(maxsize=65536)
def best_word(piece: str) -> tuple[str, float] | None:
    """Best lower-case lexicon form for a piece whose U+FFFD runs are lost Polish letters."""
    lex = get_lexicon()
    low = piece.lower()
    if FFFD not in low:
        return low, lex.logp(low)
    runs = list(_RUN.finditer(low))
    if len(runs) > 4:
        return None
    literal = mask(low.replace(FFFD, "\x00"))
    options = [range((len(r.group()) + 1) // 2, len(r.group()) + 1) for r in runs]
    best: tuple[str, float] | None = None
    for counts in itertools.product(*options):
        parts, expected, pos = [], [], 0
        for run, n in zip(runs, counts):
            parts.append(literal[pos : run.start()])
            expected.append(low[pos : run.start()])
            parts.append("*" * n)
            expected.append("?" * n)
            pos = run.end()
        parts.append(literal[pos:])
        expected.append(low[pos:])
        key, want = "".join(parts), "".join(expected)
        for cand in lex.by_mask(key):
            if all(w in ("?", "*") or w == c for w, c in zip(want, cand)):
                score = lex.logp(cand)
                if best is None or score > best[1]:
                    best = cand, score
        if best is None and key.count("*") <= 2 and len(key) > 2:
            best = _morfeusz_guess(key, want)
    return best


def _morfeusz_guess(key: str, want: str) -> tuple[str, float] | None:
    """Spellings the frequency list lacks (names, rare forms), confirmed by morfeusz."""
    lex = get_lexicon()
    stars = [i for i, c in enumerate(key) if c == "*"]
    for letters in itertools.product(_LETTER_ORDER, repeat=len(stars)):
        chars = list(key)
        for i, letter in zip(stars, letters):
            if want[i] not in ("?", "*") and want[i] != letter:
                break
            chars[i] = letter
        else:
            cand = "".join(chars)
            if lex.is_morfeusz_word(cand):
                return cand, lex.logp(cand)
    return None


def _score(piece: str) -> tuple[str, float] | None:
    if piece.strip(FFFD) == "":
        return None
    return best_word(piece)


def _solve(
    text: str, spans: list[tuple[int, int]], bullet_logp: float
) -> list[tuple[int, int, str]]:
    """Best reading of consecutive pieces separated by optional single spaces."""
    n = len(spans) - 1
    line_start = spans[0][0] == 0 or text[: spans[0][0]].rstrip(" \t").endswith("\n") or (
        text[: spans[0][0]].strip(" \t") == ""
    )
    best: tuple[float, list[tuple[int, int, str]]] | None = None
    for joins in itertools.product((False, True), repeat=min(n, MAX_JOINS)):
        joins = joins + (False,) * (n - len(joins))
        groups: list[tuple[int, int]] = []
        start = spans[0][0]
        for i in range(n):
            if not joins[i]:
                groups.append((start, spans[i][1]))
                start = spans[i + 1][0]
        groups.append((start, spans[-1][1]))
        total = 0.0
        out: list[tuple[int, int, str]] = []
        for k, (a, b) in enumerate(groups):
            raw = text[a:b]
            if raw.strip(FFFD) == "":
                if k == 0 and line_start:
                    total += bullet_logp
                    out.append((a, b + (1 if text[b : b + 1] == " " else 0), BULLET))
                elif len(raw) <= 2:
                    total += DASH_LOGP
                    out.append((a, b, "–"))
                else:
                    total += UNKNOWN_LOGP
                continue
            piece = raw.replace(" ", "")
            scored = _score(piece)
            if scored is None:
                total += UNKNOWN_LOGP
                continue
            word, logp = scored
            total += logp
            if FFFD in piece or " " in raw:
                if piece[-1] == FFFD and _STRAY_SPACE.match(text, b):
                    b += 1
                out.append((a, b, _cased(text, a, piece, word)))
        if best is None or total > best[0]:
            best = total, out
    assert best is not None
    return best[1]


def _cased(text: str, start: int, piece: str, word: str) -> str:
    if piece[0] != FFFD:
        return apply_case(piece, word)
    rest = [c for c in piece if c.isalpha()]
    if len(rest) >= 2 and all(c.isupper() for c in rest):
        return word.upper()
    lex = get_lexicon()
    first_upper = sentence_start(text, start) or word in lex.capitals
    return apply_case(piece, word, first_upper=first_upper)


def fix_fffd(text: str) -> str:
    """Replace U+FFFD runs by the Polish letters (or bullets) they stood for."""
    if FFFD not in text:
        return text
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(text)]
    bullets = len(_BULLET_LINE.findall(text))
    bullet_logp = 0.0 if bullets >= 2 else BULLET_LOGP
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(pieces):
        if FFFD not in text[pieces[i][0] : pieces[i][1]]:
            i += 1
            continue
        lo = hi = i
        while lo > 0 and _joinable(text, pieces[lo - 1], pieces[lo]):
            lo -= 1
        while hi + 1 < len(pieces) and _joinable(text, pieces[hi], pieces[hi + 1]):
            hi += 1
        spans = pieces[lo : hi + 1]
        if spans[0][0] < pos:
            i = hi + 1
            continue
        for a, b, new in _solve(text, spans, bullet_logp):
            if a < pos:
                continue
            out.append(text[pos:a])
            out.append(new)
            pos = b
        i = hi + 1
    out.append(text[pos:])
    return "".join(out)


def _joinable(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """A single space between two pieces may be an artefact when it touches a U+FFFD."""
    if right[0] - left[1] != 1 or text[left[1]] != " ":
        return False
    return text[left[1] - 1] == FFFD or text[right[0]] == FFFD


assert set(_LETTER_ORDER) == set(PL_LOWER)
