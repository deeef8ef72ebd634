#!/usr/bin/env bash
# Install Unspin into its own virtual environment and start it:
#
#     ./run.sh                  the window, on the bundled sample
#     ./run.sh article.docx     the window, on a file
#     ./run.sh check FILE ...   any other `unspin` command line
#
# Made for a fresh Debian or Ubuntu machine, where `pip install` into the system Python is refused
# ("externally-managed-environment") and Qt needs system libraries that a desktop may lack. The
# script creates the environment (default: .venv-run beside this script; set UNSPIN_VENV to choose),
# installs Unspin there when the sources changed since the last run, installs the system libraries
# Qt's window needs with apt (as root, or through sudo; otherwise it prints the command), and runs
# `unspin` with the arguments given. When the window still cannot start (no display, say), Unspin
# prints one line saying why and exits with status 1.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="${UNSPIN_VENV:-$HERE/.venv-run}"
PYTHON="${PYTHON:-python3}"

say() { printf 'run.sh: %s\n' "$*" >&2; }

# Run a command as root: directly, through sudo, or not at all (returns 1).
as_root() {
    if [ "$(id -u)" = "0" ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then
        if [ -t 0 ]; then sudo "$@"; else sudo -n "$@"; fi
    else return 1
    fi
}

root_prefix() { if [ "$(id -u)" = "0" ]; then printf ''; else printf 'sudo '; fi; }

# apt_install PACKAGE...: install Debian packages, or print the exact command and fail.
apt_install() {
    if command -v apt-get >/dev/null 2>&1; then
        say "installing system packages: $*"
        if as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
           || { as_root apt-get update -qq && \
                as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }
        then return 0; fi
        say "could not install them; run: $(root_prefix)apt-get install $*"
    else
        say "please install these packages (their Debian/Ubuntu names): $*"
    fi
    return 1
}

# 1. A Python 3.10 or newer that can make virtual environments.
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    say "no $PYTHON found"
    apt_install python3 python3-venv || exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
    say "Unspin needs Python 3.10 or newer; $PYTHON is $("$PYTHON" -V 2>&1)"
    exit 1
fi

# 2. The virtual environment (Debian ships venv's pip bootstrap separately, in python3-venv).
if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
        ver="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        say "$PYTHON cannot create virtual environments (Debian's python3-venv package is missing)"
        apt_install python3-venv "python$ver-venv" || apt_install python3-venv || exit 1
    fi
    say "creating the virtual environment $VENV"
    if ! "$PYTHON" -m venv "$VENV"; then
        rm -rf "$VENV"
        say "could not create $VENV; install python3-venv ($(root_prefix)apt-get install python3-venv) and run again"
        exit 1
    fi
fi

# 3. Unspin itself, reinstalled only when its sources changed (a checksum of names, sizes, times).
STAMP="$VENV/.unspin-installed"
sources_id() {
    find "$HERE/app" "$HERE/resources" "$HERE/pyproject.toml" -type f ! -path '*/__pycache__/*' \
         -printf '%P %s %T@\n' 2>/dev/null | sort | cksum
}
current="$(sources_id || true)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$current" ] || [ ! -x "$VENV/bin/unspin" ]; then
    say "installing Unspin and its Python packages into $VENV (the first time takes a few minutes)"
    # llama-cpp-python (the neural language model's runner) comes as source: pip builds it with a
    # C/C++ compiler (cmake, if missing, comes from PyPI with the build)
    if ! command -v g++ >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1; then
        apt_install g++ make || say "without g++ the install stops at llama-cpp-python"
    fi
    "$VENV/bin/python" -m pip install --disable-pip-version-check --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --disable-pip-version-check "$HERE"
    printf '%s' "$current" > "$STAMP"
fi

# 4. The system libraries Qt's window needs (the app names them itself when they are still missing).
if [ "$(uname -s)" = "Linux" ]; then
    missing="$("$VENV/bin/python" -m unspin.qt_preflight --packages || true)"
    if [ -n "$missing" ]; then
        # shellcheck disable=SC2086
        apt_install $missing || true
    fi
fi

# 5. Start it (UNSPIN_COMMAND: the advice Unspin prints names this script, not a bare `unspin`).
export UNSPIN_COMMAND="${UNSPIN_COMMAND:-$0}"
exec "$VENV/bin/unspin" "$@"
