"""Offset bookkeeping for text repairs.

A repair is a list of non-overlapping replacements on the original text (`RepairStep`).
Fixers run one after another, each seeing the previous one's output; `compose` turns the
chain back into one list on the original, so evidence found in repaired text can always be
shown against the source.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher

from pipeline.schemas import RepairStep


def apply_steps(original: str, steps: Iterable[RepairStep]) -> str:
    out: list[str] = []
    pos = 0
    for step in sorted(steps, key=lambda s: (s.start, s.end)):
        out.append(original[pos : step.start])
        out.append(step.after)
        pos = step.end
    out.append(original[pos:])
    return "".join(out)


def steps_from_diff(before: str, after: str, rule: str, reason: str = "") -> list[RepairStep]:
    """Express `before → after` as minimal replacements (for fixers that only return text)."""
    if before == after:
        return []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    steps = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        steps.append(
            RepairStep(
                rule=rule, start=i1, end=i2, before=before[i1:i2], after=after[j1:j2], reason=reason
            )
        )
    return steps


def compose(original: str, first: list[RepairStep], second: list[RepairStep]) -> list[RepairStep]:
    """Steps on `original` equivalent to applying `first`, then `second` (on first's output)."""
    if not second:
        return list(first)
    first = sorted(first, key=lambda s: (s.start, s.end))
    middle = apply_steps(original, first)
    # Each interval: (mid_start, mid_end, kind, index); kind 0 = first step, 1 = second step.
    intervals: list[tuple[int, int, int, int]] = []
    shift = 0
    for i, step in enumerate(first):
        mid_start = step.start + shift
        intervals.append((mid_start, mid_start + len(step.after), 0, i))
        shift += len(step.after) - (step.end - step.start)
    for j, step in enumerate(second):
        intervals.append((step.start, step.end, 1, j))
    intervals.sort()

    groups: list[list[tuple[int, int, int, int]]] = []
    group_end = -1
    for interval in intervals:
        start, end = interval[0], interval[1]
        if groups and (
            start < group_end
            or (start == group_end and (start == end or groups[-1][-1][0] == groups[-1][-1][1]))
        ):
            groups[-1].append(interval)
            group_end = max(group_end, end)
        else:
            groups.append([interval])
            group_end = end

    to_original = _mid_to_original(first)
    result: list[RepairStep] = []
    for group in groups:
        mid_start = min(g[0] for g in group)
        mid_end = max(g[1] for g in group)
        seconds = [second[g[3]] for g in group if g[2] == 1]
        firsts = [first[g[3]] for g in group if g[2] == 0]
        if not seconds:
            result.extend(firsts)
            continue
        orig_start = min([to_original(mid_start)] + [s.start for s in firsts])
        orig_end = max([to_original(mid_end, end=True)] + [s.end for s in firsts])
        local = [
            s.model_copy(update={"start": s.start - mid_start, "end": s.end - mid_start})
            for s in seconds
        ]
        after = apply_steps(middle[mid_start:mid_end], local)
        rules = list(dict.fromkeys([s.rule for s in firsts] + [s.rule for s in seconds]))
        reasons = list(dict.fromkeys(s.reason for s in firsts + seconds if s.reason))
        result.append(
            RepairStep(
                rule="+".join(rules),
                start=orig_start,
                end=orig_end,
                before=original[orig_start:orig_end],
                after=after,
                reason="; ".join(reasons),
            )
        )
    return [s for s in result if s.before != s.after]


def _mid_to_original(first: list[RepairStep]) -> Callable[..., int]:
    """Map a position in the text after `first` to the original (outside replaced spans)."""
    mid_starts: list[int] = []
    shifts: list[int] = []
    shift = 0
    for step in first:
        mid_starts.append(step.start + shift)
        shift += len(step.after) - (step.end - step.start)
        shifts.append(shift)

    def convert(pos: int, end: bool = False) -> int:
        # A start position belongs to the step it starts in; an end position to the one it
        # closes, so a span never swallows a neighbouring replacement it only touches.
        k = (bisect_left(mid_starts, pos) if end else bisect_right(mid_starts, pos)) - 1
        if k < 0:
            return pos
        step = first[k]
        mid_start = mid_starts[k]
        mid_end = mid_start + len(step.after)
        if end and pos <= mid_end:
            return step.end
        if not end and (pos < mid_end or pos == mid_start):
            return step.start
        return pos - shifts[k]

    return convert


class OffsetMap:
    """Map offsets in repaired text back to the original text of the same page."""

    def __init__(self, steps: list[RepairStep]) -> None:
        self.steps = sorted(steps, key=lambda s: (s.start, s.end))
        self._convert = _mid_to_original(self.steps)

    def to_original(self, pos: int, end: bool = False) -> int:
        return self._convert(pos, end=end)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self._convert(start), self._convert(end, end=True)
