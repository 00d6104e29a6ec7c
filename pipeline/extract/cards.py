"""Record cards: a cluster described as a block of "Label: value" lines.

Catalogues, fact sheets and survey annexes describe each cluster in a block such as
"Nazwa: … / Koordynator: … / Adres: ul. …, 81-451 Gdynia / Liczba podmiotów: 34 / Strona
www: …". A card starts at a name label and runs until the next name label, a ruled line, or
a blank line followed by text that is neither labelled nor a list item. The label says what
a value is, so values are read by their labels, not by the cues of running text. The same
labels are read inside list items and paragraphs (`labelled_fields`) and run together in
one line ("forma prawna: …; koordynator: …", `inline_fields`), and addresses give their
town by the postal code. Written by hand: the labels and address conventions are Polish
report practice that no layout library knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.extract.text import DocText, Line

UP = "A-ZĄĆĘŁŃÓŚŹŻ"
# A label may follow a bullet ("▪ biuro klastra: Gorlice, …") or a form's item number
# ("2. Adres siedziby: …").
LABEL_BULLET = r"(?:[•●▪■◦▸►✓][ \t]+|\d{1,2}[a-z]?[.)][ \t]+)?"
# A colon, dot leaders as in printed forms ("Siedziba ........ Zambrów"), the gap between
# the columns of a two-column form ("Siedziba          Olkusz, ul. Kolejowa 14"), or the
# one rule of a two-column table read from a PDF or DOCX ("Koordynator | Fundacja X").
LABEL_SEPARATOR = (
    r"(?:[ \t]*(?::[ \t]*|(?P<dots>\.{3,}|…)[ \t.…]*|\|[ \t]*(?=[^|\n]*$))|(?P<gap>[ \t]{3,}))"
)
# "Liczba członków (stan na 31.12.2023 r.)": what a label's brackets add does not change it,
# nor does a form's mark of a required field ("Pełna nazwa klastra*")
LABEL_NOTE = r"(?:[ \t]*\*)?(?:[ \t]*\([^()\n]{1,50}\))?(?:[ \t]*\*)?"
TOC_PAGE = re.compile(r"\d{1,3}")
LABEL_LINE = re.compile(
    r"^[ \t]*"
    + LABEL_BULLET
    + r"(?P<label>["
    + UP
    + r"][^\W\d_]*\.?(?:[ \t]+[\w./()\-–]+){0,6}?)"
    + LABEL_NOTE
    + LABEL_SEPARATOR
    + r"(?P<value>.*?)[ \t]*$"
)
# Inside a list item or a section labels may be lower case ("   koordynator: …").
ANY_CASE_LABEL_LINE = re.compile(
    r"^[ \t]*"
    + LABEL_BULLET
    + r"(?P<label>[^\W\d_]+\.?(?:[ \t]+[\w./()\-]+){0,4}?)"
    + LABEL_NOTE
    + LABEL_SEPARATOR
    + r"(?P<value>.*?)[ \t]*$"
)
# Kinds in the order they are tried: the first that matches a label wins.
LABEL_KINDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "name",
        re.compile(
            r"(?:pełna\s+)?nazwa(?:\s+(?:klastra|inicjatywy(?:\s+klastrowej)?|klastrowa))?"
            r"|klaster|inicjatywa\s+klastrowa",
            re.IGNORECASE,
        ),
    ),
    (
        "website",
        re.compile(
            r"(?:strona|adres)\s+(?:www|internetowa)(?:\s+klastra)?|"
            r"adres\s+strony(?:\s+internetowej)?|"
            r"strona|www|witryna|web(?:site|\s+page)?",
            re.IGNORECASE,
        ),
    ),
    (
        "coordinator",
        re.compile(
            r"(?:podmiot\s+zgłaszający\s+[–-]\s+)?koordynator(?:\s+klastra)?|"
            r"podmiot\s+koordynujący|lider(?:\s+klastra)?|animator|"
            r"(?:cluster\s+)?coordinator|lead\s+partner",
            re.IGNORECASE,
        ),
    ),
    (
        "members",
        re.compile(
            r"liczba\s+(?:członków|podmiotów|firm|przedsiębiorstw|uczestników|partnerów)"
            r"(?:\s+\w+)?|członkowie(?:\s+\(liczba\))?|sygnatariusze|uczestnicy|"
            r"(?:number\s+of\s+)?members",
            re.IGNORECASE,
        ),
    ),
    (
        "town",
        re.compile(
            r"adres(?:\s+(?:biura|siedziby))?(?:\s+klastra)?|biuro(?:\s+klastra)?|"
            r"siedziba(?:\s+(?:biura|klastra|stowarzyszenia|inicjatywy|spółki))*|"
            r"lokalizacja|miejscowość|seat|(?:cluster\s+)?office|headquarters",
            re.IGNORECASE,
        ),
    ),
    (
        "founded",
        re.compile(
            r"(?:rok|data)\s+(?:założenia|powstania|utworzenia|zawiązania)|początek\s+działalności|"
            r"data\s+(?:zawarcia|podpisania)\s+(?:porozumienia|umowy)|"
            r"(?:year\s+)?(?:founded|established)",
            re.IGNORECASE,
        ),
    ),
    (
        "legal",
        re.compile(
            r"forma(?:\s+(?:prawna|organizacyjna|organizacyjno-prawna|działalności|współpracy))?"
            r"(?:\s+klastra)?(?:\s+i\s+rok)?|"
            r"status\s+prawny|podstawa\s+(?:prawna|działania|funkcjonowania|współpracy)|"
            r"legal\s+(?:form|status)",
            re.IGNORECASE,
        ),
    ),
    ("voivodeship", re.compile(r"województwo|voivodeship|province", re.IGNORECASE)),
    (
        "alias",
        re.compile(r"nazwa\s+skrócona|skrót(?:\s+nazwy)?|akronim|short\s+name|acronym", re.I),
    ),
    (
        "goals",
        re.compile(
            r"(?:główne\s+|strategiczne\s+)?cel(?:e|e\s+\w+)?|zadania|goals|aims|objectives", re.I
        ),
    ),
]
RULE_LINE = re.compile(r"^[ \t]*[─━═_=*~\-–—]{8,}[ \t]*$")
EMPTY_VALUE = re.compile(r"(?i)brak(?:\s+danych)?|b\.\s?d\.|n/?d|[–—-]+|nie\s+dotyczy")


@dataclass
class CardField:
    kind: str
    start: int
    end: int
    value: str
    label: str = ""


@dataclass
class Card:
    """One cluster's card: its span, its name field, and every labelled value.
    `cluster_label`: the name's label itself says it is a cluster's ("Nazwa klastra")."""

    start: int
    end: int
    name: CardField
    fields: list[CardField] = field(default_factory=list)
    cluster_label: bool = False


def label_kind(label: str) -> str | None:
    """The field a label names; a form's item number ("7a. ") aside, and of a label that
    names a field twice ("Forma prawna / forma współpracy klastra"), the first part."""
    label = re.sub("^" + LABEL_BULLET, "", label.strip())
    label = re.sub(r"\s+", " ", re.sub(LABEL_NOTE + "$", "", label).rstrip("."))
    for part in (label, *label.split(" / ")[:1]):
        for kind, pattern in LABEL_KINDS:
            if pattern.fullmatch(part):
                return kind
    return None


def _labelled(line: Line, any_case: bool = False) -> tuple[str, re.Match[str]] | None:
    match = (ANY_CASE_LABEL_LINE if any_case else LABEL_LINE).match(line.text)
    if not match:
        return None
    kind = label_kind(match.group("label"))
    if match.group("dots") and kind != "members" and TOC_PAGE.fullmatch(match.group("value")):
        return None  # "Cele klastra ........ 12": a table of contents, 12 is a page
    return (kind, match) if kind else None


def _field(line: Line, kind: str, match: re.Match[str], more: list[Line]) -> CardField:
    """A value with the unlabelled lines that continue it (a value wrapped over lines)."""
    start = line.start + match.start("value")
    end = line.start + match.end("value")
    parts = [match.group("value")]
    for extra in more:
        parts.append(extra.stripped)
        end = extra.end
    if not CHECKBOX.search(parts[0]):
        # "Siedziba: Kraków      Status ważny do: …": a wide gap starts another column
        parts[0] = re.split(r"\s{3,}", parts[0])[0]
    return CardField(kind, start, end, checked_options(join_wrapped(parts)), match.group("label"))


CHECKBOX = re.compile(r"[☐☒☑]")
CHECKED = re.compile(r"[☒☑]\s*([^☐☒☑]*)")
OTHER_OPTION = re.compile(r"(?i)inn[aey]\s*(?:\([^()]*\))?\s*:\s*")


def checked_options(value: str) -> str:
    """What a form's ticked boxes say: "☒ porozumienie ☐ stowarzyszenie" is "porozumienie",
    "☒ inna (jaka?): umowa konsorcjum" is "umowa konsorcjum"; no ticked box, nothing."""
    if not CHECKBOX.search(value):
        return value
    chosen = [OTHER_OPTION.sub("", m.group(1)).strip(" ;,…") for m in CHECKED.finditer(value)]
    return "; ".join(c for c in chosen if c)


def join_wrapped(parts: list[str]) -> str:
    """A value wrapped over lines, joined: a word hyphenated at a line end is made whole."""
    return re.sub(r"-\s+(?=[a-ząćęłńóśźż])", "", " ".join(p for p in parts if p)).strip()


def find_cards(doc: DocText) -> list[Card]:
    """Cards with a name label and at least two other known labels."""
    cards: list[Card] = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        found = _labelled(lines[i])
        if not found or found[0] != "name":
            i += 1
            continue
        card_fields: list[CardField] = []
        j = i
        end = lines[i].end
        # "Pole | Opis" over a two-column table: repeated where the table goes on after a
        # page break, it does not end the card
        titles = lines[i - 1].stripped if i > 0 and "|" in lines[i - 1].text else None
        while j < len(lines):
            line = lines[j]
            if j > i and (RULE_LINE.match(line.text) or starts_card(line)):
                break
            if line.blank:
                following = next((ln for ln in lines[j + 1 :] if not ln.blank), None)
                if following is not None and titles and following.stripped == titles:
                    j = following.index + 1
                    continue
                if following is not None and _part_heading(lines, following.index):
                    j = following.index + 1  # "CZĘŚĆ II. FORMA I ZARZĄDZANIE": the form goes on
                    continue
                if following is None or not (_labelled(following) or following.bullet):
                    break
                j += 1
                continue
            question = _ticked_answer(lines, j)
            if question is not None:
                card_fields.append(question[0])
                end = lines[question[1] - 1].end
                j = question[1]
                continue
            labelled = _labelled(line)
            if labelled:
                kind, match = labelled
                more = []
                k = j + 1
                while (
                    k < len(lines)
                    and not lines[k].blank
                    and not lines[k].bullet
                    and not LABEL_LINE.match(lines[k].text)
                    and not RULE_LINE.match(lines[k].text)
                    and kind != "goals"
                ):
                    more.append(lines[k])
                    k += 1
                if kind == "goals" and match.group("value").strip():
                    # "Cele        • a," / "            • b": a value column's list goes on
                    # in lines indented to the column, marks included
                    column = match.start("value")
                    while (
                        k < len(lines)
                        and not lines[k].blank
                        and len(lines[k].text) - len(lines[k].text.lstrip()) >= column - 2
                        and not LABEL_LINE.match(lines[k].text)
                    ):
                        more.append(lines[k])
                        k += 1
                card_fields.append(_field(line, kind, match, more))
                end = (more[-1] if more else line).end
                j = k
                continue
            end = line.end  # a list item under a label ("Cele:"), or an unknown label
            j += 1
        name = card_fields[0]
        others = {f.kind for f in card_fields[1:]}
        if name.value and len(others) >= 2:
            label = LABEL_LINE.match(lines[i].text)
            cluster_label = bool(label and re.search(r"(?i)klast|inicjatyw", label.group("label")))
            cards.append(Card(lines[i].start, end, name, card_fields[1:], cluster_label))
        i = max(j, i + 1)
    return cards


PART_HEADING = re.compile(
    r"(?:CZĘŚĆ|Część|SEKCJA|Sekcja|[IVX]{1,4}\.)\s*[\w.]*\s+[" + UP + r"\s\-–,]{3,60}"
)
QUESTION = re.compile(
    r"^[ \t]*" + LABEL_BULLET + r"(?P<label>[" + UP + r"][^\n|:]{2,80}?)" + LABEL_NOTE + r"[ \t]*$"
)


def _part_heading(lines: list[Line], index: int) -> bool:
    """A form's part heading ("CZĘŚĆ II. FORMA I ZARZĄDZANIE") with labelled lines under it."""
    if not PART_HEADING.fullmatch(lines[index].stripped):
        return False
    after = next((ln for ln in lines[index + 1 :] if not ln.blank), None)
    return after is not None and (
        _labelled(after) is not None or _ticked_answer(lines, after.index) is not None
    )


