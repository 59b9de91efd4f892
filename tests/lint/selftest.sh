#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The lint checks can fail: in a scratch git repository holding a copy of the scripts, every
# rule must report the file:line that breaks it, and a clean tree must pass. (A rule whose grep
# silently stopped matching would otherwise keep CI green for ever.)
set -uo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/scripts/lint"
cp "$src/scripts/lint.sh" "$src/scripts/format.sh" "$tmp/scripts/"
cp "$src/scripts/lint/"* "$tmp/scripts/lint/"
cp "$src/.clang-format" "$src/.yamllint" "$tmp/"
cd "$tmp" || exit 2
git init -q .
problems=0

put()
{
  mkdir -p "$(dirname "$1")"
  printf '%s\n' "${@:2}" >"$1"
}

# expect CHECK "file:line: rule" ...: the check fails and names every one of them.
expect()
{
  local check=$1 out want
  shift
  git add -A
  out=$(scripts/lint.sh "$check" 2>&1)
  if [[ $? -eq 0 ]]; then
    echo "FAIL: lint.sh $check passed on a tree that breaks it"
    problems=$((problems + 1))
  fi
  for want in "$@"; do
    if ! grep -qF -- "$want" <<<"$out"; then
      echo "FAIL: lint.sh $check did not report '$want'; it said:"
      printf '%s\n' "$out" | sed 's/^/    /'
      problems=$((problems + 1))
    fi
  done
}

expect_clean()
{
  local out
  git add -A
  if ! out=$(scripts/lint.sh "$1" 2>&1); then
    echo "FAIL: lint.sh $1 fails on a clean tree:"
    printf '%s\n' "$out" | sed 's/^/    /'
    problems=$((problems + 1))
  fi
}

# --- layers
put ui/console/panel.cpp \
  '#include "ui/console/panel.h"' \
  '#include "ui/widgets/statepage.h"' \
  '#include "ui/rundetail/logview.h"' \
  '#include "api/client.h"' \
  '#include <QNetworkReply>' \
  'void f(); // Api::Client and QSettings named in a comment are fine' \
  'const QColor red(0xc6, 0x28, 0x28);' \
  'auto css = QStringLiteral("color: #9a6700;");' \
  'QSettings s;' \
  'Dbtc::Api::Client *m_client = nullptr;'
put ui/widgets/palette.cpp 'const QColor error(0xc6, 0x28, 0x28);'
put ui/shell/window.cpp '#include "ui/console/panel.h"' '#include "ui/rundetail/logview.h"'
put models/console/poller.cpp \
  '#include "models/common/roles.h"' \
  '#include "models/rundetail/triage.h"' \
  '#include "ui/widgets/statepage.h"' \
  '#include <QJsonObject>'
put models/workspace/session.cpp '#include "models/rundetail/triage.h"'
put artifacts/index.cpp '#include "artifacts/index.h"' '#include "api/types/run.h"'
put app/settings.cpp 'QSettings s;' '#include "ui/shell/window.h"'
put simulator/run.cpp 'auto c = QStringLiteral("#55973a");'
expect layers \
  'ui/console/panel.cpp:3: room:' \
  'ui/console/panel.cpp:4: client-in-ui:' \
  'ui/console/panel.cpp:5: network:' \
  'ui/console/panel.cpp:7: colour:' \
  'ui/console/panel.cpp:8: colour:' \
  'ui/console/panel.cpp:9: settings:' \
  'ui/console/panel.cpp:10: client-in-ui:' \
  'models/console/poller.cpp:2: room:' \
  'models/console/poller.cpp:3: layer:' \
  'models/console/poller.cpp:4: json:' \
  'artifacts/index.cpp:2: layer:'
out=$(scripts/lint.sh layers 2>&1)
for clean in 'panel.cpp:6:' 'palette.cpp' 'window.cpp' 'session.cpp' 'app/settings.cpp' \
             'simulator/run.cpp' 'poller.cpp:1:' 'panel.cpp:1:' 'panel.cpp:2:'; do
  if grep -qF "$clean" <<<"$out"; then
    echo "FAIL: lint.sh layers reported an allowed line ($clean)"
    problems=$((problems + 1))
  fi
