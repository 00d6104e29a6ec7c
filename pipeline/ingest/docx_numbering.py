"""The marks Word draws before list paragraphs ("1.", "a)", "•"), which DOCX text lacks.

Word keeps a list item's number outside its text: the paragraph (or its style, as in
"List Number") points at a numbering definition, and Word counts the items when it draws
the page. Text read with python-docx has no trace of it, so goals written as a numbered
list run together as plain paragraphs. `ListMarks` rebuilds the marks from the numbering
part so that the list reads as a list. Written by hand: python-docx exposes the XML but
does not number lists.
"""

from __future__ import annotations

from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "•"


def _val(element: Any, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return found.get(f"{W}val") if found is not None else None


class ListMarks:
    """Numbers the list paragraphs of one document in reading order."""

    def __init__(self, document: Any) -> None:
        self.formats: dict[tuple[str, str], str] = {}
        self.counters: dict[tuple[str, str], int] = {}
        self.styles: dict[str, Any] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        if numbering is not None:
            abstract_of = {
                num.get(f"{W}numId"): _val(num, f"{W}abstractNumId")
                for num in numbering.iter(f"{W}num")
            }
            by_abstract: dict[tuple[str | None, str | None], str] = {}
            for definition in numbering.iter(f"{W}abstractNum"):
                for level in definition.iter(f"{W}lvl"):
                    key = (definition.get(f"{W}abstractNumId"), level.get(f"{W}ilvl"))
                    by_abstract[key] = _val(level, f"{W}numFmt") or "bullet"
            for num_id, abstract in abstract_of.items():
                for (owner, level_id), fmt in by_abstract.items():
                    if owner == abstract and num_id and level_id:
                        self.formats[num_id, level_id] = fmt
        for style in document.styles.element.iter(f"{W}style"):
            self.styles[style.get(f"{W}styleId")] = style

    def _numbering(self, paragraph: Any) -> tuple[str, str] | None:
        """(numId, level) set on the paragraph or inherited from its style."""
        properties = paragraph.find(f"{W}pPr")
        numbered = properties.find(f"{W}numPr") if properties is not None else None
        style_id = _val(properties, f"{W}pStyle")
        level = _val(numbered, f"{W}ilvl")
        seen: set[str] = set()
        while numbered is None and style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            numbered = style.find(f"{W}pPr/{W}numPr")
            style_id = _val(style, f"{W}basedOn")
        num_id = _val(numbered, f"{W}numId")
        if not num_id or num_id == "0":  # numId 0: numbering switched off
            return None
        return num_id, level or _val(numbered, f"{W}ilvl") or "0"

    def mark(self, paragraph: Any) -> str:
        """The mark to put before a paragraph's text ("" for one not in a list)."""
        found = self._numbering(paragraph)
        if found is None:
            return ""
        num_id, level = found
        fmt = self.formats.get(found, "bullet")
        for key in [k for k in self.counters if k[0] == num_id and int(k[1]) > int(level)]:
            del self.counters[key]  # a deeper level starts again under each item
        count = self.counters.get(found, 0) + 1
        self.counters[found] = count
        indent = "  " * int(level)
        if fmt == "bullet":
            return f"{indent}{BULLET} "
        if fmt in ("lowerLetter", "upperLetter") and count <= 26:
            letter = chr(ord("a") + count - 1)
            return f"{indent}{letter.upper() if fmt == 'upperLetter' else letter}) "
        return f"{indent}{count}. "
