"""Which local tables travel to the central database, and which of their columns stay home.

Adding an area's table to the sync is one line in ``SYNCED_TABLES``; the central schema, the
push and the checks all follow from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table

from desk_app.models import (
    Activity,
    ActivityOccurrence,
    AllowancePayment,
    Attendance,
    AuditEntry,
    Availability,
    Base,
    Booking,
    BookingExtra,
    CardStamp,
    Centre,
    Certificate,
    Checkout,
    CoffeeCard,
    CoffeeCardMovement,
    DayClose,
    DayPart,
    Hirer,
    Invoice,
    InvoiceCollection,
    InvoiceLine,
    InvoicePayment,
    InvoiceReminder,
    LedgerAccount,
    MultiVisitCard,
    OpeningHours,
    OwnTargetGroup,
    PaidOut,
    Payment,
    Person,
    Product,
    RemovedLine,
    Room,
    RoomRate,
    RosterHoliday,
    Sale,
    SaleLine,
    SatisfactionVote,
    Shift,
    ShiftPattern,
    SignIn,
    SignOut,
    SignUp,
    Tab,
    TabEntry,
    Visit,
    VisitorPass,
)

# The shape of a pushed row; raised when a synced table gains, loses or retypes a column.
# 2: a payment names its hirer, an invoice line its payment (bar sales on account).
# 3: a hirer says whether it takes e-invoices, with its KvK number or OIN and Peppol id.
# 4: the ledger mapping the office sends the centres (``ledger_account``); the organisation's
#    own target groups, and an activity's own group.
#    Sessions have a capacity, products a number of stamps; sign-ups and strippenkaarten.
#    The volunteer roster: shift patterns, shifts, holidays and availability.
#    Allowances paid to volunteers; a booking marks a private party or an outsiders' event,
#    and a tab an outsiders' event. A card stamp carries the turnover it makes, its VAT rate,
#    and (undone) the stamp it reverses with the reason.
SCHEMA_VERSION = 4


@dataclass(frozen=True)
class SyncedTable:
    """A local model whose rows are pushed, minus the columns that never leave the PC."""

    model: type[Base]
    omit: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return str(self.model.__tablename__)

    @property
    def local(self) -> Table:
        return Base.metadata.tables[self.name]

    @property
    def columns(self) -> list[str]:
        """The pushed columns, in table order."""
        return [column.name for column in self.local.columns if column.name not in self.omit]


SYNCED_TABLES: tuple[SyncedTable, ...] = (
    # The creditor identifier stays on the PC for now: pushing it needs a new push format.
    SyncedTable(Centre, omit=("creditor_id",)),
    SyncedTable(OpeningHours),
    SyncedTable(DayPart),
    SyncedTable(Person, omit=("pin_hash", "failed_pin_attempts", "locked_until", "born_on")),
    SyncedTable(Certificate),
    SyncedTable(AuditEntry),
    SyncedTable(Room),
    SyncedTable(Product),
    SyncedTable(VisitorPass, omit=("holder_name", "holder_phone", "consent_at")),
    SyncedTable(Visit),
    SyncedTable(Checkout),
    SyncedTable(SatisfactionVote),
    SyncedTable(Tab),
    SyncedTable(Sale),
    SyncedTable(SaleLine),
    SyncedTable(Payment),
    SyncedTable(TabEntry),
    SyncedTable(RemovedLine),
    SyncedTable(CoffeeCard),
    SyncedTable(CoffeeCardMovement),
    SyncedTable(SignIn),
    SyncedTable(SignOut),
    SyncedTable(OwnTargetGroup),
    SyncedTable(Activity),
    SyncedTable(ActivityOccurrence),
    SyncedTable(Attendance),
    SyncedTable(SignUp, omit=("name",)),
    SyncedTable(MultiVisitCard),
    SyncedTable(CardStamp),
    SyncedTable(AllowancePayment),
    SyncedTable(RoomRate),
    SyncedTable(Hirer, omit=("iban", "mandate_reference", "mandate_signed_on", "mandate_first")),
    SyncedTable(Booking),
    SyncedTable(BookingExtra),
    SyncedTable(Invoice),
    SyncedTable(InvoiceLine),
    SyncedTable(InvoicePayment),
    SyncedTable(InvoiceReminder),
    SyncedTable(InvoiceCollection),
    SyncedTable(PaidOut),
    SyncedTable(DayClose),
    SyncedTable(LedgerAccount),
    SyncedTable(ShiftPattern),
    SyncedTable(Shift),
    SyncedTable(RosterHoliday),
    SyncedTable(Availability),
)


# Master data the office keeps centrally and the centres take in (the central version wins).
PULLED_TABLES = frozenset({"product", "person", "room", "ledger_account", "own_target_group"})


def synced_table(name: str) -> SyncedTable | None:
    """The registry entry of a local table, or ``None`` for a table that is not synced."""
    return _BY_NAME.get(name)


_BY_NAME = {entry.name: entry for entry in SYNCED_TABLES}
