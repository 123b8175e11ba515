# Two commands for a new machine: `make run` and `make test`; each sets itself up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
DIST_TOOLS := $(VENV)/.installed-dist
BUNDLE := dist/desk-app
DEMO_DIR ?= .demo-data
TS := resources/translations/desk_app_en.ts
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench screenshots translations ts clean dist dist-test

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(DIST_TOOLS): pyproject.toml $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[dev,dist]'
	touch $@

$(QM): $(TS) $(INSTALLED)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

## Open the app on a demo centre kept in .demo-data/ (made on first run).
run: $(INSTALLED) $(QM)
	test -f $(DEMO_DIR)/desk.sqlite3 || $(BIN)/desk-app --data-dir $(DEMO_DIR) demo
	$(BIN)/desk-app --data-dir $(DEMO_DIR)

## The layers (import-linter, contracts in pyproject.toml), ruff, and mypy --strict.
lint: $(INSTALLED)
	$(BIN)/lint-imports
	$(BIN)/ruff check desk_app tests
	$(BIN)/ruff format --check desk_app tests
	$(BIN)/mypy

## Lint, types and the whole test suite (the central tests need PostgreSQL, see README).
test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto --cov --cov-report=term

## Speed figures as ratios against bare baselines; written to bench-results.json.
bench: $(INSTALLED) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

## Every page and dialog at 1366x768, three text sizes, both languages: build/screenshots/.
screenshots: $(INSTALLED) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screens build/screenshots

## The Linux one-folder bundle in dist/desk-app, and a tarball with its installer.
dist: $(DIST_TOOLS) $(QM)
	installer/linux/build.sh $(BIN)/python

## Smoke test of the built bundle: --version, demo, doctor, backup/restore, GUI offscreen.
dist-test: dist
	QT_QPA_PLATFORM=offscreen DESK_APP_BUNDLE=$(BUNDLE) $(BIN)/pytest -p no:cacheprovider tests/dist

## Refresh the translation source after changing user-visible strings.
ts: $(INSTALLED)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none desk_app -ts $(TS)

clean:
	rm -rf $(VENV) $(DEMO_DIR) build dist .pytest_cache .mypy_cache .ruff_cache .coverage $(QM)
