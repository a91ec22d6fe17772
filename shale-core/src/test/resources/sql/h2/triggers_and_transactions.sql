CREATE TRIGGER users_bi BEFORE INSERT ON users FOR EACH ROW AS $$
    org.h2.api.Trigger create() { return new com.acme.UsersTrigger(); }
$$;
CREATE TRIGGER users_bu BEFORE UPDATE ON users FOR EACH ROW CALL "com.acme.UsersTrigger";
BEGIN;
UPDATE users SET name = 'x; y' WHERE id = 1;
COMMIT;
SELECT end_date, begin_date FROM backend;
