"""data migration: country labels computed from the rows

Revision ID: f6c0ffee0006
Revises: e5c0ffee0005
"""
from alembic import op
import sqlalchemy as sa

revision = "f6c0ffee0006"
down_revision = "e5c0ffee0005"


def upgrade():
    op.create_table(
        "country_labels",
        sa.Column("code", sa.String(2), sa.ForeignKey("countries.code"), primary_key=True),
        sa.Column("label", sa.String(120), nullable=False),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT code, name FROM countries ORDER BY code")).fetchall()
    for code, name in rows:
        conn.execute(sa.text("INSERT INTO country_labels (code, label) VALUES (:code, :label)"),
                     {"code": code, "label": "%s (%s)" % (name, code)})


def downgrade():
    op.drop_table("country_labels")