def _ticked_answer(lines: list[Line], index: int) -> tuple[CardField, int] | None:
    """A form's question with its answers ticked in boxes on the lines below ("7. Forma
    organizacyjno-prawna klastra*" over "☒ porozumienie …" / "☐ stowarzyszenie"): the
    field, and the index of the line after the boxes."""
    question = QUESTION.match(lines[index].text)
    if not question or index + 1 >= len(lines):
        return None
    kind = label_kind(question.group("label"))
    k = index + 1
    while k < len(lines) and CHECKBOX.match(lines[k].stripped):
        k += 1
    if kind is None or k == index + 1:
        return None
    first, last = lines[index + 1], lines[k - 1]
    value = checked_options(" ".join(ln.stripped for ln in lines[index + 1 : k]))
    return CardField(kind, first.start, last.end, value, question.group("label")), k


def labelled_fields(doc: DocText, start: int, end: int) -> list[CardField]:
    """The labelled lines inside a list item or section ("koordynator: …", "Forma: …"),
    each value with the unlabelled lines that continue it."""
    found = []
    lines = doc.lines_in(start, end)
    k = 0
    while k < len(lines):
        labelled = _labelled(lines[k], any_case=True)
        if not labelled or labelled[0] == "name":
            k += 1
            continue
        last = k  # "… · members:\naround 40 · legal form: …": the fields wrap over lines
        while last + 1 < len(lines) and _inline_wraps(lines[last]):
            last += 1
        several = inline_fields(doc, lines[k].start, lines[last].end)
        marks = re.search(r"[·•]", lines[k].text[labelled[1].end("label") :])
        if len(several) > 1 or (several and marks):
            # "Siedziba: Gołdap. Forma prawna: stowarzyszenie. Rok …: 2019."; "• koordynator:
            # Gmina X • porozumienie z 2019 r. •": the value ends at the next mark
            found.extend(several)
            k = last + 1
            continue
        kind, match = labelled
        more = []
        j = k + 1
        while j < len(lines) and _continues_value((more[-1] if more else lines[k]), lines[j]):
            more.append(lines[j])
            j += 1
        found.append(_field(lines[k], kind, match, more))
        k = j
    return found


