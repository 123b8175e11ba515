"""Vrijwilligers: sign-in and the volunteer register."""

from __future__ import annotations

from desk_app.ui.pages.placeholder import SectionPage


class VolunteersPage(SectionPage):
    """Volunteer sign-in and register (filled by a later issue)."""

    icon_name = "vrijwilligers"

    def title(self) -> str:
        """The section's name."""
        return self.tr("Vrijwilligers")

    def description(self) -> str:
        """What the section will hold."""
        return self.tr(
            "Hier melden vrijwilligers zich aan en af als ze komen en gaan. De sociaal "
            "beheerder houdt hier ook het vrijwilligersregister bij."
        )
