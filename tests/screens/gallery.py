"""Render each page of the main window and each dialog, per text size and language, as PNG;
office mode's window, pages and dialogs too (``office.py``).

The window is laid out as on a reception PC of 1366x768 with a 40 px taskbar and a title
bar; a dialog is shown at the size it asks for, never taller than that space.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.bootstrap import Desk, open_desk
from desk_app.demo import DemoOptions, generate
from desk_app.kinds import Role
from desk_app.paths import DataFolder
from desk_app.services import auth, people
from desk_app.services.auth import Actor
from desk_app.services.preferences import Preferences
from desk_app.ui.app import application
from desk_app.ui.i18n import install_translators, remove_translators
from desk_app.ui.main_window import MainWindow
from desk_app.ui.theme import apply_theme
from tests.screens import office
from tests.screens.dialogs import DIALOGS

TEXT_SIZES = (13, 18, 22)  # the default, a large and the largest size Weergave offers
LANGUAGES = ("nl", "en")
SCREEN = QSize(1366, 768)
TASKBAR, TITLE_BAR = 40, 30
WINDOW = QSize(SCREEN.width(), SCREEN.height() - TASKBAR - TITLE_BAR)
DEMO_MANAGER_PIN = "123456"


def render_gallery(target: Path) -> list[Path]:
    """Every page and dialog in every size and language, written below ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    app = application()
    written: list[Path] = []
    with demo_desk() as desk:
        actor = demo_manager(desk)
        for language in LANGUAGES:
            translators = install_translators(app, language)
            try:
                for size in TEXT_SIZES:
                    apply_theme(app, size)
                    written += _render_window(app, desk, actor, target, f"{size}pt-{language}")
                    shown = Preferences(font_size=size, language=language)
                    written += _render_office(app, desk, target, shown)
            finally:
                remove_translators(app, translators)
    return written


@contextmanager
def demo_desk() -> Iterator[Desk]:
    """A small seeded demo centre in a scratch folder."""
    with tempfile.TemporaryDirectory(prefix="desk-screens-") as scratch:
        desk = open_desk(DataFolder(Path(scratch)))
        generate(desk.uow, DemoOptions(days=14, seed=7))
        try:
            yield desk
        finally:
            desk.close()


def demo_manager(desk: Desk) -> Actor:
    """The demo's social manager, logged in with her PIN."""
    account = next(a for a in people.desk_accounts(desk.uow) if a.role is Role.MANAGER)
    return auth.authenticate(desk.uow, account.person_id, DEMO_MANAGER_PIN)


def _render_window(
    app: QApplication, desk: Desk, actor: Actor, target: Path, suffix: str
) -> list[Path]:
    window = MainWindow(desk, "De Meent", actor)
    window.resize(WINDOW)
    window.show()
    written = []
    try:
        for index, page in enumerate(window.pages):
            window.show_section(index)
            written.append(_save(app, window, target / f"page-{page.icon_name}-{suffix}.png"))
        for name, make in DIALOGS.items():
            dialog = make(window, desk, actor)
            written.append(_save_dialog(app, dialog, target / f"dialog-{name}-{suffix}.png"))
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return written


def _render_office(
    app: QApplication, desk: Desk, target: Path, preferences: Preferences
) -> list[Path]:
    """Office mode's window with each of its pages, and its dialogs."""
    suffix = f"{preferences.font_size}pt-{preferences.language}"
    written = []
    with office.office_window(WINDOW, preferences=preferences) as window:
        for name in office.FILLS:
            office.show_office_page(window, name)
            written.append(_save(app, window, target / f"office-{name}-{suffix}.png"))
        for name, make in office.DIALOGS.items():
            dialog = make(window, desk.uow, desk.folder)
            written.append(_save_dialog(app, dialog, target / f"office-dialog-{name}-{suffix}.png"))
    return written


def show_dialog(dialog: QWidget) -> None:
    """Show a dialog at the size it asks for, never taller than the window's space (as Qt would)."""
    wanted = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    dialog.resize(wanted.boundedTo(WINDOW))
    dialog.show()


def _save_dialog(app: QApplication, dialog: QWidget, path: Path) -> Path:
    show_dialog(dialog)
    try:
        return _save(app, dialog, path)
    finally:
        dialog.close()
        dialog.deleteLater()


def _save(app: QApplication, widget: QWidget, path: Path) -> Path:
    app.processEvents()
    widget.grab().save(str(path))
    return path
