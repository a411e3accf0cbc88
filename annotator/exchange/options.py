"""What an export is asked for and what it reports: formats, filters, the train/dev/test split.

The split is by document and deterministic: documents are ordered by the SHA-256 of
``"<seed>:<document id>"`` and cut by the given percentages of the document count, so the same
seed and the same documents always give the same split, whatever order they were imported in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from annotator.core.models import AnnotationStatus, BlockRole, TargetStatus
from annotator.core.sharding import Shard
from annotator.exchange.errors import ExportOptionsError

SPLIT_NAMES = {2: ("train", "test"), 3: ("train", "dev", "test")}
IMPORT_FORMATS = ("jsonl", "plover", "doccano", "labelstudio", "tmx", "xliff")
DEFAULT_TMX_ENGINE = "tmx"  # the MT-cache engine imported TMX entries are filed under
# One document's English as a readable article (annotator.exchange.article); kept here, beside
# the dataset formats, because the command line reads its choices from this light module.
ARTICLE_FORMATS = ("docx", "md", "html", "txt")


class ExportFormat(StrEnum):
    """The export formats; each is a view of the same sentence data."""

    JSONL = "jsonl"
    PLOVER = "plover"
    PE = "pe"
    TMX = "tmx"
    XLIFF = "xliff"
    CSV = "csv"
    DOCCANO = "doccano"
    LABELSTUDIO = "labelstudio"


@dataclass(frozen=True)
class ExportOptions:
    """Filters and choices of one export; empty filters select everything.

    ``statuses`` None means the format's default (see ``docs/exchange.md``); ``side`` is the text
    doccano and Label Studio tasks show (``tr`` source or ``en`` final English). ``curated``:
    every selected sentence, with only the annotations of annotator ``curator``.
    """

    documents: tuple[str, ...] = ()
    statuses: tuple[TargetStatus, ...] | None = None
    annotators: tuple[str, ...] = ()
    curated: bool = False  # only the curator's annotations (replaces ``annotators``)
    include_suggestions: bool = False
    roles: tuple[BlockRole, ...] = ()
    split: tuple[int, ...] = ()
    seed: int = 0
    side: str = "tr"
    enforce_rules: bool = False  # refuse to export events that break the taxonomy's rules
    qa: bool = True  # JSONL and XLIFF carry the QA issues (docs/quality.md); costs time
    shard: Shard | None = None  # only this shard of the chosen documents (docs/corpus.md)

    @property
    def annotation_statuses(self) -> tuple[AnnotationStatus, ...]:
        """Which annotations are exported: accepted ones, plus suggestions when asked."""
        if self.include_suggestions:
            return (AnnotationStatus.ACCEPTED, AnnotationStatus.SUGGESTED)
        return (AnnotationStatus.ACCEPTED,)


@dataclass
class ExportReport:
    """What an export wrote: counts per kind, the split, spans left out, time taken."""

    format: ExportFormat
    path: Path
    documents: int = 0
    sentences: int = 0
    records: int = 0
    mentions: int = 0
    events: int = 0
    skipped_spans: int = 0
    splits: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self) -> str:
        """One line for people: ``jsonl: 57 records (57 sentences, 1 document, ...) to ...``."""
        counts = ", ".join(_plural(n, word) for n, word in (
            (self.sentences, "sentence"), (self.documents, "document"),
            (self.mentions, "mention"), (self.events, "event")))
        text = (f"{self.format}: {_plural(self.records, 'record')} ({counts}) to {self.path} "
                f"in {self.seconds:.1f} s")
        if self.splits:
            text += " split " + ", ".join(f"{k} {v}" for k, v in self.splits.items())
        if self.skipped_spans:
            text += f"; {self.skipped_spans} spans outside their text left out"
        return text


@dataclass
class ImportReport:
    """What an import added; ``unchanged`` counts records that were already in the project."""

    format: str
    path: Path
    records: int = 0
    documents: int = 0
    actors: int = 0
    translations: int = 0
    targets: int = 0
    mentions: int = 0
    events: int = 0
    cache_entries: int = 0
    unchanged: int = 0
    unmatched: int = 0

    def summary(self) -> str:
        """One line for people, naming only the non-zero counts."""
        counts = {"documents": self.documents, "actors": self.actors,
                  "translations": self.translations, "targets": self.targets,
                  "mentions": self.mentions, "events": self.events,
                  "cache entries": self.cache_entries, "unchanged": self.unchanged,
                  "unmatched": self.unmatched}
        parts = ", ".join(f"{name} {count}" for name, count in counts.items() if count)
        return f"{self.format}: {self.records} records from {self.path}: {parts or 'nothing new'}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def parse_split(text: str) -> tuple[int, ...]:
    """``"80/10/10"`` → ``(80, 10, 10)``; two or three whole percentages summing to 100."""
    try:
        parts = tuple(int(part) for part in text.split("/"))
    except ValueError:
        raise ExportOptionsError("split_not_numbers", split=text) from None
    if len(parts) not in SPLIT_NAMES or sum(parts) != 100 or min(parts) < 0:
        raise ExportOptionsError("split_bad_sum", split=text)
    return parts


def assign_splits(document_ids: Sequence[str], split: Sequence[int],
                  seed: int) -> dict[str, str]:
    """Map each document id to ``train``/``dev``/``test`` (empty when ``split`` is empty)."""
    if not split:
        return {}
    names = SPLIT_NAMES[len(split)]
    ordered = sorted(document_ids,
                     key=lambda d: hashlib.sha256(f"{seed}:{d}".encode()).hexdigest())
    bounds, total = [], 0
    for percent in split:
        total += percent
        bounds.append(round(total * len(ordered) / 100))
    assigned: dict[str, str] = {}
    for index, doc_id in enumerate(ordered):
        part = next(i for i, bound in enumerate(bounds) if index < bound)
        assigned[doc_id] = names[part]
    return assigned
