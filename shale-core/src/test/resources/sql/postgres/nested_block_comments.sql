/* outer /* inner; */ still inside the outer comment; */
SELECT 1;
SELECT /* a /* nested */ comment; */ 2;
/*
 * a header
 */ /* and a second comment */ SELECT 3;
SELECT 4 /* ends */;
