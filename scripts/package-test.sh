#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/package-test.sh: the .deb as a user gets it, proven on a fresh Debian.
#   1. builds the Release tree (build/release; DBTC_PACKAGE_BUILD=DIR reuses another build) and
#      `cpack -G DEB`;
#   2. lints it: lintian (no error, no warning; notes in packaging/lintian-notes.md),
#      hardening-check on the binary, desktop-file-validate, appstreamcli validate --pedantic;
#   3. debootstraps a minimal root of the archive and release this machine's apt uses, installs
#      the .deb there with apt (only its Depends: --no-install-recommends), and runs in it:
#      --version, --summarize on a shared artifact, a 10 s offscreen --demo, and
#      --check-connection to an HTTPS simulator whose CA is added to that root's system store
#      (update-ca-certificates) and to nothing else;
#   4. purges the package and checks it left no file behind.
# Prints the seconds of each stage and ends with "package-test: N passed, 0 failed".
# Needs root (debootstrap, chroot, mount). scripts/run-tests.sh runs it in CI (CI=true) or with
# DBTC_PACKAGE_TEST=1. Measured: 5-6 min with the Release tree built (debootstrap ~2.5 min the
# first time, then cached per month), plus ~8 CPU-minutes for a Release build from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)

[[ $(id -u) -eq 0 ]] || { echo "package-test: needs root (debootstrap, chroot)" >&2; exit 2; }
DBTC_PACKAGE_TEST=1 scripts/install-deps.sh

passed=0
failed=0
t0=$(date +%s)
stage_start=$t0
stage()
{
  local now
  now=$(date +%s)
  echo "package-test: [$((now - stage_start)) s] $1"
  stage_start=$now
}
ok()
{
  echo "  ok: $1"
  passed=$((passed + 1))
}
bad()
{
  echo "  FAIL: $1" >&2
  failed=$((failed + 1))
}

# --- 1. build and package
build=${DBTC_PACKAGE_BUILD:-build/release}
if [[ -z ${DBTC_PACKAGE_BUILD:-} ]]; then
  cmake --preset release -DDBTC_BUILD_BENCHMARKS=OFF >/dev/null
fi
nice -n 10 cmake --build "$build" -- -j2 >/dev/null
rm -f "$build"/dbt-cloud-console_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/dbt-cloud-console_*.deb)
stage "built $deb ($(du -k "$deb" | cut -f1) KiB)"

work=$(mktemp -d /tmp/dbtc-package-test.XXXXXX)
root=$work/root
sim_pid=
cleanup()
{
  [[ -n $sim_pid ]] && kill "$sim_pid" 2>/dev/null || true
  for m in "$root/proc" "$root/dev"; do
    mountpoint -q "$m" 2>/dev/null && umount -l "$m"
  done
  rm -rf "$work"
}
trap cleanup EXIT

# --- 2. lint the package and its metadata
if lintian --fail-on error,warning "$deb" >"$work/lintian.txt" 2>&1; then
  ok "lintian: no error or warning (the infos that stay: packaging/lintian-notes.md)"
else
  bad "lintian:"
  grep -E '^(E|W):' "$work/lintian.txt" >&2 || cat "$work/lintian.txt" >&2
fi
dpkg-deb -x "$deb" "$work/extract"
# Control-flow protection (-fcf-protection, Intel CET) is not asked of the build yet
# (packaging/lintian-notes.md); every other check must pass.
if hardening-check --quiet --nocfprotection "$work/extract/usr/bin/dbt-cloud-console" \
  >"$work/hardening.txt" 2>&1; then
  ok "hardening-check: PIE, stack protector, fortify, RELRO, BIND_NOW"
else
  bad "hardening-check: $(tr -s ' \n' ' ' <"$work/hardening.txt")"
