#!/usr/bin/env bash
# `cbw inspect` against the tools that read the same layers, on one large image made by umoci:
#   umoci unpack                      what people do today to look inside an image
#   sha256sum + tar -tzvf             hash every blob, list every layer with GNU tar
#   inflate_pass (bench/)             libarchive decompress + tar read, no hashing: the floor
# plus the peak RSS of `cbw inspect` per tar entry. All runs are warm-cache; each figure is the
# median of BENCH_RUNS runs (default 3) after one warm-up run.
#
# The image (>= 300 MB uncompressed, >= 10k entries, 4 layers with deletions) is generated once
# under build/bench-data and reused; delete that folder to regenerate it.
#
# usage: bench/bench-inspect.sh            (builds a Release cbw + inflate_pass in $BUILD_DIR)
#   BUILD_DIR   default build/bench         BENCH_RUNS   default 3
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${BUILD_DIR:-build/bench}
runs=${BENCH_RUNS:-3}
data=$root/build/bench-data
image=$data/inspect-image
tiny=$data/tiny-image
rootless=()
[[ $(id -u) -eq 0 ]] || rootless=(--rootless)

for tool in umoci python3 sha256sum tar /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench-inspect: $tool missing (run scripts/setup-deps.sh)" >&2; exit 2; }
done

# ---------------------------------------------------------------- image generation (cached)
generate_image() {
  local out=$1 scale=$2
  rm -rf "$out" "$out.work"
  mkdir -p "$out.work"
  umoci init --layout "$out"
  umoci new --image "$out:base"
  umoci unpack "${rootless[@]}" --image "$out:base" "$out.work/bundle" >/dev/null
  local rootfs=$out.work/bundle/rootfs
  for step in 1 2 3 4; do
    python3 - "$rootfs" "$step" "$scale" <<'EOF'
import base64, os, random, shutil, sys

root, step, scale = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
rng = random.Random(20261128 + step)
words = [''.join(rng.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(rng.randint(2, 10)))
         for _ in range(4000)]

def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)

def text(size):
    out, n = [], 0
    while n < size:
        w = rng.choice(words)
        out.append(w)
        n += len(w) + 1
    return (' '.join(out)[:size]).encode()

def small_files(prefix, count):
    for i in range(int(count * scale)):
        write(f'{root}/{prefix}/d{i // 60:04d}/file{i:06d}.txt', text(rng.randint(60, 7000)))

def random_files(prefix, count, size):
    for i in range(int(count * scale)):
        write(f'{root}/{prefix}/blob{i:04d}.bin', os.urandom(size))

if step == 1:      # a distribution: many small files and some binaries
    small_files('usr/share', 8000)
    random_files('usr/lib', 12, 2_500_000)
elif step == 2:    # a large incompressible payload
    random_files('opt/data', 40, 4_000_000)
elif step == 3:    # an update: new and modified files, deleted files and directories
    small_files('usr/share/extra', 3000)
    for i in range(0, int(8000 * scale), 16):
        write(f'{root}/usr/share/d{i // 60:04d}/file{i:06d}.txt', text(500))
    for d in range(0, int(8000 * scale) // 60, 25):
        shutil.rmtree(f'{root}/usr/share/d{d:04d}', ignore_errors=True)
    for i in range(1, int(8000 * scale), 29):
        p = f'{root}/usr/share/d{i // 60:04d}/file{i:06d}.txt'
        if os.path.exists(p):
            os.remove(p)
    random_files('var/cache', 15, 4_000_000)
else:              # the application: compressible-ish data and more small files
    small_files('app/assets', 2000)
    for i in range(int(25 * scale)):
        write(f'{root}/app/data/chunk{i:03d}.b64', base64.b64encode(os.urandom(1_500_000)))
EOF
    umoci repack --refresh-bundle --image "$out:layer$step" "$out.work/bundle" >/dev/null
  done
  # Keep one tag so the layout needs no PATH:TAG.
  for t in base layer1 layer2 layer3; do umoci rm --image "$out:$t"; done
  umoci gc --layout "$out"
  rm -rf "$out.work"
}

stamp=v1
if [[ ! -f $image/.bench-stamp || $(cat "$image/.bench-stamp") != "$stamp" ]]; then
  echo "bench-inspect: generating the benchmark image under $image (once)..."
  generate_image "$image" 1
  echo "$stamp" >"$image/.bench-stamp"
fi
if [[ ! -f $tiny/.bench-stamp ]]; then
  generate_image "$tiny" 0.002
  echo "$stamp" >"$tiny/.bench-stamp"
fi

