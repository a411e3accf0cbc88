"""Checking an LLM's annotations: invented spans, wrong offsets, unknown types, modes and actors
are dropped and counted by reason; valid items are kept as they were given."""

from __future__ import annotations

from typing import Any

import pytest

from annotator.core.llm_annotations import DropReport, LLMEvent, LLMMention, validate_annotations
from annotator.core.taxonomy import Taxonomy
from annotator.storage.taxonomy import bundled_taxonomy

SENTENCE = "Türkiye ile Yunanistan Ankara'da görüştü."
ACTORS = {"TUR", "GRC"}


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return bundled_taxonomy()


def span(text: str, at: int | None = None) -> dict[str, Any]:
    start = SENTENCE.index(text) if at is None else at
    return {"start": start, "end": start + len(text), "text": text}


def event(**changes: Any) -> dict[str, Any]:
    item = {"type": "CONSULT", "modes": ["visit"], "trigger": span("görüştü"),
            "actor": ["TUR"], "recipient": ["GRC"], "date": "2026-11-30"}
    item.update(changes)
    return item


def test_valid_items_are_kept(taxonomy: Taxonomy) -> None:
    raw = {"mentions": [{**span("Türkiye"), "actor": "TUR"},
                        {**span("Yunanistan"), "actor": "GRC"}],
           "events": [event()]}
    checked = validate_annotations(raw, SENTENCE, taxonomy, ACTORS)
    assert checked.mentions == (LLMMention(0, 7, "Türkiye", "TUR"),
                                LLMMention(12, 22, "Yunanistan", "GRC"))
    start = SENTENCE.index("görüştü")
    assert checked.events == (LLMEvent("CONSULT", ("visit",), (start, start + 7), ("TUR",),
                                       ("GRC",), "2026-11-30"),)
    assert checked.dropped.total == 0


def test_invented_span_and_wrong_offsets_are_dropped(taxonomy: Taxonomy) -> None:
    raw = {"mentions": [{"start": 0, "end": 6, "text": "Rusya", "actor": "TUR"},  # not there
                        {**span("Yunanistan", at=11), "actor": "GRC"},  # off by one
                        {"start": 30, "end": 99, "text": "x", "actor": "GRC"},  # out of range
                        {**span("Türkiye"), "actor": "TUR"}],
           "events": [event(trigger={"start": 0, "end": 7, "text": "görüştü"})]}
    checked = validate_annotations(raw, SENTENCE, taxonomy, ACTORS)
    assert [m.text for m in checked.mentions] == ["Türkiye"]
    assert checked.events == ()
    assert checked.dropped.counts == {"span": 4}


def test_unknown_type_mode_and_actor_are_dropped(taxonomy: Taxonomy) -> None:
    raw = {"mentions": [{**span("Ankara"), "actor": "ANKARA_CITY"}],
           "events": [event(type="NEGOTIATE"), event(modes=["riot"]),
                      event(recipient=["RUS"]), event(type="AGREE", modes=[])]}
    checked = validate_annotations(raw, SENTENCE, taxonomy, ACTORS)
    assert [e.type for e in checked.events] == ["AGREE"]
    assert checked.mentions == ()
    assert checked.dropped.counts == {"type": 1, "mode": 1, "actor": 2}
    assert checked.dropped.describe() == "4 (type 1, mode 1, actor 2)"


def test_malformed_items_are_counted(taxonomy: Taxonomy) -> None:
    raw = {"mentions": ["Türkiye", {"start": "0", "end": 7, "text": "Türkiye", "actor": "TUR"}],
           "events": [{"modes": []}, event(actor=[1])]}
    checked = validate_annotations(raw, SENTENCE, taxonomy, ACTORS)
    assert (checked.mentions, checked.events) == ((), ())
    assert checked.dropped.counts == {"malformed": 4}


def test_missing_trigger_is_allowed_and_a_bad_date_is_left_out(taxonomy: Taxonomy) -> None:
    checked = validate_annotations({"events": [event(trigger=None, date="dün")]}, SENTENCE,
                                   taxonomy, ACTORS)
    assert checked.events[0].trigger is None
    assert checked.events[0].date is None


def test_drop_reports_add_up() -> None:
    total = DropReport({"span": 1}) + DropReport({"span": 2, "type": 1})
    assert total.counts == {"span": 3, "type": 1}
    assert DropReport().describe() == "0"
