#!/usr/bin/env python3
"""The layer sizes of a multi-layer image-oci recipe, worked out by hand the way an engineer
does it today with oe-pkgdata-util's logic (openembedded-core scripts/oe-pkgdata-util; not
packaged in Debian): read every runtime/<pkg> file of PKGDATA_DIR, split its "KEY: value" lines,
undo the unicode_escape, json-load FILES_INFO, then per packages layer of OCI_LAYERS sum the
file sizes and list the RDEPENDS that neither the layer nor an earlier one provides.

Written from the format description (spec pkgdata-facts §2-§3), not from OE's code. The
peer that bench-layers.sh times against `cbw layers`; --json gives what it checks.

usage: pkgdata-layers.py RECIPE.bb BUILDDIR [--json]
"""
import codecs
import json
import os
import re
import sys

# A key never contains a colon followed by whitespace: the first one ends the key, and the
# value starts after all the whitespace that follows it.
SEPARATOR = re.compile(r':\s+')


def read_layers(recipe):
    """OCI_LAYERS of the recipe as [(name, type, [items])]."""
    with open(recipe, encoding='utf-8') as f:
        text = f.read().replace('\\\n', ' ')
    match = re.search(r'^OCI_LAYERS\s*=\s*"([^"]*)"', text, re.MULTILINE)
    if not match:
        sys.exit(f'{recipe}: no OCI_LAYERS = "..." assignment')
    layers = []
    for entry in match.group(1).split():
        name, kind, content = entry.split(':', 2)
        layers.append((name, kind, content.replace('+', ' ').split()))
    return layers


def read_machine(builddir):
    conf = os.path.join(builddir, 'conf', 'local.conf')
    machine = None
    with open(conf, encoding='utf-8') as f:
        for line in f:
            match = re.match(r'\s*MACHINE\s*(\?\?=|\?=|=)\s*"([^"]*)"', line)
            if match and (machine is None or match.group(1) == '='):
                machine = match.group(2)
    if not machine:
        sys.exit(f'{conf}: MACHINE is not set')
    return machine


def read_runtime_file(path):
    data = {}
    with open(path, encoding='ascii') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            match = SEPARATOR.search(line)
            if not match:
                sys.exit(f'{path}:{number}: not a "KEY: value" line')
            data[line[:match.start()]] = codecs.decode(line[match.end():], 'unicode_escape')
    return data


def dependency_names(value):
    """The names of a dependency list: "(op version)" groups dropped."""
    names, in_constraint = [], False
    for word in value.split():
        if word.startswith('('):
            in_constraint = True
        if not in_constraint:
            names.append(word)
        if in_constraint and word.endswith(')'):
            in_constraint = False
    return names


class Package:
    def __init__(self, name, data):
        def get(key):  # KEY:<pkg> first, then KEY
            return data.get(f'{key}:{name}', data.get(key, ''))
        self.name = name
        self.final = get('PKG') or name
        self.rdepends = dependency_names(get('RDEPENDS'))
        self.rprovides = dependency_names(get('RPROVIDES'))
        files_info = get('FILES_INFO')
        self.files = json.loads(files_info) if files_info else {}


def main():
    args = [a for a in sys.argv[1:] if a != '--json']
    if len(args) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    recipe, builddir = args
    machine = read_machine(builddir)
    runtime = os.path.join(builddir, 'tmp', 'pkgdata', machine, 'runtime')

    packages = {}
    for name in sorted(os.listdir(runtime)):
        if not name.endswith('.packaged'):
            packages[name] = Package(name, read_runtime_file(os.path.join(runtime, name)))
    final_names = {p.final: p.name for p in packages.values() if p.final != p.name}
    providers = {}
    for p in packages.values():
        for provided in p.rprovides:
            providers.setdefault(provided, []).append(p.name)

    def lookup(item):  # the package itself, its final name, or an RPROVIDES (first by name)
        if item in packages:
            return packages[item]
        if item in final_names:
            return packages[final_names[item]]
        if item in providers:
            return packages[sorted(providers[item])[0]]
        return None

    provided = set()
    results = []
    for name, kind, items in read_layers(recipe):
        if kind != 'packages':
            results.append({'name': name, 'type': kind, 'size': None, 'unresolved': [],
                            'unknown': []})
            continue
        members = [lookup(item) for item in items]
        layer_files = {}
        for p in members:
            if p is None:
                continue
            provided.update([p.name, p.final] + p.rprovides)
            for path, size in p.files.items():
                layer_files.setdefault(path, size)
        unresolved = sorted({f'{p.name} -> {dep}' for p in members if p
                             for dep in p.rdepends if dep not in provided})
        results.append({'name': name, 'type': kind, 'size': sum(layer_files.values()),
                        'files': len(layer_files), 'unresolved': unresolved,
                        'unknown': [i for i, p in zip(items, members) if p is None]})

    if '--json' in sys.argv[1:]:
        print(json.dumps({'packages': len(packages), 'layers': results}, indent=1))
        return
    print(f'pkgdata: {os.path.dirname(runtime)} ({len(packages)} packages)')
    for index, layer in enumerate(results):
        size = '?' if layer['size'] is None else layer['size']
        print(f"{index} {layer['name']} {layer['type']} {size}")
        if layer['unknown']:
            print(f"    no pkgdata: {', '.join(layer['unknown'])}")
        if layer['unresolved']:
            print(f"    unresolved RDEPENDS: {', '.join(layer['unresolved'])}")


main()
