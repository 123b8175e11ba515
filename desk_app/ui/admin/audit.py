"""The read-only audit log window, with a filter box."""

from __future__ import annotations

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import audit
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.admin.audit_model import SORT_ROLE, AuditColumn, AuditTableModel
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.widgets import MessageLabel


class AuditDialog(QDialog):
    """Who changed what, newest first; nothing here can be edited."""

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Auditlog"))
        self.message = MessageLabel(self)
        self.model = AuditTableModel(self)
        try:
            self.model.set_rows(audit.recent_entries(uow, actor))
        except DeskError as error:
            self.message.show_desk_error(error)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Zoeken in het auditlog"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditColumn.AT, Qt.SortOrder.DescendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Every column as wide as its header and sentences; a long one scrolls sideways.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.addWidget(self.filter)
        body.addWidget(self.table, 1)
        self.fitting = fit_dialog(self, body, buttons, self.message)

    def sizeHint(self) -> QSize:
        """Qt override: wide enough for the sentences, within a 1366×768 desk."""
        return QSize(1100, 600)
