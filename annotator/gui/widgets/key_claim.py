"""Keys a list widget takes for itself while it has the focus, before window-wide shortcuts.

Qt offers a key to the window's shortcuts first (a ``ShortcutOverride`` event): a list that
uses Enter to go to a sentence, Space to mark an issue or F8/F9 to review a suggestion
accepts that event for its keys, and then gets them as ordinary key presses.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

RETURN_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


def claims_key(event: QEvent, keys: Collection[Qt.Key], *, any_modifiers: bool = False) -> bool:
    """Accept ``event`` and return True when it offers one of ``keys`` to the shortcuts (without
    modifiers other than the keypad's, unless ``any_modifiers``)."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent) \
            or event.key() not in keys:
        return False
    if not any_modifiers and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    event.accept()
    return True
