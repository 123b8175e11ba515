"""a desk's tables lose their index on the centre code: every row of a desk has the same one

Revision ID: 0023
Revises: 0022
Create Date: 2026-11-30 19:20:00

An index on a column that holds one value finds nothing faster, yet every insert writes it:
for a paid sale three index pages more in the log, each committed to disk. The central
database keeps its own keys and indexes per centre; the desk's unique pairs with the centre
code (receipt numbers, badge codes) stay as they are.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table that had the index at 0022, written out: a migration does not follow the models.
TABLES = (
    "activity",
    "activity_session",
    "activity_signup",
    "allowance_payment",
    "attendance",
    "audit_entry",
    "booking",
    "booking_extra",
    "card_stamp",
    "centre",
    "certificate",
    "checkout",
    "coffee_card",
    "coffee_card_movement",
    "day_close",
    "day_part",
    "hirer",
    "invoice",
    "invoice_collection",
    "invoice_line",
    "invoice_payment",
    "invoice_reminder",
    "ledger_account",
    "multi_visit_card",
    "opening_hours",
    "own_target_group",
    "paid_out",
    "payment",
    "person",
    "product",
    "removed_line",
    "room",
    "room_rate",
    "roster_holiday",
    "sale",
    "sale_line",
    "satisfaction_vote",
    "shift",
    "shift_pattern",
    "sign_in",
    "sign_out",
    "tab",
    "tab_entry",
    "visit",
    "visitor_pass",
    "volunteer_availability",
)


def upgrade() -> None:
    for table in TABLES:
        # IF EXISTS: a database made from the models (a new desk) never had them.
        op.drop_index(f"ix_{table}_centre_code", table_name=table, if_exists=True)


def downgrade() -> None:
    for table in TABLES:
        op.create_index(
            f"ix_{table}_centre_code", table, ["centre_code"], unique=False, if_not_exists=True
        )
