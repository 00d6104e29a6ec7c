"""Layout cues: list items (with wrapped lines), "Ad. N" sections, headings, goal blocks.

Text taken out of PDFs keeps a list's shape only as bullets, numbers and line breaks, and
wraps items over lines (sometimes with blank lines between). These rules rebuild items and
sections from those cues; extraction then reads names and facts per item or section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.cards import RULE_LINE, label_kind, starts_card
from pipeline.extract.names import URL, is_name_like, is_specific_name, parse_item
from pipeline.extract.text import CAPTION_LABEL, CELL_GAP, HEADING_NUMBER, DocText, Line
from pipeline.morph import only_verb, pos_tags

AD_SECTION = re.compile(r"^\s*Ad\s*\.?\s*(\d{1,2})\b\.?\s*$", re.IGNORECASE)
# "Poz. 1 – Golubsko-Dobrzyński Klaster Energii (GDKE). Porozumienie …": a paragraph that
# opens with a numbered marker and the cluster's name, then runs on about it
INLINE_SECTION = re.compile(r"^\s*(?:Poz\.|Pozycja|Ad\.?)\s*(\d{1,2})\.?\s*[–—:-]\s+(?=\S)")
# the name ends at its sentence's end (not at "sp. z o.o." or an abbreviation in brackets)
INLINE_TITLE_END = re.compile(r"(?<!\b[a-z])(?<!\bsp)(?<!\bo)\.(?=\s+[\w„\"(])|$")
CLUSTER_WORD = re.compile(r"klast|cluster|inicjatyw", re.IGNORECASE)
LIST_INTRO = re.compile(
    r"(następując\w*|są to|wyróżni\w*|należą|lista|wykaz|działają|funkcjonują|tworzą|"
    r"klastropodob\w*|zrzeszon\w*)",
    re.IGNORECASE,
)
PLURAL_CLUSTERS = re.compile(
    r"klastr(?:y|ów|ami|om|ach)\b|klastrow(?:e|ych)\b|klastropodobn\w*|clusters?\b|"
    r"inicjatyw(?:y|ami)?\s+klastrow\w*",
    re.IGNORECASE,
)
PARTIES = re.compile(r"\b(?:pomiędzy|między|stronami|sygnatariusz\w*|partnerami)\b", re.IGNORECASE)
GOAL_INTRO = re.compile(
    r"\b(cel|cele|celem|celów|celami|celach|zadani[ae]|zadań|misj[aią]|priorytet\w*|"
    r"działania klastra|po co działamy|co robimy|czym się zajmujemy|nasze działania|"
    r"goals?|objectives?|priorities|aims|tasks|mission|what we do)\b",
    re.IGNORECASE,
)
# Tasks of a body of the cluster or of its coordinator are not the cluster's goals.
BODY_TASKS = re.compile(
    r"koordynator|biur[ao]|zarząd|rad[ay]\b|prezes|sekretariat|lider", re.IGNORECASE
)
CLUSTER_GOALS = re.compile(
    r"\b(?:cel\w*|zadani\w*|zadań)\s+(?:klastra|stowarzyszenia|inicjatywy)\b", re.IGNORECASE
)
INLINE_GOALS = re.compile(
    r"\b(?:[Cc]el(?:e|ów|ami)|[Zz]adania|[Pp]riorytety)(?:\s+(?:statutowe|strategiczne|główne|"
    r"klastra|inicjatywy|stowarzyszenia))?\s*(?:są|to)?\s*:\s*"
    r"([a-ząćęłńóśźż][^.:;]{10,400}?(?:(?:[;,]|\s+oraz)\s+[^.:;]{3,200}?)+)\.(?=\s|$)"
)
# Goals run on in one line of a leaflet's box, after a label, up to the box's next mark
RUN_GOALS = re.compile(
    r"(?:\b(?:[Cc]ele(?:\s+(?:klastra|inicjatywy))?|[Nn]asze?\s+cel(?:e)?|[Jj]edyny\s+cel|"
    r"[Jj]eden\s+cel)\s*:|\b[Cc]o\s+robimy\?)[ \t]*(?P<goals>[^▣|\n:]{10,400}?)[ \t]*(?=[▣|]|\n|$)"
)
# "klaster stawia sobie dwa cele: A i B." — as many items as the text says
NUMBER_WORDS = {"dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5}
COUNTED_GOALS = re.compile(
    r"\b(?P<n>[Dd]wa|[Tt]rzy|[Cc]ztery|[Pp]ięć)\s+(?:(?:główne|podstawowe|strategiczne)\s+)?"
    r"(?:cele|zadania)\s*:\s*(?P<goals>[a-ząćęłńóśźż][^.:;]{10,400}?)\.(?=\s|$)"
)
# "Cele klastra określone w porozumieniu to A, B oraz C." — the same without a colon
INLINE_GOALS_NAMED = re.compile(
    r"\b(?:[Cc]ele|[Cc]elami|[Zz]adaniami|[Pp]riorytety|[Pp]riorytetami)\s+"
    r"(?:klastra|inicjatywy|stowarzyszenia|porozumienia|powiązania)\b[^.:;]{0,60}?\s+"
    r"(?:to|są|obejmują)(?:[ \t]*:[ \t]+|\s+)"
    r"([a-ząćęłńóśźż][^.:;]{10,400}?(?:(?:[;,]|\s+oraz)\s+[^.:;]{3,200}?)+)\.(?=\s|$)"
)
INLINE_ITEM = re.compile(r"(?:^|[;,]\s*|\s)(?:\(?[a-z]\)|\(?\d{1,2}\))\s+")
CONTINUES = re.compile(r"(?:[–—\-,]|\b(?:i|oraz|w|z|ze|na|do|dla|o|a|od|przez|ich|jego))\s*$")


@dataclass
class Item:
    """One list item, its wrapped lines joined."""

    lines: list[Line]
    list_index: int

    @property
    def start(self) -> int:
        return self.lines[0].content_start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def text(self) -> str:
        parts = [self.lines[0].text[self.lines[0].content_start - self.lines[0].start :].strip()]
        parts += [line.stripped for line in self.lines[1:]]
        if CELL_GAP.search(parts[0]):
            # a numbered row of a space-aligned table ("4.   Stowarzyszenie Klaster X
            # Prezes Zarządu   opisowa"): the item is its first cell, line by line
            parts = [CELL_GAP.split(p, maxsplit=1)[0] for p in parts]
        joined = " ".join(p for p in parts if p)
        return re.sub(r"\s+", " ", joined).strip()


def heading_item(item: Item) -> str | None:
    """A numbered heading followed by prose ("1. Beskidzki Klaster …\nSiedziba: …"): the
    heading's text when it names a cluster."""
    if len(item.lines) < 2 or not re.match(r"\s*\d{1,2}[.)]", item.lines[0].text):
        return None
    first = item.lines[0].text[item.lines[0].content_start - item.lines[0].start :].strip()
    if not re.search(r"\b(?:Klaster|KLASTER|Cluster|Inicjatywa)\b", first):
        return None
    parsed = parse_item(first)
    return first if parsed.name_like and is_specific_name(parsed.name) else None


@dataclass
class ItemList:
    index: int
    intro: str
    items: list[Item] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end


