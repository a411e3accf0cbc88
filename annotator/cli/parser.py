"""The arguments of every command (the contract of DESIGN.md §8), and nothing else.

Building the parser imports argparse and pathlib only, so that ``annotator --version`` and
``annotator segment`` start fast: the choices of ``export`` and ``import-annotations`` come from
the exchange layer and are read the first time argparse checks or lists them
(:class:`LazyChoices`), and defaults that live in heavier modules (the MT engine, the TMX engine)
are left as None for the command to fill in.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from annotator import __version__
from annotator.cli import exit_codes as codes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn

# Defaults a command fills in when the option is not given (shown in --help; a test checks them
# against annotator.mt.types.DEFAULT_ENGINE and annotator.exchange.options.DEFAULT_TMX_ENGINE).
DEFAULT_ENGINE_HELP = "google"
DEFAULT_TMX_ENGINE_HELP = "tmx"
DEFAULT_WORKERS = 4


class OneLineParser(argparse.ArgumentParser):
    """Argument errors in one stderr line (the contract of DESIGN.md §8), exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(codes.EXIT_USER_ERROR,
                  f"annotator: error: {message} (see `{self.prog} --help`)\n")


class LazyChoices(Sequence[str]):
    """Choices read from another module when argparse first checks a value or lists them.

    argparse only looks at ``choices`` to check a given value and to format help; with a
    ``metavar`` set it does not look while the parser is built, so the module holding the
    choices is imported only by the command that uses them.
    """

    def __init__(self, load: Callable[[], Iterable[str]]) -> None:
        self._load = load
        self._values: tuple[str, ...] | None = None

    def _all(self) -> tuple[str, ...]:
        if self._values is None:
            self._values = tuple(self._load())
        return self._values

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __contains__(self, value: object) -> bool:
        return value in self._all()

    def __repr__(self) -> str:
        return f"LazyChoices({self._values if self._values is not None else '...'})"


def _export_formats() -> list[str]:
    from annotator.exchange.options import ARTICLE_FORMATS, ExportFormat

    return [str(f) for f in ExportFormat] + list(ARTICLE_FORMATS)


def _import_formats() -> Sequence[str]:
    from annotator.exchange.options import IMPORT_FORMATS

    return IMPORT_FORMATS


def _target_statuses() -> list[str]:
    from annotator.core.models import TargetStatus

    return [str(s) for s in TargetStatus]


