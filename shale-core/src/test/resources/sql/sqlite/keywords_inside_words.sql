CREATE TABLE backend (end_date TEXT, begin_date TEXT, "trigger" TEXT);
CREATE VIEW triggered AS SELECT CASE WHEN end_date IS NULL THEN 'open' ELSE 'closed' END AS state FROM backend;
SELECT "trigger", begin_date FROM backend WHERE end_date > 'BEGIN;';
CREATE TABLE trigger_log (begin INTEGER);
INSERT INTO trigger_log VALUES (1);
