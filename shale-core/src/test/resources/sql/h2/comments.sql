-- a dash comment; dropped
// a slash comment; dropped
/* a block; comment */ SELECT 1;
SELECT 2 // a trailing slash comment; kept
;
SELECT 3 -- a trailing dash comment; kept
;
SELECT 4 / 2;
SELECT 5 /* /* comments do not nest */ ;
