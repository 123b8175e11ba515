"""The receipt as screen and printer show it: a frozen picture of one stored sale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Payment, PaymentMethod, Sale, SaleKind, SaleLine
from desk_app.services.till.vat import VatRow, vat_breakdown
from desk_app.services.uow import Transaction, UnitOfWork


@dataclass(frozen=True)
class ReceiptLine:
    """A line as printed."""

    name: str
    quantity: int
    unit_price_cents: int
    amount_cents: int
    vat_rate: int


@dataclass(frozen=True)
class ReceiptPayment:
    """A payment part as printed."""

    method: PaymentMethod
    amount_cents: int
    tendered_cents: int | None
    change_cents: int
    account_holder: str


@dataclass(frozen=True)
class Receipt:
    """Everything a receipt shows; lines and VAT rows add up exactly to the total."""

    sale_id: UUID
    centre_name: str
    vat_number: str
    number: int
    at: datetime
    seller_name: str
    lines: tuple[ReceiptLine, ...]
    vat_rows: tuple[VatRow, ...]
    total_cents: int
    rounding_cents: int
    payments: tuple[ReceiptPayment, ...]
    training: bool
    reverses_number: int | None
    reason: str

    @property
    def change_cents(self) -> int:
        """Change handed back for the cash part."""
        return sum(payment.change_cents for payment in self.payments)

    @property
    def is_reversal(self) -> bool:
        """Whether this receipt reverses an earlier one."""
        return self.reverses_number is not None


def build_receipt(
    tx: Transaction, sale: Sale, lines: list[SaleLine], payments: list[Payment]
) -> Receipt:
    """The receipt of a sale from its rows (which need not be flushed yet)."""
    centre = tx.centre_header()
    reversed_number = None
    if sale.kind is SaleKind.REVERSAL and sale.reverses_id is not None:
        with tx.session.no_autoflush:
            reversed_number = tx.session.scalar(
                select(Sale.receipt_number).where(Sale.id == sale.reverses_id)
            )
    ordered = sorted(lines, key=lambda line: line.position)
    return Receipt(
        sale_id=sale.id,
        centre_name=centre.name if centre else sale.centre_code,
        vat_number=centre.vat_number if centre else "",
        number=sale.receipt_number,
        at=sale.created_at,
        seller_name=sale.seller_name,
        lines=tuple(
            ReceiptLine(li.name, li.quantity, li.unit_price_cents, li.amount_cents, li.vat_rate)
            for li in ordered
        ),
        vat_rows=tuple(vat_breakdown((li.vat_rate, li.amount_cents) for li in ordered)),
        total_cents=sale.total_cents,
        rounding_cents=sale.rounding_cents,
        payments=tuple(
            ReceiptPayment(
                p.method, p.amount_cents, p.tendered_cents, p.change_cents, p.account_holder
            )
            for p in payments
        ),
        training=sale.training,
        reverses_number=reversed_number,
        reason=sale.reason,
    )


def receipt(uow: UnitOfWork, sale_id: UUID) -> Receipt:
    """A stored receipt, to show or print again."""
    with uow.read() as tx:
        sale = tx.session.get(Sale, sale_id)
        if sale is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze bon bestaat niet."))
        lines = list(tx.session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id)))
        payments = list(tx.session.scalars(select(Payment).where(Payment.sale_id == sale_id)))
        return build_receipt(tx, sale, lines, payments)


def find_receipt(uow: UnitOfWork, number: int) -> Receipt:
    """A receipt by its number, as printed on the paper the customer holds."""
    with uow.read() as tx:
        sale_id = tx.session.scalar(select(Sale.id).where(Sale.receipt_number == number))
    if sale_id is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Bon {number} bestaat niet."), number=number)
    return receipt(uow, sale_id)
