"""How the gallery opens each dialog: a name and a function from the main window to it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from uuid import uuid4

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk_app.bootstrap import Desk
from desk_app.formatting import LOCAL_ZONE
from desk_app.kinds import DayPartKey, ShiftTask
from desk_app.services.activities.programme import programme
from desk_app.services.auth import Actor
from desk_app.services.living_room import figures, presence
from desk_app.services.rooms.booking_changes import get_booking
from desk_app.services.rooms.calendar import week_view
from desk_app.services.rooms.open_items import StandingFilter, standings
from desk_app.services.rooms.rates import active_rooms
from desk_app.services.till.alcohol import bar_duty
from desk_app.services.till.basket import PricedLine
from desk_app.services.till.pricing import grid_products
from desk_app.services.till.tabs import TabSummary
from desk_app.services.volunteers.allowance import LimitKind
from desk_app.services.volunteers.allowance_guard import LimitWarning
from desk_app.services.volunteers.duty import signed_in_count
from desk_app.services.volunteers.register import register
from desk_app.services.volunteers.roster import monday_of
from desk_app.services.volunteers.roster_gaps import roster_week
from desk_app.ui.activities.plan_dialog import PlanDialog
from desk_app.ui.activities.undo_stamp import UndoStampDialog
from desk_app.ui.admin.account_forms import PinForm
from desk_app.ui.admin.accounts import AccountsDialog
from desk_app.ui.admin.audit import AuditDialog
from desk_app.ui.admin.books_export import BooksExportDialog
from desk_app.ui.admin.centre import CentreDialog
from desk_app.ui.admin.settings import SettingsDialog
from desk_app.ui.bar.allowance_warning import AllowanceWarningDialog
from desk_app.ui.bar.card_kind import CardKindDialog
from desk_app.ui.bar.card_load_reversal import CardLoadReversalDialog
from desk_app.ui.bar.card_sale import CardSaleDialog
from desk_app.ui.bar.coffee_card_sale import CoffeeCardDialog
from desk_app.ui.bar.coffee_card_top_up import CoffeeCardTopUpDialog
from desk_app.ui.bar.dialogs import DutyDialog, NewTabDialog, SettleTabDialog
from desk_app.ui.bar.dialogs import ReversalDialog as ReceiptReversalDialog
from desk_app.ui.bar.journal_export import JournalExportDialog
from desk_app.ui.bar.paid_out import PaidOutDialog
from desk_app.ui.bar.price_editor import PriceListDialog
from desk_app.ui.bar.till_settings import TillSettingsDialog
from desk_app.ui.conflicts import ConflictsDialog
from desk_app.ui.day_close.early_close import EarlyCloseDialog
from desk_app.ui.display import DisplayDialog
from desk_app.ui.living_room.figures_dialog import FiguresDialog
from desk_app.ui.living_room.mood_panel import MoodPanel
from desk_app.ui.living_room.pass_dialog import NewPassDialog
from desk_app.ui.living_room.visitor_data_dialog import VisitorDataDialog
from desk_app.ui.login import LoginDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.new_pin import NewPinDialog
from desk_app.ui.rooms.bank_dialog import BankImportDialog
from desk_app.ui.rooms.booking_details import BookingDetails
from desk_app.ui.rooms.booking_dialog import BookingDialog
from desk_app.ui.rooms.direct_debit_dialog import DirectDebitDialog
from desk_app.ui.rooms.hirer_dialog import HirerDialog
from desk_app.ui.rooms.payment_dialog import PaymentDialog
from desk_app.ui.rooms.reversal_dialog import ReversalDialog as PaymentReversalDialog
from desk_app.ui.rooms.room_dialog import RoomDialog
from desk_app.ui.status_text import WholeTextDialog
from desk_app.ui.volunteers.allowance_dialog import AllowanceDialog
from desk_app.ui.volunteers.allowances_paid_dialog import AllowancesPaidDialog
from desk_app.ui.volunteers.availability_dialog import AvailabilityDialog
from desk_app.ui.volunteers.holiday_dialog import HolidayDialog
from desk_app.ui.volunteers.hours_dialog import HoursDialog
from desk_app.ui.volunteers.limits_dialog import LimitsDialog
from desk_app.ui.volunteers.register_dialog import RegisterDialog
from desk_app.ui.volunteers.roster_dialog import RosterDialog
from desk_app.ui.volunteers.shift_pick_dialog import ShiftPickDialog
from desk_app.ui.volunteers.swap_dialog import SwapDialog
from desk_app.ui.wizard.first_run import FirstRunWizard
from desk_app.ui.wizard.recover import RecoverDialog

DialogFactory = Callable[[MainWindow, Desk, Actor], QWidget]


def _booking(window: MainWindow, desk: Desk, actor: Actor) -> QWidget:
    rooms = active_rooms(desk.uow)
    start = (rooms[0], datetime.now(LOCAL_ZONE).date() + timedelta(days=7), DayPartKey.EVENING)
    return BookingDialog(desk.uow, actor, rooms, start, window)


def _undo_stamp(window: MainWindow, desk: Desk, actor: Actor) -> QWidget:
    """The demo's chair yoga, its couple and one more stamped (made the day the demo was)."""
    today = datetime.now(LOCAL_ZONE).date()
    held = programme(desk.uow, today - timedelta(days=400), today + timedelta(days=1))
    stamped = [one for one in held if one.stamped] or held
    return UndoStampDialog(desk.uow, actor, stamped[-1].occurrence_id, window)


