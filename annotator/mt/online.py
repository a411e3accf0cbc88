"""Online engines over deep-translator 1.11.4: Google, MyMemory and any LibreTranslate server.

Each call builds a fresh deep-translator object (they keep per-request state in attributes, so
one object must not be shared by threads) and runs inside ``HttpClient.active()`` so that the
request has timeouts, a total deadline (``deadline``: the engine's default below, or
``EngineSettings.deadline``) and size caps, and its response is available to
:func:`annotator.mt.online_errors.map_error`, which turns deep-translator's unrelated exception
types and raw ``requests`` errors into one :class:`~annotator.mt.errors.MTError`. The engine's
API key never appears in an error's text (:meth:`MTError.without`).
"""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests

from annotator.core.mt_types import ErrorKind
from annotator.mt.errors import MTConfigError, MTError
from annotator.mt.http import HttpClient
from annotator.mt.keys import get_api_key
from annotator.mt.online_errors import CallContext, bad_answer, error_from_status, map_error
from annotator.mt.types import Engine, EngineSettings, TextLimit

DEFAULT_LIBRE_URL = "https://libretranslate.com/"
# deep-translator refuses an empty LibreTranslate key even for servers that need none.
KEYLESS_PLACEHOLDER = "no-key"


class _DeepTranslatorEngine:
    """Shared call-and-map logic; subclasses say how to build and call the translator."""

    name: str
    label: str
    limit: TextLimit = TextLimit()
    rate_per_second: float | None = None
    deadline: float = 20.0  # seconds for one whole request (connect + complete answer)

    def __init__(self, settings: EngineSettings, *, form_post: bool = False) -> None:
        if settings.deadline is not None:
            self.deadline = settings.deadline
        self.client = HttpClient(settings.connect_timeout, settings.read_timeout,
                                 deadline=self.deadline, form_post=form_post)
        self.cache_key = self.name
        self.host = ""
        self.secrets: tuple[str, ...] = ()

    def translate(self, text: str, source: str, target: str) -> str:
        """Translate one piece of text, or raise ``MTError``."""
        context = CallContext(self.label, self.host, source, target, self.client.timeout[1],
                              self.secrets)
        try:
            with self.client.active() as client:
                try:
                    result = self._call(text, source, target)
                except Exception as error:  # deep-translator's errors share no base class
                    raise map_error(error, context, client.last_response) from error
                self._check(client.last_response, context)
        except MTError as error:
            if self.secrets:  # its cause may quote the key (AuthorizationException does)
                raise error.without(self.secrets) from None
            raise
        if result is None:  # no translation in the answer (LibreTranslate's null)
            raise MTError(ErrorKind.BAD_RESPONSE, "empty_answer", engine=self.label)
        if not isinstance(result, str):
            raise bad_answer(self.label, type(result).__name__)
        return result

    def _call(self, text: str, source: str, target: str) -> Any:
        raise NotImplementedError

    def _check(self, response: requests.Response | None, context: CallContext) -> None:
        """Inspect a successful response for errors the client library missed."""

    def abort(self) -> None:
        """Cut the requests in flight (from any thread); they fail at once."""
        self.client.abort()

    def close(self) -> None:
        """Cut what is in flight and close the HTTP sessions."""
        self.client.close()


class GoogleEngine(_DeepTranslatorEngine):
    """Google Translate's mobile web page, scraped by deep-translator (no key)."""

    name = "google"
    label = "Google Translate"
    limit = TextLimit(max_chars=4999)  # deep-translator wants len(text) < 5000
    rate_per_second = 5.0

    def __init__(self, settings: EngineSettings) -> None:
        super().__init__(settings)
        self.host = "translate.google.com"

    def _call(self, text: str, source: str, target: str) -> Any:
        from deep_translator import GoogleTranslator

        return GoogleTranslator(source=source, target=target).translate(text)


class MyMemoryEngine(_DeepTranslatorEngine):
    """MyMemory's free API; needs region codes (tr-TR, en-GB) and < 500 bytes."""

    name = "mymemory"
    label = "MyMemory"
    limit = TextLimit(max_chars=499, max_bytes=499)
    rate_per_second = 2.0

    def __init__(self, settings: EngineSettings) -> None:
        super().__init__(settings)
        self.host = "api.mymemory.translated.net"

    def _call(self, text: str, source: str, target: str) -> Any:
        from deep_translator import MyMemoryTranslator

        translator = MyMemoryTranslator(source=mymemory_code(source),
                                        target=mymemory_code(target))
        result = translator.translate(text)
        return html.unescape(result) if isinstance(result, str) else result

    def _check(self, response: requests.Response | None, context: CallContext) -> None:
        # MyMemory answers HTTP 200 with its own status for quota and language errors, and
        # deep-translator returns the warning text as if it were the translation.
        try:
            data = response.json() if response is not None else {}
        except ValueError:
            return
        status = str(data.get("responseStatus", "200")) if isinstance(data, dict) else "200"
        if status != "200":
            code = int(status) if status.isdigit() else 502
            raise error_from_status(code, context, response, str(data.get("responseDetails")))


def mymemory_code(language: str) -> str:
    """MyMemory's code for a language: ``tr`` → ``tr-TR``, ``en`` → ``en-GB``."""
    from deep_translator.constants import MY_MEMORY_LANGUAGES_TO_CODES

    codes = MY_MEMORY_LANGUAGES_TO_CODES
    if language in codes.values():
        return language
    preferred = {"en": "en-GB", "tr": "tr-TR"}
    if language in preferred:
        return preferred[language]
    matches = sorted(code for code in codes.values() if code.split("-")[0] == language)
    return matches[0] if matches else language


class LibreEngine(_DeepTranslatorEngine):
    """Any LibreTranslate server: self-hosted (often keyless) or a paid instance with a key."""

    name = "libre"
    label = "LibreTranslate"
    rate_per_second = None  # a self-hosted server: the user's own capacity
    deadline = 30.0  # a self-hosted server on a CPU can be slow with a long text

    def __init__(self, settings: EngineSettings) -> None:
        super().__init__(settings, form_post=True)
        self.url = normalise_libre_url(settings.url)
        self.host = urlsplit(self.url).netloc
        self._key = settings.api_key or get_api_key("libre")
        self.secrets = (self._key,) if self._key else ()

    def _call(self, text: str, source: str, target: str) -> Any:
        from deep_translator import LibreTranslator

        translator = LibreTranslator(source=source, target=target, custom_url=self.url,
                                     api_key=self._key or KEYLESS_PLACEHOLDER)
        return translator.translate(text)


def normalise_libre_url(url: str | None) -> str:
    """``http://host:5000`` → ``http://host:5000/``; a trailing ``/translate`` is dropped."""
    raw = (url or DEFAULT_LIBRE_URL).strip()
    try:
        parts = urlsplit(raw)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
        _ = parts.port  # raises ValueError for a bad port
    except ValueError:
        valid = False
    if not valid:
        raise MTConfigError("bad_url", url=raw)
    path = parts.path.removesuffix("translate")
    path = path if path.endswith("/") else path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def create_online_engine(settings: EngineSettings) -> Engine:
    """Build the deep-translator engine named in ``settings``."""
    classes: dict[str, type[_DeepTranslatorEngine]] = {
        "google": GoogleEngine, "mymemory": MyMemoryEngine, "libre": LibreEngine}
    return classes[settings.name](settings)
