"""Creates every table of the models in the database DATABASE_URL names.

This is the models.command of shale.yaml: Shale runs it against an empty scratch database and reads
back what it built. It never touches your own database (Shale sets DATABASE_URL for it).
"""
import os
import sys

from bookclub import create_app
from bookclub.models import db


def main():
    url = os.environ.get("SHALE_SCRATCH_URL") or os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("DATABASE_URL is not set: run this through `shale diff` or `shale generate`")
    app = create_app(url)
    with app.app_context():
        db.create_all()


if __name__ == "__main__":
    main()
