"""Bar: the till."""

from __future__ import annotations

from desk_app.ui.pages.placeholder import SectionPage


class BarPage(SectionPage):
    """The bar till (filled by a later issue)."""

    icon_name = "bar"

    def title(self) -> str:
        """The section's name."""
        return self.tr("Bar")

    def description(self) -> str:
        """What the section will hold."""
        return self.tr(
            "Hier komt de kassa van de bar: koffie, thee, frisdrank en meer aanslaan, "
            "contant of met pinnen afrekenen en een bon geven."
        )
