"""Reading small text files people give us (taxonomies, actor lists) with one clear error each.

Missing files, folders, oversized, binary and non-UTF-8 files are refused with a sentence a person
understands and, for encoding errors, the line; a UTF-8 BOM is dropped. Callers turn the error into
their own type (TaxonomyError, ActorCsvError) so messages name the kind of file.
"""

from __future__ import annotations

from pathlib import Path


class TextFileError(Exception):
    """A text file could not be read; ``line`` is set for encoding errors."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def read_small_text(path: Path, max_bytes: int, kind: str) -> str:
    """The UTF-8 text of ``path`` (at most ``max_bytes``); ``kind`` names it ("CSV text")."""
    if path.is_dir():
        raise TextFileError(f"is a folder, not {kind}")
    try:
        data = read_limited(path, max_bytes)
    except FileNotFoundError:
        raise TextFileError("file not found") from None
    except OSError as error:
        raise TextFileError(f"cannot be read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise TextFileError(f"is larger than {max_bytes // 1_000_000 or 1} MB: not {kind}")
    if b"\x00" in data:
        raise TextFileError(f"is a binary file, not {kind}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise TextFileError(f"is not UTF-8 text (byte 0x{data[error.start]:02x}); save it as "
                            "UTF-8", line) from None


def read_limited(path: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of ``path``: enough to tell "too large" without reading a
    device (/dev/zero) or a huge sparse file into memory. The caller compares the length."""
    with path.open("rb") as handle:
        return handle.read(max_bytes + 1)
