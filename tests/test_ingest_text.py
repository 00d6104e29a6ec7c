"""Plain text in UTF-8, cp1250 or ISO-8859-2, or lines of both UTF-8 and a Polish code page:
each case file line gives the lines, the encoding each is written in, and the encoding the
file must be read as; every line must come back exactly."""

from __future__ import annotations

import pytest
from conftest import CASES, read_jsonl

from pipeline.ingest.formats import decode_polish

CASES_FILE = CASES / "ingest" / "encodings.jsonl"


@pytest.mark.parametrize("case", read_jsonl(CASES_FILE), ids=lambda c: c["id"])
def test_each_line_is_read_in_its_encoding(case: dict) -> None:
    data = b"\r\n".join(text.encode(encoding) for text, encoding in case["lines"])
    text, encoding, clean = decode_polish(data)
    assert text.split("\r\n") == [line for line, _ in case["lines"]]
    assert encoding == case["encoding"]
    assert clean
