"""Drafts: what extraction knows about one cluster while it reads a document.

A draft holds a candidate name, where it came from (a list item, a section heading, running
text), the spans of text whose facts belong to it, and facts written right next to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract import facts as F
from pipeline.extract import geo
from pipeline.extract.names import (
    HEADS,
    QUOTE_OPEN,
    ParsedItem,
    name_key,
)
from pipeline.extract.text import DocText

UP = "A-ZĄĆĘŁŃÓŚŹŻ"
# Offices of regions and the state: their addresses in a report are never a cluster's own.


SOURCE_PRIORITY = {"item": 0, "section": 1, "text": 2, "quoted": 3, "unnamed": 4}


SOURCE_CONFIDENCE = {"item": 0.9, "section": 0.9, "text": 0.75, "quoted": 0.7, "unnamed": 0.4}


@dataclass
class Scope:
    start: int
    end: int
    kind: str  # item | section | sentence | document


@dataclass
class Draft:
    name: str
    source: str
    name_start: int
    name_end: int
    aliases: list[str] = field(default_factory=list)
    scopes: list[Scope] = field(default_factory=list)
    items: list[ParsedItem] = field(default_factory=list)
    town_hints: list[F.Fact] = field(default_factory=list)
    legal_hints: list[F.Fact] = field(default_factory=list)
    country_hints: list[F.Fact] = field(default_factory=list)
    count_hints: list[F.Fact] = field(default_factory=list)
    year_hints: list[F.Fact] = field(default_factory=list)
    website_hints: list[F.Fact] = field(default_factory=list)
    coordinator_hints: list[F.Fact] = field(default_factory=list)
    title_end: int = 0  # end of the heading line a section's name stands in
    region_hints: list[F.Fact] = field(default_factory=list)
    goal_hints: list[F.Fact] = field(default_factory=list)

    def name_keys(self) -> set[str]:
        keys = {name_key(n) for n in [self.name, *self.aliases] if name_key(n)}
        for n in [self.name, *self.aliases]:
            words = n.split()
            if len(words) >= 2 and words[0].lower() in HEADS:
                rest = " ".join(words[1:])
                if rest[:1] in QUOTE_OPEN or rest.isupper():
                    keys.add(name_key(rest))
            quoted = re.search(r"[„\"“]([^„”\"“]{2,60})[”\"“]\s*$", n)
            if quoted:
                keys.add(name_key(quoted.group(1)))  # the brand: "… „BioPuł”"
        return keys


def safe(call):
    try:
        return call()
    except ImportError:
        return None


def is_place(phrase: str) -> bool:
    try:
        return geo.is_town(phrase)
    except ImportError:
        return False


# --- candidates ------------------------------------------------------------------------


def locate(dt: DocText, phrase: str, start: int, end: int) -> tuple[int, int]:
    """The span of `phrase` inside [start, end), allowing any whitespace between words."""
    words = [re.escape(w) for w in phrase.split()]
    if not words:
        return start, start
    match = re.compile(r"\s+".join(words)).search(dt.text, start, max(end, start))
    if match:
        return match.start(), match.end()
    return start, min(end, start + len(phrase))


def best(found: list[F.Fact]) -> F.Fact | None:
    if not found:
        return None
    return sorted(found, key=lambda f: (-f.confidence, f.start))[0]
