"""The kinds the desk distinguishes (roles, parts of the day, payment methods...).

Plain enums free of SQLAlchemy, so every layer, the UI included, can name them. Each kind
a person reads has its Dutch label in one table below, the source text for the screen's
translation (one context per kind); the CLI, the documents and the error messages read the
same table through ``member.label``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a label for the translation files (kinds sits beside errors, so it has its own)."""
    del context
    return text


class Kind(enum.StrEnum):
    """A kind whose members have a Dutch label and the translation context of its table."""

    @property
    def label(self) -> str:
        """The member's name in Dutch, the source text of its translation."""
        return _LABELS[type(self)][1][self]

    @property
    def label_context(self) -> str:
        """The translation context of the kind's labels."""
        return _LABELS[type(self)][0]


class DayPartKey(Kind):
    """The three parts of the day the organisation counts in."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class Role(Kind):
    """What a person may do at the desk; each role includes the ones before it."""

    RECEPTION = "reception"
    BAR = "bar"
    MANAGER = "manager"


class VolunteerKind(Kind):
    """How someone came to volunteer."""

    REGULAR = "regular"
    SOCIAL_RETURN = "social_return"
    INTERN = "intern"
    STAFF = "staff"


class CertificateKind(Kind):
    """Certificates the rules ask for."""

    BHV = "bhv"
    IVA = "iva"
    SVH = "svh"
    VOG = "vog"
    FIRST_AID = "first_aid"


class ShiftTask(Kind):
    """What a rostered volunteer does in a shift."""

    RECEPTION = "reception"
    BAR = "bar"
    BHV = "bhv"
    ACTIVITY_LEADER = "activity_leader"
    YOUTH_WORK = "youth_work"


class AgeGroup(Kind):
    """The optional one-tap age tag of a walk-in."""

    CHILD = "child"
    YOUTH = "youth"
    ADULT = "adult"
    SENIOR = "senior"


class Purpose(Kind):
    """Why someone came in; the living room is the default."""

    LIVING_ROOM = "living_room"
    ACTIVITY = "activity"
    ROOM_HIRE = "room_hire"
    NEIGHBOURHOOD_TEAM = "neighbourhood_team"


class Mood(enum.IntEnum):
    """The three faces a leaving visitor can tap."""

    UNHAPPY = 1
    NEUTRAL = 2
    HAPPY = 3


class TariffClass(Kind):
    """Who pays what: clubs and non-profits, businesses, or the centre itself (free)."""

    SOCIAL = "social"
    COMMERCIAL = "commercial"
    INTERNAL = "internal"


class BookingState(Kind):
    """A booking is pencilled in, then confirmed, or cancelled (the row stays)."""

    PROVISIONAL = "provisional"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class TargetGroup(Kind):
    """Who an activity is for."""

    YOUTH = "youth"
    ADULTS = "adults"
    ELDERLY = "elderly"
    ALL = "all"


class Recurrence(Kind):
    """How often an activity returns."""

    ONCE = "once"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


class InvoiceKind(enum.StrEnum):
    """An invoice, or the credit note that cancels one."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class SaleKind(enum.StrEnum):
    """A sale, or the reversal of one (the only way a paid sale is ever corrected)."""

    SALE = "sale"
    REVERSAL = "reversal"


class PaymentMethod(Kind):
    """How a sale was paid."""

    CASH = "cash"
    CARD = "card"
    ON_ACCOUNT = "on_account"
    VOLUNTEER = "volunteer"
    COFFEE_CARD = "coffee_card"


class SettlementMethod(Kind):
    """How money against a room-hire invoice came in, or that the manager wrote it off."""

    BANK = "bank"
    CASH = "cash"
    CARD = "card"
    DIRECT_DEBIT = "direct_debit"
    WRITE_OFF = "write_off"


class InvoiceStatus(Kind):
    """Where an invoice stands, computed from its payment facts, its due date and credit notes."""

    OPEN = "open"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CREDITED = "credited"


class ReminderLevel(Kind):
    """How far the reminders of an overdue invoice went: a first reminder, then a final notice."""

    FIRST = "first"
    FINAL = "final"


