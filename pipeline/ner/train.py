"""Train klastry's Polish NER model end to end (`make train-ner`).

Steps: convert NKJP to DocBins (`pipeline.ner.convert`), `spacy train` with the committed
`config.cfg` on one thread, copy `model-best` to `models/ner-pl/`, score it on PolEval 2018
(`pipeline.ner.evaluate`) and write the model card. About 70 minutes on one laptop core.

    python -m pipeline.ner.train [--skip-convert] [--max-steps N] [--no-eval]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pipeline.ner import MODEL_DIR
from pipeline.ner.convert import NKJP, WORK, convert

CONFIG = Path(__file__).with_name("config.cfg")
# Registers the Morfeusz feature component that config.cfg puts before tok2vec.
FEATURES = Path(__file__).with_name("features.py")
SINGLE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
# Files of a trained pipeline worth shipping (spaCy's own output also holds model-last etc.).
META = {
    "name": "ner_pl",
    "version": "0.1.0",
    "description": "klastry Polish NER (persName, orgName, placeName, geogName, date, time)",
    "author": "klastry",
    "license": "GPL-3.0",
    "sources": [
        {"name": "NKJP 1M (National Corpus of Polish), named-entity layer", "license": "GPL-3.0"}
    ],
}
KEEP = ("config.cfg", "meta.json", "tokenizer", "tok2vec", "ner", "vocab")


def spacy_train(output: Path, max_steps: int | None = None) -> float:
    """Run `spacy train` in a child process on one thread; return the wall time in seconds."""
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(CONFIG),
        "--output",
        str(output),
        "--paths.train",
        str(WORK / "train.spacy"),
        "--paths.dev",
        str(WORK / "dev.spacy"),
        "--code",
        str(FEATURES),
    ]
    if max_steps is not None:
        cmd += ["--training.max_steps", str(max_steps)]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env={**os.environ, **SINGLE_THREAD})
    return time.perf_counter() - start


def install(best: Path, target: Path = MODEL_DIR) -> None:
    """Replace the committed model with `best`, keeping evaluation.json/README.md for the card."""
    target.mkdir(parents=True, exist_ok=True)
    for name in KEEP:
        dst = target / name
        if dst.is_dir():
            shutil.rmtree(dst)
        elif dst.exists():
            dst.unlink()
        src = best / name
        if src.is_dir():
            shutil.copytree(src, dst)
        elif src.exists():
            shutil.copy2(src, dst)
    add_tokenizer_rules(target)
    prune_strings(target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update(META)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")


def add_tokenizer_rules(model: Path) -> None:
    """Give a model trained before `config.cfg` named the tokenizer rules (`features.py`)
    those rules, in its saved tokenizer and its config; a no-op for a model that has them."""
    import spacy

    from pipeline.ner.features import TOKENIZER_CALLBACK, extend_tokenizer

    nlp = spacy.load(model)
    if nlp.config["nlp"].get("after_creation") == {"@callbacks": TOKENIZER_CALLBACK}:
        return
    extend_tokenizer(nlp)
    nlp._config["nlp"]["after_creation"] = {"@callbacks": TOKENIZER_CALLBACK}
    nlp.to_disk(model)


def prune_strings(model: Path) -> None:
    """Keep only the entity labels in the saved string store. The model hashes each token's
    features from its text, so the 190,000 strings that training left in the store served
    only to turn hashes back into text; reading them was two thirds of the load time."""
    import spacy

    nlp = spacy.load(model)
    labels = sorted(nlp.get_pipe("ner").labels)
    (model / "vocab" / "strings.json").write_text(json.dumps(labels), encoding="utf-8")


def training_record(
    output: Path, seconds: float, stats: dict[str, object], note: str | None = None
) -> dict[str, object]:
    """What the card reports about training: time, steps, dev score, data counts."""
    meta = json.loads((output / "model-best" / "meta.json").read_text())
    record: dict[str, object] = {
        "seconds": round(seconds),
        "config": "pipeline/ner/config.cfg",
        "threads": 1,
        "nkjp_dev_scores": meta.get("performance", {}),
        "conversion": stats,
    }
    if note:
        record["note"] = note
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-convert", action="store_true", help="reuse .work/ner/*.spacy")
    parser.add_argument("--max-steps", type=int, default=None, help="override config (pilot)")
    parser.add_argument("--output", type=Path, default=WORK / "training")
    parser.add_argument("--no-eval", action="store_true", help="skip the PolEval scoring")
    parser.add_argument(
        "--install-only",
        type=float,
        metavar="SECONDS",
        help="skip converting and training: install OUTPUT/model-best from a run that took "
        "SECONDS (e.g. one stopped by hand), then evaluate",
    )
    parser.add_argument("--note", help="remark stored in training.json (e.g. why a run stopped)")
    args = parser.parse_args()

    stats_path = WORK / "convert-stats.json"
    if (args.skip_convert or args.install_only) and stats_path.exists():
        stats = json.loads(stats_path.read_text())
    else:
        stats = convert(NKJP, WORK)
    if args.install_only is not None:
        seconds = args.install_only
    else:
        seconds = spacy_train(args.output, args.max_steps)
    install(args.output / "model-best")
    record = training_record(args.output, seconds, stats, args.note)
    (MODEL_DIR / "training.json").write_text(json.dumps(record, indent=2, ensure_ascii=False))
    if args.no_eval:
        from pipeline.ner.card import write_card

        write_card(MODEL_DIR)
        return
    subprocess.run(
        [sys.executable, "-m", "pipeline.ner.evaluate", "--model", str(MODEL_DIR)],
        check=True,
        env={**os.environ, **SINGLE_THREAD},
    )


if __name__ == "__main__":
    main()
