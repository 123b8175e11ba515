"""Demo step for sign-ups: a full workshop next week with a waiting list, and strippenkaarten."""

from __future__ import annotations

from datetime import time, timedelta

from sqlalchemy import select

from desk_app.demo import DemoContext
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.formatting import to_local
from desk_app.kinds import PaymentMethod, Recurrence, TargetGroup
from desk_app.models import Person, VisitorPass
from desk_app.services.activities import cards, signups, stamps
from desk_app.services.activities.programme import ActivityPlan, plan_activity
from desk_app.services.auth import Actor, authenticate
from desk_app.services.till.payments import PaymentIn
from desk_app.services.uow import UnitOfWork

PLACES = 8
NAMES = ("Ans Vermeulen", "Gerrit Smit", "Fatima El Amrani", "Wim de Graaf", "Truus Bos")
PASS_SIGNUPS = 6  # with the names: 11 sign-ups for 8 places, so 3 wait
CARDS = (("Strippenkaart 5 keer", 5, 1250), ("Strippenkaart 10 keer", 10, 2250))


def signups_and_cards(context: DemoContext) -> None:
    """Next week's watercolour workshop: full, with a waiting list; cards sold, some stamped."""
    made_at = context.options.made_at
    uow = context.uow.on_clock(lambda: made_at)
    with uow.read() as tx:
        name, pin = DEMO_MANAGER
        manager_id = tx.session.scalars(select(Person.id).where(Person.name == name)).one()
        passes = list(
            tx.session.scalars(select(VisitorPass.code).order_by(VisitorPass.code).limit(9))
        )
    manager = authenticate(uow, manager_id, pin)
    day = to_local(made_at).date() + timedelta(days=7)
    plan = ActivityPlan(
        "Workshop aquarelleren", TargetGroup.ADULTS, Recurrence.ONCE, day, day, time(14), time(16)
    )
    [session] = plan_activity(uow, manager, plan)
    signups.set_capacity(uow, manager, session.occurrence_id, PLACES)
    for code in passes[:PASS_SIGNUPS]:
        signups.sign_up_pass(uow, manager, session.occurrence_id, code)
    for person in NAMES:
        signups.sign_up_name(uow, manager, session.occurrence_id, person)
    sold = []
    for card_name, strips, price in CARDS:
        product = cards.add_card_product(uow, manager, card_name, stamps=strips, price_cents=price)
        payment = [PaymentIn(PaymentMethod.CARD, price)]
        for _ in range(2):
            sold.append(
                cards.sell_card(uow, manager, product.product_id, payment, rng=context.rng).code
            )
    context.count("aanmeldingen", PASS_SIGNUPS + len(NAMES))
    context.count("strippenkaarten", len(sold))
    _stamped_today(uow, manager, sold)


def _stamped_today(uow: UnitOfWork, manager: Actor, sold: list[str]) -> None:
    """Today's chair yoga: a couple on one card, one more on another (their credit used)."""
    today = to_local(uow.clock()).date()
    plan = ActivityPlan(
        "Stoelyoga", TargetGroup.ELDERLY, Recurrence.ONCE, today, today, time(10), time(11)
    )
    [session] = plan_activity(uow, manager, plan)
    stamps.stamp_card(uow, manager, session.occurrence_id, sold[0])
    stamps.stamp_card(uow, manager, session.occurrence_id, sold[0], another=True)
    stamps.stamp_card(uow, manager, session.occurrence_id, sold[2])
