"""Shale's bridge to Alembic: run by `shale import --from alembic`, never by hand.

Reads its inputs from SHALE_ALEMBIC_* environment variables and writes one JSON document to the file
SHALE_ALEMBIC_OUT names (stdout is left to env.py and the revisions).
Modes (first argument):
  revisions          the revisions from base to head: {"heads": [...], "merges": [...], "revisions": [...]}
  offline            for each revision, the SQL of `upgrade PREV:REV --sql` and `downgrade REV:PREV --sql`
                     (statements on Alembic's version table and BEGIN/COMMIT left out), or the error
  online STAMP REV   stamps the database at STAMP (or nothing when STAMP is "base"), then upgrades it to REV
"""
import io
import json
import os
import re
import sys
import traceback
from urllib.parse import quote, urlsplit


def sqlalchemy_url():
    """The JDBC URL Shale hands over, in SQLAlchemy's form (driver chosen from what Debian ships)."""
    jdbc = os.environ["SHALE_ALEMBIC_JDBC_URL"]
    user = os.environ.get("SHALE_ALEMBIC_USER") or ""
    password = os.environ.get("SHALE_ALEMBIC_PASSWORD") or ""
    rest = jdbc[len("jdbc:"):] if jdbc.startswith("jdbc:") else jdbc
    scheme, _, tail = rest.partition(":")
    if scheme == "sqlite":
        return "sqlite:///" + tail
    parts = urlsplit("x:" + tail)
    drivers = {"postgresql": "postgresql", "mysql": "mysql+pymysql", "mariadb": "mysql+pymysql"}
    credentials = ""
    if user:
        credentials = quote(user, safe="") + (":" + quote(password, safe="") if password else "") + "@"
    query = "&".join(p for p in (parts.query or "").split("&")
                     if p.split("=")[0] in ("charset",))
    return "%s://%s%s%s%s" % (drivers.get(scheme, scheme), credentials, parts.netloc, parts.path,
                               "?" + query if query else "")


def config():
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", os.environ["SHALE_ALEMBIC_DIR"])
    url = sqlalchemy_url()
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    # set, never defaulted: an env.py that reads these must reach the scratch database, not the one in the shell
    for name in ["DATABASE_URL", "SQLALCHEMY_DATABASE_URI"] + os.environ.get("SHALE_ALEMBIC_URL_VARIABLES", "").split():
        os.environ[name] = url
    return cfg


def revisions():
    from alembic.script import ScriptDirectory
    script = ScriptDirectory(os.environ["SHALE_ALEMBIC_DIR"])
    heads = list(script.get_heads())
    merges = []
    ordered = []
    for rev in script.walk_revisions("base", "heads"):
        downs = rev.down_revision
        downs = [] if downs is None else [downs] if isinstance(downs, str) else list(downs)
        if len(downs) > 1:
            merges.append({"revision": rev.revision, "parents": downs})
        ordered.append({"revision": rev.revision, "down": downs, "doc": rev.doc or "",
                        "path": os.path.relpath(rev.path, os.environ["SHALE_ALEMBIC_DIR"])})
    ordered.reverse()
    return {"heads": heads, "merges": merges, "revisions": ordered}


VERSION_TABLE = re.compile(r"\b%s\b" % re.escape(os.environ.get("SHALE_ALEMBIC_VERSION_TABLE", "alembic_version")),
                           re.IGNORECASE)


def capture(action):
    """Runs one offline command; returns its statements or raises what Alembic raised."""
    from alembic.ddl.impl import DefaultImpl
    statements = []
    original = DefaultImpl.static_output

    def record(self, text):
        t = text.strip()
        upper = t.upper()
        if t.startswith("--") or upper.rstrip(";") in ("BEGIN", "COMMIT", "START TRANSACTION", "BEGIN TRANSACTION"):
            return
        if VERSION_TABLE.search(t):
            return
        statements.append(t)

    DefaultImpl.static_output = record
    try:
        action()
    finally:
        DefaultImpl.static_output = original
    return statements


def offline():
    from alembic import command
    cfg = config()
    cfg.output_buffer = io.StringIO()
    out = []
    previous = None
    for rev in revisions()["revisions"]:
        name = rev["revision"]
        entry = {"revision": name}
        span = (previous + ":" + name) if previous else name
        try:
            entry["up"] = capture(lambda: command.upgrade(cfg, span, sql=True))
        except BaseException as e:  # a revision that needs a live database fails here
            entry["upError"] = error(e)
        try:
            entry["down"] = capture(lambda: command.downgrade(cfg, name + ":" + (previous or "base"), sql=True))
        except BaseException as e:
            entry["downError"] = error(e)
        out.append(entry)
        previous = name
    return {"revisions": out}


def online(stamp, target):
    from alembic import command
    cfg = config()
    if stamp != "base":
        command.stamp(cfg, stamp)
    command.upgrade(cfg, target)
    return {"ok": True}


def error(e):
    frames = traceback.extract_tb(e.__traceback__)
    where = ""
    for f in reversed(frames):
        if "/versions/" in f.filename or f.filename.endswith("env.py"):
            where = " at %s:%d" % (os.path.basename(f.filename), f.lineno)
            break
    return "%s: %s%s" % (type(e).__name__, str(e).strip().splitlines()[0] if str(e).strip() else "", where)


def main():
    mode = sys.argv[1]
    try:
        if mode == "revisions":
            result = revisions()
        elif mode == "offline":
            result = offline()
        elif mode == "online":
            result = online(sys.argv[2], sys.argv[3])
        else:
            raise SystemExit("unknown mode " + mode)
    except BaseException as e:
        if isinstance(e, SystemExit) and e.code in (0, None):
            raise
        result = {"error": error(e)}
    with open(os.environ["SHALE_ALEMBIC_OUT"], "w", encoding="ascii") as f:
        f.write(json.dumps(result, ensure_ascii=True))


if __name__ == "__main__":
    main()
