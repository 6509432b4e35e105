#!/usr/bin/env bash
# `cbw layers` (the layer designer's pkgdata path: per-layer sizes, cache keys, unresolved
# RDEPENDS) against what does the same job today, on a generated build directory whose pkgdata
# holds 10,000 runtime packages:
#   oe-pkgdata-util                   the real tool (openembedded-core scripts/) is not in
#                                     Debian 12 (no bitbake or openembedded-core package), so
#                                     it is not run; its logic is the next row
#   pkgdata-layers.py (bench/)        by hand with oe-pkgdata-util's logic: every runtime/<pkg>
#                                     read, "KEY: value" lines, FILES_INFO json-loaded, sizes per
#                                     layer, RDEPENDS no earlier layer provides
#   cat runtime/*                     reading the bytes: the floor
# plus the peak RSS of `cbw layers` per FILES_INFO entry. Before timing, the per-layer sizes
# and unresolved RDEPENDS of the Python script and of `cbw layers --json` must be equal, or
# the script stops. All runs are warm-cache; each figure is the median of BENCH_RUNS runs
# (default 3) after one warm-up run. Ratios are cbw layers / that command (below 1: cbw is
# faster).
#
# The build directory (tmp/pkgdata/qemux86-64 with ~200k FILES_INFO entries, conf/local.conf,
# an image recipe with three packages layers naming ~300 packages) is generated once by
# bench/make-pkgdata.py under build/bench-data/pkgdata-10k and reused; it is regenerated when
# make-pkgdata.py changes.
#
# usage: bench/bench-layers.sh             (builds a Release cbw in $BUILD_DIR)
#   BUILD_DIR   default build/bench         BENCH_RUNS   default 3
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${BUILD_DIR:-build/bench}
runs=${BENCH_RUNS:-3}
data=$root/build/bench-data
big=$data/pkgdata-10k
tiny=$data/pkgdata-100
work=$data/bench-layers
by_hand=$root/bench/pkgdata-layers.py

for tool in python3 cat /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench-layers: $tool missing (run scripts/setup-deps.sh)" >&2; exit 2; }
done
mkdir -p "$work"

# ---------------------------------------------------------------- build directories (cached)
stamp=$(sha256sum bench/make-pkgdata.py | cut -c1-16)
generate() { # generate DIR PACKAGES FILES LAYER_SIZES
  local out=$1
  shift
  [[ -f $out/.bench-stamp && $(cat "$out/.bench-stamp") == "$stamp" ]] && return
  echo "bench-layers: generating $out (once)..."
  rm -rf "$out"
  python3 bench/make-pkgdata.py "$out" "$@" >"$work/generate.log" || { cat "$work/generate.log" >&2; exit 1; }
  cat "$work/generate.log"
  echo "$stamp" >"$out/.bench-stamp"
}
generate "$big" 10000 200000 40,160,100
generate "$tiny" 100 2000 5,10,5
recipe=$big/app-bench-image.bb
runtime=$big/tmp/pkgdata/qemux86-64/runtime

