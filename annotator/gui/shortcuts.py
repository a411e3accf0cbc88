"""Every keyboard command of the editor in one table: it builds the actions and the help list.

Help → Keyboard shortcuts shows :func:`shortcut_rows`, so what is listed is what is bound.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from annotator.core.models import TargetStatus


class EditorPanel(Protocol):
    """What the editor's commands call (the editor panel; a protocol so that this module does
    not import the widget that imports it)."""

    def confirm(self, reviewed: bool = False) -> None: ...
    def insert_mt(self) -> None: ...
    def copy_source(self) -> None: ...
    def revert_to_mt(self) -> None: ...
    def go_next(self) -> None: ...
    def go_previous(self) -> None: ...
    def go_next_unconfirmed(self) -> None: ...
    def focus_find(self) -> None: ...
    def focus_replace(self) -> None: ...
    def set_status_filter(self, status: TargetStatus | None) -> None: ...
    def insert_output(self, number: int) -> None: ...
    def insert_memory(self, number: int) -> None: ...
    def choose_term(self) -> None: ...
    def add_term_from_selection(self) -> bool: ...


class UndoRunner(Protocol):
    """Undo and redo that go through the operation runner (a failure leaves the stack)."""

    undo_stack: QUndoStack

    def undo(self) -> bool: ...
    def redo(self) -> bool: ...


def _tr(context: str, text: str) -> str:
    """``QCoreApplication.translate``; lupdate is told this alias (see resources/i18n/README.md)."""
    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class EditorCommand:
    """One command: its action name, menu text, keys, menu it belongs to, and what it does."""

    name: str
    text: str
    keys: tuple[str, ...]
    menu: str
    run: Callable[[EditorPanel], None]


def _filter(status: TargetStatus | None) -> Callable[[EditorPanel], None]:
    return lambda panel: panel.set_status_filter(status)


def _memory(number: int) -> Callable[[EditorPanel], None]:
    return lambda panel: panel.insert_memory(number)


def _output(number: int) -> Callable[[EditorPanel], None]:
    return lambda panel: panel.insert_output(number)


def _add_term(panel: EditorPanel) -> None:
    panel.add_term_from_selection()


def editor_commands() -> list[EditorCommand]:
    """The editor's commands in menu order (texts are translated when called)."""
    commands = [
        EditorCommand("confirm", _tr("Shortcuts", "Confirm and go to next unconfirmed"),
                      ("Ctrl+Return", "Ctrl+Enter"), "edit", lambda p: p.confirm(False)),
        EditorCommand("review", _tr("Shortcuts", "Mark reviewed and go to next"),
                      ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"), "edit",
                      lambda p: p.confirm(True)),
        EditorCommand("insert_mt", _tr("Shortcuts", "Insert machine translation"),
                      ("Ctrl+M",), "edit", lambda p: p.insert_mt()),
        EditorCommand("copy_source", _tr("Shortcuts", "Copy source to English"),
                      ("Ctrl+Shift+S",), "edit", lambda p: p.copy_source()),
        EditorCommand("revert_mt", _tr("Shortcuts", "Revert to machine translation"),
                      ("Ctrl+Shift+M",), "edit", lambda p: p.revert_to_mt()),
        EditorCommand("insert_term", _tr("Shortcuts", "Insert a glossary term…"),
                      ("Ctrl+Space",), "edit", lambda p: p.choose_term()),
        EditorCommand("add_term", _tr("Shortcuts", "Add the selection to the glossary…"),
                      ("Ctrl+Shift+G",), "edit", _add_term),
        EditorCommand("next", _tr("Shortcuts", "Next sentence"), ("Alt+Down",), "go",
                      lambda p: p.go_next()),
        EditorCommand("previous", _tr("Shortcuts", "Previous sentence"), ("Alt+Up",), "go",
                      lambda p: p.go_previous()),
        EditorCommand("next_unconfirmed", _tr("Shortcuts", "Next unconfirmed sentence"),
                      ("Ctrl+J",), "go", lambda p: p.go_next_unconfirmed()),
        EditorCommand("find", _tr("Shortcuts", "Find and filter"), ("Ctrl+F",), "view",
                      lambda p: p.focus_find()),
        EditorCommand("replace", _tr("Shortcuts", "Find and replace"), ("Ctrl+H",), "view",
                      lambda p: p.focus_replace()),
        EditorCommand("filter_all", _tr("Shortcuts", "Show all statuses"), ("Ctrl+Alt+0",), "view",
                      _filter(None)),
    ]
    for number, status in enumerate(TargetStatus, start=1):
        commands.append(EditorCommand(
            f"filter_{status.value}", _tr("Shortcuts", "Show only: %s") % status.value,
            (f"Ctrl+Alt+{number}",), "view", _filter(status)))
    for number in range(1, 6):
        commands.append(EditorCommand(
            f"insert_memory_{number}",
            _tr("Shortcuts", "Insert translation memory match %d") % number,
            (f"Ctrl+{number}",), "hidden", _memory(number)))
    for number in range(1, 10):
        commands.append(EditorCommand(
            f"insert_output_{number}", _tr("Shortcuts", "Insert machine translation %d") % number,
            (f"Alt+{number}",), "hidden", _output(number)))
    return commands


