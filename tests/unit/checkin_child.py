"""A child process that checks visitors in at full speed and prints each confirmed visit."""

from __future__ import annotations

import sys
from pathlib import Path
from uuid import UUID

from desk_app.bootstrap import open_desk
from desk_app.paths import DataFolder
from desk_app.services.auth import authenticate
from desk_app.services.living_room.checkin import count_walk_in
from desk_app.services.pin_hashing import use_pin_cost_in_tests
from tests.conftest import MANAGER_PIN, TEST_PIN_COST


def main(folder: str, person_id: str) -> None:
    """Count walk-ins until killed; a printed id means the screen would have confirmed it."""
    use_pin_cost_in_tests(TEST_PIN_COST)  # the hash was made with the tests' cost
    desk = open_desk(DataFolder(Path(folder)))
    actor = authenticate(desk.uow, UUID(person_id), MANAGER_PIN)
    while True:
        visit = count_walk_in(desk.uow, actor)
        sys.stdout.write(f"{visit.visit_id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
