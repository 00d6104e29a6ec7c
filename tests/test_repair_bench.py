"""The benchmark's corruption generator is reproducible and marks what it touched."""

from __future__ import annotations

import pytest

from pipeline.repair.corrupt import MODES, corrupt
from pipeline.repair.lexicon import PL_LETTERS
from pipeline.repair.nkjp import is_dev, is_held_out

CLEAN = "• Współpraca przedsiębiorstw z województwa śląskiego – Łódź, Kraków.\nKlaster ﬁrm."


@pytest.mark.parametrize("mode", list(MODES))
def test_corruption_is_seeded(mode: str) -> None:
    a, b = corrupt(CLEAN, mode, 7), corrupt(CLEAN, mode, 7)
    assert a.text == b.text
    assert len(a.touched) == len(CLEAN)
    if mode == "clean":
        assert a.text == CLEAN and not any(a.touched)
    elif mode != "layout":
        assert a.text != CLEAN and any(a.touched)


def test_stripped_mode_touches_only_diacritics() -> None:
    out = corrupt(CLEAN, "stripped", 1)
    assert "Wspolpraca" in out.text and "Lodz" in out.text
    touched = [c for c, t in zip(CLEAN, out.touched, strict=True) if t]
    assert touched == [c for c in CLEAN if c in PL_LETTERS]


def test_tuning_and_benchmark_read_disjoint_parts_of_nkjp() -> None:
    ids = [f"NKJP_1M_{n:07d}" for n in range(2000)]
    held_out = {i for i in ids if is_held_out(i)}
    dev = {i for i in ids if is_dev(i)}
    assert held_out and dev and not held_out & dev
    assert 150 < len(dev) < 250  # a tenth
