"""A small Flask-SQLAlchemy application whose models Shale turns into migrations."""
import os

from flask import Flask

from bookclub.models import db


def database_url():
    """DATABASE_URL when set (Shale sets it for models.command), else the POSTGRES_* variables of .env."""
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    user = os.environ.get("POSTGRES_USER", "postgres")
    password = os.environ.get("POSTGRES_PASSWORD", "")
    host = os.environ.get("POSTGRES_HOST", "localhost")
    port = os.environ.get("POSTGRES_PORT", "5432")
    name = os.environ.get("POSTGRES_DB", "bookclub")
    login = user + (":" + password if password else "")
    return f"postgresql://{login}@{host}:{port}/{name}"


def create_app(url=None):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = url or database_url()
    db.init_app(app)
    return app
