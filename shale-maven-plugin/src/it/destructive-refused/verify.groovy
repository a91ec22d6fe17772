// invoker keeps one log per invocation only for the last; the states on disk tell the rest
String log = new File(basedir, 'build.log').text
assert log.contains('About to clear ')
assert log.contains('Cleared 1 tables of ')
assert log.contains('BUILD SUCCESS')
