"""Desktop integration files: the .desktop entry, the AppStream metainfo and the icons.

Parses the files and checks what they promise (program names, MIME types, icon sizes); runs
desktop-file-validate and appstreamcli when they are installed (Debian: desktop-file-utils,
appstream), and fails when they are missing in CI, where .ci/run installs them.
"""
from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import unspin

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.unspin.Unspin"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SIZES = (16, 32, 48, 64, 128, 256, 512)
MIME_TYPES = {
    "text/plain",
    "text/markdown",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "application/pdf",
}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def _list(value: str) -> list[str]:
    assert value.endswith(";"), f"list value without a trailing ';': {value!r}"
    return [v for v in value.split(";") if v]


def _scripts() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {**project.get("scripts", {}), **project.get("gui-scripts", {})}


def _tool_or_fail(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: .ci/run must apt-get install {package}")
        pytest.skip(f"{name} not installed (apt-get install {package})")
    return path


def test_desktop_entry_launches_the_window_and_opens_the_formats():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Unspin"
    exec_words = entry["Exec"].split()
    assert exec_words[0] in _scripts(), f"Exec runs {exec_words[0]}, which the package does not install"
    assert _scripts()[exec_words[0]].startswith("unspin.gui.")
    assert exec_words[1:] in (["%f"], ["%F"]), "Exec must pass the opened file"
    assert entry["TryExec"] == exec_words[0]
    assert entry["Terminal"] == "false"
    assert set(_list(entry["MimeType"])) == MIME_TYPES
    categories = _list(entry["Categories"])
    assert "Office" in categories
    assert entry["Icon"] == "unspin"
    for n in SIZES:
        assert (ICONS / "hicolor" / f"{n}x{n}" / "apps" / f"{entry['Icon']}.png").is_file()


def test_metainfo_matches_the_desktop_entry_and_the_version():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    license_ = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license"]
    assert root.findtext("project_license") == license_  # an SPDX expression
    assert root.findtext("name") == _desktop_entry()["Name"]
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("launchable").get("type") == "desktop-id"
    provides = root.find("provides")
    assert {b.text for b in provides.findall("binary")} == set(_scripts())
    assert {m.text for m in provides.findall("mediatype")} == MIME_TYPES
    releases = root.find("releases").findall("release")
    assert releases, "no <release> in the metainfo"
    newest = releases[0]
    assert newest.get("version") == unspin.__version__, "add a <release> for the new version first"
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{newest.get('version')}] - {newest.get('date')}" in changelog


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert colour == 6 and depth == 8, f"{path} is not 8-bit RGBA"
    assert data.rstrip(b"\0").endswith(b"IEND\xaeB`\x82"), f"{path} is truncated"
    return width, height


@pytest.mark.parametrize("size", SIZES)
def test_png_icons_are_real_pngs_of_their_size(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "unspin.png"
    assert _png_size(path) == (size, size)


def test_svg_icon_is_a_square_svg():
    for path in (ICONS / "unspin.svg", ICONS / "hicolor" / "scalable" / "apps" / "unspin.svg"):
        root = ET.parse(path).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        x, y, w, h = (float(v) for v in root.get("viewBox").split())
        assert w == h > 0
    assert (ICONS / "unspin.svg").read_bytes() == (ICONS / "hicolor/scalable/apps/unspin.svg").read_bytes(), \
        "run packaging/render_icons.sh after editing the SVG"


def test_windows_and_macos_icons():
    ico = (ICONS / "unspin.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = set()
    for i in range(count):
        w, h = ico[6 + 16 * i], ico[7 + 16 * i]
        sizes.add((w or 256, h or 256))
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    icns = (ICONS / "unspin.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_install_script_puts_everything_in_place(tmp_path):
    env = {**os.environ, "DESTDIR": str(tmp_path / "stage")}
    subprocess.run(["bash", str(PACKAGING / "install_desktop.sh"), "/usr"], env=env, check=True,
                   capture_output=True, timeout=60)
    share = tmp_path / "stage" / "usr" / "share"
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / METAINFO.name).is_file()
    for n in SIZES:
        assert (share / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "unspin.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "unspin.svg").is_file()


def test_desktop_file_validate():
    tool = _tool_or_fail("desktop-file-validate", "desktop-file-utils")
    proc = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in (proc.stdout + proc.stderr).lower(), proc.stdout + proc.stderr


def test_appstreamcli_validate():
    tool = _tool_or_fail("appstreamcli", "appstream")
    proc = subprocess.run([tool, "validate", "--no-net", "--explain", str(METAINFO)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
