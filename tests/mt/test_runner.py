"""The job runner end to end on a real project file and fake servers."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from fakes.helpers import FAST, add_document, engine_for
from fakes.servers import FakeMTServer, Fault
from sqlite_utils import Database

from annotator.core.models import TargetStatus
from annotator.core.mt_types import ErrorKind
from annotator.mt.runner import JobProgress, RunnerOptions, SentenceOutcome, translate
from annotator.storage.targets import get_target
from annotator.storage.translations import get_translations

Start = Callable[..., FakeMTServer]
SENTENCES = ["Bakan Ankara'ya geldi.", "Görüşme iki saat sürdü.", "Taraflar anlaştı.",
             "Senato yardımı kesti.", "Müzakereler askıya alındı.", "Bakan izin istedi."]


def texts_of(db: Database, sentence_ids: list[int]) -> list[str | None]:
    """The successful MT text of each sentence (None when it has none)."""
    out: list[str | None] = []
    for sentence_id in sentence_ids:
        done = [t.text for t in get_translations(db, sentence_id) if not t.failed]
        out.append(done[-1] if done else None)
    return out


def test_translates_annotatable_sentences_and_fills_targets(project: Database,
                                                            fake_server: Start) -> None:
    server = fake_server("libre")
    doc_id, body = add_document(project, SENTENCES)
    outcomes: list[SentenceOutcome] = []
    summary = translate(project, engine_for(server), "tr", document_ids=[doc_id], options=FAST,
                        on_progress=lambda p, o: outcomes.append(o))
    assert summary.translated == summary.total == len(SENTENCES) + 1  # the body and the title
    assert summary.complete and summary.requests == server.requests == 7
    assert not any("example.invalid" in text for text in server.texts())  # footnotes stay home
    assert texts_of(project, body) == ["EN:" + s for s in SENTENCES]
    target = get_target(project, body[0])
    assert target is not None and target.status is TargetStatus.MT
    assert target.text == "EN:" + SENTENCES[0]
    assert len(outcomes) == 7 and {o.sentence_id for o in outcomes} >= set(body)


def test_cache_answers_a_second_document_without_a_request(project: Database,
                                                           fake_server: Start) -> None:
    server = fake_server("libre")
    first, _ = add_document(project, SENTENCES)
    translate(project, engine_for(server), "tr", document_ids=[first], options=FAST)
    sent = server.requests
    # Same sentences, other whitespace, in another document: all answered from the cache.
    second, body = add_document(project, ["  " + s.replace(" ", "  ") for s in SENTENCES],
                                title="Başlık ")
    summary = translate(project, engine_for(server), "tr", document_ids=[second], options=FAST)
    assert server.requests == sent
    assert summary.cached == summary.translated == summary.total == 7
    assert summary.requests == 0
    assert texts_of(project, body) == ["  EN:" + s for s in SENTENCES]  # own whitespace kept


def test_identical_sentences_are_sent_once(project: Database, fake_server: Start) -> None:
    server = fake_server("libre")
    doc_id, body = add_document(project, ["Aynı cümle."] * 5, footnote=None)
    summary = translate(project, engine_for(server), "tr", document_ids=[doc_id], options=FAST)
    assert summary.translated == 6 and server.requests == 2  # the title and one body text
    assert texts_of(project, body) == ["EN:Aynı cümle."] * 5


def test_transient_errors_are_retried_until_success(project: Database,
                                                    fake_server: Start) -> None:
    server = fake_server("libre")
    doc_id, body = add_document(project, SENTENCES[:1], footnote=None)
    server.fail_next(Fault("status", 500), times=1)
    server.fail_next(Fault("reset"), times=1)
    summary = translate(project, engine_for(server), "tr", document_ids=[doc_id],
                        options=RunnerOptions(workers=1, backoff_base=0.01, backoff_cap=0.02))
    assert summary.complete and summary.requests == server.requests == 4
    assert texts_of(project, body) == ["EN:" + SENTENCES[0]]


def test_retry_after_is_honoured(project: Database, fake_server: Start) -> None:
    server = fake_server("libre")
    doc_id, body = add_document(project, SENTENCES[:2], footnote=None)
    server.fail_next(Fault("status", 429, retry_after="1"))
    started = time.monotonic()
    summary = translate(project, engine_for(server), "tr", document_ids=[doc_id], options=FAST)
    assert time.monotonic() - started >= 1.0
    assert summary.complete and server.requests == 4
    assert texts_of(project, body) == ["EN:" + s for s in SENTENCES[:2]]


def test_a_failure_keeps_the_finished_sentences_and_can_be_retried_alone(
        project: Database, fake_server: Start) -> None:
    server = fake_server("libre")
    doc_id, body = add_document(project, SENTENCES, footnote=None)
    server.text_faults["Senato"] = Fault("status", 500)
    summary = translate(project, engine_for(server), "tr", document_ids=[doc_id], options=FAST)
    assert summary.failed == {ErrorKind.SERVER: 1} and summary.translated == 6
    assert "HTTP 500" in summary.errors[ErrorKind.SERVER]
    first = summary.first_errors[ErrorKind.SERVER]
    assert (first.reason, first.params["status"]) == ("server_detail", 500)
    assert summary.errors[ErrorKind.SERVER] == str(first) == (
        "LibreTranslate had a server error (HTTP 500). Server said: fake error 500")
    failed_row = get_translations(project, body[3])
    assert [(t.error_kind, t.text, t.error) for t in failed_row] == [
        (ErrorKind.SERVER, None, str(first))]
    assert texts_of(project, body[:3] + body[4:]) == ["EN:" + s for s in
                                                      SENTENCES[:3] + SENTENCES[4:]]
    target = get_target(project, body[3])
    assert target is None or target.status is TargetStatus.UNTRANSLATED

    del server.text_faults["Senato"]
    before = server.requests
    again = translate(project, engine_for(server), "tr", document_ids=[doc_id], mode="failed",
                      options=FAST)
    assert again.total == again.translated == 1 and server.requests == before + 1
    assert [t.text for t in get_translations(project, body[3])] == ["EN:" + SENTENCES[3]]
    nothing = translate(project, engine_for(server), "tr", document_ids=[doc_id], options=FAST)
    assert nothing.total == 0


def test_cancel_returns_promptly_without_waiting_for_hung_requests(
        project: Database, fake_server: Start) -> None:
    server = fake_server("libre", hang_limit=4.0)
    doc_id, _ = add_document(project, [f"Cümle {i}." for i in range(40)], footnote=None)
    server.default_fault = Fault("hang")
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    summary = translate(project, engine_for(server, read_timeout=4.0), "tr",
                        document_ids=[doc_id], options=FAST, cancel=cancel)
    elapsed = time.monotonic() - started
    assert summary.cancelled and not summary.complete
    assert elapsed < 2.0  # the hung requests would hold it for 4 s
    assert server.requests <= FAST.workers < 41
    assert summary.not_attempted == 41


def test_cancel_keeps_what_was_saved(project: Database, fake_server: Start) -> None:
    server = fake_server("libre", latency=0.05)
    doc_id, _ = add_document(project, [f"Cümle {i}." for i in range(30)], footnote=None)
    cancel = threading.Event()

    def on_progress(progress: JobProgress, outcome: SentenceOutcome) -> None:
        if progress.done >= 5:
            cancel.set()

    summary = translate(project, engine_for(server), "tr", document_ids=[doc_id],
                        options=RunnerOptions(workers=2), on_progress=on_progress, cancel=cancel)
    assert summary.cancelled and 5 <= summary.translated < 31
    assert server.requests < 31
    stored = project.execute("SELECT count(*) FROM translations WHERE text IS NOT NULL")
    assert stored.fetchone()[0] == summary.translated  # every reported result is in the file
    pairs = project.execute("SELECT s.text, t.text FROM translations t JOIN sentences s "
                            "ON s.id = t.sentence_id WHERE t.text IS NOT NULL").fetchall()
    assert pairs and all(mt == "EN:" + source for source, mt in pairs)
    assert summary.translated + summary.not_attempted == 31


def test_offline_is_reported_once_and_stops_sending(project: Database,
                                                     fake_server: Start) -> None:
    server = fake_server("libre")
    engine = engine_for(server)
    server.stop()
    doc_id, body = add_document(project, [f"Cümle {i}." for i in range(50)], footnote=None)
    summary = translate(project, engine, "tr", document_ids=[doc_id], options=FAST)
    assert summary.offline is not None and summary.offline.kind is ErrorKind.OFFLINE
    assert summary.failed == {} and summary.not_attempted == 51
    assert summary.requests <= FAST.workers  # only the first wave went out
    assert all(get_translations(project, s) == [] for s in body)  # no per-sentence errors


def test_a_target_a_person_touched_is_never_changed(project: Database,
                                                    fake_server: Start) -> None:
    server = fake_server("libre")
    doc_id, body = add_document(project, SENTENCES[:3], footnote=None)
    project["targets"].insert_all([
        {"sentence_id": body[0], "text": "My own words.", "status": "draft"},
        {"sentence_id": body[1], "text": "", "status": "untranslated"},
        {"sentence_id": body[2], "text": "Reviewed.", "status": "reviewed"},
    ])
    translate(project, engine_for(server), "tr", document_ids=[doc_id], options=FAST)
    targets = [get_target(project, s) for s in body]
    assert [(t.text, t.status) for t in targets if t] == [
        ("My own words.", TargetStatus.DRAFT), ("EN:" + SENTENCES[1], TargetStatus.MT),
        ("Reviewed.", TargetStatus.REVIEWED)]
    assert texts_of(project, body) == ["EN:" + s for s in SENTENCES[:3]]  # MT kept regardless


def test_long_sentences_markers_and_whitespace_through_mymemory(project: Database,
                                                                fake_server: Start) -> None:
    server = fake_server("mymemory")
    clause = "Dışişleri Bakanı, görüşmede bölgesel güvenliği ele aldı"
    long_sentence = "; ".join([clause] * 12) + ".[2]"  # ~900 bytes of UTF-8
    doc_id, body = add_document(project, [long_sentence, "Kısa cümle[3]."], footnote=None)
    summary = translate(project, engine_for(server), "tr", document_ids=[doc_id], options=FAST)
    assert summary.complete
    sent = server.texts()
    assert all(len(text.encode()) < 500 and "[" not in text for text in sent)
    assert len(sent) >= 4  # title, the short one and at least two pieces of the long one
    long_mt, short_mt = texts_of(project, body)
    assert long_mt is not None and long_mt.endswith("aldı.[2]")
    assert long_mt.count("EN:") >= 2
    assert long_mt.replace("EN:", "") == long_sentence
    assert short_mt == "EN:Kısa cümle[3]."
