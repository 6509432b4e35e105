#!/usr/bin/env python3
"""Writes a BitBake build directory with a large, real-format pkgdata for bench-layers.sh.

usage: make-pkgdata.py OUT PACKAGES FILES LAYER_SIZES

OUT gets conf/local.conf (MACHINE = "qemux86-64"), tmp/work/core2-64-poky-linux/ (so the tune
can be detected), tmp/pkgdata/qemux86-64/ as OE-Core's emit_pkgdata writes it (spec
pkgdata-facts §2-§3: <PN> files, runtime/<pkg> with keys in PKGDATA_VARS order and the package
suffix where the writer puts it, values through unicode_escape, FILES_INFO as
json.dumps(sort_keys=True), FILERPROVIDES/FILERDEPENDS, PKGSIZE last, .packaged markers,
runtime-reverse/ and runtime-rprovides/ links, shlibs2/) and app-bench-image.bb, an image recipe
in OCI_LAYER_MODE = "multi" with three packages layers of LAYER_SIZES ("base,libs,app")
packages. PACKAGES runtime packages carry about FILES entries in FILES_INFO in total.
Deterministic: the same arguments give the same bytes. Not written: extended/*.json.zstd
(nothing here reads it).
"""
import bisect
import codecs
import json
import os
import random
import sys

out, total_packages, total_files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
layer_sizes = [int(n) for n in sys.argv[4].split(',')]
MACHINE, TUNE = 'qemux86-64', 'core2-64'
rng = random.Random(20261128)

PKGDATA_VARS = ('PN PE PV PR PKGE PKGV PKGR LICENSE DESCRIPTION SUMMARY RDEPENDS RPROVIDES '
                'RRECOMMENDS RSUGGESTS RREPLACES RCONFLICTS SECTION PKG ALLOW_EMPTY FILES '
                'CONFFILES FILES_INFO PACKAGE_ADD_METADATA pkg_postinst pkg_postrm pkg_preinst '
                'pkg_prerm').split()
# bitbake.conf gives these packages their own SUMMARY/DESCRIPTION/SECTION.
OWN_TEXT_SUFFIXES = ('-src', '-dbg', '-dev', '-staticdev', '-doc')
LICENSES = ['MIT', 'GPL-2.0-only', 'GPL-2.0-or-later', 'LGPL-2.1-or-later', 'BSD-3-Clause',
            'Apache-2.0', 'ISC', 'Zlib', 'GPL-3.0-or-later', 'MPL-2.0']
LICENSE_TEXT_SIZE = {lic: 1000 + 731 * i for i, lic in enumerate(LICENSES)}
LOCALES = ['de', 'fr', 'es', 'it', 'ja', 'pt-br', 'ru', 'zh-cn', 'pl', 'sv']
VIRTUALS = ['virtual-x-terminal-emulator', 'virtual-editor', 'virtual-init', 'virtual-shell',
            'virtual-pager', 'virtual-dhcp-client', 'virtual-ntp', 'virtual-syslog',
            'virtual-cron', 'virtual-mta', 'virtual-httpd', 'virtual-sql-client']
# Names that turn up in real builds: their paths exercise every escape of the format.
ODD_NAMES = ['résumé.txt', 'Grüße.mo', '日本語.txt', 'naïve café.conf', 'back\\slash.dat',
             'with space.sh', 'at@sign.py', 'colon:name.txt', 'under_score [x].h', '🚀.svg']

SYLLABLES = ['ba', 'co', 'da', 'fe', 'gi', 'ho', 'ju', 'ka', 'lu', 'me', 'ni', 'po', 'qu',
             'ra', 'si', 'tu', 'vo', 'wi', 'xa', 'yo', 'ze', 'bri', 'cla', 'dro', 'fli', 'gru',
             'ple', 'sto', 'tri', 'zen']
used_names = set()


def new_name():
    while True:
        name = ''.join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if name not in used_names:
            used_names.add(name)
            return name


def esc(value):
    return codecs.encode(value, 'unicode_escape').decode('ascii')


def lognormal_count(mu, sigma, cap):
    return min(cap, max(1, int(rng.lognormvariate(mu, sigma))))


