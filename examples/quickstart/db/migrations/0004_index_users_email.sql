-- shale:no-transaction
-- An index on a table that already holds rows is built CONCURRENTLY, so writes to users go on
-- while it builds (lint rule PG301). CONCURRENTLY cannot run inside a transaction, hence the
-- directive above and a file of its own.
-- migrate:up
CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);

-- migrate:down
DROP INDEX CONCURRENTLY users_email_key;
