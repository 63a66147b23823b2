#!/usr/bin/env bash
# Benchmark: builds a synthetic portal of about 10,000 paper pages (2,500
# papers × 4 languages, plus list, topic, timeline and author pages) and prints
# wall time, CPU time and peak memory of `portal build`, best of 3 runs.
# Usage: bench/run.sh [PAPERS]   (needs a built build/portal)
set -euo pipefail
cd "$(dirname "$0")/.."
papers="${1:-2500}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 bench/generate_corpus.py "$dir/portal" "$papers"
./build/portal check --root "$dir/portal" >/dev/null
for run in 1 2 3; do
  /usr/bin/time -f "run $run: %e s wall, %U s user, %S s sys, %M KiB peak RSS" \
    ./build/portal build --root "$dir/portal" --out "$dir/site" 2>&1 >/dev/null | tail -1
done
./build/portal build --root "$dir/portal" --out "$dir/site"
echo "files: $(find "$dir/site" -type f | wc -l), size: $(du -sh "$dir/site" | cut -f1)"
