"""Score the NER model on the PolEval 2018 Task 2 gold test set (held out from training).

Gold brat spans are folded like the training data (`placeName_*` → placeName, stray
`persName_*` → persName) and only the outermost spans are kept, since a flat model predicts one
level. A prediction counts only on an exact (start, end, label) match. Gold spans that do not
fall on token boundaries stay in the gold set (they can only be missed) and are counted, so
tokenizer limits show up in recall rather than being hidden. Also measures words per second
on one core and the model's load time, and writes `models/ner-pl/evaluation.json`.

    python -m pipeline.ner.evaluate [--model models/ner-pl] [--gold PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import platform
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.ner import MODEL_DIR
from pipeline.ner.convert import DATA, LABELS, REPO, WORK

GOLD = DATA / "POLEVAL-NER_GOLD.json.xz"

GoldSpan = tuple[int, int, str]


@dataclass
class GoldDoc:
    id: str
    text: str
    spans: list[GoldSpan]
    unmatchable: list[GoldSpan] = field(default_factory=list)


@dataclass
class GoldStats:
    """What happened to the gold annotation on its way to flat spans (all reported)."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n


def fold_type(brat_type: str) -> str | None:
    """`placeName_settlement` → placeName, `persName_surname` → persName, others as-is."""
    base = brat_type.split("_", 1)[0]
    return base if base in LABELS else None


def parse_brat(
    brat: str, text: str, stats: GoldStats
) -> tuple[list[tuple[int, int, str, int]], list[GoldSpan]]:
    """Text-bound annotations as (start, end, folded label, order), and discontinuous ones.

    A discontinuous span ("Małe [i Wielkie] Buławki") cannot be predicted by a flat model: it
    stays in the gold count as a sure miss but does not hide the spans inside its extent.
    """
    spans: list[tuple[int, int, str, int]] = []
    broken: list[GoldSpan] = []
    for order, line in enumerate(brat.splitlines()):
        if not line.startswith("T"):
            continue
        _, info, *rest = line.split("\t")
        brat_type, _, offsets = info.partition(" ")
        label = fold_type(brat_type)
        if label is None:
            stats.add(f"skipped_type.{brat_type}")
            continue
        pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
        start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
        if len(pieces) > 1:
            stats.add("discontinuous_unmatchable")
            broken.append((start, end, label))
            continue
        if rest and len(pieces) == 1 and text[start:end] != rest[0]:
            stats.add("text_mismatch")
        spans.append((start, end, label, order))
    return spans, broken


def outermost(spans: list[tuple[int, int, str, int]], stats: GoldStats) -> list[GoldSpan]:
    """Keep spans not inside another; of identical spans keep the first listed (outer)."""
    ordered = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]), s[3]))
    kept: list[GoldSpan] = []
    seen: set[tuple[int, int]] = set()
    for start, end, label, _ in ordered:
        if (start, end) in seen:
            continue
        if any(ks <= start and end <= ke for ks, ke, _ in kept):
            stats.add("nested_dropped")
            continue
        if any(ks < end and start < ke for ks, ke, _ in kept):
            stats.add("crossing_kept")
        seen.add((start, end))
        kept.append((start, end, label))
    return kept


def load_gold(path: Path = GOLD, limit: int | None = None) -> tuple[list[GoldDoc], GoldStats]:
    """PolEval documents with their outermost folded spans (first answer of each document)."""
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        questions = json.load(fh)["questions"]
    stats = GoldStats()
    docs: list[GoldDoc] = []
    for q in questions[:limit]:
        text = q["input"]["fileContent"]
        brat = q["answers"][0]["data"]["brat"] if q["answers"] else ""
        spans, broken = parse_brat(brat, text, stats)
        docs.append(GoldDoc(str(q.get("id", len(docs))), text, outermost(spans, stats), broken))
    stats.add("documents", len(docs))
    return docs, stats


def alignment(nlp: Language, docs: list[GoldDoc]) -> dict[str, object]:
    """Gold spans whose edges are not token edges for this tokenizer (the model must miss them)."""
    by_label: Counter[str] = Counter()
    bad_docs = 0
    examples: list[str] = []
    for gdoc in docs:
        doc = nlp.make_doc(gdoc.text)
        bad = [s for s in gdoc.spans if doc.char_span(s[0], s[1]) is None]
        bad_docs += bool(bad)
        for start, end, label in bad:
            by_label[label] += 1
            if len(examples) < 15:
                examples.append(f"{label}: {gdoc.text[max(0, start - 15) : end + 15]!r}")
    return {
        "misaligned_entities": sum(by_label.values()),
        "misaligned_by_label": dict(sorted(by_label.items())),
        "documents_with_misaligned": bad_docs,
        "examples": examples,
    }


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f": round(f, 4),
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
    }


