# marsad: `make run` stores the bundled articles and serves the observatory page; `make test` runs lint, types and tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,spark]'
	touch $(STAMP)

DB ?= out/marsad.db
PORT ?= 8000

# ingest the bundled articles into a store (idempotent), then serve the page and API; prints the URL
run: $(STAMP)
	$(BIN)/marsad ingest --db $(DB) samples/pages samples/saudinewsnet
	$(BIN)/marsad serve --db $(DB) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest

test: lint typecheck unit

bench: $(STAMP)
	$(BIN)/python bench/analyze_speed.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
