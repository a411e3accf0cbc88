"""The paragraphs a batch MT engine gets, with their context, read from the project.

:func:`paragraph_reader` gives the runner (:mod:`annotator.mt.runner`) a function that groups
pending sentences by block (a paragraph, the title) in reading order and adds the document title,
up to three earlier sentences of the document whose English a person confirmed (translated or
reviewed), and the glossary entries and actor names found in the paragraph with their preferred
(first) English. The mt layer never reads the project itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from annotator.core.mt_types import PendingSentence
from annotator.mt.batch import BatchContext, Paragraph, ParagraphReader
from annotator.storage.mt_context import confirmed_before, document_title, sentence_places
from annotator.storage.qa import build_term_index, terms_in

PREVIOUS_SENTENCES = 3


def paragraph_reader(db: Database, previous: int = PREVIOUS_SENTENCES) -> ParagraphReader:
    """A :data:`~annotator.mt.batch.ParagraphReader` over ``db`` (call it in ``db``'s thread)."""

    def read(sentences: Sequence[PendingSentence]) -> list[Paragraph]:
        places = sentence_places(db, [s.sentence_id for s in sentences])
        blocks: dict[tuple[str, int], list[PendingSentence]] = {}
        for sentence in sorted(sentences, key=lambda s: (s.document_id,
                                                         places.get(s.sentence_id, (0, 0))[1])):
            block = places.get(sentence.sentence_id, (-sentence.sentence_id, 0))[0]
            blocks.setdefault((sentence.document_id, block), []).append(sentence)
        index = build_term_index(db) if blocks else None
        titles: dict[str, str] = {}
        out = []
        for (document_id, _block), members in blocks.items():
            if document_id not in titles:
                titles[document_id] = document_title(db, document_id)
            first = places.get(members[0].sentence_id, (0, 0))[1]
            glossary: dict[str, str] = {}
            for sentence in members:
                for hit in terms_in(index, sentence.text) if index is not None else []:
                    if hit.term.targets:
                        glossary.setdefault(hit.term.source, hit.term.targets[0])
            context = BatchContext(titles[document_id],
                                   tuple(confirmed_before(db, document_id, first, previous)),
                                   tuple(glossary.items()))
            out.append(Paragraph(tuple(members), context))
        return out

    return read
