#!/usr/bin/env bash
# Builds the OCI images the interop test reads, with the real tools: umoci writes the layers
# (per-file whiteouts, symlinks, hardlinks, special modes, devices), skopeo converts the result
# to oci-archive, docker-archive and zstd. umoci never writes an opaque whiteout, so that one
# layer is made by hand (python3 tarfile + the OCI JSON). The reference trees are what
# `umoci unpack` makes of the same images.
#
# usage: build-interop-images.sh OUTDIR      (OUTDIR must not exist or be empty)
set -euo pipefail

out=$1
mkdir -p "$out"
cd "$out"
for tool in umoci skopeo python3; do
  command -v "$tool" >/dev/null || { echo "build-interop-images: $tool is not installed (run scripts/setup-deps.sh)" >&2; exit 3; }
done
as_root=0
[[ $(id -u) -eq 0 ]] && as_root=1
rootless=()
((as_root)) || rootless=(--rootless)

umoci init --layout img
umoci new --image img:base
umoci unpack "${rootless[@]}" --image img:base bundle >/dev/null
r=bundle/rootfs

# Layer 1: every kind of entry and the special permission bits.
mkdir -p "$r/etc/dir/sub" "$r/gonedir/y" "$r/usr/bin" "$r/tmp2" "$r/srv/shared" "$r/becomes-link"
echo hi >"$r/etc/dir/a"
echo x >"$r/etc/dir/sub/b"
echo keep >"$r/keep"
echo gone >"$r/gone"
echo x >"$r/gonedir/x"
echo z >"$r/gonedir/y/z"
echo 'name with space' >"$r/etc/name with space ü"
head -c 100000 /dev/urandom >"$r/srv/random.bin"
echo su >"$r/usr/bin/su"
chmod 4755 "$r/usr/bin/su"
echo sg >"$r/usr/bin/sg"
chmod 2711 "$r/usr/bin/sg"
chmod 1777 "$r/tmp2"
chmod 2775 "$r/srv/shared"
echo secret >"$r/secret"
chmod 0600 "$r/secret"
echo becomes-dir >"$r/becomes-dir"
echo inside >"$r/becomes-link/inside"
ln -s ../keep "$r/etc/link"
ln -s /etc/dir "$r/abs-link"
ln -s does/not/exist "$r/dangling"
ln "$r/keep" "$r/hard"
mkfifo "$r/fifo"
if ((as_root)); then
  chown 1000:1000 "$r/secret"
  chown 33:44 "$r/srv/shared"
  mknod "$r/null" c 1 3
  mknod "$r/loop0" b 7 0
fi
umoci repack --refresh-bundle --image img:l1 bundle

# Layer 2: deletions (file, whole directory), a directory emptied and refilled, type changes,
# mode and content changes.
rm "$r/gone"
rm -r "$r/gonedir"
rm -r "$r/etc/dir"
mkdir "$r/etc/dir"
echo new >"$r/etc/dir/c"
rm "$r/becomes-dir"
mkdir "$r/becomes-dir"
echo now-a-dir >"$r/becomes-dir/f"
rm -r "$r/becomes-link"
ln -s /srv "$r/becomes-link"
chmod 0640 "$r/secret"
echo changed >>"$r/keep"
rm "$r/etc/link"
ln -s /keep "$r/etc/link"
umoci repack --refresh-bundle --image img:l2 bundle

# Layer 3, by hand: /etc/dir replaced wholesale with an opaque whiteout.
python3 - img l2 opaque <<'EOF'
import gzip, hashlib, io, json, os, sys, tarfile

layout, base_tag, new_tag = sys.argv[1:4]

def blob(data):
    digest = hashlib.sha256(data).hexdigest()
    with open(os.path.join(layout, 'blobs', 'sha256', digest), 'wb') as f:
        f.write(data)
    return 'sha256:' + digest

def read_blob(digest):
    with open(os.path.join(layout, 'blobs', 'sha256', digest.split(':')[1]), 'rb') as f:
        return f.read()

def entry(tar, name, kind, data=b'', mode=0o644):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.mode = mode
    info.size = len(data)
    info.mtime = 1700000000
    tar.addfile(info, io.BytesIO(data))

raw = io.BytesIO()
with tarfile.open(fileobj=raw, mode='w', format=tarfile.PAX_FORMAT) as tar:
    entry(tar, 'etc/dir', tarfile.DIRTYPE, mode=0o750)
    entry(tar, 'etc/dir/.wh..wh..opq', tarfile.REGTYPE, mode=0)
    entry(tar, 'etc/dir/only', tarfile.REGTYPE, b'only file left\n')
