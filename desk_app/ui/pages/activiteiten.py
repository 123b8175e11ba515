"""Activiteiten: the programme and attendance."""

from __future__ import annotations

from desk_app.ui.pages.placeholder import SectionPage


class ActivitiesPage(SectionPage):
    """The activities programme and attendance (filled by a later issue)."""

    icon_name = "activiteiten"

    def title(self) -> str:
        """The section's name."""
        return self.tr("Activiteiten")

    def description(self) -> str:
        """What the section will hold."""
        return self.tr(
            "Hier staat straks het programma van het buurthuis, met alle activiteiten. "
            "U houdt hier ook bij wie er meedoen."
        )
