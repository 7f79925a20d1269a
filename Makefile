# medvirk: two commands on a fresh Debian machine.
#   make demo   installs what is missing, builds (Release) and audits a bundled example
#   make test   installs what is missing, builds and runs every test through ctest
#   make bench  builds a Release binary with the benchmark tools and runs bench/run.sh (docs/performance.md)

DEBIAN_PACKAGES := cmake g++ make libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev nlohmann-json3-dev
TEST_PACKAGES   := libicu72 chromium   # the SARIF Multitool (.NET) needs ICU; the HTML report is tested in Chromium
BUILD_DIR       ?= build
JOBS            ?= $(shell nproc 2>/dev/null || echo 2)
WERROR          ?= OFF
SUDO            := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_SET        := examples/kommune-med-mangler
DEMO_DATE       := 2026-11-23

FUZZ_PACKAGES   := clang libclang-rt-14-dev
FUZZ_SECONDS    ?= 60
SANITIZE_FLAGS  := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

.PHONY: all deps deps-test deps-fuzz deps-format build release demo test test-sanitize fuzz fuzz-smoke bench clean format format-check

all: build

# Installs only the Debian packages that are missing (apt-get; sudo when not root).
deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# The tests use real consumers from npm (ajv-cli, the SARIF Multitool, JUnit parsers, playwright-core
# driving Debian's chromium for the HTML report); node and npm come from Debian when missing.
deps-test: deps
	@missing=""; for p in $(TEST_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	command -v npm >/dev/null 2>&1 || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Debug -DMEDVIRK_WERROR=$(WERROR)
	cmake --build $(BUILD_DIR) -j $(JOBS)

release: deps
	cmake -S . -B $(BUILD_DIR)-release -DCMAKE_BUILD_TYPE=Release -DMEDVIRK_BUILD_TESTS=OFF
	cmake --build $(BUILD_DIR)-release -j $(JOBS)

# Audits the example with typical gaps. Findings make medvirk exit 1; the demo still succeeds.
demo: release
	@echo "== medvirk audit --as-of $(DEMO_DATE) $(DEMO_SET)"
	@./$(BUILD_DIR)-release/medvirk audit --as-of $(DEMO_DATE) $(DEMO_SET); rc=$$?; \
	  echo "== exit code $$rc (0 clean, 1 findings at or above the threshold, 2 input error)"; \
	  [ $$rc -le 1 ]

test: deps-test
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Debug -DMEDVIRK_WERROR=$(WERROR)
	cmake --build $(BUILD_DIR) -j $(JOBS)
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# The whole test suite against an ASan + UBSan build (any report aborts the test that triggered it).
test-sanitize: deps-test
	cmake -S . -B $(BUILD_DIR)-sanitize -DCMAKE_BUILD_TYPE=Debug -DMEDVIRK_WERROR=$(WERROR) \
	  -DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(SANITIZE_FLAGS)"
	cmake --build $(BUILD_DIR)-sanitize -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(BUILD_DIR)-sanitize --output-on-failure -j $(JOBS)

deps-fuzz: deps
	@missing=""; for p in $(FUZZ_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# libFuzzer targets (clang, ASan + UBSan): the loader, the rule-pack loader and a full audit.
fuzz: deps-fuzz
	cmake -S . -B $(BUILD_DIR)-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DMEDVIRK_FUZZ=ON -DMEDVIRK_BUILD_TESTS=OFF -DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS) -fsanitize=fuzzer-no-link"
	cmake --build $(BUILD_DIR)-fuzz -j $(JOBS) --target fuzz_loader fuzz_pack fuzz_audit

# Each target for FUZZ_SECONDS (60 by default); docs/fuzzing.md says how to run them longer.
fuzz-smoke: fuzz
	bash tests/fuzz/run.sh $(BUILD_DIR)-fuzz $(FUZZ_SECONDS)

# The benchmark (docs/performance.md): corpus generator, bare yaml-cpp loader, Spectral, hyperfine.
# Not part of make test. bench/run.sh installs hyperfine, GNU time and Spectral when missing.
bench: deps
	cmake -S . -B $(BUILD_DIR)-bench -DCMAKE_BUILD_TYPE=Release -DMEDVIRK_BUILD_TESTS=OFF -DMEDVIRK_BENCH=ON
	cmake --build $(BUILD_DIR)-bench -j $(JOBS)
	bash bench/run.sh $(BUILD_DIR)-bench

# The C++ sources follow .clang-format: `make format` rewrites them, `make format-check` (CI) fails
# on any drift without changing a file.
FORMAT_FILES = $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' 'bench/*.hpp')

deps-format:
	@dpkg-query -W -f='$${Status}' clang-format 2>/dev/null | grep -q "install ok installed" || { \
	  echo "Installing: clang-format"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq clang-format; }

format: deps-format
	clang-format -i $(FORMAT_FILES)

format-check: deps-format
	clang-format --dry-run --Werror $(FORMAT_FILES)

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR)-release $(BUILD_DIR)-sanitize $(BUILD_DIR)-fuzz $(BUILD_DIR)-bench
