# Two commands for a developer: `make run` and `make test`. Both create the
# virtual environment on first use from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench score model

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bundle]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/release-desk resources/examples/unido-shenzhen.txt

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

# the importer's line labeller (resources/importer/): trained from ../shared/corpus and our own releases
model: $(STAMP)
	$(BIN)/python -m app.formats.textparse.learn model

# resubstitution and 5-fold cross-validation (folds grouped by organisation), each fold scored by
# ../shared/tools/score_corpus.py running `release-desk convert --model FOLD` on its releases
score: $(STAMP)
	$(BIN)/python -m app.formats.textparse.learn score
