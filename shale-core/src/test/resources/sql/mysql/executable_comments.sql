/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/* a plain comment is still dropped */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE t (id INT) /*!50100 PARTITION BY HASH (id) PARTITIONS 2; */;
/*M!100100 SET sql_mode = 'ORACLE' */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */
