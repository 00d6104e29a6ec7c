"""Convert the NKJP 1M named-entity corpus (IOB, nested) into spaCy DocBins.

NKJP gives tokens without whitespace, but at run time the model sees real text cut by spaCy's
Polish tokenizer. So the text is rebuilt with natural spacing, re-tokenised by spaCy and the
entities are aligned by character offsets; spans that do not fall on token boundaries are
counted and marked as missing (unknown) rather than silently dropped.

    python -m pipeline.ner.convert [--src PATH] [--out .work/ner] [--dev-share 0.1] [--seed 13]
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from pipeline.ner.features import extend_tokenizer

REPO = Path(__file__).resolve().parents[2]
DATA = Path("/work/shared/data/ner")
NKJP = DATA / "nkjp-nested-simplified-v2.iob.xz"
WORK = REPO / ".work" / "ner"

LABELS: tuple[str, ...] = ("persName", "orgName", "placeName", "geogName", "date", "time")

# Punctuation glued to the token before it / to the token after it.
NO_SPACE_BEFORE = frozenset(",.:;)]}?!…%”»’'") | {"''", "’’", "...", ":)", ":-)", ";)", ";-)"}
NO_SPACE_AFTER = frozenset("([{„«“")


@dataclass
class Token:
    orth: str
    ctag: str
    label: str  # outermost IOB label, e.g. "B-placeName-settlement" or "O"


@dataclass
class NkjpDoc:
    id: str
    sentences: list[list[Token]] = field(default_factory=list)


def fold_label(label: str) -> str | None:
    """Map an NKJP entity type onto the six flat labels (subtypes fold into their parent)."""
    base = label.split("-", 1)[0]
    return base if base in LABELS else None


def read_nkjp(path: Path = NKJP) -> Iterator[NkjpDoc]:
    """Yield documents of the IOB file, keeping only the outermost label of each token."""
    doc: NkjpDoc | None = None
    sentence: list[Token] = []
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("-DOCSTART"):
                if line.startswith("-DOCSTART FILE"):
                    if doc is not None:
                        if sentence:
                            doc.sentences.append(sentence)
                        yield doc
                    doc, sentence = NkjpDoc(line.split()[-1].removeprefix("./")), []
                continue
            if not line.strip():
                if doc is not None and sentence:
                    doc.sentences.append(sentence)
                sentence = []
                continue
            cols = line.split("\t")
            orth, ctag, label = cols[0], cols[2], cols[-1]
            sentence.append(Token(orth, ctag, label.split("#")[0]))
    if doc is not None:
        if sentence:
            doc.sentences.append(sentence)
        yield doc


def _glue_hyphen(prev: Token | None, nxt: Token | None, first: bool) -> bool:
    """A hyphen is part of a word (Bielsko-Biała, 1990-2000, polsko-niemiecki), not a dash."""
    if prev is None or nxt is None or not prev.orth[-1:].isalnum() or not nxt.orth[:1].isalnum():
        return False
    if prev.orth[-1].isdigit() and nxt.orth[0].isdigit():
        return True
    if prev.ctag.startswith("adja"):
        return True
    return not first and prev.orth[0].isupper() and nxt.orth[0].isupper()


def sentence_text(tokens: list[Token]) -> tuple[str, list[tuple[int, int]]]:
    """Rebuild natural text for one sentence; return it with each token's char offsets."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    quote_open = False
    glue_next = False
    for i, tok in enumerate(tokens):
        orth = tok.orth
        space = i > 0 and not glue_next
        if orth in NO_SPACE_BEFORE or _is_clitic(tok, _get(tokens, i - 1)):
            space = False
        glue_next = orth in NO_SPACE_AFTER
        if orth == '"':
            if quote_open:
                space = False
            else:
                glue_next = True
            quote_open = not quote_open
        elif orth in {"-", "/"} and (
            orth == "/" or _glue_hyphen(tokens[i - 1] if i else None, _get(tokens, i + 1), i == 1)
        ):
            space = False
            glue_next = True
        if space:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(orth)))
        parts.append(orth)
        pos += len(orth)
    return "".join(parts), offsets


