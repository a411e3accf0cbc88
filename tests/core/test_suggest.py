"""Event-type suggestion rules on the sample commentary's sentences, in Turkish and English."""

from __future__ import annotations

import pytest

from annotator.core.actor_matching import NameMatcher
from annotator.core.models import Side
from annotator.core.suggest import EventCandidate, MentionSpan, combine, suggest_events
from annotator.core.suggest_rules_en import EN_RULES
from annotator.core.suggest_rules_tr import TR_RULES
from annotator.storage.taxonomy import bundled_taxonomy

NAMES = [("USA", "ABD"), ("USA", "US"), ("USA", "U.S."), ("AZE", "Azerbaycan"),
         ("AZE", "Azerbaijan"), ("USA-LEG", "ABD Senatosu"), ("USA-LEG", "US Senate"),
         ("blinken", "Antony Blinken"), ("blinken", "Blinken"), ("aliyev", "Aliyev"),
         ("aliyev", "İlham Aliyev"), ("aliyev", "Ilham Aliyev"), ("obrien", "James O'Brien"),
         ("obrien", "O'Brien"), ("bayramov", "Bayramov"), ("mirzoyan", "Mirzoyan")]
MATCHER = NameMatcher(NAMES)

PHONE_TR = ("İlk olarak 27 Kasım'da ABD Dışişleri Bakanı Antony Blinken, Azerbaycan Devlet Başkanı "
            "Aliyev ile telefonda görüşerek ilişkileri normalleştirmek adına bir adım atmıştır.")
AID_TR = ("Öncesinde, ABD Dışişleri Bakanlığı Avrupa ve Avrasya İşlerinden Sorumlu "
          "Yardımcısı James O'Brien'in Senato Dış İlişkiler Komisyonu'nda Azerbaycan'ı eleştiren "
          "bir konuşması ve 16 Kasım'da ABD Senatosu'nun Azerbaycan'a askeri yardımın kesilmesi "
          "yönünde aldığı karar, ABD ile Azerbaycan arasındaki gerilimi artırmıştı.")
BOYCOTT_TR = ("ABD'li yetkililerin Azerbaycan'la üst düzey ikili temasları ertelemesi ve ikili "
              "ilişkilerin eskisi gibi olamayacağı yönündeki sözleri üzerine Azerbaycan, ABD'nin "
              "tavrı sebebiyle Kasım'da yapılması planlanan üçlü dış işleri bakanları görüşmesine "
              "katılmama kararı almış, ilişkileri askıya almıştı.")
CANCEL_TR = "ABD'li yetkililerin Azerbaycana gerçekleştireceği ziyaretler iptal edilmişti."
PERMISSION_TR = ("Görüşmede Blinken, Dışişleri Bakan Yardımcısı O'Brien'in Aralık ayında "
                 "Bakü'ye gelmesine izin verilmesi için müsaade istemiştir.")
APPROVE_TR = ("Aliyev de Azerbaycan'ın üst düzey yetkililerinin ABD'ye ziyaretlerine ilişkin "
              "haksız yasağın kaldırılması şartıyla Blinken'in talebini onaylamıştır.")
VISIT_TR = ("6 Aralık'ta James O'Brien, Azerbaycan'ı ziyaret ederek Azerbaycan Devlet Başkanı "
            "İlham Aliyev tarafından kabul edilmiş, Dışişleri Bakanı Ceyhun Bayramov ile "
            "görüşmüştür.")
HOST_TR = ("O'Brien, ziyaretin ardından Twitter üzerinden dışişleri bakanları Bayramov ve "
           "Mirzoyan'ı Washington'da ağırlamayı sabırsızlıkla beklediklerini ifade etmiştir.")


def run(text: str, side: Side = Side.TR) -> list[EventCandidate]:
    mentions = [MentionSpan(m.start, m.end, m.key) for m in MATCHER.find(text)]
    return suggest_events(text, side, mentions)


def only(text: str, type_: str, side: Side = Side.TR) -> EventCandidate:
    found = [c for c in run(text, side) if c.type == type_]
    assert len(found) == 1, run(text, side)
    return found[0]


def trigger(text: str, candidate: EventCandidate) -> str:
    return text[candidate.trigger[0]:candidate.trigger[1]]


