"""Activiteiten: the week's programme, attendance by count or by scanning passes at the door."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.formatting import to_local
from desk_app.kinds import Purpose
from desk_app.services.activities import cards, stamps
from desk_app.services.activities import programme as activities
from desk_app.services.activities.programme import OccurrenceInfo
from desk_app.services.auth import Actor
from desk_app.services.living_room import scanning
from desk_app.services.living_room.checkin import ScanOutcome
from desk_app.services.volunteers.duty import DutyChange
from desk_app.ui.activities.plan_dialog import PlanDialog
from desk_app.ui.activities.signups import SignUpPanel
from desk_app.ui.activities.stamping import CardStamper
from desk_app.ui.context import PageContext
from desk_app.ui.empty_hint import EmptyHint
from desk_app.ui.flow import FlowLayout
from desk_app.ui.heading import page_heading
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.modal import ask, open_dialog
from desk_app.ui.page import Change, Page
from desk_app.ui.page_action import MessagePlace, PageAction
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.scan_text import scan_outcome_text
from desk_app.ui.table_model import ROW_ROLE, Column, RowTableModel
from desk_app.ui.touch import touch_sized
from desk_app.ui.widgets import MessageLabel
from desk_app.ui.wrap_delegate import wrap_columns


def occurrence_name(occurrence: OccurrenceInfo) -> str:
    """The activity's name, marked when this meeting was called off."""
    if not occurrence.cancelled:
        return occurrence.name
    return QCoreApplication.translate("ActivitiesPage", "{name} (afgelast)").format(
        name=occurrence.name
    )


OCCURRENCE_COLUMNS: list[Column[OccurrenceInfo]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Dag"),
        lambda s: screen_formatter().numeric(s.day, year=False),
        lambda s: s.day,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Tijd"), lambda s: f"{s.starts:%H:%M}-{s.ends:%H:%M}"),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Activiteit"),
        occurrence_name,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Doelgroep"),
        # the organisation's own group (a name the office chose) after the age group
        lambda s: kind_text(s.target_group) + (f" · {s.own_group}" if s.own_group else ""),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Aanwezig"),
        lambda s: str(s.attendance),
        lambda s: s.attendance,
    ),
]
ACTIVITY_COLUMN = 2  # the one that takes the room left over


