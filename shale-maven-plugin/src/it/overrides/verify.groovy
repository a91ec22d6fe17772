// shale.yaml names from-yaml.db and migrations db/none; <configuration> overrides the first,
// -Dshale.migrations the second, and -Dshale.database.url overrides <configuration>
assert new File(basedir, 'from-configuration.db').isFile()
assert new File(basedir, 'from-command-line.db').isFile()
assert !new File(basedir, 'from-yaml.db').exists()
String log = new File(basedir, 'build.log').text
assert log.contains('Upgraded from version 0 to 1')
assert log.contains('from-command-line.db')
