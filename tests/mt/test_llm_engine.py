"""The llm engine (OpenAI-compatible servers) end to end against a loopback fake: batching by
paragraph with context, the answer checks and single retries, errors, usage, the key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes.helpers import in_thread
from fakes.openai_server import FakeLLMServer, LLMFault
from sqlite_utils import Database

from annotator.core.glossary import GlossaryTerm
from annotator.core.models import BlockRole, BlockSpan, ParsedDocument, TargetStatus
from annotator.core.mt_types import ErrorKind
from annotator.mt.batch import BatchContext, BatchItem, TokenUsage
from annotator.mt.engine import create_engine
from annotator.mt.errors import MTConfigError, MTError
from annotator.mt.runner import JobSummary, RunnerOptions
from annotator.mt.types import EngineSettings
from annotator.project import Project, TranslationRequest
from annotator.storage.documents import get_sentences, insert_document
from annotator.storage.glossary import add_term
from annotator.storage.targets import get_target, save_target
from annotator.storage.translations import get_translations

KEY = "sk-test-9f8e7d6c5b4a"
PARAGRAPHS = [
    [f"Bakan {n}. toplantıda konuştu ve yeni kararlar açıkladı." for n in range(10)],
    [f"Görüşme {n} saat sürdü ve taraflar anlaştı." for n in range(8)],
    [f"Müzakereler {n}. günde askıya alındı[{n + 1}]." for n in range(7)],
]


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as fake:
        yield fake


def settings(server: FakeLLMServer, **kwargs: object) -> EngineSettings:
    values: dict[str, object] = {"url": server.base_url, "llm_model": "qwen2.5-7b",
                                 "connect_timeout": 1.0, "read_timeout": 2.0,
                                 "rate_per_second": 0, **kwargs}
    return EngineSettings("llm", **values)  # type: ignore[arg-type]


def add_paragraphs(db: Database, paragraphs: list[list[str]],
                   title: str = "Ankara'da zirve") -> tuple[str, list[list[int]]]:
    """A document with a title and one body block per paragraph; the body sentence ids."""
    text, spans, blocks = title, [(0, 0, len(title))], [BlockSpan(BlockRole.TITLE, 0, len(title))]
    for number, sentences in enumerate(paragraphs, 1):
        text += "\n\n"
        start = len(text)
        for sentence in sentences:
            spans.append((number, len(text), len(text) + len(sentence)))
            text += sentence + " "
        text = text[:-1]
        blocks.append(BlockSpan(BlockRole.BODY, start, len(text), paragraph=number))
    document, _ = insert_document(db, ParsedDocument(text, title, tuple(blocks)), spans)
    by_text = {sentence.text: sentence.id for sentence in get_sentences(db, document.id)}
    return document.id, [[by_text[text] for text in sentences] for sentences in paragraphs]


def run(db_path: Path, server: FakeLLMServer, doc_id: str, workers: int = 2,
        **kwargs: object) -> JobSummary:
    project = Project(db_path)
    try:
        request = TranslationRequest(settings(server, **kwargs), document_ids=[doc_id],
                                     workers=workers)
        return project.translate(request).report
    finally:
        project.close()


def mt_text(db: Database, sentence_id: int) -> str | None:
    done = [t.text for t in get_translations(db, sentence_id) if not t.failed]
    return done[-1] if done else None


def test_a_paragraph_goes_in_one_request_with_ids_title_context_and_glossary(
        project: Database, db_path: Path, server: FakeLLMServer) -> None:
    doc_id, ids = add_paragraphs(project, PARAGRAPHS)
    save_target(project, ids[0][0], "The minister spoke at meeting 0.", TargetStatus.REVIEWED)
    add_term(project, GlossaryTerm("müzakere", ("negotiation",)))
    summary = run(db_path, server, doc_id)
    assert summary.complete and summary.total == 26  # 25 body sentences and the title
    assert summary.requests == server.requests == 4  # the title, then one per paragraph
    batches = sorted(server.batches(), key=len, reverse=True)
    assert batches == [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], ["Ankara'da zirve"]]
    for seen in server.seen:
        assert [item["id"] for item in seen.items] == [str(n) for n in range(1, len(seen.items)
                                                                             + 1)]
        assert seen.body["response_format"] == {"type": "json_object"}
        assert seen.body["model"] == "qwen2.5-7b" and seen.body["temperature"] == 0
    by_first = {seen.items[0]["text"]: seen.body["messages"][1]["content"] for seen in server.seen}
    second = by_first[PARAGRAPHS[1][0]]
    assert "Document title: Ankara'da zirve" in second
    assert "Bakan 0. toplantıda" in second and "The minister spoke at meeting 0." in second
    third = by_first[PARAGRAPHS[2][0]]
    assert "müzakere = negotiation" in third and "müzakere = negotiation" not in second
    assert mt_text(project, ids[2][0]) == "EN:" + PARAGRAPHS[2][0]  # marker [1] kept in place
    assert get_target(project, ids[1][0]).text == "EN:" + PARAGRAPHS[1][0]


def test_paragraphs_longer_than_the_batch_size_are_split(project: Database, db_path: Path,
                                                         server: FakeLLMServer) -> None:
    doc_id, _ = add_paragraphs(project, [PARAGRAPHS[0] + PARAGRAPHS[1]])
    summary = run(db_path, server, doc_id)
    assert summary.complete
    assert sorted(len(batch) for batch in server.batches()) == [1, 8, 10]


@pytest.mark.parametrize("kind", ["missing_id", "empty", "copy", "marker_lost"])
def test_a_wrong_sentence_in_a_batch_is_sent_again_alone(kind: str, project: Database,
                                                         db_path: Path,
                                                         server: FakeLLMServer) -> None:
    doc_id, ids = add_paragraphs(project, [PARAGRAPHS[2]])
    server.text_faults[PARAGRAPHS[2][0]] = LLMFault(kind, target=3)
    summary = run(db_path, server, doc_id)
    assert summary.complete and summary.failed_total == 0
    alone = [batch for batch in server.batches() if batch == [PARAGRAPHS[2][3].replace("[4]", "")]]
    assert len(alone) == 1  # retried singly (markers off and put back, as for other engines)
    assert server.requests == 3
    assert mt_text(project, ids[0][3]) == "EN:" + PARAGRAPHS[2][3]


@pytest.mark.parametrize("kind", ["invalid_json", "refusal", "content_filter"])
def test_an_unreadable_or_refused_batch_is_sent_sentence_by_sentence(
        kind: str, project: Database, db_path: Path, server: FakeLLMServer) -> None:
    doc_id, ids = add_paragraphs(project, [PARAGRAPHS[1][:4]])
    server.fail_next(LLMFault())  # the title, sent first by the one worker
    server.fail_next(LLMFault(kind))  # the paragraph
    summary = run(db_path, server, doc_id, workers=1)
    assert summary.complete and server.requests == 6
    assert server.batches()[1] == PARAGRAPHS[1][:4]
    assert server.batches()[2:] == [[text] for text in PARAGRAPHS[1][:4]]
    assert [mt_text(project, i) for i in ids[0]] == ["EN:" + t for t in PARAGRAPHS[1][:4]]


def test_still_wrong_alone_is_a_bad_response(project: Database, db_path: Path,
                                             server: FakeLLMServer) -> None:
    doc_id, ids = add_paragraphs(project, [PARAGRAPHS[1][:3]])
    server.default_fault = LLMFault("copy", target=0)
    summary = run(db_path, server, doc_id)
    # The batch's first sentence (and each single retry's only one) comes back untranslated.
    assert summary.failed == {ErrorKind.BAD_RESPONSE: 2}  # the title, then the paragraph's 1st
    assert "untranslated" in summary.errors[ErrorKind.BAD_RESPONSE]
    assert mt_text(project, ids[0][0]) is None and mt_text(project, ids[0][1]) is not None


def test_refusal_of_a_single_sentence_is_a_bad_response(server: FakeLLMServer) -> None:
    engine = create_engine(settings(server))
    server.default_fault = LLMFault("refusal")
    with pytest.raises(MTError) as caught:
        engine.translate("Bakan istifa etti.", "tr", "en")
    assert (caught.value.kind, caught.value.reason) == (ErrorKind.BAD_RESPONSE, "refused")
    engine.close()


def test_429_with_retry_after_is_rate_limited_with_the_wait(server: FakeLLMServer) -> None:
    engine = create_engine(settings(server))
    server.fail_next(LLMFault("rate_limited", retry_after="7"))
    with pytest.raises(MTError) as caught:
        engine.translate("Bakan istifa etti.", "tr", "en")
    assert caught.value.kind is ErrorKind.RATE_LIMITED and caught.value.retry_after == 7
    server.fail_next(LLMFault("server_error"))
    with pytest.raises(MTError) as caught:
        engine.translate("Bakan istifa etti.", "tr", "en")
    assert caught.value.kind is ErrorKind.SERVER
    engine.close()


def test_the_runner_waits_out_a_429_and_finishes(project: Database, db_path: Path,
                                                 server: FakeLLMServer) -> None:
    doc_id, _ = add_paragraphs(project, [PARAGRAPHS[0][:3]])
    server.fail_next(LLMFault("rate_limited", retry_after="1"))
    summary = run(db_path, server, doc_id)
    assert summary.complete and server.requests == 3  # the 429, then both batches


def test_a_hang_is_a_timeout_at_the_deadline(server: FakeLLMServer) -> None:
    engine = create_engine(settings(server, deadline=0.5))
    server.default_fault = LLMFault("hang")
    outcome = in_thread(lambda: engine.translate_batch(  # type: ignore[attr-defined]
        [BatchItem("1", "Bakan istifa etti.")], BatchContext(), "tr", "en"))
    assert isinstance(outcome, MTError) and outcome.kind is ErrorKind.TIMEOUT
    engine.close()


def test_usage_is_summed_into_the_summary(project: Database, db_path: Path,
                                          server: FakeLLMServer) -> None:
    doc_id, _ = add_paragraphs(project, PARAGRAPHS)
    summary = run(db_path, server, doc_id)
    assert summary.tokens == TokenUsage(server.usage["prompt_tokens"],
                                        server.usage["completion_tokens"])
    assert summary.tokens is not None and summary.tokens.prompt > 0


def test_the_key_is_sent_as_a_bearer_header_and_never_stored(
        project: Database, db_path: Path, server: FakeLLMServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_LLM_API_KEY", KEY)
    doc_id, _ = add_paragraphs(project, [PARAGRAPHS[0][:2]])
    server.fail_next(LLMFault("rate_limited", retry_after="9999"))  # an error is stored too
    summary = run(db_path, server, doc_id)
    assert summary.translated + summary.failed_total == 3
    assert summary.failed_total and set(summary.failed) == {ErrorKind.RATE_LIMITED}
    assert "Rate limit reached" in summary.errors[ErrorKind.RATE_LIMITED]
    assert {seen.authorization for seen in server.seen} == {f"Bearer {KEY}"}
    assert KEY not in str([seen.body for seen in server.seen])
    project.close()
    for path in db_path.parent.glob(db_path.name + "*"):
        assert KEY.encode() not in path.read_bytes(), path


def test_a_project_prompt_file_replaces_the_shipped_one(tmp_path: Path,
                                                        server: FakeLLMServer) -> None:
    prompt = tmp_path / "prompt.txt"
    prompt.write_text("[system]\nTranslate {source} to {target}.\n[user]\nTITLE={title}\n"
                      "{sentences_json}\n", encoding="utf-8")
    engine = create_engine(settings(server, prompt_file=prompt))
    assert engine.translate("Bakan istifa etti.", "tr", "en") == "EN:Bakan istifa etti."
    messages = server.seen[0].body["messages"]
    assert messages[0]["content"] == "Translate Turkish to English."
    assert messages[1]["content"].startswith("TITLE=-\n")
    engine.close()
    prompt.write_text("[user]\nno sentences here\n", encoding="utf-8")
    with pytest.raises(MTConfigError) as caught:
        create_engine(settings(server, prompt_file=prompt))
    assert caught.value.kind == "llm_prompt_bad"


@pytest.mark.parametrize(("changes", "kind"), [
    ({"url": None}, "llm_needs_url"), ({"llm_model": " "}, "llm_needs_model"),
    ({"url": "localhost:8000"}, "llm_bad_url")])
def test_missing_settings_are_config_errors(changes: dict[str, object], kind: str,
                                            server: FakeLLMServer) -> None:
    with pytest.raises(MTConfigError) as caught:
        create_engine(settings(server, **changes))
    assert caught.value.kind == kind


def test_without_batching_each_sentence_is_one_request(project: Database,
                                                       server: FakeLLMServer) -> None:
    from annotator.mt.runner import translate

    doc_id, _ = add_paragraphs(project, [PARAGRAPHS[1][:4]])
    engine = create_engine(settings(server))
    summary = translate(project, engine, "tr", document_ids=[doc_id],
                        options=RunnerOptions(workers=1, batch_size=1))
    engine.close()
    assert summary.complete and server.requests == 5
    assert all(len(batch) == 1 for batch in server.batches())


def test_cli_translates_with_the_llm_engine_and_prints_tokens(
        project: Database, server: FakeLLMServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import subprocess
    import sys

    doc_id, ids = add_paragraphs(project, [PARAGRAPHS[1][:5]])
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "ANNOTATOR_LLM_API_KEY": KEY}
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "translate", doc_id[:6], "--engine", "llm", "--url",
         server.base_url, "--llm-model", "qwen2.5-7b"], capture_output=True, text=True,
        env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "llm: translated 6 of 6 (cached 0), failed 0" in result.stderr
    assert "2 requests" in result.stderr
    tokens = server.usage["prompt_tokens"] + server.usage["completion_tokens"]
    assert f"tokens {tokens} (" in result.stderr
    assert mt_text(project, ids[0][4]) == "EN:" + PARAGRAPHS[1][4]


@pytest.mark.parametrize(("text", "refusal"), [
    ("I'm sorry, but I can't help with that.", True), ("I cannot translate this text.", True),
    ("As an AI, I cannot provide that.", True), ("I am sorry for the delay.", False),
    ("Sorry, the minister said, we are late.", False)])
def test_refusals_are_told_from_apologies_in_the_text(text: str, refusal: bool) -> None:
    from annotator.mt.llm import REFUSAL

    assert bool(REFUSAL.match(text)) is refusal


def _answer(translations: list[dict[str, str]]) -> dict[str, object]:
    import json

    content = json.dumps({"translations": translations})
    return {"choices": [{"message": {"content": content}, "finish_reason": "stop"}]}


def test_an_answer_that_took_in_the_next_sentence_sends_the_rest_again_alone(
        server: FakeLLMServer, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = create_engine(settings(server))
    items = [BatchItem("1", "Görüşme iki saat sürdü."), BatchItem("2", "Bakan ayrıldı."),
             BatchItem("3", "Görüşmeler pazartesi sürecek.")]
    shifted = _answer([{"id": "1", "text": "The meeting lasted two hours. The minister left."},
                       {"id": "2", "text": "Talks resume on Monday."},
                       {"id": "3", "text": "Something else entirely."}])
    monkeypatch.setattr(engine, "_post", lambda *args: shifted)
    results = engine.translate_batch(items, BatchContext(), "tr", "en")  # type: ignore[attr-defined]
    assert all(isinstance(results[i], MTError) for i in ("1", "2", "3"))  # each asked alone
    honest = _answer([{"id": "1", "text": "The U.S. Secretary spoke for two hours."},
                      {"id": "2", "text": "The minister left."},
                      {"id": "3", "text": "Talks will go on on Monday."}])
    monkeypatch.setattr(engine, "_post", lambda *args: honest)
    results = engine.translate_batch(items, BatchContext(), "tr", "en")  # type: ignore[attr-defined]
    assert results["2"] == "The minister left."  # "U.S. Secretary" is not a sentence end


def test_an_id_twice_is_a_bad_answer(server: FakeLLMServer,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    engine = create_engine(settings(server))
    twice = _answer([{"id": "1", "text": "A."}, {"id": "1", "text": "B."}])
    monkeypatch.setattr(engine, "_post", lambda *args: twice)
    with pytest.raises(MTError):
        engine.translate_batch([BatchItem("1", "Bir."), BatchItem("2", "İki.")],  # type: ignore[attr-defined]
                               BatchContext(), "tr", "en")


def test_a_translated_apology_is_not_a_refusal(server: FakeLLMServer,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    engine = create_engine(settings(server))
    apology = _answer([{"id": "1", "text": "I'm sorry, I can't help you."}])
    monkeypatch.setattr(engine, "_post", lambda *args: apology)
    results = engine.translate_batch([BatchItem("1", "Üzgünüm, size yardım edemem.")],  # type: ignore[attr-defined]
                                     BatchContext(), "tr", "en")
    assert results["1"] == "I'm sorry, I can't help you."
    refusal = _answer([{"id": "1", "text": "I'm sorry, I can't help with translating this."}])
    monkeypatch.setattr(engine, "_post", lambda *args: refusal)
    results = engine.translate_batch([BatchItem("1", "Bakan istifa etti.")],  # type: ignore[attr-defined]
                                     BatchContext(), "tr", "en")
    assert isinstance(results["1"], MTError)
