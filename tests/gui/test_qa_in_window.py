"""QA in the window: Ctrl+Shift+Q lists the document's issues, Enter goes to the sentence, Space
marks one "not an error" (it stays so), fixing the English re-checks by itself, and confirming a
sentence with an error asks first (a setting)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import query
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.core.models import TargetStatus
from annotator.gui.settings import Preferences
from annotator.project import Project, SetTarget

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

TEXT = ("Başlık\n\nEnflasyon yüzde 3,5 oldu. Seçimler yaklaşıyor. Toplantı 13.12.2023'te "
        "yapıldı.\n")


@pytest.fixture
def window(qtbot, main_window, db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    project = Project(db_path)
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    project.import_files([tmp_path / "doc.txt"])
    doc = project.document_ids()[0]
    ids = {s.sentence.text.split()[0]: s.sentence.id for s in project.segments(doc)}
    SetTarget(project, ids["Enflasyon"], "Inflation was 3 percent.", TargetStatus.DRAFT).apply()
    SetTarget(project, ids["Seçimler"], "Elections are near.", TargetStatus.TRANSLATED).apply()
    SetTarget(project, ids["Toplantı"], "The meeting was held.", TargetStatus.DRAFT).apply()
    project.close()
    shown = main_window(qa_question=True)
    shown.show()
    qtbot.waitExposed(shown)
    shown.open_document(doc)
    shown.ids = ids
    return shown


def shown_checks(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    model = window.qa_pane.model
    return [(model.index(r, 0).data(), model.finding(r).issue.check)
            for r in range(model.rowCount())]


def test_ctrl_shift_q_lists_the_issues_and_enter_goes_to_the_sentence(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.editor_panel.grid, Qt.Key.Key_Q, CTRL | SHIFT)
    assert window.qa_dock.isVisible()
    assert shown_checks(window) == [("2", "numbers"), ("4", "dates")]
    assert "2 error" in window.qa_pane.count_label.text()
    view = window.qa_pane.issue_view
    view.selectRow(1)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    current = window.editor_panel.current_segment()
    assert current is not None and current.sentence.id == window.ids["Toplantı"]


def test_space_marks_an_issue_not_an_error_and_it_stays_so(qtbot, window, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.show_qa_pane()
    view = window.qa_pane.issue_view
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: shown_checks(window) == [("4", "dates")])
    assert query(db_path, 'SELECT sentence_id, "check" FROM qa_ignored') == [
        (window.ids["Enflasyon"], "numbers")]
    window.qa_pane.show_marked_check.setChecked(True)
    assert [f.ignored for f in window.qa_pane.model.findings()] == [True, False]
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # a marked one is an error again
    qtbot.waitUntil(lambda: query(db_path, "SELECT count(*) FROM qa_ignored") == [(0,)])


def test_fixing_the_english_checks_again_by_itself(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_qa_pane()
    window.editor_panel.go_to_sentence(window.ids["Enflasyon"])
    window.editor_panel.insert_text("Inflation was 3.5 percent.")
    qtbot.waitUntil(lambda: shown_checks(window) == [("4", "dates")])


def test_confirming_with_an_error_asks_first(qtbot, window, db_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel = window.editor_panel
    panel.go_to_sentence(window.ids["Enflasyon"])
    qtbot.keyClick(panel.grid, Qt.Key.Key_Return, CTRL)
    assert asked and "3,5" in asked[0]
    assert query(db_path, "SELECT status FROM targets WHERE sentence_id = ?",
                 [window.ids["Enflasyon"]]) == [("draft",)]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(panel.grid, Qt.Key.Key_Return, CTRL)
    assert query(db_path, "SELECT status FROM targets WHERE sentence_id = ?",
                 [window.ids["Enflasyon"]]) == [("translated",)]


def test_the_setting_turns_the_question_off(qtbot, window, db_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    current = window.settings.preferences()
    window.settings.save_preferences(Preferences(
        current.translator, current.ui_language, current.font_points, current.fill_repetitions,
        confirm_asks_on_qa_errors=False))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: pytest.fail("asked although the setting is off"))
    panel = window.editor_panel
    panel.go_to_sentence(window.ids["Toplantı"])
    qtbot.keyClick(panel.grid, Qt.Key.Key_Return, CTRL)
    assert query(db_path, "SELECT status FROM targets WHERE sentence_id = ?",
                 [window.ids["Toplantı"]]) == [("translated",)]


def test_the_question_is_on_by_default(tmp_path: Path) -> None:
    from annotator.gui.settings import AppSettings

    assert AppSettings(tmp_path / "fresh").preferences().confirm_asks_on_qa_errors
