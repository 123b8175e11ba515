"""The push: send this centre's numbered changes to the central database, loss-free.

The central mark of this centre and epoch is read first (it is the truth; the local log of
runs is a hint); the run stops at the log's highest number when it started, so a busy till
cannot keep it going; each batch is one central transaction. A batch whose reply was lost is
sent again: the central side counts it once.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import psycopg

from desk_app.central.connect import CentralUnavailable, connect
from desk_app.central.raw import pack
from desk_app.central.receive import Batch, Receiver, sort_rows
from desk_app.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.services.identity import current_epoch
from desk_app.services.uow import UnitOfWork
from desk_app.sync.outbox import highest_seq, read_changes
from desk_app.wire.registry import SCHEMA_VERSION

log = logging.getLogger(__name__)
BATCH_SIZE = 10_000
ATTEMPTS = 3
Progress = Callable[[int, int], None]


class CentralAhead(DeskError):
    """The central mark is beyond anything this desk wrote in this epoch: nothing is sent."""


@dataclass(frozen=True)
class PushResult:
    """How a push ended: rows stored and rejected, and the central mark it reached."""

    epoch: uuid.UUID
    sent: int
    rejected: int
    high_water: int
    target: int
    received: int = 0


def push(
    uow: UnitOfWork,
    url: str,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> PushResult:
    """Send every change logged before the run started; retry a lost batch a few times."""
    with uow.read() as tx:
        centre_code = tx.centre_code()
        epoch = current_epoch(tx.session)
        target = highest_seq(tx.connection)
    assert epoch is not None, "open_desk gives every database an epoch"
    run = _Run(uow, url, centre_code, epoch, target, batch_size, progress)
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return run.until_target()
        except psycopg.OperationalError as error:
            log.warning("sync interrupted (attempt %d): %s", attempt, type(error).__name__)
            if attempt == ATTEMPTS:
                raise CentralUnavailable(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "De verbinding met de centrale database viel weg. Wat al verzonden "
                        "is, is veilig; de volgende synchronisatie gaat verder.",
                    )
                ) from error
            time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")


@dataclass
class _Run:
    """One sync run's state across reconnections: the target is fixed when the run starts."""

    uow: UnitOfWork
    url: str
    centre_code: str
    epoch: uuid.UUID
    target: int
    batch_size: int
    progress: Progress | None
    sent: int = 0
    rejected: int = 0

    def until_target(self) -> PushResult:
        """Connect, read the central mark, and send batches until the target is reached.

        The next batch is read locally, its raw copy packed and its rows checked and sorted,
        while the central side stores the current one.
        """
        with connect(self.url) as connection, ThreadPoolExecutor(max_workers=1) as reader:
            receiver = Receiver(connection)
            mark = receiver.high_water(self.centre_code, self.epoch)
            if mark > self.target:
                self._check_not_ahead(mark)
            upcoming = reader.submit(self._read, mark)
            while mark < self.target:
                batch = upcoming.result()
                if batch is None:
                    break
                rows = batch.rows
                if rows[-1].seq < self.target:
                    upcoming = reader.submit(self._read, rows[-1].seq)
                receipt = receiver.apply(batch)
                if rows[-1].seq < receipt.high_water < self.target:
                    # Another run moved the mark further: read on from there instead.
                    upcoming = reader.submit(self._read, receipt.high_water)
                mark = receipt.high_water
                self.sent += receipt.stored
                self.rejected += receipt.rejected
                if self.progress is not None:
                    self.progress(mark, self.target)
        return PushResult(self.epoch, self.sent, self.rejected, mark, self.target)

    def _check_not_ahead(self, mark: int) -> None:
        """The central side may be ahead of this run (another run went on), not of the log.

        A mark above every number this desk ever wrote was not moved by this desk: trusting
        it would skip the new rows below it, unseen.
        """
        with self.uow.read() as tx:
            written = highest_seq(tx.connection)
        if mark > written:
            log.error("central mark %d is ahead of the local log (%d)", mark, written)
            raise CentralAhead(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "De centrale database zegt dat ze van deze balie al tot nummer {central} "
                    "heeft, maar deze balie schreef er maar {written}. Er is niets verzonden. "
                    "Meld dit aan het kantoor: de centrale stand van dit buurthuis klopt niet.",
                ),
                central=mark,
                written=written,
            )

    def _read(self, after: int) -> Batch | None:
        """The next batch after ``after``, up to the run's target, in its own local snapshot."""
        with self.uow.read() as tx:
            rows = read_changes(tx.connection, after, self.target, self.batch_size)
        if not rows:
            return None
        return Batch(
            self.centre_code,
            self.epoch,
            SCHEMA_VERSION,
            rows,
            pack(rows),
            sort_rows(rows, self.centre_code),
        )
