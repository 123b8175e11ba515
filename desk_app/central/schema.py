"""The central schema: a typed mirror of each synced table plus the sync's own bookkeeping.

Every table is keyed by centre first, so it can later be distributed per centre (Citus)
without a change of key. The mirrors are derived from the sync registry.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    Uuid,
    false,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeEngine

from desk_app.models.base import NAMING_CONVENTION
from desk_app.models.types import UTCDateTime
from desk_app.wire.registry import SYNCED_TABLES, SyncedTable

central_metadata = MetaData(naming_convention=NAMING_CONVENTION)
# The numbered series and the column holding their numbers, per mirror: a centre gives each
# number once (the receiver refuses a second row with it into ``number_conflict``).
NUMBERED = {"sale": "receipt_number", "invoice": "number", "day_close": "number"}
VERSION_TABLE = "central_alembic_version"


def _central_type(column_type: TypeEngine[Any]) -> TypeEngine[Any]:
    """Enums become plain strings centrally, so an older or newer app's values still fit."""
    if isinstance(column_type, Enum):
        return String(column_type.length or 24)
    return column_type


# The facts report finds a visit's reversal and a shift's sign-out within one centre (c010).
FACT_INDEXES: dict[str, tuple[Index, ...]] = {
    "visit": (
        Index(
            "ix_visit_centre_reverses",
            "centre_code",
            "reverses_id",
            postgresql_where=text("reverses_id IS NOT NULL"),
        ),
    ),
    "sign_out": (Index("ix_sign_out_centre_sign_in", "centre_code", "sign_in_id"),),
}


def _mirror(entry: SyncedTable) -> Table:
    columns: list[Column[object] | Index] = [
        Column(
            column.name,
            _central_type(column.type),
            nullable=bool(column.nullable),
        )
        for column in entry.local.columns
        if column.name not in entry.omit
    ]
    if "local_day" in entry.columns:  # the facts report reads per centre and day
        columns.append(Index(f"ix_{entry.name}_centre_day", "centre_code", "local_day"))
    if entry.name in NUMBERED:  # the receiver looks a batch's numbers up (c008)
        columns.append(Index(f"ix_{entry.name}_centre_number", "centre_code", NUMBERED[entry.name]))
    columns.extend(FACT_INDEXES.get(entry.name, ()))
    return Table(
        entry.name,
        central_metadata,
        *columns,
        Column("late", Boolean, nullable=False, server_default=false()),
        Column("received_at", UTCDateTime(), nullable=False, server_default=func.now()),
        # The change that last wrote the row (its raw copy is in ``raw_batch``); empty for a
        # row stored before the raw copies were kept per batch (c007).
        Column("sync_epoch", Uuid, nullable=True),
        Column("sync_seq", BigInteger, nullable=True),
        PrimaryKeyConstraint("centre_code", "id"),
    )


MIRRORS: dict[str, Table] = {entry.name: _mirror(entry) for entry in SYNCED_TABLES}

