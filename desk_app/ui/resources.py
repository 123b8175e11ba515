"""The style sheet, SVG icons and compiled translations, wherever the app runs from."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from string import Template

from PySide6.QtGui import QIcon

import desk_app


def resource_dir() -> Path:
    """The folder of the style sheet, ``icons`` and ``translations``.

    The wheel and the PyInstaller bundle carry it inside the package (``desk_app/resources``,
    put there by ``setup.py`` and the spec); a checkout, installed editable or not, has it at
    the top, beside the package. Qt reads files by name, so only a folder on disk will do.
    """
    packaged = files(desk_app) / "resources"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(desk_app.__file__).resolve().parent.parent / "resources"


def icon(name: str) -> QIcon:
    """An SVG icon from ``resources/icons`` by its file name without extension."""
    return QIcon(str(resource_dir() / "icons" / f"{name}.svg"))


NAV_TEXT_MAX = 16  # points, as at the default size: readable, and the page keeps its width


def style_sheet(font_size: int) -> str:
    """The style sheet with its sizes (points) and the icon folder filled in."""
    text = (resource_dir() / "style.qss").read_text(encoding="utf-8")
    return Template(text).substitute(
        base=font_size,
        large=round(font_size * 1.25),
        title=round(font_size * 1.7),
        status=min(font_size, 15),  # the status bar stays on one line at large sizes
        navtext=min(round(font_size * 1.25), NAV_TEXT_MAX),
        nav=max(240, min(font_size, NAV_TEXT_MAX) * 15),  # fits its longest name, no wider
        icons=(resource_dir() / "icons").as_posix(),
    )


def translation_file(language: str) -> Path:
    """The compiled translation (``.qm``) of the app's texts for ``language``."""
    return resource_dir() / "translations" / f"desk_app_{language}.qm"
