#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layer rules of docs/ARCHITECTURE.md as greps over the tracked (and new, not ignored)
# files. Prints "file:line: rule: what" for every break and exits 1 when there is one.
# Run through scripts/lint.sh layers. Comments are not code: a match after // on the same line
# is ignored, so a doc comment may name what it forbids.
set -uo pipefail
shopt -s lastpipe # any() runs last in each pipeline and must set failed here
cd "$(dirname "$0")/../.."

failed=0
PRODUCT=(api artifacts models ui app simulator)

# any: passes its input through; any line at all is a break of the rule.
any()
{
  local out
  out=$(cat)
  if [[ -n $out ]]; then
    printf '%s\n' "$out"
    failed=1
  fi
}

# report RULE MESSAGE: reads git grep -n lines ("file:line:text") on stdin.
report()
{
  awk -F: -v r="$1" -v m="$2" '{ printf "%s:%s: %s: %s\n", $1, $2, r, m }' | any
}

# code PCRE PATHSPEC...: lines of C++ sources matching PCRE before any // comment (block comment
# lines starting with * or /* are skipped too). A grep that fails (not "no match") fails the
# check: a rule that silently stops looking would pass everything. (No PCRE lookbehind tricks
# in the pattern itself: git grep's JIT runs out of stack on long lines.)
code()
{
  local pattern=$1 out rc
  shift
  out=$(git grep --untracked -nP -e "$pattern" -- "$@")
  rc=$?
  if ((rc > 1)); then
    # Runs inside a pipeline: a line for report() is how the failure gets out.
    echo "scripts/lint/layers.sh:0:git grep failed on /$pattern/"
    return 0
  fi
  [[ -n $out ]] || return 0
  printf '%s\n' "$out" | PATTERN=$pattern perl -ne '
    next unless /^([^:]+\.(?:cpp|h)):(\d+):(.*)$/;
    my ($file, $line, $text) = ($1, $2, $3);
    next if $text =~ m{^\s*(?:\*|/\*)};
    $text =~ s{//.*$}{};
    print "$file:$line:$text\n" if $text =~ /$ENV{PATTERN}/;'
}

# --- 1. No dbt Cloud client in ui/: widgets get a session's commands, never Api::Client.
code '\bApi::Client\b|["<]api/client\.h[">]' ui \
  | report client-in-ui "ui/ must not use Api::Client (go through the session in models/)"

# --- 2. Colour literals only in the palette. The simulator is exempt: the status_color hexes
# it sends are dbt Cloud wire data, not presentation. Qt::transparent is "no colour" (clearing a
# pixmap), not a theme colour. Tests and benchmarks are not checked.
colour='\bQColor(?:\s+\w+)?\s*[({]\s*(?:[0-9"]|u"|0x|Qt::|QStringLiteral|QLatin1String)'
colour+='|\bQColor::from(?:Rgb|Rgba|RgbF|Rgba64|Hsl|HslF|Hsv|HsvF|Cmyk|CmykF|String)\s*\(\s*[0-9"u]'
colour+='|\bQColorConstants::|\bqRgba?\s*\('
colour+='|\bQt::(?:white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan'
colour+='|magenta|darkMagenta|yellow|darkYellow|gray|darkGray|lightGray|color0|color1)\b'
colour+=$'|["\'(=,:]\\s*#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b'
# Named colours in style sheets and HTML ("color: white"); palette(mid) is a role, not a colour.
colour+='|\b(?:color|background(?:-color)?)\s*:\s*(?:white|black|red|green|blue|gray|grey|yellow'
colour+='|orange|purple|pink|brown|navy|teal|maroon|silver)\b'
code "$colour" api artifacts models ui app ':!ui/widgets/palette.*' \
  | report colour "colour literal outside ui/widgets/palette.* (name a palette role instead)"

# --- 3. One settings owner: QSettings only in app/ (and the tests of app/).
code '\bQSettings\b' "${PRODUCT[@]}" tests benchmarks ':!app/' ':!tests/app/' \
  | report settings "QSettings outside app/ (take a store from the settings owner in app/)"

# --- 4. JSON and networking stay in api/ and simulator/. Tests and benchmarks may use QJson*
# (an independent decoder is the oracle the artifact and summary tests compare against);
# QNetwork* only where the wire is the subject: tests/api and tests/simulator.
code '\bQJson[A-Za-z]*\b|<QtCore/QJson' artifacts models ui app \
  | report json "QJson* outside api/ and simulator/"
code '\bQNetwork[A-Za-z]*\b|\bQtNetwork\b' artifacts models ui app tests benchmarks \
    ':!tests/api/' ':!tests/simulator/' \
  | report network "QNetwork* outside api/, simulator/ and their tests"
git grep --untracked -nE 'Qt6?::Network\b' -- '*/CMakeLists.txt' ':!api/' ':!simulator/' \
    ':!tests/' \
  | report network "links Qt Network outside api/ and simulator/"

# --- 5. Includes: layers point one way, rooms do not include sibling rooms.
# includes DIR...: "file:line:included/path" for every quoted or angled project include.
includes()
{
  git grep --untracked -nE '^\s*#\s*include\s*[<"]' -- "$@" \
    | grep -E '^[^:]+\.(cpp|h):' \
    | sed -E 's/^([^:]+):([0-9]+):\s*#\s*include\s*[<"]([^>"]+)[>"].*/\1:\2:\3/'
}

# The layer each top folder may include, besides itself (artifacts/ is a library of its own
# that models/ uses; the simulator never links api/).
includes "${PRODUCT[@]}" | awk -F: '
  BEGIN {
    allow["api"] = "api";
    allow["artifacts"] = "artifacts";
    allow["models"] = "models api artifacts";
    allow["ui"] = "ui models api artifacts resources";
    allow["app"] = "app ui models api artifacts simulator resources";
    allow["simulator"] = "simulator";
  }
  {
    split($1, from, "/"); split($3, to, "/");
    if (!(to[1] in allow) && to[1] != "resources") next;     # a Qt or system header
    if ($3 !~ /\//) next;                                     # same-folder include
    n = split(allow[from[1]], ok, " "); good = 0;
    for (i = 1; i <= n; i++) if (ok[i] == to[1]) good = 1;
    if (!good) printf "%s:%s: layer: %s/ must not include %s\n", $1, $2, from[1], $3;
  }' | any

includes "${PRODUCT[@]}" | awk -F: '$3 ~ /^\.\.?\// {
    printf "%s:%s: include-path: \"%s\" is relative; includes are root-relative\n", $1, $2, $3 }' \
  | any

# A ui/ room includes ui/widgets and itself; only ui/shell composes rooms (ui/CMakeLists.txt).
# A models/ room includes models/common and itself; models/workspace is the composition room
# (one ConnectionSession holds every room's objects), as ui/shell is for ui/.
includes ui models | awk -F: '
  {
    split($1, from, "/"); split($3, to, "/");
    if (to[1] != from[1] || to[3] == "") next;                # other layer, or not a room
    if (from[2] == to[2]) next;
    if (from[1] == "ui" && (from[2] == "shell" || to[2] == "widgets")) next;
    if (from[1] == "models" && (from[2] == "workspace" || to[2] == "common")) next;
    shared = from[1] == "ui" ? "ui/widgets" : "models/common";
    printf "%s:%s: room: %s/%s must not include the sibling room %s (only %s and itself)\n",
           $1, $2, from[1], from[2], $3, shared;
  }' | any

exit $failed
