"""Which Debian packages Qt's X11 platform plugin still needs here, asked before Qt is loaded.

To open a window on an X display, Qt loads ``plugins/platforms/libqxcb.so`` from PySide6 and lets
the dynamic linker load what that plugin and ``libQt6XcbQpa`` link to. When one library is
missing, Qt only prints "Could not load the Qt platform plugin "xcb"" and aborts. This module
asks ``ldd`` the same question the linker answers (every library it reports "not found"), maps
each missing file to the Debian/Ubuntu package that ships it, and writes the one message and
``apt-get`` command a person needs. It uses the standard library only: ``dev.py`` runs it with
the project's interpreter (``python -m annotator.system_libs``) before it starts the window, and
the app may import it before PySide6. The check applies only when a window is to open on X11
(:func:`wants_xcb`). When ``ldd``, the plugin or PySide6 cannot be found, nothing is reported and
Qt speaks for itself.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

# The shared library files Qt's xcb plugin and Qt itself load on Linux, and the Debian/Ubuntu
# package that ships each (``dpkg -S`` on Debian 12; Ubuntu 24.04's "t64" packages provide
# these names too). tests/test_system_libs.py checks the table against dpkg where it can.
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libzstd.so.1": "libzstd1",
}

LDD_TIMEOUT_S = 20
Ldd = Callable[[Path], str]


@dataclass(frozen=True)
class MissingLibraries:
    """The libraries the xcb plugin cannot load, and the packages that would bring them."""

    libraries: tuple[str, ...]   # file names ldd reported "not found", sorted
    packages: tuple[str, ...]    # the Debian packages shipping the known ones, sorted
    unknown: tuple[str, ...]     # missing files this module cannot name a package for

    def install_command(self, as_root: bool) -> str:
        """The apt-get command that installs :attr:`packages`."""
        sudo = "" if as_root else "sudo "
        return f"{sudo}apt-get install --no-install-recommends {' '.join(self.packages)}"

    def message(self, as_root: bool) -> str:
        """What to tell the person: what is missing and the command that installs it."""
        lines = ["annotator: Qt cannot open a window on this X display: these system libraries "
                 "are missing:", "  " + ", ".join(self.libraries)]
        if self.packages:
            lines += ["Install them (Debian/Ubuntu) with:", "  " + self.install_command(as_root)]
        if self.unknown:
            lines.append("Find the package of " + ", ".join(self.unknown)
                         + " with `apt-file search FILE` (or your system's package search).")
        return "\n".join(lines)


def wants_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will load its X11 (xcb) plugin: a display is set, and ``QT_QPA_PLATFORM`` lists
    ``xcb`` (``offscreen``, ``wayland`` or ``vnc`` alone never load it), or is unset outside a
    Wayland session (in one, Qt opens its window through the Wayland plugin)."""
    if not environ.get("DISPLAY", "").strip():
        return False
    platforms = environ.get("QT_QPA_PLATFORM", "").strip()
    if not platforms:
        wayland = environ.get("XDG_SESSION_TYPE", "").strip().lower() == "wayland"
        return not (wayland and environ.get("WAYLAND_DISPLAY", "").strip())
    return any(choice.split(":", 1)[0].strip() == "xcb" for choice in platforms.split(";"))


def pyside_dir() -> Path | None:
    """PySide6's package folder for this interpreter, found without importing it (importing
    would already need the libraries we are checking for)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def xcb_plugin_files(pyside: Path) -> list[Path]:
    """The plugin Qt loads for X11 and the Qt library holding its code, where they exist."""
    qt = pyside / "Qt"
    candidates = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
    return [path for path in candidates if path.is_file()]


def run_ldd(path: Path) -> str:
    """``ldd``'s report on ``path`` (empty when ldd is missing or cannot read the file)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    try:
        done = subprocess.run([ldd, str(path)], capture_output=True, text=True,
                              timeout=LDD_TIMEOUT_S, check=False,
                              env={**os.environ, "LC_ALL": "C"})
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


def not_found(ldd_output: str) -> list[str]:
    """The library names an ``ldd`` report lists as ``name => not found``."""
    names = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found":
            names.append(name.strip())
    return names


def missing_libraries(files: Iterable[Path], ldd: Ldd = run_ldd) -> MissingLibraries | None:
    """What ``ldd`` says ``files`` cannot load, with packages; None when nothing is missing."""
    names = sorted({name for path in files for name in not_found(ldd(path))})
    if not names:
        return None
    packages = sorted({PACKAGES[name] for name in names if name in PACKAGES})
    unknown = tuple(name for name in names if name not in PACKAGES)
    return MissingLibraries(tuple(names), tuple(packages), unknown)


def check(environ: Mapping[str, str] | None = None, pyside: Path | None = None,
          ldd: Ldd = run_ldd) -> MissingLibraries | None:
    """What the xcb plugin is missing when a window is to open on X11 here; None when nothing
    is (or when it cannot be told: not Linux, no PySide6, no plugin, no ldd)."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or not wants_xcb(environ):
        return None
    pyside = pyside or pyside_dir()
    if pyside is None:
        return None
    return missing_libraries(xcb_plugin_files(pyside), ldd)


def main() -> int:
    """Print what is missing and return 1, or return 0 (``python -m annotator.system_libs``)."""
    missing = check()
    if missing is None:
        return 0
    print(missing.message(as_root=os.geteuid() == 0), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
