"""The data model; importing this package registers every table on ``Base.metadata``."""

from desk_app.models.audit import AuditEntry
from desk_app.models.base import Base, Fact, Synced
from desk_app.models.catalogue import Product, Room
from desk_app.models.centre import Centre, DayPart, DayPartKey, OpeningHours, Setting
from desk_app.models.changes import ChangeLogEntry, LocalIdentity
from desk_app.models.people import Certificate, CertificateKind, Person, Role, VolunteerKind
from desk_app.models.sync import SyncRun
from desk_app.models.visitors import VisitorPass
from desk_app.models.visits import AgeGroup, Checkout, Mood, Purpose, SatisfactionVote, Visit

__all__ = [
    "AgeGroup",
    "AuditEntry",
    "Base",
    "Centre",
    "Certificate",
    "CertificateKind",
    "ChangeLogEntry",
    "Checkout",
    "DayPart",
    "DayPartKey",
    "Fact",
    "LocalIdentity",
    "Mood",
    "OpeningHours",
    "Person",
    "Product",
    "Purpose",
    "Role",
    "Room",
    "SatisfactionVote",
    "Setting",
    "SyncRun",
    "Synced",
    "Visit",
    "VisitorPass",
    "VolunteerKind",
]
