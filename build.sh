#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages), builds `portal`, and writes
# the site from content/ into site/. Run as root or as a user with sudo.
set -euo pipefail
cd "$(dirname "$0")"

# Build dependencies (the web fonts are subset from fonts-noto-core with
# python3-fonttools and python3-brotli), then what the test suite uses as oracles
# (pandoc + CSL styles for citations, a BibTeX parser; Node.js, chromium and a
# Java runtime for the browser tests and the Nu HTML checker; pdftotext to read
# the PDFs the print test makes; clang-14 with its sanitizer and libFuzzer
# runtimes for test.sh's sanitizer build and fuzzing).
packages=(
  g++ cmake make pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev libicu-dev libyaml-cpp-dev
  libcli11-dev libfmt-dev nlohmann-json3-dev libcpp-httplib-dev catch2 libstemmer-dev
  libpoppler-cpp-dev
  fonts-noto-core fonttools python3-fonttools python3-brotli
  pandoc citation-style-language-styles python3-bibtexparser bibtool python3
  chromium default-jre-headless
  poppler-utils qpdf
  clang-14 libclang-rt-14-dev
  dpkg-dev bash-completion zsh
)

missing=()
# Node.js and npm: Debian's, unless the machine already has them (its own
# Node.js would conflict with Debian's npm package).
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Browser-side test tools (puppeteer-core, axe-core, vnu-jar) from npm, pinned
# by package-lock.json; the browser is Debian's chromium, never a download.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --ignore-scripts --no-audit --no-fund
fi

# PORTAL_CMAKE_OPTIONS: extra CMake options (CI sets -DPORTAL_WERROR=ON).
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
# shellcheck disable=SC2086
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" ${PORTAL_CMAKE_OPTIONS:-}
cmake --build build -j "$(nproc)"
./build/portal build --strict --root . --out site
