#!/usr/bin/env bash
# Writes the portal's web fonts: Noto Sans and Noto Serif from Debian's
# fonts-noto-core, subset with fontTools' pyftsubset (Debian fonttools) to
# the scripts the papers use — Latin with Latin Extended-A (Turkish ç ğ ı İ ö
# ş ü), Azerbaijani ə, Cyrillic (Kazakh ә ғ қ ң ө ұ ү һ і) — and the
# punctuation and signs of the pages, compressed to WOFF2 (python3-brotli).
#
#   tools/make_fonts.sh OUT_DIR FACE...      e.g. FACE = NotoSans-Regular
#
# CMake runs it at build time (target portal_fonts) into assets/fonts/, which
# the portal copies into every site; the files are never committed. NOTO_DIR
# in the environment overrides /usr/share/fonts/truetype/noto.
set -euo pipefail
out=${1:?usage: make_fonts.sh OUT_DIR FACE...}
shift
(($#)) || { echo "usage: make_fonts.sh OUT_DIR FACE..." >&2; exit 1; }
noto=${NOTO_DIR:-/usr/share/fonts/truetype/noto}
subset=$(command -v pyftsubset || true)
[ -n "$subset" ] || { echo "make_fonts.sh: pyftsubset not found: install fonttools (Debian package)" >&2; exit 1; }

unicodes="U+0000-00FF,U+0100-017F,U+018F,U+0259,U+0300-0301,U+0306,U+0308,U+0400-04FF"
unicodes+=",U+2010-2027,U+2030-203A,U+20AC,U+20B8,U+20BA,U+2116,U+2122,U+2190-2193,U+2212,U+22EF"

mkdir -p "$out"
tmp=$(mktemp -d "$out/.make-fonts.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for face in "$@"; do
  src="$noto/$face.ttf"
  [ -r "$src" ] || { echo "make_fonts.sh: $src not found: install fonts-noto-core" >&2; exit 1; }
  # Hinting is dropped (modern renderers ignore it; it is a third of the size);
  # kerning, ligatures and mark positioning are kept.
  "$subset" "$src" --unicodes="$unicodes" --flavor=woff2 --no-hinting --desubroutinize \
    --layout-features='kern,liga,calt,ccmp,locl,mark,mkmk' --output-file="$tmp/$face.woff2"
done
mv -f "$tmp"/*.woff2 "$out/"
