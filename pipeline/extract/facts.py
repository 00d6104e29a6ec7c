"""Facts about one cluster found in the text that belongs to it (its item or section).

Each finder returns `Fact`s: a value with the span it came from and a confidence, so the
orchestrator can keep the best-supported value and show its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.names import URL, join_compound_words, url_value
from pipeline.extract.numbers import ENGLISH_NUMBER_WORD, NUMBER_WORD, parse_number
from pipeline.extract.text import PARAGRAPH_BREAK
from pipeline.morph import can_be_adjective, to_nominative

UP = "A-ZĄĆĘŁŃÓŚŹŻ"


@dataclass
class Fact:
    value: object
    start: int
    end: int
    confidence: float
    approx: bool = False
    rule: str = ""


# --- member counts ---------------------------------------------------------------------

NUM = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+|" + NUMBER_WORD.rstrip("+") + r"+)"
HEDGE = (
    r"(?:ok\.+\s*|około\s+|ponad\s+|blisko\s+|przeszło\s+|prawie\s+|niemal\s+|"
    r"co najmniej\s+|min\.\s*|powyżej\s+|niespełna\s+|kilka\w*\s+)"
)
MEMBER_NOUN = (
    r"(?:członk\w*|firm\w*|przedsiębiorstw\w*|przedsiębiorc\w*|podmiot\w*|instytucj\w*|"
    r"partner\w*|jednost\w*|organizacj\w*|uczelni\w*|instytut\w*|spół\w*|gmin\w*|szkół|"
    r"stowarzysze\w*|MŚP|MSP|uczestnik\w*|producent\w*|zakład\w*|ośrod\w*|samorząd\w*|"
    r"gospodarstw\w*|szkoł\w*|szkół|JST|rolnik\w*|sadownik\w*|przetwórc\w*|hotel\w*|grup\w*|"
    r"pracowni\w*|laborator\w*|kancelari\w*|start-?up\w*|izb\w*|fundacj\w*|agencj\w*|"
    r"szpital\w*|klinik\w*|spółdzielni\w*|biur(?:a|o|ami)\b|"
    # the kinds of producers and places a cluster's members are counted as
    r"mleczarni\w*|ubojni\w*|wytwórni\w*|słodowni\w*|browar\w*|restauracj\w*|armator\w*|"
    r"tartak\w*|drukarni\w*|piekarni\w*|przetwórni\w*|chłodni\w*|suszarni\w*|serowarni\w*|"
    r"winnic\w*|pasiek\w*|odlewni\w*|rzemieślnik\w*|twórc\w*|plantator\w*|hodowc\w*|"
    r"rybak\w*|pensjonat\w*|sanatori\w*|muze(?:a|ów|um)\b|ferm\w*|wylęgarni\w*|lecznic\w*)"
)
# up to two words before the noun ("9 firm farmaceutycznych", "5 małych szkół"); never a
# conjunction: "3 laboratoria oraz uczelnia" is three and one more, not three "uczelnie"
QUALIFIER = r"(?:(?!(?:i|oraz|a|lub|albo)\s)[a-ząćęłńóśźż\-]+\s+){0,2}"
# "40 przedsiębiorstw z branży metalowej oraz dwie uczelnie": a phrase between the parts.
TRAILER = r"(?:\s+(?:z|ze|w|we)\s+[a-ząćęłńóśźż\-]+(?:\s+[a-ząćęłńóśźż\-]+)?)?"
COUNT = re.compile(
    r"(?P<hedge>"
    + HEDGE
    + r")?(?P<num>"
    + NUM
    + r")\s+"
    + QUALIFIER
    + r"(?P<noun>"
    + MEMBER_NOUN
    + r")"
    r"(?P<more>(?:"
    + TRAILER
    + r"\s*(?:,|i|oraz)\s+(?:"
    + HEDGE
    + r")?"
    + NUM
    + r"\s+"
    + QUALIFIER
    + MEMBER_NOUN
    + r")*)",
    re.IGNORECASE,
)
ENGLISH_COUNT = re.compile(
    r"(?P<hedge>(?:over|about|around|some|nearly|almost|more than|roughly)\s+)?"
    r"(?P<num>\d[\d,]*|" + ENGLISH_NUMBER_WORD + r")\s+"
    r"(?:member\s+)?(?P<noun>members|companies|firms|enterprises|organi[sz]ations|partners|"
    r"institutions|entities|boatyards|producers|SMEs)\b"
)
MEMBERSHIP_CUE = re.compile(
    r"zrzesz\w*|skupi\w*|\bliczy\b|\bliczą\b|należ\w*|członk\w*|w sumie|łącznie|\btworz[yą]\b|"
    r"składa\w* się|w\s+(?:jego\s+|jej\s+|ich\s+)?skład|grono|uczestnicz\w*|współtworz\w*|"
    r"\bobejmuje\b|"
    r"działa\w* w (?:nim|ramach)|sygnatariusz\w*|przystąpi\w*|przystąpił\w*",
    re.IGNORECASE,
)
MEETING = re.compile(
    r"spotkani\w*|konferencj\w*|szkoleni\w*|warsztat\w*|posiedzeni\w*|targ(?:i|ach|ów)\b|"
    r"kongres\w*|seminari\w*|wydarzeni\w*",
    re.IGNORECASE,
)
STRONG_MEMBERSHIP_CUE = re.compile(r"zrzesz\w*|skupi\w*|członk\w*|należ\w*", re.IGNORECASE)
NOT_MEMBERS = re.compile(
    r"%|\bproc|pracownik|zatrudni|osób|osoby|mieszkańc|zł\b|pln|eur|mln|mld|tys\.|"
    r"spotkani|konferencj|szkoleni|warsztat|klastr[óy]w\b|klastry\b|projekt[óy]w",
    re.IGNORECASE,
)
# The start of a footnote's text after its number ("2 Klaster X …", "² Umowa …").
FOOTNOTE_OPENING = r"(?:\d{1,2}[ \t]+|[¹²³⁴⁵⁶⁷⁸⁹]{1,2}[ \t]*)[" + UP + r"„\"]"
SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=[" + UP + r"„\"])|\n\s*\n|\n(?=[ \t]*(?:[-•–−*\uf0b7]|\d{1,2}[.)])\s)"
    # a dash and a lower-case word after "r." go on with the sentence ("w 2023 r. – liczy
    # ok. 20 członków"), unlike "… w 2021 r. – 19 członków" in a list of dated counts
    r"|(?<=[.!?])(?<![\s(]r\.)\s+(?=[–-])|(?<=[\s(]r\.)\s+(?=[–-]\s+[^a-ząćęłńóśźż\s])"
    # a footnote's line after a sentence's end ("… 22 członków.\n2 Klaster X zawiązano …")
    r"|(?<=[.!?])\s*\n(?=[ \t]*" + FOOTNOTE_OPENING + r")"
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end) within `text` (line breaks do not end sentences)."""
    left = 0
    # up to one character past `start`, so that the look-ahead sees a sentence that
    # begins right at `start` ("… w Łowiczu. Klaster skupia …")
    for m in SENTENCE_END.finditer(text, max(0, start - 3000), min(len(text), start + 1)):
        if m.end() <= start:
            left = m.end()
    right_match = SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if " | " in text[line_start:line_end]:  # a table row is a sentence of its own
        left, right = max(left, line_start), min(right, line_end)
    return left, right


