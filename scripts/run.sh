#!/usr/bin/env bash
# Sets up, builds and opens Respond. Data lives in the OS app-data folder
# (~/.local/share/respond on Linux) unless RESPOND_DATA_DIR says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec "${CARGO_TARGET_DIR:-target}/debug/respond-desktop"