def _quotes_open(text: str) -> bool:
    return text.count("„") > text.count("”") or text.count('"') % 2 == 1


def _is_heading(line: Line) -> bool:
    text = line.stripped
    short = len(text.split()) <= 8
    return (
        bool(AD_SECTION.match(text))
        or (text.isupper() and len(text) > 3)
        or (text.endswith(":") and short)
    )


def _short_title(text: str) -> bool:
    """A capitalised line of a few words without punctuation ("Wynik benchmarkingu")."""
    return text[:1].isupper() and len(text.split()) <= 4 and not re.search(r"[.,;:!?]", text)


def _bullet_kind(line: Line) -> str:
    if re.match(r"\s*\d{1,2}[.)]", line.text):
        return "number"
    if re.match(r"\s*[a-z][)]", line.text):
        return "letter"
    return "symbol"


# a line that opens with a label of its own ("Indeks dojrzałości: 3,6", "Wynik: …")
LABELLED_LINE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w\-]*(?:\s+[\w\-]+){0,3}\s*:\s+\S")


def _continues(
    item_lines: list[Line], line: Line, blank_between: bool, after: Line | None = None
) -> bool:
    previous = " ".join(x.stripped for x in item_lines)
    text = line.stripped
    numbered = bool(re.match(r"\s*\d{1,2}[.)]", item_lines[0].text))
    if numbered and not blank_between and re.match(r"[–—]\s", text):
        return True  # "3. Name (Town), www… \n– ok. 30 firm …": a dash continues the item
    if line.bullet or _is_heading(line) or RULE_LINE.match(line.text) or starts_card(line):
        return False
    if CONTINUES.search(previous) or _quotes_open(previous):
        return True
    if _bullet_kind(item_lines[0]) == "symbol":
        # after "• goal" items (a numbered cluster's item goes on with "Siedziba: …")
        if LABELLED_LINE.match(text):
            return False  # "Indeks dojrzałości: 3,6. Mocne strony: …": a new field
        if after is not None and LABELLED_LINE.match(after.stripped) and _short_title(text):
            return False  # "Wynik benchmarkingu" over "Indeks dojrzałości: 3,2": a heading
    if URL.match(text) or text[:1] in '„"“«':
        return True
    if text[:1].islower() and not blank_between:
        return True
    if text[:1].islower() and blank_between and not previous.rstrip().endswith((".", ";")):
        return True
    return not blank_between and not previous.rstrip().endswith((".", ";", ":"))


def find_lists(doc: DocText) -> list[ItemList]:
    """Runs of bulleted or numbered lines, with wrapped continuation lines attached."""
    lists: list[ItemList] = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.bullet or line.stripped.endswith(":"):
            i += 1
            continue
        current = ItemList(index=len(lists), intro=_intro(lines, i))
        j = i
        blank = False
        while j < len(lines):
            candidate = lines[j]
            if candidate.blank:
                blank = True
                j += 1
                continue
            dash_continuation = (
                current.items
                and not blank
                and _bullet_kind(current.items[0].lines[0]) == "number"
                and re.match(r"[–—]\s", candidate.stripped)
            )
            if dash_continuation:
                current.items[-1].lines.append(candidate)
            elif candidate.bullet and not candidate.stripped.endswith(":"):
                if current.items and _bullet_kind(candidate) != _bullet_kind(
                    current.items[0].lines[0]
                ):
                    break  # "- goal" items under a numbered cluster are another list
                current.items.append(Item(lines=[candidate], list_index=current.index))
            elif current.items and _continues(
                current.items[-1].lines,
                candidate,
                blank,
                lines[j + 1] if j + 1 < len(lines) else None,
            ):
                current.items[-1].lines.append(candidate)
            else:
                break
            blank = False
            j += 1
        lists.append(current)
        i = max(j, i + 1)
    return lists


def _intro(lines: list[Line], first: int) -> str:
    """Up to three non-blank lines before a list: what the list is about."""
    found: list[str] = []
    k = first - 1
    while k >= 0 and len(found) < 3:
        line = lines[k]
        if not line.blank:
            if line.bullet and not line.stripped.endswith(":"):
                break
            found.insert(0, line.stripped)
        k -= 1
    return " ".join(found)


