"""Zalen: room bookings, calendar and invoices."""

from __future__ import annotations

from desk_app.ui.pages.placeholder import SectionPage


class RoomsPage(SectionPage):
    """Room hire: bookings, calendar, invoices (filled by a later issue)."""

    icon_name = "zalen"

    def title(self) -> str:
        """The section's name."""
        return self.tr("Zalen")

    def description(self) -> str:
        """What the section will hold."""
        return self.tr(
            "Hier komt de zaalverhuur: boekingen maken, de agenda van alle zalen bekijken "
            "en facturen voor huurders maken."
        )
