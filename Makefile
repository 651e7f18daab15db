# Two commands matter: `make run` and `make test`. Everything else is what they are built from.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test install setup lint format messages lock screenshots clean

run: setup  ## Install everything, migrate, load the demo, collect static files, serve.
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

setup: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py collectstatic --noinput -v0

test: install  ## The whole suite (browser tests skip, saying why, if Chromium is missing).
	$(PY) -m pytest

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -c requirements.lock -e ".[dev]"
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: install  ## Re-extract interface strings into locale/*/LC_MESSAGES/django.po and compile.
	$(PY) manage.py makemessages -l zh_Hans -l en -l zh_Hant --ignore=.venv --ignore=node_modules --no-obsolete
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules

lock:  ## Re-pin requirements.lock from a clean environment.
	rm -rf /tmp/qj-lock && $(PYTHON) -m venv /tmp/qj-lock
	/tmp/qj-lock/bin/pip install --quiet -e ".[dev]"
	/tmp/qj-lock/bin/pip freeze --exclude-editable > requirements.lock

screenshots: setup  ## Re-take docs/screenshots/ from the demo site in headless Chromium.
	$(PY) manage.py runserver 127.0.0.1:8765 --noreload >/dev/null 2>&1 & echo $$! > .screenshots.pid; \
	sleep 4; $(PY) tools/screenshots.py http://127.0.0.1:8765; status=$$?; \
	kill $$(cat .screenshots.pid); rm -f .screenshots.pid; exit $$status

clean:
	rm -rf $(VENV) node_modules staticfiles
