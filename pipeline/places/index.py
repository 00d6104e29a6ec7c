"""The place index at run time: load the built TSV once, look names up by any case form.

Lines stay as raw strings until a lookup needs them, so loading is one pass that only fills
a key → line table; that keeps the load under a second and the memory small. The table is a
`marisa-trie` trie with one integer per key rather than a dict: every process that extracts
loads it (from the per-user cache), and 280,000 keys take a sixth of a CPU-second to
unpickle as a dict, a few milliseconds as a trie.
"""

from __future__ import annotations

import gzip
import os
import re
import threading
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Literal

import marisa_trie
from pydantic import BaseModel, ConfigDict, Field

from pipeline.built import load_or_build
from pipeline.errors import Code, KlastryError
from pipeline.places import keys

DATA = Path(__file__).parent / "data" / "places.tsv.gz"
FORMAT_VERSION = "3"  # bump when the line layout changes; an older index is refused
HEADER = f"#\tklastry-places\t{FORMAT_VERSION}\t"
TOWN = "96"
PART_KINDS = {"00", "99", "95", "98"}  # parts of localities, city districts, delegatury
MAX_CANDIDATES = 30
BATCH = 20_000  # keys inserted into the lookup at a time while loading
CASES = ("gen", "dat", "acc", "inst", "loc")  # the order of the forms in the index
ALL_CASES = frozenset(("nom", *CASES))
ALT = "/"  # separates variant forms of one case in the index, preferred first

Status = Literal["resolved", "ambiguous", "unknown"]


class PlaceCandidate(BaseModel):
    """One locality a mention may name."""

    model_config = ConfigDict(extra="forbid")

    town: str = Field(description="nominative name as in TERYT SIMC")
    town_teryt: str = Field(description="SIMC SYM code (7 digits)")
    voivodeship: str = Field(description="one of the 16 canonical lower-case names")
    voivodeship_teryt: str = Field(description="2-digit TERC WOJ code")
    powiat: str
    gmina: str
    kind: str = Field(description="WMRODZ locality type: miasto, wieś, osada, ...")
    is_town: bool = Field(description="a town (RM 96, miasto)")
    parent_teryt: str | None = Field(None, description="SIMC SYMPOD for parts of localities")


class PlaceResolution(BaseModel):
    """What a place mention resolves to; `candidates` lists the options when ambiguous."""

    model_config = ConfigDict(extra="forbid")

    mention: str
    status: Status
    town: str | None = None
    town_teryt: str | None = None
    voivodeship: str | None = None
    voivodeship_teryt: str | None = None
    powiat: str | None = None
    gmina: str | None = None
    kind: str | None = None
    is_town: bool | None = None
    candidates: list[PlaceCandidate] = []
    n_candidates: int = 0


@dataclass(frozen=True)
class Record:
    """A parsed SIMC record with how the mention matched it."""

    candidate: PlaceCandidate
    rm: str
    is_part: bool
    cases: frozenset[str]  # the cases whose form matched the mention ("nom", "loc", ...)
    via_short_name: bool = False

    @property
    def tier(self) -> int:
        """0 towns, 1 towns by a short name ("Gorzów"), 2 other main localities, 3 parts."""
        if self.rm == TOWN:
            return 1 if self.via_short_name else 0
        return 3 if self.is_part else 2


@dataclass(frozen=True)
class RegionEntry:
    codes: tuple[str, ...]
    kind: str


def matched_cases(k: str, name: str, forms: list[str]) -> frozenset[str]:
    """Which of a name's forms (nominative first, then CASES order) the key `k` matches."""
    found = set()
    for case, form in zip(("nom", *CASES), (name, *forms), strict=True):
        for variant in form.split(ALT):
            plain = keys.key(variant)
            if k in (plain, keys.collapsed(plain)):
                found.add(case)
    return frozenset(found)


def line_keys_of(line: str) -> list[str]:
    """The keys of one name line: its lower-cased forms and variants, then the extra keys
    (repeats included: they point at the same line)."""
    _, name, forms, extra, _records = line.split("\t", 4)
    found = f"{name}|{forms}".lower().replace(ALT, "|").split("|")
    return found + extra.split("|") if extra else found


_FIRST_WORD = re.compile(r"[ .]")


def _first_words(all_keys: Iterable[str]) -> frozenset[str]:
    return frozenset(_FIRST_WORD.split(k, maxsplit=1)[0] for k in all_keys)


def _folded(entries: dict[str, RegionEntry]) -> dict[str, RegionEntry]:
    folded: dict[str, RegionEntry] = {}
    for k, entry in sorted(entries.items()):
        folded.setdefault(keys.fold(k), entry)
    return folded


