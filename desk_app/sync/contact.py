"""The desk tells the central database how each sync ended, so the office sees it honestly.

Said at the end of every sync, also one that sent nothing (the centre is up to date, not
silent) and one that failed (the office reads the desk's own words). Telling it never fails
the sync: when the central database cannot be reached the office sees the last contact age.
"""

from __future__ import annotations

import logging

import psycopg

from desk_app.central.contact import record_contact
from desk_app.errors import DeskError, Text
from desk_app.services.uow import UnitOfWork
from desk_app.wire.texts import dumps

log = logging.getLogger(__name__)


def report_contact(uow: UnitOfWork, url: str, *, ok: bool, note: Text) -> bool:
    """Record this centre's sync contact centrally; ``False`` (logged) when that failed."""
    with uow.read() as tx:
        centre_code = tx.centre_code()
    try:
        record_contact(url, centre_code, ok=ok, message=dumps(note))
    except (DeskError, psycopg.Error) as error:
        log.warning("sync contact not recorded: %s", type(error).__name__)
        return False
    return True
