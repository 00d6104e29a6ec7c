"""Bad input never stops a run and never loses data.

CATALOGUE is the table of bad inputs: case name → how the file is made → the status and
error code `documents.jsonl` must show. Each case is one test on `ingest_file`; one more
test puts every case in a folder next to the good seed documents, runs the pipeline, and
checks that the seeds' mentions are exactly those of a clean run.

Unreadable files: `chmod 000` does not stop root from reading, so when the tests run as
root that case simulates the refusal (the read raises PermissionError, as it would for
any other user); otherwise it uses a real chmod 000 file.
"""

from __future__ import annotations

import os
import random
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from pdf_factory import (
    clean,
    encrypted_pdf,
    nested_bomb_pdf,
    page_bomb_pdf,
    scanned_pdf,
    zero_page_pdf,
)

import pipeline.ingest as ingest_module
from pipeline import runner
from pipeline.bench.corpus import find_font
from pipeline.ingest import ingest_file
from pipeline.ingest import pdf as pdf_reader
from pipeline.schemas import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "raw").glob("*.txt"))
POLISH = "Zażółć gęślą jaźń. Klaster Lotniczy w Rzeszowie zrzesza 120 firm.\n"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
TEST_MAX_PAGES = 40  # the page cap during these tests (the bomb declares 5000 pages)


def _write(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    """A maker writing `data` (made only when the case runs) under `name`."""

    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data() if callable(data) else data)
        return path

    return make


def _junk(n: int, seed: int = 8) -> bytes:
    return random.Random(seed).randbytes(n)


def _docx(folder: Path, name: str, table: bool) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Klaster Meblarski w Swarzędzu zrzesza 40 firm.")
    if table:
        grid = document.add_table(rows=2, cols=2)
        for r, row in enumerate([("Klaster", "Członkowie"), ("Klaster Meblarski", "40")]):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    path = folder / name
    document.save(str(path))
    return path


def _broken_docx(folder: Path) -> Path:
    path = folder / "zepsuty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", b"\x00\x01 not xml at all")
    return path


def _truncated_pdf(folder: Path) -> Path:
    data = clean(pages=2)
    path = folder / "obciety.pdf"
    path.write_bytes(data[: len(data) // 3])
    return path


def _symlink_outside(folder: Path) -> Path:
    outside = folder.parent / "poza-wejsciem.txt"
    outside.write_text(POLISH, encoding="utf-8")
    link = folder / "link-na-zewnatrz.txt"
    link.symlink_to(outside)
    return link


def _dangling(folder: Path) -> Path:
    link = folder / "wiszacy-link.txt"
    link.symlink_to(folder / "nie-ma-takiego.txt")
    return link


def _directory(folder: Path) -> Path:
    path = folder / "x.pdf"
    path.mkdir()
    (path / "inside.bin").write_bytes(b"\x00")
    return path


def _unreadable(folder: Path) -> Path:
    path = folder / "zablokowany.txt"
    path.write_text(POLISH, encoding="utf-8")
    path.chmod(0)
    return path


def _huge_line(folder: Path) -> Path:
    path = folder / "jedna-linia.txt"
    chunk = ("klaster " * 1024).encode()
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(chunk)):
            handle.write(chunk)
    return path


def _mixed_encodings() -> bytes:
    return "Linia w UTF-8: Łódź, źródło.\n".encode() + "Linia w cp1250: Gdańsk, żółw.\n".encode(
        "cp1250"
    )


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]
    status: str
    code: str | None
    text: str | None = None  # a piece of text the document must contain
    font: bool = False  # the file is drawn with the Polish TrueType font


