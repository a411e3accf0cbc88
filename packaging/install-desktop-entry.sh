#!/usr/bin/env bash
# Install (or remove) Annotator's menu entry, icons and AppStream metadata for the current user.
#
#   packaging/install-desktop-entry.sh [--bundle DIR] [--prefix DIR] [--uninstall]
#
# --bundle DIR  the built bundle (build/bundle/annotator): the menu entry starts DIR/annotator.
#               Without it the entry runs `annotator-gui` from PATH (a pip install).
# --prefix DIR  the XDG data folder to install into (default: $XDG_DATA_HOME or ~/.local/share):
#               applications/, icons/hicolor/ and metainfo/ below it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
app_id="io.github.annotator.Annotator"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
bundle=""
uninstall=0

while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle="$(cd "$2" && pwd)"; shift 2 ;;
    --prefix) prefix="$2"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install-desktop-entry.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

sizes=(16 32 48 64 128 256 512)
desktop="$prefix/applications/$app_id.desktop"
metainfo="$prefix/metainfo/$app_id.metainfo.xml"
icon_svg="$prefix/icons/hicolor/scalable/apps/$app_id.svg"

refresh_caches() {
  # Menus and icon themes rescan a folder whose time changed. No gtk-update-icon-cache: a cache in
  # the user's hicolor folder goes stale when other apps add icons without refreshing it.
  touch "$prefix/applications" "$prefix/icons/hicolor" 2>/dev/null || true
}

if [ "$uninstall" -eq 1 ]; then
  rm -f "$desktop" "$metainfo" "$icon_svg"
  for size in "${sizes[@]}"; do rm -f "$prefix/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
  refresh_caches
  echo "removed $app_id from $prefix"
  exit 0
fi

if [ -n "$bundle" ] && [ ! -x "$bundle/annotator" ]; then
  echo "install-desktop-entry.sh: $bundle/annotator is not an executable bundle" >&2
  exit 2
fi

install -D -m 644 "$here/$app_id.metainfo.xml" "$metainfo"
install -D -m 644 "$root/resources/icons/annotator.svg" "$icon_svg"
for size in "${sizes[@]}"; do
  install -D -m 644 "$root/resources/icons/hicolor/${size}x${size}/apps/$app_id.png" \
    "$prefix/icons/hicolor/${size}x${size}/apps/$app_id.png"
done

mkdir -p "$(dirname "$desktop")"
if [ -n "$bundle" ]; then
  program="$bundle/annotator"
  # Desktop Entry quoting: a path with spaces or reserved characters goes in double quotes, with
  # ", `, $ and \ escaped by a backslash; the file format then escapes each backslash again.
  quoted="$program"
  if [[ "$program" =~ [[:space:]\"\'\\\>\<\~\|\&\;\$\*\?\#\(\)\`] ]]; then
    escaped="$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\&/g')"
    quoted="\"$escaped\""
  fi
  quoted="$(printf '%s' "$quoted" | sed -e 's/\\/\\\\/g')"
  tryexec="$(printf '%s' "$program" | sed -e 's/\\/\\\\/g')"
  sed -e "s|^Exec=.*|Exec=${quoted//|/\\|}|" -e "s|^TryExec=.*|TryExec=${tryexec//|/\\|}|" \
    "$here/$app_id.desktop" > "$desktop"
else
  cp "$here/$app_id.desktop" "$desktop"
fi
chmod 644 "$desktop"
refresh_caches
echo "installed $app_id into $prefix (starts: $(grep '^Exec=' "$desktop" | cut -d= -f2-))"
