"""One reader per file format: bytes → pages of text.

Plain text may come in UTF-8, cp1250 or ISO-8859-2 (Polish offices use all three);
charset detectors confuse the two single-byte Polish code pages, so the choice is made by
counting which decoding yields Polish letters rather than symbols.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from pipeline.errors import Code, problem
from pipeline.ingest.docx_numbering import ListMarks
from pipeline.ingest.layout import text_reading_order
from pipeline.ingest.pdf import read_pdf
from pipeline.ingest.result import ReadError, ReadResult

POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# Characters that are Polish letters in one code page but symbols in the other.
_C1 = re.compile("[\x80-\x9f]")
SUSPICIOUS = set("±¶¼¥¦¬\x8c\x8f\x9c\x9f") | {chr(c) for c in range(0x80, 0xA0)}


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
    candidates = [
        (_score(data.decode(enc, errors="replace")), enc) for enc in ("cp1250", "iso-8859-2")
    ]
    best = max(candidates)[1]
    lines = data.split(b"\n")
    utf8_lines = 0
    out: list[str] = []
    for line in lines:
        if line.isascii():
            out.append(line.decode("ascii"))
            continue
        single_byte = max(
            (line.decode(enc, errors="replace") for enc in ("cp1250", "iso-8859-2")), key=_score
        )
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError:
            out.append(single_byte)
            continue
        # cp1250 capitals can be valid UTF-8 by chance ("WSPÓŁPRACA": Ó Ł = U+04E3): a line
        # is UTF-8 only where that reading has at least as many Polish letters
        if _score(decoded) >= _score(single_byte):
            utf8_lines += 1
            out.append(decoded)
        else:
            out.append(single_byte)
    # C1 control characters are never text: they are bytes no Polish code page defines.
    text = _C1.sub("\ufffd", "\n".join(out))
    encoding = f"mixed(utf-8+{best})" if utf8_lines else best
    return text, encoding, "\ufffd" not in text


MAX_TEXT_BYTES = 20 * 1024 * 1024  # a report is never this long; a log or a dump is
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def looks_binary(data: bytes) -> bool:
    """True for bytes that are no text in any encoding (images, archives, random junk)."""
    head = data[:8192]
    if _utf16_order(head):
        return False
    return len(_CONTROL.findall(head)) > 0.05 * len(head)


def _utf16_order(head: bytes) -> str | None:
    """'utf-16' for a BOM, 'utf-16-le'/'-be' for BOM-less text with NUL every other byte."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def read_text(data: bytes) -> ReadResult:
    """Plain text in any encoding Polish files come in; form feeds separate pages."""
    if len(data) > MAX_TEXT_BYTES:
        raise ReadError(Code.E007_TOO_LARGE, detail=f"{len(data)} bytes of text > {MAX_TEXT_BYTES}")
    if looks_binary(data):
        raise ReadError(Code.E003_UNREADABLE, detail="binary content, not text")
    problems = []
    order = _utf16_order(data[:8192])
    if order:
        text = data.decode(order, errors="replace").lstrip("\ufeff")
        encoding, clean = order, "\ufffd" not in text
    else:
        nuls = data.count(b"\x00")
        if nuls:
            data = data.replace(b"\x00", b"")
            problems.append(problem(Code.E010_DECODING, detail=f"{nuls} NUL byte(s) removed"))
        text, encoding, clean = decode_polish(data)
    if not clean:
        problems.append(problem(Code.E010_DECODING, detail=f"invalid bytes for {encoding}"))
    elif encoding.startswith("mixed"):
        detail = f"lines in {encoding}, decoded line by line"
        problems.append(problem(Code.E010_DECODING, detail=detail))
    pages = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    if looks_markdown(text):
        pages = [markdown_text(page) for page in pages]
    elif looks_subtitles(text):
        pages = [subtitle_text(page) for page in pages]
    pages = [text_reading_order(page) for page in pages]
    return ReadResult(pages=pages, encoding=encoding, problems=problems)