def test_phone_call_is_consult_phone_with_actor_and_recipient() -> None:
    (event,) = run(PHONE_TR)
    assert (event.type, event.modes, event.aux) == ("CONSULT", ("phone",), ())
    assert trigger(PHONE_TR, event) == "telefonda görüşerek"
    assert event.actors == ("blinken",) and event.recipients == ("aliyev",)
    assert "diplomatic" in event.contexts


def test_cutting_military_aid_is_sanction_discontinue_in_a_military_context() -> None:
    event = only(AID_TR, "SANCTION")
    assert event.modes == ("discontinue",) and "military" in event.contexts
    assert trigger(AID_TR, event) == "kesilmesi"
    assert event.actors == ("USA-LEG",) and event.recipients == ("AZE",)  # Senatosu'nun ... 'a


def test_criticism_is_accuse_with_the_accusative_object_as_recipient() -> None:
    event = only(AID_TR, "ACCUSE")
    assert event.modes == ("disapprove",) and trigger(AID_TR, event) == "eleştiren"
    assert event.actors == ("obrien",) and event.recipients == ("AZE",)


def test_not_attending_a_meeting_is_reject_meet_and_suspending_relations_a_sanction() -> None:
    found = {c.type: c for c in run(BOYCOTT_TR)}
    assert found["REJECT"].modes == ("meet",)
    assert trigger(BOYCOTT_TR, found["REJECT"]) in ("ertelemesi", "katılmama")
    boycott = [c for c in run(BOYCOTT_TR) if trigger(BOYCOTT_TR, c) == "katılmama"]
    assert boycott and boycott[0].actors == ("AZE",) and boycott[0].aux == ()
    suspended = found["SANCTION"]
    assert trigger(BOYCOTT_TR, suspended) == "askıya almıştı"
    assert suspended.modes == ("discontinue",) and "diplomatic" in suspended.contexts
    # the meeting noun is consumed by the refusal: no CONSULT for "görüşmesine"
    assert "CONSULT" not in found


def test_cancelled_visits_are_reject_meet_not_a_visit() -> None:
    (event,) = run(CANCEL_TR)
    assert (event.type, event.modes) == ("REJECT", ("meet",))
    assert trigger(CANCEL_TR, event) == "iptal edilmişti"


def test_asking_permission_to_come_is_request_meet() -> None:
    (event,) = run(PERMISSION_TR)  # "Görüşmede" only sets the scene: no second CONSULT
    assert (event.type, event.modes) == ("REQUEST", ("meet",))
    assert trigger(PERMISSION_TR, event) == "müsaade istemiştir"
    assert event.actors == ("blinken",)


def test_approving_a_request_is_agree_by_the_nominative_subject() -> None:
    event = only(APPROVE_TR, "AGREE")
    assert trigger(APPROVE_TR, event) == "onaylamıştır" and event.actors == ("aliyev",)


def test_visit_host_and_meeting() -> None:
    found = run(VISIT_TR)
    visit, received, met = found
    assert (visit.type, visit.modes, trigger(VISIT_TR, visit)) == (
        "CONSULT", ("visit",), "ziyaret ederek")
    assert visit.actors == ("obrien",) and visit.recipients == ("AZE",)
    # "X tarafından kabul edilmiş": the guest is the actor, the host the recipient
    assert received.modes == ("host",) and received.actors == ("obrien",)
    assert received.recipients == ("aliyev",)
    assert met.type == "CONSULT" and met.recipients == ("bayramov",)


def test_looking_forward_to_hosting_is_a_future_consult_host() -> None:
    (event,) = run(HOST_TR)
    assert (event.type, event.modes, event.aux) == ("CONSULT", ("host",), ("future",))
    assert trigger(HOST_TR, event) == "ağırlamayı"
    assert event.recipients == ("obrien",)  # the host
    assert event.actors == ("bayramov", "mirzoyan")  # the guests, joined by "ve"


@pytest.mark.parametrize(("text", "type_", "modes", "aux"), [
    ("Blinken Aliyev ile görüşmedi.", "CONSULT", (), ("negation",)),
    ("Blinken Aliyev ile telefonda görüşmeyecek.", "CONSULT", ("phone",),
     ("negation", "future")),
    ("Azerbaycan toplantıya katılmadı.", "REJECT", ("meet",), ()),
    ("ABD, Azerbaycan'ı eleştirmedi.", "ACCUSE", ("disapprove",), ("negation",)),
    ("Aliyev Blinken ile görüşecek.", "CONSULT", (), ("future",)),
    ("Azerbaycan teklifi kabul etti.", "AGREE", (), ()),
    ("Aliyev, Blinken'i kabul etti.", "CONSULT", ("host",), ()),
])
def test_turkish_morphology(text: str, type_: str, modes: tuple[str, ...],
                            aux: tuple[str, ...]) -> None:
    event = only(text, type_)
    assert (event.modes, event.aux) == (modes, aux)


