"""The office's reads of the price list and the releases in the central database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desk_app.kinds import TariffClass
from desk_app.services.office.price_lines import PriceLine


@dataclass(frozen=True)
class TariffLine:
    """What a centre's room costs a tariff class, per part of the day and per hour (ex. VAT)."""

    centre_code: str
    room: str
    tariff_class: TariffClass
    part_of_day_cents: int
    hour_cents: int
    vat_rate: int


@dataclass(frozen=True)
class ReleaseInfo:
    """A published release: for whom, from when, and which of its centres took it in."""

    number: int
    centre_code: str | None  # None: every centre
    note: str
    published_at: datetime
    takes_effect: date | None
    items: int
    taken_by: tuple[str, ...]
    meant_for: tuple[str, ...]

    @property
    def waiting(self) -> tuple[str, ...]:
        """The centres it is meant for that have not taken it in yet."""
        return tuple(code for code in self.meant_for if code not in self.taken_by)


_RELEASES = """
SELECT r.number, r.centre_code, r.note, r.published_at, r.takes_effect,
  (SELECT count(*) FROM master_item i WHERE i.release_number = r.number),
  ARRAY(SELECT c.code FROM centre_registry c
        WHERE (r.centre_code IS NULL OR c.code = r.centre_code)
          AND EXISTS (SELECT 1 FROM release_taken t
                      WHERE t.centre_code = c.code AND t.release_number >= r.number)
        ORDER BY c.code),
  ARRAY(SELECT c.code FROM centre_registry c
        WHERE r.centre_code IS NULL OR c.code = r.centre_code ORDER BY c.code)
FROM master_release r ORDER BY r.number DESC LIMIT %s
"""

_IN_FORCE = """
SELECT DISTINCT ON (lower(category), lower(name)) category, name, price_cents, vat_rate,
  valid_from
FROM product
WHERE active AND valid_from <= %s AND (valid_to IS NULL OR valid_to >= %s)
ORDER BY lower(category), lower(name), valid_from DESC, created_at DESC
"""

_RELEASED = """
SELECT i.payload FROM master_item i JOIN master_release r ON r.number = i.release_number
WHERE i.table_name = 'product' AND r.centre_code IS NULL
  AND i.payload ? 'name' AND i.payload ? 'category' AND i.payload ? 'valid_from'
ORDER BY r.number
"""


def current_lines(connection: Any, on: date) -> tuple[PriceLine, ...]:
    """The prices the centres sell at on ``on``, overlaid by every price published for all."""
    lines: dict[tuple[str, str], PriceLine] = {}
    for category, name, cents, vat, start in connection.execute(_IN_FORCE, (on, on)):
        lines[(category.lower(), name.lower())] = PriceLine(category, name, cents, vat, start)
    for (payload,) in connection.execute(_RELEASED):
        line = PriceLine(
            payload["category"],
            payload["name"],
            int(payload["price_cents"]),
            int(payload["vat_rate"]),
            date.fromisoformat(payload["valid_from"]),
        )
        lines[(line.category.lower(), line.name.lower())] = line
    return tuple(sorted(lines.values(), key=lambda line: (line.category, line.name)))


def recent_releases(connection: Any, limit: int) -> tuple[ReleaseInfo, ...]:
    """The newest releases first, each with the centres that took it in."""
    return tuple(
        ReleaseInfo(number, centre, note, published, effect, int(items), tuple(taken), tuple(meant))
        for number, centre, note, published, effect, items, taken, meant in connection.execute(
            _RELEASES, (limit,)
        )
    )


def centre_codes(connection: Any) -> tuple[str, ...]:
    """The registered centres' codes."""
    rows = connection.execute("SELECT code FROM centre_registry ORDER BY code")
    return tuple(code for (code,) in rows)


_TARIFFS = """
SELECT t.centre_code, r.name, t.tariff_class, t.part_of_day_cents, t.hour_cents, t.vat_rate
FROM room_rate t JOIN room r ON r.centre_code = t.centre_code AND r.id = t.room_id
WHERE r.active
ORDER BY t.centre_code, r.name, t.tariff_class
"""


def room_tariffs(connection: Any) -> tuple[TariffLine, ...]:
    """Every centre's room tariffs as the central database last received them."""
    return tuple(
        TariffLine(centre, room, TariffClass(kind), int(part), int(hour), int(vat))
        for centre, room, kind, part, hour, vat in connection.execute(_TARIFFS)
    )
