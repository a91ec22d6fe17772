INSERT INTO users VALUES (1, 'func-test-1', 1);
INSERT INTO users VALUES (2, 'real-2', 1);
INSERT INTO posts VALUES (10, 1);
INSERT INTO posts VALUES (20, 2);
