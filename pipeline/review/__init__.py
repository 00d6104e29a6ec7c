"""Spot-checking extractions: a static review site and a terminal sample.

`build_site` writes `output/review/` (works from file://, no server, no downloads);
`spot_check` prints a random sample of mentions with the quote behind every field.
"""

from __future__ import annotations

from pipeline.review.site import build_site
from pipeline.review.spotcheck import spot_check

__all__ = ["build_site", "spot_check"]
