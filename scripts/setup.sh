#!/usr/bin/env bash
# Installs what Respond needs to build and test, and only what is missing:
# Debian/Ubuntu packages (WebKitGTK, its WebDriver, OpenSSL for SQLCipher, Xvfb, Xorg's dummy
# driver for the two-screen presenter test, poppler,
# LibreOffice Calc, PSPP and R for the export tests, PostgreSQL for the pool's), npm packages and
# tauri-driver. Packages named as arguments are installed too (scripts/bench.sh asks for its
# references). Safe to run again. Needs root or sudo for the system packages.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

packages=(libwebkit2gtk-4.1-dev webkit2gtk-driver libayatana-appindicator3-dev librsvg2-dev
  build-essential pkg-config libssl-dev file xvfb xauth x11-apps xserver-xorg-core
  xserver-xorg-video-dummy x11-xserver-utils imagemagick poppler-utils sqlite3
  libreoffice-calc-nogui pspp r-base-core postgresql "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "Installing system packages: ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null; then
  [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
fi
command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2; exit 1; }
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Node.js 20 or newer is needed (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

npm_install() {
  # Only when the lock file changed since the last install. Not `npm ci`: it insists on
  # lock entries for the Tauri CLI's binaries of other platforms, which npm leaves out.
  local dir=$1
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.respond-lock"; then
    say "Installing npm packages in $dir"
    (cd "$dir" && npm install --no-save --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$dir/node_modules/.respond-lock"
  fi
}
npm_install ui
npm_install tests/e2e

if ! command -v tauri-driver >/dev/null && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  say "Installing tauri-driver"
  cargo install tauri-driver --locked --version 2.1.0
fi
