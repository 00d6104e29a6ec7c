"""Repair stage: turn damaged text layers and mis-decoded text back into clean Polish.

The heart is `fix_and_explain(text)`: a chain of `str -> str` fixers (like ftfy's), one
module per kind of damage, each change recorded as a `RepairStep` on the original text so
offsets map back to the source. `repair_document` first learns what a whole document
shows (its cid map, whether "ł" became line breaks, whether diacritics were stripped,
which mis-decoding it suffered, its running headers) and passes that to every page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import accumulate

from rapidfuzz.distance import Indel

from pipeline.offsets import apply_steps, compose
from pipeline.repair import layout
from pipeline.repair.cid import fix_cid, learn_cid_map
from pipeline.repair.diacritics import fix_diacritics, looks_stripped
from pipeline.repair.fffd import fix_fffd, learn_pairs
from pipeline.repair.headers import header_spans, repeated_lines
from pipeline.repair.linebreak_l import fix_linebreak_l, looks_damaged
from pipeline.repair.mojibake import TRUSTED_GAIN, fix_redecode, fix_utf8_mojibake, rank_redecodings
from pipeline.repair.profile import Profile
from pipeline.schemas import Document, RepairedDocument, RepairedPage, RepairStep

__all__ = [
    "FIXERS",
    "Profile",
    "fix_and_explain",
    "fix_text",
    "format_explanation",
    "learn_profile",
    "repair_document",
]

Fixer = Callable[[str, Profile], str]


def _plain(fn: Callable[[str], str]) -> Fixer:
    return lambda text, profile: fn(text)


# (rule, fixer, reason): the order matters, e.g. letters must be decoded before the
# lexicon can judge hyphenation or diacritics.
FIXERS: list[tuple[str, Fixer, str]] = [
    ("nfc", _plain(layout.fix_nfc), "letter and combining accent composed (NFC)"),
    ("ligature", _plain(layout.fix_ligatures), "typographic ligature split into letters"),
    ("soft_hyphen", _plain(layout.fix_soft_hyphens), "soft hyphen (U+00AD) removed"),
    (
        "punctuation",
        _plain(layout.fix_space_before_punctuation),
        "space before punctuation removed",
    ),
    ("accent", _plain(layout.fix_spacing_accents), "letter and separate accent joined"),
    ("utf8", lambda t, p: fix_utf8_mojibake(t), "UTF-8 read as a single-byte code page (ftfy)"),
    ("redecode", fix_redecode, "Polish code page read as a Western one, re-read"),
    ("cid", fix_cid, "(cid:N) glyph code decoded with the map learnt from the document"),
    ("l_newline", fix_linebreak_l, "line break that stood for a lost 'ł' restored"),
    ("fffd", fix_fffd, "U+FFFD replaced by the Polish letter or bullet it lost"),
    ("bullet", _plain(layout.fix_pua_bullets), "private-use bullet glyph replaced by '•'"),
    ("dehyphenate", _plain(layout.fix_hyphenation), "word hyphenated at a line end joined"),
    ("diacritics", fix_diacritics, "Polish diacritics restored in stripped text"),
    ("unwrap", _plain(layout.fix_wrapped_lines), "line wrapped inside a sentence joined"),
]

_TOKENS = re.compile(r"\s+|[^\s]+")


def _diff_steps(before: str, after: str, rule: str, reason: str) -> list[RepairStep]:
    """`before → after` as replacements of whole tokens (fast on long, similar texts)."""
    a = _TOKENS.findall(before)
    b = _TOKENS.findall(after)
    starts_a = list(accumulate(map(len, a), initial=0))
    steps: list[RepairStep] = []
    changes: list[list[int]] = []
    for op in Indel.opcodes(a, b):  # rapidfuzz: bit-parallel LCS, far faster than difflib
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if tag == "equal":
            continue
        # one step for changes split only by a white-space token ("struk-\ntur" → "struktur")
        if (
            changes
            and i1 - changes[-1][1] <= 1
            and all(t.isspace() for t in a[changes[-1][1] : i1])
        ):
            changes[-1][1], changes[-1][3] = i2, j2
        else:
            changes.append([i1, i2, j1, j2])
    for i1, i2, j1, j2 in changes:
        start, end = starts_a[i1], starts_a[i2]
        new = "".join(b[j1:j2])
        steps.append(
            RepairStep(
                rule=rule, start=start, end=end, before=before[start:end], after=new, reason=reason
            )
        )
    return steps


def fix_and_explain(
    text: str, profile: Profile | None = None, initial: list[RepairStep] | None = None
) -> tuple[str, list[RepairStep]]:
    """Repair `text`; return the result and every change as steps on `text`.

    `profile` carries what the whole document showed (see `learn_profile`); `initial` are
    steps already decided on `text` (running headers removed by `repair_document`).
    """
    steps: list[RepairStep] = list(initial or [])
    current, steps = _chain(text, profile or Profile(), FIXERS, apply_steps(text, steps), steps)
    return current, sorted(steps, key=lambda s: (s.start, s.end))


def _chain(
    text: str,
    profile: Profile,
    fixers: list[tuple[str, Fixer, str]],
    current: str,
    steps: list[RepairStep],
) -> tuple[str, list[RepairStep]]:
    """Run `fixers` on `current` (= `text` with `steps` applied), composing their steps."""
    for rule, fixer, reason in fixers:
        fixed = fixer(current, profile)
        if fixed != current:
            new = _diff_steps(current, fixed, rule, reason)
            # nothing to compose with yet: the steps are already on `text` (what `compose`
            # would return, without rebuilding every step)
            steps = compose(text, steps, new) if steps else [s for s in new if s.before != s.after]
            current = fixed
    return current, steps


def fix_text(text: str) -> str:
    """Repair `text` (see `fix_and_explain`)."""
    return fix_and_explain(text)[0]


def format_explanation(steps: list[RepairStep]) -> str:
    """One line per change, for `klastry fix --explain`."""
    lines = []
    for s in steps:
        lines.append(f"{s.start}-{s.end} {s.rule}: {s.before!r} -> {s.after!r}  ({s.reason})")
    return "\n".join(lines)


def learn_profile(pages: list[str]) -> Profile:
    """What the document as a whole shows about its damage."""
    whole = "\n\n".join(pages)
    ranked, gains = rank_redecodings(whole)
    return Profile(
        l_as_newline=looks_damaged(whole),
        fffd_pairs=learn_pairs(whole),
        cid_map=learn_cid_map(whole),
        redecode=ranked if gains and gains[0] >= TRUSTED_GAIN else None,
    )


# Stripped diacritics are judged on text whose letters are already decoded: a page of
# (cid:N) codes or U+FFFD also lacks Polish letters, and is no stripped text.
_SPLIT = next(i for i, f in enumerate(FIXERS) if f[0] == "diacritics")


def repair_document(doc: Document) -> RepairedDocument:
    """Repair every page with what the whole document taught; count repairs by rule."""
    texts = [page.text for page in doc.pages]
    profile = learn_profile(texts)
    header_keys = repeated_lines(texts)
    stages: list[tuple[str, list[RepairStep]]] = []
    for page in doc.pages:
        headers = [
            RepairStep(
                rule="header",
                start=a,
                end=b,
                before=page.text[a:b],
                after="",
                reason="running header or footer repeated on other pages",
            )
            for a, b in header_spans(page.text, header_keys)
        ]
        start = apply_steps(page.text, headers)
        stages.append(_chain(page.text, profile, FIXERS[:_SPLIT], start, headers))
    profile.stripped = looks_stripped("\n\n".join(current for current, _ in stages))
    pages: list[RepairedPage] = []
    stats: Counter[str] = Counter()
    for page, (current, steps) in zip(doc.pages, stages, strict=True):
        fixed, steps = _chain(page.text, profile, FIXERS[_SPLIT:], current, steps)
        steps = sorted(steps, key=lambda s: (s.start, s.end))
        for step in steps:
            for rule in step.rule.split("+"):
                stats[rule] += 1
        pages.append(RepairedPage(number=page.number, text=fixed, original=page.text, steps=steps))
    return RepairedDocument(
        id=doc.id,
        name=doc.name,
        pages=pages,
        stats=dict(stats),
        status=doc.status,
        reason=doc.reason,
    )