def _is_clitic(tok: Token, prev: Token | None) -> bool:
    """NKJP splits "Pytałem" into "Pytał" + "em" and "chciałby" into "chciał" + "by"."""
    if tok.ctag.startswith("aglt"):
        return prev is not None
    return tok.orth == "by" and prev is not None and prev.ctag.startswith("praet")


def _get(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def entity_spans(tokens: list[Token], offsets: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Outermost entities of one sentence as (start_char, end_char, label)."""
    spans: list[tuple[int, int, str]] = []
    current: list[int | str] | None = None
    for tok, (start, end) in zip(tokens, offsets, strict=True):
        tag, _, etype = tok.label.partition("-")
        label = fold_label(etype) if tag in {"B", "I"} else None
        if label is not None and tag == "I" and current is not None and current[2] == label:
            current[1] = end
            continue
        if current is not None:
            spans.append((int(current[0]), int(current[1]), str(current[2])))
            current = None
        if label is not None:
            current = [start, end, label]
    if current is not None:
        spans.append((int(current[0]), int(current[1]), str(current[2])))
    return spans


def to_doc(nlp: Language, ndoc: NkjpDoc, stats: Counter[str]) -> Doc:
    """One NKJP document as a spaCy Doc on natural text, entities aligned by char offsets."""
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    base = 0
    for tokens in ndoc.sentences:
        text, offsets = sentence_text(tokens)
        spans.extend((s + base, e + base, lab) for s, e, lab in entity_spans(tokens, offsets))
        text_parts.append(text)
        base += len(text) + 1
    doc = nlp.make_doc(" ".join(text_parts))
    ents: list[Span] = []
    missing: list[Span] = []
    for start, end, label in spans:
        stats[f"entities.{label}"] += 1
        span = doc.char_span(start, end, label=label)
        if span is not None:
            ents.append(span)
            continue
        stats["entities_misaligned"] += 1
        loose = doc.char_span(start, end, alignment_mode="expand")
        if loose is not None:
            missing.append(loose)
    missing = [m for m in missing if not any(_overlaps(m, e) for e in ents)]
    doc.set_ents(ents, missing=_disjoint(missing), default="outside")
    stats["documents"] += 1
    stats["sentences"] += len(ndoc.sentences)
    stats["tokens_nkjp"] += sum(len(s) for s in ndoc.sentences)
    stats["tokens_spacy"] += len(doc)
    return doc


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _disjoint(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def split_ids(ids: list[str], dev_share: float, seed: int) -> set[str]:
    """Choose dev documents by a seeded shuffle of document ids (stable across runs)."""
    shuffled = sorted(ids)
    random.Random(seed).shuffle(shuffled)
    return set(shuffled[: round(len(shuffled) * dev_share)])


def convert(
    src: Path = NKJP, out: Path = WORK, dev_share: float = 0.1, seed: int = 13
) -> dict[str, object]:
    """Write train.spacy and dev.spacy under `out`; return and save the conversion stats."""
    nlp = extend_tokenizer(spacy.blank("pl"))
    ndocs = list(read_nkjp(src))
    dev_ids = split_ids([d.id for d in ndocs], dev_share, seed)
    bins = {"train": DocBin(store_user_data=False), "dev": DocBin(store_user_data=False)}
    stats: dict[str, Counter[str]] = {"train": Counter(), "dev": Counter()}
    for ndoc in ndocs:
        part = "dev" if ndoc.id in dev_ids else "train"
        bins[part].add(to_doc(nlp, ndoc, stats[part]))
    out.mkdir(parents=True, exist_ok=True)
    for part, docbin in bins.items():
        docbin.to_disk(out / f"{part}.spacy")
    report: dict[str, object] = {
        "source": str(src),
        "seed": seed,
        "dev_share": dev_share,
        **{part: dict(sorted(c.items())) for part, c in stats.items()},
    }
    (out / "convert-stats.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=NKJP)
    parser.add_argument("--out", type=Path, default=WORK)
    parser.add_argument("--dev-share", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    report = convert(args.src, args.out, args.dev_share, args.seed)
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
