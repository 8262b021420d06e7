#!/usr/bin/env bash
# ROI Gap: the one entry point. Builds the self-contained page, serves it, runs every test.
# Installs what it needs (wasm target, wasm-bindgen-cli, npm packages, Chromium) and skips
# what is already there.
set -eu
cd "$(dirname "$0")"

WASM_TARGET=wasm32-unknown-unknown
OUT=target/wasm-out

usage() {
    cat <<'EOF'
Usage: ./build.sh [COMMAND] [-h]

Commands:
  build            (default) wasm build, wasm-bindgen, assemble dist/index.html, dist/preview.png
  serve [-p PORT]  build, then serve dist/ on http://127.0.0.1:PORT/ (default 8080)
  test             fmt check, clippy, doc links, native tests, wasm tests (headless Chromium) and page
                   tests in Chromium, Firefox, WebKit and WPE WebKit 2.38
  bench            redraw, start-up and size benchmarks (see BENCHMARKS.md)
  fuzz [SECONDS]   fuzz the scenario text: parse -> evaluate -> write (default 60 s)
  setup            install the tools only

Each command takes -h for its own help.
EOF
}

step() { echo "==> $*"; }

# ---------------------------------------------------------------- setup
ensure_wasm_target() {
    if rustup target list --installed | grep -qx "$WASM_TARGET"; then return; fi
    step "rustup target add $WASM_TARGET"
    rustup target add "$WASM_TARGET"
}

lock_version() { # the version of crate $1 in Cargo.lock
    awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_bindgen() {
    if [ ! -f Cargo.lock ]; then step "cargo generate-lockfile"; cargo generate-lockfile; fi
    local want have
    want=$(lock_version wasm-bindgen)
    have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
    if [ "$have" = "$want" ]; then return; fi
    # --locked fails here: a locked dependency version is missing from the registry.
    step "cargo install wasm-bindgen-cli --version $want (about 3 minutes)"
    cargo install wasm-bindgen-cli --version "$want"
}

ensure_npm() {
    local package missing=
    for package in @gfx/zopfli binaryen esbuild playwright-core puppeteer-core selenium-webdriver tiny-inflate; do
        [ -d "node_modules/$package" ] || missing=1
    done
    if [ -z "$missing" ]; then return; fi
    step "npm ci"
    npm ci --no-audit --no-fund
}

ensure_chromium() {
    if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return; fi
    step "apt-get install chromium chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
}

# The page tests' engines (tests/e2e/engines.mjs): Chromium, Firefox ESR (WebDriver BiDi),
# WebKitGTK's WebKitWebDriver and MiniBrowser under Xvfb, WPE WebKit's WPEWebDriver and cog
# (old WebKit, headless), CJK glyphs for Chinese pages, and pdftotext to read printed PDFs.
ensure_browsers() {
    local missing=()
    command -v chromium >/dev/null || missing+=(chromium)
    command -v chromedriver >/dev/null || missing+=(chromium-driver)
    command -v firefox-esr >/dev/null || missing+=(firefox-esr)
    command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
    command -v Xvfb >/dev/null || missing+=(xvfb)
    command -v WPEWebDriver >/dev/null || missing+=(wpewebkit-driver)
    command -v cog >/dev/null || missing+=(cog)
    dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
    command -v pdftotext >/dev/null || missing+=(poppler-utils)
    if [ ${#missing[@]} -eq 0 ]; then return; fi
    step "apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

setup() {
    ensure_wasm_target
    ensure_wasm_bindgen
    ensure_npm
}

# ---------------------------------------------------------------- build
build() {
    case "${1:-}" in -h | --help)
        echo "Usage: ./build.sh build   -- writes dist/index.html (self-contained) and dist/embed.js"
        return ;;
    esac
    setup
    # The dependencies' panic locations name their files under crates/, not under this
    # machine's cargo home: the same wasm on any machine.
    # (Not where that path has a space: cargo splits RUSTFLAGS on whitespace.)
    sources="${CARGO_HOME:-$HOME/.cargo}/registry/src"
    case "$sources" in
        *[[:space:]]*) remap="" ;;
        *) remap=" --remap-path-prefix=$sources=crates" ;;
    esac
    # No reference types: with them wasm-bindgen adds an externref table, and the wasm JIT
    # (BBQ) of Safari 16 / WPE WebKit 2.38 traps on that module ("Out of bounds table access").
    step "cargo build --profile wasm --target $WASM_TARGET (-reference-types; Cargo.toml says why opt-level z)"
    RUSTFLAGS="${RUSTFLAGS:-} -C target-feature=-reference-types$remap" \
        cargo build --profile wasm --target "$WASM_TARGET" --lib
    mkdir -p "$OUT"
    # The precompiled std still lists reference-types in its target_features section, which
    # makes wasm-bindgen want externref (wasm-bindgen#4716); drop the section.
    # --duplicate-function-elimination: one copy of each function that rustc emitted more
    # than once, byte for byte (0.3 KB of the gzipped page). Only that: see -Oz below.
    step "wasm-opt --strip-target-features --duplicate-function-elimination"
    node_modules/binaryen/bin/wasm-opt --strip-target-features --duplicate-function-elimination \
        "target/$WASM_TARGET/wasm/roi_gap.wasm" -o "$OUT/roi_gap_stripped.wasm"
    # Without the name and producers sections: nothing at the reader's end reads them.
    step "wasm-bindgen --target web --remove-name-section --remove-producers-section"
    wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
        --out-dir "$OUT" --out-name roi_gap "$OUT/roi_gap_stripped.wasm"
    # No wasm-opt -Oz after wasm-bindgen: WebKitGTK 2.50's concurrent wasm JIT corrupted
    # instances of the -Oz (and -Os) module, rarely, soon after compiling it ("Out of
    # bounds memory access" in chances(); 3 of 24 runs of 100 fresh instances, 12 of 23
    # with OMG off), and never the module as rustc and wasm-bindgen leave it (0 of 24);
    # JSC_useConcurrentJIT=0 made it go away too. That module is 40 KB larger, but
    # gzips smaller (206 KB against 212 KB), and in one benchmark run of each it was as
    # fast within the noise (five charts 2.3 against 2.5 ms median, chances() 3.7
    # against 3.5 ms, ready from file:// 128 against 121 ms).
    step "cargo build --release (CLI, for the no-JavaScript charts)"
    cargo build --release --quiet --bin roi-gap
    step "roi-gap noscript (the default charts as SVG, for readers without JavaScript)"
    target/release/roi-gap noscript >"$OUT/noscript.html"
    step "assemble dist/"
    node scripts/assemble.mjs "$OUT/roi_gap.js" "$OUT/roi_gap_bg.wasm" "$OUT/noscript.html" dist
    step "roi-gap preview dist/preview.png (the link preview card: the default gap chart)"
    target/release/roi-gap preview dist/preview.png
    # Chat apps and social sites want the preview image's full address: ROI_GAP_URL, the
    # address the page will be hosted at (e.g. https://example.org/roi-gap/), gives it.
    if [ -n "${ROI_GAP_URL:-}" ]; then
        sed -i "s|content=\"preview.png\"|content=\"${ROI_GAP_URL%/}/preview.png\"|" dist/index.html
    fi
    echo "dist/index.html: $(wc -c <dist/index.html) bytes, $(gzip -9c dist/index.html | wc -c) gzipped"
}

# ---------------------------------------------------------------- serve
serve() {
    local port=8080
    while [ $# -gt 0 ]; do
        case "$1" in
            -p | --port) port="$2"; shift 2 ;;
            -h | --help) echo "Usage: ./build.sh serve [-p PORT]   -- build, then serve dist/ on 127.0.0.1"; return ;;
            *) echo "serve: unknown option $1" >&2; exit 2 ;;
        esac
    done
    build
    step "serving dist/ at http://127.0.0.1:$port/ (Ctrl-C stops)"
    python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
}

