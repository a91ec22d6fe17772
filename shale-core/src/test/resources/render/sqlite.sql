-- case: create_table_with_everything_inline
CREATE TABLE teams (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL COLLATE NOCASE,
    created TEXT DEFAULT CURRENT_TIMESTAMP,
    code TEXT DEFAULT (lower(hex(randomblob(4)))),
    parent_id INTEGER,
    CONSTRAINT teams_name UNIQUE (name),
    CONSTRAINT teams_name_check CHECK (length(name) > 0),
    FOREIGN KEY (parent_id) REFERENCES teams (id) ON DELETE CASCADE
);
CREATE INDEX teams_created ON teams (created);

-- case: create_table_composite_key_and_quoted_names
CREATE TABLE "order" (
    "group" TEXT NOT NULL,
    "Line" INTEGER NOT NULL,
    total REAL GENERATED ALWAYS AS (Line * 2) STORED,
    CONSTRAINT order_pk PRIMARY KEY ("group", "Line")
);

-- case: drop_and_rename_tables
DROP TABLE old;
ALTER TABLE users RENAME TO accounts;

-- case: add_column_in_place
ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1;

-- case: add_column_with_a_time_default_rebuilds
-- SQLite cannot make this change to users in place: the table is rebuilt.
-- Run it with PRAGMA foreign_keys=OFF (a no-op inside a transaction, so set it before the migration): with foreign keys on, DROP TABLE deletes or rejects the rows that reference it.
CREATE TABLE users__shale_new (
    id INTEGER,
    email TEXT,
    team_id INTEGER,
    created TEXT DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id)
);
INSERT INTO users__shale_new (id, email, team_id)
SELECT id, email, team_id FROM users;
DROP TABLE users;
PRAGMA legacy_alter_table=ON;
ALTER TABLE users__shale_new RENAME TO users;
PRAGMA legacy_alter_table=OFF;

-- case: drop_and_rename_columns_in_place
ALTER TABLE users DROP COLUMN team_id;
ALTER TABLE users RENAME COLUMN email TO email_address;

-- case: drop_indexed_column_rebuilds
-- SQLite cannot make this change to users in place: the table is rebuilt.
-- Run it with PRAGMA foreign_keys=OFF (a no-op inside a transaction, so set it before the migration): with foreign keys on, DROP TABLE deletes or rejects the rows that reference it.
CREATE TABLE users__shale_new (
    id INTEGER,
    team_id INTEGER,
    PRIMARY KEY (id)
);
INSERT INTO users__shale_new (id, team_id)
SELECT id, team_id FROM users;
DROP TABLE users;
PRAGMA legacy_alter_table=ON;
ALTER TABLE users__shale_new RENAME TO users;
PRAGMA legacy_alter_table=OFF;

-- case: alter_column_rebuilds_with_indexes_and_triggers
-- SQLite cannot make this change to users in place: the table is rebuilt.
-- Run it with PRAGMA foreign_keys=OFF (a no-op inside a transaction, so set it before the migration): with foreign keys on, DROP TABLE deletes or rejects the rows that reference it.
CREATE TABLE users__shale_new (
    id INTEGER,
    email TEXT NOT NULL,
    team_id BIGINT,
    PRIMARY KEY (id)
);
INSERT INTO users__shale_new (id, email, team_id)
SELECT id, email, team_id FROM users;
DROP TABLE users;
PRAGMA legacy_alter_table=ON;
ALTER TABLE users__shale_new RENAME TO users;
PRAGMA legacy_alter_table=OFF;
CREATE INDEX users_email ON users (email);
CREATE TRIGGER users_lower AFTER INSERT ON users BEGIN UPDATE users SET email = lower(email) WHERE id = NEW.id; END;

-- case: add_foreign_key_rebuilds
-- SQLite cannot make this change to users in place: the table is rebuilt.
-- Run it with PRAGMA foreign_keys=OFF (a no-op inside a transaction, so set it before the migration): with foreign keys on, DROP TABLE deletes or rejects the rows that reference it.
CREATE TABLE users__shale_new (
    id INTEGER,
    email TEXT,
    team_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL
);
INSERT INTO users__shale_new (id, email, team_id)
SELECT id, email, team_id FROM users;
DROP TABLE users;
PRAGMA legacy_alter_table=ON;
ALTER TABLE users__shale_new RENAME TO users;
PRAGMA legacy_alter_table=OFF;

