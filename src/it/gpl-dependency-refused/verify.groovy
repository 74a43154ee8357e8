// the build failed on the licence allow-list, naming the GPL-only library, and not for anything else
def log = new File(basedir, 'build.log').text
assert log.contains('There are some forbidden licenses used') : 'the allow-list refused the build'
assert log.contains("License: 'GNU General Public License (GPL)' used by 1 dependencies") : 'the licence is named'
assert log.contains('org.jfree:org.jfree.svg:5.0.6') : 'the library is named'
return true
