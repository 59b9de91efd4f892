#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The GitHub Actions workflows cannot run here: check their YAML (yamllint, .yamllint) and,
# where it is installed, their schema (action-validator: npm install -g @action-validator/cli).
# Prints file:line: workflow: what.
set -uo pipefail
cd "$(dirname "$0")/../.."
shopt -s nullglob
files=(.github/workflows/*.yml .github/workflows/*.yaml)
((${#files[@]})) || exit 0
problems=0
if command -v yamllint >/dev/null; then
  while IFS= read -r line; do
    [[ -n $line ]] || continue
    echo "${line%%: *}: workflow: ${line#*: }"
    problems=$((problems + 1))
  done < <(yamllint -f parsable "${files[@]}" 2>&1)
else
  echo "workflow: yamllint is not installed (scripts/install-deps.sh installs it)" >&2
  problems=$((problems + 1))
fi
validator=$(command -v action-validator || true)
if [[ -n $validator ]]; then
  for f in "${files[@]}"; do
    if ! out=$("$validator" "$f" 2>&1); then
      echo "$f:1: workflow: schema: $(tr -s '\n' ' ' <<<"$out" | cut -c1-400)"
      problems=$((problems + 1))
    fi
  done
fi
((problems == 0))