CUED_COUNT = re.compile(
    r"\b(?:[Zz]rzesza|[Ss]kupia|[Ll]iczy|[Łł]ączy|[Oo]bejmuje|"
    r"(?:zrzeszaj|skupiaj|łącz|obejmuj)ąc\w*|"
    r"[Ww]\s+skład\s+(?:klastra|stowarzyszenia|inicjatywy|porozumienia)\s+wchodz(?:i|ą))\s+"
    r"(?:obecnie\s+|już\s+|dziś\s+)?"
    # "21 hut": three letters are a noun too, but not "lat", "tys.", "ton"
    r"(?P<hedge>" + HEDGE + r")?(?P<num>\d{1,4})\s+"
    r"(?P<noun>(?!(?:lat|tys|mln|mld|ton|osób|sztuk)\b)[a-ząćęłńóśźż]{3,})\b"
)
# "Dziś jest nas 58", "było nas wtedy 30": a cluster counting itself in the first person.
FIRST_PERSON_COUNT = re.compile(
    r"\b(?:jest|było|będzie)\s+nas\s+(?:(?:już|obecnie|dziś|teraz|wtedy)\s+)?"
    r"(?P<hedge>" + HEDGE + r")?(?P<num>\d{1,4})(?![\d.,]\d)"
)
# "W porozumieniu jest dziś 31 stron", "31 stron porozumienia": an agreement's parties are
# the cluster's members.
AGREEMENT_PARTIES = re.compile(
    r"\b[Ww]\s+porozumieniu\s+(?:jest|są|uczestniczy|uczestniczą)\s+"
    r"(?:(?:dziś|obecnie|już|teraz)\s+)?(?P<hedge>" + HEDGE + r")?(?P<num>\d{1,4})\s+stron\b"
    r"|(?P<num2>\d{1,4})\s+stron\s+porozumienia\b"
    # "na podstawie porozumienia zawartego przez 13 stron"
    r"|\b(?:porozumieni|umow)\w*\s+(?:\w+\s+){0,2}?zawart\w*\s+przez\s+(?P<num3>\d{1,4})\s+"
    r"(?:stron|sygnatariusz\w*)\b"
)
SUBSET_AFTER_TOTAL = re.compile(r"(?<![\d.,])(\d{1,4})\s*,?\s*w\s+tym\s+$")
CUED_PART = re.compile(
    r"(?:\s+[a-ząćęłńóśźż]{3,}){0,2}(?:,\s*|\s+i\s+|\s+oraz\s+)(?P<num>\d{1,4}|"
    + NUMBER_WORD.rstrip("+")
    + r"+?)\s+[a-ząćęłńóśźż]{3,}"
)
COUNT_PART = re.compile(r"(?P<num>" + NUM + r")\s+" + QUALIFIER + MEMBER_NOUN, re.IGNORECASE)
COUNT_LABEL = re.compile(
    r"[Ll]iczba\s+(?:członków|podmiotów|firm|przedsiębiorstw|uczestników|partnerów)"
    r"(?:\s+klastra)?\s*(?:[:–-]|wynosi)\s*(?P<hedge>" + HEDGE + r")?(?P<num>\d[\d \u00a0]*\d|\d)"
)


def member_counts(
    text: str, offset: int, *, in_parenthesis_ok: bool = False, assume_members: bool = False
) -> list[Fact]:
    """Member counts with a membership cue in their sentence. A count split into parts
    ("37 producentów … oraz 2 szkoły") is summed; parts after "w tym" are a breakdown, not
    more members. `assume_members` reads counts without a cue: a bracket right after a
    cluster's name ("(Photonik, Saksonia, ok. 40 firm i 3 instytuty)") or its list item."""
    facts = []
    for m in COUNT_LABEL.finditer(text):
        value = parse_number(m.group("num"))
        if value is not None:
            facts.append(
                Fact(
                    value,
                    m.start() + offset,
                    m.end() + offset,
                    0.9,
                    bool(m.group("hedge")),
                    "count-label",
                )
            )
    for m in ENGLISH_COUNT.finditer(text):
        if re.search(r"employ|participants|visitors|attendees", text[m.start() : m.end() + 30]):
            continue
        s_start, s_end = sentence_bounds(text, m.start(), m.end())
        if not re.search(r"\bmember", m.group()) and not re.search(
            r"members|brings together|gathers|comprises|unites|associates", text[s_start:s_end]
        ):
            continue
        value = parse_number(m.group("num").replace(",", ""))
        if value is None:
            continue
        facts.append(
            Fact(
                value,
                m.start() + offset,
                m.end() + offset,
                0.75,
                bool(m.group("hedge")),
                "member-count-en",
            )
        )
    breakdowns: list[tuple[int, int]] = []  # "52 podmioty: 41 gospodarstw, 8 tłoczni …"
    for m in COUNT.finditer(text):
        value = parse_number(m.group("num"))
        if value is None or _looks_like_year(m.group("num"), m.group("hedge")):
            continue
        if any(b_start <= m.start() < b_end for b_start, b_end in breakdowns):
            continue  # a part of a total already read
        s_start, s_end = sentence_bounds(text, m.start(), m.end())
        sentence = text[s_start:s_end]
        total = SUBSET_AFTER_TOTAL.search(text, max(s_start, m.start() - 40), m.start())
        if total and MEMBERSHIP_CUE.search(sentence):
            # "klaster liczy ich obecnie 53, w tym 47 przedsiębiorstw": the total, not the part
            facts.append(
                Fact(
                    int(total.group(1)),
                    total.start(1) + offset,
                    m.end() + offset,
                    0.85,
                    False,
                    "member-count",
                )
            )
            continue
        if _not_a_member_count(text, m, s_start, s_end, sentence):
            continue
        in_paren = (
            "(" in text[max(s_start, m.start() - 60) : m.start()]
            and ")" in text[m.end() : m.end() + 5]
        )
        opening = not text[s_start : m.start()].strip()  # "Blisko 20 firm z Podhala."
        if not (
            MEMBERSHIP_CUE.search(sentence)
            or (in_parenthesis_ok and (in_paren or opening))
            or assume_members
        ):
            continue
        total, end = value, m.end()
        for part in COUNT_PART.finditer(m.group("more") or ""):
            total += parse_number(part.group("num")) or 0
        tail_end = text.find(" w tym ", end, s_end)
        tail = text[end : s_end if tail_end < 0 else tail_end]
        aside = re.match(r"\s*[–—]\s[^–—]*?\s[–—]", tail)
        if aside:  # "26 firm – przystanie, … – oraz dwie gminy": an aside, then more members
            tail = " " * aside.end() + tail[aside.end() :]
        elif re.match(r"\s*(?::|[–—]\s)", tail):
            # a colon or a dash opens the total's breakdown ("18 członków – gospodarstwa, …
            # i dwie gminy"), not more members
            breakdowns.append((end, s_end))
            tail = ""
        # "11 podmiotów (gmina, 6 gospodarstw, 3 firmy)": a bracket is a breakdown
        tail = re.sub(r"\([^()]*\)?", lambda b: " " * len(b.group()), tail)
        previous = 0
        for part in COUNT_PART.finditer(tail):
            joined = re.search(
                r"(?:,|\bi|\boraz)\s+(?:" + HEDGE + r")?$",
                tail[max(0, part.start() - 16) : part.start()],
            )
            if not joined or NOT_MEMBERS.search(part.group()):
                break
            # "…, 2 ubojnie, wytwórnia pasz oraz 2 lecznice": a unit named without a number
            # between the counted parts is one more
            gap = tail[previous : part.start()]
            if re.fullmatch(
                r"(?:\s*,\s*" + SINGULAR_UNIT + r"(?:\s+[a-ząćęłńóśźż]+){0,2})*\s*(?:,|i|oraz)\s*",
                gap,
            ):
                total += len(re.findall(SINGULAR_UNIT, gap))
            total += parse_number(part.group("num")) or 0
            end = m.end() + part.end()
            previous = part.end()
        if m.group("more") or end > m.end():
            # "17 przedsiębiorstw, 2 szkoły, gmina Gogolin oraz Wyższa Szkoła …": one member
            # each for the institutions named after the numbers
            for single in SINGLE_MEMBER.finditer(text, end, s_end):
                if single.start() != end:
                    break
                total += 1
                end = single.end()
        # "12 zakładów dziewiarskich, szkoła odzieżowa i gmina.": one member each for the
        # institutions that close the sentence without a number
        units = TRAILING_UNITS.match(text, end, s_end)
        if units and re.match(r"\s*[–—]", units.group()) and GENERIC_MEMBERS.match(m.group("noun")):
            units = None  # "18 członków – gospodarstwa, szkoła i gmina": the total's breakdown
        if units:
            total += len(re.findall(SINGULAR_UNIT, units.group(), re.IGNORECASE))
            end = units.end()
        before = text[max(s_start, m.start() - 12) : m.start()]
        approx = bool(m.group("hedge")) or bool(
            re.search(r"(?:ok\.|około|ponad|blisko|przeszło)\s*$", before)
        )
        confidence = 0.85 if MEMBERSHIP_CUE.search(sentence) else 0.7
        facts.append(
            Fact(total, m.start() + offset, end + offset, confidence, approx, "member-count")
        )
    for pattern in (AGREEMENT_PARTIES, FIRST_PERSON_COUNT):
        # "W porozumieniu jest 31 stron", "Dziś jest nas 58": a count with its own cue
        for m in pattern.finditer(text):
            groups = m.groupdict()
            number = groups.get("num") or groups.get("num2") or groups.get("num3") or ""
            if _looks_like_year(number, m.group("hedge")) or any(
                f.start <= m.start() + offset < f.end for f in facts
            ):
                continue
            facts.append(
                Fact(
                    int(number),
                    m.start() + offset,
                    m.end() + offset,
                    0.8,
                    bool(m.group("hedge")),
                    "member-count",
                )
            )
    for m in CUED_COUNT.finditer(text):
        # "skupia 12 wypożyczalni": after a verb of membership any plural noun is members
        if any(f.start <= m.start("num") + offset < f.end for f in facts):
            continue
        if NOT_MEMBERS.search(m.group()) or _looks_like_year(m.group("num"), m.group("hedge")):
            continue
        value = parse_number(m.group("num"))
        if value is not None:
            approx = bool(m.group("hedge"))
            end = m.end()
            for part in CUED_PART.finditer(text, end):
                if part.start() != end:
                    break
                value += parse_number(part.group("num").strip()) or 0  # "…, trzy słodownie"
                end = part.end()
            # "31 drukarni, introligatorni i studiów graficznych oraz dwie szkoły": the kinds
            # of the first part go on, then a second part joins it
            joined = LISTED_KINDS_THEN_PART.match(text, end)
            if joined and not NOT_MEMBERS.search(joined.group("part")):
                value += parse_number(joined.group("num")) or 0
                end = joined.end()
            if end > m.end():  # "…, 3 firmy usługowe oraz cukrownię w Chełmży": one more
                single = SINGLE_MEMBER.match(text, end)
                if single:
                    value += 1
                    end = single.end()
            span = (m.start() + offset, end + offset)
            facts = [f for f in facts if not span[0] <= f.start < span[1]]  # its own parts
            facts.append(Fact(value, span[0], span[1], 0.75, approx, "member-count"))
    return facts


