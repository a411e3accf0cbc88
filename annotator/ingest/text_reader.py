"""Plain text and Markdown files (``.txt``, ``.md``): decoded text → paragraphs with hints.

Both are read the same way, as light Markdown (see :mod:`annotator.core.markdown_text`), because
commentaries saved as ``.txt`` often carry Markdown (the seed documents do) and Markdown markers
hardly ever occur in plain prose.
"""

from __future__ import annotations

from annotator.core.markdown_text import markdown_paragraphs
from annotator.ingest.assemble import RawDocument


def read_text(text: str) -> RawDocument:
    """Paragraphs of a decoded text or Markdown file (no metadata hints)."""
    return RawDocument(markdown_paragraphs(text))
