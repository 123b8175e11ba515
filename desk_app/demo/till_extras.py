"""Demo steps around the bar's sales: lines removed before payment, and today's open tabs."""

from __future__ import annotations

from datetime import time, timedelta

from sqlalchemy import select

from desk_app.db.rules import bulk_insert
from desk_app.demo import DemoContext
from desk_app.demo.foundation import DEMO_DESK_ACCOUNTS
from desk_app.models import Person, Product, RemovedLine
from desk_app.services.auth import authenticate
from desk_app.services.till.basket import LineIn
from desk_app.services.till.tabs import add_to_tab, carry_over_tab, open_tab
from desk_app.services.volunteers.duty import toggle_by_badge

TABS = (  # name, youth, carried over, products
    ("Biljartclub De Keu", False, False, (("Pils van de tap", 6), ("Koffie", 2))),
    ("Koor Zanglust", False, True, (("Koffie", 14), ("Appeltaart", 8))),
    ("Jongerenavond", True, False, (("Cola", 9), ("Tosti", 5))),
)


def removed_lines(context: DemoContext) -> None:
    """About one line a day taken off a basket before payment, each noted in the journal."""
    rng = context.rng
    with context.uow.write() as tx:
        products = list(tx.session.scalars(select(Product).order_by(Product.sort_order)))
        people = list(tx.session.scalars(select(Person).where(Person.tasks.contains("bar"))))
        rows = []
        day = context.options.start
        while day <= context.options.end:
            for _ in range(rng.choice((0, 1, 1, 2))):
                moment = context.moment(day, time(rng.randint(9, 21), rng.randint(0, 59)))
                product, person = rng.choice(products), rng.choice(people)
                rows.append(
                    {
                        "id": context.new_id_at(moment),
                        "centre_code": context.centre_code,
                        "created_at": moment,
                        "removed_by_id": person.id,
                        "removed_by_name": person.name,
                        "product_id": product.id,
                        "name": product.name,
                        "quantity": 1,
                        "unit_price_cents": product.price_cents,
                        "tab_id": None,
                    }
                )
            day += timedelta(days=1)
        rows = context.so_far(rows)
        bulk_insert(tx.session, RemovedLine, rows)
    context.count("verwijderde regels", len(rows))


def open_tabs(context: DemoContext) -> None:
    """Tabs still open on the last demo evening, rung up through the till's own services."""
    evening = context.moment(context.options.end, time(20, 0))
    if not context.happened(evening):
        return  # a demo made before the evening has no evening tabs yet
    uow = context.uow.on_clock(lambda: evening)
    with uow.read() as tx:
        henk = tx.session.scalars(select(Person).where(Person.name == "Henk Bakker")).one()
        products = {p.name: p.id for p in tx.session.scalars(select(Product))}
        henk_id, badge = henk.id, henk.badge_code
    assert badge is not None
    seller = authenticate(uow, henk_id, _demo_pin("Henk Bakker"))
    toggle_by_badge(uow, seller, badge)  # Henk, with his IVA, signs in for the evening
    for name, youth, carried, lines in TABS:
        tab = open_tab(uow, seller, name, youth=youth)
        rounds = [LineIn(products[product], count) for product, count in lines]
        add_to_tab(uow, seller, tab.tab_id, rounds, age_confirmed=True)
        if carried:
            carry_over_tab(uow, seller, tab.tab_id)
    context.count("open rekeningen", len(TABS))


def _demo_pin(name: str) -> str:
    """The demo PIN of a desk account: demo steps log in like anyone at the desk."""
    return next(pin for who, _role, pin in DEMO_DESK_ACCOUNTS if who == name)
