"""Write stage: the published dataset in output/ (JSONL, CSV, Parquet) and run facts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

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


def clusters_csv(rows: list[dict[str, object]], columns: list[str]) -> str:
    """RFC 4180 CSV: missing values empty, whole numbers whole, booleans True/False."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row[c] is None else row[c] for c in columns])
    return buffer.getvalue()


def _parquet_schema(columns: list[str]) -> Any:
    """Column types from the Cluster schema, so an all-empty column keeps its type, and the
    pandas metadata that makes pandas read whole numbers with gaps as Int64, not floats."""
    import pyarrow as pa

    kinds = {int: ("int64", "Int64"), bool: ("bool", "bool"), float: ("float64", "float64")}
    fields, described = [], []
    for column in columns:
        annotation = Cluster.model_fields[column].annotation
        base = next((t for t in (bool, int, float) if annotation in (t, t | None)), None)
        arrow_type, pandas_type = kinds[base] if base else ("string", "str")
        fields.append((column, pa.type_for_alias(arrow_type)))
        described.append(
            {
                "name": column,
                "field_name": column,
                "pandas_type": "unicode" if base is None else arrow_type,
                "numpy_type": pandas_type,
                "metadata": None,
            }
        )
    pandas = {"index_columns": [], "column_indexes": [], "columns": described}
    return pa.schema(fields, metadata={"pandas": json.dumps(pandas)})


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


def clusters_parquet(rows: list[dict[str, object]], columns: list[str]) -> bytes:
    """Parquet bytes of the cluster rows. The table is read from JSON lines by pyarrow's own
    reader: building it from Python objects makes pyarrow import pandas (a quarter of a
    second, the largest part of the write stage) only to check whether they are pandas'."""
    import pyarrow.json as pa_json
    import pyarrow.parquet as pq

    schema = _parquet_schema(columns)
    payload = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()
    if payload:
        table = pa_json.read_json(
            io.BytesIO(payload),
            read_options=pa_json.ReadOptions(use_threads=False),
            parse_options=pa_json.ParseOptions(
                explicit_schema=schema, unexpected_field_behavior="error"
            ),
        ).select(columns)
        table = table.replace_schema_metadata(schema.metadata)
    else:
        table = schema.empty_table()
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def write_outputs(
    output: Path,
    documents: list[Document],
    repaired: list[RepairedDocument],
    mentions: list[Mention],
    clusters: list[Cluster],
) -> None:
    write_jsonl(output / "mentions.jsonl", mentions)
    write_jsonl(output / "clusters.jsonl", clusters)
    rows = cluster_rows(clusters)
    columns = list(Cluster.model_fields)
    atomic_write_text(output / "clusters.csv", clusters_csv(rows, columns))
    atomic_write_bytes(output / "clusters.parquet", clusters_parquet(rows, columns))
    lines = "".join(
        json.dumps(r, ensure_ascii=False) + "\n" for r in document_records(documents, repaired)
    )
    atomic_write_text(output / "documents.jsonl", lines)
