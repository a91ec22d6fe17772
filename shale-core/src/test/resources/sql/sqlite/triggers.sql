CREATE TRIGGER users_au AFTER UPDATE ON users
BEGIN
    INSERT INTO audit (user_id, note) VALUES (NEW.id, 'updated; once');
    UPDATE counters SET n = n + 1 WHERE name = 'updates';
END;
CREATE TEMP TRIGGER IF NOT EXISTS users_ad AFTER DELETE ON users
FOR EACH ROW WHEN OLD.id > 0
BEGIN
    DELETE FROM sessions WHERE user_id = OLD.id;
END;
create temporary trigger lower_case after insert on users begin select 1; end;
SELECT 1;
