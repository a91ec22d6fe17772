CREATE TRIGGER grade_bi BEFORE INSERT ON scores
WHEN CASE WHEN NEW.value < 0 THEN 1 ELSE 0 END = 1
BEGIN
    SELECT RAISE(ABORT, 'negative; score');
    INSERT INTO grades VALUES (NEW.id, CASE WHEN NEW.value >= 90 THEN 'A'
                                            ELSE CASE WHEN NEW.value >= 50 THEN 'B' ELSE 'C' END END);
    UPDATE stats SET last_end = NEW.end_time;
END;
INSERT INTO scores VALUES (1, 95);
