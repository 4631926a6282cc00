#!/usr/bin/env bash
# Builds the desktop app with its UI embedded (not a dev server), and the bare Tauri app
# the startup benchmark compares it with. Output: $CARGO_TARGET_DIR/debug/respond-desktop
# (target/debug/respond-desktop when CARGO_TARGET_DIR is not set).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
tauri=$PWD/ui/node_modules/.bin/tauri

"$tauri" build --debug --no-bundle --ci
(cd bench/hello-tauri && "$tauri" build --debug --no-bundle --ci)
