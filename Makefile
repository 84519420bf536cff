# marsad: `make run` stores the bundled articles and serves the observatory page; `make test` runs lint, types and tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench bench-scale clean

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

# speed (prints figures) and quality (precision/recall/F1 on data not used for training or tuning)
bench: $(STAMP)
	$(BIN)/python bench/analyze_speed.py
	$(BIN)/python bench/events_speed.py
	$(BIN)/python bench/quotes_speed.py
	$(BIN)/python bench/eval_ner.py --model src/marsad/data/entities
	$(BIN)/python bench/eval_time.py
	$(BIN)/python bench/eval_quotes.py
	$(BIN)/python bench/eval_events.py
	$(BIN)/python bench/eval_gold.py --sample
	$(BIN)/python bench/robustness.py

# slower (about 25 min on 2 cores): corpus throughput over the whole SaudiNewsNet sample
# (1 and 2 workers, Spark local[2]) and a 10,000-article store
bench-scale: $(STAMP)
	$(BIN)/python bench/corpus_speed.py --limit 100000
	$(BIN)/python bench/store_speed.py --n 10000

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
