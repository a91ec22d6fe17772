-- migrate:up
-- Reference rows inserted by a migration: `shale clear` will keep them.
CREATE TABLE roles (
    code text PRIMARY KEY,
    label text NOT NULL
);
INSERT INTO roles (code, label) VALUES ('admin', 'Administrator'), ('member', 'Member');

CREATE TABLE user_roles (
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role text NOT NULL REFERENCES roles (code),
    PRIMARY KEY (user_id, role)
);

-- migrate:down
DROP TABLE user_roles;
DROP TABLE roles;
