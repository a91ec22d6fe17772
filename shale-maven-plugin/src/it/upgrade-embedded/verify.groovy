// status, upgrade and status again on the embedded PostgreSQL that serves when no database is configured
String log = new File(basedir, 'build.log').text
assert log.contains('Pending:   1')
assert log.contains('  pending            0001_create_users.sql')
assert log.contains('  applied  0001_create_users.sql')
assert log.contains('Upgraded from version 0 to 1 (1 migration, ')
assert log =~ /Database: .*postgres/
assert log.contains('Up to date.')
assert log.contains('BUILD SUCCESS')
