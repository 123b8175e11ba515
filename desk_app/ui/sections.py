"""The seven sections of the main window, in the order of the navigation."""

from __future__ import annotations

from desk_app.ui.pages.activiteiten import ActivitiesPage
from desk_app.ui.pages.bar import BarPage
from desk_app.ui.pages.base import Page
from desk_app.ui.pages.dagafsluiting import DayClosePage
from desk_app.ui.pages.huiskamer import LivingRoomPage
from desk_app.ui.pages.overzicht import OverviewPage
from desk_app.ui.pages.rooms import RoomsPage
from desk_app.ui.pages.vrijwilligers import VolunteersPage

SECTIONS: tuple[type[Page], ...] = (
    LivingRoomPage,
    BarPage,
    RoomsPage,
    VolunteersPage,
    ActivitiesPage,
    DayClosePage,
    OverviewPage,
)
