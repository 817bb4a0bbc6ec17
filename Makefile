# Two commands for a developer: `make run` and `make test`. Both create the
# virtual environment on first use from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench score model check-system

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bundle]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/release-desk resources/examples/unido-shenzhen.txt

# check-system first: a missing system tool is said (or installed, as root) before anything runs
test: check-system $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# every benchmark, even after one misses; one table at the end; exit 1 if any missed.
# MEMORY_FILES: the big run of bench_validate_memory.py (a million files takes several minutes)
MEMORY_FILES ?= 1000000
bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py --memory-files $(MEMORY_FILES)

# the system tools and libraries the tests need; as root with apt-get, installs what is missing
check-system:
	$(PYTHON) scripts/check_system.py

# the importer's line labeller (resources/importer/): trained from ../shared/corpus and our own releases
model: $(STAMP)
	$(BIN)/python -m app.formats.textparse.learn model

# resubstitution and 5-fold cross-validation (folds grouped by organisation), each fold scored by
# ../shared/tools/score_corpus.py running `release-desk convert --model FOLD` on its releases
score: $(STAMP)
	$(BIN)/python -m app.formats.textparse.learn score