class ActivitiesPage(Page):
    """The programme of the week, with attendance at the door."""

    icon_name = "activiteiten"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.monday = self._this_monday()
        self.week_label = QLabel(self)
        self.model = RowTableModel(OCCURRENCE_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headers whole
        header.setSectionResizeMode(ACTIVITY_COLUMN, QHeaderView.ResizeMode.Stretch)
        wrap_columns(self.table, [ACTIVITY_COLUMN])
        self.table.verticalHeader().hide()
        self.message = MessageLabel(self)
        self.act = PageAction(context.current_actor, self.message, self.changed.emit)
        self.stamper = CardStamper(context.uow, self.act, self)
        self.stamper.stamped.connect(self._stamped)
        self.door_scan = QLineEdit(self)
        self.door_scan.setObjectName("scan")
        door = self.tr("Scan bezoekerspassen bij de deur van de gekozen bijeenkomst")
        FittingPlaceholder(self.door_scan, (door, self.tr("Scan passen bij de deur")))
        self.door_scan.returnPressed.connect(self.scan_at_door)
        self.attendees = touch_sized(QSpinBox(self))
        self.attendees.setAccessibleName(self.tr("Aantal aanwezigen"))
        self.attendees.setRange(0, activities.MAX_ATTENDEES)  # 0: a correction to none
        self.attendees.setValue(1)
        self.count_button = QPushButton(self.tr("Aanwezigen tellen"), self)
        self.count_button.clicked.connect(self.count_attendance)
        self.count_question: QMessageBox | None = None  # open while a second count is asked
        self.correct_button = QPushButton(self.tr("Telling corrigeren"), self)
        self.correct_button.setToolTip(
            self.tr("Zet de telling met de hand van de gekozen bijeenkomst op het getal in het vak")
        )
        self.correct_button.clicked.connect(self.correct_count)
        self.correct_question: QMessageBox | None = None  # open while a correction is asked
        self.plan_button = QPushButton(self.tr("Nieuwe activiteit"), self)
        self.plan_button.clicked.connect(self.plan_activity)
        self.cancel_button = QPushButton(self.tr("Bijeenkomst afgelasten"), self)
        self.cancel_button.clicked.connect(self.cancel_occurrence)
        self.cancel_question: QMessageBox | None = None  # open while the manager is asked
        self.empty = EmptyHint(
            self.tr("Nog geen activiteiten. Zet de eerste activiteit in het programma."),
            self.tr("Nieuwe activiteit"),
            self,
        )
        self.empty.action_requested.connect(self.plan_activity)
        self.signups_button = QPushButton(self.tr("Aanmeldingen"), self)
        self.signups_button.clicked.connect(self.open_signups)
        self.stack = QStackedWidget(self)
        self.signups = SignUpPanel(context, self.act, self)
        self.signups.back_requested.connect(self.close_signups)
        self._lay_out()
        self.refresh()

    def title(self) -> str:
        """The section's name."""
        return self.tr("Activiteiten")

    def _this_monday(self) -> date:
        today = to_local(self.context.uow.now()).date()
        return today - timedelta(days=today.weekday())

    def _lay_out(self) -> None:
        # Both rows wrap at large text rather than push the page wider than the screen.
        week = FlowLayout()
        for text, step in (
            (self.tr("< Vorige week"), -7),
            (self.tr("Deze week"), 0),
            (self.tr("Volgende week >"), 7),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, days=step: self.move_week(days))
            week.addWidget(button)
        week.addWidget(self.week_label)
        count = FlowLayout()
        for widget in (
            self.attendees,
            self.count_button,
            self.correct_button,
            self.signups_button,
            self.plan_button,
            self.cancel_button,
        ):
            count.addWidget(widget)
        programme = QWidget(self)
        week_layout = QVBoxLayout(programme)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.addLayout(week)
        week_layout.addWidget(self.empty)
        week_layout.addWidget(self.table, 1)
        week_layout.addWidget(self.door_scan)
        week_layout.addLayout(count)
        self.stack.addWidget(programme)
        self.stack.addWidget(self.signups)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(page_heading(self, self.icon_name, self.title()))
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)

    def showEvent(self, event: QShowEvent) -> None:
        """Fresh programme when the page comes up."""
        super().showEvent(event)
        self.refresh()
        self.signups.refresh()

    def refresh_for(self, change: Change) -> None:
        """Scans on the Huiskamer page for an activity change the attendance."""
        if change is Change.VISITS:
            self.refresh()
            self.signups.refresh()

    def adopt(self, old: Page) -> None:
        """Keep the sign-up list open on the same session in the other language."""
        if not isinstance(old, ActivitiesPage):
            return
        panel = old.signups
        if old.stack.currentWidget() is panel and panel.session_id is not None:
            self.stack.setCurrentWidget(self.signups)
            self.signups.show_session(panel.session_id)

    @Slot()
    def open_signups(self) -> None:
        """The chosen session's sign-ups and waiting list; scans now sign up or stamp."""
        chosen = self._occurrence_and_actor()
        if chosen is not None:
            self.message.clear_message()
            self.stack.setCurrentWidget(self.signups)
            self.signups.show_session(chosen[0].occurrence_id)

    @Slot()
    def close_signups(self) -> None:
        """Back to the week's programme."""
        self.stack.setCurrentIndex(0)
        self.refresh()

    @Slot(int)
    def move_week(self, days: int) -> None:
        """Another week (0: back to this week)."""
        self.monday = self._this_monday() if days == 0 else self.monday + timedelta(days=days)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read the week's occurrences, keeping the selection."""
        chosen = self.selected()
        sunday = self.monday + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week van {first} t/m {last}").format(
                first=screen_formatter().numeric(self.monday),
                last=screen_formatter().numeric(sunday),
            )
        )
        self.model.set_rows(activities.programme(self.context.uow, self.monday, sunday))
        self.empty.setVisible(not activities.has_activities(self.context.uow))
        for number in range(self.model.rowCount()):
            if chosen is not None and self.model.row(number).occurrence_id == chosen.occurrence_id:
                self.table.selectRow(number)

    def selected(self) -> OccurrenceInfo | None:
        """The occurrence chosen in the table."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        occurrence: OccurrenceInfo = self.model.data(rows[0], ROW_ROLE)
        return occurrence

    def _occurrence_and_actor(self) -> tuple[OccurrenceInfo, Actor] | None:
        occurrence, actor = self.selected(), self.act.actor()
        if actor is not None and occurrence is None:
            self.message.show_error(self.tr("Kies eerst een bijeenkomst in de lijst."))
        if actor is None or occurrence is None:
            return None
        return occurrence, actor

    @Slot()
    def scan_at_door(self) -> None:
        """A visitor pass scanned at the door: a visit for the chosen occurrence."""
        text = self.door_scan.text()
        self.door_scan.clear()
        self._scan_for_occurrence(text)

    def take_scan(self, code: str, elsewhere: MessagePlace | None) -> bool:
        """A scan caught here: on the sign-up list a sign-up or a stamp; in the programme it
        counts for the chosen occurrence (a strippenkaart is stamped); with none, the living
        room's."""
        if elsewhere is not None:
            return False
        if self.stack.currentWidget() is self.signups:
            self.signups.take(code)
            return True
        if self.selected() is None:
            return False
        self._scan_for_occurrence(code)
        return True

    def _scan_for_occurrence(self, text: str) -> None:
        chosen = self._occurrence_and_actor()
        if chosen is None:
            return
        occurrence, actor = chosen
        if cards.is_card_code(text):
            self.stamper.stamp(actor, occurrence.occurrence_id, text)
            return
        self.act.call(
            lambda: scanning.handle_scan(
                self.context.uow,
                actor,
                text,
                purpose=Purpose.ACTIVITY,
                purpose_ref=occurrence.occurrence_id,
            ),
            lambda outcome: self._scanned(outcome, occurrence),
        )

    def _scanned(self, outcome: ScanOutcome | DutyChange, occurrence: OccurrenceInfo) -> None:
        kind = Change.VISITS if isinstance(outcome, ScanOutcome) else Change.DUTY
        self.message.show_info(scan_outcome_text(outcome, occurrence.name))
        self.refresh()
        self.changed.emit(kind)

    @Slot(object)
    def _stamped(self, stamped: stamps.Stamped) -> None:
        occurrence = self.selected()
        self.message.show_info(
            self.tr(
                "Strippenkaart gestempeld voor {name}; nog {left} van {stamps} strippen."
            ).format(
                name=occurrence.name if occurrence else "",
                left=stamped.left,
                stamps=stamped.stamps,
            )
        )
        self.refresh()

    @Slot()
    def count_attendance(self) -> None:
        """Attendance counted by hand for the chosen occurrence; a second count is asked first
        (a double tap would count everyone twice)."""
        chosen = self._occurrence_and_actor()
        if chosen is None:
            return
        occurrence, actor = chosen
        count = self.attendees.value()
        if not occurrence.counted:
            self._count(actor, occurrence, count)
            return

        def answered(yes: bool) -> None:
            self.count_question = None
            if yes:
                self._count(actor, occurrence, count)

        self.count_question = ask(
            self,
            self.tr("Aanwezigen tellen"),
            self.tr("Er zijn bij {name} al {counted} aanwezigen geteld. Nog {count} erbij?").format(
                name=occurrence.name, counted=occurrence.counted, count=count
            ),
            answered,
            yes_text=self.tr("Ja, {count} erbij").format(count=count),
            more=self.tr(
                "Was het dezelfde telling nog eens? Kies dan Nee. Een verkeerde telling zet u "
                "recht met Telling corrigeren."
            ),
        )

    def _count(self, actor: Actor, occurrence: OccurrenceInfo, count: int) -> None:
        self.act.call(
            lambda: activities.record_attendance(
                self.context.uow, actor, occurrence.occurrence_id, count
            ),
            lambda _recorded: self._counted(count, occurrence),
        )

    def _counted(self, count: int, occurrence: OccurrenceInfo) -> None:
        self.message.show_info(
            self.tr("{count} aanwezigen geteld bij {name}.").format(
                count=count, name=occurrence.name
            )
        )
        self.refresh()

    @Slot()
    def correct_count(self) -> None:
        """Put the chosen occurrence's hand count right: the number in the box replaces it."""
        chosen = self._occurrence_and_actor()
        if chosen is None:
            return
        occurrence, actor = chosen
        total = self.attendees.value()

        def answered(yes: bool) -> None:
            self.correct_question = None
            if yes:
                self.act.call(
                    lambda: activities.correct_count(
                        self.context.uow, actor, occurrence.occurrence_id, total
                    ),
                    lambda _difference: self._corrected(total, occurrence),
                )

        self.correct_question = ask(
            self,
            self.tr("Telling corrigeren"),
            self.tr("De telling van {name} van {counted} naar {total} zetten?").format(
                name=occurrence.name, counted=occurrence.counted, total=total
            ),
            answered,
            yes_text=self.tr("Ja, corrigeren"),
            more=self.tr(
                "Alleen de telling met de hand verandert; gescande passen, strippen en "
                "aanmeldingen blijven meetellen."
            ),
        )

    def _corrected(self, total: int, occurrence: OccurrenceInfo) -> None:
        self.message.show_info(
            self.tr("De telling van {name} staat nu op {total}.").format(
                name=occurrence.name, total=total
            )
        )
        self.refresh()

    @Slot()
    def plan_activity(self) -> None:
        """The social manager adds an activity (the service checks the role)."""
        actor = self.act.actor()
        if actor is not None:
            dialog = PlanDialog(self.context.uow, self)
            open_dialog(dialog, lambda: self._plan(actor, dialog))

    def _plan(self, actor: Actor, dialog: PlanDialog) -> None:
        self.act.call(
            lambda: activities.plan_activity(self.context.uow, actor, dialog.plan()),
            self._planned,
        )

    def _planned(self, made: list[OccurrenceInfo]) -> None:
        self.message.show_info(self.tr("{count} bijeenkomst(en) gepland.").format(count=len(made)))
        self.refresh()

    @Slot()
    def cancel_occurrence(self) -> None:
        """The social manager cancels the chosen occurrence."""
        chosen = self._occurrence_and_actor()
        if chosen is None:
            return
        occurrence, actor = chosen
        if occurrence.cancelled:
            self.message.show_error(self.tr("Deze bijeenkomst is al afgelast."))
            return
        day = screen_formatter().day(occurrence.day)
        text = self.tr("{name} op {day} afgelasten? Dat kan niet ongedaan worden gemaakt.")
        stamped = len(stamps.session_stamps(self.context.uow, occurrence.occurrence_id))
        more = (
            self.tr(
                "{count} strip(pen) die voor deze bijeenkomst zijn afgestempeld, gaan terug "
                "op de strippenkaarten."
            ).format(count=stamped)
            if stamped
            else ""
        )

        def answered(yes: bool) -> None:
            self.cancel_question = None
            if yes:
                self._cancel(actor, occurrence, day)

        self.cancel_question = ask(
            self,
            self.tr("Bijeenkomst afgelasten"),
            text.format(name=occurrence.name, day=day),
            answered,
            yes_text=self.tr("Ja, afgelasten"),
            more=more,
        )

    def _cancel(self, actor: Actor, occurrence: OccurrenceInfo, day: str) -> None:
        def cancelled(returned: int) -> None:
            done = self.tr("{name} op {day} is afgelast.").format(name=occurrence.name, day=day)
            if returned:
                done += " " + self.tr("{count} strip(pen) terug op de kaarten.").format(
                    count=returned
                )
            self.message.show_info(done)
            self.refresh()

        self.act.call(
            lambda: activities.cancel_occurrence(self.context.uow, actor, occurrence.occurrence_id),
            cancelled,
        )
