"""Restore Polish letters that a PDF text layer turned into U+FFFD.

Hand-written because no library knows what the replacement character stood for: fonts with
a broken encoding lose exactly the letters outside cp1252 (ą ć ę ł ń ś ź ż), one or two
U+FFFD per letter (two when UTF-8 bytes were decoded one by one), and the extractor often
puts a space after the lost glyph ("obejmuj\ufffd ce"). Each damaged stretch is solved as a
whole by dynamic programming over the ways of keeping or dropping the spaces next to a
U+FFFD; each U+FFFD run is looked up in the lexicon as Polish letters (words it lacks are
guessed letter by letter and confirmed by morfeusz), and words with several readings
("spotkań"/"spotkać") are settled in context by the learnt disambiguator
(`disambiguate.py`). A lone U+FFFD at the start of a line is a lost list bullet and
becomes "•".
"""

from __future__ import annotations

import gzip
import itertools
import math
import re
from functools import cache, lru_cache
from pathlib import Path

from pipeline.repair.disambiguate import doc_stats, get_disambiguator, prune
from pipeline.repair.lexicon import (
    PL_LOWER,
    UNKNOWN_LOGP,
    apply_case,
    get_lexicon,
    is_place_name,
    mask,
    memo,
    prev_token,
    sentence_start,
)
from pipeline.repair.profile import Profile

FFFD = "\ufffd"
_PIECE = re.compile(r"(?:[^\W\d_]|\ufffd)+")
_RUN = re.compile(r"\ufffd+")
_STRAY_SPACE = re.compile(r" (?=[,.;:!?)])")
_BULLET_LINE = re.compile(r"^[ \t]*\ufffd+ ", re.MULTILINE)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")
_PREV_WORD = re.compile(r"([^\W\d_])[^\W\d_]*[ \t]+$")
BULLET = "• "
BULLET_LOGP = -3.0
DASH_LOGP = -6.0
MAX_GROUP = 4
MAX_RUN = 6  # three letters lost in a row, two U+FFFD each
NAME_MAX_LOGP = -4.5  # "że", "się" stay small even before a name
PLACE_PREPOSITIONS = frozenset({"w", "we", "z", "ze", "do", "pod", "nad", "koło", "przy"})
RARE_COMMON_LOGP = -5.5  # "żarach" (heat) is this rare; "świecie" (world) is not
_LETTER_ORDER = "ęąśćżńłźó"  # most frequent first, for spellings only morfeusz knows


def learn_pairs(text: str) -> bool | None:
    """Whether each lost letter left two U+FFFD (UTF-8 bytes), judged from run lengths."""
    runs = [len(m.group()) for m in _RUN.finditer(text)]
    if any(n % 2 for n in runs):
        return False
    return True if len(runs) >= 5 else None