LISTED_KINDS_THEN_PART = re.compile(
    r"(?:,?\s+(?:i\s+)?[a-ząćęłńóśźż]{3,}){0,6}?\s*(?:,|\s+i|\s+oraz)\s+(?P<part>"
    + COUNT_PART.pattern
    + r")",
    re.IGNORECASE,
)
PLANNED = re.compile(
    r"\b(?:docelowo|zakłada\s+się|planuje\s+się|planowan\w*|prognozowan\w*|w\s+przyszłości|"
    r"ma\s+(?:liczyć|skupiać|zrzeszać|objąć)|będzie\s+(?:liczy|skupia|zrzesza|obejmowa)\w*|"
    r"skupi|zrzeszy|obejmie)\b",
    re.IGNORECASE,
)


# One institution named by a singular noun: the kinds both lists below name, then the
# producers a breakdown counts ("wytwórnia pasz") and the public bodies that end a list
# ("oraz powiatowy urząd pracy").
_SINGULAR_KINDS = (
    r"uczelni[aę]|szkoł[aę]|gmin[aę]|cukrowni[aę]|liceum|technikum|uniwersytet|zakład|browar|"
    r"parafi[aę]|izb[aę]|fundacj[aę]|stowarzyszenie|spółdzielni[aę]"
)
SINGULAR_UNIT = (
    r"\b(?:" + _SINGULAR_KINDS + r"|wytwórni[aę]|ubojni[aę]|mleczarni[aę]|chłodni[aę]|"
    r"przetwórni[aę]|suszarni[aę]|tartak|lecznic[aę]|muzeum|szpital|powiat)\b"
)
GENERIC_MEMBERS = re.compile(r"członk|podmiot|uczestnik|partner|sygnatariusz|stron")
TRAILING_UNITS = re.compile(
    # "7 przedsiębiorstw – prosumentów, spółdzielnia energetyczna i Powiat Buski."
    r"(?:[ \t]+[a-ząćęłńóśźż]+){0,2}(?:[ \t]+[–—][ \t]+[a-ząćęłńóśźż]+)?"
    r"(?:(?:\s*,\s*|\s+(?:i|oraz)\s+)(?i:"
    + SINGULAR_UNIT
    + r")(?:\s+[\w\-]+){0,2})+(?=\s*[.;]|\s*$)"
)
SINGLE_MEMBER = re.compile(
    r"(?:\s+[a-ząćęłńóśźż]+){0,2}\s*(?:,|\bi|\boraz)\s+(?:(?:[Gg]mina|[Mm]iasto|[Pp]owiat|[Ss]tarostwo|[Uu]rząd|[Uu]czelnia|"
    r"[Uu]niwersytet|[Pp]olitechnika|[Aa]kademia|[Ww]yższa\s+[Ss]zkoła|[Ii]zba|[Ff]undacja|"
    r"[Ss]towarzyszenie|[Ii]nstytut|[Aa]gencja)\b(?:\s+["
    + UP
    + r"„][\w„”\-]*|\s+(?!(?:i|oraz|a|lub|w)\b)"
    r"[a-ząćęłńóśźż]+(?=\s+[" + UP + r"])){1,6}(?:\s+w\s+[" + UP + r"]\w+)?|"
    # "3 laboratoria i uczelnia", "oraz cukrownię w Chełmży", "i liceum plastyczne": one
    # institution named by a singular noun, to the end of the list
    r"(?:[a-ząćęłńóśźż]{4,}[yae]\s+(?=(?:urząd|zakład|browar|ośrodek|szpital)\b))?"
    r"(?:" + _SINGULAR_KINDS + r"|politechnik[aę]|szpital|instytut|miasto|powiat|starostwo|"
    r"urząd|agencj[aę]|laboratorium|centrum|inkubator|ośrodek|muzeum|bibliotek[aę])"
    r"(?:\s+(?!(?:i|oraz|a|lub|w|we|z|ze)\b)[a-ząćęłńóśźż\-]+){0,2}"
    r"(?:\s+(?:w|we|z|ze)\s+[" + UP + r"][\w\-]+)?(?=\s*[.;)]|\s*$))"
)


def _looks_like_year(number: str, hedge: str | None) -> bool:
    return number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2100 and not hedge


# A number of clusters and what they gather together: a region's total, no cluster's count.
CLUSTERS_TOTAL = re.compile(
    r"\b\d{1,3}\s+(?:inicjatyw\w*|klastr(?:y|ów)\b|powiąza\w*)[^.;]{0,60}?"
    r"(?:zrzeszając\w*|skupiając\w*|łącząc\w*|obejmując\w*|któr\w+|łącznie|w\s+sumie)"
    r"[^.;]{0,25}$"
)


