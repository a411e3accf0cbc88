"""Feeds the :class:`~annotator.core.effort.EffortClock` from the window: key presses, the window
losing focus, modal dialogs blocking it.

Installed as an application event filter by the editor panel; ``now`` is injectable so tests can
let a minute pass without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from annotator.core.effort import EffortClock
from annotator.gui.delegates.target_delegate import TargetEditor


class EffortTracker(QObject):
    """Counts active seconds per sentence of the editor that owns it."""

    def __init__(self, owner: QWidget, now: Callable[[], float] = time.monotonic) -> None:
        super().__init__(owner)
        self.owner = owner
        self.now = now
        self.clock = EffortClock()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._on_application_state_changed)

    def start(self, sentence: int) -> tuple[int, float] | None:
        """Leave the current sentence for ``sentence``; what the left one collected, if any."""
        left = self.clock.stop(self.now())
        self.clock.start(sentence, self.now())
        self._follow_window()
        return left

    def stop(self) -> tuple[int, float] | None:
        """Leave the current sentence (closing the document or the window)."""
        return self.clock.stop(self.now())

    def edited(self) -> None:
        """The current sentence was changed (a save, an insertion): it has been worked on."""
        self.clock.activity(self.now(), edit=True)

    def _follow_window(self) -> None:
        window = self.owner.window()
        blocked = QApplication.activeModalWidget() is not None
        if window.isActiveWindow() and not blocked:
            self.clock.resume(self.now())
        else:
            self.clock.pause(self.now())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isValid(self.owner):  # the editor is being destroyed with its window
            return False
        kind = event.type()
        window = self.owner.window()
        if kind == QEvent.Type.KeyPress and self.clock.running and watched is \
                QApplication.focusWidget() and isinstance(watched, QWidget) and \
                watched.window() is window:
            typing = self.owner.isAncestorOf(watched) and watched is not self.owner
            self.clock.activity(self.now(), edit=typing and isinstance(watched, TargetEditor))
        elif watched is window and kind == QEvent.Type.WindowBlocked:
            self.clock.pause(self.now())
        elif watched is window and kind in (QEvent.Type.WindowUnblocked,
                                            QEvent.Type.WindowActivate):
            self._follow_window()
        elif watched is window and kind == QEvent.Type.WindowDeactivate:
            self.clock.pause(self.now())
        return False

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if not isValid(self.owner):
            return
        if state == Qt.ApplicationState.ApplicationActive:
            self._follow_window()
        else:
            self.clock.pause(self.now())

