"""The one place that wires the GUI: core, preferences, language, style, crash handler, windows."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desk_app.bootstrap import Desk, open_desk
from desk_app.errors import DeskError
from desk_app.logs import configure_logging
from desk_app.paths import DataFolder
from desk_app.services import centre
from desk_app.services.auth import Actor
from desk_app.services.desk_lock import FolderInUse, Use
from desk_app.services.living_room import passes
from desk_app.services.office.address import OfficeAddress, load_office_address
from desk_app.services.preferences import Preferences, load_preferences
from desk_app.ui.collector import collect_on_gui_thread, taken_apart
from desk_app.ui.crash import CrashHandler
from desk_app.ui.daily_backup import DailyBackup
from desk_app.ui.i18n import install_translators, remove_translators, switch_language
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.main_window import MainWindow
from desk_app.ui.messages import error_text
from desk_app.ui.resources import icon
from desk_app.ui.scanner import ScanCatcher
from desk_app.ui.theme import apply_theme
from desk_app.ui.touch import guard_wheel

log = logging.getLogger(__name__)
EXIT_OK, EXIT_FAILED = 0, 1
# The bundle's smoke test opens the GUI offscreen and needs it to close by itself.
QUIT_AFTER_ENV = "DESK_APP_QUIT_AFTER_MS"
FIRST_PAINT_WAIT_MS = 3_000


def run_gui(folder: DataFolder) -> int:
    """Open the desk on ``folder`` and run until the main window closes; return the exit code."""
    app = application()
    quit_when_asked(app)
    try:
        desk = open_desk(folder, Use.DESK)
    except FolderInUse as error:
        configure_logging(folder.logs)  # the holder's log: one appended line is safe
        log.warning("not opened: %s", error.message)
        _show_in_use(error_text(error))
        return EXIT_FAILED
    except DeskError as error:
        log.exception("cannot open the data folder %s", folder.root)
        _show_start_failure(error_text(error), folder)
        return EXIT_FAILED
    try:
        return DeskApp(app, desk).run()
    finally:
        desk.close()


def application() -> QApplication:
    """The QApplication of this process, created once."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("desk-app")
    app.setApplicationDisplayName("Balie")
    app.setWindowIcon(icon("huiskamer"))
    guard_wheel(app)  # the wizard and the login too: the wheel never changes an unfocused choice
    return app


def quit_when_asked(app: QApplication) -> None:
    """Close the GUI after ``DESK_APP_QUIT_AFTER_MS`` milliseconds, when that is set (tests)."""
    delay = os.environ.get(QUIT_AFTER_ENV, "")
    if delay.isdigit():
        log.info("the GUI closes itself after %s ms", delay)
        QTimer.singleShot(int(delay), app.closeAllWindows)
        QTimer.singleShot(int(delay), app.quit)


def _show_start_failure(text: str, folder: DataFolder) -> None:
    title = QCoreApplication.translate("DeskApp", "De balie kan niet starten")
    more = QCoreApplication.translate(
        "DeskApp", "Vraag de sociaal beheerder om hulp. De gegevensmap is: {folder}"
    )
    QMessageBox.critical(None, title, f"{text}\n\n{more.format(folder=folder.root)}")


def _show_in_use(text: str) -> None:
    """Another desk (or a restore) has the data folder: nothing is wrong, so no alarm."""
    title = QCoreApplication.translate("DeskApp", "De balie is al in gebruik")
    QMessageBox.information(None, title, text)


