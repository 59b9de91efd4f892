#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every non-ASCII character in a string literal of ui/, models/ and app/ must be drawable with
DejaVu Sans, the font the .deb depends on (fonts-dejavu-core): a glyph it lacks shows as an empty
box on a minimal system. Prints file:line: glyphs: U+XXXX 'c' not in DejaVu Sans.

The font's character set comes from fc-query; without fontconfig or the font the check says so
and passes (a CI machine without fonts cannot judge, and install-deps brings both)."""
import os
import re
import subprocess
import sys

FONT = os.environ.get("DBTC_GLYPH_FONT", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ROOTS = ("ui", "models", "app")
# A string literal, skipping escaped quotes; comments are dropped first.
LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def charset(font):
    out = subprocess.run(["fc-query", "--format=%{charset}", font],
                         check=True, capture_output=True, text=True).stdout
    ranges = []
    for part in out.split():
        lo, _, hi = part.partition("-")
        ranges.append((int(lo, 16), int(hi or lo, 16)))
    return ranges


def covered(ranges, cp):
    return any(lo <= cp <= hi for lo, hi in ranges)


def strip_comment(line):
    # A // outside a literal starts a comment; good enough for this code base's style.
    out, in_str, i = [], False, 0
    while i < len(line):
        c = line[i]
        if c == "\\" and in_str:
            out.append(line[i:i + 2])
            i += 2
            continue
        if c == '"':
            in_str = not in_str
        elif not in_str and line.startswith("//", i):
            break
        out.append(c)
        i += 1
    return "".join(out)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    try:
        ranges = charset(FONT)
    except (OSError, subprocess.CalledProcessError):
        print(f"glyphs: skipped: cannot read {FONT} with fc-query", file=sys.stderr)
        return 0
    problems = 0
    for top in ROOTS:
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        for literal in LITERAL.findall(strip_comment(line)):
                            # \uXXXX escapes draw a glyph just as well as the character.
                            literal += "".join(chr(int(h, 16)) for h in ESCAPE.findall(literal))
                            for c in sorted(set(literal)):
                                if ord(c) > 127 and not covered(ranges, ord(c)):
                                    rel = os.path.relpath(path, root)
                                    print(f"{rel}:{number}: glyphs: U+{ord(c):04X} '{c}' "
                                          "not in DejaVu Sans (use one it has, or an icon)")
                                    problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
