#!/usr/bin/env bash
# Pack the PyInstaller bundle dist/kompass/ (packaging/build_bundle.sh) as a Debian package:
# the program in /opt/kompass-desktop, `kompass` on the PATH, a desktop entry, the icon, and
# the MIME type application/x-kompass-evaluation for *.kompass so a double-click opens them.
# Usage: packaging/build_deb.sh  ->  dist/kompass-desktop_VERSION_ARCH.deb
set -euo pipefail
cd "$(dirname "$0")/.."
test -x dist/kompass/kompass || { echo "build the bundle first: packaging/build_bundle.sh" >&2; exit 1; }
version=$(QT_QPA_PLATFORM=offscreen dist/kompass/kompass --version | awk '{print $2}')
arch=$(dpkg --print-architecture)
pkg=build/deb/kompass-desktop
rm -rf "$pkg" && mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" \
    "$pkg/usr/share/applications" "$pkg/usr/share/mime/packages" \
    "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/share/icons/hicolor/256x256/apps" \
    "$pkg/usr/share/doc/kompass-desktop"
cp -a dist/kompass "$pkg/opt/kompass-desktop"
ln -s /opt/kompass-desktop/kompass "$pkg/usr/bin/kompass"
install -m 644 packaging/linux/kompass-desktop.desktop "$pkg/usr/share/applications/"
install -m 644 packaging/linux/kompass-desktop-mime.xml "$pkg/usr/share/mime/packages/kompass-desktop.xml"
install -m 644 resources/icons/kompass.svg "$pkg/usr/share/icons/hicolor/scalable/apps/kompass-desktop.svg"
install -m 644 resources/icons/kompass-256.png "$pkg/usr/share/icons/hicolor/256x256/apps/kompass-desktop.png"
install -m 644 resources/fonts/LICENSE-DejaVu.txt "$pkg/usr/share/doc/kompass-desktop/"
size=$(du -sk "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: kompass-desktop
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Installed-Size: $size
Depends: libc6 (>= 2.31), libfontconfig1, libgl1, libegl1, libdbus-1-3, libglib2.0-0, libcups2, libx11-6, libstdc++6, libsqlite3-0 (>= 3.34), libssl3, libfreetype6, libexpat1, libpng16-16, libzstd1, liblzma5, libbrotli1
Recommends: libxcb-cursor0, libxkbcommon-x11-0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0
Maintainer: Kompass Desktop maintainers <kompass@localhost>
Description: Offline workbench for Kommunkompassen evaluations
 Record interviews, steering documents and evidence tagged to the framework's
 sub-areas, score the eight areas with the method's rounding rules, merge
 colleagues' files, and export the report as PDF. One SQLite file per evaluation.
CONTROL
for script in postinst postrm; do
cat > "$pkg/DEBIAN/$script" <<'HOOK'
#!/bin/sh
set -e
# Register (or forget) the .kompass MIME type, the desktop entry and the icon.
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
exit 0
HOOK
chmod 755 "$pkg/DEBIAN/$script"
done
out="dist/kompass-desktop_${version}_${arch}.deb"
# xz level 1: 46 MB in about a third of the CPU time of the default level (41 MB).
dpkg-deb --root-owner-group -Zxz -z1 --build "$pkg" "$out" >/dev/null
echo "$out"
