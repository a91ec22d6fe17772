CREATE TABLE `odd;name` (`a``b;c` INT, `BEGIN` INT, `END` INT);
SELECT `BEGIN`, `END` FROM `odd;name`;
CREATE TABLE `PROCEDURE` (`x` INT);
