"""Jobs run on the calling thread, for page tests that check what a job makes, not when."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from desk_app.ui.jobs import Pool

T = TypeVar("T")


class InlineJobs:
    """Runs each job at once and calls back before ``run`` returns; pools are ignored."""

    def __init__(self) -> None:
        self.pools: list[Pool] = []

    def run(
        self,
        pool: Pool,
        work: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[Exception], object],
    ) -> None:
        """Run ``work()`` now and report its result or error."""
        self.pools.append(pool)
        try:
            result = work()
        except Exception as error:  # the helper reports every failure, as the real one does
            failed(error)
            return
        done(result)
