"""Agreement between annotators (and between translators) of the same documents. No Qt.

One consistent read of the project (a snapshot) gives each document's material
(:mod:`annotator.storage.agreement_data`); :mod:`annotator.core.agreement` computes the figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.agreement import Figure, agreement
from annotator.project.base import ProjectBase
from annotator.storage.agreement_data import agreement_data
from annotator.storage.documents import get_document

__all__ = ["AgreementOps", "Figure"]


class AgreementOps(ProjectBase):
    """``agreement``."""

    def agreement(self, doc_ids: Sequence[str] | None = None) -> list[Figure]:
        """The agreement figures of these documents (every document when None): per document,
        then over all of them when there are several."""
        with self.snapshot() as db:
            if doc_ids is None:
                doc_ids = self.document_ids()
            for doc_id in doc_ids:
                get_document(db, doc_id)  # storage.document_not_found for a wrong id
            data = agreement_data(db, list(dict.fromkeys(doc_ids)))
        return agreement(data)
