"""Build hook: the wheel carries the top-level ``resources`` folder as ``desk_app/resources``.

The checkout keeps ``resources/`` at the top; ``desk_app.ui.resources`` finds either place.
Everything else about the package is in ``pyproject.toml``.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.errors import FileError

SOURCE = Path(__file__).resolve().parent / "resources"
# What the app reads at run time; the .ts sources and the README's screenshots stay behind.
PATTERNS = ("style.qss", "icons/*.svg", "translations/*.qm")


def resource_files() -> list[Path]:
    """The resource files the app needs, refusing a build that would lack one."""
    found = []
    for pattern in PATTERNS:
        matches = sorted(SOURCE.glob(pattern))
        if not matches:
            raise FileError(f"resources/{pattern} is missing (make translations builds the .qm)")
        found += matches
    for ts in SOURCE.glob("translations/*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            raise FileError(f"{qm.name} is missing or older than {ts.name}: make translations")
    return found


class BuildPyWithResources(build_py):
    """``build_py`` that also copies the resources into the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads resources/ in the checkout
        target = Path(self.build_lib) / "desk_app" / "resources"
        for path in resource_files():
            destination = target / path.relative_to(SOURCE)
            self.mkpath(str(destination.parent))
            self.copy_file(str(path), str(destination))


setup(cmdclass={"build_py": BuildPyWithResources})
