# The README's two commands: `make run` and `make test`. Both install what is missing
# (Debian packages, with sudo when not root), configure, build, and then start or test.

BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_ARGS ?=
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

# Everything a fresh Debian 12 machine needs to build, test, screenshot and package SockLab.
DEBIAN_PACKAGES := cmake g++ make pkg-config \
	qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
	qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev libvulkan-dev \
	python3 ncat socat iproute2 xvfb xauth imagemagick dpkg-dev file fonts-noto-cjk

SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: all deps configure build run test package bench clean

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

package: build
	cd $(BUILD_DIR) && cpack -G DEB

bench: build
	cmake -S . -B $(BUILD_DIR) -DSOCKLAB_BUILD_BENCH=ON > /dev/null
	cmake --build $(BUILD_DIR) -j$(JOBS) --target socklab-bench
	bench/run.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
