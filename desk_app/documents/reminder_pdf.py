"""A reminder or final notice as an A4 PDF: the open amount, a new due date and the payment QR."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from desk_app.documents.letter_pdf import a4_letter, letterhead, long_date, para, sender, with_qr
from desk_app.documents.reminder_data import ReminderDocument
from desk_app.formatting import format_cents
from desk_app.models import ReminderLevel
from desk_app.services.rooms.payment_reference import printed_reference

TITLES = {ReminderLevel.FIRST: "Herinnering", ReminderLevel.FINAL: "Aanmaning"}


def reminder_pdf(document: ReminderDocument) -> bytes:
    """The letter as PDF bytes."""
    buffer = io.BytesIO()
    title = TITLES[document.level]
    pdf = a4_letter(buffer, f"{title} factuur {document.invoice_number}", document.centre.name)
    story: list[Any] = [
        _header(document, title),
        Spacer(1, 10 * mm),
        para(_letter(document)),
        Spacer(1, 6 * mm),
        *_payment(document),
    ]
    pdf.build(story)
    return buffer.getvalue()


def _header(document: ReminderDocument, title: str) -> Table:
    facts = (
        f"<b>{title}</b>",
        f"Datum: {long_date(document.sent_on)}",
        f"Factuur: {document.invoice_number} van {long_date(document.invoice_issued_on)}",
        f"Nieuwe vervaldatum: {long_date(document.due_on)}",
        f"Betalingskenmerk: {printed_reference(document.reference)}",
    )
    return letterhead(
        sender(document.centre, registrations=False),
        facts,
        document.hirer_name,
        document.hirer_address,
    )


def _letter(document: ReminderDocument) -> str:
    """The body: which invoice, what is still open, and (for the final notice) what follows."""
    opening = (
        f"Op {long_date(document.invoice_issued_on)} stuurden wij u factuur "
        f"{document.invoice_number} van {format_cents(document.invoice_total_cents)}, "
        f"te betalen uiterlijk {long_date(document.invoice_due_on)}. "
        "Volgens onze administratie staat daarvan nog "
        f"<b>{format_cents(document.open_cents)}</b> open."
    )
    if document.level is ReminderLevel.FIRST:
        return (
            f"{opening}\n\nWilt u dit bedrag alsnog betalen? Heeft u inmiddels betaald, "
            "dan kunt u deze herinnering als niet verzonden beschouwen."
        )
    return (
        f"{opening}\n\nOndanks onze herinnering ontvingen wij uw betaling nog niet. "
        "Dit is onze laatste aanmaning: betaalt u niet voor de nieuwe vervaldatum, dan nemen wij "
        "verdere stappen."
    )


def _payment(document: ReminderDocument) -> list[Any]:
    centre = document.centre
    text = para(
        f"Graag uiterlijk {long_date(document.due_on)} {format_cents(document.open_cents)} "
        f"overmaken op {centre.iban} t.n.v. {centre.name}, onder vermelding van "
        f"betalingskenmerk {printed_reference(document.reference)}."
        + ("\n\nScan de code met uw bank-app om te betalen." if document.payment_qr else "")
    )
    if not document.payment_qr:
        return [text]
    return [with_qr(text, document.payment_qr)]