INLINE_LABEL = re.compile(
    r"(?:^|(?<=;)|(?<=[·•])|(?<=\.\s))[ \t\n]*(?P<label>[^\W\d_][^\W\d_ ]*(?:[ \t]+[^\W\d_]+){0,3})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t\n]*"
)


# A line of inline fields that breaks off after a field's label, or after a separator.
INLINE_WRAP = re.compile(r"(?:^|[·;]|\.\s)[ \t]*(?P<label>[^\W\d_][^·;:\n]{0,40}):[ \t]*$|·[ \t]*$")


def _inline_wraps(line: Line) -> bool:
    m = INLINE_WRAP.search(line.text)
    return bool(m) and (m.group("label") is None or label_kind(m.group("label")) is not None)


def inline_fields(doc: DocText, start: int, end: int) -> list[CardField]:
    """ "…; forma prawna: fundacja; rok utworzenia: 2021; cele: a; b; c." — labelled
    values run together in one paragraph, as in a directory's dense entries. A goals value
    takes the items after it up to the end of the sentence."""
    text = doc.text[start:end]
    found = []
    labels = [(m, label_kind(m.group("label"))) for m in INLINE_LABEL.finditer(text)]
    labels = [(m, kind) for m, kind in labels if kind and kind != "name"]
    for k, (m, kind) in enumerate(labels):
        stop = labels[k + 1][0].start() if k + 1 < len(labels) else len(text)
        if kind == "goals":
            period = re.search(r"\.(?:\s*$|\s*\n\s*\n)", text[m.end() : stop])
            value_end = m.end() + (period.start() if period else stop - m.end())
        else:
            ends = [text.find(mark, m.end(), stop) for mark in ";·•"]  # "· members: 34 ·"
            value_end = min((i for i in ends if i >= 0), default=stop)
            sentences = list(re.finditer(r"\.\s+(?=[" + UP + r"])", text[m.end() : value_end]))
            if sentences and k + 1 < len(labels) and labels[k + 1][0].start() <= value_end + 2:
                # "Siedziba: Szymany (gm. Szczytno). Forma prawna: …": up to the last period
                value_end = m.end() + sentences[-1].start()
        raw = text[m.end() : value_end]
        value = re.sub(r"-\s*\n\s*(?=[a-ząćęłńóśźż])", "", raw)
        value = re.sub(r"\s+", " ", value).strip(" ;")
        if not re.search(r"(?:\bS\.A|\bo\.o|\b[Ss]p\.\s*[jk])\.$", value):
            value = value.rstrip(" .")  # the sentence's period, not "sp. z o.o."
        found.append(CardField(kind, start + m.end(), start + value_end, value))
    return found


