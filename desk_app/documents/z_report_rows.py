"""The Z-report's tables as rows of text, shared by the PDF and kept free of layout."""

from __future__ import annotations

from desk_app.formatting import format_cents, format_local
from desk_app.models import DayPartKey
from desk_app.services.day_close.overview import DayOverview
from desk_app.services.day_close.z_report_data import ZReport

Rows = list[list[str]]


def visit_rows(day: DayOverview) -> Rows:
    rows = [["", "Bezoeken", "Unieke bezoekers"]]
    for key in DayPartKey:
        counts = day.per_part.get(key)
        rows.append(
            [
                key.label.capitalize(),
                str(counts.visits if counts else 0),
                str(counts.unique_visitors if counts else 0),
            ]
        )
    rows.append(["Hele dag", str(day.visits.visits), str(day.visits.unique_visitors)])
    moods = day.moods
    pct = "-" if moods.satisfied_pct is None else f"{moods.satisfied_pct:.0f}%"
    rows.append(
        [
            "Tevredenheid (blij / neutraal / niet blij)",
            f"{moods.happy}/{moods.neutral}/{moods.unhappy}",
            pct,
        ]
    )
    return rows


def activity_rows(day: DayOverview) -> Rows:
    rows = [["Activiteit", "Tijd", "Deelnemers"]]
    for held in day.activities:
        when = "afgelast" if held.cancelled else f"{held.starts:%H:%M}-{held.ends:%H:%M}"
        rows.append([held.name, when, str(held.attendance)])
    return rows if len(rows) > 1 else [*rows, ["Geen activiteiten", "", ""]]


def booking_rows(day: DayOverview) -> Rows:
    """The day's room hire: held, cancelled, and held without guests checked in."""
    rows = [["Zaal", "Huurder", "Tijd", "Gasten"]]
    for booking in day.bookings:
        when = (
            f"{format_local(booking.starts_at, 'HH:mm')}-{format_local(booking.ends_at, 'HH:mm')}"
        )
        guests = (
            "geannuleerd"
            if booking.cancelled
            else "geen gasten ingecheckt"
            if booking.no_guests_seen
            else str(booking.guests)
        )
        rows.append([booking.room, booking.hirer[:40], when, guests])
    return rows if len(rows) > 1 else [*rows, ["Geen zaalverhuur", "", "", ""]]


def till_rows(day: DayOverview) -> Rows:
    till = day.till
    span = f"{till.first_number or '-'} t/m {till.last_number or '-'}"
    return [
        ["", "Aantal", "Bedrag"],
        ["Baromzet incl. btw", "", format_cents(till.turnover_cents)],
        ["Bonnen", f"{till.receipts} ({span})", ""],
        ["Afronding contant", "", format_cents(till.cash_rounding_cents)],
        ["Herstelbonnen", str(till.reversals), format_cents(till.reversals_cents)],
        [
            "Oefenbonnen (niet in omzet)",
            str(till.training_receipts),
            format_cents(till.training_cents),
        ],
        ["Verwijderde regels", str(till.removed_lines), format_cents(till.removed_cents)],
        ["Vrijwilligersconsumpties", "", format_cents(day.volunteer_consumption_cents)],
        ["Strippen gebruikt (omzet activiteiten)", "", format_cents(till.stamps_used_cents)],
    ]


def vat_rows(day: DayOverview) -> Rows:
    rows = [["Tarief", "Incl. btw", "Btw", "Excl. btw"]]
    for row in day.till.vat_rows:
        rows.append(
            [
                f"{row.rate}%",
                format_cents(row.gross_cents),
                format_cents(row.vat_cents),
                format_cents(row.net_cents),
            ]
        )
    return rows


def payment_rows(day: DayOverview) -> Rows:
    rows = [["Betaalwijze", "Bedrag"]]
    rows += [[method.label, format_cents(cents)] for method, cents in day.till.payments]
    loaded = sum(cents for _, cents in day.till.card_loads)
    return [
        *rows,
        ["Koffiekaarten geladen", format_cents(loaded)],
        ["Strippenkaarten verkocht (tegoed)", format_cents(day.till.cards_sold_cents)],
    ]


def product_rows(day: DayOverview) -> Rows:
    rows = [["Product", "Aantal", "Bedrag"]]
    rows += [
        [line.name, str(line.quantity), format_cents(line.amount_cents)] for line in day.products
    ]
    rows += [[f"Groep: {name}", "", format_cents(cents)] for name, cents in day.categories]
    return rows


def reversal_rows(day: DayOverview) -> Rows:
    rows = [["Bon (herstelt bon)", "Door / akkoord", "Reden", "Bedrag"]]
    for item in day.reversals:
        rows.append(
            [
                f"{item.number} ({item.reverses_number or '-'})",
                f"{item.seller_name} / {item.approved_by}",
                item.reason,
                format_cents(item.total_cents),
            ]
        )
    return rows if len(rows) > 1 else [*rows, ["Geen herstelbonnen", "", "", ""]]


def cash_rows(report: ZReport) -> Rows:
    day = report.overview
    rows = [
        ["", "Bedrag"],
        ["Beginsaldo (wisselgeld)", format_cents(day.opening_float_cents)],
        ["Contante ontvangsten", format_cents(day.till.cash_cents)],
    ]
    if day.invoice_cash_cents:
        rows.append(["Facturen contant betaald", format_cents(day.invoice_cash_cents)])
    rows += [
        [f"Uitbetaald: {item.reason} ({item.by_name})", format_cents(-item.amount_cents)]
        for item in day.paid_outs
    ]
    rows += [
        ["Verwacht in de kas", format_cents(report.cash_expected_cents)],
        ["Geteld", format_cents(report.cash_counted_cents)],
        ["Kasverschil", format_cents(report.cash_difference_cents)],
        ["Reden verschil", report.cash_reason or "-"],
        ["Wisselgeld voor morgen", format_cents(report.float_left_cents)],
        ["Af te storten", format_cents(report.cash_counted_cents - report.float_left_cents)],
    ]
    return rows


def count_rows(report: ZReport) -> Rows:
    rows = [["Munt of biljet", "Aantal", "Bedrag"]]
    for cents, pieces in sorted(report.counts.items(), reverse=True):
        rows.append([format_cents(cents), str(pieces), format_cents(cents * pieces)])
    return [*rows, ["Totaal", "", format_cents(report.cash_counted_cents)]]


def card_rows(report: ZReport) -> Rows:
    return [
        ["", "Bedrag"],
        ["Pinbetalingen in de kassa", format_cents(report.card_recorded_cents)],
        *(
            [["waarvan facturen", format_cents(report.overview.invoice_card_cents)]]
            if report.overview.invoice_card_cents
            else []
        ),
        ["Totaal pinautomaat", format_cents(report.card_terminal_cents)],
        ["Verschil", format_cents(report.card_difference_cents)],
        ["Reden verschil", report.card_reason or "-"],
    ]


def volunteer_rows(day: DayOverview) -> Rows:
    rows = [["", "Waarde"], ["Vrijwilligersuren", f"{day.volunteer_hours:.2f}"]]
    rows += [
        [
            f"Afgemeld bij de afsluiting: {person.name}",
            f"binnen sinds {format_local(person.since, 'HH:mm')}",
        ]
        for person in day.signed_in
    ]
    rows += [
        [
            f"Open rekening: {tab.name}{' (doorgezet)' if tab.carried_over else ''}",
            format_cents(tab.total_cents),
        ]
        for tab in day.open_tabs
    ]
    return rows
