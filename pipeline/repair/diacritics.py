"""Restore Polish diacritics in text where they were all stripped ("zrzesza 34 czlonkow").

Hand-written rather than left to a character model because a word list with frequencies
tells stripped text from clean text (only passages that show many diacritic-less
spellings of common Polish words and almost no Polish letters are touched), and because
the real ambiguities ("ze"/"że", "prawa"/"prawą") are settled better by the disambiguator
learnt from NKJP (`disambiguate.py`), which sees the neighbouring words and their grammar.
Words the lexicon does not know fall back to `ogonki`'s character-level guess.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from pipeline.repair.disambiguate import Disambiguator, doc_stats, get_disambiguator, prune
from pipeline.repair.lexicon import (
    PL_LETTERS,
    UNKNOWN_LOGP,
    apply_case,
    get_lexicon,
    memo,
)
from pipeline.repair.profile import Profile

_WORD = re.compile(r"[^\W\d_]+")
_SKIP = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_HAS_PL = re.compile(f"[{PL_LETTERS}]")
UNRECOGNISED_PENALTY = 3.0  # a plain spelling morfeusz rejects ("sie") is a stripped one
MIN_EVIDENCE = 4
MAX_CANDIDATES = 6
# Where the disambiguator's best spelling leads the next by less than this, ogonki's
# reading of the word in its sentence decides (when it is one of the spellings): the
# character model has seen far more Polish than NKJP and errs on other words than the
# disambiguator. Chosen on NKJP's development files (`python -m pipeline.repair.tune`).
SECOND_OPINION_LEAD = 2.0


def _evidence(text: str) -> tuple[int, int]:
    """(words with Polish letters, words that look like stripped common Polish words)."""
    polish = telltale = 0
    for w in _WORD.findall(text):
        low = w.lower()
        if _HAS_PL.search(low):
            polish += 1
        elif _telltale(low):
            telltale += 1
    return polish, telltale


@memo(maxsize=200_000)
def _telltale(low: str) -> bool:
    """Whether a spelling with diacritics of `low` is much more frequent than `low`."""
    lex = get_lexicon()
    cands = lex.by_strip(low)
    return bool(cands) and max(lex.logp(c) for c in cands[:8]) > lex.logp(low) + 1.0


def looks_stripped(text: str) -> bool | None:
    """True for stripped Polish, False for text with its diacritics, None: cannot tell."""
    polish, telltale = _evidence(text)
    if polish + telltale < MIN_EVIDENCE:
        return None
    return telltale >= MIN_EVIDENCE and polish <= 0.1 * telltale


def _ogonki(text: str) -> str:
    """ogonki's reading of `text`; imported on first use (it loads numpy), and optional:
    without it only the lexicon decides."""
    try:
        import ogonki
    except ImportError:  # pragma: no cover
        return text
    return ogonki.restore(text)


def _candidates(low: str) -> list[str]:
    lex = get_lexicon()
    return [low, *lex.by_strip(low)]


@memo(maxsize=100_000)
def stripped_candidates(low: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Spellings a stripped lower-case word may stand for, most likely first, with their
    scores (log-frequency; a plain spelling morfeusz rejects is penalised)."""
    scored = sorted(((_unigram(c, low), c) for c in _candidates(low)), key=lambda x: -x[0])
    scored = scored[:MAX_CANDIDATES]
    return tuple(c for _, c in scored), tuple(s for s, _ in scored)


def _unigram(word: str, plain: str) -> float:
    lex = get_lexicon()
    score = lex.logp(word)
    if word == plain and not lex.is_morfeusz_word(plain):
        score -= UNRECOGNISED_PENALTY
    return score


_WITH_DIACRITIC = {"a": "ą", "c": "ć", "e": "ę", "l": "ł", "n": "ń", "o": "ó", "s": "ś", "z": "żź"}
MAX_RESTORED = 3  # letters given back to one unknown word
MAX_CHECKS = 60  # spellings morfeusz is asked about per word


@memo(maxsize=20_000)
def confirmed_spelling(plain: str, guess: str) -> str:
    """A word the frequency list lacks (rare forms, names) as morfeusz knows it: ogonki's
    `guess` when morfeusz confirms it, else the confirmed spelling of `plain` with up to
    three letters restored that is closest to the guess ("pokrasniały" from a guess that
    restored only the "ł" becomes "pokraśniały"); the guess when none is confirmed."""
    lex = get_lexicon()
    if lex.is_morfeusz_word(guess) or lex.is_morfeusz_word(plain):
        return guess
    slots = [i for i, c in enumerate(plain) if c in _WITH_DIACRITIC]
    spellings: list[tuple[int, int, str]] = []
    for count in range(1, min(MAX_RESTORED, len(slots)) + 1):
        for positions in itertools.combinations(slots, count):
            for letters in itertools.product(*(_WITH_DIACRITIC[plain[i]] for i in positions)):
                chars = list(plain)
                for i, letter in zip(positions, letters, strict=True):
                    chars[i] = letter
                word = "".join(chars)
                distance = sum(a != b for a, b in zip(word, guess, strict=False))
                spellings.append((distance, count, word))
    spellings.sort()
    for _, _, word in spellings[:MAX_CHECKS]:
        if lex.is_morfeusz_word(word):
            return word
    return guess


