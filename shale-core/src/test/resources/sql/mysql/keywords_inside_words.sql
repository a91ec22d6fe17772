CREATE TABLE backend (end_date DATE, begin_date DATE, `begin` INT, legend TEXT);
SELECT 'BEGIN', "END", `BEGIN` FROM backend WHERE legend = 'END;';
SELECT begin_date, end_date FROM backend /* BEGIN */ ;
CREATE VIEW v AS SELECT CASE WHEN end_date IS NULL THEN 'open' ELSE 'closed' END AS state FROM backend;
CREATE PROCEDURE uses_columns()
BEGIN
    SELECT b.begin, b.end, @end FROM backend b;
    SELECT IF(end_date > NOW(), 'future', 'past') FROM backend;
    DROP TABLE IF EXISTS scratch;
END;
SELECT 3;
