# The README's commands. Each sets itself up: a .venv with the package, its test tools,
# PyInstaller (the test suite builds the desktop bundle and runs its self-test) and the
# PostgreSQL driver (the storage tests also run on a server where QUIZAPP_TEST_POSTGRES_URL
# names one, as .ci/run does).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint format bench bench-quick dist clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dist,postgres]'
	touch $(STAMP)

# The .venv alone: .venv/bin/quizapp for the command line (README, "The command line").
setup: $(STAMP)

run: $(STAMP)
	$(BIN)/quizapp

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Every benchmark prints its table; the run fails at the end if any missed a target.
bench: $(STAMP)
	@status=0; for script in benchmarks/bench_*.py; do echo "== $$script"; \
		$(BIN)/python $$script || status=1; done; exit $$status

# What CI runs: every benchmark once, few repetitions, no target check (they must not rot).
bench-quick: $(STAMP)
	@set -e; for script in benchmarks/bench_*.py; do echo "== $$script"; \
		$(BIN)/python $$script --quick; done

# The desktop bundle in dist/quizapp/ (dist/QuizApp.app on macOS).
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm build.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