def _invoice_payment(window: MainWindow, desk: Desk, actor: Actor) -> QWidget:
    """A payment at the desk for the demo's newest invoice still owing."""
    owing = standings(desk.uow, StandingFilter.OPEN)[0]
    today = datetime.now(LOCAL_ZONE).date()
    return PaymentDialog(desk.uow, actor, owing, today, window)


def _payment_reversal(window: MainWindow, desk: Desk, actor: Actor) -> QWidget:
    """Undoing a payment on an invoice of the demo, one with money received where there is one."""
    owing = standings(desk.uow, StandingFilter.ALL)
    chosen = next((s for s in owing if s.paid_cents > 0), owing[0])
    return PaymentReversalDialog(desk.uow, actor, chosen, window)


def _settle_tab(window: MainWindow, desk: Desk, actor: Actor) -> QWidget:
    """Settling an evening's tab of two rounds (shown only: a morning's demo has no open tab)."""
    grid = {p.name: p for p in grid_products(desk.uow)}
    lines = tuple(
        PricedLine(p.product_id, p.name, p.category, quantity, p.price_cents, p.vat_rate, False)
        for p, quantity in ((grid["Koffie"], 6), (grid["Thee"], 4))
    )
    made_at = datetime.now(LOCAL_ZONE)
    tab = TabSummary(uuid4(), "Biljartclub De Keu", False, False, made_at, lines)
    return SettleTabDialog(desk.uow, actor, tab, window)


def _booking_details(window: MainWindow, desk: Desk, actor: Actor) -> QWidget:
    """The first booking of this week's calendar, with what can be done with it."""
    entry = week_view(desk.uow, datetime.now(LOCAL_ZONE).date()).entries[0]
    return BookingDetails(desk.uow, actor, get_booking(desk.uow, entry.booking_id), window)


def _many_passes(window: MainWindow, desk: Desk, actor: Actor) -> QWidget:
    """The pass dialog asking once more before printing many passes."""
    dialog = NewPassDialog(window)
    dialog.count.setValue(40)
    dialog.accept()  # the first click on "Afdrukken" only asks
    return dialog


def _swap(window: MainWindow, desk: Desk, actor: Actor) -> QWidget:
    """Swapping the first shift of this week's demo roster."""
    week = roster_week(desk.uow, monday_of(datetime.now(LOCAL_ZONE).date()))
    return SwapDialog(window.context, actor, week.shifts[0], window)


def _availability(window: MainWindow, desk: Desk, actor: Actor) -> QWidget:
    """When the register's first volunteer can come."""
    person = register(desk.uow)[0]
    return AvailabilityDialog(window.context, actor, (person.person_id, person.name), window)


def _visit_figures(window: MainWindow, desk: Desk, actor: Actor) -> QWidget:
    """The Huiskamer's *Meer cijfers*, with today's moods as the page words them."""
    shown = (
        figures.visit_figures(desk.uow),
        presence.presence(desk.uow),
        signed_in_count(desk.uow),
    )
    moods = window.findChild(MoodPanel)
    return FiguresDialog(shown, moods.summary.text() if moods is not None else "", window)


