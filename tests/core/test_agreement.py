"""Agreement figures of two fixture annotators with known disagreements, checked against the
arithmetic done by hand (in the comments), and the undefined cases."""

from __future__ import annotations

import pytest

from annotator.core.agreement import (
    AnnotationSet,
    DocumentData,
    EventItem,
    Figure,
    MentionItem,
    agreement,
    compare,
)

TUR, USA = "TUR-GOV", "USA-GOV"

# Both annotated sentences 1-4; mehmet also sentence 5, which ayse did not: everything of
# sentence 5 is left out of the pair and of α.
AYSE = AnnotationSet(
    frozenset({1, 2, 3, 4}),
    mentions=(MentionItem(1, "tr", 0, 7, TUR), MentionItem(1, "tr", 20, 30, USA),
              MentionItem(2, "en", 4, 10, USA)),
    events=(EventItem(1, "CONSULT", frozenset({TUR}), frozenset({USA}), "2023-11-27"),
            EventItem(2, "SANCTION", frozenset({USA}), frozenset({TUR})),
            EventItem(3, "CONSULT", frozenset({TUR}))))
MEHMET = AnnotationSet(
    frozenset({1, 2, 3, 4, 5}),
    mentions=(MentionItem(1, "tr", 0, 7, TUR),      # the same as ayse's
              MentionItem(1, "tr", 22, 30, USA),    # overlaps ayse's 20-30
              MentionItem(2, "en", 4, 10, TUR),     # ayse's span, another actor
              MentionItem(3, "tr", 0, 5, TUR),      # ayse has none here
              MentionItem(5, "tr", 0, 5, TUR)),     # sentence 5: not compared
    events=(EventItem(1, "CONSULT", frozenset({TUR}), frozenset({USA}), "2023-11-28"),
            EventItem(2, "SANCTION", frozenset({USA}), frozenset({TUR})),
            EventItem(4, "REQUEST", frozenset({TUR}), frozenset({USA})),
            EventItem(5, "AID", frozenset({USA}), frozenset({TUR}))))
PAIR = ("ayse", "mehmet")


def _figures(data: DocumentData, document: str | None = "doc") -> dict[tuple[str, str | None],
                                                                     Figure]:
    return {(f.measure, f.event_type): f for f in compare(data, document)}


@pytest.fixture
def figures() -> dict[tuple[str, str | None], Figure]:
    return _figures(DocumentData({"ayse": AYSE, "mehmet": MEHMET}))


def test_mention_f1_exact_and_overlap(figures) -> None:  # type: ignore[no-untyped-def]
    # Sentences 1-3 (4 has none): ayse 3 mentions, mehmet 4 (his sentence-5 one is left out).
    # Exact (same side, start, end, actor): only (1, tr, 0-7, TUR) -> F1 = 2*1 / (3+4) = 2/7;
    # n = mentions in the union = 3 + 4 - 1 = 6.
    exact = figures["mention_f1_exact", None]
    assert exact.value == pytest.approx(2 / 7) and exact.n == 6
    assert exact.annotators == PAIR and exact.document == "doc"
    # Overlap (same side and actor, spans overlap): also USA 20-30 ~ 22-30 -> 2 matches;
    # the en 4-10 span names another actor -> F1 = 2*2 / 7 = 4/7; n = 7 - 2 = 5.
    overlap = figures["mention_f1_overlap", None]
    assert overlap.value == pytest.approx(4 / 7) and overlap.n == 5


