"""Child process of the SIGKILL test: sells coffee at full speed, printing each committed number."""

from __future__ import annotations

import sys
from pathlib import Path
from uuid import UUID

from desk_app.bootstrap import open_desk
from desk_app.models import PaymentMethod
from desk_app.paths import DataFolder
from desk_app.services.auth import authenticate
from desk_app.services.pin_hashing import use_pin_cost_in_tests
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from tests.conftest import TEST_PIN_COST


def main(folder: str, seller_id: str, pin: str, product_id: str) -> None:
    """Log the seller in, then sell until killed; a number is printed once it committed."""
    use_pin_cost_in_tests(TEST_PIN_COST)  # the hash was made with the tests' cost
    desk = open_desk(DataFolder(Path(folder)))
    seller = authenticate(desk.uow, UUID(seller_id), pin)
    coffee = [LineIn(UUID(product_id), 1)]
    cash = [PaymentIn(PaymentMethod.CASH, tendered_cents=200)]
    while True:
        paid = sell(desk.uow, seller, coffee, cash)
        print(paid.number, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
