"""Post-editing triplets (source / MT / post-edited English) with edit metrics, one JSON per line.

For MT post-editing research: every sentence that has both a machine translation and a final
English gets ``src``, ``mt``, ``pe`` and the effort: seconds spent, word-level edit distance and
word edits (:mod:`annotator.core.metrics`), HTER (sacrebleu's TER of the MT against the
post-edit as the only reference, case-sensitive, as a fraction) and chrF (sacrebleu, 0–100).
Without ``--status`` only translated and reviewed sentences are exported: a draft is unfinished.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from annotator.core.annotations import Actor
from annotator.core.metrics import edit_distance, word_edits
from annotator.exchange.options import ExportOptions
from annotator.exchange.records import TARGET_LANGUAGE, Record
from annotator.exchange.selection import SentenceItem
from annotator.exchange.writer import HUMAN_STATUSES, Writer, dump_line


class PostEditMetrics:
    """Sentence-level HTER and chrF with one configured sacrebleu scorer each."""

    def __init__(self) -> None:
        from sacrebleu.metrics import CHRF, TER  # numpy & co.: only when a pe export runs

        self._ter = TER(case_sensitive=True)
        self._chrf = CHRF()

    def hter(self, mt: str, post_edit: str) -> float:
        """Edits needed to turn ``mt`` into ``post_edit``, per reference word (0 = none)."""
        return round(self._ter.sentence_score(mt, [post_edit]).score / 100, 4)

    def chrf(self, mt: str, post_edit: str) -> float:
        """Character n-gram F-score of ``mt`` against ``post_edit`` (100 = identical)."""
        return round(self._chrf.sentence_score(mt, [post_edit]).score, 2)


class PostEditWriter(Writer):
    """One src/mt/pe line per sentence with an MT and a final English."""

    annotations = False
    default_statuses = HUMAN_STATUSES

    def __init__(self, actors: Mapping[str, Actor], options: ExportOptions) -> None:
        super().__init__(actors, options)
        self.metrics = PostEditMetrics()

    def write(self, item: SentenceItem, out: TextIO) -> int:
        """Write the triplet, or nothing when the MT or the final English is missing."""
        segment, target = item.segment, item.segment.target
        if segment.mt is None or not target.text:
            return 0
        sentence = segment.sentence
        record: Record = {
            "id": f"{sentence.document_id}:{sentence.order}",
            "document": sentence.document_id, "order": sentence.order,
        }
        if item.doc.split is not None:
            record["split"] = item.doc.split
        record.update({
            "src_lang": item.doc.document.language, "tgt_lang": TARGET_LANGUAGE,
            "src": sentence.text, "mt": segment.mt, "pe": target.text,
            "engine": segment.mt_engine, "status": str(target.status),
            "translator": target.translator, "seconds": round(target.seconds, 3),
            "edit_distance": round(edit_distance(segment.mt, target.text), 4),
            "word_edits": word_edits(segment.mt, target.text),
            "hter": self.metrics.hter(segment.mt, target.text),
            "chrf": self.metrics.chrf(segment.mt, target.text),
        })
        out.write(dump_line(record))
        return 1
