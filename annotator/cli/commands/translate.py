"""``annotator translate DOC|--all [--shard K/N]``: machine-translate, with progress and a summary
on stderr. ``--shard`` keeps the documents of one shard (docs/corpus.md).

Documents are translated per source language, each language one job. Progress goes to stderr (a
redrawn bar on a terminal, a line per 10 % otherwise), then the summary: counts, the first error
of each kind, whether the engine was offline or the job gave up after timeouts in a row, and how
many sentences were not sent (a later run sends them). Sentences that failed in an earlier run are
not sent again unless ``--retry-failed`` asks for them, and their number is said. The first Ctrl-C
cancels the job (what was translated is saved; requests in flight are cut, so the command ends at
once). Exit codes: 0 every sentence translated, 1 some failed or were not attempted, 130
cancelled; a bad request (unknown engine, no document) raises before anything is sent and exits 2.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from annotator.mt.runner import JobSummary
    from annotator.project import Project
    from annotator.storage.translations import SelectMode


def run(args: Namespace, db_path: Path, err: TextIO) -> int:
    """Translate the documents ``args`` names; return the exit code."""
    from annotator.cli import exit_codes
    from annotator.cli.session import (
        cancel_on_interrupt,
        open_project,
        progress_control,
        shard_line,
    )
    from annotator.errors import ProjectError
    from annotator.mt.errors import MTConfigError
    from annotator.mt.types import DEFAULT_ENGINE, EngineSettings
    from annotator.project import TranslationRequest

    if args.workers < 1:
        raise MTConfigError("bad_workers", workers=args.workers)
    if args.all_docs == (args.doc is not None):
        raise ProjectError("no_input")
    engine = EngineSettings(args.engine or DEFAULT_ENGINE, url=args.url, model=args.model,
                            formality=args.formality, variant=args.variant,
                            llm_model=args.llm_model, prompt_file=args.llm_prompt)
    mode: SelectMode = "failed" if args.retry_failed else "pending"
    code = exit_codes.EXIT_OK
    with open_project(db_path) as project, cancel_on_interrupt() as cancel:
        languages = documents_by_language(project, args)
        if args.shard is not None:
            err.write(shard_line(args.shard, sum(map(len, languages.values())),
                                 len(project.document_ids()) if args.all_docs else 1))
        for source, doc_ids in languages.items():
            control, bar = progress_control(err, "translate", "sentences", cancel)
            request = TranslationRequest(engine, document_ids=doc_ids, mode=mode,
                                         workers=args.workers, source=source)
            try:
                summary = project.translate(request, control).report
            finally:
                bar.finish()
            for line in summary_lines(summary):
                err.write(line + "\n")
            code = max(code, summary_exit_code(summary))
            if mode == "pending":
                waiting = project.failed_earlier(summary.engine, doc_ids, source)
                if waiting:  # earlier failures are not retried unless asked
                    err.write(f"{waiting} sentences failed in an earlier run: add "
                              "--retry-failed to send them again\n")
                    code = max(code, exit_codes.EXIT_FAILED)
            if summary.cancelled:
                break
    return code


def documents_by_language(project: Project, args: Namespace) -> dict[str, list[str]]:
    """The documents to translate, grouped by their source language (in import order)."""
    if args.all_docs:
        doc_ids = project.document_ids()
        if args.shard is not None:
            doc_ids = args.shard.select(doc_ids)
        documents = [project.document(doc_id) for doc_id in doc_ids]
    else:
        documents = [project.resolve(args.doc)]
        if args.shard is not None:
            documents = [document for document in documents if args.shard.holds(document.id)]
    languages: dict[str, list[str]] = {}
    for document in documents:
        languages.setdefault(document.language, []).append(document.id)
    return languages


def summary_lines(summary: JobSummary) -> list[str]:
    """The summary printed at the end: counts, then one line per kind of failure."""
    failed = ", ".join(f"{kind} {count}" for kind, count in sorted(summary.failed.items()))
    line = (f"{summary.engine}: translated {summary.translated} of {summary.total} "
            f"(cached {summary.cached}), failed {summary.failed_total}"
            f"{f' ({failed})' if failed else ''}, not attempted {summary.not_attempted}; "
            f"{summary.requests} requests in {summary.seconds:.1f} s")
    if summary.tokens is not None:
        line += (f"; tokens {summary.tokens.total} ({summary.tokens.prompt} prompt, "
                 f"{summary.tokens.completion} completion)")
    lines = [line]
    if summary.offline is not None:
        lines.append(f"offline: {summary.offline}")
    if summary.gave_up is not None:
        lines.append(f"gave up after repeated timeouts: {summary.gave_up}")
    lines.extend(f"{kind}: {message}" for kind, message in sorted(summary.errors.items()))
    if summary.cancelled:
        lines.append("cancelled; what was translated is saved")
    elif summary.not_attempted:
        lines.append(f"{summary.not_attempted} sentences were not sent; run the command again "
                     "to send them")
    return lines


def summary_exit_code(summary: JobSummary) -> int:
    """130 when cancelled, 0 when every sentence got a translation, 1 otherwise."""
    from annotator.cli import exit_codes

    if summary.cancelled:
        return exit_codes.EXIT_INTERRUPTED
    return exit_codes.EXIT_OK if summary.complete else exit_codes.EXIT_FAILED
