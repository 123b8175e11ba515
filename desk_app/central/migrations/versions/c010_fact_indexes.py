"""the facts report finds a visit's reversal and a shift's sign-out within one centre

Revision ID: c010
Revises: c009
Create Date: 2026-11-30 12:00:00

A centre's unique visitors and volunteer hours joined on the row id alone, so one centre's
report read every centre's visits and sign-outs and grew with the number of centres. The
queries now join on the centre and the id; these indexes serve that join.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c010"
down_revision: str | None = "c009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_visit_centre_reverses",
        "visit",
        ["centre_code", "reverses_id"],
        postgresql_where=sa.text("reverses_id IS NOT NULL"),
    )
    op.create_index("ix_sign_out_centre_sign_in", "sign_out", ["centre_code", "sign_in_id"])


def downgrade() -> None:
    op.drop_index("ix_sign_out_centre_sign_in", table_name="sign_out")
    op.drop_index("ix_visit_centre_reverses", table_name="visit")