def file_size(kind):
    mu = {'lib': 11.5, 'bin': 10.5, 'dbg': 12.0, 'src': 8.5, 'doc': 7.5, 'data': 8.0,
          'hdr': 8.0, 'mo': 9.0, 'mod': 8.5}[kind]
    return int(rng.lognormvariate(mu, 1.2))


class Package:
    def __init__(self, recipe, name, role):
        self.recipe, self.name, self.role = recipe, name, role
        self.final = name
        self.pkgv = None          # own version (PKGV:<pkg>) when set
        self.rdepends = []        # (name, constraint or '')
        self.rprovides = []
        self.rrecommends = []
        self.files = {}           # path -> size
        self.weight = 0.0         # relative file count, scaled later
        self.allow_empty = False
        self.postinst = None
        self.conffiles = []

    def packaged(self):
        return bool(self.files) or self.allow_empty


class Recipe:
    def __init__(self, pn, kind, index):
        self.pn, self.kind, self.index = pn, kind, index
        major = rng.randint(0, 12)
        if rng.random() < 0.08:
            self.pv = f'{major}.{rng.randint(0, 30)}+git0+{rng.getrandbits(40):010x}'
        else:
            self.pv = f'{major}.{rng.randint(0, 30)}.{rng.randint(0, 20)}'
        self.pr = f'r{rng.choice([0, 0, 0, 1, 2, 3])}'
        self.pkgr = self.pr + (f'.{rng.randint(1, 40)}' if rng.random() < 0.3 else '')
        self.pe = str(rng.randint(1, 3)) if rng.random() < 0.03 else ''
        self.license = rng.choice(LICENSES)
        self.summary = f'{pn} version {self.pv}'
        self.packages = []
        self.soname = rng.randint(0, 9)

    def add(self, name, role, weight):
        p = Package(self, name, role)
        p.weight = weight
        self.packages.append(p)
        return p


# ---------------------------------------------------------------- recipes and packages
recipes = []
packages = []


def make_recipe(pn, kind):
    r = Recipe(pn, kind, len(recipes))
    recipes.append(r)
    if kind == 'lib':
        main = r.add(pn if pn.startswith('lib') else 'lib' + pn, 'lib',
                     rng.lognormvariate(0.7, 0.8))
        main.final = f'{main.name}{r.soname}'
        r.add(pn + '-dev', 'dev', rng.lognormvariate(1.5, 0.9))
        r.add(pn + '-staticdev', 'staticdev', 0)
        r.add(pn + '-bin', 'bin', rng.lognormvariate(0.5, 0.8) if rng.random() < 0.5 else 0)
    elif kind == 'app':
        main = r.add(pn, 'bin', rng.lognormvariate(1.8, 1.0))
        r.add(pn + '-dev', 'dev', rng.lognormvariate(0.3, 0.8) if rng.random() < 0.4 else 0)
    elif kind == 'modules':  # perl/python style: one package per module
        main = r.add(pn, 'bin', rng.lognormvariate(0.8, 0.5))
        for _ in range(rng.randint(20, 80)):
            m = r.add(f'{pn}-module-{new_name()}', 'mod', rng.lognormvariate(1.0, 1.0))
            if rng.random() < 0.3:
                m.pkgv = f'{rng.randint(0, 5)}.{rng.randint(0, 99):02d}'
        r.add(pn + '-dev', 'dev', rng.lognormvariate(1.0, 0.5))
    else:  # data: allarch files
        main = r.add(pn, 'data', rng.lognormvariate(2.0, 1.3))
    r.add(pn + '-dbg', 'dbg', main.weight * 1.5 + 0.5 if kind != 'data' else 0)
    r.add(pn + '-src', 'src', rng.lognormvariate(2.5, 1.0) if kind != 'data' else 0)
    r.add(pn + '-doc', 'doc', rng.lognormvariate(1.2, 1.0) if rng.random() < 0.7 else 0)
    if rng.random() < 0.15:
        for loc in rng.sample(LOCALES, rng.randint(2, len(LOCALES))):
            r.add(f'{pn}-locale-{loc}', 'mo', 1.0)
    return r


