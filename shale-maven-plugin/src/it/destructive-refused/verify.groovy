// one log holds the three invocations: seed into the empty database needs no flag; clear without
// -Dshale.yes names the target, then refuses with the command's message; with it, clear goes ahead
String log = new File(basedir, 'build.log').text
assert log.contains("Seeded 'dev': 1 statements from 1 files.")
assert log.contains("About to clear sqlite database 'app.db'")
assert log =~ /on project destructive-refused: error: Refusing to clear sqlite database 'app\.db' .* without confirmation/
assert log.contains('hint: pass -Dshale.yes, or -Dshale.confirm=app.db')
assert log.contains('code: CONFIRMATION_REQUIRED')
assert log.contains('Cleared 1 tables of ')
assert !(log =~ /\tat io\.shale\./): 'a refusal must not print a stack trace'
