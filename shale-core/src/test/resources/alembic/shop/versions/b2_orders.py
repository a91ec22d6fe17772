"""orders with a status enum

Revision ID: b2c0ffee0002
Revises: a1c0ffee0001
"""
from alembic import op
import sqlalchemy as sa

revision = "b2c0ffee0002"
down_revision = "a1c0ffee0001"

status = sa.Enum("new", "paid", "shipped", name="order_status")


def upgrade():
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("status", status, nullable=False, server_default="new"),
    )


def downgrade():
    op.drop_table("orders")
    status.drop(op.get_bind(), checkfirst=False)
