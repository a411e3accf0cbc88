"""Writing an export safely: a ``.part`` file beside the target, renamed only when complete.

The target name therefore only ever holds a whole export: an export that fails, is cancelled or
is killed leaves at most ``<name>.part`` behind (removed on failure and cancel; a killed process
cannot clean up, and the next export of the same name replaces it). Whatever is found at the
``.part`` name is removed, never opened: a symbolic link planted there is not followed. Also the
escaping helpers the XML writers share, since TMX and XLIFF are written as text, element by
element.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TextIO, cast
from xml.sax.saxutils import escape, quoteattr

from annotator.exchange.errors import ExportOptionsError

BUFFER_BYTES = 1 << 20
# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def part_path(path: Path) -> Path:
    """Where an export to ``path`` is written until it is complete."""
    return path.with_name(path.name + ".part")


def check_output_path(path: Path) -> None:
    """Refuse a folder, a missing folder, and anything that is not a plain file (a device, a
    link): the finished export replaces the target, which must never swap out /dev/... ."""
    if path.is_dir():
        raise ExportOptionsError("output_is_folder", path=path)
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise ExportOptionsError("output_not_plain_file", path=path)
    if not path.parent.is_dir():
        raise ExportOptionsError("output_folder_missing", folder=path.parent)


def _new_part(part: Path) -> int:
    """A new, empty ``.part`` file, opened for writing: whatever was at that name (a leftover of
    a killed export, or a symbolic link planted there) is removed first, and the file is created
    with ``O_EXCL | O_NOFOLLOW``, so no link is ever followed and no other file is written."""
    with contextlib.suppress(FileNotFoundError):
        part.unlink()  # a link is removed itself, never the file it points to
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    return os.open(part, flags | getattr(os, "O_BINARY", 0), 0o666)


@contextmanager
def _written_in_full(path: Path, opener: Callable[[int], IO[Any]]) -> Iterator[IO[Any]]:
    """Create ``<path>.part`` and open it with ``opener``; on success fsync it and rename it to
    ``path``, on any failure remove it: the target name only ever holds a complete file."""
    check_output_path(path)
    part = part_path(path)
    try:
        fd = _new_part(part)
        try:
            handle = opener(fd)
        except BaseException:
            os.close(fd)
            raise
    except OSError as error:
        raise ExportOptionsError("output_unwritable", path=path,
                                 detail=error.strerror or str(error)) from None
    try:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        os.replace(part, path)
    except BaseException:
        handle.close()
        part.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_output(path: Path, encoding: str = "utf-8",
                  newline: str | None = "\n") -> Iterator[TextIO]:
    """A text file written as ``<path>.part`` and renamed to ``path`` when complete."""
    with _written_in_full(path, lambda fd: open(
            fd, "w", encoding=encoding, newline=newline, buffering=BUFFER_BYTES)) as handle:
        yield cast(TextIO, handle)


@contextmanager
def atomic_binary_output(path: Path) -> Iterator[IO[bytes]]:
    """A binary file (a .docx) written as ``<path>.part`` and renamed when complete."""
    with _written_in_full(path, lambda fd: open(fd, "wb")) as handle:
        yield handle


def xml_text(text: str) -> str:
    """``text`` escaped for element content; characters XML cannot hold become U+FFFD."""
    return escape(_NOT_XML.sub("\ufffd", text))


def xml_attr(text: str) -> str:
    """``text`` as a quoted attribute value."""
    return quoteattr(_NOT_XML.sub("\ufffd", text))
