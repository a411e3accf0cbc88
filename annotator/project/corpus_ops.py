"""Batch work over many documents spread over worker processes (``--workers``), one writer.

``qa_documents`` checks documents in workers (nothing is written). (``suggest`` of
:class:`~annotator.project.annotating.AnnotationOps` with ``workers`` computes suggestions in
workers and stores them in this process.) Small batches run in this process: starting a worker
costs more than it saves on a few documents (:func:`annotator.batch.process_pool.pool_size`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial

from annotator.batch.process_pool import ordered_map, pool_size
from annotator.batch.work import open_for_reading, qa_findings
from annotator.project.jobs import JobControl
from annotator.project.qa_ops import QaOps
from annotator.storage.qa import QaFinding, human_translations


class CorpusOps(QaOps):
    """QA over a process pool."""

    def qa_documents(self, doc_ids: Sequence[str], control: JobControl | None = None, *,
                     workers: int = 1, include_ignored: bool = True
                     ) -> Iterator[tuple[str, list[QaFinding]]]:
        """Each document with its QA issues, in order, checked by ``workers`` processes (or
        here, for a few documents); stops handing out documents when the job is cancelled."""
        control = control or JobControl()
        size = pool_size(workers, len(doc_ids))
        if size <= 1:
            # What people wrote for each Turkish sentence, read once for all the documents.
            translations = human_translations(self.db) if len(doc_ids) > 1 else None
            for done, doc_id in enumerate(doc_ids, 1):
                if control.cancelled:
                    return
                yield doc_id, self.document_qa(doc_id, include_ignored=include_ignored,
                                               translations=translations)
                control.progress(done, len(doc_ids))
            return
        work = partial(qa_findings, include_ignored)
        for done, (doc_id, findings) in enumerate(ordered_map(
                work, doc_ids, workers=size, cancel=control.cancel,
                initializer=open_for_reading, initargs=(self.path,)), 1):
            if isinstance(findings, BaseException):
                raise findings
            yield doc_id, findings
            control.progress(done, len(doc_ids))