uncompressed = raw.getvalue()
compressed = gzip.compress(uncompressed, mtime=0)

index = json.load(open(os.path.join(layout, 'index.json')))
base = next(m for m in index['manifests']
            if m.get('annotations', {}).get('org.opencontainers.image.ref.name') == base_tag)
manifest = json.loads(read_blob(base['digest']))
config = json.loads(read_blob(manifest['config']['digest']))
config['rootfs']['diff_ids'].append('sha256:' + hashlib.sha256(uncompressed).hexdigest())
config.setdefault('history', []).append({'created_by': 'hand-made opaque whiteout layer'})
config_bytes = json.dumps(config).encode()
manifest['config'] = {'mediaType': manifest['config']['mediaType'],
                      'digest': blob(config_bytes), 'size': len(config_bytes)}
manifest['layers'].append({'mediaType': 'application/vnd.oci.image.layer.v1.tar+gzip',
                           'digest': blob(compressed), 'size': len(compressed)})
manifest_bytes = json.dumps(manifest).encode()
index['manifests'].append({'mediaType': base['mediaType'], 'digest': blob(manifest_bytes),
                           'size': len(manifest_bytes),
                           'annotations': {'org.opencontainers.image.ref.name': new_tag}})
with open(os.path.join(layout, 'index.json'), 'w') as f:
    json.dump(index, f)
EOF

umoci unpack "${rootless[@]}" --image img:l2 ref-l2 >/dev/null
umoci unpack "${rootless[@]}" --image img:opaque ref-opaque >/dev/null

# The same image through skopeo's local transports. umoci 0.4.7 cannot unpack zstd layers,
# so the zstd copy is compared with the unpack of the gzip image it was copied from.
copy() { skopeo --insecure-policy copy --quiet "$@"; }
copy oci:img:opaque oci:single
copy oci:img:opaque oci-archive:image.oci.tar:opaque
copy oci:img:opaque docker-archive:image.docker.tar:cbw/interop:opaque
copy --dest-compress-format zstd oci:img:opaque oci:zstd:opaque

# Tampered copies of the single-manifest layout. Each writes the blob a verifier must name.
python3 - single <<'EOF'
import hashlib, json, os, shutil, sys

src = sys.argv[1]

def path(layout, digest):
    return os.path.join(layout, 'blobs', 'sha256', digest.split(':')[1])

def write_blob(layout, data):
    digest = 'sha256:' + hashlib.sha256(data).hexdigest()
    with open(path(layout, digest), 'wb') as f:
        f.write(data)
    return digest

def tampered(name):
    dst = 'tampered-' + name
    shutil.copytree(src, dst)
    index = json.load(open(os.path.join(dst, 'index.json')))
    manifest = json.load(open(path(dst, index['manifests'][0]['digest'])))
    return dst, index, manifest

def save_manifest(dst, index, manifest):
    data = json.dumps(manifest).encode()
    index['manifests'][0]['digest'] = write_blob(dst, data)
    index['manifests'][0]['size'] = len(data)
    with open(os.path.join(dst, 'index.json'), 'w') as f:
        json.dump(index, f)

def expect(dst, what):
    with open(dst + '.expect', 'w') as f:
        f.write(what + '\n')

# A flipped byte inside the second layer's blob (the digest file name no longer matches).
dst, index, manifest = tampered('layer-byte')
layer = manifest['layers'][1]
with open(path(dst, layer['digest']), 'r+b') as f:
    f.seek(layer['size'] // 2)
    byte = f.read(1)
    f.seek(layer['size'] // 2)
    f.write(bytes([byte[0] ^ 0x01]))
expect(dst, layer['digest'])

# The manifest claims a wrong size for the second layer (a correctly digested manifest).
dst, index, manifest = tampered('layer-size')
layer = manifest['layers'][1]
layer['size'] += 1
save_manifest(dst, index, manifest)
expect(dst, layer['digest'])

# The config lists a wrong diff_id for the second layer (config and manifest re-digested).
dst, index, manifest = tampered('diff-id')
config = json.load(open(path(dst, manifest['config']['digest'])))
wrong = 'sha256:' + hashlib.sha256(b'not the layer').hexdigest()
config['rootfs']['diff_ids'][1] = wrong
data = json.dumps(config).encode()
manifest['config']['digest'] = write_blob(dst, data)
manifest['config']['size'] = len(data)
save_manifest(dst, index, manifest)
expect(dst, manifest['layers'][1]['digest'])
EOF
echo "build-interop-images: done"
