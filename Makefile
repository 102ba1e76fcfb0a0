# The README's two commands: `make run` and `make test`. Both install what is missing
# (Debian packages, with sudo when not root), configure, build, and then start or test.

BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_ARGS ?=
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

# Everything a fresh Debian 12 machine needs to build, test, screenshot and package SockLab.
DEBIAN_PACKAGES := cmake g++ make pkg-config \
	qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
	qt6-svg-dev libqt6svg6 qt6-qpa-plugins qt6-translations-l10n libgl-dev libvulkan-dev libssl-dev openssl python3-cryptography \
	python3 ncat socat iproute2 clang libclang-rt-14-dev util-linux xvfb xauth imagemagick dpkg-dev file fonts-noto-cjk

SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: all deps configure build run test test-asan fuzz package bench clean

all: build

deps:
	@missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q "install ok installed" \
			|| missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing missing Debian packages:$$missing"; \
		$(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS)

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	$(BUILD_DIR)/src/gui/socklab

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

# The whole ctest suite again under AddressSanitizer + UndefinedBehaviorSanitizer (gcc), leak
# detection on. Its own build directory, so it never mixes objects with the normal build.
ASAN_BUILD_DIR ?= build-asan
SANITIZE_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
SANITIZER_ENV  := ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

test-asan: deps
	cmake -S . -B $(ASAN_BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(SANITIZE_FLAGS)" \
		-DCMAKE_SHARED_LINKER_FLAGS="$(SANITIZE_FLAGS)" $(CMAKE_ARGS)
	cmake --build $(ASAN_BUILD_DIR) -j$(JOBS)
	$(SANITIZER_ENV) ctest --test-dir $(ASAN_BUILD_DIR) --output-on-failure -j$(JOBS)

# libFuzzer targets (clang) in their own build directory, each fuzzed for FUZZ_SECONDS; fails
# on a crash, a leak or a broken check. Prints the executions run per target.
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS   ?= 60

fuzz: deps
	cmake -S . -B $(FUZZ_BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_COMPILER=clang++ -DSOCKLAB_BUILD_FUZZERS=ON \
		-DSOCKLAB_BUILD_GUI=OFF -DSOCKLAB_BUILD_TESTS=OFF
	cmake --build $(FUZZ_BUILD_DIR) -j$(JOBS)
	fuzz/run.sh $(FUZZ_BUILD_DIR) $(FUZZ_SECONDS)

package: build
	cd $(BUILD_DIR) && cpack -G DEB

bench: build
	cmake -S . -B $(BUILD_DIR) -DSOCKLAB_BUILD_BENCH=ON > /dev/null
	cmake --build $(BUILD_DIR) -j$(JOBS)
	bench/run.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
