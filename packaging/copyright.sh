#!/usr/bin/env bash
# Writes the installers' machine-readable copyright file (Debian's DEP-5 format) to stdout: the app (MIT), every
# component bundled in its jar with its licence (the notices the build generated from their POMs, read from the jar),
# the Java runtime jlink made, the bundled typeface and the bundled data. Usage: packaging/copyright.sh JAR VERSION
set -euo pipefail
here=$(dirname "$0")
jar_path=$(realpath "$1")
version=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && jar xf "$jar_path" org/scalingexplorer/licenses/THIRD-PARTY.txt)
notices="$tmp/org/scalingexplorer/licenses/THIRD-PARTY.txt"
[ -s "$notices" ] || { echo "copyright.sh: $1 carries no third-party notices (org/scalingexplorer/licenses/THIRD-PARTY.txt)" >&2; exit 1; }
java_version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')

cat <<HEAD
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Scaling Explorer
Upstream-Contact: The Scaling Explorer developers <maintainers@scalingexplorer.org>
Source: https://github.com/scaling-explorer/scaling-explorer
Comment: Scaling Explorer $version. The application jar (lib/app/scaling-explorer.jar) bundles the third-party
 components listed below, each under its own licence as its Maven POM declares it; the build refuses any licence not
 on its allow-list. The same list is lib/app/THIRD-PARTY.txt, and lib/app/scaling-explorer.cdx.json is a CycloneDX
 SBOM of them.

Files: *
Copyright: 2026 The Scaling Explorer developers
License: MIT

HEAD
grep -v '^#' "$notices" | while IFS=$'\t' read -r licence name coordinates url; do
  [ -n "$coordinates" ] || continue
  printf 'Files: lib/app/scaling-explorer.jar\nComment: bundled component %s (%s)%s\nCopyright: the %s authors\nLicense: %s\n\n' \
    "$name" "$coordinates" "${url:+, $url}" "$name" "$licence"
done
cat <<BODY
Files: lib/runtime/*
Comment: the Java runtime, made by jlink from OpenJDK $java_version
Copyright: Oracle and/or its affiliates, and the OpenJDK contributors
License: GPL-2.0-only WITH Classpath-exception-2.0

Files: lib/app/scaling-explorer.jar
Comment: the typeface DejaVu Sans (org/scalingexplorer/fonts/DejaVuSans.ttf and DejaVuSans-Bold.ttf in the jar), with
 its licence text beside it (org/scalingexplorer/fonts/LICENSE-DejaVu.txt)
Copyright: 2003 Bitstream, Inc.; DejaVu changes are in the public domain
License: Bitstream-Vera

Files: lib/app/scaling-explorer.jar
Comment: the bundled dataset (sample-data/gundlach-2025.scaling.json in the jar): the inputs of Gundlach et al. 2025
 (arXiv:2511.21622), Hoffmann et al. 2022, Kaplan et al. 2020 and Ho et al. 2024, facts cited with their sources,
 and the frontier compute trend of notable models from Epoch AI, Data on Notable AI Models (CC BY 4.0, attributed)
Copyright: 2026 The Scaling Explorer developers; the trend: Epoch AI
License: MIT and CC-BY-4.0

BODY
# the app's own licence, as the repository's LICENSE has it
printf 'License: MIT\n'
sed 's/^$/./; s/^/ /' "$here/../LICENSE"
cat <<BODY

License: Bitstream-Vera
 The full text is org/scalingexplorer/fonts/LICENSE-DejaVu.txt in the application jar: the fonts may be used,
 copied, modified, embedded and distributed, alone or with software, provided the copyright and licence notice are
 kept and a modified font is renamed; they may not be sold by themselves.

License: CC-BY-4.0
 Creative Commons Attribution 4.0 International, https://creativecommons.org/licenses/by/4.0/legalcode

License: GPL-2.0-only WITH Classpath-exception-2.0
 The GNU General Public License, version 2 (on Debian, /usr/share/common-licenses/GPL-2), with the Classpath
 Exception: linking this library with independent modules does not make them subject to the GPL;
 https://openjdk.org/legal/gplv2+ce.html
BODY
# a stand-alone paragraph for each other licence the components name
grep -v '^#' "$notices" | cut -f1 | sed 's/ OR /\n/g' | sort -u | while read -r l; do
  case "$l" in
    MIT|"GPL-2.0-only WITH Classpath-exception-2.0") ;;
    Apache-2.0) printf '\nLicense: Apache-2.0\n The Apache License, Version 2.0: https://www.apache.org/licenses/LICENSE-2.0 (on Debian,\n /usr/share/common-licenses/Apache-2.0)\n' ;;
    BSD-3-Clause) printf '\nLicense: BSD-3-Clause\n The 3-Clause BSD License: https://opensource.org/license/bsd-3-clause (on Debian,\n /usr/share/common-licenses/BSD)\n' ;;
    BSD-2-Clause) printf '\nLicense: BSD-2-Clause\n The 2-Clause BSD License: https://opensource.org/license/bsd-2-clause\n' ;;
    *) printf '\nLicense: %s\n See the notice of the component that names it.\n' "$l" ;;
  esac
done
