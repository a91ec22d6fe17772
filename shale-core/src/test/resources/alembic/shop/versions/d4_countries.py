"""reference rows for countries

Revision ID: d4c0ffee0004
Revises: c3c0ffee0003
"""
from alembic import op
import sqlalchemy as sa

revision = "d4c0ffee0004"
down_revision = "c3c0ffee0003"

countries = sa.table("countries", sa.column("code", sa.String), sa.column("name", sa.String))


def upgrade():
    op.bulk_insert(countries, [
        {"code": "DE", "name": "Germany"},
        {"code": "FR", "name": "France"},
        {"code": "NL", "name": "Netherlands"},
    ])


def downgrade():
    op.execute("DELETE FROM countries WHERE code IN ('DE', 'FR', 'NL')")
