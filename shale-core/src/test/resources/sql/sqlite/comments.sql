-- leading comment; dropped
/* block; comment */ SELECT 1;
SELECT 2 /* /* comments do not nest */ ;
SELECT 3 -- trailing comment; kept
;
/* only a comment */;
SELECT 4 /* never closed; so the rest is comment
SELECT 5;
