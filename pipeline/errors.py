"""Stable error codes.

Every problem klastry reports carries a code that never changes meaning (like spaCy's
`E###`), so scripts can match on it and the README can explain it. A code's message says
what happened and what to do. Documents never raise out of a stage: their problems are
recorded as `Problem` records with these codes and the run goes on.
"""

from __future__ import annotations

from enum import Enum

from pipeline.schemas import Problem


class Code(str, Enum):
    # ingest
    E001_UNSUPPORTED_FORMAT = "E001"
    E002_EMPTY_FILE = "E002"
    E003_UNREADABLE = "E003"
    E004_PDF_BROKEN = "E004"
    E005_PDF_ENCRYPTED = "E005"
    E006_NO_TEXT_LAYER = "E006"
    E007_TOO_LARGE = "E007"
    E008_OUTSIDE_INPUT = "E008"
    E009_NOT_A_FILE = "E009"
    E010_DECODING = "E010"
    E011_TIMEOUT = "E011"
    E012_DOCX_BROKEN = "E012"
    E013_DAMAGED_TEXT_LAYER = "E013"
    # stages
    E101_STAGE_INPUT_MISSING = "E101"
    E102_STAGE_FAILED = "E102"
    # models and data
    E201_NER_MODEL_MISSING = "E201"
    E202_NER_MODEL_NO_NER = "E202"
    E203_PLACE_INDEX_MISSING = "E203"
    # evaluation and review
    E301_GOLD_INVALID = "E301"
    E302_CORRECTION_UNMATCHED = "E302"
    E303_CORRECTIONS_INVALID = "E303"


MESSAGES: dict[Code, str] = {
    Code.E001_UNSUPPORTED_FORMAT: (
        "Unsupported file type {suffix!r}. Convert it to PDF, TXT, HTML or DOCX, or remove it "
        "from the input folder."
    ),
    Code.E002_EMPTY_FILE: "The file is empty. Check that it was copied completely.",
    Code.E003_UNREADABLE: (
        "The file cannot be read as a document ({detail}). Check that it is the file you meant "
        "and that it is readable."
    ),
    Code.E004_PDF_BROKEN: (
        "The PDF cannot be parsed ({detail}). Re-export or repair it (e.g. `qpdf --repair`)."
    ),
    Code.E005_PDF_ENCRYPTED: (
        "The PDF is encrypted with a password. Decrypt it (e.g. `qpdf --decrypt`) and re-run."
    ),
    Code.E006_NO_TEXT_LAYER: (
        "Page {page} has no text layer (a scan?). Run OCR on it (e.g. `ocrmypdf -l pol`) and "
        "re-run."
    ),
    Code.E007_TOO_LARGE: "The file is too large ({detail}); split it and re-run.",
    Code.E008_OUTSIDE_INPUT: (
        "The path is a link pointing outside the input folder and was refused. Copy the file "
        "into the input folder instead."
    ),
    Code.E009_NOT_A_FILE: "The path is not a regular file ({detail}); remove it from the input.",
    Code.E010_DECODING: (
        "The text could not be decoded cleanly ({detail}); what could not be read as Polish "
        "text was replaced or decoded line by line. Save the file as UTF-8 for a clean result."
    ),
    Code.E011_TIMEOUT: (
        "Processing took longer than {seconds} s and was stopped. Raise --timeout or split "
        "the document."
    ),
    Code.E012_DOCX_BROKEN: (
        "The DOCX cannot be opened ({detail}). Re-save it from a word processor."
    ),
    Code.E013_DAMAGED_TEXT_LAYER: (
        "Page {page}'s text layer is damaged (quality {quality:.2f}); the repair stage restores "
        "what it can, so review its extractions."
    ),
    Code.E101_STAGE_INPUT_MISSING: (
        "{path} is missing: run the earlier stage first (`klastry {previous}`) or `klastry run`."
    ),
    Code.E102_STAGE_FAILED: "The {stage} stage failed on this document ({detail}).",
    Code.E201_NER_MODEL_MISSING: (
        "NER model {name!r} cannot be loaded ({detail}). Pass --ner PATH to a spaCy pipeline, "
        "run `make train-ner`, or use --ner none for rules only."
    ),
    Code.E202_NER_MODEL_NO_NER: (
        "The spaCy pipeline {name!r} has no 'ner' component. Pass a pipeline that has one, or "
        "--ner none."
    ),
    Code.E203_PLACE_INDEX_MISSING: (
        "The place index is missing ({detail}). Rebuild it with `make places`."
    ),
    Code.E301_GOLD_INVALID: "Gold file line {line} is invalid ({detail}); fix that line.",
    Code.E302_CORRECTION_UNMATCHED: (
        "Correction for {target} matches no mention of this run; it is kept and reported. "
        "Check the document name and the mention's name."
    ),
    Code.E303_CORRECTIONS_INVALID: "Corrections file line {line} is invalid ({detail}).",
}


def message(code: Code, **details: object) -> str:
    return f"[{code.value}] " + MESSAGES[code].format(**details)


def problem(code: Code, page: int | None = None, **details: object) -> Problem:
    return Problem(code=code.value, message=message(code, page=page, **details), page=page)


class KlastryError(Exception):
    """Raised for errors that stop a command (bad usage, missing model), never for a document."""

    def __init__(self, code: Code, **details: object) -> None:
        self.code = code
        self.details = details
        super().__init__(message(code, **details))
