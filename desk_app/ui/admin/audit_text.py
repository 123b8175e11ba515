"""The audit log in a manager's words: one sentence per action, with its details filled in.

The stored rows keep their action keys and JSON details (they sync to the central database);
only their reading changes here. A key without a sentence (from a newer area) shows as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.formatting import Formatter
from desk_app.kinds import CertificateKind, Kind, Role, SettlementMethod
from desk_app.services.audit import AuditRow
from desk_app.ui.messages import kind_text

CONTEXT = "AuditText"
MISSING = "–"
# Details whose stored value is a kind's code: shown by the kind's label.
KINDS: dict[str, type[Kind]] = {
    "role": Role,
    "before_role": Role,
    "kind": CertificateKind,
    "settlement": SettlementMethod,
}

SENTENCES: dict[str, str] = {
    "account.active": QT_TRANSLATE_NOOP("AuditText", "Account van {subject} {switched}"),
    "account.create": QT_TRANSLATE_NOOP("AuditText", "Account voor {subject} gemaakt, rol {role}"),
    "account.own_pin": QT_TRANSLATE_NOOP("AuditText", "{subject} koos een nieuwe pincode"),
    "account.pin_reset": QT_TRANSLATE_NOOP("AuditText", "Nieuwe pincode voor {subject}"),
    "account.role": QT_TRANSLATE_NOOP(
        "AuditText", "Rol van {subject} gewijzigd van {before_role} in {role}"
    ),
    "account.unlock": QT_TRANSLATE_NOOP("AuditText", "Account van {subject} ontgrendeld"),
    "activity.cancel": QT_TRANSLATE_NOOP("AuditText", "Bijeenkomst van {subject} afgelast"),
    "activity.capacity": QT_TRANSLATE_NOOP(
        "AuditText", "Plaatsen van de bijeenkomst van {subject}: {before_capacity} werd {capacity}"
    ),
    "activity.plan": QT_TRANSLATE_NOOP(
        "AuditText", "Activiteit {subject} gepland, {sessions} bijeenkomst(en)"
    ),
    "backup.copy": QT_TRANSLATE_NOOP("AuditText", "Reservekopie gemaakt in {subject}: {file}"),
    "backup.restore": QT_TRANSLATE_NOOP(
        "AuditText",
        "Reservekopie {subject} teruggezet; de vorige database staat in {before_replaced}",
    ),
    "books.export": QT_TRANSLATE_NOOP("AuditText", "Boekhouding ({subject}) bewaard als {file}"),
    "booking.cancel": QT_TRANSLATE_NOOP(
        "AuditText", "Boeking van {day} geannuleerd, annuleringskosten {fee_cents}"
    ),
    "centre.setup": QT_TRANSLATE_NOOP("AuditText", "Buurthuis {subject} ingesteld"),
    "centre.update": QT_TRANSLATE_NOOP("AuditText", "Gegevens van buurthuis {subject} gewijzigd"),
    "coffee_card.reverse_load": QT_TRANSLATE_NOOP(
        "AuditText",
        "Opwaardering van {before_amount_cents} op koffiekaart {subject} teruggedraaid: {reason}",
    ),
    "day.close": QT_TRANSLATE_NOOP(
        "AuditText",
        "Dag {subject} afgesloten (afsluiting {number}), kasverschil {difference_cents}",
    ),
    "day.recount": QT_TRANSLATE_NOOP(
        "AuditText", "Kas van {subject} opnieuw geteld; eerste telling {before_counted_cents}"
    ),
    "hirer.active": QT_TRANSLATE_NOOP("AuditText", "Huurder {subject} {switched}"),
    "hirer.change": QT_TRANSLATE_NOOP("AuditText", "Gegevens van huurder {subject} gewijzigd"),
    "invoice.credit": QT_TRANSLATE_NOOP(
        "AuditText", "Creditnota {subject} gemaakt, {total_cents} ({hirer})"
    ),
    "invoice.collection_returned": QT_TRANSLATE_NOOP(
        "AuditText", "Incasso van factuur {subject} teruggekomen ({amount_cents}): {reason}"
    ),
    "invoice.direct_debit": QT_TRANSLATE_NOOP(
        "AuditText", "Incassobestand gemaakt ({subject}, {total_cents}), te innen op {collect_on}"
    ),
    "invoice.issue": QT_TRANSLATE_NOOP(
        "AuditText", "Factuur {subject} uitgegeven, {total_cents} ({hirer})"
    ),
    "invoice.payment": QT_TRANSLATE_NOOP(
        "AuditText", "Betaling van {amount_cents} op factuur {subject} ({settlement}, {paid_on})"
    ),
    "invoice.payment_reversal": QT_TRANSLATE_NOOP(
        "AuditText", "Betaling op factuur {subject} teruggedraaid ({amount_cents}): {reason}"
    ),
    "invoice.write_off": QT_TRANSLATE_NOOP(
        "AuditText", "{amount_cents} van factuur {subject} afgeschreven: {reason}"
    ),
    "product.change": QT_TRANSLATE_NOOP(
        "AuditText", "Product {subject} gewijzigd, prijs {price_cents}"
    ),
    "product.create": QT_TRANSLATE_NOOP(
        "AuditText", "Product {subject} toegevoegd, prijs {price_cents}"
    ),
    "room.change": QT_TRANSLATE_NOOP("AuditText", "Gegevens van zaal {subject} gewijzigd"),
    "room.create": QT_TRANSLATE_NOOP("AuditText", "Zaal {subject} toegevoegd"),
    "room.rate": QT_TRANSLATE_NOOP(
        "AuditText", "Tarief van zaal {subject} vastgelegd: {part_of_day_cents} per dagdeel"
    ),
    "sale.reverse": QT_TRANSLATE_NOOP(
        "AuditText",
        "Bon {before_receipt} ({before_total_cents}) teruggedraaid met bon {receipt}: {reason}",
    ),
    "settings.operations": QT_TRANSLATE_NOOP(
        "AuditText", "Instellingen voor synchronisatie en reservekopieën gewijzigd"
    ),
    "tab.close": QT_TRANSLATE_NOOP("AuditText", "Lege rekening {subject} gesloten"),
    "till.bar_duty": QT_TRANSLATE_NOOP("AuditText", "Bardienst gewijzigd"),
    "till.paid_out": QT_TRANSLATE_NOOP(
        "AuditText", "Uitbetaling uit de kas op {subject}: {amount_cents}, {reason}"
    ),
    "till.settings": QT_TRANSLATE_NOOP("AuditText", "Instellingen van de kassa gewijzigd"),
    "visitor.erase": QT_TRANSLATE_NOOP("AuditText", "Gegevens van bezoekerspas {subject} gewist"),
    "visitor.export": QT_TRANSLATE_NOOP(
        "AuditText", "Gegevens van bezoekerspas {subject} ingezien"
    ),
    "visitor.retention": QT_TRANSLATE_NOOP(
        "AuditText",
        "Bewaartermijn van bezoekersgegevens gewijzigd van {before_value} in {value} maanden",
    ),
    "visitor.retention_erase": QT_TRANSLATE_NOOP(
        "AuditText", "Gegevens van {passes} bezoekerspas(sen) gewist: bewaartermijn verstreken"
    ),
    "volunteer.add": QT_TRANSLATE_NOOP("AuditText", "Vrijwilliger {subject} ingeschreven"),
    "volunteer.badge": QT_TRANSLATE_NOOP("AuditText", "Nieuwe badge voor {subject}"),
    "volunteer.certificate": QT_TRANSLATE_NOOP(
        "AuditText", "Certificaat {kind} van {subject} vastgelegd, afgegeven op {issued_on}"
    ),
    "volunteer.update": QT_TRANSLATE_NOOP(
        "AuditText", "Gegevens van vrijwilliger {subject} gewijzigd"
    ),
    "rooms.parties_per_year": QT_TRANSLATE_NOOP(
        "AuditText",
        "Maximum aantal besloten feesten per jaar gewijzigd van {before_value} in {value}",
    ),
    "roster.end_weekly": QT_TRANSLATE_NOOP(
        "AuditText", "Wekelijkse dienst van {subject} gestopt vanaf {from}"
    ),
    "volunteers.allowance": QT_TRANSLATE_NOOP(
        "AuditText",
        "Vrijwilligersvergoedingen vastgelegd ({subject}): {rows} regels, {total_cents}",
    ),
    "volunteers.allowance_limits": QT_TRANSLATE_NOOP(
        "AuditText", "Grenzen van de vrijwilligersvergoeding voor {subject} gewijzigd"
    ),
    "volunteers.allowance_reverse": QT_TRANSLATE_NOOP(
        "AuditText", "Vergoeding van {before_amount_cents} voor {before_month} teruggedraaid"
    ),
    "volunteers.birth_date": QT_TRANSLATE_NOOP(
        "AuditText", "Geboortedatum van {subject} vastgelegd"
    ),
}
SWITCHED = {
    True: QT_TRANSLATE_NOOP("AuditText", "aangezet"),
    False: QT_TRANSLATE_NOOP("AuditText", "uitgezet"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _Details(dict[str, str]):
    """The values a sentence names; a detail an older row lacks reads as a dash."""

    def __missing__(self, key: str) -> str:
        return MISSING


def audit_sentence(
    row: AuditRow, formatter: Formatter, translate: Callable[[str], str] = _translate
) -> str:
    """``invoice.issue`` on MEE-000004 reads ``Factuur MEE-000004 uitgegeven, € 295,27 (…)``."""
    template = SENTENCES.get(row.action)
    if template is None:
        return row.action
    return translate(template).format_map(_details(row, formatter, translate))


def _details(row: AuditRow, formatter: Formatter, translate: Callable[[str], str]) -> _Details:
    raw: dict[str, Any] = {"subject": row.subject}
    for prefix, side in (("before_", row.before), ("", row.after)):
        if isinstance(side, dict):
            raw.update({prefix + key: value for key, value in side.items()})
        elif side is not None:
            raw[prefix + "value"] = side
    if isinstance(raw.get("active"), bool):
        raw["switched"] = translate(SWITCHED[raw["active"]])
    return _Details({key: readable(key, value, formatter) for key, value in raw.items()})


def readable(key: str, value: object, formatter: Formatter) -> str:
    """One stored detail as a reader sees it: money, numbers, days and kinds in their words."""
    if value is None or value == "":
        return MISSING
    if key.endswith("_cents") and isinstance(value, int):
        return formatter.cents(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return formatter.number(value)
    if isinstance(value, str):
        return _day_or_kind(key, value, formatter)
    return str(value)


def _day_or_kind(key: str, value: str, formatter: Formatter) -> str:
    kind = KINDS.get(key)
    if kind is not None and value in {member.value for member in kind}:
        return kind_text(kind(value))
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return value
    return formatter.day(day, "d MMMM yyyy") if len(value) == len("2026-03-02") else value
