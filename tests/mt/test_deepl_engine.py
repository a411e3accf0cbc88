"""The DeepL engine against a loopback fake DeepL: answers, faults, no client retries, glossary."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import deepl
import pytest
from fakes.deepl_server import FakeDeepLServer
from fakes.helpers import FAST, add_document, in_thread
from fakes.servers import Fault
from sqlite_utils import Database

from annotator.core.glossary import GlossaryTerm
from annotator.core.mt_types import ErrorKind
from annotator.mt.deepl_engine import DeepLEngine
from annotator.mt.engine import EngineSettings, create_engine
from annotator.mt.errors import MTConfigError, MTError
from annotator.mt.runner import RunnerOptions, translate
from annotator.mt.types import Engine
from annotator.project import Project
from annotator.project.translating import TranslationRequest
from annotator.storage.connection import open_project
from annotator.storage.documents import get_sentences
from annotator.storage.glossary import add_term
from annotator.storage.translations import get_translations

KEY = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:fx"
SENTENCES = ["Bakan Ankara'ya geldi.", "Görüşme iki saat sürdü.", "Taraflar anlaştı."]
ONE_TRY = RunnerOptions(workers=1, max_attempts=1)


@pytest.fixture
def server() -> Iterator[FakeDeepLServer]:
    with FakeDeepLServer(KEY, hang_limit=10.0) as fake:
        yield fake


def settings(server: FakeDeepLServer, **kwargs: object) -> EngineSettings:
    values: dict[str, object] = {"url": server.base_url, "api_key": KEY, "connect_timeout": 1.0,
                                 "read_timeout": 5.0, "rate_per_second": 0}
    values.update(kwargs)
    return EngineSettings("deepl", **values)  # type: ignore[arg-type]


def engine_for(server: FakeDeepLServer, **kwargs: object) -> Engine:
    return create_engine(settings(server, **kwargs))


def translate_requests(server: FakeDeepLServer) -> list[dict[str, object]]:
    return [seen.body for seen in server.requests_to("/v2/translate")]


def test_translates_through_the_runner_with_the_key_in_the_header_only(
        project: Database, server: FakeDeepLServer) -> None:
    doc_id, body = add_document(project, SENTENCES, footnote=None)
    engine = engine_for(server)
    summary = translate(project, engine, "tr", document_ids=[doc_id], options=FAST)
    engine.close()
    assert summary.complete and summary.translated == 4 and summary.requests == 4
    texts = [[t.text for t in get_translations(project, sid)] for sid in body]
    assert texts == [["EN:" + s] for s in SENTENCES]
    seen = server.requests_to("/v2/translate")
    assert len(seen) == 4
    for request in seen:
        assert request.headers["Authorization"] == f"DeepL-Auth-Key {KEY}"
        assert KEY not in request.query and KEY.encode() not in request.raw
        assert request.body["source_lang"] == "TR" and request.body["target_lang"] == "EN-GB"
        assert "formality" not in request.body and "glossary_id" not in request.body
        assert "deepl-python" not in request.headers["User-Agent"]  # no platform info sent


def test_variant_and_formality(server: FakeDeepLServer) -> None:
    engine = engine_for(server, variant="en-us", formality="prefer_less")
    assert engine.translate("Merhaba.", "tr", "en") == "EN:Merhaba."
    assert engine.translate("Merhaba.", "tr", "de") == "EN:Merhaba."
    engine.close()
    english, german = translate_requests(server)
    assert english["target_lang"] == "EN-US" and "formality" not in english  # DeepL: none for EN
    assert german["target_lang"] == "DE" and german["formality"] == "prefer_less"
    plain = engine_for(server)
    assert engine.cache_key != plain.cache_key  # another output, another cache entry
    plain.close()


@pytest.mark.parametrize(("values", "kind"), [
    ({"formality": "polite"}, "bad_formality"), ({"variant": "EN-AU"}, "bad_variant"),
    ({"api_key": None}, "deepl_needs_key")])
def test_bad_settings_are_config_errors(server: FakeDeepLServer, values: dict[str, object],
                                        kind: str) -> None:
    with pytest.raises(MTConfigError) as caught:
        engine_for(server, **values)
    assert caught.value.kind == kind


def test_key_from_the_keyring_and_free_or_paid_endpoint(memory_keyring: object,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.mt.keys import set_api_key

    set_api_key("deepl", KEY)
    free = DeepLEngine(EngineSettings("deepl"))
    assert free.host == "api-free.deepl.com"
    monkeypatch.setenv("ANNOTATOR_DEEPL_API_KEY", "paid-key-1234")
    paid = DeepLEngine(EngineSettings("deepl"))
    assert paid.host == "api.deepl.com" and paid.secrets == ("paid-key-1234",)
    free.close()
    paid.close()


@pytest.mark.parametrize(("fault", "kind", "reason"), [
    (Fault("status", 403), ErrorKind.AUTH, "auth"),
    (Fault("status", 456), ErrorKind.AUTH, "quota_exceeded"),
    (Fault("status", 429), ErrorKind.RATE_LIMITED, "rate_limited_detail"),
    (Fault("status", 500), ErrorKind.SERVER, "server_detail"),
    (Fault("status", 503), ErrorKind.SERVER, "server_detail"),
    (Fault("status", 400), ErrorKind.BAD_RESPONSE, "rejected_detail"),
    (Fault("reset"), ErrorKind.SERVER, "connection_broken"),
])
def test_each_fault_has_its_kind_and_is_tried_once(server: FakeDeepLServer, fault: Fault,
                                                   kind: ErrorKind, reason: str) -> None:
    server.fail_next(fault)
    engine = engine_for(server)
    with pytest.raises(MTError) as caught:
        engine.translate("Merhaba.", "tr", "en")
    engine.close()
    assert (caught.value.kind, caught.value.reason) == (kind, reason)
    assert len(server.seen) == 1  # the client did not retry (it would for 429 and 5xx)
    assert KEY not in str(caught.value)


def test_429_carries_retry_after_and_the_runner_waits(project: Database,
                                                      server: FakeDeepLServer) -> None:
    server.fail_next(Fault("status", 429, retry_after="7"))
    engine = engine_for(server)
    with pytest.raises(MTError) as caught:
        engine.translate("Merhaba.", "tr", "en")
    assert caught.value.retry_after == 7.0 and caught.value.reason == "rate_limited_wait_detail"
    server.fail_next(Fault("status", 429, retry_after="1"))
    doc_id, _ = add_document(project, SENTENCES[:1], footnote=None)
    started = time.monotonic()
    summary = translate(project, engine, "tr", document_ids=[doc_id],
                        options=RunnerOptions(workers=1, backoff_base=0.01, backoff_cap=0.02))
    engine.close()
    assert time.monotonic() - started >= 1.0  # the runner, not the client, waited
    assert summary.complete and len(server.requests_to("/v2/translate")) == 4


def test_a_hanging_server_is_cut_at_the_deadline(server: FakeDeepLServer) -> None:
    server.fail_next(Fault("hang"))
    engine = engine_for(server, read_timeout=30.0, deadline=1.0)
    started = time.monotonic()
    outcome = in_thread(lambda: engine.translate("Merhaba.", "tr", "en"), bound=8.0)
    elapsed = time.monotonic() - started
    engine.close()
    assert isinstance(outcome, MTError) and outcome.kind is ErrorKind.TIMEOUT
    assert elapsed < 8.0  # the hang lasts 10 s; the deadline cut it
    assert len(server.seen) == 1


def test_offline_when_nothing_listens() -> None:
    with FakeDeepLServer(KEY) as gone:
        url = gone.base_url
    engine = create_engine(EngineSettings("deepl", url=url, api_key=KEY, connect_timeout=1.0))
    with pytest.raises(MTError) as caught:
        engine.translate("Merhaba.", "tr", "en")
    engine.close()
    assert caught.value.kind is ErrorKind.OFFLINE


def test_the_module_wide_client_settings_are_untouched(server: FakeDeepLServer) -> None:
    before = (deepl.http_client.max_network_retries, deepl.http_client.min_connection_timeout)
    engine = engine_for(server)
    engine.translate("Merhaba.", "tr", "en")
    engine.close()
    after = (deepl.http_client.max_network_retries, deepl.http_client.min_connection_timeout)
    assert before == after == (5, 10.0)


def test_the_glossary_is_created_once_used_by_every_request_and_deleted(
        server: FakeDeepLServer) -> None:
    engine = engine_for(server, glossary=(("Bakan", "Minister"), ("Senato", "Senate"), (" ", "x")),
                        glossary_name="Annotator: test")
    for sentence in SENTENCES:
        engine.translate(sentence, "tr", "en")
    created = server.requests_to("/v2/glossaries")
    assert len(created) == 1 and created[0].method == "POST"
    assert created[0].body["entries"] == "Bakan\tMinister\nSenato\tSenate"
    assert (created[0].body["source_lang"], created[0].body["target_lang"]) == ("TR", "EN")
    glossary_id = next(iter(server.glossaries))
    assert [body["glossary_id"] for body in translate_requests(server)] == [glossary_id] * 3
    engine.close()
    assert server.glossaries == {}  # deleted at the end of the run
    assert server.requests_to("/v2/glossaries")[-1].method == "DELETE"


def test_a_refused_glossary_is_skipped(server: FakeDeepLServer) -> None:
    server.glossary_status = 400
    engine = engine_for(server, glossary=(("Bakan", "Minister"),))
    assert engine.translate("Bakan geldi.", "tr", "en") == "EN:Bakan geldi."
    assert engine.translate("Bakan gitti.", "tr", "en") == "EN:Bakan gitti."
    engine.close()
    assert len(server.requests_to("/v2/glossaries")) == 1
    assert all("glossary_id" not in body for body in translate_requests(server))


def test_project_run_sends_the_glossary_and_never_stores_the_key(
        db_path: Path, server: FakeDeepLServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_DEEPL_API_KEY", KEY)
    project = Project(db_path)
    add_term(project.db, GlossaryTerm("Bakan", ("Minister", "Secretary")))
    doc_id, _ = add_document(project.db, SENTENCES, footnote=None)
    server.fail_next(Fault())  # the glossary is created
    server.fail_next(Fault("echo_key", 400))  # the title's request: an error quoting the key
    request = TranslationRequest(
        EngineSettings("deepl", url=server.base_url, connect_timeout=1.0, rate_per_second=0),
        document_ids=[doc_id], workers=1)
    first = project.translate(request).report
    assert first.failed == {ErrorKind.BAD_RESPONSE: 1} and first.translated == 3
    failed = [t for sentence in get_sentences(project.db, doc_id)
              for t in get_translations(project.db, sentence.id) if t.failed]
    assert len(failed) == 1 and failed[0].error == (
        "DeepL rejected the request (HTTP 400). Server said: Bad request from DeepL-Auth-Key ***")
    assert KEY.encode() not in stored_bytes(db_path)
    second = project.translate(TranslationRequest(request.engine, document_ids=[doc_id],
                                                  mode="failed", workers=1)).report
    assert second.complete and second.translated == 1
    created = [r for r in server.requests_to("/v2/glossaries") if r.method == "POST"]
    assert created[-1].body["name"] == f"Annotator: {db_path.stem}"
    assert created[-1].body["entries"] == "Bakan\tMinister"
    assert all(body.get("glossary_id") for body in translate_requests(server))
    project.close()
    stored = stored_bytes(db_path)
    assert b"EN:Bakan" in stored  # the translations are in the file
    assert KEY.encode() not in stored and KEY.split(":")[0].encode() not in stored


def stored_bytes(db_path: Path) -> bytes:
    """The project file and its journal files, as bytes."""
    return b"".join(path.read_bytes() for path in db_path.parent.iterdir()
                    if path.name.startswith(db_path.name))


def test_cli_translates_with_deepl_and_the_key_from_the_environment(
        db_path: Path, server: FakeDeepLServer) -> None:
    import os
    import subprocess
    import sys

    db = open_project(db_path)
    doc_id, _ = add_document(db, SENTENCES, footnote=None)
    db.close()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "ANNOTATOR_DEEPL_API_KEY": KEY}
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "translate", doc_id, "--engine", "deepl", "--url",
         server.base_url, "--variant", "EN-US", "--formality", "prefer_more", "--workers", "1"],
        capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "deepl: translated 4 of 4" in result.stderr
    assert {body["target_lang"] for body in translate_requests(server)} == {"EN-US"}
    assert KEY not in result.stderr + result.stdout
    assert KEY.encode() not in stored_bytes(db_path)


def test_settings_dialog_offers_deepl_and_keeps_its_key_in_the_keyring(  # type: ignore[no-untyped-def]
        qtbot, memory_keyring) -> None:
    from annotator.gui.dialogs.mt_settings_dialog import MTSettingsDialog
    from annotator.gui.settings import MTPreferences
    from annotator.gui.translation_menu import engine_settings

    dialog = MTSettingsDialog(MTPreferences("google", "", "", 4))
    qtbot.addWidget(dialog)
    dialog.engine_combo.setCurrentIndex(dialog.engine_combo.findData("deepl"))
    assert dialog.key_edit.isEnabled() and not dialog.url_edit.isEnabled()
    qtbot.keyClicks(dialog.key_edit, KEY)
    dialog.buttons.accepted.emit()
    assert dialog.result() == MTSettingsDialog.DialogCode.Accepted
    assert dialog.preferences().engine == "deepl"
    assert memory_keyring.get_password("annotator", "deepl") == KEY
    engine = create_engine(engine_settings(dialog.preferences()))
    assert isinstance(engine, DeepLEngine) and engine.host == "api-free.deepl.com"
    engine.close()


def test_translations_with_a_glossary_are_cached_apart(server: FakeDeepLServer) -> None:
    plain = create_engine(settings(server))
    with_terms = create_engine(settings(server, glossary=(("Cumhurbaşkanı", "President"),)))
    other_terms = create_engine(settings(server, glossary=(("Cumhurbaşkanı", "Head of State"),)))
    tabbed = create_engine(settings(server, glossary=(("Meclis\t", "Parliament"),
                                                      ("Cumhurbaşkanı", "President"))))
    assert len({plain.cache_key, with_terms.cache_key, other_terms.cache_key}) == 3
    assert tabbed.glossary_entries == {"Cumhurbaşkanı": "President"}  # type: ignore[attr-defined]
    assert tabbed.cache_key == with_terms.cache_key
