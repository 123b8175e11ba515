"""The seven sections of the main window, in the order of the navigation.

The navigation shows every section from its name and icon alone; a section's page module
(with what it imports: reports, charts, documents) loads when the page is first built.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QCoreApplication

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.ui.page import Page


@dataclass(frozen=True)
class Section:
    """One entry of the navigation: its page class by name, its icon and its title.

    ``context`` is the page class's name, so the title is the same translation as the page's
    own ``title()`` (a test keeps the two equal).
    """

    module: str
    context: str
    icon_name: str
    source_title: str

    def title(self) -> str:
        """The section's name, translated, as the navigation shows it."""
        return QCoreApplication.translate(self.context, self.source_title)

    def page_type(self) -> type[Page]:
        """The page class, its module imported now if it was not yet."""
        page_type = getattr(import_module(self.module), self.context)
        assert isinstance(page_type, type)
        assert issubclass(page_type, Page)
        return page_type


SECTIONS: tuple[Section, ...] = (
    Section(
        "desk_app.ui.living_room.page",
        "LivingRoomPage",
        "huiskamer",
        QT_TRANSLATE_NOOP("LivingRoomPage", "Huiskamer"),
    ),
    Section("desk_app.ui.bar.page", "BarPage", "bar", QT_TRANSLATE_NOOP("BarPage", "Bar")),
    Section(
        "desk_app.ui.rooms.page", "RoomsPage", "zalen", QT_TRANSLATE_NOOP("RoomsPage", "Zalen")
    ),
    Section(
        "desk_app.ui.volunteers.page",
        "VolunteersPage",
        "vrijwilligers",
        QT_TRANSLATE_NOOP("VolunteersPage", "Vrijwilligers"),
    ),
    Section(
        "desk_app.ui.activities.page",
        "ActivitiesPage",
        "activiteiten",
        QT_TRANSLATE_NOOP("ActivitiesPage", "Activiteiten"),
    ),
    Section(
        "desk_app.ui.day_close.page",
        "DayClosePage",
        "dagafsluiting",
        QT_TRANSLATE_NOOP("DayClosePage", "Dagafsluiting"),
    ),
    Section(
        "desk_app.ui.overview.page",
        "OverviewPage",
        "overzicht",
        QT_TRANSLATE_NOOP("OverviewPage", "Overzicht"),
    ),
)
