"""Huiskamer: check walk-ins in, print passes and the evacuation list, see who is in."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QTimer, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.errors import DeskError
from desk_app.kinds import Mood
from desk_app.services.activities import programme as activities
from desk_app.services.centre import centre_details
from desk_app.services.living_room import checkin, figures, passes, presence, scanning
from desk_app.services.rooms import guests as room_guests
from desk_app.services.volunteers import duty, evacuation
from desk_app.services.volunteers.duty import DutyChange
from desk_app.ui.context import PageContext
from desk_app.ui.documents import DocumentMaker
from desk_app.ui.heading import page_heading
from desk_app.ui.living_room.check_in_panel import CheckInPanel
from desk_app.ui.living_room.figures_dialog import FiguresDialog
from desk_app.ui.living_room.figures_panel import FiguresPanel
from desk_app.ui.living_room.mood_panel import MoodPanel
from desk_app.ui.living_room.pass_dialog import NewPassDialog, PassRequest
from desk_app.ui.living_room.visitor_data_dialog import VisitorDataDialog
from desk_app.ui.modal import open_dialog
from desk_app.ui.page import Change, Page
from desk_app.ui.page_action import MessagePlace, PageAction
from desk_app.ui.scan_text import scan_outcome_text
from desk_app.ui.touch import WrappingGrid

REFRESH_MS = 30_000
CARD_MARGIN = 12  # the check-in card's frame and margin on each side
ROOMY_TEXT = 13  # pt: up to the default size every figure fits beside the check-in, in height


class LivingRoomPage(Page):
    """The living room's desk screen: check-in, passes, who is in, satisfaction."""

    icon_name = "huiskamer"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.last_count: checkin.VisitRecorded | None = None
        self.pass_dialog: NewPassDialog | None = None  # while open (tests reach it here)
        self.panel = CheckInPanel(self)
        self.act = PageAction(context.current_actor, self.panel.message, self.changed.emit)
        self.figures = FiguresPanel(self)
        self.moods = MoodPanel(self)
        self.pass_button = QPushButton(self.tr("Nieuwe pas afdrukken"), self)
        self.evacuation_button = QPushButton(self.tr("Ontruimingslijst"), self)
        self.evacuation_button.setObjectName("alert")
        self.data_button = QPushButton(self.tr("Gegevens bezoeker"), self)
        self.documents = DocumentMaker(context, self)
        for button in self.findChildren(QPushButton):
            button.setProperty("dense", True)  # finger-sized, no taller: all fits at 22 pt
        self._connect()
        self._lay_out()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.refresh()
        # Shown in the turn it was built (the first screen, a first tap in the navigation),
        # the page has just read everything: the showEvent then need not read it again.
        self.just_built = True
        QTimer.singleShot(0, self, self._settled)

    def title(self) -> str:
        """The section's name."""
        return self.tr("Huiskamer")

    def _connect(self) -> None:
        self.panel.scanned.connect(self.scan)
        self.panel.walk_in_counted.connect(self.count_walk_in)
        self.panel.undo_requested.connect(self.undo_last_count)
        self.panel.check_out_requested.connect(self.check_out)
        self.moods.mood_chosen.connect(self.record_mood)
        self.pass_button.clicked.connect(self.print_passes)
        self.evacuation_button.clicked.connect(self.print_evacuation_list)
        self.data_button.clicked.connect(self.open_visitor_data)
        self.figures.more_requested.connect(self.open_figures)
        self.documents.failed.connect(self.panel.message.show_error)

    def _lay_out(self) -> None:
        main = QVBoxLayout()
        self.main = main
        main.addWidget(self.panel, 1)
        self.action_row = WrappingGrid(self)
        self.action_row.set_cells([self.pass_button, self.evacuation_button, self.data_button])
        main.addWidget(self.action_row)
        side = QVBoxLayout()
        side.addWidget(self.figures)
        side.addWidget(self.moods)
        side.addStretch(1)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.addLayout(main, 2)
        self.columns.addLayout(side, 1)
        self.side = side
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        heading = page_heading(self, self.icon_name, self.title())
        heading.addWidget(self.panel.message, 2)  # one fixed place: a message moves no button
        layout.addLayout(heading)
        layout.addLayout(self.columns, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Figures beside the check-in while its buttons fit in a row, else below it."""
        super().resizeEvent(event)
        self._arrange_columns()

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (Weergave) may no longer fit side by side."""
        super().changeEvent(event)
        if event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self._arrange_columns()

    def _arrange_columns(self) -> None:
        """Decided by the widths and the text size, never by a message: nothing moves on a tap.

        While every row of buttons fits beside the figures, at the default text size or
        smaller, the actions sit under the check-in; else they move into the side column,
        whose figures shrink to who is in, so nothing a volunteer needs falls below the fold.
        """
        if not hasattr(self, "columns"):
            return  # a resize while the page is being built
        rows: list[WrappingGrid] = [*self.panel.rows, self.action_row]
        check_in = max(row.natural_width() for row in rows) + 2 * CARD_MARGIN
        outer = self.layout()
        margins = outer.contentsMargins() if outer is not None else self.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        wanted = check_in + self.columns.spacing() + self.side.minimumSize().width()
        self._place_actions(beside=wanted > room or self.font().pointSize() > ROOMY_TEXT)

    def _place_actions(self, *, beside: bool) -> None:
        """The action buttons under the check-in, or in the side column under who is in.

        Beside, the figures and the faces are compact: the rest of the figures is one tap
        away (*Meer cijfers*), and the check-in gets two thirds of the width, so its rows
        of buttons need fewer lines.
        """
        self.figures.set_compact(beside)
        self.moods.set_compact(beside)
        target = self.side if beside else self.main
        if target.indexOf(self.action_row) >= 0:
            return
        (self.main if beside else self.side).removeWidget(self.action_row)
        if beside:
            self.side.insertWidget(1, self.action_row)
        else:
            self.main.addWidget(self.action_row)
        self.action_row.columns = 0

    def showEvent(self, event: QShowEvent) -> None:
        """Coming to this page: fresh figures, and the scan field ready for the scanner."""
        super().showEvent(event)
        if not self.just_built:
            self.refresh()
        self.panel.focus_scan()

    @Slot()
    def _settled(self) -> None:
        self.just_built = False

    def _done(self, text: str) -> None:
        self.panel.message.show_info(text)
        self.changed.emit(Change.VISITS)
        self.refresh()
        self.panel.focus_scan()

    def _failed(self, error: DeskError) -> None:
        del error  # already shown in the panel's message line
        self.panel.focus_scan()

    def refresh_for(self, change: Change) -> None:
        """Volunteers signing in elsewhere, or the day's close, change the counts shown here."""
        if change in {Change.DUTY, Change.DAY_CLOSED}:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read the figures and who is inside."""
        uow = self.context.uow
        latest = figures.visit_figures(uow)
        self.panel.show_occurrences(activities.programme(uow, latest.day, latest.day))
        self.panel.show_bookings(room_guests.bookings_today(uow, latest.day))
        self.figures.show_figures(latest, presence.presence(uow), duty.signed_in_count(uow))
        self.moods.show_counts(latest.moods_today)

    @Slot(str)
    def scan(self, text: str) -> None:
        """A pass or a volunteer's badge was scanned (or typed and confirmed with Enter)."""
        self._scan_with(self.act, text)

    def take_scan(self, code: str, elsewhere: MessagePlace | None) -> bool:
        """Every scan counts here, also one caught while another page is shown."""
        if elsewhere is None:
            self.scan(code)
        else:
            self._scan_with(PageAction(self.context.current_actor, elsewhere), code, elsewhere)
        return True

    def _scan_with(self, act: PageAction, text: str, elsewhere: MessagePlace | None = None) -> None:
        purpose, purpose_ref = self.panel.purpose(), self.panel.purpose_ref()
        act.run(
            lambda actor: scanning.handle_scan(
                self.context.uow, actor, text, purpose=purpose, purpose_ref=purpose_ref
            ),
            lambda outcome: self._scanned(outcome, elsewhere),
            failed=self._failed,
        )

    def _scanned(
        self, outcome: checkin.ScanOutcome | DutyChange, elsewhere: MessagePlace | None
    ) -> None:
        if isinstance(outcome, DutyChange):
            self.changed.emit(Change.DUTY)
        text = scan_outcome_text(outcome)
        self._done(text)
        if elsewhere is not None:
            elsewhere.show_info(text)

    @Slot(int)
    def count_walk_in(self, visitors: int) -> None:
        """The big button (one visitor) or the group button."""
        age_group, purpose = self.panel.age_group(), self.panel.purpose()
        first_visit = self.panel.first_visit.isChecked()
        self.act.run(
            lambda actor: checkin.count_walk_in(
                self.context.uow,
                actor,
                visitors=visitors,
                age_group=age_group,
                first_visit=first_visit,
                purpose=purpose,
            ),
            lambda recorded: self._counted(recorded, visitors),
            failed=self._failed,
        )

    def _counted(self, recorded: checkin.VisitRecorded, visitors: int) -> None:
        self.last_count = recorded
        self.panel.reset_tags()
        self.panel.offer_undo()
        self._done(self.tr("{count} bezoeker(s) geteld.").format(count=visitors))

    @Slot()
    def undo_last_count(self) -> None:
        """Take back the last count, within the minute."""
        actor = self.act.actor()
        if actor is None or self.last_count is None:
            return
        visit_id = self.last_count.visit_id
        self.act.call(
            lambda: checkin.undo_visit(self.context.uow, actor, visit_id),
            lambda _undone: self._undone(),
            failed=self._failed,
        )
        self.panel.withdraw_undo()

    def _undone(self) -> None:
        self.last_count = None
        self._done(self.tr("De laatste telling is teruggedraaid."))

    @Slot()
    def check_out(self) -> None:
        """An anonymous visitor left."""
        purpose = self.panel.purpose()
        self.act.run(
            lambda actor: checkin.check_out_walk_in(self.context.uow, actor, purpose=purpose),
            lambda _out: self._done(self.tr("Tot ziens! Eén bezoeker uitgecheckt.")),
            failed=self._failed,
        )

    @Slot(object)
    def record_mood(self, mood: Mood) -> None:
        """A visitor tapped a face."""
        figures.record_mood(self.context.uow, mood)
        self._done(self.tr("Dank u wel voor uw mening!"))

    @Slot()
    def print_passes(self) -> None:
        """Ask what to print, make the passes in one transaction, then open the PDF."""
        if self.act.actor() is None:
            return
        dialog = NewPassDialog(self)
        self.pass_dialog = open_dialog(
            dialog, accepted=lambda: self._issue_passes(dialog.request()), closed=self._pass_closed
        )

    def _pass_closed(self) -> None:
        self.pass_dialog = None
        self.panel.focus_scan()

    def _issue_passes(self, request: PassRequest) -> None:
        actor = self.act.actor()
        if actor is None:
            return
        self.act.call(
            lambda: passes.issue_passes(self.context.uow, actor, request.count, request.holder),
            lambda codes: self._passes_made(codes, request.sheet),
            failed=self._failed,
        )

    def _passes_made(self, codes: list[str], sheet: bool) -> None:
        name = centre_details(self.context.uow).name
        # reportlab and qrcode load when the first passes are printed, not at start-up
        from desk_app.documents.cards import pass_cards_pdf  # noqa: PLC0415

        self.documents.archive("passen", partial(pass_cards_pdf, codes, name, sheet=sheet))
        self._done(self.tr("{count} pas(sen) gemaakt.").format(count=len(codes)))

    @Slot()
    def print_evacuation_list(self) -> None:
        """Everyone in the building, counted and named, as a PDF in one click."""
        listing = evacuation.evacuation_list(self.context.uow, self.context.current_actor())
        from desk_app.documents.evacuation import evacuation_pdf  # noqa: PLC0415 - as above

        self.documents.archive("ontruimingslijst", partial(evacuation_pdf, listing))
        self.panel.message.show_info(self.tr("De ontruimingslijst is geopend om af te drukken."))

    @Slot()
    def open_figures(self) -> None:
        """Every figure the compact side column leaves out, in a dialog."""
        if self.figures.shown is not None:
            open_dialog(FiguresDialog(self.figures.shown, self.moods.summary.text(), self))

    @Slot()
    def open_visitor_data(self) -> None:
        """The social manager's look-up, export and erasure of one visitor's data."""
        actor = self.act.actor()
        if actor is not None:
            open_dialog(VisitorDataDialog(self.context.uow, actor, self), closed=self.refresh)
