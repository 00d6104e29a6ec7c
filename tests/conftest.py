"""Shared fixtures: paths, and one pipeline run over the sample input per test session."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def klastry(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed CLI, run the way a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.fixture(scope="session")
def seeds_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`klastry run` over raw/ with the default NER model, once per session."""
    output = tmp_path_factory.mktemp("seeds-run")
    result = klastry(
        "run",
        "--input",
        str(ROOT / "raw"),
        "--output",
        str(output),
        "--quiet",
        "--corrections",
        str(output / "no-corrections.jsonl"),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return output