def is_cluster_list(item_list: ItemList) -> bool:
    """A list whose items are clusters: introduced as clusters (plural), or mostly named
    like clusters. A list of an agreement's parties after "klastra" is not one."""
    texts = [item.text for item in item_list.items]
    if not texts:
        return False
    named = sum(
        1
        for item in item_list.items
        if (CLUSTER_WORD.search(item.text) and is_name_like(parse_item(item.text).name))
        or heading_item(item) is not None
    )
    if any(heading_item(item) for item in item_list.items):
        return True  # numbered sections, each headed by a cluster's name
    intro = item_list.intro[-200:]
    if GOAL_INTRO.search(intro) or PARTIES.search(intro):
        return named >= max(2, (len(texts) + 1) // 2)
    if PLURAL_CLUSTERS.search(intro) and (
        LIST_INTRO.search(intro) or intro.rstrip().endswith(":") or len(intro.split()) <= 8
    ):
        return True
    return named >= max(2, (len(texts) + 1) // 2)


@dataclass
class Section:
    """A stretch of text about one cluster: "Ad. N" blocks or a heading naming a cluster."""

    title: str
    title_start: int
    title_end: int
    start: int
    end: int
    number: int | None = None


def find_sections(doc: DocText, list_lines: set[int]) -> list[Section]:
    lines = doc.lines
    heads: list[tuple[int, int, int | None]] = []  # (title first line, title last line, number)
    for i, line in enumerate(lines):
        match = AD_SECTION.match(line.text)
        if match:
            first = _next_nonblank(lines, i + 1)
            if first is None:
                continue
            last = first
            while last + 1 < len(lines) and (
                _quotes_open(" ".join(x.stripped for x in lines[first : last + 1]))
                or CONTINUES.search(lines[last].stripped)
            ):
                nxt = _next_nonblank(lines, last + 1)
                if nxt is None or nxt - last > 2:
                    break
                last = nxt
            heads.append((first, last, int(match.group(1))))
    inline: list[Section] = []
    if not heads:
        inline = _inline_sections(doc)
        heads = _heading_titles(lines, list_lines)
        if inline:
            heads = [
                h for h in heads if not any(s.start <= lines[h[0]].start < s.end for s in inline)
            ]
    sections: list[Section] = list(inline)
    for k, (first, last, number) in enumerate(heads):
        start = lines[first].start
        end = lines[heads[k + 1][0]].start if k + 1 < len(heads) else len(doc.text)
        depth = _heading_depth(lines[first].text)
        if depth > 1:
            # "2.3 Klaster X" ends where "3. Rekomendacje" opens the next chapter
            for line in lines[last + 1 :]:
                if line.start >= end:
                    break
                if 0 < _heading_depth(line.text) < depth and CHAPTER_LINE.fullmatch(line.stripped):
                    end = line.start
                    break
        if number is not None and k + 1 < len(heads):
            # The next "Ad." line belongs to the next section.
            end = _ad_line_before(lines, heads[k + 1][0])
        title = " ".join(_heading_text(x.text) for x in lines[first : last + 1] if not x.blank)
        sections.append(
            Section(
                title=re.sub(r"\s+", " ", title).strip(),
                title_start=lines[first].content_start,
                title_end=lines[last].end,
                start=start,
                end=end,
                number=number,
            )
        )
    return sections


# a chapter's title line: "3. Recommendations", "4. Reprezentacja interesów członków"
CHAPTER_LINE = re.compile(r"\d{1,2}\.(?:\d{1,2}\.?)*\s+[A-ZĄĆĘŁŃÓŚŹŻ][^.!?:;()]{2,80}")


DOT_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}")


def _heading_depth(text: str) -> int:
    """How many levels a heading's number has ("2.3" → 2, "3." → 1); 0 without one."""
    m = re.match(r"\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s", text)
    return m.group(1).count(".") + 1 if m else 0


def _inline_sections(doc: DocText) -> list[Section]:
    """Paragraphs opened by "Poz. N – Name." markers, numbered 1, 2, … (two at least), each
    running to the next marker; those whose title names a cluster."""
    found = []
    for line in doc.lines:
        m = INLINE_SECTION.match(line.text)
        if m:
            end = INLINE_TITLE_END.search(line.text, m.end())
            title_end = line.start + (end.start() if end else len(line.text))
            found.append((int(m.group(1)), line.start, line.start + m.end(), title_end))
    if len(found) < 2 or [n for n, *_ in found] != list(range(1, len(found) + 1)):
        return []
    sections = []
    for k, (number, start, title_start, title_end) in enumerate(found):
        end = found[k + 1][1] if k + 1 < len(found) else len(doc.text)
        title = re.sub(r"\s+", " ", doc.text[title_start:title_end]).strip()
        if CLUSTER_WORD.search(title):  # "Poz. 2 – Fundacja X": an entry about someone else
            sections.append(Section(title, title_start, title_end, start, end, number))
    return sections


def _ad_line_before(lines: list[Line], index: int) -> int:
    k = index - 1
    while k >= 0 and (lines[k].blank or not AD_SECTION.match(lines[k].text)):
        if not lines[k].blank and not AD_SECTION.match(lines[k].text):
            return lines[index].start
        k -= 1
    return lines[k].start if k >= 0 else lines[index].start


def _next_nonblank(lines: list[Line], start: int) -> int | None:
    for k in range(start, min(len(lines), start + 4)):
        if not lines[k].blank:
            return k
    return None


# A clause after a comma (not an address: ", ul."), or a year after a preposition: a
# sentence, not a title.
SENTENCE_LIKE = re.compile(
    r",\s+(?!(?:ul|al|pl|os|tel|nr)\.)[a-ząćęłńóśźż]|\b(?:od|w|z|do)\s+(?:19|20)\d\d\b"
)


def _heading_text(text: str) -> str:
    """A heading line without its caption label and number ("Karta 4.1.", "3.2.")."""
    return HEADING_NUMBER.sub("", CAPTION_LABEL.sub("", text)).strip()


FORMER_NAME_LINE = re.compile(
    r"(?i)(?:dawniej|wcześniej|poprzednio|dawna\s+nazwa|poprzednia\s+nazwa|formerly)\s*:"
)


def _sentence_goes_on(text: str, after: Line | None) -> bool:
    """Whether a line is the first of a wrapped sentence rather than a heading: it ends in a
    verb and the next line goes on ("… z siedzibą w Y zrzesza" / "26 firm z Kociewia")."""
    if after is None or after.blank or after.bullet or not text.split():
        return False
    first = after.stripped[:1]
    verb = bool(pos_tags(text.split()[-1]) & {"fin", "praet"})
    if first.islower() and any(only_verb(w) for w in re.findall(r"[^\W\d_]+", after.text)):
        return True  # "Walne zebranie Stowarzyszenia „X”\nz siedzibą w Y podjęło uchwałę"
    return verb and (first.islower() or first.isdigit())


def _heading_titles(lines: list[Line], list_lines: set[int]) -> list[tuple[int, int, int | None]]:
    """Stand-alone lines that are a cluster's name: profile pages, one section per cluster."""
    heads = []
    for i, line in enumerate(lines):
        text = _heading_text(line.text)
        numbered = text != line.stripped
        if not text or (i in list_lines and not numbered) or (line.bullet and not numbered):
            continue
        if text.endswith((".", ":", ",")) or CELL_GAP.search(text):
            continue  # a sentence's end, a label, or a space-aligned table's header row
        # a section number ("2.1.") makes a heading without the blank line PDF text often lacks
        # (not a contents line: "Karta 1. Klaster X ........ 4")
        section_number = bool(HEADING_NUMBER.match(line.text)) and not DOT_LEADER.search(text)
        before_blank = i == 0 or lines[i - 1].blank or section_number
        if not before_blank or len(text.split()) > 12 or not CLUSTER_WORD.search(text):
            continue
        if SENTENCE_LIKE.search(text):
            continue  # "Klaster X działa od 2016 roku, a Klaster Y": a wrapped sentence
        if FORMER_NAME_LINE.match(text):
            continue  # "dawniej: Bialski Klaster Przewoźników" under a card's heading
        if _sentence_goes_on(text, lines[i + 1] if i + 1 < len(lines) else None):
            continue  # "Stowarzyszenie „Klaster X” z siedzibą w Y zrzesza\n26 firm": wrapped
        if any(only_verb(word) for word in re.findall(r"[^\W\d_]+", text)):
            continue  # "NAD WARTĄ POWSTAŁ KLASTER ENERGII": a headline, not a name
        last = i
        while text.count("(") > text.count(")") and last + 1 < len(lines) and last < i + 2:
            # "2.2 Klaster X (Foothills Renewable" / "Energy Cluster)": the title wraps
            last += 1
            text = f"{text} {lines[last].stripped}"
        parsed = parse_item(text)
        if (
            parsed.name_like
            and re.search(r"\b(Klaster|Cluster|KLASTER|CLUSTER)\b", text)
            and is_specific_name(parsed.name)
        ):
            heads.append((i, last, None))
    return heads


@dataclass
class GoalBlock:
    start: int
    end: int
    goals: list[tuple[int, int, str]]


def _sentence_ending_at(lines: list[Line], i: int) -> str | None:
    """The short sentence that ends with line `i` (a colon), over up to two lines above."""
    parts = [lines[i].stripped]
    k = i - 1
    while k >= max(0, i - 2) and not lines[k].blank and not lines[k].bullet:
        parts.insert(0, lines[k].stripped)
        k -= 1
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])", " ".join(parts))[-1]
    return sentence if len(sentence.split()) <= 16 else None


