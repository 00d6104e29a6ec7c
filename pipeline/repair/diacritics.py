"""Restore Polish diacritics in text where they were all stripped ("zrzesza 34 czlonkow").

Hand-written rather than left to a character model because a word list with frequencies
and bigram context decides the real ambiguities ("ze"/"że", "sad"/"sąd") better, and it can
tell stripped text from clean text: only passages that show many diacritic-less spellings
of common Polish words and almost no Polish letters are touched. Words the lexicon does not
know fall back to `ogonki`'s character-level guess.
"""

from __future__ import annotations

import re

from pipeline.repair.lexicon import (
    PL_LETTERS,
    UNKNOWN_LOGP,
    apply_case,
    get_lexicon,
    syntax_bonus,
    tag_association,
)
from pipeline.repair.profile import Profile

_WORD = re.compile(r"[^\W\d_]+")
_SKIP = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_HAS_PL = re.compile(f"[{PL_LETTERS}]")
UNRECOGNISED_PENALTY = 3.0  # a plain spelling morfeusz rejects ("sie") is a stripped one
MIN_EVIDENCE = 4
# When the lexicon's two best forms are this close, ogonki's character model (which sees
# a wider context than a bigram) gets a say worth this much log-probability.
OGONKI_MARGIN = 3.0
OGONKI_BONUS = 2.5
TAG_WEIGHT = 1.0  # tag-bigram fit of a reading (tag_association)


def _evidence(text: str) -> tuple[int, int]:
    """(words with Polish letters, words that look like stripped common Polish words)."""
    lex = get_lexicon()
    polish = telltale = 0
    for w in _WORD.findall(text):
        low = w.lower()
        if _HAS_PL.search(low):
            polish += 1
            continue
        cands = lex.by_strip(low)
        if cands and max(lex.logp(c) for c in cands[:8]) > lex.logp(low) + 1.0:
            telltale += 1
    return polish, telltale


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


def _unigram(word: str, plain: str) -> float:
    lex = get_lexicon()
    score = lex.logp(word)
    if word == plain and not lex.is_morfeusz_word(plain):
        score -= UNRECOGNISED_PENALTY
    return score


def restore_passage(text: str) -> str:
    """Add diacritics to every word of a stripped passage, choosing forms in context."""
    lex = get_lexicon()
    skip = [m.span() for m in _SKIP.finditer(text)]
    tokens = list(re.finditer(r"[^\W\d_]+|\d+|[^\w\s]", text))
    lows = [t.group().lower() for t in tokens]
    choice = list(lows)
    cands: dict[int, list[str]] = {}
    guess: str | None = None
    for i, t in enumerate(tokens):
        if not t.group()[0].isalpha() or _HAS_PL.search(lows[i]):
            continue
        if any(a <= t.start() < b for a, b in skip):
            continue
        options = _candidates(lows[i])
        if len(options) > 1:
            cands[i] = options
            choice[i] = max(options, key=lambda c, p=lows[i]: _unigram(c, p))
        elif lex.logp(lows[i]) <= UNKNOWN_LOGP:
            if guess is None:
                guess = _ogonki(text)
            alt = guess[t.start() : t.end()].lower()
            if alt != lows[i]:
                choice[i] = alt
    for i, options in cands.items():
        prev = choice[i - 1] if i > 0 else "<s>"
        nxt = choice[i + 1] if i + 1 < len(choice) else "</s>"
        plain = lows[i]
        before = choice[max(0, i - 3) : i]
        scored = sorted(
            (
                lex.in_context(prev, c, nxt)
                - (UNRECOGNISED_PENALTY if c == plain and not lex.is_morfeusz_word(c) else 0.0),
                c,
            )
            for c in options
        )
        # close calls only: syntax cues and ogonki's character model get a say
        if len(scored) > 1 and scored[-1][0] - scored[-2][0] < OGONKI_MARGIN:
            if guess is None:
                guess = _ogonki(text)
            alt = guess[tokens[i].start() : tokens[i].end()].lower()
            close = tuple(c for sc, c in scored if sc > scored[-1][0] - OGONKI_MARGIN)
            scored = [
                (
                    sc
                    + (OGONKI_BONUS if c == alt else 0.0)
                    + (
                        syntax_bonus(c, before, nxt, close)
                        + TAG_WEIGHT * tag_association(prev, c, nxt)
                        if c in close
                        else 0.0
                    ),
                    c,
                )
                for sc, c in scored
            ]
        choice[i] = max(scored)[1]
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
