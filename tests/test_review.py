"""The review site and the terminal spot check, without a browser.

Case outputs are built from `cases/review/*.json` (documents with repair steps, mentions
with quotes), so the tests need no pipeline run: offsets are found from the quotes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import KlastryError
from pipeline.offsets import apply_steps
from pipeline.review import build_site, spot_check
from pipeline.review.data import page_file, select
from pipeline.review.site import embed_json
from pipeline.schemas import Cluster, Evidence, Mention, RepairedDocument, RepairedPage, RepairStep
from pipeline.store import write_jsonl

CASES = Path(__file__).parent / "cases" / "review"


def load_case(name: str) -> dict:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


def write_case_output(case: dict, output: Path) -> list[Mention]:
    """A finished run's files (mentions, clusters, repaired pages) made from a case."""
    documents = []
    texts: dict[tuple[str, int], str] = {}
    for d in case["documents"]:
        pages = []
        for number, p in enumerate(d["pages"], start=1):
            original = p["original"]
            steps = []
            for s in p.get("steps", []):
                start = original.index(s["find"])
                steps.append(
                    RepairStep(
                        rule=s["rule"],
                        start=start,
                        end=start + len(s["find"]),
                        before=s["find"],
                        after=s["after"],
                    )
                )
            text = apply_steps(original, steps)
            texts[(d["name"], number)] = text
            pages.append(RepairedPage(number=number, text=text, original=original, steps=steps))
        documents.append(RepairedDocument(id=f"d{len(documents)}", name=d["name"], pages=pages))
    mentions, clusters = [], []
    for i, m in enumerate(case["mentions"]):
        evidence = {}
        for field, quotes in m.get("evidence", {}).items():
            items = []
            for quote in quotes:
                page = next(n for (doc, n), t in texts.items() if doc == m["doc"] and quote in t)
                start = texts[(m["doc"], page)].index(quote)
                items.append(Evidence(page=page, start=start, end=start + len(quote), quote=quote))
            evidence[field] = items
        fields = {k: v for k, v in m.items() if k != "evidence"}
        mention = Mention(id=f"m-{i:03d}", cluster_id=f"kl-{i}", evidence=evidence, **fields)
        mentions.append(mention)
        clusters.append(
            Cluster(
                cluster_id=f"kl-{i}",
                name=mention.name,
                member_count=mention.member_count,
                town=mention.town,
                voivodeship=mention.voivodeship,
                websites=mention.websites,
                goals=mention.goals,
                mention_ids=[mention.id],
                docs=[mention.doc],
                confidence=mention.confidence.get("name", 0.0),
            )
        )
    write_jsonl(output / "mentions.jsonl", mentions)
    write_jsonl(output / "clusters.jsonl", clusters)
    write_jsonl(output / "stages" / "repaired.jsonl", documents)
    return mentions


def embedded(html: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="review-data">(.*?)</script>', html, re.S
    )
    assert match, "no data block"
    return json.loads(match.group(1))


@pytest.fixture
def hostile_site(tmp_path: Path) -> tuple[Path, list[Mention]]:
    mentions = write_case_output(load_case("hostile.json"), tmp_path)
    return build_site(tmp_path), mentions


def test_site_has_index_document_pages_and_local_assets(hostile_site) -> None:
    index, mentions = hostile_site
    site = index.parent
    assert index.name == "index.html"
    assert (site / page_file(mentions[0].doc)).exists()
    assert {"review.css", "review.js"} <= {p.name for p in site.iterdir()}
    for page in site.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        refs = re.findall(r'(?:src|href)="([^"]*)"', html)
        assert refs == ["review.css", "review.js"], f"only local assets in {page.name}: {refs}"
        assert "Content-Security-Policy" in html and "script-src 'self'" in html


@pytest.mark.parametrize(
    "fragment",
    ["<img", "<b>", "</script><script>", '<script>alert("doc")', "&amp;", "\u2028"],
)
def test_document_strings_never_reach_markup(hostile_site, fragment: str) -> None:
    index, _ = hostile_site
    for page in index.parent.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert fragment not in html, f"{fragment!r} unescaped in {page.name}"
        assert html.count("<script") == 2  # the data block and review.js, nothing injected


def test_embedded_data_round_trips_exactly(hostile_site) -> None:
    index, mentions = hostile_site
    m = mentions[0]
    data = embedded((index.parent / page_file(m.doc)).read_text(encoding="utf-8"))
    assert data["view"] == "document"
    shown = data["mentions"][0]
    assert shown["name"] == m.name
    assert shown["values"]["goals"] == m.goals
    assert data["doc"]["name"] == m.doc
    assert (
        data["doc"]["pages"][0]["original"]
        == load_case("hostile.json")["documents"][0]["pages"][0]["original"]
    )
    listing = embedded(index.read_text(encoding="utf-8"))
    assert [x["name"] for x in listing["mentions"]] == [m.name]


