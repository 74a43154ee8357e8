#!/usr/bin/env bash
# Scaling Explorer's launcher on Linux, put in place of the one jpackage writes (packaging/build.sh): jpackage's asks rpm
# and dpkg which package owns it at every start, which took about 0.1 s before Java started (0.09 s for `dpkg -S` on a
# Debian machine), a fifth of a short command's time. This one starts the bundled runtime with the options, class path
# and main class of lib/app/ScalingExplorer.cfg, the file jpackage's launcher reads (and record-cds.sh edits).
set -eu
bin=$(dirname "$(readlink -f "$0")")
appdir=$(cd "$bin/../lib/app" && pwd)
opts=()
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    java-options=*) opts+=("${line#java-options=}") ;;
    app.classpath=*) classpath=${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
  esac
done < "$appdir/ScalingExplorer.cfg"
opts=("${opts[@]//\$APPDIR/$appdir}")
exec "$bin/../lib/runtime/bin/java" "${opts[@]}" -Djpackage.app-path="$bin/$(basename "$0")" \
  -cp "${classpath//\$APPDIR/$appdir}" "$main" "$@"