@memo(maxsize=65536)
def candidates(
    piece: str, pairs: bool | None = None, keeps_l: bool = False, whole: bool = True
) -> tuple[tuple[str, float], ...]:
    """Lexicon forms (lower case, best first) for a piece whose U+FFFD runs are lost letters.

    `keeps_l`: the text shows its "ł" letters, so a U+FFFD never stands for one.
    `whole`: the piece is one word as written; pieces joined across spaces get a guessed
    spelling only where morfeusz confirms it (a merely plausible one is not enough there).
    """
    lex = get_lexicon()
    low = piece.lower()
    if FFFD not in low:
        return ((low, lex.logp(low)),)
    runs = list(_RUN.finditer(low))
    if len(runs) > 5 or any(len(r.group()) > MAX_RUN for r in runs):
        return ()  # no word loses that much: binary garbage, not a damaged word
    literal = mask(low.replace(FFFD, "\x00"))
    options = []
    for r in runs:
        k = len(r.group())
        if pairs is True:
            options.append((k // 2,) if k % 2 == 0 else (k,))
        elif pairs is False:
            options.append((k,))
        else:
            options.append(tuple(range((k + 1) // 2, k + 1)))
    found: dict[str, float] = {}
    literal_letters = any(c in PL_LOWER for c in low)  # e.g. "ó", kept by cp1252 fonts
    guess_keys: list[tuple[str, str]] = []
    for counts in itertools.product(*options):
        parts, expected, pos = [], [], 0
        for run, n in zip(runs, counts, strict=True):
            parts.append(literal[pos : run.start()])
            expected.append(low[pos : run.start()])
            parts.append("*" * n)
            expected.append("?" * n)
            pos = run.end()
        parts.append(literal[pos:])
        expected.append(low[pos:])
        key, want = "".join(parts), "".join(expected)
        for cand in lex.by_mask(key):
            if not literal_letters or all(
                w in "?*" or w == c for w, c in zip(want, cand, strict=False)
            ):
                found[cand] = lex.logp(cand)
        if 1 <= want.count("?") <= MAX_GUESSED and len(key) > 3:
            guess_keys.append((key, want))
    if not found and guess_keys:
        letters = _LETTER_ORDER.replace("ł", "") if keeps_l else _LETTER_ORDER
        plausible: list[tuple[float, str]] = []
        for key, want in guess_keys:
            confirmed, spelling = _morfeusz_guess(key, want, letters, every=whole)
            if confirmed:
                found[confirmed] = lex.logp(confirmed)
                break
            if spelling and len(key) - key.count("*") >= MIN_KNOWN_LETTERS:
                plausible.append(spelling)
        else:
            if plausible and whole:  # better a likely letter than a U+FFFD left in the text
                found[max(plausible)[1]] = GUESS_LOGP
    if keeps_l:
        found = {w: p for w, p in found.items() if w.count("ł") <= low.count("ł")}
    return tuple(sorted(found.items(), key=lambda kv: -kv[1])[:6])


def best_word(piece: str) -> tuple[str, float] | None:
    found = candidates(piece)
    return found[0] if found else None


LETTERS_TABLE = Path(__file__).with_name("data") / "letters.tsv.gz"
MAX_GUESSED = 3  # lost letters in one word that morfeusz is asked to guess
SHORTLIST = 3  # letters tried per lost letter
MAX_TRIES = 12  # spellings morfeusz checks per word, most plausible first
MIN_KNOWN_LETTERS = 4  # a word guessed from letter contexts alone keeps this many letters
GUESS_LOGP = UNKNOWN_LOGP - 0.5


@lru_cache(maxsize=1)
def letter_contexts() -> dict[str, float]:
    """log10 count of each Polish letter between its two neighbours ("^" and "$" at the
    word's ends) in the lexicon's forms (`build_disambiguator` writes the table)."""
    if not LETTERS_TABLE.exists():
        return {}
    with gzip.open(LETTERS_TABLE, "rt", encoding="utf-8") as f:
        rows = (line.rstrip("\n").split("\t") for line in f)
        return {k: math.log10(int(c)) for k, c in rows}


@lru_cache(maxsize=1)
def _letter_sides() -> tuple[dict[str, float], dict[str, float]]:
    """log10 counts of (left neighbour, letter) and (letter, right neighbour)."""
    left: dict[str, float] = {}
    right: dict[str, float] = {}
    for k, logc in letter_contexts().items():
        left[k[:2]] = left.get(k[:2], 0.0) + 10**logc
        right[k[1:]] = right.get(k[1:], 0.0) + 10**logc
    return (
        {k: math.log10(v) for k, v in left.items()},
        {k: math.log10(v) for k, v in right.items()},
    )


@lru_cache(maxsize=4096)
def _shortlist(a: str, b: str, allowed: str, size: int = SHORTLIST) -> tuple[str, ...]:
    """The likeliest few letters between neighbours `a` and `b` ("*": another lost one)."""
    left, right = _letter_sides()
    return tuple(
        sorted(
            allowed,
            key=lambda c: (
                -(
                    (left.get(a + c, -1.0) if a != "*" else 0.0)
                    + (right.get(c + b, -1.0) if b != "*" else 0.0)
                )
            ),
        )[:size]
    )


def _morfeusz_guess(
    key: str, want: str, allowed: str = _LETTER_ORDER, every: bool = False
) -> tuple[str | None, tuple[float, str] | None]:
    """A spelling the frequency list lacks (names, rare forms) that morfeusz confirms, and
    the most plausible spelling with its score: the lost letters are tried in order of
    how often each sits between such neighbours. With `every`, a single lost letter is
    tried as each letter (the likeliest few by neighbours miss "dociepleń")."""
    lex = get_lexicon()
    stars = [i for i, c in enumerate(key) if c == "*"]
    contexts = letter_contexts()
    padded = f"^{key}$"
    size = len(allowed) if every and want.count("?") == 1 else SHORTLIST
    shortlists = []
    for i in stars:  # each lost letter's likeliest few, judged by its known neighbours
        short = _shortlist(padded[i], padded[i + 2], allowed, size)
        if want[i] not in "?*":  # a letter the text kept must be among them
            short = (want[i],) if want[i] in short else ()
        shortlists.append(short)
    spellings: list[tuple[float, str]] = []
    for letters in itertools.product(*shortlists):
        chars = list(padded)
        for i, letter in zip(stars, letters, strict=True):
            chars[i + 1] = letter
        word = "".join(chars)
        score = sum(contexts.get(word[i : i + 3], -1.0) for i in stars) / len(stars)
        spellings.append((-score, word[1:-1]))
    if not spellings:
        return None, None
    spellings.sort()
    for _, cand in spellings[:MAX_TRIES]:
        if lex.is_morfeusz_word(cand):
            return cand, None
    return None, (-spellings[0][0], spellings[0][1])


# (start, end, replacement, damaged piece, close candidates to settle in context)
Step = tuple[int, int, str, str, tuple[str, ...]]


def _group(
    text: str, a: int, b: int, first: bool, bullet_logp: float, pairs: bool | None, keeps_l: bool
) -> tuple[float, Step | None]:
    """Score and replacement for the pieces in text[a:b] read as one word."""
    raw = text[a:b]
    if raw.strip(FFFD) == "":
        if first and (a == 0 or text[:a].rstrip(" \t").endswith("\n") or not text[:a].strip()):
            return bullet_logp, (a, b + (1 if text[b : b + 1] == " " else 0), BULLET, "", ())
        if len(raw) <= 2 and text[a - 1 : a] == " " and text[b : b + 1] == " ":
            return DASH_LOGP, (a, b, "–", "", ())
        return UNKNOWN_LOGP, None
    piece = raw.replace(" ", "")
    found = candidates(piece, pairs, keeps_l, " " not in raw)
    if not found:  # each piece costs as much as an unknown word: joining is no way out
        return UNKNOWN_LOGP * (raw.count(" ") + 1), None
    word, logp = found[0]
    if FFFD not in piece and " " not in raw:
        return logp, None
    close = prune([w for w, _ in found], [p for _, p in found])[0]
    if piece[-1] == FFFD and _STRAY_SPACE.match(text, b):
        b += 1
    return logp, (a, b, _cased(text, a, b, piece, word), piece, close)


def _solve(
    text: str, spans: list[tuple[int, int]], bullet_logp: float, pairs: bool | None, keeps_l: bool
) -> list[Step]:
    """Best reading of pieces joined by optional spaces (dynamic programming)."""
    n = len(spans)
    best: list[tuple[float, list[Step]] | None] = [(0.0, [])] + [None] * n
    for i in range(1, n + 1):
        for j in range(max(0, i - MAX_GROUP), i):
            prior = best[j]
            if prior is None:
                continue
            a, b = spans[j][0], spans[i - 1][1]
            score, step = _group(text, a, b, j == 0, bullet_logp, pairs, keeps_l)
            total = prior[0] + score
            current = best[i]
            if current is None or total > current[0]:
                best[i] = (total, [*prior[1], step] if step else prior[1])
    final = best[n]
    return final[1] if final else []


def _cased(text: str, start: int, end: int, piece: str, word: str) -> str:
    if piece[0] != FFFD:
        return apply_case(piece, word)
    rest = [c for c in piece if c.isalpha()]
    if len(rest) >= 2 and all(c.isupper() for c in rest):
        return word.upper()
    lex = get_lexicon()
    first_upper = (
        sentence_start(text, start)
        or word in lex.capitals
        or lex.is_proper(word)
        or (lex.logp(word) < NAME_MAX_LOGP and _in_name(text, start, end))
        or _place_after_preposition(text, start, word)
    )
    return apply_case(piece, word, first_upper=first_upper)


def _place_after_preposition(text: str, start: int, word: str) -> bool:
    """ "w \ufffdarach" is "w Żarach": after a preposition of place, a word that morfeusz
    knows as a place name is one when its common reading is rare ("w świecie" stays)."""
    if prev_token(text, start) not in PLACE_PREPOSITIONS:
        return False
    if get_lexicon().logp(word) >= RARE_COMMON_LOGP:
        return False
    return is_place_name(word[:1].upper() + word[1:])


def _in_name(text: str, start: int, end: int) -> bool:
    """A word between capitalised words is part of a name ("Łódzki Klaster Meblowy")."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1).isupper():
        return True
    prev = _PREV_WORD.search(text, max(0, start - 40), start)
    return bool(prev and prev.group(1).isupper() and not sentence_start(text, prev.start()))


def fix_fffd(text: str, profile: Profile | None = None) -> str:
    """Replace U+FFFD runs by the Polish letters (or bullets) they stood for."""
    if FFFD not in text:
        return text
    pairs = profile.fffd_pairs if profile and profile.fffd_pairs is not None else None
    if pairs is None:
        pairs = learn_pairs(text)
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(text)]
    keeps_l = _keeps_l(text)
    bullet_logp = 0.0 if len(_BULLET_LINE.findall(text)) >= 2 else BULLET_LOGP
    steps: list[Step] = []
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
        for step in _solve(text, pieces[lo : hi + 1], bullet_logp, pairs, keeps_l):
            if not steps or step[0] >= steps[-1][1]:
                steps.append(step)
        i = hi + 1
    return _apply(text, _settle(text, _apply(text, steps), steps))


_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def _settle(text: str, first: str, steps: list[Step]) -> list[Step]:
    """Second pass: settle each word with several readings ("był"/"być") in context, left
    to right, with the learnt disambiguator; `first` is the text read with the most
    frequent spellings."""
    if not any(len(step[4]) > 1 for step in steps):
        return steps
    tokens = list(_TOKEN.finditer(first))
    starts = {t.start(): k for k, t in enumerate(tokens)}
    words = [t.group().lower() for t in tokens]
    read = [w for w in words if w[:1].isalpha()]  # `words` changes below
    doc = cache(lambda: doc_stats(read))  # only worked out if the model is asked
    dis = get_disambiguator()
    shift = 0
    settled: list[Step] = []
    for a, b, new, piece, close in steps:
        start = a + shift
        shift += len(new) - (b - a)
        k = starts.get(start)
        if len(close) > 1 and k is not None:
            ctx = (
                words[k - 2] if k >= 2 else "<s>",
                words[k - 1] if k >= 1 else "<s>",
                words[k + 1] if k + 1 < len(words) else "</s>",
                words[k + 2] if k + 2 < len(words) else "</s>",
            )
            capital = None if piece[0] == FFFD else piece[0].isupper()
            word = dis.choose("f", close, ctx, doc, capital=capital)
            words[k] = word
            new = _cased(text, a, b, piece, word)
        settled.append((a, b, new, piece, close))
    return settled


def _apply(text: str, steps: list[Step]) -> str:
    out: list[str] = []
    pos = 0
    for a, b, new, _, _ in steps:
        out.append(text[pos:a])
        out.append(new)
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _keeps_l(text: str) -> bool:
    """Whether "ł" shows up as often as Polish needs (so the font did not lose it)."""
    letters = sum(1 for c in text if c.isalpha())
    return letters >= 200 and text.count("ł") + text.count("Ł") >= 0.004 * letters


def _joinable(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """A single space between two pieces may be an artefact when it follows a U+FFFD: text
    layers put the stray space after the lost glyph ("obejmuj\ufffd ce"); before one only
    when the glyph stands alone between spaces ("Korzy \ufffd ci")."""
    if right[0] - left[1] != 1 or text[left[1]] != " ":
        return False
    return text[left[1] - 1] == FFFD or not text[right[0] : right[1]].strip(FFFD)
