#!/usr/bin/env bash
# Builds the two sites the browser tests read, into OUT (default build/browser):
# OUT/fixture-site from tests/fixtures/basic with the project's templates and
# assets, and OUT/real-site from content/. Usage: build_sites.sh PORTAL OUT
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
"$portal" build --root "$out/fixture-portal" --out "$out/fixture-site"
"$portal" build --root "$src" --out "$out/real-site"
