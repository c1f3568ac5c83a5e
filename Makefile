# Samverkan — the two commands: `make run` and `make test`.
SWIFT   ?= swift
OUT     ?= out
GRAPH   ?= graphs/vasterbotten.yaml
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN      = $(shell $(SWIFT) build -c release --show-bin-path 2>/dev/null)/samverkan

DOCS_TARGETS ?= InterchangeBase PartnerRegistry NetworkInterchange NetworkAnalysis CollaborationMap

VENV    ?= .venv
PYTHON   = $(VENV)/bin/python
CLIENT_TESTS = Tests/clients

.PHONY: setup test-setup venv build run test client-tests readme-example js-check docs snapshots bench compare spark-check readme-image fixtures fuzz sanitize clean

# Installs Graphviz's C library when pkg-config cannot find libgvc,
# libxml2's headers when it cannot find libxml-2.0, rsvg-convert (librsvg2-bin) and pdfinfo/pdftotext (poppler-utils) when
# missing: what building, `make run` and the Swift tests need.
setup:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then \
	  echo "setup: installing libgraphviz-dev (Graphviz C library) ..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq pkg-config libgraphviz-dev graphviz; \
	fi
	@if ! pkg-config --exists libxml-2.0; then \
	  echo "setup: installing libxml2-dev (libxml2's headers, for the GraphML reader) ..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libxml2-dev; \
	fi
	@if ! command -v rsvg-convert >/dev/null 2>&1; then \
	  echo "setup: installing librsvg2-bin (rsvg-convert, for PNG/PDF sheets and charts) ..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq librsvg2-bin; \
	fi
	@if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then \
	  echo "setup: installing poppler-utils (pdfinfo, pdftotext: the map and explorer tests check PDF pages) ..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq poppler-utils; \
	fi

# What the tests need beyond setup: Debian's Chromium (the explorer's tests
# drive it) and the pinned Python environment.
test-setup: setup
	@if ! command -v chromium >/dev/null 2>&1; then \
	  echo "setup: installing chromium (the browser the explorer's tests drive) ..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; \
	fi
	@if ! command -v eslint >/dev/null 2>&1; then \
	  echo "setup: installing eslint (checks the explorer page's script) ..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq eslint; \
	fi
	@$(MAKE) --no-print-directory venv

# The pinned Python environment of the real-client checks (NetworkX, igraph,
# pandas, Playwright driving Debian's Chromium); rebuilt when
# scripts/requirements-test.txt changes.
venv: $(VENV)/.requirements-test.stamp
$(VENV)/.requirements-test.stamp: scripts/requirements-test.txt
	@if ! python3 -c 'import ensurepip' >/dev/null 2>&1; then \
	  echo "setup: installing python3-venv ..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv; \
	fi
	@echo "setup: Python environment in $(VENV) from scripts/requirements-test.txt ..."
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r scripts/requirements-test.txt
	@touch $@

build: setup
	$(SWIFT) build -c release --product samverkan

# Validates the Västerbotten registry and renders it to an SVG map and the
# explorer page (one self-contained HTML file).
run: build
	@mkdir -p $(OUT)
	$(BIN) validate $(GRAPH)
	$(BIN) map $(GRAPH) -o $(OUT)/vasterbotten.svg
	$(BIN) report $(GRAPH) -o $(OUT)/vasterbotten.html
	@echo "map written to $(abspath $(OUT)/vasterbotten.svg), explorer page to $(abspath $(OUT)/vasterbotten.html)"

# The tests, the README's library example built as an outside package, then
# the documentation (a broken ``Symbol`` link fails the run).
test: test-setup
	$(MAKE) --no-print-directory js-check
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory client-tests
	$(MAKE) --no-print-directory readme-example
	$(MAKE) --no-print-directory docs

# The DocC catalogs of the library products as static sites in out/docs/<Target>,
# warnings treated as errors. Serve out/docs and open /<Target>/documentation/<target>/.
docs: setup
	@mkdir -p $(OUT)/docs
	@for target in $(DOCS_TARGETS); do \
	  echo "docs: $$target"; \
	  $(SWIFT) package --allow-writing-to-directory $(OUT)/docs generate-documentation \
	    --target $$target --warnings-as-errors \
	    --transform-for-static-hosting --hosting-base-path $$target \
	    --output-path $(OUT)/docs/$$target || exit 1; \
	done

