"""Badge scan to signed in and shown on the Vrijwilligers page, against a bare Qt line edit."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desk_app.bootstrap import open_desk
from desk_app.models import Person
from desk_app.paths import DataFolder
from desk_app.ui.context import PageContext
from desk_app.ui.volunteers.page import VolunteersPage
from tests.bench.harness import BadgeClock, Figure, copy_of, p95, time_each
from tests.bench.living_room import manager_of
from tests.bench.living_room_ui import _type_and_enter, bare_scan_milliseconds, delete_now
from tests.ui.inline_jobs import InlineJobs

SCANS = 120


def figures(demo_folder: Path, app: QApplication) -> list[Figure]:
    """Each volunteer's badge scanned in turn (signing in, then out) on a year of shifts."""
    with tempfile.TemporaryDirectory() as scratch:
        desk = open_desk(DataFolder(copy_of(demo_folder, Path(scratch) / "badges")))
        actor = manager_of(desk)
        with desk.uow.read() as tx:
            badges = [b for b in tx.session.scalars(select(Person.badge_code)) if b is not None]
        clock = BadgeClock(len(badges))
        uow = desk.uow.on_clock(clock)
        page = VolunteersPage(
            PageContext(uow, desk.folder, lambda: actor, lambda _p: None, jobs=InlineJobs())
        )
        page.show()
        app.processEvents()
        queue = iter((badges * 4)[:SCANS])

        def scan() -> None:
            clock.step()
            _type_and_enter(page.sign_in.scan_field, next(queue))

        ours = time_each(scan, SCANS)
        bare = bare_scan_milliseconds(badges[:SCANS])
        delete_now(page, app)
        desk.close()
    return [
        Figure(
            "badge scan to signed in and shown, p95 (ms)",
            p95(ours),
            "ms",
            "bare Qt line edit to label",
            p95(bare),
            "< 50 ms absolute",
        )
    ]