def score(gold: list[GoldDoc], predicted: list[list[GoldSpan]]) -> dict[str, dict]:
    """Exact span + label match, micro-averaged overall and per label."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for gdoc, pred in zip(gold, predicted, strict=True):
        gset = set(gdoc.spans)
        for span in set(pred):
            n_pred[span[2]] += 1
            tp[span[2]] += span in gset
        for span in [*gset, *gdoc.unmatchable]:
            n_gold[span[2]] += 1
    per_label = {lab: prf(tp[lab], n_pred[lab], n_gold[lab]) for lab in LABELS}
    overall = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {"overall": overall, "per_label": per_label}


def predict(nlp: Language, docs: list[GoldDoc]) -> tuple[list[list[GoldSpan]], dict[str, float]]:
    """Run the pipeline in this process on one thread and time it, wall clock and CPU.

    The CPU figure is the one-core speed: on a shared machine the wall clock also counts time
    spent waiting for a core.
    """
    texts = [d.text for d in docs]
    wall0, cpu0 = time.perf_counter(), time.process_time()
    out: list[list[GoldSpan]] = []
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=64):
        tokens += len(doc)
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    words = sum(len(t.split()) for t in texts)
    speed = {
        "words": words,
        "tokens": tokens,
        "seconds_wall": round(wall, 2),
        "seconds_cpu": round(cpu, 2),
        "words_per_second": round(words / wall),
        "words_per_second_cpu": round(words / cpu),
        "tokens_per_second": round(tokens / wall),
    }
    return out, speed


# The load time includes importing klastry's feature component (and Morfeusz's dictionary),
# which a model using it needs before `spacy.load`.
LOAD_SNIPPET = """
import sys, time
t0, c0 = time.perf_counter(), time.process_time()
import spacy
t1, c1 = time.perf_counter(), time.process_time()
import pipeline.ner.features
spacy.load(sys.argv[1])
t2, c2 = time.perf_counter(), time.process_time()
print(t1 - t0, t2 - t1, c1 - c0, c2 - c1)
"""


def load_time(model: Path, runs: int = 3) -> dict[str, float | int]:
    """Seconds for loading the model in a fresh process (best of `runs`), wall clock and CPU.

    On a shared machine the wall clock includes waiting for a core, so the CPU time is given
    too; importing spaCy itself is reported apart, as it is paid once per process anyway.
    """
    results = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-c", LOAD_SNIPPET, str(model.resolve())],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
            env={**os.environ, "OMP_NUM_THREADS": "1"},
        )
        results.append(tuple(float(x) for x in proc.stdout.split()))
    best = min(results, key=lambda r: r[1])
    return {
        "load_seconds": round(best[1], 3),
        "load_seconds_cpu": round(best[3], 3),
        "import_spacy_seconds": round(best[0], 3),
        "import_spacy_seconds_cpu": round(best[2], 3),
        "runs": runs,
    }


def nkjp_dev(nlp: Language, path: Path = WORK / "dev.spacy") -> dict[str, object] | None:
    """spaCy's own scores on the NKJP dev split, when the converted data is present."""
    if not path.exists():
        return None
    from spacy.tokens import DocBin
    from spacy.training import Example

    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(d.text), d) for d in docs]
    scores = nlp.evaluate(examples)
    return {
        "documents": len(docs),
        "p": round(scores["ents_p"], 4),
        "r": round(scores["ents_r"], 4),
        "f": round(scores["ents_f"], 4),
        "per_label": {
            k: {m: round(v, 4) for m, v in s.items()}
            for k, s in sorted((scores.get("ents_per_type") or {}).items())
        },
    }


def table(result: dict) -> str:
    """Plain-text table of per-label and overall P/R/F1."""
    rows = [f"{'label':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    items = [*result["per_label"].items(), ("OVERALL", result["overall"])]
    for label, s in items:
        prf_cells = f"{s['p']:>6.3f} {s['r']:>6.3f} {s['f']:>6.3f}"
        rows.append(f"{label:<10} {prf_cells} {s['gold']:>6} {s['pred']:>6}")
    return "\n".join(rows)


def evaluate(model: Path = MODEL_DIR, gold_path: Path = GOLD, limit: int | None = None) -> dict:
    """Full evaluation; returns the dict written to evaluation.json."""
    nlp = spacy.load(model)
    gold, stats = load_gold(gold_path, limit)
    predicted, speed = predict(nlp, gold)
    result = score(gold, predicted)
    return {
        "model": model.name,
        "test_set": "PolEval 2018 Task 2 gold test set (first answer per document)",
        "matching": "exact character span and label; outermost gold spans; labels folded",
        **result,
        "gold_preparation": dict(sorted(stats.counts.items())),
        "alignment": alignment(nlp, gold),
        "speed": speed,
        "load": load_time(model),
        "nkjp_dev": nkjp_dev(nlp),
        "machine": {
            "python": platform.python_version(),
            "spacy": spacy.__version__,
            "cpu": platform.processor() or platform.machine(),
            "threads": 1,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--limit", type=int, default=None, help="first N documents (a smoke run)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    result = evaluate(args.model, args.gold, args.limit)
    print(table(result))
    al, sp, ld = result["alignment"], result["speed"], result["load"]
    print(
        f"\ndocuments {result['gold_preparation']['documents']}, misaligned gold entities "
        f"{al['misaligned_entities']} in {al['documents_with_misaligned']} documents"
    )
    print(
        f"speed {sp['words_per_second']} words/s wall ({sp['words_per_second_cpu']} CPU), "
        f"load {ld['load_seconds']} s wall ({ld['load_seconds_cpu']} s CPU)"
    )
    if not args.no_write and args.limit is None:
        out = args.model / "evaluation.json"
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        from pipeline.ner.card import write_card

        write_card(args.model)
        print(f"wrote {out} and the model card")


if __name__ == "__main__":
    main()
