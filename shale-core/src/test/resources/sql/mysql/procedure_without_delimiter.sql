CREATE PROCEDURE fill(IN n INT)
BEGIN
    DECLARE i INT DEFAULT 0;
    DECLARE done INT DEFAULT 0;
    outer_loop: LOOP
        SET i = i + 1;
        IF i > n THEN
            LEAVE outer_loop;
        ELSEIF i = 5 THEN
            ITERATE outer_loop;
        ELSE
            INSERT INTO numbers VALUES (i);
        END IF;
    END LOOP outer_loop;
    WHILE i > 0 DO
        SET i = i - 1;
    END WHILE;
    REPEAT
        SET i = i + 1;
    UNTIL i >= n END REPEAT;
    inner_block: BEGIN
        SELECT i;
    END inner_block;
END;
CALL fill(10);
