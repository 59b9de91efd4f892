#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders resources/dbt-cloud-console.svg into the committed raster icons: hicolor PNGs 16-512
# (Linux desktops, the macOS .iconset the build turns into an .icns) and a multi-size .ico
# (Windows, PNG-compressed entries). Run it after changing the SVG; needs rsvg-convert
# (librsvg2-bin) and python3. The build never renders, so Windows and macOS need neither.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/dbt-cloud-console.svg
out=resources/icons
sizes=(16 22 24 32 48 64 128 256 512)
for s in "${sizes[@]}"; do
  mkdir -p "$out/hicolor/${s}x${s}/apps"
  rsvg-convert -w "$s" -h "$s" "$svg" -o "$out/hicolor/${s}x${s}/apps/dbt-cloud-console.png"
done
# ICO: a directory of PNG images (Windows Vista and later read PNG entries).
python3 - "$out" <<'PY'
import struct, sys
out = sys.argv[1]
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [open(f"{out}/hicolor/{s}x{s}/apps/dbt-cloud-console.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries, data = b"", b""
for s, png in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(png), offset + len(data))
    data += png
open(f"{out}/dbt-cloud-console.ico", "wb").write(header + entries + data)
PY
echo "render-icons: ${#sizes[@]} PNGs and dbt-cloud-console.ico in $out"
