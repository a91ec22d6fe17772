DROP PROCEDURE IF EXISTS count_users;
DELIMITER $$
CREATE PROCEDURE count_users(OUT total INT)
BEGIN
    SELECT COUNT(*) INTO total FROM users;
    IF total > 10 THEN
        SELECT 'many; users';
    END IF;
END$$
DELIMITER ;
CALL count_users(@n);
SELECT @n;