def _not_a_member_count(
    text: str, m: re.Match[str], s_start: int, s_end: int, sentence: str
) -> bool:
    """Employees, shares, amounts, phone numbers, paragraph numbers, attendees, counts of
    clusters: numbers near member-like nouns that are not a cluster's members."""
    if NOT_MEMBERS.search(text[m.start() : min(s_end, m.end() + 12)]):
        return True
    if re.search(r"\bnow(?:ych|e|i|a)\b", m.group()) or re.search(
        r"\bo\s*$", text[max(0, m.start() - 3) : m.start()]
    ):
        return True  # "pięć nowych firm", "powiększył się o pięć": growth, not the total
    if re.search(r"\b(?:do|od)\s*$", text[max(0, m.start() - 4) : m.start()]):
        return True  # "2 pkt do 15 członków": a threshold, not a count
    if m.start() > 0 and text[m.start() - 1] in "/.-" and not m.group("hedge"):
        return True  # "FEOP.01/24 realizuje …": the end of a number or code
    if re.match(r"[^.;]{0,60}?\b(?:są|było|byli)\s+członkami\b", text[m.end() : s_end]):
        return True  # "cztery firmy z gminy są członkami Klastra X": some of its members
    if re.search(r"\b(?:spośród|wśród)\b", m.group()):
        return True  # "udziałowcami jest 8 spośród członków": some of them
    if m.group("noun").isupper() and len(m.group("noun")) > 1:
        return True  # "6 STOWARZYSZENIE": an entry number before a name in capitals
    if m.group("noun").lower().startswith("uczestnik") and re.search(
        r"udział|forum|spotkani|konferencj|gal[ia]|wydarzeni", sentence, re.IGNORECASE
    ):
        return True  # participants of an event
    if re.search(
        r"(?:tel|fax|nr|ul|§|art|ust|pkt)\.?\s*$",
        text[max(0, m.start() - 8) : m.start()],
        re.IGNORECASE,
    ):
        return True
    if MEETING.search(sentence) and not STRONG_MEMBERSHIP_CUE.search(sentence):
        return True  # people or firms at a meeting are attendees, not members
    if PLANNED.search(text, max(s_start, m.start() - 60), m.start()):
        return True  # "docelowo klaster skupi ok. 20 członków": a plan, not a count
    if CLUSTERS_TOTAL.search(text, max(s_start, m.start() - 90), m.start()):
        return True  # "23 inicjatywy klastrowe, zrzeszające łącznie ok. 780 podmiotów"
    return bool(
        re.search(r"\b(?:klastr\w*|inicjatyw\w*)\s*\($", text[max(0, m.start() - 30) : m.start()])
    )


# --- coordinator -----------------------------------------------------------------------

LEGAL_ABBREVIATION = _LEGAL_ABBREVIATION = (
    r"(?:[Ss]p\.\s*z\s*o\.\s*o\.|S\.A\.|[Ss]p\.\s*[jkp]\.|s\.\s?c\.)"
)
# a word of an organisation's name; "Nauka–Przemysł" (a dash with no spaces) is one word
_ORG_WORD = r"(?!" + _LEGAL_ABBREVIATION + r")[" + UP + r"„\"][\w„”\"\-]*(?:–[" + UP + r"][\w\-]*)*"
# "Fundacja Most nad Odrą", "Bank Spółdzielczy w Nowym Mieście nad Pilicą"
_ORG_JOINER = (
    r"(?:(?:i|oraz|na\s+rzecz|ds\.|do\s+spraw|im\.)\s+|(?:w|nad|pod)\s+(?=[" + UP + r"]))?"
)
_ORG_PART = r"(?:" + _ORG_WORD + r"|[–—-](?=\s+[" + UP + r"])|[" + UP + r"]\w+o\s*[–—-]\s*\w+)"
# An organisation's name: capitalised words, joined by "i", "oraz", "na rzecz", dashes and
# a seat ("Rada w Opolu"), optionally ending in a legal form ("Sp. z o.o.", "S.A.").
ORG = (
    r"(?P<org>"
    + _ORG_WORD
    + r"(?:\s+"
    + _ORG_JOINER
    + _ORG_PART
    + r"){0,12}(?:\s+"
    + _LEGAL_ABBREVIATION
    + r")?)"
)
GENERIC = (
    r"(?:(?:spółka|firma|fundacja|stowarzyszenie|gmina|miasto|instytucja|uczelnia)\s+(?=["
    + UP
    + r"]))?"
)
COORDINATOR_PATTERNS: list[tuple[re.Pattern[str], bool, float]] = [
    (
        re.compile(
            r"[Kk]oordynator(?:em|ką)\b[^.;]{0,90}?\b(?:jest|był[aoy]?|(?:po)?został[aoy]?)\s+"
            # "jest od kwietnia 2023 r. X": since when, then who
            r"(?:(?:od|do)\s+(?:\w+\s+)?\d{4}\s+r(?:\.|oku)\s+)?(?:przedstawiciel\w*\s+)?"
            + GENERIC
            + ORG
        ),
        True,
        0.85,
    ),
    (
        re.compile(
            r"koordynator\w*,?\s+(?:którym|którą|którego)\s+(?:jest|był[aoy]?|został\w*)\s+(?:przedstawiciel\w*\s+)?"
            + ORG
        ),
        True,
        0.85,
    ),
    (
        re.compile(
            r"(?:[Kk]oordynator\w*|[Pp]odmiot (?:koordynujący|zarządzający)|[Aa]nimator|[Ll]ider)"
            r"(?:\s+klastra)?\s*[:–]\s*" + ORG
        ),
        True,
        0.85,
    ),
    (
        re.compile(
            r"(?:[Aa]nimator|[Ll]ider|[Pp]odmiot\w* (?:koordynując|zarządzając)\w*)\w*\s+"
            r"(?:klastra\s+)?"
            r"(?:[^\s.;]+\s+){0,3}?(?:jest|był[aoy]?|został[aoy]?)\s+" + GENERIC + ORG
        ),
        True,
        0.8,
    ),
    (re.compile(r"(?:koordynowan|zarządzan|prowadzon)\w*\s+(?:jest\s+)?przez\s+" + ORG), True, 0.8),
    # "Klaster koordynuje Fundacja X" (the cluster the object, the coordinator the subject)
    (
        re.compile(
            r"\b[Kk]laster(?:\s+[" + UP + r"„][\w\-„”]*){0,6}\s+koordynuj[eą]\s+" + GENERIC + ORG
        ),
        False,
        0.8,
    ),
    # "Sprawy Klastra Meblowego Wałecczyzny prowadzi Regionalna Izba Drzewna w Wałczu"
    (re.compile(r"\b[Ss]prawy\s+(?:[^.;]{0,60}?\s+)?prowadzi\s+" + GENERIC + ORG), False, 0.7),
    (
        re.compile(
            r"[Kk]oordynuj[eą]\s+(?:go|ją|nim|nią|klaster\w*|inicjatyw\w*)\s+" + GENERIC + ORG
        ),
        False,
        0.8,
    ),
    (
        re.compile(
            r"(?:[Ff]unkcj[ęa]|[Rr]ol[ęa])\s+(?:koordynatora|animatora|lidera)(?:\s+[^\s;]+){0,4}?"
            r"\s+pełni\w*\s+" + GENERIC + ORG
        ),
        False,
        0.8,
    ),
    (
        re.compile(
            r"(?:utworzeni|powołani|założeni|zawiązani|stworzeni|przetestowani)\w*[^.;]{0,80}?\bbył\w*\s+zadaniem\s+"
            + ORG
        ),
        True,
        0.7,
    ),
]
# "Fundacja (z siedzibą w Bielawie) pełni funkcję koordynatora Klastra …": the subject
# before the verb; one word only if it is an organisation's kind ("Fundacja"), not a role
# ("Wnioskodawca pełni funkcję koordynatora").
SUBJECT_COORDINATOR = re.compile(
    ORG + r"(?:,?\s+z\s+siedzibą\s+we?\s+[" + UP + r"][\w\-]+(?:\s+[" + UP + r"][\w\-.]+)?)?,?\s+"
    r"(?:pełni|pełnił[aoy]?)\s+(?:funkcję|rolę)\s+(?:koordynatora|lidera|animatora)\b"
)
COORDINATOR_PATTERNS.append((SUBJECT_COORDINATOR, False, 0.8))
COORDINATOR_PATTERNS.append(
    (
        re.compile(r"(?:[Cc]oordinated\s+by|[Cc]oordinator(?:\s+is)?\s*:?)\s+(?:the\s+)?" + ORG),
        False,
        0.75,
    )
)
# "coordinated by the Municipality of Rudnik nad Sanem (Gmina Rudnik nad Sanem)": an English
# rendering with the Polish name in brackets; the Polish name is the organisation's
ENGLISH_THEN_POLISH = re.compile(
    r"[Cc]oordinated\s+by\s+(?:the\s+)?(?P<english>[A-Z][\w\-]*(?:\s+(?:of|for|and|the|nad|pod|na|w|["
    + UP
    + r"][\w\-„”\"]*)){0,10}?)\s*\((?P<org>["
    + UP
    + r"][^()\n]{2,80})\)"
)
# "Agencja Rozwoju Sp. z o.o. (koordynator Klastra …)", "Izba X – koordynator klastra"
APPOSITIVE_COORDINATOR = re.compile(
    r"\s*(?:\(|,|–|—)\s*(?:pełniąc\w*\s+funkcję\s+)?(?:koordynator|lider)(?:a|em)?\s+"
    r"(?:[Kk]lastr\w*|[Ii]nicjatyw\w*)"
)
RELATIVE_COORDINATOR = re.compile(
    r",?\s+(?:który|która|które)\s+(?:[^.;]|(?<=\br)\.){0,60}?\bkoordyn\w*"  # "od 2021 r."
)


