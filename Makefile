# Two commands: `make run` opens the app, `make test` runs the whole suite headless.
# Both create .venv and install the project into it first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint reliability bench bench-scale wheel clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Languages (docs/TRANSLATING.md). The .ts sources are kept in git and refreshed from the code by
# `make translations` (pyside6-lupdate over app/); the .qm files the app loads are built from them by
# pyside6-lrelease before `make run`, `make test` and `make wheel`, and are not kept in git.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete app -ts $(TS_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM_FILES)
	$(BIN)/python -m app

# The suite runs on every core and one more (pytest-xdist; a file's tests stay together, for its
# module fixtures): many UI tests wait on timers and child processes, so one extra worker keeps the
# cores busy (on 2 cores: 213 s against 240 s with one worker a core).
# Its temporary folder is short, as pytest's own is without workers: some tests make local socket
# paths (at most ~100 characters) inside it. Kept when a test fails, removed when all pass.
TEST_WORKERS ?= $(shell $(PYTHON) -c "import os; print((os.cpu_count() or 1) + 1)")
test: $(STAMP) $(QM_FILES)
	tmp=$$(mktemp -d /tmp/tb.XXXXXX) && \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --basetemp="$$tmp" && \
	rm -rf "$$tmp"
	$(BIN)/ruff check .
	$(BIN)/mypy

# The reliability report, every figure measured now: 200 kills of the typing app and 40 of an import,
# wrong passphrases, the canary, backups, hostile Markdown. One table; fails if any bar is missed.
reliability: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.reliability.report --kills 200 --import-kills 40

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Every figure is printed beside its budget (README, "For developers"); none of them fails the run.
# make bench: start-up on an empty journal, plain and encrypted, and a keystroke in a 5,000-word
# entry with the spelling check on and off. make bench-scale: the 100,000-entry corpus (built once,
# kept in the temporary folder): search, the command line, import, export, the list and memory,
# plain and encrypted, then start-up on it, plain and encrypted.
BENCH_CORPUS ?= $(shell $(PYTHON) -c "import os, tempfile; print(os.path.join(tempfile.gettempdir(), 'trustbridge-bench', 'corpus-100000-seed7'))")
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benches/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benches/startup.py --encrypted
	QT_QPA_PLATFORM=offscreen $(BIN)/python benches/spelling.py

bench-scale: $(STAMP)
	$(BIN)/python benches/scale.py --count 100000
	QT_QPA_PLATFORM=offscreen $(BIN)/python benches/list_paint.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benches/startup.py --runs 7 --journal "$(BENCH_CORPUS)"
	QT_QPA_PLATFORM=offscreen $(BIN)/python benches/startup.py --runs 7 --journal "$(BENCH_CORPUS)" --encrypted

wheel: $(STAMP) $(QM_FILES)
	$(BIN)/python -m build --wheel --outdir dist

# Packages (packaging/README.md). make bundle: the one-folder app, dist/Trustbridge/ (PyInstaller,
# packaging/trustbridge.spec; ~40 s here). make check-packaging: the desktop file and the AppStream
# metainfo through desktop-file-validate and appstreamcli (yours to install: it installs nothing),
# the icons against the SVG, then the bundle built and its smoke test run on it.
.PHONY: bundle check-packaging
PACKAGING_ID := packaging/io.github.trustbridge.Trustbridge
bundle: $(STAMP) $(QM_FILES)
	$(BIN)/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/trustbridge.spec

check-packaging: $(STAMP)
	@for tool in desktop-file-validate appstreamcli; do \
	  command -v $$tool >/dev/null 2>&1 || { echo "make check-packaging needs $$tool, which is not installed." \
	    "Debian/Ubuntu: sudo apt install desktop-file-utils appstream; Fedora: sudo dnf install desktop-file-utils appstream" >&2; exit 1; }; \
	done
	desktop-file-validate $(PACKAGING_ID).desktop
	appstreamcli validate --no-net $(PACKAGING_ID).metainfo.xml
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py --check
	$(MAKE) bundle
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/packaging -p no:cacheprovider

clean:
	rm -f $(QM_FILES)
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
