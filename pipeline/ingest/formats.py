"""One reader per file format: bytes → pages of text.

Plain text may come in UTF-8, cp1250 or ISO-8859-2 (Polish offices use all three);
charset detectors confuse the two single-byte Polish code pages, so the choice is made by
counting which decoding yields Polish letters rather than symbols.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.errors import Code, problem
from pipeline.schemas import Problem

POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# Characters that are Polish letters in one code page but symbols in the other.
SUSPICIOUS = set("±¶¼¥¦¬\x8c\x8f\x9c\x9f") | {chr(c) for c in range(0x80, 0xA0)}


class ReadError(Exception):
    def __init__(self, code: Code, **details: object) -> None:
        super().__init__(code.value)
        self.code = code
        self.details = details


@dataclass
class ReadResult:
    pages: list[str]
    encoding: str | None = None
    problems: list[Problem] = field(default_factory=list)


def _score(text: str) -> int:
    return sum(ch in POLISH for ch in text) - 3 * sum(ch in SUSPICIOUS for ch in text)


def decode_polish(data: bytes) -> tuple[str, str, bool]:
    """(text, encoding, clean): UTF-8 if valid, else the better Polish single-byte page.

    A file that mixes encodings is decoded line by line. `clean` is False when bytes had
    to be replaced.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", True
    except UnicodeDecodeError:
        pass
    candidates = [(_score(data.decode(enc, errors="replace")), enc) for enc in ("cp1250", "iso-8859-2")]
    best = max(candidates)[1]
    lines = data.split(b"\n")
    utf8_lines = 0
    out: list[str] = []
    for line in lines:
        try:
            decoded = line.decode("utf-8")
            if any(b > 0x7F for b in line):
                utf8_lines += 1
            out.append(decoded)
        except UnicodeDecodeError:
            out.append(max((line.decode(enc, errors="replace") for enc in ("cp1250", "iso-8859-2")), key=_score))
    text = "\n".join(out)
    encoding = f"mixed(utf-8+{best})" if utf8_lines else best
    return text, encoding, "\ufffd" not in text


def read_text(data: bytes) -> ReadResult:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        nul_share = data[:4096].count(b"\x00") / min(len(data), 4096)
        if nul_share > 0.1:
            raise ReadError(Code.E003_UNREADABLE, detail="binary content, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding, clean = data.decode("utf-16"), "utf-16", True
    else:
        text, encoding, clean = decode_polish(data)
    problems = [] if clean else [problem(Code.E010_DECODING, detail=f"invalid bytes for {encoding}")]
    pages = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    return ReadResult(pages=pages, encoding=encoding, problems=problems)


_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "ul", "ol", "table", "header", "footer", "blockquote", "pre", "dd", "dt"}


def read_html(data: bytes) -> ReadResult:
    from bs4 import BeautifulSoup

    text, encoding, _ = decode_polish(data)
    soup = BeautifulSoup(text, "lxml")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    for tag in soup.find_all(_BLOCK):
        if tag.name == "li":
            tag.insert_before("\n- ")
        else:
            tag.insert_before("\n")
        tag.insert_after("\n")
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in soup.get_text().split("\n")]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return ReadResult(pages=[body], encoding=encoding)


def read_docx(data: bytes) -> ReadResult:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ReadError(Code.E012_DOCX_BROKEN, detail=type(exc).__name__) from exc
    parts: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append("".join(node.text or "" for node in block.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    cells = ["".join(t.text or "" for t in c.iter() if t.tag.endswith("}t"))
                             for c in row if c.tag.endswith("}tc")]
                    parts.append(" | ".join(c.strip() for c in cells))
    return ReadResult(pages=["\n".join(parts)], encoding="utf-8")


def read_pdf(data: bytes) -> ReadResult:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except PDFPasswordIncorrect as exc:
        raise ReadError(Code.E005_PDF_ENCRYPTED) from exc
    except Exception as exc:
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name:
            raise ReadError(Code.E005_PDF_ENCRYPTED) from exc
        raise ReadError(Code.E004_PDF_BROKEN, detail=f"{name}: {str(exc)[:120]}") from exc
    if not pages:
        raise ReadError(Code.E004_PDF_BROKEN, detail="the PDF has no pages")
    return ReadResult(pages=pages, encoding=None)


READERS: dict[str, Callable[[bytes], ReadResult]] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}
