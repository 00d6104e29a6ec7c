"""Cluster names: found in running text, and parsed out of list items and headings.

Polish cluster names follow a grammar no NER model captures well: capitalised adjectives,
a head word ("Klaster", "Klastra", "Cluster"), then capitalised genitive complements joined
by "i", "oraz", "na rzecz", quoted brand names („Kryształ”) and abbreviations (PKM). The
rules here implement that grammar; morfeusz2 tells adjectives from other capitalised words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extract.cards import label_kind
from pipeline.morph import (
    analyse,
    can_be_adjective,
    known,
    only_verb,
    pos_tags,
    readings_in_case,
    to_nominative,
)

UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
LOWER = "a-ząćęłńóśźż"
HEADS = {"klaster", "klastra", "klastrze", "klastrem", "klastrowi", "cluster"}
NOMINATIVE_HEADS = {"klaster", "cluster"}
CONNECTORS = {"i", "oraz", "w", "we", "z", "ze", "na", "dla", "do", "od", "o", "a", "&"}
GOAL_WORDS = {"cel", "cele", "celem", "zadania", "zadanie", "misja", "misją", "wizja"}
PLACE_PREPOSITIONS = {"w", "we", "z", "ze", "do", "na", "od"}


def _column_gap(gap: str) -> bool:
    """Three spaces inside a line: the next cell of a space-aligned table (an indented
    next line is not one)."""
    return "   " in gap and "\n" not in gap


PLACE_AFTER_SUFFIX = re.compile(
    r"[ \t]*,?[ \t\n]+(?:z|ze|w|we)[ \t\n]+(["
    + UPPER
    + r"][\w\-]+(?:[ \t]+["
    + UPPER
    + r"][\w\-]+)?)"
)
QUOTE_OPEN = "„\"“«'”"
QUOTE_CLOSE = "”\"“»'"
LEGAL_SUFFIX = re.compile(
    r"\s*,?\s*(?:sp\.\s*z\s*o\.\s*o\.?|spółka z ograniczoną odpowiedzialnością|s\.\s*a\.)",
    re.IGNORECASE,
)
URL = re.compile(
    # brackets end an address: "[plansza: … www.x.pl]"
    r"(?:https?://|www\.)[^\s;,()<>\[\]\"”„]+[^\s;,()<>\[\]\"”„.]"
    # A long address wrapped after a hyphen or slash continues on the next line.
    r"(?:(?<=-)\s{1,3}[a-z0-9][^\s;,()<>\[\]\"”„]*[^\s;,()<>\[\]\"”„.])?",
    re.IGNORECASE,
)


def url_value(match_text: str) -> str:
    """The address itself: a wrapped one joined back on one line."""
    return re.sub(r"\s+", "", match_text)


ROMAN = re.compile(r"^[IVXLC]+$")
TOKEN = re.compile(
    # a quoted brand may wrap onto the next line once ("„Bory\nDolnośląskie”")
    r"„[^„”\n]{1,80}(?:\n[^„”\n]{1,40})?”|\"[^\"\n]{1,80}\"|“[^“”\n]{1,80}(?:\n[^“”\n]{1,40})?”"
    r"|«[^«»\n]{1,80}»"
    r"|[\w][\w\-+&]*(?:\.(?=\s*[a-ząćęłńóśźż]))?|[^\w\s]"
)
GLUED_FOOTNOTE = re.compile(r"(.*[a-ząćęłńóśźż]{3})\d{1,2}$")
STATUS_PHRASES = re.compile(
    r"\b(?:w fazie (?:rejestracji|tworzenia|organizacji)|w trakcie (?:rejestracji|tworzenia)|"
    r"w organizacji|w budowie|w likwidacji)\b",
    re.IGNORECASE,
)
DASH_SPLIT = re.compile(r"\s+[–—-]\s*|\s*[–—-]\s+")
COMPOUND_DASH = re.compile(r"\b(\w+(?<!eg)o)\s*[–—-]\s*(\w+)")


def join_compound_words(text: str) -> str:
    """ "Naukowo – Technicznych" → "Naukowo-Technicznych" (not "Chemicznego – wielkopolskie")."""
    return COMPOUND_DASH.sub(r"\1-\2", text)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def quoted(self) -> bool:
        return len(self.text) > 2 and self.text[0] in QUOTE_OPEN and self.text[-1] in QUOTE_CLOSE

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def capitalised(self) -> bool:
        return self.word and (self.text[:1].isupper() or _mixed_brand(self.text))

    @property
    def allcaps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def _mixed_brand(text: str) -> bool:
    """Brand-like tokens that start lower case: "e-LAB", "iCluster"."""
    return bool(re.match(r"^[a-z]{1,2}-?[A-Z]", text))


@lru_cache(maxsize=8)
def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """The document's tokens, kept for the few readers of one text (`find_names`,
    `foreign_names`) so that it is split once."""
    tokens = []
    for m in TOKEN.finditer(text):
        start, word = m.start() + offset, m.group()
        glued = GLUED_FOOTNOTE.match(word)
        if glued:  # "Kamiennej2": a footnote's number glued to the word is a token apart
            cut = glued.end(1)
            tokens += [
                Token(start, start + cut, word[:cut]),
                Token(start + cut, start + len(word), word[cut:]),
            ]
        else:
            tokens.append(Token(start, start + len(word), word))
    return tuple(tokens)


@dataclass
class NameHit:
    start: int
    end: int
    surface: str
    name: str
    head_nominative: bool
    legal_form: str | None = None
    place_after: str | None = None
    foreign: bool = False  # a name in another language, as written (`foreign_names`)


def find_names(text: str, offset: int = 0, is_place=None) -> list[NameHit]:
    """Cluster names in running text around a head word ("Klaster", "Cluster")."""
    tokens = tokenize(text, offset)
    hits: list[NameHit] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.text.lower()
        if low not in HEADS or not (tok.capitalised or tok.allcaps):
            i += 1
            continue
        left = i
        while left > 0:
            prev = tokens[left - 1]
            if _column_gap(text[prev.end - offset : tokens[left].start - offset]):
                break  # "Stowarzyszenie Klaster   Centrum …": cells of a table
            if "\n" in text[prev.end - offset : tokens[left].start - offset]:
                line_start = text.rfind("\n", 0, prev.start - offset) + 1
                if prev.end - offset - line_start < 40 or prev.allcaps or not _adjective(prev.text):
                    break
            english = low == "cluster" and (
                prev.capitalised or prev.text in {"&", "and", "of", "for"}
            )
            if (
                english
                or (prev.allcaps and not ROMAN.match(prev.text) and _name_word_in_capitals(prev))
                or (prev.capitalised and _adjective(prev.text) and prev.text[0].isupper())
            ):
                left -= 1
            else:
                break
        right = i + 1
        place_after = None
        legal = None
        while right < len(tokens):
            t = tokens[right]
            if LEGAL_SUFFIX.match(text, t.start - offset):
                break
            gap = text[tokens[right - 1].end - offset : t.start - offset]
            if "\t" in gap or t.text == "|" or _column_gap(gap):
                break  # a table's next cell
            if gap.count("\n") > 1:
                break  # a blank line: the next paragraph
            if (
                "\n" in gap
                and tokens[right - 1].text not in CONNECTORS | {",", "–", "-"}
                and not _wrapped_continuation(text, offset, tokens[right - 1], t)
            ):
                break
            if t.text in {"-", "–"} and _compound_dash(tokens, right):
                right += 2
                continue
            if t.quoted:
                right += 1
                after = tokens[right : right + 2]
                if is_place is not None and len(after) == 2 and after[0].text in PLACE_PREPOSITIONS:
                    phrase = _capitalised_run(tokens, right + 1)
                    if phrase and is_place(phrase):
                        place_after = phrase
                break
            if (t.capitalised or t.allcaps or ROMAN.match(t.text)) and not only_verb(t.text):
                right += 1  # "KLASTER DRZEWNY ROŚNIE": a headline's verb is no part of it
                continue
            if re.fullmatch(r"\d\.\d", text[t.start - offset : t.start - offset + 3]):
                after = tokens[right + 3] if right + 3 < len(tokens) else None
                if (
                    after is None
                    or after.text in {")", "(", ",", ".", ";"}
                    or (after.capitalised and not after.allcaps)
                ):
                    right += 3  # "Przemysłu 4.0 Aglomeracji …": a version in the name
                    continue
            nxt = tokens[right + 1] if right + 1 < len(tokens) else None
            if t.text.lower() == "na" and nxt is not None and nxt.text.lower() == "rzecz":
                right += 2
                continue
            if t.text in CONNECTORS or t.text == ",":
                if nxt is None or not (nxt.capitalised or nxt.allcaps or nxt.quoted):
                    break
                if t.text in {"i", "oraz"} and not _continues_name(nxt.text):
                    break  # "Lubelski Klaster X i Nadbużańska Żywność": a second name
                if t.text in PLACE_PREPOSITIONS and is_place is not None:
                    phrase = _capitalised_run(tokens, right + 1)
                    if is_place(phrase):
                        place_after = phrase
                        break
                if t.text == "," and (
                    not _comma_continues(tokens, right)
                    or (is_place is not None and is_place(_capitalised_run(tokens, right + 1)))
                ):
                    break
                right += 1
                continue
            break
        surface_end = tokens[right - 1].end
        surface = text[tokens[left].start - offset : surface_end - offset]
        suffix = LEGAL_SUFFIX.match(text, surface_end - offset)
        if suffix:
            legal = "spółka z o.o." if "sp" in suffix.group().lower() else "spółka akcyjna"
            after = PLACE_AFTER_SUFFIX.match(text, suffix.end())
            if place_after is None and after and is_place is not None:
                # "Nadwiślański Klaster Papierniczy sp. z o.o. ze Świecia"
                words = after.group(1).split()
                for phrase in (" ".join(words), words[0]):
                    if is_place(phrase):
                        place_after = phrase
                        break
        words = {tok.text.lower() for tok in tokens[left:right]}
        before = text[max(0, tokens[left].start - offset - 12) : tokens[left].start - offset]
        surface_text = text[tokens[left].start - offset : tokens[right - 1].end - offset]
        if (
            right - left == 1
            or words & GOAL_WORDS
            or re.search(r"status\w*\s*$", before, re.IGNORECASE)
            or GOVERNING.match(surface_text)
        ):
            i = right
            continue
        nominative = low in NOMINATIVE_HEADS
        name = surface if nominative else to_nominative(surface)
        hits.append(
            NameHit(
                start=tokens[left].start,
                end=surface_end,
                surface=surface,
                name=tidy_name(name),
                head_nominative=nominative,
                legal_form=legal,
                place_after=place_after,
            )
        )
        i = right
    return hits


# A cluster word of another language, alone or ending a compound: Czech "klastr", Slovak
# "klaster", Hungarian "klaszter", Baltic "klasteris", Scandinavian "kluster"/"klustret"/
# "klynge", "Waterstofcluster", "Faserverbund-Cluster". A lone "Cluster" is an English
# head, which `find_names` reads.
FOREIGN_HEAD = re.compile(
    r"(?i)^(?:\w+-?)?(?:klastr|klaster|klaszter|klasteris|klust\w*|klynge\w*|cluster)$"
)
# Letters of other Latin alphabets that Polish does not use ("Šarišský", "Småland").
FOREIGN_LETTERS = re.compile(r"[áàâäåæçčďéèêëěíìîïľĺňñôöøŕřšťúùûüůýÿžß]", re.IGNORECASE)
FOREIGN_CONNECTORS = {"a", "och", "og", "und", "e", "y", "et", "and", "of", "for", "de", "van"}
# Capitalised words of other languages that open a heading or sentence, not a name.
FOREIGN_FUNCTION_WORDS = {
    "about",
    "the",
    "with",
    "from",
    "for",
    "and",
    "at",
    "by",
    "in",
    "on",
    "to",
    "our",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "mit",
    "von",
    "le",
    "la",
    "les",
    "el",
    "het",
    "een",
}
MAX_FOREIGN_WORDS = 7


def _polish_common_word(word: str) -> bool:
    """A word morfeusz knows as a common Polish word ("Gospodarzem"), not a name."""
    parts = [p for p in word.split("-") if p]
    return bool(parts) and all(
        any(lemma[:1].islower() for lemma, _, _ in analyse(p)) for p in parts
    )


def _foreign_word(word: str, slavic: bool) -> bool:
    """Part of a name in another language: capitalised and not a common Polish word, or
    with letters Polish lacks; in a Czech or Slovak name ("Klastr lázeňství a wellness
    Jeseníky") also a lower-case word morfeusz does not know."""
    if not word[:1].isalpha() or word.lower() in FOREIGN_FUNCTION_WORDS:
        return False
    if FOREIGN_LETTERS.search(word) or FOREIGN_HEAD.match(word):
        return True
    if word[:1].isupper():
        return not _polish_common_word(word)
    return slavic and not analyse(word)


def foreign_names(text: str, offset: int = 0) -> list[NameHit]:
    """Clusters abroad named in their own language in Polish running text ("z norweskim
    klastrem spożywczym Innlandet Matklynge", "szwedzki Fönsterklustret Småland"). Other
    languages neither capitalise every word nor decline the name, so the name is the run of
    foreign words on one line around a foreign cluster word, as written."""
    tokens = tokenize(text, offset)
    hits: list[NameHit] = []
    i = 0
    while i < len(tokens):
        head = tokens[i].text
        if head.lower() in {"cluster", "clusters"} or not FOREIGN_HEAD.match(head):
            i += 1
            continue
        line = _line_tokens(text, offset, tokens, i)
        slavic = any(FOREIGN_LETTERS.search(tokens[k].text) for k in line)
        left = i
        while left - 1 in line and _foreign_word(tokens[left - 1].text, slavic):
            left -= 1
        right = i + 1
        while right in line:
            word = tokens[right].text
            if _foreign_word(word, slavic):
                right += 1
            elif (
                word in FOREIGN_CONNECTORS
                and right + 1 in line
                and _foreign_word(tokens[right + 1].text, slavic)
            ):
                right += 2
            else:
                break
        start, end = tokens[left].start - offset, tokens[right - 1].end - offset
        bracket = re.match(r"\(([^()\n]{3,80})\)", text[start - 1 : start + 81]) if start else None
        if bracket and len(bracket.group(1).split()) <= MAX_FOREIGN_WORDS:
            end = start + len(bracket.group(1))  # "(Klaster cestovného ruchu Horný Zemplín)"
            while right < len(tokens) and tokens[right].end - offset <= end:
                right += 1
        words = [t.text for t in tokens[left:right]]
        surface = text[start:end]
        plain_head = head.lower() in {"klaster", "klastr"}
        if (
            2 <= len(words) <= MAX_FOREIGN_WORDS
            and words[0][:1].isupper()
            and (slavic or not plain_head)
            and not all(_polish_common_word(w) for w in words if w != head)
        ):
            hits.append(
                NameHit(
                    start=tokens[left].start,
                    end=tokens[right - 1].end,
                    surface=surface,
                    name=tidy_name(surface),
                    head_nominative=True,
                    foreign=True,
                )
            )
        i = max(right, i + 1)
    return hits


def _line_tokens(text: str, offset: int, tokens: Sequence[Token], i: int) -> set[int]:
    """Indexes of the word tokens on the line of token `i` (punctuation ends the set)."""
    found = {i}
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(tokens):
            a, b = tokens[min(k, k + step)], tokens[max(k, k + step)]
            gap = text[a.end - offset : b.start - offset]
            if "\n" in gap or _column_gap(gap) or not tokens[k + step].word:
                break
            k += step
            found.add(k)
    return found


def _adjective(word: str) -> bool:
    """Compound adjectives count by their last part: "Kujawsko-Pomorskiego"."""
    return can_be_adjective(word.rsplit("-", 1)[-1] if "-" in word.strip("-") else word)


def _continues_name(word: str) -> bool:
    """After "i"/"oraz" inside a name the words are complements in the genitive
    ("Generacji i Użytkowania Energii"); a nominative adjective starts another name."""
    if not known(word) or word.isupper():
        return True
    return bool(readings_in_case(word, "gen"))


# A word the dictionary lacks that ends like an adjective ("Enoturystyczny", "Offshorowego")
ADJECTIVE_ENDING = re.compile(r"(?:[nwcs]k?(?:i|y|a|e|ie|iej|iego|ej|ego)|czn\w{1,3})$")
# Parts of speech no word of a name has when capitalised: prepositions ("Od", "Na"),
# conjunctions and particles start a sentence ("Od" is also the genitive of "oda").
SENTENCE_OPENERS = frozenset({"prep", "conj", "comp", "qub"})


def _name_word_in_capitals(token: Token) -> bool:
    """Whether a word in capitals before "KLASTER" can begin its name: an adjective
    ("PODKARPACKI") or a word no dictionary knows (an acronym, a brand), not a noun or
    preposition of a title ("DEKLARACJA PRZYSTĄPIENIA DO KLASTRA …")."""
    if len(token.text) < 2:
        return False
    word = token.text.capitalize()
    return _adjective(word) or not known(word)


def _wrapped_continuation(text: str, offset: int, last: Token, nxt: Token) -> bool:
    """A name wrapped in a paragraph ("Podlaskim Klastrze Stolarki\nOkiennej (PKSO)"): the
    line is long, and the next word continues it in the genitive (not a new heading)."""
    line_start = text.rfind("\n", 0, last.start - offset) + 1
    if last.end - offset - line_start < 40 or nxt.text.lower() in HEADS or nxt.allcaps:
        return False
    if pos_tags(nxt.text) & SENTENCE_OPENERS:
        return False  # "… Szwajcarii Kaszubskiej\nOd momentu …": a heading, then a sentence
    next_line_end = text.find("\n", nxt.start - offset)
    if "|" in text[nxt.start - offset : None if next_line_end < 0 else next_line_end]:
        return False  # "Karta 4.1. Klaster X\nPole | Opis": a table's first row
    if nxt.quoted:
        return True
    return bool(
        readings_in_case(nxt.text, "gen")
        or readings_in_case(nxt.text, "loc")
        or _adjective(nxt.text)
        or (not known(nxt.text) and ADJECTIVE_ENDING.search(nxt.text))
    )


def _compound_dash(tokens: Sequence[Token], dash: int) -> bool:
    """A spaced dash inside a compound adjective: "Szkoleniowo – Doradczy"."""
    if dash == 0 or dash + 1 >= len(tokens):
        return False
    before, after = tokens[dash - 1].text, tokens[dash + 1].text
    return before.endswith("o") and before[:1].isupper() and can_be_adjective(after)


def join_compound_dashes(parts: list[str]) -> list[str]:
    """Undo a dash split inside "Szkoleniowo – Doradczy" (the first part ends in -o)."""
    joined: list[str] = []
    for part in parts:
        first = part.split()[0] if part.split() else ""
        if (
            joined
            and joined[-1].endswith("o")
            and not joined[-1].endswith("ego")
            and joined[-1][-2:-1].isalpha()
            and can_be_adjective(first)
        ):
            joined[-1] = f"{joined[-1]} – {part}"
        else:
            joined.append(part)
    return joined


def _capitalised_run(tokens: Sequence[Token], start: int) -> str:
    words = []
    for t in tokens[start : start + 4]:
        if t.capitalised or (words and t.text in {"Wlkp.", "Wlkp", "-"}):
            words.append(t.text)
        else:
            break
    return " ".join(words)


def _comma_continues(tokens: Sequence[Token], comma: int) -> bool:
    """A comma inside a name: "Elektrotechniki, Informatyki i Telekomunikacji"."""
    for t in tokens[comma + 1 : comma + 6]:
        if t.text in {"i", "oraz"}:
            return True
        if not (t.capitalised or t.text == ","):
            return False
    return False


# "Stowarzyszenie X²", "„Sieć Y”⁷": a footnote's mark on a table cell, no part of the name
FOOTNOTE_MARK = re.compile(
    r"(?<=[^\W\d_]{2})[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=[\s”\"»),;.]|$)|(?<=[”\"»)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
    r"|(?<=[^\W\d_]{2})\s[¹²³⁴⁵⁶⁷⁸⁹⁰]+$"
)


def tidy_name(name: str) -> str:
    name = FOOTNOTE_MARK.sub("", name)
    name = re.sub(r"\s+", " ", name).strip(" ,;:–-")
    name = name.replace(" ,", ",")
    if name.endswith("]") and "[" not in name:
        name = name[:-1].rstrip(" ,;:–-")  # "[plansza: Klaster X www.x.pl]": the caption's end
    return name


def title_case(name: str) -> str:
    """ALL-CAPS names as the document would spell them in running text."""
    words = []
    for i, word in enumerate(name.split()):
        bare = word.strip(QUOTE_OPEN + QUOTE_CLOSE + "(),")
        if ROMAN.match(bare) or (
            len(bare) <= 3
            and bare.isupper()
            and i > 0
            and bare not in {"I", "W", "Z", "NA", "DO", "DLA", "ORAZ"}
        ):
            words.append(word)
        elif i > 0 and bare.lower() in CONNECTORS | {"na", "rzecz", "dla", "oraz"}:
            words.append(word.lower())
        else:
            words.append(
                word[:1] + word[1:].lower() if word[:1].isalpha() else word[:2] + word[2:].lower()
            )
    return " ".join(words)


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def strip_quotes(text: str) -> str:
    text = text.strip()
    if len(text) > 2 and text[0] in QUOTE_OPEN and text[-1] in QUOTE_CLOSE:
        return text[1:-1].strip()
    return text.strip(QUOTE_OPEN + QUOTE_CLOSE + " ")


def abbreviation_of(name: str) -> str:
    """Initials of the capitalised words: "Łódzki Klaster Meblowy" → "ŁKM" and "LKM"."""
    initials = "".join(w[0] for w in re.findall(r"[\w\-]+", name) if w[:1].isupper())
    return initials


def abbreviations_of(name: str) -> set[str]:
    """The abbreviations a name can have: its capitals' initials, with and without
    diacritics ("Łódzki Klaster Meblowy" → ŁKM, LKM)."""
    initials = abbreviation_of(name).upper()
    plain = unicodedata.normalize("NFKD", initials).encode("ascii", "ignore").decode()
    return {x for x in (initials, plain) if len(x) >= 2}


def matches_abbreviation(abbr: str, name: str) -> bool:
    return abbr.upper() in abbreviations_of(name)


@dataclass
class ParsedItem:
    """What one list item or heading says: the name and the facts written next to it."""

    name: str
    aliases: list[str] = field(default_factory=list)
    town_text: str | None = None
    websites: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    legal_form: str | None = None
    country_text: str | None = None
    name_like: bool = True
    organisations: list[str] = field(default_factory=list)
    region_text: str | None = None


GOVERNING = re.compile(
    r"^(?:Rada|Zarząd|Biuro|Członk\w*|Koordynator\w*|Strategi\w*|Statut\w*|Regulamin\w*|"
    r"Sekretariat\w*|Prezes\w*|Dyrektor\w*|Zgromadzeni\w*|Komitet\w*|Lider\w*|Animator\w*|"
    r"Cel\w*|Zadani\w*|Misj\w*|Działalnoś\w*|Historia|Kontakt|Oferta|Projekt\w*)\s+(?:Klastra|Klastrów)\b"
)


# A national status clusters are granted, not a cluster ("status Krajowego Klastra
# Kluczowego"); and its English rendering.
STATUS_TITLE = re.compile(r"^(?:Krajow\w+\s+Klast\w+\s+Kluczow\w+|National\s+Key\s+Cluster)$")


def is_specific_name(name: str) -> bool:
    """A name that picks out one cluster: more than the head word with common words ("Klaster
    w liczbach"), and not a body or document of a cluster ("Rada Klastra") or a status
    ("Krajowy Klaster Kluczowy")."""
    if GOVERNING.match(name) or STATUS_TITLE.match(name):
        return False
    words = re.findall(r"[\w\-]+", name)
    specific = [
        w
        for w in words
        if (w[:1].isupper() or _mixed_brand(w)) and w.lower() not in HEADS | {"inicjatywa"}
    ]
    return bool(specific) or any(q in name for q in '„"“«')


ORGANISATION = re.compile(
    r"(?:Fundacj|Stowarzyszeni|Izb[ay]|Agencj|Centrum|Park|Urząd|Uniwersytet|Politechnik|"
    r"Instytut|Akademi|Uczelni|Inkubator|Związ|Spółdziel|Gmin|Starostw|Powiat|Miasto|"
    r"Lokaln\w+ Organizacj|Regionaln\w+ Organizacj|Towarzystw|Zrzeszeni|Ośrod)\w*\b"
)
VOIVODESHIP_WORD = re.compile(
    r"(?i)^(?:woj\.?\s+|województwo\s+)?(?:dolnośląsk|kujawsko-pomorsk|lubelsk|lubusk|łódzk|"
    r"małopolsk|mazowieck|opolsk|podkarpack|podlask|pomorsk|śląsk|świętokrzysk|"
    r"warmińsko-mazursk|wielkopolsk|zachodniopomorsk)\w*$"
)
CLUSTER_HEAD = re.compile(r"(?i)\bklast\w*|\bklastr\b|\bcluster\b|\binicjatyw\w*\s+klastrow")
FOREIGN_CLUSTER_WORD = re.compile(r"(?i)\bklastr\b|klust|klynge|klaszter|\bcluster\b")


def is_name_like(text: str) -> bool:
    """Short, mostly capitalised text: a name rather than a sentence or a description.
    A short name with a cluster word in another language ("Moravský dřevařský klastr")
    counts too: other languages do not capitalise every word."""
    words = re.findall(r"[\w\-]+", text)
    if not words or len(words) > 16 or STATUS_TITLE.match(text.strip()):
        return False
    if re.search(r"[a-ząćęłńóśźż]{3}\.\s+[" + UPPER + r"]", text):
        return False  # two sentences ("… działa od 2014 roku. Koordynuje go …")
    if re.search(r"(?i)\b(?:za|na)\s+rok(?:u)?\b|\bsprawozdani|\bdziałalności\b", text):
        return False  # a report's title ("SPRAWOZDANIE Z DZIAŁALNOŚCI KLASTRA ZA ROK 2023")
    if (
        len(words) <= 5
        and text[:1].isupper()
        and FOREIGN_CLUSTER_WORD.search(text)
        and not re.search(r"\d|\b(?:jest|są|był\w*|został\w*|powstał\w*)\b", text)
    ):
        return True
    if not (text[:1].isupper() or text[:1] in QUOTE_OPEN or _mixed_brand(words[0])):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or _mixed_brand(w) or w.isdigit())
    connectors = sum(1 for w in words if w.lower() in CONNECTORS | {"rzecz", "dla"})
    lower = len(words) - caps - connectors
    if re.search(r"\b(?:jest|są|był|była|było|będzie|został|została|powstał\w*)\b", text):
        return False
    return lower <= max(1, len(words) // 4) and caps >= 1


def parse_item(text: str, is_place=None) -> ParsedItem:
    """Split "Name – Town www…", "Descriptor – „Brand”", "Name (ABBR)", "X, obecnie Y"."""
    text = FOOTNOTE_MARK.sub("", text)
    websites = [url_value(m.group()) for m in URL.finditer(text)]
    rest = re.sub(r"\(\s*\)", " ", URL.sub(" ", text))
    rest = STATUS_PHRASES.sub(" ", rest)
    years: list[int] = []
    aliases: list[str] = []
    town_text = None
    country_text = None
    legal = None
    organisations: list[str] = []
    region_text = None

    def paren(match: re.Match[str]) -> str:
        nonlocal town_text
        inner = match.group(1).strip()
        year = re.fullmatch(
            r"(?:od|założony|zał\.|since)?\s*((?:19|20)\d\d)\s*(?:r\.?|roku)?", inner
        )
        if year:
            years.append(int(year.group(1)))
            return " "
        if re.fullmatch(r"[" + UPPER + r"][\w\-]{1,10}", inner) and inner.isupper():
            aliases.append(inner)
            return " "
        former = re.fullmatch(r"(?i:dawniej|wcześniej|poprzednio)\s*:?\s*(.{3,60})", inner)
        if former:  # "Klaster X (dawniej: Klaster Y)": the old name is an alias
            aliases.append(former.group(1).strip())
            return " "
        first = inner.split(",")[0].strip()
        if is_place is not None and (is_place(inner) or (first != inner and is_place(first))):
            town_text = inner if is_place(inner) else first
            return " "
        if (
            re.search(r"(?i)klast|klust|cluster", inner)
            and is_name_like(inner)
            and len(inner.split()) <= 8
        ):
            aliases.append(inner)  # "Moravský dřevařský klastr (Morawski Klaster Drzewny)"
            return " "
        return match.group(0)

    rest = re.sub(r"\(([^()]{1,60})\)", paren, rest)
    seat = re.search(
        r",?\s+z\s+siedzibą\s+w(?:e)?\s+([" + UPPER + r"][\w\-]+(?:\s+[" + UPPER + r"][\w\-.]+)?)",
        rest,
    )
    if seat:
        if town_text is None and is_place is not None and is_place(seat.group(1)):
            town_text = seat.group(1)
        rest = (rest[: seat.start()] + rest[seat.end() :]).strip()
    rest = re.sub(r"\s+", " ", rest).strip(" ;,.")
    for colon in re.finditer(r"\s*:\s", rest):
        words = list(re.finditer(r"[^\W\d_]+", rest[: colon.start()]))
        cut = next(
            (
                words[-n].start()
                for n in (3, 2, 1)
                if len(words) > n
                and words[-n].group()[:1].isupper()
                and label_kind(rest[words[-n].start() : colon.start()])
            ),
            None,
        )
        if cut is not None:  # "Name Siedziba: X. Koordynator: Y": the labels are not the name
            rest = rest[:cut].strip(" ,;.")
            break
    address = re.match(r"(.+?),\s+([^,]{3,40}?)\.?,\s+(?:ul|al|pl|os)\.\s", rest)
    if address and is_place is not None and town_text is None and is_place(address.group(2)):
        # "Klaster X, Ostrów Wlkp., ul. Grabowska 64": the name, its town, its address
        town_text = address.group(2)
        rest = address.group(1)
    titled = re.match(r"(.+?),\s+([^,„\"]{3,40}?)\s+[„\"](?=[^„”\"]{15,})", rest)
    if titled and is_place is not None and town_text is None and is_place(titled.group(2)):
        # "Fundacja X, Cieszyn „Telemedycyna bez granic – …” – 2 150 000 zł": who applied,
        # from where, then the title of a project
        town_text = titled.group(2)
        rest = titled.group(1)
    suffix = LEGAL_SUFFIX.search(rest)
    if suffix and suffix.end() >= len(rest) - 1:
        legal = "spółka z o.o." if "sp" in suffix.group().lower() else "spółka akcyjna"
        aliases.append(rest)
        rest = rest[: suffix.start()].strip(" ,")
    label = re.match(r"^([^:]{2,40}):\s+(.+)$", rest)
    if label and not re.search(r"klast|cluster", label.group(1), re.IGNORECASE):
        country_text = label.group(1).strip()
        rest = label.group(2)
    currently = re.search(r",?\s+(?:obecnie|dawniej|wcześniej|następnie)\s+", rest, re.IGNORECASE)
    if currently:
        before, after = rest[: currently.start()], rest[currently.end() :]
        word = currently.group().strip(" ,").lower()
        current, previous = (after, before) if word in {"obecnie", "następnie"} else (before, after)
        rest = current
        aliases.append(previous.strip(" ,"))
    parts = join_compound_dashes([p.strip(" ,;") for p in DASH_SPLIT.split(rest) if p.strip(" ,;")])
    if parts and is_place is not None and town_text is None:
        # "Sandomierski Klaster Owocowy, Sandomierz" or "… klastr w Pradze"
        trailing = re.search(
            r"(?:,\s*|\s+(?:w|we|z|ze)\s+)(["
            + UPPER
            + r"][\w\-]+(?:\s+["
            + UPPER
            + r"][\w\-.]+)?)$",
            parts[0],
        )
        if trailing and is_place(trailing.group(1)):
            town_text = trailing.group(1)
            parts[0] = parts[0][: trailing.start()].strip(" ,")
    if len(parts) > 1 and is_place is not None and is_place(parts[-1]):
        town_text = parts.pop()
    elif len(parts) > 1 and is_place is not None and town_text is None:
        # "Klaster X – Białystok (woj. podlaskie)\n Rok przystąpienia: …": a town opens it
        opening = re.match(
            r"([" + UPPER + r"][\w\-]+(?:\s+[" + UPPER + r"][\w\-.]+)?)\s*\(", parts[1]
        )
        if opening and is_place(opening.group(1)):
            town_text = opening.group(1)
            parts = parts[:1]
    while len(parts) > 1 and re.match(r"(?i)^inicjatyw\w* klastrow\w*", parts[0]):
        parts.pop(0)
    if (
        len(parts) > 1
        and not CLUSTER_HEAD.search(parts[0])
        and CLUSTER_HEAD.search(parts[1].split("(")[0])
        and is_name_like(parts[1].split("(")[0].strip())
    ):
        parts.pop(0)  # "Case study A – Klaster X", "Studium 3 – Klaster X": a label first
    main = parts[0] if parts else rest
    for extra in parts[1:]:
        extra_bare = strip_quotes(extra)
        if not extra_bare:
            continue
        if re.match(r"(?:\S+\s+){0,2}" + ORGANISATION.pattern, extra_bare) or re.search(
            r"\bSp\.\s*z\s*o\.|\bS\.A\.", extra_bare
        ):
            organisations.append(extra_bare)  # "Name – Fundacja X – województwo": not a name
        elif VOIVODESHIP_WORD.search(extra_bare) and len(extra_bare.split()) <= 3:
            region_text = extra_bare
        else:
            aliases.append(extra_bare)
    quoted = re.search(r"[„\"“«”]([^„”\"“»]{2,80})[”\"“»]\s*$", main)
    name = main
    sentence_quote = False
    if quoted:
        inner = quoted.group(1).strip()
        head = main[: quoted.start()].strip(" –-")
        # "… zwane dalej „Stowarzyszeniem” lub „Klastrem”", "nazwy w języku angielskim „…”":
        # a quote a sentence introduces is another name of what the sentence is about
        sentence_quote = bool(
            re.search(r"(?i)\b(?:lub|oraz|dalej|angielskim|skrótu|jako|nazw\w*)\s*[”\"]?$", head)
        )
        if sentence_quote:
            pass
        elif not head or not is_name_like(head):
            # "Inicjatywa klastrowa w obszarze turystyki „Kraina …”": the brand is the name.
            name = inner
        else:
            aliases.append(inner)
            if head.lower() not in HEADS:
                aliases.append(head)
    abbreviation = re.fullmatch(r"(.+?)\s+([A-ZĄĆĘŁŃÓŚŹŻ]{2,10})", name)
    if abbreviation and matches_abbreviation(abbreviation.group(2), abbreviation.group(1)):
        name = abbreviation.group(1)
        aliases.append(abbreviation.group(2))
    if name.isupper() and len(name) > 4:
        aliases.append(name)
        name = title_case(name)
    name = tidy_name(name)
    # The document's own spelling stays an alias even when it differs only in case.
    aliases = [tidy_name(a) for a in aliases if tidy_name(a) and tidy_name(a) != name]
    return ParsedItem(
        name=name,
        organisations=organisations,
        region_text=region_text,
        aliases=list(dict.fromkeys(aliases)),
        town_text=town_text,
        websites=websites,
        years=years,
        legal_form=legal,
        country_text=country_text,
        name_like=is_name_like(name) and not sentence_quote,
    )
