"""add users.email

Revision ID: c3c0ffee0003
Revises: b2c0ffee0002
"""
from alembic import op
import sqlalchemy as sa

revision = "c3c0ffee0003"
down_revision = "b2c0ffee0002"


def upgrade():
    op.add_column("users", sa.Column("email", sa.String(200), nullable=True))


def downgrade():
    op.drop_column("users", "email")