def coordinators(text: str, offset: int) -> list[Fact]:
    facts = []
    for pattern, oblique, confidence in COORDINATOR_PATTERNS:
        for m in pattern.finditer(text):
            raw, org_start = m.group("org"), m.start("org")
            if "\n" in raw and re.match(r"[ \t]*:", text[m.end("org") :]):
                raw = raw[: raw.rindex("\n")]  # "… w Janowie\nRok: b.d.": the next label
            paragraphs = PARAGRAPH_BREAK.split(raw)  # a name never runs over a blank line
            if pattern is SUBJECT_COORDINATOR:  # the part next to the verb
                org_start += len(raw) - len(paragraphs[-1])
                raw = paragraphs[-1]
            else:
                raw = paragraphs[0]
            raw = _trim_org(raw)
            if len(raw) < 4 or raw.lower().startswith(("klast", "inicjatyw")):
                continue
            if pattern is SUBJECT_COORDINATOR and " " not in raw and raw not in BARE_ORGANISATION:
                continue
            start = org_start + offset
            value = to_nominative(raw) if oblique else raw
            value = join_compound_words(value)
            value = re.sub(r"\s+", " ", value).strip(" ,")
            if not re.search(_LEGAL_ABBREVIATION + "$", value):
                value = value.rstrip(".")
            facts.append(Fact(value, start, start + len(raw), confidence, rule="coordinator"))
    for m in ENGLISH_THEN_POLISH.finditer(text):
        if re.search(r"\s(?:of|for|and)\s", m.group("english")):  # English, not Polish
            raw = m.group("org")
            value = re.sub(r"\s+", " ", raw).strip()
            start = m.start("org") + offset
            facts.append(Fact(value, start, start + len(raw), 0.8, rule="coordinator"))
    for m in APPOSITIVE_COORDINATOR.finditer(text):
        found = _organisation_before(text, m.start())
        if found:
            start, raw = found
            value = re.sub(r"\s+", " ", raw).strip()
            if re.search(r"(?:koordynator|lider)(?:a|em)\b", m.group()):  # its noun's case
                value = to_nominative(value)
            facts.append(
                Fact(value, start + offset, start + offset + len(raw), 0.75, rule="coordinator")
            )
    for m in RELATIVE_COORDINATOR.finditer(text):
        found = _organisation_before(text, m.start())
        if found and not re.search(r"(?i)\bklast", found[1]):  # a cluster runs itself
            start, raw = found
            value = to_nominative(re.sub(r"\s+", " ", raw).strip())
            facts.append(
                Fact(value, start + offset, start + offset + len(raw), 0.7, rule="coordinator")
            )
    return facts


BARE_ORGANISATION = frozenset(
    {"Fundacja", "Stowarzyszenie", "Spółka", "Izba", "Agencja", "Uczelnia", "Spółdzielnia"}
)


def full_organisation_name(text: str, value: str, at: int) -> str:
    """ "Fundacja pełni funkcję koordynatora": a bare "Fundacja" is the foundation the text
    names in full elsewhere ("Fundacja „Morena” na rzecz Przedsiębiorczości została …"),
    the nearest such name before it, else the first after it."""
    if value not in BARE_ORGANISATION:
        return value
    word = re.compile(r"(?<!\w)" + value + r"(?!\w)")
    named = []
    for m in re.finditer(r"(?<![\w„])" + ORG, text):
        name = PARAGRAPH_BREAK.split(m.group("org"))[0]  # a heading ends at a blank line
        if len(name) > len(value) + 2 and m.start() != at and word.search(name):
            named.append((m.start(), name))
    before = [name for start, name in named if start < at]
    found = before[-1] if before else named[0][1] if named else value
    return re.sub(r"\s+", " ", _trim_org(found)).strip(" ,")


def _organisation_before(text: str, end: int) -> tuple[int, str] | None:
    """ "Fundacja Wspierania Innowacji regionalnych, która … koordynowanie": the name that a
    relative clause about coordinating refers to, read backwards from the comma."""
    seat = re.search(r",?\s+z\s+siedzibą\s+we?\s+" + PLACE + r"\s*$", text[max(0, end - 60) : end])
    # "Izby Przemysłu X z Bielska-Białej, która koordynuje …": where it is from, then the name
    origin = re.search(r"\s+ze?\s+" + PLACE + r"\s*$", text[max(0, end - 40) : end])
    if seat:  # "Fundacja X z siedzibą w Zielonej Górze, która …": the name before its seat
        end -= len(seat.group())
    elif origin:
        end -= len(origin.group())
    legal = re.search(r"\s+" + LEGAL_ABBREVIATION + r"\s*$", text[max(0, end - 30) : end])
    name_end = end - (len(legal.group()) if legal else 0)
    words = list(re.finditer(r"[\w„”\"\-–]+", text[max(0, name_end - 120) : name_end]))
    base = max(0, name_end - 120)
    kept: list[re.Match[str]] = []
    for word in reversed(words):
        w = word.group()
        if w[:1].isupper() or w[:1] in '„"' or (w in {"i", "oraz"} and kept) or can_be_adjective(w):
            kept.insert(0, word)
        else:
            break
    while kept and not kept[0].group()[:1].isupper():
        kept.pop(0)
    if len(kept) < 2:
        return None
    start = base + kept[0].start()
    name = text[start:name_end].strip(" ,")
    if legal:
        return start, to_nominative(name) + " " + legal.group().strip()
    return start, name


TOWN_IN_NAME = re.compile(
    r"\b(?:Rada|Oddział|Delegatura|Filia|Izba\s+Rzemieślnicza|Cech|Ośrod\w*|Dom\s+Kultury|"
    r"Centrum\s+Kultury|Urząd|Starostwo|Bibliotek\w*|Muzeum|Sąd|Zesp[oó]\w*\s+Szkół)\b"
)


def _trim_org(raw: str) -> str:
    raw = re.sub(r"\s+", " ", raw).strip(" ,–-")
    # A seat after the name is not part of it ("Izba … z siedzibą w Opolu"), except in the
    # name of a branch or a local institution, which ends with its town ("Rada w Opolu",
    # "Gminny Ośrodek Kultury w Janowie", "Cech Rzemiosł Różnych w Turku").
    m = re.search(r"\s+w\s+[" + UP + r"]\w+$", raw)
    if m and not TOWN_IN_NAME.search(raw[: m.start()]):
        raw = raw[: m.start()]
    raw = raw.strip(" ,–-")
    return raw if re.search(_LEGAL_ABBREVIATION + "$", raw) else raw.rstrip(".")


# --- legal form ------------------------------------------------------------------------

LEGAL_FORMS = [
    (
        r"sp\.\s*z\s*o\.\s*o\.|spółk\w*\s+z\s+(?:ograniczoną\s+odpowiedzialnością|o\.\s*o\.)|"
        r"limited\s+liability\s+company",
        "spółka z o.o.",
    ),
    (r"spółk\w*\s+akcyjn\w*|\bS\.A\.", "spółka akcyjna"),
    (r"stowarzyszeni\w*|\bassociation\b", "stowarzyszenie"),
    (r"fundacj\w*|\bfoundation\b", "fundacja"),
    (r"porozumieni\w*|cooperation agreement|\bagreement\b", "porozumienie"),
    (r"konsorcj\w*", "konsorcjum"),
    (r"spółdzielni\w*", "spółdzielnia"),
    (r"związ\w+\s+stowarzyszeń", "związek stowarzyszeń"),
    # a partnership or cooperation agreement is what the gold calls "porozumienie"
    (r"umow\w*\s+(?:partnersk|o współpracy|konsorcj|klastrow|cywilnoprawn)\w*", "porozumienie"),
]


