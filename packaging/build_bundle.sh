#!/usr/bin/env bash
# Build the standalone Linux bundle (PyInstaller, one folder) and smoke-test it.
#
#   packaging/build_bundle.sh [OUT]        OUT defaults to /tmp/unspin-build (never the repo)
#
# Steps: build the wheel from the source tree (sdist, then the wheel from it), install it into a
# build venv made with --system-site-packages (so spaCy, the English pipeline and PySide6 come from
# the system Python; PyInstaller is installed into the venv if the system has none), run
# packaging/unspin.spec, then run the bundled CLI on a sample with a bare environment (no Python of
# the project on PATH) and start the bundled window offscreen for a second. Prints the build time
# and the bundle size. The bundle ends up in OUT/dist/unspin (and OUT/unspin-VERSION-linux-ARCH.tar.gz).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${1:-${UNSPIN_BUILD_DIR:-/tmp/unspin-build}}"
PYTHON="${PYTHON:-python3}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
case "$OUT/" in
    "$ROOT"/*) echo "build_bundle: OUT ($OUT) is inside the source tree; build outside it" >&2; exit 2 ;;
esac

log() { printf '\n== %s\n' "$*"; }
start=$(date +%s)

log "clean $OUT"
rm -rf "$OUT/venv" "$OUT/wheel" "$OUT/src" "$OUT/work" "$OUT/dist" "$OUT/smoke" "$OUT"/unspin-*.tar.gz

log "wheel (from a copy of the source tree, so nothing is written into it)"
mkdir -p "$OUT/src"
if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$ROOT" && git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$OUT/src" 2>/dev/null || true)
else
    (cd "$ROOT" && tar --exclude=.git --exclude=build --exclude=dist --exclude='*.egg-info' -cf - .) | tar -xf - -C "$OUT/src"
fi
"$PYTHON" -m build --no-isolation --outdir "$OUT/wheel" "$OUT/src" >"$OUT/build-wheel.log" 2>&1 \
    || { tail -30 "$OUT/build-wheel.log"; exit 1; }
wheel=$(ls "$OUT"/wheel/unspin-*.whl)
echo "$wheel"

log "build venv"
"$PYTHON" -m venv --system-site-packages "$OUT/venv"
VPY="$OUT/venv/bin/python"
"$VPY" -m pip install --quiet --no-deps --no-index --ignore-installed "$wheel"
if ! "$VPY" -c "import PyInstaller" 2>/dev/null; then
    "$VPY" -m pip install --quiet "pyinstaller>=6.10"
fi
version=$("$VPY" -c "import unspin; print(unspin.__version__)")
echo "unspin $version, PyInstaller $("$VPY" -c 'import PyInstaller; print(PyInstaller.__version__)')"

log "pyinstaller"
t0=$(date +%s)
(cd "$OUT" && "$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/packaging/unspin.spec") >"$OUT/pyinstaller.log" 2>&1 \
    || { tail -40 "$OUT/pyinstaller.log"; exit 1; }
BUNDLE="$OUT/dist/unspin"
# spaCy's and blis's extension modules ship with debug sections (about half the bundle): drop those
# sections only (strip --strip-debug keeps the symbol tables), and leave the libraries that wheels
# vendor in *.libs folders alone (stripping them breaks them).
before=$(du -sm "$BUNDLE" | cut -f1)
if command -v strip >/dev/null && command -v readelf >/dev/null; then
    find "$BUNDLE/_internal" -name '*.so*' -type f -not -path '*.libs/*' -print0 |
        while IFS= read -r -d '' so; do
            if readelf -S "$so" 2>/dev/null | grep -q '\.debug_info'; then strip --strip-debug "$so"; fi
        done
fi
echo "debug sections stripped: ${before} MB -> $(du -sm "$BUNDLE" | cut -f1) MB"
t1=$(date +%s)

log "smoke test: CLI with a bare environment"
mkdir -p "$OUT/smoke/home"
cat >"$OUT/smoke/sample.txt" <<'EOF'
Officials said the minister will pay a go to to the capital next week.
The White Home declined to comment on the journey.
EOF
bare=(env -i "HOME=$OUT/smoke/home" "LANG=C.UTF-8")
(cd "$OUT/smoke" && "${bare[@]}" PATH=/usr/bin:/bin "$BUNDLE/unspin" --version)
# The strictest run: an empty PATH, so no interpreter at all can be found.
mkdir -p "$OUT/smoke/empty-path"
(cd "$OUT/smoke" && "${bare[@]}" PATH="$OUT/smoke/empty-path" "$BUNDLE/unspin" check sample.txt) | tee "$OUT/smoke/check.txt"
grep -q "'visit'" "$OUT/smoke/check.txt" || { echo "build_bundle: the bundled CLI found no suggestion" >&2; exit 1; }
(cd "$OUT/smoke" && "${bare[@]}" PATH=/usr/bin:/bin "$BUNDLE/unspin" repair sample.txt -o repaired.txt)
grep -q "visit" "$OUT/smoke/repaired.txt"
# A Word document too, when the build Python can write one (python-docx, from the [test] extra).
if "$VPY" -c "import docx" 2>/dev/null; then
    "$VPY" -c "import docx, sys; d = docx.Document(); d.add_paragraph(open(sys.argv[1]).read().splitlines()[0]); d.save(sys.argv[2])" \
        "$OUT/smoke/sample.txt" "$OUT/smoke/sample.docx"
    (cd "$OUT/smoke" && "${bare[@]}" PATH="$OUT/smoke/empty-path" "$BUNDLE/unspin" check sample.docx) | tee "$OUT/smoke/check-docx.txt"
    grep -q "'visit'" "$OUT/smoke/check-docx.txt" || { echo "build_bundle: the bundle cannot read .docx" >&2; exit 1; }
fi

log "smoke test: window, offscreen, closes itself after a second"
(cd "$OUT/smoke" && "${bare[@]}" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen UNSPIN_SMOKE_QUIT_MS=1000 \
    timeout 120 "$BUNDLE/unspin-gui" sample.txt) 2>&1 | tee "$OUT/smoke/gui.txt"
grep -q "^unspin-smoke: platform=offscreen windows=\['.\+'\] icon=True" "$OUT/smoke/gui.txt" \
    || { echo "build_bundle: the bundled window did not show" >&2; exit 1; }

if command -v xvfb-run >/dev/null; then
    log "smoke test: window on a virtual X server (the xcb platform plugin)"
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c 'cd "$1" && env -i HOME="$1/home" LANG=C.UTF-8 PATH=/usr/bin:/bin \
        DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" UNSPIN_SMOKE_QUIT_MS=1000 timeout 120 "$2/unspin-gui" sample.txt' \
        _ "$OUT/smoke" "$BUNDLE" 2>&1 | tee "$OUT/smoke/gui-xcb.txt"
    grep -q "^unspin-smoke: platform=xcb windows=\['.\+'\] icon=True" "$OUT/smoke/gui-xcb.txt" \
        || { echo "build_bundle: the bundled window did not show on X11" >&2; exit 1; }
else
    echo "(xvfb-run not installed: the X11 run is skipped; Debian package xvfb)"
fi

log "archive"
arch=$(uname -m)
tar -C "$OUT/dist" -czf "$OUT/unspin-$version-linux-$arch.tar.gz" unspin
end=$(date +%s)

log "result"
echo "bundle:       $BUNDLE"
echo "size:         $(du -sh "$BUNDLE" | cut -f1) (folder), $(du -sh "$OUT/unspin-$version-linux-$arch.tar.gz" | cut -f1) (tar.gz)"
echo "pyinstaller:  $((t1 - t0)) s"
echo "whole script: $((end - start)) s"
