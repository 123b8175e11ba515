"""The main window: navigation to the seven sections, desk actions and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.bootstrap import Desk
from desk_app.kinds import Role
from desk_app.services.auth import Actor, log_out, role_allows
from desk_app.services.preferences import Preferences
from desk_app.services.volunteers.duty_board import duty_board
from desk_app.ui.accessible import prepare
from desk_app.ui.context import PageContext
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.key_hints import KeyedButton
from desk_app.ui.login import LoginDialog
from desk_app.ui.messages import warning_text
from desk_app.ui.modal import open_dialog
from desk_app.ui.navigation import NavigationList
from desk_app.ui.page import Change, Page
from desk_app.ui.resources import icon
from desk_app.ui.scan_router import ScanRouter
from desk_app.ui.sections import SECTIONS
from desk_app.ui.statusbar import DeskStatusBar
from desk_app.ui.sync_control import SyncController
from desk_app.ui.touch import guard_wheel

WARNINGS_INTERVAL_MS = 60_000


class MainWindow(QMainWindow):
    """The desk's home screen, for the person who logged in (``None`` until someone does).

    Signals:
        preferences_changed: display settings were saved; carries the :class:`Preferences`.
        actor_changed: another person logged in at the desk; carries the :class:`Actor`.
    """

    preferences_changed = Signal(object)
    actor_changed = Signal(object)

    def __init__(
        self,
        desk: Desk,
        centre_name: str,
        actor: Actor | None,
        parent: QWidget | None = None,
        jobs: BackgroundJobs | None = None,
    ) -> None:
        super().__init__(parent)
        if (app := QCoreApplication.instance()) is not None:
            guard_wheel(app)  # no page or dialog over it changes a choice on an unfocused wheel
        self.uow = desk.uow
        self.actor = actor
        self.folder = desk.folder
        self.jobs = jobs if jobs is not None else BackgroundJobs(self)
        self.context = PageContext(desk.uow, desk.folder, lambda: self.actor, jobs=self.jobs)
        self.centre_name = centre_name
        self.retranslating = False
        self.setWindowTitle(self.tr("Balie {centre}").format(centre=centre_name))
        self.navigation = NavigationList(self)
        self.stack = QStackedWidget(self)
        self._pages: list[Page | None] = [None] * len(SECTIONS)
        for section in SECTIONS:
            self.stack.addWidget(_scroll_area())
            self.navigation.add_section(icon(section.icon_name), section.title(), self)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.setCurrentRow(0)
        self.switch_button = self._side_button("wissel", "Ctrl+L")
        self.switch_button.clicked.connect(self.switch_person)
        self.manage_button = self._side_button("beheer", "Ctrl+B")
        self.manage_button.setMenu(self._manage_menu())
        self.display_button = self._side_button("weergave", "Ctrl+G")
        self.display_button.clicked.connect(self.open_display_settings)
        self._name_side_buttons()
        self._name_manage_menu()
        self.setCentralWidget(self._central())
        self.status = DeskStatusBar(centre_name, self)
        self.setStatusBar(self.status)
        self.sync = SyncController(self.uow, self.status, self.jobs, self)
        self.sync.refresh()
        self.scans = ScanRouter(
            self.current_page, lambda: self.pages, lambda: self.actor, self.status.outcome
        )
        self.set_actor(actor)
        self.dialog: QDialog | None = None
        self.warnings_timer = QTimer(self)
        self.warnings_timer.timeout.connect(self.refresh_warnings)
        self.warnings_timer.start(WARNINGS_INTERVAL_MS)
        self.refresh_warnings()

    def _central(self) -> QWidget:
        side = QVBoxLayout()
        side.addWidget(self.navigation, 1)
        for button in (self.switch_button, self.manage_button, self.display_button):
            side.addWidget(button)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.navigation.setFocus()
        return central

    def _side_button(self, icon_name: str, keys: str) -> QPushButton:
        button = KeyedButton(icon(icon_name), "", self)
        button.setObjectName("side")
        button.setIconSize(QSize(28, 28))
        sequence = QKeySequence(keys)
        button.setProperty("keys", sequence.toString(QKeySequence.SequenceFormat.NativeText))
        shortcut = QShortcut(sequence, self)
        shortcut.activated.connect(button.click)
        return button

    def _name_side_buttons(self) -> None:
        """The side buttons' texts, their keys (under the text, in the tooltip) and names."""
        texts = {
            self.switch_button: self.tr("Wissel"),
            self.manage_button: self.tr("Beheer"),
            self.display_button: self.tr("Weergave"),
        }
        for button, text in texts.items():
            button.setText(text)
            button.setToolTip(f"{text} ({button.property('keys')})")
            button.setAccessibleName(text)
            button.setAccessibleDescription(
                self.tr("Sneltoets {keys}").format(keys=button.property("keys"))
            )

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: another language was installed; every text follows, once per switch.

        A window not on the screen (closed) follows when it is shown again.
        """
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self.retranslating:
            self.retranslating = True  # a switch removes and installs: several events, one redo
            if self.isVisible():
                QTimer.singleShot(0, self, self.retranslate)

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: a language chosen while the window was hidden shows now."""
        super().showEvent(event)
        if self.retranslating:
            self.retranslate()

    @Slot()
    def retranslate(self) -> None:
        """Every text of the window in the installed language; the person at the desk stays.

        The pages built so far are built anew in place, each taking over from its old self
        what it held in hand (:meth:`Page.adopt`); the section shown stays shown.
        """
        self.retranslating = False
        self.setWindowTitle(self.tr("Balie {centre}").format(centre=self.centre_name))
        for row, section in enumerate(SECTIONS):
            self.navigation.retitle(row, section.title())
        self._name_side_buttons()
        self._name_manage_menu()
        self.status.retranslate()
        self.sync.refresh()
        self.refresh_warnings()
        self._rebuild_pages()
        self.set_actor(self.actor)

    def _rebuild_pages(self) -> None:
        shown = self.stack.currentIndex()
        for index, old in enumerate(self._pages):
            if old is None:
                continue
            area = self.stack.widget(index)
            assert isinstance(area, QScrollArea)
            area.takeWidget()
            self._pages[index] = None
            self.page(index).adopt(old)
            old.deleteLater()
        self.stack.setCurrentIndex(shown)

    def _manage_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction("", self.open_accounts)
        menu.addAction("", self.open_centre_details)
        menu.addAction("", self.open_settings)
        menu.addAction("", self.open_audit_log)
        menu.addAction("", self.start_sync)
        menu.addAction("", self.open_sync_log)
        menu.addAction("", self.open_books_export)
        return menu

    def _name_manage_menu(self) -> None:
        """The texts of the Beheer menu, in the order its actions were added."""
        texts = (
            self.tr("Accounts"),
            self.tr("Buurthuisgegevens"),
            self.tr("Instellingen"),
            self.tr("Auditlog"),
            self.tr("Synchroniseren"),
            self.tr("Synchronisatielog en fouten"),
            self.tr("Boekhouding exporteren…"),
        )
        menu = self.manage_button.menu()
        for action, text in zip(menu.actions(), texts, strict=True):
            action.setText(text)

    def page(self, index: int) -> Page:
        """The page of the section at ``index``, built (its module imported) on first use."""
        page = self._pages[index]
        if page is None:
            area = self.stack.widget(index)
            assert isinstance(area, QScrollArea)
            page = SECTIONS[index].page_type()(self.context, area)
            page.changed.connect(self._page_changed)
            area.setWidget(page)
            area.setAccessibleName(SECTIONS[index].title())
            prepare(area)
            self._pages[index] = page
        return page

    @property
    def pages(self) -> list[Page]:
        """Every section's page, building the ones not opened yet (tests, screenshots)."""
        return [self.page(index) for index in range(len(SECTIONS))]

    def built_pages(self) -> list[Page]:
        """The pages opened so far; the others are built when first shown."""
        return [page for page in self._pages if page is not None]

    @Slot(int)
    def _show_page(self, index: int) -> None:
        self.page(index)
        self.stack.setCurrentIndex(index)

    def current_page(self) -> Page:
        """The section shown now."""
        return self.page(self.stack.currentIndex())

    def show_section(self, index: int) -> None:
        """Show the section at ``index`` of the navigation."""
        self.navigation.setCurrentRow(index)

    @Slot(object)
    def _page_changed(self, change: Change) -> None:
        """One page recorded something: the page shown and the status bar re-read what they show.

        A page not built yet reads everything when it is, a hidden one in its ``showEvent``:
        refreshing every built page on each scan cost several times the scan itself.
        """
        shown = self._pages[self.stack.currentIndex()]
        if shown is not None and shown is not self.sender():
            shown.refresh_for(change)
        if change is Change.DUTY:
            self.refresh_warnings()
        if change is Change.DAY_CLOSED:
            self.sync.start()  # the closed day goes to the central database straight away

    @Slot()
    def refresh_warnings(self) -> None:
        """The duty board's warnings in the status bar (no responder, bar, certificates)."""
        self.status.show_warnings([warning_text(w) for w in duty_board(self.uow).warnings])

    def show_last_sync(self, text: str) -> None:
        """Show when the sync last succeeded, in words."""
        self.status.show_last_sync(text)

    @Slot()
    def start_sync(self) -> None:
        """The manager's "Synchroniseren": a sync in the background, progress below."""
        if not self.sync.start() and not self.sync.running:
            self.status.show_last_sync(self.tr("geen centrale database ingesteld"))

    @Slot(object)
    def set_actor(self, actor: Actor | None) -> None:
        """Make ``actor`` the person at the desk; the session of the one before ends."""
        if self.actor is not None and (actor is None or actor.ticket != self.actor.ticket):
            log_out(self.uow, self.actor)
        self.actor = actor
        self.status.show_actor(actor)
        manager = actor is not None and role_allows(actor.role, Role.MANAGER)
        self.manage_button.setEnabled(manager)
        self.manage_button.setToolTip(
            self.tr("Beheer (Ctrl+B)") if manager else self.tr("Alleen voor de sociaal beheerder")
        )
        self.actor_changed.emit(actor)
        for page in self.built_pages():  # every page: the previous person's words and PIN go
            page.refresh_for(Change.PERSON)
        self.scans.release()

    @Slot(str)
    def take_scan(self, code: str) -> None:
        """A scan caught anywhere (``ui/scanner.py``): to the page shown, else the living room."""
        self.scans.take(code)

    @Slot()
    def switch_person(self) -> None:
        """Let another person log in; the current one stays until someone does."""
        dialog = LoginDialog(self.uow, self)
        dialog.logged_in.connect(self.set_actor)
        self._open(dialog)

    @Slot()
    def open_accounts(self) -> None:
        """The manager's list of desk accounts."""
        from desk_app.ui.admin.accounts import AccountsDialog  # noqa: PLC0415 - see _open

        if self.actor is not None:
            self._open(AccountsDialog(self.uow, self.actor, self))

    @Slot()
    def open_centre_details(self) -> None:
        """The manager's form for the centre's details, hours and parts of the day."""
        from desk_app.ui.admin.centre import CentreDialog  # noqa: PLC0415 - see _open

        if self.actor is not None:
            self._open(CentreDialog(self.uow, self.actor, self))

    @Slot()
    def open_settings(self) -> None:
        """The manager's settings: central database, backups and the nightly sync time."""
        from desk_app.ui.admin.settings import SettingsDialog  # noqa: PLC0415 - see _open

        if self.actor is not None:
            dialog = SettingsDialog(self.uow, self.actor, self.folder, self, self.sync)
            dialog.centre_details_requested.connect(self.open_centre_details)
            self._open(dialog)

    @Slot()
    def open_sync_log(self) -> None:
        """The settings opened on the sync log, the central errors and the double bookings."""
        from desk_app.ui.admin.settings import SettingsDialog  # noqa: PLC0415 - see _open

        self.open_settings()
        if isinstance(self.dialog, SettingsDialog):
            self.dialog.show_sync_tab()

    @Slot()
    def open_audit_log(self) -> None:
        """The read-only audit log."""
        from desk_app.ui.admin.audit import AuditDialog  # noqa: PLC0415 - see _open

        if self.actor is not None:
            self._open(AuditDialog(self.uow, self.actor, self))

    @Slot()
    def open_books_export(self) -> None:
        """The year's books as an audit file for the accountant."""
        from desk_app.ui.admin.books_export import BooksExportDialog  # noqa: PLC0415 - see _open

        if self.actor is not None:
            self._open(BooksExportDialog(self.context, self))

    @Slot()
    def open_display_settings(self) -> None:
        """Font size and language of this PC."""
        from desk_app.ui.display import DisplayDialog  # noqa: PLC0415 - see _open

        dialog = DisplayDialog(self.uow, self)
        dialog.preferences_saved.connect(self._preferences_saved)
        self._open(dialog)

    @Slot(object)
    def _preferences_saved(self, preferences: Preferences) -> None:
        self.preferences_changed.emit(preferences)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let the running and waiting jobs end (a print gives up after its time-out).

        The pages' and the status bar's timers stop: a closed window reads nothing more.
        """
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.jobs.wait()
        super().closeEvent(event)

    def _open(self, dialog: QDialog) -> None:
        """Show a dialog modal to this window without blocking (tests reach it as ``dialog``).

        The dialogs' modules are imported by the slots that open them, not at start-up.
        """
        self.dialog = open_dialog(dialog)


def _scroll_area() -> QScrollArea:
    """Where a page scrolls when the screen is small or the text large, never cut off."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area
