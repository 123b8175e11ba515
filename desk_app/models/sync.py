"""The local sync log: each sync run, what it sent and received, and the central mark it saw."""

import uuid
from datetime import datetime

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base
from desk_app.models.types import UTCDateTime, UTCTime


class SyncRun(Base):
    """One sync attempt; never synced itself. The central mark is the truth, this a hint."""

    __tablename__ = "sync_run"

    number: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    epoch: Mapped[uuid.UUID]
    started_at: Mapped[UTCTime]
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ok: Mapped[bool] = mapped_column(default=False)
    sent: Mapped[int] = mapped_column(default=0)
    received: Mapped[int] = mapped_column(default=0)
    rejected: Mapped[int] = mapped_column(default=0)
    high_water: Mapped[int] = mapped_column(default=0)
    message: Mapped[str] = mapped_column(Text, default="")
