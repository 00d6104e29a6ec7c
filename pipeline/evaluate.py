"""Scoring of predicted mentions against gold mentions (the rules of the gold README).

Library code used by `klastry eval` and by the tests, like spaCy's `Scorer`:
matching by RapidFuzz `token_set_ratio` ≥ 90 over names and aliases (greedy, best first,
one to one), then per-field true/false positives and negatives over matched pairs.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from pipeline.errors import Code, KlastryError

MATCH_THRESHOLD = 90
GOAL_THRESHOLD = 85
SCALAR_FIELDS = ("member_count", "town", "voivodeship", "country")
EXTRA_FIELDS = ("coordinator", "legal_form", "founded_year", "websites")
ALL_FIELDS = ("name", *SCALAR_FIELDS, "goals", *EXTRA_FIELDS)


class GoldMention(BaseModel):
    model_config = ConfigDict(extra="ignore")

    doc: str
    name: str
    aliases: list[str] = []
    member_count: int | None = None
    member_count_approx: bool = False
    town: str | None = None
    voivodeship: str | None = None
    country: str | None = None
    goals: list[str] | None = None
    coordinator: str | None = None
    legal_form: str | None = None
    founded_year: int | None = None
    websites: list[str] = []
    difficulty: str = "normal"
    unscored: list[str] = []


class PredictedMention(BaseModel):
    model_config = ConfigDict(extra="ignore")

    doc: str
    name: str
    aliases: list[str] = []
    member_count: int | None = None
    town: str | None = None
    voivodeship: str | None = None
    country: str | None = None
    goals: list[str] | None = None
    coordinator: str | None = None
    legal_form: str | None = None
    founded_year: int | None = None
    websites: list[str] = []


class Counts(BaseModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


class MatchedPair(BaseModel):
    doc: str
    gold: str
    predicted: str
    score: float


class Errors(BaseModel):
    """Per-field disagreements, so a reader sees what to fix, not only the totals."""

    field: str
    doc: str
    gold_name: str | None
    predicted_name: str | None
    gold: object = None
    predicted: object = None


class Scores(BaseModel):
    fields: dict[str, Counts] = Field(default_factory=lambda: {f: Counts() for f in ALL_FIELDS})
    hard: Counts = Field(default_factory=Counts)
    pairs: list[MatchedPair] = []
    errors: list[Errors] = []

    def table(self) -> dict[str, dict[str, float | int]]:
        rows = {name: counts.summary() for name, counts in self.fields.items()}
        rows["name (hard)"] = self.hard.summary()
        return rows


def normalise_name(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _names(mention: GoldMention | PredictedMention) -> list[str]:
    return [n for n in (normalise_name(x) for x in [mention.name, *mention.aliases]) if n]


def name_score(gold: GoldMention, predicted: PredictedMention) -> float:
    best = 0.0
    for g in _names(gold):
        for p in _names(predicted):
            best = max(best, fuzz.token_set_ratio(g, p))
    return best


def match_document(
    gold: list[GoldMention], predicted: list[PredictedMention]
) -> list[tuple[int, int, float]]:
    """Greedy one-to-one pairs (gold index, predicted index, score), best score first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            score = name_score(g, p)
            if score >= MATCH_THRESHOLD:
                candidates.append((score, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for score, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, score))
    return pairs


def _same(field: str, gold: object, predicted: object) -> bool:
    if isinstance(gold, str) and isinstance(predicted, str):
        return normalise_text(gold) == normalise_text(predicted)
    return gold == predicted


