"""The deep-translator engines against loopback fakes: happy paths and every fault's kind."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import deep_translator.libre
import pytest
from fakes.helpers import engine_for
from fakes.servers import FakeMTServer, Fault

from annotator.core.mt_types import ErrorKind
from annotator.messages import templates
from annotator.mt import http
from annotator.mt.engine import create_engine
from annotator.mt.errors import MTConfigError, MTError
from annotator.mt.online import normalise_libre_url
from annotator.mt.types import EngineSettings

Start = Callable[..., FakeMTServer]
FLAVOURS = ["google", "mymemory", "libre"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_happy_path(fake_server: Start, flavour: str) -> None:
    server = fake_server(flavour)
    engine = engine_for(server)
    assert engine.translate("Bakan 27 Kasım'da görüştü.", "tr", "en") == \
        "EN:Bakan 27 Kasım'da görüştü."
    assert server.requests == 1
    params = server.seen[0].params
    if flavour == "mymemory":
        assert params["langpair"] == "tr-TR|en-GB"
    elif flavour == "google":
        assert (params["sl"], params["tl"]) == ("tr", "en")
    else:
        assert (params["source"], params["target"]) == ("tr", "en")
        assert params["api_key"]  # deep-translator insists on one; we send a placeholder
    engine.close()


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("fault", "kind"), [
    (Fault("status", 429, retry_after="7"), ErrorKind.RATE_LIMITED),
    (Fault("status", 500), ErrorKind.SERVER),
    (Fault("status", 503), ErrorKind.SERVER),
    (Fault("status", 403), ErrorKind.AUTH),
    (Fault("hang"), ErrorKind.TIMEOUT),
    (Fault("reset"), ErrorKind.SERVER),
    (Fault("malformed"), ErrorKind.BAD_RESPONSE),
], ids=["429", "500", "503", "403", "hang", "reset", "malformed"])
def test_each_fault_maps_to_one_kind(fake_server: Start, flavour: str, fault: Fault,
                                     kind: ErrorKind) -> None:
    server = fake_server(flavour, hang_limit=3.0)
    engine = engine_for(server, read_timeout=0.5)
    server.fail_next(fault)
    started = time.monotonic()
    with pytest.raises(MTError) as caught:
        engine.translate("Bir cümle.", "tr", "en")
    assert caught.value.kind is kind
    assert_readable(caught.value)
    if fault.kind == "hang":
        assert time.monotonic() - started < 2.5  # bounded by the read timeout, not the hang
    if fault.status == 429:
        assert caught.value.retry_after == 7.0
    # The engine recovers on the next request.
    assert engine.translate("İkinci.", "tr", "en") == "EN:İkinci."


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_no_server_is_offline(fake_server: Start, flavour: str) -> None:
    server = fake_server(flavour)
    engine = engine_for(server)
    server.stop()
    with pytest.raises(MTError) as caught:
        engine.translate("Bir cümle.", "tr", "en")
    assert caught.value.kind is ErrorKind.OFFLINE
    assert caught.value.params["host"] == f"127.0.0.1:{server.port}"
    assert str(caught.value) == (f"Cannot reach 127.0.0.1:{server.port}: no network connection, "
                                 "or the server is not running.")


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_unknown_language_is_unsupported(fake_server: Start, flavour: str) -> None:
    server = fake_server(flavour)
    with pytest.raises(MTError) as caught:
        engine_for(server).translate("Bir cümle.", "xx", "en")
    assert caught.value.kind is ErrorKind.UNSUPPORTED_LANGUAGE
    assert_readable(caught.value)
    assert (caught.value.params["source"], caught.value.params["target"]) == ("xx", "en")
    assert server.requests == 0


def test_too_long_for_deep_translator_is_too_long(fake_server: Start) -> None:
    server = fake_server("google")
    with pytest.raises(MTError) as caught:
        engine_for(server).translate("a" * 5000, "tr", "en")
    assert caught.value.kind is ErrorKind.TOO_LONG
    assert str(caught.value) == "The text is too long for Google Translate."


def test_mymemory_quota_warning_in_a_200_is_rate_limited(fake_server: Start,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    server = fake_server("mymemory")
    engine = engine_for(server)
    original = server.next_fault

    def quota(seen: Any) -> Fault:
        original(seen)
        return Fault("quota")

    monkeypatch.setattr(server, "next_fault", quota)
    monkeypatch.setattr("fakes.servers._Handler._answer", _quota_answer)
    with pytest.raises(MTError) as caught:
        engine.translate("Bir cümle.", "tr", "en")
    assert caught.value.kind is ErrorKind.RATE_LIMITED
    assert caught.value.reason == "rate_limited_detail"
    assert "ALL AVAILABLE FREE TRANSLATIONS" in caught.value.params["detail"]
    assert str(caught.value).startswith("MyMemory is limiting requests (too many requests). "
                                        "Server said: MYMEMORY WARNING:")


def _quota_answer(self: Any, params: dict[str, str], malformed: bool) -> None:
    warning = "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY."
    self._reply(200, {"responseData": {"translatedText": warning}, "responseStatus": 429,
                      "responseDetails": warning, "matches": []})


def test_libre_sends_the_key_from_the_environment(fake_server: Start,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    server = fake_server("libre", required_key="s3cret")
    with pytest.raises(MTError) as caught:
        engine_for(server).translate("Bir.", "tr", "en")
    assert caught.value.kind is ErrorKind.AUTH
    assert_readable(caught.value)
    monkeypatch.setenv("ANNOTATOR_LIBRE_API_KEY", "s3cret")
    assert engine_for(server).translate("Bir.", "tr", "en") == "EN:Bir."
    assert "s3cret" not in str(caught.value)


@pytest.mark.parametrize(("given", "expected"), [
    ("http://127.0.0.1:5000", "http://127.0.0.1:5000/"),
    ("http://127.0.0.1:5000/", "http://127.0.0.1:5000/"),
    ("https://lt.example.org/api/translate", "https://lt.example.org/api/"),
    (" http://localhost:5000/?x=1 ", "http://localhost:5000/"),
])
def test_libre_url_is_normalised(given: str, expected: str) -> None:
    assert normalise_libre_url(given) == expected


@pytest.mark.parametrize("bad", ["localhost:5000", "ftp://host/", "http://", "http://h:99999/"])
def test_bad_libre_url_is_a_config_error(bad: str) -> None:
    with pytest.raises(MTConfigError) as caught:
        create_engine(EngineSettings("libre", url=bad))
    assert (caught.value.kind, caught.value.params) == ("bad_url", {"url": bad})
    assert str(caught.value).startswith(f"“{bad}” is not the http(s) address of a "
                                        "LibreTranslate server")


def test_unknown_engine_and_misplaced_options_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(MTConfigError) as caught:
        create_engine(EngineSettings("babelfish"))
    assert (caught.value.domain, caught.value.kind) == ("mt", "unknown_engine")
    assert str(caught.value) == ("Unknown engine “babelfish”: choose one of google, mymemory, "
                                 "libre, ctranslate2, deepl, llm.")
    with pytest.raises(MTConfigError, match="--url") as caught:
        create_engine(EngineSettings("google", url="http://127.0.0.1:1/"))
    assert caught.value.kind == "url_not_used"
    with pytest.raises(MTConfigError, match="--model") as caught:
        create_engine(EngineSettings("libre", model=tmp_path))
    assert caught.value.kind == "model_not_used"
    with pytest.raises(MTConfigError, match="Timeouts must be positive") as caught:
        create_engine(EngineSettings("libre", read_timeout=0))
    assert caught.value.kind == "bad_timeout"


def assert_readable(error: MTError) -> None:
    """``error`` has its own template and every parameter that template needs."""
    assert error.key in templates(), error.key
    assert str(error) and "{" not in str(error), str(error)


def test_the_patch_leaves_other_callers_of_deep_translator_alone(
        fake_server: Start, monkeypatch: pytest.MonkeyPatch) -> None:
    server = fake_server("libre")
    engine_for(server).translate("Bir.", "tr", "en")  # installs the scoped stand-in
    stand_in = deep_translator.libre.requests
    assert isinstance(stand_in, http._ScopedRequests)
    calls: list[dict[str, Any]] = []
    real_post = stand_in._real.post

    def spy(url: str, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real_post(url, **kwargs)

    monkeypatch.setattr(stand_in._real, "post", spy)
    plain = deep_translator.LibreTranslator(source="tr", target="en", api_key="x",
                                            custom_url=server.base_url)
    assert plain.translate("İki.") == "EN:İki."
    assert "timeout" not in calls[0]  # outside our engines: requests exactly as before
