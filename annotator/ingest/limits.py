"""How much text one imported document may hold, counted while a reader extracts it.

The file-size cap (``readers.MAX_FILE_BYTES``) and the Word zip-bomb checks bound the bytes that
come in, not the text they unfold into: a 5.5 MB .docx inflated to 280 MB of XML made 4.9 million
sentences, 381 s and 2.7 GB. So each reader counts the characters it extracts and stops with
``too_much_text`` as soon as the count passes :data:`MAX_TEXT_CHARS`, before segmentation and
storage see any of it: a plain text file after decoding, HTML while its elements are walked, Word
while ``word/document.xml`` is streamed (before python-docx builds its tree), PDF page by page.
:func:`~annotator.ingest.assemble.assemble` checks the total once more for any reader.

20 million characters is about 3 million words or 10,000 printed pages, a hundred times a long
report; importing that much plain text took 23 s and 300 MB here. Longer works are split into
parts first.
"""

from __future__ import annotations

from annotator.ingest.errors import IngestError

MAX_TEXT_CHARS = 20_000_000
"""Characters of text one document may have; read at call time so that tests can lower it."""


def too_much_text(name: str) -> IngestError:
    """The error for a document with more than :data:`MAX_TEXT_CHARS` characters."""
    return IngestError("too_much_text", path=name, millions=f"{MAX_TEXT_CHARS / 1_000_000:g}")


def check_text_length(length: int, name: str) -> None:
    """Refuse ``length`` characters of text for one document when it is over the limit."""
    if length > MAX_TEXT_CHARS:
        raise too_much_text(name)


class TextBudget:
    """Counts the characters a reader has extracted so far and refuses the one too many."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.used = 0

    def spend(self, text: str | None) -> None:
        """Count ``text``; raise ``too_much_text`` once the document is over the limit."""
        if text:
            self.used += len(text)
            if self.used > MAX_TEXT_CHARS:
                raise too_much_text(self.name)