@pytest.mark.parametrize("text", [
    "Bu konudaki görüşü değişmedi.",  # görüş "opinion", not görüş- "meet"
    "İşte bu nedenle geldi.",  # işte folds to "iste"
    "Anlaşmanın metni yayımlandı.",  # the noun, not anlaş- "agree"
])
def test_homonyms_do_not_trigger(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(("text", "type_", "modes", "aux", "words"), [
    ("U.S. Secretary of State Antony Blinken spoke by phone with Azerbaijani President Aliyev.",
     "CONSULT", ("phone",), (), "spoke by phone"),
    ("The US Senate voted to cut military aid to Azerbaijan.", "SANCTION", ("discontinue",), (),
     "cut military aid"),
    ("Azerbaijan decided not to attend the trilateral meeting.", "REJECT", ("meet",), (),
     "decided not to attend"),
    ("Azerbaijan suspended relations with the US.", "SANCTION", ("discontinue",), (),
     "suspended relations"),
    ("Visits by US officials to Azerbaijan had been cancelled.", "REJECT", ("meet",), (),
     "cancelled"),
    ("Blinken asked for permission for O'Brien to come to Baku.", "REQUEST", ("meet",), (),
     "asked for permission"),
    ("Aliyev approved Blinken's request.", "AGREE", (), (), "approved"),
    ("James O'Brien visited Azerbaijan.", "CONSULT", ("visit",), (), "visited"),
    ("O'Brien said they looked forward to hosting Bayramov and Mirzoyan in Washington.",
     "CONSULT", ("host",), ("future",), "hosting"),
    ("Blinken did not meet Aliyev.", "CONSULT", (), ("negation",), "meet"),
    ("Azerbaijan refused to attend the meeting.", "REJECT", ("meet",), (), "refused to attend"),
])
def test_english_counterparts(text: str, type_: str, modes: tuple[str, ...],
                              aux: tuple[str, ...], words: str) -> None:
    event = only(text, type_, Side.EN)
    assert (event.modes, event.aux, trigger(text, event)) == (modes, aux, words)


def test_english_roles_and_passive_host() -> None:
    text = "James O'Brien was received by President Ilham Aliyev."
    event = only(text, "CONSULT", Side.EN)
    assert event.modes == ("host",)
    assert event.actors == ("obrien",) and event.recipients == ("aliyev",)
    phone = only("Blinken spoke by phone with Aliyev.", "CONSULT", Side.EN)
    assert phone.actors == ("blinken",) and phone.recipients == ("aliyev",)


def test_combine_merges_sides_per_type() -> None:
    english = "Blinken spoke by phone with Aliyev."
    merged = combine(run(PHONE_TR), run(english, Side.EN))
    assert len(merged) == 1
    (event,) = merged
    assert event.trigger_tr is not None and event.trigger_en is not None
    assert english[event.trigger_en[0]:event.trigger_en[1]] == "spoke by phone"
    assert event.confidence == pytest.approx(0.95)  # both sides: a bonus, capped
    only_tr = combine(run(CANCEL_TR), [])
    assert only_tr[0].trigger_en is None and only_tr[0].confidence == pytest.approx(0.7)


def test_no_trigger_no_candidate() -> None:
    assert run("Bu gelişme sonrasında ilişkilerde bir yumuşama beklenmiştir.") == []
    assert run("The weather was fine.", Side.EN) == []


def test_every_rule_uses_types_and_modes_of_the_bundled_taxonomy() -> None:
    taxonomy = bundled_taxonomy()
    for rule in (*TR_RULES, *EN_RULES):
        assert rule.type in taxonomy.type_codes(), rule.name
        readings = [(rule.type, rule.modes), *(r for r in (rule.negated, rule.person) if r)]
        for type_, modes in readings:
            assert set(modes) <= set(taxonomy.modes_for(type_)), rule.name
        assert set(rule.contexts) <= set(taxonomy.context_codes()), rule.name
        assert {mode for _, mode in rule.cues} <= set(taxonomy.modes_for(rule.type)), rule.name
    assert len({r.name for r in (*TR_RULES, *EN_RULES)}) == len(TR_RULES) + len(EN_RULES)
