"""Double bookings in the central database, shown to a person with what to do about them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.kinds import BookingState
from desk_app.services.uow import UnitOfWork
from desk_app.sync.desk import ConflictSide, DeskConflict, KnownConflicts, known_conflicts
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.table_model import Column, RowTableModel

_STATES = {
    "provisional": QT_TRANSLATE_NOOP("Conflicts", "optie"),
    "confirmed": QT_TRANSLATE_NOOP("Conflicts", "bevestigd"),
    "cancelled": QT_TRANSLATE_NOOP("Conflicts", "geannuleerd"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Conflicts", text)


def side_text(side: ConflictSide, here: BookingState | None) -> str:
    """A booking of the pair: hirer, its central state, and whether this PC has it."""
    state = _tr(_STATES.get(side.state, side.state))
    if here is BookingState.CANCELLED:
        where = QCoreApplication.translate("Conflicts", "hier geannuleerd")
    elif here is None:
        where = QCoreApplication.translate("Conflicts", "niet op deze pc")
    else:
        where = QCoreApplication.translate("Conflicts", "op deze pc")
    return f"{side.hirer_name} ({state}, {where})"


def advice(item: DeskConflict) -> str:
    """What the person at the desk should do about one double booking."""
    first, second = item.conflict.first, item.conflict.second
    if item.cancelled_here:
        return QCoreApplication.translate(
            "Conflicts", "Eén is hier geannuleerd; de volgende synchronisatie haalt de melding weg."
        )
    if item.first_here is not None or item.second_here is not None:
        mine, other = (first, second) if item.first_here is not None else (second, first)
        return QCoreApplication.translate(
            "Conflicts",
            "Overleg met {other}; annuleer daarna op de pagina Zalen de boeking van {mine}, "
            "of laat die van {other} annuleren waar die gemaakt is.",
        ).format(mine=mine.hirer_name, other=other.hirer_name)
    return QCoreApplication.translate(
        "Conflicts",
        "Geen van beide staat op deze pc; vraag de balie die ze maakte er één te annuleren.",
    )


def _times(item: DeskConflict) -> str:
    first, second = item.conflict.first, item.conflict.second
    starts, ends = max(first.starts_at, second.starts_at), min(first.ends_at, second.ends_at)
    return (
        f"{screen_formatter().moment(starts, 'HH:mm')}-{screen_formatter().moment(ends, 'HH:mm')}"
    )


CONFLICT_COLUMNS: list[Column[DeskConflict]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Datum"),
        lambda c: screen_formatter().moment(
            max(c.conflict.first.starts_at, c.conflict.second.starts_at), "EEE d MMM yyyy"
        ),
        lambda c: c.conflict.day,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Overlap"), _times),
    Column(QT_TRANSLATE_NOOP("Columns", "Zaal"), lambda c: c.conflict.room_name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Boeking 1"),
        lambda c: side_text(c.conflict.first, c.first_here),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Boeking 2"),
        lambda c: side_text(c.conflict.second, c.second_here),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Wat te doen"), advice),
]


def conflict_table(parent: QWidget) -> tuple[QTableView, RowTableModel[DeskConflict]]:
    """A read-only table of double bookings and its model."""
    model: RowTableModel[DeskConflict] = RowTableModel(CONFLICT_COLUMNS, parent)
    table = QTableView(parent)
    table.setModel(model)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    for column in range(len(CONFLICT_COLUMNS)):  # the long texts wrap instead of scrolling
        mode = (
            QHeaderView.ResizeMode.ResizeToContents
            if column < 3
            else QHeaderView.ResizeMode.Stretch
        )
        header.setSectionResizeMode(column, mode)
    return table, model


class ConflictsDialog(QDialog):
    """The double bookings found at the last sync, with what to do; nothing is changed here."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dubbele boekingen"))
        explanation = QLabel(
            self.tr(
                "In de centrale database staan boekingen van dezelfde zaal die elkaar overlappen. "
                "Dat kan na het terugzetten van een reservekopie, of als twee balies tegelijk "
                "boeken. Niets wordt vanzelf opgelost: annuleer één van de twee. Het annuleren "
                "gaat mee met de volgende synchronisatie, en dan verdwijnt de melding."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.checked = QLabel(self)
        self.table, self.model = conflict_table(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.addWidget(explanation)
        body.addWidget(self.checked)
        body.addWidget(self.table, 1)
        self.fitting = fit_dialog(self, body, buttons)
        self.show_conflicts(known_conflicts(uow))
        self.resize(1100, 480)

    def show_conflicts(self, known: KnownConflicts) -> None:
        """Fill the list and say when the central database was last asked."""
        self.model.set_rows(known.conflicts)
        when = (
            screen_formatter().moment(known.checked_at)
            if known.checked_at is not None
            else self.tr("nog nooit")
        )
        self.checked.setText(self.tr("Laatst gecontroleerd: {when}").format(when=when))