def test_event_type_kappa_over_sentence_and_type_items(figures) -> None:  # type: ignore[no-untyped-def]
    # Types used in sentences 1-4: CONSULT, REQUEST, SANCTION (AID is only in sentence 5).
    # Items = 4 sentences x 3 types = 12; labels (C R S):
    #   ayse:   s1 1 0 0 | s2 0 0 1 | s3 1 0 0 | s4 0 0 0
    #   mehmet: s1 1 0 0 | s2 0 0 1 | s3 0 0 0 | s4 0 1 0
    # They differ on (s3, C) and (s4, R): p_o = 10/12. Each said "yes" 3 times in 12:
    # p_e = (3/12)^2 + (9/12)^2 = 90/144. kappa = (120/144 - 90/144) / (1 - 90/144) = 30/54 = 5/9.
    overall = figures["event_type_kappa", None]
    assert overall.value == pytest.approx(5 / 9) and overall.n == 12
    # Per type, 4 items each.
    # CONSULT: ayse 1 0 1 0, mehmet 1 0 0 0: p_o = 3/4, p_e = 2/4*1/4 + 2/4*3/4 = 1/2 -> 1/2.
    assert figures["event_type_kappa", "CONSULT"].value == pytest.approx(0.5)
    # SANCTION: identical 0 1 0 0 with both classes present -> 1.
    assert figures["event_type_kappa", "SANCTION"].value == pytest.approx(1.0)
    # REQUEST: ayse 0 0 0 0, mehmet 0 0 0 1: p_o = 3/4, p_e = 1*3/4 + 0*1/4 = 3/4 -> 0.
    assert figures["event_type_kappa", "REQUEST"].value == pytest.approx(0.0)
    assert ("event_type_kappa", "AID") not in figures
    assert figures["event_type_kappa", "CONSULT"].n == 4


def test_event_type_alpha_over_every_annotator(figures) -> None:  # type: ignore[no-untyped-def]
    # The same 12 items, no missing values: 24 pairable values, 6 ones and 18 zeros.
    # Coincidences: each of the 2 disagreeing items adds 1 to o(0,1) and 1 to o(1,0) -> 4.
    # D_o = 4/24; D_e = 2*18*6 / (24*23) = 216/552; alpha = 1 - (4/24)/(216/552)
    # = 1 - 2208/5184 = 1 - 23/54 = 31/54.
    alpha = figures["event_type_alpha", None]
    assert alpha.value == pytest.approx(31 / 54) and alpha.n == 12
    assert alpha.annotators == PAIR
    # CONSULT alone: 8 values, 3 ones, 5 zeros, one disagreeing item (s3):
    # D_o = 2/8, D_e = 2*3*5 / (8*7) = 30/56 -> alpha = 1 - (2/8)/(30/56) = 1 - 112/240 = 8/15.
    assert figures["event_type_alpha", "CONSULT"].value == pytest.approx(8 / 15)


def test_alpha_treats_an_unannotated_sentence_as_missing_not_as_no() -> None:
    # A third annotator who annotated sentence 1 only, with ayse's CONSULT there.
    third = AnnotationSet(frozenset({1}), events=(EventItem(1, "CONSULT"),))
    found = _figures(DocumentData({"ayse": AYSE, "mehmet": MEHMET, "zeynep": third}))
    # Items stay 12 (sentences 1-4 x C R S); zeynep adds 3 values to s1: C=1, R=0, S=0.
    # 27 values: ones 6 + 1 = 7, zeros 18 + 2 = 20. s1's items now have 3 coders, all agreeing;
    # the two disagreeing items (2 coders) still give o(0,1) + o(1,0) = 4.
    # D_o = 4/27; D_e = 2*7*20 / (27*26) = 280/702 -> alpha = 1 - (4/27)/(280/702)
    # = 1 - 2808/7560 = 1 - 13/35 = 22/35.
    alpha = found["event_type_alpha", None]
    assert alpha.value == pytest.approx(22 / 35)
    assert alpha.annotators == ("ayse", "mehmet", "zeynep")
    # zeynep is compared pairwise on sentence 1 only: 1 sentence x 1 type (CONSULT), both 1.
    with_ayse = [f for f in compare(DocumentData({"ayse": AYSE, "zeynep": third}), None)
                 if f.measure == "event_type_kappa" and f.event_type is None]
    assert with_ayse[0].n == 1 and with_ayse[0].value is None  # one class only: undefined


def test_event_frame_slot_agreement(figures) -> None:  # type: ignore[no-untyped-def]
    # Matched by (sentence, type): s1 CONSULT and s2 SANCTION (ayse's s3 CONSULT and mehmet's
    # s4 REQUEST have no partner). s1: actors same, recipients same, date differs -> 2 of 3;
    # s2: 3 of 3. All slots: 5/6; actor 2/2; recipient 2/2; date 1/2.
    assert figures["event_slot_agreement", None].value == pytest.approx(5 / 6)
    assert figures["event_slot_agreement", None].n == 2
    assert figures["event_actor_agreement", None].value == pytest.approx(1.0)
    assert figures["event_recipient_agreement", None].value == pytest.approx(1.0)
    assert figures["event_date_agreement", None].value == pytest.approx(0.5)
    assert figures["event_slot_agreement", "CONSULT"].value == pytest.approx(2 / 3)
    assert figures["event_slot_agreement", "SANCTION"].value == pytest.approx(1.0)


