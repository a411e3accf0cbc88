"""HttpClient's limits on their own: the deadline before and after the headers, abort, redirects
kept to one host, unpacking within a cap, and the daemon pool that never holds the program."""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import pytest
from fakes.helpers import engine_for, in_thread
from fakes.servers import FakeMTServer, Fault

from annotator.mt.engine import create_engine
from annotator.mt.errors import MTConfigError
from annotator.mt.http import (
    AnswerTooLargeError,
    DeadlineExceededError,
    HttpClient,
    RequestAbortedError,
    UnreadableAnswerError,
    _Decoder,
    same_host,
)
from annotator.mt.pool import DaemonPool
from annotator.mt.types import EngineSettings

Start = Callable[..., FakeMTServer]


def test_the_deadline_also_covers_waiting_for_the_headers(fake_server: Start) -> None:
    server = fake_server("libre", hang_limit=30)
    server.fail_next(Fault("hang"))  # accepts, never answers: the 20 s read timeout would wait
    client = HttpClient(1.0, 20.0, deadline=0.5)
    error = in_thread(lambda: client.request("POST", server.base_url + "translate"))
    assert isinstance(error, DeadlineExceededError) and error.seconds == 0.5


def test_abort_cuts_requests_in_flight_from_another_thread(fake_server: Start) -> None:
    server = fake_server("libre", hang_limit=30)
    server.default_fault = Fault("drip", interval=0.1)
    client = HttpClient(1.0, 20.0, deadline=30.0)
    errors: list[object] = []
    threads = [threading.Thread(target=lambda: errors.append(in_thread(
        lambda: client.request("POST", server.base_url + "translate")))) for _ in range(3)]
    for thread in threads:
        thread.start()
    while server.requests < 3:
        time.sleep(0.02)
    client.abort()
    for thread in threads:
        thread.join(10)
    assert len(errors) == 3 and all(isinstance(e, RequestAbortedError) for e in errors)
    server.default_fault = Fault()
    answer = client.request("POST", server.base_url + "translate", data={"q": "Bir."})
    assert answer.json() == {"translatedText": "EN:Bir."}  # the client still works


def test_a_small_gzip_answer_is_unpacked(fake_server: Start) -> None:
    server = fake_server("libre")
    server.fail_next(Fault("gzip_bomb", size=12))  # {"translatedText": "aaaaaaaaaaaa"}, gzipped
    assert engine_for(server).translate("Bir cümle.", "tr", "en") == "a" * 12


def test_a_declared_length_over_the_cap_is_refused_unread(fake_server: Start) -> None:
    server = fake_server("libre")
    server.fail_next(Fault("huge", size=5000))
    client = HttpClient(1.0, 5.0, max_wire_bytes=4096)
    with pytest.raises(AnswerTooLargeError) as caught:
        client.request("POST", server.base_url + "translate")
    assert (caught.value.limit, caught.value.unpacked) == (4096, False)


@pytest.mark.parametrize(("origin", "target", "same"), [
    ("http://lt.example.org/translate", "/translate?x=1", True),
    ("http://lt.example.org/translate", "http://LT.example.org:80/other", True),
    ("http://lt.example.org/translate", "https://lt.example.org/translate", True),
    ("http://lt.example.org:5000/", "https://lt.example.org:5000/", False),
    ("https://lt.example.org/", "http://lt.example.org/", False),  # no downgrade
    ("http://127.0.0.1:5000/", "http://127.0.0.1:5001/", False),
    ("http://127.0.0.1:5000/", "http://localhost:5000/", False),
    ("https://lt.example.org/", "https://evil.example/", False),
])
def test_redirects_stay_on_one_host(origin: str, target: str, same: bool) -> None:
    assert same_host(urlsplit(origin), urljoin(origin, target)) is same


def unpack(decoder: _Decoder, data: bytes, cap: int, piece: int = 7) -> bytes:
    out = b""
    for start in range(0, len(data), piece):
        out += decoder.feed(data[start:start + piece], cap - len(out))
        if len(out) > cap:
            raise AnswerTooLargeError(cap, unpacked=True)
    return out + decoder.finish(cap - len(out))


@pytest.mark.parametrize("encoding", ["gzip", "x-gzip", "deflate", "raw-deflate", "identity",
                                      "two-gzip-members"])
def test_the_decoder_unpacks_what_servers_send(encoding: str) -> None:
    text = b'{"translatedText": "' + "Görüşme".encode() * 50 + b'"}'
    packed = {
        "gzip": gzip.compress(text), "x-gzip": gzip.compress(text),
        "deflate": zlib.compress(text), "identity": text,
        "raw-deflate": zlib.compress(text)[2:-4],
        "two-gzip-members": gzip.compress(text[:30]) + gzip.compress(text[30:]),
    }[encoding]
    header = {"raw-deflate": "deflate", "two-gzip-members": "gzip"}.get(encoding, encoding)
    assert unpack(_Decoder(header), packed, 10_000) == text


def test_the_decoder_stops_at_the_cap_without_unpacking_the_rest() -> None:
    bomb = gzip.compress(b"a" * 50_000_000)
    assert len(bomb) < 100_000
    decoder = _Decoder("gzip")
    out = decoder.feed(bomb, 1000)
    assert len(out) == 1001  # one byte over the cap says "too large"; nothing more was made


@pytest.mark.parametrize(("encoding", "data", "detail"), [
    ("br", b"x", "content encoding br"),
    ("gzip", b"not gzip at all", "damaged compressed data"),
])
def test_the_decoder_refuses_what_it_cannot_read(encoding: str, data: bytes,
                                                 detail: str) -> None:
    with pytest.raises(UnreadableAnswerError, match=detail):
        unpack(_Decoder(encoding), data, 1000)


def test_the_pool_runs_on_daemon_threads_and_cancels_what_waits() -> None:
    pool = DaemonPool(1)
    release = threading.Event()
    first = pool.submit(release.wait, 10)
    second = pool.submit(lambda: "never")
    ends = time.monotonic() + 10
    while not first.running():  # the one thread took the first call; the second waits
        assert time.monotonic() < ends
        time.sleep(0.01)
    assert all(thread.daemon for thread in threading.enumerate()
               if thread.name.startswith("mt-"))
    pool.shutdown()
    assert second.cancelled()
    release.set()
    assert first.result(timeout=10) is True


def test_a_deadline_must_be_positive() -> None:
    with pytest.raises(MTConfigError) as caught:
        create_engine(EngineSettings("libre", url="http://127.0.0.1:1/", deadline=0))
    assert caught.value.kind == "bad_deadline"
    assert str(caught.value) == "The total time for one request must be positive (not 0 s)."
