"""The local change log the nightly sync reads, and the database's identity (its epoch)."""

import uuid

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base
from desk_app.models.types import UTCTime, new_id, utc_now


class ChangeLogEntry(Base):
    """One synced row inserted or updated, numbered by a sequence that is never reused."""

    __tablename__ = "change_log"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy reads it as is

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    operation: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[UTCTime] = mapped_column(default=utc_now)


class LocalIdentity(Base):
    """This database's epoch: new when created or restored, so sequence numbers never clash."""

    __tablename__ = "local_identity"

    number: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    epoch: Mapped[uuid.UUID] = mapped_column(unique=True, default=new_id)
    created_at: Mapped[UTCTime] = mapped_column(default=utc_now)
