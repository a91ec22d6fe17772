// the entity compiled by this build is the model: no models.jpa.classpath in shale.yaml
File migrations = new File(basedir, 'db/migrations')
File written = new File(migrations, '0001_init.sql')
assert written.isFile(): "generate wrote no 0001_init.sql; found ${migrations.list()}"
String sql = written.text
assert sql.contains('-- migrate:up')
assert sql.toLowerCase().contains('create table public.customers')
assert sql.contains('-- migrate:down')
String log = new File(basedir, 'build.log').text
assert log.contains('Wrote db/migrations/0001_init.sql')
