delimiter //
CREATE TRIGGER users_bi BEFORE INSERT ON users
FOR EACH ROW
BEGIN
    SET NEW.name = TRIM(NEW.name);
    SET NEW.created_at = NOW();
END //
SELECT 1 //
SELECT 2; SELECT 3 //

DeLiMiTeR ;;
SELECT 4;;
DELIMITER ;
SELECT 5;