CATALOGUE: list[Case] = [
    Case("empty txt", _write("pusty.txt", b""), "failed", "E002"),
    Case("empty pdf", _write("pusty.pdf", b""), "failed", "E002"),
    Case("whitespace only", _write("spacje.txt", b"  \n\t\n  \n"), "failed", "E002"),
    Case("zero-page pdf", _write("zero-stron.pdf", zero_page_pdf), "failed", "E004"),
    Case("truncated pdf", _truncated_pdf, "failed", "E004", font=True),
    Case(
        "encrypted pdf",
        _write("haslo.pdf", lambda: encrypted_pdf(clean(1), "tajne")),
        "failed",
        "E005",
        font=True,
    ),
    Case(
        "encrypted pdf, empty password",
        _write("puste-haslo.pdf", lambda: encrypted_pdf(clean(1), "")),
        "ok",
        None,
        "Klaster Lotniczy",
        font=True,
    ),
    Case(
        "pdf bomb: 5000 pages", _write("bomba.pdf", lambda: page_bomb_pdf(5000)), "failed", "E007"
    ),
    Case(
        "pdf bomb: nesting 50 000 deep",
        _write("zagniezdzony.pdf", lambda: nested_bomb_pdf(50_000)),
        "ok",
        None,
        "Klaster",
    ),
    Case("scanned pdf", _write("skan.pdf", scanned_pdf), "failed", "E006"),
    Case(
        "pdf, one scanned page",
        _write("pol-skan.pdf", lambda: scanned_pdf(with_text_page=True)),
        "partial",
        "E006",
        "Klaster Lotniczy",
        font=True,
    ),
    Case("junk named .pdf", _write("smieci.pdf", _junk(4000)), "failed", "E004"),
    Case("junk named .txt", _write("smieci.txt", _junk(4000)), "failed", "E003"),
    Case(
        "pdf named .txt",
        _write("raport-pdf.txt", lambda: clean(1)),
        "ok",
        None,
        "Klaster Lotniczy",
        font=True,
    ),
    Case(
        "invalid UTF-8",
        _write("zly-utf8.txt", POLISH.encode() + b"\x81\x98 koniec\n"),
        "partial",
        "E010",
        "Zażółć gęślą jaźń",
    ),
    Case(
        "cp1250 text",
        _write("cp1250.txt", POLISH.encode("cp1250")),
        "ok",
        None,
        "Zażółć gęślą jaźń",
    ),
    Case(
        "mixed encodings",
        _write("mieszane.txt", _mixed_encodings()),
        "partial",
        "E010",
        "Gdańsk, żółw",
    ),
    Case("50 MB single line", _huge_line, "failed", "E007"),
    Case(
        "name with spaces, Polish letters, shell characters",
        _write("raport łódzki $(rm -rf ~); `ls` & 'x' \"y\" |z|.txt", POLISH.encode()),
        "ok",
        None,
        "Klaster Lotniczy",
    ),
    Case("symlink outside the input folder", _symlink_outside, "failed", "E008"),
    Case("dangling symlink", _dangling, "failed", "E009"),
    Case("unreadable file", _unreadable, "failed", "E003"),
    Case("directory named like a file", _directory, "failed", "E009"),
    Case(
        "unsupported extension", _write("tabela.xlsx", b"PK\x03\x04 spreadsheet"), "failed", "E001"
    ),
    Case("no extension", _write("README", POLISH.encode()), "failed", "E001"),
    Case(
        "HTML with only scripts",
        _write("skrypty.html", b"<html><script>var a=1;</script><style>p{}</style></html>"),
        "failed",
        "E002",
    ),
    Case("broken DOCX (zip junk)", _broken_docx, "failed", "E012"),
    Case("DOCX that is no zip", _write("nie-zip.docx", _junk(2000, seed=3)), "failed", "E012"),
    Case(
        "DOCX with a table",
        lambda f: _docx(f, "tabela.docx", table=True),
        "ok",
        None,
        "Klaster Meblarski | 40",
    ),
    Case(
        "UTF-16 with BOM",
        _write("utf16.txt", POLISH.encode("utf-16")),
        "ok",
        None,
        "Zażółć gęślą jaźń",
    ),
    Case(
        "UTF-16 without BOM",
        _write("utf16le.txt", POLISH.encode("utf-16-le")),
        "ok",
        None,
        "Zażółć gęślą jaźń",
    ),
    Case("UTF-8 BOM", _write("bom.txt", b"\xef\xbb\xbf" + POLISH.encode()), "ok", None, "Zażółć"),
    Case(
        "CRLF line ends",
        _write("crlf.txt", POLISH.replace("\n", "\r\n").encode() * 3),
        "ok",
        None,
        "120 firm.\nZażółć",
    ),
    Case(
        "NUL bytes in text",
        _write("nul.txt", POLISH.encode().replace(b" ", b" \x00", 2)),
        "partial",
        "E010",
        "Zażółć gęślą jaźń",
    ),
]


