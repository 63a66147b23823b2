#!/usr/bin/env bash
# Benchmark against Hugo: builds the synthetic corpus of bench/generate_corpus.py
# with portal and the same content, turned into a Hugo site by bench/hugo_site.py,
# with Hugo (Debian's package). Both are built alternately, PAIRS times each,
# into an empty folder (no site, no .portal-cache) and over the site the previous
# build left; prints every
# run, each median, the ratio Hugo / portal and the peak memory of both.
# Not part of CI.
# Usage: bench/hugo.sh [PAPERS] [PAIRS]   (default 2500 papers, 3 pairs)
# PORTAL=/absolute/path/to/portal picks the binary (default build/portal).
set -euo pipefail
cd "$(dirname "$0")/.."
papers="${1:-2500}"
pairs="${2:-3}"

install() {
  local missing=()
  command -v hugo >/dev/null || missing+=(hugo)
  [[ -x /usr/bin/time ]] || missing+=(time)
  python3 -c 'import yaml' 2>/dev/null || missing+=(python3-yaml)
  ((${#missing[@]} == 0)) && return
  local sudo=; ((EUID == 0)) || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}
install
portal="$(realpath "${PORTAL:-build/portal}")"
[[ -x "$portal" ]] || { echo "$portal is missing: run ./build.sh first" >&2; exit 2; }

dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 bench/generate_corpus.py "$dir/portal" "$papers"
python3 bench/hugo_site.py "$dir/portal" "$dir/hugo"
"$portal" check --root "$dir/portal" >/dev/null

# run NAME MODE COMMAND...: times one build, appends "seconds kib" to $dir/NAME-MODE
run() {
  local name="$1" mode="$2"; shift 2
  /usr/bin/time -f '%e %M' -o "$dir/time" "$@" >/dev/null 2>"$dir/stderr" \
    || { cat "$dir/stderr" >&2; exit 1; }
  cat "$dir/time" >>"$dir/$name-$mode"
  awk -v n="$name" -v m="$mode" '{printf "  %-6s %-6s %6.2f s  %5d MB peak\n", n, m, $1, $2 / 1024}' "$dir/time"
}
portal_build=("$portal" build --root "$dir/portal" --out "$dir/site")
hugo_build=(hugo --quiet --source "$dir/hugo" --destination "$dir/public")

echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $(hugo version | cut -d' ' -f1-2)"
for pair in $(seq "$pairs"); do
  echo "pair $pair"
  rm -rf "$dir/site" "$dir/.portal-cache"; run portal fresh "${portal_build[@]}"
  rm -rf "$dir/public"; run hugo fresh "${hugo_build[@]}"
  run portal over "${portal_build[@]}"
  run hugo over "${hugo_build[@]}"
done

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
pages() { find "$1" -name '*.html' | wc -l; }
echo "$papers papers; portal wrote $(pages "$dir/site") HTML pages ($(du -sm "$dir/site" | cut -f1) MB), Hugo $(pages "$dir/public") ($(du -sm "$dir/public" | cut -f1) MB)"
for mode in fresh over; do
  p=$(cut -d' ' -f1 "$dir/portal-$mode" | median)
  h=$(cut -d' ' -f1 "$dir/hugo-$mode" | median)
  awk -v m="$mode" -v p="$p" -v h="$h" 'BEGIN {
    label = (m == "fresh") ? "into an empty folder" : "over an existing site"
    printf "%-22s median: portal %.2f s, Hugo %.2f s, Hugo / portal %.1f×\n", label, p, h, h / p }'
done
pm=$(cut -d' ' -f2 "$dir"/portal-* | sort -n | tail -1)
hm=$(cut -d' ' -f2 "$dir"/hugo-* | sort -n | tail -1)
awk -v p="$pm" -v h="$hm" 'BEGIN {
  printf "peak memory:           portal %d MB, Hugo %d MB, Hugo / portal %.1f×\n", p / 1024, h / 1024, h / p }'
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
