"""Dagafsluiting: the day's figures, the blind cash count, the card check and the sign-off."""

from __future__ import annotations

from datetime import date
from functools import partial
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk_app.amounts import parse_euros
from desk_app.documents.z_report import z_report_pdf
from desk_app.documents.z_report_slip import print_z_slip
from desk_app.formatting import to_local
from desk_app.services.auth import Actor
from desk_app.services.day_close.cash_count import count_total, parse_counts
from desk_app.services.day_close.open_days import next_day_to_close
from desk_app.services.day_close.overview import DayOverview
from desk_app.services.day_close.recount import start_recount
from desk_app.services.day_close.sign_off import (
    CashCheck,
    Closing,
    check_cash,
    close_day,
    day_to_close,
)
from desk_app.services.day_close.timing import closes_later
from desk_app.services.day_close.z_report_data import ZReport, closed_days, z_report
from desk_app.services.till import tabs
from desk_app.services.till.tabs import TabSummary
from desk_app.services.uow import UnitOfWork
from desk_app.ui.bar.dialogs import SettleTabDialog
from desk_app.ui.collector import taken_apart
from desk_app.ui.context import PageContext
from desk_app.ui.dates import python_time
from desk_app.ui.day_close.blockers_panel import BlockersPanel
from desk_app.ui.day_close.count_panel import CountPanel
from desk_app.ui.day_close.day_summary import DaySummary
from desk_app.ui.day_close.early_close import EarlyCloseDialog
from desk_app.ui.day_close.sign_off_panel import SignOffPanel
from desk_app.ui.day_close.state import CloseState
from desk_app.ui.documents import DocumentMaker
from desk_app.ui.heading import page_heading
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.modal import open_dialog
from desk_app.ui.page import Change, Page
from desk_app.ui.page_action import PageAction
from desk_app.ui.printing import SlipPrinting
from desk_app.ui.touch import touch_button
from desk_app.ui.widgets import MessageLabel

MESSAGE_LINES = 2  # the message place's fixed height, so nothing below it moves


class FixedPlace(QWidget):
    """The message's place: its height fixed, whatever the wrapped text inside would like.

    A word-wrapped label makes its layout ask for height-for-width, and the main window's
    scroll area then grows the whole page when a message appears; this place never asks.
    """

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - the QWidget override Qt calls
        """Never: the height is fixed."""
        return False


def _z_report_pdf(uow: UnitOfWork, day: date) -> bytes:
    return z_report_pdf(z_report(uow, day))


