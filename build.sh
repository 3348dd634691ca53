#!/usr/bin/env bash
# Réserve: set-up, build, test, e2e, bench and demo. Idempotent; says what it does.
#
#   ./build.sh            set up what is missing, build the CLI, the wasm engine and dist/
#   ./build.sh test       every test: Rust (unit, rule packs, corpus), extension unit, browsers
#   ./build.sh e2e        the browser suite only (Chromium and Firefox ESR, headless)
#   ./build.sh bench      speed figures (engine natively and in WebAssembly)
#   ./build.sh demo       open Chromium with the extension on the three fixture composers
#                         (headless without a display: writes screenshots and says where)
#   ./build.sh setup      only install what is missing (toolchain target, wasm-bindgen, npm, browsers)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The wasm-bindgen crate version, read from Cargo.lock, so the CLI always matches it.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

setup_rust() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want; want=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (about 5 minutes, once)"
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

setup_system() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v openssl >/dev/null || missing+=(openssl)
  command -v zip >/dev/null || missing+=(zip)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

setup_node() {
  local stamp=node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

setup() { setup_system; setup_rust; setup_node; }

build_cli() {
  say "building the reserve CLI (release)"
  cargo build --release --bin reserve
}

build_wasm() {
  say "building the engine for WebAssembly"
  cargo build --release --lib --target wasm32-unknown-unknown
  mkdir -p target/wasm-pkg
  wasm-bindgen --target web --no-typescript --out-dir target/wasm-pkg \
    target/wasm32-unknown-unknown/release/reserve.wasm
  # Binaryen from npm (pinned in package-lock.json): Debian's wasm-opt 108 predates the
  # externref table that wasm-bindgen now emits and produces a module that fails to load.
  say "optimising the wasm with wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}')"
  node_modules/.bin/wasm-opt -O3 --enable-reference-types --enable-bulk-memory \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-multivalue \
    target/wasm-pkg/reserve_bg.wasm -o target/wasm-pkg/reserve_bg.opt.wasm
  mv target/wasm-pkg/reserve_bg.opt.wasm target/wasm-pkg/reserve_bg.wasm
  say "wasm engine: $(du -k target/wasm-pkg/reserve_bg.wasm | cut -f1) KB"
}

build_extension() {
  if [ -f tools/build-extension.mjs ]; then
    say "building the extension into dist/chrome and dist/firefox"
    node tools/build-extension.mjs
  else
    say "tools/build-extension.mjs not present yet: skipping the extension"
  fi
}

build_all() { setup; build_cli; build_wasm; build_extension; }

test_rust() {
  say "cargo fmt --check"
  cargo fmt --check
  say "cargo clippy -D warnings"
  cargo clippy --all-targets --quiet -- -D warnings
  say "cargo test (unit, rule packs' inline tests, corpus, CLI, language)"
  cargo test --release
}

test_node_unit() {
  if compgen -G "tests/extension-unit/*.test.mjs" >/dev/null; then
    say "extension unit tests (node --test)"
    node --test tests/extension-unit/
  fi
}

test_e2e() {
  if compgen -G "tests/e2e/*.test.mjs" >/dev/null; then
    say "browser end-to-end tests (Chromium + Firefox ESR, headless)"
    mkdir -p target/e2e
    # A file that never finishes (a browser or server left open) fails after 15 minutes instead of
    # holding CI until its limit; no test is retried.
    node --test --test-concurrency=1 --test-timeout=900000 tests/e2e/
  fi
}

bench() {
  build_wasm
  say "native engine benchmark"
  cargo run --release --quiet --example bench
  if [ -f tests/bench/wasm-bench.mjs ]; then
    say "WebAssembly engine benchmark (Node)"
    node tests/bench/wasm-bench.mjs
  fi
}

demo() {
  build_all
  say "starting the demo"
  node tools/demo.mjs
}

case "${1:-all}" in
  all|build) build_all ;;
  setup) setup ;;
  wasm) setup_rust; setup_node; build_wasm ;;
  extension) build_extension ;;
  test) build_all; test_rust; test_node_unit; test_e2e ;;
  e2e) build_all; test_e2e ;;
  bench) setup; bench ;;
  demo) demo ;;
  *) echo "usage: ./build.sh [build|setup|wasm|extension|test|e2e|bench|demo]" >&2; exit 2 ;;
esac