def normalise_text(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()


def normalise_url(url: str) -> str:
    url = url.strip().casefold()
    url = re.sub(r"^https?://", "", url)
    url = re.sub(r"^www\.", "", url)
    return url.rstrip("/")


def _score_scalar(counts: Counts, gold: object, predicted: object) -> bool:
    """Add one pair's outcome; True when they disagree (for the error list)."""
    if predicted is not None and gold is not None and _same("", gold, predicted):
        counts.tp += 1
        return False
    if predicted is not None:
        counts.fp += 1
    if gold is not None:
        counts.fn += 1
    return predicted is not None or gold is not None


def _score_websites(counts: Counts, gold: list[str], predicted: list[str]) -> bool:
    g = {normalise_url(u) for u in gold}
    p = {normalise_url(u) for u in predicted}
    counts.tp += len(g & p)
    counts.fp += len(p - g)
    counts.fn += len(g - p)
    return g != p


def _score_goals(counts: Counts, gold: list[str], predicted: list[str]) -> bool:
    gold_n = [normalise_name(x) for x in gold]
    pred_n = [normalise_name(x) for x in predicted]
    candidates = sorted(
        (
            (fuzz.ratio(g, p), gi, pi)
            for gi, g in enumerate(gold_n)
            for pi, p in enumerate(pred_n)
            if fuzz.ratio(g, p) >= GOAL_THRESHOLD
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
    counts.tp += len(used_g)
    counts.fp += len(pred_n) - len(used_p)
    counts.fn += len(gold_n) - len(used_g)
    return len(used_g) != len(gold_n) or len(used_p) != len(pred_n)


def score(gold: Iterable[GoldMention], predicted: Iterable[PredictedMention]) -> Scores:
    by_doc_gold: dict[str, list[GoldMention]] = defaultdict(list)
    by_doc_pred: dict[str, list[PredictedMention]] = defaultdict(list)
    for g in gold:
        by_doc_gold[g.doc].append(g)
    for p in predicted:
        by_doc_pred[p.doc].append(p)
    scores = Scores()
    for doc in sorted(set(by_doc_gold) | set(by_doc_pred)):
        _score_document(scores, doc, by_doc_gold.get(doc, []), by_doc_pred.get(doc, []))
    return scores


def _score_document(
    scores: Scores, doc: str, gold: list[GoldMention], predicted: list[PredictedMention]
) -> None:
    pairs = match_document(gold, predicted)
    matched_g = {gi: pi for gi, pi, _ in pairs}
    matched_p = {pi for _, pi, _ in pairs}
    for gi, pi, s in pairs:
        scores.pairs.append(
            MatchedPair(doc=doc, gold=gold[gi].name, predicted=predicted[pi].name, score=s)
        )
    name = scores.fields["name"]
    for gi, g in enumerate(gold):
        found = gi in matched_g
        if g.difficulty == "optional":
            continue
        target = scores.hard if g.difficulty == "hard" else name
        if found:
            target.tp += 1
        else:
            target.fn += 1
            scores.errors.append(
                Errors(field="name", doc=doc, gold_name=g.name, predicted_name=None)
            )
    for pi, p in enumerate(predicted):
        if pi not in matched_p:
            name.fp += 1
            scores.errors.append(
                Errors(field="name", doc=doc, gold_name=None, predicted_name=p.name)
            )
    # Fields are scored over matched pairs; gold that was not found counts its values as
    # false negatives; optional gold counts neither way.
    for gi, g in enumerate(gold):
        if g.difficulty == "optional":
            continue
        p = predicted[matched_g[gi]] if gi in matched_g else None
        _score_fields(scores, doc, g, p)


def _score_fields(scores: Scores, doc: str, g: GoldMention, p: PredictedMention | None) -> None:
    for field in (*SCALAR_FIELDS, "coordinator", "legal_form", "founded_year"):
        if field in g.unscored:
            continue
        gold_value = getattr(g, field)
        pred_value = getattr(p, field) if p is not None else None
        if _score_scalar(scores.fields[field], gold_value, pred_value):
            scores.errors.append(
                Errors(
                    field=field,
                    doc=doc,
                    gold_name=g.name,
                    predicted_name=p.name if p else None,
                    gold=gold_value,
                    predicted=pred_value,
                )
            )
    if "websites" not in g.unscored and _score_websites(
        scores.fields["websites"], g.websites, p.websites if p else []
    ):
        scores.errors.append(
            Errors(
                field="websites",
                doc=doc,
                gold_name=g.name,
                predicted_name=p.name if p else None,
                gold=g.websites,
                predicted=p.websites if p else [],
            )
        )
    if (
        g.goals is not None
        and "goals" not in g.unscored
        and _score_goals(scores.fields["goals"], g.goals, (p.goals or []) if p else [])
    ):
        scores.errors.append(
            Errors(
                field="goals",
                doc=doc,
                gold_name=g.name,
                predicted_name=p.name if p else None,
                gold=g.goals,
                predicted=p.goals if p else [],
            )
        )


def load_gold(path: Path) -> list[GoldMention]:
    gold = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            gold.append(GoldMention.model_validate_json(line))
        except ValueError as exc:
            raise KlastryError(Code.E301_GOLD_INVALID, line=number, detail=str(exc)[:200]) from exc
    return gold


def load_predictions(path: Path) -> list[PredictedMention]:
    with path.open(encoding="utf-8") as handle:
        return [
            PredictedMention.model_validate(json.loads(line)) for line in handle if line.strip()
        ]