DIALOGS: dict[str, DialogFactory] = {
    "booking": _booking,
    "login": lambda w, d, a: LoginDialog(d.uow, w),
    "new-pin": lambda w, d, a: NewPinDialog(d.uow, a, w),
    "account-new-person": lambda w, d, a: PinForm(
        QCoreApplication.translate("AccountsDialog", "Nieuwe persoon"), new_person=True, parent=w
    ),
    "first-run": lambda w, d, a: FirstRunWizard(d.uow, w.jobs, w, folder=d.folder),
    "recover": lambda w, d, a: RecoverDialog(d.uow, d.folder, w.jobs, w),
    "display": lambda w, d, a: DisplayDialog(d.uow, w),
    "accounts": lambda w, d, a: AccountsDialog(d.uow, a, w),
    "centre": lambda w, d, a: CentreDialog(d.uow, a, w),
    "audit": lambda w, d, a: AuditDialog(d.uow, a, w),
    "books-export": lambda w, d, a: BooksExportDialog(w.context, w),
    "settings": lambda w, d, a: SettingsDialog(d.uow, a, d.folder, w, w.sync),
    "conflicts": lambda w, d, a: ConflictsDialog(d.uow, w),
    "new-pass": lambda w, d, a: NewPassDialog(w),
    "new-pass-confirm": _many_passes,
    "visit-figures": _visit_figures,
    "visitor-data": lambda w, d, a: VisitorDataDialog(d.uow, a, w),
    "price-list": lambda w, d, a: PriceListDialog(d.uow, a, w),
    "till-settings": lambda w, d, a: TillSettingsDialog(w.context, a, w),
    "paid-out": lambda w, d, a: PaidOutDialog(d.uow, a, w),
    "coffee-card": lambda w, d, a: CoffeeCardDialog(w.context, a, w),
    "coffee-card-top-up": lambda w, d, a: CoffeeCardTopUpDialog(d.uow, a, w),
    "card-sale": lambda w, d, a: CardSaleDialog(w.context, a, w),
    "card-kind": lambda w, d, a: CardKindDialog(d.uow, a, w),
    "undo-stamp": _undo_stamp,
    "journal-export": lambda w, d, a: JournalExportDialog(d.uow, a, w),
    "new-tab": lambda w, d, a: NewTabDialog(w),
    "settle-tab": _settle_tab,
    "bar-duty": lambda w, d, a: DutyDialog(bar_duty(d.uow), w),
    "receipt-reversal": lambda w, d, a: ReceiptReversalDialog(d.uow, a, w),
    "card-load-reversal": lambda w, d, a: CardLoadReversalDialog(d.uow, a, w),
    "room": lambda w, d, a: RoomDialog(d.uow, a, None, w),
    "hirer": lambda w, d, a: HirerDialog(d.uow, a, w),
    "booking-details": _booking_details,
    "invoice-payment": _invoice_payment,
    "payment-reversal": _payment_reversal,
    "bank-statement": lambda w, d, a: BankImportDialog(w.context, a, w),
    "direct-debit": lambda w, d, a: DirectDebitDialog(
        d.uow, a, w.jobs, datetime.now(LOCAL_ZONE).date().replace(day=1), w
    ),
    "plan-activity": lambda w, d, a: PlanDialog(d.uow, w),
    "volunteer-hours": lambda w, d, a: HoursDialog(w.context, a, w),
    "volunteer-register": lambda w, d, a: RegisterDialog(w.context, a, w),
    "roster": lambda w, d, a: RosterDialog(w.context, a, parent=w),
    "shift-swap": _swap,
    "roster-holiday": lambda w, d, a: HolidayDialog(
        w.context, a, datetime.now(LOCAL_ZONE).date(), w
    ),
    "availability": _availability,
    "shift-pick": lambda w, d, a: ShiftPickDialog(
        w.context, a, (datetime.now(LOCAL_ZONE).date(), DayPartKey.MORNING), ShiftTask.BHV, w
    ),
    "volunteer-allowances": lambda w, d, a: AllowanceDialog(w.context, a, w),
    "allowances-paid": lambda w, d, a: AllowancesPaidDialog(
        w.context, a, datetime.now(LOCAL_ZONE).year, w
    ),
    "allowance-limits": lambda w, d, a: LimitsDialog(d.uow, a, 2026, w),
    "allowance-warning": lambda w, d, a: AllowanceWarningDialog(
        LimitWarning("Henk Bakker", LimitKind.MONTH, 21_000, 21_240), w
    ),
    "early-close": lambda w, d, a: EarlyCloseDialog(time(22, 30), w),
    "status-text": lambda w, d, a: WholeTextDialog(w.status.warnings.details or "—", w),
}
