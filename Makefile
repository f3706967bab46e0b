# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint forms check-forms bench check-python clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Wellbeing Desktop needs Python 3.11 or newer; $(PYTHON) is older. Try: make PYTHON=python3.12 ..."; exit 1; }
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || \
		{ echo "Python's venv module is missing. Install it with: sudo apt-get install python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/python packaging/check_system_libraries.py display
	$(BIN)/wellbeing-desktop $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Layouts live in ui/*.ui; the Python forms are generated from them and must match.
forms: $(STAMP)
	@for ui in ui/*.ui; do [ -e "$$ui" ] || continue; \
		name=$$(basename $$ui .ui); \
		$(BIN)/pyside6-uic --from-imports "$$ui" -o wellbeing_desktop/gui/forms/ui_$$name.py; done

# Compared without comment lines, which name the uic version.
check-forms: $(STAMP)
	@status=0; tmp=$$(mktemp); for ui in ui/*.ui; do [ -e "$$ui" ] || continue; \
		name=$$(basename $$ui .ui); form=wellbeing_desktop/gui/forms/ui_$$name.py; \
		$(BIN)/pyside6-uic --from-imports "$$ui" | grep -v '^#' > "$$tmp"; \
		grep -v '^#' "$$form" 2>/dev/null | diff -q "$$tmp" - >/dev/null || \
			{ echo "$$form is out of date with $$ui: run make forms"; status=1; }; \
	done; rm -f "$$tmp"; exit $$status

test: lint check-forms
	@$(BIN)/python packaging/check_system_libraries.py offscreen
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/pytest tests/benchmarks -o testpaths=tests/benchmarks -p no:cacheprovider -q -s

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache bench-results
