"""bar sales on a hirer's account reach the hirer's invoice

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 07:20:00

The columns are added in place (SQLite's ADD COLUMN, which keeps the tables' append-only and
change-log triggers), not by rebuilding the tables.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_COLUMNS = (
    ("payment", "hirer_id", "hirer"),
    ("invoice_line", "payment_id", "payment"),
)


def upgrade() -> None:
    for table, column, target in NEW_COLUMNS:
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} CHAR(32) "
            f"CONSTRAINT fk_{table}_{column}_{target} REFERENCES {target} (id)"
        )
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False)


def downgrade() -> None:
    for table, column, _target in reversed(NEW_COLUMNS):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
