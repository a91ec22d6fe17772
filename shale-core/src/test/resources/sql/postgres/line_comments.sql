-- only a comment; with a delimiter inside
SELECT 1; -- a trailing comment; belongs to no statement
SELECT 2 -- this comment ends the statement's text; still a comment
;
-- a segment that holds only comments yields nothing
;
SELECT 3 --no space needed in PostgreSQL
, 4;
SELECT 5--6
;
