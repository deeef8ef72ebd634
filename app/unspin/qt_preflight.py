"""Can Qt open a window here? Checked before any QApplication exists.

When Qt's window-system plugin cannot load (a system library such as libxcb-cursor0 is missing) or
there is no display to connect to, Qt prints a long message and *aborts* the process (exit 134,
"could not load the Qt platform plugin xcb" even when the missing piece is another library). The
window's entry points call :func:`window_problem` first and, when it names a problem, print that one
line with the command that fixes it and exit with status 1.

The probe is cheap and imports no Qt: it reads the plugin's library dependencies with ``ldd``
(falling back to loading the plugin with ctypes, which names the first missing library) and, for
X11, opens and closes a connection to the display through libxcb.

``python -m unspin.qt_preflight`` prints the problem (exit 1) or nothing (exit 0);
``--packages`` prints the Debian packages that provide the missing libraries, one per line, so that
``run.sh`` can install exactly those.
"""
from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

# Platforms that need no window system (QT_QPA_PLATFORM=offscreen for tests, vnc, ...) are not probed.
_WINDOW_SYSTEMS = {"xcb": ("libqxcb.so",), "wayland": ("libqwayland.so", "libqwayland-generic.so"),
                   "wayland-egl": ("libqwayland-egl.so", "libqwayland.so")}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)
_DLOPEN_MISSING = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")
_SONAME = re.compile(r"^(lib[\w+.-]*?)\.so\.([\d.]+)$")


@dataclass
class Problem:
    """Why the window cannot start, said in one line, and the system packages that would fix it."""
    message: str
    packages: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"unspin: error: the window cannot start: {self.message}"


def _plugin_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms"


def _package_table() -> dict[str, str]:
    from unspin.resources_path import resource
    table = {}
    try:
        lines = resource("qt_system_libraries.tsv").read_text(encoding="utf-8").splitlines()
    except OSError:
        return table
    for line in lines:
        if line.strip() and not line.startswith("#"):
            soname, _, package = line.partition("\t")
            table[soname.strip()] = package.strip()
    return table


def debian_package(soname: str, table: dict[str, str] | None = None) -> str:
    """The Debian package that provides a shared library: from the table, else by Debian's rule."""
    table = _package_table() if table is None else table
    if soname in table:
        return table[soname]
    m = _SONAME.match(soname)
    if not m:
        return soname
    name, version = m.group(1).lower(), m.group(2).split(".")[0]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the plugin needs that the system cannot find (empty if it can load)."""
    ldd = shutil.which("ldd")
    if ldd:
        try:
            out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30)
            found = _NOT_FOUND.findall(out.stdout + out.stderr)
            if out.returncode == 0 or found:
                return list(dict.fromkeys(found))
        except (OSError, subprocess.SubprocessError):
            pass
    try:  # no ldd (or it failed): loading the plugin names the first missing library
        ctypes.CDLL(str(plugin), mode=ctypes.RTLD_LOCAL)
    except OSError as exc:
        m = _DLOPEN_MISSING.search(str(exc))
        return [m.group(1)] if m else []
    return []


def apt_command(packages: list[str]) -> str:
    sudo = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get install {' '.join(packages)}"


def _library_problem(platform: str) -> Problem | None:
    folder = _plugin_dir()
    if folder is None:
        return None  # no PySide6: importing it fails with its own clear error
    plugin = next((folder / name for name in _WINDOW_SYSTEMS[platform] if (folder / name).is_file()), None)
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    if not missing:
        return None
    table = _package_table()
    packages = list(dict.fromkeys(debian_package(s, table) for s in missing))
    if shutil.which("apt-get"):
        fix = f"install {'it' if len(missing) == 1 else 'them'} with: {apt_command(packages)}"
    else:
        fix = f"install the packages that provide them (on Debian/Ubuntu: {' '.join(packages)})"
    what = "library" if len(missing) == 1 else "libraries"
    return Problem(f"Qt's {platform} plugin needs the system {what} {', '.join(missing)}, which "
                   f"{'is' if len(missing) == 1 else 'are'} not installed; {fix}", packages)


def _command(env) -> str:
    """How the user started Unspin (run.sh sets UNSPIN_COMMAND), for the advice we print."""
    return env.get("UNSPIN_COMMAND") or "unspin"


def _x_display_problem(display: str, command: str = "unspin") -> Problem | None:
    """Open and close a connection to the X server, as Qt will; None when it works."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None  # reported as a missing library instead
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    failed = not conn or xcb.xcb_connection_has_error(conn) != 0
    if conn:
        xcb.xcb_disconnect(conn)
    if failed:
        return Problem(f"cannot connect to the X display {display!r} (DISPLAY); start Unspin from a desktop "
                       f"session, or under a virtual display: xvfb-run -a {command}")
    return None


def window_problem(environ=None) -> Problem | None:
    """What stops Qt from opening a window here, or None when nothing does (or we cannot tell)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    requested = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested and requested not in _WINDOW_SYSTEMS:
        return None  # offscreen, vnc, eglfs...: Qt needs no display server
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    candidates = []
    if wayland and requested in ("", "wayland", "wayland-egl"):
        candidates.append(requested or "wayland")
    if display and requested in ("", "xcb"):
        candidates.append("xcb")
    if not candidates:
        needed = "WAYLAND_DISPLAY" if requested.startswith("wayland") else \
            "DISPLAY" if requested == "xcb" else "DISPLAY or WAYLAND_DISPLAY"
        xvfb = apt_command(["xvfb"]) if shutil.which("apt-get") else "install Xvfb"
        return Problem(f"no display ({needed} not set); start it from a desktop session, or under a "
                       f"virtual display ({xvfb}, then: xvfb-run -a {_command(env)}); "
                       f"'{_command(env)} check' and '{_command(env)} repair' work without one")
    first = None
    for platform in candidates:
        problem = _library_problem(platform)
        if problem is None and platform == "xcb":
            problem = _x_display_problem(display, _command(env))
        if problem is None:
            return None
        first = first or problem
    return first


def missing_packages() -> list[str]:
    """Debian packages that the xcb plugin still needs, whatever the display (for run.sh)."""
    problem = _library_problem("xcb") if sys.platform.startswith("linux") else None
    return problem.packages if problem else []


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--packages" in argv:
        print("\n".join(missing_packages()))
        return 0
    problem = window_problem()
    if problem is not None:
        print(problem.line(), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
