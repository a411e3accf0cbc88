"""Annotate → Curate… in the window, on the agreement fixture (ayse and mehmet): the dialog lists
the sentences with their marks and one column per annotator, key 1 takes ayse's version (one
undo step, undone from the window), Down moves on, a merge of checked items, the agreeing
sentence accepted in bulk, and the dialog rendered to a PNG that is not blank."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from agreement_project import build
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage

from annotator.gui.dialogs.curation_dialog import CurationDialog
from annotator.gui.models.curation_models import CurationSentenceModel, VersionItemModel
from annotator.storage.curation import CURATOR

pytestmark = pytest.mark.gui


def _open(qtbot, main_window, db_path: Path, tmp_path: Path) -> tuple[Any, CurationDialog]:  # type: ignore[no-untyped-def]
    doc_id = build(db_path, tmp_path)
    window = main_window()
    window.open_document(doc_id)
    window.show()
    qtbot.waitExposed(window)
    action = next(a for a in window.findChildren(QAction) if a.text() == "C&urate…")
    action.trigger()
    dialog = window.findChild(CurationDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.sentence_view.setFocus()
    qtbot.waitUntil(lambda: dialog.sentence_view.hasFocus())
    return window, dialog


def _curated(dialog: CurationDialog) -> list[str]:
    model = dialog.curated_column.model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def test_key_one_takes_the_first_annotators_version(  # type: ignore[no-untyped-def]
        qtbot, main_window, db_path: Path, tmp_path: Path, qtmodeltester) -> None:
    window, dialog = _open(qtbot, main_window, db_path, tmp_path)
    qtmodeltester.check(dialog.sentence_model)
    assert [c.title() for c in dialog.columns] == ["ayse", "mehmet"]
    marks = [dialog.sentence_model.data(dialog.sentence_model.index(r))[0]
             for r in range(dialog.sentence_model.rowCount())]
    assert marks == ["=", "≠", "=", "≠", "≠"]  # title: both nothing; ABD: both SANCTION
    assert dialog.project.who == CURATOR  # the curating mode while the dialog is open
    assert dialog.status_label.text() == ("5 sentences: 0 curated, 1 where all agree to accept "
                                          "in bulk, 3 that differ.")

    qtbot.keyClick(dialog.sentence_view, Qt.Key.Key_Down)  # "Türkiye ABD'yle ..."
    sentence = dialog.current_sentence()
    assert sentence is not None and sentence.text.startswith("Türkiye ABD'yle")
    qtbot.keyClick(dialog.sentence_view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: len(_curated(dialog)) == 3)
    assert _curated(dialog) == ["TR  Türkiye → Türkiye", "TR  ABD'yle → United States",
                                "CONSULT  Türkiye → United States  2023-11-27"]
    rows = dialog.project.db.execute(
        "SELECT count(*) FROM mentions WHERE annotator = ?", [CURATOR]).fetchone()[0]
    assert rows == 2
    assert dialog.sentence_model.data(dialog.sentence_model.index(1))[0] == "✓"
    still = dialog.current_sentence()
    assert still is not None and still.sentence_id == sentence.sentence_id  # stays selected

    # One undo step, undone from the window's runner: the curated column empties again.
    assert window.runner.undo()
    qtbot.waitUntil(lambda: _curated(dialog) == [])

    # Render it: the picture is not one flat colour.
    png = tmp_path / "curation.png"
    assert dialog.grab().save(str(png))
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 200
    colours = {QColor(image.pixel(x, y)).rgb() for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 10
    dialog.close()
    assert dialog.project.who != CURATOR


def test_merge_checked_items_and_accept_agreeing(  # type: ignore[no-untyped-def]
        qtbot, main_window, db_path: Path, tmp_path: Path, qtmodeltester) -> None:
    _window, dialog = _open(qtbot, main_window, db_path, tmp_path)
    qtbot.keyClick(dialog.sentence_view, Qt.Key.Key_Down)
    ayse, mehmet = (c.model for c in dialog.columns)
    qtmodeltester.check(ayse)
    # ayse's "Türkiye" mention and mehmet's event (the third row of each: mentions first).
    assert ayse.setData(ayse.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert mehmet.setData(mehmet.index(2), Qt.CheckState.Checked,
                          Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(dialog.take_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_curated(dialog)) == 2)
    assert _curated(dialog) == ["TR  Türkiye → Türkiye",
                                "CONSULT  Türkiye → United States  2023-11-28"]

    assert dialog.accept_agreeing() == 1  # "ABD" only; the title has nothing to curate
    marks = [dialog.sentence_model.data(dialog.sentence_model.index(r))[0]
             for r in range(dialog.sentence_model.rowCount())]
    assert marks == ["=", "✓", "✓", "≠", "≠"]
    assert isinstance(dialog.sentence_model, CurationSentenceModel)
    assert isinstance(ayse, VersionItemModel)


def test_export_dialog_asks_for_curated_annotations(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from annotator.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.request().options.curated
    dialog.curated_check.setChecked(True)
    assert dialog.request().options.curated
