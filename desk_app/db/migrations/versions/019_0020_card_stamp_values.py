"""a stamp carries the turnover it recognises and its VAT rate; a stamp can be undone

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-30 15:45:00

Stamps made before this revision keep a value of 0: the strippenkaart had only just come.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("value_cents", "vat_rate", "reverses_id", "reason")


def upgrade() -> None:
    # Added in place (SQLite's ADD COLUMN keeps the table's append-only and change-log
    # triggers); SQLite adds a foreign key with the column, a unique index beside it.
    op.add_column(
        "card_stamp", sa.Column("value_cents", sa.BigInteger(), server_default="0", nullable=False)
    )
    op.add_column(
        "card_stamp", sa.Column("vat_rate", sa.Integer(), server_default="21", nullable=False)
    )
    op.execute(
        "ALTER TABLE card_stamp ADD COLUMN reverses_id CHAR(32) "
        "CONSTRAINT fk_card_stamp_reverses_id_card_stamp REFERENCES card_stamp (id)"
    )
    op.add_column(
        "card_stamp", sa.Column("reason", sa.String(length=200), server_default="", nullable=False)
    )
    op.create_index(
        "uq_card_stamp_reverses_id", "card_stamp", ["reverses_id", "centre_code"], unique=True
    )


def downgrade() -> None:
    op.drop_index("uq_card_stamp_reverses_id", table_name="card_stamp")
    for column in reversed(COLUMNS):
        op.execute(f"ALTER TABLE card_stamp DROP COLUMN {column}")
