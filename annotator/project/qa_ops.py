"""QA operations: the issues of a document or a sentence, and "not an error" marks. No Qt.

The checks run on what is stored (so the pane, ``annotator qa`` and the exports agree), with the
project's term index (:class:`~annotator.project.glossary_ops.GlossaryOps`), rebuilt only when
entries or actors changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from annotator.project.changes import Changes
from annotator.project.glossary_ops import GlossaryOps
from annotator.project.jobs import Outcome
from annotator.storage import glossary as store
from annotator.storage.documents import get_document
from annotator.storage.qa import (
    QaFinding,
    document_qa,
    errors_if_confirmed,
    errors_of,
)

__all__ = ["QaFinding", "QaOps", "errors_of"]


class QaOps(GlossaryOps):
    """``document_qa``, ``errors_if_confirmed``, ``set_qa_ignored``."""

    def document_qa(self, doc_id: str, *, include_ignored: bool = True,
                    translations: Mapping[str, Sequence[str]] | None = None) -> list[QaFinding]:
        """Every issue of a document, in reading order (marked ones flagged ``ignored``);
        ``translations`` is :func:`~annotator.storage.qa.human_translations` when the caller read
        it once for many documents (None: read what this document needs)."""
        get_document(self.db, doc_id)  # storage.document_not_found for a wrong id
        return document_qa(self.db, doc_id, self.term_finder(), include_ignored=include_ignored,
                           translations=translations)

    def errors_if_confirmed(self, sentence_id: int, english: str) -> list[QaFinding]:
        """The error-level issues confirming ``english`` for this sentence would leave."""
        return errors_if_confirmed(self.db, sentence_id, english, self.term_finder())

    def set_qa_ignored(self, finding: QaFinding, ignored: bool = True) -> Outcome[bool]:
        """Mark one finding as not an error (or as an error again); one transaction."""
        changed = store.set_qa_ignored(self.db, finding.sentence_id, finding.issue.check,
                                       finding.issue.detail, ignored, self.who)
        return Outcome(changed, Changes(qa=True) if changed else Changes())
