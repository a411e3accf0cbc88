"""One helper to add an action to a menu, so every menu builder creates actions the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


def add_action(menu: QMenu, parent: QObject, text: str, slot: Callable[[], object],
               keys: QKeySequence.StandardKey | str | None = None) -> QAction:
    """Add ``text`` to ``menu``, calling ``slot`` when triggered, with optional ``keys``."""
    action = QAction(text, parent)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action