def find_goal_blocks(doc: DocText, lists: list[ItemList]) -> list[GoalBlock]:
    """Goal lists ("CELE KLASTRA:", "Zadania klastra:") and "Celem klastra jest …"."""
    blocks: list[GoalBlock] = []
    lines = doc.lines
    list_by_first_line = {lst.items[0].lines[0].index: lst for lst in lists if lst.items}
    for i, line in enumerate(lines):
        text = line.stripped
        if text.endswith(":"):  # "… Sawa, klaster stawia sobie za cel:": the last clause
            text = re.split(r"[.,;]\s+", text)[-1]
            if not GOAL_INTRO.search(text):
                # "Klaster przyjął trzy cele, opisane w raporcie\n… na jego zlecenie:": a
                # sentence wrapped onto the intro's line
                text = _sentence_ending_at(lines, i) or text
        if not text or not GOAL_INTRO.search(text):
            continue
        numbered = bool(re.match(r"(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2})*\.?\s", text))
        heading = (
            text.endswith(":")
            or (text.isupper() and len(text.split()) <= 8)
            or (len(text.split()) <= 4 and text[:1].isupper() and not text.endswith("."))
            or (numbered and GOAL_INTRO.match(re.sub(r"^[A-Z]?[\d.]+\s+", "", text)) is not None)
        )
        # "(wg strategii przyjętej przez Radę Klastra)": a remark, not whose tasks they are
        subject = re.sub(r"\([^)]*\)", "", text)
        body = BODY_TASKS.search(subject) and not CLUSTER_GOALS.search(subject)
        if not heading or len(text.split()) > 14 or body:
            continue  # "Zadania koordynatora:"; not "koordynator wskazał cele klastra:"
        nxt = _next_nonblank(lines, i + 1)
        if nxt is None:
            continue
        if GOAL_INTRO.search(lines[nxt].stripped) and lines[nxt].stripped.endswith(":"):
            continue  # "Cele Klastra" over "Celem Klastra jest w szczególności:"
        if nxt in list_by_first_line:
            lst = list_by_first_line[nxt]
            goals = [(item.start, item.end, item.text) for item in lst.items]
            blocks.append(GoalBlock(start=line.start, end=lst.end, goals=goals))
            continue
        paragraph = [lines[nxt]]
        k = nxt + 1
        blank = False
        while k < len(lines):
            cand = lines[k]
            if cand.blank:
                blank = True
                k += 1
                continue
            if _continues(paragraph, cand, blank) and not URL.match(cand.stripped):
                paragraph.append(cand)
                blank = False
                k += 1
                continue
            break
        if paragraph[0].bullet or URL.match(paragraph[0].stripped):
            continue
        text_joined = re.sub(r"\s+", " ", " ".join(p.stripped for p in paragraph)).strip()
        p_start, p_end = paragraph[0].content_start, paragraph[-1].end
        blocks.append(
            GoalBlock(
                start=line.start,
                end=p_end,
                goals=_paragraph_goals(doc, p_start, p_end, text_joined),
            )
        )
    marked: list[GoalBlock] = []
    for match in re.finditer(
        r"(?:cel\w*|zadani\w*|zadań|priorytet\w*)[^.:\n]{0,60}:\s*"
        r"((?:\(?[a-z]\)|\(?\d{1,2}\))\s+(?:[^.\n]|\n(?![ \t]*\n|[ \t]*[─━═_=~]{8,}))"
        r"{5,600})",
        doc.text,
        re.IGNORECASE,
    ):
        # "Do głównych celów klastra należą: a) …; b) …; c) …" inside a paragraph
        body_start = match.start(1)
        parts = [p for p in INLINE_ITEM.split(match.group(1)) if p.strip()]
        intro = doc.text[match.start() : body_start]
        if len(parts) < 2 or (BODY_TASKS.search(intro) and not CLUSTER_GOALS.search(intro)):
            continue  # "zadania koordynatora: a) …"; not "zadań klastra koordynator wymienił:"
        blocks.append(_inline_block(doc, match, parts, body_start))
        marked.append(blocks[-1])
    inline = [*INLINE_GOALS.finditer(doc.text), *INLINE_GOALS_NAMED.finditer(doc.text)]
    read: set[int] = set()  # both patterns read "Cele klastra to: a; b; c."
    for match in inline:
        # "klaster wyznaczył sobie trzy cele: a, b oraz c." — items run on in one sentence
        body_start = match.start(1)
        if BODY_TASKS.search(_own_sentence(doc.text[max(0, match.start() - 40) : body_start])):
            continue  # "zadania koordynatora to: …"; not "… nim nie zarządza. Cele klastra to"
        if any(b.start <= body_start < b.end for b in marked) or body_start in read:
            continue  # "celami klastra są: a) …, b) …": read as marked items above
        read.add(body_start)
        parts = [
            p for p in re.split(r",\s+(?![^()]*\))|\s+oraz\s+|;\s*", match.group(1)) if p.strip()
        ]
        if not 2 <= len(parts) <= 8 or any(not 2 <= len(p.split()) <= 16 for p in parts):
            continue
        blocks.append(_inline_block(doc, match, parts, body_start))
    for match in RUN_GOALS.finditer(doc.text):
        # "Cele klastra: – A – B – C ▣ …", "Co robimy? A • B • C": a box of a leaflet
        if any(b.start <= match.start("goals") < b.end for b in blocks):
            continue
        boxed = doc.text[match.end() : match.end() + 1] in ("▣", "|")
        if not boxed and not re.search(r"\s[•–]\s", match.group("goals")):
            continue  # a label's value that may go on below: read as a labelled field
        body = match.group("goals").strip().lstrip("–•- ")
        parts = [
            re.sub(r"(?<!\b\w)(?<!\b\w\w)\.$", "", p.strip())  # the period, not "2030 r."
            for p in re.split(r"\s+[•–]\s+|;\s*", body)
            if p.strip(" .")
        ]
        if len(parts) == 1 and ", " in body:  # "Nasz cel: A, B i C."
            *head, last = body.split(", ")
            tail = re.split(r"\s+(?:i|oraz)\s+(?=\S+\s+\S+)", last, maxsplit=1)
            parts = [*head, *tail] if len(tail) == 2 else parts
        if all(2 <= len(p.split()) <= 16 for p in parts):
            blocks.append(_inline_block(doc, match, parts, match.start("goals")))
    for match in COUNTED_GOALS.finditer(doc.text):
        # "stawia sobie dwa cele: A i B.": the count tells where the items part
        if any(b.start <= match.start("goals") < b.end for b in blocks):
            continue
        before = _own_sentence(doc.text[max(0, match.start() - 60) : match.start()])
        if BODY_TASKS.search(re.split(r"[,;]", before)[-1]):
            continue  # "biuro koordynatora ma trzy zadania: …"; not "Jak mówi prezes, klaster …"
        wanted = NUMBER_WORDS[match.group("n").lower()]
        parts = [p for p in re.split(r",\s+|\s+oraz\s+|;\s*", match.group("goals")) if p.strip()]
        if len(parts) == wanted - 1 and " i " in parts[-1]:
            head, _, tail = parts[-1].rpartition(" i ")
            parts[-1:] = [head, tail]
        if len(parts) == wanted:
            blocks.append(_inline_block(doc, match, parts, match.start("goals")))
    for match in GOAL_STATEMENT.finditer(doc.text):
        # "Celem klastra jest A, B oraz C.", "Jedynym celem zapisanym w porozumieniu jest X."
        if any(b.start <= match.start() < b.end for b in blocks):
            continue
        parts = split_goal_sentence(match.group("goals"))
        blocks.append(_inline_block(doc, match, parts, match.start("goals")))
    return blocks


