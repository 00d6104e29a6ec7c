"""Decode `(cid:N)` codes that pdfplumber writes for glyphs of fonts without a ToUnicode map.

Hand-written because the code → letter table is private to each embedded font: nothing
outside the document knows it. It is learnt from the document's own words: a code that
turns many words into lexicon words when read as "ś" is "ś". Codes are solved greedily,
most certain first, so words with two unknown codes become solvable once one is known.
A letter's case comes from where its code stands (inside a word: lower case).
"""

from __future__ import annotations

import re
import string
from collections import Counter

from pipeline.repair.lexicon import PL_LOWER, get_lexicon, sentence_start
from pipeline.repair.profile import Profile

CID = re.compile(r"\(cid:(\d+)\)")
_TOKEN = re.compile(r"(?:[^\W\d_]|\(cid:\d+\))+")
MIN_VOTES = 1.0


def _parts(token: str) -> list[str]:
    """Split a token into letters and cid codes ('(cid:3)wiat' -> ['3', 'w', 'i', ...])."""
    out: list[str] = []
    pos = 0
    for m in CID.finditer(token):
        out.extend(token[pos : m.start()])
        out.append(m.group(1))
        pos = m.end()
    out.extend(token[pos:])
    return out


def learn_cid_map(text: str) -> dict[str, str]:
    """Learn code → character for every `(cid:N)` the text's words let us solve."""
    if "(cid:" not in text:
        return {}
    tokens: Counter[tuple[str, ...]] = Counter()
    initial_upper: Counter[str] = Counter()
    initial_lower: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for m in _TOKEN.finditer(text):
        if "(cid:" not in m.group():
            continue
        parts = tuple(_parts(m.group()))
        tokens[parts] += 1
        for k, p in enumerate(parts):
            if len(p) > 1 or p.isdigit():
                if k == 0:
                    rest = [c for c in parts[1:] if len(c) == 1 and not c.isdigit()]
                    caps = (rest and all(c.isupper() for c in rest)) or sentence_start(
                        text, m.start()
                    )
                    (initial_upper if caps else initial_lower)[p] += 1
                elif parts[k - 1].islower() if len(parts[k - 1]) == 1 else False:
                    inside[p] += 1
    # A letter the text already shows as itself needs no code (in the same font).
    plain = set(CID.sub(" ", text).lower())
    letters = PL_LOWER + "".join(c for c in string.ascii_lowercase if c not in plain)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    # Each token's votes change only when one of its codes is solved: keep them, and redo
    # only the tokens holding the code just solved.
    holding: dict[str, list[tuple[str, ...]]] = {}
    for parts in tokens:
        for p in set(parts):
            if len(p) > 1 or p.isdigit():
                holding.setdefault(p, []).append(parts)
    ballots = {parts: _ballot(parts, count, mapping, letters) for parts, count in tokens.items()}
    while True:
        votes: dict[str, Counter[str]] = {}  # Counter of float weights
        for ballot in ballots.values():
            if ballot is None or not ballot[1]:
                continue
            code, weights = ballot
            counter = votes.get(code)
            if counter is None:
                counter = votes[code] = Counter()
            for letter, weight in weights:
                counter[letter] += weight
        if not votes:
            break
        best_code, best_letter, best_margin = None, "", 0.0
        for code, counter in votes.items():
            ranked = counter.most_common(2)
            margin = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0)
            if margin > best_margin:
                best_code, best_letter, best_margin = code, ranked[0][0], margin
        if best_code is None or best_margin < MIN_VOTES:
            break
        upper = initial_upper[best_code] > initial_lower[best_code] + inside[best_code]
        letter = best_letter.upper() if upper else best_letter
        if letter in used:
            letter = letter.swapcase()
        mapping[best_code] = letter
        used.add(letter)
        for parts in holding[best_code]:
            ballots[parts] = _ballot(parts, tokens[parts], mapping, letters)
    return mapping


def _ballot(
    parts: tuple[str, ...], count: int, mapping: dict[str, str], letters: str
) -> tuple[str, list[tuple[str, float]]] | None:
    """The code a token votes on (its only unknown one) and the weight of each letter
    that makes it a lexicon word; None when it has no single unknown code."""
    unknown = {p for p in parts if (len(p) > 1 or p.isdigit()) and p not in mapping}
    if len(unknown) != 1:
        return None
    code = unknown.pop()
    freq = get_lexicon().freq
    # the token's text between the places of the unknown code
    segments = "".join(
        "\x00" if p == code else mapping.get(p, p) if (len(p) > 1 or p.isdigit()) else p
        for p in parts
    ).split("\x00")
    weights: list[tuple[str, float]] = []
    for letter in letters:
        logp = freq.get(letter.join(segments).lower())
        if logp is not None:
            # frequent readings outvote rare ones ("źródeł" over a misspelt "żródeł")
            weights.append((letter, count * max(0.5, logp + 9)))
    return code, weights


def fix_cid(text: str, profile: Profile | None = None) -> str:
    """Replace `(cid:N)` codes by the characters learnt for them (unknown ones stay)."""
    if "(cid:" not in text:
        return text
    mapping = profile.cid_map if profile and profile.cid_map else learn_cid_map(text)
    return CID.sub(lambda m: mapping.get(m.group(1), m.group()), text)
