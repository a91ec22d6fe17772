CREATE DEFINER=`root`@`localhost` TRIGGER orders_au AFTER UPDATE ON orders
FOR EACH ROW
BEGIN
    IF NEW.total <> OLD.total THEN
        INSERT INTO audit VALUES (NEW.id, 'total; changed');
    END IF;
END;
CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW SET NEW.total = IFNULL(NEW.total, 0);
CREATE TRIGGER orders_bu BEFORE UPDATE ON orders FOR EACH ROW
IF NEW.total < 0 THEN
    SET NEW.total = 0;
END IF;
CREATE OR REPLACE DEFINER = admin@'%' EVENT purge_old
ON SCHEDULE EVERY 1 DAY
DO BEGIN
    DELETE FROM sessions WHERE expires_at < NOW();
    DELETE FROM tokens WHERE expires_at < NOW();
END;
CREATE EVENT ping ON SCHEDULE EVERY 1 HOUR DO UPDATE stats SET pings = pings + 1;
SELECT 1;