# The foundation real images always have, then generated recipes until the count is reached.
glibc = make_recipe('glibc', 'lib')
glibc.pv, glibc.summary = '2.39+git0+c7a4ee6a7e', 'GLIBC (GNU C Library)'
glibc.packages[0].name, glibc.packages[0].final = 'glibc', 'libc6'
for pn in ['base-files', 'base-passwd', 'netbase', 'busybox', 'opkg-utils']:
    make_recipe(pn, 'data' if pn != 'busybox' else 'app')
busybox = recipes[4].packages[0]
busybox.rprovides = ['sh (= 1.36.1)', 'busybox-sh', 'virtual-shell']
for pn in ['zlib', 'openssl', 'libffi', 'ncurses', 'readline', 'util-linux']:
    make_recipe(pn, 'lib')
kinds = ['lib'] * 40 + ['app'] * 45 + ['data'] * 12 + ['modules'] * 1
while sum(len(r.packages) for r in recipes) < total_packages:
    make_recipe(new_name(), rng.choice(kinds))
for r in recipes:
    packages.extend(r.packages)
del packages[total_packages:]
keep = set(id(p) for p in packages)
for r in recipes:
    r.packages = [p for p in r.packages if id(p) in keep]
recipes = [r for r in recipes if r.packages]
by_name = {p.name: p for p in packages}

# ---------------------------------------------------------------- files
scale = total_files / sum(p.weight for p in packages)


def lib_file(p):
    r = p.recipe
    real = f'/usr/lib/{p.name}.so.{r.soname}.{rng.randint(0, 9)}.{rng.randint(0, 9)}'
    p.files[real] = file_size('lib')
    link = f'/usr/lib/{p.name}.so.{r.soname}'
    p.files[link] = len(os.path.basename(real))  # a symlink's size is its target's length
    return real


def add_files(p):
    count = int(round(p.weight * scale))
    if p.weight == 0 or count == 0:
        return
    r, pn = p.recipe, p.recipe.pn
    for i in range(count):
        odd = rng.random() < 0.004
        leaf = rng.choice(ODD_NAMES) if odd else None
        role = p.role
        if role == 'lib':
            if i == 0:
                lib_file(p)
                continue
            path = f'/usr/lib/{pn}/plugins/{leaf or f"mod{i:04d}.so"}'
            kind = 'lib'
        elif role == 'bin':
            if i == 0:
                path, kind = f'/usr/bin/{pn}', 'bin'
            elif i % 7 == 3:
                path, kind = f'/etc/{pn}/{leaf or f"{pn}-{i}.conf"}', 'data'
                p.conffiles.append(path)
            else:
                path, kind = f'/usr/share/{pn}/{i // 50:02d}/{leaf or f"item{i:05d}.dat"}', 'data'
        elif role == 'dev':
            if i == 0:
                path, kind = f'/usr/lib/{r.packages[0].name}.so', 'data'
            elif i == 1:
                path, kind = f'/usr/lib/pkgconfig/{pn}.pc', 'data'
            else:
                path, kind = f'/usr/include/{pn}/{leaf or f"h{i:04d}.h"}', 'hdr'
        elif role == 'dbg':
            path, kind = f'/usr/lib/.debug/{pn}/{leaf or f"obj{i:05d}.debug"}', 'dbg'
        elif role == 'src':
            path, kind = (f'/usr/src/debug/{pn}/{r.pv}-{r.pr}/src/{i // 40:03d}/'
                          f'{leaf or f"unit{i:05d}.c"}'), 'src'
        elif role == 'doc':
            if i % 3 == 0:
                path = f'/usr/share/man/man{1 + i % 8}/{pn}-{i}.{1 + i % 8}.gz'
            else:
                path = f'/usr/share/doc/{pn}/{leaf or f"page{i:04d}.html"}'
            kind = 'doc'
        elif role == 'mo':
            loc = p.name.rsplit('-locale-', 1)[1]
            path, kind = f'/usr/share/locale/{loc}/LC_MESSAGES/{pn}-{i}.mo', 'mo'
        elif role == 'mod':
            mod = p.name.rsplit('-module-', 1)[1]
            path, kind = f'/usr/lib/{pn}/{mod}/{leaf or f"part{i:03d}.pm"}', 'mod'
        else:
            path, kind = f'/usr/share/{pn}/{i // 60:02d}/{leaf or f"data{i:05d}.bin"}', 'data'
        p.files[path] = file_size(kind)
    # Licence texts several packages ship, byte for byte the same: the same path in two
    # packages of a layer, or in two layers.
    if p.role in ('bin', 'lib', 'data') and rng.random() < 0.1:
        p.files[f'/usr/share/common-licenses/{r.license}'] = LICENSE_TEXT_SIZE[r.license]


