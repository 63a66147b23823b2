#!/usr/bin/env bash
# Benchmark: pathological Markdown. Adds one paper to the fixture portal
# (tests/fixtures/basic) per case and prints the seconds `portal build` takes,
# next to the fixture's own build time: 16k headings with the same text, 16k
# identical links on one line, 16k distinct `cite:` links, 16k `event:` links,
# a 16k-column table (and one whose columns are centred), which the portal
# refuses (text/table_limits.h) and must refuse fast, the largest table it
# takes (128 columns, 781 rows), 16k footnotes. Each paper is shown on four
# pages (one per language) and parsed once for all of them.
# Usage: bench/pathological.sh [N [CASE...]]   (default 16384 and every case;
# needs a built build/portal, or PORTAL=/path/to/portal)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-16384}"
shift || true
portal="${PORTAL:-$PWD/build/portal}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

make_portal() {  # a fresh copy of the fixture portal in $dir/$1
  rm -rf "$dir/$1"
  mkdir -p "$dir/$1"
  cp -r tests/fixtures/basic/content templates assets "$dir/$1/"
}

seconds() {  # wall seconds of `portal build` for the portal in $dir/$1
  local start end
  start=$(date +%s.%N)
  if "$portal" build --root "$dir/$1" --out "$dir/$1-site" >/dev/null 2>"$dir/$1.err"; then
    [[ "$1" != wide-table && "$1" != aligned-table ]] || echo "$1: built, but the portal must refuse it" >&2
  elif [[ "$1" == wide-table || "$1" == aligned-table ]]; then
    grep -q "a table of $n columns" "$dir/$1.err" || { echo "$1: failed for another reason:" >&2; head -3 "$dir/$1.err" >&2; }
  else
    echo "$1: build failed:" >&2
    head -5 "$dir/$1.err" >&2
  fi
  end=$(date +%s.%N)
  echo "$start $end" | awk '{printf "%.2f", $2 - $1}'
}

case_paper() {  # writes case $1's paper into $dir/$1
  python3 - "$1" "$n" "$dir/$1/content/papers/pathological.md" <<'PY'
import sys
case, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
head = "---\nlanguage: en\ntitle: {en: Pathological}\n"
if case == "same-headings":
    body = "".join("## Same heading\n\n" for _ in range(n))
elif case == "identical-links":
    body = " ".join("[x](paper:alpha-smart-power)" for _ in range(n)) + "\n"
elif case == "distinct-cites":
    head += "references:\n" + "".join(f"  - {{key: k{i}, text: \"Reference {i}.\"}}\n" for i in range(n))
    body = " ".join(f"[{i}](cite:k{i})" for i in range(n)) + "\n"
elif case == "event-links":
    body = " ".join("[x](event:nakhchivan-agreement-2009)" for _ in range(n)) + "\n"
elif case == "largest-table":
    body = "|" + "|".join(f"c{i}" for i in range(128)) + "|\n" + "|" + "---|" * 128 + "\n" + \
           "".join("|" + "|".join(str(r) for _ in range(128)) + "|\n" for r in range(780))
elif case in ("wide-table", "aligned-table"):
    rule = ":---:|" if case == "aligned-table" else "---|"
    body = "|" + "|".join(f"c{i}" for i in range(n)) + "|\n" + "|" + rule * n + "\n" + \
           "|" + "|".join(str(i) for i in range(n)) + "|\n"
elif case == "footnotes":
    body = " ".join(f"x[^{i}]" for i in range(n)) + "\n\n" + "".join(f"[^{i}]: Note {i}.\n" for i in range(n))
open(path, "w").write(head + "---\n" + body)
PY
}

make_portal fixture
printf '%-16s %6s s\n' fixture "$(seconds fixture)"
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(same-headings identical-links distinct-cites event-links wide-table aligned-table largest-table footnotes)
for c in "${cases[@]}"; do
  make_portal "$c"
  case_paper "$c"
  printf '%-16s %6s s\n' "$c" "$(seconds "$c")"
done
