#!/usr/bin/env bash
# Search benchmark: builds the 2,500-paper bench site (bench/generate_corpus.py),
# then prints the search index's size and file count, its share of the build
# time and the build's peak memory, and the bytes one query transfers for a
# fixed set of queries in each language (headless chromium's network log);
# then the same for Pagefind 1.6 (npm `pagefind`, installed into this run's
# temporary folder only) over the same built site. Not part of CI.
# Usage: bench/search.sh [PAPERS]   (needs a built build/portal and node_modules)
set -euo pipefail
cd "$(dirname "$0")/.."
papers="${1:-2500}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 bench/generate_corpus.py "$dir/portal" "$papers"

echo "== portal build with the search index (best of 3)"
best=""
for run in 1 2 3; do
  rm -rf "$dir/site"
  /usr/bin/time -f "%e %M" -o "$dir/time" ./build/portal build --root "$dir/portal" --out "$dir/site" --timings >"$dir/out" 2>&1
  read -r wall rss <"$dir/time"
  total="$(sed -n 's/^portal build: .*, \([0-9.]*\) s$/\1/p' "$dir/out" | head -1)"
  index="$(sed -n 's/^  search index *\([0-9.]*\) s$/\1/p' "$dir/out")"
  echo "run $run: build ${total} s (wall ${wall} s, peak RSS $((rss / 1024)) MiB), of which search index ${index} s"
  if [ -z "$best" ] || awk "BEGIN{exit !($total < $best)}"; then best="$total"; best_index="$index"; fi
done
awk -v t="$best" -v i="$best_index" 'BEGIN{printf "search index: %.2f s of %.2f s = %.1f%% of the build; it adds %.1f%% to the build without it\n", i, t, 100*i/t, 100*i/(t-i)}'
echo "index: $(find "$dir/site/search-index" -type f | wc -l) files, $(du -sb "$dir/site/search-index" | cut -f1 | awk '{printf "%.1f MB", $1/1e6}'), of which shards $(du -sb "$dir/site/search-index/s" | cut -f1 | awk '{printf "%.1f MB", $1/1e6}') in $(ls "$dir/site/search-index/s" | wc -l) files"
echo "client: assets/search.js $(wc -c <assets/search.js) bytes, $(gzip -9c assets/search.js | wc -c) bytes gzipped"

echo "== Pagefind 1.6 over the same site"
npm install --prefix "$dir/pf" --no-audit --no-fund --silent pagefind@1.6.0 >/dev/null
pagefind="$dir/pf/node_modules/.bin/pagefind"
/usr/bin/time -f "%e %M" -o "$dir/time" "$pagefind" --site "$dir/site" >"$dir/pf.log" 2>&1 || { cat "$dir/pf.log"; exit 1; }
read -r wall rss <"$dir/time"
echo "pagefind: indexed in ${wall} s, peak RSS $((rss / 1024)) MiB; $(grep -iE 'Indexed|pages' "$dir/pf.log" | head -3 | tr '\n' ' ')"
echo "pagefind index: $(find "$dir/site/pagefind" -type f | wc -l) files, $(du -sb "$dir/site/pagefind" | cut -f1 | awk '{printf "%.1f MB", $1/1e6}')"

echo "== bytes per query (fresh page, cache off)"
node bench/search_measure.mjs "$dir/site" --pagefind