def first_word(k: str) -> str:
    """The part of a key before its first space or dot ("w.brytania" → "w")."""
    return _FIRST_WORD.split(k, maxsplit=1)[0]


class KeyLines:
    """Key → the index lines of the names that have it among their forms (read-only)."""

    def __init__(self, found: dict[str, int | tuple[int, ...]]) -> None:
        self.trie = marisa_trie.Trie(found)
        self.lines = array("i", bytes(4 * len(self.trie)))
        self.shared: list[tuple[int, ...]] = []  # keys of several names: -1 - position here
        for k, lines in found.items():
            if isinstance(lines, int):
                self.lines[self.trie[k]] = lines
            else:
                self.lines[self.trie[k]] = -1 - len(self.shared)
                self.shared.append(lines)

    def get(self, k: str) -> tuple[int, ...]:
        i = self.trie.get(k)
        if i is None:
            return ()
        line = self.lines[i]
        return (line,) if line >= 0 else self.shared[-1 - line]

    def __contains__(self, k: object) -> bool:
        return k in self.trie

    def __iter__(self) -> Iterator[str]:
        return iter(self.trie.iterkeys())

    def __len__(self) -> int:
        return len(self.trie)


class PlaceIndex:
    """Key → place lookups over the built index (see `build_index`)."""

    _cached: PlaceIndex | None = None
    _lock = threading.Lock()

    def __init__(self, path: Path) -> None:
        self.path = path
        self.names: list[str] = []
        self.lookup = KeyLines({})
        self.place_starts = marisa_trie.Trie()  # first words of every place key
        self.units: dict[str, tuple[str, str]] = {}
        self.kinds: dict[str, str] = {}
        self.regions: dict[str, RegionEntry] = {}
        self.countries: dict[str, RegionEntry] = {}
        self.common: set[str] = set()
        self.short_names: dict[str, list[tuple[str, str]]] = {}
        built = load_or_build("places", [path, Path(__file__)], self._parsed)
        self.__dict__.update(built)

    def _parsed(self) -> dict[str, object]:
        """The index read from its file: every attribute but the path (what is cached)."""
        self._read()
        return {name: value for name, value in vars(self).items() if name != "path"}

    @classmethod
    def load(cls, path: Path | str | None = None) -> PlaceIndex:
        """The index, loaded once per process (path: argument, $KLASTRY_PLACES or packaged)."""
        if path is None and cls._cached is not None:
            return cls._cached
        chosen = Path(path or os.environ.get("KLASTRY_PLACES") or DATA)
        with cls._lock:
            if path is None and cls._cached is not None:
                return cls._cached
            if not chosen.is_file():
                raise KlastryError(Code.E203_PLACE_INDEX_MISSING, detail=f"{chosen} not found")
            index = cls(chosen)
            if path is None:
                cls._cached = index
        return index

    # -- loading ------------------------------------------------------------------------
    def _read(self) -> None:
        with gzip.open(self.path, "rt", encoding="utf-8") as handle:
            text = handle.read()
        if not text.startswith(HEADER):
            found = text.split("\n", 1)[0][:60]
            raise KlastryError(
                Code.E203_PLACE_INDEX_MISSING,
                detail=f"{self.path} is not a format-{FORMAT_VERSION} place index ({found!r})",
            )
        readers = {
            "U": self._read_unit,
            "K": self._read_kind,
            "V": self._read_region,
            "C": self._read_country,
            "W": self._read_common,
            "A": self._read_short_name,
        }
        lookup: dict[str, int | tuple[int, ...]] = {}
        all_keys: list[str] = []
        owners: list[int] = []
        shared: list[str] = []
        for line in text.split("\n"):
            tag = line[:1]
            if tag == "N":
                line_keys = line_keys_of(line)
                all_keys.extend(line_keys)
                owners.extend([len(self.names)] * len(line_keys))
                self.names.append(line)
                if len(all_keys) > BATCH:  # bulk inserts, small temporaries
                    lookup.update(zip(all_keys, owners, strict=True))
                    all_keys, owners = [], []
            elif tag == "S":
                shared.append(line)
            elif tag in readers:
                readers[tag](line)
        lookup.update(zip(all_keys, owners, strict=True))
        for line in shared:  # the keys several names share point at all of them
            _, k, found = line.split("\t")
            lookup[k] = tuple(int(i) for i in found.split(","))
        self.lookup = KeyLines(lookup)
        # a scanner skips any other word at once; built here, so the cache keeps it
        self.place_starts = marisa_trie.Trie(_first_words([*lookup, *self.short_names]))

    def _read_unit(self, line: str) -> None:
        _, code, name, kind = line.split("\t")
        self.units[code] = (name, kind)

    def _read_kind(self, line: str) -> None:
        _, code, name = line.split("\t")
        self.kinds[code] = name

    def _read_region(self, line: str) -> None:
        _, k, codes, kind = line.split("\t")
        self.regions[k] = RegionEntry(tuple(codes.split(",")), kind)

    def _read_country(self, line: str) -> None:
        _, k, code, kind = line.split("\t")
        self.countries.setdefault(k, RegionEntry((code,), kind))

    def _read_short_name(self, line: str) -> None:
        _, name, sym, forms = line.split("\t")
        for k in forms.split("|"):
            self.short_names.setdefault(k, []).append((name, sym))

    def _read_common(self, line: str) -> None:
        self.common.add(line.split("\t")[1])

    # -- lookups ------------------------------------------------------------------------
    @cached_property
    def folded_regions(self) -> dict[str, RegionEntry]:
        """Region keys without diacritics ("dolnego slaska"), for text that lost them."""
        return _folded(self.regions)

    @cached_property
    def folded_countries(self) -> dict[str, RegionEntry]:
        return _folded(self.countries)

    @cached_property
    def region_starts(self) -> frozenset[str]:
        return _first_words([*self.regions, *self.folded_regions])

    @cached_property
    def country_starts(self) -> frozenset[str]:
        return _first_words([*self.countries, *self.folded_countries])

    def known(self, k: str) -> bool:
        """Whether `k` is a key of any locality (name, case form or short name)."""
        return k in self.lookup or k in self.short_names

    def name_lines(self, k: str) -> tuple[int, ...]:
        return self.lookup.get(k)

    def forms(self, name: str, *, variants: bool = False) -> tuple[str, ...]:
        """The generated case forms of a locality name (gen, dat, acc, inst, loc).

        Each is the preferred form, or with `variants` all of them joined by "/".
        """
        for i in self.name_lines(name.lower()):
            fields = self.names[i].split("\t")
            if fields[1] == name:
                forms = fields[2].split("|")
                return tuple(forms if variants else (f.split(ALT)[0] for f in forms))
        return ()

    @cached_property
    def folded_towns(self) -> dict[str, tuple[int, ...]]:
        """Keys of towns' names without diacritics ("lodzi") → lines, built on first need."""
        found: dict[str, list[int]] = {}
        for i, line in enumerate(self.names):
            if f",{TOWN}," not in line.rsplit("\t", 1)[1]:
                continue
            for k in line_keys_of(line):
                found.setdefault(keys.fold(k), []).append(i)
        return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}

    def records(self, k: str, *, folded: bool = False) -> list[Record]:
        """Every SIMC record whose name has `k` (a key) among its forms.

        With `folded`, `k` is matched without diacritics, against towns only.
        """
        lines = self.folded_towns.get(keys.fold(k), ()) if folded else self.name_lines(k)
        out = []
        for i in lines:
            _, name, forms, _extra, records = self.names[i].split("\t")
            cases = matched_cases(k, name, forms.split("|"))
            out.extend(self._record(name, r, cases) for r in records.split(";"))
        for name, sym in self.short_names.get(k, ()):
            for record in self.records(name.lower()):
                if record.candidate.town_teryt == sym:
                    out.append(replace(record, via_short_name=True, cases=ALL_CASES))
        return out

    def _record(self, name: str, raw: str, cases: frozenset[str]) -> Record:
        sym, unit, rm, parent = raw.split(",")
        woj = unit[:2]
        candidate = PlaceCandidate(
            town=name,
            town_teryt=sym,
            voivodeship=self.voivodeship_name(woj),
            voivodeship_teryt=woj,
            powiat=self.units.get(unit[:4], ("", ""))[0],
            gmina=self.units.get(unit, ("", ""))[0],
            kind=self.kinds.get(rm, rm),
            is_town=rm == TOWN,
            parent_teryt=parent or None,
        )
        return Record(candidate, rm, bool(parent) or rm in PART_KINDS, cases)

    def voivodeship_name(self, woj: str) -> str:
        name = self.units.get(woj, ("", ""))[0].lower()
        return name

    def powiat_matches(self, record: Record, wanted: str) -> bool:
        """Whether a powiat given as "bolesławiecki", "powiatu opolskiego", "Opole"... fits."""
        powiat = record.candidate.powiat.lower()
        if not powiat or not wanted:
            return False
        if powiat == wanted:
            return True
        stem = powiat[:-1] if powiat.endswith(("i", "y")) else powiat
        return wanted.startswith(stem) and len(wanted) - len(stem) <= 4 and len(stem) >= 4
