"""`annotator docs` over the parts meant to be translated, `docs --words`, and `annotator
settings --translatable`, run as real subprocesses."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import annotator

from annotator.core.models import BlockRole, TargetStatus
from annotator.core.word_count import count_words
from annotator.storage.connection import open_project
from annotator.storage.documents import get_sentences
from annotator.storage.targets import save_target

STATUSES = [str(status) for status in TargetStatus]


@pytest.fixture
def project(tmp_path: Path, seed_file: Path) -> tuple[Path, str]:
    db = tmp_path / "x.sqlite"
    imported = annotator("--db", str(db), "import", str(seed_file))
    assert imported.returncode == 0, imported.stderr
    return db, imported.stdout.split("\t")[0]


def save(db_path: Path, doc_id: str, roles: set[BlockRole], status: TargetStatus) -> list[str]:
    """Give every sentence of ``roles`` an English with ``status``; returns their Turkish."""
    db = open_project(db_path)
    try:
        chosen = [s for s in get_sentences(db, doc_id) if s.role in roles]
        for sentence in chosen:
            save_target(db, sentence.id, f"English {sentence.order}", status, "ayse")
        return [s.text for s in chosen]
    finally:
        db.close()


def docs(db: Path, *args: str) -> list[str]:
    result = annotator("--db", str(db), "docs", *args)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    return line.split("\t")


def test_docs_reaches_100_percent_when_every_title_and_body_sentence_is_translated(
        project: tuple[Path, str]) -> None:
    db, doc_id = project
    save(db, doc_id, {BlockRole.TITLE}, TargetStatus.REVIEWED)
    save(db, doc_id, {BlockRole.BODY}, TargetStatus.TRANSLATED)
    fields = docs(db)
    assert fields[0] == doc_id and int(fields[2]) == 48  # every sentence is still listed
    assert fields[3:] == ["100%", "0%"]


def test_docs_words_prints_words_per_status(project: tuple[Path, str]) -> None:
    db, doc_id = project
    texts = save(db, doc_id, {BlockRole.TITLE}, TargetStatus.REVIEWED)
    save(db, doc_id, {BlockRole.FOOTNOTE}, TargetStatus.TRANSLATED)  # not a translatable part
    fields = docs(db, "--words")
    assert len(fields) == 4 + len(STATUSES)
    assert fields[0] == doc_id and "AZERBAYCAN" in fields[1]
    total, translatable, *by_status = (int(value) for value in fields[2:])
    assert total > translatable > 300
    assert sum(by_status) == translatable
    per_status = dict(zip(STATUSES, by_status, strict=True))
    assert per_status["reviewed"] == sum(count_words(text) for text in texts) > 0
    assert per_status["translated"] == per_status["mt"] == per_status["draft"] == 0
    assert per_status["untranslated"] == translatable - per_status["reviewed"]
    assert len(docs(db)) == 5  # without --words the listing is as it always was


def test_settings_changes_what_progress_counts(project: tuple[Path, str]) -> None:
    db, doc_id = project
    save(db, doc_id, {BlockRole.TITLE, BlockRole.BODY}, TargetStatus.TRANSLATED)
    shown = annotator("--db", str(db), "settings")
    assert (shown.returncode, shown.stdout) == (0, "translatable\ttitle body\n")
    words_before = docs(db, "--words")
    changed = annotator("--db", str(db), "settings", "--translatable", "footnote", "body",
                        "title")
    assert (changed.returncode, changed.stdout) == (0, "translatable\ttitle body footnote\n")
    percent = int(docs(db)[3].rstrip("%"))
    assert 50 < percent < 100  # the untranslated footnotes count now
    words_after = docs(db, "--words")
    assert words_after[2] == words_before[2]  # all parts: unchanged
    assert int(words_after[3]) > int(words_before[3])  # translatable words: footnotes added
    assert annotator("--db", str(db), "settings", "--translatable", "title", "body").stdout == \
        "translatable\ttitle body\n"
    assert docs(db)[3] == "100%"


def test_settings_refuses_an_unknown_part_in_one_line(project: tuple[Path, str]) -> None:
    db, _ = project
    result = annotator("--db", str(db), "settings", "--translatable", "body", "intro")
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "intro" in result.stderr
    assert annotator("--db", str(db), "settings").stdout == "translatable\ttitle body\n"


def test_settings_needs_an_existing_project(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    result = annotator("--db", str(missing), "settings")
    assert result.returncode == 2 and "There is no project" in result.stderr
    assert not missing.exists()
