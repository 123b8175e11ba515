"""a bar product may carry 0 % VAT: an activity fee or a donation sold at the till

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-30 16:10:00

SQLite cannot change a CHECK constraint in place, so the product table is rebuilt (batch
mode); the rebuild drops its change-log triggers, which are made again.
"""

from collections.abc import Sequence

from alembic import op

from desk_app.db.triggers import change_log_triggers, drop_change_log_triggers

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _vat_rates(rates: str) -> None:
    for statement in drop_change_log_triggers("product"):
        op.execute(statement)
    with op.batch_alter_table("product", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_product_vat_rate_known"), type_="check")
        batch_op.create_check_constraint("vat_rate_known", f"vat_rate IN ({rates})")
    for statement in change_log_triggers("product"):
        op.execute(statement)


def upgrade() -> None:
    _vat_rates("0, 9, 21")


def downgrade() -> None:
    # Refused by SQLite while a product at 0 % exists, rather than losing it.
    _vat_rates("9, 21")