def _block_roles() -> list[str]:
    from annotator.core.models import BlockRole

    return [str(r) for r in BlockRole]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command."""
    parser = OneLineParser(
        prog="annotator",
        description="Translate and event-annotate Turkish commentary. No command opens the window.",
        epilog=f"Exit codes: {codes.EXIT_OK} done, {codes.EXIT_FAILED} some sentences failed "
               f"(translate), {codes.EXIT_USER_ERROR} bad input, {codes.EXIT_INTERNAL} a bug in "
               f"Annotator, {codes.EXIT_BUSY} the project is busy (try again), "
               f"{codes.EXIT_INTERRUPTED} interrupted. See docs/cli.md.")
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
    _add_process_workers(imp, "read and split the files")
    _add_shard(imp)

    seg = commands.add_parser("segment", help="split text into sentences, one per line")
    seg.add_argument("file", nargs="?", default="-", metavar="FILE|-",
                     help="UTF-8 text file, or - for standard input (default)")
    seg.add_argument("--jsonl", action="store_true",
                     help="print JSON objects with text, start and end")

    docs = commands.add_parser("docs", help="list documents: id, title, sentences, "
                               "%% translated, %% annotated")
    docs.add_argument("--words", action="store_true",
                      help="print source word counts instead: id, title, words, translatable "
                           "words, then translatable words untranslated, mt, draft, translated, "
                           "reviewed")
    sett = commands.add_parser("settings", help="show or change the project's settings")
    sett.add_argument("--translatable", nargs="+", metavar="PART",
                      help="the parts progress counts, block roles such as title body "
                           "footnote (default: title body)")

    tra = commands.add_parser("translate", help="machine-translate documents (exit 1 when some "
                              "sentences failed)")
    _add_document_choice(tra)
    tra.add_argument("--engine", help=f"{DEFAULT_ENGINE_HELP} (default), mymemory, libre, "
                     "ctranslate2, deepl or llm")
    tra.add_argument("--url", help="libre: the LibreTranslate server's address; llm: the "
                     "server's base URL (http://host:8000/v1)")
    tra.add_argument("--formality", choices=("more", "less", "prefer_more", "prefer_less"),
                     help="deepl: formality, for target languages that have it (not English)")
    tra.add_argument("--variant", choices=("EN-GB", "EN-US"),
                     help="deepl: the English to translate into (default EN-GB)")
    tra.add_argument("--model", type=Path, help="ctranslate2: model folder or .argosmodel file")
    tra.add_argument("--llm-model", metavar="NAME",
                     help="llm: the model's name on the OpenAI-compatible server at --url")
    tra.add_argument("--llm-prompt", metavar="FILE", type=Path,
                     help="llm: a prompt file replacing the shipped one (docs/mt.md)")
    tra.add_argument("--workers", type=int, default=DEFAULT_WORKERS,
                     help=f"concurrent requests (default {DEFAULT_WORKERS})")
    tra.add_argument("--retry-failed", action="store_true",
                     help="only retry the sentences whose translation failed")
    _add_shard(tra)

    sug = commands.add_parser("suggest", help="store actor and event suggestions; prints "
                              "<id>TAB<mentions>TAB<events> per document")
    _add_document_choice(sug)
    sug.add_argument("--model", action="store_true",
                     help="first train the recommender on the reviewed sentences and add its "
                     "event types (rule 'model') to the rules'")
    sug.add_argument("--engine", choices=("rules", "llm"), default="rules",
                     help="rules (default): the registry and trigger rules; llm: ask an "
                     "OpenAI-compatible server (--url, --llm-model) for events and actors, "
                     "stored with rule 'llm:<model>' (docs/suggestions.md)")
    sug.add_argument("--url", help="llm: the server's base URL (http://host:8000/v1)")
    sug.add_argument("--llm-model", metavar="NAME",
                     help="llm: the model's name on the server at --url")
    _add_process_workers(sug, "rules: compute the suggestions (one process stores them)")
    _add_shard(sug)

    exp = commands.add_parser("export", help="write a dataset (jsonl, plover, pe, tmx, xliff, "
                              "csv, doccano, labelstudio) or one document's English as an "
                              "article (docx, md, html, txt)")
    add_export_arguments(exp)
    imp_ann = commands.add_parser("import-annotations", help="bring our JSONL, doccano, Label "
                                  "Studio, TMX or XLIFF files into the project")
    add_import_arguments(imp_ann)

    qa = commands.add_parser("qa", help="check translations (numbers, dates, footnotes, terms, "
                             "punctuation...); exit 1 when there are errors")
    _add_document_choice(qa)
    qa.add_argument("--jsonl", action="store_true",
                    help="print one JSON object per issue: sentence, check, severity, message")
    qa.add_argument("--include-ignored", action="store_true",
                    help="also list issues marked \"not an error\"")
    _add_process_workers(qa, "check the documents")

    agr = commands.add_parser("agreement", help="agreement between annotators (mention F1, "
                              "event-type kappa and alpha, frame slots) and translators (chrF, "
                              "TER), per document and over all")
    agr.add_argument("docs", nargs="*", metavar="DOC",
                     help="documents (id, id prefix or title; default: every document)")
    agr.add_argument("--jsonl", action="store_true",
                     help="print one JSON object per figure: measure, annotators, document, "
                          "event_type, value, n")

    add_find_arguments(commands.add_parser(
        "find", help="find events and mentions by type, actor, recipient, date, status, "
        "annotator; prints <document>:<order> TAB kind TAB type or actor TAB status TAB text"))

    asg = commands.add_parser("assign", help="write a new project file with these documents "
                              "(and the taxonomy, actors and glossary) for one person")
    asg.add_argument("docs", nargs="+", metavar="DOC", help="document id, id prefix or title")
    asg.add_argument("--to", required=True, metavar="NAME", help="who the file is for")
    asg.add_argument("-o", "--output", required=True, type=Path, metavar="OUT",
                     help="the file to write (written as OUT.part, renamed when complete)")
    asg.add_argument("--force", action="store_true", help="replace OUT if it exists")
    mer = commands.add_parser("merge", help="bring project files back into the project (--db, "
                              "created if absent); prints FILE TAB added TAB updated TAB "
                              "already TAB conflicts per file, conflicts on stderr")
    mer.add_argument("files", nargs="+", metavar="FILE", type=Path)

    glo = commands.add_parser("glossary", help="list, add, import or export glossary terms")
    glo_commands = glo.add_subparsers(dest="glossary_command", metavar="ACTION", required=True,
                                      parser_class=OneLineParser)
    glo_list = glo_commands.add_parser("list", help="print Turkish<TAB>English<TAB>forbidden"
                                       "<TAB>note per entry")
    glo_list.add_argument("--actors", action="store_true", help="also list actors as terms")
    glo_add = glo_commands.add_parser("add", help="add one entry")
    glo_add.add_argument("source", metavar="TURKISH")
    glo_add.add_argument("targets", nargs="+", metavar="ENGLISH",
                         help="English terms, the preferred one first")
    glo_add.add_argument("--forbidden", nargs="+", default=[], metavar="ENGLISH",
                         help="English renderings not to use")
    glo_add.add_argument("--note", default="")
    glo_imp = glo_commands.add_parser("import", help="add the entries of TBX, CSV or TSV files")
    glo_imp.add_argument("files", nargs="+", metavar="FILE", type=Path)
    glo_exp = glo_commands.add_parser("export", help="write the glossary as TBX, CSV or TSV "
                                      "(by the file's extension)")
    glo_exp.add_argument("file", metavar="FILE", type=Path)
    glo_exp.add_argument("--actors", action="store_true",
                         help="include the actor registry's names as terms")
    return parser


def process_count(text: str) -> int:
    """A ``--workers`` value for the process pool: 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (not {value})")
    return value


