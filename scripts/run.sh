#!/usr/bin/env bash
# Sets up, builds and opens Respond as trainers get it: the release build, without the
# Web Inspector. Data lives in the OS app-data folder (~/.local/share/respond on Linux)
# unless RESPOND_DATA_DIR says otherwise. Developers: scripts/dev.sh builds faster.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
ui/node_modules/.bin/tauri build --no-bundle --ci
exec "${CARGO_TARGET_DIR:-target}/release/respond-desktop"
