CREATE FUNCTION grade(score int) RETURNS text LANGUAGE sql
BEGIN ATOMIC
    SELECT CASE WHEN score >= 90 THEN 'A'
                WHEN score >= 80 THEN CASE WHEN score >= 85 THEN 'B+' ELSE 'B' END
                ELSE 'C' END;
END;
SELECT grade(95);
CREATE FUNCTION tricky() RETURNS text LANGUAGE sql
BEGIN ATOMIC
    SELECT 'END; not yet' AS "END", end_date FROM backend_jobs;
    SELECT t.x FROM t;
END;
SELECT 1;