class DeskApp:
    """What lives as long as the GUI: translators, crash handler and the main window."""

    def __init__(self, app: QApplication, desk: Desk) -> None:
        self.app = app
        self.desk = desk
        self.translators: list[QTranslator] = []
        self.language = "nl"
        self.window: MainWindow | None = None
        self.backups: DailyBackup | None = None
        self.scanner: ScanCatcher | None = None
        self.jobs = BackgroundJobs()
        self.office_address: OfficeAddress | None = None

    def run(self) -> int:
        """Set up the screen, then wizard (first run), login and main window."""
        preferences = load_preferences(self.desk.uow)
        self.translators = install_translators(self.app, preferences.language)
        self.language = preferences.language
        try:
            return self._run(preferences)
        finally:  # the run is over: a later one in this process (a test) starts untranslated
            remove_translators(self.app, self.translators)

    def _run(self, preferences: Preferences) -> int:
        apply_theme(self.app, preferences.font_size)
        sys.excepthook = CrashHandler()
        first_run = not centre.is_set_up(self.desk.uow)
        if first_run and load_office_address(self.desk.uow) is not None:
            return self._run_office(None)  # the office's PC: no centre, office mode again
        actor = self._first_run() if first_run else None
        if first_run and actor is None:
            return self._run_office(self.office_address) if self.office_address else EXIT_OK
        self.window = self.main_window(actor)
        if (screen := self.app.primaryScreen()) is not None:
            self.window.resize(screen.availableGeometry().size())  # in case maximising is ignored
        self.window.showMaximized()
        settle_start_up()
        self.scanner = ScanCatcher(self.window.take_scan, parent=self.window)
        self.scanner.install(self.app)  # the scanner is heard on every page and in every state
        log.info("main window shown")
        after_first_paint(self.window, partial(self._shown, login=actor is None))
        code = self.app.exec()
        self.app.removeEventFilter(self.scanner)  # the run is over: its window hears no more
        self.jobs.wait()
        return code

    def _shown(self, *, login: bool) -> None:
        """The main window is on the screen: the login opens over it, then the day's chores.

        The retention period's erasures, the day's first backup (a copy of the whole
        database, most of a second on a year's data) and a stale sync change nothing the
        first screen shows, so they no longer hold it up in the morning: the sync's thread
        no longer competes with the first paint either.
        """
        assert self.window is not None
        if login:
            self.window.switch_person()
        passes.apply_retention(self.desk.uow)
        self.backups = self.daily_backup(self.window)
        self.window.sync.start_if_stale()

    def main_window(self, actor: Actor | None) -> MainWindow:
        """The main window for ``actor``, with its display changes applied app-wide."""
        name = centre.centre_details(self.desk.uow).name
        window = MainWindow(self.desk, name, actor, jobs=self.jobs)
        # held strongly: a bound method of a plain object would be connected weakly
        window.preferences_changed.connect(partial(DeskApp.apply_preferences, self))
        sys.excepthook = CrashHandler(window)
        return window

    def apply_preferences(self, preferences: Preferences) -> None:
        """Saved display settings take effect at once: the text size, and the language."""
        apply_preferences(self.app, preferences)
        if preferences.language != self.language:
            self.translators = switch_language(self.app, self.translators, preferences.language)
            self.language = preferences.language

    def daily_backup(self, window: MainWindow) -> DailyBackup:
        """Start the daily backup; a failure shows in the status bar until it succeeds."""
        daily = DailyBackup(self.desk, window)
        daily.backup_failed.connect(window.status.show_backup_problem)
        daily.backup_taken.connect(window.status.clear_backup_problem)
        daily.start()
        return daily

    def _first_run(self) -> Actor | None:
        """The wizard; its new manager is at the desk straight away (or the office chosen)."""
        from desk_app.ui.wizard.first_run import FirstRunWizard  # noqa: PLC0415 - first run only

        settle_start_up()
        wizard = FirstRunWizard(self.desk.uow, self.jobs, folder=self.desk.folder)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        self.office_address = wizard.office_address if accepted else None
        return wizard.actor if accepted else None

    def _run_office(self, address: OfficeAddress | None) -> int:
        """Office mode in this run: the window over ``address`` (or the address asked first)."""
        from desk_app.ui.office.app import OfficeMode  # noqa: PLC0415 - the office PC only

        settle_start_up()
        office = OfficeMode(self.app, self.desk, self.jobs)
        office.translators = self.translators
        self.office = office
        shown = office.show(address) if address else office.sign_in()
        if shown is None:
            return EXIT_OK
        code = self.app.exec()
        self.translators = office.translators
        self.jobs.wait()
        return code


class _FirstPaint(QObject):
    """Runs ``action`` once, on the event loop's next turn after ``widget`` first painted.

    A window that gets no paint (a locked screen) runs it after ``FIRST_PAINT_WAIT_MS``.
    """

    def __init__(self, widget: QWidget, action: Callable[[], object]) -> None:
        super().__init__(widget)
        self.action: Callable[[], object] | None = action
        widget.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Wait for the first paint event; let every event through."""
        if taken_apart(self):
            return False
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        action, self.action = self.action, None
        if action is not None:
            action()


def after_first_paint(widget: QWidget, action: Callable[[], object]) -> None:
    """Run ``action`` once ``widget`` has painted, so a dialog opens over a drawn window."""
    _FirstPaint(widget, action)


def settle_start_up() -> None:
    """Take what start-up built out of the cyclic collector's way, then collect between events.

    The entry point (``cli``) holds the collector back while the desk starts; frozen here,
    the modules, classes and window are never walked again, neither by a collection during
    the day nor at exit, which took a third of the whole start on a year's demo centre.
    From here on garbage is collected on the GUI thread's timer (:mod:`desk_app.ui.collector`).
    """
    if not gc.isenabled():
        gc.freeze()
    collect_on_gui_thread(application())


def apply_preferences(app: QApplication, preferences: Preferences) -> None:
    """Apply saved display settings that take effect at once (the text size)."""
    apply_theme(app, preferences.font_size)
