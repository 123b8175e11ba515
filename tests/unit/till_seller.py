"""Child process of the SIGKILL test: sells coffee at full speed, printing each committed number."""

from __future__ import annotations

import sys
from pathlib import Path
from uuid import UUID

from desk_app.bootstrap import open_desk
from desk_app.models import PaymentMethod, Role
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell


def main(folder: str, seller_id: str, product_id: str) -> None:
    """Sell until killed; a number is printed only after its transaction committed."""
    desk = open_desk(DataFolder(Path(folder)))
    seller = Actor(UUID(seller_id), "Henk Bakker", Role.BAR)
    coffee = [LineIn(UUID(product_id), 1)]
    cash = [PaymentIn(PaymentMethod.CASH, tendered_cents=200)]
    while True:
        paid = sell(desk.uow, seller, coffee, cash)
        print(paid.number, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
