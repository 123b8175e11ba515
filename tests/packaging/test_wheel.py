"""The built wheel carries the style sheet, icons and compiled translations, and runs.

The wheel is built the way ``make wheel`` builds it, from a copy of the checkout, and
unpacked into a folder of its own: the app then runs from that copy, with the source
tree's ``resources/`` nowhere on its path.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

# One build for the module, also when the suite runs on several workers (make test).
pytestmark = pytest.mark.xdist_group("wheel")

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120
ICONS = sorted(path.name for path in (ROOT / "resources" / "icons").glob("*.svg"))

# Run inside the unpacked wheel: where the app finds its resources, and whether Qt reads them.
FIND_RESOURCES = """
import json, desk_app
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QGuiApplication
from desk_app.ui.resources import icon, resource_dir, style_sheet, translation_file
app = QGuiApplication([])
print(json.dumps({
    "package": desk_app.__file__,
    "resources": str(resource_dir()),
    "style_sheet": style_sheet(15),
    "icon": not icon("huiskamer").isNull(),
    "translation": str(translation_file("en")),
    "translation_loads": QTranslator().load(str(translation_file("en"))),
}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of a copy of the checkout, its translation compiled from the committed .ts."""
    source = tmp_path_factory.mktemp("source")
    skip = shutil.ignore_patterns("__pycache__", "*.qm")
    for folder in ("desk_app", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=skip)
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    translations = source / "resources" / "translations"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    ts, qm = translations / "desk_app_en.ts", translations / "desk_app_en.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    out = tmp_path_factory.mktemp("wheel")
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    pip_wheel += ["--no-build-isolation", "--wheel-dir", str(out), str(source)]
    subprocess.run(pip_wheel, check=True, capture_output=True, timeout=TIMEOUT)
    [built] = out.glob("desk_app-*.whl")
    return built


@pytest.fixture(scope="module")
def unpacked(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(folder)
    return folder


def run(unpacked: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run Python on the unpacked wheel alone (the venv only lends the dependencies)."""
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(Path.home()),
        "PYTHONPATH": str(unpacked),
        "QT_QPA_PLATFORM": "offscreen",
        **env,
    }
    result = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=environment,
        cwd=unpacked,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_the_wheel_holds_what_the_app_reads_and_nothing_of_the_sources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "desk_app/resources/style.qss" in names
    assert {f"desk_app/resources/icons/{name}" for name in ICONS} <= names
    assert "desk_app/resources/translations/desk_app_en.qm" in names
    assert not [name for name in names if name.endswith((".ts", ".png"))]


def test_the_unpacked_wheel_finds_its_own_resources(unpacked: Path) -> None:
    found = json.loads(run(unpacked, "-c", FIND_RESOURCES).stdout)
    resources = unpacked / "desk_app" / "resources"
    assert Path(found["package"]).parent == unpacked / "desk_app"
    assert Path(found["resources"]) == resources
    assert f"{resources.as_posix()}/icons" in found["style_sheet"]
    assert found["icon"]
    assert Path(found["translation"]) == resources / "translations" / "desk_app_en.qm"
    assert found["translation_loads"]


def test_the_app_starts_from_the_wheel(unpacked: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    run(unpacked, "-m", "desk_app", "--data-dir", data, "demo", "--days", "3")
    run(unpacked, "-m", "desk_app", "--data-dir", data, DESK_APP_QUIT_AFTER_MS="1500")
    log = (tmp_path / "data" / "logs" / "desk-app.log").read_text(encoding="utf-8")
    assert "main window shown" in log
    assert "Traceback" not in log
