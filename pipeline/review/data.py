"""What the review pages show, as plain JSON-ready dicts.

Everything a page needs is computed here, in Python, so the browser code only draws:
evidence offsets in both the repaired and the original text (via `OffsetMap`), repair
steps in both coordinate systems, and the weakest confidence of each mention.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import Code, KlastryError
from pipeline.offsets import OffsetMap
from pipeline.schemas import VOIVODESHIPS, Cluster, Mention, RepairedDocument, RepairedPage
from pipeline.store import iter_jsonl

# Field, label and highlight colour, in the order a reviewer reads a record.
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", "Name", "#fcd34d"),
    ("aliases", "Aliases", "#fdba74"),
    ("member_count", "Members", "#86efac"),
    ("member_count_approx", "Members approx.", "#bef264"),
    ("town", "Town", "#93c5fd"),
    ("voivodeship", "Voivodeship", "#c4b5fd"),
    ("country", "Country", "#cbd5e1"),
    ("goals", "Goals", "#fda4af"),
    ("coordinator", "Coordinator", "#f0abfc"),
    ("legal_form", "Legal form", "#67e8f9"),
    ("founded_year", "Founded", "#fde68a"),
    ("websites", "Websites", "#a5b4fc"),
)
FIELD_NAMES = tuple(f for f, _, _ in FIELDS)


@dataclass
class RunData:
    """One run's outputs, as the review site reads them."""

    mentions: list[Mention]
    clusters: list[Cluster]
    documents: dict[str, RepairedDocument]
    doc_info: dict[str, dict[str, Any]] = field(default_factory=dict)


def load_run(output: Path) -> RunData:
    """Read mentions, clusters, repaired pages and document facts of a finished run."""
    mentions_path = output / "mentions.jsonl"
    if not mentions_path.exists():
        raise KlastryError(Code.E101_STAGE_INPUT_MISSING, path=mentions_path, previous="write")
    repaired_path = output / "stages" / "repaired.jsonl"
    if not repaired_path.exists():
        raise KlastryError(Code.E101_STAGE_INPUT_MISSING, path=repaired_path, previous="repair")
    clusters_path = output / "clusters.jsonl"
    clusters = list(iter_jsonl(clusters_path, Cluster)) if clusters_path.exists() else []
    doc_info: dict[str, dict[str, Any]] = {}
    documents_path = output / "documents.jsonl"
    if documents_path.exists():
        for line in documents_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                doc_info[record["name"]] = record
    return RunData(
        mentions=list(iter_jsonl(mentions_path, Mention)),
        clusters=clusters,
        documents={d.name: d for d in iter_jsonl(repaired_path, RepairedDocument)},
        doc_info=doc_info,
    )


def page_file(doc: str) -> str:
    """A safe, stable file name for a document's page (names may hold any character)."""
    return "doc-" + hashlib.sha1(doc.encode("utf-8")).hexdigest()[:12] + ".html"


def weakest(mention: Mention) -> float:
    """The lowest field confidence: a mention is as doubtful as its weakest field."""
    return min(mention.confidence.values(), default=0.0)


def select(
    mentions: list[Mention],
    sample: int | None = None,
    seed: int = 0,
    below_confidence: float | None = None,
) -> list[Mention]:
    """The mentions to review: those with a field below the threshold, then a seeded sample."""
    chosen = list(mentions)
    if below_confidence is not None:
        chosen = [m for m in chosen if weakest(m) < below_confidence]
    if sample is not None and sample < len(chosen):
        picked = set(random.Random(seed).sample(range(len(chosen)), max(sample, 0)))
        chosen = [m for i, m in enumerate(chosen) if i in picked]
    return chosen


def values(mention: Mention) -> dict[str, Any]:
    return {f: getattr(mention, f) for f in FIELD_NAMES}


def mention_summary(mention: Mention, clusters: dict[str, Cluster]) -> dict[str, Any]:
    cluster = clusters.get(mention.cluster_id or "")
    return {
        "id": mention.id,
        "doc": mention.doc,
        "page": page_file(mention.doc),
        "name": mention.name,
        "values": values(mention),
        "confidence": mention.confidence,
        "reviewed": mention.reviewed,
        "weakest": weakest(mention),
        "cluster": {"id": cluster.cluster_id, "name": cluster.name, "docs": len(cluster.docs)}
        if cluster
        else None,
    }


