// Each goal prints what the CLI prints (the lines below are the CLI's own, from
// `shale -C examples/spring-boot status`, `check` and `generate -m "add phone"`).
String log = new File(basedir, 'build.log').text

// shale:status on the project's embedded PostgreSQL, nothing applied yet
assert log =~ /Database:\s+postgresql database 'shale' as \S+ \(jdbc:postgresql:\/\/127\.0\.0\.1:\d+\/shale\)/
assert log =~ /Version:\s+0 \(newest file: 2\)/
assert log =~ /Pending:\s+2/
assert log =~ /pending\s+0001_create_customers\.sql/
assert log =~ /pending\s+0002_create_orders\.sql/

// shale:check: the files, the sum and the lint, not the database
assert log =~ /files, sum, numbering\s+ok\s+0\s+0/
assert log =~ /lint \(2 files\)\s+ok\s+0\s+0/
assert log.contains('check passed')

// shale:generate from the compiled entities: one new column, nothing else
File migrations = new File(basedir, 'src/main/resources/db/migrations')
File written = new File(migrations, '0003_add_phone.sql')
assert written.isFile(): "generate wrote no 0003_add_phone.sql; found ${migrations.list()}"
assert log.contains('Wrote src/main/resources/db/migrations/0003_add_phone.sql (1 statement(s) up, 1 down).')
String sql = written.text
int down = sql.indexOf('-- migrate:down')
assert sql.startsWith('-- migrate:up') && down > 0
String up = sql.substring(0, down)
assert up =~ /(?i)ALTER TABLE public\.customers ADD COLUMN phone character varying\(255\)/
assert sql.substring(down) =~ /(?i)ALTER TABLE public\.customers DROP COLUMN phone/
assert new File(migrations, 'shale.sum').text.contains('0003_add_phone.sql ')

assert !(log =~ /BUILD FAILURE/)
return true