@pytest.fixture(autouse=True)
def _small_page_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    """A low page cap, so the page bomb is cut after a few pages rather than a thousand."""
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", TEST_MAX_PAGES)


@pytest.fixture
def simulate_unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    """As root chmod 000 stops nothing: make reading a mode-000 file fail as it would."""
    if not AS_ROOT:
        return
    real = ingest_module._read_bytes

    def read(path: Path) -> bytes:
        if path.stat().st_mode & 0o777 == 0:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(ingest_module, "_read_bytes", read)


def test_catalogue_is_large_enough() -> None:
    assert len(CATALOGUE) >= 25
    assert len({c.name for c in CATALOGUE}) == len(CATALOGUE)


@pytest.mark.parametrize("case", CATALOGUE, ids=[c.name for c in CATALOGUE])
def test_bad_input(case: Case, tmp_path: Path, simulate_unreadable: None) -> None:
    if case.font and find_font() is None:
        pytest.skip("no DejaVuSans.ttf to draw Polish text (install fonts-dejavu-core)")
    folder = tmp_path / "wejscie"
    folder.mkdir()
    path = case.make(folder)
    doc = ingest_file(path, folder)
    Document.model_validate_json(doc.model_dump_json())  # what documents.jsonl will hold
    assert doc.status == case.status, doc.reason
    assert doc.name == path.name
    if case.code is None:
        assert doc.reason is None
    else:
        assert doc.reason and doc.reason.startswith(f"[{case.code}]"), doc.reason
        assert case.code in {p.code for p in doc.problems}
    if case.text is not None:
        assert case.text in "\n".join(p.text for p in doc.pages)
    if doc.status != "failed":
        assert all("\x00" not in p.text and "\r" not in p.text for p in doc.pages)
        assert not any(p.text.startswith("\ufeff") for p in doc.pages)


def _mentions_by_doc(output: Path) -> dict[str, list[dict]]:
    import json

    out: dict[str, list[dict]] = {}
    for line in (output / "stages" / "mentions.jsonl").read_text(encoding="utf-8").splitlines():
        mention = json.loads(line)
        mention.pop("cluster_id", None)
        out.setdefault(mention["doc"], []).append(mention)
    return out


def _run(folder: Path, output: Path) -> list[Document]:
    reporter = runner.Reporter(quiet=True)
    documents = runner.ingest(folder, output, 1, reporter, timeout=None, use_cache=False)
    runner.repair(output, 1, reporter, timeout=None, use_cache=False)
    runner.extract(output, 1, reporter, "none", timeout=None, use_cache=False)
    return documents


@pytest.mark.slow
def test_bad_inputs_do_not_change_the_seeds_results(
    tmp_path: Path, simulate_unreadable: None
) -> None:
    clean_in, mixed_in = tmp_path / "czyste", tmp_path / "mieszane"
    clean_in.mkdir()
    mixed_in.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, clean_in / seed.name)
        shutil.copy(seed, mixed_in / seed.name)
    cases = [
        case
        for case in CATALOGUE
        if case.name != "50 MB single line"  # tested alone
        and (find_font() is not None or not case.font)
    ]
    made = [case.make(mixed_in) for case in cases]
    _run(clean_in, tmp_path / "out-clean")
    documents = _run(mixed_in, tmp_path / "out-mixed")

    by_name = {d.name: d for d in documents}
    assert set(by_name) == {p.name for p in made} | {s.name for s in SEEDS}
    for case, path in zip(cases, made, strict=True):
        assert by_name[path.name].status == case.status, case.name
    for seed in SEEDS:
        assert by_name[seed.name].status == "ok"
    expected = _mentions_by_doc(tmp_path / "out-clean")
    got = _mentions_by_doc(tmp_path / "out-mixed")
    assert expected, "the seeds yield mentions"
    for seed in SEEDS:
        assert got.get(seed.name) == expected.get(seed.name), seed.name
