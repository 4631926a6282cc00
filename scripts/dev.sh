#!/usr/bin/env bash
# For developers: the debug build the tests drive (quicker to build), then opens it.
# Trainers use scripts/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec "${CARGO_TARGET_DIR:-target}/debug/respond-desktop"
