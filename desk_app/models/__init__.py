"""The data model; importing this package registers every table on ``Base.metadata``.

The model modules keep their annotations as objects (no ``from __future__ import
annotations``): SQLAlchemy then reads each ``Mapped[...]`` as it is instead of evaluating a
string per column, which took a sixth of the models' import at every start of the desk.
"""

from desk_app.kinds import (
    AgeGroup,
    BookingState,
    CertificateKind,
    DayPartKey,
    InvoiceKind,
    InvoiceStatus,
    Mood,
    PaymentMethod,
    Purpose,
    Recurrence,
    ReminderLevel,
    Role,
    SaleKind,
    SettlementMethod,
    ShiftTask,
    TargetGroup,
    TariffClass,
    VolunteerKind,
)
from desk_app.models.audit import AuditEntry
from desk_app.models.base import Base, Fact, Synced
from desk_app.models.catalogue import LedgerAccount, Product, Room
from desk_app.models.centre import Centre, DayPart, OpeningHours, Setting
from desk_app.models.changes import ChangeLogEntry, LocalIdentity
from desk_app.models.day_close import DayClose, PaidOut
from desk_app.models.invoices import (
    Invoice,
    InvoiceCollection,
    InvoiceCounter,
    InvoiceLine,
    InvoicePayment,
    InvoiceReminder,
)
from desk_app.models.people import Certificate, Person
from desk_app.models.rooms import Booking, BookingExtra, Hirer, RoomRate
from desk_app.models.roster import Availability, RosterHoliday, Shift, ShiftPattern
from desk_app.models.signups import CardStamp, MultiVisitCard, SignUp
from desk_app.models.sync import SyncRun
from desk_app.models.till import (
    CoffeeCard,
    CoffeeCardMovement,
    Payment,
    ReceiptCounter,
    RemovedLine,
    Sale,
    SaleLine,
    Tab,
    TabEntry,
)
from desk_app.models.visitors import VisitorPass
from desk_app.models.visits import Checkout, SatisfactionVote, Visit
from desk_app.models.volunteering import (
    Activity,
    ActivityOccurrence,
    AllowancePayment,
    Attendance,
    OwnTargetGroup,
    SignIn,
    SignOut,
)

__all__ = [
    "Activity",
    "ActivityOccurrence",
    "AgeGroup",
    "AllowancePayment",
    "Attendance",
    "AuditEntry",
    "Availability",
    "Base",
    "Booking",
    "BookingExtra",
    "BookingState",
    "CardStamp",
    "Centre",
    "Certificate",
    "CertificateKind",
    "ChangeLogEntry",
    "Checkout",
    "CoffeeCard",
    "CoffeeCardMovement",
    "DayClose",
    "DayPart",
    "DayPartKey",
    "Fact",
    "Hirer",
    "Invoice",
    "InvoiceCollection",
    "InvoiceCounter",
    "InvoiceKind",
    "InvoiceLine",
    "InvoicePayment",
    "InvoiceReminder",
    "InvoiceStatus",
    "LedgerAccount",
    "LocalIdentity",
    "Mood",
    "MultiVisitCard",
    "OpeningHours",
    "OwnTargetGroup",
    "PaidOut",
    "Payment",
    "PaymentMethod",
    "Person",
    "Product",
    "Purpose",
    "ReceiptCounter",
    "Recurrence",
    "ReminderLevel",
    "RemovedLine",
    "Role",
    "Room",
    "RoomRate",
    "RosterHoliday",
    "Sale",
    "SaleKind",
    "SaleLine",
    "SatisfactionVote",
    "Setting",
    "SettlementMethod",
    "Shift",
    "ShiftPattern",
    "ShiftTask",
    "SignIn",
    "SignOut",
    "SignUp",
    "SyncRun",
    "Synced",
    "Tab",
    "TabEntry",
    "TargetGroup",
    "TariffClass",
    "Visit",
    "VisitorPass",
    "VolunteerKind",
]
