"""Map deep-translator and ``requests`` failures to one :class:`MTError` (a kind, a reason, params).

deep-translator 1.11.4 raises exceptions with no common base (``BaseError`` subclasses, plain
``Exception`` subclasses such as ``TooManyRequests``), lets ``requests`` network errors through
unwrapped, and can fail inside its own parsing with ``KeyError``/``AttributeError``. The HTTP
status and headers come from the response our :class:`~annotator.mt.http.HttpClient` kept, since
deep-translator's exceptions drop them (``Retry-After`` included).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from deep_translator import exceptions as dt
from urllib3.exceptions import NewConnectionError

from annotator.core.mt_types import ErrorKind
from annotator.mt import http
from annotator.mt.errors import MTError
from annotator.mt.http import parse_retry_after
from annotator.mt.scrub import scrub

MAX_DETAIL_CHARS = 200


@dataclass(frozen=True)
class CallContext:
    """What an error's parameters need to know about the failed call."""

    label: str
    host: str
    source: str
    target: str
    read_timeout: float
    secrets: tuple[str, ...] = ()  # the engine's keys: never in an error's text


def map_error(error: BaseException, context: CallContext,
              response: requests.Response | None) -> MTError:
    """The :class:`MTError` for any exception raised while calling an online engine."""
    if isinstance(error, MTError):
        return error
    if isinstance(error, http.DeadlineExceededError):
        return MTError(ErrorKind.TIMEOUT, engine=context.label, seconds=seconds(error.seconds))
    if isinstance(error, http.AnswerTooLargeError):
        return MTError(ErrorKind.BAD_RESPONSE, "answer_too_large", engine=context.label,
                       size=megabytes(error.limit))
    if isinstance(error, http.CrossHostRedirectError):
        return MTError(ErrorKind.BAD_RESPONSE, "cross_host_redirect", engine=context.label,
                       host=error.origin, target=error.target)
    if isinstance(error, http.UnreadableAnswerError):
        return bad_answer(context.label, error.detail)
    if isinstance(error, dt.LanguageNotSupportedException | dt.InvalidSourceOrTargetLanguage):
        return _unsupported(context)
    if isinstance(error, dt.NotValidLength):
        return MTError(ErrorKind.TOO_LONG, engine=context.label)
    if isinstance(error, dt.ApiKeyException | dt.AuthorizationException):
        return error_from_status(403, context, response)
    if isinstance(error, dt.TooManyRequests | dt.RequestError | dt.ServerException):
        status = response.status_code if response is not None else _status_of(error)
        return error_from_status(status, context, response)
    if isinstance(error, requests.RequestException) and not isinstance(
            error, requests.exceptions.InvalidJSONError):
        return _network_error(error, context)
    if isinstance(error, json.JSONDecodeError | requests.exceptions.InvalidJSONError):
        return MTError(ErrorKind.BAD_RESPONSE, "answer_not_json", engine=context.label)
    return bad_answer(context.label, type(error).__name__)


def bad_answer(engine: str, detail: str) -> MTError:
    """An answer that could not be read; ``detail`` names what was wrong (a type name)."""
    return MTError(ErrorKind.BAD_RESPONSE, engine=engine, detail=detail)


def _status_of(error: BaseException) -> int:
    if isinstance(error, dt.TooManyRequests):
        return 429
    code = getattr(error, "status_code", None) or (error.args[0] if error.args else None)
    return code if isinstance(code, int) else 502


def _unsupported(context: CallContext) -> MTError:
    return MTError(ErrorKind.UNSUPPORTED_LANGUAGE, engine=context.label, source=context.source,
                   target=context.target)


def _network_error(error: requests.RequestException, context: CallContext) -> MTError:
    request = getattr(error, "request", None)
    where = urlsplit(request.url).netloc if request is not None and request.url else ""
    where = where or context.host or context.label
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return MTError(ErrorKind.OFFLINE, "connect_timeout", host=where)
    if isinstance(error, requests.exceptions.Timeout):
        return MTError(ErrorKind.TIMEOUT, engine=context.label,
                       seconds=seconds(context.read_timeout))
    if isinstance(error, requests.exceptions.ConnectionError) and _could_not_connect(error):
        return MTError(ErrorKind.OFFLINE, host=where)
    if isinstance(error, requests.exceptions.ConnectionError):
        return MTError(ErrorKind.SERVER, "connection_broken", host=where)
    return MTError(ErrorKind.SERVER, "request_failed", host=where, detail=type(error).__name__)


def megabytes(size: int) -> str:
    """A byte count as people read a size limit: ``2097152`` → ``"2 MB"``."""
    value = size / (1024 * 1024)
    return f"{int(value) if value.is_integer() else round(value, 1)} MB"


def seconds(value: float) -> int | float:
    """A duration as people read it: ``15`` rather than ``15.0``, else one decimal."""
    return int(value) if float(value).is_integer() else round(value, 1)


def _could_not_connect(error: BaseException) -> bool:
    """True when no connection was made at all (DNS failure, refused), not a broken one."""
    seen: set[int] = set()
    todo: list[object] = [error]
    while todo:
        item = todo.pop()
        if id(item) in seen or not isinstance(item, BaseException):
            continue
        seen.add(id(item))
        if isinstance(item, NewConnectionError | ConnectionRefusedError):
            return True
        todo.extend([*item.args, getattr(item, "reason", None), item.__cause__,
                     item.__context__])
    return False


def error_from_status(status: int, context: CallContext, response: requests.Response | None,
                      detail: str | None = None) -> MTError:
    """The :class:`MTError` for an HTTP error status (or a service's own status code).

    ``detail`` is the server's own message (else read from the response); reasons ending in
    ``_detail`` show it verbatim.
    """
    detail = scrub(detail or _server_detail(response), context.secrets)[:MAX_DETAIL_CHARS]
    engine = context.label
    if status == 429:
        header = response.headers.get("Retry-After") if response is not None else None
        wait = parse_retry_after(header)
        reason = "rate_limited" if wait is None else "rate_limited_wait"
        return MTError(ErrorKind.RATE_LIMITED, _with_detail(reason, detail), retry_after=wait,
                       engine=engine, seconds=None if wait is None else seconds(wait),
                       detail=detail)
    if status in (401, 403):
        return MTError(ErrorKind.AUTH, engine=engine, status=status)
    if status >= 500:
        return MTError(ErrorKind.SERVER, _with_detail("server", detail), engine=engine,
                       status=status, detail=detail)
    if detail and "not supported" in detail.lower():
        return _unsupported(context)
    if detail and "api key" in detail.lower():
        return MTError(ErrorKind.AUTH, "needs_key", engine=engine, status=status, detail=detail)
    return MTError(ErrorKind.BAD_RESPONSE, _with_detail("rejected", detail), engine=engine,
                   status=status, detail=detail)


def _with_detail(reason: str, detail: str) -> str:
    """``reason``, or its variant that also shows the server's message when there is one."""
    return f"{reason}_detail" if detail else reason


def _server_detail(response: requests.Response | None) -> str:
    if response is None:
        return ""
    try:
        data = response.json()
    except ValueError:
        return ""
    message = data.get("error") or data.get("message") if isinstance(data, dict) else None
    return str(message) if message else ""  # cut after the keys are scrubbed from it
