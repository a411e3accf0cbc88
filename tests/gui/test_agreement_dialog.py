"""Annotate → Agreement… in the window: the dialog opens on a project two annotators worked on,
its heat map has one cell per (event type, annotator pair) painted in the colour of its κ, the
table lists the figures (model tester), and a project with nobody to compare says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from agreement_project import build
from PySide6.QtGui import QAction, QColor, QImage

from annotator.gui.dialogs.agreement_dialog import AgreementDialog
from annotator.gui.dialogs.agreement_heat_map import HIGH, LOW, kappa_colour
from annotator.gui.models.agreement_table_model import COL_VALUE, FIGURE_ROLE

pytestmark = pytest.mark.gui
PAIR = ("ayse", "mehmet")


def open_from_menu(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> AgreementDialog:  # type: ignore[no-untyped-def]
    """Trigger Annotate → Agreement…; once the background job computed the figures, the dialog
    it builds (kept from its modal loop)."""
    opened: list[AgreementDialog] = []
    monkeypatch.setattr(AgreementDialog, "exec", lambda self: opened.append(self) or 0)
    action = next(a for a in window.findChildren(QAction) if a.text() == "A&greement…")
    with qtbot.waitSignal(window.runner.job_finished, timeout=60_000) as finished:
        action.trigger()
    assert finished.args[0] == "agreement"
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    opened[0].show()
    qtbot.waitExposed(opened[0])
    return opened[0]


def test_the_heat_map_has_a_cell_per_type_and_pair_in_its_colour(  # type: ignore[no-untyped-def]
        qtbot, main_window, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        qtmodeltester) -> None:
    doc_id = build(db_path, tmp_path)
    window = main_window()
    dialog = open_from_menu(qtbot, window, monkeypatch)
    assert dialog.scope_combo.currentData() == doc_id
    assert not dialog.empty_label.isVisible()
    cells = dialog.heat_map.cells()
    # Per type over the 5 annotatable sentences (see tests/agreement_project.py):
    # CONSULT ayse 0 1 0 1 0, mehmet 0 1 0 0 0: p_o = 4/5, p_e = 2/5*1/5 + 3/5*4/5 = 14/25,
    # kappa = (20 - 14) / (25 - 14) = 6/11; SANCTION identical -> 1; REQUEST ayse never -> 0.
    assert cells == {("CONSULT", PAIR): pytest.approx(6 / 11), ("REQUEST", PAIR): 0.0,
                     ("SANCTION", PAIR): 1.0}
    assert "0.545" in dialog.heat_map.tooltip("CONSULT", PAIR)
    # The painted picture: each cell's corner has its κ's colour (text is in the middle).
    png = tmp_path / "heat_map.png"
    assert dialog.heat_map.grab().save(str(png))
    image = QImage(str(png))
    ratio = image.devicePixelRatio()
    for (event_type, pair), value in cells.items():
        rect = dialog.heat_map.cell_rect(event_type, pair)
        pixel = image.pixelColor(int((rect.left() + 3) * ratio), int((rect.top() + 3) * ratio))
        assert pixel == kappa_colour(value), event_type
    assert kappa_colour(1.0) == HIGH and kappa_colour(0.0) == LOW
    colours = {image.pixelColor(x, y).rgb() for x in range(0, image.width(), 4)
               for y in range(0, image.height(), 4)}
    assert len(colours) > 5  # cells, legend gradient and text: not blank
    # The table: every figure of the document, the kappa row with its value.
    model = dialog.model
    qtmodeltester.check(model, force_py=True)
    figures = [model.index(r, 0).data(FIGURE_ROLE) for r in range(model.rowCount())]
    assert figures and {f.document for f in figures} == {doc_id}
    row = next(r for r, f in enumerate(figures)
               if f.measure == "event_type_kappa" and f.event_type is None)
    assert model.index(row, COL_VALUE).data() == "0.58"  # 7/12
    dialog.close()


def test_nothing_to_compare_is_said_in_the_dialog(  # type: ignore[no-untyped-def]
        qtbot, main_window, db_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.project import Project

    (tmp_path / "doc.txt").write_text("Başlık\n\nBir cümle.\n", encoding="utf-8")
    project = Project(db_path)
    project.import_files([tmp_path / "doc.txt"])
    project.close()
    window = main_window()
    dialog = open_from_menu(qtbot, window, monkeypatch)
    assert dialog.empty_label.isVisible()
    assert dialog.heat_map.cells() == {} and dialog.model.rowCount() == 0
    assert QColor(kappa_colour(None)).name() == "#d0d0d0"
    dialog.close()


def test_a_type_a_pair_never_used_is_a_hatched_cell_with_its_own_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    from annotator.core.agreement import AnnotationSet, DocumentData, EventItem, compare
    from annotator.gui.dialogs.agreement_heat_map import AgreementHeatMap

    both = frozenset({1, 2})
    sets = {"ayse": AnnotationSet(both, events=(EventItem(1, "CONSULT"), EventItem(2, "ACCUSE"))),
            "mehmet": AnnotationSet(both, events=(EventItem(1, "CONSULT"),)),
            "zeynep": AnnotationSet(frozenset({1}), events=(EventItem(1, "CONSULT"),))}
    heat_map = AgreementHeatMap()
    qtbot.addWidget(heat_map)
    heat_map.set_figures(compare(DocumentData(sets), None))
    heat_map.resize(heat_map.sizeHint())
    assert heat_map.types == ["ACCUSE", "CONSULT"] and len(heat_map.pairs) == 3
    # ACCUSE is in sentence 2, which zeynep did not annotate: no κ for her pairs.
    assert ("ACCUSE", ("ayse", "zeynep")) not in heat_map.cells()
    rect = heat_map.cell_rect("ACCUSE", ("mehmet", "zeynep"))
    assert heat_map.cell_at(rect.center()) == ("ACCUSE", ("mehmet", "zeynep"))
    assert "neither used" in heat_map.tooltip("ACCUSE", ("mehmet", "zeynep"))
    image = heat_map.grab().toImage()
    ratio = image.devicePixelRatio()
    inside = {image.pixelColor(int(x * ratio), int(y * ratio)).name()
              for x in range(rect.left() + 2, rect.right() - 2)
              for y in range(rect.top() + 2, rect.bottom() - 2)}
    # Hatched: grey stripes on the background, not a filled grey cell.
    assert kappa_colour(None).name() in inside and len(inside) >= 2
