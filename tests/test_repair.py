"""Tests for the repair stage: case files per failure mode, the damaged seed 004 against a
hand-corrected copy, document-level learning, and properties of the recorded steps."""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.offsets import apply_steps
from pipeline.repair import fix_and_explain, fix_text, format_explanation, repair_document
from pipeline.repair.lexicon import get_lexicon
from pipeline.repair.linebreak_l import looks_damaged
from pipeline.schemas import Document, Page

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases" / "repair"
WORDS = re.compile(r"[^\W_]+|[^\w\s]")


@pytest.fixture(scope="session", autouse=True)
def lexicon():
    """Load the lexicon (and its indexes) once for the whole session."""
    lex = get_lexicon()
    lex.by_strip("")
    return lex


def _cases() -> list[dict]:
    lines = (CASES / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: f"{c['mode']}: {c['note']}")
def test_case(case: dict) -> None:
    fixed, steps = fix_and_explain(case["input"])
    assert fixed == case["expected"], format_explanation(steps)
    assert apply_steps(case["input"], steps) == fixed


def test_every_failure_mode_has_cases() -> None:
    modes = {c["mode"] for c in _cases()}
    assert {"fffd", "l_newline", "cid", "mojibake", "stripped", "layout", "clean"} <= modes


def word_accuracy(expected: str, got: str) -> tuple[float, list[tuple[str, str]]]:
    """Share of expected words (and punctuation) found in place, and the differences."""
    a, b = WORDS.findall(expected), WORDS.findall(got)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    right = sum(i2 - i1 for tag, i1, i2, _, _ in matcher.get_opcodes() if tag == "equal")
    wrong = [
        (" ".join(a[i1:i2]), " ".join(b[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
    return right / len(a), wrong


def test_seed_004_reads_as_polish() -> None:
    raw = next((ROOT / "raw").glob("004_*.txt")).read_text(encoding="utf-8")
    expected = (CASES / "004_corrected.txt").read_text(encoding="utf-8")
    accuracy, wrong = word_accuracy(expected, fix_text(raw))
    assert accuracy >= 0.98, f"{accuracy:.1%} of words right; still wrong: {wrong}"
    assert "\ufffd" not in fix_text(raw)


def test_seed_004_steps_map_back() -> None:
    raw = next((ROOT / "raw").glob("004_*.txt")).read_text(encoding="utf-8")
    fixed, steps = fix_and_explain(raw)
    assert apply_steps(raw, steps) == fixed
    assert all(a.end <= b.start for a, b in pairwise(steps))
    assert {"fffd", "l_newline"} <= {r for s in steps for r in s.rule.split("+")}


@pytest.mark.parametrize("seed", ["000", "002", "003"])
def test_clean_seeds_keep_their_words(seed: str) -> None:
    raw = next((ROOT / "raw").glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    accuracy, wrong = word_accuracy(raw, fix_text(raw))
    assert accuracy == 1.0, wrong


def test_repair_document_learns_across_pages() -> None:
    header = "Raport o klastrach 2020 – strona {n}"
    body = [
        "Klaster zrzesza przedsi(cid:7)biorstwa z bran(cid:9)y drzewnej.",
        "Wsp(cid:11)(cid:3)praca mi(cid:7)dzy firmami przynosi korzy(cid:5)ci.",
        "Cz(cid:3)onkowie klastra wsp(cid:11)lnie organizuj(cid:4) szkolenia.",
        "Klaster dzia(cid:3)a od 2010 roku i rozwija si(cid:7) dynamicznie.",
    ]
    pages = [Page(number=i + 1, text=header.format(n=i + 1) + "\n" + t) for i, t in enumerate(body)]
    doc = Document(id="x", name="x.pdf", path="x.pdf", format="pdf", pages=pages)
    repaired = repair_document(doc)
    texts = [p.text for p in repaired.pages]
    assert texts[0] == "Klaster zrzesza przedsiębiorstwa z branży drzewnej."
    assert texts[1] == "Współpraca między firmami przynosi korzyści."
    assert repaired.stats["header"] == 4
    assert repaired.stats["cid"] >= 4
    for page in repaired.pages:
        assert apply_steps(page.original, page.steps) == page.text


def test_format_explanation_names_rules() -> None:
    _, steps = fix_and_explain("Korzy \ufffd ci dla firm")
    text = format_explanation(steps)
    assert "fffd" in text and "Korzyści" in text


# -- properties ----------------------------------------------------------------------------

DAMAGE = st.sampled_from(
    ["\ufffd", "\ufffd ", "\n", " ", "(cid:7)", "ê", "³", "¿", "Ä™", "-\n", "ﬁ", "\uf0b7", "."]
)
POLISH = st.sampled_from(
    [
        "klaster",
        "firmy",
        "współpraca",
        "przedsiębiorstw",
        "województwa",
        "śląskiego",
        "które",
        "członków",
        "się",
        "że",
        "ze",
        "sąd",
        "rozwój",
        "innowacji",
        "Łódź",
        "Kraków",
        "uczelnie",
        "działania",
        "wspólne",
        "źródła",
        "środki",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(POLISH, DAMAGE), min_size=1, max_size=30))
def test_steps_reproduce_the_repair(parts: list[str]) -> None:
    text = " ".join(parts)
    fixed, steps = fix_and_explain(text)
    assert apply_steps(text, steps) == fixed
    assert all(text[s.start : s.end] == s.before for s in steps)
    assert all(a.end <= b.start for a, b in pairwise(steps))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(POLISH, min_size=1, max_size=40), st.sampled_from([" ", ", ", ". "]))
def test_clean_polish_comes_back_unchanged(words: list[str], sep: str) -> None:
    text = sep.join(words) + "."
    fixed, steps = fix_and_explain(text)
    assert fixed == text, format_explanation(steps)
    assert steps == []


def test_stripped_diacritics_are_judged_for_the_whole_document() -> None:
    short = [
        "Klaster zrzesza 34 czlonkow.",
        "Wspolpraca miedzy firmami trwa.",
        "Siedziba jest w Lodzi.",
        "Czlonkowie placa skladki.",
        "Wiecej informacji na stronie.",
    ]
    assert [fix_text(t) for t in short[:1]] == short[:1]  # one page alone is too short
    doc = Document(
        id="s",
        name="s.txt",
        path="s.txt",
        format="txt",
        pages=[Page(number=i + 1, text=t) for i, t in enumerate(short)],
    )
    texts = [p.text for p in repair_document(doc).pages]
    assert texts[0] == "Klaster zrzesza 34 członków."
    assert texts[1] == "Współpraca między firmami trwa."


def test_edge_inputs() -> None:
    for text in ["", "\n", " ", "\ufffd", "(cid:3)", "-\n", "ł"]:
        fixed, steps = fix_and_explain(text)
        assert apply_steps(text, steps) == fixed


def test_garbage_is_fast_and_safe() -> None:
    import time

    garbage = ("\ufffd" * 40 + " x\ufffd\ufffd\ufffd y \n(cid:1)(cid:2) ³¹¿ ") * 200
    start = time.process_time()
    fixed, steps = fix_and_explain(garbage)
    assert time.process_time() - start < 5
    assert apply_steps(garbage, steps) == fixed


@pytest.mark.parametrize(
    "case",
    [json.loads(line) for line in (CASES / "l_damage.jsonl").read_text().splitlines()],
    ids=lambda c: c["note"][:40],
)
def test_l_as_newline_detection(case: dict) -> None:
    assert looks_damaged(case["text"]) is case["damaged"]
