#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller.
#
#   packaging/build.sh [OUTPUT_DIR]     # default: build/bundle; the bundle is OUTPUT_DIR/annotator/
#
# Needs the project installed with the `package` extra (pip install -e '.[package]'); uses
# $PYTHON, else .venv/bin/python of the checkout. PyInstaller's intermediate files go to
# OUTPUT_DIR/work. Prints the bundle's path and size; exits non-zero when the build or the
# bundle's `--version` smoke check fails.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/build/bundle}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"

if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  echo "build.sh: PyInstaller is missing: $python -m pip install -e '$root[package]'" >&2
  exit 2
fi

# PyInstaller copies the system libraries Qt's X11 and Wayland plugins link to from this machine;
# a library missing here must then be installed on every machine that runs the bundle.
if libs="$(ldconfig -p 2>/dev/null)"; then
  for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0 libwayland-cursor.so.0; do
    grep -qF "$lib" <<<"$libs" || echo "build.sh: warning: $lib is not installed here, so the" \
      "bundle will need it on the target (Debian: libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0" \
      "libwayland-cursor0)" >&2
  done
fi

"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$out" --workpath "$out/work" "$root/packaging/annotator.spec"

bundle="$out/annotator"
"$bundle/annotator" --version
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1))"
