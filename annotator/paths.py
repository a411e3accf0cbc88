"""Where things live: the project file, the config folder and the bundled resources.

Resolved once by the entry points and passed down: ``--db`` wins, then ``$ANNOTATOR_DB``, then
``project.annotator.sqlite`` in ``$ANNOTATOR_HOME`` or the platform's user data folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "annotator"
DEFAULT_PROJECT_NAME = "project.annotator.sqlite"


def data_dir() -> Path:
    """The folder for the default project: ``$ANNOTATOR_HOME`` or the user data folder."""
    home = os.environ.get("ANNOTATOR_HOME")
    if home:
        return Path(home)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The folder for window state and preferences: ``$ANNOTATOR_HOME/config`` or the user's."""
    home = os.environ.get("ANNOTATOR_HOME")
    if home:
        return Path(home) / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The folder for rebuildable files (compiled translations): ``$ANNOTATOR_HOME/cache``."""
    home = os.environ.get("ANNOTATOR_HOME")
    if home:
        return Path(home) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The folder for the error log: ``$ANNOTATOR_HOME/logs`` or the user's log folder."""
    home = os.environ.get("ANNOTATOR_HOME")
    if home:
        return Path(home) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """The error log the window and the command line both append to."""
    return log_dir() / "annotator.log"


def resolve_db_path(cli_value: str | None) -> Path:
    """The project file to open: ``--db``, then ``$ANNOTATOR_DB``, then the default location."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("ANNOTATOR_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / DEFAULT_PROJECT_NAME


def resource_root() -> Path:
    """The folder holding ``resources/`` content in a checkout, a wheel or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file under the resources folder, e.g. ``resource_path("icons", "app.svg")``."""
    return resource_root().joinpath(*parts)


def sample_documents() -> list[Path]:
    """The bundled sample commentaries (``resources/seeds`` packaged, ``seeds/`` in a checkout)."""
    packaged = resource_root() / "seeds"
    folder = packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "seeds"
    return sorted(p for p in folder.glob("*") if p.is_file() and not p.name.startswith("."))
