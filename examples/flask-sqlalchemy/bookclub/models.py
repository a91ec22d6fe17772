"""The models: the schema the application wants. Shale compares them with what the migrations build."""
import enum
import uuid

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

db = SQLAlchemy()


class Role(enum.Enum):
    member = "member"
    organiser = "organiser"


# The many-to-many between members and the books on their shelves.
shelf = db.Table(
    "shelf",
    db.Column("member_id", UUID(as_uuid=True), db.ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    db.Column("book_id", UUID(as_uuid=True), db.ForeignKey("book.id", ondelete="CASCADE"), primary_key=True),
)


class Member(db.Model):
    id = db.Column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    email = db.Column(db.String(255), nullable=False, unique=True)
    role = db.Column(db.Enum(Role, name="member_role"), nullable=False, default=Role.member)
    books = db.relationship("Book", secondary=shelf, back_populates="readers")


class Book(db.Model):
    id = db.Column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    title = db.Column(db.Text, nullable=False)
    tags = db.Column(ARRAY(db.Text), nullable=False, server_default="{}")
    details = db.Column(JSONB, nullable=True)
    readers = db.relationship("Member", secondary=shelf, back_populates="books")

    __table_args__ = (db.Index("ix_book_title", "title"),)
