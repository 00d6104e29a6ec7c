"""Restore "ł"/"Ł" that a PDF text layer turned into a line break ("wspó\\npracy").

Hand-written because the damage looks like ordinary layout: some fonts map the glyph "ł"
to a line-feed code, so "powstało" comes out as "powsta\\no". A line break touching a
letter is read as "ł" when the joined word is much more likely than the two pieces
(lexicon log-frequencies), with a prior that depends on how many real "ł" letters the
text has: a text full of them has clearly not lost them, so its breaks stay.
"""

from __future__ import annotations

import re

from pipeline.repair.fffd import best_word
from pipeline.repair.lexicon import UNKNOWN_LOGP, get_lexicon, sentence_start
from pipeline.repair.profile import Profile

# A piece may run over a space that follows a U+FFFD ("dzia\nalno\ufffd ci"): the U+FFFD
# fixer drops such spaces later, so the word is judged whole here.
_LEFT = re.compile(r"(?:(?:[^\W\d_]|\ufffd)*[^\W\d_]\ufffd+ )*(?:[^\W\d_]|\ufffd)+$")
_RIGHT = re.compile(r"(?:[^\W\d_]|\ufffd)+(?:(?<=\ufffd) (?:[^\W\d_]|\ufffd)+)*")
_CANDIDATE = re.compile(r"(?<=[^\W\d_\ufffd])\n|(?:(?<=[ \t\n])|^)\n(?=[^\W\d_\ufffd])", re.M)
DAMAGED_PRIOR = 0.5
CLEAN_PRIOR = 6.0
SHORT_PRIOR = 2.0
L_SHARE = 0.004  # Polish prose has about 1.8 % "ł"; a quarter of that means none were lost


def looks_damaged(text: str) -> bool | None:
    """True when the text has far fewer "ł" than Polish should; None when too short."""
    letters = sum(1 for c in text if c.isalpha())
    if letters < 300:
        return None
    ls = text.count("ł") + text.count("Ł")
    return ls < L_SHARE * letters and text.count("\n") > 0


def _score(piece: str) -> float:
    if not piece:
        return 0.0
    best = best_word(piece)
    return best[1] if best else UNKNOWN_LOGP


def fix_linebreak_l(text: str, profile: Profile | None = None) -> str:
    """Turn line breaks that stand for a lost "ł" back into the letter."""
    if "\n" not in text:
        return text
    damaged = profile.l_as_newline if profile and profile.l_as_newline is not None else None
    if damaged is None:
        damaged = looks_damaged(text)
    prior = SHORT_PRIOR if damaged is None else DAMAGED_PRIOR if damaged else CLEAN_PRIOR
    lex = get_lexicon()
    out: list[str] = []
    pos = 0
    for m in _CANDIDATE.finditer(text):
        i = m.start()
        lm = _LEFT.search(text, max(0, i - 40), i)
        left = lm.group().replace(" ", "") if lm else ""
        rm = _RIGHT.match(text, i + 1)
        right = rm.group().replace(" ", "") if rm else ""
        if not left and not right:
            continue
        keep = _score(left) + _score(right)
        if keep > -4.0 and left and right:
            continue
        joined = _score(left + "ł" + right) - prior
        if joined <= keep or joined <= UNKNOWN_LOGP + 1:
            continue
        if right:
            letters = [c for c in right if c.isalpha()]
            upper = bool(letters) and letters[0].isupper() and (
                bool(left) or len(letters) < 2 or all(c.isupper() for c in letters)
                or sentence_start(text, i) or ("ł" + right).lower() in lex.capitals
            )
            if not left and not upper:
                upper = sentence_start(text, i) and not right[0].isupper()
                upper = upper or ("ł" + right).lower() in lex.capitals
        else:
            letters = [c for c in left if c.isalpha()]
            upper = len(letters) >= 2 and all(c.isupper() for c in letters)
        out.append(text[pos:i])
        out.append("Ł" if upper else "ł")
        pos = i + 1
    out.append(text[pos:])
    return "".join(out)
