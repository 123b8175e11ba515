"""Dagafsluiting: cash count and day report."""

from __future__ import annotations

from desk_app.ui.pages.placeholder import SectionPage


class DayClosePage(SectionPage):
    """End-of-day close: cash count and day report (filled by a later issue)."""

    icon_name = "dagafsluiting"

    def title(self) -> str:
        """The section's name."""
        return self.tr("Dagafsluiting")

    def description(self) -> str:
        """What the section will hold."""
        return self.tr(
            "Hier sluit de sociaal beheerder de dag af: de kas tellen, verschillen "
            "noteren en het dagrapport maken en tekenen."
        )
