"""The audit log: who did which privileged thing, when, with the state before and after."""

import uuid

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, Fact
from desk_app.models.types import ShortText


class AuditEntry(Fact, Base):
    """One privileged action; append-only, so the app offers no way to change it."""

    __tablename__ = "audit_entry"

    actor_id: Mapped[uuid.UUID | None]
    actor_name: Mapped[ShortText]
    action: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    before_json: Mapped[str] = mapped_column(Text, default="null")
    after_json: Mapped[str] = mapped_column(Text, default="null")
