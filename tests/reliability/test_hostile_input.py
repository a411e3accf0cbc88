"""Hostile input through the real ``annotator`` command (issue 18): damaged and foreign project
files, a race between two imports, hostile JSON, a planted ``.part`` link, too much text, mixed
encodings, empty project files.

Each case runs the command in a bounded subprocess and expects one line on stderr, exit code 2
and no traceback; where nothing valid came in, the project file's bytes are unchanged and nothing
was left beside it (no backup, no WAL). The window's dialog for a project it cannot open is
checked offscreen at the end (pytest-qt).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from annotator.exchange.export import export
from annotator.exchange.options import ExportOptions
from annotator.ingest.pipeline import import_file
from annotator.storage.connection import open_project
from reliability import finish, integrity, no_traceback, query

pytestmark = pytest.mark.reliability

Run = Callable[..., subprocess.CompletedProcess[str]]
OFFLINE_URL = "http://127.0.0.1:9/"  # the discard port: nothing listens, nothing leaves
TEXT = "Deneme\n\nBu bir deneme cümlesidir. İkinci cümle burada.\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def beside(path: Path) -> list[str]:
    """What lies next to the project file under its name (a backup, a WAL, a journal)."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "."))


def refused(result: subprocess.CompletedProcess[str], *expected: str) -> str:
    """Exit 2, one ``annotator: error:`` line holding every ``expected`` text, no traceback."""
    no_traceback(result.stderr)
    lines = result.stderr.splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("annotator: error: "), result.stderr
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


def healthy_project(folder: Path, seed_file: Path) -> tuple[Path, Path]:
    """The sample commentary in a project (checkpointed, no WAL) and a JSONL of it whose
    English differs from the project's, so importing it would write."""
    path = folder / "project.sqlite"
    db = open_project(path)
    import_file(db, seed_file)
    dataset = folder / "sample.jsonl"
    export(db, "jsonl", ExportOptions(), dataset)
    db.close()
    assert not Path(f"{path}-wal").exists()
    records = [json.loads(line) for line in dataset.read_text("utf-8").splitlines()]
    for record in records:
        record["translation"].update(final=f"English {record['order']}.", status="draft")
    dataset.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                       "utf-8")
    return path, dataset


def damage_pages(path: Path, table: str = "sentences") -> None:
    """Overwrite every leaf page of ``table`` in the middle of the file with garbage."""
    conn = sqlite3.connect(path)
    pages = [row[0] for row in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", [table])]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert pages and 1 not in pages
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * size)
            handle.write(bytes((7 * i + 13) % 256 for i in range(size)))


