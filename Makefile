# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench bundle bundle-smoke forms forms-check translations clean lint

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

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks.run_all $(BENCH_ARGS)

# Compile ui/*.ui into fupin_desktop/gui/forms/ (generated, do not edit).
forms: $(STAMP)
	$(PY) -m fupin_desktop.gui.build_forms

forms-check: $(STAMP)
	$(PY) -m fupin_desktop.gui.build_forms --check

translations: $(STAMP)
	$(PY) -m fupin_desktop.gui.build_translations

bundle: $(STAMP)
	$(PY) build/build_bundle.py

bundle-smoke: bundle
	$(PY) build/smoke_test.py

clean:
	rm -rf $(VENV) dist build/work build/dist .pytest_cache
