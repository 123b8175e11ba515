"""Undo a stamp taken off a strippenkaart by mistake: pick the stamp, say why.

The service decides who may: the desk within a few minutes of the stamp, the social manager
later; the stamp stays and a reversal row with the reason undoes it.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QWidget

from desk_app.formatting import to_local
from desk_app.services.activities import stamps
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.touch import touch_sized
from desk_app.ui.widgets import MessageLabel, add_row, form_layout


class UndoStampDialog(QDialog):
    """The session's stamps, newest first, and the reason; ``undone`` holds the outcome."""

    def __init__(
        self, uow: UnitOfWork, actor: Actor, session_id: UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.uow = uow
        self.undone: stamps.Stamped | None = None
        self.setWindowTitle(self.tr("Stempel terugdraaien"))
        self.stamp = touch_sized(QComboBox(self))
        self.stamp.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for info in stamps.session_stamps(uow, session_id):
            self.stamp.addItem(f"{info.code}  {to_local(info.at):%H:%M}", info.stamp_id)
        self.reason = touch_sized(QLineEdit(self))
        example = (self.tr("bijvoorbeeld: twee keer gescand"), self.tr("bijv. twee keer gescand"))
        FittingPlaceholder(self.reason, (*example, self.tr("dubbel gescand")))
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        form = form_layout()
        add_row(form, self.tr("Stempel"), self.stamp)
        add_row(form, self.tr("Reden"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.undo)
        buttons.rejected.connect(self.reject)
        self.fitting = fit_dialog(self, form, buttons, self.message)
        if not self.stamp.count():
            self.message.show_info(self.tr("Bij deze bijeenkomst is nog niets gestempeld."))

    @Slot()
    def undo(self) -> None:
        """Undo the chosen stamp; a refusal stays in the dialog and nothing is written."""
        stamp_id: UUID | None = self.stamp.currentData()
        if stamp_id is None:
            self.message.show_error(self.tr("Kies eerst een stempel."))
            return
        reason = self.reason.text()
        self.act.run(
            lambda actor: stamps.undo_stamp(self.uow, actor, stamp_id, reason),
            self._undone,
        )

    def _undone(self, outcome: stamps.Stamped) -> None:
        self.undone = outcome
        self.accept()
