"""API keys: environment, then keyring; a missing keyring is handled; keys never reach the file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from fakes.helpers import FAST, MemoryKeyring, add_document, engine_for
from fakes.servers import FakeMTServer, Fault
from sqlite_utils import Database

from annotator.mt.keys import (
    KeyringUnavailableError,
    delete_api_key,
    find_api_key,
    get_api_key,
    set_api_key,
)
from annotator.mt.runner import translate


def test_environment_wins_over_keyring(memory_keyring: MemoryKeyring,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert find_api_key("libre") == (None, None)
    set_api_key("libre", " from-keyring ")
    assert memory_keyring.store == {("annotator", "libre"): "from-keyring"}
    assert find_api_key("libre") == ("from-keyring", "keyring")
    monkeypatch.setenv("ANNOTATOR_LIBRE_API_KEY", "from-env")
    assert find_api_key("libre") == ("from-env", "environment")
    monkeypatch.delenv("ANNOTATOR_LIBRE_API_KEY")
    delete_api_key("libre")
    delete_api_key("libre")  # deleting twice is fine
    assert get_api_key("libre") is None


def test_no_keyring_on_this_machine_is_handled(monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert get_api_key("libre") is None
    with pytest.raises(KeyringUnavailableError, match="ANNOTATOR_LIBRE_API_KEY") as caught:
        set_api_key("libre", "secret")
    assert (caught.value.domain, caught.value.kind) == ("mt", "keyring_unavailable")
    assert caught.value.params == {"engine": "libre", "variable": "ANNOTATOR_LIBRE_API_KEY",
                                   "detail": "NoKeyringError"}
    assert "secret" not in str(caught.value)
    monkeypatch.setenv("ANNOTATOR_LIBRE_API_KEY", "env-key")
    assert get_api_key("libre") == "env-key"


def project_bytes(db_path: Path) -> bytes:
    """The project file and its WAL/SHM companions, as they are on disk."""
    files = [db_path, *(Path(f"{db_path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))]
    return b"".join(p.read_bytes() for p in files if p.exists())


@pytest.mark.parametrize("source", ["environment", "keyring"])
def test_keys_never_reach_the_project_file_or_the_log(
        project: Database, db_path: Path, fake_server: Callable[..., FakeMTServer],
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, source: str) -> None:
    secret = f"sk-{source}-7f3a9c"
    if source == "environment":
        monkeypatch.setenv("ANNOTATOR_LIBRE_API_KEY", secret)
    else:
        set_api_key("libre", secret)
    server = fake_server("libre", required_key=secret)  # a wrong or missing key fails
    doc_id, _ = add_document(project, ["Bir cümle.", "İki cümle."])
    server.text_faults["İki"] = Fault("status", 500)
    with caplog.at_level(logging.DEBUG):
        summary = translate(project, engine_for(server), "tr", document_ids=[doc_id],
                            options=FAST)
    assert summary.translated == 2 and summary.failed_total == 1  # the key worked; one error
    assert all(seen.params["api_key"] == secret for seen in server.seen)
    assert secret.encode() not in project_bytes(db_path)
    assert secret not in caplog.text
    project.close()
    assert secret.encode() not in project_bytes(db_path)
