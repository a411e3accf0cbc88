"""Annotator: a desktop tool to translate and event-annotate Turkish political commentary.

The package is layered (see docs/architecture.md): ``core`` is pure Python, ``ingest``,
``storage``, ``mt`` and ``exchange`` build on it, and ``gui`` is the only place Qt is used.
"""

__version__ = "0.1.0"
