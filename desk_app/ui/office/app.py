"""Office mode's start: the address checked (or asked), then the office window in its language."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from desk_app.bootstrap import Desk, open_desk
from desk_app.paths import DataFolder
from desk_app.services.office.address import OfficeAddress, load_office_address
from desk_app.services.preferences import Preferences, load_preferences, save_preferences
from desk_app.ui.i18n import install_translators, remove_translators, switch_language
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.sign_in import OfficeSignInDialog
from desk_app.ui.office.window import OfficeWindow
from desk_app.ui.theme import apply_theme

log = logging.getLogger(__name__)
EXIT_OK = 0


def run_office(folder: DataFolder, url: str | None = None, ca: Path | None = None) -> int:
    """``desk-app office``: open office mode on ``folder`` and run until its window closes."""
    from desk_app.ui.app import application, quit_when_asked  # noqa: PLC0415 - app imports us

    app = application()
    quit_when_asked(app)
    desk = open_desk(folder)
    try:
        office = OfficeMode(app, desk, BackgroundJobs())
        office.translators = install_translators(app, office.preferences.language)
        try:
            return office.run(url, ca)
        finally:  # the translators of the language chosen last
            remove_translators(app, office.translators)
    finally:
        desk.close()


class OfficeMode:
    """What lives as long as office mode: the address, the window, the screen's preferences."""

    def __init__(self, app: QApplication, desk: Desk, jobs: BackgroundJobs) -> None:
        self.app, self.desk, self.jobs = app, desk, jobs
        self.preferences = load_preferences(desk.uow)
        self.translators: list[QTranslator] = []
        self.context: OfficeContext | None = None
        self.window: OfficeWindow | None = None
        self.sign_in_dialog: OfficeSignInDialog | None = None

    def run(self, url: str | None = None, ca: Path | None = None) -> int:
        """Ask or check the address, show the window, run the event loop."""
        apply_theme(self.app, self.preferences.font_size)
        if self.sign_in(url, ca) is None:
            return EXIT_OK
        code = self.app.exec()
        self.jobs.wait()
        return code

    def sign_in(self, url: str | None = None, ca: Path | None = None) -> OfficeWindow | None:
        """The sign-in dialog, trying a given or stored address at once; then the window."""
        stored = load_office_address(self.desk.uow)
        known_ca = Path(stored.ca_file) if stored and stored.ca_file else None
        dialog = OfficeSignInDialog(
            self.desk.uow,
            self.desk.folder,
            self.jobs,
            url=url or (stored.url if stored else ""),
            ca_file=ca or known_ca,
        )
        if url or stored:
            QTimer.singleShot(0, dialog, dialog.try_address)
        self.sign_in_dialog = dialog  # held until Qt deletes it: never torn down by the collector
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted or dialog.address is None:
            return None
        return self.show(dialog.address)

    def show(self, address: OfficeAddress) -> OfficeWindow:
        """The office window over ``address``, maximised."""
        ca = Path(address.ca_file) if address.ca_file else None
        self.context = OfficeContext(address.connect_url, ca, self.jobs)
        return self._new_window()

    def _new_window(self) -> OfficeWindow:
        assert self.context is not None
        window = OfficeWindow(self.context, self.preferences)
        window.preferences_changed.connect(self.apply)
        window.showMaximized()
        self.window = window
        log.info("office window shown")
        return window

    def apply(self, preferences: Preferences) -> None:
        """Keep the new language or text size; a new language gets a window built in it."""
        previous, self.preferences = self.preferences, save_preferences(self.desk.uow, preferences)
        apply_theme(self.app, preferences.font_size)
        if preferences.language != previous.language:
            self.translators = switch_language(self.app, self.translators, preferences.language)
            old = self.window
            self._new_window()
            if old is not None:
                old.close()
                old.deleteLater()
