"""`annotator translate` as a real subprocess against a fake LibreTranslate server."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from fakes.helpers import add_document
from fakes.servers import FakeMTServer, Fault

from annotator.storage.connection import open_project

SENTENCES = ["Bakan Ankara'ya geldi.[1]", "Görüşme iki saat sürdü.", "Taraflar anlaştı."]


def annotator(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True,
                          text=True, env=env, timeout=60, check=False)


@pytest.fixture
def doc(db_path: Path) -> str:
    db = open_project(db_path)
    doc_id, _ = add_document(db, SENTENCES)
    db.close()
    return doc_id


def mt_rows(db_path: Path) -> list[tuple[str, str | None, str | None]]:
    db = open_project(db_path)
    rows = db.execute("SELECT s.text, t.text, t.error_kind FROM translations t "
                      "JOIN sentences s ON s.id = t.sentence_id ORDER BY s.ord").fetchall()
    db.close()
    return rows


def test_translate_end_to_end(fake_server: Callable[..., FakeMTServer], db_path: Path,
                              doc: str) -> None:
    server = fake_server("libre")
    url = f"http://127.0.0.1:{server.port}"  # no trailing slash: normalised by us
    result = annotator("translate", doc[:6], "--engine", "libre", "--url", url, "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "translate: 100%" in result.stderr
    assert "libre: translated 4 of 4 (cached 0), failed 0, not attempted 0" in result.stderr
    assert server.requests == 4
    assert mt_rows(db_path) == [("Başlık", "EN:Başlık", None)] + [
        (s, "EN:" + s, None) for s in SENTENCES]

    again = annotator("translate", "--all", "--engine", "libre", "--url", url)
    assert again.returncode == 0 and server.requests == 4
    assert "translated 0 of 0" in again.stderr


def test_failures_exit_1_and_retry_failed_sends_only_them(
        fake_server: Callable[..., FakeMTServer], db_path: Path, doc: str) -> None:
    server = fake_server("libre")
    server.text_faults["Görüşme"] = Fault("status", 400)  # not transient: no retries
    result = annotator("translate", doc, "--engine", "libre", "--url", server.base_url)
    assert result.returncode == 1
    assert "failed 1 (bad_response 1)" in result.stderr
    assert "bad_response: LibreTranslate rejected the request (HTTP 400)" in result.stderr
    assert ("Görüşme iki saat sürdü.", None, "bad_response") in mt_rows(db_path)

    del server.text_faults["Görüşme"]
    again = annotator("translate", doc, "--engine", "libre", "--url", server.base_url)
    assert again.returncode == 1  # a plain rerun does not pretend everything is done
    assert "1 sentences failed in an earlier run: add --retry-failed" in again.stderr
    sent = server.requests
    retried = annotator("translate", doc, "--engine", "libre", "--url", server.base_url,
                        "--retry-failed")
    assert retried.returncode == 0, retried.stderr
    assert server.requests == sent + 1
    assert ("Görüşme iki saat sürdü.", "EN:Görüşme iki saat sürdü.", None) in mt_rows(db_path)


def test_offline_is_one_line_and_exit_1(fake_server: Callable[..., FakeMTServer],
                                        doc: str) -> None:
    server = fake_server("libre")
    server.stop()
    result = annotator("translate", doc, "--engine", "libre", "--url", server.base_url)
    assert result.returncode == 1
    assert result.stderr.count("offline:") == 1
    assert "not attempted 4" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["nosuchdoc"], "No document matches"),
    ([], "--all"),
    (["--all", "--engine", "babelfish"], "Unknown engine “babelfish”: choose one of google,"),
    (["--all", "--engine", "libre", "--url", "localhost:5000"], "not the http(s) address"),
    (["--all", "--workers", "0"], "--workers"),
    (["--all", "--engine", "ctranslate2"], "needs a model"),
])
def test_user_errors_exit_2_with_one_line(doc: str, args: list[str], message: str) -> None:
    result = annotator("translate", *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


@pytest.mark.parametrize(("metadata", "message"), [
    (b"{'from_code': 'tr'}", "is not valid JSON: Expecting property name enclosed in double "
                             "quotes: line 1 column 2 (char 1)"),
    (b'["tr", "en"]', "does not hold a JSON object."),
    (b'{"from_code": 1}', "“from_code” must be a string."),
])
def test_a_malformed_model_metadata_is_one_line(doc: str, tmp_path: Path, metadata: bytes,
                                                message: str) -> None:
    model = tmp_path / "model"  # read_model checks the metadata before anything is loaded
    model.mkdir()
    for name in ("model.bin", "source.spm", "target.spm"):
        (model / name).write_bytes(b"")
    (model / "metadata.json").write_bytes(metadata)
    result = annotator("translate", "--all", "--engine", "ctranslate2", "--model", str(model))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("annotator: error: ") and message in lines[0]
    assert str(model / "metadata.json") in lines[0]
