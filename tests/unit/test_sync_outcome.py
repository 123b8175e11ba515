"""The sync log keeps texts and numbers, and still reads the sentences it kept before."""

from __future__ import annotations

import json
from datetime import date, time

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, Money
from desk_app.kinds import Role, TariffClass
from desk_app.sync import outcome


def test_a_kept_text_comes_back_with_its_typed_parameters() -> None:
    error = InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Alleen een {role} mag dit doen."),
        role=Role.MANAGER,
        tariff=TariffClass.SOCIAL,
        day=date(2026, 3, 2),
        at=time(14, 5),
        amount=Money(1250),
        count=3,
        name="Grote zaal",
    )
    kept = outcome.dumps(error.text)
    assert "sociaal beheerder" not in kept
    assert outcome.loads(kept) == error.text


def test_a_finished_run_keeps_its_numbers_not_a_sentence() -> None:
    kept = json.loads(outcome.dumps(outcome.finished(3, 1, 2, conflicts=1)))
    assert kept["params"] == {"sent": 3, "rejected": 1, "received": 2, "conflicts": 1}
    text = outcome.loads(json.dumps(kept))
    assert text.context == "SyncLog"
    assert (
        text.message
        == "3 verzonden, 1 geweigerd, 2 ontvangen; 1 dubbele boeking(en) in de centrale database"
    )


def test_a_line_from_before_reads_as_it_was() -> None:
    old = "Centrale database niet bereikbaar {host}"
    assert outcome.loads(old).message == old
    assert outcome.loads("").message == ""
