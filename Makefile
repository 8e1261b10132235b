# Two commands: `make run` opens the app, `make test` runs the whole suite headless.
# Both create .venv and install the project into it first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint reliability bench bench-scale wheel clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m app

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/ruff check .
	$(BIN)/mypy

# The crash-safety harness at full strength: 200 kills of the typing app, 40 of an import; one line of figures.
reliability: $(STAMP)
	TRUSTBRIDGE_KILLS=200 TRUSTBRIDGE_IMPORT_KILLS=40 QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q tests/reliability/test_kill_harness.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benches/startup.py

bench-scale: $(STAMP)
	$(BIN)/python benches/scale.py --count 100000
	QT_QPA_PLATFORM=offscreen $(BIN)/python benches/list_paint.py

wheel: $(STAMP)
	$(BIN)/python -m build --wheel --outdir dist

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