def repaired_steps(page: RepairedPage) -> list[dict[str, Any]]:
    """Repair steps placed in both texts: `start/end` original, `rstart/rend` repaired."""
    out = []
    shift = 0
    for step in sorted(page.steps, key=lambda s: (s.start, s.end)):
        rstart = step.start + shift
        out.append(
            {
                "rule": step.rule,
                "reason": step.reason,
                "before": step.before,
                "after": step.after,
                "start": step.start,
                "end": step.end,
                "rstart": rstart,
                "rend": rstart + len(step.after),
            }
        )
        shift += len(step.after) - (step.end - step.start)
    return out


def evidence_detail(mention: Mention, pages: dict[int, RepairedPage]) -> dict[str, list[dict]]:
    """Each field's evidence with its original-text span and whether the quote matches."""
    maps = {n: OffsetMap(p.steps) for n, p in pages.items()}
    out: dict[str, list[dict]] = {}
    for name, items in mention.evidence.items():
        rows = []
        for ev in items:
            page = pages.get(ev.page)
            row: dict[str, Any] = ev.model_dump()
            row["found"] = page is not None
            row["exact"] = page is not None and page.text[ev.start : ev.end] == ev.quote
            if page is not None:
                row["ostart"], row["oend"] = maps[ev.page].span_to_original(ev.start, ev.end)
            rows.append(row)
        out[name] = rows
    return out


def field_meta() -> list[dict[str, str]]:
    return [{"key": k, "label": label, "color": color} for k, label, color in FIELDS]


def site_key(output: Path) -> str:
    """Namespace for verdicts in the browser's storage: one per output folder."""
    return hashlib.sha1(str(output.resolve()).encode("utf-8")).hexdigest()[:10]


def common(output: Path, scope: str) -> dict[str, Any]:
    return {
        "siteKey": site_key(output),
        "scope": scope,
        "fields": field_meta(),
        "voivodeships": list(VOIVODESHIPS),
    }


def index_payload(run: RunData, chosen: list[Mention], output: Path, scope: str) -> dict:
    clusters = {c.cluster_id: c for c in run.clusters}
    chosen_ids = {m.id for m in chosen}
    by_id = {m.id: m for m in run.mentions}
    cluster_rows = []
    for c in run.clusters:
        if not chosen_ids.intersection(c.mention_ids):
            continue
        row = c.model_dump(exclude={"member_count_history"})
        row["links"] = [
            {"id": i, "doc": by_id[i].doc, "page": page_file(by_id[i].doc)}
            for i in c.mention_ids
            if i in by_id and i in chosen_ids
        ]
        cluster_rows.append(row)
    docs = sorted({m.doc for m in chosen})
    return {
        **common(output, scope),
        "view": "index",
        "mentions": [mention_summary(m, clusters) for m in chosen],
        "clusters": cluster_rows,
        "documents": [
            {
                "name": d,
                "page": page_file(d),
                "status": run.doc_info.get(d, {}).get("status", "ok"),
                "mentions": sum(m.doc == d for m in chosen),
            }
            for d in docs
        ],
    }


def document_payload(
    run: RunData, doc: str, mentions: list[Mention], output: Path, scope: str
) -> dict[str, Any]:
    clusters = {c.cluster_id: c for c in run.clusters}
    repaired = run.documents.get(doc)
    pages = {p.number: p for p in repaired.pages} if repaired else {}
    info = run.doc_info.get(doc, {})
    return {
        **common(output, scope),
        "view": "document",
        "doc": {
            "name": doc,
            "status": info.get("status", repaired.status if repaired else "missing"),
            "quality": info.get("quality"),
            "repairs": repaired.stats if repaired else {},
            "pages": [
                {
                    "number": p.number,
                    "text": p.text,
                    "original": p.original,
                    "steps": repaired_steps(p),
                }
                for p in pages.values()
            ],
        },
        "mentions": [
            {**mention_summary(m, clusters), "evidence": evidence_detail(m, pages)}
            for m in mentions
        ],
    }
