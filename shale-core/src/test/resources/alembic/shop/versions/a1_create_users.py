"""create users and countries

Revision ID: a1c0ffee0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "a1c0ffee0001"
down_revision = None


def upgrade():
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
    )
    op.create_table(
        "countries",
        sa.Column("code", sa.String(2), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
    )


def downgrade():
    op.drop_table("countries")
    op.drop_table("users")
