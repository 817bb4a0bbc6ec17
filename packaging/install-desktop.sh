#!/usr/bin/env bash
# Install Release Desk's desktop integration (launcher, AppStream metainfo, MIME
# type, icons) under PREFIX, e.g. ~/.local for one user or /usr/local for all.
#
#   packaging/install-desktop.sh PREFIX [--bundle]
#
# With --bundle, also copies the built one-folder bundle (build/bundle/release-desk,
# see packaging/build_bundle.py) to PREFIX/lib/release-desk and links
# PREFIX/bin/release-desk to it. Without it, `release-desk` must already be on
# PATH (pip install), since the launcher runs `release-desk %F`.
#
# DESTDIR is honoured, as distribution packages expect: files go to
# $DESTDIR$PREFIX/..., and the caches are then left to the package manager.
set -euo pipefail

usage() { echo "usage: $0 PREFIX [--bundle]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
prefix=$1
with_bundle=false
if [[ $# -eq 2 ]]; then
    [[ $2 == --bundle ]] || usage
    with_bundle=true
fi

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
app_id=org.releasedesk.ReleaseDesk  # app/__init__.py APP_ID; tests/packaging check they agree
share="${DESTDIR:-}$prefix/share"
icons="$root/resources/icons/hicolor"

install -Dm644 "$here/linux/$app_id.desktop" "$share/applications/$app_id.desktop"
install -Dm644 "$here/linux/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -Dm644 "$here/linux/$app_id.mime.xml" "$share/mime/packages/$app_id.xml"
for png in "$icons"/*x*/apps/"$app_id.png"; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    install -Dm644 "$png" "$share/icons/hicolor/$size/apps/$app_id.png"
done
install -Dm644 "$icons/scalable/apps/$app_id.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"

if $with_bundle; then
    bundle="$root/build/bundle/release-desk"
    [[ -x $bundle/release-desk ]] || { echo "$0: no bundle at $bundle; run packaging/build_bundle.py" >&2; exit 1; }
    lib="${DESTDIR:-}$prefix/lib/release-desk"
    rm -rf "$lib"
    mkdir -p "$(dirname "$lib")" "${DESTDIR:-}$prefix/bin"
    cp -a "$bundle" "$lib"
    # the link points at the installed path, not at DESTDIR's staging copy
    ln -sfn "$prefix/lib/release-desk/release-desk" "${DESTDIR:-}$prefix/bin/release-desk"
fi

# Refresh the caches so a double-click works at once; a package's triggers do
# this instead when installing into a staging DESTDIR.
if [[ -z ${DESTDIR:-} ]]; then
    if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime"; fi
    if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$share/applications"; fi
    if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -qtf "$share/icons/hicolor" || true; fi
fi
echo "installed Release Desk's desktop files under $share"
