"""Writing the review site: an index page, one page per document, hand-written CSS and JS.

Document strings never reach HTML markup: each page embeds its data as JSON in a
`<script type="application/json">` block with `<`, `>` and `&` written as \\u escapes (so no
text can close the block), and `review.js` builds the DOM with `textContent`. A strict
Content-Security-Policy forbids inline scripts as a second line of defence.
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path
from typing import Any

from pipeline.review.data import (
    document_payload,
    index_payload,
    load_run,
    page_file,
    select,
)

ASSETS = Path(__file__).parent / "assets"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'"
)


def embed_json(data: Any) -> str:
    """JSON safe inside a <script> element: no `<`, `>` or `&` survive unescaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_page(title: str, payload: dict[str, Any]) -> str:
    """A page shell: the data block and the script that draws it."""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="referrer" content="no-referrer">
<title>{html.escape(title)}</title>
<link rel="stylesheet" href="review.css">
</head>
<body>
<noscript><p class="noscript">The review site needs JavaScript enabled.</p></noscript>
<div id="app" class="app"></div>
<script type="application/json" id="review-data">{embed_json(payload)}</script>
<script src="review.js"></script>
</body>
</html>
"""


def describe_scope(
    total: int, shown: int, sample: int | None, seed: int, below: float | None
) -> str:
    parts = []
    if below is not None:
        parts.append(f"mentions with a field below confidence {below:g}")
    if sample is not None:
        parts.append(f"random sample of {sample} (seed {seed})")
    what = "; ".join(parts) if parts else "all mentions"
    return f"{what}: {shown} of {total}"


def build_site(
    output: Path,
    sample: int | None = None,
    seed: int = 0,
    below_confidence: float | None = None,
) -> Path:
    """Write output/review/ (index.html, doc-*.html, review.css, review.js); return index.html."""
    output = Path(output)
    run = load_run(output)
    chosen = select(run.mentions, sample=sample, seed=seed, below_confidence=below_confidence)
    scope = describe_scope(len(run.mentions), len(chosen), sample, seed, below_confidence)
    site = output / "review"
    site.mkdir(parents=True, exist_ok=True)
    for old in site.glob("doc-*.html"):
        old.unlink()
    for asset in ("review.css", "review.js"):
        shutil.copyfile(ASSETS / asset, site / asset)
    index = site / "index.html"
    index.write_text(
        render_page("klastry review", index_payload(run, chosen, output, scope)), encoding="utf-8"
    )
    by_doc: dict[str, list] = {}
    for m in chosen:
        by_doc.setdefault(m.doc, []).append(m)
    for doc, mentions in by_doc.items():
        payload = document_payload(run, doc, mentions, output, scope)
        (site / page_file(doc)).write_text(
            render_page(f"{doc} · klastry review", payload), encoding="utf-8"
        )
    return index
