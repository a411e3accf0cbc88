"""User preferences and window state, kept with QSettings in an INI file in the config folder."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from annotator.mt.types import DEFAULT_ENGINE, ENGINE_NAMES

UI_LANGUAGES = {"en": "English", "tr": "Türkçe"}
DEFAULT_FONT_POINTS = 11
MIN_FONT_POINTS, MAX_FONT_POINTS = 8, 24


@dataclass(frozen=True)
class Preferences:
    """What the Settings dialog edits."""

    translator: str
    ui_language: str
    font_points: int


@dataclass(frozen=True)
class MTPreferences:
    """Which engine the Translate commands use and how hard they push. Never holds a key."""

    engine: str
    url: str
    model: str
    workers: int


DEFAULT_MT = MTPreferences(engine=DEFAULT_ENGINE, url="", model="", workers=4)
MAX_WORKERS = 16


class AppSettings:
    """Typed access to the settings file (``<config dir>/annotator.ini``)."""

    def __init__(self, config_dir: Path) -> None:
        config_dir.mkdir(parents=True, exist_ok=True)
        self.path = config_dir / "annotator.ini"
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def preferences(self) -> Preferences:
        """The saved preferences, with defaults for what was never set."""
        language = str(self._qsettings.value("ui/language", "en"))
        try:
            points = int(self._qsettings.value("ui/font_points", DEFAULT_FONT_POINTS))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            points = DEFAULT_FONT_POINTS
        return Preferences(
            translator=str(self._qsettings.value("user/name", "") or _login_name()),
            ui_language=language if language in UI_LANGUAGES else "en",
            font_points=min(MAX_FONT_POINTS, max(MIN_FONT_POINTS, points)),
        )

    def save_preferences(self, preferences: Preferences) -> None:
        """Store the preferences at once."""
        self._qsettings.setValue("user/name", preferences.translator)
        self._qsettings.setValue("ui/language", preferences.ui_language)
        self._qsettings.setValue("ui/font_points", preferences.font_points)
        self._qsettings.sync()

    def mt_preferences(self) -> MTPreferences:
        """The saved MT choices, with defaults."""
        engine = str(self._qsettings.value("mt/engine", DEFAULT_MT.engine))
        try:
            workers = int(self._qsettings.value("mt/workers", DEFAULT_MT.workers))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            workers = DEFAULT_MT.workers
        return MTPreferences(
            engine=engine if engine in ENGINE_NAMES else DEFAULT_MT.engine,
            url=str(self._qsettings.value("mt/url", "")),
            model=str(self._qsettings.value("mt/model", "")),
            workers=min(MAX_WORKERS, max(1, workers)),
        )

    def save_mt_preferences(self, preferences: MTPreferences) -> None:
        """Store the MT choices at once (API keys go to the keyring, never here)."""
        self._qsettings.setValue("mt/engine", preferences.engine)
        self._qsettings.setValue("mt/url", preferences.url)
        self._qsettings.setValue("mt/model", preferences.model)
        self._qsettings.setValue("mt/workers", preferences.workers)
        self._qsettings.sync()

    def window_state(self, key: str) -> QByteArray | None:
        """A saved geometry or splitter state, or None."""
        value = self._qsettings.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def save_window_state(self, key: str, value: QByteArray) -> None:
        """Remember a geometry or splitter state."""
        self._qsettings.setValue(f"window/{key}", value)

    def sync(self) -> None:
        """Write pending values to disk."""
        self._qsettings.sync()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (e.g. a container without passwd entry)
        return ""
