"""A child process that checks visitors in at full speed and prints each confirmed visit."""

from __future__ import annotations

import sys
from pathlib import Path
from uuid import UUID

from desk_app.bootstrap import open_desk
from desk_app.models import Role
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.living_room.checkin import count_walk_in


def main(folder: str, person_id: str) -> None:
    """Count walk-ins until killed; a printed id means the screen would have confirmed it."""
    desk = open_desk(DataFolder(Path(folder)))
    actor = Actor(UUID(person_id), "kind", Role.MANAGER)
    while True:
        visit = count_walk_in(desk.uow, actor)
        sys.stdout.write(f"{visit.visit_id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
