"""Reviewers' verdicts, kept outside output/ and applied to every later run.

A correction names its mention by document and name (ids change when extraction
improves; names are what a reviewer saw), one field, and a verdict: accept (the value is
right; with a `value`, that value is kept even if a later extraction differs), reject (the
value is wrong and there is none; rejecting `name` says the mention is not a cluster) or
correct (with the right value). The store is an append-only JSONL file; the latest verdict
for a (document, mention, field) wins, and verdicts that match no mention are reported,
never dropped.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.errors import Code, KlastryError, message
from pipeline.evaluate import ALL_FIELDS
from pipeline.extract.names import name_key
from pipeline.schemas import VOIVODESHIPS, Mention
from pipeline.store import DEFAULT_CORRECTIONS

DEFAULT_STORE = DEFAULT_CORRECTIONS
LIST_FIELDS = frozenset({"aliases", "goals", "websites"})
INT_FIELDS = frozenset({"member_count", "founded_year"})
CORRECTABLE = frozenset(
    {
        "name",
        "aliases",
        "member_count",
        "member_count_approx",
        "town",
        "voivodeship",
        "country",
        "goals",
        "coordinator",
        "legal_form",
        "founded_year",
        "websites",
    }
)
# Codes derived from a field: stale once a reviewer changes the field itself.
DERIVED = {"town": ("town_teryt",), "voivodeship": ("voivodeship_teryt",)}
# Fields the gold scorer reads besides the name; those nobody reviewed are `unscored`.
GOLD_SCORED = tuple(f for f in ALL_FIELDS if f != "name")

Verdict = Literal["accept", "reject", "correct"]


class Correction(BaseModel):
    model_config = ConfigDict(extra="ignore")

    doc: str
    mention: str
    field: str
    verdict: Verdict
    value: object = None
    reviewer: str = "anonymous"
    time: str = ""

    def key(self) -> tuple[str, str, str]:
        return (self.doc, name_key(self.mention), self.field)


def coerce(field: str, value: object) -> object:
    """The value in the type of the Mention field; ValueError says why it cannot be."""
    if field not in CORRECTABLE:
        raise ValueError(f"{field!r} cannot be corrected")
    if field in LIST_FIELDS:
        items = value.split("|") if isinstance(value, str) else value or []
        if not isinstance(items, list):
            raise ValueError(f"{field} takes a list")
        return [str(v).strip() for v in items if str(v).strip()]
    if field == "member_count_approx":
        return value is True or str(value).strip().lower() in {"true", "1", "yes", "tak"}
    if value is None or (isinstance(value, str) and not value.strip()):
        if field == "name":
            raise ValueError("a name cannot be empty; reject the name instead")
        return None
    if field in INT_FIELDS:
        text = str(value).strip()
        if isinstance(value, bool) or not re.fullmatch(r"\d{1,6}", text):
            raise ValueError(f"{field} takes a whole number, not {value!r}")
        return int(text)
    text = str(value).strip()
    if field == "voivodeship" and text.lower() not in VOIVODESHIPS:
        raise ValueError(f"{text!r} is not one of the 16 voivodeships")
    if field == "voivodeship":
        return text.lower()
    if field == "country":
        if not re.fullmatch(r"[A-Za-z]{2}", text):
            raise ValueError(f"country takes an ISO 3166-1 alpha-2 code, not {text!r}")
        return text.upper()
    return text


def validate(correction: Correction) -> Correction:
    """The correction with its value in the field's type (ValueError when it cannot be)."""
    if correction.field not in CORRECTABLE:
        raise ValueError(f"{correction.field!r} cannot be corrected")
    if correction.verdict == "reject" or "value" not in correction.model_fields_set:
        return correction
    return correction.model_copy(update={"value": coerce(correction.field, correction.value)})


def load_store(path: Path, strict: bool = False) -> list[Correction]:
    """Verdicts in file order; `strict` also checks every value (for new files, not the store)."""
    if not path.exists():
        return []
    corrections = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            correction = Correction.model_validate_json(line)
            corrections.append(validate(correction) if strict else correction)
        except ValueError as exc:
            raise KlastryError(
                Code.E303_CORRECTIONS_INVALID, line=number, detail=_detail(exc)
            ) from exc
    return corrections


def _detail(exc: ValueError) -> str:
    """One readable line: the field and the reason, without pydantic's links."""
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return (f"{where}: " if where else "") + first["msg"][:160]
    return str(exc)[:160]


def _identity(c: Correction) -> str:
    return json.dumps([c.doc, c.mention, c.field, c.verdict, c.value, c.time], ensure_ascii=False)