def shard_spec(text: str) -> object:
    """A ``--shard K/N`` value (an annotator.core.sharding.Shard)."""
    from annotator.core.sharding import Shard

    try:
        return Shard.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_process_workers(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--workers", type=process_count, default=None, metavar="N",
                        help=f"processes that {what} (default: the number of cores)")


def _add_shard(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shard", type=shard_spec, metavar="K/N",
                        help="only the K-th of N stable shares of the documents (by id), for "
                             "N copies on N machines, merged with `annotator merge` "
                             "(docs/corpus.md)")


def _add_document_choice(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("doc", nargs="?", metavar="DOC", help="document id, id prefix or title")
    parser.add_argument("--all", action="store_true", dest="all_docs", help="every document")


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``annotator export``."""
    parser.add_argument("--format", required=True, dest="fmt", metavar="FMT",
                        choices=LazyChoices(_export_formats),
                        help="what to write: %(choices)s")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT",
                        help="file to write (written as OUT.part, renamed when complete)")
    parser.add_argument("--doc", nargs="+", action="extend", default=[], metavar="DOC",
                        help="only these documents (id, id prefix or title); docx, md, html "
                             "and txt: the one document to write")
    parser.add_argument("--status", nargs="+", action="extend", default=[], metavar="STATUS",
                        choices=LazyChoices(_target_statuses),
                        help="only sentences whose English has one of these statuses: "
                             "%(choices)s")
    parser.add_argument("--annotator", nargs="+", action="extend", default=[], metavar="NAME",
                        help="only annotations by these people")
    parser.add_argument("--curated", action="store_true",
                        help="only the curated annotations (annotator 'curator'; replaces "
                             "--annotator)")
    parser.add_argument("--include-suggestions", action="store_true",
                        help="also export suggested (not yet accepted) annotations")
    parser.add_argument("--roles", nargs="+", action="extend", default=[], metavar="ROLE",
                        choices=LazyChoices(_block_roles),
                        help="only these block roles: %(choices)s")
    parser.add_argument("--split", metavar="TRAIN/DEV/TEST",
                        help="split documents deterministically, e.g. 80/10/10")
    parser.add_argument("--seed", type=int, default=0, help="seed of the split (default 0)")
    parser.add_argument("--side", choices=["tr", "en"], default="tr",
                        help="doccano/labelstudio: the text tasks show (default tr)")
    parser.add_argument("--enforce-rules", action="store_true",
                        help="refuse to export when an event breaks the taxonomy's rules")
    parser.add_argument("--no-qa", action="store_false", dest="qa",
                        help="jsonl/xliff: leave out the QA issues (faster on large exports)")
    _add_shard(parser)


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``annotator import-annotations``."""
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--format", dest="fmt", metavar="FMT",
                        choices=LazyChoices(_import_formats),
                        help="the file's format, one of %(choices)s (default: told from its "
                             "name and content)")
    parser.add_argument("--engine",
                        help=f"TMX: the MT-cache engine entries are filed under "
                             f"(default {DEFAULT_TMX_ENGINE_HELP})")
    parser.add_argument("--annotator", help="who imported suggestions and revisions are by")


ANNOTATION_STATUSES = ("suggested", "accepted", "rejected")


def _add_many(parser: argparse.ArgumentParser, flag: str, metavar: str, help_text: str,
              choices: Sequence[str] | None = None) -> None:
    parser.add_argument(flag, nargs="+", action="extend", default=[], metavar=metavar,
                        choices=choices, help=help_text)


def add_find_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``annotator find``: each given filter must match, the values of one
    filter are alternatives."""
    _add_many(parser, "--type", "TYPE", "event types, e.g. SANCTION (any case)")
    _add_many(parser, "--actor", "ID", "actor ids: an event's actor or a mention's actor")
    _add_many(parser, "--recipient", "ID", "actor ids of event recipients")
    parser.add_argument("--from", dest="date_from", metavar="DATE",
                        help="events dated on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY: its "
                             "first day)")
    parser.add_argument("--to", dest="date_to", metavar="DATE",
                        help="events dated on or before DATE (YYYY-MM-DD, YYYY-MM, YYYY: its "
                             "last day)")
    _add_many(parser, "--status", "STATUS", "%(choices)s", ANNOTATION_STATUSES)
    _add_many(parser, "--annotator", "NAME", "who made or last reviewed them")
    parser.add_argument("--kind", choices=["event", "mention", "any"], default="any",
                        help="only events or only mentions (default any; --type, --recipient, "
                             "--from and --to find events only)")
    _add_many(parser, "--doc", "DOC", "only these documents (id, id prefix or title)")
    parser.add_argument("--jsonl", action="store_true",
                        help="print one JSON object per hit: sentence, kind, id, type, actors, "
                             "recipients, date, status, annotator, text")
