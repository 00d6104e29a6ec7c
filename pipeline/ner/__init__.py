"""Polish named-entity recognition with klastry's own spaCy model.

spaCy's Polish pipelines cannot be downloaded where klastry runs, so the project trains one
on NKJP 1M (`make train-ner`) and commits it under `models/ner-pl/`. Extraction stages call
`load_ner(spec)` with the user's `--ner` option and get a cached pipeline, or None for
rules-only runs.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from pipeline.errors import Code, KlastryError
from pipeline.ner import features as _features  # noqa: F401 - registers the model's component

MODEL_DIR: Path = Path(__file__).resolve().parents[2] / "models" / "ner-pl"
NO_MODEL: frozenset[str] = frozenset({"none", "off", ""})

Entity = tuple[int, int, str, str]


def load_ner(spec: str | None = "default") -> Language | None:
    """Load the NER pipeline named by `spec`: "default", "none"/None, or a spaCy name/path.

    Raises KlastryError E201 if it cannot be loaded and E202 if it has no `ner` pipe.
    """
    if spec is None or spec.strip().lower() in NO_MODEL:
        return None
    key = spec.strip()
    if key == "default":
        key = str(MODEL_DIR)
    return _load(key)


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    """Load once per process: the model takes about a second and is read-only afterwards."""
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, ValueError, KeyError) as exc:
        raise KlastryError(
            Code.E201_NER_MODEL_MISSING, name=name, detail=f"{type(exc).__name__}: {exc}"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise KlastryError(Code.E202_NER_MODEL_NO_NER, name=name)
    return nlp


def entities(nlp: Language, text: str) -> list[Entity]:
    """Entities of `text` as (start_char, end_char, label, text), in document order."""
    doc = nlp(text)
    return [(ent.start_char, ent.end_char, ent.label_, ent.text) for ent in doc.ents]


__all__ = ["MODEL_DIR", "Entity", "entities", "load_ner"]
