"""`annotator import` on bad files: exit 2, one stderr line, the project file's bytes unchanged."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from cli_helpers import annotator


def project_digest(db: Path) -> str:
    """Hash of the project and its WAL: any write would change one of them."""
    parts = [db, Path(f"{db}-wal")]
    return hashlib.sha256(b"".join(p.read_bytes() for p in parts if p.exists())).hexdigest()


def truncated_docx(folder: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>" + "<w:p>metin</w:p>" * 500)
    path = folder / "cut.docx"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    return path


def image_pdf(folder: Path) -> Path:
    """A valid one-page PDF with no text layer (a scan)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    trailer = f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    body += trailer.encode()
    path = folder / "scan.pdf"
    path.write_bytes(body)
    return path


def bad_file(kind: str, folder: Path) -> Path:
    path = folder / f"{kind}.txt"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "image":
        path = folder / "photo.txt"
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16)
    elif kind == "huge":
        with path.open("wb") as handle:  # sparse: 51 MB on paper, nothing on disk
            handle.truncate(51 * 1024 * 1024)
    elif kind == "truncated_docx":
        path = truncated_docx(folder)
    elif kind == "pdf_without_text":
        path = image_pdf(folder)
    elif kind == "directory":
        path = folder / "a-folder"
        path.mkdir()
    return path


@pytest.fixture
def filled_project(tmp_path: Path, seed_file: Path) -> Path:
    db = tmp_path / "project.sqlite"
    assert annotator("--db", str(db), "import", str(seed_file)).returncode == 0
    return db


@pytest.mark.parametrize("kind", ["empty", "image", "huge", "truncated_docx",
                                  "pdf_without_text", "directory"])
def test_bad_input_is_refused_without_touching_the_project(kind: str, tmp_path: Path,
                                                           filled_project: Path) -> None:
    path = bad_file(kind, tmp_path)
    before = project_digest(filled_project)
    result = annotator("--db", str(filled_project), "import", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert path.name in lines[0] and "Traceback" not in result.stderr
    assert project_digest(filled_project) == before


def test_html_with_scripts_and_styles_imports_only_the_text(tmp_path: Path,
                                                            filled_project: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Başlık</title><style>p{color:red}</style>"
        "<script>alert('x')</script></head><body><h1>Gündem</h1>"
        "<p>Bakan Ankara'da konuştu.</p><script>document.write('gizli')</script></body></html>",
        encoding="utf-8")
    result = annotator("--db", str(filled_project), "import", str(page))
    assert result.returncode == 0, result.stderr
    doc_id = result.stdout.split("\t")[0]
    segmented = annotator("--db", str(filled_project), "docs")
    assert doc_id in segmented.stdout
    import sqlite3

    conn = sqlite3.connect(filled_project)
    text = conn.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
    conn.close()
    assert "Bakan Ankara'da konuştu." in text
    assert "alert" not in text and "gizli" not in text and "color" not in text


def test_reimport_says_so_and_changes_nothing(filled_project: Path, seed_file: Path) -> None:
    before = project_digest(filled_project)
    again = annotator("--db", str(filled_project), "import", str(seed_file))
    assert again.returncode == 0 and again.stdout == ""
    assert "already in the project" in again.stderr
    assert project_digest(filled_project) == before