fi
if desktop-file-validate "$work"/extract/usr/share/applications/*.desktop; then
  ok "desktop-file-validate"
else
  bad "desktop-file-validate"
fi
if appstreamcli validate --pedantic --no-net "$work"/extract/usr/share/metainfo/*.xml >"$work/as.txt" 2>&1; then
  ok "appstreamcli validate --pedantic"
else
  bad "appstreamcli: $(cat "$work/as.txt")"
fi
if zcat "$work/extract/usr/share/man/man1/dbt-cloud-console.1.gz" | groff -man -Tutf8 -ww -z 2>"$work/groff.txt" \
  && [[ ! -s $work/groff.txt ]]; then
  ok "man page renders without warnings"
else
  bad "man page: $(cat "$work/groff.txt")"
fi
stage "linted"

# --- 3. a fresh Debian root from the archive this machine's apt uses
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:?}")
mirror=
if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
fi
if [[ -z $mirror && -f /etc/apt/sources.list ]]; then
  mirror=$(awk '$1 == "deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list)
fi
mirror=${mirror:-http://deb.debian.org/debian}
# A cached base (one download per machine and month) keeps repeated runs short.
cache=${XDG_CACHE_HOME:-$HOME/.cache}/dbtc
tarball=$cache/debootstrap-$suite-minbase-$(date +%Y%m).tar.gz
mkdir -p "$cache"
if [[ ! -s $tarball ]]; then
  rm -f "$cache"/debootstrap-"$suite"-minbase-*.tar.gz
  debootstrap --variant=minbase --make-tarball="$tarball" "$suite" "$work/tarball-tmp" "$mirror" \
    >"$work/debootstrap.txt" 2>&1 || { cat "$work/debootstrap.txt" >&2; rm -f "$tarball"; exit 1; }
fi
debootstrap --variant=minbase --unpack-tarball="$tarball" "$suite" "$root" "$mirror" \
  >"$work/debootstrap.txt" 2>&1 || { tail -20 "$work/debootstrap.txt" >&2; exit 1; }
# The same archive sections as this machine (updates and security), and its name service.
if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
  rm -f "$root/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" # no daemons start in the root
chmod +x "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
stage "fresh $suite root from $mirror"

cp "$deb" "$root/tmp/"
export DEBIAN_FRONTEND=noninteractive
if in_root apt-get update -qq >"$work/apt.txt" 2>&1 \
  && in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >>"$work/apt.txt" 2>&1; then
  ok "apt installs the .deb with its dependencies ($(in_root dpkg-query -W -f='${binary:Package}\n' | wc -l) packages in the root)"
else
  bad "apt install:"
  tail -20 "$work/apt.txt" >&2
  exit 1
fi
stage "installed"

# No display, no D-Bus: what a script or an ssh session has.
version=$(in_root dbt-cloud-console --version 2>&1) || true
if [[ $version == *"dbt-cloud-console $(sed -n 's/^project(dbt-cloud-console VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)"* ]]; then
  ok "--version: $version"
else
  bad "--version printed: $version"
fi

# A real dbt artifact: the shared corpus beside the repo, else the copy in tests/data.
artifact=${DBTC_SHARED_DIR:-$src/../shared}/artifacts/jaffle_shop-dbt1.11.7-duckdb/run_results.json
[[ -f $artifact ]] || artifact=$src/tests/data/artifacts/openlineage-duckdb-dbt1.8.9-duckdb/run_results.json
results=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["results"]))' "$artifact")
cp "$artifact" "$root/tmp/run_results.json"
summary=$(in_root dbt-cloud-console --summarize /tmp/run_results.json 2>&1) || true
if grep -q '"kind": "run_results"' <<<"$summary" && grep -q "\"results\": $results\b" <<<"$summary"; then
  ok "--summarize on $(basename "$(dirname "$artifact")")/run_results.json ($results results)"
else
  bad "--summarize printed: $summary"
fi

# The whole GUI for 10 s with the demo simulator: still running at the end means it did not
# crash or abort (timeout's 124); a demo that quits on its own is a failure too.
rc=0
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp timeout 10 dbt-cloud-console --demo \
  >"$work/demo.txt" 2>&1 || rc=$?
if [[ $rc -eq 124 ]] && ! grep -qiE 'segmentation|abort|could not load the qt platform' "$work/demo.txt"; then
  ok "10 s offscreen --demo ran until stopped"
else
  bad "--demo ended with $rc: $(tail -5 "$work/demo.txt")"
fi

# HTTPS trusted through the root's system store: a CA made here signs the simulator's
# certificate; the root trusts it only after update-ca-certificates.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out "$work/ca.crt" -days 2 \
  -subj "/CN=dbt-cloud-console package test CA" \
  -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$work/srv.key" -out "$work/srv.csr" \
  -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:false\nextendedKeyUsage=serverAuth\n' \
  >"$work/srv.ext"
openssl x509 -req -in "$work/srv.csr" -CA "$work/ca.crt" -CAkey "$work/ca.key" -CAcreateserial \
  -out "$work/srv.crt" -days 2 -extfile "$work/srv.ext" 2>/dev/null
"$build/simulator/dbt-cloud-sim" --port 0 --no-life --tls-cert "$work/srv.crt" \
  --tls-key "$work/srv.key" >"$work/sim.txt" 2>&1 &
sim_pid=$!
for _ in $(seq 50); do [[ -s $work/sim.txt ]] && break; sleep 0.1; done
url=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["base_url"])' "$work/sim.txt")
if in_root dbt-cloud-console --check-connection "$url" >"$work/check.txt" 2>&1; then
  bad "HTTPS to the simulator was trusted before its CA was added: $(cat "$work/check.txt")"
else
  ok "HTTPS to an unknown CA is refused ($(grep -o 'not trusted' "$work/check.txt" | head -1))"
fi
cp "$work/ca.crt" "$root/usr/local/share/ca-certificates/dbtc-package-test.crt"
in_root update-ca-certificates >/dev/null 2>&1
if in_root dbt-cloud-console --check-connection "$url" >"$work/check.txt" 2>&1; then
  ok "HTTPS trusted through the system store: $(cat "$work/check.txt")"
else
  bad "HTTPS after update-ca-certificates: $(cat "$work/check.txt")"
fi
kill "$sim_pid" 2>/dev/null || true
sim_pid=
stage "ran in the root"

# --- 4. purge: nothing of ours may stay behind
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq dbt-cloud-console >"$work/purge.txt" 2>&1 \
  || bad "apt purge: $(tail -5 "$work/purge.txt")"
left=$(cd "$root" && find usr etc -name '*dbt-cloud-console*' -o -name 'io.github.dbtcloudconsole*' | head -5)
if [[ -z $left ]] && ! in_root dpkg -s dbt-cloud-console >/dev/null 2>&1; then
  ok "purged, no file left"
else
  bad "left after purge: $left"
fi
stage "purged"

echo "package-test: $(($(date +%s) - t0)) s in total"
echo "package-test: $passed passed, $failed failed"
((failed == 0))
