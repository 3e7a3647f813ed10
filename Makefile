# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# A Python >= 3.12 that actually runs (3.12 first: the lock is verified on it) (a pyenv shim exists even when it cannot run, so
# each candidate is run, not just looked up); else python3. PySide6 6.12 on CPython 3.11 drops
# references to None/True on void calls (PYSIDE-3474); 3.11 stays supported through gui/pyside_fixes.py.
PYTHON ?= $(shell for c in python3.12 "$${PYENV_ROOT:-$$HOME/.pyenv}"/versions/3.12*/bin/python3.12 \
	python3.13 "$${PYENV_ROOT:-$$HOME/.pyenv}"/versions/3.13*/bin/python3.13; do \
	"$$c" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { echo "$$c"; exit 0; }; \
	done; echo python3)
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: python-info run test faults bench bundle bundle-smoke forms forms-check translations docs clean lint

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# Fault injection: kill -9 mid-command, full disks, a held lock, byte flips, fuzzed packages and
# workbooks; prints a table and fails on anything lost (CI runs it with small numbers).
faults: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.faults.run $(FAULTS_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks.run_all $(BENCH_ARGS)

# ruff (style, imports, likely bugs) over the code and tests; mypy over the packages listed in pyproject's [tool.mypy].
lint: $(STAMP)
	$(VENV)/bin/ruff check fupin_desktop tests
	$(VENV)/bin/mypy

# Compile ui/*.ui into fupin_desktop/gui/forms/ (generated, do not edit).
forms: $(STAMP)
	$(PY) -m fupin_desktop.gui.build_forms

forms-check: $(STAMP)
	$(PY) -m fupin_desktop.gui.build_forms --check

translations: $(STAMP)
	$(PY) -m fupin_desktop.gui.build_translations

# The README's pictures (docs/*.png) from the current code: demo data, offscreen windows, PDFs via pdftoppm.
docs: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) build/make_docs.py $(DOCS_ARGS)

bundle: $(STAMP)
	$(PY) build/build_bundle.py

bundle-smoke: bundle
	$(PY) build/smoke_test.py

clean:
	rm -rf $(VENV) dist build/work build/dist .pytest_cache

# Which interpreter a new venv would be made with (the probe above).
python-info:
	@echo "$(PYTHON)"
