"""The tax-free volunteer allowance limits per year: a setting the office keeps, with defaults.

The figures are the tax authority's (Belastingdienst, *vrijwilligersvergoeding*): an hourly
maximum (lower under 21), a monthly and a yearly maximum. A year without its own figures
takes those of the latest year before it that has them; the office corrects a year here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Role
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.stored_settings import read_setting, write_setting
from desk_app.services.uow import UnitOfWork

KEY = "volunteers.allowance_limits"
MAX_LIMIT_CENTS = 1_000_000


@dataclass(frozen=True)
class AllowanceLimits:
    """One year's maxima in cents: per hour (21 and over, under 21), per month, per year."""

    hour_cents: int
    young_hour_cents: int
    month_cents: int
    year_cents: int

    def hourly(self, under_21: bool) -> int:
        """The hourly maximum that applies to a volunteer of this age."""
        return self.young_hour_cents if under_21 else self.hour_cents


# Belastingdienst: 2024 EUR 5.50 (under 21 EUR 3.25), 2025 EUR 5.60 (under 21 EUR 3.30);
# EUR 210 a month and EUR 2,100 a year in both. Later years start from the latest figures.
DEFAULT_LIMITS = {
    2024: AllowanceLimits(550, 325, 21_000, 210_000),
    2025: AllowanceLimits(560, 330, 21_000, 210_000),
}


def _default(year: int) -> AllowanceLimits:
    known = [y for y in DEFAULT_LIMITS if y <= year] or [min(DEFAULT_LIMITS)]
    return DEFAULT_LIMITS[max(known)]


def limits_for(session: Session, year: int) -> AllowanceLimits:
    """The limits that hold in ``year``: the stored ones, else the default."""
    stored = read_setting(session, KEY, {}).get(str(year))
    return AllowanceLimits(**stored) if stored else _default(year)


def year_limits(uow: UnitOfWork, year: int) -> AllowanceLimits:
    """The limits of ``year``, for the settings form."""
    with uow.read() as tx:
        return limits_for(tx.session, year)


def save_limits(uow: UnitOfWork, actor: Actor, year: int, limits: AllowanceLimits) -> None:
    """The manager or office sets a year's limits; refused when an amount is not sensible."""
    values = asdict(limits)
    if not all(0 < cents <= MAX_LIMIT_CENTS for cents in values.values()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een grens is een bedrag tussen 0 en 10.000 euro.")
        )
    with uow.write() as tx:
        person = require_role(tx, actor, Role.MANAGER)
        stored = dict(read_setting(tx.session, KEY, {}))
        before = stored.get(str(year))
        stored[str(year)] = values
        write_setting(tx.session, KEY, stored)
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=person,
            action="volunteers.allowance_limits",
            subject=str(year),
            at=tx.now,
            before=before,
            after=values,
        )
