"""Write the model card (`models/ner-pl/README.md`) from the files next to the model.

The card's numbers come from `evaluation.json` (PolEval 2018) and `training.json` (written by
`pipeline.ner.train`), so they cannot drift from what was measured.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.ner.convert import LABELS


def _read(path: Path) -> dict:
    return json.loads(path.read_text()) if path.exists() else {}


def _size_mb(model: Path) -> float:
    files = [p for p in model.rglob("*") if p.is_file() and p.name != "README.md"]
    return round(sum(p.stat().st_size for p in files) / 1e6, 1)


def scores_table(evaluation: dict) -> str:
    """Markdown table of per-label and overall P/R/F1 from evaluation.json."""
    if not evaluation:
        return "_Not evaluated yet: run `make eval-ner`._"
    rows = ["| label | P | R | F1 | gold | predicted |", "|---|---:|---:|---:|---:|---:|"]
    for label in LABELS:
        s = evaluation["per_label"][label]
        rows.append(
            f"| {label} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} | {s['gold']} | {s['pred']} |"
        )
    s = evaluation["overall"]
    rows.append(
        f"| **overall** | **{s['p']:.3f}** | **{s['r']:.3f}** | **{s['f']:.3f}** | "
        f"{s['gold']} | {s['pred']} |"
    )
    return "\n".join(rows)


def _nkjp_dev(evaluation: dict, training: dict) -> str:
    dev = evaluation.get("nkjp_dev") or {}
    if dev:
        n = dev["documents"]
        return f"P {dev['p']:.3f}, R {dev['r']:.3f}, F1 {dev['f']:.3f} ({n} documents)"
    perf = training.get("nkjp_dev_scores") or {}
    return f"F1 {perf['ents_f']:.3f}" if "ents_f" in perf else "n/a"


def _facts(model: Path, evaluation: dict, training: dict) -> str:
    na = "n/a"
    sp, ld = evaluation.get("speed", {}), evaluation.get("load", {})
    al, prep = evaluation.get("alignment", {}), evaluation.get("gold_preparation", {})
    minutes = round(training["seconds"] / 60) if "seconds" in training else na
    lines = [
        f"Size on disk: {_size_mb(model)} MB.",
        f"Speed on one core: {sp.get('words_per_second_cpu', na)} words per CPU second "
        f"({sp.get('words', na)} words of PolEval text in {sp.get('seconds_cpu', na)} s of CPU "
        f"time; {sp.get('words_per_second', na)} words/s by the wall clock, which on the shared "
        "evaluation machine also counts waiting for a core).",
        f"Load time: {ld.get('load_seconds', na)} s wall clock "
        f"({ld.get('load_seconds_cpu', na)} s CPU) for importing klastry's feature component "
        "and `spacy.load` in a fresh process; "
        f"importing spaCy itself takes another {ld.get('import_spacy_seconds', na)} s.",
        f"Training: {minutes} minutes on one core (`spacy train`, `pipeline/ner/config.cfg`).",
        "NKJP dev split (10% of documents; not trained on, but used to pick the checkpoint): "
        f"{_nkjp_dev(evaluation, training)}.",
        "PolEval gold spans the tokenizer cannot align (counted as misses): "
        f"{al.get('misaligned_entities', na)} in {al.get('documents_with_misaligned', na)} "
        "documents; discontinuous gold spans (counted as misses): "
        f"{prep.get('discontinuous_unmatchable', na)}.",
    ]
    if training.get("note"):
        lines.append(f"Training note: {training['note']}")
    return "\n".join(f"- {line}" for line in lines)


# The targets set for the model on PolEval 2018 (F1); the card says plainly which are met.
TARGETS: dict[str, float] = {"overall": 0.82, "placeName": 0.85, "orgName": 0.75}


def targets(evaluation: dict) -> str:
    """One line per target: the F1 asked for, the F1 measured, met or not."""
    if not evaluation:
        return "_Not evaluated yet._"
    rows = []
    for name, goal in TARGETS.items():
        got = (evaluation["overall"] if name == "overall" else evaluation["per_label"][name])["f"]
        verdict = "met" if got >= goal else "**not met**"
        rows.append(f"- {name} F1 ≥ {goal:.2f}: measured {got:.3f}, {verdict}.")
    return "\n".join(rows)


def render(model: Path) -> str:
    evaluation = _read(model / "evaluation.json")
    training = _read(model / "training.json")
    meta = _read(model / "meta.json")
    return TEMPLATE.format(
        version=meta.get("version", "0.0.0"),
        spacy_version=meta.get("spacy_version", "n/a"),
        scores=scores_table(evaluation),
        facts=_facts(model, evaluation, training),
        targets=targets(evaluation),
        labels=", ".join(f"`{lab}`" for lab in LABELS),
    )


def write_card(model: Path) -> Path:
    path = model / "README.md"
    path.write_text(render(model))
    return path


TEMPLATE = """# ner-pl: Polish named-entity recognition for klastry

