# peerlearn: two commands on a fresh machine.
#   make lab    create .venv, install peerlearn, open the course in JupyterLab
#   make test   create .venv, install peerlearn with its test extras, run every test
# For a class (docs/CLASSROOM.md):
#   make app        the explorer and the course's start page as a Voilà app (make voila: the same)
#   make hub        a local JupyterHub for LEARNERS=3 learners on 127.0.0.1 (log in as learner1...)
#   make lite       the whole course as a static JupyterLite site (.classroom/lite), served locally
#   make handouts   every notebook executed to HTML, and a printable reference list and glossary
#   make wheel      the wheel and sdist, with the course inside (dist/)
# Other targets: make test-fast (the quick unit-test loop), make lint (ruff, import-linter, mypy),
# make format, make bench, make clean.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check
PORT   ?= 8888
# Jupyter refuses to run as root unless told to (containers and CI machines often run as root).
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

LEARNERS ?= 3
HUB_PORT ?= 8000
LITE_PORT ?= 8765
CLASSROOM := .classroom
# (no --no-save: the package.json npm writes in .classroom keeps each package when the next is added)
NPM := npm install --prefix $(CLASSROOM) --no-audit --no-fund --silent

.PHONY: lab test test-fast app voila hub hub-deps lite lite-build lite-deps handouts wheel lint format bench clean prerender

$(VENV)/.base:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	touch $@

# an editable install compiles nothing ahead: peerlearn's bytecode is written here once (the shipped
# quick checks in peerlearn/_quickcheck are some 220 KB of generated code), so no kernel or test
# process compiles it again (where PYTHONDONTWRITEBYTECODE is set, each one would: 11 MiB of a
# learner's kernel, and up to 0.4 s per process); a file changed later is compiled as usual
COMPILE = $(PY) -m compileall -q peerlearn

$(VENV)/.installed: pyproject.toml | $(VENV)/.base
	$(PIP) install -q -e ".[lab]"
	$(COMPILE)
	touch $@

# the test extras include the lab, app, hub and lite extras
$(VENV)/.installed-test: pyproject.toml | $(VENV)/.base
	$(PIP) install -q -e ".[test]"
	$(COMPILE)
	touch $(VENV)/.installed $(VENV)/.installed-app $(VENV)/.installed-hub $(VENV)/.installed-lite $@

$(VENV)/.installed-%: pyproject.toml | $(VENV)/.base
	$(PIP) install -q -e ".[$*]"
	$(COMPILE)
	touch $@

# configurable-http-proxy (the hub's proxy) and the Pyodide runtime (the Lite kernel, self-hosted)
# come from the npm registry; the Pyodide version is the one jupyterlite-pyodide-kernel expects.
$(CLASSROOM)/node_modules/.bin/configurable-http-proxy:
	$(NPM) configurable-http-proxy@5
	test -x $@

$(CLASSROOM)/node_modules/pyodide/pyodide.mjs: | $(VENV)/.installed-lite
	$(NPM) pyodide@$$($(PY) -c "from jupyterlite_pyodide_kernel.constants import PYODIDE_VERSION as v; print(v)")
	test -f $@

# axe-core (accessibility checks in the browser tests) comes from the npm registry.
tests/browser/node_modules/axe-core/axe.min.js: tests/browser/package.json
	@if command -v npm >/dev/null; then \
	  npm install --prefix tests/browser --no-audit --no-fund --silent; \
	else echo "npm not found: the accessibility checks will be skipped (apt-get install npm)"; fi

# gift-pegjs (the independent GIFT reader of tests/test_lms.py) comes from the npm registry.
tests/lms/node_modules/gift-pegjs/pegjs-gift.js: tests/lms/package.json
	npm install --prefix tests/lms --no-audit --no-fund --silent

# the course folder is the server's root (not the repository), and the printed URL opens 00 itself
lab: $(VENV)/.installed
	$(PY) -m jupyter lab notebooks/00_start_here.ipynb --ServerApp.root_dir=$(CURDIR)/notebooks \
	  --LabApp.default_url=/lab/tree/00_start_here.ipynb --port=$(PORT) $(ROOT_FLAG)

