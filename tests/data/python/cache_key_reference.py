#!/usr/bin/env python3
"""Reference for image-oci's layer cache key, written from the algorithm the class uses
(meta-virtualization image-oci.bbclass, see shared spec section 4): the six-key dict,
json.dumps(sort_keys=True), SHA-256, first 16 hex digits.

Reads one JSON object per line on stdin:
  {"layer_name": ..., "packages": [...], "machine": ... or null,
   "tune_pkgarch": ... or null, "pkg_versions": {...}}
and prints one key per line. With --repeat N every line is hashed N times (benchmark).
"""
import hashlib
import json
import sys


def cache_key(layer_name, packages, machine, tune_pkgarch, pkg_versions):
    components = {
        'layer_name': layer_name,
        'layer_type': 'packages',
        'packages': sorted(packages),
        'machine': machine,
        'tune_pkgarch': tune_pkgarch,
        'pkg_versions': pkg_versions,
    }
    text = json.dumps(components, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def main():
    repeat = 1
    if len(sys.argv) == 3 and sys.argv[1] == '--repeat':
        repeat = int(sys.argv[2])
    out = []
    for line in sys.stdin:
        if not line.strip():
            continue
        o = json.loads(line)
        key = None
        for _ in range(repeat):
            key = cache_key(o['layer_name'], o['packages'], o['machine'], o['tune_pkgarch'],
                            o['pkg_versions'])
        out.append(key)
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
