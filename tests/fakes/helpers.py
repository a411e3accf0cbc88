"""Helpers shared by MT tests and the MT benchmark: engines on fakes, documents, a keyring."""

from __future__ import annotations

import threading
from collections.abc import Callable

import keyring.backend
from sqlite_utils import Database

from annotator.core.models import BlockRole, BlockSpan, ParsedDocument
from annotator.mt.engine import Engine, EngineSettings, create_engine
from annotator.mt.runner import RunnerOptions
from annotator.storage.documents import get_sentences, insert_document
from fakes.servers import FakeMTServer

# Fast retries for tests; real defaults are seconds.
FAST = RunnerOptions(workers=4, max_attempts=3, backoff_base=0.01, backoff_cap=0.05)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict, so tests never touch the user's real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def engine_for(server: FakeMTServer, read_timeout: float = 2.0, **kwargs: object) -> Engine:
    """The real engine of the server's flavour, pointed at it, with short timeouts."""
    url = server.base_url if server.flavour == "libre" else None
    settings = EngineSettings(server.flavour, url=url, connect_timeout=1.0,
                              read_timeout=read_timeout, rate_per_second=0, **kwargs)  # type: ignore[arg-type]
    return create_engine(settings)


FOOTNOTE = "[1] https://example.invalid/kaynak"


def add_document(db: Database, sentences: list[str], title: str = "Başlık",
                 footnote: str | None = FOOTNOTE) -> tuple[str, list[int]]:
    """Store a document: a title, one body paragraph of ``sentences``, optionally a footnote.

    Returns the document id and the ids of the body sentences, in order.
    """
    text = title + "\n\n"
    spans: list[tuple[int, int, int]] = [(0, 0, len(title))]
    body_start = len(text)
    for sentence in sentences:
        spans.append((1, len(text), len(text) + len(sentence)))
        text += sentence + " "
    text = text[:-1]  # the separator after the last sentence
    blocks = [BlockSpan(BlockRole.TITLE, 0, len(title)),
              BlockSpan(BlockRole.BODY, body_start, len(text), paragraph=1)]
    if footnote:
        text += "\n\n"
        spans.append((2, len(text), len(text) + len(footnote)))
        blocks.append(BlockSpan(BlockRole.FOOTNOTE, len(text), len(text) + len(footnote)))
        text += footnote
    document, _ = insert_document(db, ParsedDocument(text=text, title=title, blocks=tuple(blocks)),
                                  spans)
    body = [s.id for s in get_sentences(db, document.id) if s.role is BlockRole.BODY]
    return document.id, body


def in_thread(function: Callable[[], object], bound: float = 10.0) -> object:
    """``function()`` run in a daemon thread and waited for at most ``bound`` seconds: its
    result or the exception it raised (a test fails if it is still running by then)."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(function())
        except Exception as error:  # handed back to the test
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(bound)
    assert not thread.is_alive(), f"still running after {bound} s"
    return outcome[0]
