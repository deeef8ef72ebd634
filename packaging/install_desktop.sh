#!/usr/bin/env bash
# Install Unspin's desktop integration (menu entry, AppStream metadata, icons) for a pip-installed
# or bundled Unspin whose `unspin-gui` is on PATH.
#
#   packaging/install_desktop.sh [PREFIX]     PREFIX defaults to ~/.local (per user);
#                                             use /usr/local (as root) for every user.
# DESTDIR is honoured for staged installs (distribution packages): files go to $DESTDIR$PREFIX.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${1:-$HOME/.local}"
DEST="${DESTDIR:-}$PREFIX/share"
APP_ID="io.github.unspin.Unspin"

install -D -m 644 "$ROOT/packaging/$APP_ID.desktop" "$DEST/applications/$APP_ID.desktop"
install -D -m 644 "$ROOT/packaging/$APP_ID.metainfo.xml" "$DEST/metainfo/$APP_ID.metainfo.xml"
for dir in "$ROOT"/resources/icons/hicolor/*/apps; do
    size="$(basename "$(dirname "$dir")")"
    for icon in "$dir"/*; do
        install -D -m 644 "$icon" "$DEST/icons/hicolor/$size/apps/$(basename "$icon")"
    done
done

# Refresh the caches of a live system (not of a staged DESTDIR install).
if [ -z "${DESTDIR:-}" ]; then
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$DEST/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$DEST/icons/hicolor" || true
fi
echo "installed the Unspin desktop entry, metadata and icons under $DEST"
