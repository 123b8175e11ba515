"""The office's signals and their words: what each one is and what to do (Dutch, translatable)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desk_app.errors import QT_TRANSLATE_NOOP, Param, Text
from desk_app.services.office.table_words import number_word, table_word

if TYPE_CHECKING:
    from desk_app.central.conflicts import BookingConflict
    from desk_app.central.errors import SyncErrorRow
    from desk_app.central.numbers import NumberConflict
    from desk_app.services.office.signals import CentreSync

CONTEXT = "Signals"


class SignalKind(enum.Enum):
    """What a signal is about (a Dutch label, translated on screen)."""

    STALE = QT_TRANSLATE_NOOP("SignalKind", "Niet gesynchroniseerd")
    FAILED = QT_TRANSLATE_NOOP("SignalKind", "Synchronisatie mislukt")
    DOUBLE_BOOKING = QT_TRANSLATE_NOOP("SignalKind", "Dubbele boeking")
    REFUSED = QT_TRANSLATE_NOOP("SignalKind", "Geweigerde records")
    LATE = QT_TRANSLATE_NOOP("SignalKind", "Te laat na afsluiting")
    NUMBER = QT_TRANSLATE_NOOP("SignalKind", "Nummer twee keer gegeven")

    @property
    def label(self) -> str:
        """The Dutch label, the source text of its translation."""
        return str(self.value)

    @property
    def label_context(self) -> str:
        """The labels' translation context."""
        return "SignalKind"


@dataclass(frozen=True)
class Signal:
    """One thing to look at: which centre, since when, what it is and what to do."""

    kind: SignalKind
    centre_code: str
    at: datetime | None
    what: Text
    advice: Text


def _text(template: str, **params: Param) -> Text:
    return Text(CONTEXT, template, params)


def stale(centre: CentreSync) -> Signal:
    """A centre whose last sync went through more than a day ago (or that never synced)."""
    if centre.last_sync is None:
        what = _text(
            QT_TRANSLATE_NOOP("Signals", "{name} heeft nog nooit gesynchroniseerd."),
            name=centre.name,
        )
    else:
        what = _text(
            QT_TRANSLATE_NOOP("Signals", "{name} synchroniseert niet meer."), name=centre.name
        )
    advice = _text(
        QT_TRANSLATE_NOOP(
            "Signals",
            "Bel het buurthuis: staat de balie-pc aan en heeft hij internet? Laat de beheerder "
            "Beheer › Synchroniseren kiezen en de melding in Beheer › Synchronisatielog en "
            "fouten voorlezen.",
        )
    )
    return Signal(SignalKind.STALE, centre.code, centre.last_sync, what, advice)


def failed(centre: CentreSync) -> Signal:
    """A desk that says its last sync failed: its own words, translated where they are read."""
    assert centre.last_message is not None
    advice = _text(
        QT_TRANSLATE_NOOP(
            "Signals",
            "De balie kon de centrale database bereiken, maar de synchronisatie mislukte. Lees "
            "de melding met de sociaal beheerder; past die niet bij de balie, dan ligt het aan "
            "de centrale database. De melding verdwijnt na de eerste synchronisatie die lukt.",
        )
    )
    return Signal(SignalKind.FAILED, centre.code, centre.last_contact, centre.last_message, advice)


def double_booking(conflict: BookingConflict) -> Signal:
    """Two live bookings of one room whose times overlap."""
    what = _text(
        QT_TRANSLATE_NOOP("Signals", "{room}: {first} en {second} overlappen op {day}."),
        room=conflict.room_name,
        first=conflict.first.hirer_name,
        second=conflict.second.hirer_name,
        day=conflict.day,
    )
    advice = _text(
        QT_TRANSLATE_NOOP(
            "Signals",
            "Laat het buurthuis met beide huurders overleggen en één van de twee boekingen "
            "annuleren; na de volgende synchronisatie verdwijnt de melding.",
        )
    )
    arrived = conflict.first.received_at or conflict.second.received_at
    return Signal(SignalKind.DOUBLE_BOOKING, conflict.centre_code, arrived, what, advice)


def refused(errors: Sequence[SyncErrorRow]) -> list[Signal]:
    """Refused rows, one signal per centre and table, with the newest reason."""
    grouped: dict[tuple[str, str], list[SyncErrorRow]] = {}
    for error in errors:  # newest first, so each group's first is its newest
        grouped.setdefault((error.centre_code, error.table_name), []).append(error)
    advice = _text(
        QT_TRANSLATE_NOOP(
            "Signals",
            "Bekijk de rijen met desk-app central errors. Ligt het aan de balie, laat het "
            "buurthuis de fout herstellen; is de centrale database bijgewerkt, schrijf de rij "
            "opnieuw met desk-app central payload --apply.",
        )
    )
    return [
        Signal(
            SignalKind.REFUSED,
            code,
            rows[0].received_at,
            _text(
                QT_TRANSLATE_NOOP("Signals", "{count} record(s) in {table} geweigerd: {reason}"),
                count=len(rows),
                table=table_word(table),
                reason=rows[0].reason,
            ),
            advice,
        )
        for (code, table), rows in grouped.items()
    ]


def late(code: str, table: str, count: int, newest: datetime) -> Signal:
    """Rows that arrived for a day already closed: the signed Z-report does not hold them."""
    what = _text(
        QT_TRANSLATE_NOOP(
            "Signals", "{count} record(s) in {table} kwamen binnen na de dagafsluiting."
        ),
        count=count,
        table=table_word(table),
    )
    advice = _text(
        QT_TRANSLATE_NOOP(
            "Signals",
            "Vraag de sociaal beheerder waarom er na de afsluiting nog iets is vastgelegd "
            "(een klok die verkeerd staat, een tweede balie) en tel het mee bij de volgende dag.",
        )
    )
    return Signal(SignalKind.LATE, code, newest, what, advice)


def number(conflict: NumberConflict) -> Signal:
    """A receipt, invoice or day-close number a centre gave twice; the second is held back."""
    what = _text(
        QT_TRANSLATE_NOOP(
            "Signals", "Nummer {number} ({kind}) is twee keer gegeven; de tweede is niet bewaard."
        ),
        number=conflict.number,
        kind=number_word(conflict.table_name),
    )
    advice = _text(
        QT_TRANSLATE_NOOP(
            "Signals",
            "Zoek met het buurthuis uit welke van de twee klopt (desk-app central conflicts); "
            "meestal is een oude reservekopie teruggezet.",
        )
    )
    return Signal(SignalKind.NUMBER, conflict.centre_code, conflict.received_at, what, advice)
