"""What every office page is given: where the central database is and who does slow work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk_app.ui.jobs import BackgroundJobs


@dataclass(frozen=True)
class OfficeContext:
    """The office login's connection URL, the organisation's CA file and the background jobs.

    Office pages read and write the central database only through ``desk_app.services.office``
    and only in ``jobs`` (the network never runs on the GUI thread).
    """

    central_url: str
    ca_file: Path | None
    jobs: BackgroundJobs
