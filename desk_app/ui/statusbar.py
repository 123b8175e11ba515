"""The status bar: centre, person at the desk, last sync and the time."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desk_app.formatting import Formatter, now_local
from desk_app.services.auth import Actor
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.scan_outcome import ScanOutcome
from desk_app.ui.status_text import ClickableLabel, ElidedLabel

CLOCK_INTERVAL_MS = 15_000
CLOCK_PATTERN = "EEE d MMMM  HH:mm"
CENTRE_KEEP = 20  # a centre's name stays whole; the person and sync texts give way first
WARNINGS_KEEP = 12  # "Let op (4): " stays, so the desk sees there is something to tap


def clock_text(formatter: Formatter) -> str:
    """The day and time in the centre's zone, as receipts and sign-ins have them (not the PC's)."""
    return formatter.moment(now_local(), CLOCK_PATTERN)


class DeskStatusBar(QStatusBar):
    """Always-visible facts of the desk, refreshed by a clock timer.

    Signals:
        conflicts_requested: the person wants the list of double bookings.
    """

    conflicts_requested = Signal()

    def __init__(self, centre_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        # Every text shortens itself rather than widen the window; a tap shows all of it.
        self.centre = ElidedLabel(self, keep=CENTRE_KEEP)
        self.centre.set_whole_text(centre_name)
        self.person = ElidedLabel(self)
        self.sync = ElidedLabel(self)
        self.warnings = ElidedLabel(self, leftover=True, keep=WARNINGS_KEEP)
        self.warnings.setObjectName("warnings")
        self.backup = ElidedLabel(self)
        self.backup.setObjectName("message")
        self.backup.setProperty("kind", "error")
        self.backup.hide()
        self.conflicts = ClickableLabel(self)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setMinimumWidth(
            48
        )  # on a narrow screen cut short, never widening the window
        self.actor: Actor | None = None
        self._name_conflicts()
        self.conflicts.clicked.connect(self.conflicts_requested)
        self.conflicts.hide()
        self.clock = QLabel(self)
        self.clock.setObjectName("clock")
        for label in (self.centre, self.person, self.sync, self.backup, self.conflicts):
            self.addWidget(label)
        self.addWidget(self.warnings, 1)
        self.outcome = ScanOutcome(self)  # a scan's outcome, beside the labels, never over them
        self.addPermanentWidget(self.outcome)
        self.addPermanentWidget(self.clock)
        self.show_actor(None)
        self.show_last_sync(self.tr("nog nooit"))
        self.timer = QTimer(self)
        self.timer.setInterval(CLOCK_INTERVAL_MS)
        self.timer.timeout.connect(self.update_clock)
        self.timer.start()
        self.update_clock()

    def _name_conflicts(self) -> None:
        self.conflicts.setToolTip(
            self.tr(
                "In de centrale database staan dubbele boekingen van een zaal. "
                "Klik voor de lijst en wat te doen."
            )
        )

    def retranslate(self) -> None:
        """The texts this bar holds itself, in the installed language (the window does the rest)."""
        self._name_conflicts()
        self.show_actor(self.actor)
        self.update_clock()
        if not self.backup.isHidden():
            self._name_backup_problem(self.backup.details)

    def show_actor(self, actor: Actor | None) -> None:
        """Show who is at the desk now."""
        self.actor = actor
        if actor is None:
            self.person.set_whole_text(
                self.tr("Niemand aan de balie"), short=self.tr("Balie: niemand")
            )
            return
        text = self.tr("Aan de balie: {name} ({role})")
        whole = text.format(name=actor.name, role=kind_text(actor.role))
        self.person.set_whole_text(whole, short=self.tr("Balie: {name}").format(name=actor.name))

    def show_warnings(self, texts: list[str]) -> None:
        """The first warning and how many there are; a tap shows all of them."""
        if not texts:
            self.warnings.set_whole_text("")
            return
        summary = self.tr("Let op ({count}): {first}").format(count=len(texts), first=texts[0])
        # "Let op (4): " (in the screen's language) stays when the rest gives way
        ends_with_first = summary.endswith(texts[0])
        self.warnings.keep = len(summary) - len(texts[0]) if ends_with_first else WARNINGS_KEEP
        self.warnings.set_whole_text(summary, "\n".join(texts))

    def show_last_sync(self, text: str, details: str = "") -> None:
        """Show when the nightly sync last succeeded; a tap shows ``details`` (the last error)."""
        whole = self.tr("Laatste synchronisatie: {when}").format(when=text)
        self.sync.set_whole_text(whole, details, self.tr("Sync: {when}").format(when=text))

    def show_conflicts(self, count: int) -> None:
        """Warn of double bookings in the central database (hidden when there are none).

        The text is short so it fits beside the sync time; the tooltip says where they are.
        """
        if count == 1:
            self.conflicts.setText(self.tr("1 dubbele boeking"))
        else:
            self.conflicts.setText(self.tr("{count} dubbele boekingen").format(count=count))
        self.conflicts.setVisible(count > 0)

    @Slot(str)
    def show_backup_problem(self, reason: str) -> None:
        """Say that today's backup failed (a USB stick missing, say), with the reason."""
        self._name_backup_problem(reason)
        self.backup.show()

    def _name_backup_problem(self, reason: str) -> None:
        whole, short = self.tr("Geen reservekopie vandaag"), self.tr("Geen back-up")
        self.backup.keep = len(short)  # squeezed, the short wording still reads whole
        self.backup.set_whole_text(whole, reason, short)

    @Slot()
    def clear_backup_problem(self) -> None:
        """The backup succeeded after all."""
        self.backup.hide()

    @Slot()
    def update_clock(self) -> None:
        """Show the current day and time (minutes are enough for a desk)."""
        self.clock.setText(clock_text(screen_formatter()))
