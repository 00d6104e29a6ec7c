# klastry — two commands for a new user: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
KLASTRY := $(VENV)/bin/klastry
STAMP := $(VENV)/.installed
OUT := output
STAGES := $(OUT)/stages
GOLD ?= ../shared/gold/seeds.jsonl
WORKERS ?= 1

.PHONY: run test install lint eval eval-heldout schema review ingest repair extract normalise write \
        train-ner eval-ner places bench bench-repair bench-places chromium clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	$(PY) -m compileall -q pipeline  # what pip does for a non-editable install
	touch $(STAMP)

install: $(STAMP)

## The main job: every stage on raw/ into output/, then a summary table.
run: $(STAMP)
	$(KLASTRY) run --input raw --output $(OUT) --workers $(WORKERS)

## The test suite (installs what it needs, Chromium for the browser tests included).
test: $(STAMP) chromium fonts
	$(PY) -m pytest

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium could not be installed: browser tests will be skipped"; }

# The PDF tests draw Polish text with DejaVu Sans (skipped without it).
.PHONY: fonts
fonts:
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || { \
	  echo "Installing Debian's fonts-dejavu-core for the PDF tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null) \
	  || (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null) \
	  || echo "fonts-dejavu-core could not be installed: PDF tests that draw Polish text will be skipped"; }

lint: $(STAMP)
	$(VENV)/bin/ruff check pipeline tests
	$(VENV)/bin/ruff format --check pipeline tests

# One target per stage, each reading the previous stage's files.
$(STAGES)/documents.jsonl: $(STAMP) $(wildcard raw/*)
	$(KLASTRY) ingest --input raw --output $(OUT) --workers $(WORKERS)
$(STAGES)/repaired.jsonl: $(STAGES)/documents.jsonl
	$(KLASTRY) repair --output $(OUT)
$(STAGES)/mentions.jsonl: $(STAGES)/repaired.jsonl
	$(KLASTRY) extract --output $(OUT)
$(STAGES)/normalised.jsonl: $(STAGES)/mentions.jsonl
	$(KLASTRY) normalise --output $(OUT)
$(OUT)/mentions.jsonl: $(STAGES)/normalised.jsonl
	$(KLASTRY) write --output $(OUT)

ingest: $(STAGES)/documents.jsonl
repair: $(STAGES)/repaired.jsonl
extract: $(STAGES)/mentions.jsonl
normalise: $(STAGES)/normalised.jsonl
write: $(OUT)/mentions.jsonl

## Score output/mentions.jsonl against the development gold.
eval: $(OUT)/mentions.jsonl
	$(KLASTRY) eval --gold $(GOLD) --output $(OUT)

## Score the rules on the held-out documents (tests/cases/heldout*), written apart from them.
eval-heldout: $(STAMP)
	@for set in heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15 heldout16 heldout17 heldout18 heldout19 heldout20 heldout21 heldout22 heldout23 heldout24 heldout25 heldout26 heldout27 heldout28 heldout29 heldout30 heldout31 heldout32 heldout33 heldout34 heldout35 heldout36 heldout37 heldout38; do \
	  rm -rf $(OUT)/$$set && mkdir -p $(OUT)/$$set/raw && \
	  find tests/cases/$$set -maxdepth 1 -type f ! -name gold.jsonl ! -name README.md ! -name '*.py' -exec cp {} $(OUT)/$$set/raw/ \; && \
	  $(KLASTRY) run --input $(OUT)/$$set/raw --output $(OUT)/$$set --quiet --corrections $(OUT)/$$set/none.jsonl && \
	  $(KLASTRY) eval --gold tests/cases/$$set/gold.jsonl --output $(OUT)/$$set || exit 1; \
	done

schema: $(STAMP)
	$(KLASTRY) schema --output $(OUT)

review: $(OUT)/mentions.jsonl
	$(KLASTRY) review --output $(OUT)

## Polish NER: train from NKJP (hours, in the background) and score on PolEval 2018.
train-ner: $(STAMP)
	$(PY) -m pipeline.ner.train

eval-ner: $(STAMP)
	$(PY) -m pipeline.ner.evaluate

## Rebuild the committed place index from the TERYT registers.
places: $(STAMP)
	$(PY) -m pipeline.places.build_index

bench: $(STAMP)
	$(PY) -m pipeline.bench.pipeline

bench-repair: $(STAMP)
	$(PY) -m pipeline.repair.bench

## Rebuild the repair stage's tables (context counts, disambiguator weights) from NKJP's
## training part in ../shared; deterministic.
.PHONY: repair-tables
repair-tables: $(STAMP)
	$(PY) -m pipeline.repair.build_tables
	$(PY) -m pipeline.repair.build_disambiguator

bench-places: $(STAMP)
	$(PY) -m pipeline.places.bench

clean:
	rm -rf $(OUT)/stages $(OUT)/*.jsonl $(OUT)/*.csv $(OUT)/*.parquet $(OUT)/review $(OUT)/schema