if [[ ! -f $build/build.ninja ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCBW_BUILD_TESTS=OFF >"$work/configure.log" 2>&1 ||
    { cat "$work/configure.log" >&2; exit 1; }
fi
cmake --build "$build" -j "$(nproc)" --target cbw >"$work/build.log" 2>&1 ||
  { cat "$work/build.log" >&2; exit 1; }
cbw=$root/$build/src/cli/cbw

# ---------------------------------------------------------------- the outputs agree
"$cbw" layers --recipe "$recipe" --build-dir "$big" --json >"$work/cbw.json" ||
  { echo "bench-layers: cbw layers failed" >&2; exit 1; }
python3 "$by_hand" "$recipe" "$big" --json >"$work/by-hand.json"
python3 - "$work/cbw.json" "$work/by-hand.json" >"$work/agree.txt" <<'EOF' ||
import json, sys
cbw, hand = (json.load(open(p)) for p in sys.argv[1:3])
errors = []
if len(cbw['layers']) != len(hand['layers']):
    errors.append(f"{len(cbw['layers'])} layers in cbw, {len(hand['layers'])} by hand")
for c, h in zip(cbw['layers'], hand['layers']):
    if c['name'] != h['name'] or c['predictedSize'] != h['size']:
        errors.append(f"layer {c['name']}: cbw {c['predictedSize']} bytes, "
                      f"by hand {h['name']} {h['size']} bytes")
    if sorted(c['unresolvedDependencies']) != sorted(h['unresolved']):
        only_c = sorted(set(c['unresolvedDependencies']) - set(h['unresolved']))
        only_h = sorted(set(h['unresolved']) - set(c['unresolvedDependencies']))
        errors.append(f"layer {c['name']}: unresolved RDEPENDS differ; only cbw: {only_c[:5]}, "
                      f"only by hand: {only_h[:5]}")
if cbw['packageCount'] != hand['packages']:
    errors.append(f"cbw read {cbw['packageCount']} packages, by hand {hand['packages']}")
if any(d['severity'] == 'error' for d in cbw['diagnostics']):
    errors.append('cbw reported errors: ' + '; '.join(
        d['message'] for d in cbw['diagnostics'] if d['severity'] == 'error'))
if errors:
    print('\n'.join(errors), file=sys.stderr)
    sys.exit(1)
print('outputs agree: sizes ' + ', '.join(f"{h['name']}={h['size']}" for h in hand['layers'])
      + f"; unresolved RDEPENDS {'/'.join(str(len(h['unresolved'])) for h in hand['layers'])}"
      + '; cache keys ' + ' '.join(c['cache']['key'] for c in cbw['layers'] if c['cache']))
EOF
  { echo "bench-layers: cbw layers and pkgdata-layers.py DISAGREE (outputs in $work)" >&2; exit 1; }

# ---------------------------------------------------------------- timing
# Wall seconds and CPU seconds (user + sys of everything the command ran): on a shared machine
# wall time is noisy, CPU time shows the work done.
seconds() { # runs "$@" once in a subshell, prints "WALL CPU"
  (
    start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 || exit 1
    end=$EPOCHREALTIME
    # A forked subshell starts with zero child times, so this is the command's CPU alone.
    times >"$work/times.txt" # a builtin with a redirection: no fork that would reset the times
    tail -1 "$work/times.txt" | awk -v s="$start" -v e="$end" '
      function secs(t) { split(t, p, "m"); sub("s", "", p[2]); return p[1] * 60 + p[2] }
      { printf "%.3f %.3f\n", e - s, secs($1) + secs($2) }'
  ) || { echo "bench-layers: failed: $*" >&2; exit 1; }
}
measure() { # measure CMD... -> "MEDIAN_WALL MEDIAN_CPU"
  local results=() i
  seconds "$@" >/dev/null # warm-up
  for ((i = 0; i < runs; i++)); do
    results+=("$(seconds "$@")")
  done
  printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
print("%.3f %.3f" % (statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)))'
}
read_bytes() { (cd "$runtime/.." && cat runtime/*); }

t_cbw=$(measure "$cbw" layers --recipe "$recipe" --build-dir "$big")
t_hand=$(measure python3 "$by_hand" "$recipe" "$big")
t_cat=$(measure read_bytes)

rss() { # rss BUILDDIR CMD... -> median peak RSS in KiB of three runs
  local i
  for i in 1 2 3; do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 2p
}
rss_cbw=$(rss "$cbw" layers --recipe "$recipe" --build-dir "$big")
rss_tiny=$(rss "$cbw" layers --recipe "$tiny/app-bench-image.bb" --build-dir "$tiny")
rss_hand=$(rss python3 "$by_hand" "$recipe" "$big")

entries() { # FILES_INFO entries, .packaged markers and bytes under runtime/
  python3 - "$1" <<'EOF'
import json, os, sys
runtime = sys.argv[1]
entries = packaged = size = 0
for name in os.listdir(runtime):
    path = os.path.join(runtime, name)
    size += os.path.getsize(path)
    if name.endswith('.packaged'):
        packaged += 1
        continue
    with open(path) as f:
        for line in f:
            if line.startswith('FILES_INFO'):
                entries += len(json.loads(line.split(': ', 1)[1].encode().decode('unicode_escape')))
print(entries, packaged, size)
EOF
}
read -r big_entries big_packaged big_bytes < <(entries "$runtime")
read -r tiny_entries _ _ < <(entries "$tiny/tmp/pkgdata/qemux86-64/runtime")
layer_items=$(python3 -c 'import json, sys
print("/".join(str(len(l["items"])) for l in json.load(open(sys.argv[1]))["layers"]))' "$work/cbw.json")
packages=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["packageCount"])' "$work/cbw.json")

python3 - $t_cbw $t_hand $t_cat "$rss_cbw" "$rss_tiny" "$rss_hand" "$big_entries" \
  "$tiny_entries" "$packages" "$big_packaged" "$big_bytes" "$layer_items" "$runs" <<'EOF'
import sys
cbw, cbw_cpu, hand, hand_cpu, cat, cat_cpu = map(float, sys.argv[1:7])
rss_cbw, rss_tiny, rss_hand, entries, tiny_entries, packages, packaged, size = map(int, sys.argv[7:15])
layer_items, runs = sys.argv[15], int(sys.argv[16])
print(f"pkgdata: {packages} runtime packages ({packaged} packaged), {entries} FILES_INFO entries, "
      f"{size / 1e6:.0f} MB in runtime/; 3 packages layers of {layer_items} items; "
      f"median of {runs} warm runs")
print(f"{'command':<34}{'wall s':>8}{'ratio':>9}{'cpu s':>8}{'ratio':>9}")
rows = [('cbw layers', cbw, cbw_cpu), ('pkgdata-layers.py (by hand)', hand, hand_cpu),
        ('cat runtime/* (floor)', cat, cat_cpu)]
for name, t, c in rows:
    print(f"{name:<34}{t:>8.3f}{cbw / t:>8.2f}x{c:>8.3f}{cbw_cpu / c:>8.2f}x")
print(f"{'oe-pkgdata-util':<34}{'not in Debian 12: not run':>34}")
print("ratio = cbw layers / that command (below 1: cbw is faster)")
per_entry = (rss_cbw - rss_tiny) * 1024 / (entries - tiny_entries)
print(f"peak RSS cbw layers: {rss_cbw} KiB (100-package pkgdata {rss_tiny} KiB) -> "
      f"{per_entry:.0f} bytes per FILES_INFO entry; pkgdata-layers.py: {rss_hand} KiB")
EOF
cat "$work/agree.txt"
