"""``Project.agreement`` on a real project file: what counts as annotated (the document's
annotatable sentences, accepted annotations only) and each translator's latest English."""

from __future__ import annotations

from pathlib import Path

import pytest
from agreement_project import build

from annotator.errors import AnnotatorError
from annotator.project import Project


def test_figures_of_two_annotators_on_a_stored_project(db_path: Path, tmp_path: Path) -> None:
    doc_id = build(db_path, tmp_path)
    project = Project(db_path)
    try:
        figures = {(f.measure, f.event_type): f for f in project.agreement()}
    finally:
        project.close()
    assert {f.document for f in figures.values()} == {doc_id}
    kappa = figures["event_type_kappa", None]
    # 5 annotatable sentences (the title too) x 3 types (CONSULT, REQUEST, SANCTION; the
    # suggested AID is not compared) = 15 items; they differ on 2 (Bakan: CONSULT, Türkiye'nin:
    # REQUEST). p_o = 13/15; each said yes 3 times: p_e = (3/15)^2 + (12/15)^2 = 153/225;
    # kappa = (195 - 153) / (225 - 153) = 42/72 = 7/12.
    assert kappa.value == pytest.approx(7 / 12) and kappa.n == 15
    assert kappa.annotators == ("ayse", "mehmet")
    assert ("event_type_kappa", "AID") not in figures
    # Mentions: "Türkiye" identical, "ABD'yle" (ayse) ~ "ABD" (mehmet) overlap: 1 and 2 of 4.
    assert figures["mention_f1_exact", None].value == pytest.approx(2 * 1 / 4)
    assert figures["mention_f1_overlap", None].value == pytest.approx(2 * 2 / 4)
    # Dates differ on the one CONSULT matched; SANCTION agrees on all: 5 of 6 slots.
    assert figures["event_slot_agreement", None].value == pytest.approx(5 / 6)
    # English: ayse's latest ("... met the US on 27 November.", not "Türkiye met.") against
    # mehmet's: met -> talked plus "to" inserted = 2 edits; 8 + 4 reference words -> 1/6.
    ter = figures["translation_ter", None]
    assert ter.value == pytest.approx(2 / 12) and ter.n == 2


def test_an_unknown_document_is_refused(db_path: Path, tmp_path: Path) -> None:
    build(db_path, tmp_path)
    project = Project(db_path)
    try:
        with pytest.raises(AnnotatorError) as raised:
            project.agreement(["no-such-document"])
    finally:
        project.close()
    assert raised.value.key == "storage.document_not_found"
