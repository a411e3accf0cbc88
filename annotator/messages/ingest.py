"""Error messages of the ingest layer (see :mod:`annotator.messages`)."""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
}
