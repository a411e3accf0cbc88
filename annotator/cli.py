"""The ``annotator`` command line (DESIGN.md §8). No Qt is imported here.

``run()`` parses arguments and executes non-GUI commands itself; for ``gui`` (or no command) it
returns a :class:`GuiRequest`, which the entry point in ``annotator.__main__`` hands to the GUI.
Exit codes: 0 success, 2 bad input with one line on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, TextIO

from annotator import __version__
from annotator.core.segmentation import split_sentences
from annotator.exchange.command import add_export_arguments, add_import_arguments
from annotator.ingest.errors import IngestError
from annotator.paths import resolve_db_path
from annotator.storage.connection import ProjectConnections
from annotator.storage.errors import StorageError
from annotator.storage.text_files import read_limited

EXIT_OK = 0
EXIT_USER_ERROR = 2


class UserError(Exception):
    """A problem with what the user asked for; printed as one line, exit code 2."""


@dataclass(frozen=True)
class GuiRequest:
    """What the GUI should do: which project to open, which document, whether to screenshot."""

    db_path: Path
    open_doc: str | None = None
    screenshot: Path | None = None


class OneLineParser(argparse.ArgumentParser):
    """Argument errors in one stderr line (the contract of DESIGN.md §8), exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"annotator: error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every implemented command."""
    parser = OneLineParser(
        prog="annotator",
        description="Translate and event-annotate Turkish commentary. No command opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="project file (default: $ANNOTATOR_DB, then the user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND",
                                     parser_class=OneLineParser)

    gui = commands.add_parser("gui", help="open the main window")
    gui.add_argument("--open", metavar="DOC", dest="open_doc", help="document to show")
    gui.add_argument("--screenshot", metavar="FILE", type=Path,
                     help="render the window offscreen to a PNG and exit")

    imp = commands.add_parser("import", help="import documents; prints <id>TAB<title> per new one")
    imp.add_argument("files", nargs="+", metavar="FILE", type=Path)

    seg = commands.add_parser("segment", help="split text into sentences, one per line")
    seg.add_argument("file", nargs="?", default="-", metavar="FILE|-",
                     help="UTF-8 text file, or - for standard input (default)")
    seg.add_argument("--jsonl", action="store_true",
                     help="print JSON objects with text, start and end")

    commands.add_parser("docs", help="list documents: id, title, sentences, %% translated, "
                        "%% annotated")

    tra = commands.add_parser("translate", help="machine-translate documents (exit 1 when some "
                              "sentences failed)")
    tra.add_argument("doc", nargs="?", metavar="DOC", help="document id, id prefix or title")
    tra.add_argument("--all", action="store_true", dest="all_docs", help="every document")
    tra.add_argument("--engine", default="google",
                     help="google (default), mymemory, libre or ctranslate2")
    tra.add_argument("--url", help="libre: the LibreTranslate server's address")
    tra.add_argument("--model", type=Path, help="ctranslate2: model folder or .argosmodel file")
    tra.add_argument("--workers", type=int, default=4, help="concurrent requests (default 4)")
    tra.add_argument("--retry-failed", action="store_true",
                     help="only retry the sentences whose translation failed")

    sug = commands.add_parser("suggest", help="store actor and event suggestions; prints "
                              "<id>TAB<mentions>TAB<events> per document")
    sug.add_argument("doc", nargs="?", metavar="DOC", help="document id, id prefix or title")
    sug.add_argument("--all", action="store_true", dest="all_docs", help="every document")

    exp = commands.add_parser("export", help="write a dataset: jsonl, plover, pe, tmx, xliff, "
                              "csv, doccano or labelstudio")
    add_export_arguments(exp)
    imp_ann = commands.add_parser("import-annotations", help="bring our JSONL, doccano, Label "
                                  "Studio, TMX or XLIFF files into the project")
    add_import_arguments(imp_ann)
    return parser


@contextmanager
def _project(db_path: Path, create: bool = False) -> Iterator[ProjectConnections]:
    """The open project for one command, closed afterwards; only commands that add to it
    (import, import-annotations) may create a new one."""
    project = _open_project(db_path, create)
    try:
        yield project
    finally:
        project.close()


def _open_project(db_path: Path, create: bool) -> ProjectConnections:
    if not create and not db_path.exists():
        raise UserError(f"no project at {db_path} (import a document first, or check --db)")
    try:
        return ProjectConnections(db_path)
    except StorageError as error:
        raise UserError(str(error)) from None
    except sqlite3.DatabaseError as error:
        raise UserError(f"cannot open project {db_path}: {error}") from None
    except OSError as error:
        raise UserError(f"cannot open project {db_path}: {error.strerror or error}") from None


def cmd_import(db_path: Path, files: Sequence[Path], out: TextIO, err: TextIO) -> int:
    """Import each file in its own transaction; a bad file is reported and the rest go on."""
    from annotator.ingest.pipeline import import_file

    failed = 0
    with _project(db_path, create=True) as project:
        for path in files:
            try:
                result = import_file(project.db, path)
            except IngestError as error:
                print(f"annotator: error: {error}", file=err)
                failed += 1
                continue
            doc = result.document
            if result.is_new:
                print(f"{doc.id}\t{doc.title}", file=out)
            else:
                print(f"annotator: {path} is already in the project as {doc.id}", file=err)
    return EXIT_USER_ERROR if failed else EXIT_OK


def cmd_docs(db_path: Path, out: TextIO) -> int:
    """Print one tab-separated line per document."""
    from annotator.storage.documents import list_documents

    with _project(db_path) as project:
        for doc in list_documents(project.db):
            print(f"{doc.id}\t{doc.title}\t{doc.sentences}\t"
                  f"{doc.percent(doc.translated):.0f}%\t{doc.percent(doc.annotated):.0f}%",
                  file=out)
    return EXIT_OK


def cmd_translate(db_path: Path, args: argparse.Namespace, err: TextIO) -> int:
    """Machine-translate; the work and the progress bar live in :mod:`annotator.mt.command`."""
    from annotator.mt.command import TranslateRequest, translate_command
    from annotator.mt.errors import MTConfigError

    request = TranslateRequest(args.doc, args.all_docs, args.engine, args.url, args.model,
                               args.workers, args.retry_failed)
    with _project(db_path) as project:
        try:
            return translate_command(project.db, request, err)
        except MTConfigError as error:
            raise UserError(str(error)) from None


def cmd_exchange(db_path: Path, args: argparse.Namespace, err: TextIO) -> int:
    """Export or import; the work and the progress bar live in :mod:`annotator.exchange`."""
    from annotator.exchange.command import export_command, import_command
    from annotator.exchange.errors import ExchangeError

    with _project(db_path, create=args.command == "import-annotations") as project:
        try:
            if args.command == "export":
                return export_command(project.db, args, err)
            return import_command(project.db, args, err)
        except ExchangeError as error:
            raise UserError(str(error)) from None
        except OSError as error:  # the disk filled up or went away during the export
            raise UserError(f"{error.filename or 'output'}: {error.strerror or error}") from None


def cmd_suggest(db_path: Path, doc: str | None, all_docs: bool, out: TextIO) -> int:
    """Store suggestions for one document or all; one line per document with what was added."""
    from annotator.storage.documents import resolve_document
    from annotator.storage.suggestions import suggest_documents
    from annotator.storage.taxonomy import project_taxonomy

    if all_docs == (doc is not None):
        raise UserError("give one document (its id, id prefix or title) or --all")
    with _project(db_path) as project:
        db = project.db
        doc_ids = ([r["id"] for r in db.query("SELECT id FROM documents ORDER BY imported_at")]
                   if all_docs else [resolve_document(db, doc or "").id])
        for doc_id, report in suggest_documents(db, doc_ids, taxonomy=project_taxonomy(db)):
            print(f"{doc_id}\t{report.mentions}\t{report.events}", file=out, flush=True)
    return EXIT_OK


MAX_SEGMENT_BYTES = 50_000_000  # the import limit: more is not a text to split in one go


def _read_text_argument(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_SEGMENT_BYTES + 1)
    else:
        try:
            data = read_limited(Path(name), MAX_SEGMENT_BYTES)
        except FileNotFoundError:
            raise UserError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise UserError(f"{name}: is a folder, not a file") from None
        except OSError as error:
            raise UserError(f"{name}: cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_SEGMENT_BYTES:
        raise UserError(f"{name}: more than {MAX_SEGMENT_BYTES // 1_000_000} MB of text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{name}: not UTF-8 text (convert it or use `annotator import`)") from None


def cmd_segment(name: str, jsonl: bool, out: TextIO) -> int:
    """Split the text exactly as given (no structure detection) and print the sentences."""
    text = _read_text_argument(name)
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if jsonl:
            record = {"text": sentence, "start": start, "end": end}
            print(json.dumps(record, ensure_ascii=False), file=out)
        else:
            print(" ".join(sentence.split()), file=out)
    return EXIT_OK


def run(argv: Sequence[str] | None = None, out: TextIO | None = None,
        err: TextIO | None = None) -> int | GuiRequest:
    """Run a command. Returns an exit code, or a :class:`GuiRequest` for the GUI to carry out."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    if args.db is not None and not args.db.strip():
        print("annotator: error: --db needs a file name", file=err)
        return EXIT_USER_ERROR
    db_path = resolve_db_path(args.db)
    try:
        if args.command in (None, "gui"):
            return GuiRequest(db_path, getattr(args, "open_doc", None),
                              getattr(args, "screenshot", None))
        if args.command == "import":
            return cmd_import(db_path, args.files, out, err)
        if args.command == "docs":
            return cmd_docs(db_path, out)
        if args.command == "segment":
            return cmd_segment(args.file, args.jsonl, out)
        if args.command == "translate":
            return cmd_translate(db_path, args, err)
        if args.command == "suggest":
            return cmd_suggest(db_path, args.doc, args.all_docs, out)
        if args.command in ("export", "import-annotations"):
            return cmd_exchange(db_path, args, err)
    except (UserError, StorageError) as error:
        print(f"annotator: error: {error}", file=err)
        return EXIT_USER_ERROR
    except sqlite3.OperationalError as error:
        busy = "locked" in str(error) or "busy" in str(error)
        message = ("the project is busy: another Annotator is writing to it; try again" if busy
                   else f"the project could not be used: {error}")
        print(f"annotator: error: {message}", file=err)
        return EXIT_USER_ERROR
    raise AssertionError(f"unhandled command {args.command}")