if [[ ! -f $build/build.ninja ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCBW_BUILD_TESTS=OFF >"$data/configure.log" 2>&1 ||
    { cat "$data/configure.log" >&2; exit 1; }
fi
cmake --build "$build" -j "$(nproc)" --target cbw inflate_pass >"$data/build.log" 2>&1 ||
  { cat "$data/build.log" >&2; exit 1; }
cbw=$root/$build/src/cli/cbw
inflate=$root/$build/bench/inflate_pass

# Layer blobs in manifest order.
layers() {
  python3 - "$1" <<'EOF'
import json, os, sys
layout = sys.argv[1]
blob = lambda d: os.path.join(layout, 'blobs', 'sha256', d.split(':')[1])
index = json.load(open(os.path.join(layout, 'index.json')))
manifest = json.load(open(blob(index['manifests'][0]['digest'])))
for layer in manifest['layers']:
    print(blob(layer['digest']))
EOF
}
mapfile -t blobs < <(layers "$image")

# ---------------------------------------------------------------- timing
# Wall seconds and CPU seconds (user + sys of everything the command ran): on a shared machine
# wall time is noisy, CPU time shows the work done.
seconds() { # runs "$@" once in a subshell, prints "WALL CPU"
  (
    start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 || exit 1
    end=$EPOCHREALTIME
    # A forked subshell starts with zero child times, so this is the command's CPU alone.
    times >"$data/times.txt" # a builtin with a redirection: no fork that would reset the times
    tail -1 "$data/times.txt" | awk -v s="$start" -v e="$end" '
      function secs(t) { split(t, p, "m"); sub("s", "", p[2]); return p[1] * 60 + p[2] }
      { printf "%.3f %.3f\n", e - s, secs($1) + secs($2) }'
  ) || { echo "bench-inspect: failed: $*" >&2; exit 1; }
}
measure() { # measure SETUP_FN CMD... -> "MEDIAN_WALL MEDIAN_CPU"; SETUP_FN runs untimed
  local setup=$1 results=() i
  shift
  $setup
  seconds "$@" >/dev/null # warm-up
  for ((i = 0; i < runs; i++)); do
    $setup
    results+=("$(seconds "$@")")
  done
  printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
print("%.3f %.3f" % (statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)))'
}
nothing() { :; }
unpack_dir=$data/unpack
clean_unpack() { rm -rf "$unpack_dir"; }
umoci_unpack() { umoci unpack "${rootless[@]}" --image "$image:layer4" "$unpack_dir"; }
hash_and_list() {
  sha256sum "$image"/blobs/sha256/* >/dev/null
  local b
  for b in "${blobs[@]}"; do tar -tzvf "$b" >/dev/null; done
}

read -r entries _ < <("$inflate" "${blobs[@]}")
uncompressed=$(python3 -c 'import sys,gzip,os
n=0
for p in sys.argv[1:]:
    with gzip.open(p) as f:
        while True:
            b=f.read(1<<20)
            if not b: break
            n+=len(b)
print(n)' "${blobs[@]}")
compressed=$(du -cb "${blobs[@]}" | tail -1 | cut -f1)

t_cbw=$(measure nothing "$cbw" inspect "$image")
t_umoci=$(measure clean_unpack umoci_unpack)
clean_unpack
t_tar=$(measure nothing hash_and_list)
t_inflate=$(measure nothing "$inflate" "${blobs[@]}")

rss() { # median peak RSS in KiB of three runs
  local i
  for i in 1 2 3; do /usr/bin/time -f %M "$cbw" inspect "$1" 2>&1 >/dev/null | tail -1; done |
    sort -n | sed -n 2p
}
rss_big=$(rss "$image")
rss_tiny=$(rss "$tiny")

python3 - $t_cbw $t_umoci $t_tar $t_inflate "$rss_big" "$rss_tiny" "$entries" \
  "$uncompressed" "$compressed" "${#blobs[@]}" "$runs" <<'EOF'
import sys
cbw, cbw_cpu, umoci, umoci_cpu, tar, tar_cpu, inflate, inflate_cpu = map(float, sys.argv[1:9])
rss_big, rss_tiny, entries, unc, comp, layers, runs = map(int, sys.argv[9:16])
print(f"image: {layers} layers, {entries} tar entries, {unc / 1e6:.0f} MB uncompressed, "
      f"{comp / 1e6:.0f} MB compressed; median of {runs} warm runs")
print(f"{'command':<34}{'wall s':>8}{'ratio':>9}{'cpu s':>8}{'ratio':>9}")
rows = [('cbw inspect', cbw, cbw_cpu), ('umoci unpack', umoci, umoci_cpu),
        ('sha256sum + tar -tzvf', tar, tar_cpu),
        ('inflate_pass (libarchive floor)', inflate, inflate_cpu)]
for name, t, c in rows:
    print(f"{name:<34}{t:>8.3f}{t / cbw:>8.2f}x{c:>8.3f}{c / cbw_cpu:>8.2f}x")
print("ratio = that command / cbw inspect (above 1: cbw is faster)")
per_entry = (rss_big - rss_tiny) * 1024 / entries
print(f"peak RSS cbw inspect: {rss_big} KiB (tiny image {rss_tiny} KiB) "
      f"-> {per_entry:.0f} bytes per tar entry")
ok = lambda b: 'met' if b else 'MISSED'
print(f"target >= 5x faster than umoci unpack: {umoci / cbw:.2f}x  {ok(umoci / cbw >= 5)}")
print(f"target <= 1.25x the inflate pass:      {cbw / inflate:.2f}x  {ok(cbw / inflate <= 1.25)}"
      f"  (cpu: {cbw_cpu / inflate_cpu:.2f}x)")
print(f"target <= 150 bytes per entry:         {per_entry:.0f}  {ok(per_entry <= 150)}")
EOF