done
rm -r ui models artifacts app simulator
put ui/console/panel.cpp '#include "ui/widgets/statepage.h"' 'QColor c = palette().color(QPalette::Text);'
expect_clean layers

# --- tr
put ui/console/panel.cpp \
  'void P::f() {' \
  '    m_a->setText(QStringLiteral("Refresh"));' \
  '    m_a->setToolTip(tr("Fine"));' \
  '    menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy"));' \
  '    m_b->setPlaceholderText(QStringLiteral("https://acme.getdbt.com")); // no-tr: example' \
  '    m_c->setText(QStringLiteral("%1 / %2").arg(a, b));' \
  '    QMessageBox::warning(this, u"Oops"_s, tr("Fine"));' \
  '}'
put models/console/list.cpp \
  'QVariant L::headerData(int section, Qt::Orientation o, int role) const' \
  '{' \
  '    m_x->setText(QStringLiteral("not a widget call in models/"));' \
  '    return section == 0 ? tr("Run") : QStringLiteral("Status");' \
  '}'
expect tr 'ui/console/panel.cpp:2: tr:' 'ui/console/panel.cpp:7: tr:' 'models/console/list.cpp:4: tr:'
if scripts/lint.sh tr 2>&1 | grep -qF 'models/console/list.cpp:3:'; then
  echo "FAIL: lint.sh tr checked widget calls in models/ (only headerData() is its business)"
  problems=$((problems + 1))
fi
out=$(scripts/lint.sh tr 2>&1)
if grep -qE 'panel.cpp:[3-6]:' <<<"$out"; then
  echo "FAIL: lint.sh tr reported a translated, icon, opted-out or wordless literal:"
  printf '%s\n' "$out" | sed 's/^/    /'
  problems=$((problems + 1))
fi
put ui/console/panel.cpp 'void P::f() { m_a->setText(tr("Refresh")); }'
rm -r models
expect_clean tr

# --- format
put ui/console/panel.cpp 'void P::f() { if (x) return; }'
expect format 'ui/console/panel.cpp:1: not formatted'
scripts/format.sh ui/console/panel.cpp
expect_clean format

# --- posix
put benchmarks/bench.cpp '#include <unistd.h>' 'int main() { return fork(); }' '// fork() in a comment is fine'
put benchmarks/clock.h '// dbtc-posix-guarded: behind #if' '#include <sys/resource.h>'
put tests/app/tst_x.cpp 'void f(QProcess &p) { p.kill(); }'
expect posix 'benchmarks/bench.cpp:1: posix:' 'benchmarks/bench.cpp:2: posix:'
rm benchmarks/bench.cpp
expect_clean posix

# --- glyphs (needs fontconfig and DejaVu Sans, which install-deps brings)
if command -v fc-query >/dev/null && [[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]]; then
  put ui/widgets/state.cpp 'void S::f() { m_glyph->setText(QStringLiteral("\u23f3")); }' \
    '// an hourglass \u23f3 in a comment is fine'
  printf '%b' "$(cat ui/widgets/state.cpp)" >ui/widgets/state.cpp
  expect glyphs 'ui/widgets/state.cpp:1: glyphs: U+23F3'
  put ui/widgets/escaped.cpp 'auto g = QStringLiteral("\u23f8");'
  expect glyphs 'ui/widgets/escaped.cpp:1: glyphs: U+23F8'
  rm ui/widgets/escaped.cpp
  put ui/widgets/state.cpp 'void S::f() { m_glyph->setText(QStringLiteral("\u2139 info")); }'
  printf '%b' "$(cat ui/widgets/state.cpp)" >ui/widgets/state.cpp
  expect_clean glyphs
fi

# --- workflow (yamllint; the schema check too where action-validator is installed)
put .github/workflows/ci.yml 'name: ci' '"on": [push]' 'jobs:' '  build:' '    runs-on: ubuntu-24.04' \
  '    steps:' '      - run: echo hi   '
expect workflow '.github/workflows/ci.yml:7:'
put .github/workflows/ci.yml 'name: ci' '"on": [push]' 'jobs:' '  build:' '    runs-on: ubuntu-24.04' \
  '    steps:' '      - run: echo hi'
expect_clean workflow
rm -r .github

if ((problems)); then
  echo "lint selftest: $problems problems"
  exit 1
fi
echo "lint selftest: every rule reports its break and passes a clean tree"
