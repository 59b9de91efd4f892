#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/format.sh [--check] [FILE...]
# Formats the C++ sources with the pinned clang-format (16, what .clang-format is written for:
# InsertBraces and InsertNewlineAtEOF do not exist in 14, and another major version lays out
# the same file differently, so a check is only stable with one version).
#   no option   rewrites the files in place (all tracked *.cpp/*.h, or the FILEs given)
#   --check     rewrites nothing; prints file:line of the first difference in each file that
#               would change and exits 1 when there is one
# CLANG_FORMAT=/path/to/clang-format-16 picks another binary of the same major version.
set -euo pipefail
cd "$(dirname "$0")/.."
PINNED_MAJOR=16

check=0
if [[ ${1:-} == --check ]]; then
  check=1
  shift
fi

bin=${CLANG_FORMAT:-}
if [[ -z $bin ]]; then
  bin=$(command -v clang-format-$PINNED_MAJOR || true)
fi
if [[ -z $bin ]]; then
  echo "format: clang-format-$PINNED_MAJOR not found (scripts/install-deps.sh installs it)" >&2
  exit 2
fi
major=$("$bin" --version | sed -nE 's/.*version ([0-9]+)\..*/\1/p')
if [[ $major != "$PINNED_MAJOR" ]]; then
  echo "format: $bin is clang-format $major; this tree is formatted with $PINNED_MAJOR" >&2
  exit 2
fi

files=()
if (($#)); then
  files=("$@")
else
  # Tracked and new (not ignored) sources; build/ and the fuzz corpus are ignored by git.
  mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
fi
((${#files[@]})) || exit 0

if ((check == 0)); then
  printf '%s\0' "${files[@]}" | xargs -0 -n 20 -P 2 "$bin" -i --style=file
  exit 0
fi

# --dry-run -Werror reports every differing line as "file:line:col: error: ..."; keep the first
# of each file plus how many more there are, so a whole-tree report stays readable. Serial on
# purpose: two clang-formats writing to one pipe interleave their messages mid-line.
report=$(printf '%s\0' "${files[@]}" \
  | xargs -0 -n 50 "$bin" --dry-run -Werror --style=file 2>&1 >/dev/null \
  | grep -E '^[^ ]+:[0-9]+:[0-9]+: error:' || true)
if [[ -z $report ]]; then
  exit 0
fi
awk -F: '{ n[$1]++; if (!($1 in first)) { first[$1] = $1 ":" $2; order[++k] = $1 } }
  END { for (i = 1; i <= k; i++) { f = order[i];
          printf "%s: not formatted (%d place%s; scripts/format.sh %s)\n", first[f], n[f],
                 n[f] == 1 ? "" : "s", f } }' <<<"$report"
changed=$(awk -F: '{ print $1 }' <<<"$report" | sort -u | wc -l)
echo "format: $changed of ${#files[@]} files would change" >&2
exit 1
