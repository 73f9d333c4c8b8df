#!/usr/bin/env bash
# Packages Signalbox with jpackage: the shaded target/signalbox.jar on a runtime trimmed by jlink
# to the modules the jar uses, with the Signalbox icon. Output goes to target/jpackage/.
#
#   packaging/jpackage.sh            an app image: target/jpackage/Signalbox/bin/Signalbox
#   packaging/jpackage.sh deb        a Debian package (needs dpkg-deb and fakeroot); also rpm, msi, exe, dmg, pkg
#
# Why not javafx:jlink: H2 is an automatic module, which jlink refuses; so the app stays a
# classpath jar and only the JDK part of the runtime is trimmed (148 MB -> about 90 MB).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

package_type=${1:-app-image}
jar=target/signalbox.jar
work=target/jpackage
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}

if [[ ! -f $jar ]]; then
  mvn -B package -DskipTests
fi

# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT becomes 0.1.0. The project's own
# <version> is the only one indented by exactly two spaces in pom.xml.
version=${APP_VERSION:-$(sed -n 's:^  <version>\([0-9.]*\).*</version>$:\1:p' pom.xml | head -n 1)}

rm -rf "$work"
mkdir -p "$work/input"
cp "$jar" "$work/input/"

# The JDK modules the jar's classes refer to, plus those reached only through service lookup,
# which jdeps cannot see: jdk.crypto.ec for TLS to https:// endpoints that use EC keys (most do),
# jdk.localedata for formatting dates and numbers in Spanish (only en and es are kept).
modules=$("${java_bin}jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")
modules="$modules,jdk.crypto.ec,jdk.localedata"
echo "Runtime modules: $modules"

"${java_bin}jlink" \
  --add-modules "$modules" \
  --include-locales=en,es \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$work/runtime"

# Each platform wants its own icon format; macOS needs an .icns, which icons/ does not hold yet.
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) icon_option=(--icon icons/signalbox.ico) ;;
  Darwin) icon_option=() ;;
  *) icon_option=(--icon icons/signalbox-256.png) ;;
esac

# JavaFX's native libraries travel inside the jar, so jpackage's own dependency scan cannot see
# that the window needs GTK 3: name it for the Linux packages.
type_options=()
case "$package_type" in
  deb) type_options=(--linux-shortcut --linux-menu-group Development --linux-app-category devel
                     --linux-package-deps libgtk-3-0) ;;
  rpm) type_options=(--linux-shortcut --linux-menu-group Development --linux-app-category devel
                     --linux-package-deps gtk3) ;;
esac

"${java_bin}jpackage" \
  --type "$package_type" \
  --name Signalbox \
  --app-version "$version" \
  --vendor Signalbox \
  --description "Configure, test and export the notification URLs of WhatsApp bots" \
  --input "$work/input" \
  --main-jar signalbox.jar \
  --main-class io.signalbox.Main \
  --runtime-image "$work/runtime" \
  "${icon_option[@]}" \
  --dest "$work" \
  "${type_options[@]}"

echo "Packaged into $work"