_CUE_TIMING = re.compile(
    r"^\d{1,2}:\d{2}:\d{2}[,.]\d{3}[ \t]+-->[ \t]+\d{1,2}:\d{2}:\d{2}[,.]\d{3}", re.MULTILINE
)
_CUE_TAG = re.compile(r"</?[ibu]>|\{\\[^}]*\}")
_SOUND = re.compile(r"\[[^\]]*\]|\([^)]*\)|♪.*")
_SPEAKER = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ\-]+(?: [A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ\-]+)*[,:]")
# "ANNA NOWAK, prezes Fundacji „X”:" — a speaker's whole label, which ends with a colon
_SPEAKER_LABEL = re.compile(_SPEAKER.pattern + r".*:")


def looks_subtitles(text: str) -> bool:
    """Subtitles (SRT) of a film or a recorded talk: numbered cues with their timings."""
    return len(_CUE_TIMING.findall(text)) >= 3


def subtitle_text(page: str) -> str:
    """What subtitles say, as running text (the `srt` library reads the cues): a sentence
    split over cues is one sentence again, cue numbers and timings go, sound captions
    ("[muzyka]") end a paragraph, and so does a change of speaker ("ANNA NOWAK, prezes:")
    or between narration in italics and speech."""
    import srt

    try:
        cues = list(srt.parse(page))
    except srt.SRTParseError:
        return page
    paragraphs: list[str] = []
    current: list[str] = []  # the first item may be a speaker's label, on its own line
    italic: bool | None = None

    def flush() -> None:
        if current:
            label = current.pop(0) if _SPEAKER_LABEL.fullmatch(current[0]) else None
            paragraphs.append("\n".join(p for p in (label, " ".join(current)) if p))
            current.clear()

    for cue in cues:
        cue_italic = cue.content.lstrip().startswith("<i>")
        if italic is not None and cue_italic != italic:
            flush()
        italic = cue_italic
        for line in _CUE_TAG.sub("", cue.content).splitlines():
            line = " ".join(line.split())
            if not line:
                continue
            if _SOUND.fullmatch(line):
                flush()
                continue
            if _SPEAKER.match(line):
                flush()
            current.append(line)
    flush()
    return "\n\n".join(paragraphs)


_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_MD_MARKUP = re.compile(r"\*\*[^*\n]+\*\*|`[^`\n]+`|\[[^\]\n]+\]\([^)\s]+\)")


def looks_markdown(text: str) -> bool:
    """Markdown (a data portal's README, a wiki export): headings marked with "#" and
    inline markup ("**Siedziba:**", "`pole`", "[tekst](adres)")."""
    return len(_MD_HEADING.findall(text)) >= 2 and len(_MD_MARKUP.findall(text)) >= 3


def markdown_text(page: str) -> str:
    """What a Markdown page says, read like HTML (markdown-it renders it): no "**" around
    labels, links as their text (and address), tables as rows of cells."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(page)
    return read_html(html.encode("utf-8")).pages[0]


_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "ul",
    "ol",
    "table",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dd",
    "dt",
}


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _footnote_marks(soup: Any) -> None:
    """<sup>3</sup> after a name or a number is a footnote's mark: written as "³" and kept
    on its word ("Klaster X³", "27³"), as a PDF's text layer has it, not as a loose "3"."""
    from bs4 import NavigableString

    for sup in soup.find_all("sup"):
        mark = sup.get_text().strip()
        if not re.fullmatch(r"\d{1,3}", mark):
            continue
        before = sup.previous_sibling
        if isinstance(before, NavigableString) and str(before)[-1:].strip():
            before.replace_with(str(before) + mark.translate(SUPERSCRIPT))
            sup.decompose()
        else:
            sup.replace_with(mark.translate(SUPERSCRIPT))