# The checks written in Python (Tests/clients): exports read by NetworkX,
# igraph and pandas, and the explorer page driven in Chromium. They run the
# debug binary that `swift build --build-tests` made (SAMVERKAN_BIN).
client-tests: test-setup
	@if ls $(CLIENT_TESTS)/test_*.py >/dev/null 2>&1; then \
	  SAMVERKAN_BIN=$$($(SWIFT) build --show-bin-path)/samverkan \
	    $(PYTHON) -m pytest -q -p no:cacheprovider $(CLIENT_TESTS); \
	else echo "client-tests: none in $(CLIENT_TESTS)"; fi

# The explorer page's script: node's syntax check, then Debian's eslint
# (6.4, run with Debian's module path) with eslint:recommended at ES2019,
# the syntax the page is written in. no-control-regex is off: the page
# refuses URLs with control characters by matching them on purpose.
EXPLORER_JS = Sources/CollaborationMap/Resources/explorer/explorer.js
js-check:
	node --check $(EXPLORER_JS)
	NODE_PATH=/usr/share/nodejs:/usr/lib/nodejs eslint --no-eslintrc -c scripts/eslintrc.json $(EXPLORER_JS)
	@echo "js-check: $(EXPLORER_JS) parses and passes eslint:recommended"

# Builds the README's library example as an outside package that depends
# on this one by path (in .build-readme-example/), and runs it.
readme-example: setup
	bash scripts/readme-example.sh

# Re-records the snapshot files under Tests/SamverkanCLITests/Snapshots
# (--help of every command, the Västerbotten DOT maps); review the diff.
snapshots: setup
	$(SWIFT) build --build-tests
	SNAPSHOT_RECORD=1 $(SWIFT) test --skip-build --filter Snapshot

# The PySpark job of examples/spark/ on a seeded 100k-membership registry and
# on graphs/vasterbotten.yaml, compared with the CLI's answers (fails on a
# mismatch); prints the wall times and the machine load. Optional, not part
# of `make test`: it installs pyspark (examples/spark/requirements.txt) into
# its own environment, $(SPARK_VENV), and runs Spark on Debian's JDK 17
# (installed when missing; the machine's newer JDK is not used).
SPARK_VENV      ?= .venv-spark
SPARK_JAVA_HOME ?= /usr/lib/jvm/java-17-openjdk-amd64
spark-check: build $(SPARK_VENV)/.requirements.stamp
	@if [ ! -x $(SPARK_JAVA_HOME)/bin/java ]; then \
	  echo "spark-check: installing openjdk-17-jdk-headless (Spark 4.0 runs on Java 17) ..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq openjdk-17-jdk-headless; \
	fi
	JAVA_HOME=$(SPARK_JAVA_HOME) PATH=$(SPARK_JAVA_HOME)/bin:$$PATH \
	  $(SPARK_VENV)/bin/python Benchmarks/spark-check --samverkan $(BIN) $(SPARK_CHECK_ARGS)
$(SPARK_VENV)/.requirements.stamp: examples/spark/requirements.txt
	@echo "spark-check: Python environment in $(SPARK_VENV) from examples/spark/requirements.txt ..."
	python3 -m venv $(SPARK_VENV)
	$(SPARK_VENV)/bin/pip install -q --disable-pip-version-check -r examples/spark/requirements.txt
	@touch $@

# Regenerates the README's picture with the tool itself.
readme-image: build
	@mkdir -p docs/images
	$(BIN) map $(GRAPH) --format png -o docs/images/vasterbotten.png
	$(BIN) map $(GRAPH) --as-of 2010 --format png -o docs/images/vasterbotten-2010.png
	@tmp=$$(mktemp -d) && $(BIN) map $(GRAPH) --years 2003,2010,2015,now -o $$tmp/ --sheet-format png \
		&& cp $$tmp/sheet.png docs/images/vasterbotten-years.png && rm -rf $$tmp

