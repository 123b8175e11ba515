"""The daily backup while the desk runs: at start and then every hour, if today has none."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desk_app.bootstrap import Desk
from desk_app.errors import DeskError
from desk_app.services import backups, operations
from desk_app.ui.messages import error_text

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 60 * 60 * 1000


class DailyBackup(QObject):
    """Takes the day's backup into the configured folder and prunes old ones.

    A backup of the desk's database takes well under a second, so it runs on the GUI
    thread; SQLite's online backup lets the desk keep writing meanwhile.

    Signals:
        backup_taken: a backup was written; carries its path as text.
        backup_failed: the backup could not be made; carries the reason in the user's words.
    """

    backup_taken = Signal(str)
    backup_failed = Signal(str)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.run_if_due)

    def start(self) -> None:
        """Check now, then every hour."""
        self.timer.start()
        self.run_if_due()

    @Slot()
    def run_if_due(self) -> Path | None:
        """Take today's backup unless there is one; report a failure instead of raising it."""
        settings = operations.load_operations(self.desk.uow)
        folder = settings.backup_path(self.desk.folder)
        try:
            taken = backups.daily_backup(
                self.desk.database, folder, settings.retention_days, self.desk.uow.now()
            )
        except DeskError as error:
            log.warning("daily backup failed: %s", error.message)
            self.backup_failed.emit(error_text(error))
            return None
        if taken is not None:
            self.backup_taken.emit(str(taken))
        return taken