_LABELS: dict[type[Kind], tuple[str, Mapping[Any, str]]] = {
    DayPartKey: (
        "DayParts",
        {
            DayPartKey.MORNING: QT_TRANSLATE_NOOP("DayParts", "ochtend"),
            DayPartKey.AFTERNOON: QT_TRANSLATE_NOOP("DayParts", "middag"),
            DayPartKey.EVENING: QT_TRANSLATE_NOOP("DayParts", "avond"),
        },
    ),
    CertificateKind: (
        "Certificates",
        {
            CertificateKind.BHV: QT_TRANSLATE_NOOP("Certificates", "BHV"),
            CertificateKind.IVA: QT_TRANSLATE_NOOP("Certificates", "IVA"),
            CertificateKind.SVH: QT_TRANSLATE_NOOP("Certificates", "SVH"),
            CertificateKind.VOG: QT_TRANSLATE_NOOP("Certificates", "VOG"),
            CertificateKind.FIRST_AID: QT_TRANSLATE_NOOP("Certificates", "EHBO"),
        },
    ),
    Role: (
        "Roles",
        {
            Role.RECEPTION: QT_TRANSLATE_NOOP("Roles", "baliemedewerker"),
            Role.BAR: QT_TRANSLATE_NOOP("Roles", "barvrijwilliger"),
            Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "sociaal beheerder"),
        },
    ),
    VolunteerKind: (
        "VolunteerKinds",
        {
            VolunteerKind.REGULAR: QT_TRANSLATE_NOOP("VolunteerKinds", "vrijwilliger"),
            VolunteerKind.SOCIAL_RETURN: QT_TRANSLATE_NOOP(
                "VolunteerKinds", "vrijwilliger (social return / tegenprestatie)"
            ),
            VolunteerKind.INTERN: QT_TRANSLATE_NOOP("VolunteerKinds", "stagiair"),
            VolunteerKind.STAFF: QT_TRANSLATE_NOOP("VolunteerKinds", "medewerker"),
        },
    ),
    ShiftTask: (
        "ShiftTasks",
        {
            ShiftTask.RECEPTION: QT_TRANSLATE_NOOP("ShiftTasks", "baliedienst"),
            ShiftTask.BAR: QT_TRANSLATE_NOOP("ShiftTasks", "bardienst"),
            ShiftTask.BHV: QT_TRANSLATE_NOOP("ShiftTasks", "BHV"),
            ShiftTask.ACTIVITY_LEADER: QT_TRANSLATE_NOOP("ShiftTasks", "activiteitenbegeleiding"),
            ShiftTask.YOUTH_WORK: QT_TRANSLATE_NOOP("ShiftTasks", "jongerenwerk"),
        },
    ),
    AgeGroup: (
        "AgeGroups",
        {
            AgeGroup.CHILD: QT_TRANSLATE_NOOP("AgeGroups", "Kind"),
            AgeGroup.YOUTH: QT_TRANSLATE_NOOP("AgeGroups", "Jongere"),
            AgeGroup.ADULT: QT_TRANSLATE_NOOP("AgeGroups", "Volwassene"),
            AgeGroup.SENIOR: QT_TRANSLATE_NOOP("AgeGroups", "Senior"),
        },
    ),
    Purpose: (
        "Purposes",
        {
            Purpose.LIVING_ROOM: QT_TRANSLATE_NOOP("Purposes", "Huiskamer"),
            Purpose.ACTIVITY: QT_TRANSLATE_NOOP("Purposes", "Activiteit"),
            Purpose.ROOM_HIRE: QT_TRANSLATE_NOOP("Purposes", "Zaalhuur"),
            Purpose.NEIGHBOURHOOD_TEAM: QT_TRANSLATE_NOOP("Purposes", "Wijkteam"),
        },
    ),
    TariffClass: (
        "Tariffs",
        {
            TariffClass.SOCIAL: QT_TRANSLATE_NOOP("Tariffs", "maatschappelijk"),
            TariffClass.COMMERCIAL: QT_TRANSLATE_NOOP("Tariffs", "commercieel"),
            TariffClass.INTERNAL: QT_TRANSLATE_NOOP("Tariffs", "eigen activiteit"),
        },
    ),
    BookingState: (
        "BookingStates",
        {
            BookingState.PROVISIONAL: QT_TRANSLATE_NOOP("BookingStates", "optie"),
            BookingState.CONFIRMED: QT_TRANSLATE_NOOP("BookingStates", "bevestigd"),
            BookingState.CANCELLED: QT_TRANSLATE_NOOP("BookingStates", "geannuleerd"),
        },
    ),
    TargetGroup: (
        "TargetGroups",
        {
            TargetGroup.YOUTH: QT_TRANSLATE_NOOP("TargetGroups", "Jeugd"),
            TargetGroup.ADULTS: QT_TRANSLATE_NOOP("TargetGroups", "Volwassenen"),
            TargetGroup.ELDERLY: QT_TRANSLATE_NOOP("TargetGroups", "Ouderen"),
            TargetGroup.ALL: QT_TRANSLATE_NOOP("TargetGroups", "Iedereen"),
        },
    ),
    Recurrence: (
        "Recurrences",
        {
            Recurrence.ONCE: QT_TRANSLATE_NOOP("Recurrences", "Eenmalig"),
            Recurrence.WEEKLY: QT_TRANSLATE_NOOP("Recurrences", "Elke week"),
            Recurrence.FORTNIGHTLY: QT_TRANSLATE_NOOP("Recurrences", "Om de week"),
            Recurrence.MONTHLY: QT_TRANSLATE_NOOP("Recurrences", "Elke maand"),
        },
    ),
    PaymentMethod: (
        "PaymentMethods",
        {
            PaymentMethod.CASH: QT_TRANSLATE_NOOP("PaymentMethods", "Contant"),
            PaymentMethod.CARD: QT_TRANSLATE_NOOP("PaymentMethods", "Pin"),
            PaymentMethod.ON_ACCOUNT: QT_TRANSLATE_NOOP("PaymentMethods", "Op rekening"),
            PaymentMethod.VOLUNTEER: QT_TRANSLATE_NOOP("PaymentMethods", "Vrijwilliger"),
            PaymentMethod.COFFEE_CARD: QT_TRANSLATE_NOOP("PaymentMethods", "Koffiekaart"),
        },
    ),
    SettlementMethod: (
        "SettlementMethods",
        {
            SettlementMethod.BANK: QT_TRANSLATE_NOOP("SettlementMethods", "Bank"),
            SettlementMethod.CASH: QT_TRANSLATE_NOOP("SettlementMethods", "Contant aan de balie"),
            SettlementMethod.CARD: QT_TRANSLATE_NOOP("SettlementMethods", "Pin aan de balie"),
            SettlementMethod.DIRECT_DEBIT: QT_TRANSLATE_NOOP("SettlementMethods", "Incasso"),
            SettlementMethod.WRITE_OFF: QT_TRANSLATE_NOOP("SettlementMethods", "Afgeschreven"),
        },
    ),
    InvoiceStatus: (
        "InvoiceStatuses",
        {
            InvoiceStatus.OPEN: QT_TRANSLATE_NOOP("InvoiceStatuses", "open"),
            InvoiceStatus.PARTLY_PAID: QT_TRANSLATE_NOOP("InvoiceStatuses", "deels betaald"),
            InvoiceStatus.PAID: QT_TRANSLATE_NOOP("InvoiceStatuses", "betaald"),
            InvoiceStatus.OVERDUE: QT_TRANSLATE_NOOP("InvoiceStatuses", "te laat"),
            InvoiceStatus.CREDITED: QT_TRANSLATE_NOOP("InvoiceStatuses", "gecrediteerd"),
        },
    ),
    ReminderLevel: (
        "ReminderLevels",
        {
            ReminderLevel.FIRST: QT_TRANSLATE_NOOP("ReminderLevels", "herinnering"),
            ReminderLevel.FINAL: QT_TRANSLATE_NOOP("ReminderLevels", "aanmaning"),
        },
    ),
}


def kind_named(name: str) -> type[Kind]:
    """The kind whose class is called ``name`` (for values kept as text, such as the sync log)."""
    return {kind.__name__: kind for kind in _LABELS}[name]