for p in packages:
    add_files(p)
if 'base-files' in by_name:
    by_name['base-files'].files.update({'/etc/hostname': 10, '/etc/shells': 20, '/etc/motd': 0})
    busybox.files.update({'/bin/busybox': 712400, '/bin/sh': 14, '/etc/shells': 20})
by_name['glibc'].files.update({'/lib/libc.so.6': 2125328, '/lib/ld-linux-x86-64.so.2': 236616})

# ---------------------------------------------------------------- dependencies
libs = [r for r in recipes if r.kind == 'lib' and r.packages[0].role == 'lib']
lib_indices = [r.index for r in libs]
for p in packages:
    r = p.recipe
    if p.role == 'dev':
        main = r.packages[0]
        if main.packaged():
            p.rdepends.append((main.name, f'= {r.pv}-{r.pkgr}'))
    elif p.role == 'dbg':
        if rng.random() < 0.5:
            p.rrecommends.append(('glibc-dbg', ''))
    elif p.role in ('lib', 'bin', 'mod') and p.files:
        if p.name != 'glibc':
            p.rdepends.append(('glibc', '>= 2.39'))
        earlier = libs[1:bisect.bisect_left(lib_indices, r.index)]  # libs[0] is glibc
        for lr in rng.sample(earlier, min(len(earlier), rng.choice([0, 1, 1, 2, 2, 3, 4]))):
            lp = lr.packages[0]
            p.rdepends.append((lp.name, f'>= {lr.pv}' if rng.random() < 0.5 else ''))
        if p.role == 'bin' and rng.random() < 0.1:
            p.rdepends.append((rng.choice(VIRTUALS), ''))
        if p.role == 'bin' and rng.random() < 0.04 and r.index > 200:
            p.rprovides.append(rng.choice(VIRTUALS))
        if p.role == 'mod':
            p.rdepends.append((r.packages[0].name, ''))
    elif p.role == 'mo':
        p.rdepends.append(('virtual-locale-' + p.name.rsplit('-locale-', 1)[1], ''))
        p.rprovides.append(f'{r.pn}-locale (= {r.pv})')
    if p.role == 'bin' and p.files and rng.random() < 0.2:
        p.postinst = ('#!/bin/sh\nset -e\nif [ -n "$D" ]; then\n\texit 0\nfi\n'
                      f'update-alternatives --install /usr/bin/{r.pn} {r.pn} /usr/bin/{r.pn}.{r.pn} 100\n')
    # Empty -staticdev packages stay unpackaged, as in a real build; a few others are kept.
    if not p.files and p.role != 'staticdev' and rng.random() < 0.05:
        p.allow_empty = True
for r in recipes:
    if r.kind == 'lib' and rng.random() < 0.1:
        r.packages[0].rprovides.append(f'{r.packages[0].name}-abi (= {r.soname})')

# ---------------------------------------------------------------- the image's layers
providers = {}
for p in packages:
    for name, _ in [(p.name, ''), (p.final, '')] + [(n.split(' (')[0], '') for n in p.rprovides]:
        providers.setdefault(name, []).append(p)


def provider(name):
    cands = providers.get(name)
    if not cands:
        return None
    for c in cands:
        if c.name == name:
            return c
    for c in cands:
        if c.final == name:
            return c
    return sorted(cands, key=lambda c: c.name)[0]


