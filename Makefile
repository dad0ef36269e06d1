# make run   — set up .venv, validate the bundled example form, print the findings table
# make test  — set up .venv, run the whole test suite
# make serve — set up .venv, start the service (the upload page at http://127.0.0.1:8000/)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := examples/000_36c23adddff5d972.txt

.PHONY: run test serve clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,serve]'
	touch $(STAMP)

# The example has findings on purpose: jxcheck exits 1 on it, which is success for the demo.
run: $(STAMP)
	@$(BIN)/jxcheck validate $(EXAMPLE); status=$$?; [ $$status -le 1 ]

# The type checker sees the repository as the installed package `jxcheck` through a link (mypy cannot follow
# the editable install's import hook).
test: $(STAMP)
	@mkdir -p $(VENV)/typecheck && ln -sfn "$(CURDIR)" $(VENV)/typecheck/jxcheck
	cd $(VENV)/typecheck && ../bin/mypy --config-file "$(CURDIR)/pyproject.toml" -p jxcheck
	$(BIN)/python -m pytest

serve: $(STAMP)
	$(BIN)/jxcheck serve

clean:
	rm -rf $(VENV) build *.egg-info
