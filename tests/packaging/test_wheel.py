"""The source distribution and the wheel carry everything, and the installed wheel works on its own.

Builds an sdist and a wheel from it (``python -m build --no-isolation``: no network, it uses the
installed setuptools and wheel) out of a copy of the source tree, so nothing is written into the
checkout. Installs the wheel into a fresh venv made with ``--system-site-packages`` (spaCy, the
English pipeline and PySide6 come from the environment that runs the tests; ``--no-deps
--no-index``), then runs the installed ``unspin`` from a folder outside the source tree.

When the tests themselves run inside a virtual environment, ``--system-site-packages`` reaches only
the base interpreter's packages, not that environment's, so the new venv is also given a ``.pth``
file naming the running environment's site-packages (after its own, so the wheel wins).
"""
from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

import unspin

ROOT = Path(__file__).resolve().parents[2]
BIN = "Scripts" if os.name == "nt" else "bin"
SAMPLE = ("Officials said the minister will pay a go to to the capital next week.\n"
          "The White Home declined to comment on the journey.\n")

pytestmark = pytest.mark.slow


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PIP_INDEX_URL")}
    env.update(PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONNOUSERSITE="1",
               QT_QPA_PLATFORM="offscreen", **extra)
    return env


def _run(cmd: list[str], cwd: Path, timeout: int = 600, **env: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, env=_env(**env), capture_output=True,
                          text=True, timeout=timeout)
    assert proc.returncode == 0, (f"{' '.join(map(str, cmd))} exited {proc.returncode}\n"
                                  f"--- stdout\n{proc.stdout[-4000:]}\n--- stderr\n{proc.stderr[-4000:]}")
    return proc


def _source_files() -> list[str]:
    """The files of the checkout that a build may see: tracked plus untracked-but-not-ignored."""
    try:
        out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                             capture_output=True, check=True).stdout.decode()
        files = [f for f in out.split("\0") if f]
    except (OSError, subprocess.CalledProcessError):
        skip = {".git", "build", "dist", "__pycache__", ".pytest_cache"}
        files = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
                 if p.is_file() and not skip.intersection(p.relative_to(ROOT).parts)
                 and not any(part.endswith(".egg-info") for part in p.parts)]
    return [f for f in files if (ROOT / f).is_file()]


def _resource_files() -> list[str]:
    """Every file under resources/ that a build would see, relative to resources/."""
    return sorted(f[len("resources/"):] for f in _source_files()
                  if f.startswith("resources/") and "__pycache__" not in f)


def _setuptools_version() -> tuple[int, ...]:
    from importlib.metadata import version
    return tuple(int(p) for p in version("setuptools").split(".")[:2] if p.isdigit())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    if _setuptools_version() < (77,):
        # pyproject.toml needs setuptools 77 (SPDX licence string); the build runs without isolation.
        pytest.skip("setuptools < 77 here: python -m pip install -U setuptools (.ci/run does)")
    tmp = tmp_path_factory.mktemp("unspin-wheel")
    src = tmp / "src"
    for rel in _source_files():
        dest = src / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, dest)
    dist = tmp / "dist"
    # No --sdist/--wheel: build makes the sdist, then the wheel from the unpacked sdist.
    proc = _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, src], cwd=tmp)
    sdists = list(dist.glob("unspin-*.tar.gz"))
    wheels = list(dist.glob("unspin-*.whl"))
    assert len(sdists) == 1 and len(wheels) == 1, sorted(p.name for p in dist.iterdir())
    return {"tmp": tmp, "sdist": sdists[0], "wheel": wheels[0], "log": proc.stdout + proc.stderr}


@pytest.fixture(scope="module")
def venv(built) -> Path:
    env_dir = built["tmp"] / "venv"
    _run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", env_dir], cwd=built["tmp"])
    py = env_dir / BIN / "python"
    _see_running_environment(py, built["tmp"])
    # pip comes from the system site-packages; --ignore-installed because the system may already
    # have an (editable) unspin, which must not be touched and must not be what runs below.
    _run([py, "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed", built["wheel"]],
         cwd=built["tmp"])
    return env_dir


