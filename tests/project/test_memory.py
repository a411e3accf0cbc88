"""Translation memory through the operations layer: matches for a sentence, repetitions,
TMX imported as memory, concordance; the loaded memory follows edits made after it was read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.models import TargetStatus
from annotator.core.tm_match import MatchKind
from annotator.exchange.errors import ImportFileError
from annotator.project import Project, SetTarget
from annotator.project.repetitions import FillRepetitions
from annotator.storage.errors import RowNotFoundError

OLD = ("Eski yorum\n\nGörüşme iki saat sürdü. Toplantı 27 Kasım'da yapıldı. Seçimler yaklaşıyor. "
       "Toplantı 27 Kasım'da yapıldı. Toplantı 28 Kasım'da yapıldı. Dışişleri Bakanı dün "
       "Ankara'da basına önemli bir açıklama yaptı. Dışişleri Bakanı dün İzmir'de halka uzun "
       "bir konuşma yaptı.\n")
NEW = ("Yeni yorum\n\nGörüşme iki saat sürdü. Toplantı 27 Kasım'da yapıldı. Dışişleri Bakanı dün "
       "Ankara'da gazetecilere önemli bir açıklama yaptı. Seçimler yaklaşıyor. Seçimler "
       "yaklaşıyor.\n")
CURRENT = "Dışişleri Bakanı dün Ankara'da gazetecilere önemli bir açıklama yaptı."
NINETY = "Dışişleri Bakanı dün Ankara'da basına önemli bir açıklama yaptı."
SIXTY_EIGHT = "Dışişleri Bakanı dün İzmir'de halka uzun bir konuşma yaptı."




@pytest.fixture
def project(db_path: Path, tmp_path: Path) -> Iterator[Project]:
    opened = Project(db_path, who=lambda: "ayse")
    for name, text in (("old.txt", OLD), ("new.txt", NEW)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        opened.import_files([tmp_path / name])
    yield opened
    opened.close()


def sentence_ids(project: Project, doc: int, text: str) -> list[int]:
    """The ids of the sentences of the ``doc``-th document whose text is ``text``."""
    doc_id = project.document_ids()[doc]
    return [s.sentence.id for s in project.segments(doc_id) if s.sentence.text == text]


def confirm(project: Project, sentence_id: int, english: str,
            status: TargetStatus = TargetStatus.TRANSLATED) -> None:
    SetTarget(project, sentence_id, english, status).apply()


def test_a_ninety_percent_match_is_listed_with_its_percentage_and_diff(
        project: Project) -> None:
    (similar,) = sentence_ids(project, 0, NINETY)
    (current,) = sentence_ids(project, 1, CURRENT)
    confirm(project, similar, "The Foreign Minister made an important statement to the press "
            "in Ankara yesterday.")
    (match,) = project.tm_matches(current)
    assert (match.kind, match.sentence_id, match.source) == (MatchKind.FUZZY, similar, NINETY)
    assert 89 <= match.score <= 91
    assert match.target.startswith("The Foreign Minister")
    assert match.origin == "Eski yorum" and match.document_id == project.document_ids()[0]
    (changed,) = [span for span in match.diff if span.tag != "equal"]
    assert changed.tag == "replace"
    assert CURRENT[changed.start:changed.end] == "gazetecilere"
    assert NINETY[changed.match_start:changed.match_end] == "basına"


def test_threshold_keeps_weaker_matches_out(project: Project) -> None:
    (weak,) = sentence_ids(project, 0, SIXTY_EIGHT)
    (current,) = sentence_ids(project, 1, CURRENT)
    confirm(project, weak, "Yesterday the Foreign Minister gave a long speech in Izmir.")
    assert project.tm_matches(current) == []
    (match,) = project.tm_matches(current, threshold=60)
    assert (match.sentence_id, match.score) == (weak, 68)


def test_in_context_then_exact_then_fuzzy_and_never_itself(project: Project) -> None:
    after_talks, after_elections = sentence_ids(project, 0, "Toplantı 27 Kasım'da yapıldı.")
    (next_day,) = sentence_ids(project, 0, "Toplantı 28 Kasım'da yapıldı.")
    (current,) = sentence_ids(project, 1, "Toplantı 27 Kasım'da yapıldı.")
    confirm(project, after_elections, "The meeting was held on 27 November.")
    confirm(project, next_day, "The meeting took place on 28 November.")
    confirm(project, after_talks, "The meeting took place on 27 November.",
            TargetStatus.REVIEWED)
    confirm(project, current, "Already translated: must not match itself.")
    matches = project.tm_matches(current)
    assert [(m.kind, m.sentence_id) for m in matches] == [
        (MatchKind.IN_CONTEXT, after_talks), (MatchKind.EXACT, after_elections),
        (MatchKind.FUZZY, next_day)]
    assert [m.score for m in matches][:2] == [100, 100] and 90 < matches[2].score < 100
    assert all(span.tag == "equal" for span in matches[0].diff)
    assert project.tm_matches(current, limit=1)[0].kind is MatchKind.IN_CONTEXT


def test_the_loaded_memory_follows_confirmations_and_withdrawals(
        project: Project) -> None:
    (similar,) = sentence_ids(project, 0, NINETY)
    (current,) = sentence_ids(project, 1, CURRENT)
    assert project.tm_matches(current) == []  # loads the (empty) memory
    confirm(project, similar, "A statement to the press.")
    assert [m.sentence_id for m in project.tm_matches(current)] == [similar]
    confirm(project, similar, "A statement to the press, revised.", TargetStatus.REVIEWED)
    assert [m.target for m in project.tm_matches(current)] == ["A statement to the press, revised."]
    confirm(project, similar, "Only a draft now.", TargetStatus.DRAFT)
    assert project.tm_matches(current) == []


def test_a_confirmed_sentence_fills_its_repetitions_as_drafts_and_undo_restores(
        project: Project) -> None:
    (old,) = sentence_ids(project, 0, "Seçimler yaklaşıyor.")
    first, second = sentence_ids(project, 1, "Seçimler yaklaşıyor.")
    (talks_old,) = sentence_ids(project, 0, "Görüşme iki saat sürdü.")
    (talks_new,) = sentence_ids(project, 1, "Görüşme iki saat sürdü.")
    confirm(project, first, "Elections are approaching.")
    edit = FillRepetitions(project, first)
    changes = edit.apply()
    assert edit.count == 2 and changes.sentences == {old, second}
    for filled in (old, second):
        target = project.segment(filled).target  # type: ignore[union-attr]
        assert (target.text, target.status, target.translator) == (
            "Elections are approaching.", TargetStatus.DRAFT, "ayse")
    assert edit.revert().sentences == {old, second}
    for filled in (old, second):
        target = project.segment(filled).target  # type: ignore[union-attr]
        assert (target.text, target.status) == ("", TargetStatus.UNTRANSLATED)
    edit.apply()  # redo fills the same sentences
    assert project.segment(second).target.text == "Elections are approaching."  # type: ignore[union-attr]

    # A repetition that already has English is left alone; a draft is not a confirmation.
    confirm(project, talks_old, "The talks lasted two hours.", TargetStatus.DRAFT)
    confirm(project, talks_new, "The meeting took two hours.")
    assert FillRepetitions(project, talks_new).apply().empty
    assert project.segment(talks_old).target.text == "The talks lasted two hours."  # type: ignore[union-attr]
    unconfirmed = FillRepetitions(project, talks_old)
    unconfirmed.apply()
    assert unconfirmed.count == 0


def write_tmx(path: Path, units: list[tuple[str, str]]) -> Path:
    body = "".join(f'<tu><tuv xml:lang="tr-TR"><seg>{tr}</seg></tuv>'
                   f'<tuv xml:lang="en-GB"><seg>{en}</seg></tuv></tu>\n' for tr, en in units)
    path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="tr-TR"/>'
                    f"<body>\n{body}</body></tmx>\n", encoding="utf-8")
    return path


def test_tmx_imported_as_memory_then_matches(project: Project, tmp_path: Path) -> None:
    (current,) = sentence_ids(project, 1, CURRENT)
    path = write_tmx(tmp_path / "agency.tmx", [
        (NINETY, "The Foreign Minister made an important statement to the press in Ankara."),
        ("Ekonomi büyüdü.", "The economy grew.")])
    outcome = project.import_tm(path)
    assert (outcome.report.units, outcome.report.memory_entries) == (2, 2)
    assert outcome.changes.memory and not outcome.changes.progress
    (match,) = project.tm_matches(current)
    assert (match.origin, match.sentence_id, match.kind) == ("agency.tmx", None, MatchKind.FUZZY)
    assert match.unit_id is not None and 89 <= match.score <= 91
    again = project.import_tm(path).report
    assert (again.memory_entries, again.already_in_memory) == (0, 2)
    assert len(project.tm_matches(current)) == 1


def test_a_bad_tm_file_is_refused_and_nothing_is_kept(project: Project,
                                                      tmp_path: Path) -> None:
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"text": "Bir not."}\n', encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        project.import_tm(notes)
    assert (refused.value.kind, refused.value.path) == ("tm_not_tmx", notes)
    broken = write_tmx(tmp_path / "broken.tmx", [(NINETY, "A statement.")])
    broken.write_text(broken.read_text(encoding="utf-8").replace("</body>", "<tu></tu></body>"),
                      encoding="utf-8")
    with pytest.raises(ImportFileError) as incomplete:
        project.import_tm(broken)
    assert incomplete.value.kind == "tmx_tu_incomplete"
    assert project.db.execute("SELECT count(*) FROM tm_units").fetchone()[0] == 0


def test_concordance_is_turkish_aware_on_both_sides(project: Project,
                                                    tmp_path: Path) -> None:
    (meeting,) = sentence_ids(project, 1, "Toplantı 27 Kasım'da yapıldı.")
    confirm(project, meeting, "The meeting was held on 27 November.")
    project.import_tm(write_tmx(tmp_path / "m.tmx", [("KASIM ayında seçim var.",
                                                      "There is an election in November.")]))
    hits = project.concordance("kasim")
    assert [(h.sentence_id, h.origin) for h in hits] == [(meeting, "Yeni yorum"),
                                                        (None, "m.tmx")]
    assert [h.source[s:e] for h in hits for s, e in h.source_spans] == ["Kasım", "KASIM"]
    english = project.concordance("NOVEMBER")
    assert [h.target[s:e] for h in english for s, e in h.target_spans] == ["November"] * 2
    assert project.concordance("Seçimler") == []  # untranslated sentences are not memory
    assert project.concordance("  ") == []


def test_a_missing_sentence_is_a_storage_error(project: Project) -> None:
    with pytest.raises(RowNotFoundError) as missing:
        project.tm_matches(10_000)
    assert missing.value.kind == "sentence_not_found"
