"""Repairs recorded as replacements on the original compose, and offsets map back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.offsets import OffsetMap, apply_steps, compose, steps_from_diff

text = st.text(alphabet="abcł \n", max_size=24)


@settings(max_examples=300, deadline=None)
@given(text, text, text)
def test_composed_steps_give_the_final_text(original: str, middle: str, final: str) -> None:
    first = steps_from_diff(original, middle, "a")
    second = steps_from_diff(middle, final, "b")
    steps = compose(original, first, second)
    assert apply_steps(original, steps) == final
    last_end = -1
    for step in sorted(steps, key=lambda s: (s.start, s.end)):
        assert step.start >= last_end
        assert original[step.start : step.end] == step.before
        last_end = step.end


def test_offsets_outside_repairs_map_back_exactly() -> None:
    original = "powsta\no w 2004 r. klaster"
    repaired = "powstało w 2004 r. klaster"
    steps = steps_from_diff(original, repaired, "l-linebreak")
    mapping = OffsetMap(steps)
    start = repaired.index("klaster")
    assert original[mapping.to_original(start) :] == "klaster"
    s, e = mapping.span_to_original(0, len("powstało"))
    assert original[s:e] == "powsta\no"
