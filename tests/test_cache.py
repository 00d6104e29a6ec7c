"""The stage cache: an unchanged corpus is only re-read and re-written; a changed document,
a code change or a changed option redoes exactly what it affects.

Counts come from `Reporter.counts` (the same numbers `klastry run` writes into run.json as
`<stage>_processed` / `<stage>_cached`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline import cache as cache_module
from pipeline import runner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "raw").glob("*.txt"))


def run_stages(
    folder: Path, output: Path, ner: str = "none", use_cache: bool = True
) -> dict[str, dict[str, int]]:
    reporter = runner.Reporter(quiet=True)
    options = {"timeout": None, "use_cache": use_cache}
    runner.ingest(folder, output, 1, reporter, **options)
    runner.repair(output, 1, reporter, **options)
    runner.extract(output, 1, reporter, ner, **options)
    return reporter.counts


def processed(counts: dict[str, dict[str, int]]) -> dict[str, int]:
    return {stage: c["processed"] for stage, c in counts.items()}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "wejscie"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    return folder


def stage_files(output: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((output / "stages").glob("*.jsonl"))}


def test_unchanged_corpus_is_served_from_the_cache(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "wynik"
    n = len(SEEDS)
    assert processed(run_stages(corpus, out)) == {"ingest": n, "repair": n, "extract": n}
    first = stage_files(out)
    counts = run_stages(corpus, out)
    assert processed(counts) == {"ingest": 0, "repair": 0, "extract": 0}
    assert all(c["cached"] == n for c in counts.values())
    assert stage_files(out) == first  # the same bytes, re-written from the cache


def test_changing_one_document_redoes_only_that_document(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "wynik"
    run_stages(corpus, out)
    changed = corpus / SEEDS[1].name
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nKlaster Nowy w Kielcach.\n", encoding="utf-8"
    )
    assert processed(run_stages(corpus, out)) == {"ingest": 1, "repair": 1, "extract": 1}
    # a new file is one more document; a removed one is dropped from the cache
    (corpus / "nowy.txt").write_text(
        "Klaster Drzewny w Białymstoku zrzesza 40 firm.\n", encoding="utf-8"
    )
    (corpus / SEEDS[0].name).unlink()
    assert processed(run_stages(corpus, out)) == {"ingest": 1, "repair": 1, "extract": 1}
    assert len(list((out / "stages" / "cache" / "ingest").glob("*.json"))) == len(SEEDS)


def test_a_new_code_version_invalidates_its_stage_and_the_ones_after(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "wynik"
    n = len(SEEDS)
    run_stages(corpus, out)
    real = cache_module.code_version
    monkeypatch.setattr(
        cache_module,
        "code_version",
        lambda stage: real(stage) + ("-changed" if stage == "repair" else ""),
    )
    # repair's code changed: its results are redone; they equal the old ones, so extract's
    # inputs are unchanged and extract is still served from the cache
    assert processed(run_stages(corpus, out)) == {"ingest": 0, "repair": n, "extract": 0}
    monkeypatch.setattr(cache_module, "code_version", lambda stage: real(stage) + "-v3")
    assert processed(run_stages(corpus, out)) == {"ingest": n, "repair": n, "extract": n}


def test_code_version_follows_the_stage_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "pipeline"
    (package / "ingest").mkdir(parents=True)
    (package / "repair").mkdir()
    (package / "ingest" / "pdf.py").write_text("A = 1\n")
    (package / "repair" / "fix.py").write_text("B = 1\n")
    monkeypatch.setattr(cache_module, "PACKAGE", package)
    monkeypatch.setattr(
        cache_module, "STAGE_SOURCES", {"ingest": ("ingest",), "repair": ("repair",)}
    )
    version = cache_module.code_version.__wrapped__
    before = version("ingest"), version("repair")
    (package / "ingest" / "pdf.py").write_text("A = 2\n")
    after = version("ingest"), version("repair")
    assert after[0] != before[0] and after[1] == before[1]


def test_options_invalidate_what_they_affect(corpus: Path, tmp_path: Path) -> None:
    """A different --ner redoes extract only; --no-cache redoes everything."""
    spacy = pytest.importorskip("spacy")
    model = tmp_path / "ner-mini"
    nlp = spacy.blank("pl")
    nlp.add_pipe("ner").add_label("ORG")
    nlp.initialize()
    nlp.to_disk(model)
    out = tmp_path / "wynik"
    n = len(SEEDS)
    run_stages(corpus, out, ner="none")
    assert processed(run_stages(corpus, out, ner=str(model))) == {
        "ingest": 0,
        "repair": 0,
        "extract": n,
    }
    assert processed(run_stages(corpus, out, ner=str(model))) == {
        "ingest": 0,
        "repair": 0,
        "extract": 0,
    }
    assert processed(run_stages(corpus, out, ner=str(model), use_cache=False)) == {
        "ingest": n,
        "repair": n,
        "extract": n,
    }


def test_a_damaged_cache_entry_is_only_a_miss(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "wynik"
    run_stages(corpus, out)
    entry = sorted((out / "stages" / "cache" / "repair").glob("*.json"))[0]
    entry.write_text("{not json", encoding="utf-8")
    assert processed(run_stages(corpus, out)) == {"ingest": 0, "repair": 1, "extract": 0}


def test_normalise_and_write_are_skipped_only_when_nothing_they_read_changed(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "wynik"
    corrections = tmp_path / "poprawki.jsonl"
    run_stages(corpus, out)
    runner.normalise(out, corrections)
    runner.write(out)
    assert runner.final_outputs_current(out, corrections) is None  # nothing recorded yet
    runner.record_final_outputs(out, corrections, [])
    current = runner.final_outputs_current(out, corrections)
    assert current is not None
    mentions, clusters, unmatched = current
    assert mentions and clusters and unmatched == []
    # a reviewer's correction, an edited output or a changed stage file: do them again
    corrections.write_text("\n", encoding="utf-8")
    assert runner.final_outputs_current(out, corrections) is None
    runner.record_final_outputs(out, corrections, [])
    (out / "clusters.csv").write_text("edited by hand\n", encoding="utf-8")
    assert runner.final_outputs_current(out, corrections) is None
    runner.write(out)
    runner.record_final_outputs(out, corrections, [])
    changed = corpus / SEEDS[2].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nKlaster Nowy.\n", encoding="utf-8")
    run_stages(corpus, out)
    assert runner.final_outputs_current(out, corrections) is None


def test_the_default_model_path_is_the_ner_package_s() -> None:
    pytest.importorskip("spacy")
    from pipeline.ner import MODEL_DIR

    assert runner.DEFAULT_NER_MODEL == MODEL_DIR