# A sentence that states the goals: "Celem klastra jest …", "Jedynym celem zapisanym w
# porozumieniu jest …", "Celem klastra, określonym w § 2 porozumienia, jest …", "Jego celem
# jest …", "Klaster stawia sobie za cel …" (a colon after it opens a list, read above).
GOAL_STATEMENT = re.compile(
    r"(?:\b(?:(?:[Gg]łównym|[Jj]edynym|[Nn]adrzędnym|[Ss]trategicznym|[Jj]ego|[Jj]ej)\s+)?"
    r"(?:(?:głównym|jedynym|nadrzędnym)\s+)?(?:[Cc]elem|[Zz]adaniem)"
    r"(?:\s+(?:[Kk]lastra|[Ii]nicjatywy|[Ss]towarzyszenia|[Ss]półki|[Pp]orozumienia|[Pp]owiązania|"
    # "Celem „Jabłoniowego Szlaku” jest …": the cluster's short name in quotes
    r"„[^”\n]{2,40}”))?"
    r"(?:\s*,[^,.:;]{3,80},|\s+(?:zapisanym|wpisanym|określonym|wskazanym|przyjętym)"
    r"(?:\s+[\w§.]+){1,5}?)?\s+(?:jest|są|było|pozostaje)|"
    r"\b[Kk]laster\s+stawia\s+sobie\s+za\s+cel|"
    # "Jedyny cel zapisany w porozumieniu to X.", "Jedyny cel klastra to X."
    r"\b[Jj]edyny\s+cel(?:\s+klastra)?(?:\s+(?:zapisany|wpisany|określony|wskazany|przyjęty)"
    r"(?:\s+[\w§.]+){1,5}?)?\s+(?:to|jest)|"
    # "Do zadań klastra należą A, B oraz C." (a colon after it opens a list, read above)
    r"\b[Dd]o\s+(?:(?:głównych|najważniejszych|podstawowych)\s+)?(?:zadań|celów)\s+"
    r"(?:klastra|stowarzyszenia|inicjatywy)\s+należ(?:ą|y))"
    # an abbreviation's period ("do 2030 r. oraz …") is followed by lower case or a digit
    r"\s+(?P<goals>[a-ząćęłńóśźż](?:[^.:;]|\.(?=\s*[a-ząćęłńóśźż\d])){10,400}?)"
    # the sentence's period: not one before a lower-case word ("do 2030 r. samowystarczalności")
    r"(?:\.(?=\s+[^a-ząćęłńóśźż\s]|\s*$)|;(?=\s))"  # or a clause after a semicolon
)
# a clause that explains the item before it, not another item
_NOT_AN_ITEM = re.compile(
    r"(?:w\s+tym|m\.in\.|np\.|czyli|zwłaszcza|szczególnie|któr\w+|co|gdzie|a\s+nie)\b"
)
_GERUND = re.compile(r"\w+(?:nie|cie|nia|cia|niu|ciu)$")


def split_goal_sentence(text: str) -> list[str]:
    """The items of goals run on in one sentence: "A, B oraz C" → A, B, C; "A oraz B" → A,
    B; a last " i " splits only before a verbal noun ("…, rozwoju eksportu i kształcenia
    cukierników"), not inside an item ("na targach krajowych i zagranicznych")."""
    text = re.sub(r"\s+", " ", text).strip()
    pieces = [p for p in re.split(r"\s*;\s*|,\s+(?![^()]*\))", text) if p]
    if len(pieces) > 1 and any(_NOT_AN_ITEM.match(p) for p in pieces[1:]):
        pieces = [text] if ";" not in text else pieces
    items: list[str] = []
    for k, piece in enumerate(pieces):
        parts = re.split(r"\s+oraz\s+", piece)
        if len(parts) == 1 and k == len(pieces) - 1 and len(pieces) > 1:
            head, sep, tail = piece.rpartition(" i ")
            if sep and _GERUND.match(tail.split()[0] if tail.split() else ""):
                parts = [head, tail]
        items.extend(p.strip() for p in parts if p.strip())
    if any(not 1 <= len(item.split()) <= 25 for item in items):
        return [text]
    return items


# "Klaster stawia sobie za cel …", "Zgodnie ze statutem stowarzyszenie dąży do …": the
# words that open a paragraph of goals under a "Cele klastra" heading
PARAGRAPH_GOAL_INTRO = re.compile(
    r"^(?:Zgodnie\s+z\w*\s+\w+\s+)?(?:[\w„”\"]+\s+){0,3}?"
    r"(?:stawia\s+sobie\s+za\s+cel|dąży\s+do|ma\s+na\s+celu|"
    r"(?:głównym\s+|jedynym\s+)?celem\s+(?:\w+\s+)?(?:jest|są))\s+",
    re.IGNORECASE,
)


def _paragraph_goals(doc: DocText, start: int, end: int, text: str) -> list[tuple[int, int, str]]:
    """The goals of a paragraph under a goal heading: the whole paragraph, or, where it opens
    with words that announce them, the items of its first sentence."""
    intro = PARAGRAPH_GOAL_INTRO.match(text)
    if intro is None:
        return [(start, end, text)]
    first = re.split(r"(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ„])", text[intro.end() :])[0].rstrip(" .")
    return _located(doc, split_goal_sentence(first), start, end)


def _own_sentence(before: str) -> str:
    """The part of `before` in the sentence it ends with."""
    return re.split(r"[.!?]\s+|\n[ \t]*\n", before)[-1]


def _inline_block(doc: DocText, match: re.Match[str], parts: list[str], start: int) -> GoalBlock:
    """A goal block of items found one after another from `start` within a match."""
    return GoalBlock(
        start=match.start(), end=match.end(), goals=_located(doc, parts, start, match.end())
    )


CITATION_AT_END = re.compile(r"\s*\[\d{1,3}(?:,\s*s\.\s*[\d–-]+)?\]\s*$")


def _located(doc: DocText, parts: list[str], start: int, end: int) -> list[tuple[int, int, str]]:
    """Each part's span, found in order between `start` and `end` (any white space between
    its words: the parts come with their line breaks joined)."""
    goals, pos = [], start
    for part in parts:
        part = CITATION_AT_END.sub("", part)  # "… energii elektrycznej [3]": a reference
        words = r"\s+".join(re.escape(w) for w in part.split())
        found = re.compile(words).search(doc.text, pos, end)
        begin, stop = (found.start(), found.end()) if found else (pos, pos + len(part))
        goals.append((begin, stop, re.sub(r"\s+", " ", part)))
        pos = stop
    return goals


def clean_goal(text: str) -> str:
    text = URL.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:\(?[a-z]\)|\(?\d{1,2}[.)])\s+", "", text)  # "a) …", "2. …": its marker
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"(?:[,;]\s*|\s+)(?:oraz|i|a także|a)$", "", text.rstrip(" ,.;:"))
    return text.strip(" ,.;:-–•")


