#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""User-visible strings in ui/ and app/ (and models' headerData()) that do not go through tr().

Finds string literals handed to the Qt calls that put text in front of a user (setText,
setToolTip, QAction(...), QMessageBox::warning(...), headerData() returns, ...) and prints
"file:line: tr: ..." for each one that is not inside tr(), QCoreApplication::translate(),
QT_TR_NOOP() or QT_TRANSLATE_NOOP(). Exit status 1 when there is one.

Why a script and not lupdate: lupdate only sees strings that are already marked; what is
missing is exactly what it cannot list. clang-tidy has no check for it either.

What counts as a bare literal: a literal at the top level of an argument (QStringLiteral(),
u""_s, QLatin1String(), QString::fromUtf8() and friends are the literal itself; so is a brace
list). A literal nested in any other call (QIcon::fromTheme(u"edit-copy"_s),
QKeySequence(u"Ctrl+K"_s), tr(...)) is that call's business. A literal without letters once
HTML tags, entities and %1 placeholders are removed ("%1 / %2", "<b>%1</b>", " · ") has nothing
to translate. A line may opt out with a trailing comment "// no-tr: <why>" (an id the API takes,
a command a user types, an example URL); on the line of the call it covers the whole call.
"""
from __future__ import annotations

import bisect
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
DIRS = ("ui", "app")
# Item models live in models/: their headerData() is on screen as the column titles.
HEADER_DIRS = ("models",)

# Calls whose every string argument is user-visible text.
METHODS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "showMessage", "setTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "setAccessibleName", "setAccessibleDescription", "setSuffix",
    "setPrefix", "setSpecialValueText", "setButtonText", "setTabText", "setTabToolTip",
    "setTabWhatsThis", "addTab", "insertTab", "setItemText", "addItems", "addRow",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderData",
    "addAction", "addMenu", "addSection", "insertSection", "setIconText", "showText",
    "setCancelButtonText", "setHtml", "setMarkdown", "setPlainText",
    # this project's widgets that put text on screen
    "setError", "setNotice", "setMessage", "show", "showState",
}
# Calls whose first text argument is shown and whose later ones are item data.
ITEM_METHODS = {"addItem", "insertItem"}
STATIC = {
    "QMessageBox": {"warning", "information", "critical", "question", "about"},
    "QFileDialog": {"getOpenFileName", "getOpenFileNames", "getSaveFileName",
                    "getExistingDirectory"},
    "QInputDialog": {"getText", "getItem", "getInt", "getDouble", "getMultiLineText"},
    "QToolTip": {"showText"},
}
CLASSES = {
    "QAction", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QMenu", "QMessageBox", "QProgressDialog", "QTreeWidgetItem", "QListWidgetItem",
    "QStandardItem", "QCommandLinkButton",
}
# Wrappers that are the literal itself; anything else around a literal hides it.
LITERAL_WRAPPERS = {
    "QStringLiteral", "QLatin1String", "QLatin1StringView", "QLatin1Char", "QString",
    "QStringView", "fromUtf8", "fromLatin1", "fromLocal8Bit", "QStringList", "QByteArrayLiteral",
}
TRANSLATORS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "qtTrId", "trUtf8"}

STRING = re.compile(r'(?:u8|u|U|L)?"(?:[^"\\\n]|\\.)*"(?:_s|_L1)?|(?:u8|u|U|L)?R"(\w*)\((?:.|\n)*?\)\1"')
OPT_OUT = "no-tr:"


def strip_comments(src: str) -> tuple[str, set[int]]:
    """Comments become spaces (line numbers survive); returns the lines that opt out."""
    out, opt_out, i, n = [], set(), 0, len(src)
    while i < n:
        c = src[i]
        if c == '"' or (c == "R" and src.startswith('R"', i)):
            m = STRING.match(src, i)
            if m:
                out.append(m.group(0))
                i = m.end()
                continue
        if c == "'":
            m = re.compile(r"'(?:[^'\\\n]|\\.)*'").match(src, i)
            if m:
                out.append(m.group(0))
                i = m.end()
                continue
        if src.startswith("//", i):
            end = src.find("\n", i)
            end = n if end < 0 else end
            if OPT_OUT in src[i:end]:
                opt_out.add(src.count("\n", 0, i) + 1)
            out.append(" " * (end - i))
            i = end
            continue
        if src.startswith("/*", i):
            end = src.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", src[i:end]))
            i = end
            continue
        out.append(c)
        i += 1
    return "".join(out), opt_out


def string_spans(src: str):
    """A function telling whether a position lies inside a string or character literal."""
    spans, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if c == '"' or c == "'":
            start = i - 1 if c == '"' and i > 0 and src[i - 1] == "R" else i
            end = skip_string(src, start)
            spans.append((start, end))
            i = max(end, i + 1)
            continue
        i += 1
    starts = [a for a, _ in spans]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]
    return inside


def compared(src: str, start: int, end: int) -> bool:
    """Whether the operand src[start:end] is one side of == or != (a key, not text)."""
    return bool(re.search(r"[=!]=\s*$", src[:start]) or re.match(r"\s*[=!]=", src[end:]))


def skip_string(src: str, i: int) -> int:
    m = STRING.match(src, i) if src[i] in '"R' else re.compile(r"'(?:[^'\\]|\\.)*'").match(src, i)
    return m.end() if m else i + 1


def closing(src: str, open_at: int) -> int:
    """Index of the bracket closing src[open_at]."""
    depth, i = 0, open_at
    while i < len(src):
        c = src[i]
        if c in "\"'" or src.startswith('R"', i):
            j = skip_string(src, i)
            if j > i + 1 or c in "\"'":
                i = j
                continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(src)


def split_args(src: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level comma-separated spans of src[start:end]."""
    spans, depth, i, begin = [], 0, start, start
    while i < end:
        c = src[i]
        if c in "\"'":
            i = skip_string(src, i)
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            spans.append((begin, i))
            begin = i + 1
        i += 1
    if src[begin:end].strip():
        spans.append((begin, end))
    return spans


