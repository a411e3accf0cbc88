"""MT errors: kinds and parameters, a template for each, the runner's ErrorKind kept intact."""

from __future__ import annotations

import pickle
import re
import string
from pathlib import Path

import pytest

from annotator.core.mt_types import ErrorKind
from annotator.errors import AnnotatorError
from annotator.messages import mt as mt_messages
from annotator.messages import templates
from annotator.mt.errors import MTConfigError, MTError
from annotator.mt.keys import KeyringUnavailableError

MT_SOURCES = Path(__file__).resolve().parents[2] / "annotator" / "mt"


def test_an_mt_error_keeps_its_error_kind_and_renders_its_reason() -> None:
    error = MTError(ErrorKind.TIMEOUT, engine="LibreTranslate", seconds=15)
    assert isinstance(error, AnnotatorError) and error.domain == "mt"
    assert error.kind is ErrorKind.TIMEOUT and error.kind == "timeout"
    assert error.kind.transient
    assert (error.reason, error.key) == ("timeout", "mt.timeout")
    assert str(error) == error.message == "LibreTranslate did not answer within 15 s."

    offline = MTError(ErrorKind.OFFLINE, "connect_timeout", host="example.org")
    assert offline.kind is ErrorKind.OFFLINE and not offline.kind.transient
    assert offline.key == "mt.connect_timeout"
    assert str(offline).startswith("Cannot reach example.org: the connection timed out.")


def test_mt_errors_survive_pickling() -> None:
    error = MTError(ErrorKind.RATE_LIMITED, "rate_limited_wait", retry_after=7.0,
                    engine="MyMemory", seconds=7, detail="")
    copy = pickle.loads(pickle.dumps(error))
    assert copy.kind is ErrorKind.RATE_LIMITED
    assert (copy.reason, copy.retry_after, copy.params) == (error.reason, 7.0, error.params)
    assert str(copy) == str(error)
    config = pickle.loads(pickle.dumps(MTConfigError("bad_url", url="x")))
    assert (config.kind, str(config)) == ("bad_url", str(MTConfigError("bad_url", url="x")))


@pytest.mark.parametrize("kind", list(ErrorKind))
def test_every_error_kind_has_a_default_template(kind: ErrorKind) -> None:
    assert f"mt.{kind.value}" in templates()


def _raised_kinds() -> set[str]:
    """Every literal kind or reason given to an MT error constructor under annotator/mt."""
    pattern = re.compile(r"(?:MTConfigError|KeyringUnavailableError|MTError)\(\s*"
                         r"(?:ErrorKind\.\w+,\s*)?\"(\w+)\"")
    found: set[str] = set()
    for source in MT_SOURCES.glob("*.py"):
        found.update(pattern.findall(source.read_text(encoding="utf-8")))
    text = (MT_SOURCES / "online_errors.py").read_text(encoding="utf-8")
    found.update(f"{reason}_detail" for reason in re.findall(r"_with_detail\(\"(\w+)\"", text))
    return found


def test_every_kind_raised_has_a_template() -> None:
    raised = _raised_kinds()
    assert len(raised) > 25
    assert raised - set(mt_messages.MESSAGES) == set()


@pytest.mark.parametrize(("kind", "template"), sorted(mt_messages.MESSAGES.items()))
def test_templates_are_well_formed(kind: str, template: str) -> None:
    fields = [name for _, name, spec, _ in string.Formatter().parse(template) if name]
    assert all(re.fullmatch(r"[a-z_]+", name) for name in fields), fields
    assert template.endswith((".", "{detail}")), template


def test_the_keyring_error_is_an_mt_error_with_the_variable() -> None:
    error = KeyringUnavailableError("keyring_unavailable", engine="libre",
                                    variable="ANNOTATOR_LIBRE_API_KEY", detail="NoKeyringError")
    assert isinstance(error, AnnotatorError) and error.key == "mt.keyring_unavailable"
    assert str(error) == ("No system keyring is available to store the libre API key "
                          "(NoKeyringError). Set the environment variable "
                          "ANNOTATOR_LIBRE_API_KEY instead.")
