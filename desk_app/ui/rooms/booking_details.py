"""A booking opened from the calendar: its details, and confirm, cancel or invoice it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desk_app.kinds import BookingState
from desk_app.services.auth import Actor
from desk_app.services.rooms.booking_changes import cancel_booking, confirm_booking, get_booking
from desk_app.services.rooms.bookings import BookingInfo
from desk_app.services.rooms.invoice_store import InvoiceInfo
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.page_action import PageAction
from desk_app.ui.rooms.common import MessageLine, euro
from desk_app.ui.touch import big_button


class BookingDetails(QDialog):
    """Shows one booking; cancelling asks for a second click, so a slip costs nothing."""

    def __init__(
        self, uow: UnitOfWork, actor: Actor, booking: BookingInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Boeking"))
        self._uow, self._actor, self.booking = uow, actor, booking
        self.changed = False
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.message = MessageLine(self)
        self.act = PageAction(lambda: actor, self.message)
        self.confirm_button = big_button(self.tr("Bevestigen"), self)
        self.cancel_button = big_button(self.tr("Boeking annuleren"), self)
        self.invoice_button = big_button(self.tr("Factuur maken"), self)
        close = big_button(self.tr("Sluiten"), self)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.cancel)
        self.invoice_button.clicked.connect(self.invoice)
        close.clicked.connect(self.accept)
        body = QVBoxLayout()
        body.addWidget(self.summary)
        buttons = [self.confirm_button, self.cancel_button, self.invoice_button, close]
        self.fitting = fit_dialog(self, body, buttons, self.message)
        self._show()

    def _show(self) -> None:
        b = self.booking
        lines = [
            f"<b>{b.hirer_name}</b> — {b.room_name}",
            screen_formatter().moment(b.starts_at, "EEEE d MMMM yyyy, HH:mm")
            + screen_formatter().moment(b.ends_at, "'–'HH:mm"),
            self.tr("{people} personen · {state} · zaalhuur {price}").format(
                people=b.people, state=kind_text(b.state), price=euro(b.price_cents)
            ),
        ]
        lines += [f"{e.quantity} × {e.description}" for e in b.extras]
        if b.description:
            lines.append(b.description)
        if b.private_party:
            lines.append(self.tr("Besloten feest met alcohol (telt mee voor het jaarmaximum)"))
        if b.for_outsiders:
            lines.append(self.tr("Voor publiek van buiten: geen alcohol tijdens de boeking"))
        if b.cancellation_fee_cents:
            lines.append(
                self.tr("Annuleringskosten: {fee}").format(fee=euro(b.cancellation_fee_cents))
            )
        self.summary.setText("<br/>".join(lines))
        live = b.state is not BookingState.CANCELLED
        self.confirm_button.setEnabled(b.state is BookingState.PROVISIONAL)
        self.cancel_button.setEnabled(live)

    def _run(self, action: Callable[[], BookingInfo], done: Callable[[], None]) -> None:
        self.act.call(action, lambda booking: self._changed_to(booking, done))

    def _changed_to(self, booking: BookingInfo, done: Callable[[], None]) -> None:
        self.booking = booking
        self.changed = True
        self._show()
        done()

    @Slot()
    def confirm(self) -> None:
        """Make the booking definite."""
        self._run(
            lambda: confirm_booking(self._uow, self._actor, self.booking.id),
            lambda: self.message.show_info(self.tr("De boeking is bevestigd.")),
        )

    @Slot()
    def cancel(self) -> None:
        """First click asks, second click cancels (with the fee the rule sets)."""
        if self.cancel_button.property("asking") != "yes":
            self.cancel_button.setProperty("asking", "yes")
            self.cancel_button.setText(self.tr("Zeker weten? Klik nogmaals"))
            return
        self._run(lambda: cancel_booking(self._uow, self._actor, self.booking.id), self._cancelled)

    def _cancelled(self) -> None:
        fee = self.booking.cancellation_fee_cents
        self.message.show_info(
            self.tr("Geannuleerd, met {fee} annuleringskosten.").format(fee=euro(fee))
            if fee
            else self.tr("Geannuleerd, kosteloos.")
        )

    @Slot()
    def invoice(self) -> None:
        """Invoice this booking now."""
        self.act.call(
            lambda: invoice_booking(self._uow, self._actor, self.booking.id), self._invoiced
        )

    def _invoiced(self, issued: InvoiceInfo) -> None:
        self.changed = True
        self.booking = get_booking(self._uow, self.booking.id)
        self.message.show_info(
            self.tr("Factuur {number} is gemaakt ({total}); u vindt hem bij Facturen.").format(
                number=issued.number, total=euro(issued.total_cents)
            )
        )
