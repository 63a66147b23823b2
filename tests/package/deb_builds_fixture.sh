#!/usr/bin/env bash
# The Debian package as a maintainer gets it: cpack makes portal_*.deb from the
# build tree, dpkg -x unpacks it into a temporary root, and the unpacked
# /usr/bin/portal builds a portal that has content only, taking its templates
# and assets from the package's /usr/share/portal. Checks the package's files,
# the completion scripts, the site written, and the exit status.
# Usage: deb_builds_fixture.sh BUILD_DIR FIXTURE_DIR
set -euo pipefail
build=$1 fixture=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/pkg/portal_*.deb) || fail "no portal_*.deb in $work/pkg"
dpkg-deb --field "$deb" Package | grep -qx portal || fail "package name"
dpkg -x "$deb" "$work/root"
for f in usr/bin/portal usr/share/portal/templates/layout.mustache usr/share/portal/templates/i18n/kk.yaml \
         usr/share/portal/assets/style.css usr/share/bash-completion/completions/portal \
         usr/share/zsh/vendor-completions/_portal; do
  [ -e "$work/root/$f" ] || fail "the package has no /$f"
done
# the completion scripts as the shells load them: bash (with Debian's bash-completion) and zsh
completion="$work/root/usr/share/bash-completion/completions/portal"
complete_words() {  # complete_words WORD... : what bash offers for the last word
  bash -c 'source /usr/share/bash-completion/bash_completion; source "$0"; COMP_WORDS=(portal "$@");
           COMP_CWORD=$#; COMP_LINE="portal $*"; COMP_POINT=${#COMP_LINE}; _portal; echo "${COMPREPLY[*]}"' \
    "$completion" "$@"
}
[ "$(complete_words bu)" = "build" ] || fail "bash completion of 'portal bu': '$(complete_words bu)'"
[ "$(complete_words check --format "")" = "text json" ] || fail "bash completion of --format"
[ "$(complete_words check --dr)" = "--drafts" ] || fail "bash completion of check --dr"
zsh -n "$work/root/usr/share/zsh/vendor-completions/_portal" || fail "zsh completion does not parse"

mkdir "$work/portal"
cp -r "$fixture/content" "$work/portal/content"
cd "$work/portal/content/papers"   # run from a subfolder: the portal folder is found upward
status=0
"$work/root/usr/bin/portal" build --verbose >"$work/out.txt" 2>"$work/err.txt" || status=$?
[ "$status" = 0 ] || { cat "$work/err.txt"; fail "portal build exited $status"; }
grep -q "portal build: portal folder $work/portal\$" "$work/out.txt" || { cat "$work/out.txt"; fail "portal folder"; }
grep -q "default templates and assets from $work/root/usr/share/portal$" "$work/out.txt" ||
  { cat "$work/out.txt"; fail "the package's templates were not used"; }
grep -q "^portal build: [0-9]* pages" "$work/out.txt" || fail "no summary line"
[ -f "$work/portal/site/kk/index.html" ] || fail "no site/kk/index.html"
cmp -s "$work/portal/site/assets/style.css" "$work/root/usr/share/portal/assets/style.css" ||
  fail "site/assets/style.css is not the package's"
grep -q "<html" "$work/portal/site/kk/index.html" || fail "kk/index.html is no page"
echo "ok: $(basename "$deb") installs and builds the fixture"
