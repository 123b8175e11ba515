# Two commands for a new machine: `make run` and `make test`; each sets itself up.
# Both install from the hashed locks in requirements/ (`make lock` refreshes them):
# `make run` only what the app needs, `make test` adds the developer tools.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
LOCKED := $(PIP) install --quiet --require-hashes -r
APP := $(VENV)/.installed-app
DEV := $(VENV)/.installed-dev
DIST_TOOLS := $(VENV)/.installed-dist
UV := $(BIN)/uv
UV_VERSION := 0.13.9
BUNDLE := dist/desk-app
DEMO_DIR ?= .demo-data
TS := resources/translations/desk_app_en.ts
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench screenshots translations ts lock wheel clean dist dist-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# The lock holds the build backend too, so the app installs without reaching for an index.
$(APP): requirements/app.txt pyproject.toml setup.py | $(BIN)/python
	$(LOCKED) requirements/app.txt
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(DEV): requirements/dev.txt $(APP)
	$(LOCKED) requirements/dev.txt
	touch $@

$(DIST_TOOLS): requirements/dist.txt $(DEV)
	$(LOCKED) requirements/dist.txt
	touch $@

$(QM): $(TS) $(APP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

## Open the app on a demo centre kept in .demo-data/ (made on first run).
run: $(APP) $(QM)
	test -f $(DEMO_DIR)/desk.sqlite3 || $(BIN)/desk-app --data-dir $(DEMO_DIR) demo
	$(BIN)/desk-app --data-dir $(DEMO_DIR)

## The layers (import-linter, contracts in pyproject.toml), ruff, and mypy --strict.
lint: $(DEV)
	$(BIN)/lint-imports
	$(BIN)/ruff check desk_app tests
	$(BIN)/ruff format --check desk_app tests
	$(BIN)/mypy

## Lint, types and the whole test suite (the central tests need PostgreSQL, see README).
test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto --dist loadgroup --cov --cov-report=term

## Speed figures as ratios against bare baselines; written to bench-results.json.
bench: $(DEV) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

## Every page and dialog at 1366x768, three text sizes, both languages: build/screenshots/.
screenshots: $(DEV) $(QM)
	$(BIN)/python -m tests.screens build/screenshots

## The wheel in dist/, with the style sheet, icons and compiled translations inside.
wheel: $(APP) $(QM)
	rm -rf build/lib build/bdist.*
	$(PIP) wheel --quiet --no-deps --no-build-isolation --wheel-dir dist .

## The Linux one-folder bundle in dist/desk-app, and a tarball with its installer.
dist: $(DIST_TOOLS) $(QM)
	installer/linux/build.sh $(BIN)/python

## Smoke test of the built bundle: --version, demo, doctor, backup/restore, GUI offscreen.
dist-test: dist
	QT_QPA_PLATFORM=offscreen DESK_APP_BUNDLE=$(BUNDLE) $(BIN)/pytest -p no:cacheprovider tests/dist

## Refresh the translation source after changing user-visible strings.
ts: $(APP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none desk_app -ts $(TS)

$(UV): | $(BIN)/python
	$(PIP) install --quiet uv==$(UV_VERSION)

# One lock serves Linux and Windows on Python 3.11 and newer. Each lock after the first is
# held to the versions of the one before, so the three mix in one venv in any order.
COMPILE = $(UV) pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command 'make lock' $(LOCK_FLAGS) pyproject.toml requirements/build.in

## Refresh the locks after changing dependencies in pyproject.toml; pins that still fit stay.
## `make lock LOCK_FLAGS=--upgrade` moves every pin to the newest release allowed.
lock: $(UV)
	$(COMPILE) -o requirements/app.txt
	$(COMPILE) --extra dev -c requirements/app.txt -o requirements/dev.txt
	$(COMPILE) --extra dist -c requirements/dev.txt -o requirements/dist.txt

clean:
	rm -rf $(VENV) $(DEMO_DIR) build dist .pytest_cache .mypy_cache .ruff_cache .coverage $(QM)
