"""Hostile MT servers (issue 18): every request is bounded, no bad answer is stored, and the
program ends when asked, whatever the server does.

The servers are the loopback fakes of ``tests/fakes/servers.py`` with the faults named in each
test; the engines are the real deep-translator adapters pointed at them. Each case is bounded:
engine calls run in a thread waited for at most ``BOUND`` seconds, jobs run with short deadlines
(and under pytest's own timeout), processes are waited for with a timeout and killed at teardown.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fakes.helpers import FAST, add_document, engine_for, in_thread
from fakes.servers import FakeMTServer, Fault, gzip_bomb
from sqlite_utils import Database

from annotator.cli.commands.translate import summary_lines
from annotator.core.mt_types import ErrorKind
from annotator.mt.errors import MTError
from annotator.mt.runner import RunnerOptions, translate
from annotator.storage.connection import open_project
from annotator.storage.translations import get_translations

from . import no_traceback

pytestmark = pytest.mark.reliability  # (conftest.py marks the folder too)

Start = Callable[..., FakeMTServer]
FLAVOURS = ["google", "mymemory", "libre"]
KEY = "s3cret-Key-4711"
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
BOUND = 10.0  # seconds any single case may wait for a call or a process


@pytest.fixture
def project(db_path: Path) -> Iterator[Database]:
    db = open_project(db_path)
    yield db
    db.close()


def call(function: Callable[[], object]) -> object:
    """``function()`` in a thread, waited for at most BOUND seconds; its result or exception."""
    return in_thread(function, BOUND)

def mt_error(function: Callable[[], object]) -> MTError:
    error = call(function)
    assert isinstance(error, MTError), error
    assert "{" not in str(error), str(error)  # its template has every parameter it needs
    return error


# --- 1. a total deadline per request ---------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_dripping_answer_is_a_timeout_at_the_deadline(fake_server: Start, flavour: str) -> None:
    server = fake_server(flavour, hang_limit=60)
    server.fail_next(Fault("drip", interval=0.2))  # far shorter than the 5 s read timeout
    engine = engine_for(server, read_timeout=5.0, deadline=1.0)
    error = mt_error(lambda: engine.translate("Görüşme iki saat sürdü.", "tr", "en"))
    assert (error.kind, error.params["seconds"]) == (ErrorKind.TIMEOUT, 1)
    assert str(error).endswith("did not answer within 1 s.")
    assert call(lambda: engine.translate("İkinci.", "tr", "en")) == "EN:İkinci."


# --- 2. size caps ----------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("kind", ["huge", "huge_stream"])
def test_a_20_mb_answer_is_refused(fake_server: Start, flavour: str, kind: str) -> None:
    server = fake_server(flavour)
    server.fail_next(Fault(kind, size=20_000_000))
    engine = engine_for(server)
    error = mt_error(lambda: engine.translate("Bir cümle.", "tr", "en"))
    assert (error.kind, error.reason) == (ErrorKind.BAD_RESPONSE, "answer_too_large")
    assert str(error).endswith("sent an answer larger than 2 MB; it was not read.")
    assert call(lambda: engine.translate("İkinci.", "tr", "en")) == "EN:İkinci."


@pytest.mark.parametrize("flavour", ["mymemory", "libre"])
def test_a_gzip_bomb_is_not_unpacked(fake_server: Start, flavour: str) -> None:
    bomb = gzip_bomb(200 * 1024 * 1024)  # made before the request, cached by the fake
    assert len(bomb) < 250_000
    server = fake_server(flavour)
    server.fail_next(Fault("gzip_bomb", size=200 * 1024 * 1024))
    engine = engine_for(server)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    error = mt_error(lambda: engine.translate("Bir cümle.", "tr", "en"))
    assert (error.kind, error.reason, error.params["size"]) == (
        ErrorKind.BAD_RESPONSE, "answer_too_large", "4 MB")
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert grown_mb < 100  # unpacking it would have taken 200 MB, twice over for the text


def test_a_translation_far_longer_than_its_source_is_not_stored(project: Database,
                                                                 fake_server: Start) -> None:
    server = fake_server("libre")
    doc_id, body = add_document(project, ["Kısa.", "Görüşme sürdü."], footnote=None)
    server.text_faults["Kısa"] = Fault("answer", answer="word " * 100)  # 500 for 5 characters
    summary = translate(project, engine_for(server), "tr", document_ids=[doc_id], options=FAST)
    assert summary.failed == {ErrorKind.BAD_RESPONSE: 1}
    assert "sent 500 characters for a text of 5" in summary.errors[ErrorKind.BAD_RESPONSE]
    assert [t.text for t in get_translations(project, body[0])] == [None]
    assert [t.text for t in get_translations(project, body[1])] == ["EN:Görüşme sürdü."]


# --- 3. answers that are not translations ----------------------------------------------------


@pytest.mark.parametrize(("fault", "reason"), [
    (Fault("answer", answer=None), "empty_answer"),
    (Fault("answer", answer=""), "empty_answer"),
    (Fault("answer", answer="  \n "), "empty_answer"),
    (Fault("copy"), "untranslated_answer"),
    (Fault("answer", answer="Talks\ud800 lasted."), "invalid_answer"),
    (Fault("answer", answer="Talks\x00 lasted."), "invalid_answer"),
], ids=["null", "empty", "blank", "copy", "surrogate", "nul"])
def test_an_answer_that_is_not_a_translation_is_a_failure(
        project: Database, fake_server: Start, fault: Fault, reason: str) -> None:
    server = fake_server("libre")
    sentences = ["Bakan Ankara'ya geldi.", "Görüşme iki saat sürdü.", "Taraflar anlaştı."]
    doc_id, body = add_document(project, sentences, footnote=None)
    server.text_faults["Görüşme"] = fault
    summary = translate(project, engine_for(server), "tr", document_ids=[doc_id], options=FAST)
    assert summary.failed == {ErrorKind.BAD_RESPONSE: 1}
    assert summary.translated == 3  # the title and the other two
    first = summary.first_errors[ErrorKind.BAD_RESPONSE]
    assert first.reason == reason
    rows = get_translations(project, body[1])
    assert [(t.text, t.error_kind) for t in rows] == [(None, ErrorKind.BAD_RESPONSE)]
    assert rows[0].error == str(first)
    cached = [r["text"] for r in project.query("SELECT text FROM mt_cache")]
    assert sorted(cached) == sorted(f"EN:{s}" for s in ["Başlık", sentences[0], sentences[2]])
    target = project.execute("SELECT text FROM targets WHERE sentence_id = ?",
                             [body[1]]).fetchone()
    assert target is None or target[0] == ""
    # A later run with --retry-failed sends it again (nothing bad was cached).
    del server.text_faults["Görüşme"]
    again = translate(project, engine_for(server), "tr", document_ids=[doc_id], mode="failed",
                      options=FAST)
    assert again.translated == 1 and again.requests == 1


def test_a_name_may_come_back_unchanged(project: Database, fake_server: Start) -> None:
    server = fake_server("libre")
    doc_id, body = add_document(project, ["Ankara.", "NATO", "27/11/2019"], footnote=None)
    server.default_fault = Fault("copy")
    summary = translate(project, engine_for(server), "tr", document_ids=[doc_id], options=FAST)
    assert summary.failed == {} and summary.translated == 4
    assert [get_translations(project, s)[0].text for s in body] == ["Ankara.", "NATO",
                                                                    "27/11/2019"]


@pytest.mark.parametrize(("fault", "reason"), [
    (Fault("html"), "answer_not_json"),
    (Fault("malformed"), "answer_not_json"),
], ids=["html", "malformed"])
def test_a_web_page_instead_of_json_is_a_bad_response(fake_server: Start, fault: Fault,
                                                      reason: str) -> None:
    server = fake_server("libre")
    server.fail_next(fault)
    error = mt_error(lambda: engine_for(server).translate("Bir.", "tr", "en"))
    assert (error.kind, error.reason) == (ErrorKind.BAD_RESPONSE, reason)


# --- 4. giving up on a silent server ---------------------------------------------------------


def test_a_silent_server_is_given_up_after_three_timeouts(project: Database,
                                                          fake_server: Start) -> None:
    server = fake_server("libre", hang_limit=60)
    server.default_fault = Fault("hang")
    doc_id, body = add_document(project, [f"Cümle numarası {i}." for i in range(30)],
                                footnote=None)
    options = RunnerOptions(workers=2, max_attempts=4, backoff_base=0.01, backoff_cap=0.02)
    engine = engine_for(server, read_timeout=0.5, deadline=0.5)
    summary = translate(project, engine, "tr", document_ids=[doc_id], options=options)
    assert summary.gave_up is not None and summary.gave_up.kind is ErrorKind.TIMEOUT
    assert summary.failed == {} and summary.translated == 0
    assert summary.not_attempted == 31
    assert server.requests <= options.give_up_after + options.workers
    assert all(get_translations(project, s) == [] for s in body)  # a later run sends them
    lines = summary_lines(summary)
    assert "gave up after repeated timeouts: LibreTranslate did not answer within 0.5 s." in lines
    assert "31 sentences were not sent; run the command again to send them" in lines
    server.default_fault = Fault()
    later = translate(project, engine_for(server), "tr", document_ids=[doc_id], options=FAST)
    assert later.translated == later.total == 31


# --- 5. Ctrl-C and closing the window end the process at once -------------------------------


@pytest.fixture
def drip_server(fake_server: Start) -> FakeMTServer:
    """A LibreTranslate that starts every answer and never finishes it (until the test ends)."""
    server = fake_server("libre", hang_limit=600)
    server.default_fault = Fault("drip", interval=0.5)
    return server


@pytest.fixture
def document(db_path: Path) -> str:
    db = open_project(db_path)
    doc_id, _ = add_document(db, [f"Cümle numarası {i}." for i in range(20)], footnote=None)
    db.close()
    return doc_id


def wait_for_requests(server: FakeMTServer, count: int) -> None:
    ends = time.monotonic() + BOUND * 3
    while server.requests < count:
        assert time.monotonic() < ends, f"only {server.requests} requests arrived"
        time.sleep(0.05)


def test_ctrl_c_ends_translate_at_once(start_annotator: Callable[..., subprocess.Popen[str]],
                                       drip_server: FakeMTServer, db_path: Path,
                                       document: str) -> None:
    process = start_annotator(db_path, "translate", document, "--engine", "libre", "--url",
                              drip_server.base_url, env=NO_KEYRING)
    wait_for_requests(drip_server, 4)  # every worker is stuck in a dripping answer
    process.send_signal(signal.SIGINT)
    started = time.monotonic()
    _, stderr = process.communicate(timeout=5)  # raises TimeoutExpired if it hangs on
    print(f"exit {time.monotonic() - started:.2f} s after SIGINT")
    assert process.returncode == 130, stderr
    assert "cancelled; what was translated is saved" in stderr
    no_traceback(stderr)


@pytest.mark.gui
def test_closing_the_window_during_a_translation_ends_the_process(
        drip_server: FakeMTServer, db_path: Path, document: str, tmp_path: Path) -> None:
    script = Path(__file__).with_name("translate_then_close.py")
    close_file = tmp_path / "close-now"
    process = subprocess.Popen(
        [sys.executable, str(script), str(db_path), drip_server.base_url, str(close_file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, **NO_KEYRING, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "STARTED\n"
        wait_for_requests(drip_server, 2)  # both workers are stuck in a dripping answer
        close_file.touch()
        assert process.stdout.readline() == "CLOSED\n"
        started = time.monotonic()
        _, stderr = process.communicate(timeout=5)
        print(f"exit {time.monotonic() - started:.2f} s after the window closed")
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    no_traceback(stderr)


# --- 6. secrets stay secret ------------------------------------------------------------------


def test_a_server_quoting_the_key_does_not_get_it_stored_or_printed(
        annotator: Callable[..., subprocess.CompletedProcess[str]], fake_server: Start,
        db_path: Path, document: str) -> None:
    server = fake_server("libre")
    server.default_fault = Fault("echo_key", 400)
    result = annotator(db_path, "translate", document, "--engine", "libre", "--url",
                       server.base_url, env={**NO_KEYRING, "ANNOTATOR_LIBRE_API_KEY": KEY},
                       timeout=120)
    assert result.returncode == 1
    assert server.seen[0].params["api_key"] == KEY  # the key was sent, and quoted back
    assert "Server said: Invalid API key: ***" in result.stderr
    assert KEY not in result.stderr + result.stdout
    db = open_project(db_path)
    errors = [row["error"] for row in db.query("SELECT error FROM translations")]
    db.close()
    assert len(errors) == 21 and all("***" in error and KEY not in error for error in errors)


def test_a_redirect_to_another_host_is_not_followed(fake_server: Start,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_LIBRE_API_KEY", KEY)
    elsewhere = fake_server("libre")
    server = fake_server("libre")
    server.fail_next(Fault("redirect", 307, location=f"http://localhost:{elsewhere.port}/x"))
    engine = engine_for(server)
    error = mt_error(lambda: engine.translate("Gizli metin.", "tr", "en"))
    assert (error.kind, error.reason) == (ErrorKind.BAD_RESPONSE, "cross_host_redirect")
    assert error.params["target"] == f"localhost:{elsewhere.port}"
    assert elsewhere.requests == 0  # neither the text nor the key went there
    assert KEY not in str(error)


def test_a_redirect_on_the_same_server_is_followed_with_the_form(
        fake_server: Start, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_LIBRE_API_KEY", KEY)
    server = fake_server("libre", required_key=KEY)
    server.fail_next(Fault("redirect", 307, location="/translate"))
    assert call(lambda: engine_for(server).translate("Bir.", "tr", "en")) == "EN:Bir."
    assert [(s.method, s.params.get("api_key")) for s in server.seen] == [("POST", KEY)] * 2


# --- 7. two runs of one document at once -----------------------------------------------------


def test_two_runs_at_once_send_each_sentence_about_once(db_path: Path,
                                                        fake_server: Start) -> None:
    server = fake_server("libre", latency=0.03)
    db = open_project(db_path)
    sentences = [f"Birinci cümle numarası {i}." for i in range(60)]
    doc_id, body = add_document(db, sentences, footnote=None)
    db.close()
    start = threading.Barrier(2)
    summaries: list[object] = []

    def run() -> None:
        own = open_project(db_path)  # each run its own connection, as two processes would
        try:
            engine = engine_for(server)
            start.wait()
            summaries.append(translate(own, engine, "tr", document_ids=[doc_id],
                                       options=RunnerOptions(workers=3)))
        finally:
            own.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(BOUND * 3)
    assert len(summaries) == 2
    print(f"{server.requests} requests for 61 texts in two runs at once")
    assert server.requests <= 61 + 30  # 70-80 measured; runs in step, as before: 122
    db = open_project(db_path)
    done = [t for s in body for t in get_translations(db, s) if not t.failed]
    db.close()
    assert sorted(t.sentence_id for t in done) == sorted(body)  # one translation each
