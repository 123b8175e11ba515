"""The synced tables in the office's words: a signal says "bezoeken", never ``visit``.

Each word is a Dutch label marked for translation (context "SyncedTables"); a signal carries
it as a :class:`TableWord` parameter, so each screen writes it in its own language. A table
this app does not know (a newer desk's) keeps its own name.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.errors import QT_TRANSLATE_NOOP

CONTEXT = "SyncedTables"

WORDS: dict[str, str] = {
    "centre": QT_TRANSLATE_NOOP("SyncedTables", "buurthuisgegevens"),
    "opening_hours": QT_TRANSLATE_NOOP("SyncedTables", "openingstijden"),
    "day_part": QT_TRANSLATE_NOOP("SyncedTables", "dagdelen"),
    "person": QT_TRANSLATE_NOOP("SyncedTables", "personen"),
    "certificate": QT_TRANSLATE_NOOP("SyncedTables", "certificaten"),
    "audit_entry": QT_TRANSLATE_NOOP("SyncedTables", "logboekregels"),
    "room": QT_TRANSLATE_NOOP("SyncedTables", "zalen"),
    "product": QT_TRANSLATE_NOOP("SyncedTables", "producten"),
    "visitor_pass": QT_TRANSLATE_NOOP("SyncedTables", "bezoekerspassen"),
    "visit": QT_TRANSLATE_NOOP("SyncedTables", "bezoeken"),
    "checkout": QT_TRANSLATE_NOOP("SyncedTables", "vertrekken uit de huiskamer"),
    "satisfaction_vote": QT_TRANSLATE_NOOP("SyncedTables", "tevredenheidsstemmen"),
    "tab": QT_TRANSLATE_NOOP("SyncedTables", "barrekeningen"),
    "sale": QT_TRANSLATE_NOOP("SyncedTables", "verkopen"),
    "sale_line": QT_TRANSLATE_NOOP("SyncedTables", "verkoopregels"),
    "payment": QT_TRANSLATE_NOOP("SyncedTables", "betalingen aan de kassa"),
    "tab_entry": QT_TRANSLATE_NOOP("SyncedTables", "regels op barrekeningen"),
    "removed_line": QT_TRANSLATE_NOOP("SyncedTables", "geschrapte kassaregels"),
    "coffee_card": QT_TRANSLATE_NOOP("SyncedTables", "koffiekaarten"),
    "coffee_card_movement": QT_TRANSLATE_NOOP("SyncedTables", "koffiekaartmutaties"),
    "sign_in": QT_TRANSLATE_NOOP("SyncedTables", "aanmeldingen van vrijwilligers"),
    "sign_out": QT_TRANSLATE_NOOP("SyncedTables", "afmeldingen van vrijwilligers"),
    "own_target_group": QT_TRANSLATE_NOOP("SyncedTables", "eigen doelgroepen"),
    "activity": QT_TRANSLATE_NOOP("SyncedTables", "activiteiten"),
    "activity_session": QT_TRANSLATE_NOOP("SyncedTables", "bijeenkomsten van activiteiten"),
    "attendance": QT_TRANSLATE_NOOP("SyncedTables", "opkomst bij activiteiten"),
    "activity_signup": QT_TRANSLATE_NOOP("SyncedTables", "inschrijvingen"),
    "multi_visit_card": QT_TRANSLATE_NOOP("SyncedTables", "strippenkaarten"),
    "card_stamp": QT_TRANSLATE_NOOP("SyncedTables", "stempels op strippenkaarten"),
    "allowance_payment": QT_TRANSLATE_NOOP("SyncedTables", "vrijwilligersvergoedingen"),
    "room_rate": QT_TRANSLATE_NOOP("SyncedTables", "zaaltarieven"),
    "hirer": QT_TRANSLATE_NOOP("SyncedTables", "huurders"),
    "booking": QT_TRANSLATE_NOOP("SyncedTables", "boekingen"),
    "booking_extra": QT_TRANSLATE_NOOP("SyncedTables", "extra's bij boekingen"),
    "invoice": QT_TRANSLATE_NOOP("SyncedTables", "facturen"),
    "invoice_line": QT_TRANSLATE_NOOP("SyncedTables", "factuurregels"),
    "invoice_payment": QT_TRANSLATE_NOOP("SyncedTables", "betalingen van facturen"),
    "invoice_reminder": QT_TRANSLATE_NOOP("SyncedTables", "herinneringen en aanmaningen"),
    "invoice_collection": QT_TRANSLATE_NOOP("SyncedTables", "incasso's"),
    "paid_out": QT_TRANSLATE_NOOP("SyncedTables", "uitgaven uit de kas"),
    "day_close": QT_TRANSLATE_NOOP("SyncedTables", "dagafsluitingen"),
    "ledger_account": QT_TRANSLATE_NOOP("SyncedTables", "grootboekrekeningen"),
    "shift_pattern": QT_TRANSLATE_NOOP("SyncedTables", "vaste diensten"),
    "shift": QT_TRANSLATE_NOOP("SyncedTables", "diensten"),
    "roster_holiday": QT_TRANSLATE_NOOP("SyncedTables", "afwezigheid in het rooster"),
    "volunteer_availability": QT_TRANSLATE_NOOP("SyncedTables", "beschikbaarheid"),
}

# What one number of a numbered series is: a number given twice names the one thing.
NUMBER_WORDS: dict[str, str] = {
    "sale": QT_TRANSLATE_NOOP("SyncedTables", "bon"),
    "invoice": QT_TRANSLATE_NOOP("SyncedTables", "factuur"),
    "day_close": QT_TRANSLATE_NOOP("SyncedTables", "dagafsluiting"),
}


@dataclass(frozen=True)
class TableWord:
    """A message parameter naming a table in words, translated where it is shown."""

    label: str
    label_context: str = CONTEXT


def table_word(table: str) -> TableWord | str:
    """The table's Dutch word as a parameter; an unknown table's own name."""
    word = WORDS.get(table)
    return table if word is None else TableWord(word)


def number_word(table: str) -> TableWord | str:
    """What one number of the table's series is ("bon"); an unknown table's own name."""
    word = NUMBER_WORDS.get(table)
    return table if word is None else TableWord(word)
