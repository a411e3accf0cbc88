"""``suggest_with_llm`` against the fake OpenAI server in annotation mode: the valid items of the
canned answer become suggestions with rule ``llm:<model>``, the invalid ones are dropped and
counted, server errors are MT error kinds and store nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakes.openai_server import FakeLLMServer, LLMFault

from annotator.core.annotations import Event
from annotator.core.models import AnnotationStatus, Provenance, Side
from annotator.core.mt_types import ErrorKind
from annotator.mt.errors import MTConfigError, MTError
from annotator.mt.types import EngineSettings
from annotator.project import Project
from annotator.storage.annotations import add_event, document_events, document_mentions

SENTENCE = "Türkiye ile Yunanistan Ankara'da görüştü."
MODEL = "qwen-test"
KEY = "sk-annotate-1a2b3c4d5e"


def at(text: str) -> dict[str, Any]:
    start = SENTENCE.index(text)
    return {"start": start, "end": start + len(text), "text": text}


ANSWER = {
    "mentions": [{**at("Türkiye"), "actor": "TUR"},
                 {**at("Yunanistan"), "actor": "GRC"},
                 {"start": 0, "end": 5, "text": "Rusya", "actor": "RUS"},  # invented span
                 {**at("Ankara"), "actor": "ANKARA_CITY"}],  # no such actor
    "events": [{"type": "CONSULT", "modes": ["visit"], "trigger": at("görüştü"),
                "actor": ["TUR"], "recipient": ["GRC"], "date": None},
               {"type": "NEGOTIATE", "modes": [], "trigger": at("görüştü"),  # unknown type
                "actor": ["TUR"], "recipient": []},
               {"type": "PROTEST", "modes": ["visit"], "trigger": None,  # mode of CONSULT
                "actor": [], "recipient": []}],
}


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as fake:
        fake.annotations = {"görüştü": ANSWER}
        yield fake


@pytest.fixture
def project(db_path: Path, tmp_path: Path) -> Iterator[Project]:
    source = tmp_path / "haber.txt"
    source.write_text(f"Görüşme\n\n{SENTENCE}\n", encoding="utf-8")
    opened = Project(db_path)
    opened.import_files([source])
    yield opened
    opened.close()


def settings(server: FakeLLMServer) -> EngineSettings:
    return EngineSettings("llm", url=server.base_url + "/", llm_model=MODEL, api_key=KEY)


def test_valid_items_are_stored_and_invalid_ones_counted(project: Project,
                                                         server: FakeLLMServer) -> None:
    doc_id = project.document_ids()[0]
    report = project.suggest_with_llm([doc_id], settings(server)).report
    assert report.rule == "llm:qwen-test"
    [(done_id, counts)] = report.documents
    assert (done_id, counts.mentions, counts.events, counts.skipped) == (doc_id, 2, 1, 0)
    assert counts.dropped.counts == {"span": 1, "actor": 1, "type": 1, "mode": 1}
    assert report.dropped.total == 4

    mentions = document_mentions(project.db, doc_id)
    assert sorted((m.text, m.actor_id, m.side, m.rule, m.provenance, m.status)
                  for m in mentions) == [
        ("Türkiye", "TUR", Side.TR, "llm:qwen-test", Provenance.SUGGESTED,
         AnnotationStatus.SUGGESTED),
        ("Yunanistan", "GRC", Side.TR, "llm:qwen-test", Provenance.SUGGESTED,
         AnnotationStatus.SUGGESTED)]
    [event] = document_events(project.db, doc_id)
    start = SENTENCE.index("görüştü")
    assert (event.type, event.modes, event.trigger_tr, event.actors, event.recipients) == (
        "CONSULT", ("visit",), (start, start + len("görüştü")), ("TUR",), ("GRC",))
    assert (event.rule, event.provenance, event.confidence) == (
        "llm:qwen-test", Provenance.SUGGESTED, None)
    by_id = {m.id: m.actor_id for m in mentions}
    assert [by_id[i] for i in event.actor_mentions if i is not None] == ["TUR"]

    # One request per annotatable sentence (title and body), the key as a Bearer token, the
    # taxonomy and the registry in the prompt.
    assert server.requests == 2
    assert {seen.authorization for seen in server.seen} == {f"Bearer {KEY}"}
    assert server.seen[0].path == "/v1/chat/completions"
    prompt = server.seen[1].body["messages"][1]["content"]
    assert "CONSULT: visit" in prompt and "TUR = " in prompt and SENTENCE in prompt


def test_a_second_run_adds_nothing_and_decided_types_are_kept(project: Project,
                                                              server: FakeLLMServer) -> None:
    doc_id = project.document_ids()[0]
    body_id = project.segments(doc_id)[1].sentence.id
    add_event(project.db, Event("", body_id, "CONSULT", status=AnnotationStatus.REJECTED))
    first = project.suggest_with_llm([doc_id], settings(server)).report.documents[0][1]
    assert (first.mentions, first.events, first.skipped) == (2, 0, 1)
    again = project.suggest_with_llm([doc_id], settings(server)).report.documents[0][1]
    assert (again.mentions, again.events, again.skipped) == (0, 0, 3)
    assert len(document_mentions(project.db, doc_id)) == 2


@pytest.mark.parametrize(("fault", "kind"), [
    ("server_error", ErrorKind.SERVER),
    ("rate_limited", ErrorKind.RATE_LIMITED),
    ("invalid_json", ErrorKind.BAD_RESPONSE),
    ("refusal", ErrorKind.BAD_RESPONSE),
])
def test_server_errors_are_mt_errors_and_store_nothing(project: Project, server: FakeLLMServer,
                                                       fault: str, kind: ErrorKind) -> None:
    doc_id = project.document_ids()[0]
    server.text_faults["görüştü"] = LLMFault(fault)  # the title's request succeeds
    with pytest.raises(MTError) as raised:
        project.suggest_with_llm([doc_id], settings(server))
    assert raised.value.kind is kind
    assert KEY not in str(raised.value)
    assert document_mentions(project.db, doc_id) == []
    assert document_events(project.db, doc_id) == []


def test_an_answer_without_lists_is_a_bad_response(project: Project,
                                                   server: FakeLLMServer) -> None:
    server.annotations = {"görüştü": {"events": "CONSULT"}}
    with pytest.raises(MTError) as raised:
        project.suggest_with_llm(project.document_ids(), settings(server))
    assert raised.value.kind is ErrorKind.BAD_RESPONSE


def test_settings_need_a_url_and_a_model(project: Project) -> None:
    with pytest.raises(MTConfigError) as raised:
        project.suggest_with_llm(project.document_ids(), EngineSettings("llm", llm_model=MODEL))
    assert raised.value.kind == "llm_needs_url"
    with pytest.raises(MTConfigError) as raised:
        project.suggest_with_llm(project.document_ids(),
                                 EngineSettings("llm", url="http://127.0.0.1:9/v1"))
    assert raised.value.kind == "llm_needs_model"


def test_cli_suggest_engine_llm(project: Project, server: FakeLLMServer) -> None:
    doc_id = project.document_ids()[0]
    project.close()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "ANNOTATOR_LLM_API_KEY": KEY}
    done = subprocess.run([sys.executable, "-m", "annotator", "suggest", "--all", "--engine",
                           "llm", "--url", server.base_url, "--llm-model", MODEL],
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{doc_id}\t2\t1\n"
    assert "llm:qwen-test: dropped 4 (span 1, type 1, mode 1, actor 1); 0 already annotated" \
        in done.stderr
    assert {seen.authorization for seen in server.seen} == {f"Bearer {KEY}"}


def test_cancelling_cuts_the_request_in_flight(project: Project, server: FakeLLMServer) -> None:
    """Ctrl+C (a cancelled job) ends the run at once, whatever the server does."""
    import threading
    import time

    from annotator.project.jobs import JobControl

    server.hang_limit = 30.0
    server.default_fault = LLMFault("hang")
    control = JobControl()
    threading.Timer(0.3, control.cancel.set).start()
    started = time.monotonic()
    report = project.suggest_with_llm(project.document_ids(), settings(server), control).report
    assert time.monotonic() - started < 5  # not the server's 30 s, nor the 120 s deadline
    assert report.documents == []
    assert document_events(project.db, project.document_ids()[0]) == []
