"""The committed Polish NER model finds the entities klastry needs, and `load_ner` fails clearly.

The model is loaded once per module; each case in `cases/ner/sentences.jsonl` is a sentence
with the (text, label) entities it must contain (an empty list means none at all); a case
with "xfail" records a known miss of the shipped model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.errors import Code, KlastryError
from pipeline.ner import MODEL_DIR, entities, load_ner

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "cases" / "ner" / "sentences.jsonl")
    .read_text()
    .splitlines()
    if line.strip()
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    model = load_ner("default")
    assert model is not None
    return model


def _param(case: dict) -> object:
    """A case may carry "xfail": a documented miss of the shipped model (strict, so a better
    model that fixes it makes the test fail until the case is updated)."""
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["text"][:40], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_finds_expected_entities(nlp: Language, case: dict) -> None:
    found = {(text, label) for _, _, label, text in entities(nlp, case["text"])}
    expected = {(text, label) for text, label in case["entities"]}
    if not expected:
        assert found == set()
    else:
        assert expected <= found, f"missing {expected - found}, found {found}"


def test_entity_offsets_point_into_the_text(nlp: Language) -> None:
    text = "Klaster ma biuro w Zielonej Górze i filię w Opolu."
    ents = entities(nlp, text)
    assert [(label, text[s:e]) for s, e, label, _ in ents] == [
        ("placeName", "Zielonej Górze"),
        ("placeName", "Opolu"),
    ]
    assert all(text[s:e] == t for s, e, _, t in ents)


def test_model_is_shipped_with_ner_labels(nlp: Language) -> None:
    assert nlp.pipe_names == ["morph_features", "tok2vec", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {
        "persName",
        "orgName",
        "placeName",
        "geogName",
        "date",
        "time",
    }
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 30_000_000


def test_morph_features_give_lemma_and_name_classes(nlp: Language) -> None:
    doc = nlp("Biuro jest w Krakowie.")
    krakow = doc[3]
    assert krakow.lemma_ == "kraków"
    assert "nazwa_geograficzna" in krakow.tag_
    assert krakow.tag_.startswith("subst/")


def test_default_model_is_cached(nlp: Language) -> None:
    assert load_ner("default") is nlp
    assert load_ner(str(MODEL_DIR)) is nlp


@pytest.mark.parametrize("spec", ["none", "None", "", None])
def test_none_means_no_model(spec: str | None) -> None:
    assert load_ner(spec) is None


def test_missing_model_raises_e201(tmp_path: Path) -> None:
    with pytest.raises(KlastryError) as info:
        load_ner(str(tmp_path / "no-such-model"))
    assert info.value.code is Code.E201_NER_MODEL_MISSING
    assert str(info.value).startswith("[E201]")


def test_stock_spacy_pipeline_loads(tmp_path: Path) -> None:
    """`--ner PATH` takes any spaCy pipeline with an `ner` pipe, not only klastry's."""
    import spacy

    stock = spacy.blank("pl")
    stock.add_pipe("ner").add_label("orgName")
    stock.initialize()
    stock.to_disk(tmp_path / "stock")
    model = load_ner(str(tmp_path / "stock"))
    assert model is not None
    assert model.pipe_names == ["ner"]
    assert isinstance(entities(model, "Klaster działa w Opolu."), list)


def test_pipeline_without_ner_raises_e202(tmp_path: Path) -> None:
    import spacy

    blank = spacy.blank("pl")
    blank.to_disk(tmp_path / "blank")
    with pytest.raises(KlastryError) as info:
        load_ner(str(tmp_path / "blank"))
    assert info.value.code is Code.E202_NER_MODEL_NO_NER


TOKEN_CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "cases" / "ner" / "tokens.jsonl").read_text().splitlines()
    if line.strip()
]


@pytest.mark.parametrize("case", TOKEN_CASES, ids=[c["text"][:30] for c in TOKEN_CASES])
def test_shipped_tokenizer_has_klastry_rules(nlp: Language, case: dict) -> None:
    assert [t.text for t in nlp.make_doc(case["text"])] == case["tokens"], case["note"]


@pytest.mark.parametrize("case", TOKEN_CASES, ids=[c["text"][:30] for c in TOKEN_CASES])
def test_training_data_is_tokenised_like_the_model(case: dict) -> None:
    """`convert` tokenises NKJP with the same rules the shipped model applies."""
    import spacy

    from pipeline.ner.features import extend_tokenizer

    blank = extend_tokenizer(spacy.blank("pl"))
    assert [t.text for t in blank.make_doc(case["text"])] == case["tokens"], case["note"]


def test_spacy_command_line_still_works_after_loading_the_model() -> None:
    """pipeline.ner imports spaCy without its command line; in a fresh process the model
    loads, and `spacy.info` and `spacy.cli` are the real ones afterwards."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pipeline.ner import load_ner, entities\n"
        "assert 'spacy.cli' not in sys.modules\n"
        "nlp = load_ner('default')\n"
        "print(entities(nlp, 'Spotkanie odbyło się w Zielonej Górze.'))\n"
        "import spacy, spacy.cli\n"
        "print(spacy.info()['spacy_version'] == spacy.__version__, callable(spacy.cli.train_cli))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        check=True,
    )
    assert done.stdout.splitlines() == [
        "[(23, 37, 'placeName', 'Zielonej Górze')]",
        "True True",
    ]
