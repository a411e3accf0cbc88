"""The check that names the Debian packages Qt's X11 plugin is missing, before Qt aborts.

Fake plugin folders and fake ``ldd`` reports drive the logic; the entry point runs for real with a
fake ``ldd`` first on PATH; on this machine (where .ci/run installs the xcb libraries) the real
check must find nothing missing, and the package table must agree with dpkg.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import system_libs
from annotator.system_libs import MissingLibraries, check, missing_libraries, not_found

XCB_PACKAGES = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
                "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1",
                "libxkbcommon-x11-0")

LDD_REPORT = """\
\tlinux-vdso.so.1 (0x00007ffd5a1f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x7f)
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f3c1c8c0000)
\tlibxcb-keysyms.so.1 => not found
\tlibfancy-widgets.so.7 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f3c1cb2e000)
"""


def fake_pyside(root: Path) -> Path:
    """A PySide6 folder holding (empty) files where Qt keeps the xcb plugin and its library."""
    plugin = root / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    library = root / "PySide6" / "Qt" / "lib" / "libQt6XcbQpa.so.6"
    for path in (plugin, library):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\x7fELF")
    return root / "PySide6"


def test_the_not_found_lines_of_an_ldd_report_are_read() -> None:
    assert not_found(LDD_REPORT) == ["libxkbcommon-x11.so.0", "libxcb-cursor.so.0",
                                     "libxcb-keysyms.so.1", "libfancy-widgets.so.7"]
    assert not_found("\tnot a dynamic executable\n") == []


def test_missing_libraries_are_mapped_to_packages_and_one_apt_command(tmp_path: Path) -> None:
    pyside = fake_pyside(tmp_path)
    asked: list[Path] = []

    def ldd(path: Path) -> str:
        asked.append(path)
        return LDD_REPORT if path.name == "libqxcb.so" else "\tlibxcb-cursor.so.0 => not found\n"

    missing = check({"DISPLAY": ":0"}, pyside, ldd)
    assert [p.name for p in asked] == ["libqxcb.so", "libQt6XcbQpa.so.6"]
    assert missing == MissingLibraries(
        libraries=("libfancy-widgets.so.7", "libxcb-cursor.so.0", "libxcb-keysyms.so.1",
                   "libxkbcommon-x11.so.0"),
        packages=("libxcb-cursor0", "libxcb-keysyms1", "libxkbcommon-x11-0"),
        unknown=("libfancy-widgets.so.7",))
    text = missing.message(as_root=False)
    assert "sudo apt-get install --no-install-recommends libxcb-cursor0 libxcb-keysyms1 " \
           "libxkbcommon-x11-0" in text
    assert "libfancy-widgets.so.7" in text.splitlines()[-1]
    assert "sudo" not in missing.message(as_root=True)


def test_nothing_is_reported_when_ldd_finds_everything(tmp_path: Path) -> None:
    pyside = fake_pyside(tmp_path)
    report = LDD_REPORT.replace("not found", "/lib/x86_64-linux-gnu/x.so (0x1)")
    assert check({"DISPLAY": ":0"}, pyside, lambda path: report) is None
    assert missing_libraries([], lambda path: LDD_REPORT) is None


@pytest.mark.parametrize(("environ", "checked"), [
    ({"DISPLAY": ":0"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb:display=:1"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, False),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, True),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0",
      "QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb"}, False),
    ({"DISPLAY": " "}, False),
    ({}, False),
])
def test_only_a_window_on_x11_is_checked(tmp_path: Path, environ: dict[str, str],
                                         checked: bool) -> None:
    found = check(environ, fake_pyside(tmp_path), lambda path: LDD_REPORT)
    assert (found is not None) is checked


def test_a_pyside_without_the_plugin_is_not_judged(tmp_path: Path) -> None:
    (tmp_path / "PySide6").mkdir()
    assert check({"DISPLAY": ":0"}, tmp_path / "PySide6", lambda path: LDD_REPORT) is None


def test_the_command_names_the_packages_and_exits_non_zero(tmp_path: Path) -> None:
    """``python -m annotator.system_libs`` (what ``dev.py run`` calls) on the real PySide6, with
    an ``ldd`` that reports two xcb libraries missing."""
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    ldd = fake_bin / "ldd"
    ldd.write_text("#!/bin/sh\nprintf '\\tlibxcb-icccm.so.4 => not found\\n"
                   "\\tlibxkbcommon-x11.so.0 => not found\\n'\n")
    ldd.chmod(0o755)
    env = {**os.environ, "PATH": f"{fake_bin}{os.pathsep}{os.environ['PATH']}", "DISPLAY": ":97"}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run([sys.executable, "-m", "annotator.system_libs"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert "libxcb-icccm.so.4, libxkbcommon-x11.so.0" in done.stderr
    assert "apt-get install --no-install-recommends libxcb-icccm4 libxkbcommon-x11-0" \
        in done.stderr
    assert "Traceback" not in done.stderr
    quiet = subprocess.run([sys.executable, "-m", "annotator.system_libs"],
                           env={**env, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True,
                           text=True, timeout=60, check=False)
    assert (quiet.returncode, quiet.stderr) == (0, "")


def _installed(package: str) -> bool:
    done = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True,
                          text=True, check=False)
    return done.stdout.endswith("install ok installed")


@pytest.mark.skipif(shutil.which("dpkg-query") is None or shutil.which("ldd") is None,
                    reason="needs dpkg-query and ldd (Debian/Ubuntu)")
def test_nothing_is_missing_on_this_machine_with_the_xcb_libraries_installed() -> None:
    absent = [package for package in XCB_PACKAGES if not _installed(package)]
    if absent:
        pytest.skip(f"the xcb libraries are not installed here: {' '.join(absent)}")
    assert system_libs.xcb_plugin_files(system_libs.pyside_dir() or Path("/nonexistent"))
    assert check({"DISPLAY": ":0"}) is None


def _library_paths() -> dict[str, str]:
    """Where the dynamic linker finds each library here (``ldconfig -p``), by file name."""
    done = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False,
                          timeout=60)
    paths: dict[str, str] = {}
    for line in done.stdout.splitlines()[1:]:  # "\tlibxcb.so.1 (libc6,x86-64) => /lib/…"
        name, _, path = line.strip().partition(" => ")
        paths.setdefault(name.split(" (", 1)[0], path)
    return paths


@pytest.mark.skipif(shutil.which("dpkg") is None or shutil.which("ldconfig") is None,
                    reason="needs dpkg and ldconfig (Debian/Ubuntu)")
def test_the_package_table_agrees_with_dpkg_for_the_libraries_on_this_machine() -> None:
    located = {name: path for name, path in _library_paths().items()
               if name in system_libs.PACKAGES}
    # dpkg records /usr/lib or /lib, whichever the package ships (usr-merge makes both work).
    candidates = {variant for path in located.values()
                  for variant in (path, path.removeprefix("/usr"), "/usr" + path)}
    done = subprocess.run(["dpkg", "-S", *sorted(candidates)], capture_output=True, text=True,
                          check=False, timeout=60)
    owners: dict[str, set[str]] = {}
    for line in done.stdout.splitlines():  # "libxcb1:amd64: /usr/lib/x86_64-linux-gnu/libxcb.so.1"
        packages, _, path = line.partition(": ")
        for package in packages.split(", "):
            owners.setdefault(path.rsplit("/", 1)[-1], set()).add(package.split(":", 1)[0])
    compared = [name for name in located if name in owners]
    for name in compared:
        assert system_libs.PACKAGES[name] in owners[name], (name, owners[name])
    assert len(compared) >= 20  # Qt's own dependencies are installed wherever the suite runs
