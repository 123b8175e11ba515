"""The kinds the desk distinguishes (roles, parts of the day, payment methods...).

Plain enums free of SQLAlchemy, so every layer, the UI included, can name them.
"""

from __future__ import annotations

import enum


class DayPartKey(enum.StrEnum):
    """The three parts of the day the organisation counts in."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class Role(enum.StrEnum):
    """What a person may do at the desk; each role includes the ones before it."""

    RECEPTION = "reception"
    BAR = "bar"
    MANAGER = "manager"


class VolunteerKind(enum.StrEnum):
    """How someone came to volunteer."""

    REGULAR = "regular"
    SOCIAL_RETURN = "social_return"
    INTERN = "intern"
    STAFF = "staff"


class CertificateKind(enum.StrEnum):
    """Certificates the rules ask for."""

    BHV = "bhv"
    IVA = "iva"
    SVH = "svh"
    VOG = "vog"
    FIRST_AID = "first_aid"


class AgeGroup(enum.StrEnum):
    """The optional one-tap age tag of a walk-in."""

    CHILD = "child"
    YOUTH = "youth"
    ADULT = "adult"
    SENIOR = "senior"


class Purpose(enum.StrEnum):
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


class TariffClass(enum.StrEnum):
    """Who pays what: clubs and non-profits, businesses, or the centre itself (free)."""

    SOCIAL = "social"
    COMMERCIAL = "commercial"
    INTERNAL = "internal"


class BookingState(enum.StrEnum):
    """A booking is pencilled in, then confirmed, or cancelled (the row stays)."""

    PROVISIONAL = "provisional"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class TargetGroup(enum.StrEnum):
    """Who an activity is for."""

    YOUTH = "youth"
    ADULTS = "adults"
    ELDERLY = "elderly"
    ALL = "all"


class Recurrence(enum.StrEnum):
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


class PaymentMethod(enum.StrEnum):
    """How a sale was paid."""

    CASH = "cash"
    CARD = "card"
    ON_ACCOUNT = "on_account"
    VOLUNTEER = "volunteer"
    COFFEE_CARD = "coffee_card"