@pytest.mark.parametrize(
    "value",
    ["</script><script>alert(1)</script>", "a & b <!-- c -->", "line\u2028sep\u2029", '"><img>'],
)
def test_embed_json_escapes_markup_characters(value: str) -> None:
    text = embed_json({"v": value})
    assert not set("<>&") & set(text)
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"v": value}


def test_evidence_maps_back_to_the_original_text(hostile_site) -> None:
    index, mentions = hostile_site
    data = embedded((index.parent / page_file(mentions[0].doc)).read_text(encoding="utf-8"))
    page = data["doc"]["pages"][0]
    goals = data["mentions"][0]["evidence"]["goals"][0]
    assert goals["exact"] is True
    assert page["text"][goals["start"] : goals["end"]] == goals["quote"]
    original = page["original"][goals["ostart"] : goals["oend"]]
    assert original.endswith("wspól-\npraca w regionie")
    step = page["steps"][0]
    assert page["text"][step["rstart"] : step["rend"]] == step["after"] == "wspólpraca"
    assert page["original"][step["start"] : step["end"]] == step["before"]


def test_assets_never_use_innerhtml_or_fetch() -> None:
    js = (Path(__file__).parents[1] / "pipeline" / "review" / "assets" / "review.js").read_text()
    for banned in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "fetch(",
    ):
        assert banned not in js


@pytest.mark.parametrize(
    ("sample", "below", "expected"),
    [(None, None, 4), (None, 0.7, 2), (2, None, 2), (1, 0.7, 1), (10, None, 4), (0, None, 0)],
)
def test_select_filters_then_samples(sample, below, expected) -> None:
    mentions = [
        Mention(doc="d", name=f"Klaster {i}", confidence={"name": c})
        for i, c in enumerate((0.5, 0.9, 0.65, 0.8))
    ]
    chosen = select(mentions, sample=sample, seed=3, below_confidence=below)
    assert len(chosen) == expected
    assert chosen == select(mentions, sample=sample, seed=3, below_confidence=below)
    if below is not None:
        assert all(min(m.confidence.values()) < below for m in chosen)


def test_build_site_scope_and_sample(tmp_path: Path) -> None:
    case = load_case("hostile.json")
    extra = dict(case["mentions"][0], name="Drugi Klaster", confidence={"name": 0.95})
    case["mentions"].append(extra)
    write_case_output(case, tmp_path)
    index = build_site(tmp_path, below_confidence=0.9)
    data = embedded(index.read_text(encoding="utf-8"))
    assert [m["name"] for m in data["mentions"]] == [case["mentions"][0]["name"]]
    assert "below confidence 0.9" in data["scope"]


def test_build_site_without_a_run_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(KlastryError, match="E101"):
        build_site(tmp_path)


def test_spot_check_prints_fields_with_quotes(hostile_site) -> None:
    index, mentions = hostile_site
    console = Console(record=True, width=160)
    spot_check(index.parents[1], n=5, seed=0, console=console)
    text = console.export_text()
    assert "Spot check: 1 of 1 mentions (seed 0)" in text
    assert mentions[0].name in text
    assert "“12 firm”" in text and "p.1" in text
    assert "Members" in text and "0.55" in text


def test_cli_review_and_spot_check(hostile_site) -> None:
    index, _ = hostile_site
    output = index.parents[1]
    result = CliRunner().invoke(app, ["review", "--output", str(output), "--sample", "1"])
    assert result.exit_code == 0, result.output
    assert "index.html" in result.output
    result = CliRunner().invoke(app, ["spot-check", "--output", str(output), "--n", "1"])
    assert result.exit_code == 0, result.output
    assert "12 firm" in result.output


def test_evidence_on_a_later_page_maps_through_its_repairs(tmp_path: Path) -> None:
    (mention,) = write_case_output(load_case("two_pages.json"), tmp_path)
    index = build_site(tmp_path)
    assert not (index.parent / page_file("inny.txt")).exists(), (
        "no page for a document without mentions"
    )
    data = embedded((index.parent / page_file(mention.doc)).read_text(encoding="utf-8"))
    assert [p["number"] for p in data["doc"]["pages"]] == [1, 2]
    page = data["doc"]["pages"][1]
    name = data["mentions"][0]["evidence"]["name"][0]
    assert (name["page"], name["exact"]) == (2, True)
    assert page["original"][name["ostart"] : name["oend"]] == "Klaster Mebli Wielkopol-\nskich"
    count = data["mentions"][0]["evidence"]["member_count"][0]
    assert page["original"][count["ostart"] : count["oend"]] == "ok. 40 firm"