def damaged(kind: str, path: Path) -> Path:
    """``path`` (a healthy project) made into a damaged or foreign file of ``kind``."""
    data = path.read_bytes()
    if kind == "truncated":
        path.write_bytes(data[:len(data) // 2])
    elif kind == "header_only":
        path.write_bytes(data[:100])
    elif kind == "schema":
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE sentences (' "
                     "WHERE name = 'sentences'")
        conn.commit()
        conn.close()
    elif kind == "foreign_v2":
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("PRAGMA user_version = 2")  # what our schema 2 would say
        conn.commit()
        conn.close()
    elif kind == "pages":
        damage_pages(path)
    elif kind == "dev_null":
        return Path(os.devnull)
    return path


EXPECTED = {"truncated": "is damaged", "header_only": "is damaged", "schema": "is damaged",
            "pages": "is damaged", "foreign_v2": "is a database of another program",
            "dev_null": "is not a regular file"}


def commands(tmp_path: Path, dataset: Path) -> dict[str, list[str | Path]]:
    text = tmp_path / "deneme.txt"
    text.write_text(TEXT, encoding="utf-8")
    return {
        "import": ["import", text],
        "docs": ["docs"],
        "translate": ["translate", "--all", "--engine", "libre", "--url", OFFLINE_URL],
        "export": ["export", "--format", "jsonl", "-o", tmp_path / "out.jsonl"],
        "suggest": ["suggest", "--all"],
        "import-annotations": ["import-annotations", dataset],
        "gui": ["gui", "--screenshot", tmp_path / "shot.png"],
    }


# -- 2, 3, 8: damaged and foreign project files --------------------------------------------------

@pytest.mark.parametrize("command", ["import", "docs", "translate", "export", "suggest",
                                     "import-annotations", "gui"])
def test_damaged_data_pages_are_refused_by_every_command(
        tmp_path: Path, seed_file: Path, annotator: Run, command: str) -> None:
    # Before: tracebacks in import, docs, translate, export, suggest and gui, while
    # import-annotations wrote into the damaged file and exited 0.
    path, dataset = healthy_project(tmp_path, seed_file)
    damaged("pages", path)
    before = digest(path)
    result = annotator(path, *commands(tmp_path, dataset)[command])
    refused(result, f"The project file {path} is damaged (")
    assert digest(path) == before
    assert beside(path) == []
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "shot.png").exists()


@pytest.mark.parametrize("kind", ["truncated", "header_only", "schema", "foreign_v2",
                                  "dev_null"])
@pytest.mark.parametrize("command", ["docs", "import", "gui"])
def test_damaged_and_foreign_files_are_refused_and_left_alone(
        tmp_path: Path, seed_file: Path, annotator: Run, kind: str, command: str) -> None:
    # Before: the foreign file with user_version 2 gave "no such table: mentions" and left a
    # .v2.bak; the GUI gave tracebacks.
    path, dataset = healthy_project(tmp_path, seed_file)
    path = damaged(kind, path)
    before = digest(path) if kind != "dev_null" else ""
    result = annotator(path, *commands(tmp_path, dataset)[command])
    refused(result, str(path), EXPECTED[kind])
    if kind != "dev_null":
        assert digest(path) == before
        assert beside(path) == []


def test_damage_inside_rows_is_reported_when_read(tmp_path: Path, annotator: Run) -> None:
    # Bytes that are not UTF-8 inside a sentence's text leave every page well-formed (quick_check
    # passes); reading them must still be one line, not a traceback.
    path = tmp_path / "project.sqlite"
    text = tmp_path / "metin.txt"
    text.write_text("Başlık\n\nZQXJMARKERZQXJ bir cümledir. İkinci cümle.\n", encoding="utf-8")
    assert annotator(path, "import", text).returncode == 0
    data = path.read_bytes()
    path.write_bytes(data.replace(b"ZQXJMARKERZQXJ", b"\xff" * 14))
    result = annotator(path, "export", "--format", "jsonl", "-o", tmp_path / "out.jsonl")
    refused(result, f"The project file {path} is damaged (Could not decode to UTF-8")
    assert not (tmp_path / "out.jsonl").exists()


# -- 9: reading commands and an empty or missing file --------------------------------------------

@pytest.mark.parametrize("command", [["docs"], ["export", "--format", "jsonl", "-o", "out.jsonl"],
                                     ["suggest", "--all"],
                                     ["translate", "--all", "--engine", "libre", "--url",
                                      OFFLINE_URL]])
def test_reading_commands_do_not_make_a_project_of_an_empty_or_missing_file(
        tmp_path: Path, annotator: Run, command: list[str]) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    refused(annotator(empty, *command), f"{empty} is an empty file, not a project")
    assert empty.read_bytes() == b"" and beside(empty) == []
    missing = tmp_path / "missing.sqlite"
    refused(annotator(missing, *command), f"There is no project at {missing}")
    assert not missing.exists() and beside(missing) == []


def test_import_still_makes_a_project_of_an_empty_file(tmp_path: Path, annotator: Run) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    text = tmp_path / "deneme.txt"
    text.write_text(TEXT, encoding="utf-8")
    result = annotator(empty, "import", text)
    assert result.returncode == 0 and result.stdout.endswith("\tDeneme\n"), result.stderr
    assert query(empty, "SELECT count(*) FROM documents") == [(1,)]


# -- 1: two imports of one file at once ----------------------------------------------------------

def test_two_imports_of_the_same_file_at_once_store_it_once(
        tmp_path: Path, annotator: Run, start_annotator: Callable[..., subprocess.Popen[str]],
) -> None:
    # Before: the loser crashed with "IntegrityError: UNIQUE constraint failed: documents.id"
    # (existence was checked outside the write transaction) and skipped its other files.
    words = "Dışişleri Bakanı bugün Ankara'da mevkidaşıyla görüştü ve yeni adımlar açıkladı"
    big = tmp_path / "buyuk.txt"
    big.write_text("Büyük\n\n" + "\n\n".join(f"{n}. paragraf: {words}. {words}."
                                            for n in range(1500)), encoding="utf-8")
    other = tmp_path / "deneme.txt"
    other.write_text(TEXT, encoding="utf-8")
    for round_ in range(2):
        path = tmp_path / f"project{round_}.sqlite"
        assert annotator(path, "import", other).returncode == 0
        first, second = (start_annotator(path, "import", big, other) for _ in range(2))
        results = [finish(first), finish(second)]
        for done in results:
            no_traceback(done.err)
            assert done.code == 0, done.err
            assert f"{other} is already in the project" in done.err  # went on to its next file
        printed = [done.out for done in results if done.out]
        assert len(printed) == 1 and printed[0].endswith("\tBüyük\n"), results
        loser = next(done for done in results if not done.out)
        assert f"{big} is already in the project as {printed[0].split()[0]}" in loser.err
        assert query(path, "SELECT count(*) FROM documents") == [(2,)]
        assert integrity(path) == "ok"


# -- 4: hostile JSON ---------------------------------------------------------------------------

def hostile_files(folder: Path, dataset: Path) -> dict[str, tuple[Path, int]]:
    """Import files with a fault on a known line: (file, line)."""
    lines = dataset.read_text("utf-8").splitlines()
    third = json.loads(lines[2])
    files: dict[str, tuple[Path, int]] = {}

    def write(name: str, body: list[str], line: int) -> None:
        path = folder / name
        path.write_text("\n".join(body) + "\n", encoding="utf-8")
        files[name] = (path, line)

    long_order = json.dumps({**third, "order": 123456789}).replace("123456789", "9" * 5000)
    assert "9" * 5000 in long_order
    write("long_int.jsonl", [lines[0], lines[1], long_order], 3)
    write("deep.jsonl", [lines[0], lines[1], '{"schema": ' + "[" * 100_000 + "]" * 100_000
                         + "}"], 3)
    surrogate = replace_final(third, "Sentence \ud800 three.")
    write("surrogate.jsonl", [lines[0], lines[1], json.dumps(surrogate)], 3)
    task = {"data": {"text": "Bir cümle.", "side": "tr"}, "annotations": []}
    write("deep_labelstudio.json", ["[", json.dumps(task) + ",",
                                    "[" * 100_000 + "]" * 100_000, "]"], 3)
    write("long_int_labelstudio.json", ["[", json.dumps(task) + ",",
                                        '{"id": ' + "1" * 5000 + "}", "]"], 3)
    write("surrogate_doccano.jsonl", [json.dumps({"text": "Bir cümle.", "label": [
        [0, 3, "X"]]}), json.dumps({"text": "Bir \udc80 cümle.", "label": []})], 2)
    return files


def replace_final(record: dict[str, Any], final: str) -> dict[str, Any]:
    return {**record, "translation": {**record["translation"], "final": final}}


@pytest.mark.parametrize("name", ["long_int.jsonl", "deep.jsonl", "surrogate.jsonl",
                                  "deep_labelstudio.json", "long_int_labelstudio.json",
                                  "surrogate_doccano.jsonl"])
def test_hostile_json_is_one_error_naming_its_line_and_applies_nothing(
        tmp_path: Path, seed_file: Path, annotator: Run, name: str) -> None:
    # Before: ValueError / RecursionError / UnicodeEncodeError tracebacks.
    path, dataset = healthy_project(tmp_path, seed_file)
    before = digest(path)
    hostile, line = hostile_files(tmp_path, dataset)[name]
    refused(annotator(path, "import-annotations", hostile), f"{hostile}:{line}: ")
    assert digest(path) == before


# -- 5: a planted .part link ---------------------------------------------------------------------

def test_export_never_follows_a_link_planted_at_its_part_file(
        tmp_path: Path, seed_file: Path, annotator: Run) -> None:
    path, _ = healthy_project(tmp_path, seed_file)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.part").symlink_to(victim)
    result = annotator(path, "export", "--format", "jsonl", "-o", out)
    assert result.returncode == 0, result.stderr
    assert victim.read_text("utf-8") == "precious\n"  # before: overwritten with the export
    assert not out.is_symlink() and out.read_text("utf-8").startswith('{"schema"')
    assert not (tmp_path / "out.jsonl.part").exists()


# -- 6: too much text ---------------------------------------------------------------------------

def test_a_file_with_too_much_text_is_refused_before_it_is_split(
        tmp_path: Path, seed_file: Path, annotator: Run) -> None:
    from annotator.ingest.limits import MAX_TEXT_CHARS

    path, _ = healthy_project(tmp_path, seed_file)
    before = digest(path)
    paragraph = ("Dışişleri Bakanı bugün Ankara'da mevkidaşıyla görüştü. " * 20).strip()
    huge = tmp_path / "kitap.txt"
    with huge.open("w", encoding="utf-8") as handle:
        written = 0
        while written <= MAX_TEXT_CHARS:
            written += handle.write(paragraph + "\n\n")
    refused(annotator(path, "import", huge), f"{huge} holds more than 20 million characters")
    assert digest(path) == before


# -- 7: mixed encodings -------------------------------------------------------------------------

def test_a_cp1254_file_with_one_utf8_line_is_refused(
        tmp_path: Path, seed_file: Path, annotator: Run) -> None:
    # Before: read as mac_latin2 (or cp1254 with mojibake in the UTF-8 line), imported, exit 0.
    path, _ = healthy_project(tmp_path, seed_file)
    before = digest(path)
    lines = [line for line in seed_file.read_text("utf-8").splitlines() if line.strip()][:5]
    mixed = tmp_path / "karisik.txt"
    mixed.write_bytes(b"\n".join(line.encode("utf-8" if n == 0 else "cp1254")
                                 for n, line in enumerate(lines)))
    refused(annotator(path, "import", mixed),
            f"{mixed} mixes two character encodings: line 1 is UTF-8, line 2 is not")
    assert digest(path) == before


# -- 2 in the window: the dialog -----------------------------------------------------------------

def dialog_text(run: Callable[[], int]) -> tuple[int, list[str]]:
    """Run ``run`` (which opens a modal box) and read and close every box it shows."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_and_close)
            return
        seen.append(box.text())
        box.close()

    QTimer.singleShot(50, read_and_close)
    return run(), seen


def cli_line(path: Path) -> str:
    """What ``annotator --db PATH docs`` says about the file, without its prefix."""
    import io

    from annotator import cli

    err = io.StringIO()
    assert cli.run(["--db", str(path), "docs"], io.StringIO(), err) == 2
    return err.getvalue().removeprefix("annotator: error: ").rstrip("\n")


@pytest.mark.gui
@pytest.mark.parametrize("kind", ["truncated", "header_only", "schema", "foreign_v2", "pages",
                                  "dev_null"])
def test_the_window_refuses_a_damaged_project_with_the_clis_message(
        qtbot: Any, tmp_path: Path, seed_file: Path, kind: str) -> None:
    from annotator.app import run_gui
    from annotator.cli import GuiRequest

    path, _ = healthy_project(tmp_path, seed_file)
    path = damaged(kind, path)
    before = digest(path) if kind != "dev_null" else ""
    expected = cli_line(path)
    code, seen = dialog_text(lambda: run_gui(GuiRequest(path)))
    assert code == 2
    assert seen == [expected], (seen, expected)
    if kind != "dev_null":
        assert digest(path) == before and beside(path) == []


@pytest.mark.gui
def test_the_window_reports_damage_in_the_document_it_is_asked_to_open(
        qtbot: Any, tmp_path: Path) -> None:
    from annotator.app import run_gui
    from annotator.cli import GuiRequest

    path = tmp_path / "project.sqlite"
    text = tmp_path / "metin.txt"
    text.write_text("Başlık\n\nZQXJMARKERZQXJ bir cümledir. İkinci cümle.\n", encoding="utf-8")
    db = open_project(path)
    doc_id = import_file(db, text).document.id
    db.close()
    path.write_bytes(path.read_bytes().replace(b"ZQXJMARKERZQXJ", b"\xff" * 14))
    before = digest(path)
    code, seen = dialog_text(lambda: run_gui(GuiRequest(path, open_doc=doc_id)))
    assert code == 2
    assert len(seen) == 1 and seen[0].startswith(f"The project file {path} is damaged ("), seen
    assert digest(path) == before


@pytest.mark.gui
def test_the_dialog_speaks_the_interface_language(qtbot: Any, tmp_path: Path,
                                                  seed_file: Path) -> None:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from annotator.app import run_gui
    from annotator.cli import GuiRequest
    from annotator.gui.settings import AppSettings
    from annotator.paths import config_dir

    settings = AppSettings(config_dir())
    settings.save_preferences(replace(settings.preferences(), ui_language="tr"))
    settings.sync()
    path, _ = healthy_project(tmp_path, seed_file)
    path = damaged("foreign_v2", path)
    app = QApplication.instance()
    assert app is not None  # qtbot made it
    installed = set(app.findChildren(QTranslator))
    try:
        code, seen = dialog_text(lambda: run_gui(GuiRequest(path)))
    finally:  # the Turkish translators must not outlive this test
        for translator in set(app.findChildren(QTranslator)) - installed:
            app.removeTranslator(translator)
            translator.deleteLater()
    assert code == 2
    assert seen == [f"{path} başka bir programın veritabanı (tablolar: invoices); Annotator onu "
                    "değiştirmeyecek."]

