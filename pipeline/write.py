"""Write stage: the published dataset in output/ (JSONL, CSV, Parquet) and run facts."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pipeline.schemas import Cluster, Document, Mention, RepairedDocument
from pipeline.store import atomic_write_bytes, atomic_write_text, write_jsonl

CSV_LIST_SEPARATOR = " | "


def cluster_rows(clusters: list[Cluster]) -> list[dict[str, object]]:
    """Flat rows for CSV and Parquet: lists joined, history as JSON text."""
    rows = []
    for cluster in clusters:
        row = cluster.model_dump()
        for key in ("aliases", "goals", "websites", "mention_ids", "docs"):
            row[key] = CSV_LIST_SEPARATOR.join(row[key])
        row["member_count_history"] = json.dumps(row["member_count_history"], ensure_ascii=False)
        rows.append(row)
    return rows


def document_records(
    documents: list[Document], repaired: list[RepairedDocument]
) -> list[dict[str, object]]:
    stats = {r.id + r.name: r.stats for r in repaired}
    out = []
    for doc in documents:
        record = doc.model_dump(exclude={"pages"})
        record["pages"] = len(doc.pages)
        record["page_status"] = [
            {"page": p.number, "status": p.status, "quality": p.quality} for p in doc.pages
        ]
        record["repairs"] = stats.get(doc.id + doc.name, {})
        out.append(record)
    return out


def write_outputs(
    output: Path,
    documents: list[Document],
    repaired: list[RepairedDocument],
    mentions: list[Mention],
    clusters: list[Cluster],
) -> None:
    import pandas as pd

    write_jsonl(output / "mentions.jsonl", mentions)
    write_jsonl(output / "clusters.jsonl", clusters)
    frame = pd.DataFrame(cluster_rows(clusters), columns=list(Cluster.model_fields))
    # Whole numbers stay whole where a column has gaps (pandas would write 34.0).
    frame = frame.astype({"member_count": "Int64", "founded_year": "Int64"})
    atomic_write_text(output / "clusters.csv", frame.to_csv(index=False))
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    atomic_write_bytes(output / "clusters.parquet", buffer.getvalue())
    lines = "".join(
        json.dumps(r, ensure_ascii=False) + "\n" for r in document_records(documents, repaired)
    )
    atomic_write_text(output / "documents.jsonl", lines)
