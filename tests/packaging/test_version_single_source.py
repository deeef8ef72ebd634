"""One version number, in app/unspin/__init__.py, and a package list that misses nothing."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import unspin
from unspin.cli import main

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# PEP 440, public versions only (no local "+..." part).
PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def test_version_is_a_release_number():
    assert PEP440.match(unspin.__version__), unspin.__version__


def test_pyproject_reads_the_version_from_the_package():
    project = PYPROJECT["project"]
    assert "version" not in project, "pyproject.toml must not hard-code the version"
    assert "version" in project["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "unspin.__version__"}


def test_version_is_written_in_one_place_only():
    """No other source or packaging file spells out the version (release history aside)."""
    v = re.escape(unspin.__version__)
    literal = re.compile(rf"""__version__\s*=|["']{v}["']|AppVersion\s+["']?{v}""")
    offenders = []
    for path in [*ROOT.joinpath("app").rglob("*.py"), *ROOT.joinpath("packaging").rglob("*"),
                 ROOT / "pyproject.toml"]:
        if not path.is_file() or path.suffix in (".png", ".ico", ".icns", ".xml", ".md"):
            continue
        if path == ROOT / "app" / "unspin" / "__init__.py":
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        offenders += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in literal.finditer(text)]
    assert not offenders, offenders


def test_cli_version_equals_package_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code in (0, None)
    assert capsys.readouterr().out.strip() == f"unspin {unspin.__version__}"


def test_module_entry_version_in_a_subprocess(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([sys.executable, "-m", "unspin", "--version"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"unspin {unspin.__version__}"


def test_changelog_has_the_current_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(unspin.__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M)


def test_every_package_is_listed_for_the_wheel():
    """pyproject lists packages by hand (the app/ and resources/ mapping); a new subpackage of
    app/unspin that is not listed would silently be left out of the wheel."""
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    app = ROOT / "app"
    found = {".".join(init.parent.relative_to(app).parts) for init in app.joinpath("unspin").rglob("__init__.py")
             if "__pycache__" not in init.parts}
    missing = sorted(found - listed)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"
    assert "unspin.resources" in listed
    assert PYPROJECT["tool"]["setuptools"]["package-dir"]["unspin.resources"] == "resources"
