"""People who use the desk: volunteers and social managers, their roles, PINs, certificates."""

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.kinds import CertificateKind, Role, VolunteerKind
from desk_app.models.base import Base, Synced, str_enum
from desk_app.models.types import ShortText, UTCDateTime


class Person(Synced, Base):
    """A volunteer or social manager; a PIN is set only for those who use the desk."""

    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("badge_code"),)

    name: Mapped[ShortText]
    role: Mapped[Role] = mapped_column(str_enum(Role))
    kind: Mapped[VolunteerKind] = mapped_column(
        str_enum(VolunteerKind), default=VolunteerKind.REGULAR
    )
    tasks: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    started_on: Mapped[date | None]
    # only to know who is under 21 for the allowance limits; it never leaves the PC
    born_on: Mapped[date | None]
    council_member: Mapped[bool] = mapped_column(default=False)
    badge_code: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(default=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_pin_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Certificate(Synced, Base):
    """A certificate held by a person, with the date it was issued and when it expires."""

    __tablename__ = "certificate"
    __table_args__ = (
        CheckConstraint(
            "expires_on IS NULL OR expires_on >= issued_on", name="expires_after_issue"
        ),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[CertificateKind] = mapped_column(str_enum(CertificateKind))
    issued_on: Mapped[date]
    expires_on: Mapped[date | None]