def _continues_value(last: Line, line: Line) -> bool:
    """A value wraps onto the next line when that line goes on in lower case or the value
    breaks off mid-phrase; "W skład klastra wchodzą …" after it is a new sentence."""
    if line.blank or line.bullet or ANY_CASE_LABEL_LINE.match(line.text):
        return False
    if RULE_LINE.match(line.text) or re.search(r"[.;:]\s*$", last.text):
        return False
    return line.stripped[:1].islower() or bool(
        re.search(r"(?:[,\-–(]|\b(?:i|oraz|w|z|ze|na|do|dla|przy|ul\.))\s*$", last.text)
    )


def is_label_line(line: Line) -> bool:
    """ "Koordynator: …", "rok utworzenia: …": a line that opens with a known label."""
    return _labelled(line, any_case=True) is not None


def starts_card(line: Line) -> bool:
    """ "Nazwa: …" opens the next card: never the rest of the list item before it."""
    found = _labelled(line)
    return bool(found and found[0] == "name")


def present(value: str) -> bool:
    """Whether a card value says something ("brak", "–" and "b.d." say nothing)."""
    return bool(value) and not EMPTY_VALUE.fullmatch(value.strip())


POSTAL_CODE = re.compile(r"\b\d{2}-\d{3}[ \t]+(?=[" + UP + r"])")
PLACE_WORD = re.compile(r"[\w\-.]+")


