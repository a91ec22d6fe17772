# a hash comment; with a delimiter
-- a dash comment; with a delimiter
SELECT 1; # trailing hash comment
SELECT 2--1;
SELECT 3 -- 1;
;
SELECT 4 /* a /* comments do not nest */ , 5;
SELECT 6 #comment without space; still a comment
;
--	tab after the dashes makes a comment too;
SELECT 7;