# A bar, or one tab: cells copied from a spreadsheet keep an empty cell as two tabs in a row
TABLE_SEPARATOR = re.compile(r"\s*\|\s*|\t")
COLUMN_KINDS = {
    "name": re.compile(r"nazwa|klaster|inicjatywa", re.IGNORECASE),
    "town": re.compile(r"siedziba|miejscowość|miasto|lokalizacja|biuro", re.IGNORECASE),
    "members": re.compile(
        r"liczba\s+(?:członków|podmiotów|firm|uczestników)|członkowie|członków", re.IGNORECASE
    ),
    "website": re.compile(r"strona|www|internet", re.IGNORECASE),
    "coordinator": re.compile(r"koordynator", re.IGNORECASE),
    # before "founded": "Forma prawna (od roku)" is the form (and, see
    # `_form_and_year_column`, its year where no other column has one)
    "legal": re.compile(
        r"^\s*forma\s*$|forma\s+(?:prawna|organizacyjn\w*|współpracy)|status\s+prawny",
        re.IGNORECASE,
    ),
    # "Członek od roku": since when someone is a member, not the founding
    "founded": re.compile(
        r"(?:rok|data)\s+(?:założ|powst|utworz|zawiąz)\w*\.?|założon|"
        r"(?<!członek\s)(?<!członkiem\s)(?:od|z)\s+roku|"
        r"^\s*rok\s*$",  # a bare "Rok" beside a cluster's name: the year it began
        re.IGNORECASE,
    ),
    "voivodeship": re.compile(r"województwo|region", re.IGNORECASE),
}


@dataclass
class TableRow:
    """One row of a table of clusters: each cell with its span in the document text."""

    start: int
    end: int
    cells: dict[str, tuple[int, int, str]]


def find_cluster_tables(doc: DocText, spaced: list[FixedWidthTable]) -> list[TableRow]:
    """Rows of tables whose header names clusters ("Nazwa klastra | Siedziba | …"), as
    pdfplumber's table rows or text tables with "|" or tab separators. A row wrapped over
    two lines is joined; totals rows and empty cells ("b.d.", "–") are dropped.
    The rows of the space-aligned tables (`fixed_width_tables`, read once per document)
    come last."""
    rows: list[TableRow] = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        header = _cells(lines[i])
        kinds = _column_kinds([c[2] for c in header])
        if "name" not in kinds.values() or len(header) < 2 or not _is_header(header):
            i += 1
            continue
        if ROW_NUMBER.fullmatch(header[0][2]):
            i += 1  # "1 | Klaster X | 91": a numbered row, not column titles
            continue
        name_title = next(header[k][2] for k, kind in kinds.items() if kind == "name")
        if MEMBERS_TABLE.search(name_title) or len(name_title.split()) > 4 or "–" in name_title:
            # "Nazwa podmiotu": a list of members; "MARECO – Klaster Kosmetyki Morskiej |
            # …": a page title with a menu, not a column title
            i += 1
            continue
        raw_rows: list[list[tuple[int, int, str]]] = []
        j = i + 1
        while j < len(lines):
            if lines[j].blank and j + 1 < len(lines) and len(_cells(lines[j + 1])) >= 2:
                j += 1  # rows of an HTML table come apart by blank lines
                continue
            cells = _cells(lines[j])
            if (
                raw_rows
                and len(cells) >= 2
                and not cells[0][2]
                and raw_rows[-1][0][2]
                and not any(TOTAL_ROW_START.match(c[2]) for c in cells)
            ):
                # "   | Sztucznych „Polimer” | Technologii Sp. z o.o. | |": the row's cells
                # wrapped onto a line of their own, under an empty number column
                raw_rows[-1] = _continue_cells(raw_rows[-1], cells)
                j += 1
                continue
            if len(cells) < 2 and not (
                raw_rows and lines[j].stripped and len(raw_rows[-1]) < len(header)
            ):
                break
            if (
                raw_rows
                and len(raw_rows[-1]) < len(header)
                and not re.match(r"\s*\d+\s*[|\t]", lines[j].text)  # a numbered row
            ):
                raw_rows[-1] = _join_wrapped(
                    raw_rows[-1], cells or [(lines[j].start, lines[j].end, lines[j].stripped)]
                )
            else:
                raw_rows.append(cells)
            j += 1
        if _is_key_value_table(header, raw_rows):
            i = j
            continue  # "Nazwa klastra | X" / "Koordynator | Y": a card (`find_cards`)
        both = _form_and_year_column([c[2] for c in header], kinds)
        for cells in raw_rows:
            named = {
                kinds[k]: cells[k]
                for k in range(min(len(cells), len(header)))
                if k in kinds and cells[k][2] and not EMPTY_CELL.fullmatch(cells[k][2])
            }
            _share_cell(named, both)
            if "name" in named and _is_row_name(named["name"][2]):
                rows.append(TableRow(start=cells[0][0], end=cells[-1][1], cells=named))
        i = j
    rows.extend(row for table in spaced for row in table.rows)
    return rows


def _is_key_value_table(
    header: list[tuple[int, int, str]], rows: list[list[tuple[int, int, str]]]
) -> bool:
    """A two-column table of labels and values, one cluster's card: its first line is not
    column titles but the first label and its value, and the labels go on down the rows."""
    labels = sum(1 for cells in rows if len(cells) == 2 and label_kind(cells[0][2]))
    return len(header) == 2 and labels >= 2 and labels * 2 >= len(rows)


def town_cells(doc: DocText) -> list[tuple[int, int, tuple[int, int, str]]]:
    """(row start, row end, town cell) for rows of any table with a town column
    ("Wnioskodawca | Miejscowość | Tytuł projektu"): a cluster named in the row is there."""
    found = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        header = _cells(lines[i])
        kinds = _column_kinds([c[2] for c in header])
        column = next((k for k, kind in kinds.items() if kind == "town"), None)
        if column is None or len(header) < 3 or not _is_header(header):
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            cells = _cells(lines[j])
            if len(cells) < 2 and lines[j].stripped:
                if found and found[-1][1] == lines[j - 1].end:  # a wrapped row goes on
                    start, _, cell = found[-1]
                    found[-1] = (start, lines[j].end, cell)
                    j += 1
                    continue
                break
            if (
                len(cells) > column
                and cells[column][2]
                and not EMPTY_CELL.fullmatch(cells[column][2])
            ):
                found.append((lines[j].start, lines[j].end, cells[column]))
            j += 1
        i = j
    return found


COLUMN_GAP = re.compile(r"\S+(?: \S+)*")


def _segments(line: Line) -> list[tuple[int, int, str]]:
    """Runs of text separated by two or more spaces: the cells of a space-aligned table."""
    return [
        (line.start + m.start(), line.start + m.end(), m.group())
        for m in COLUMN_GAP.finditer(line.text)
    ]


TABLE_NOTE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹]+\s|\*+\s|(?:Źródło|Source|Uwaga|Uwagi)\s*:")
CROWDED_LOOKAHEAD = 15
CROWDED_SLACK = 3


