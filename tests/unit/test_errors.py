"""A core message reads in Dutch without Qt (the CLI, the logs) by the screen's own rules."""

from __future__ import annotations

from datetime import date, time

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, Money, NotAllowed
from desk_app.formatting import format_cents, format_day
from desk_app.kinds import DayPartKey, PaymentMethod, Role, TariffClass


def test_kinds_read_by_their_one_dutch_label() -> None:
    refused = NotAllowed(
        QT_TRANSLATE_NOOP("Errors", "Alleen een {role} mag dit doen."), role=Role.MANAGER
    )
    assert refused.message == "Alleen een sociaal beheerder mag dit doen."
    assert str(refused) == refused.message
    assert (TariffClass.SOCIAL.label, TariffClass.SOCIAL.label_context) == (
        "maatschappelijk",
        "Tariffs",
    )
    assert DayPartKey.MORNING.label == "ochtend"
    assert PaymentMethod.CASH.label == "Contant"


def test_days_amounts_and_times_read_as_the_formatter_writes_them_in_dutch() -> None:
    error = InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "{day} {at}: {amount}"),
        day=date(2026, 3, 2),
        at=time(9, 5),
        amount=Money(123450),
    )
    assert error.message == f"{format_day(date(2026, 3, 2))} 09:05: {format_cents(123450)}"
    assert error.message == "maandag 2 maart 2026 09:05: €\u00a01.234,50"
