"""API keys for MT engines: from an environment variable or the OS keyring, never the project.

Lookup order: ``ANNOTATOR_<ENGINE>_API_KEY`` (e.g. ``ANNOTATOR_LIBRE_API_KEY``), then the keyring
entry (service ``annotator``, user = engine name). A machine without a usable keyring (headless
Linux without a Secret Service, ``keyring.errors.NoKeyringError``) simply has no keyring keys;
storing a key there raises :class:`KeyringUnavailableError`, whose parameters name the
environment variable to use instead (``variable``). Keys are never logged.
"""

from __future__ import annotations

import logging
import os
from typing import Literal

from annotator.errors import AnnotatorError

SERVICE = "annotator"
log = logging.getLogger(__name__)

KeySource = Literal["environment", "keyring"]


class KeyringUnavailableError(AnnotatorError):
    """No OS keyring can store secrets on this machine (kinds ``keyring_missing``: the keyring
    package is not installed; ``keyring_unavailable``: ``detail`` names the backend's error)."""

    domain = "mt"


def env_var(engine: str) -> str:
    """The environment variable holding ``engine``'s key, e.g. ``ANNOTATOR_LIBRE_API_KEY``."""
    return f"ANNOTATOR_{engine.upper()}_API_KEY"


def _keyring_get(engine: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(SERVICE, engine)
    except ImportError:
        return None
    except KeyringError as error:
        log.debug("keyring not usable: %s", type(error).__name__)
        return None
    except Exception as error:  # a broken backend (D-Bus, locked collection) is "no keyring"
        log.debug("keyring backend failed: %s", type(error).__name__)
        return None


def get_api_key(engine: str) -> str | None:
    """``engine``'s key from the environment, then the keyring; None when there is none."""
    return find_api_key(engine)[0]


def find_api_key(engine: str) -> tuple[str | None, KeySource | None]:
    """The key and where it came from, so a settings dialog can say so without showing it."""
    value = os.environ.get(env_var(engine), "").strip()
    if value:
        return value, "environment"
    value = (_keyring_get(engine) or "").strip()
    if value:
        return value, "keyring"
    return None, None


def set_api_key(engine: str, key: str) -> None:
    """Store ``engine``'s key in the OS keyring (an empty key deletes it)."""
    if not key.strip():
        delete_api_key(engine)
        return
    try:
        import keyring

        keyring.set_password(SERVICE, engine, key.strip())
    except ImportError:
        raise KeyringUnavailableError("keyring_missing", engine=engine,
                                      variable=env_var(engine)) from None
    except Exception as error:  # KeyringError, or a broken backend (D-Bus, locked collection)
        raise _unavailable(engine, error) from None


def delete_api_key(engine: str) -> None:
    """Remove ``engine``'s key from the keyring, if it is there (the environment is untouched)."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        keyring.delete_password(SERVICE, engine)
    except ImportError:
        return
    except PasswordDeleteError:
        return
    except KeyringError as error:
        raise _unavailable(engine, error) from None


def _unavailable(engine: str, error: Exception) -> KeyringUnavailableError:
    # The exception's class name only: a backend's message could quote the secret.
    return KeyringUnavailableError("keyring_unavailable", engine=engine,
                                   variable=env_var(engine), detail=type(error).__name__)