def _split_crowded_titles(
    header: list[tuple[int, int, str]], line: Line, below: list[Line]
) -> list[tuple[int, int, str]]:
    """Titles set one space apart read as one ("Porozumienie z Koordynator") are two
    when at least two rows below have a cell starting under a later title's word while
    another cell of theirs starts under the earlier words: the rows show the gap the
    header lacks. The word the rows' cells start closest to begins the second title."""
    rows = [[s - ln.start for s, _, _ in _segments(ln)] for ln in below if not ln.blank]
    out: list[tuple[int, int, str]] = []
    for start, end, text in header:
        first = start - line.start
        best: tuple[int, int, int] | None = None  # (rows, -distance, cut)
        for word in re.finditer(r"(?<= )\S", text):
            at = first + word.start()
            hits, distance = 0, 0
            for row in rows:
                near = [abs(x - at) for x in row if abs(x - at) <= CROWDED_SLACK]
                if near and any(first - CROWDED_SLACK <= x < at - CROWDED_SLACK for x in row):
                    hits += 1
                    distance += min(near)
            if hits >= 2 and (best is None or (hits, -distance) > best[:2]):
                best = (hits, -distance, start + word.start())
        if best is None:
            out.append((start, end, text))
            continue
        cut = best[2]
        left = line.text[first : cut - line.start].rstrip()
        out.append((start, start + len(left), left))
        out.append((cut, end, line.text[cut - line.start : end - line.start]))
    return out


@dataclass
class FixedWidthTable:
    """A table laid out with spaces: its lines from the header to the last row, and its rows."""

    start: int
    end: int
    rows: list[TableRow]


SHORT_CELL = re.compile(r"(?:ok\.|około|ponad|blisko)?\s*\d[\d \u00a0.,%]*|b\.?\s?d\.?|[–—-]")
NUMBER_TITLE = re.compile(r"(?i)lp\.?|l\.\s?p\.?|nr\.?|no\.?|#")
ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")


def join_wrapped_cell(text: str, more: str) -> str:
    """A cell's text and its next line: a word hyphenated at the cell's edge is joined
    ("Spółdziel-" + "nia"), a compound keeps its hyphen ("Sadowniczo-" + "Warzywny")."""
    if re.search(r"[^\W\d_]-$", text) and more[:1].isalpha():
        return text[:-1] + more if more[0].islower() else text + more
    return f"{text} {more}"


