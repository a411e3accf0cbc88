"""Annotation search over a real project file: each filter, combinations, the hit's fields,
date periods (a stored month or ISO week counts by its first day) and bad dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from annotated_project import ENGLISH, AnnotatedProject, build

from annotator.errors import ProjectError
from annotator.project import Project
from annotator.storage.annotation_search import (
    SearchQuery,
    period_bounds,
    search_annotations,
)
from annotator.storage.connection import open_project


@pytest.fixture
def fixture(db_path: Path, tmp_path: Path) -> AnnotatedProject:
    return build(db_path, tmp_path)


@pytest.fixture
def find(fixture: AnnotatedProject, db_path: Path):  # type: ignore[no-untyped-def]
    """Run a query on a fresh connection; the hits as event ids and mention texts."""
    db = open_project(db_path)

    def run(**filters: object) -> list[object]:
        hits = search_annotations(db, SearchQuery(**filters))  # type: ignore[arg-type]
        return [hit.id if hit.kind == "event" else hit.text for hit in hits]

    yield run
    db.close()


def test_an_empty_query_finds_everything_in_reading_order(find) -> None:  # type: ignore[no-untyped-def]
    assert find() == ["ev-1", "ABD", "Rusya", "ev-2", "Türkiye", "ev-3", "ev-4"]


def test_kind(find) -> None:  # type: ignore[no-untyped-def]
    assert find(kind="event") == ["ev-1", "ev-2", "ev-3", "ev-4"]
    assert find(kind="mention") == ["ABD", "Rusya", "Türkiye"]


def test_type_is_case_insensitive_and_finds_events_only(find) -> None:  # type: ignore[no-untyped-def]
    assert find(types=("sanction",)) == ["ev-1", "ev-3"]
    assert find(types=("SANCTION", "Consult")) == ["ev-1", "ev-3", "ev-4"]
    assert find(types=("SANCTION",), kind="mention") == []
    assert find(types=("PROTEST",)) == []


def test_actor_matches_event_actors_and_mention_actors_not_recipients(find) -> None:  # type: ignore[no-untyped-def]
    assert find(actors=("USA",)) == ["ev-1", "ABD", "ev-4"]
    assert find(actors=("TUR",)) == ["ev-2", "Türkiye", "ev-4"]
    assert find(actors=("RUS", "EU")) == ["Rusya", "ev-3"]
    assert find(actors=("usa",)) == []  # ids are exact


def test_recipient_matches_event_recipients_only(find) -> None:  # type: ignore[no-untyped-def]
    assert find(recipients=("USA",)) == ["ev-2"]
    assert find(recipients=("RUS", "IRN")) == ["ev-1", "ev-3"]


def test_date_bounds_take_the_first_and_last_day_of_their_period(find) -> None:  # type: ignore[no-untyped-def]
    assert find(date_from="2023-11-01") == ["ev-1", "ev-2", "ev-3"]  # undated ev-4 left out
    assert find(date_to="2023-11-30") == ["ev-1", "ev-3"]
    assert find(date_from="2023-12", date_to="2023-12") == ["ev-2"]
    assert find(date_from="2023-11", date_to="2023-11") == ["ev-1", "ev-3"]
    assert find(date_from="2023", date_to="2023") == ["ev-1", "ev-2", "ev-3"]
    assert find(date_to="2023-11-26") == []
    assert find(date_from="2024") == []


def test_a_stored_month_or_week_counts_by_its_first_day(find) -> None:  # type: ignore[no-untyped-def]
    # ev-3 is 2023-W48 (27 Nov - 3 Dec), ev-2 is 2023-12 (1 - 31 Dec).
    assert find(date_from="2023-11-27", date_to="2023-11-27") == ["ev-1", "ev-3"]
    assert find(date_from="2023-11-28", date_to="2023-12-01") == ["ev-2"]
    assert find(date_from="2023-W48", date_to="2023-W48") == ["ev-1", "ev-2", "ev-3"]


@pytest.mark.parametrize("week", ["2015-W01", "2020-W53", "2021-W01", "2023-W48", "2024-W10"])
def test_the_sql_first_day_of_an_iso_week_is_pythons(fixture: AnnotatedProject, db_path: Path,
                                                     week: str) -> None:
    """2015-W01 starts on 29 December 2014 (4 January 2015 was a Sunday)."""
    db = open_project(db_path)
    db.execute("UPDATE events SET date = ? WHERE id = 'ev-3'", [week])
    db.conn.commit()
    monday = date.fromisocalendar(int(week[:4]), int(week[6:]), 1)
    sunday_before = date.fromordinal(monday.toordinal() - 1).isoformat()

    def found(day: str) -> list[str | int]:
        query = SearchQuery(actors=("EU",), date_from=day, date_to=day)
        return [hit.id for hit in search_annotations(db, query)]

    assert found(monday.isoformat()) == ["ev-3"]
    assert found(sunday_before) == []
    db.close()


def test_status_annotator_and_document(find, fixture: AnnotatedProject) -> None:  # type: ignore[no-untyped-def]
    assert find(statuses=("suggested",)) == ["Rusya", "ev-2"]
    assert find(statuses=("rejected", "suggested")) == ["Rusya", "ev-2", "ev-3"]
    assert find(annotators=("mehmet",)) == ["Türkiye", "ev-3"]
    assert find(annotators=("ayse", "mehmet")) == ["ev-1", "ABD", "Türkiye", "ev-3", "ev-4"]
    assert find(documents=(fixture.beta,)) == ["ev-3", "ev-4"]
    assert find(documents=(fixture.alpha, fixture.beta), kind="mention") == [
        "ABD", "Rusya", "Türkiye"]


def test_combinations(find, fixture: AnnotatedProject) -> None:  # type: ignore[no-untyped-def]
    assert find(types=("SANCTION",), actors=("USA",), date_from="2023-11-01") == ["ev-1"]
    assert find(types=("SANCTION",), statuses=("accepted",)) == ["ev-1"]
    assert find(types=("SANCTION",), documents=(fixture.beta,)) == ["ev-3"]
    assert find(actors=("USA",), kind="mention") == ["ABD"]
    assert find(actors=("TUR",), annotators=("mehmet",)) == ["Türkiye"]
    assert find(actors=("USA",), statuses=("accepted",), documents=(fixture.beta,)) == ["ev-4"]
    assert find(actors=("TUR",), recipients=("USA",), date_to="2023-12-31") == ["ev-2"]
    assert find(actors=("USA",), recipients=("IRN",)) == []


def test_a_hit_carries_its_sentence_document_and_annotation(fixture: AnnotatedProject,
                                                            db_path: Path) -> None:
    db = open_project(db_path)
    hits = {str(h.id): h for h in search_annotations(db, SearchQuery())}
    db.close()
    first = hits["ev-1"]
    assert (first.kind, first.document_id, first.document_title, first.sentence_id) == (
        "event", fixture.alpha, "Alpha", fixture.sentences["ABD"])
    assert first.source == "ABD Rusya'ya yaptırım uyguladı."
    assert (first.text, first.side, first.type) == ("yaptırım uyguladı", "tr", "SANCTION")
    assert (first.actors, first.recipients, first.date) == (("USA",), ("RUS",), "2023-11-27")
    assert (first.status, first.annotator, first.provenance) == ("accepted", "ayse", "manual")
    assert first.sentence_ref == f"{fixture.alpha}:{first.order}"
    consult = hits["ev-4"]
    assert (consult.text, consult.side) == ("held talks", "en") and "held talks" in ENGLISH
    assert (consult.actors, consult.modes, consult.date) == (("USA", "TUR"), ("phone",), None)
    mention = hits[str(fixture.mentions["Rusya"])]
    assert (mention.kind, mention.type, mention.actors, mention.side) == (
        "mention", None, ("RUS",), "tr")
    assert (mention.status, mention.annotator, mention.provenance) == (
        "suggested", None, "suggested")


def test_limit(fixture: AnnotatedProject, db_path: Path) -> None:
    db = open_project(db_path)
    assert [h.id for h in search_annotations(db, SearchQuery(), limit=2)] == [
        "ev-1", fixture.mentions["ABD"]]
    db.close()


def test_period_bounds() -> None:
    assert period_bounds("2023") == (date(2023, 1, 1), date(2023, 12, 31))
    assert period_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_bounds(" 2023-11-27 ") == (date(2023, 11, 27), date(2023, 11, 27))
    assert period_bounds("2023-W48") == (date(2023, 11, 27), date(2023, 12, 3))
    for bad in ("", "23", "2023-13", "2023-02-30", "2023-W54", "27.11.2023", "2023/11",
                "2023-11-27T10:00"):
        assert period_bounds(bad) is None, bad


def test_a_bad_date_is_a_project_error_and_a_value_error_below(fixture: AnnotatedProject,
                                                               db_path: Path) -> None:
    project = Project(db_path)
    try:
        with pytest.raises(ProjectError) as raised:
            project.find_annotations(SearchQuery(date_to="2023-13"))
        assert raised.value.key == "project.bad_date"
        assert "2023-13" in str(raised.value) and "YYYY-MM-DD" in str(raised.value)
        with pytest.raises(ValueError):
            search_annotations(project.db, SearchQuery(date_from="soon"))
    finally:
        project.close()
