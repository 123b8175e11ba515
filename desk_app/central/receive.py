"""The central side of one pushed batch: one transaction, locked, gap-free, idempotent.

The centre's progress row is locked first, so two syncs of one centre cannot both count a
batch; a batch that skips numbers is refused; the rows of each table go in with one
``INSERT ... SELECT ... ON CONFLICT`` straight from the JSON the desk made (PostgreSQL reads
it, no value is converted in Python), the batch as sent is kept once, compressed, beside
them (``raw.py``), and the mark moves in the same commit. The statements are pipelined (a
reply is waited for only where it is read), and a batch the database refuses is rolled back
whole and done again the careful way, which names the rows at fault.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import cache

import orjson
import psycopg
from psycopg import sql

from desk_app.central.careful import REFUSED, upsert_carefully, without_bad_values
from desk_app.central.numbers import hold_repeated, take_repeated
from desk_app.central.raw import Packed, store_batch, store_rows
from desk_app.central.validate import kept_payload, problem_with
from desk_app.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.wire.rows import OutgoingRow

log = logging.getLogger(__name__)


class BatchRefused(DeskError):
    """The central side will not take this batch (a gap, or a push format it does not accept)."""


Good = dict[str, dict[uuid.UUID | str, OutgoingRow]]


@dataclass(frozen=True)
class Sorted:
    """A batch's rows checked for what the database cannot see: by table and key, or refused."""

    first_seq: int
    count: int
    good: Good
    bad: list[tuple[OutgoingRow, str]]


def sort_rows(rows: Sequence[OutgoingRow], centre_code: str) -> Sorted:
    """The storable rows per table and key, and the refused ones with the reason (Dutch).

    The push sorts the next batch while the central side stores the current one.
    """
    good: Good = {}
    bad: list[tuple[OutgoingRow, str]] = []
    for row in rows:
        reason = problem_with(row, centre_code)
        if reason is None:
            # A row changed twice in a batch is sent twice with the same content: once.
            good.setdefault(row.table_name, {})[row.row_id] = row
        else:
            bad.append((row, reason))
    return Sorted(rows[0].seq, len(rows), good, bad)


@dataclass(frozen=True)
class Batch:
    """Consecutive changes of one centre and epoch, in one push format."""

    centre_code: str
    epoch: uuid.UUID
    schema_version: int
    rows: Sequence[OutgoingRow]
    packed: Packed | None = None  # the rows' raw copy, made ahead (see ``raw.pack``)
    checked: Sorted | None = None  # the rows checked and sorted per table, ahead (``sort_rows``)

    @property
    def first_seq(self) -> int:
        return self.rows[0].seq

    @property
    def last_seq(self) -> int:
        return self.rows[-1].seq


@dataclass(frozen=True)
class Receipt:
    """What the central side did with a batch."""

    high_water: int
    stored: int
    rejected: int


