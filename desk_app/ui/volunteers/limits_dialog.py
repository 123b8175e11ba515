"""The tax-free allowance limits of one year, as the office keeps them (defaults until changed)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QSpinBox, QWidget

from desk_app.amounts import parse_euros
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.allowance_limits import AllowanceLimits, save_limits, year_limits
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.rooms.rates_editor import amount_text
from desk_app.ui.touch import big_button, touch_sized
from desk_app.ui.widgets import MessageLabel


class LimitsDialog(QDialog):
    """Per hour (21 and over, under 21), per month and per year; saved for the chosen year."""

    def __init__(
        self, uow: UnitOfWork, actor: Actor, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.uow, self.actor = uow, actor
        self.setWindowTitle(self.tr("Grenzen vrijwilligersvergoeding"))
        self.year = touch_sized(QSpinBox(self))
        self.year.setRange(2020, 2100)
        self.year.setValue(year)
        self.year.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel leaves it alone
        self.hour, self.young_hour, self.month, self.per_year = (
            touch_sized(QLineEdit(self)) for _ in range(4)
        )
        form = QFormLayout()
        form.addRow(self.tr("Jaar"), self.year)
        form.addRow(self.tr("Per uur (21 jaar en ouder)"), self.hour)
        form.addRow(self.tr("Per uur (jonger dan 21)"), self.young_hour)
        form.addRow(self.tr("Per maand"), self.month)
        form.addRow(self.tr("Per jaar"), self.per_year)
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        self.save = big_button(self.tr("Opslaan"), self)
        close = big_button(self.tr("Sluiten"), self)
        self.save.clicked.connect(self.save_limits)
        close.clicked.connect(self.reject)
        self.year.valueChanged.connect(self.show_year)
        fit_dialog(self, form, [self.save, close], self.message)
        self.show_year()

    def _fields(self) -> tuple[QLineEdit, ...]:
        return self.hour, self.young_hour, self.month, self.per_year

    @Slot()
    def show_year(self) -> None:
        """The chosen year's limits: stored, or the default."""
        limits = year_limits(self.uow, self.year.value())
        values = (limits.hour_cents, limits.young_hour_cents, limits.month_cents, limits.year_cents)
        for field, cents in zip(self._fields(), values, strict=True):
            field.setText(amount_text(cents))

    @Slot()
    def save_limits(self) -> None:
        """Store the four amounts for the chosen year, or say which one cannot be read."""
        typed = [parse_euros(field.text()) for field in self._fields()]
        if any(cents is None for cents in typed):
            self.message.show_error(self.tr("Typ elk bedrag, bijvoorbeeld 5,60."))
            return
        hour, young, month, per_year = (cents or 0 for cents in typed)
        limits, year = AllowanceLimits(hour, young, month, per_year), self.year.value()
        self.act.call(
            lambda: save_limits(self.uow, self.actor, year, limits),
            lambda _none: self.message.show_info(self.tr("De grenzen zijn opgeslagen.")),
        )
