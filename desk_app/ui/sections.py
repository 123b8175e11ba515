"""The seven sections of the main window, in the order of the navigation."""

from __future__ import annotations

from desk_app.ui.activities.page import ActivitiesPage
from desk_app.ui.bar.page import BarPage
from desk_app.ui.day_close.page import DayClosePage
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.overview.page import OverviewPage
from desk_app.ui.page import Page
from desk_app.ui.rooms.page import RoomsPage
from desk_app.ui.volunteers.page import VolunteersPage

SECTIONS: tuple[type[Page], ...] = (
    LivingRoomPage,
    BarPage,
    RoomsPage,
    VolunteersPage,
    ActivitiesPage,
    DayClosePage,
    OverviewPage,
)
