"""Overzicht: figures and charts."""

from __future__ import annotations

from desk_app.ui.pages.placeholder import SectionPage


class OverviewPage(SectionPage):
    """Figures and charts of the centre (filled by a later issue)."""

    icon_name = "overzicht"

    def title(self) -> str:
        """The section's name."""
        return self.tr("Overzicht")

    def description(self) -> str:
        """What the section will hold."""
        return self.tr(
            "Hier ziet u straks de cijfers van het buurthuis: bezoekers, baromzet, "
            "zaalverhuur en bezetting, in overzichtelijke grafieken."
        )
