"""Bad input: one ``IngestError`` with the right kind, the file as its ``path`` and a catalogued
sentence naming the file, never a traceback of another type, never a partial result and never a
hang (a named pipe is refused before it is opened)."""

from __future__ import annotations

import io
import logging
import os
import pickle
import socket
import threading
import time
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from annotator.errors import AnnotatorError
from annotator.ingest import readers
from annotator.ingest.errors import IngestError
from annotator.ingest.readers import read_bytes, read_document
from annotator.messages import templates


def checked(error: IngestError, path: object) -> IngestError:
    """The rules every ingest error follows; returns it for more checks."""
    assert isinstance(error, AnnotatorError) and error.domain == "ingest"
    assert error.key in templates(), f"no template for {error.key}"
    assert error.params["path"] == path
    assert str(path) in str(error)  # the sentence names the file
    assert "{" not in str(error)  # every field of the template was filled
    assert error.__cause__ is None  # no chained traceback to print
    assert error.__suppress_context__ or error.__context__ is None
    return error


def error_of(data: bytes, name: str) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_bytes(data, name)
    return checked(caught.value, name)


def kind_of(data: bytes, name: str) -> str:
    return error_of(data, name).kind


def document_error(path: Path) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_document(path)
    return checked(caught.value, path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    error = document_error(tmp_path / "yok.txt")
    assert error.kind == "not_found"
    assert str(error) == f"{tmp_path / 'yok.txt'} does not exist."
    assert document_error(tmp_path / "yok" / "icinde.txt").kind == "not_found"
    error = document_error(tmp_path)
    assert error.kind == "is_folder"
    assert str(error) == f"{tmp_path} is a folder, not a file."


def test_a_file_error_names_the_path_as_given(tmp_path: Path) -> None:
    path = tmp_path / "bos.txt"
    path.write_bytes(b"")
    error = document_error(path)  # raised by read_bytes, which knows only the name
    assert error.kind == "empty" and str(error) == f"{path} is empty."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_a_named_pipe_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "boru.txt"
    os.mkfifo(fifo)
    outcome: list[object] = []

    def attempt() -> None:
        try:
            outcome.append(read_document(fifo))
        except Exception as error:  # handed to the test thread
            outcome.append(error)

    started = time.monotonic()
    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():  # blocked in open(): give it a writer so the thread can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=5)
        pytest.fail("read_document blocked on a named pipe")
    assert time.monotonic() - started < 5
    [error] = outcome
    assert isinstance(error, IngestError)
    checked(error, fifo)
    assert error.kind == "special_file"
    assert "not a regular file" in str(error)


def test_sockets_and_devices_are_refused(tmp_path: Path) -> None:
    assert document_error(Path(os.devnull)).kind == "special_file"
    path = tmp_path / "soket"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert document_error(path).kind == "special_file"


def test_errors_survive_pickling() -> None:
    error = error_of(b"", "bos.txt")
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.kind, copy.params, str(copy)) == (
        IngestError, "empty", {"path": "bos.txt"}, "bos.txt is empty.")


@pytest.mark.parametrize(("data", "kind"), [
    (b"", "empty"), (b"   \n\n\t  \r\n", "only_whitespace"),
    ("\ufeff  \n".encode(), "only_whitespace")])
def test_empty_and_whitespace_only(data: bytes, kind: str) -> None:
    assert kind_of(data, "bos.txt") == kind


def test_markup_only_files_are_empty() -> None:
    assert kind_of(b"<html><body><script>x()</script></body></html>", "bos.html") == "no_text"
    assert kind_of(b"## \n\n#\n\n![](resim.png)\n\n**\n", "bos.md") == "no_text"
    assert str(error_of(b"<p> </p>", "bos.html")) == "bos.html contains no text."


def test_binary_junk() -> None:
    junk = bytes(range(256)) * 40
    assert str(error_of(junk, "veri.txt")) == (
        "veri.txt is not a text file (it contains binary data).")
    assert kind_of(b"\x00\x01\x02\x03" * 100, "veri") == "binary"
    assert kind_of(b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200, "program.txt") == "binary"


def test_garbage_named_pdf_or_docx_is_malformed() -> None:
    junk = bytes(range(256)) * 40
    assert kind_of(junk, "rapor.pdf") == "not_pdf"
    assert str(error_of(junk, "rapor.docx")) == "rapor.docx is not a valid Word document."


