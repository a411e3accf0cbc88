"""The translator's loop under the keyboard: selection after confirming, active time only,
resuming where one left off, Escape in the find field, undo going to the changed sentence, and
screenshots that leave the person's settings alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import query
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.gui.delegates.target_delegate import TargetEditor
from annotator.gui.settings import AppSettings
from annotator.paths import config_dir

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def type_into_cell(qtbot, panel, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(panel.grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, TargetEditor)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_confirming_three_times_leaves_one_selected_row(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    panel = sample_window.editor_panel
    for number in range(3):
        type_into_cell(qtbot, panel, f"Sentence {number}")
        qtbot.keyClick(panel.grid, Qt.Key.Key_Return, CTRL)
        rows = panel.grid.selectionModel().selectedRows()
        assert len(rows) == 1
        assert panel.proxy.mapToSource(rows[0]).row() == panel.current_row()
    assert len(panel.selected_sentence_ids()) == 1


def test_an_idle_minute_and_an_open_dialog_add_no_time(qtbot, sample_window,  # type: ignore[no-untyped-def]
                                                       db_path: Path) -> None:
    window = sample_window
    panel = window.editor_panel
    now = [1000.0]
    panel.effort.now = lambda: now[0]
    panel.go_next()  # start the clock on a body sentence at t=1000
    sentence = panel.current_segment().sentence.id
    now[0] += 5
    type_into_cell(qtbot, panel, "Typed in five seconds")  # key presses at t=1005
    now[0] += 300  # five minutes without a key press
    box = QMessageBox(window)  # ... then a dialog over the window for two more minutes
    box.setText("A dialog")
    box.open()
    qtbot.waitUntil(lambda: not panel.effort.clock.running)
    now[0] += 120
    box.close()
    qtbot.waitUntil(lambda: panel.effort.clock.running)
    panel.go_next()  # leave the sentence at t=1425
    seconds = query(db_path, f"SELECT seconds FROM targets WHERE sentence_id = {sentence}")[0][0]
    assert 60 <= seconds <= 66  # typing (5 s) plus at most one idle minute; not 425 s


def test_a_sentence_only_looked_at_collects_no_time(qtbot, sample_window,  # type: ignore[no-untyped-def]
                                                   db_path: Path) -> None:
    panel = sample_window.editor_panel
    now = [0.0]
    panel.effort.now = lambda: now[0]
    panel.go_next()
    looked_at = panel.current_segment().sentence.id
    now[0] += 40
    qtbot.keyClick(panel.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert query(db_path, f"SELECT count(*) FROM targets WHERE sentence_id = {looked_at} "
                          "AND seconds > 0") == [(0,)]


def test_reopening_lands_on_the_last_sentence(qtbot, sample_window, main_window) -> None:  # type: ignore[no-untyped-def]
    panel = sample_window.editor_panel
    for _ in range(4):
        panel.go_next()
    last = panel.current_segment().sentence.id
    sample_window.close()
    again = main_window()
    assert again.editor_panel.current_segment().sentence.id == last


def test_escape_clears_the_find_filter(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    panel = sample_window.editor_panel
    qtbot.keyClick(panel.grid, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(panel.find_bar.find_edit, "Blinken")
    assert panel.proxy.rowCount() < panel.segment_model.rowCount()
    qtbot.keyClick(panel.find_bar.find_edit, Qt.Key.Key_Escape)
    assert panel.find_bar.find_edit.text() == ""
    assert panel.proxy.rowCount() == panel.segment_model.rowCount()
    assert panel.grid.hasFocus()


def test_undo_goes_to_the_sentence_it_changes(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    panel = sample_window.editor_panel
    type_into_cell(qtbot, panel, "Changed first")
    changed = panel.current_segment().sentence.id
    for _ in range(3):
        panel.go_next()
    assert panel.current_segment().sentence.id != changed
    qtbot.keyClick(panel.grid, Qt.Key.Key_Z, CTRL)
    assert panel.current_segment().sentence.id == changed
    assert panel.current_segment().target.text == ""


def test_typing_in_the_english_pane_says_where_to_edit(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    view = sample_window.editor_panel.annotation_panel.en_view
    view.setFocus()
    with qtbot.waitSignal(sample_window.editor_panel.annotation_panel.message_posted) as said:
        qtbot.keyClicks(view, "x")
    assert "grid" in said.args[0]


def test_a_screenshot_leaves_the_settings_file_as_it_was(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         db_path: Path, seed_file: Path) -> None:
    from annotator.app import run_gui
    from annotator.cli import GuiRequest
    from annotator.ingest.pipeline import import_file
    from annotator.storage.connection import open_project

    db = open_project(db_path)
    import_file(db, seed_file)
    db.close()
    settings = AppSettings(config_dir())
    settings.save_window_state("geometry", b"not a real geometry")  # type: ignore[arg-type]
    settings.sync()
    before = settings.path.read_bytes()
    assert run_gui(GuiRequest(db_path, screenshot=tmp_path / "shot.png")) == 0
    assert (tmp_path / "shot.png").stat().st_size > 10_000
    assert settings.path.read_bytes() == before


def test_matches_are_highlighted_in_the_cells(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    from annotator.gui.delegates.highlight_delegate import MATCH_BACKGROUND

    panel = sample_window.editor_panel
    qtbot.keyClick(panel.grid, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(panel.find_bar.find_edit, "azerbaycan")
    first = panel.segment_model.segment(panel.proxy.mapToSource(panel.proxy.index(0, 0)).row())
    spans = panel.source_delegate.matches(first.sentence.text)
    start, end = spans[0]
    assert first.sentence.text[start:end] == "AZERBAYCAN"
    panel.grid.scrollToTop()
    image = panel.grid.viewport().grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, min(image.height(), 200), 3)}
    assert MATCH_BACKGROUND.name() in colours


def test_replace_all_is_one_undo_step_and_only_touches_the_english(qtbot, sample_window,  # type: ignore[no-untyped-def]
                                                                  db_path: Path) -> None:
    panel = sample_window.editor_panel
    body = [r for r in range(panel.segment_model.rowCount())
            if panel.segment_model.is_navigable(r)][1:4]
    for number, row in enumerate(body):
        panel.go_to_row(row)
        type_into_cell(qtbot, panel, f"Turkey and Azerbaijan {number}")
    steps = panel.undo_stack.count()
    turkish = query(db_path, "SELECT id, text FROM sentences ORDER BY id")
    qtbot.keyClick(panel.grid, Qt.Key.Key_H, CTRL)
    assert panel.find_bar.replace_row.isVisible()
    qtbot.keyClicks(panel.find_bar.find_edit, "Turkey")
    panel.find_bar.replace_edit.setText("Türkiye")
    qtbot.mouseClick(panel.find_bar.replace_all_button, Qt.MouseButton.LeftButton)
    texts = query(db_path, "SELECT text FROM targets WHERE text LIKE '%Azerbaijan%' ORDER BY 1")
    assert texts == [(f"Türkiye and Azerbaijan {n}",) for n in range(3)]
    assert panel.undo_stack.count() == steps + 1
    assert query(db_path, "SELECT id, text FROM sentences ORDER BY id") == turkish  # untouched
    qtbot.keyClick(panel.grid, Qt.Key.Key_Z, CTRL)
    texts = query(db_path, "SELECT text FROM targets WHERE text LIKE '%Azerbaijan%' ORDER BY 1")
    assert texts == [(f"Turkey and Azerbaijan {n}",) for n in range(3)]


def test_replace_with_whole_words_and_a_regular_expression(qtbot, sample_window,  # type: ignore[no-untyped-def]
                                                           db_path: Path) -> None:
    panel = sample_window.editor_panel
    panel.go_next()
    type_into_cell(qtbot, panel, "On 27 November the US and USAID met")
    sentence = panel.current_segment().sentence.id
    panel.focus_replace()
    panel.find_bar.word_check.setChecked(True)
    panel.find_bar.case_check.setChecked(True)
    qtbot.keyClicks(panel.find_bar.find_edit, "US")
    panel.find_bar.replace_edit.setText("United States")
    panel.go_to_row(panel.segment_model.row_of_sentence(sentence))
    assert panel.replace(False) == 1
    panel.find_bar.word_check.setChecked(False)
    panel.find_bar.regex_check.setChecked(True)
    panel.find_bar.find_edit.setText(r"(\d+) (November)")
    panel.find_bar.replace_edit.setText(r"\2 \1")
    panel.go_to_row(panel.segment_model.row_of_sentence(sentence))
    assert panel.replace(False) == 1
    assert query(db_path, f"SELECT text, status FROM targets WHERE sentence_id = {sentence}") \
        == [("On November 27 the United States and USAID met", "draft")]


def test_the_cell_editor_does_not_cover_the_next_row(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    panel = sample_window.editor_panel
    panel.go_next()
    row = panel.grid.currentIndex().row()
    qtbot.keyClick(panel.grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, TargetEditor)
    next_top = panel.grid.rowViewportPosition(row + 1)
    bottom = editor.mapTo(panel.grid.viewport(), editor.rect().bottomLeft()).y()
    assert bottom < next_top  # the row grew to hold the editor
    assert editor.height() >= 3 * editor.fontMetrics().lineSpacing()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_projects_open_in_a_window_of_their_own_and_are_remembered(  # type: ignore[no-untyped-def]
        qtbot, sample_window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QProcess

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QProcess, "startDetached",
                        staticmethod(lambda program, arguments: started.append(
                            (program, list(arguments))) or True))
    other = tmp_path / "other.sqlite"
    monkeypatch.setattr("annotator.gui.main_window.QFileDialog.getSaveFileName",
                        lambda *_args, **_kw: (str(tmp_path / "other"), ""))
    sample_window.new_project()
    assert other.exists()  # created, with the suffix added
    assert started and started[0][1][-3:] == ["--db", str(other), "gui"]
    assert AppSettings(config_dir()).recent_projects()[0] == str(other.resolve())
    sample_window._fill_recent_menu()
    assert [a.text() for a in sample_window.recent_menu.actions()] == [str(other.resolve())]


def test_the_first_start_asks_for_the_translators_name(qtbot, main_window,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    from annotator.gui.dialogs.settings_dialog import SettingsDialog

    window = main_window()
    assert not window.settings.has_translator_name()
    assert window.settings.preferences().translator == ""  # not the login name unasked
    offered: list[str] = []

    def answer(cls, current, parent=None):  # type: ignore[no-untyped-def]
        offered.append(current.translator)
        return type(current)("Ayşe Demir", current.ui_language, current.font_points)

    monkeypatch.setattr(SettingsDialog, "get_preferences", classmethod(answer))
    window.ask_for_name_if_unknown()
    assert offered == [window.settings.login_name()]
    assert window.settings.preferences().translator == "Ayşe Demir"
    window.ask_for_name_if_unknown()  # known now: not asked again
    assert len(offered) == 1
