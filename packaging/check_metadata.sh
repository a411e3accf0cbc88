#!/usr/bin/env bash
# Validate the desktop entry and the AppStream metadata with the freedesktop tools.
#
#   packaging/check_metadata.sh
#
# Needs the Debian packages desktop-file-utils (desktop-file-validate) and appstream
# (appstreamcli); exits 2 when one is missing, 1 when a file is invalid. appstreamcli fails on
# errors and warnings; infos and pedantic hints are printed but pass.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_id="io.github.annotator.Annotator"

for tool in desktop-file-validate appstreamcli; do
  if ! command -v "$tool" >/dev/null; then
    echo "check_metadata.sh: $tool is missing: apt-get install desktop-file-utils appstream" >&2
    exit 2
  fi
done

status=0
desktop-file-validate "$here/$app_id.desktop" || status=1
appstreamcli validate --no-net "$here/$app_id.metainfo.xml" || status=1
if [ "$status" -eq 0 ]; then echo "check_metadata.sh: $app_id.desktop and metainfo are valid"; fi
exit "$status"
