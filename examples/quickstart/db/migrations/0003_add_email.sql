-- migrate:up
ALTER TABLE users ADD COLUMN email text;

-- A function body with semicolons inside dollar quotes: the splitter keeps it whole.
CREATE FUNCTION normalize_email() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.email := lower(NEW.email);
    RETURN NEW;
END;
$$;
CREATE TRIGGER users_normalize_email BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION normalize_email();

-- migrate:down
DROP TRIGGER users_normalize_email ON users;
DROP FUNCTION normalize_email();
ALTER TABLE users DROP COLUMN email;
