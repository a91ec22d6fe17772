SELECT 1;
CREATE ALIAS BROKEN AS $$ String f() { return "x;"; }
SELECT 2;