# ---------------------------------------------------------------- test
run_tests() {
    case "${1:-}" in -h | --help)
        echo "Usage: ./build.sh test   -- fmt, clippy (native and wasm), doc links, native tests, wasm tests,"
        echo "  page tests in Chromium, Firefox, WebKit and WPE WebKit 2.38"
        return ;;
    esac
    setup
    ensure_chromium
    step "cargo fmt --check"
    cargo fmt --check
    step "cargo clippy -D warnings (native, then wasm)"
    cargo clippy --all-targets --quiet -- -D warnings
    cargo clippy --target "$WASM_TARGET" --lib --test web --quiet -- -D warnings
    step "cargo doc -D warnings (the library's docs: no broken links)"
    RUSTDOCFLAGS="${RUSTDOCFLAGS:-} -D warnings" cargo doc --no-deps --lib --quiet
    step "cargo test (native)"
    cargo test --quiet
    step "wasm-bindgen-test in headless Chromium"
    CHROMEDRIVER=$(command -v chromedriver) \
        CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
        cargo test --target "$WASM_TARGET" --test web
    build
    ensure_browsers
    step "page tests in Chromium, Firefox, WebKit and WPE WebKit 2.38 (tests/e2e/run.mjs; ROI_GAP_ENGINES picks engines)"
    node tests/e2e/run.mjs
}

# ---------------------------------------------------------------- bench
bench() {
    case "${1:-}" in -h | --help)
        echo "Usage: ./build.sh bench [--events N] [--json FILE] [--cold]"
        echo "  builds, then prints the model micro-benchmark and the page benchmark tables:"
        echo "  real pointer drags on a desktop and a phone profile (4x CPU) vs Chart.js, Observable"
        echo "  Plot and a no-chart floor, cold start and sizes (--cold: the cold starts alone)"
        return ;;
    esac
    build
    ensure_chromium
    step "model micro-benchmark (native)"
    cargo bench --quiet --bench model
    step "page benchmark (headless Chromium): ROI Gap vs Chart.js vs Observable Plot"
    node bench/page.mjs "$@"
}

# ---------------------------------------------------------------- fuzz
fuzz() {
    local seconds=60
    case "${1:-}" in
        -h | --help)
            echo "Usage: ./build.sh fuzz [SECONDS]   -- fuzz parse -> evaluate -> write (default 60 s)"
            echo "  Findings land in fuzz/artifacts/scenario/; keep each in fuzz/regressions/"
            echo "  (checked by tests/fuzz_regressions.rs) once fixed."
            return ;;
        "") ;;
        *) seconds="$1" ;;
    esac
    if ! command -v cargo-fuzz >/dev/null; then
        step "cargo install cargo-fuzz"
        cargo install cargo-fuzz
    fi
    # cargo-fuzz needs nightly flags (sanitizers); this machine has only stable Rust.
    step "cargo fuzz run scenario for ${seconds}s"
    RUSTC_BOOTSTRAP=1 cargo fuzz run scenario fuzz/corpus/scenario fuzz/regressions -- \
        -max_total_time="$seconds" -max_len=4096
}

cmd="${1:-build}"
[ $# -gt 0 ] && shift
case "$cmd" in
    build) build "$@" ;;
    serve) serve "$@" ;;
    test) run_tests "$@" ;;
    bench) bench "$@" ;;
    fuzz) fuzz "$@" ;;
    setup) setup; ensure_browsers ;;
    -h | --help | help) usage ;;
    *) usage >&2; exit 2 ;;
esac
