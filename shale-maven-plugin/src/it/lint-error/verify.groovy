// the CLI's finding (file:line: error CODE: message, then the hint) is the build failure's message
String log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Failed to execute goal io.shale:shale-maven-plugin:')
assert log =~ /on project lint-error: db\/migrations\/0002_drop_users\.sql:2: DS102 error: drops table users/
assert log.contains('hint: ')
assert log.contains('2 file(s) linted: 1 error(s), 0 warning(s)')
assert log.contains('BUILD FAILURE')
assert !(log =~ /\tat io\.shale\./): 'a failure the user caused must not print a stack trace'
