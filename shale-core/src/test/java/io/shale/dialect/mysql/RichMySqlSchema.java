package io.shale.dialect.mysql;

import io.shale.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/** A MariaDB schema with at least one of every object kind the MySQL inspector models or reports as unsupported. */
final class RichMySqlSchema {

    private RichMySqlSchema() {
    }

    static void build(TestDatabase db) {
        List<String> all = new ArrayList<>();
        all.addAll(tables());
        all.addAll(indexes());
        all.addAll(views());
        all.addAll(routines());
        all.addAll(unsupported());
        db.execute(all.toArray(String[]::new));
    }

    static List<String> tables() {
        return List.of("""
                CREATE TABLE users (
                  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
                  email varchar(200) NOT NULL COMMENT 'login',
                  name varchar(100) COLLATE utf8mb4_bin DEFAULT 'anon',
                  motto varchar(20) DEFAULT 'it''s',
                  balance decimal(12,2) NOT NULL DEFAULT 0.00,
                  created_at datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
                  mood enum('sad','ok','happy') DEFAULT 'ok',
                  email_lower varchar(200) AS (lower(email)) STORED,
                  nickname varchar(50) NULL,
                  meta json,
                  CONSTRAINT users_email_key UNIQUE (email),
                  CONSTRAINT users_balance_check CHECK (balance >= 0)
                ) COMMENT 'people' DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_general_ci""", """
                CREATE TABLE orders (
                  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
                  user_id bigint NOT NULL,
                  number int CHECK (number > 0),
                  note text,
                  CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
                    ON DELETE CASCADE ON UPDATE RESTRICT,
                  CONSTRAINT orders_user_number UNIQUE (user_id, number))""", """
                CREATE TABLE line_items (
                  id int PRIMARY KEY,
                  order_id int,
                  CONSTRAINT line_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id))""");
    }

    static List<String> indexes() {
        return List.of(
                "CREATE INDEX users_name_prefix ON users (name(10))",
                "CREATE INDEX users_created_desc ON users (created_at DESC, id)",
                "CREATE FULLTEXT INDEX users_email_ft ON users (email)",
                "CREATE UNIQUE INDEX users_nickname_prefix ON users (nickname(5))");
    }

    static List<String> views() {
        return List.of(
                "CREATE VIEW active_users AS SELECT id, email FROM users WHERE balance > 0",
                "CREATE VIEW user_orders AS SELECT o.id FROM orders o JOIN active_users u ON u.id = o.user_id");
    }

    static List<String> routines() {
        return List.of(
                "CREATE FUNCTION normalize_email(e varchar(200)) RETURNS varchar(200) DETERMINISTIC"
                        + " RETURN lower(trim(e))",
                "CREATE PROCEDURE touch_user(IN uid bigint, OUT touched int) MODIFIES SQL DATA"
                        + " BEGIN UPDATE users SET name = name WHERE id = uid; SET touched = ROW_COUNT(); END",
                "CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = COALESCE(NEW.note, '')");
    }

    static List<String> unsupported() {
        return List.of(
                "ALTER TABLE users ADD COLUMN updated_at timestamp NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP",
                "ALTER TABLE users ADD COLUMN secret int INVISIBLE",
                "CREATE INDEX orders_note_idx ON orders (note(20)) IGNORED",
                "CREATE SEQUENCE invoice_seq",
                "CREATE TABLE logs (id int, at date) PARTITION BY RANGE (YEAR(at))"
                        + " (PARTITION p2024 VALUES LESS THAN (2025), PARTITION pmax VALUES LESS THAN MAXVALUE)");
    }
}
