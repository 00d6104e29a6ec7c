"""HTML reading: a definition list is a card's labelled lines, and a link's address is kept
only where its text does not already show it."""

from __future__ import annotations

from pipeline.ingest.formats import read_html


def _text(html: str) -> str:
    return read_html(html.encode("utf-8")).pages[0]


def test_definition_lists_become_labelled_lines() -> None:
    html = (
        "<h3>Klaster Mleczarski Podlasia</h3><dl><dt>Koordynator</dt><dd>Fundacja X</dd>"
        "<dt>Liczba członków:</dt><dd>33</dd></dl>"
    )
    assert [line for line in _text(html).splitlines() if line] == [
        "Klaster Mleczarski Podlasia",
        "Koordynator: Fundacja X",
        "Liczba członków: 33",
    ]


def test_a_link_shows_its_address_once() -> None:
    html = (
        '<p><a href="https://www.mleko-klaster.pl/">www.mleko-klaster.pl</a> oraz '
        '<a href="https://www.x.pl/o-nas">o nas</a></p>'
    )
    assert _text(html) == "www.mleko-klaster.pl oraz o nas (https://www.x.pl/o-nas)"


def test_a_definition_over_a_list_keeps_its_items() -> None:
    html = (
        "<dl><dt>Cele</dt><dd><ul><li>wspólne zakupy</li><li>promocja regionu</li></ul></dd></dl>"
    )
    assert [line for line in _text(html).splitlines() if line] == [
        "Cele:",
        "- wspólne zakupy",
        "- promocja regionu",
    ]


def test_a_footnote_mark_stays_on_its_word() -> None:
    html = (
        "<table><tr><td>Klaster Serowarski Podhala<sup>1</sup></td><td>27<sup>2</sup></td></tr>"
        '<tr><td><a href="https://ser.example.pl">Klaster Oscypka</a><sup>3</sup></td>'
        "<td>H<sub>2</sub>O i CO<sup>x</sup></td></tr></table>"
    )
    assert [line for line in _text(html).splitlines() if line] == [
        "Klaster Serowarski Podhala¹ | 27²",
        "Klaster Oscypka (https://ser.example.pl) ³ | H 2 O i CO x",
    ]
