"""The office's signals name a table in words ("bezoeken"), never by its internal name."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from desk_app.central.errors import SyncErrorRow
from desk_app.central.schema import NUMBERED
from desk_app.errors import Labelled
from desk_app.services.office import signal_texts
from desk_app.services.office.table_words import NUMBER_WORDS, WORDS, table_word
from desk_app.wire.registry import SYNCED_TABLES

NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)


def test_every_synced_table_and_numbered_series_has_a_word() -> None:
    assert {entry.name for entry in SYNCED_TABLES} - set(WORDS) == set()
    assert set(NUMBERED) <= set(NUMBER_WORDS)
    assert len(set(WORDS.values())) == len(WORDS), "two tables would read the same"


def test_refused_and_late_rows_say_which_records_in_words() -> None:
    error = SyncErrorRow("ALM", uuid.uuid4(), 1, "visit", None, "kolom onbekend", NOW)
    [refused] = signal_texts.refused([error])
    assert refused.what.message == "1 record(s) in bezoeken geweigerd: kolom onbekend"
    assert isinstance(refused.what.params["table"], Labelled)  # each screen translates it
    late = signal_texts.late("WES", "sale", 3, NOW)
    assert late.what.message == "3 record(s) in verkopen kwamen binnen na de dagafsluiting."


def test_a_table_this_app_does_not_know_keeps_its_name() -> None:
    assert table_word("newer_table") == "newer_table"
