# medvirk: two commands on a fresh Debian machine.
#   make demo   installs what is missing, builds (Release) and audits a bundled example
#   make test   installs what is missing, builds and runs every test through ctest

DEBIAN_PACKAGES := cmake g++ make libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev nlohmann-json3-dev
TEST_PACKAGES   := libicu72   # the SARIF Multitool (.NET) needs ICU
BUILD_DIR       ?= build
JOBS            ?= $(shell nproc 2>/dev/null || echo 2)
WERROR          ?= OFF
SUDO            := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_SET        := examples/kommune-med-mangler
DEMO_DATE       := 2026-11-23

.PHONY: all deps deps-test build release demo test clean format

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

# The tests use real consumers from npm (ajv-cli, the SARIF Multitool, JUnit parsers); node and npm
# come from Debian when missing.
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

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp')

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR)-release