def fixed_width_tables(doc: DocText) -> list[FixedWidthTable]:
    """Tables of clusters laid out with spaces, as PDF text often is ("Nazwa klastra   Biuro
    klastra   Koordynator   Członkowie"): each cell goes to the column whose title starts
    nearest to its left. A row wraps onto the lines below it: under a numbered column
    ("Lp.") a row starts only with its number; otherwise a line that fills few columns, or
    whose name cell goes on in lower case ("i Napędów"), continues the row above."""
    tables: list[FixedWidthTable] = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        line = lines[i]
        header = _segments(line)
        if "|" in line.text or "\t" in line.text or len(header) < 3:
            i += 1
            continue
        kinds = _column_kinds([h[2] for h in header])
        if (
            "name" not in kinds.values()
            or len(kinds) < 2
            or not _is_header(header)
            or (i > 0 and _inside_numbered_row(lines[i - 1]))
        ):
            i += 1
            continue
        split = _split_crowded_titles(header, line, lines[i + 1 : i + 1 + CROWDED_LOOKAHEAD])
        split_kinds = _column_kinds([h[2] for h in split])
        if len(split) > len(header) and "name" in split_kinds.values():
            header, kinds = split, split_kinds
        starts = [h[0] - line.start for h in header]
        name_column = next(k for k, kind in kinds.items() if kind == "name")
        numbered = name_column > 0 and bool(NUMBER_TITLE.fullmatch(header[0][2]))
        titles = {k: h[2] for k, h in enumerate(header)}
        anchors: set[int] = set()
        current: dict[int, tuple[int, int, str]] | None = None
        found: list[dict[int, tuple[int, int, str]]] = []
        j = i + 1
        while j < len(lines):
            if lines[j].blank:
                # rows set apart by blank lines: go on where a numbered row or, right
                # under the header, the first row follows
                k = _next_nonblank(lines, j)
                if k is None or not (
                    (numbered and _opens_numbered_row(lines[k], starts))
                    or (not found and current is None and k - j <= 1)
                ):
                    break
                j = k
            if found and TABLE_NOTE.match(lines[j].stripped):
                break  # "¹ 19 przedsiębiorstw …", "Źródło: …": notes under the table
            cells: dict[int, tuple[int, int, str]] = {}
            for start, end, marked in _segments(lines[j]):
                text = marked.translate(FOOTNOTE_MARKS)  # "46¹", "Chmielnik²"
                offset = start - lines[j].start
                column = max((k for k, s in enumerate(starts) if s <= offset + 1), default=0)
                if column in cells:  # two runs in one column: one cell
                    c_start, _, c_text = cells[column]
                    cells[column] = (c_start, end, f"{c_text} {text}")
                else:
                    cells[column] = (start, end, text)
            name_cell = cells.get(name_column, (0, 0, ""))[2]
            if current is not None and TOTAL_ROW.fullmatch(name_cell.strip()):
                break  # "RAZEM": the table's sums, not a row
            if numbered and current is not None:
                new_row = bool(ROW_NUMBER.fullmatch(cells.get(0, (0, 0, ""))[2]))
            else:
                new_row = (
                    name_column in cells
                    and len(cells) >= max(2, len(header) // 2)
                    and not (current is not None and name_cell[:1].islower())
                    # a row fills the short columns ("2017", "27", "b.d.") its first row
                    # filled; a line without them is the row above wrapping
                    and (not anchors or any(k in cells for k in anchors))
                )
            if current is None and name_column not in cells:
                # a header wrapped onto more lines ("Rok" / "utworz."): titles go on, each
                # under the title nearest to it (titles over numbers are often right-aligned)
                centres = [(h[0] + h[1]) / 2 - line.start for h in header]
                for start, end, text in _segments(lines[j]):
                    middle = (start + end) / 2 - lines[j].start
                    column = min(range(len(centres)), key=lambda k: abs(centres[k] - middle))
                    titles[column] = f"{titles.get(column, '')} {text}".strip()
                kinds = _column_kinds([titles[k] for k in sorted(titles)])
                j += 1
                continue
            if new_row:
                current = dict(cells)
                if not found:
                    anchors = {
                        k
                        for k, c in cells.items()
                        if k != name_column and SHORT_CELL.fullmatch(c[2])
                    }
                found.append(current)
            elif current is not None:
                for column, (start, end, text) in cells.items():
                    if column in current:
                        c_start, _, c_text = current[column]
                        current[column] = (c_start, end, join_wrapped_cell(c_text, text))
                    else:
                        current[column] = (start, end, text)
            j += 1
        rows = []
        pairs = _paired_columns(titles, kinds)
        both = _form_and_year_column([titles.get(k, "") for k in range(len(header))], kinds)
        dated = [k for k, kind in kinds.items() if kind == "members" and _dated(titles.get(k, ""))]
        for cells in found:
            for k in dated:  # "Liczba członków / 2019   2023": the latest count is current
                if k in cells:
                    cells[k] = _latest_count(cells[k])
            named = _split_pairs(cells, kinds, pairs)
            _share_cell(named, both)
            if "name" in named and _is_row_name(named["name"][2]):
                first = min(c[0] for c in cells.values())
                last = max(c[1] for c in cells.values())
                rows.append(TableRow(start=first, end=last, cells=named))
        if rows:
            tables.append(FixedWidthTable(line.start, lines[j - 1].end, rows))
        i = max(j, i + 1)
    return tables


_COUNT_IN_CELL = re.compile(r"(?:(?:ok\.|około|ponad|blisko)\s*)?\d{1,4}(?![\d,.])")


def _dated(title: str) -> bool:
    """A column title over counts of two or more dates ("Liczba członków 2019 2023")."""
    return len(re.findall(r"\b(?:19|20)\d\d\b", title)) >= 2


def _latest_count(cell: tuple[int, int, str]) -> tuple[int, int, str]:
    """The last of the counts a dated column's cell holds ("41 57" → "57")."""
    start, end, text = cell
    counts = list(_COUNT_IN_CELL.finditer(text))
    if len(counts) < 2:
        return cell
    last = counts[-1]
    if text.rstrip().endswith(last.group()):  # the cell's text joins runs with one space
        return (end - len(last.group()), end, last.group())
    return (start + last.start(), end, last.group())


def _opens_numbered_row(line: Line, starts: list[int]) -> bool:
    """Whether a line opens a row of a numbered table: its first cell, under the number
    column, is a row number ("4.")."""
    cells = _segments(line)
    return (
        len(cells) >= 2
        and bool(ROW_NUMBER.fullmatch(cells[0][2]))
        and cells[0][0] - line.start < (starts[1] if len(starts) > 1 else 8)
    )


def _inside_numbered_row(previous: Line) -> bool:
    """Whether the line after `previous` goes on with a numbered row of some other table
    ("2   Stowarzyszenie „Pałucki   rozdz. 5   …" / "    Klaster Rolno-Przemysło-   …   liczba
    firm"): its cells are wrapped text, not column titles, however much they look like them."""
    if previous.blank:
        return False
    cells = _segments(previous)
    return len(cells) >= 3 and bool(ROW_NUMBER.fullmatch(cells[0][2]))


EMPTY_CELL = re.compile(r"b\.?\s?d\.?|brak(?: danych)?|n/?d|[–—-]+|\?|x", re.IGNORECASE)
TOTAL_ROW = re.compile(r"razem|suma|ogółem|łącznie|total", re.IGNORECASE)
# "Razem część A", "Ogółem (2024)": a totals row with a qualifier
TOTAL_ROW_START = re.compile(rf"(?:{TOTAL_ROW.pattern})\b", re.IGNORECASE)


def _is_row_name(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]{3}", text)) and not TOTAL_ROW_START.match(text.strip())


def _join_wrapped(
    cells: list[tuple[int, int, str]], more: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The first cell of a wrapped line continues the row's last cell; the rest follow."""
    last_start, _, last_text = cells[-1]
    first_end, first_text = more[0][1], more[0][2]
    joined = (last_start, first_end, f"{last_text} {first_text}".strip())
    return [*cells[:-1], joined, *more[1:]]


MEMBERS_TABLE = re.compile(
    r"(?i)podmiot|firm|przedsiębiorst|członk|uczestnik|beneficjent|wnioskodawc|partner|"
    r"organizacj|instytucj|jednostk"
)


def _is_header(cells: list[tuple[int, int, str]]) -> bool:
    """Column titles are short words; a row (even one that mentions "klastra") has long
    cells or figures ("pilotażowa linia … dla członków klastra | 4 950 000,00")."""
    return all(len(c[2]) <= 45 and not re.search(r"\d[\d \u00a0]*,\d\d\b", c[2]) for c in cells)


def _continue_cells(
    cells: list[tuple[int, int, str]], more: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Each non-empty cell of a wrapped line continues the cell above it."""
    joined = list(cells)
    for k, (_, end, text) in enumerate(more):
        if text and k < len(joined):
            start, _, above = joined[k]
            joined[k] = (start, end, f"{above} {text}".strip())
    return joined


FOOTNOTE_MARKS = str.maketrans(dict.fromkeys("¹²³⁴⁵⁶⁷⁸⁹⁰*", ""))


def _cells(line: Line) -> list[tuple[int, int, str]]:
    if line.text.count("|") < 1 and "\t" not in line.text:
        return []
    cells = []
    pos = 0
    for part in TABLE_SEPARATOR.split(line.text):
        found = line.text.find(part, pos) if part else pos
        text = part.strip().translate(FOOTNOTE_MARKS)
        cells.append((line.start + found, line.start + found + len(part), text))
        pos = found + len(part)
    return cells


def _form_and_year_column(titles: list[str], kinds: dict[int, str]) -> tuple[str, str] | None:
    """(kind the column got, the other) for one column of both the form and the date
    ("Forma współpracy, data utworzenia"), when no other column holds the second."""
    for column, kind in kinds.items():
        if kind not in ("legal", "founded"):
            continue
        other = "founded" if kind == "legal" else "legal"
        if other not in kinds.values() and COLUMN_KINDS[other].search(titles[column]):
            return kind, other
    return None


def _share_cell(named: dict[str, tuple[int, int, str]], both: tuple[str, str] | None) -> None:
    """A row's cell of both form and date stands for the second kind too (the same tuple:
    `_from_table_row` tells such a cell by identity)."""
    if both is not None and both[0] in named and both[1] not in named:
        named[both[1]] = named[both[0]]


def _column_kinds(header: list[str]) -> dict[int, str]:
    kinds: dict[int, str] = {}
    for index, title in enumerate(header):
        for kind, pattern in COLUMN_KINDS.items():
            if pattern.search(title) and kind not in kinds.values():
                kinds[index] = kind
                break
    return kinds


PAIR_KINDS = {**COLUMN_KINDS, "legal": re.compile(r"^\s*forma\b|forma\s+prawna|status", re.I)}


def _paired_columns(titles: dict[int, str], kinds: dict[int, str]) -> dict[int, str]:
    """Columns holding two facts ("Koordynator / forma prawna", "Forma / koordynator"):
    column -> the second kind; `kinds[column]` becomes the first. Each cell is split at its
    last " / " likewise."""
    pairs = {}
    for column, title in titles.items():
        if column not in kinds or "/" not in title:
            continue
        first, second = title.rsplit("/", 1)
        left = next((k for k, p in PAIR_KINDS.items() if p.search(first)), None)
        right = next((k for k, p in PAIR_KINDS.items() if p.search(second) and k != left), None)
        if left is None or right is None:
            continue
        others = {k for c, k in kinds.items() if c != column}
        if left not in others and right not in others:
            kinds[column] = left
            pairs[column] = right
    return pairs


def _split_pairs(
    cells: dict[int, tuple[int, int, str]], kinds: dict[int, str], pairs: dict[int, str]
) -> dict[str, tuple[int, int, str]]:
    """Cells by kind, the cells of paired columns split into their two facts."""
    named: dict[str, tuple[int, int, str]] = {}
    for column, (start, end, text) in cells.items():
        if column not in kinds:
            continue
        if column in pairs and " / " in text:
            cut = text.rindex(" / ")
            named[kinds[column]] = (start, start + cut, text[:cut].strip())
            named[pairs[column]] = (start + cut + 3, end, text[cut + 3 :].strip())
        else:
            named[kinds[column]] = (start, end, text)
    return {k: c for k, c in named.items() if c[2] and not EMPTY_CELL.fullmatch(c[2])}
