"""Bad input: one ``IngestError`` with the right kind and a sentence naming the file, never a
traceback of another type and never a partial result."""

from __future__ import annotations

import io
import logging
import os
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from annotator.ingest import readers
from annotator.ingest.errors import IngestError
from annotator.ingest.readers import read_bytes, read_document


def kind_of(data: bytes, name: str) -> str:
    with pytest.raises(IngestError) as caught:
        read_bytes(data, name)
    error = caught.value
    assert name in str(error)  # the sentence names the file
    assert error.__cause__ is None  # no chained traceback to print
    assert error.__suppress_context__ or error.__context__ is None
    return error.kind


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as caught:
        read_document(tmp_path / "yok.txt")
    assert caught.value.kind == "not_found" and "yok.txt" in str(caught.value)
    with pytest.raises(IngestError) as caught:
        read_document(tmp_path)
    assert caught.value.kind == "not_found"


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \r\n", "\ufeff  \n".encode()])
def test_empty_and_whitespace_only(data: bytes) -> None:
    assert kind_of(data, "bos.txt") == "empty"


def test_markup_only_files_are_empty() -> None:
    assert kind_of(b"<html><body><script>x()</script></body></html>", "bos.html") == "empty"
    assert kind_of(b"## \n\n#\n\n![](resim.png)\n\n**\n", "bos.md") == "empty"


def test_binary_junk() -> None:
    junk = bytes(range(256)) * 40
    assert kind_of(junk, "veri.txt") == "binary"
    assert kind_of(b"\x00\x01\x02\x03" * 100, "veri") == "binary"
    assert kind_of(b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200, "program.txt") == "binary"


def test_garbage_named_pdf_or_docx_is_malformed() -> None:
    junk = bytes(range(256)) * 40
    assert kind_of(junk, "rapor.pdf") == "malformed"
    assert kind_of(junk, "rapor.docx") == "malformed"


def test_truncated_pdf_is_malformed(seed_pdf: Path) -> None:
    data = seed_pdf.read_bytes()
    assert kind_of(data[:400], "kesik.pdf") == "malformed"
    assert kind_of(b"%PDF-1.7\n" + bytes(range(256)) * 8, "cop.pdf") == "malformed"


def test_truncated_or_garbage_zip_named_docx(seed_docx: bytes) -> None:
    assert kind_of(seed_docx[: len(seed_docx) // 2], "kesik.docx") == "malformed"
    assert kind_of(b"PK\x03\x04" + os.urandom(500), "cop.docx") == "malformed"


def test_zip_without_word_document() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "merhaba")
    assert kind_of(buffer.getvalue(), "arsiv.docx") == "malformed"
    assert kind_of(buffer.getvalue(), "arsiv.zip") == "unsupported"


def test_zip_bomb_docx_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/bomb.bin", b"\x00" * (20 * 1024 * 1024))  # 20 MB → ~20 kB
    assert len(buffer.getvalue()) < 100_000
    assert kind_of(buffer.getvalue(), "bomba.docx") == "malformed"


def test_docx_with_entity_declarations_is_refused(seed_docx: bytes) -> None:
    source = zipfile.ZipFile(io.BytesIO(seed_docx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                head, rest = data.split(b"?>", 1)
                data = head + b'?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'\
                    + rest
            archive.writestr(info, data)
    assert kind_of(buffer.getvalue(), "lol.docx") == "malformed"


def test_legacy_and_other_formats_are_unsupported() -> None:
    assert kind_of(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "eski.doc") == \
        "unsupported"
    assert kind_of(b"{\\rtf1\\ansi Merhaba}", "metin.rtf") == "unsupported"
    assert kind_of(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "resim.txt") == "unsupported"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    assert kind_of(buffer.getvalue(), "belge.odt") == "unsupported"


def _pdf_bytes(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_pdf_without_text_layer_is_empty() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with pytest.raises(IngestError) as caught:
        read_bytes(_pdf_bytes(writer), "tarama.pdf")
    assert caught.value.kind == "empty"
    assert "text layer" in str(caught.value)


def test_password_protected_pdf_is_unsupported(seed_pdf: Path) -> None:
    writer = PdfWriter(clone_from=str(seed_pdf))
    writer.encrypt(user_password="gizli", owner_password="gizli", algorithm="RC4-128")
    assert kind_of(_pdf_bytes(writer), "sifreli.pdf") == "unsupported"


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "buyuk.txt"
    with path.open("wb") as handle:  # sparse: no 51 MB written to disk
        handle.truncate(readers.MAX_FILE_BYTES + 1)
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.kind == "too_large" and "buyuk.txt" in str(caught.value)


def test_limit_applies_to_bytes_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    assert kind_of(b"Merhaba. " * 20, "uzun.txt") == "too_large"
    assert read_bytes(b"Merhaba.", "kisa.txt").text == "Merhaba."


def test_unexpected_parser_failure_becomes_malformed(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(text: str) -> None:
        raise AttributeError("a bug deep inside a parser")

    monkeypatch.setattr(readers, "read_text", explode)
    assert kind_of(b"Merhaba.", "patlak.txt") == "malformed"


def test_deeply_nested_html_is_refused_cleanly() -> None:
    page = "<html><body>" + "<div>" * 5000 + "Metin." + "</div>" * 5000 + "</body></html>"
    with pytest.raises(IngestError) as caught:
        read_bytes(page.encode(), "derin.html")
    assert caught.value.kind == "malformed"


def test_pdf_repairs_are_not_logged(seed_pdf: Path, caplog: pytest.LogCaptureFixture) -> None:
    data = bytearray(seed_pdf.read_bytes())
    xref = data.rindex(b"startxref")
    data[xref + 10:xref + 14] = b"9999"  # a wrong xref offset: pypdf repairs it and would log
    caplog.set_level(logging.DEBUG)
    read_bytes(bytes(data), "onarilan.pdf")
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
