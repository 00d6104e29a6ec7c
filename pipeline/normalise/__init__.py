"""Normalise stage: canonical places and names, and one record per real cluster.

`normalise(mentions)` is pure: it returns the mentions with canonical values and cluster
ids, and the merged `Cluster` records.
"""

from __future__ import annotations

from pipeline.normalise.merge import merge_clusters
from pipeline.normalise.values import normalise_mention
from pipeline.schemas import Cluster, Mention


def normalise(mentions: list[Mention]) -> tuple[list[Mention], list[Cluster]]:
    normalised = [normalise_mention(m) for m in mentions]
    clusters = merge_clusters(normalised)
    return normalised, clusters


__all__ = ["merge_clusters", "normalise", "normalise_mention"]
