"""Reading small text files people give us (taxonomies, actor lists) with one clear error each.

Missing files, folders, special files, oversized, binary and non-UTF-8 files are refused with one
error kind each and, for encoding errors, the line; a UTF-8 BOM is dropped. Callers turn the error
into their own type (TaxonomyError, ActorCsvError) so messages name the kind of file.
"""

from __future__ import annotations

from pathlib import Path

from annotator.storage.errors import StorageError


class TextFileError(StorageError):
    """A text file could not be read; ``line`` is set for encoding errors."""

    @property
    def line(self) -> int | None:
        line = self.params.get("line")
        return int(line) if line is not None else None


def read_small_text(path: Path, max_bytes: int, kind: str = "text") -> str:
    """The UTF-8 text of ``path`` (at most ``max_bytes``); ``kind`` names it ("CSV text")."""
    if path.is_dir():
        raise TextFileError("file_is_folder", path=path, what=kind)
    if path.exists() and not path.is_file():
        raise TextFileError("file_special", path=path)
    try:
        data = read_limited(path, max_bytes)
    except FileNotFoundError:
        raise TextFileError("file_not_found", path=path) from None
    except OSError as error:
        raise TextFileError("file_unreadable", path=path,
                            detail=error.strerror or str(error)) from None
    if len(data) > max_bytes:
        raise TextFileError("file_too_large", path=path, what=kind,
                            megabytes=max_bytes // 1_000_000 or 1)
    if b"\x00" in data:
        raise TextFileError("file_binary", path=path, what=kind)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise TextFileError("file_not_utf8", path=path, byte=f"{data[error.start]:02x}",
                            line=line) from None


def read_limited(path: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of ``path``: enough to tell "too large" without reading a
    device (/dev/zero) or a huge sparse file into memory. The caller compares the length."""
    with path.open("rb") as handle:
        return handle.read(max_bytes + 1)
