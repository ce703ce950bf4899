# peerlearn: two commands on a fresh machine.
#   make lab    create .venv, install peerlearn, open the course in JupyterLab
#   make test   create .venv, install peerlearn with its test extras, run every test
# Other targets: make voila (the explorer as an app), make lint, make format, make bench, make clean.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check
PORT   ?= 8888
# Jupyter refuses to run as root unless told to (containers and CI machines often run as root).
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: lab test voila lint format bench clean prerender

$(VENV)/.base:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	touch $@

$(VENV)/.installed: pyproject.toml | $(VENV)/.base
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/.base
	$(PIP) install -q -e ".[test]"
	touch $(VENV)/.installed $@

# axe-core (accessibility checks in the browser tests) comes from the npm registry.
tests/browser/node_modules/axe-core/axe.min.js: tests/browser/package.json
	@if command -v npm >/dev/null; then \
	  npm install --prefix tests/browser --no-audit --no-fund --silent; \
	else echo "npm not found: the accessibility checks will be skipped (apt-get install npm)"; fi

lab: $(VENV)/.installed
	$(PY) -m jupyter lab notebooks/00_start_here.ipynb --ServerApp.root_dir=$(CURDIR) --port=$(PORT) $(ROOT_FLAG)

voila: $(VENV)/.installed
	$(VENV)/bin/voila notebooks/explorer_app.ipynb --port=$(PORT) $(if $(ROOT_FLAG),--ServerApp.allow_root=True)

test: $(VENV)/.installed-test tests/browser/node_modules/axe-core/axe.min.js
	$(PY) -m pytest --nbval-lax tests peerlearn notebooks

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check peerlearn tests benchmarks tools notebooks conftest.py
	$(VENV)/bin/ruff format --check peerlearn tests benchmarks tools notebooks conftest.py
	$(VENV)/bin/lint-imports --no-logo

format: $(VENV)/.installed-test
	$(VENV)/bin/ruff format peerlearn tests benchmarks tools notebooks conftest.py
	$(VENV)/bin/ruff check --fix peerlearn tests benchmarks tools notebooks conftest.py

bench: $(VENV)/.installed-test
	@for f in benchmarks/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

prerender: $(VENV)/.installed
	$(PY) -m peerlearn.citations --prerender

clean:
	rm -rf $(VENV) tests/browser/node_modules tests/browser/screenshots .pytest_cache
