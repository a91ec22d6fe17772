// the failed statement's file and line, what went wrong and the hint, without a stack trace
String log = new File(basedir, 'build.log').text
assert log.contains('error: ')
assert log.contains('0002_broken.sql')
assert log =~ /line 3/
assert log.contains('  hint: ')
assert log.contains('  code: MIGRATION_FAILED')
assert log.contains('BUILD FAILURE')
assert !(log =~ /\tat io\.shale\./): 'a failure the user caused must not print a stack trace'