def canonical_legal_form(text: str) -> str | None:
    """The form named first: "porozumienia – przekształcenie w stowarzyszenie nie jest
    planowane" is an agreement."""
    found = []
    for pattern, value in LEGAL_FORMS:
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            found.append((m.start(), value))
    return min(found)[1] if found else None


AGREEMENT_CLAUSE = re.compile(
    r"(?:^|[;:]\s*|\.\s+)((?:[Pp]orozumienie|[Uu]mowa)\s+(?:o\s+współpracy|partnerskie|"
    r"konsorcjum|klastrowa|o\s+współpracy\s+klastrowej)(?:\s+(?:zawart|podpisan)\w+)?)"
    r"\s+(?:z|w)\s+(?:dnia\s+)?(?:\d{1,2}[.\s]\w+[.\s]+|\w+\s+)?(?P<year>(?:19|20)\d\d)\b"
)
# "na podstawie porozumienia o współpracy z 2014 r.", "na mocy umowy konsorcjum zawartej w 2015 r."
DATED_BASIS = re.compile(
    r"\b[Nn]a\s+(?:podstawie|mocy)\s+(?:porozumieni\w*|umow\w*)(?:\s+(?:o\s+współpracy|partnersk\w+|"
    r"konsorcjum|klastrow\w+|cywilnoprawn\w+))?\s+(?:z\s+(?:dnia\s+)?(?:\d{1,2}[.\s]\w+[.\s]+)?|"
    r"(?:zawart|podpisan)\w*\s+w\s+)(?P<year>(?:19|20)\d\d)\b"
)
# A named form, or up to a clause's end: "spółka z o.o." keeps its periods.
_FORM = r"((?:spółk\w*|sp\.)\s+z\s*o\.\s*o\.|[^.;,–—]{3,60})"
# An agreement with what kind it is ("umową konsorcjum"): a bare "umowa" may be a company's.
_AGREEMENT = (
    r"((?:porozumieni(?:em|a)|umow(?:ą|y))"
    r"(?:\s+(?:o\s+współpracy|partnersk\w*|konsorcj\w*|klastrow\w*|cywilnoprawn\w*))?)\b"
)

LEGAL_PATTERNS = [
    re.compile(r"[Ff]orm(?:ą|a)\s+prawn(?:ą|a)[^.;]{0,60}?\b(?:jest|było|są|to)\s+([^.;,]{3,60})"),
    # "– Izba X, Ustka; porozumienie o współpracy z 2015 r.": a dated agreement as a clause
    AGREEMENT_CLAUSE,
    # "Na podstawie umowy konsorcjum zawartej w 2015 r. …"
    # (not "na podstawie porozumienia z Klastrem X": an agreement with a partner)
    re.compile(
        r"\b[Nn]a\s+(?:podstawie|mocy)\s+" + _AGREEMENT + r"(?!\s+(?:ze?|pomiędzy|między)\s)"
    ),
    # "Podstawą działania klastra jest porozumienie partnerskie"
    re.compile(
        r"[Pp]odstaw(?:ą|a)\s+(?:prawn\w+\s+)?(?:działania|funkcjonowania|współpracy|działalności)"
        r"(?:\s+[\w„”\"]+){0,3}?\s+(?:jest|są|stanowi|była|było)\s+" + _FORM
    ),
    re.compile(r"[Ff]orma\s+prawna\s*[:–-]\s*((?:sp\.|spółk\w*)\s+z\s+o\.\s*o\.|[^.;,(]{3,60})"),
    re.compile(
        r"\b(?:as|under)\s+an?\s+((?:\w+\s+){0,2}(?:association|foundation|agreement|company))"
    ),
    re.compile(
        r"\b(?:działa\w*|funkcjonuj\w*|zawiąza\w*|[Pp]owsta\w*|utworzon\w*|założon\w*)"
        r"(?:\s+[\w.]+){0,6}?\s+(?:w formie|jako|na podstawie|w oparciu o)\s+" + _FORM
    ),
    re.compile(r"\b(?:[Mm]a|[Pp]osiada|przyjął|przyjęła)\s+form[ęy]\s+([^.;,]{3,60})"),
    # "powołany porozumieniem z 2016 r.", "powstał … na mocy porozumienia"
    # "Utworzono go w 2019 r. porozumieniem 14 podmiotów", "zawiązano umową konsorcjum"
    re.compile(
        r"\b(?:[Pp]owoła\w*|[Uu]tworz\w*|[Zz]awiąza\w*|[Pp]owsta\w*|[Zz]ałożon\w*)"
        r"(?:\s+(?:w\s+)?[\w.]+){0,3}?\s+(?:na\s+mocy\s+|na\s+podstawie\s+)?" + _AGREEMENT
    ),
    re.compile(r"\bzarejestrowan\w*\s+jako\s+([^.;,]{3,60})"),
    # "Umowa o współpracy z dnia 3 marca 2015 r., zawarta przez Fundację i 12 firm": the
    # parties that made the cluster
    re.compile(
        r"\b((?:[Uu]mow|[Pp]orozumieni)\w*\s+(?:o\s+współpracy|partnersk\w*|klastrow\w*|"
        r"konsorcj\w*))(?:[^.;]|(?<=\br)\.){0,60}?\bzawart[aey]\s+(?:przez|pomiędzy|między)\s"
    ),
    re.compile(
        r"\b((?:porozumieni|umow)\w*(?:\s+o\s+współpracy)?)\s+(?:o|w\s+sprawie)\s+"
        r"(?:utworzeni|powołani|zawiązani|założeni)\w*\s+(?:\w+\s+){0,3}?[Kk]lastr",
        re.IGNORECASE,
    ),
]


# The form a cluster has now, where the text tells a change ("początkowo na podstawie
# porozumienia, a od 2015 r. jako stowarzyszenie") or speaks for itself ("Jesteśmy …").
CURRENT_LEGAL_PATTERNS = [
    re.compile(
        r"\bod\s+\d{4}\s+r(?:\.|oku)\s+(?:działa\w*\s+)?(?:jako|w\s+formie)\s+([^.;,]{3,40})"
    ),
    # "porozumienie 2016, stowarzyszenie od 2018 r.", "od 2015 r. spółka z o.o."
    re.compile(
        r"\b(stowarzyszeni\w*|fundacj\w*|(?:spółk\w*|sp\.)\s+z\s*o\.\s*o\.)\s+od\s+(?:\d{4}|\w+\s+\d{4})"
    ),
    re.compile(
        r"\bod\s+\d{4}\s+r(?:\.|oku)\s+(stowarzyszeni\w*|fundacj\w*|(?:spółk\w*|sp\.)\s+z\s*o\.\s*o\.)"
    ),
    # "przekształcony w …", "przekształcił się w …"; not "przekształcenie … nie jest planowane"
    re.compile(r"\b(?:przekształcon\w*|przekształcił\w*\s+się)\s+w\s+([^.;,]{3,40})"),
    re.compile(
        r"\b[Jj]esteśmy\s+((?:stowarzyszeniem|fundacją|spółdzielnią|spółką|porozumieniem|"
        r"konsorcjum)[^.;,]{0,30})"
    ),
    # "Formalnie nadal jesteśmy porozumieniem", "formalnie stowarzyszenie"
    re.compile(
        r"\b[Ff]ormalnie\s+(?:(?:wciąż|nadal|jest|są|jesteśmy|to|pozostaje(?:my)?)\s+){0,2}"
        r"((?:stowarzyszeni|porozumieni|spółk|fundacj|spółdzielni|konsorcj)\w*[^.;,]{0,30})"
    ),
    # "do tego czasu współpracę jego członków reguluje porozumienie z 2021 r."
    re.compile(
        r"\bwspółprac\w*(?:\s+[\w„”\"]+){0,4}?\s+(?:reguluje|regulują|reguluje\s+obecnie)\s+"
        r"((?:porozumieni|umow)\w*[^.;,]{0,40})"
    ),
    # "w 2014 r. jego uczestnicy zarejestrowali stowarzyszenie": the later, current form
    re.compile(r"\bzarejestrowa(?:li|ły|ł|ła)\s+(stowarzyszeni\w*|fundacj\w*|spółk\w*)"),
    # "nowe stowarzyszenie wpisano do KRS": the cluster formed is a registered association
    re.compile(r"\bnow\w*\s+(stowarzyszeni\w*|fundacj\w*|spółk\w*)\s+(?:wpisano|zarejestrowano)"),
    re.compile(r"\b(?:converted|transformed)\s+into\s+an?\s+([^;,]{3,60}?)(?:\s+in\s+\d{4}|[.;,])"),
]


