"""The municipal report: a year's figures of a municipality's centres (or all), against last year.

Qt-free, so the command line, the office window and the tests make the same report. The
figures come from the central mirrors through the office's login (``municipal_figures``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, select

from desk_app.central.schema import MIRRORS, centre_registry
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.services.office.municipal_figures import Figures, Number, year_figures

_centre = MIRRORS["centre"]
# The report's words are translated in the context "Municipal" (the page shows them).

# (section, key, label); the unit follows from the key (``_cents``, ``_pct``, ``_hours``).
FIXED_LINES: tuple[tuple[str, str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Municipal", "Bezoek"),
        "visits",
        QT_TRANSLATE_NOOP("Municipal", "Bezoeken"),
    ),
    ("", "visits_child", QT_TRANSLATE_NOOP("Municipal", "  kinderen")),
    ("", "visits_youth", QT_TRANSLATE_NOOP("Municipal", "  jongeren")),
    ("", "visits_adult", QT_TRANSLATE_NOOP("Municipal", "  volwassenen")),
    ("", "visits_senior", QT_TRANSLATE_NOOP("Municipal", "  senioren")),
    ("", "visits_unknown", QT_TRANSLATE_NOOP("Municipal", "  leeftijd niet gevraagd")),
    ("", "unique_visitors", QT_TRANSLATE_NOOP("Municipal", "Unieke bezoekers")),
    ("", "unique_child", QT_TRANSLATE_NOOP("Municipal", "  kinderen")),
    ("", "unique_youth", QT_TRANSLATE_NOOP("Municipal", "  jongeren")),
    ("", "unique_adult", QT_TRANSLATE_NOOP("Municipal", "  volwassenen")),
    ("", "unique_senior", QT_TRANSLATE_NOOP("Municipal", "  senioren")),
    ("", "unique_unknown", QT_TRANSLATE_NOOP("Municipal", "  leeftijd niet gevraagd")),
    (
        QT_TRANSLATE_NOOP("Municipal", "Activiteiten"),
        "activities",
        QT_TRANSLATE_NOOP("Municipal", "Activiteiten"),
    ),
    ("", "participants", QT_TRANSLATE_NOOP("Municipal", "Deelnemers")),
    ("", "activities_youth", QT_TRANSLATE_NOOP("Municipal", "Activiteiten voor jeugd")),
    ("", "participants_youth", QT_TRANSLATE_NOOP("Municipal", "  deelnemers")),
    ("", "activities_adults", QT_TRANSLATE_NOOP("Municipal", "Activiteiten voor volwassenen")),
    ("", "participants_adults", QT_TRANSLATE_NOOP("Municipal", "  deelnemers")),
    ("", "activities_elderly", QT_TRANSLATE_NOOP("Municipal", "Activiteiten voor ouderen")),
    ("", "participants_elderly", QT_TRANSLATE_NOOP("Municipal", "  deelnemers")),
    ("", "activities_all", QT_TRANSLATE_NOOP("Municipal", "Activiteiten voor iedereen")),
    ("", "participants_all", QT_TRANSLATE_NOOP("Municipal", "  deelnemers")),
    (
        QT_TRANSLATE_NOOP("Municipal", "Grote evenementen"),
        "large_event_days",
        QT_TRANSLATE_NOOP("Municipal", "Dagen met meer dan 500 bezoekers"),
    ),
    ("", "large_event_visits", QT_TRANSLATE_NOOP("Municipal", "  bezoeken op die dagen")),
    (
        QT_TRANSLATE_NOOP("Municipal", "Vrijwilligers"),
        "volunteers_active",
        QT_TRANSLATE_NOOP("Municipal", "Actieve vrijwilligers"),
    ),
    (
        "",
        "volunteers_social_return",
        QT_TRANSLATE_NOOP("Municipal", "  social return en tegenprestatie"),
    ),
    ("", "volunteers_intern", QT_TRANSLATE_NOOP("Municipal", "  stagiairs")),
    ("", "volunteer_hours", QT_TRANSLATE_NOOP("Municipal", "Vrijwilligersuren")),
    (
        QT_TRANSLATE_NOOP("Municipal", "Zaalverhuur"),
        "rental_income_cents",
        QT_TRANSLATE_NOOP("Municipal", "Inkomsten zaalverhuur"),
    ),
    ("", "occupancy_pct", QT_TRANSLATE_NOOP("Municipal", "Bezettingsgraad")),
    ("", "free_hours", QT_TRANSLATE_NOOP("Municipal", "Uren gratis gegeven")),
    ("", "free_value_cents", QT_TRANSLATE_NOOP("Municipal", "  waarde tegen commercieel tarief")),
    (
        QT_TRANSLATE_NOOP("Municipal", "Tevredenheid"),
        "satisfaction_pct",
        QT_TRANSLATE_NOOP("Municipal", "Blije gezichten"),
    ),
)
OWN_GROUP_LABEL = QT_TRANSLATE_NOOP("Municipal", "Activiteiten voor {group}")
OWN_SECTION = QT_TRANSLATE_NOOP("Municipal", "Eigen doelgroepen")
ALL_MUNICIPALITIES = QT_TRANSLATE_NOOP("Municipal", "alle gemeenten")


FIRST_YEAR, LAST_YEAR = 2000, 2999  # the years a desk can have recorded


@dataclass(frozen=True)
class Line:
    """One figure of the report: this year and last, per centre and in total.

    ``label`` is Dutch and translatable (context ``Municipal``) with ``{group}`` filled from
    ``group``, an own target group's name as the office published it.
    """

    section: str
    key: str
    label: str
    group: str
    total: Number
    previous_total: Number
    per_centre: dict[str, Number]
    previous_per_centre: dict[str, Number]


@dataclass(frozen=True)
class MunicipalReport:
    """A year's report for one municipality (or every centre when ``municipality`` is empty)."""

    year: int
    municipality: str
    centres: dict[str, str]  # code -> name
    lines: tuple[Line, ...]


