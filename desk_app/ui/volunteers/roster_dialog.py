"""Rooster: the week's shifts, its gaps to fill by picking a volunteer, and the week as a PDF."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QEvent, QSize, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents.roster_pdf import roster_pdf
from desk_app.errors import DeskError
from desk_app.kinds import DayPartKey, ShiftTask
from desk_app.services.auth import Actor
from desk_app.services.volunteers.roster import PlannedShift, monday_of
from desk_app.services.volunteers.roster_actual import planned_against_actual
from desk_app.services.volunteers.roster_gaps import RosterGap, RosterWeek, roster_week
from desk_app.services.volunteers.roster_plan import cancel_shift
from desk_app.services.volunteers.roster_weekly import end_weekly_shift
from desk_app.ui.context import PageContext
from desk_app.ui.documents import DocumentMaker
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.flow import FlowLayout
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.modal import ask, open_dialog
from desk_app.ui.tab_buttons import TabButtons
from desk_app.ui.table_model import ROW_ROLE
from desk_app.ui.touch import TOUCH_HEIGHT, big_button
from desk_app.ui.volunteers.holiday_dialog import HolidayDialog
from desk_app.ui.volunteers.roster_lists import RosterLists
from desk_app.ui.volunteers.roster_model import RosterWeekModel
from desk_app.ui.volunteers.shift_pick_dialog import ShiftPickDialog
from desk_app.ui.volunteers.swap_dialog import SwapDialog
from desk_app.ui.widgets import MessageLabel
from desk_app.ui.wrap_delegate import PADDING, widest_piece, wrap_columns

WANTED = QSize(1340, 700)  # a reception PC's screen beside its taskbar, a little to spare
HEADER_PADDING = 2 * 8 + 3  # the style sheet's section padding and border, and a little air


class RosterDialog(QDialog):
    """A week of the roster: fill a cell or a gap, call off or swap a shift, print the week."""

    def __init__(
        self,
        context: PageContext,
        actor: Actor,
        monday: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.actor = context, actor
        self.monday = monday or monday_of(context.uow.now().date())
        self.week: RosterWeek | None = None
        self.pick: QDialog | None = None
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Rooster"))
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.previous = big_button(self.tr("Vorige week"), self)
        self.next = big_button(self.tr("Volgende week"), self)
        self.previous.clicked.connect(partial(self.go_weeks, -1))
        self.next.clicked.connect(partial(self.go_weeks, 1))
        self.model = RosterWeekModel(self)
        self.table = self._week_table()
        self.lists = RosterLists(self)
        self.tab_buttons = TabButtons(self.lists, self)
        self.lists.gaps.doubleClicked.connect(self.fill_gap)
        self.message = MessageLabel(self)
        self.documents = DocumentMaker(context, self)
        self.documents.failed.connect(self.message.show_error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.fitting = fit_dialog(self, self._body(), close, self.message)
        self.resize(WANTED)  # fit_dialog keeps it on the screen
        self.refresh()

    def _week_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        wrap_columns(table)  # "jongerenwerk" whole at a large text size, not "jongerenwe…"
        table.setAccessibleName(self.tr("De week"))
        table.doubleClicked.connect(self.plan_in_cell)
        table.verticalHeader().sectionResized.connect(self._whole_week_height)
        return table

    @Slot()
    def _whole_week_height(self) -> None:
        """The week shows every line of every cell; at large text the dialog's body scrolls."""
        rows = sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        header = self.table.horizontalHeader().height()
        self.table.setMinimumHeight(rows + header + 2 * self.table.frameWidth())

    def _body(self) -> QVBoxLayout:
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous)
        navigation.addWidget(self.title, 1)
        navigation.addWidget(self.next)
        body = QVBoxLayout()
        body.addLayout(navigation)
        body.addWidget(self.table, 3)
        body.addLayout(self._actions())
        body.addWidget(self.tab_buttons)
        body.addWidget(self.lists, 2)
        return body

    def _actions(self) -> FlowLayout:
        """What the manager does, in a row that wraps at large text."""
        self.plan_button = QPushButton(self.tr("Dienst inplannen"), self)
        self.fill_button = QPushButton(self.tr("Gat vullen"), self)
        self.cancel_button = QPushButton(self.tr("Niet deze keer"), self)
        self.swap_button = QPushButton(self.tr("Ruilen"), self)
        self.print_button = QPushButton(self.tr("Week afdrukken (PDF)"), self)
        self.end_button = QPushButton(self.tr("Wekelijkse dienst stoppen"), self)
        self.holiday_button = QPushButton(self.tr("Dag dicht…"), self)
        self.plan_button.clicked.connect(self.plan_in_cell)
        self.fill_button.clicked.connect(self.fill_gap)
        self.cancel_button.clicked.connect(self.call_off)
        self.swap_button.clicked.connect(self.swap)
        self.print_button.clicked.connect(self.print_week)
        self.end_button.clicked.connect(self.ask_end_weekly)
        self.holiday_button.clicked.connect(self.close_a_day)
        row = FlowLayout()
        for button in (
            self.plan_button,
            self.fill_button,
            self.cancel_button,
            self.swap_button,
            self.end_button,
            self.holiday_button,
            self.print_button,
        ):
            button.setMinimumHeight(TOUCH_HEIGHT)
            row.addWidget(button)
        return row

    @Slot()
    def refresh(self) -> None:
        """Read the week shown again, with what happened on its days so far."""
        self.week = roster_week(self.context.uow, self.monday)
        self.model.set_week(self.week)
        self.lists.gaps_model.set_rows(self.week.gaps)
        self.lists.shifts_model.set_rows(self.week.shifts)
        self.lists.actual_model.set_rows(planned_against_actual(self.context.uow, self.monday))
        self.lists.show_counts()
        self.tab_buttons.follow_texts()
        self._widen_to_headers()
        formatter = screen_formatter()
        self.title.setText(
            self.tr("Week {number}: {first} t/m {last}").format(
                number=self.monday.isocalendar().week,
                first=formatter.day(self.monday, "d MMM"),
                last=formatter.day(self.monday + timedelta(days=6), "d MMM yyyy"),
            )
        )

    def _widen_to_headers(self) -> None:
        """Every day's header and every word of a cell readable, at every text size.

        The week is never narrower than its headers need; a day is never narrower than its
        widest syllable, for a word too wide for the day breaks between syllables
        ("balie-dienst:"), so the seven days stay side by side at the largest text. Only when
        even those do not fit does the week scroll sideways inside its own frame.
        """
        header = self.table.horizontalHeader()
        texts = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(7)]
        widest = max(header.fontMetrics().horizontalAdvance(text) for text in texts)
        side = self.table.verticalHeader().sizeHint().width()
        frame = 2 * self.table.frameWidth() + 4
        self.table.setMinimumWidth(side + 7 * (widest + HEADER_PADDING) + frame)
        header.setMinimumSectionSize(max(widest + HEADER_PADDING, self._widest_syllable()))

    def _widest_syllable(self) -> int:
        """The room the widest syllable in the week's cells needs, with the cell's padding."""
        texts = [
            str(self.model.data(self.model.index(row, column)) or "")
            for row in range(self.model.rowCount())
            for column in range(self.model.columnCount())
        ]
        return widest_piece(texts, self.table.fontMetrics()) + 2 * (PADDING + 1)

    def sizeHint(self) -> QSize:
        """As large as a reception screen: the week wants width, its cells a few lines each."""
        return super().sizeHint().expandedTo(WANTED)

    def changeEvent(self, event: QEvent) -> None:
        """A new text size or style: the headers are measured again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._widen_to_headers()

    def showEvent(self, event: QShowEvent) -> None:
        """Measured once more with the style sheet's header font in place."""
        super().showEvent(event)
        self._widen_to_headers()

    def go_weeks(self, weeks: int) -> None:
        """Show an earlier or later week."""
        self.monday += timedelta(weeks=weeks)
        self.message.clear_message()
        self.refresh()

    @Slot()
    def plan_in_cell(self) -> None:
        """Plan someone on the selected day and part of the day."""
        selected = self.table.selectionModel().selectedIndexes()
        if not selected:
            self.message.show_error(self.tr("Kies eerst een dag en dagdeel in de week."))
            return
        self._pick(self.model.slot(selected[0]), ShiftTask.RECEPTION)

    @Slot()
    def fill_gap(self) -> None:
        """Fill the selected gap: the picker opens on its day, part and the task it needs."""
        selected = self.lists.gaps.selectionModel().selectedRows()
        if not selected:
            self.lists.setCurrentWidget(self.lists.gaps)
            self.message.show_error(self.tr("Kies eerst een gat in de lijst."))
            return
        gap: RosterGap = self.lists.gaps_model.data(selected[0], ROW_ROLE)
        self._pick((gap.day, gap.part), gap.task)

    def _pick(self, slot: tuple[date, DayPartKey], task: ShiftTask) -> None:
        self.message.clear_message()
        self._open(ShiftPickDialog(self.context, self.actor, slot, task, self))

    def _open(self, dialog: QDialog) -> None:
        self.pick = dialog
        open_dialog(dialog, accepted=self.refresh, closed=self._closed)

    def _closed(self) -> None:
        self.pick = None

    def _chosen_shift(self) -> PlannedShift | None:
        selected = self.lists.shifts.selectionModel().selectedRows()
        if not selected:
            self.lists.setCurrentWidget(self.lists.shifts)
            self.message.show_error(self.tr("Kies eerst een dienst in de lijst Diensten."))
            return None
        shift: PlannedShift = self.lists.shifts_model.data(selected[0], ROW_ROLE)
        return shift

    @Slot()
    def call_off(self) -> None:
        """Not this time: the chosen shift falls out of this week only."""
        shift = self._chosen_shift()
        if shift is None:
            return
        try:
            cancel_shift(self.context.uow, self.actor, shift)
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        self.refresh()
        self.message.show_info(
            self.tr("Dienst van {name} gaat deze keer niet door.").format(name=shift.name)
        )

    @Slot()
    def swap(self) -> None:
        """Another volunteer takes the chosen shift over."""
        shift = self._chosen_shift()
        if shift is not None:
            self.message.clear_message()
            self._open(SwapDialog(self.context, self.actor, shift, self))

    @Slot()
    def ask_end_weekly(self) -> None:
        """Ask before the chosen weekly shift stops from its day on (``question``)."""
        shift = self._chosen_shift()
        if shift is None:
            return
        text = self.tr("De wekelijkse dienst van {name} stoppen vanaf {day}?").format(
            name=shift.name, day=screen_formatter().day(shift.day)
        )

        def answered(yes: bool) -> None:
            self.question = None
            if yes:
                self.end_weekly(shift)

        self.question = ask(self, self.tr("Wekelijkse dienst stoppen"), text, answered)

    def end_weekly(self, shift: PlannedShift) -> None:
        """The weekly shift stops from ``shift``'s day on; the weeks before stay."""
        try:
            end_weekly_shift(self.context.uow, self.actor, shift)
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        self.refresh()
        self.message.show_info(
            self.tr("De wekelijkse dienst van {name} stopt vanaf {day}.").format(
                name=shift.name, day=screen_formatter().day(shift.day)
            )
        )

    @Slot()
    def close_a_day(self) -> None:
        """Close the centre for a day: the selected day of the week, or its Monday."""
        selected = self.table.selectionModel().selectedIndexes()
        day = self.model.slot(selected[0])[0] if selected else self.monday
        self.message.clear_message()
        self._open(HolidayDialog(self.context, self.actor, day, self))

    @Slot()
    def print_week(self) -> None:
        """The week as a PDF for the notice board, made off the GUI thread."""
        if self.week is not None:
            self.documents.archive("rooster", partial(roster_pdf, self.week))