# The form as a sentence's subject, the cluster itself in its own scope: "Stowarzyszenie liczy
# 23 członków", "Obecnie porozumienie zrzesza 17 członków". Weak: a coordinator described the
# same way is told apart by the caller (`rule="legal-subject"`).
SUBJECT_LEGAL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:Obecnie|Dziś|Dzisiaj|Formalnie)\s+)?"
    r"([Ss]towarzyszenie|[Ss]półka|[Ss]półdzielnia|[Pp]orozumienie)\s+"
    r"(?:zostało\s+|została\s+|obecnie\s+|już\s+)?(?:powstało|powstała|liczy|zrzesza|skupia|"
    r"wpisano|wpisane|wpisana|zarejestrowano|zarejestrowane|zarejestrowana|ma\s+siedzibę|"
    r"prowadzi\s+sprawy)\b"
)


# "jej uczestnicy zawiązali spółkę X sp. z o.o.", "członkowie założyli Stowarzyszenie X": the
# members made a body; the cluster's form, unless that body is only its coordinator
MEMBERS_FOUNDED_BODY = re.compile(
    r"\b(?:członkowie|uczestnicy|sygnatariusze)\b[^.;]{0,40}?\b(?:zawiązali|założyli|powołali|"
    r"utworzyli)\s+([Ss]półkę|[Ss]towarzyszenie|[Ff]undację|[Ss]półdzielnię)\b"
)


def legal_forms(text: str, offset: int) -> list[Fact]:
    facts = []
    for m in MEMBERS_FOUNDED_BODY.finditer(text):
        body = m.group(1)  # "spółkę" alone is a limited company, the clusters' usual kind
        value = "spółka z o.o." if body.lower().startswith("spółk") else canonical_legal_form(body)
        if value:
            start, end = m.start(1) + offset, m.end(1) + offset
            facts.append(Fact(value, start, end, 0.82, rule="legal-subject"))
    for m in SUBJECT_LEGAL.finditer(text):
        value = canonical_legal_form(m.group(1))
        if value:
            start, end = m.start(1) + offset, m.end(1) + offset
            facts.append(Fact(value, start, end, 0.6, rule="legal-subject"))
    for patterns, confidence in ((LEGAL_PATTERNS, 0.8), (CURRENT_LEGAL_PATTERNS, 0.85)):
        for pattern in patterns:
            for m in pattern.finditer(text):
                value = canonical_legal_form(m.group(1))
                if value:
                    start, end = m.start(1) + offset, m.end(1) + offset
                    facts.append(Fact(value, start, end, confidence, rule="legal-form"))
    return facts


# --- founding year ---------------------------------------------------------------------

FOUNDING = re.compile(
    r"powsta\w*|założ\w*|utworz\w*|powoła\w*|zawiąza\w*|zarejestrow\w*|wyłoni\w*|"
    r"zainicjowa\w*|rozpocz\w* działalnoś\w*|działa\w* od|funkcjonuje od|istnieje od|lata|latach|"
    r"zawart\w*|podpisa\w*|wpisan\w*\s+do\s+(?:KRS|rejestru)|"
    r"founded|established|set up|created|since",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<![\d.\-/])((?:19[5-9]|20[0-4])\d)(?![\d.\-/])")


PERSON_TENURE = re.compile(
    r"\s*(?:r\.|roku)?,?\s*(?:jest\s+|pełni\s+funkcję\s+)?"
    r"(?:kieruje|zarządza|koordynuje|koordynator\w*|prezes\w*|dyrektor\w*|menedżer\w*|"
    r"kierownik\w*|pracuje|prowadzi)\b",
    re.IGNORECASE,
)


ACTIVE_SINCE = re.compile(r"\b(?:działa\w*|funkcjonuje|istnieje)\s+od\s*$", re.IGNORECASE)
COOPERATION_SINCE = re.compile(
    r"\s*(?:r\.|roku)?,?\s*(?:[\w„”\"]+\s+){0,3}?współprac\w*\s+(?:z|ze)\s", re.IGNORECASE
)


FUTURE = re.compile(
    r"\b(?:zostanie|zostaną|będzie|będą|ma\s+zostać|mają\s+zostać|planuje\s+się|"
    r"zakłada\s+się|docelowo)\b",
    re.IGNORECASE,
)
LETTER_OF_INTENT = re.compile(r"\blist\w*\s+intencyjn|\bletter\s+of\s+intent", re.IGNORECASE)


# A sentence whose subject is a body other than a cluster (its coordinator, a partner): the
# years it gives before naming a cluster are that body's.
OTHER_ORGANISATION_SUBJECT = re.compile(
    r"[ \t\n]*(?:[" + UP + r"][\w\-]*\s+){0,2}(?:Izba|Fundacja|Agencja|Spółka|Spółdzielnia|"
    r"Uczelnia|Uniwersytet|Politechnika|Akademia|Instytut|Urząd|Starostwo|Park|Centrum|Bank)\b"
)
CLUSTER_MENTION = re.compile(r"klast|inicjatyw|cluster", re.IGNORECASE)


def founded_years(text: str, offset: int) -> list[Fact]:
    facts = []
    # "działa na podstawie porozumienia z 2014 r.", "…; porozumienie o współpracy z 2015 r."
    for pattern in (DATED_BASIS, AGREEMENT_CLAUSE):
        for m in pattern.finditer(text):
            start = m.start("year") + offset
            facts.append(
                Fact(int(m.group("year")), start, start + 4, 0.7, rule="founded-agreement")
            )
    for m in YEAR.finditer(text):
        s_start, s_end = sentence_bounds(text, m.start(), m.end())
        before = text[max(s_start, m.start() - 60) : m.start()]
        after = text[m.end() : min(s_end, m.end() + 60)]
        near = before[-40:] + " " + after[:40]
        since = re.search(r"\b(?:od|lata|latach|w|roku)\s*$", before, re.IGNORECASE)
        if not FOUNDING.search(near) and not re.search(r"\bod\s*$", before):
            continue
        if not since and not FOUNDING.search(near):
            continue
        if re.search(r"\bdo\s*$", before) or re.search(r"(?:^|\d)\s*[–-]\s*$", before):
            continue
        if re.search(r"\bna\s+(?:lata|rok|okres|sezon)\s*$", before, re.IGNORECASE):
            continue  # "cele na lata 2025–2030": a plan's period
        if PERSON_TENURE.match(after):
            continue  # "od 2016 r. kieruje klastrem": a person's post, not the founding
        if COOPERATION_SINCE.match(after) and not ACTIVE_SINCE.search(before):
            continue  # "od 2023 r. współpracujemy z …": a partnership's start, not a founding
        if re.search(r"\bklastr(?:ów|y)\b", near, re.IGNORECASE):
            continue  # "w 2003 roku powstało 500 klastrów": about clusters in general
        if LETTER_OF_INTENT.search(before[-40:] + " " + after):
            continue  # "w 2015 r. podpisali list intencyjny": the intent, not the founding
        if FUTURE.search(before[-40:]):
            continue  # "porozumienie zostanie zawarte w I kwartale 2025 r.": a plan
        opening = text[s_start : m.start()]
        if OTHER_ORGANISATION_SUBJECT.match(opening) and not CLUSTER_MENTION.search(opening):
            continue  # "Izba Rzemiosła … od 1991 r. wspiera …": the year of another body
        facts.append(
            Fact(int(m.group(1)), m.start() + offset, m.end() + offset, 0.75, rule="founded")
        )
    return facts