# Regenerates the NetworkX/igraph reference fixtures (needs Python).
fixtures:
	python3 -m pip install -q -r scripts/requirements.txt
	for script in scripts/fixtures/*.py; do python3 $$script || exit 1; done

bench: setup
	cd Benchmarks && $(SWIFT) package benchmark

# Side by side with NetworkX, igraph and NetworKit, e.g. COMPARE_ARGS=--quick.
compare: setup
	Benchmarks/compare $(COMPARE_ARGS)

# libFuzzer targets (Fuzz/, a package of its own), each run for FUZZ_SECONDS
# from a seed corpus; new inputs go to .build-fuzz/corpus/TARGET, a crashing
# input to .build-fuzz/crashes/. The map target renders through libgvc,
# whose own leaks (see sanitizers/lsan.supp) are suppressed. The sheets
# target's seeds (Fuzz/Seeds/fuzz-sheets) are the four sheets of an import
# joined by the byte 0x1E. One target, briefly:
# `make fuzz FUZZ_TARGETS=fuzz-sheets FUZZ_SECONDS=30`.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= fuzz-registry fuzz-csv fuzz-sheets fuzz-map fuzz-pajek fuzz-graphml fuzz-gexf
FUZZ_SCRATCH := $(CURDIR)/.build-fuzz
MALFORMED    := Tests/PartnerRegistryTests/Fixtures/Malformed
fuzz: setup
	cd Fuzz && $(SWIFT) build --scratch-path $(FUZZ_SCRATCH) \
	  -Xswiftc -sanitize=fuzzer,address
	@mkdir -p $(FUZZ_SCRATCH)/seeds/fuzz-registry $(FUZZ_SCRATCH)/seeds/fuzz-csv $(FUZZ_SCRATCH)/seeds/fuzz-map \
	  $(FUZZ_SCRATCH)/seeds/fuzz-sheets $(FUZZ_SCRATCH)/seeds/fuzz-pajek $(FUZZ_SCRATCH)/seeds/fuzz-graphml $(FUZZ_SCRATCH)/seeds/fuzz-gexf \
	  $(FUZZ_SCRATCH)/crashes
	@cp $(MALFORMED)/*.yaml $(MALFORMED)/*.json graphs/*.yaml graphs/samples/*.yaml Fuzz/Seeds/fuzz-registry/* \
	  $(FUZZ_SCRATCH)/seeds/fuzz-registry/ 2>/dev/null || true
	@cp $(MALFORMED)/*.csv graphs/samples/*.csv $(FUZZ_SCRATCH)/seeds/fuzz-csv/
	@cp graphs/samples/* $(FUZZ_SCRATCH)/seeds/fuzz-map/
	@cp Fuzz/Seeds/fuzz-sheets/* $(FUZZ_SCRATCH)/seeds/fuzz-sheets/
	@cp $(MALFORMED)/*.net Fuzz/Seeds/fuzz-pajek/* $(FUZZ_SCRATCH)/seeds/fuzz-pajek/
	@cp $(MALFORMED)/*.graphml Fuzz/Seeds/fuzz-graphml/* $(FUZZ_SCRATCH)/seeds/fuzz-graphml/
	@cp Fuzz/Seeds/fuzz-gexf/* $(FUZZ_SCRATCH)/seeds/fuzz-gexf/
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_SCRATCH)/corpus/$$t; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/sanitizers/lsan.supp:print_suppressions=0 \
	  $(FUZZ_SCRATCH)/debug/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=30 -rss_limit_mb=4096 \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ_SCRATCH)/crashes/$$t- \
	    $(FUZZ_SCRATCH)/corpus/$$t $(FUZZ_SCRATCH)/seeds/$$t || exit 1; \
	done

# The test suite under AddressSanitizer (with LeakSanitizer) and under
# ThreadSanitizer, in build directories of their own. Every suppression is
# in sanitizers/, with the reason for it. SAMVERKAN_GUARD_SCALE stretches
# the CPU-time guards of the size tests by the sanitizers' slowdown. The
# symbolizer is named by path: some tests run the CLI with an emptied PATH
# (no rsvg-convert), and the suppressions that name functions only match
# symbolized stacks.
SYMBOLIZER := $(shell command -v llvm-symbolizer)
sanitize: setup
	$(SWIFT) build --build-tests --scratch-path .build-asan -Xswiftc -sanitize=address
	SAMVERKAN_GUARD_SCALE=5 \
	  ASAN_OPTIONS=detect_leaks=1:suppressions=$(CURDIR)/sanitizers/asan.supp:external_symbolizer_path=$(SYMBOLIZER) \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/sanitizers/lsan.supp:print_suppressions=0 \
	  $(SWIFT) test --skip-build --scratch-path .build-asan $(SANITIZE_TEST_ARGS)
	$(SWIFT) build --build-tests --scratch-path .build-tsan -Xswiftc -sanitize=thread
	SAMVERKAN_GUARD_SCALE=10 \
	  TSAN_OPTIONS=suppressions=$(CURDIR)/sanitizers/tsan.supp:halt_on_error=1:external_symbolizer_path=$(SYMBOLIZER) \
	  $(SWIFT) test --skip-build --scratch-path .build-tsan $(SANITIZE_TEST_ARGS)

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan $(OUT) $(VENV) $(SPARK_VENV)