_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
# ogonki's network (eight dilated convolutions, kernel 3, dilations 1 2 4 8 16 1 2 4) sees
# 38 characters on each side of a letter: a word with this much text around it comes out
# exactly as it would from the whole text.
OGONKI_REACH = 40
OGONKI_BATCH = 15_000  # below ogonki's own 20,000-character pieces, which would cut windows


def _ogonki_words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """ogonki's reading of each span (in order), from windows of text just wide enough
    for what the network sees, run together on separate lines in one call: the model's
    cost grows with every character it reads, and the words are few and far apart."""
    windows: list[list[int]] = []  # [lo, hi] of merged windows, in text order
    for a, b in spans:
        lo, hi = max(0, a - OGONKI_REACH), min(len(text), b + OGONKI_REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    # where each window's text starts in ogonki's output
    read: list[tuple[int, int, int, str]] = []  # (lo, hi, offset, output)
    batch: list[tuple[int, int]] = []
    size = 0
    for lo, hi in [*windows, (-1, -1)]:
        if batch and (lo < 0 or size + hi - lo + 1 > OGONKI_BATCH):
            guess = _ogonki("\n".join(text[x:y] for x, y in batch))
            offset = 0
            for x, y in batch:
                read.append((x, y, offset, guess))
                offset += y - x + 1
            batch, size = [], 0
        if lo >= 0:
            batch.append((lo, hi))
            size += hi - lo + 1
    out: list[str] = []
    k = 0
    for a, b in spans:
        while read[k][1] < b:
            k += 1
        lo, _, offset, guess = read[k]
        out.append(guess[offset + a - lo : offset + b - lo])
    return out


def restore_passage(
    text: str, dis: Disambiguator | None = None, lead: float = SECOND_OPINION_LEAD
) -> str:
    """Add diacritics to every word of a stripped passage, choosing forms in context
    (`dis` and `lead`: another model or threshold, for tuning)."""
    lex = get_lexicon()
    skip = [m.span() for m in _SKIP.finditer(text)]
    tokens = list(_TOKEN.finditer(text))
    lows = [t.group().lower() for t in tokens]
    choice = list(lows)
    options: dict[int, tuple[tuple[str, ...], tuple[float, ...]]] = {}
    unknown: list[int] = []
    for i, t in enumerate(tokens):
        if not t.group()[0].isalpha() or _HAS_PL.search(lows[i]):
            continue
        if skip and any(a <= t.start() < b for a, b in skip):
            continue
        if not lex.by_strip(lows[i]):  # no spelling with diacritics: only an unknown word
            if lex.logp(lows[i]) <= UNKNOWN_LOGP:  # is left to ogonki
                unknown.append(i)
            continue
        cands, logps = prune(*stripped_candidates(lows[i]))
        if len(cands) > 1:
            options[i] = (cands, logps)
            choice[i] = cands[0]
        elif cands and cands[0] != lows[i]:
            choice[i] = cands[0]
        elif lex.logp(lows[i]) <= UNKNOWN_LOGP:
            unknown.append(i)
    if unknown:
        spans = [tokens[i].span() for i in unknown]
        for i, alt in zip(unknown, _ogonki_words(text, spans), strict=True):
            choice[i] = confirmed_spelling(lows[i], alt.lower())
    first = list(choice)
    doc = cache(lambda: doc_stats(w for w in first if w[:1].isalpha()))  # if asked for
    dis = dis or get_disambiguator()
    n = len(tokens)
    unsure: list[int] = []
    for i, (cands, logps) in options.items():
        ctx = (
            choice[i - 2] if i >= 2 else "<s>",
            choice[i - 1] if i >= 1 else "<s>",
            first[i + 1] if i + 1 < n else "</s>",
            first[i + 2] if i + 2 < n else "</s>",
        )
        capital = tokens[i].group()[0].isupper()
        choice[i], margin = dis.rank("s", cands, ctx, doc, logps=logps, capital=capital)
        if margin < lead:
            unsure.append(i)
    if unsure:
        spans = [tokens[i].span() for i in unsure]
        for i, alt in zip(unsure, _ogonki_words(text, spans), strict=True):
            if alt.lower() in options[i][0]:
                choice[i] = alt.lower()
    out: list[str] = []
    pos = 0
    for i, t in enumerate(tokens):
        if choice[i] != lows[i]:
            out.append(text[pos : t.start()])
            out.append(apply_case(t.group(), choice[i]))
            pos = t.end()
    out.append(text[pos:])
    return "".join(out)


def fix_diacritics(text: str, profile: Profile | None = None) -> str:
    """Restore diacritics in stripped paragraphs (judged one by one, then for the text)."""
    whole = profile.stripped if profile and profile.stripped is not None else None
    if whole is False:
        return text
    if whole is None:
        whole = looks_stripped(text)
        if whole is False and len(text) > 2000:
            # a long clean text can still hold stripped paragraphs: judge each
            whole = None
    out: list[str] = []
    pos = 0
    bounds = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    for end in bounds:
        para = text[pos:end]
        verdict = looks_stripped(para)
        if verdict is None:
            verdict = bool(whole)
        out.append(restore_passage(para) if verdict else para)
        pos = end
    out.append(text[pos:])
    return "".join(out)
