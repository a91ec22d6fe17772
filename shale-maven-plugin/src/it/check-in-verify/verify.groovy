// declaring the execution without a phase runs check in verify; its lint error fails the build
String log = new File(basedir, 'build.log').text
assert log =~ /shale-maven-plugin:[^:]+:check \(default\)/
assert log =~ /0002_drop_users\.sql:2: error DS102: /
assert log.contains('check failed')
assert log.contains('BUILD FAILURE')