n_base, n_libs, n_app = layer_sizes
apps = [p for p in packages if p.role == 'bin' and p.files and p.recipe.index > len(recipes) // 10]
app_layer = rng.sample(apps, min(n_app, len(apps)))
needed = {}
queue = list(app_layer)
seen = set(p.name for p in app_layer)
while queue:  # breadth-first: the nearest dependencies first
    p = queue.pop(0)
    for dep, _ in p.rdepends:
        q = provider(dep)
        if q and q.name not in seen:
            seen.add(q.name)
            needed[q.name] = q
            queue.append(q)
foundation = ['glibc', 'base-files', 'base-passwd', 'netbase', 'busybox']
base_layer = [by_name[n] for n in foundation if n in by_name]
# The base layer: the foundation and the most basic libraries the apps need.
lowest = sorted((q for q in needed.values() if q not in base_layer),
                key=lambda q: (q.recipe.index, q.name))
base_layer = (base_layer + lowest)[:n_base]
in_base = set(p.name for p in base_layer)
libs_layer = [q for q in needed.values() if q.name not in in_base][:n_libs]
# Leave out some of what the apps need: a real design is never complete the first time.


def item_name(p):
    # Mostly recipe-side names; a few final names and RPROVIDES aliases, as people write them.
    if p.final != p.name and rng.random() < 0.3:
        return p.final
    return p.name


layers = [('base', [item_name(p) for p in base_layer]),
          ('libs', [item_name(p) for p in libs_layer]),
          ('app', [item_name(p) for p in app_layer])]
if any(n.startswith('virtual-shell') for n in providers) and layers[0][1]:
    layers[0][1].append('virtual-shell')

# ---------------------------------------------------------------- writing
pkgdata = os.path.join(out, 'tmp', 'pkgdata', MACHINE)
runtime = os.path.join(pkgdata, 'runtime')
for d in ('runtime', 'runtime-reverse', 'runtime-rprovides', 'shlibs2'):
    os.makedirs(os.path.join(pkgdata, d), exist_ok=True)
os.makedirs(os.path.join(out, 'conf'), exist_ok=True)
os.makedirs(os.path.join(out, 'tmp', 'work', f'{TUNE}-poky-linux'), exist_ok=True)
os.makedirs(os.path.join(out, 'tmp', 'work', f'{MACHINE.replace("-", "_")}-poky-linux'),
            exist_ok=True)
os.makedirs(os.path.join(out, 'tmp', 'deploy', 'ipk', TUNE), exist_ok=True)


def mangle(path):
    for a, b in (('@', '@at@'), (' ', '@space@'), ('\t', '@tab@'), ('[', '@openbrace@'),
                 (']', '@closebrace@'), ('_', '@underscore@'), (':', '@colon@')):
        path = path.replace(a, b)
    return path


def runtime_text(p):
    r = p.recipe
    sfx = ':' + p.name
    own_text = p.name.endswith(OWN_TEXT_SUFFIXES)
    values = {}  # VAR -> (suffixed?, value)
    values['PN'] = (False, r.pn)
    values['PE'] = (False, r.pe)
    values['PV'] = (False, r.pv)
    values['PR'] = (False, r.pr)
    values['PKGE'] = (False, r.pe)
    values['PKGV'] = (True, p.pkgv) if p.pkgv else (False, r.pv)
    values['PKGR'] = (False, r.pkgr)
    values['LICENSE'] = (False, r.license)
    summary = r.summary
    description = summary + '.'
    if r.index % 97 == 5:
        description = f'{r.pn}: naïve «{r.pn}»\tfor tests.\nSecond line — with a \\ backslash.'
    if own_text:
        kind = p.name.rsplit('-', 1)[1]
        summary = f'{r.summary} - {kind} files'
        description = summary + '.'
    values['DESCRIPTION'] = (own_text, description)
    values['SUMMARY'] = (own_text, summary)
    values['RDEPENDS'] = (True, ' '.join(f'{n} ({c})' if c else n for n, c in p.rdepends))
    values['RPROVIDES'] = (True, ' '.join(p.rprovides))
    values['RRECOMMENDS'] = (True, ' '.join(n for n, _ in p.rrecommends))
    values['SECTION'] = (own_text, {'dev': 'devel', 'dbg': 'devel', 'src': 'devel',
                                    'doc': 'doc'}.get(p.role, 'base'))
    values['PKG'] = (True, p.final)
    values['ALLOW_EMPTY'] = (True, '1' if p.allow_empty else '')
    values['FILES'] = (True, {'dbg': '/usr/lib/.debug /usr/bin/.debug',
                              'src': '/usr/src/debug', 'dev': '/usr/include /usr/lib/*.so',
                              'doc': '/usr/share/doc /usr/share/man'}.get(
                                  p.role, '/usr/bin/* /usr/lib/lib*.so.* /etc /usr/share/' + r.pn))
    values['CONFFILES'] = (True, ' '.join(p.conffiles))
    values['FILES_INFO'] = (True, json.dumps(p.files, sort_keys=True) if p.files else '')
    values['pkg_postinst'] = (True, p.postinst or '')
    lines = []
    for var in PKGDATA_VARS:
        if var not in values:
            continue
        suffixed, value = values[var]
        if value:
            lines.append(f'{var}{sfx if suffixed else ""}: {esc(value)}')
    if p.role == 'lib' and p.files:
        real = sorted(f for f in p.files if '.so.' in f)[-1]
        lines.append(f'FILERPROVIDESFLIST{sfx}: {esc(real)}')
        lines.append(f'FILERPROVIDES:{mangle(real)}{sfx}: '
                     f'{esc(f"{p.name}.so.{r.soname}()(64bit)")}')
    shells = [f for f in p.files if f.endswith('.sh')]
    if shells:
        lines.append(f'FILERDEPENDSFLIST{sfx}: {esc(" ".join(shells))}')
        for f in shells:
            lines.append(f'FILERDEPENDS:{mangle(f)}{sfx}: /bin/sh')
    lines.append(f'PKGSIZE{sfx}: {sum(p.files.values())}')
    return ''.join(line + '\n' for line in lines)


files_written = 0
for p in packages:
    with open(os.path.join(runtime, p.name), 'w', encoding='ascii') as f:
        f.write(runtime_text(p))
    files_written += len(p.files)
    if p.packaged():
        open(os.path.join(runtime, p.name + '.packaged'), 'w').close()
        os.symlink('../runtime/' + p.name, os.path.join(pkgdata, 'runtime-reverse', p.final))
    for prov in p.rprovides:
        d = os.path.join(pkgdata, 'runtime-rprovides', prov.split(' (')[0])
        os.makedirs(d, exist_ok=True)
        os.symlink('../../runtime/' + p.name, os.path.join(d, p.name))
    if p.role == 'lib' and p.files:
        with open(os.path.join(pkgdata, 'shlibs2', p.name + '.list'), 'w') as f:
            f.write(f'{p.name}.so.{p.recipe.soname}:/usr/lib:{p.recipe.pv}\n')
for r in recipes:
    with open(os.path.join(pkgdata, r.pn), 'w') as f:
        f.write('PACKAGES: ' + ' '.join(p.name for p in r.packages) + '\n')

with open(os.path.join(out, 'conf', 'local.conf'), 'w') as f:
    f.write(f'MACHINE ??= "{MACHINE}"\nDISTRO ?= "poky"\nPACKAGE_CLASSES ?= "package_ipk"\n'
            'BB_NUMBER_THREADS ?= "8"\nCONF_VERSION = "2"\n')
with open(os.path.join(out, 'conf', 'bblayers.conf'), 'w') as f:
    f.write('BBLAYERS ?= " \\\n  /srv/poky/meta \\\n  /srv/meta-virtualization \\\n  "\n')
all_items = [i for _, items in layers for i in items]
with open(os.path.join(out, 'app-bench-image.bb'), 'w') as f:
    f.write('SUMMARY = "Benchmark image: three packages layers over a large pkgdata"\n'
            'LICENSE = "MIT"\n\n'
            'IMAGE_FSTYPES = "container oci"\ninherit image\ninherit image-oci\n\n'
            'OCI_LAYER_MODE = "multi"\nOCI_LAYERS = "\\\n')
    for name, items in layers:
        f.write(f'    {name}:packages:{"+".join(items)} \\\n')
    f.write('"\n\nIMAGE_INSTALL = "' + ' '.join(all_items) + '"\nIMAGE_FEATURES = ""\n'
            'IMAGE_LINGUAS = ""\nNO_RECOMMENDATIONS = "1"\n')
print(f'{len(packages)} packages ({sum(p.packaged() for p in packages)} packaged), '
      f'{len(recipes)} recipes, {files_written} FILES_INFO entries, layers '
      + ', '.join(f'{n}={len(i)}' for n, i in layers))
