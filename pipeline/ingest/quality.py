"""Text-layer quality: the share of glyphs that came out of the PDF as real letters.

A damaged text layer shows as `(cid:N)` (a font without a ToUnicode map), U+FFFD (a map
that sends letters nowhere), private-use code points (symbol fonts) or letters doubled by
fake-bold printing ("PPoollsskkaa"). Each counts as one lost glyph against the letters of
the page, so the score is comparable across pages and documents; the repair stage and the
reviewer use it to decide how far to trust a page.
"""

from __future__ import annotations

import re

DAMAGED_BELOW = 0.98  # one lost glyph in fifty letters is already visible damage

_CID = re.compile(r"\(cid:\d+\)")
_DOUBLED = re.compile(r"(?:([^\W\d_])\1){3,}")  # three or more letters in a row, each doubled


def page_quality(text: str) -> float:
    """1.0 for a clean text layer, towards 0.0 as more glyphs are lost; 0.0 for no text."""
    if not text.strip():
        return 0.0
    cids = len(_CID.findall(text))
    rest = _CID.sub("", text) if cids else text
    lost = cids + rest.count("\ufffd") + sum(1 for ch in rest if "\ue000" <= ch <= "\uf8ff")
    letters = sum(1 for ch in rest if ch.isalpha())
    doubled = sum(len(m.group()) // 2 for m in _DOUBLED.finditer(rest))
    glyphs = letters + lost
    if glyphs == 0:
        return 1.0
    return round(max(0.0, 1.0 - (lost + doubled) / glyphs), 4)