A small CPU spaCy pipeline (tokenizer → morph_features → tok2vec → ner) that finds Polish
named entities: {labels}.
It is klastry's default `--ner` model (`pipeline.ner.load_ner("default")`).

- Pipeline version {version}, spaCy {spacy_version}, language `pl`.
- Architecture: hash embeddings of the lower-cased form, prefix, 3-letter suffix and shape
  (no static word vectors), plus two features from the Morfeusz 2 analyser: the lemma (so
  "Krakowie" and "Kraków" share a row) and the parts of speech and dictionary name classes
  of the word's readings (place, first name, surname, organisation, …: a Polish gazetteer).
  Then a 4-layer maxout CNN of width 128 and spaCy's transition-based NER. See `config.cfg`.
- The `morph_features` component is klastry's (`pipeline/ner/features.py`, factory
  `klastry_morph_features`, needs `morfeusz2`): import `pipeline.ner` before `spacy.load`,
  or load the model with `load_ner`.
- Tokenizer: spaCy's Polish rules plus klastry's (`extend_tokenizer`, the `after_creation`
  callback in `config.cfg`): a capitalised word glued to the previous one is split off
  ("SenatorLechFeszler" → Senator Lech Feszler), and so are slashes between digits and at
  word edges ("1999/2001", "/Katowice 2003/"). The training data is tokenised the same way.

## Scores on the PolEval 2018 Task 2 test set

Held-out gold test set (1,828 documents), never used for training or model selection. Exact
character span and label must match. Gold spans are folded like the training data
(`placeName_*` → `placeName`, stray `persName_*` parts → `persName`) and only the outermost
spans are scored, because the model predicts one level. From `evaluation.json`:

{scores}

{facts}

Targets set for this model (PolEval 2018, exact match):

{targets}

Weak spots: organisation names (especially whole names inside „…” quotes) and geographical
names. The model has no pretrained word vectors; expect better scores from a larger model with
vectors or a transformer, at a cost in size and speed.

## Data

Trained on the manually annotated 1-million-word subcorpus of the National Corpus of Polish
(NKJP1M) with its named-entity layer, as distributed by CLARIN-PL/PolDeepNer
(`nkjp-nested-simplified-v2.iob`). Outermost entity level only, subtypes folded as above;
documents split 90/10 into train/dev with a fixed seed. NKJP has no whitespace information,
so the text is rebuilt with natural spacing and re-tokenised by spaCy's Polish tokenizer;
entities are aligned by character offsets and the few that do not align are marked unknown
(counts in `training.json`). Evaluated on the PolEval 2018 Task 2 gold test set.

## Licence

**GPL-3.0.** The model is derived from NKJP1M, which is distributed under GPL-3.0 (spaCy's own
Polish pipelines carry the same licence for the same reason). Check the data licence before
any commercial use.

Cite:

- Adam Przepiórkowski, Mirosław Bańko, Rafał L. Górski, Barbara Lewandowska-Tomaszczyk (eds.).
  2012. *Narodowy Korpus Języka Polskiego*. Wydawnictwo Naukowe PWN, Warszawa.
- Maciej Ogrodniczuk, Łukasz Kobyliński (eds.). 2018. *Proceedings of the PolEval 2018
  Workshop*. Institute of Computer Science, Polish Academy of Sciences, Warszawa (Task 2:
  named entity recognition).

## Use

```python
from pipeline.ner import entities, load_ner

nlp = load_ner("default")
entities(nlp, "Klaster działa w Zielonej Górze.")
# [(17, 31, 'placeName', 'Zielonej Górze')]
```

## Rebuild

```bash
make train-ner   # python -m pipeline.ner.train: convert NKJP, spacy train, install here, evaluate
make eval-ner    # python -m pipeline.ner.evaluate: PolEval scores, speed, load time, this card
```

The data files are read from `/work/shared/data/ner/` and are never copied into the repository.
"""


if __name__ == "__main__":
    import sys

    from pipeline.ner import MODEL_DIR

    print(write_card(Path(sys.argv[1]) if len(sys.argv) > 1 else MODEL_DIR))