def municipalities(url: str, ca_file: Path | None = None) -> list[str]:
    """The municipalities the registered centres report to, by name."""
    with _connection(url, ca_file) as connection:
        names = connection.scalars(
            select(centre_registry.c.municipality)
            .where(centre_registry.c.municipality != "")
            .distinct()
        ).all()
    return sorted((str(name) for name in names), key=str.casefold)


def municipal_report(
    url: str, year: int, municipality: str | None = None, ca_file: Path | None = None
) -> MunicipalReport:
    """The report of ``year`` with ``year - 1`` beside it, for one municipality or all.

    ``ca_file`` is the organisation's CA certificate, for an address that checks the server's.
    """
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Kies een jaar van {first} tot en met {last}."),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    place = " ".join((municipality or "").split())
    with _connection(url, ca_file) as connection:
        centres = _centres(connection, place)
        now = year_figures(connection, year, list(centres))
        before = year_figures(connection, year - 1, list(centres))
    return MunicipalReport(year, place, centres, tuple(_lines(now, before)))


@contextmanager
def _connection(url: str, ca_file: Path | None) -> Iterator[Connection]:
    """A connection to the central database; its engine is disposed of afterwards."""
    from desk_app.central.connect import engine_for, with_ca  # noqa: PLC0415 - psycopg when asked

    engine = engine_for(with_ca(url, str(ca_file)) if ca_file else url)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def _centres(connection: Connection, place: str) -> dict[str, str]:
    """The synced centres (code -> name) that report to ``place``, or all when it is empty."""
    query = (
        select(_centre.c.code, _centre.c.name)
        .outerjoin(centre_registry, centre_registry.c.code == _centre.c.code)
        .order_by(_centre.c.code)
    )
    if place:
        query = query.where(func.lower(centre_registry.c.municipality) == place.lower())
    centres = {str(code): str(name) for code, name in connection.execute(query)}
    if place and not centres:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geen buurthuizen in de gemeente {name}."), name=place
        )
    return centres


def _lines(now: Figures, before: Figures) -> list[Line]:
    """The fixed lines, then a line with participants for each own target group."""
    keys = {*now.total, *before.total}
    own = sorted(
        (key.split(":", 1)[1] for key in keys if key.startswith("activities_own:")),
        key=str.casefold,
    )
    rows = [(section, key, label, "") for section, key, label in FIXED_LINES]
    for index, group in enumerate(own):
        section = OWN_SECTION if index == 0 else ""
        rows.append((section, f"activities_own:{group}", OWN_GROUP_LABEL, group))
        rows.append(
            ("", f"participants_own:{group}", QT_TRANSLATE_NOOP("Municipal", "  deelnemers"), "")
        )
    return [_line(now, before, row) for row in rows]


def _line(now: Figures, before: Figures, row: tuple[str, str, str, str]) -> Line:
    section, key, label, group = row
    empty = None if key == "satisfaction_pct" else 0
    return Line(
        section,
        key,
        label,
        group,
        now.total.get(key, empty),
        before.total.get(key, empty),
        {code: figures.get(key, empty) for code, figures in now.per_centre.items()},
        {code: figures.get(key, empty) for code, figures in before.per_centre.items()},
    )