def test_undefined_figures_are_none() -> None:
    empty = AnnotationSet(frozenset({1, 2}))
    found = _figures(DocumentData({"ayse": empty, "mehmet": empty}))
    # No mentions, no events: F1 has nothing to divide, kappa and alpha have no items.
    for measure in ("mention_f1_exact", "mention_f1_overlap", "event_type_kappa",
                    "event_type_alpha", "event_slot_agreement"):
        assert found[measure, None].value is None, measure
    assert found["event_type_kappa", None].n == 0
    # Both say CONSULT in the only sentence: one class only -> kappa and alpha undefined.
    same = AnnotationSet(frozenset({1}), events=(EventItem(1, "CONSULT"),))
    found = _figures(DocumentData({"ayse": same, "mehmet": same}))
    assert found["event_type_kappa", None].value is None
    assert found["event_type_alpha", None].value is None
    assert found["event_slot_agreement", None].value == pytest.approx(1.0)
    # No sentence in common: nothing compared.
    apart = _figures(DocumentData({"ayse": AnnotationSet(frozenset({1})),
                                   "mehmet": AnnotationSet(frozenset({2}))}))
    assert apart["mention_f1_exact", None].value is None
    assert apart["event_type_alpha", None].n == 0


def test_one_annotator_gives_no_figures() -> None:
    assert compare(DocumentData({"ayse": AYSE}), "doc") == []


def test_translation_chrf_and_ter() -> None:
    ayse = {1: "The minister called his counterpart.", 2: "Talks were suspended.", 3: "Only mine."}
    mehmet = {1: "The minister phoned his counterpart.", 2: "Talks were suspended."}
    found = _figures(DocumentData(translations={"ayse": ayse, "mehmet": mehmet}))
    # Sentences both translated: 1 and 2. TER (ayse against mehmet as reference): one
    # substitution (called -> phoned) over 5 + 3 = 8 reference words -> 1/8.
    ter = found["translation_ter", None]
    assert ter.value == pytest.approx(1 / 8) and ter.n == 2
    assert ter.annotators == PAIR
    chrf = found["translation_chrf", None]
    assert 0 < chrf.value < 100  # type: ignore[operator]
    same = _figures(DocumentData(translations={"ayse": mehmet, "mehmet": dict(mehmet)}))
    assert same["translation_chrf", None].value == pytest.approx(100.0)
    assert same["translation_ter", None].value == pytest.approx(0.0)


def test_per_document_and_overall_figures() -> None:
    # The fixture split over two documents: sentences 1-2 in one, 3-5 in the other.
    def part(found: AnnotationSet, sentences: set[int]) -> AnnotationSet:
        return AnnotationSet(found.sentences & frozenset(sentences),
                             tuple(m for m in found.mentions if m.sentence_id in sentences),
                             tuple(e for e in found.events if e.sentence_id in sentences))

    documents = {name: DocumentData({"ayse": part(AYSE, s), "mehmet": part(MEHMET, s)})
                 for name, s in (("d1", {1, 2}), ("d2", {3, 4, 5}))}
    figures = agreement(documents)
    assert {f.document for f in figures} == {"d1", "d2", None}
    overall = {(f.measure, f.event_type): f for f in figures if f.document is None}
    # Over all documents the figures are the single document's: 5/9, 31/54, 2/7.
    assert overall["event_type_kappa", None].value == pytest.approx(5 / 9)
    assert overall["event_type_alpha", None].value == pytest.approx(31 / 54)
    assert overall["mention_f1_exact", None].value == pytest.approx(2 / 7)
    # d1 alone (sentences 1-2): types CONSULT, SANCTION; 4 items, all agreeing -> kappa 1.
    d1 = {(f.measure, f.event_type): f for f in figures if f.document == "d1"}
    assert d1["event_type_kappa", None].value == pytest.approx(1.0)
    assert d1["event_type_kappa", None].n == 4
