"""Which version of a row wins after a restore: the change log here against the central marks."""

from __future__ import annotations

import uuid

import pytest

from desk_app.sync.recovery_rows import Since

PAST = uuid.uuid4()  # the epoch the restored database synced in
ROW = uuid.uuid4()
MARK = 100  # the backup's log ends here


def central(epoch: uuid.UUID | None, seq: int | None) -> dict[str, object]:
    return {"id": str(ROW), "sync_epoch": None if epoch is None else str(epoch), "sync_seq": seq}


@pytest.mark.parametrize(
    ("last_here", "written", "newer_here"),
    [
        (90, central(PAST, 40), True),  # changed after its last sync, before the backup
        (40, central(PAST, 40), False),  # the central row is the one here (or edited there)
        (90, central(PAST, 120), False),  # changed and synced again after the backup
        (130, central(PAST, 120), True),  # changed here since the restore
        (90, central(uuid.uuid4(), 10), False),  # written by another epoch
        (130, central(uuid.uuid4(), 10), True),
        (90, central(None, None), False),  # written before the central side named changes
        (None, central(PAST, 40), False),  # never logged here
    ],
)
def test_a_row_here_wins_only_with_a_change_its_central_version_lacks(
    last_here: int | None, written: dict[str, object], newer_here: bool
) -> None:
    logged = {} if last_here is None else {("booking", ROW): last_here}
    since = Since(PAST, MARK, logged)
    assert since.newer_here("booking", ROW, written) is newer_here