sync_progress = Table(
    "sync_progress",
    central_metadata,
    Column("centre_code", String(16), nullable=False),
    Column("epoch", Uuid, nullable=False),
    Column("high_water", BigInteger, nullable=False, server_default="0"),
    Column("updated_at", UTCDateTime(), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("centre_code", "epoch"),
)

# Each row's payload as JSONB, up to c007; kept for what is stored there, no longer written.
raw_payload = Table(
    "raw_payload",
    central_metadata,
    Column("centre_code", String(16), nullable=False),
    Column("epoch", Uuid, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("operation", String(8), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("payload", JSONB, nullable=False),
    Column("received_at", UTCDateTime(), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("centre_code", "epoch", "seq"),
)

# Each batch as it arrived, compressed: the forensic copy of every change (since c007).
raw_batch = Table(
    "raw_batch",
    central_metadata,
    Column("centre_code", String(16), nullable=False),
    Column("epoch", Uuid, nullable=False),
    Column("first_seq", BigInteger, nullable=False),
    Column("last_seq", BigInteger, nullable=False),
    Column("row_count", Integer, nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("sha256", LargeBinary, nullable=False),
    Column("body", LargeBinary, nullable=False),
    Column("received_at", UTCDateTime(), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("centre_code", "epoch", "first_seq"),
)

sync_error = Table(
    "sync_error",
    central_metadata,
    Column("centre_code", String(16), nullable=False),
    Column("epoch", Uuid, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", Uuid, nullable=True),
    Column("reason", Text, nullable=False),
    Column("payload", JSONB, nullable=False),
    Column("resolved", Boolean, nullable=False, server_default=false()),
    Column("received_at", UTCDateTime(), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("centre_code", "epoch", "seq"),
)

# A row whose receipt, invoice or day-close number the centre already gave another row: held
# here, not stored in its mirror, until a person resolves it (``central conflicts``).
number_conflict = Table(
    "number_conflict",
    central_metadata,
    Column("centre_code", String(16), nullable=False),
    Column("epoch", Uuid, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("number", Integer, nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("existing_id", Uuid, nullable=False),
    Column("payload", JSONB, nullable=False),
    Column("resolved", Boolean, nullable=False, server_default=false()),
    Column("received_at", UTCDateTime(), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("centre_code", "epoch", "seq"),
)

closed_day = Table(
    "closed_day",
    central_metadata,
    Column("centre_code", String(16), nullable=False),
    Column("local_day", Date, nullable=False),
    Column("closed_at", UTCDateTime(), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("centre_code", "local_day"),
)

accepted_version = Table(
    "accepted_version",
    central_metadata,
    Column("schema_version", Integer, nullable=False),
    PrimaryKeyConstraint("schema_version"),
)

master_release = Table(
    "master_release",
    central_metadata,
    Column("number", Integer, nullable=False),
    Column("centre_code", String(16), nullable=True),
    Column("note", Text, nullable=False, server_default=""),
    Column("published_at", UTCDateTime(), nullable=False, server_default=func.now()),
    # The day the release's prices start (shown to the office; each row carries its own).
    Column("takes_effect", Date, nullable=True),
    PrimaryKeyConstraint("number"),
)

# Which releases a centre has taken in: its desk writes the number after each pull.
release_taken = Table(
    "release_taken",
    central_metadata,
    Column("centre_code", String(16), nullable=False),
    Column("release_number", Integer, nullable=False),
    Column("taken_at", UTCDateTime(), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("centre_code", "release_number"),
)

master_item = Table(
    "master_item",
    central_metadata,
    Column("release_number", Integer, nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("payload", JSONB, nullable=False),
    PrimaryKeyConstraint("release_number", "table_name", "row_id"),
)

# The centres the organisation has registered (``central add-centre``), and which database
# login acts for which centre (NULL for the office): the mapping the row-level security reads.
centre_registry = Table(
    "centre_registry",
    central_metadata,
    Column("code", String(16), nullable=False),
    Column("name", String(120), nullable=False),
    Column("registered_at", UTCDateTime(), nullable=False, server_default=func.now()),
    # The municipality the centre reports to (``central add-centre --municipality``, c020).
    Column("municipality", String(120), nullable=False, server_default=""),
    PrimaryKeyConstraint("code"),
)

desk_login = Table(
    "desk_login",
    central_metadata,
    Column("role_name", String(63), nullable=False),
    Column("centre_code", String(16), ForeignKey("centre_registry.code"), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("role_name"),
)

# Each centre's last sync contact, written by its desk at the end of every sync (also one that
# sent nothing, also one that failed), in the server's time: the office sees a desk that synced
# with nothing new as fresh, and a failing desk's own words (c021).
sync_contact = Table(
    "sync_contact",
    central_metadata,
    Column("centre_code", String(16), nullable=False),
    Column("contacted_at", UTCDateTime(), nullable=False, server_default=func.now()),
    Column("ok", Boolean, nullable=False),
    # The desk's last sync message as a marked text (``wire.texts``), so each reader translates.
    Column("message", Text, nullable=False, server_default=""),
    Column("last_ok_at", UTCDateTime(), nullable=True),
    PrimaryKeyConstraint("centre_code"),
)