def append_to_store(path: Path, new: list[Correction], reviewer: str | None = None) -> int:
    """Append verdicts with time and reviewer; never rewrites earlier lines.

    A verdict already in the store (same mention, field, verdict, value and time) is not
    written again, so applying the same export twice changes nothing. Returns how many
    lines were written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    seen = {_identity(c) for c in load_store(path)}
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    written = 0
    with path.open("a", encoding="utf-8") as handle:
        for c in new:
            if c.time and _identity(c) in seen:
                continue
            stamp = {"time": c.time or now, "reviewer": reviewer or c.reviewer}
            record = c.model_copy(update=stamp)
            seen.add(_identity(record))
            handle.write(record.model_dump_json(exclude_unset=True) + "\n")
            written += 1
    return written


def _latest(corrections: list[Correction]) -> dict[tuple[str, str, str], Correction]:
    latest: dict[tuple[str, str, str], Correction] = {}
    for c in corrections:
        latest[c.key()] = c
    return latest


def _unmatched(c: Correction, why: str = "") -> str:
    target = f"{c.doc} / {c.mention} / {c.field}" + (f" ({why})" if why else "")
    return message(Code.E302_CORRECTION_UNMATCHED, target=target)


def _set(mention: Mention, c: Correction) -> None:
    """Apply one validated verdict to one mention (in place)."""
    field = c.field
    if c.verdict == "reject":
        empty: object = [] if field in LIST_FIELDS else None
        setattr(mention, field, False if field == "member_count_approx" else empty)
        mention.evidence.pop(field, None)
    elif "value" in c.model_fields_set and getattr(mention, field) != c.value:
        setattr(mention, field, c.value)
    else:  # accepted as it is
        _mark(mention, field)
        return
    for derived in DERIVED.get(field, ()):
        setattr(mention, derived, None)
    _mark(mention, field)


def _mark(mention: Mention, field: str) -> None:
    mention.reviewed[field] = True
    mention.confidence[field] = 1.0


def apply(
    mentions: list[Mention], corrections: list[Correction]
) -> tuple[list[Mention], list[str]]:
    """Mentions with the latest verdicts applied, and messages for those matching none.

    Name verdicts go first, so later verdicts may name the mention as the reviewer saw it
    after an earlier correction. A rejected name removes the mention (not a cluster).
    """
    out = [m.model_copy(deep=True) for m in mentions]
    latest = _latest(corrections)
    order = sorted(latest.values(), key=lambda c: c.field != "name")
    by_key: dict[tuple[str, str], int] = {}

    def index(i: int) -> None:
        for n in [out[i].name, *out[i].aliases]:
            by_key.setdefault((out[i].doc, name_key(n)), i)

    for i in range(len(out)):
        index(i)
    unmatched: list[str] = []
    dropped: set[int] = set()
    for c in order:
        i = by_key.get((c.doc, name_key(c.mention)))
        if i is None:
            unmatched.append(_unmatched(c))
            continue
        try:
            valid = validate(c)
        except ValueError as exc:
            unmatched.append(_unmatched(c, str(exc)))
            continue
        if c.field == "name" and c.verdict == "reject":
            dropped.add(i)
            continue
        _set(out[i], valid)
        if c.field in {"name", "aliases"}:
            index(i)
    return [m for i, m in enumerate(out) if i not in dropped], unmatched


def to_gold(mentions: list[Mention]) -> list[dict[str, object]]:
    """Reviewed mentions as gold lines (the format of the gold README).

    Only what a reviewer saw is asserted: scored fields nobody reviewed are listed in
    `unscored`, and unreviewed goals are null, so the gold set never learns the pipeline's
    own guesses.
    """
    lines = []
    for m in mentions:
        reviewed = sorted(f for f, done in m.reviewed.items() if done)
        if not reviewed:
            continue
        line: dict[str, object] = {
            "doc": m.doc,
            "name": m.name,
            "aliases": m.aliases,
            "member_count": m.member_count,
            "member_count_approx": m.member_count_approx,
            "town": m.town,
            "voivodeship": m.voivodeship,
            "country": m.country,
            "goals": m.goals if m.reviewed.get("goals") else None,
            "coordinator": m.coordinator,
            "legal_form": m.legal_form,
            "founded_year": m.founded_year,
            "websites": m.websites,
            "difficulty": "normal",
            "note": "from review: " + ", ".join(reviewed),
        }
        unscored = [f for f in GOLD_SCORED if not m.reviewed.get(f) and f != "goals"]
        if unscored:
            line["unscored"] = unscored
        lines.append(line)
    return lines


def dumps(lines: list[dict[str, object]]) -> str:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