def bare_literals(src: str, start: int, end: int):
    """Literals in src[start:end] not hidden by a call other than a literal wrapper."""
    i = start
    while i < end:
        c = src[i]
        if c == '"' or (c in "uUL" and re.match(r'(?:u8|u|U|L)?R?"', src[i:i + 4])
                        and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_"))):
            m = STRING.match(src, i)
            if m:
                if not compared(src, m.start(), m.end()):
                    yield m.start(), m.group(0)
                i = m.end()
                continue
        if c == "'":
            i = skip_string(src, i)
            continue
        if c == "(":
            name = re.search(r"([A-Za-z_]\w*)\s*$", src[start:i])
            callee = name.group(1) if name else ""
            close = closing(src, i)
            if callee in LITERAL_WRAPPERS and compared(src, start + name.start(1), close + 1):
                i = close + 1  # resourceType == QLatin1String("source"): a key, not text
            elif callee in LITERAL_WRAPPERS or not callee:
                i += 1  # look inside: the wrapper is the literal (or it is just grouping)
            else:
                i = close + 1  # tr(), QIcon::fromTheme(), .arg(): not a shown literal
            continue
        i += 1


def words_in(literal: str) -> str:
    text = re.sub(r'^(?:u8|u|U|L)?R?"', "", literal)
    text = re.sub(r'"(?:_s|_L1)?$', "", text)
    text = re.sub(r"\\.", " ", text)
    text = re.sub(r"<[^>]*>", " ", text)
    text = re.sub(r"&\w+;", " ", text)
    text = re.sub(r"%L?\d+|%n", " ", text)
    return "".join(ch for ch in text if ch.isalpha())


CALL = re.compile(
    r"(?:\b(?P<cls>%s)::(?P<static>\w+)|(?P<ctor>\b(?:%s))(?:\s+[A-Za-z_]\w*)?|"
    r"(?:\.|->|\b)(?P<method>%s))\s*(?P<open>[({])"
    % ("|".join(STATIC), "|".join(sorted(CLASSES)), "|".join(sorted(METHODS | ITEM_METHODS))))
HEADER_DATA = re.compile(r"\bheaderData\s*\([^;{]*\)\s*(?:const\s*)?(?:override\s*)?\{")


def check_file(path: pathlib.Path, calls: bool = True) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    src, opt_out = strip_comments(raw)
    rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
    found = []

    def flag(pos: int, literal: str, where: str, call_at: int):
        line = src.count("\n", 0, pos) + 1
        call_line = src.count("\n", 0, call_at) + 1
        if line in opt_out or call_line in opt_out or not words_in(literal):
            return
        shown = literal if len(literal) <= 60 else literal[:57] + '..."'
        found.append(f"{rel}:{line}: tr: {shown} {where} without tr()")

    in_string = string_spans(src)
    for m in CALL.finditer(src) if calls else ():
        if in_string(m.start()):
            continue  # "QLabel { color: ... }" in a style sheet is not a call
        if m.group("cls") and m.group("static") not in STATIC[m.group("cls")]:
            continue
        name = m.group("static") or m.group("ctor") or m.group("method")
        prefix = src[max(0, m.start() - 12):m.start()]
        if m.group("method") and re.search(r"\bvoid\s+$|\w::$", prefix):
            continue  # a declaration or definition of a method with that name
        open_at = m.start("open")
        close = closing(src, open_at)
        args = split_args(src, open_at + 1, close)
        if name in ITEM_METHODS:
            texts = [a for a in args if not re.match(r"\s*(?:QIcon|icon|\d|[a-z]\w*Index\b)",
                                                      src[a[0]:a[1]])]
            args = texts[:1]
        for a, b in args:
            for pos, lit in bare_literals(src, a, b):
                flag(pos, lit, f"passed to {name}()", m.start())

    for m in HEADER_DATA.finditer(src):
        body_end = closing(src, m.end() - 1)
        for r in re.finditer(r"\breturn\b([^;]*);", src[m.end():body_end]):
            a = m.end() + r.start(1)
            for pos, lit in bare_literals(src, a, m.end() + r.end(1)):
                flag(pos, lit, "returned by headerData()", a)
    return found


def sources(dirs) -> list[pathlib.Path]:
    return sorted(p for d in dirs for p in (ROOT / d).rglob("*") if p.suffix in (".cpp", ".h"))


def main(argv: list[str]) -> int:
    if argv:
        problems = [line for p in argv for line in check_file(pathlib.Path(p).resolve())]
    else:
        problems = [line for f in sources(DIRS) for line in check_file(f)]
        problems += [line for f in sources(HEADER_DIRS) for line in check_file(f, calls=False)]
    for line in problems:
        print(line)
    if problems:
        print(f"tr: {len(problems)} user-visible strings without tr()", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
