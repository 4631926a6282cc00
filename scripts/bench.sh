#!/usr/bin/env bash
# Measures the release build trainers run: each benchmark beside its reference in the same
# run (this machine's speed varies, ratios do not), then writes the table to
# target/bench/bench.md and bench.json. Builds release once (about 15 minutes on 2 cores
# from nothing), then measures for about 10. Needs a display or Xvfb for the start-up bench.
set -euo pipefail
cd "$(dirname "$0")/.."
# LibreOffice Writer is the certificates' reference, sqlite3 the exports'.
scripts/setup.sh libreoffice-writer-nogui python3
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
target=${CARGO_TARGET_DIR:-$PWD/target}
bin=$target/release
out=$target/bench
tauri=$PWD/ui/node_modules/.bin/tauri

say "Building release: the app, the bare Tauri app and the command line"
"$tauri" build --no-bundle --ci
(cd bench/hello-tauri && "$tauri" build --no-bundle --ci)
cargo build --release --locked -p respond --bin respond

mkdir -p "$out"
rm -f "$out"/*.json "$out"/bench.md
bench() { "$bin/respond" --lang en bench "$@"; }

say "Start-up and idle memory: Respond vs a bare Tauri app"
xvfb-run -a -s "-screen 0 1280x800x24" "$bin/respond" --lang en bench startup \
  --app "$bin/respond-desktop" --reference "$bin/hello-tauri" --runs 9 --json "$out/startup.json"
say "Certificates and handouts vs LibreOffice"
bench pdf --runs 5 --json "$out/pdf.json"
for n in 10000 100000; do
  say "Results page and long CSV vs sqlite3, $n participants"
  bench results --participants "$n" --runs 3 --json "$out/results-$n.json"
done

python3 - "$out" <<'PY'
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
records = [json.loads(p.read_text()) for p in sorted(out.glob("*.json")) if p.name != "bench.json"]
(out / "bench.json").write_text(json.dumps(records, indent=2))
def value(c):
    return {"ratio": f"{c['value']:.2f}×", "mb": f"{c['value']:.0f} MB",
            "persecond": f"{c['value']:.0f}/s"}[c["unit"]]
def target(c):
    t = c["target"]
    if t == "none":
        return "—"
    (kind, bound), = t.items()
    unit = "MB" if c["unit"] == "mb" else "×"
    return ("≤ " if kind == "at_most" else "≥ ") + f"{bound:g} {unit}".replace(" ×", "×")
rows = ["| Benchmark | Build | Set-up | Figure | Value | Target | Met |",
        "|---|---|---|---|---|---|---|"]
for r in records:
    for c in r["checks"]:
        met = "yes" if c["met"] else "**no**"
        if c["target"] == "none":
            met = ""
        rows.append(f"| {r['bench']} | {r['build']} | {r['setup']} | {c['name']} | {value(c)} | {target(c)} | {met} |")
rows += ["", "| Benchmark | Set-up | Measured | Median (ms) | Runs (ms) |", "|---|---|---|---|---|"]
for r in records:
    for s in r["samples"]:
        runs = " ".join(f"{t:.0f}" for t in s["runs_ms"])
        rows.append(f"| {r['bench']} | {r['setup']} | {s['name']} | {s['median_ms']:.0f} | {runs} |")
(out / "bench.md").write_text("\n".join(rows) + "\n")
print("\n".join(rows))
PY
say "Written: $out/bench.md and $out/bench.json"
