"""Text-layer quality: the share of characters that look like a healthy text layer."""

from __future__ import annotations

import re

_CID = re.compile(r"\(cid:\d+\)")
_DOUBLED = re.compile(r"(\w)\1(\w)\2(\w)\3")


def page_quality(text: str) -> float:
    if not text:
        return 0.0
    bad = len(_CID.findall(text)) * 8
    bad += text.count("\ufffd")
    bad += sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff")
    bad += len(_DOUBLED.findall(text)) * 6
    letters = sum(1 for ch in text if ch.isalpha()) or 1
    return round(max(0.0, 1.0 - bad / letters), 4)
