"""``annotator suggest DOC|--all [--model] [--workers N] [--shard K/N]``: store actor and event
suggestions, one line per document ``<id>TAB<mentions>TAB<events>`` with what was added. Many
documents are planned by ``--workers`` processes (default: the number of cores) and stored by
this one; ``--shard`` keeps one shard's documents (docs/corpus.md). Ctrl-C stops handing out
documents; the ones planned already are stored. ``--model`` first trains the event recommender
on the project's reviewed sentences (one ``model:`` line on stderr with what it learned; too few
reviews is an error) and adds its types to the rules'. ``--engine llm --url URL --llm-model
NAME`` asks an OpenAI-compatible server instead (the key as for the llm translation engine:
keyring or ANNOTATOR_LLM_API_KEY); same lines on stdout, then one ``llm:`` line on stderr with
the items dropped by reason."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    import threading

    from annotator.core.event_model import TrainingReport
    from annotator.project import Project
    from annotator.storage.suggestions import SuggestionReport


def _describe(report: TrainingReport) -> str:
    """The stderr line of a training report."""
    scores = ("cross-validated P/R/F1 "
              f"{report.precision:.2f}/{report.recall:.2f}/{report.f1:.2f}"
              if report.f1 is not None and report.precision is not None
              and report.recall is not None else "too few sentences to cross-validate")
    return (f"model: {report.sentences} reviewed sentences ({report.positives} with events), "
            f"types {', '.join(report.types)}; {scores}\n")


def run(args: Namespace, db_path: Path, out: TextIO, err: TextIO) -> int:
    """Suggest for one document or all of them; progress on ``err``."""
    from annotator.batch.process_pool import default_workers
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import (
        cancel_on_interrupt,
        open_project,
        progress_control,
        shard_line,
    )
    from annotator.errors import CancelledError, ProjectError

    if args.all_docs == (args.doc is not None):
        raise ProjectError("no_input")
    with open_project(db_path) as project, cancel_on_interrupt() as cancel:
        doc_ids = project.document_ids() if args.all_docs else [project.resolve(args.doc).id]
        if args.shard is not None:
            err.write(shard_line(args.shard, len(args.shard.select(doc_ids)), len(doc_ids)))
            doc_ids = args.shard.select(doc_ids)
        if getattr(args, "engine", "rules") == "llm":
            return _run_llm(args, project, doc_ids, out, err, cancel)
        if getattr(args, "model", False):
            err.write(_describe(project.train_model().report))
        control, bar = progress_control(err, "suggest", "documents", cancel)

        def on_report(doc_id: str, counts: SuggestionReport) -> None:
            out.write(f"{doc_id}\t{counts.mentions}\t{counts.events}\n")

        try:
            reports = project.suggest(doc_ids, control, workers=args.workers or default_workers(),
                                      on_report=on_report).report
        finally:
            bar.finish()
    if len(reports) < len(doc_ids):
        raise CancelledError()
    return EXIT_OK


def _run_llm(args: Namespace, project: Project, doc_ids: list[str], out: TextIO, err: TextIO,
             cancel: threading.Event) -> int:
    """``--engine llm``: the LLM's checked suggestions (annotator.project.llm_suggest_ops)."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import progress_control
    from annotator.errors import CancelledError
    from annotator.mt.types import EngineSettings

    settings = EngineSettings("llm", url=args.url, llm_model=args.llm_model)
    control, bar = progress_control(err, "suggest", "documents", cancel)
    try:
        report = project.suggest_with_llm(doc_ids, settings, control).report
    finally:
        bar.finish()
    for doc_id, counts in report.documents:
        out.write(f"{doc_id}\t{counts.mentions}\t{counts.events}\n")
    skipped = sum(counts.skipped for _, counts in report.documents)
    err.write(f"{report.rule}: dropped {report.dropped.describe()}; "
              f"{skipped} already annotated\n")
    if len(report.documents) < len(doc_ids):
        raise CancelledError()
    return EXIT_OK
