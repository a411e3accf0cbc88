"""``annotator segment [FILE|-] [--jsonl]``: the sentences of a text, one per line.

The text is split exactly as given (no structure detection, no project): this needs only the
sentence splitter, so the command starts as fast as the interpreter allows.
"""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

MAX_SEGMENT_BYTES = 50_000_000  # the import limit: more is not a text to split in one go


def run(args: Namespace, out: TextIO) -> int:
    """Print each sentence (whitespace runs made single spaces), or a JSON object with its
    offsets in the text under ``--jsonl``."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.core.segmentation import split_sentences

    text = read_text(args.file)
    if args.jsonl:
        import json

        for start, end in split_sentences(text):
            record = {"text": text[start:end], "start": start, "end": end}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        for start, end in split_sentences(text):
            out.write(" ".join(text[start:end].split()) + "\n")
    return EXIT_OK


def read_text(name: str) -> str:
    """The UTF-8 text of file ``name`` or of standard input (``-``), at most 50 MB."""
    data = sys.stdin.buffer.read(MAX_SEGMENT_BYTES + 1) if name == "-" else _read_file(name)
    if len(data) > MAX_SEGMENT_BYTES:
        raise _error("too_large", path=name, megabytes=MAX_SEGMENT_BYTES // 1_000_000)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error("not_utf8", path=name) from None


def _read_file(name: str) -> bytes:
    from annotator.storage.text_files import read_limited

    try:
        return read_limited(Path(name), MAX_SEGMENT_BYTES)
    except FileNotFoundError:
        raise _error("no_such_file", path=name) from None
    except IsADirectoryError:
        raise _error("is_folder", path=name) from None
    except OSError as error:
        raise _error("unreadable", path=name, detail=error.strerror or str(error)) from None


def _error(kind: str, **params: object) -> Exception:
    from annotator.cli.errors import CliError  # only on the way out: it loads the error types

    return CliError(kind, **params)
