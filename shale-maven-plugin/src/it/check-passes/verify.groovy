String log = new File(basedir, 'build.log').text
assert log =~ /lint\s+ok\s+0\s+0/ || log.contains('lint')
assert log.contains('check passed')
assert log.contains('BUILD SUCCESS')
