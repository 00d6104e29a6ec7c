"""Record schemas shared by every stage.

Each stage reads and writes JSONL of these pydantic models, so a stage can be re-run or
inspected alone and the JSON Schema of every file is generated from here (`klastry schema`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

VOIVODESHIPS: tuple[str, ...] = (
    "dolnośląskie",
    "kujawsko-pomorskie",
    "lubelskie",
    "lubuskie",
    "łódzkie",
    "małopolskie",
    "mazowieckie",
    "opolskie",
    "podkarpackie",
    "podlaskie",
    "pomorskie",
    "śląskie",
    "świętokrzyskie",
    "warmińsko-mazurskie",
    "wielkopolskie",
    "zachodniopomorskie",
)

DocumentStatus = Literal["ok", "partial", "failed"]
PageStatus = Literal["ok", "needs_ocr", "damaged", "empty"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Problem(Record):
    """A stable error code with a message that says what to do (see `pipeline.errors`)."""

    code: str
    message: str
    page: int | None = None


class Page(Record):
    number: int = Field(description="1-based page number in the source")
    text: str
    status: PageStatus = "ok"
    quality: float = Field(1.0, description="0..1 share of the text layer that looks intact")
    header: str | None = Field(None, description="running header set aside from the text")
    footer: str | None = Field(None, description="running footer set aside from the text")


class Document(Record):
    """Output of ingest: one source file as pages of raw text."""

    id: str = Field(description="sha256 of the file's bytes (first 16 hex digits)")
    name: str = Field(description="file name, no folder")
    path: str
    format: str
    encoding: str | None = None
    pages: list[Page] = []
    status: DocumentStatus = "ok"
    reason: str | None = None
    problems: list[Problem] = []
    quality: float = 1.0


class RepairStep(Record):
    """One change to a page: `original[start:end]` was replaced by `after`."""

    rule: str
    start: int
    end: int
    before: str
    after: str
    reason: str = ""


class RepairedPage(Record):
    number: int
    text: str
    original: str
    steps: list[RepairStep] = Field(
        default_factory=list,
        description="non-overlapping replacements on `original`, sorted by start",
    )


class RepairedDocument(Record):
    """Output of repair: repaired pages plus every change made, so offsets map back."""

    id: str
    name: str
    pages: list[RepairedPage] = []
    stats: dict[str, int] = Field(default_factory=dict, description="repairs by rule")
    status: DocumentStatus = "ok"
    reason: str | None = None


class Evidence(Record):
    page: int
    start: int = Field(description="offset into the repaired text of the page")
    end: int
    quote: str


class Mention(Record):
    """One cluster as one document describes it."""

    id: str = Field("", description="stable id: document id + ordinal")
    doc: str = Field(description="source file name")
    doc_id: str = ""
    name: str
    aliases: list[str] = []
    member_count: int | None = None
    member_count_approx: bool = False
    town: str | None = None
    town_teryt: str | None = None
    voivodeship: str | None = None
    voivodeship_teryt: str | None = None
    country: str | None = "PL"
    goals: list[str] = []
    coordinator: str | None = None
    legal_form: str | None = None
    founded_year: int | None = None
    websites: list[str] = []
    evidence: dict[str, list[Evidence]] = {}
    confidence: dict[str, float] = {}
    reviewed: dict[str, bool] = Field(default_factory=dict, description="fields a reviewer set")
    named: bool = Field(True, description="False when the document never names the cluster")
    doc_year: int | None = Field(None, description="the year the document was written, if stated")
    cluster_id: str | None = None


class ValueSource(Record):
    value: int | str | None
    mention_id: str
    doc: str
    year: int | None = None


class Cluster(Record):
    """One real cluster: mentions of it across documents merged."""

    cluster_id: str
    name: str
    aliases: list[str] = []
    member_count: int | None = None
    member_count_approx: bool = False
    member_count_history: list[ValueSource] = []
    member_count_basis: str | None = None
    town: str | None = None
    town_teryt: str | None = None
    voivodeship: str | None = None
    voivodeship_teryt: str | None = None
    country: str | None = "PL"
    goals: list[str] = []
    coordinator: str | None = None
    legal_form: str | None = None
    founded_year: int | None = None
    websites: list[str] = []
    mention_ids: list[str] = []
    docs: list[str] = []
    confidence: float = 0.0


class StageTiming(Record):
    stage: str
    seconds: float
    documents: int


class RunInfo(Record):
    version: str
    versions: dict[str, str]
    started: str
    finished: str
    input: str
    output: str
    timings: list[StageTiming] = []
    counts: dict[str, int] = {}
    failed: list[str] = []
