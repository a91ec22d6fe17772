CREATE TABLE backend (end_date date, begin_date date, atomic_flag boolean, legend text);
SELECT 'BEGIN ATOMIC' AS label, "BEGIN" FROM backend;
SELECT begin_date, end_date FROM backend WHERE legend = 'END;';
SELECT $$ BEGIN ATOMIC $$;
SELECT 1 /* BEGIN ATOMIC */;
SELECT 2 -- BEGIN ATOMIC
;
SELECT 3;