def test_truncated_pdf_is_malformed(seed_pdf: Path) -> None:
    data = seed_pdf.read_bytes()
    assert kind_of(data[:400], "kesik.pdf") == "pdf_damaged"
    assert kind_of(b"%PDF-1.7\n" + bytes(range(256)) * 8, "cop.pdf") == "pdf_damaged"


def test_truncated_or_garbage_zip_named_docx(seed_docx: bytes) -> None:
    assert kind_of(seed_docx[: len(seed_docx) // 2], "kesik.docx") == "docx_damaged"
    assert kind_of(b"PK\x03\x04" + os.urandom(500), "cop.docx") == "docx_damaged"
    assert kind_of(b"PK\x03\x04" + os.urandom(500), "cop.zip") == "zip_damaged"


def test_zip_without_word_document() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "merhaba")
    assert kind_of(buffer.getvalue(), "arsiv.docx") == "docx_no_document"
    error = error_of(buffer.getvalue(), "arsiv.zip")
    assert (error.kind, error.params["format"]) == ("archive", "ZIP")
    assert str(error) == "arsiv.zip is a ZIP archive, not a document."


def test_zip_bomb_docx_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/bomb.bin", b"\x00" * (20 * 1024 * 1024))  # 20 MB → ~20 kB
    assert len(buffer.getvalue()) < 100_000
    assert kind_of(buffer.getvalue(), "bomba.docx") == "docx_compression"


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
    error = error_of(buffer.getvalue(), "lol.docx")
    assert (error.kind, error.params["part"]) == ("docx_entities", "word/document.xml")
    assert str(error) == ("lol.docx is not a readable Word document (word/document.xml declares "
                          "a DTD or entities).")


def test_legacy_and_other_formats_are_unsupported() -> None:
    assert str(error_of(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "eski.doc")) == \
        "eski.doc is a legacy Word/Office 97-2003 file; save it as .docx."
    assert kind_of(b"{\\rtf1\\ansi Merhaba}", "metin.rtf") == "rtf"
    error = error_of(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "resim.txt")
    assert (error.kind, error.params["format"]) == ("image", "PNG")
    assert str(error) == "resim.txt is a PNG image, not a document."
    assert kind_of(b"\x1f\x8b\x08\x00" + b"\x00" * 100, "arsiv.txt.gz") == "archive"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    assert kind_of(buffer.getvalue(), "belge.odt") == "opendocument"


def _pdf_bytes(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_pdf_without_text_layer_is_empty() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    error = error_of(_pdf_bytes(writer), "tarama.pdf")
    assert error.kind == "pdf_no_text"
    assert str(error) == ("tarama.pdf has no text layer (it may be a scanned image); run OCR on "
                          "it first.")


def test_password_protected_pdf_is_unsupported(seed_pdf: Path) -> None:
    writer = PdfWriter(clone_from=str(seed_pdf))
    writer.encrypt(user_password="gizli", owner_password="gizli", algorithm="RC4-128")
    assert kind_of(_pdf_bytes(writer), "sifreli.pdf") == "pdf_password"


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "buyuk.txt"
    with path.open("wb") as handle:  # sparse: no 51 MB written to disk
        handle.truncate(readers.MAX_FILE_BYTES + 1)
    error = document_error(path)
    assert error.kind == "too_large"
    assert str(error) == f"{path} is 50.1 MB; files over 50 MB are not imported."


def test_limit_applies_to_bytes_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    assert kind_of(b"Merhaba. " * 20, "uzun.txt") == "too_large"
    assert read_bytes(b"Merhaba.", "kisa.txt").text == "Merhaba."


def test_unexpected_parser_failure_becomes_malformed(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(text: str) -> None:
        raise AttributeError("a bug deep inside a parser")

    monkeypatch.setattr(readers, "read_text", explode)
    assert str(error_of(b"Merhaba.", "patlak.txt")) == (
        "patlak.txt could not be read; the file may be damaged.")


def test_deeply_nested_html_is_refused_cleanly() -> None:
    page = "<html><body>" + "<div>" * 5000 + "Metin." + "</div>" * 5000 + "</body></html>"
    assert kind_of(page.encode(), "derin.html") == "too_deep"


def test_pdf_repairs_are_not_logged(seed_pdf: Path, caplog: pytest.LogCaptureFixture) -> None:
    data = bytearray(seed_pdf.read_bytes())
    xref = data.rindex(b"startxref")
    data[xref + 10:xref + 14] = b"9999"  # a wrong xref offset: pypdf repairs it and would log
    caplog.set_level(logging.DEBUG)
    read_bytes(bytes(data), "onarilan.pdf")
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