# Voilà serves the course folder: the explorer app and the start page (and the other notebooks)
app: $(VENV)/.installed-app
	@echo "explorer:   http://127.0.0.1:$(PORT)/voila/render/explorer_app.ipynb"
	@echo "start page: http://127.0.0.1:$(PORT)/voila/render/00_start_here.ipynb"
	$(VENV)/bin/voila notebooks --no-browser --port=$(PORT) --Voila.ip=127.0.0.1 $(if $(ROOT_FLAG),--ServerApp.allow_root=True)

voila: app

hub-deps: $(VENV)/.installed-hub $(CLASSROOM)/node_modules/.bin/configurable-http-proxy

# a local hub for trying the course as a class would; state (homes, database) in .classroom/hub
hub: hub-deps
	@echo "JupyterHub on http://127.0.0.1:$(HUB_PORT): log in as learner1 ... learner$(LEARNERS) with the password printed below (PEERLEARN_HUB_ADMIN=instructor for an admin)"
	PEERLEARN_HUB_LEARNERS=$(LEARNERS) PEERLEARN_HUB_PORT=$(HUB_PORT) \
	  $(VENV)/bin/jupyterhub -f classroom/hub/jupyterhub_config.py

lite-deps: $(VENV)/.installed-lite $(CLASSROOM)/node_modules/pyodide/pyodide.mjs

# the static site: .classroom/lite (copy it to any web server); `make lite` also serves it locally
# and prints the address that opens 00_start_here. LITE_OPTIONS=--pyodide-cdn: a site for a school
# with internet access (Pyodide's own packages, pandas and the rest, from Pyodide's CDN).
LITE_OPTIONS ?=
lite-build: lite-deps
	$(PY) classroom/lite/build.py --out $(CLASSROOM)/lite $(LITE_OPTIONS)

lite: lite-build
	$(PY) classroom/lite/lite_site.py --dir $(CLASSROOM)/lite --port $(LITE_PORT)

handouts: $(VENV)/.installed-test
	$(PY) classroom/handouts.py --out $(CLASSROOM)/handouts

wheel: $(VENV)/.installed-test
	$(PY) -m build --outdir dist .

test: $(VENV)/.installed-test tests/browser/node_modules/axe-core/axe.min.js tests/lms/node_modules/gift-pegjs/pegjs-gift.js hub-deps lite-deps
	$(PY) -m pytest --nbval-lax --durations=20 tests peerlearn notebooks

# the quick loop while working (a few minutes): the unit tests and doctests, without the
# notebooks, the browser, the hub, JupyterLite, the wheel build or mypy (make lint runs it)
test-fast: $(VENV)/.installed-test tests/lms/node_modules/gift-pegjs/pegjs-gift.js
	$(PY) -m pytest -q --durations=10 -m "not browser and not hub and not lite and not wheel and not typecheck" tests peerlearn

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check peerlearn tests benchmarks tools notebooks conftest.py
	$(VENV)/bin/ruff format --check peerlearn tests benchmarks tools notebooks conftest.py
	$(VENV)/bin/lint-imports --no-logo
	$(VENV)/bin/mypy

format: $(VENV)/.installed-test
	$(VENV)/bin/ruff format peerlearn tests benchmarks tools notebooks conftest.py
	$(VENV)/bin/ruff check --fix peerlearn tests benchmarks tools notebooks conftest.py

bench: $(VENV)/.installed-test
	@for f in benchmarks/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

# the package's references, and the review itself (reference_list's last entry), pre-rendered
prerender: $(VENV)/.installed
	$(PY) -m peerlearn.citations --prerender
	$(PY) -c "import json; print(json.dumps([json.load(open('peerlearn/data/review.json'))['review']['csl']]))" > $(VENV)/review-csl.json
	$(PY) -m peerlearn.citations --prerender --references $(VENV)/review-csl.json --out peerlearn/data/rendered/review

clean:
	rm -rf $(VENV) tests/browser/node_modules tests/browser/screenshots .pytest_cache .mypy_cache $(CLASSROOM) dist
