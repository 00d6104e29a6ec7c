"""Polish named-entity recognition with klastry's own spaCy model.

spaCy's Polish pipelines cannot be downloaded where klastry runs, so the project trains one
on NKJP 1M (`make train-ner`) and commits it under `models/ner-pl/`. Extraction stages call
`load_ner(spec)` with the user's `--ner` option and get a cached pipeline, or None for
rules-only runs.
"""

from __future__ import annotations

import sys
import types
from functools import lru_cache
from pathlib import Path


def _import_spacy_without_its_cli() -> None:
    """Import spaCy without the command line it imports only to expose `spacy.info`.

    `import spacy` runs `from .cli.info import info`, which imports every spaCy command and
    what they use (typer, weasel, requests, httpx): a quarter of the import's CPU time, paid
    by every run while the models load. Placeholder modules stand in for `spacy.cli` during
    the import and are removed right after it, so `spacy.info` and any later
    `import spacy.cli…` still get the real commands.
    """
    if "spacy" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    info_module = types.ModuleType("spacy.cli.info")

    def info(*args: object, **kwargs: object) -> object:
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    info_module.info = info  # type: ignore[attr-defined]
    placeholders = {"spacy.cli": cli, "spacy.cli.info": info_module}
    sys.modules.update(placeholders)
    try:
        import spacy
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if vars(spacy).get("cli") is cli:
        del spacy.cli  # type: ignore[attr-defined]


_import_spacy_without_its_cli()

from spacy.language import Language  # noqa: E402

from pipeline.errors import Code, KlastryError  # noqa: E402
from pipeline.ner import features as _features  # noqa: E402, F401 - registers the model's component

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
