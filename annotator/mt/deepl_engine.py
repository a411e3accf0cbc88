"""The DeepL engine, through the official ``deepl`` client (tested with deepl 1.32.0).

deep-translator's ``DeeplTranslator`` sends the key as a query parameter, which DeepL no longer
accepts, so this engine uses DeepL's own client. That client would retry (up to
``deepl.http_client.max_network_retries`` times, sleeping between tries) and its timeouts are
module-wide globals (``min_connection_timeout``). Neither global is touched here: every
:class:`deepl.Translator` this engine builds gets its HTTP client (the private attribute
``Translator._client``, the only thing the translator sends through) replaced by
:class:`_Transport`, whose ``request_with_backoff`` sends exactly one request through our
:class:`~annotator.mt.http.HttpClient` (connect and read timeouts, a total deadline whose
watchdog cuts a hanging socket, answer size caps, same-host redirects only, a session per
thread) and returns what DeepL's client expects: ``(status, text)``. So the client never
retries or sleeps (the runner decides), other users of the ``deepl`` package in the process are
unaffected, and a hanging request is cut by the deadline. If a future ``deepl`` release renames
``_client``, building the engine fails loudly (:data:`_CLIENT_ATTRIBUTE` is checked).

The key (``ANNOTATOR_DEEPL_API_KEY`` or the keyring, :mod:`annotator.mt.keys`) travels only in
the ``Authorization: DeepL-Auth-Key ...`` header; a free key (ending ``:fx``) goes to
api-free.deepl.com, others to api.deepl.com (the client decides); ``EngineSettings.url``
overrides both (a test server). Errors: 403 → ``auth``; 456 (quota used up) → ``auth`` with
reason ``quota_exceeded`` (not transient: retrying cannot help before the billing period ends,
and, like a bad key, it is not retried); 429 → ``rate_limited`` with ``Retry-After``; 5xx →
``server``; network failures as for the other online engines.

Formality (``more``, ``less``, ``prefer_more``, ``prefer_less``) is sent only for target
languages DeepL supports it for; English has none, so for EN-GB / EN-US it is not sent (DeepL
answers 400 to ``more``/``less`` there). A glossary (``EngineSettings.glossary``: source/target
pairs) becomes one DeepL glossary (TR→EN), created on the first request of the run, used by every
request, and deleted at :meth:`DeepLEngine.close`. If DeepL refuses to create it (a 4xx such as
400 for an unsupported language pair or bad entries, or an unreadable answer) the run goes on
without it and a warning is logged; other failures fail that request and the next one tries
again.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import threading
from typing import Any

import deepl
import requests

from annotator.core.mt_types import ErrorKind
from annotator.mt.errors import MTConfigError, MTError
from annotator.mt.http import USER_AGENT, HttpClient
from annotator.mt.keys import get_api_key
from annotator.mt.online_errors import CallContext, bad_answer, error_from_status, map_error
from annotator.mt.types import EngineSettings, TextLimit

log = logging.getLogger(__name__)

FORMALITIES = ("more", "less", "prefer_more", "prefer_less")
VARIANTS = ("EN-GB", "EN-US")
DEFAULT_VARIANT = "EN-GB"
# Target languages DeepL offers formality for (its /v2/languages "supports_formality").
FORMALITY_TARGETS = frozenset({"DE", "ES", "FR", "IT", "JA", "NL", "PL", "PT-BR", "PT-PT", "RU"})
QUOTA_EXCEEDED = 456
_CLIENT_ATTRIBUTE = "_client"
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


class _Transport(deepl.http_client.HttpClient):
    """DeepL's HTTP client interface, answered by one request through our :class:`HttpClient`."""

    def __init__(self, client: HttpClient) -> None:
        super().__init__(send_platform_info=False)
        super().close()  # its own requests.Session is never used
        self._ours = client

    def request_with_backoff(self, method: str, url: str, data: dict[str, Any] | None,
                             json: dict[str, Any] | None, headers: dict[str, str],
                             stream: bool = False, **kwargs: Any) -> tuple[int, str]:
        """One try, no backoff: retries are the runner's decision."""
        return self.request(method, url, data, json, headers, stream, **kwargs)

    def request(self, method: str, url: str, data: dict[str, Any] | None,
                json: dict[str, Any] | None, headers: dict[str, str], stream: bool = False,
                **kwargs: Any) -> tuple[int, str]:
        headers = {"User-Agent": USER_AGENT, **headers}
        response = self._ours.request(method, url, data=data or None, json=json,
                                      headers=headers, **kwargs)
        response.encoding = "utf-8"
        return response.status_code, response.text

    def close(self) -> None:
        """Our HttpClient is closed by the engine."""


