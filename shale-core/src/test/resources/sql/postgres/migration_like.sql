-- migrate-style file taken from everyday use: DO blocks, indexes, enum changes
CREATE TYPE status AS ENUM ('active', 'disabled');

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
        CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
    END IF;
END
$$;

CREATE INDEX CONCURRENTLY IF NOT EXISTS users_name_idx ON users (lower(name));
ALTER TABLE users
    ADD COLUMN status status NOT NULL DEFAULT 'active',
    ADD CONSTRAINT name_not_blank CHECK (name <> '');

CREATE TRIGGER set_updated BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
