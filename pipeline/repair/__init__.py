"""Repair stage: turn damaged text layers and mis-decoded text back into clean Polish.

The heart is `fix_and_explain(text)`: a chain of `str -> str` fixers (like ftfy's), each
change recorded as a `RepairStep` on the original text so offsets map back to the source.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

import ftfy

from pipeline.offsets import compose, steps_from_diff
from pipeline.schemas import Document, RepairedDocument, RepairedPage, RepairStep

Fixer = Callable[[str], str]

_BULLETS = re.compile(r"^([ \t]*)[•●▪■◦▸►✓\uf0b7\uf0a7\uf0d8\uf076\uf0fc]\s*", re.MULTILINE)
_HYPHEN = re.compile(r"(\w{2,})-\n(\w+)")


def fix_unicode_nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fix_mojibake_ftfy(text: str) -> str:
    return ftfy.fix_text(text, normalization="NFC", unescape_html=False, fix_line_breaks=False, uncurl_quotes=False
    )


def fix_bullets(text: str) -> str:
    return _BULLETS.sub(lambda m: m.group(1) + "- ", text)


def fix_hyphenation(text: str) -> str:
    return _HYPHEN.sub(lambda m: m.group(1) + m.group(2) + "\n", text)


FIXERS: list[tuple[str, Fixer, str]] = [
    ("nfc", fix_unicode_nfc, "Unicode NFC normalisation"),
    ("ftfy", fix_mojibake_ftfy, "ftfy: mojibake, ligatures, control characters"),
    ("bullet", fix_bullets, "list bullet glyph normalised to '-'"),
    ("dehyphenate", fix_hyphenation, "word hyphenated at a line end joined"),
]


def fix_and_explain(text: str) -> tuple[str, list[RepairStep]]:
    steps: list[RepairStep] = []
    current = text
    for rule, fixer, reason in FIXERS:
        fixed = fixer(current)
        if fixed != current:
            steps = compose(text, steps, steps_from_diff(current, fixed, rule, reason))
            current = fixed
    return current, steps


def fix_text(text: str) -> str:
    return fix_and_explain(text)[0]


def repair_document(doc: Document) -> RepairedDocument:
    pages: list[RepairedPage] = []
    stats: Counter[str] = Counter()
    for page in doc.pages:
        fixed, steps = fix_and_explain(page.text)
        for step in steps:
            for rule in step.rule.split("+"):
                stats[rule] += 1
        pages.append(RepairedPage(number=page.number, text=fixed, original=page.text, steps=steps))
    return RepairedDocument(
        id=doc.id, name=doc.name, pages=pages, stats=dict(stats), status=doc.status, reason=doc.reason
    )
