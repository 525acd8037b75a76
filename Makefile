PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint kb check-example clean bench serve screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,kb,spark]'
	touch $(STAMP)

DEMO_DB := .demo/demo.db

demo: $(STAMP)
	$(BIN)/lagebild analyze --published 2025-02-10 examples/hafen-odesa.de.txt
	@mkdir -p .demo
	$(BIN)/lagebild ingest examples/demo-corpus/articles --db $(DEMO_DB)
	$(BIN)/lagebild query stories --db $(DEMO_DB)
	$(BIN)/lagebild query board --db $(DEMO_DB) --per-side 2
	@echo
	@echo "Browse the demo corpus: make serve, then open http://127.0.0.1:8000/"

serve: $(STAMP)
	@mkdir -p .demo
	$(BIN)/lagebild ingest examples/demo-corpus/articles --db $(DEMO_DB) --no-progress
	$(BIN)/lagebild serve --db $(DEMO_DB) --port 8000

screenshots: $(STAMP)
	@mkdir -p .demo
	$(BIN)/lagebild ingest examples/demo-corpus/articles --db $(DEMO_DB) --no-progress
	$(BIN)/python tools/screenshots.py $(DEMO_DB) docs/screenshots

test: $(STAMP)
	$(BIN)/ruff check lagebild tests
	$(BIN)/pytest -q

kb: $(STAMP)
	$(BIN)/lagebild kb build --reference ../shared/data/reference

check-example: $(STAMP)
	../shared/tools/check-example

clean:
	rm -rf $(VENV) build *.egg-info

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py --growth --store --spacy ../shared/data/corpora/de-10kgnad/test.csv \
		../shared/data/corpora/de-xglue/dev.txt ../shared/data/corpora/en-bbc/bbc
