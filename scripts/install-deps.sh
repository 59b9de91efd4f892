#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs whatever build/test dependency is missing. Idempotent and quiet when all is present.
# Debian 12 / Ubuntu 24.04: apt-get. macOS / Windows: prints the brew / vcpkg equivalents.
set -euo pipefail

PKGS=(
  g++ cmake ninja-build pkg-config dpkg-dev file git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qtkeychain-qt6-dev libgl-dev libxkbcommon-dev libsimdjson-dev
  libdtl-dev # artifacts/diff: the SQL side-by-side diff (header-only)
  qt6-qpa-plugins fonts-dejavu-core libssl3 openssl
  xvfb xauth imagemagick dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
  clang libclang-rt-14-dev
  clang-format-16 python3
  graphviz # benchmarks/lineage: the Graphviz dot baseline
  libqt6sql6-sqlite
  qt6-tools-dev qt6-l10n-tools fontconfig groff-base yamllint
)
# The packaging test (scripts/package-test.sh, DBTC_PACKAGE_TEST=1 or --packaging): lintian and
# the metadata validators, a fresh Debian root, hardening-check (devscripts).
if [[ ${DBTC_PACKAGE_TEST:-0} == 1 || ${1:-} == --packaging ]]; then
  PKGS+=(lintian appstream desktop-file-utils debootstrap devscripts fakeroot librsvg2-bin)
fi

case "$(uname -s)" in
  Darwin)
    echo "macOS: brew install cmake ninja qt qtkeychain simdjson, plus dtl from vcpkg (or vcpkg install with vcpkg.json)"
    exit 0 ;;
  MINGW*|MSYS*|CYGWIN*)
    echo "Windows: vcpkg install (manifest vcpkg.json: qtbase, qtsvg, qthttpserver, qttools, qtkeychain-qt6, simdjson, dtl)"
    exit 0 ;;
esac

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: no apt-get here; install Qt 6.4+ (Widgets, Network, HttpServer, Svg, Test), QtKeychain, simdjson, dtl, CMake and Ninja by hand" >&2
  exit 0
fi

missing=()
for p in "${PKGS[@]}"; do
  # Ubuntu 24.04 names the runtime libssl3t64; either satisfies us.
  if [[ $p == libssl3 ]] && dpkg-query -W -f='${Status}' libssl3t64 2>/dev/null | grep -q 'ok installed'; then continue; fi
  # Optional where the distribution lacks them: fuzzing, and the pinned formatter for
  # scripts/format.sh and scripts/lint.sh format (Debian 12 packages clang-format-16).
  if [[ $p == libclang-rt-14-dev || $p == clang || $p == clang-format-16 ]] \
    && ! apt-cache show "$p" >/dev/null 2>&1; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
if ! $SUDO apt-get install -y --no-install-recommends "${missing[@]}"; then
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
