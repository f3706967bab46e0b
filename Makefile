# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint forms check-forms bench check-python clean package test-package translations icons install-desktop

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

# Layouts live in ui/*.ui; the Python forms are generated from them (keeping only the Qt names each
# uses: see packaging/prune_form_imports.py) and must match.
forms: $(STAMP)
	@for ui in ui/*.ui; do [ -e "$$ui" ] || continue; \
		name=$$(basename $$ui .ui); \
		$(BIN)/pyside6-uic --from-imports "$$ui" | $(BIN)/python packaging/prune_form_imports.py \
			> wellbeing_desktop/gui/forms/ui_$$name.py; done

# Compared without comment lines, which name the uic version.
check-forms: $(STAMP)
	@status=0; tmp=$$(mktemp); for ui in ui/*.ui; do [ -e "$$ui" ] || continue; \
		name=$$(basename $$ui .ui); form=wellbeing_desktop/gui/forms/ui_$$name.py; \
		$(BIN)/pyside6-uic --from-imports "$$ui" | $(BIN)/python packaging/prune_form_imports.py \
			| grep -v '^#' > "$$tmp"; \
		grep -v '^#' "$$form" 2>/dev/null | diff -q "$$tmp" - >/dev/null || \
			{ echo "$$form is out of date with $$ui: run make forms"; status=1; }; \
	done; rm -f "$$tmp"; exit $$status

test: lint check-forms
	@$(BIN)/python packaging/check_system_libraries.py offscreen
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/pytest tests/benchmarks -o testpaths=tests/benchmarks -p no:cacheprovider -q -s

# The desktop bundle (PyInstaller, one folder): dist/wellbeing-desktop/. See docs/packaging.md.
package: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/wellbeing-desktop.spec
	@echo "Built dist/wellbeing-desktop/ ($$(du -sh dist/wellbeing-desktop | cut -f1))"

# The slow checks of what we ship: the bundle's --self-test and start-up, and the wheel in a fresh venv.
test-package: package
	$(BIN)/pytest tests/package -o testpaths=tests/package -p no:cacheprovider

# A pseudo-locale (en_XA: accented, ~40% longer) shows untranslatable words and tight layouts at a
# glance: WELLBEING_LANG=en_XA make run. The .ts and .qm are committed, so builds need no Qt tools.
# The words come from the GUI's tr() calls, the forms (ui/*.ui; not their generated Python) and the
# plain-Python modules' Context(...).tr() and QT_TRANSLATE_NOOP marks (wellbeing_desktop/i18n.py).
# Another language: copy the .ts to wellbeing_desktop_<lang>.ts, translate it in Qt Linguist, add it to
# TS below and run make translations (tests/unit/app/test_translations_up_to_date.py keeps it current).
I18N := assets/i18n/wellbeing_desktop_en_XA
I18N_SOURCES = $$(find wellbeing_desktop -name '*.py' -not -path '*/forms/*' | sort) ui/*.ui
TS := $(filter-out $(I18N).ts,$(wildcard assets/i18n/wellbeing_desktop_*.ts))
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete $(I18N_SOURCES) -ts $(I18N).ts $(TS)
	$(BIN)/python packaging/pseudo_translate.py $(I18N).ts
	$(BIN)/pyside6-lrelease -silent $(I18N).ts -qm $(I18N).qm
	@for ts in $(TS); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# The hicolor PNGs, rendered from assets/icons/wellbeing-desktop.svg (committed).
icons: $(STAMP)
	$(BIN)/python packaging/linux/render_icons.py

# The menu entry, icons and AppStream file for this user (XDG_DATA_HOME, else ~/.local/share).
install-desktop: $(STAMP)
	$(BIN)/python packaging/linux/install_desktop.py $(if $(EXEC),--exec "$(EXEC)")

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache bench-results
