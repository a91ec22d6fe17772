// in a protected environment -Dshale.yes is not enough; the database's name and -Dshale.allowProtected are
String log = new File(basedir, 'build.log').text
assert log.contains('Upgraded from version 0 to 1')
assert log =~ /on project protected-environment: error: Refusing to clear sqlite database 'app\.db' .*: environment 'production' is protected/
assert log.contains('hint: if you really mean to, pass -Dshale.allowProtected -Dshale.confirm=app.db')
assert log.contains('code: PROTECTED_ENVIRONMENT')
assert log.contains('Cleared 1 tables of ')
assert log.contains('BUILD SUCCESS')
