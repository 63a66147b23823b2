#!/usr/bin/env bash
# Times `portal import` on each seed text (../shared/seeds) and on a PDF that
# chromium prints from one of them, in a copy of the real portal; prints the
# time to read and draft each paper, and to check it with the whole portal.
# Usage: bench/import.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
portal="${1:-$here/build}/portal"
seeds="$here/../shared/seeds"
[ -d "$seeds" ] || { echo "no seed texts at $seeds" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$here/content" "$here/templates" "$here/assets" "$work/"
# A PDF of the longest seed (1,621 lines), printed by chromium, to time poppler's reading too.
python3 - "$seeds/003_9195b581adcd4f14.txt" "$work/seed.html" <<'PY'
import html, sys
lines = [l.rstrip() for l in open(sys.argv[1], encoding="utf-8")]
body = "".join(f"<div>{html.escape(l) or '&nbsp;'}</div>" for l in lines)
open(sys.argv[2], "w", encoding="utf-8").write(f"<html><head><meta charset='utf-8'></head><body style='font:10pt serif'>{body}</body></html>")
PY
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/003.pdf" "file://$work/seed.html" 2>/dev/null
printf '%-34s %10s %10s %10s\n' "source" "draft s" "check s" "total s"
for f in "$seeds"/*.txt "$work/003.pdf"; do
  name="$(basename "$f")"
  start=$(date +%s.%N)
  out="$("$portal" import "$f" --root "$work" --id "bench-$(echo "${name%%_*}" | tr -c "a-z0-9\n" -)-${name##*.}" --force 2>/dev/null || true)"
  end=$(date +%s.%N)
  read -r draft check < <(echo "$out" | sed -n 's/.*drafted in \([0-9.]*\) s, checked with the portal in \([0-9.]*\) s.*/\1 \2/p') || true
  printf '%-34s %10s %10s %10.3f\n' "$name" "${draft:-?}" "${check:-?}" "$(awk -v a="$start" -v b="$end" "BEGIN{print b-a}")"
done