-- case: drop_foreign_key_rebuilds
-- SQLite cannot make this change to users in place: the table is rebuilt.
-- Run it with PRAGMA foreign_keys=OFF (a no-op inside a transaction, so set it before the migration): with foreign keys on, DROP TABLE deletes or rejects the rows that reference it.
CREATE TABLE users__shale_new (
    id INTEGER,
    email TEXT,
    team_id INTEGER,
    PRIMARY KEY (id)
);
INSERT INTO users__shale_new (id, email, team_id)
SELECT id, email, team_id FROM users;
DROP TABLE users;
PRAGMA legacy_alter_table=ON;
ALTER TABLE users__shale_new RENAME TO users;
PRAGMA legacy_alter_table=OFF;

-- case: add_check_rebuilds
-- SQLite cannot make this change to users in place: the table is rebuilt.
-- Run it with PRAGMA foreign_keys=OFF (a no-op inside a transaction, so set it before the migration): with foreign keys on, DROP TABLE deletes or rejects the rows that reference it.
CREATE TABLE users__shale_new (
    id INTEGER,
    email TEXT,
    team_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT users_email_check CHECK (email LIKE '%@%')
);
INSERT INTO users__shale_new (id, email, team_id)
SELECT id, email, team_id FROM users;
DROP TABLE users;
PRAGMA legacy_alter_table=ON;
ALTER TABLE users__shale_new RENAME TO users;
PRAGMA legacy_alter_table=OFF;

-- case: rebuild_keeps_views_on_the_table_working
-- SQLite cannot make this change to users in place: the table is rebuilt.
-- Run it with PRAGMA foreign_keys=OFF (a no-op inside a transaction, so set it before the migration): with foreign keys on, DROP TABLE deletes or rejects the rows that reference it.
CREATE TABLE users__shale_new (
    id INTEGER,
    email TEXT,
    team_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT users_email_check CHECK (email LIKE '%@%')
);
INSERT INTO users__shale_new (id, email, team_id)
SELECT id, email, team_id FROM users;
DROP TABLE users;
PRAGMA legacy_alter_table=ON;
ALTER TABLE users__shale_new RENAME TO users;
PRAGMA legacy_alter_table=OFF;

-- case: several_changes_on_one_table_rebuild_it_once
-- SQLite cannot make this change to users in place: the table is rebuilt.
-- Run it with PRAGMA foreign_keys=OFF (a no-op inside a transaction, so set it before the migration): with foreign keys on, DROP TABLE deletes or rejects the rows that reference it.
CREATE TABLE users__shale_new (
    id INTEGER,
    email_address TEXT NOT NULL,
    team_id INTEGER,
    score INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT users_score CHECK (score >= 0)
);
INSERT INTO users__shale_new (id, email_address, team_id)
SELECT id, email, team_id FROM users;
DROP TABLE users;
PRAGMA legacy_alter_table=ON;
ALTER TABLE users__shale_new RENAME TO users;
PRAGMA legacy_alter_table=OFF;

-- case: renamed_table_that_needs_a_rebuild_is_rebuilt_from_its_old_name
-- SQLite cannot make this change to members in place: the table is rebuilt.
-- Run it with PRAGMA foreign_keys=OFF (a no-op inside a transaction, so set it before the migration): with foreign keys on, DROP TABLE deletes or rejects the rows that reference it.
CREATE TABLE members__shale_new (
    id INTEGER,
    email TEXT,
    team_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL
);
INSERT INTO members__shale_new (id, email, team_id)
SELECT id, email, team_id FROM users;
DROP TABLE users;
PRAGMA legacy_alter_table=ON;
ALTER TABLE members__shale_new RENAME TO members;
PRAGMA legacy_alter_table=OFF;

-- case: foreign_key_of_a_new_table_is_inline
CREATE TABLE users (
    id INTEGER,
    email TEXT,
    team_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL
);
DROP TABLE gone;

-- case: primary_key_change_rebuilds
-- SQLite cannot make this change to users in place: the table is rebuilt.
-- Run it with PRAGMA foreign_keys=OFF (a no-op inside a transaction, so set it before the migration): with foreign keys on, DROP TABLE deletes or rejects the rows that reference it.
CREATE TABLE users__shale_new (
    id INTEGER,
    email TEXT,
    team_id INTEGER,
    PRIMARY KEY (id, team_id)
);
INSERT INTO users__shale_new (id, email, team_id)
SELECT id, email, team_id FROM users;
DROP TABLE users;
PRAGMA legacy_alter_table=ON;
ALTER TABLE users__shale_new RENAME TO users;
PRAGMA legacy_alter_table=OFF;

-- case: create_and_drop_index_view_and_trigger
DROP INDEX users_old;
CREATE UNIQUE INDEX users_team ON users (team_id);
DROP VIEW old_view;
CREATE VIEW team_users AS
SELECT id, email FROM users WHERE team_id IS NOT NULL;
DROP TRIGGER users_old_trigger;
CREATE TRIGGER users_lower AFTER INSERT ON users BEGIN UPDATE users SET email = lower(email) WHERE id = NEW.id; END;

