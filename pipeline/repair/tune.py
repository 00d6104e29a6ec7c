"""Tune the stripped-text repair's second-opinion threshold on NKJP's development files.

Run: `python -m pipeline.repair.build_disambiguator --dev --dev-weights W` (a model that
has not seen the development tenth), then `python -m pipeline.repair.tune W`. The
benchmark's files are never used here, so the threshold shipped in `diacritics.py` is
not fitted to the benchmark that reports it.
"""

from __future__ import annotations

import argparse
import zlib
from pathlib import Path

from pipeline.repair.bench import Score, nkjp_documents
from pipeline.repair.corrupt import corrupt
from pipeline.repair.diacritics import SECOND_OPINION_LEAD, restore_passage
from pipeline.repair.disambiguate import Disambiguator
from pipeline.repair.nkjp import is_dev


def accuracy(weights: Path, leads: list[float]) -> dict[float, float]:
    """Word accuracy on stripped development text, for each second-opinion threshold."""
    dis = Disambiguator(weights)
    docs = ["\n\n".join(pages) for pages in nkjp_documents(is_dev)]
    broken = [
        corrupt(clean, "stripped", zlib.crc32(f"dev/{d}".encode())) for d, clean in enumerate(docs)
    ]
    out: dict[float, float] = {}
    for lead in leads:
        score = Score()
        for clean, damaged in zip(docs, broken, strict=True):
            score.add(clean, damaged.touched, restore_passage(damaged.text, dis, lead), "stripped")
        out[lead] = score.touched_ok / score.touched
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("weights", type=Path, help="weights trained with --dev")
    parser.add_argument(
        "--leads", type=float, nargs="+", default=[0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 100.0]
    )
    args = parser.parse_args()
    for lead, acc in accuracy(args.weights, args.leads).items():
        mark = "  (shipped)" if lead == SECOND_OPINION_LEAD else ""
        print(f"lead < {lead:>5}: {100 * acc:.2f} %{mark}")


if __name__ == "__main__":
    main()
