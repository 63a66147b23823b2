#!/usr/bin/env bash
# Builds the sites the browser tests read, into OUT (default build/browser):
# OUT/fixture-site from tests/fixtures/basic with the project's templates and
# assets, OUT/crowd-site (below), and OUT/real-site from content/. Usage: build_sites.sh PORTAL OUT
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
portal="$1"
out="$2"
mkdir -p "$out"
rm -rf "$out/fixture-portal"
mkdir -p "$out/fixture-portal"
cp -r "$src/tests/fixtures/basic/content" "$out/fixture-portal/content"
cp -r "$src/templates" "$out/fixture-portal/templates"
cp -r "$src/assets" "$out/fixture-portal/assets"
# A figure far wider than a phone (1600 × 60 px), beside a paper: the overflow
# test sees it scaled to the screen, in proportion.
python3 - "$out/fixture-portal/content/papers" <<'PY'
import struct, sys, zlib
papers = sys.argv[1]
w, h = 1600, 60
raw = b''.join(b'\x00' + b'\x1f\x5f\x9f' * w for _ in range(h))
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
png = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
       chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
import os
os.makedirs(papers + '/alpha-smart-power', exist_ok=True)
open(papers + '/alpha-smart-power/wide-figure.png', 'wb').write(png)
with open(papers + '/alpha-smart-power.md', 'a') as f:
    f.write('\n![A blue band, wider than any phone](wide-figure.png)\n')
PY
# OUT/crowd-site: the fixture plus 130 papers sharing a keyword, more than a
# search shard keeps of one word (the overflow files, "More results").
rm -rf "$out/crowd-portal"
cp -r "$out/fixture-portal" "$out/crowd-portal"
python3 "$src/tests/search/crowd_papers.py" "$out/crowd-portal/content/papers" 130
"$portal" build --root "$out/fixture-portal" --out "$out/fixture-site"
"$portal" build --root "$out/crowd-portal" --out "$out/crowd-site"
"$portal" build --root "$src" --out "$out/real-site"
