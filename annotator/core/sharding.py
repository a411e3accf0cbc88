"""A stable share of the documents for one of N copies of a command (``--shard K/N``).

A document belongs to shard ``K`` of ``N`` when the SHA-256 of its id, read as a number, leaves
``K - 1`` divided by ``N``. The choice depends on the id alone (ids are themselves hashes of the
text, so a file gets the same id on every machine), never on the order, the count or the
machine: ``import --shard 2/8`` on one machine and ``suggest --shard 2/8`` on a full project on
another select the same documents, the N shards never overlap and together hold every document.
Batch systems (GNU parallel, a Slurm array job) run the N copies; docs/corpus.md shows how.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

_SPEC = re.compile(r"\s*(\d{1,6})\s*/\s*(\d{1,6})\s*")


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` (1-based) of ``count``."""

    index: int
    count: int

    def __post_init__(self) -> None:
        if not 1 <= self.index <= self.count:
            raise ValueError(f"shard {self.index}/{self.count}: K must be from 1 to N")

    @classmethod
    def parse(cls, text: str) -> Shard:
        """``"K/N"`` as a shard; ValueError with a sentence saying what is wrong."""
        match = _SPEC.fullmatch(text)
        if match is None:
            raise ValueError(f"{text!r} is not K/N (for example 1/4)")
        return cls(int(match.group(1)), int(match.group(2)))

    def holds(self, doc_id: str) -> bool:
        """Whether the document ``doc_id`` is in this shard."""
        digest = hashlib.sha256(doc_id.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index - 1

    def select(self, doc_ids: Iterable[str]) -> list[str]:
        """The ids of ``doc_ids`` in this shard, in their order."""
        return [doc_id for doc_id in doc_ids if self.holds(doc_id)]

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"