class DayClosePage(Page):
    """The social manager closes the day: count, compare, sign with her PIN, get the Z-report."""

    icon_name = "dagafsluiting"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state = CloseState()
        self.seen_person: UUID | None = None
        self.asking: EarlyCloseDialog | None = None
        self.settling: SettleTabDialog | None = None
        self.day_label = QLabel(self)
        self.day_label.setObjectName("day")
        self.blockers = BlockersPanel(self)
        self.summary = DaySummary(self)
        self.count = CountPanel(self)
        self.sign = SignOffPanel(self)
        self.message_place = FixedPlace(self)
        self.message = MessageLabel(self.message_place)
        self.act = PageAction(context.current_actor, self.message, self.changed.emit)
        self.reprint = touch_button(self.tr("Laatste Z-rapport opnieuw"), self)
        self.reprint_slip = touch_button(self.tr("Z-bon opnieuw afdrukken"), self)
        self.reprint_slip.hide()
        self.last_report: ZReport | None = None
        self.documents = DocumentMaker(context, self)
        self.printing = SlipPrinting(context, self)
        self.documents.failed.connect(self.message.show_error)
        self.printing.failed.connect(self._slip_failed)
        self.printing.printed.connect(self.reprint_slip.hide)
        self.reprint_slip.clicked.connect(self.print_slip)
        self.blockers.settle.connect(self.settle_tab)
        self.blockers.carry_over.connect(self.carry_over_tab)
        self.count.counted.connect(self.take_count)
        self.count.recount.connect(self.recount)
        self.sign.sign_off.connect(self.sign_off)
        self.reprint.clicked.connect(self.reprint_last)
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        body = QWidget(self)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        columns = self.columns
        left = QVBoxLayout()
        left.addWidget(self.day_label)
        left.addWidget(self.blockers)
        left.addWidget(self.summary)
        left.addWidget(self.reprint)
        left.addWidget(self.reprint_slip)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.count)
        right.addWidget(self.sign)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.sides = (left, right)
        scroll = self.scroller = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        body.installEventFilter(self)  # a wider text after the count may no longer fit
        place = QVBoxLayout(self.message_place)
        place.setContentsMargins(0, 0, 0, 0)
        place.addWidget(self.message)
        place.addStretch(1)
        self._fit_message_place()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        heading = page_heading(self, self.icon_name, self.title())
        heading.addWidget(self.message_place, 2)  # beside the title: no empty band above the day
        layout.addLayout(heading)
        layout.addWidget(scroll, 1)

    def _fit_message_place(self) -> None:
        """Room for a message of a few lines at the current text size, shown or not."""
        font = self.message.font()
        font.setBold(True)
        lines = QFontMetrics(font).lineSpacing() * MESSAGE_LINES
        self.message_place.setFixedHeight(lines + 24)  # the style sheet's padding and border

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when both columns fit; one below the other at a large text size."""
        super().resizeEvent(event)
        if self.layout() is not None:
            self._arrange_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The body's contents changed size: check the columns still fit side by side."""
        if taken_apart(self):
            return False
        if event.type() is QEvent.Type.LayoutRequest:
            self._arrange_columns()
        return super().eventFilter(watched, event)

    def _arrange_columns(self) -> None:
        # from the page's own width: a hidden page's scroll area has not been resized yet
        page_margins = self.contentsMargins()
        outer = self.layout()
        if outer is not None:
            page_margins = outer.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = (
            self.width()
            - page_margins.left()
            - page_margins.right()
            - scroll_bar
            - 2 * self.scroller.frameWidth()
        )
        margins = self.columns.contentsMargins()
        widest = (max(w.minimumSizeHint().width() for w in side) for side in self._side_widgets())
        needed = sum(widest) + self.columns.spacing() + margins.left() + margins.right()
        stacked = needed > available
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        self._place_figures(below_count=stacked)

    def _side_widgets(self) -> tuple[tuple[QWidget, ...], tuple[QWidget, ...]]:
        """What the left and the right column hold side by side, wherever they are now."""
        left = (self.day_label, self.blockers, *self._figures())
        return left, (self.count, self.sign)

    def _figures(self) -> tuple[QWidget, ...]:
        return (self.summary, self.reprint, self.reprint_slip)

    def _place_figures(self, below_count: bool) -> None:
        """One below the other, the day's figures come after the count and the sign-off: at
        the largest text they pushed the count out of reach of the manager's first look."""
        left, right = self.sides
        source, target = (left, right) if below_count else (right, left)
        if target.indexOf(self.summary) >= 0:
            return
        for widget in self._figures():
            source.removeWidget(widget)
            target.insertWidget(target.count() - 1, widget)  # before the column's stretch

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (Weergave) resizes the message place."""
        super().changeEvent(event)
        built = self.layout() is not None
        if built and event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self._fit_message_place()
            self._arrange_columns()

    def title(self) -> str:
        """The section's name."""
        return self.tr("Dagafsluiting")

    def adopt(self, old: Page) -> None:
        """The close in progress and the figures typed so far stay through a change of language."""
        if not isinstance(old, DayClosePage):
            return
        self.state, self.seen_person = old.state, old.seen_person
        for cents, text in old.count.typed().items():
            self.count.fields[cents].setText(text)
        self.count.show_counted(counted=self.state.counts is not None)
        self.refresh()

    def today(self) -> date:
        """The local calendar day now."""
        return to_local(self.context.uow.now()).date()

    def showEvent(self, event: QShowEvent) -> None:
        """The figures as they are now."""
        super().showEvent(event)
        self.refresh()

    def refresh_for(self, change: Change) -> None:
        """Visits and duty change the day's figures."""
        del change
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read the day; a finished count stays, a closed day shows its number."""
        actor = self.context.current_actor()
        self._forget_others(actor)
        day = next_day_to_close(self.context.uow)
        shown_day = screen_formatter().numeric(day)
        self.day_label.setText(self._day_text(day, shown_day))
        number = dict(closed_days(self.context.uow, limit=1)).get(day)
        if self.state.day != day or (number is not None and self.state.counts is not None):
            self._start_count(day)
            self.sign.reset()
        self.count.setEnabled(number is None)
        self.blockers.setVisible(number is None)
        if number is not None:
            self.day_label.setText(
                self.tr("Dag {day} is afgesloten (Z-rapport nr. {number}).").format(
                    day=shown_day, number=number
                )
            )
        if actor is None:
            self.sign.hide_check()
            return
        self.act.call(
            lambda: day_to_close(self.context.uow, actor, day),
            self._show_day,
            failed=lambda _error: self.sign.hide_check(),
        )

    def _day_text(self, day: date, shown_day: str) -> str:
        """The day being closed; an earlier day says so, for a close after midnight."""
        if day >= self.today():
            return self.tr("Dag: {day}").format(day=shown_day)
        weekday = screen_formatter().day(day, "EEEE d MMMM")
        return self.tr("Dag: {day}, nog niet afgesloten").format(day=weekday)

    def _forget_others(self, actor: Actor | None) -> None:
        """Another person at the desk: the previous person's message and PIN go."""
        person = None if actor is None else actor.person_id
        if person != self.seen_person:
            self.seen_person = person
            self.message.clear_message()
            self.sign.pin.clear()

    def _show_day(self, day: DayOverview) -> None:
        self.summary.show_day(day)
        self.blockers.show_day(day)
        if self.state.counts is None:
            self.sign.hide_check()
            return
        # the same count against the day as it is now (a tab settled since, for instance)
        self.state.check = CashCheck(count_total(self.state.counts), day.cash_expected_cents)
        self.sign.show_check(self.state.check, focus=False)

    def _start_count(self, day: date) -> None:
        self.state.start(day)
        self.count.clear()
        self.count.show_counted(counted=False)

    @Slot(object)
    def settle_tab(self, tab: TabSummary) -> None:
        """The till's own settle dialog for a tab that holds up the close."""
        actor = self.act.actor()
        if actor is None:
            return
        self.settling = open_dialog(
            SettleTabDialog(self.context.uow, actor, tab, self),
            accepted=self.message.clear_message,
            closed=self._tab_dialog_closed,
        )

    def _tab_dialog_closed(self) -> None:
        self.settling = None
        self.refresh()

    @Slot(object)
    def carry_over_tab(self, tab: TabSummary) -> None:
        """Keep a tab open for a later day, straight from the close."""
        self.act.run(
            lambda actor: tabs.carry_over_tab(self.context.uow, actor, tab.tab_id),
            self._tab_carried,
        )

    def _tab_carried(self, tab: TabSummary) -> None:
        self.message.show_info(
            self.tr("Rekening {name} is doorgeschoven naar een volgende dag.").format(name=tab.name)
        )
        self.refresh()

    @Slot(object)
    def take_count(self, typed: dict[int, str]) -> None:
        """The count is in: check it, then reveal what the drawer should hold."""
        day = self.state.day
        if day is None:
            return
        self.act.run(lambda actor: self._checked(actor, day, typed), self._counted)

    def _checked(
        self, actor: Actor, day: date, typed: dict[int, str]
    ) -> tuple[dict[int, int], CashCheck]:
        counts = parse_counts(typed)
        return counts, check_cash(self.context.uow, actor, day, counts)

    def _counted(self, checked: tuple[dict[int, int], CashCheck]) -> None:
        counts, check = checked
        self.state.counts, self.state.check = counts, check
        self.message.clear_message()
        self.count.show_counted(counted=True)
        # the focus stays: moving it would scroll the sign-off into view under her finger
        self.sign.show_check(check, focus=False)

    @Slot()
    def recount(self) -> None:
        """Throw the count away (audited) and count blind again."""
        counts, day = self.state.counts, self.state.day
        if counts is None or day is None:
            return
        self.act.run(
            lambda actor: start_recount(self.context.uow, actor, day, count_total(counts)),
            lambda _none: self._recounting(day),
        )

    def _recounting(self, day: date) -> None:
        self._start_count(day)
        self.sign.hide_check()
        self.sign.pin.clear()
        self.message.show_info(
            self.tr("Tel de kas opnieuw; het verwachte bedrag komt na Telling klaar.")
        )
        next(iter(self.count.fields.values())).setFocus()

    def _closing(self) -> Closing | None:
        float_left = parse_euros(self.sign.float_left.text() or "x")
        card_total = parse_euros(self.sign.card_total.text() or "x")
        if self.state.counts is None or self.state.day is None:
            self.message.show_error(self.tr("Tel eerst de kas en druk op Telling klaar."))
        elif float_left is None or card_total is None:
            self.message.show_error(
                self.tr("Vul het wisselgeld en het pintotaal in als bedrag, zoals 100,00.")
            )
        else:
            return Closing(
                self.state.day,
                self.state.counts,
                float_left,
                card_total,
                cash_reason=self.sign.cash_reason.text(),
                card_reason=self.sign.card_reason.text(),
                sign_out_at=python_time(self.sign.sign_out_at.time()),
            )
        return None

    @Slot()
    def sign_off(self) -> None:
        """Sign the day off with the PIN; a close before closing time is asked about first."""
        closing = self._closing()
        if closing is None:
            return
        pin = self.sign.pin.text()
        closes = closes_later(self.context.uow, closing.day)
        if closes is None:
            self._close(closing, pin)
            return
        self.asking = open_dialog(
            EarlyCloseDialog(closes, self),
            accepted=lambda: self._close(closing, pin),
            closed=self._asked,
        )

    def _asked(self) -> None:
        self.asking = None

    def _close(self, closing: Closing, pin: str) -> None:
        """Archive and open the Z-report once signed; the main window starts the sync."""
        self.act.run(
            lambda actor: close_day(self.context.uow, actor, pin, closing),
            self._closed,
            change=Change.DAY_CLOSED,
            failed=lambda _error: self.sign.pin.clear(),
        )

    def _closed(self, report: ZReport) -> None:
        self._deliver(report)
        self._start_count(report.day)
        self.sign.reset()
        self.message.show_info(
            self.tr("De dag is afgesloten: Z-rapport nr. {number}.").format(number=report.number)
        )
        self.refresh()

    def _deliver(self, report: ZReport) -> None:
        """Archive the PDF and open it; a short slip on the receipt printer when there is one."""
        self.documents.archive("z-rapport", partial(z_report_pdf, report), report.closed_at)
        self.last_report = report
        self.print_slip()

    @Slot()
    def print_slip(self) -> None:
        """The closed day's slip on the receipt printer, in the background."""
        self.reprint_slip.hide()
        if self.last_report is not None:
            self.printing.print_slip(partial(print_z_slip, report=self.last_report))

    @Slot(str)
    def _slip_failed(self, text: str) -> None:
        self.message.show_error(text)
        self.reprint_slip.show()

    @Slot()
    def reprint_last(self) -> None:
        """The latest closed day's Z-report again, as archived then."""
        last = closed_days(self.context.uow, limit=1)
        if not last:
            self.message.show_error(self.tr("Er is nog geen dag afgesloten."))
            return
        self.documents.archive("z-rapport", partial(_z_report_pdf, self.context.uow, last[0][0]))
