"""The data model; importing this package registers every table on ``Base.metadata``."""

from desk_app.models.audit import AuditEntry
from desk_app.models.base import Base, Fact, Synced
from desk_app.models.catalogue import Product, Room
from desk_app.models.centre import Centre, DayPart, DayPartKey, OpeningHours, Setting
from desk_app.models.changes import ChangeLogEntry, LocalIdentity
from desk_app.models.people import Certificate, CertificateKind, Person, Role, VolunteerKind
from desk_app.models.till import (
    CoffeeCard,
    CoffeeCardMovement,
    Payment,
    PaymentMethod,
    ReceiptCounter,
    RemovedLine,
    Sale,
    SaleKind,
    SaleLine,
    Tab,
    TabEntry,
)
from desk_app.models.visitors import VisitorPass

__all__ = [
    "AuditEntry",
    "Base",
    "Centre",
    "Certificate",
    "CertificateKind",
    "ChangeLogEntry",
    "CoffeeCard",
    "CoffeeCardMovement",
    "DayPart",
    "DayPartKey",
    "Fact",
    "LocalIdentity",
    "OpeningHours",
    "Payment",
    "PaymentMethod",
    "Person",
    "Product",
    "ReceiptCounter",
    "RemovedLine",
    "Role",
    "Room",
    "Sale",
    "SaleKind",
    "SaleLine",
    "Setting",
    "Synced",
    "Tab",
    "TabEntry",
    "VisitorPass",
    "VolunteerKind",
]
