#!/usr/bin/env bash
# Renders the application icon's PNGs and the Windows .ico: 64 and 256 from signalbox.svg, 16 and 32
# from signalbox-small.svg (the same motif with bolder shapes, which stay readable that small).
# rsvg-convert (Debian: librsvg2-bin) draws the SVG: ImageMagick 6's own SVG reader drops
# gradients and rotations. ImageMagick's convert then scales the large render down, which
# averages many pixels into each one, so the small sizes stay smooth.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

large=$(mktemp --suffix=.png)
small=$(mktemp --suffix=.png)
trap 'rm -f "$large" "$small"' EXIT

rsvg-convert --width 1024 --height 1024 signalbox.svg --output "$large"
rsvg-convert --width 1024 --height 1024 signalbox-small.svg --output "$small"
for size in 16 32 64 256; do
  if (( size <= 32 )); then source_png=$small; else source_png=$large; fi
  # -strip keeps the files reproducible (no timestamps in PNG chunks).
  convert "$source_png" -filter Lanczos -resize "${size}x${size}" -strip -define png:bit-depth=8 "signalbox-$size.png"
done
convert signalbox-16.png signalbox-32.png signalbox-64.png signalbox-256.png -strip signalbox.ico
# The window's own icons ship inside the jar.
cp signalbox-16.png signalbox-32.png signalbox-64.png signalbox-256.png ../src/main/resources/io/signalbox/ui/icons/
