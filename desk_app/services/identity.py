"""This database's identity: its epoch, new when the file is created or restored from a backup.

Sequence numbers of the change log are only meaningful together with the epoch, so the
central side never mistakes numbers that come back after a restore for rows it received.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.models import ChangeLogEntry, LocalIdentity
from desk_app.models.types import new_id
from desk_app.services.stored_settings import write_setting
from desk_app.services.uow import UnitOfWork

# The change log's highest number when the current epoch began (read by the sync's recovery).
RESTORE_MARK = "restore_log_mark"


def current_epoch(session: Session) -> UUID | None:
    """The newest epoch of this database, or ``None`` for a file not yet given one."""
    return session.scalar(
        select(LocalIdentity.epoch).order_by(LocalIdentity.number.desc()).limit(1)
    )


def ensure_epoch(uow: UnitOfWork) -> UUID:
    """Give a new database its first epoch; return the current one."""
    with uow.write() as tx:
        epoch = current_epoch(tx.session)
        if epoch is None:
            epoch = new_id()
            tx.session.add(LocalIdentity(epoch=epoch, created_at=tx.now))
        return epoch


def start_new_epoch(uow: UnitOfWork, mark: int | None = None) -> UUID:
    """After a restore from a backup: a new identity, so sync numbers start a new series.

    The change log's number the restore went back to is noted with it (``mark``; none given:
    its highest): what is logged after it was changed here since, and keeps its local version
    when the sync brings rows back.
    """
    with uow.write() as tx:
        epoch = new_id()
        tx.session.add(LocalIdentity(epoch=epoch, created_at=tx.now))
        if mark is None:
            mark = int(tx.session.scalar(select(func.max(ChangeLogEntry.seq))) or 0)
        write_setting(tx.session, RESTORE_MARK, {"epoch": str(epoch), "seq": mark})
        return epoch