def postal_town(text: str, is_place: Callable[[str], bool]) -> tuple[int, int, str] | None:
    """The town after a postal code ("59-220 Legnica tel. …", "89-100 Nakło nad Notecią"):
    the longest run of up to four words after the code that is a place."""
    for code in POSTAL_CODE.finditer(text):
        words = list(PLACE_WORD.finditer(text, code.end(), min(len(text), code.end() + 60)))
        words = [w for w in words if not text[code.end() : w.start()].count("\n")][:4]
        for n in range(len(words), 0, -1):
            start, end = words[0].start(), words[n - 1].end()
            # "27-100 Iłża1": a footnote's number glued to the town is not part of it
            place = re.sub(r"(?<=[^\W\d_]{3})\d{1,2}$", "", text[start:end].rstrip(".,;"))
            if not re.search(r"[,;(\n]", text[start:end]) and is_place(place):
                return start, start + len(place), place
    return None


SEAT_IN = re.compile(r"\bw\s+(?P<place>[" + UP + r"][\w\-]+(?:[ \t]+[" + UP + r"][\w\-]+)?)\s*$")


# "Zambrów, Podlaskie Voivodeship", "Gniezno, woj. wielkopolskie": the region after the town
REGION_PART = re.compile(r"(?i)\b(?:voivodeship|province|województw\w*|woj\.|poland|polska)(?!\w)")


def town_of_address(value: str, is_place: Callable[[str], bool]) -> tuple[int, int, str] | None:
    """The town of an address: after the postal code; else "Urząd Gminy w X"; else the
    last comma-separated part (brackets aside)."""
    value = re.sub(r"\([^()]*\)?", lambda m: " " * len(m.group()), value)
    # "Łódź. Klaster zrzesza …" ends at the sentence; "ul. Długa" does not
    value = re.split(r"(?<=[a-ząćęłńóśźż]{3})\.\s+(?=[" + UP + r"])", value)[0]
    postal = postal_town(value, is_place)
    if postal:
        return postal
    seat = SEAT_IN.search(value.rstrip(" .,;"))
    if seat:
        return seat.start("place"), seat.end("place"), seat.group("place")
    parts = [p for p in re.finditer(r"[^,;]+", value) if p.group().strip()]
    for part in reversed(parts):
        text = re.sub(r"\s+\d+[\w/]*$", "", part.group().strip())  # "Olszanka 8": a village
        if re.match(r"(?i)(?:ul|al|pl|os)\.|\d", text) or not text or REGION_PART.search(text):
            continue
        offset = part.start() + part.group().index(text)
        return offset, offset + len(text), text
    return None
