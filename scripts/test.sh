#!/usr/bin/env bash
# Sets up and runs every test: content and locale validation, the UI's type checks and
# unit tests, the core's tests, then the startup benchmark and the end-to-end tests of the
# real built app under Xvfb.
set -euo pipefail
# No incremental caches: CI builds once, and they double the size of target/.
export CARGO_INCREMENTAL=0
cd "$(dirname "$0")/.."
scripts/setup.sh
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "Rust: formatting and clippy (warnings denied)"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings

say "UI: type check and unit tests"
(cd ui && npm run --silent check && npx vitest run)

# The regional pool's tests (core and end-to-end) use a real PostgreSQL server: a
# throwaway one, started here and stopped however the run ends.
pool_dir=$(mktemp -d)
pool_port=$((20000 + RANDOM % 20000))
trap 'scripts/postgres.sh stop "$pool_dir/pg"; rm -rf "$pool_dir"' EXIT
say "PostgreSQL for the regional pool's tests (127.0.0.1:$pool_port)"
scripts/postgres.sh start "$pool_dir/pg" "$pool_port"
export RESPOND_TEST_POOL_URL="postgresql://postgres@127.0.0.1:$pool_port/postgres"

say "Core: unit and integration tests"
cargo test -p respond --locked

say "Content and locales: respond validate"
cargo run -q -p respond --locked -- validate --lang en

say "Building the desktop app"
scripts/build.sh

say "Startup benchmark (Respond vs a bare Tauri app, same build)"
bin=${CARGO_TARGET_DIR:-target}/debug
xvfb-run -a -s "-screen 0 1280x800x24" "$bin/respond" --lang en bench startup --app "$bin/respond-desktop" --reference "$bin/hello-tauri" --runs 5

say "Results benchmark (Results page and long CSV export vs sqlite3's CSV export)"
# 10,000 people keep CI short on a debug build; `respond bench results` defaults to 100,000.
target/debug/respond --lang en bench results --participants 10000 --runs 3

say "End-to-end tests (tauri-driver + WebKitWebDriver under Xvfb)"
(cd tests/e2e && xvfb-run -a -s "-screen 0 1280x800x24" npm test --silent)