class Receiver:
    """Applies batches on one autocommit psycopg connection, each in its own transaction."""

    def __init__(self, connection: psycopg.Connection[tuple[object, ...]]) -> None:
        connection.autocommit = True
        self.connection = connection
        self._login: tuple[bool, str | None] | None = None
        self._per_batch: bool | None = None
        self._holds_numbers: bool | None = None
        self._mapped_centres: set[str] | None = None

    def high_water(self, centre_code: str, epoch: uuid.UUID) -> int:
        """The centre's mark for an epoch: every number up to it has been received."""
        row = self.connection.execute(
            "SELECT high_water FROM sync_progress WHERE centre_code = %s AND epoch = %s",
            (centre_code, epoch),
        ).fetchone()
        return int(str(row[0])) if row else 0

    def apply(self, batch: Batch) -> Receipt:
        """Store the batch once, whatever was received before; return the new mark."""
        self._check_centre(batch)
        self._check_not_unmapped(batch)
        try:
            return self._apply(batch, careful=False)
        except REFUSED:
            # Rolled back whole; the careful way names the rows at fault and stores the rest.
            return self._apply(batch, careful=True)

    def reapply(self, batch: Batch) -> int:
        """Store rows received before once more, checked as on arrival; return those refused.

        For a row changed centrally by hand: its content as it arrived is written again. The
        progress row is locked as for a push (no sync of the centre runs meanwhile); the mark
        and the raw copy stay as they are.
        """
        self._check_centre(batch)
        try:
            return self._reapply(batch, careful=False)
        except REFUSED:
            return self._reapply(batch, careful=True)

    def _apply(self, batch: Batch, *, careful: bool) -> Receipt:
        """One attempt in one transaction, pipelined: a reply is waited for only when read.

        So a batch costs three round trips (the lock, the numbers, the rest and the commit),
        however many tables it fills.
        """
        with self._attempt(careful=careful), self.connection.transaction():
            mark = self._lock_progress(batch.centre_code, batch.epoch, batch.schema_version)
            if batch.first_seq > mark + 1:
                raise BatchRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors", "De centrale database mist nummers {first} tot {seq}."
                    ),
                    first=mark + 1,
                    seq=batch.first_seq - 1,
                )
            fresh = [row for row in batch.rows if row.seq > mark]
            if not fresh:
                return Receipt(mark, 0, 0)
            rejected = self._store(batch, fresh, careful=careful)
            self.connection.execute(
                "UPDATE sync_progress SET high_water = %s, updated_at = now() "
                "WHERE centre_code = %s AND epoch = %s",
                (batch.last_seq, batch.centre_code, batch.epoch),
            )
        return Receipt(batch.last_seq, len(fresh) - rejected, rejected)

    def _reapply(self, batch: Batch, *, careful: bool) -> int:
        with self._attempt(careful=careful), self.connection.transaction():
            self._lock_progress(batch.centre_code, batch.epoch, batch.schema_version)
            return self._store(batch, list(batch.rows), careful=careful, keep_raw=False)

    def _attempt(self, *, careful: bool) -> AbstractContextManager[object]:
        """Pipelined at first; the careful way waits for each reply, for it sets savepoints."""
        return nullcontext() if careful else self.connection.pipeline()

    def _check_centre(self, batch: Batch) -> None:
        """A centre's login sends only its own centre's batches; another claim is listed.

        The row-level security would refuse the rows anyway; this says why, to the desk and
        in the centre's own error list (the only one its login may write).
        """
        mapped, own = self._login_centre()
        if not mapped or own == batch.centre_code:
            return
        if own is not None:
            self.connection.execute(
                "INSERT INTO sync_error (centre_code, epoch, seq, table_name, row_id, reason, "
                "payload) VALUES (%s, %s, %s, %s, NULL, %s, %s) ON CONFLICT DO NOTHING",
                (
                    own,
                    batch.epoch,
                    batch.first_seq,
                    batch.rows[0].table_name,
                    f"partij nr {batch.first_seq}-{batch.last_seq} zegt van buurthuis "
                    f"{batch.centre_code} te komen; deze login hoort bij {own}",
                    orjson.dumps(
                        {"claimed_centre": batch.centre_code, "rows": len(batch.rows)}
                    ).decode(),
                ),
            )
        raise BatchRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Deze balie hoort bij buurthuis {centre}, maar de login voor de centrale "
                "database niet (die hoort bij {login}). Er is niets verzonden. Vul bij "
                "Beheer › Instellingen het adres en wachtwoord van dit buurthuis in.",
            ),
            centre=batch.centre_code,
            login=own or "het kantoor",
        )

    def _check_not_unmapped(self, batch: Batch) -> None:
        """A centre that has its own login pushes through it, never as the schema owner.

        A login of no centre (the owner, a server administrator) passes the row-level
        security, so a desk set up with it could write any centre's rows. A central
        database from before the logins, or a centre not given one yet, is still taken.
        """
        mapped, _own = self._login_centre()
        if mapped or not self._has_login(batch.centre_code):
            return
        raise BatchRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Buurthuis {centre} heeft een eigen login voor de centrale database, maar "
                "deze balie meldt zich aan als {login}. Er is niets verzonden. Vul bij "
                "Beheer › Instellingen het adres en wachtwoord van dit buurthuis in.",
            ),
            centre=batch.centre_code,
            login=self._user(),
        )

    def _has_login(self, centre_code: str) -> bool:
        """Whether the office gave ``centre_code`` a login (``central add-centre``)."""
        if self._mapped_centres is None:
            row = self.connection.execute("SELECT to_regclass('desk_login') IS NOT NULL").fetchone()
            self._mapped_centres = set()
            if row is not None and row[0]:
                found = self.connection.execute(
                    "SELECT DISTINCT centre_code FROM desk_login WHERE centre_code IS NOT NULL"
                )
                self._mapped_centres = {str(code) for (code,) in found}
        return centre_code in self._mapped_centres

    def _user(self) -> str:
        row = self.connection.execute("SELECT current_user::text").fetchone()
        return "" if row is None else str(row[0])

    def _login_centre(self) -> tuple[bool, str | None]:
        """Whether this login is a mapped one, and its centre (``None``: the office).

        The schema owner and a central database from before the logins are not mapped.
        """
        if self._login is None:
            row = self.connection.execute("SELECT to_regclass('desk_login') IS NOT NULL").fetchone()
            found = None
            if row is not None and row[0]:
                found = self.connection.execute(
                    "SELECT centre_code FROM desk_login WHERE role_name = current_user::text"
                ).fetchone()
            self._login = (found is not None, None if found is None else _text(found[0]))
            if row is not None and row[0] and found is None:
                log.warning("a batch arrives through a login of no centre (the schema owner?)")
        return self._login

    def _lock_progress(self, centre_code: str, epoch: uuid.UUID, version: int) -> int:
        """Lock the centre's progress row and return its mark; refuse a push format not taken.

        The accepted versions are read in the same statement as the lock: one round trip.
        """
        self.connection.execute(
            "INSERT INTO sync_progress (centre_code, epoch) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            (centre_code, epoch),
        )
        row = self.connection.execute(
            "SELECT high_water, ARRAY(SELECT schema_version FROM accepted_version) "
            "FROM sync_progress WHERE centre_code = %s AND epoch = %s FOR UPDATE",
            (centre_code, epoch),
        ).fetchone()
        assert row is not None
        high_water, accepted = row
        assert isinstance(accepted, list)
        _check_version(version, [int(str(v)) for v in accepted])
        return int(str(high_water))

    def _store(
        self, batch: Batch, rows: list[OutgoingRow], *, careful: bool, keep_raw: bool = True
    ) -> int:
        """Typed rows, the raw copy and rejected rows; return how many were rejected.

        ``careful`` after the database refused the batch once: the values are checked row by
        row first and every table is upserted, for a key may be there already (the log sent
        again after a restore); the rows at fault, and any the database still refuses, go to
        the error list and the rest is stored.
        """
        ahead = batch.checked
        if ahead is None or (ahead.first_seq, ahead.count) != (rows[0].seq, len(rows)):
            ahead = sort_rows(rows, batch.centre_code)
        # Copies: the numbers' check and a careful attempt take rows out.
        good = {name: dict(by_id) for name, by_id in ahead.good.items()}
        bad = list(ahead.bad)
        repeated = self._hold_repeated_numbers(batch, good)
        if careful:
            bad.extend(without_bad_values(good, rows))
            refused = upsert_carefully(
                self.connection,
                good,
                lambda table_name, part: self._upsert(table_name, batch.epoch, part),
            )
            bad.extend(
                (row, refused[(row.table_name, row.row_id)])
                for row in rows
                if (row.table_name, row.row_id) in refused
            )
        else:
            self._upsert_all(batch.epoch, good, _only_inserted(good))
        if keep_raw:  # after the numbers' look-up, whose reply need not wait for it
            self._store_raw(batch, rows)
        self._store_errors(batch, bad)
        return len(bad) + repeated

    def _hold_repeated_numbers(self, batch: Batch, good: Good) -> int:
        """Rows giving a receipt, invoice or close number again go to ``number_conflict``.

        A central schema before c008 has no such list: the rows go in as before.
        """
        if self._holds_numbers is None:
            row = self.connection.execute(
                "SELECT to_regclass('number_conflict') IS NOT NULL"
            ).fetchone()
            self._holds_numbers = bool(row is not None and row[0])
        if not self._holds_numbers:
            return 0
        repeated = take_repeated(self.connection, batch.centre_code, good)
        hold_repeated(self.connection, batch.centre_code, batch.epoch, repeated)
        if repeated:
            log.warning("%d row(s) repeat a number of centre %s", len(repeated), batch.centre_code)
        return len(repeated)

    def _upsert_all(
        self,
        epoch: uuid.UUID,
        good: Good,
        new: set[str] | None = None,
    ) -> None:
        for table_name, by_id in good.items():
            if by_id:
                fresh = new is not None and table_name in new
                self._upsert(table_name, epoch, list(by_id.values()), fresh)

    def _upsert(
        self, table_name: str, epoch: uuid.UUID, rows: list[OutgoingRow], fresh: bool = False
    ) -> None:
        """One statement for a table's rows: PostgreSQL reads them from the desk's JSON."""
        assert rows[0].values is not None, "problem_with lets no gone row through"
        payloads = f"[{','.join(row.payload for row in rows)}]"
        seqs = f"{{{','.join(str(row.seq) for row in rows)}}}"
        columns = tuple(rows[0].values)
        self.connection.execute(
            _upsert_statement(table_name, columns, self._kept_per_batch(), fresh),
            {"rows": payloads, "seqs": seqs, "epoch": epoch},
        )
        if table_name == "day_close":
            self._mark_closed(payloads)

    def _mark_closed(self, payloads: str) -> None:
        """A signed-off day becomes a closed day: rows for it arriving later are marked late."""
        self.connection.execute(
            "INSERT INTO closed_day (centre_code, local_day, closed_at) "
            "SELECT centre_code, local_day, created_at "
            "FROM json_populate_recordset(NULL::day_close, %s::json) ON CONFLICT DO NOTHING",
            (payloads,),
        )

    def _store_raw(self, batch: Batch, rows: list[OutgoingRow]) -> None:
        """The changes as they came: once per batch, or row by row in a schema before c007."""
        if self._kept_per_batch():
            store_batch(
                self.connection,
                batch.centre_code,
                batch.epoch,
                batch.schema_version,
                rows,
                packed=batch.packed,
            )
        else:
            store_rows(self.connection, batch.centre_code, batch.epoch, batch.schema_version, rows)

    def _kept_per_batch(self) -> bool:
        """Whether the central schema keeps raw batches (c007) and names each row's change.

        A desk may be updated before the office upgrades the central database: the sync
        then goes on in the older form.
        """
        if self._per_batch is None:
            row = self.connection.execute("SELECT to_regclass('raw_batch') IS NOT NULL").fetchone()
            self._per_batch = bool(row is not None and row[0])
        return self._per_batch

    def _store_errors(self, batch: Batch, bad: list[tuple[OutgoingRow, str]]) -> None:
        if not bad:
            return
        with self.connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO sync_error (centre_code, epoch, seq, table_name, row_id, reason, "
                "payload) VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                [
                    (
                        batch.centre_code,
                        batch.epoch,
                        row.seq,
                        row.table_name,
                        row.row_id,
                        reason,
                        kept_payload(row.payload),
                    )
                    for row, reason in bad
                ],
            )


