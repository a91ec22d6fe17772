PREPARE find_user(int, text) AS SELECT * FROM users WHERE id = $1 AND name = $2;
EXECUTE find_user(1, 'a');
SELECT $1$2;
CREATE TABLE price$history (amount$usd numeric);
SELECT amount$usd FROM price$history WHERE amount$usd > $1;
