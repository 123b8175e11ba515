"""Huiskamer: walk-in check-in and visitor passes."""

from __future__ import annotations

from desk_app.ui.pages.placeholder import SectionPage


class LivingRoomPage(SectionPage):
    """The living room: walk-in check-in and visitor passes (filled by a later issue)."""

    icon_name = "huiskamer"

    def title(self) -> str:
        """The section's name."""
        return self.tr("Huiskamer")

    def description(self) -> str:
        """What the section will hold."""
        return self.tr(
            "Hier schrijft u straks binnenlopers in voor de huiskamer: scan of tik een "
            "bezoekerspas, of geef iemand een nieuwe pas. Zo weten we hoeveel mensen er "
            "langskomen, zonder namen te vragen."
        )