class DeepLEngine:
    """DeepL's API (free or paid) for one run; thread-safe (one glossary per run)."""

    name = "deepl"
    label = "DeepL"
    limit = TextLimit(max_bytes=30_000)  # DeepL takes 128 KiB per request; keep pieces small
    rate_per_second: float | None = 3.0
    deadline = 30.0

    def __init__(self, settings: EngineSettings) -> None:
        if settings.formality is not None and settings.formality not in FORMALITIES:
            raise MTConfigError("bad_formality", formality=settings.formality,
                                choices=", ".join(FORMALITIES))
        variant = (settings.variant or DEFAULT_VARIANT).upper()
        if variant not in VARIANTS:
            raise MTConfigError("bad_variant", variant=settings.variant,
                                choices=", ".join(VARIANTS))
        key = settings.api_key or get_api_key("deepl")
        if not key:
            raise MTConfigError("deepl_needs_key", variable="ANNOTATOR_DEEPL_API_KEY")
        if settings.deadline is not None:
            self.deadline = settings.deadline
        self.variant = variant
        self.formality = settings.formality
        self.cache_key = f"deepl:{variant}:{settings.formality or ''}"
        self.secrets = (key,)
        self.client = HttpClient(settings.connect_timeout, settings.read_timeout,
                                 deadline=self.deadline)
        translator = deepl.Translator(key, server_url=settings.url, send_platform_info=False)
        if not isinstance(getattr(translator, _CLIENT_ATTRIBUTE, None),
                          deepl.http_client.HttpClient):
            raise MTConfigError("deepl_client_changed", version=deepl.__version__)
        getattr(translator, _CLIENT_ATTRIBUTE).close()
        setattr(translator, _CLIENT_ATTRIBUTE, _Transport(self.client))
        self.translator = translator
        self.host = str(translator.server_url).split("://")[-1].rstrip("/")
        # DeepL refuses a whole glossary for one entry with a tab or a line break: leave those
        # entries out rather than lose the glossary.
        self.glossary_entries = {source: target for source, target in settings.glossary
                                 if source.strip() and target.strip()
                                 and not _CONTROL.search(source + target)}
        if self.glossary_entries:  # translations with a glossary are not those without one
            digest = hashlib.sha256(repr(sorted(self.glossary_entries.items())).encode())
            self.cache_key += f":g{digest.hexdigest()[:8]}"
        self.glossary_name = settings.glossary_name or "Annotator"
        self.glossary_id: str | None = None
        self._glossary_done = False
        self._glossary_lock = threading.Lock()

    def translate(self, text: str, source: str, target: str) -> str:
        """Translate one piece of text, or raise ``MTError``."""
        context = CallContext(self.label, self.host, source, target, self.client.timeout[1],
                              self.secrets)
        source_lang = source.upper()
        target_lang = self.variant if target.lower() == "en" else target.upper()
        formality = self.formality if target_lang in FORMALITY_TARGETS else None
        try:
            glossary = self._glossary(context, source_lang, target_lang)
            result = self._call(context, lambda: self.translator.translate_text(
                text, source_lang=source_lang, target_lang=target_lang, formality=formality,
                glossary=glossary))
        except MTError as error:
            raise error.without(self.secrets) from None
        answer = getattr(result, "text", None)
        if not isinstance(answer, str):
            raise bad_answer(self.label, type(result).__name__)
        if not answer:
            raise MTError(ErrorKind.BAD_RESPONSE, "empty_answer", engine=self.label)
        return answer

    def _glossary(self, context: CallContext, source_lang: str, target_lang: str) -> str | None:
        """The run's DeepL glossary id, created on first use; None when there is none."""
        if not self.glossary_entries:
            return None
        with self._glossary_lock:
            if self._glossary_done:
                return self.glossary_id
            try:
                info = self._call(context, lambda: self.translator.create_glossary(
                    self.glossary_name, source_lang, target_lang, self.glossary_entries))
            except MTError as error:
                if error.kind not in (ErrorKind.BAD_RESPONSE, ErrorKind.UNSUPPORTED_LANGUAGE):
                    raise  # auth, quota, rate, server, network: the next request tries again
                log.warning("DeepL refused the glossary (%s); translating without it",
                            error.params.get("detail"))
                self._glossary_done = True
                return None
            self.glossary_id = str(info.glossary_id)
            self._glossary_done = True
            return self.glossary_id

    def _call(self, context: CallContext, call: Any) -> Any:
        """Run one client call; its failure as an :class:`MTError`."""
        try:
            return call()
        except deepl.DeepLException as error:
            raise self._map(error, context) from None
        except (requests.RequestException, OSError) as error:
            raise map_error(error, context, None) from None
        except (ValueError, TypeError, KeyError, IndexError, AttributeError) as error:
            raise bad_answer(self.label, type(error).__name__) from None

    def _map(self, error: deepl.DeepLException, context: CallContext) -> MTError:
        status = error.http_status_code
        cause = error.__cause__
        if status is None and isinstance(cause, requests.RequestException | OSError):
            return map_error(cause, context, None)
        if status is None:
            return bad_answer(self.label, type(error).__name__)
        # A status means this thread's request got an answer: last_response is that answer.
        response = self.client.last_response
        if status == QUOTA_EXCEEDED:
            return MTError(ErrorKind.AUTH, "quota_exceeded", engine=self.label, status=status)
        return error_from_status(status, context, response)

    def abort(self) -> None:
        """Cut the requests in flight (from any thread); they fail at once."""
        self.client.abort()

    def close(self) -> None:
        """Cut what is in flight, delete the run's glossary (best effort), close connections."""
        self.client.abort()
        if self.glossary_id is not None:
            cleanup = HttpClient(self.client.timeout[0], self.client.timeout[1], deadline=5.0)
            setattr(self.translator, _CLIENT_ATTRIBUTE, _Transport(cleanup))
            with contextlib.suppress(Exception):  # left on the account; DeepL lists it by name
                self.translator.delete_glossary(self.glossary_id)
            cleanup.close()
            self.glossary_id = None
        self.client.close()