def _undo_actions(owner: QObject, runner: UndoRunner) -> tuple[QAction, QAction]:
    """Undo and Redo: enabled and named after the stack, carried out by the runner."""
    stack = runner.undo_stack
    undo = QAction(_tr("Shortcuts", "Undo"), owner)
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = QAction(_tr("Shortcuts", "Redo"), owner)
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    for action, name, enabled, named, text, step in (
            (undo, _tr("Shortcuts", "Undo"), stack.canUndoChanged, stack.undoTextChanged,
             stack.undoText(), runner.undo),
            (redo, _tr("Shortcuts", "Redo"), stack.canRedoChanged, stack.redoTextChanged,
             stack.redoText(), runner.redo)):
        # The signals carry the new state, so nothing here calls back into the stack (which may
        # be going away with the window).
        action.setEnabled(False)
        action.setText(f"{name} {text}".strip())
        enabled.connect(action.setEnabled)
        named.connect(lambda text, action=action, name=name: action.setText(
            f"{name} {text}".strip()))
        action.triggered.connect(lambda _checked=False, step=step: step())
    return undo, redo


def build_editor_actions(panel: EditorPanel, runner: UndoRunner) -> dict[str, QAction]:
    """Create one QAction per command, bound to ``panel``; undo and redo through ``runner``."""
    assert isinstance(panel, QObject)
    actions: dict[str, QAction] = {}
    actions["undo"], actions["redo"] = _undo_actions(panel, runner)
    for command in editor_commands():
        action = QAction(command.text, panel)
        action.setShortcuts([QKeySequence(k) for k in command.keys])
        action.setProperty("menu", command.menu)
        action.triggered.connect(lambda _checked=False, c=command: c.run(panel))
        actions[command.name] = action
    return actions


def shortcut_rows(actions: Iterable[QAction] = ()) -> list[tuple[str, str]]:
    """(keys, what they do) for Help → Keyboard shortcuts.

    ``actions`` are the window's actions (every menu); each one with a shortcut is listed, so
    what the dialog shows is what is bound. Keys handled inside widgets are added by hand.
    """
    rows = [
        (_tr("Shortcuts", "Edit the English"), _tr("Shortcuts", "F2, or start typing")),
        (_tr("Shortcuts", "In the editor: keep text / new line / discard"),
         _tr("Shortcuts", "Enter / Shift+Enter / Escape")),
        (_tr("Shortcuts", "Insert machine translation 1…9 from the detail pane"),
         "Alt+1 … Alt+9"),
        (_tr("Shortcuts", "Insert translation memory match 1…5"), "Ctrl+1 … Ctrl+5"),
        (_tr("Shortcuts", "In the event frame: pick the type / next field / save / close"),
         _tr("Shortcuts", "number keys / Tab / Ctrl+S / Escape")),
    ]
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        entry = (action.text().replace("&", ""), keys)
        if keys and not _is_output_key(keys) and entry not in rows:
            rows.append(entry)
    return [(keys, text) for text, keys in rows]


def _is_output_key(keys: str) -> bool:
    """Alt+1 … Alt+9 and Ctrl+1 … Ctrl+5, each listed once as a range."""
    for prefix in ("Alt+", "Ctrl+"):
        if keys.startswith(prefix) and keys[len(prefix):].isdigit():
            return True
    return False
