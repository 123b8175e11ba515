"""Smoke test of the built bundle (``make dist-test``): the program a centre installs runs.

It runs the bundled executable, not the package, so a module, data file or Qt plugin that
PyInstaller left out fails here rather than at a centre.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from desk_app import __version__
from desk_app.demo.foundation import DEMO_MANAGER

TIMEOUT = 120


@pytest.fixture(scope="module")
def program() -> Path:
    bundle = Path(os.environ["DESK_APP_BUNDLE"]).resolve()
    executable = bundle / "desk-app"
    assert executable.is_file(), f"build the bundle first: make dist ({executable} is missing)"
    return executable


@pytest.fixture(scope="module")
def demo_folder(program: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bundle") / "data"
    run(program, "--data-dir", str(folder), "demo", "--days", "3", "--end", "2026-05-01")
    return folder


def run(program: Path, *args: str, typed: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    """Run the bundled program in a clean environment (no venv, no source tree on the path).

    ``typed`` is what the user types (a PIN, read from standard input when not a terminal).
    """
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": os.environ.get("HOME", "/tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        **env,
    }
    result = subprocess.run(
        [str(program), *args],
        capture_output=True,
        input=typed,
        text=True,
        timeout=TIMEOUT,
        env=environment,
        cwd=program.parent,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_version(program: Path) -> None:
    assert run(program, "--version").stdout.strip() == f"desk-app {__version__}"


def test_doctor_on_the_demo_centre(program: Path, demo_folder: Path) -> None:
    report = run(program, "--data-dir", str(demo_folder), "doctor").stdout
    assert "Integriteit: ok" in report
    assert "Alles in orde." in report


def test_backup_and_restore(program: Path, demo_folder: Path, tmp_path: Path) -> None:
    pin = f"{DEMO_MANAGER[1]}\n"  # the demo's social manager signs both
    run(program, "--data-dir", str(demo_folder), "backup", "--to", str(tmp_path), typed=pin)
    [copy] = tmp_path.glob("desk-*.sqlite3")
    restored = run(program, "--data-dir", str(demo_folder), "restore", str(copy), typed=pin)
    assert "teruggezet" in restored.stdout


def test_yearly_facts_from_the_bundle(program: Path, demo_folder: Path) -> None:
    text = run(program, "--data-dir", str(demo_folder), "report", "facts", "--year", "2026",
               "--json").stdout
    assert json.loads(text)["total"]["visits"] > 0


def test_the_central_schema_travels_in_the_bundle(program: Path) -> None:
    migrations = program.parent / "_internal" / "desk_app" / "central" / "migrations"
    assert list((migrations / "versions").glob("c00*.py"))


def test_the_style_sheet_icons_and_translation_travel_inside_the_package(program: Path) -> None:
    resources = program.parent / "_internal" / "desk_app" / "resources"
    assert (resources / "style.qss").is_file()
    assert (resources / "icons" / "huiskamer.svg").is_file()
    assert (resources / "translations" / "desk_app_en.qm").is_file()


def test_the_gui_opens_offscreen_and_closes(program: Path, demo_folder: Path) -> None:
    run(program, "--data-dir", str(demo_folder), DESK_APP_QUIT_AFTER_MS="1500")
    log = (demo_folder / "logs" / "desk-app.log").read_text(encoding="utf-8")
    assert "main window shown" in log
    assert "Traceback" not in log


def test_the_first_run_wizard_opens_and_closes(program: Path, tmp_path: Path) -> None:
    run(program, "--data-dir", str(tmp_path / "new"), DESK_APP_QUIT_AFTER_MS="1500")
    assert (tmp_path / "new" / "desk.sqlite3").is_file()
