SELECT 1;
SELECT 'this string never closes;
SELECT 2;
