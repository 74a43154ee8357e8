#!/usr/bin/env bash
# Records an AppCDS archive for an app-image: launches it once under Xvfb up to its first frame (then runs the common
# commands in the same process, so they start from the archive too) with
# -XX:ArchiveClassesAtExit, then tells the launcher (its .cfg) to map the archive at every start. The archive is only
# used where it was recorded (CDS checks the jar's path, size and time), so installers that move the app record
# their own or start without it, silently. Usage: packaging/linux/record-cds.sh APP_IMAGE_DIR
set -euo pipefail
app=$1
cfg="$app/lib/app/ScalingExplorer.cfg"
jsa="$app/lib/app/scaling-explorer.jsa"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
rm -f "$jsa"
sed -i '/SharedArchiveFile/d; /-Xshare/d; /-Xlog:cds/d' "$cfg"
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$app/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$jsa" \
  -Dscalingexplorer.home="$home" -Dscalingexplorer.exitAfterFirstFrame=true -Dscalingexplorer.cdsTraining=true -Dfile.encoding=UTF-8 \
  -cp "$(cd "$app/lib/app" && pwd)/scaling-explorer.jar" org.scalingexplorer.Launcher >/dev/null 2>&1 || true
if [ -s "$jsa" ]; then
  # -Xshare:auto: a moved or changed app starts without the archive instead of failing; no CDS warnings on stderr
  sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/scaling-explorer.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off' "$cfg"
  echo "AppCDS archive: $jsa ($(du -h "$jsa" | cut -f1))"
else
  echo "AppCDS archive not recorded (no display?); the app starts without it"
fi