def read_html(data: bytes) -> ReadResult:
    """Visible text of a page: scripts and styles dropped, blocks on their own lines."""
    from bs4 import BeautifulSoup

    if len(data) > MAX_TEXT_BYTES:
        raise ReadError(Code.E007_TOO_LARGE, detail=f"{len(data)} bytes of HTML > {MAX_TEXT_BYTES}")

    text, encoding, _ = decode_polish(data)
    soup = BeautifulSoup(text, "lxml")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    # A link's address is part of what a page says (a cluster's website is often only a
    # link), and a table row is one line of cells, as pdfplumber gives a PDF table.
    for link in soup.find_all("a", href=True):
        href = link["href"].strip()
        bare = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", href).rstrip("/").lower()
        if re.match(r"(?i)(?:https?://|www\.)", href) and bare not in link.get_text().lower():
            link.append(f" ({href})")  # an address the link's text does not show
    _footnote_marks(soup)
    for row in soup.find_all("tr"):
        cells = [c.get_text(" ", strip=True) for c in row.find_all(["td", "th"])]
        row.replace_with("\n" + " | ".join(cells) + "\n")
    # a definition list (<dt>Koordynator</dt><dd>Fundacja X</dd>) is a card's labelled
    # lines: "Koordynator: Fundacja X"
    for term in soup.find_all("dt"):
        value = term.find_next_sibling()
        if value is not None and value.name == "dd":
            label = term.get_text(" ", strip=True).rstrip(":")
            if value.find(["ul", "ol", "li", "p", "div"]):  # "Cele:" over a list
                term.replace_with(f"\n{label}:\n")
                continue
            value.replace_with(f"\n{label}: {value.get_text(' ', strip=True)}\n")
            term.decompose()
    for tag in soup.find_all(_BLOCK):
        if tag.name == "li":
            tag.insert_before("\n- ")
        else:
            tag.insert_before("\n")
        tag.insert_after("\n")
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in soup.get_text().split("\n")]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return ReadResult(pages=[body], encoding=encoding)


def _run_text(node: Any) -> str:
    """A paragraph's text node, line break ("Rozdział II" / "Cele…") or tab, as text."""
    tag = node.tag.rsplit("}", 1)[-1]
    if tag == "t":
        return node.text or ""
    if tag in ("br", "cr"):
        return "\n"
    return " " if tag == "tab" else ""


def _cell_text(cell: Any) -> str:
    """A table cell's paragraphs on one line: "ogółem: 26" over "w tym: …" must not run
    together, and paragraphs that are items ("wspólna marka" over "szkoła zdobników") stay
    apart, so a paragraph ends with "; " unless it ends in punctuation or the next one is
    a bracket ("Klaster X" over "(KX)")."""
    paragraphs = []
    for p in cell.iter():
        if p.tag.endswith("}p"):
            text = " ".join("".join(_run_text(node) for node in p.iter()).split())
            if text:
                paragraphs.append(text)
    out = ""
    for text in paragraphs:
        if out:
            out += " " if out[-1] in ",;:–-(" or text[0] in "(" else "; "
        out += text
    return out


def read_docx(data: bytes) -> ReadResult:
    """Paragraphs and tables (one row per line, cells joined with " | ") in body order; list
    paragraphs get the number or bullet Word draws before them."""
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ReadError(Code.E012_DOCX_BROKEN, detail=type(exc).__name__) from exc
    parts: list[str] = []
    marks = ListMarks(document)
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(_run_text(node) for node in block.iter())
            parts.append(marks.mark(block) + text if text.strip() else text)
        elif tag == "tbl":
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    cells = [_cell_text(c) for c in row if c.tag.endswith("}tc")]
                    parts.append(" | ".join(cells))
    return ReadResult(pages=["\n".join(parts)], encoding="utf-8")


READERS: dict[str, Callable[[bytes], ReadResult]] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}


def sniff(data: bytes) -> Callable[[bytes], ReadResult] | None:
    """The reader the content itself calls for, whatever the file's extension says."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return read_pdf
    return None


__all__ = ["READERS", "ReadError", "ReadResult", "decode_polish", "read_pdf", "sniff"]
