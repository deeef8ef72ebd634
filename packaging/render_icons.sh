#!/usr/bin/env bash
# Render the application icon resources/icons/unspin.svg into the PNG sizes of the hicolor theme
# (resources/icons/hicolor/NxN/apps/unspin.png), and build unspin.ico (Windows) and unspin.icns
# (macOS) from those renders. The outputs are committed; run this again after editing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin) and Pillow (pip install pillow).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
icons="$here/resources/icons"
svg="$icons/unspin.svg"
sizes=(16 32 48 64 128 256 512)

command -v rsvg-convert >/dev/null || { echo "render_icons: rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }

for n in "${sizes[@]}"; do
    out="$icons/hicolor/${n}x${n}/apps/unspin.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$svg" --output "$out"
done
mkdir -p "$icons/hicolor/scalable/apps"
cp "$svg" "$icons/hicolor/scalable/apps/unspin.svg"

# .ico and .icns from exact renders (not a downscale of one big image), so small sizes stay crisp.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
rsvg-convert --width 1024 --height 1024 "$svg" --output "$tmp/1024.png"
python3 - "$icons" "$tmp/1024.png" <<'PY'
import sys
from pathlib import Path
from PIL import Image

icons = Path(sys.argv[1])
def render(n):
    if n == 1024:
        return Image.open(sys.argv[2]).convert("RGBA")
    return Image.open(icons / "hicolor" / f"{n}x{n}" / "apps" / "unspin.png").convert("RGBA")

ico_sizes = [16, 32, 48, 64, 128, 256]
images = [render(n) for n in ico_sizes]
images[-1].save(icons / "unspin.ico", format="ICO", sizes=[(n, n) for n in ico_sizes],
                append_images=images[:-1])
icns = [render(n) for n in (16, 32, 64, 128, 256, 512, 1024)]
icns[-1].save(icons / "unspin.icns", format="ICNS", append_images=icns[:-1])
print("render_icons: wrote", ", ".join(str(p.relative_to(icons.parent.parent))
                                       for p in (icons / "unspin.ico", icons / "unspin.icns")))
PY
echo "render_icons: wrote ${#sizes[@]} PNG sizes under resources/icons/hicolor"
