CREATE FUNCTION label_for(score INT) RETURNS VARCHAR(20) DETERMINISTIC
BEGIN
    DECLARE result VARCHAR(20);
    CASE
        WHEN score >= 90 THEN SET result = 'top';
        WHEN score >= 50 THEN SET result = CASE WHEN score > 75 THEN 'good' ELSE 'fair' END;
        ELSE SET result = IF(score > 10, REPEAT('x', 3), 'low');
    END CASE;
    IF (score > 100) THEN
        SET result = CONCAT(result, '!');
    END IF;
    RETURN result;
END;
CREATE FUNCTION sign_of(x INT) RETURNS INT DETERMINISTIC
RETURN CASE WHEN x > 0 THEN 1 WHEN x < 0 THEN -1 ELSE 0 END;
SELECT label_for(95), sign_of(-3);
