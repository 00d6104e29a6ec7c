"""Reviewers' verdicts, kept outside output/ and applied to every later run.

A correction names its mention by document and name (ids change when extraction
improves; names are what a reviewer saw), one field, and a verdict: accept, reject (the
value is wrong and there is none) or correct (with the right value). The store is an
append-only JSONL file; the latest verdict for a (document, mention, field) wins.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from pipeline.errors import Code, KlastryError, message
from pipeline.extract.names import name_key
from pipeline.schemas import Mention

DEFAULT_STORE = Path("review") / "corrections.jsonl"
CORRECTABLE = {
    "name", "aliases", "member_count", "member_count_approx", "town", "voivodeship", "country",
    "goals", "coordinator", "legal_form", "founded_year", "websites",
}


class Correction(BaseModel):
    model_config = ConfigDict(extra="ignore")

    doc: str
    mention: str
    field: str
    verdict: Literal["accept", "reject", "correct"]
    value: object = None
    reviewer: str = "anonymous"
    time: str = ""


def load_store(path: Path) -> list[Correction]:
    if not path.exists():
        return []
    corrections = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            corrections.append(Correction.model_validate_json(line))
        except ValueError as exc:
            raise KlastryError(Code.E303_CORRECTIONS_INVALID, line=number, detail=str(exc)[:160]) from exc
    return corrections


def append_to_store(path: Path, new: list[Correction], reviewer: str | None = None) -> int:
    """Append verdicts with time and reviewer; never rewrites earlier lines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with path.open("a", encoding="utf-8") as handle:
        for c in new:
            record = c.model_copy(update={"time": c.time or now, "reviewer": reviewer or c.reviewer})
            handle.write(record.model_dump_json() + "\n")
    return len(new)


def _coerce(field: str, value: object) -> object:
    if value in ("", None):
        return None
    if field in {"member_count", "founded_year"}:
        return int(str(value).strip())
    if field in {"aliases", "goals", "websites"} and isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    if field == "member_count_approx":
        return str(value).lower() in {"true", "1", "yes", "tak"}
    return value


def apply(mentions: list[Mention], corrections: list[Correction]) -> tuple[list[Mention], list[str]]:
    """Mentions with the latest verdicts applied, and messages for those matching none."""
    latest: dict[tuple[str, str, str], Correction] = {}
    for c in corrections:
        latest[(c.doc, name_key(c.mention), c.field)] = c
    by_key: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        for n in [m.name, *m.aliases]:
            by_key.setdefault((m.doc, name_key(n)), i)
    out = [m.model_copy(deep=True) for m in mentions]
    unmatched = []
    for (doc, key, field), c in latest.items():
        index = by_key.get((doc, key))
        if index is None or field not in CORRECTABLE:
            unmatched.append(message(Code.E302_CORRECTION_UNMATCHED, target=f"{doc} / {c.mention} / {field}"))
            continue
        mention = out[index]
        if c.verdict == "correct":
            setattr(mention, field, _coerce(field, c.value))
        elif c.verdict == "reject":
            empty: object = [] if field in {"aliases", "goals", "websites"} else None
            setattr(mention, field, False if field == "member_count_approx" else empty)
        mention.reviewed[field] = True
        if c.verdict != "accept":
            mention.confidence[field] = 1.0
    return out, unmatched


def to_gold(mentions: list[Mention]) -> list[dict[str, object]]:
    """Reviewed mentions as gold lines (the format of the gold README)."""
    lines = []
    for m in mentions:
        if not m.reviewed:
            continue
        lines.append(
            {
                "doc": m.doc, "name": m.name, "aliases": m.aliases, "member_count": m.member_count,
                "member_count_approx": m.member_count_approx, "town": m.town,
                "voivodeship": m.voivodeship, "country": m.country,
                "goals": m.goals if m.reviewed.get("goals") else (m.goals or None),
                "coordinator": m.coordinator, "legal_form": m.legal_form,
                "founded_year": m.founded_year, "websites": m.websites, "difficulty": "normal",
                "note": "from review: " + ", ".join(sorted(m.reviewed)),
            }
        )
    return lines


def dumps(lines: list[dict[str, object]]) -> str:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