def _see_running_environment(py: Path, cwd: Path) -> None:
    """Let the new venv import what the running interpreter's environment has installed (spaCy,
    PySide6, pip): needed when that environment is itself a venv, harmless otherwise."""
    if sys.prefix == sys.base_prefix:
        return
    dirs = list(dict.fromkeys([*site.getsitepackages(), sysconfig.get_path("purelib"),
                               sysconfig.get_path("platlib")]))
    inner = Path(_run([py, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                      cwd=cwd).stdout.strip())
    (inner / "outer-environment.pth").write_text("".join(f"{d}\n" for d in dirs if Path(d).is_dir()),
                                                 encoding="utf-8")


def test_build_gives_no_setuptools_warnings(built):
    """A data folder missing from pyproject's `packages` list, or a deprecated setting, shows here."""
    lines = [ln for ln in built["log"].splitlines()
             if "absent from the `packages`" in ln or "Deprecat" in ln or "deprecated" in ln]
    assert lines == [], ("setuptools warned (add the folder to [tool.setuptools] packages in "
                         "pyproject.toml):\n" + "\n".join(lines))


def test_names_carry_the_version(built):
    version = unspin.__version__
    assert built["sdist"].name == f"unspin-{version}.tar.gz"
    assert built["wheel"].name.startswith(f"unspin-{version}-py3-none-any")


def test_sdist_carries_resources_and_packaging(built):
    with tarfile.open(built["sdist"]) as tar:
        prefix = f"unspin-{unspin.__version__}/"
        names = {m.name[len(prefix):] for m in tar.getmembers() if m.isfile()}
    missing = [f for f in _resource_files() if f"resources/{f}" not in names]
    assert not missing, f"resources missing from the sdist: {missing}"
    for rel in ("pyproject.toml", "MANIFEST.in", "CHANGELOG.md", "app/unspin/__init__.py",
                "app/unspin/cli.py", "packaging/unspin.spec", "packaging/io.github.unspin.Unspin.desktop",
                "packaging/io.github.unspin.Unspin.metainfo.xml", "resources/icons/unspin.svg"):
        assert rel in names, f"{rel} missing from the sdist"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_built_from_sdist_carries_resources(built):
    with zipfile.ZipFile(built["wheel"]) as zf:
        names = set(zf.namelist())
        dist_info = f"unspin-{unspin.__version__}.dist-info"
        entry_points = zf.read(f"{dist_info}/entry_points.txt").decode()
        metadata = zf.read(f"{dist_info}/METADATA").decode()
    lexicons = [f for f in _resource_files() if f.startswith("lexicons/")]
    assert lexicons, "the source tree has no lexicons"
    missing = [f for f in _resource_files() if f"unspin/resources/{f}" not in names]
    assert not missing, f"resources missing from the wheel: {missing}"
    for n in (16, 32, 48, 64, 128, 256, 512):
        assert f"unspin/resources/icons/hicolor/{n}x{n}/apps/unspin.png" in names
    assert "unspin/resources/icons/unspin.svg" in names
    assert "unspin = unspin.cli:main" in entry_points
    assert "unspin-gui = unspin.gui.launch:main" in entry_points
    assert f"\nVersion: {unspin.__version__}\n" in metadata
    # Only the unspin package: tests, packaging files and the app/ prefix stay out of the wheel.
    top = {n.split("/", 1)[0] for n in names}
    assert top == {"unspin", dist_info}, top


def test_installed_cli_runs_outside_the_source_tree(built, venv, tmp_path):
    exe = venv / BIN / "unspin"
    assert exe.exists(), "the wheel installed no 'unspin' console script"
    assert (venv / BIN / "unspin-gui").exists(), "the wheel installed no 'unspin-gui' script"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "sample.txt").write_text(SAMPLE, encoding="utf-8")

    version = _run([exe, "--version"], cwd=outside)
    assert version.stdout.strip() == f"unspin {unspin.__version__}"

    check = _run([exe, "check", "sample.txt"], cwd=outside, timeout=300)
    lines = [ln for ln in check.stdout.splitlines() if ln.startswith("sample.txt:")]
    assert lines, f"no suggestions printed:\n{check.stdout}\n{check.stderr}"
    assert any("'visit'" in ln or "'White House'" in ln for ln in lines), check.stdout
    assert "suggestion(s)" in check.stderr


def test_installed_package_uses_its_own_resources(venv, tmp_path):
    probe = ("import json, unspin\n"
             "from unspin.resources_path import resource_dir\n"
             "d = resource_dir()\n"
             "print(json.dumps({'package': unspin.__file__, 'resources': str(d),\n"
             "  'lexicons': sorted(p.name for p in (d / 'lexicons').iterdir()),\n"
             "  'icon': (d / 'icons' / 'unspin.svg').is_file()}))\n")
    out = _run([venv / BIN / "python", "-c", probe], cwd=tmp_path)
    info = json.loads(out.stdout)
    venv_real = venv.resolve()
    for key in ("package", "resources"):
        path = Path(info[key]).resolve()
        assert path.is_relative_to(venv_real), f"{key} comes from {path}, not from the venv {venv_real}"
        assert not path.is_relative_to(ROOT), f"{key} comes from the source tree: {path}"
    expected = sorted(Path(f).name for f in _resource_files()
                      if f.startswith("lexicons/") and "/" not in f[len("lexicons/"):])
    assert set(expected) <= set(info["lexicons"]), (expected, info["lexicons"])
    assert any(name.endswith((".tsv", ".csv")) for name in info["lexicons"])
    assert info["icon"]
