"""Progress in the document list over the parts meant to be translated, and the document
properties dialog with its word counts and the project's translatable parts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from annotator.core.models import BlockRole, TargetStatus
from annotator.core.word_count import count_words
from annotator.gui.dialogs.document_properties_dialog import DocumentPropertiesDialog
from annotator.gui.models.document_list_model import COL_REVIEWED, COL_TRANSLATED
from annotator.ingest.pipeline import import_file
from annotator.project import Changes, SetTarget
from annotator.storage.connection import open_project

pytestmark = pytest.mark.gui


@pytest.fixture
def window(main_window, db_path: Path, seed_file: Path):  # type: ignore[no-untyped-def]
    db = open_project(db_path)
    import_file(db, seed_file)
    db.close()
    return main_window()


def shown(window, column: int) -> str:  # type: ignore[no-untyped-def]
    model = window.document_model
    return str(model.data(model.index(0, column)))


def translate(window, roles: set[BlockRole], status: TargetStatus) -> list[int]:  # type: ignore[no-untyped-def]
    project = window.project
    doc_id = project.documents()[0].id
    ids = [segment.sentence.id for segment in project.segments(doc_id)
           if segment.sentence.role in roles]
    for sentence_id in ids:
        SetTarget(project, sentence_id, f"English {sentence_id}", status).apply()
    window.runner.announce(Changes.of(sentences=ids))
    return ids


def test_progress_reaches_100_when_every_title_and_body_sentence_is_translated(
        qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert shown(window, COL_TRANSLATED) == "0 %"
    translate(window, {BlockRole.FOOTNOTE, BlockRole.BIO}, TargetStatus.REVIEWED)
    translate(window, {BlockRole.TITLE, BlockRole.BODY}, TargetStatus.TRANSLATED)
    qtbot.waitUntil(lambda: shown(window, COL_TRANSLATED) == "100 %", timeout=5000)
    assert shown(window, COL_REVIEWED) == "0 %"  # reviewed footnotes and bio do not count
    summary = window.document_model.summary(0)
    assert summary.sentences == 48 and summary.translated == summary.translatable
    tooltip = window.document_model.data(window.document_model.index(0, 0),
                                         Qt.ItemDataRole.ToolTipRole)
    assert f"{summary.translatable} of 48 sentences" in tooltip


def test_changing_the_translatable_parts_changes_the_percentages(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    translate(window, {BlockRole.TITLE, BlockRole.BODY}, TargetStatus.TRANSLATED)
    qtbot.waitUntil(lambda: shown(window, COL_TRANSLATED) == "100 %", timeout=5000)
    project = window.project
    assert window.runner.run(lambda: project.set_translatable_roles(
        ["title", "body", "footnote"])) is not None
    assert project.translatable_roles() == (BlockRole.TITLE, BlockRole.BODY, BlockRole.FOOTNOTE)
    percent = int(shown(window, COL_TRANSLATED).split()[0])  # refreshed by the notice at once
    assert 50 < percent < 100
    translate(window, {BlockRole.FOOTNOTE}, TargetStatus.TRANSLATED)
    qtbot.waitUntil(lambda: shown(window, COL_TRANSLATED) == "100 %", timeout=5000)
    assert window.runner.run(lambda: project.set_translatable_roles(["body"])) is not None
    assert shown(window, COL_TRANSLATED) == "100 %"


def test_properties_dialog_shows_the_counts_and_returns_the_parts_chosen(
        qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    reviewed = translate(window, {BlockRole.TITLE}, TargetStatus.REVIEWED)
    project = window.project
    doc_id = project.documents()[0].id
    segments = project.segments(doc_id)
    translatable = [s.sentence for s in segments if s.sentence.role.annotatable]
    title_words = sum(count_words(s.sentence.text) for s in segments
                      if s.sentence.id in reviewed)
    footnote_words = sum(count_words(s.sentence.text) for s in segments
                         if s.sentence.role is BlockRole.FOOTNOTE)
    seen: dict[str, object] = {}

    def fake_exec(dialog: DocumentPropertiesDialog) -> QDialog.DialogCode:
        qtbot.addWidget(dialog)
        untranslated_sentences = dialog.count_labels[TargetStatus.UNTRANSLATED][0]
        seen["reviewed"] = dialog.count_labels[TargetStatus.REVIEWED][1].text()
        seen["total"] = dialog.count_labels[None][1].text()
        seen["sentences"] = untranslated_sentences.text()
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["format"] = dialog.title_label.textFormat()
        dialog.role_checks[BlockRole.FOOTNOTE].setChecked(True)
        seen["total_with_footnotes"] = dialog.count_labels[None][1].text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DocumentPropertiesDialog, "exec", fake_exec)
    chosen = DocumentPropertiesDialog.show_properties(project, doc_id, window)
    words = sum(count_words(s.text) for s in translatable)
    assert seen["reviewed"] == str(title_words)
    assert seen["total"] == str(words)
    assert seen["sentences"] == str(len(translatable) - len(reviewed))
    assert seen["total_with_footnotes"] == str(words + footnote_words)
    assert "Gülperi Güngör" in seen["labels"] and "2023-12-13" in seen["labels"]
    assert seen["format"] == Qt.TextFormat.PlainText
    assert chosen == (BlockRole.TITLE, BlockRole.BODY, BlockRole.FOOTNOTE)
    assert project.translatable_roles() == (BlockRole.TITLE, BlockRole.BODY)  # only read


def test_properties_dialog_returns_none_when_nothing_changed_or_cancelled(
        qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    project = window.project
    doc_id = project.documents()[0].id
    monkeypatch.setattr(DocumentPropertiesDialog, "exec",
                        lambda dialog: QDialog.DialogCode.Accepted)
    assert DocumentPropertiesDialog.show_properties(project, doc_id, window) is None

    def untick_all(dialog: DocumentPropertiesDialog) -> QDialog.DialogCode:
        for check in dialog.role_checks.values():
            check.setChecked(False)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen.append(ok.isEnabled())
        return QDialog.DialogCode.Rejected

    seen: list[bool] = []
    monkeypatch.setattr(DocumentPropertiesDialog, "exec", untick_all)
    assert DocumentPropertiesDialog.show_properties(project, doc_id, window) is None
    assert seen == [False]  # no part at all cannot be confirmed


def test_markup_in_a_title_is_shown_as_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from annotator.core.models import Document
    from annotator.core.word_count import DocumentWords

    document = Document("d1", "<b>Kalın</b> <img src=x>", "", None, None, None, None, "tr",
                        None, None, "now")
    dialog = DocumentPropertiesDialog(document, DocumentWords("d1", "", (BlockRole.BODY,), {}))
    qtbot.addWidget(dialog)
    assert dialog.title_label.text() == "<b>Kalın</b> <img src=x>"
    assert dialog.title_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.count_labels[None][1].text() == "0"
