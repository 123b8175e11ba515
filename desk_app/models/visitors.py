"""Visitor passes: a random code counts a unique visitor without needing a name."""

from datetime import datetime

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, Synced
from desk_app.models.types import UTCDateTime


class VisitorPass(Synced, Base):
    """A pass with an unguessable code; name and phone only with recorded consent."""

    __tablename__ = "visitor_pass"
    __table_args__ = (UniqueConstraint("code"),)

    code: Mapped[str] = mapped_column(String(32))
    holder_name: Mapped[str | None] = mapped_column(String(120))
    holder_phone: Mapped[str | None] = mapped_column(String(32))
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    active: Mapped[bool] = mapped_column(default=True)
