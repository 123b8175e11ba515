"""The table of desk accounts: name, role and whether the account can be used now."""

from __future__ import annotations

from datetime import UTC, datetime
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

from desk_app.services.people import Account
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex


class AccountColumn(IntEnum):
    """The columns, in order."""

    NAME = 0
    ROLE = 1
    STATE = 2


class AccountsModel(QAbstractTableModel):
    """Accounts from ``people.desk_accounts``; the :data:`ACCOUNT_ROLE` gives the row's value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Account] = []
        self._now = datetime.now(UTC)

    def set_accounts(self, accounts: list[Account], now: datetime) -> None:
        """Replace every row; ``now`` tells which lock-outs are still running."""
        self.beginResetModel()
        self._rows = list(accounts)
        self._now = now
        self.endResetModel()

    def account(self, row: int) -> Account:
        """The account shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Qt override: one row per account (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Qt override."""
        return 0 if parent.isValid() else len(AccountColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the text of a cell, or the :class:`Account` for :data:`ACCOUNT_ROLE`."""
        if not index.isValid():
            return None
        account = self._rows[index.row()]
        if role == ACCOUNT_ROLE:
            return account
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(account, AccountColumn(index.column()), self._now)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt override: column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("AccountsModel", "Naam"),
            QCoreApplication.translate("AccountsModel", "Rol"),
            QCoreApplication.translate("AccountsModel", "Status"),
        )
        return titles[section]


def _cell(account: Account, column: AccountColumn, now: datetime) -> str:
    if column is AccountColumn.NAME:
        return account.name
    if column is AccountColumn.ROLE:
        return kind_text(account.role)
    return _state(account, now)


def _state(account: Account, now: datetime) -> str:
    if not account.active:
        return QCoreApplication.translate("AccountsModel", "uitgeschakeld")
    if account.locked_until is not None and account.locked_until > now:
        text = QCoreApplication.translate("AccountsModel", "geblokkeerd tot {time}")
        return text.format(time=screen_formatter().moment(account.locked_until, "HH:mm"))
    return QCoreApplication.translate("AccountsModel", "actief")
