"""The invoice or credit note as an A4 PDF, with the payment QR code a banking app can read."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from desk_app.documents.invoice_data import EXEMPT_NOTE, InvoiceDocument
from desk_app.documents.letter_pdf import a4_letter, letterhead, long_date, para, sender, with_qr
from desk_app.formatting import format_cents
from desk_app.models import InvoiceKind
from desk_app.services.rooms.invoicing import PAYMENT_TERM_DAYS
from desk_app.services.rooms.payment_reference import printed_reference


def invoice_pdf(document: InvoiceDocument) -> bytes:
    """The document as PDF bytes."""
    buffer = io.BytesIO()
    title = "Factuur" if document.kind is InvoiceKind.INVOICE else "Creditnota"
    pdf = a4_letter(buffer, f"{title} {document.number}", document.centre.name)
    story: list[Any] = [
        _header(document, title),
        Spacer(1, 8 * mm),
        _lines_table(document),
        Spacer(1, 4 * mm),
        _totals_table(document),
        Spacer(1, 6 * mm),
        *_payment(document),
    ]
    pdf.build(story)
    return buffer.getvalue()


def _header(document: InvoiceDocument, title: str) -> Table:
    facts = [
        f"<b>{title}</b>",
        f"Nummer: {document.number}",
        f"Datum: {long_date(document.issued_on)}",
    ]
    if document.kind is InvoiceKind.INVOICE:
        facts.append(f"Vervaldatum: {long_date(document.due_on)}")
        facts.append(f"Betalingskenmerk: {printed_reference(document.reference)}")
    if document.credits_number:
        facts.append(f"Crediteert factuur {document.credits_number}")
        facts.append(f"Reden: {document.reason}")
    if document.period:
        facts.append(f"Periode: {document.period}")
    return letterhead(
        sender(document.centre, registrations=True),
        facts,
        document.hirer_name,
        document.hirer_address,
    )


def vat_label(rate: int) -> str:
    """How a line's VAT rate reads: a percentage, or that it is exempt."""
    return "vrijgesteld" if rate == 0 else f"{rate}%"


def _lines_table(document: InvoiceDocument) -> Table:
    rows: list[list[Any]] = [["Omschrijving", "Aantal", "Prijs", "Bedrag", "Btw"]]
    rows += [
        [
            para(line.description),
            str(line.quantity),
            format_cents(line.unit_cents),
            format_cents(line.amount_cents),
            vat_label(line.vat_rate),
        ]
        for line in document.lines
    ]
    table = Table(rows, colWidths=[80 * mm, 15 * mm, 25 * mm, 27 * mm, 23 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _totals_table(document: InvoiceDocument) -> Table:
    sums = document.totals
    rows: list[list[str]] = [["Totaal exclusief btw", format_cents(sums.net_cents)]]
    for row in sums.vat_rows:
        if row.rate == 0:
            rows.append(
                ["Vrijgesteld van btw, over " + format_cents(row.base_cents), format_cents(0)]
            )
        else:
            rows.append(
                [
                    f"Btw {row.rate}% over {format_cents(row.base_cents)}",
                    format_cents(row.vat_cents),
                ]
            )
    if sums.rounding_cents:
        rows.append(
            [
                "Afronding bar op rekening (btw zoals op de kassabon)",
                format_cents(sums.rounding_cents),
            ]
        )
    rows.append(["Totaal", format_cents(sums.total_cents)])
    table = Table(rows, colWidths=[100 * mm, 27 * mm], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
            ]
        )
    )
    return table


def _payment(document: InvoiceDocument) -> list[Any]:
    notes: list[Any] = []
    if any(row.rate == 0 for row in document.totals.vat_rows):
        notes.append(para(EXEMPT_NOTE))
    if document.kind is not InvoiceKind.INVOICE or document.totals.total_cents <= 0:
        return notes
    if document.collection is not None:
        return [*notes, para(collection_text(document))]
    centre = document.centre
    text = para(
        f"Betalingstermijn: {PAYMENT_TERM_DAYS} dagen. "
        f"Graag uiterlijk {long_date(document.due_on)} "
        f"{format_cents(document.totals.total_cents)} overmaken op {centre.iban} "
        f"t.n.v. {centre.name}, onder vermelding van betalingskenmerk "
        f"{printed_reference(document.reference)}."
        + ("\n\nScan de code met uw bank-app om te betalen." if document.payment_qr else "")
    )
    if not document.payment_qr:
        return [*notes, text]
    return [*notes, Spacer(1, 2 * mm), with_qr(text, document.payment_qr)]


def collection_text(document: InvoiceDocument) -> str:
    """The pre-notification: how much is debited, when, from which account, on which mandate."""
    notice = document.collection
    assert notice is not None
    when = (
        f"op {long_date(notice.collect_on)}"
        if notice.collect_on
        else f"op of kort na {long_date(document.due_on)}"
    )
    account = f" van uw rekening eindigend op {notice.iban_tail}" if notice.iban_tail else ""
    return (
        f"U hoeft niets over te maken: {format_cents(document.totals.total_cents)} wordt "
        f"{when} automatisch afgeschreven{account} (incasso, machtigingskenmerk "
        f"{notice.mandate_reference}, incassant-ID {notice.creditor_id}, betalingskenmerk "
        f"{printed_reference(document.reference)})."
    )
