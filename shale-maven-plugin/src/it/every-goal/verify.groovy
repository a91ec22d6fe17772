// every goal not covered by another project, in turn, on SQLite; each prints the CLI's line
String log = new File(basedir, 'build.log').text
assert log.contains('Upgraded from version 0 to 2 (2 migrations, ')
assert log.contains('Valid: 2 migrations, database history matches.')
assert log.contains("Seeded 'dev': 4 statements from 1 files.")
assert log =~ /\s+1  posts/
assert log.contains('Deleted 2 rows in 2 tables.')
assert log.contains('Downgraded from version 2 to 1 (1 reverted).')
assert log =~ /Reset sqlite database 'app\.db' .*: dropped every object, applied 2 migrations\./
assert log.contains('2 file(s) linted: 0 error(s)')
assert log =~ /(?i)create table notes/
assert log =~ /Wrote db\/migrations\/0002_[a-z_]+\.sql: versions 1 to 2, /
assert new File(basedir, 'db/migrations/archive').isDirectory()
assert !(log =~ /BUILD FAILURE/)
