CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
SELECT 3;
CREATE OR REPLACE PROCEDURE insert_pair(a int, b int)
LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO pairs VALUES (a);
    INSERT INTO pairs VALUES (b);
END;
CREATE FUNCTION spaced() RETURNS int LANGUAGE sql
begin -- a comment between the words
    /* and another */ atomic
    select 42;
end;
CALL insert_pair(1, 2);
