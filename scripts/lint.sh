#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/lint.sh [layers|format|tr|posix|glyphs|workflow]...: fast checks that need no build. With no
# argument runs them all and reports each; exits 1 when any fails. Every problem is printed as file:line.
#   layers  the layer and room rules of docs/ARCHITECTURE.md (scripts/lint/layers.sh)
#   format  the pinned clang-format would change nothing (scripts/format.sh --check)
#   tr      user-visible strings in ui/, app/ and models' headerData() go through tr()
#           (scripts/lint/trcheck.py)
#   posix   no POSIX-only call or header outside files marked dbtc-posix-guarded
#           (scripts/lint/posix.sh; the code builds on Windows and macOS)
#   glyphs  every non-ASCII glyph in a ui/, models/ or app/ literal is in DejaVu Sans
#           (scripts/lint/glyphs.py; the font the .deb depends on)
#   workflow  .github/workflows pass yamllint and, where installed, action-validator
#           (scripts/lint/workflow.sh; the workflow cannot run here)
set -uo pipefail
cd "$(dirname "$0")/.."

checks=("$@")
((${#checks[@]})) || checks=(layers format tr posix glyphs workflow)

failed=()
for check in "${checks[@]}"; do
  case $check in
    layers) scripts/lint/layers.sh ;;
    format) scripts/format.sh --check ;;
    tr) python3 scripts/lint/trcheck.py ;;
    posix) scripts/lint/posix.sh ;;
    glyphs) python3 scripts/lint/glyphs.py ;;
    workflow) scripts/lint/workflow.sh ;;
    *)
      echo "lint: unknown check '$check' (layers, format, tr, posix, glyphs or workflow)" >&2
      exit 2 ;;
  esac
  rc=$?
  if ((rc != 0)); then
    failed+=("$check")
  fi
done

if ((${#failed[@]})); then
  echo "lint: failed: ${failed[*]} (run scripts/lint.sh <check> alone to see one)" >&2
  exit 1
fi
echo "lint: ${checks[*]}: ok"
