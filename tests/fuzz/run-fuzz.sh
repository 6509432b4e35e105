#!/usr/bin/env bash
# Builds the core with clang + libFuzzer + ASan/UBSan and fuzzes TARGET (default
# fuzz_bitbake_document) for SECONDS (default 120). The BitBake target is seeded with the test
# corpus, fuzz_oci_layer with small layer tars (whiteouts, opaque directory, links, "../")
# and layout JSON generated here. A crash, a leak or an input slower than 10 s leaves crash-*,
# leak-* or timeout-* files in build/fuzz/.
#   usage: run-fuzz.sh [SECONDS] [TARGET]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-120}
target=${2:-fuzz_bitbake_document}
case "$target" in
fuzz_bitbake_document | fuzz_oci_layer) ;;
*)
  echo "run-fuzz.sh: unknown target '$target' (fuzz_bitbake_document, fuzz_oci_layer)" >&2
  exit 2
  ;;
esac
CBW_SETUP_EXTRA="clang libclang-rt-14-dev" bash scripts/setup-deps.sh
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCBW_FUZZ=ON -DCBW_BUILD_TESTS=OFF
cmake --build build/fuzz -j "$(nproc)" --target "$target"
if [ "$target" = fuzz_bitbake_document ]; then
  work=build/fuzz/corpus
  mkdir -p "$work"
  find tests/data/corpus -type f -exec cp {} "$work/" \;
  max_len=4096
else
  work=build/fuzz/corpus-oci
  mkdir -p "$work"
  python3 - "$work" <<'PY'
import gzip, hashlib, io, json, os, sys, tarfile

out = sys.argv[1]

def entry(name, kind="f", data=b"", link="", mode=None):
    info = tarfile.TarInfo(name)
    info.mtime = 1700000000
    if kind == "d":
        info.type, info.mode = tarfile.DIRTYPE, mode or 0o755
    elif kind == "l":
        info.type, info.linkname, info.mode = tarfile.SYMTYPE, link, 0o777
    elif kind == "h":
        info.type, info.linkname, info.mode = tarfile.LNKTYPE, link, 0o644
    elif kind == "p":
        info.type, info.mode = tarfile.FIFOTYPE, 0o600
    else:
        info.size, info.mode = len(data), 0o644 if mode is None else mode
    return info, data

def tar(entries, fmt=tarfile.PAX_FORMAT):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=fmt) as archive:
        for info, data in entries:
            archive.addfile(info, io.BytesIO(data) if data else None)
    return buffer.getvalue()

def save(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)

def digest(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()

basic = tar([entry("etc", "d"), entry("etc/passwd", data=b"root:x:0:0\n"),
             entry("bin/sh", "l", link="/bin/busybox"), entry("bin/busybox", data=b"\x7fELF"),
             entry("bin/ash", "h", link="bin/busybox"), entry("dev/fifo", "p")])
save("basic.tar", basic)
save("basic.tar.gz", gzip.compress(basic, mtime=0))
save("whiteouts.tar", tar([entry("etc/.wh.passwd", mode=0), entry("bin/.wh..wh..opq", mode=0),
                           entry("bin/new", data=b"new"), entry(".wh.dev", mode=0)]))
save("dotdot.tar", tar([entry("./a/../../escape", data=b"x"), entry("a/b", "h", link="../x")]))
save("gnu-longname.tar", tar([entry("d/" + "n" * 120, data=b"long"),
                              entry("d/link", "l", link="/" + "t" * 120)], tarfile.GNU_FORMAT))
save("ustar-dirs.tar", tar([entry("./", "d"), entry("./a//b/", "d"), entry("a/b/c", data=b"c"),
                            entry("a/b", data=b"file over dir")], tarfile.USTAR_FORMAT))

config = json.dumps({"architecture": "amd64", "os": "linux",
                     "config": {"Env": ["PATH=/bin"], "Cmd": ["/bin/sh"], "Labels": {"a": "b"}},
                     "rootfs": {"type": "layers", "diff_ids": [digest(basic)]},
                     "history": [{"created_by": "ENV A=1", "empty_layer": True},
                                 {"created_by": "ADD basic.tar /"}]}).encode()
save("config.json", config)
manifest = json.dumps({"schemaVersion": 2,
                       "mediaType": "application/vnd.oci.image.manifest.v1+json",
                       "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                                  "digest": digest(config), "size": len(config)},
                       "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar",
                                   "digest": digest(basic), "size": len(basic)}]}).encode()
save("manifest.json", manifest)
save("index.json", json.dumps({"schemaVersion": 2,
                               "mediaType": "application/vnd.oci.image.index.v1+json",
                               "manifests": [{"mediaType":
                                              "application/vnd.oci.image.manifest.v1+json",
                                              "digest": digest(manifest), "size": len(manifest),
                                              "platform": {"os": "linux", "architecture": "arm64",
                                                           "variant": "v8"},
                                              "annotations": {
                                                  "org.opencontainers.image.ref.name": "1.0"}}]
                               }).encode())
PY
  max_len=16384
fi
"build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix=build/fuzz/ "$work"
