"""The data model; importing this package registers every table on ``Base.metadata``."""

from desk_app.models.audit import AuditEntry
from desk_app.models.base import Base, Fact, Synced
from desk_app.models.catalogue import Product, Room
from desk_app.models.centre import Centre, DayPart, DayPartKey, OpeningHours, Setting
from desk_app.models.changes import ChangeLogEntry, LocalIdentity
from desk_app.models.invoices import Invoice, InvoiceCounter, InvoiceKind, InvoiceLine
from desk_app.models.people import Certificate, CertificateKind, Person, Role, VolunteerKind
from desk_app.models.rooms import Booking, BookingExtra, BookingState, Hirer, RoomRate, TariffClass
from desk_app.models.visitors import VisitorPass

__all__ = [
    "AuditEntry",
    "Base",
    "Booking",
    "BookingExtra",
    "BookingState",
    "Centre",
    "Certificate",
    "CertificateKind",
    "ChangeLogEntry",
    "DayPart",
    "DayPartKey",
    "Fact",
    "Hirer",
    "Invoice",
    "InvoiceCounter",
    "InvoiceKind",
    "InvoiceLine",
    "LocalIdentity",
    "OpeningHours",
    "Person",
    "Product",
    "Role",
    "Room",
    "RoomRate",
    "Setting",
    "Synced",
    "TariffClass",
    "VisitorPass",
    "VolunteerKind",
]
