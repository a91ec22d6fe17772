"""raw SQL: an index and a fix-up

Revision ID: e5c0ffee0005
Revises: d4c0ffee0004
"""
from alembic import op

revision = "e5c0ffee0005"
down_revision = "d4c0ffee0004"


def upgrade():
    op.execute("CREATE INDEX ix_orders_status ON orders (status)")
    op.execute("UPDATE countries SET name = 'The Netherlands' WHERE code = 'NL'")


def downgrade():
    op.execute("UPDATE countries SET name = 'Netherlands' WHERE code = 'NL'")
    op.execute("DROP INDEX ix_orders_status" + ("" if op.get_context().dialect.name == "postgresql" else " ON orders"))
