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

from desk_app.formatting import format_local
from desk_app.services.audit import AuditRow

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
    """Rows from ``audit.recent_entries``, read-only."""

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
    values = {
        AuditColumn.AT: lambda: format_local(row.at, "d MMM yyyy HH:mm"),
        AuditColumn.ACTOR: lambda: row.actor_name,
        AuditColumn.ACTION: lambda: action_text(row.action),
        AuditColumn.SUBJECT: lambda: row.subject,
        AuditColumn.CHANGE: lambda: _change(row),
    }
    return values[column]()


def _change(row: AuditRow) -> str:
    """Before and after in one short line; empty sides are left out."""
    return " → ".join(_readable(side) for side in (row.before, row.after) if side)


def _readable(value: object) -> str:
    """``{"role": "bar"}`` reads as ``role: bar``; other values as plain JSON."""
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_readable(item)}" for key, item in value.items())
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def action_text(action: str) -> str:
    """A known action in words; an unknown one (from a newer area) as its code."""
    known = {
        "account.active": QCoreApplication.translate("AuditTableModel", "account aan/uit"),
        "account.create": QCoreApplication.translate("AuditTableModel", "account gemaakt"),
        "account.pin_reset": QCoreApplication.translate("AuditTableModel", "nieuwe pincode"),
        "account.role": QCoreApplication.translate("AuditTableModel", "rol gewijzigd"),
        "account.unlock": QCoreApplication.translate("AuditTableModel", "ontgrendeld"),
        "centre.setup": QCoreApplication.translate("AuditTableModel", "buurthuis ingesteld"),
        "centre.update": QCoreApplication.translate("AuditTableModel", "gegevens gewijzigd"),
        "visitor.erase": QCoreApplication.translate("AuditTableModel", "bezoekergegevens gewist"),
        "visitor.export": QCoreApplication.translate(
            "AuditTableModel", "bezoekergegevens ingezien"
        ),
        "visitor.retention": QCoreApplication.translate(
            "AuditTableModel", "bewaartermijn gewijzigd"
        ),
    }
    return known.get(action, action)
