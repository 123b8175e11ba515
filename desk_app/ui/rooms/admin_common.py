"""What the manager's room and hirer screens share: who may change, and yes/no in a table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.kinds import Role
from desk_app.services.auth import Actor, role_allows
from desk_app.ui.rooms.common import MessageLine
from desk_app.ui.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel

Row = TypeVar("Row")
CurrentActor = Callable[[], Actor | None]


YES, NO = QT_TRANSLATE_NOOP("RoomsAdmin", "ja"), QT_TRANSLATE_NOOP("RoomsAdmin", "nee")


def yes_no(flag: bool) -> str:
    """``ja`` or ``nee``, translated."""
    return QCoreApplication.translate("RoomsAdmin", YES if flag else NO)


def is_manager(actor: Actor | None) -> bool:
    """Whether the person at the desk may change rooms, rates and tariff classes."""
    return actor is not None and role_allows(actor.role, Role.MANAGER)


def manager_actor(current_actor: CurrentActor, message: MessageLine) -> Actor | None:
    """The manager at the desk, or ``None`` after saying the manager must log in."""
    actor = current_actor()
    if is_manager(actor):
        return actor
    message.show_error(
        QCoreApplication.translate(
            "RoomsAdmin",
            "Alleen de sociaal beheerder kan dit wijzigen. "
            "Laat de sociaal beheerder inloggen met Wissel.",
        )
    )
    return None


def row_table(
    columns: list[Column[Row]], parent: QWidget
) -> tuple[QTableView, RowTableModel[Row], QSortFilterProxyModel]:
    """A sortable, filterable, read-only table of whole rows with finger-high lines."""
    model: RowTableModel[Row] = RowTableModel(columns, parent)
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(44)
    header = table.horizontalHeader()
    # Every column as wide as its header and cells (a stretched one is squeezed under its
    # header at large text); a wide table scrolls sideways inside itself.
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table, model, proxy


def chosen_row(table: QTableView) -> Any:
    """The row object of the table's current line, or ``None``."""
    index: QModelIndex = table.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def select_where(table: QTableView, wanted: Callable[[Any], bool]) -> None:
    """Make the first line whose row ``wanted`` accepts the current one (and show it)."""
    model = table.model()
    for line in range(model.rowCount()):
        index = model.index(line, 0)
        if wanted(index.data(ROW_ROLE)):
            table.setCurrentIndex(index)
            table.scrollTo(index)
            return
