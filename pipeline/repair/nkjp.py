"""Read NKJP sentences from the shared IOB file as plain text.

NKJP (GPL-3.0) is used three ways: a compact bigram table is derived from most of its files
(`build_tables`), the disambiguator is trained on them, and the held-out files give clean
Polish sentences for the benchmark. The corpus itself is never committed; it is read from
`../shared` at build or bench time.
"""

from __future__ import annotations

import lzma
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

NKJP_PATH = Path(__file__).resolve().parents[3] / "shared/data/ner/nkjp-nested-simplified-v2.iob.xz"

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?)\]%…])")
_NO_SPACE_AFTER = re.compile(r"([(\[„]) ")


def is_held_out(file_id: str) -> bool:
    """One file in ten is kept out of the derived tables, for the benchmark."""
    return zlib.crc32(file_id.encode()) % 10 == 0


def is_dev(file_id: str) -> bool:
    """Another tenth of NKJP is the development part: a model trained with `--dev` leaves
    it out, and thresholds are tuned on it, never on the benchmark's files."""
    return zlib.crc32(file_id.encode()) % 10 == 1


def detokenize(tokens: list[str]) -> str:
    """Join NKJP tokens; agglutinates ("em", "ś", "by") arrive glued with a leading '\x00'."""
    text = " ".join(tokens).replace(" \x00", "")
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    return text.replace(" ”", "”").replace(' " ', ' "')


def _rows(path: Path) -> Iterator[tuple[str, list[list[str]]]]:
    """Yield (file id, the tab-separated columns of each token) for every sentence."""
    file_id = ""
    rows: list[list[str]] = []
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART"):
                if line.startswith("-DOCSTART FILE"):
                    file_id = line.split()[-1]
                continue
            if not line:
                if rows:
                    yield file_id, rows
                    rows = []
                continue
            rows.append(line.split("\t"))
    if rows:
        yield file_id, rows


def _tag(row: list[str]) -> str:
    return row[2] if len(row) > 2 else ""


def tagged_sentences(path: Path = NKJP_PATH) -> Iterator[tuple[str, list[str]]]:
    """Yield (file id, morphosyntactic tags) for every sentence, in NKJP's tagset."""
    for file_id, rows in _rows(path):
        yield file_id, [_tag(row) for row in rows]


def sentences(path: Path = NKJP_PATH) -> Iterator[tuple[str, list[str]]]:
    """Yield (file id, tokens) for every sentence; NKJP splits "zrobiłbym" into "zrobił",
    "by", "m", so such pieces are marked to be glued back to the word before them."""
    for file_id, rows in _rows(path):
        tokens: list[str] = []
        prev_tag = ""
        for row in rows:
            orth, tag = row[0], _tag(row)
            glue = tag.startswith("aglt") or (orth == "by" and prev_tag.startswith("praet"))
            tokens.append("\x00" + orth if glue and tokens else orth)
            prev_tag = tag
        yield file_id, tokens


def held_out_text(
    max_chars: int = 200_000, path: Path = NKJP_PATH, part: Callable[[str], bool] = is_held_out
) -> str:
    """Clean Polish paragraphs from held-out NKJP files (one paragraph per file), or from
    the files of another `part`."""
    paragraphs: dict[str, list[str]] = {}
    total = 0
    for file_id, tokens in sentences(path):
        if not part(file_id):
            continue
        sentence = detokenize(tokens)
        paragraphs.setdefault(file_id, []).append(sentence)
        total += len(sentence) + 1
        if total >= max_chars:
            break
    return "\n\n".join(" ".join(p) for p in paragraphs.values())
