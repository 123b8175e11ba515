"""Test data for the till: a small price list and a bar volunteer on duty with an IVA."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from desk_app.models import Certificate, CertificateKind, Role
from desk_app.services.auth import Actor
from desk_app.services.till.alcohol import set_bar_duty
from desk_app.services.till.pricing import ProductDraft, save_product
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.duty import toggle_with_pin
from tests.unit.factories import volunteer

START = date(2026, 1, 1)
PRICE_LIST = (  # category, name, price, rate, alcohol
    ("Koffie en thee", "Koffie", 120, 9, False),
    ("Koffie en thee", "Thee", 100, 9, False),
    ("Bier", "Pils", 250, 21, True),
    ("Wijn", "Rode wijn", 300, 21, True),
    ("Eten", "Appeltaart", 250, 9, False),
    ("Eten", "Koek", 73, 9, False),
)


@dataclass(frozen=True)
class Bar:
    """What a till test needs: the manager, a bar volunteer, and product ids by name."""

    manager: Actor
    seller: Actor
    products: dict[str, UUID]


def certify(uow: UnitOfWork, person_id: UUID, kind: CertificateKind) -> None:
    """Give someone a certificate issued last year, never expiring."""
    with uow.write() as tx:
        tx.session.add(
            Certificate(
                centre_code="MEE",
                person_id=person_id,
                kind=kind,
                issued_on=date(2025, 1, 1),
                expires_on=None,
            )
        )


def set_up_bar(uow: UnitOfWork, manager: Actor, *, on_duty: bool = True) -> Bar:
    """A price list and Henk, bar volunteer with an IVA, signed in and on duty when ``on_duty``."""
    products = {
        name: save_product(
            uow, manager, ProductDraft(category, name, price, rate, alcohol, START, None, order)
        ).product_id
        for order, (category, name, price, rate, alcohol) in enumerate(PRICE_LIST)
    }
    seller = volunteer(uow, manager, name="Henk Bakker", role=Role.BAR, pin="2222")
    certify(uow, seller.person_id, CertificateKind.IVA)
    if on_duty:
        set_bar_duty(uow, seller, [seller.person_id])
        toggle_with_pin(uow, seller.person_id, "2222")  # signed in at the desk
    return Bar(manager, seller, products)
