-- migrate:up
CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT);
-- migrate:down
DROP TABLE tags;
