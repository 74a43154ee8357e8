#!/usr/bin/env bash
# Builds the installers with the JDK's jlink and jpackage. Usage (from anywhere):
#   packaging/build.sh            the app-image and, on Linux, the .deb (the .rpm too when rpmbuild is installed)
#   packaging/build.sh app-image  the app-image only
# Output: target/package/ (ScalingExplorer app-image, installers, runtime). The version comes from the pom.
# On Linux the app-image gets an AppCDS archive recorded from a real first launch (needs xvfb-run and libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
out=target/package
[ "${SKIP_MVN:-}" = 1 ] && [ -f target/scaling-explorer.jar ] || mvn -q -B -ntp -DskipTests package
rm -rf "$out"
mkdir -p "$out/input"
cp target/scaling-explorer.jar "$out/input/"
# what ships with it: the licence, the third-party notices the build generated, the machine-readable copyright file
# (DEP-5) made from them, and the CycloneDX SBOM (mvn package writes target/bom.json); all land in lib/app
[ -s target/bom.json ] || { echo "build.sh: target/bom.json is missing: run mvn package (it writes the SBOM)"; exit 1; }
cp LICENSE "$out/input/LICENSE"
(cd "$out/input" && jar xf scaling-explorer.jar org/scalingexplorer/licenses/THIRD-PARTY.txt && mv org/scalingexplorer/licenses/THIRD-PARTY.txt . && rm -r org)
packaging/copyright.sh target/scaling-explorer.jar "$version" > "$out/input/copyright"
cp target/bom.json "$out/input/scaling-explorer.cdx.json"

# A runtime holding only what the app uses: jdeps' list for the jar, plus java.logging (PDFBox logs through it)
modules=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 target/scaling-explorer.jar),java.logging
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$out/runtime"
echo "runtime: $(du -sh "$out/runtime" | cut -f1) ($modules)"

os=$(uname -s)
case "$os" in
  Linux) platform=linux ;;
  Darwin) platform=mac ;;
  *) platform=windows ;;
esac
icon=assets/icons/scaling-explorer.ico
[ "$platform" = linux ] && icon=assets/icons/scaling-explorer-256.png
[ "$platform" = mac ] && icon=assets/icons/scaling-explorer.icns
jpackage --type app-image @packaging/jpackage/app.args --icon "$icon" --app-version "$version" \
  --input "$out/input" --runtime-image "$out/runtime" --dest "$out"
app="$out/ScalingExplorer"
[ "$platform" = mac ] && app="$out/ScalingExplorer.app"
# On Linux a script starts the app in place of jpackage's launcher, which asks rpm and dpkg which package owns it at
# every start (about 0.1 s); the script reads the same .cfg (packaging/linux/launcher.sh)
if [ "$platform" = linux ]; then
  install -m 755 packaging/linux/launcher.sh "$app/bin/ScalingExplorer"
fi
echo "app-image: $app ($(du -sh "$app" | cut -f1))"

# AppCDS: record the classes of a real launch up to the first frame, and have the launcher map them at start. Only
# the app-image gets it: an archive applies only where it was recorded (CDS checks the jar's path and time), so an
# installed copy could never use it, and the installers below are made before it is recorded.
record_cds() {
  if [ "$platform" = linux ] && command -v xvfb-run >/dev/null; then
    packaging/linux/record-cds.sh "$app"
  fi
}

if [ "$what" = app-image ]; then
  record_cds
  exit 0
fi
# the SBOM beside the installers, named for the version
cp target/bom.json "$out/scaling-explorer-$version.cdx.json"
if [ "$platform" = linux ]; then
  # the packaging resources with the generated DEP-5 copyright file in place of jpackage's own
  resources="$out/linux-resources"
  mkdir -p "$resources"
  cp packaging/linux/* "$resources/"
  cp "$out/input/copyright" "$resources/copyright"
  # GTK 3 by each distribution's name for it: JavaFX needs it and jpackage cannot tell
  jpackage --type deb @packaging/jpackage/installer.args @packaging/jpackage/linux.args --linux-package-deps libgtk-3-0 --app-version "$version" \
    --icon "$icon" --resource-dir "$resources" --app-image "$app" --dest "$out"
  if command -v rpmbuild >/dev/null; then
    jpackage --type rpm @packaging/jpackage/installer.args @packaging/jpackage/linux.args --linux-package-deps gtk3 --app-version "$version" \
      --icon "$icon" --resource-dir "$resources" --app-image "$app" --dest "$out"
  fi
elif [ "$platform" = mac ]; then
  jpackage --type dmg @packaging/jpackage/installer.args @packaging/jpackage/mac.args --app-version "$version" --icon "$icon" --app-image "$app" --dest "$out"
else
  jpackage --type msi @packaging/jpackage/installer.args @packaging/jpackage/windows.args --app-version "$version" --icon "$icon" --app-image "$app" --dest "$out"
fi
record_cds
ls -la "$out"
