"""The desktop entry and AppStream metadata: valid for the freedesktop tools, and one id throughout.

The validators come from Debian's desktop-file-utils and appstream, which ``.ci/run`` installs; on
CI (``$CI`` set) a missing validator fails the test instead of skipping it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

import annotator
from annotator.app import DESKTOP_FILE_ID

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGING = REPO_ROOT / "packaging"
DESKTOP = PACKAGING / f"{DESKTOP_FILE_ID}.desktop"
METAINFO = PACKAGING / f"{DESKTOP_FILE_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def require_tools(*names: str) -> None:
    missing = [name for name in names if shutil.which(name) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed (apt-get install desktop-file-utils appstream)"
    if os.environ.get("CI"):
        pytest.fail(message + "; .ci/run should have installed it")
    pytest.skip(message)


def run_check(packaging: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(packaging / "check_metadata.sh")],
                          capture_output=True, text=True, timeout=60)


def desktop_entry(path: Path = DESKTOP) -> dict[str, str]:
    parser = ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_check_script_accepts_the_shipped_files() -> None:
    require_tools("desktop-file-validate", "appstreamcli")
    result = run_check(PACKAGING)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("name", "broken"), [
    (f"{DESKTOP_FILE_ID}.desktop", ("Categories=Office;Qt;", "Categories=Bogus;")),
    (f"{DESKTOP_FILE_ID}.metainfo.xml", ('date="2026-11-27"', 'date="27.11.2026"')),
])
def test_check_script_rejects_a_broken_file(tmp_path: Path, name: str,
                                            broken: tuple[str, str]) -> None:
    require_tools("desktop-file-validate", "appstreamcli")
    copy = tmp_path / "packaging"
    shutil.copytree(PACKAGING, copy, ignore=shutil.ignore_patterns("*.spec", "*.py"))
    text = (copy / name).read_text(encoding="utf-8")
    assert broken[0] in text
    (copy / name).write_text(text.replace(broken[0], broken[1]), encoding="utf-8")
    assert run_check(copy).returncode == 1


def test_one_id_names_the_entry_metainfo_icons_and_the_app() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == DESKTOP_FILE_ID
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP_FILE_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("icon[@type='stock']") == DESKTOP_FILE_ID
    for size in ICON_SIZES:
        icon = REPO_ROOT / "resources/icons/hicolor" / f"{size}x{size}/apps/{DESKTOP_FILE_ID}.png"
        assert icon.is_file(), icon


def test_metainfo_lists_the_current_version_as_newest_release() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "metainfo has no <releases>"
    assert releases[0].get("version") == annotator.__version__


def test_desktop_entry_starts_the_gui_script_declared_in_pyproject() -> None:
    import tomllib

    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    entry = desktop_entry()
    assert entry["Exec"] in project["gui-scripts"]
    assert entry["TryExec"] == entry["Exec"]


def test_installer_points_the_entry_at_a_bundle_in_a_folder_with_spaces(tmp_path: Path) -> None:
    bundle = tmp_path / "my apps" / "annotator"
    bundle.mkdir(parents=True)
    (bundle / "annotator").write_text("#!/bin/sh\n", encoding="utf-8")
    (bundle / "annotator").chmod(0o755)
    prefix = tmp_path / "share"
    subprocess.run(["bash", str(PACKAGING / "install-desktop-entry.sh"), "--bundle", str(bundle),
                    "--prefix", str(prefix)], check=True, capture_output=True, timeout=60)

    installed = prefix / "applications" / DESKTOP.name
    entry = desktop_entry(installed)
    assert entry["Exec"] == f'"{bundle / "annotator"}"'
    assert entry["TryExec"] == str(bundle / "annotator")
    assert (prefix / "metainfo" / METAINFO.name).is_file()
    for size in ICON_SIZES:
        assert (prefix / f"icons/hicolor/{size}x{size}/apps/{DESKTOP_FILE_ID}.png").is_file()
    assert (prefix / f"icons/hicolor/scalable/apps/{DESKTOP_FILE_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        validation = subprocess.run(["desktop-file-validate", str(installed)],
                                    capture_output=True, text=True, timeout=60)
        assert validation.returncode == 0, validation.stdout

    subprocess.run(["bash", str(PACKAGING / "install-desktop-entry.sh"), "--prefix", str(prefix),
                    "--uninstall"], check=True, capture_output=True, timeout=60)
    assert not [p for p in prefix.rglob("*") if p.is_file()]
