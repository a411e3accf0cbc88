"""User preferences and window state, kept with QSettings in an INI file in the config folder."""

from __future__ import annotations

import getpass
import hashlib
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
    fill_repetitions: bool = True  # a confirmed sentence fills its identical untranslated twins
    confirm_asks_on_qa_errors: bool = True  # confirming a sentence with a QA error asks first


@dataclass(frozen=True)
class MTPreferences:
    """Which engine the Translate commands use and how hard they push. Never holds a key."""

    engine: str
    url: str
    model: str
    workers: int
    llm_model: str = ""  # llm: the model's name on the server at ``url``


DEFAULT_MT = MTPreferences(engine=DEFAULT_ENGINE, url="", model="", workers=4)
MAX_WORKERS = 16
MAX_RECENT = 10


class AppSettings:
    """Typed access to the settings file (``<config dir>/annotator.ini``)."""

    def __init__(self, config_dir: Path, read_only: bool = False) -> None:
        config_dir.mkdir(parents=True, exist_ok=True)
        self.path = config_dir / "annotator.ini"
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        # ``gui --screenshot`` reads the person's settings and must never change them.
        self.read_only = read_only

    def _set(self, key: str, value: object) -> None:
        if not self.read_only:
            self._qsettings.setValue(key, value)

    def login_name(self) -> str:
        """The operating system's user name: offered, never used without asking."""
        return _login_name()

    def has_translator_name(self) -> bool:
        """Whether the person told us their name (asked on the first start)."""
        return bool(self._qsettings.value("user/name", ""))

    def preferences(self) -> Preferences:
        """The saved preferences, with defaults for what was never set."""
        language = str(self._qsettings.value("ui/language", "en"))
        try:
            points = int(self._qsettings.value("ui/font_points", DEFAULT_FONT_POINTS))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            points = DEFAULT_FONT_POINTS
        return Preferences(
            translator=str(self._qsettings.value("user/name", "")),
            ui_language=language if language in UI_LANGUAGES else "en",
            font_points=min(MAX_FONT_POINTS, max(MIN_FONT_POINTS, points)),
            fill_repetitions=str(self._qsettings.value("editor/fill_repetitions", "true"))
            .lower() != "false",
            confirm_asks_on_qa_errors=str(self._qsettings.value("editor/qa_confirm_asks", "true"))
            .lower() != "false",
        )

    def save_preferences(self, preferences: Preferences) -> None:
        """Store the preferences at once."""
        self._set("user/name", preferences.translator)
        self._set("ui/language", preferences.ui_language)
        self._set("ui/font_points", preferences.font_points)
        self._set("editor/fill_repetitions", "true" if preferences.fill_repetitions else "false")
        self._set("editor/qa_confirm_asks",
                  "true" if preferences.confirm_asks_on_qa_errors else "false")
        self.sync()

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
            llm_model=str(self._qsettings.value("mt/llm_model", "")),
        )

    def save_mt_preferences(self, preferences: MTPreferences) -> None:
        """Store the MT choices at once (API keys go to the keyring, never here)."""
        self._set("mt/engine", preferences.engine)
        self._set("mt/url", preferences.url)
        self._set("mt/model", preferences.model)
        self._set("mt/workers", preferences.workers)
        self._set("mt/llm_model", preferences.llm_model)
        self.sync()

    def window_state(self, key: str) -> QByteArray | None:
        """A saved geometry or splitter state, or None."""
        value = self._qsettings.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def save_window_state(self, key: str, value: QByteArray) -> None:
        """Remember a geometry or splitter state."""
        self._set(f"window/{key}", value)

    @staticmethod
    def _resume_key(project: Path, doc_id: str) -> str:
        digest = hashlib.sha1(str(project.resolve()).encode("utf-8")).hexdigest()[:16]
        return f"resume/{digest}-{doc_id}"

    def last_sentence(self, project: Path, doc_id: str) -> int | None:
        """The sentence last worked on in a document of a project, or None."""
        value = self._qsettings.value(self._resume_key(project, doc_id))
        try:
            return int(str(value)) if value is not None else None
        except (TypeError, ValueError):
            return None

    def save_last_sentence(self, project: Path, doc_id: str, sentence_id: int) -> None:
        """Remember where the person is in a document (written at the next sync)."""
        self._set(self._resume_key(project, doc_id), sentence_id)

    def recent_projects(self) -> list[str]:
        """Project files opened lately, newest first."""
        value = self._qsettings.value("projects/recent", [])
        if isinstance(value, str):
            items: list[object] = [value]
        elif isinstance(value, list | tuple):
            items = list(value)
        else:
            items = []
        return [str(item) for item in items if item]

    def add_recent_project(self, path: Path) -> None:
        """Put ``path`` first in the recent projects (at most ten)."""
        name = str(path.resolve())
        recent = [name, *(p for p in self.recent_projects() if p != name)][:MAX_RECENT]
        self._set("projects/recent", recent)
        self.sync()

    def sync(self) -> None:
        """Write pending values to disk (never in read-only mode)."""
        if not self.read_only:
            self._qsettings.sync()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (e.g. a container without passwd entry)
        return ""