def _only_inserted(good: Good) -> set[str]:
    """Tables whose rows the desk only inserted: a plain INSERT, cheaper than an upsert.

    Such rows are new centrally unless the log is sent again after a restore: then the key
    is there already, the INSERT is refused, and the batch is done again, upserted.
    """
    return {
        name
        for name, by_id in good.items()
        if all(row.operation == "insert" for row in by_id.values())
    }


def _check_version(version: int, accepted: list[int]) -> None:
    """Refuse a push format the central database does not take, saying who should update."""
    if version in accepted:
        return
    if accepted and version < min(accepted):
        raise BatchRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Deze versie van de balie-app is te oud voor de centrale database. "
                "Installeer de nieuwste versie en synchroniseer opnieuw.",
            )
        )
    raise BatchRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "De centrale database is ouder dan deze balie-app. "
            "Vraag het kantoor de centrale database bij te werken (central init).",
        )
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


@cache
def _upsert_statement(
    table_name: str, columns: tuple[str, ...], named: bool, fresh: bool
) -> sql.Composed:
    """INSERT from the batch's JSON; a row for a day already closed is kept, marked late.

    When ``named``, each row names the change that wrote it: the batch's epoch and its own
    number, taken from the array of numbers at the row's place in the JSON array. When
    ``fresh``, the rows are taken to be new: a plain INSERT, refused for a key already there.
    """
    names = sql.SQL(", ").join(map(sql.Identifier, columns))
    selected = sql.SQL(", ").join(sql.SQL("s.{}").format(sql.Identifier(name)) for name in columns)
    late: sql.Composable = sql.SQL("false")
    closed: sql.Composable = sql.SQL("")
    if "local_day" in columns:
        # A join rather than a subquery per row: the closed days of a centre are few.
        late = sql.SQL("d.local_day IS NOT NULL")
        closed = sql.SQL(
            "LEFT JOIN closed_day d ON d.centre_code = s.centre_code AND d.local_day = s.local_day"
        )
    named_as, change = sql.SQL(""), sql.SQL("")
    if named:
        named_as = sql.SQL(", sync_epoch, sync_seq")
        change = sql.SQL(", %(epoch)s, (%(seqs)s::bigint[])[s.ordinality]")
        columns = (*columns, "sync_epoch", "sync_seq")
    updates: sql.Composable = sql.SQL("ON CONFLICT (centre_code, id) DO UPDATE SET {}").format(
        sql.SQL(", ").join(
            sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(name))
            for name in columns
            if name not in {"centre_code", "id"}
        )
    )
    if fresh:
        updates = sql.SQL("")
    return sql.SQL(
        "INSERT INTO {target} ({names}, late{named_as}) "
        "SELECT {selected}, {late}{change} "
        "FROM json_populate_recordset(NULL::{target}, %(rows)s::json) WITH ORDINALITY s {closed} "
        "{updates}"
    ).format(
        target=sql.Identifier(table_name),
        names=names,
        selected=selected,
        late=late,
        named_as=named_as,
        change=change,
        closed=closed,
        updates=updates,
    )