# --- websites --------------------------------------------------------------------------


def websites(text: str, offset: int) -> list[Fact]:
    facts = []
    for m in URL.finditer(text):
        facts.append(
            Fact(url_value(m.group()), m.start() + offset, m.end() + offset, 0.85, rule="website")
        )
    return facts


FOUNDING_EVENT = re.compile(
    r"(?:podpisan\w*|zawart\w*)\s+(?:\w+\s+){0,3}?(?:porozumieni|umow)\w*\s+(?:o|w\s+sprawie)\s+"
    r"(?:utworzeni|powołani|zawiązani)\w*|"
    r"(?:porozumieni|umow)\w*[^.]{0,40}?(?:utworzeni|powołani|zawiązani)\w*\s+(?:\w+\s+){0,3}?klastr|"
    r"(?:powołano|utworzono|zawiązano|założono)\s+(?:\w+\s+){0,3}?klast",
    re.IGNORECASE,
)
MONTHS = (
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
    "listopada|grudnia"
)
DATE = re.compile(
    r"\b\d{1,2}\s+(?:" + MONTHS + r")\s+((?:19|20)\d\d)|\b\d{1,2}\.\d{1,2}\.\s?((?:19|20)\d\d)"
)


def document_year(text: str) -> tuple[int, int, int] | None:
    """The date a document gives for itself: a dateline near its start or a signature
    date near its end ("Zielona Góra, 15.05. 2014r."). (year, start, end) or None."""
    head = DATE.search(text[:400])
    if head:
        return int(head.group(1) or head.group(2)), head.start(), head.end()
    tail = list(DATE.finditer(text, max(0, len(text) - 400)))
    if tail:
        last = tail[-1]
        return int(last.group(1) or last.group(2)), last.start(), last.end()
    return None


def founding_events(text: str, offset: int) -> list[tuple[int, int]]:
    """Spans that state a cluster was founded (an agreement signed, a cluster created)."""
    return [(m.start() + offset, m.end() + offset) for m in FOUNDING_EVENT.finditer(text)]


# a town of one or two capitalised words, or with a river ("Nakle nad Notecią")
PLACE = (
    r"(?P<place>["
    + UP
    + r"][\w\-]+(?:\s+(?:nad|pod)\s+["
    + UP
    + r"][\w\-]+|\s+["
    + UP
    + r"][\w\-.]+)?)"
)
# "Klaster z Opoczna skupia …" opening a sentence is the cluster the text is about; inside a
# sentence ("od 2022 r. klaster z Otmuchowa współpracuje z …") it may be another one.
SEAT = re.compile(
    r"(?:[Bb]iuro(?:\s+klastra)?(?:\s+\w+){0,3}?|(?<![\w,] )Klaster(?=\s+z\s)|"
    r"[Kk]laster(?:\s+[" + UP + r"][\w\-]*){0,5}\s+(?:działa|funkcjonuje)"
    r"(?:\s+od\s+\d{4}\s+(?:r\.|roku))?|"
    r"[Ss]iedzib\w*(?:\s+\w+){0,3}?\s+(?:mieści\s+się|znajduje\s+się|jest)|"
    r"[Mm]a(?:\s+on[ao]?)?\s+siedzibę(?:\s*[–—][^–—\n]{1,50}[–—])?|"
    r"mieści\s+się\s+przy\s+ul\.\s+[^,.\n]{1,40}?(?=\s+w\s)|"
    r"[Kk]last\w*\s+(?:[" + UP + r"][\w\-]*(?:\s+|(?=,))){1,5},?\s*działając\w*|"
    r"mieści\s+się|zlokalizowan\w*)\s+(?:w|we|z|ze)\s+" + PLACE
)
# "biuro klastra przeniesiono do Krotoszyna", "biuro klastra znajduje się w Urzędzie
# Miejskim w Krotoszynie": where the office is now
OFFICE_MOVED = re.compile(
    r"\b(?:[Bb]iuro|[Ss]iedzib\w*)(?:\s+klastra)?\s+(?:przeniesion\w*|(?:został\w*\s+)?"
    r"przeniesion\w*|przeniosł\w*\s+się)\s+do\s+" + PLACE
)
OFFICE_IN_INSTITUTION = re.compile(
    r"\b(?:[Bb]iuro|[Ss]iedzib\w*)(?:\s+klastra)?\s+"
    r"(?:znajduje\s+się|mieści\s+się|(?:prowadzon\w*|zlokalizowan\w*)\s+jest)\s+w\s+"
    r"(?:(?:budynku|siedzibie|lokalu|pomieszczeniach|biurze|porcie|hali)\s+"
    # "w siedzibie izby przy ul. Płockiej 21 w Mławie"
    r"(?:(?:[^.;]|(?<=\b(?:ul|al|pl|os))\.){0,60}?\s)?|"
    r"(?:[" + UP + r"][\w\-]*(?:\s+[\w\-„”\"]+){0,5}?\s+)?)(?:w|we)\s+" + PLACE
)
# "w Zielonej Górze, powstał Lubuski Klaster …": the place before the founding
FOUNDED_HERE = re.compile(
    r"\b[Ww]\s+" + PLACE + r",?\s+(?:powstał\w*|utworzon\w*|założon\w*|zawiązan\w*|działa|"
    r"funkcjonuje|ma\s+siedzibę)\s+[" + UP + r"]"
)
# "Biuro klastra mieści się w Inkubatorze …, ul. Legionów 122, 26-110 Skarżysko-Kamienna"
OFFICE_ADDRESS = re.compile(
    r"(?i)\b(?:biur|siedzib)\w*(?:[^.;]|(?<=\b(?:ul|al|pl|os))\.){0,160}?\b\d{2}-\d{3}\s"
)
# "siedzibą jego biura jest Bełchatów": the town in the nominative
SEAT_IS = re.compile(
    r"[Ss]iedzib\w*(?:\s+\w+){0,3}?(?:\s*[–—][^–—\n]{1,40}[–—]|\s*,[^,.\n]{1,40},)?"
    r"\s+(?:jest|pozostaje)\s+(?:miasto\s+|gmina\s+|miejscowość\s+)?" + PLACE + r"\s*[.,;]"
)
SEAT_ENGLISH = re.compile(
    r"(?:[Bb]ased|[Hh]eadquartered|[Ll]ocated|[Ss]eated|"
    r"(?:[Ss]et\s+up|[Ff]ounded|[Ee]stablished)\s+in\s+\d{4})\s+in\s+" + PLACE
)
SEAT_LABEL = re.compile(
    r"[Ss]iedziba(?:\s+klastra)?\s*[:–]\s*(?:ul\.[^,\n]{1,40},\s*)?(?:\d{2}-\d{3}\s+)?" + PLACE
)
# "… z siedzibą w Opolu", "… z Wiślicy", "… (ul. Mickiewicza 41, 17-100 Bielsk Podlaski)"
SEAT_OF_ORGANISATION = re.compile(
    r"\s*,?\s*(?:(?:z\s+siedzibą\s+)?we?\s+|ze?\s+|[,(]\s*(?:ul|al|pl|os)\.\s[^,()\n]{1,40},"
    r"\s*\d{2}-\d{3}\s+)" + PLACE
)
# "Koordynator: Drukarnie Kujawskie S.A., Bydgoszcz;": the town listed after the name
LISTED_SEAT = re.compile(r"\s*,\s*" + PLACE + r"(?=\s*[;)\n]|\.\s)")
GENERIC_SEAT = re.compile(r"z\s+siedzibą\s+we?\s+" + PLACE)
# "Klaster X to stowarzyszenie z siedzibą w Międzyrzeczu": the subject's own seat
SEAT_OF_SUBJECT = re.compile(
    r"\b(?:to|jest)\s+(?:[a-ząćęłńóśźż]+\s+){0,3}?z\s+siedzibą\s+we?\s+" + PLACE
)
FOUNDED_AT = re.compile(
    r"(?:powstał\w*|założon\w*|utworzon\w*)\s+(?:w\s+(?:19|20)\d\d\s+(?:r\.|roku)\s+)?w\s+" + PLACE
)
