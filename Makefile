# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands: `make run` and `make test`. Both install what is missing
# (Debian packages, with sudo when not root), configure, build, and then start or test; `make
# test` also installs the test tools, `make fuzz` clang, `make package` the packaging tools.

BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_ARGS ?=
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

# Debian 12 packages, one list per purpose, each installed only by the targets that need it
# (`make run` never pulls in the test, fuzz or packaging tools). Add to the list of the purpose
# a package serves; each list stays one `+=` per line so branches merge without conflicts.
# Building and running the window and the CLI:
RUN_PACKAGES := cmake g++ make pkg-config
RUN_PACKAGES += qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
RUN_PACKAGES += qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev libvulkan-dev
# Qt's own strings (dialog buttons, Qt's error texts) in the user's language.
RUN_PACKAGES += qt6-translations-l10n
# TLS: the self-signed certificate generator links OpenSSL 3's libcrypto.
RUN_PACKAGES += libssl-dev
# The test suite: interop peers, the socket table's reference (ss), namespaces (unshare),
# offscreen screenshots and CJK text for the Japanese GUI tests.
TEST_PACKAGES := python3 ncat socat iproute2 util-linux openssl
TEST_PACKAGES += xvfb xauth imagemagick fonts-noto-cjk
# TLS interop: an expired certificate (openssl 3.0's command line cannot set past dates).
TEST_PACKAGES += python3-cryptography
# make bench: bench/xping.c, the X _NET_WM_PING probe of the window, is built against libX11.
TEST_PACKAGES += libx11-dev
# libFuzzer (make fuzz) needs clang and its runtime.
FUZZ_PACKAGES := clang libclang-rt-14-dev
# Building and checking the Debian packages (make package, .ci/package-check).
PACKAGE_PACKAGES := dpkg-dev file gzip lintian appstream desktop-file-utils

SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: all deps test-deps fuzz-deps package-deps configure build run test test-asan fuzz \
	package bench clean

all: build

# $(call install_missing,<packages>): apt-get install those not installed yet.
define install_missing
	@missing=""; \
	for p in $(1); do \
		dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q "install ok installed" \
			|| missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing missing Debian packages:$$missing"; \
		$(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(RUN_PACKAGES))

test-deps: deps
	$(call install_missing,$(TEST_PACKAGES))

fuzz-deps: deps
	$(call install_missing,$(FUZZ_PACKAGES))

package-deps: deps
	$(call install_missing,$(PACKAGE_PACKAGES))

# The tests need python3 (a test package) when CMake configures: `make run` leaves them out,
# `make test` puts them back; a plain `make` keeps what the build directory had.
TESTS_ARG :=
run: TESTS_ARG := -DSOCKLAB_BUILD_TESTS=OFF
test: TESTS_ARG := -DSOCKLAB_BUILD_TESTS=ON

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(TESTS_ARG) $(CMAKE_ARGS)

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	$(BUILD_DIR)/src/gui/socklab

test: test-deps build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

# The whole ctest suite again under AddressSanitizer + UndefinedBehaviorSanitizer (gcc), leak
# detection on. Its own build directory, so it never mixes objects with the normal build.
ASAN_BUILD_DIR ?= build-asan
SANITIZE_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
SANITIZER_ENV  := ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

test-asan: test-deps
	cmake -S . -B $(ASAN_BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(SANITIZE_FLAGS)" \
		-DCMAKE_SHARED_LINKER_FLAGS="$(SANITIZE_FLAGS)" $(CMAKE_ARGS)
	cmake --build $(ASAN_BUILD_DIR) -j$(JOBS)
	$(SANITIZER_ENV) ctest --test-dir $(ASAN_BUILD_DIR) --output-on-failure -j$(JOBS)

# libFuzzer targets (clang) in their own build directory, each fuzzed for FUZZ_SECONDS; fails
# on a crash, a leak or a broken check. Prints the executions run per target. Built without
# precompiled headers, so a core file that forgot an #include fails here.
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS   ?= 60

fuzz: fuzz-deps
	cmake -S . -B $(FUZZ_BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_COMPILER=clang++ -DSOCKLAB_BUILD_FUZZERS=ON \
		-DSOCKLAB_BUILD_GUI=OFF -DSOCKLAB_BUILD_TESTS=OFF -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON
	cmake --build $(FUZZ_BUILD_DIR) -j$(JOBS)
	fuzz/run.sh $(FUZZ_BUILD_DIR) $(FUZZ_SECONDS)

# The two .deb packages (socklab-cli, socklab) in their own build directory, compiled with
# Debian's hardening flags as dpkg-buildflags gives them (bindnow included), without tests.
PACKAGE_BUILD_DIR ?= build-deb
PACKAGE_FLAGS_ENV := DEB_BUILD_MAINT_OPTIONS=hardening=+all

package: package-deps
	cmake -S . -B $(PACKAGE_BUILD_DIR) -DCMAKE_BUILD_TYPE=None -DSOCKLAB_BUILD_TESTS=OFF \
		-DCMAKE_INSTALL_PREFIX=/usr \
		-DCMAKE_CXX_FLAGS="$$($(PACKAGE_FLAGS_ENV) dpkg-buildflags --get CPPFLAGS) $$($(PACKAGE_FLAGS_ENV) dpkg-buildflags --get CXXFLAGS)" \
		-DCMAKE_EXE_LINKER_FLAGS="$$($(PACKAGE_FLAGS_ENV) dpkg-buildflags --get LDFLAGS)" \
		$(CMAKE_ARGS)
	cmake --build $(PACKAGE_BUILD_DIR) -j$(JOBS)
	cd $(PACKAGE_BUILD_DIR) && cpack -G DEB

bench: build
	cmake -S . -B $(BUILD_DIR) -DSOCKLAB_BUILD_BENCH=ON > /dev/null
	cmake --build $(BUILD_DIR) -j$(JOBS)
	bench/run.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(PACKAGE_BUILD_DIR)
