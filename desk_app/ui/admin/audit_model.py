"""The audit log as a table: when, who, what, on whom, and the change."""

from __future__ import annotations

import json
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desk_app.formatting import Formatter
from desk_app.services.audit import AuditRow
from desk_app.ui.admin.audit_text import audit_sentence, readable
from desk_app.ui.i18n import screen_formatter

AUDIT_ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class AuditColumn(IntEnum):
    """The columns, in order."""

    AT = 0
    ACTOR = 1
    ACTION = 2
    SUBJECT = 3
    CHANGE = 4


class AuditTableModel(QAbstractTableModel):
    """Rows from ``audit.recent_entries``, read-only; the action column reads as a sentence."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Qt override: one row per entry (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Qt override."""
        return 0 if parent.isValid() else len(AuditColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: cell text; the entry itself and a sort key through custom roles."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = AuditColumn(index.column())
        if role == AUDIT_ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return row.at.isoformat() if column is AuditColumn.AT else _cell(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _cell(row, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt override: column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("AuditTableModel", "Tijd"),
            QCoreApplication.translate("AuditTableModel", "Wie"),
            QCoreApplication.translate("AuditTableModel", "Actie"),
            QCoreApplication.translate("AuditTableModel", "Onderwerp"),
            QCoreApplication.translate("AuditTableModel", "Wijziging"),
        )
        return titles[section]


def _cell(row: AuditRow, column: AuditColumn) -> str:
    formatter = screen_formatter()
    values = {
        AuditColumn.AT: lambda: formatter.moment(row.at, "d MMM yyyy HH:mm"),
        AuditColumn.ACTOR: lambda: row.actor_name,
        AuditColumn.ACTION: lambda: audit_sentence(row, formatter),
        AuditColumn.SUBJECT: lambda: row.subject,
        AuditColumn.CHANGE: lambda: _change(row, formatter),
    }
    return values[column]()


def _change(row: AuditRow, formatter: Formatter) -> str:
    """Before and after in one short line; empty sides are left out."""
    sides = (row.before, row.after)
    return " → ".join(_readable(side, formatter) for side in sides if side)


def _readable(value: object, formatter: Formatter) -> str:
    """``{"total_cents": 29527}`` reads as ``total_cents: € 295,27``; other values as JSON."""
    if isinstance(value, dict):
        return ", ".join(f"{key}: {readable(key, item, formatter)}" for key, item in value.items())
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
