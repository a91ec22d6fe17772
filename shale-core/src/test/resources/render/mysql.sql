-- case: create_table_with_keys_checks_and_comments
CREATE TABLE users (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    email varchar(255) NOT NULL COMMENT 'login, e.g. ''ann''',
    name varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT 'anonymous',
    PRIMARY KEY (id),
    UNIQUE KEY users_email (email),
    KEY users_name (name),
    CONSTRAINT users_email_check CHECK (`email` <> '')
) COMMENT='people who sign in';

-- case: create_table_quotes_reserved_and_mixed_case
CREATE TABLE `order` (
    `select` int(11) NULL,
    `Key` int(11) NULL,
    plain int(11) NULL
);

-- case: create_table_with_fulltext_and_descending_index
CREATE TABLE posts (
    title varchar(200) NULL,
    body text NULL,
    FULLTEXT KEY posts_body_text (body),
    KEY posts_title_desc (title DESC)
);

-- case: create_table_with_generated_column
CREATE TABLE boxes (
    w int(11) NULL,
    h int(11) NULL,
    area int(11) GENERATED ALWAYS AS (`w` * `h`) STORED
);

-- case: drop_table
DROP TABLE users;

-- case: rename_table
RENAME TABLE users TO accounts;

-- case: add_column_not_null_with_default
ALTER TABLE users ADD COLUMN active tinyint(1) NOT NULL DEFAULT 1;

-- case: drop_column
ALTER TABLE users DROP COLUMN email;

-- case: rename_column
ALTER TABLE users RENAME COLUMN email TO email_address;

-- case: modify_column_type
ALTER TABLE users MODIFY COLUMN age int(11) NULL;

-- case: modify_column_nullability_restates_default_and_comment
ALTER TABLE users MODIFY COLUMN email varchar(100) NOT NULL DEFAULT 'none' COMMENT 'login';

-- case: modify_column_to_auto_increment
ALTER TABLE users MODIFY COLUMN id int(11) NOT NULL AUTO_INCREMENT;

-- case: modify_column_character_set_and_collation
ALTER TABLE users MODIFY COLUMN name varchar(50) CHARACTER SET latin1 COLLATE latin1_bin NULL;

-- case: modify_column_back_to_the_table_collation
ALTER TABLE users MODIFY COLUMN name varchar(50) NULL;

-- case: drop_and_add_primary_key
ALTER TABLE users DROP PRIMARY KEY;
ALTER TABLE users ADD PRIMARY KEY (id, tenant);

-- case: drop_and_add_unique
ALTER TABLE users DROP INDEX users_email;
ALTER TABLE users ADD UNIQUE KEY users_email_tenant (email, tenant);

-- case: create_and_drop_index
ALTER TABLE users DROP INDEX users_name;
ALTER TABLE users ADD UNIQUE INDEX users_name_email (name, email);

-- case: add_foreign_key_puts_the_planned_index_first
ALTER TABLE orders ADD INDEX orders_user_placed (user_id, placed_at);
ALTER TABLE orders ADD CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

-- case: add_foreign_key_without_an_index_lets_the_engine_make_one
ALTER TABLE orders ADD CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id);

-- case: drop_foreign_key_comes_before_dropping_its_index
ALTER TABLE orders DROP FOREIGN KEY orders_user;
ALTER TABLE orders DROP INDEX orders_user;

-- case: drop_and_add_check
ALTER TABLE products DROP CONSTRAINT price_positive;
ALTER TABLE products ADD CONSTRAINT price_not_negative CHECK (`price` >= 0);

-- case: create_and_drop_view
DROP VIEW old_users;
CREATE VIEW active_users AS
select `users`.`id` AS `id` from `users`;

-- case: create_function_and_drop_procedure
CREATE FUNCTION `add_one`(x INT) RETURNS int(11)
    DETERMINISTIC
RETURN x + 1;
DROP PROCEDURE archive;

-- case: create_and_drop_trigger
DROP TRIGGER users_old;
CREATE TRIGGER `users_lower` BEFORE INSERT ON `users` FOR EACH ROW
BEGIN
  SET NEW.email = lower(NEW.email);
END;

-- case: set_and_remove_table_comment
ALTER TABLE users COMMENT = 'it''s C:\\temp';
ALTER TABLE audit COMMENT = '';

-- case: set_column_comment_restates_the_column
ALTER TABLE users MODIFY COLUMN email varchar(100) NOT NULL DEFAULT '' COMMENT 'where we write';

