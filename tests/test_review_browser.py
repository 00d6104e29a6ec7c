"""The review site in a real browser (Debian's Chromium driven by Playwright).

One round trip does what a reviewer does: open the site from file://, pick a mention,
check its highlighted evidence, correct a member count, export, apply, re-run, and find
the corrected value in mentions.jsonl and clusters.csv. A hostile document must render as
text. Screenshots of the main views land in output/review/screenshots/ for people to look at.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline import corrections as review
from pipeline.extract.names import name_key
from pipeline.review import build_site
from pipeline.review.data import page_file

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).parents[1]
SCREENSHOTS = ROOT / "output" / "review" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (`make chromium` installs it)",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, tmp_path: Path) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.tmp_path = tmp_path  # type: ignore[attr-defined]
    page.errors = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def shoot(page, tmp_path: Path, name: str) -> None:
    """Save a screenshot in tmp and in the repository's output/review/screenshots/."""
    path = tmp_path / "screenshots" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, SCREENSHOTS / name)


def klastry(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    return result


def run_pipeline(output: Path, store: Path) -> None:
    klastry(
        "run",
        "--input",
        str(ROOT / "raw"),
        "--output",
        str(output),
        "--ner",
        "none",
        "--corrections",
        str(store),
        "--quiet",
    )


def pick_mention(output: Path) -> dict:
    """The least certain mention with a member count and its evidence."""
    rows = [
        json.loads(x) for x in (output / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    names = Counter((m["doc"], name_key(m["name"])) for m in rows)
    candidates = [
        m
        for m in rows
        if m["member_count"] is not None
        and m["evidence"].get("member_count")
        and names[(m["doc"], name_key(m["name"]))] == 1  # verdicts name their mention
    ]
    assert candidates, "the seeds should give at least one member count"
    return min(candidates, key=lambda m: (min(m["confidence"].values()), m["id"]))


def highlighted(page, token: str) -> str:
    return "".join(page.locator(f'.text-panel [data-ev~="{token}"]').all_text_contents())


def row_ids(page) -> list[str]:
    return page.locator("#mentions-table tbody tr").evaluate_all("rs => rs.map(r => r.dataset.id)")


def check_table(page, output: Path) -> None:
    """Low confidence first; sorting and the document filter work; clusters have a tab."""
    rows = [json.loads(x) for x in (output / "mentions.jsonl").read_text().splitlines()]
    ids = row_ids(page)
    weakest = {m["id"]: min(m["confidence"].values(), default=0.0) for m in rows}
    assert sorted(ids) == sorted(weakest)
    assert [weakest[i] for i in ids] == sorted(weakest.values())
    page.click('button[data-sort="name"]')
    names = page.locator("#mentions-table .name-link").all_text_contents()
    assert names[0].casefold() <= names[-1].casefold()
    doc = rows[0]["doc"]
    page.select_option("#filter-doc", doc)
    shown = page.locator("#mentions-table tbody tr").count()
    assert shown == sum(m["doc"] == doc for m in rows)
    page.click("#filter-reset")
    page.click('button[data-tab="clusters"]')
    clusters = (output / "clusters.jsonl").read_text().splitlines()
    assert page.locator("#clusters-table tbody tr").count() == len(clusters)
    shoot(page, page.tmp_path, "clusters.png")
    page.click('button[data-tab="mentions"]')


def test_review_round_trip(page, tmp_path: Path) -> None:
    output, store = tmp_path / "output", tmp_path / "review" / "corrections.jsonl"
    run_pipeline(output, store)
    mention = pick_mention(output)
    index = build_site(output)

    page.goto(index.as_uri())
    page.wait_for_selector("#mentions-table tbody tr")
    shoot(page, tmp_path, "table.png")
    check_table(page, output)
    page.click(f'#mentions-table tr[data-id="{mention["id"]}"]')
    page.wait_for_selector("#mention-title")
    assert page.url.endswith(page_file(mention["doc"]) + "#m=" + mention["id"])
    assert page.text_content("#mention-title") == mention["name"]
    for field, items in mention["evidence"].items():
        for i, ev in enumerate(items):
            assert highlighted(page, f"{field}#{i}") == ev["quote"], (field, i)

    new_count = mention["member_count"] + 7
    page.fill("#reviewer", "Test Reviewer")
    row = page.locator('.field-row[data-field="member_count"]')
    row.locator('button[data-action="correct"]').click()
    row.locator(".correct-input").fill(str(new_count))
    row.locator('button[data-action="save"]').click()
    assert row.locator(".corrected-value").text_content() == str(new_count)
    page.locator('.field-row[data-field="name"] button[data-action="accept"]').click()
    assert page.text_content("#export-count") == "2"
    shoot(page, tmp_path, "mention.png")
    page.check("#toggle-original")
    page.wait_for_selector(".page-text.original")
    assert highlighted(page, "member_count#0").split() != []
    shoot(page, tmp_path, "original.png")

    page.click("#export-open")
    with page.expect_download() as download_info:
        page.click("#export-download")
    exported = tmp_path / "export.jsonl"
    download_info.value.save_as(str(exported))
    text = exported.read_text(encoding="utf-8")
    assert text == page.input_value("#export-text")
    lines = [json.loads(x) for x in text.splitlines()]
    assert {(x["field"], x["verdict"], x["value"]) for x in lines} == {
        ("member_count", "correct", new_count),
        ("name", "accept", mention["name"]),
    }
    assert all(x["mention"] == mention["name"] and x["reviewer"] == "Test Reviewer" for x in lines)
    shoot(page, tmp_path, "export.png")
    page.goto(index.as_uri())  # verdicts are shared with the index through localStorage
    page.wait_for_selector("#mentions-table tbody tr")
    assert page.text_content("#export-count") == "2"
    page.select_option("#filter-verdict", "correct")
    assert row_ids(page) == [mention["id"]]

    applied = klastry("corrections", "apply", str(exported), "--store", str(store))
    assert "stored 2 verdict(s)" in applied.stdout
    stale = review.Correction(
        doc=mention["doc"], mention="Klaster Którego Nie Ma", field="town", verdict="reject"
    )
    review.append_to_store(store, [stale], reviewer="Test Reviewer")
    run_pipeline(output, store)

    after = {
        m["id"]: m for m in map(json.loads, (output / "mentions.jsonl").read_text().splitlines())
    }
    corrected = after[mention["id"]]
    assert corrected["member_count"] == new_count
    assert corrected["reviewed"] == {"member_count": True, "name": True}
    with (output / "clusters.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if mention["id"] in r["mention_ids"].split(" | ")]
    assert [r["member_count"] for r in rows] == [str(new_count)]
    unmatched = json.loads((output / "run.json").read_text())["corrections_unmatched"]
    assert len(unmatched) == 1 and "Klaster Którego Nie Ma" in unmatched[0]

    build_site(output)
    page.goto("about:blank")  # same URL and fragment would not reload the page
    page.goto((output / "review" / page_file(mention["doc"])).as_uri() + "#m=" + mention["id"])
    tag = page.locator('.field-row[data-field="member_count"] .tag-run')
    assert tag.text_content() == "reviewed"
    assert not page.errors, page.errors


def test_hostile_document_renders_as_text(page, tmp_path: Path) -> None:
    from test_review import load_case, write_case_output

    (mention,) = write_case_output(load_case("hostile.json"), tmp_path)
    index = build_site(tmp_path)

    def assert_inert() -> None:
        page.wait_for_timeout(250)  # time for an injected onerror/onload to fire
        assert page.dialogs == [], page.dialogs
        assert page.locator("img, svg, iframe, object, embed, b").count() == 0
        assert page.locator("script").count() == 2
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)")
        assert all(h.startswith(("file:", "http:", "https:", "blob:")) for h in hrefs), hrefs
        assert not page.errors, page.errors

    page.goto(index.as_uri())
    page.wait_for_selector("#mentions-table tbody tr")
    assert_inert()
    assert page.locator(".name-link").text_content() == mention.name
    assert page.locator("a", has_text="javascript:alert(2)").count() == 0
    assert page.locator("a", has_text="https://klaster.example.pl").count() == 1

    page.click(".name-link")
    page.wait_for_selector("#mention-title")
    assert page.text_content("#mention-title") == mention.name
    assert highlighted(page, "coordinator#0") == mention.coordinator
    assert highlighted(page, "goals#0") == mention.goals[0]
    assert_inert()
    page.check("#toggle-original")
    page.wait_for_selector(".page-text.original")
    assert "<script>alert(3)</script>" in page.text_content(".page-text")
    assert_inert()
    row = page.locator('.field-row[data-field="coordinator"]')
    row.locator('button[data-action="correct"]').click()
    row.locator(".correct-input").fill('"><img src=y onerror=alert(9)>')
    row.locator('button[data-action="save"]').click()
    assert_inert()
    page.click("#export-open")
    (line,) = [json.loads(x) for x in page.input_value("#export-text").splitlines()]
    assert (line["mention"], line["doc"]) == (mention.name, mention.doc)
    assert line["value"] == '"><img src=y onerror=alert(9)>'
    shoot(page, tmp_path, "hostile.png")
