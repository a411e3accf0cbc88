"""Translation QA checks: each check fires on a faulty pair and stays quiet on a good one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest

from annotator.core.glossary import GlossaryTerm
from annotator.core.qa_checks import (
    CHECKS,
    SEVERITIES,
    QaIssue,
    QaRow,
    check_document,
    check_sentence,
    english_has,
    source_key,
)
from annotator.messages.qa import MESSAGES, NAMES, SEVERITY_NAMES, render_qa


def issues_of(check: str, source: str, target: str, status: str = "translated",
              **kwargs: Any) -> list[QaIssue]:
    return check_sentence(source, target, status, checks=[check], **kwargs)


def details(check: str, source: str, target: str, **kwargs: Any) -> list[str]:
    return [issue.detail for issue in issues_of(check, source, target, **kwargs)]


# --- numbers --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "target"), [
    ("Büyüme 3,5 oldu.", "Growth was 3.5."),
    ("1.250 kişi katıldı.", "1,250 people attended."),
    ("1.250 kişi katıldı.", "1250 people attended."),
    ("Nüfus 1.250.000 kişi.", "The population is 1,250,000."),
    ("Nüfus 1.250.000 kişi.", "The population is 1.25 million."),
    ("Bütçe 1.250,5 lira.", "The budget is 1,250.5 lira."),
    ("Oyların %40'ı geçerli.", "40% of the votes were valid."),
    ("Oyların %40'ı geçerli.", "40 percent of the votes were valid."),
    ("Oyların %40,5'i geçerli.", "40.5 per cent of the votes were valid."),
    ("Yardım 3,5 milyar dolar.", "The aid is 3.5 billion dollars."),
    ("Yardım 3,5 milyar dolar.", "The aid is $3.5bn."),
    ("Yardım 3,5 milyar dolar.", "The aid is $3,500,000,000."),
    ("Yardım 3 milyon dolar.", "The aid is three million dollars."),
    ("Yardım 2 milyon 500 bin dolar.", "The aid is 2.5 million dollars."),
    ("10 binden fazla kişi katıldı.", "More than 10,000 people attended."),
    ("5 bina yıkıldı.", "5 buildings were destroyed."),
    ("YARDIM 3,5 MİLYAR DOLAR", "AID OF 3.5 BILLION DOLLARS"),
    ("3 bakan görüştü.", "Three ministers met."),
    ("Madde 51. fıkrası", "The 51st paragraph"),
    ("51. madde uygulandı.", "Article 51 was applied."),
    ("2023'te imzalandı.", "It was signed in 2023."),
    ("1990'lı yıllarda başladı.", "It began in the 1990s."),
    ("Toplantı saat 14.30'da başladı.", "The meeting began at 2:30 pm."),
    ("Toplantı saat 14.30'da başladı.", "The meeting began at 14:30."),
    ("2. Ramses hata yaptı.", "Ramesses II made a mistake."),
    ("Bakanlar 3 kez, 3 gün boyunca görüştü.", "The ministers met 3 times over three days."),
])
def test_numbers_kept_in_english_form_pass(source: str, target: str) -> None:
    assert issues_of("numbers", source, target) == []


@pytest.mark.parametrize(("source", "target", "missing"), [
    ("Büyüme 3,5 oldu.", "Growth was 3.6.", ["3,5"]),
    ("1.250 kişi katıldı.", "1.25 people attended.", ["1.250"]),
    ("Nüfus 1.250.000 kişi.", "The population is 125,000.", ["1.250.000"]),
    ("Oyların %40'ı geçerli.", "Most of the votes were valid.", ["40"]),
    ("Yardım 3,5 milyar dolar.", "The aid is 3.5 million dollars.", ["3,5"]),
    ("Yardım 3 milyon dolar.", "The aid is 3 dollars.", ["3"]),
    ("51. madde uygulandı.", "The article was applied.", ["51"]),
    ("2023'te imzalandı.", "It was signed in 2022.", ["2023"]),
    ("12 bakan görüştü.", "Twelve ministers met.", ["12"]),  # words only up to ten
    ("Toplantı saat 14.30'da başladı.", "The meeting began at 3:30 pm.", ["14.30"]),
    ("5 ülke ve 7 kurum katıldı.", "5 countries took part.", ["7"]),
])
def test_numbers_missing_from_the_english(source: str, target: str, missing: list[str]) -> None:
    issues = issues_of("numbers", source, target)
    assert [issue.detail for issue in issues] == missing
    issue = issues[0]
    assert issue.severity == "error" and issue.message == "numbers"
    assert issue.side == "source"
    assert source[issue.start:issue.end] == missing[0]


@pytest.mark.parametrize(("source", "target", "number", "english"), [
    ("Büyüme 3,5 oldu.", "Growth was 3,5.", "3,5", "3.5"),
    ("1.250 kişi katıldı.", "1.250 people attended.", "1.250", "1,250"),
    ("Nüfus 1.250.000 kişi.", "The population is 1.250.000.", "1.250.000", "1,250,000"),
])
def test_a_number_left_in_turkish_form_says_the_english_form(
        source: str, target: str, number: str, english: str) -> None:
    [issue] = issues_of("numbers", source, target)
    assert (issue.message, issue.detail, issue.params) == (
        "numbers_format", number, {"number": number, "english": english})
    assert english in render_qa(issue)


def test_numbers_in_dates_footnotes_and_urls_are_not_numbers() -> None:
    source = ("13.12.2023 tarihinde açıklandı.[1] Bkz. https://example.org/2023/11/16/x "
              "ve info2@example.org")
    target = "It was announced on 13 December 2023. See the link."
    assert issues_of("numbers", source, target) == []


# --- dates ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "target"), [
    ("13.12.2023 tarihinde açıklandı.", "It was announced on 13 December 2023."),
    ("13.12.2023 tarihinde açıklandı.", "It was announced on December 13, 2023."),
    ("13.12.2023 tarihinde açıklandı.", "It was announced on 13.12.2023."),
    ("13.12.2023 tarihinde açıklandı.", "It was announced on 2023-12-13."),
    ("13.12.2023 tarihinde açıklandı.", "It was announced on 12/13/2023."),
    ("13 Aralık 2023'te açıklandı.", "It was announced on the 13th of December 2023."),
    ("13 Aralık 2023'te açıklandı.", "It was announced on Dec. 13 in 2023."),
    ("27 Kasım'da görüştüler.", "They spoke on Nov. 27."),
    ("27 Kasım'da görüştüler.", "They spoke on 27 November."),
    ("Ocak 2020'de katıldı.", "She joined in January 2020."),
    ("Kasım'da yapılacak görüşme iptal edildi.", "The meeting planned for November was cancelled."),
    ("Aralık ayında Bakü'ye gelecek.", "He will come to Baku in December."),
])
def test_dates_kept_in_some_english_form_pass(source: str, target: str) -> None:
    assert issues_of("dates", source, target) == []


@pytest.mark.parametrize(("source", "target", "detail", "english"), [
    ("13.12.2023 tarihinde açıklandı.", "It was announced on 12 December 2023.", "2023-12-13",
     "13 December 2023"),
    ("13 Aralık 2023'te açıklandı.", "It was announced on 13 December 2022.", "2023-12-13",
     "13 December 2023"),
    ("27 Kasım'da görüştüler.", "They spoke on 27 October.", "-11-27", "27 November"),
    ("27 Kasım'da görüştüler.", "They spoke last month.", "-11-27", "27 November"),
    ("Ocak 2020'de katıldı.", "She joined in 2020.", "2020-01", "January 2020"),
    ("Kasım'da yapılacak görüşme iptal edildi.", "The meeting was cancelled.", "-11",
     "November"),
])
def test_dates_missing_from_the_english(source: str, target: str, detail: str,
                                        english: str) -> None:
    [issue] = issues_of("dates", source, target)
    assert (issue.severity, issue.detail, issue.params["english"]) == ("error", detail, english)
    assert source[issue.start:issue.end] == issue.params["date"]


# --- footnotes ------------------------------------------------------------------------------------

def test_footnote_markers_kept_in_order_pass() -> None:
    assert issues_of("footnotes", "Gerilim arttı.[1] Sonra [2] düştü.",
                     "Tension rose.[1] Then [2] it fell.") == []
    assert issues_of("footnotes", "Gerilim arttı.", "Tension rose.") == []


def test_footnote_marker_missing_extra_and_out_of_order() -> None:
    [missing] = issues_of("footnotes", "Gerilim arttı.[1]", "Tension rose.")
    assert (missing.message, missing.detail, missing.params) == (
        "footnote_missing", "missing:1", {"marker": "[1]"})
    [extra] = issues_of("footnotes", "Gerilim arttı.", "Tension rose.[3]")
    assert (extra.message, extra.side, extra.start) == ("footnote_extra", "target", 13)
    assert details("footnotes", "Arttı.[1]", "Rose.[2]") == ["missing:1", "extra:2"]
    assert details("footnotes", "Arttı.[1]", "Rose.[1][1]") == ["extra:1"]
    [order] = issues_of("footnotes", "A [1] ve B [2].", "B [2] and A [1].")
    assert order.message == "footnote_order"
    assert order.params == {"source": "[1] [2]", "target": "[2] [1]"}


# --- end punctuation ------------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "target"), [
    ("Gerilim arttı.", "Tension rose."),
    ("Gerilim arttı mı?", "Did tension rise?"),
    ("Dikkat!", "Watch out!"),
    ("O'Brien şöyle dedi:", "O'Brien said:"),
    ("Ve sonra…", "And then..."),
    ("“Barış mümkün” dedi.[3]", "“Peace is possible,” he said.[3]"),
    ("Barış için “gerçek bir fırsat.”", "“A real opportunity for peace.”"),
    ("ABD-AZERBAYCAN İLİŞKİLERİ", "US-AZERBAIJAN RELATIONS"),
    ("(Bkz. ek.)", "(See the annex.)"),
])
def test_end_punctuation_matching_pass(source: str, target: str) -> None:
    assert issues_of("end_punctuation", source, target) == []


@pytest.mark.parametrize(("source", "target", "message", "detail"), [
    ("Gerilim arttı.", "Tension rose", "end_punctuation_missing", ".>"),
    ("Gerilim arttı mı?", "Did tension rise.", "end_punctuation_different", "?>."),
    ("ABD-AZERBAYCAN İLİŞKİLERİ", "US-Azerbaijan relations.", "end_punctuation_extra", ">."),
    ("Gerilim arttı.[1]", "Tension rose[1]", "end_punctuation_missing", ".>"),
])
def test_end_punctuation_mismatch(source: str, target: str, message: str, detail: str) -> None:
    [issue] = issues_of("end_punctuation", source, target)
    assert (issue.severity, issue.message, issue.detail) == ("warning", message, detail)


# --- untranslated and empty -----------------------------------------------------------------------

def test_untranslated_target_equal_to_source() -> None:
    [issue] = issues_of("untranslated", "Gerilim  arttı.", "gerilim arttı. ")
    assert (issue.severity, issue.detail) == ("warning", "same")
    [issue] = issues_of("untranslated", "İLİŞKİLER DÜZELDİ VE BÜYÜDÜ",
                        "ilişkiler düzeldi ve büyüdü")
    assert issue.check == "untranslated"


@pytest.mark.parametrize(("source", "target"), [
    ("Gerilim arttı.", "Tension rose."),
    ("Antony Blinken", "Antony Blinken"),  # a name: nothing to translate
    ("NATO", "NATO"),
    ("[4] https://twitter.com/StateEUR", "[4] https://twitter.com/StateEUR"),
])
def test_untranslated_quiet(source: str, target: str) -> None:
    assert issues_of("untranslated", source, target) == []


def test_empty_english_on_a_confirmed_sentence_is_an_error() -> None:
    for status in ("translated", "reviewed"):
        [issue] = check_sentence("Gerilim arttı.", "  ", status)
        assert (issue.check, issue.severity, issue.detail) == ("empty_confirmed", "error", status)
    for status in ("untranslated", "mt", "draft"):
        assert check_sentence("Gerilim arttı.", "", status) == []


def test_unrevised_targets_get_no_target_checks() -> None:
    bad = ("Büyüme 3,5 oldu.", "Growth was 4 ")
    assert check_sentence(*bad, "untranslated") == []
    assert check_sentence(*bad, "mt") == []
    assert {i.check for i in check_sentence(*bad, "mt", include_mt=True)} == {
        "numbers", "end_punctuation"}
    assert {i.check for i in check_sentence(*bad, "draft")} == {"numbers", "end_punctuation"}


# --- glossary terms -------------------------------------------------------------------------------

MINISTER = GlossaryTerm("Dışişleri Bakanı", ("Foreign Minister", "Minister of Foreign Affairs"),
                        ("Foreign Affairs Minister",), id=7)
MINISTRY = GlossaryTerm("Dışişleri Bakanlığı", ("Foreign Ministry",), ("External Ministry",),
                        id=8)
ACTOR = GlossaryTerm("Blinken", ("Blinken",), origin="actor", actor_id="USA-GOV-blinken")


@dataclass(frozen=True)
class Hit:
    """A hit shaped like term_match's: .term, .start, .end."""

    term: GlossaryTerm
    start: int
    end: int


def hit(term: GlossaryTerm, source: str) -> tuple[GlossaryTerm, int, int]:
    start = source.index(term.source)
    return (term, start, start + len(term.source))


def test_term_missing_fires_when_no_english_term_is_used() -> None:
    source = "ABD Dışişleri Bakanı Blinken aradı."
    hits = [hit(MINISTER, source), Hit(*hit(ACTOR, source))]
    assert details("term_missing", source, "US Secretary of State Blinken called.",
                   term_hits=hits) == ["g:7"]
    [issue] = issues_of("term_missing", source, "Secretary Blinken called.", term_hits=hits)
    assert (issue.severity, issue.detail, issue.side) == ("warning", "g:7", "source")
    assert issue.params == {"term": "Dışişleri Bakanı",
                            "english": "Foreign Minister, Minister of Foreign Affairs"}
    assert source[issue.start:issue.end] == "Dışişleri Bakanı"
    [actor] = issues_of("term_missing", source, "The Foreign Minister called.", term_hits=hits)
    assert actor.detail == "a:USA-GOV-blinken"


@pytest.mark.parametrize("target", [
    "US Foreign Minister Blinken called.",
    "The US minister of foreign affairs, Blinken, called.",
    "The foreign-minister called.",
    "Both Foreign Ministers called.",
    "The Foreign Minister’s call came.",
])
def test_term_missing_quiet_when_an_english_term_is_used(target: str) -> None:
    source = "ABD Dışişleri Bakanı aradı."
    assert issues_of("term_missing", source, target, term_hits=[hit(MINISTER, source)]) == []


def test_term_forbidden_variant_used() -> None:
    source = "ABD Dışişleri Bakanı aradı."
    [issue] = issues_of("term_forbidden", source, "The US Foreign Affairs Minister called.",
                        term_hits=[hit(MINISTER, source)])
    assert (issue.severity, issue.message, issue.detail) == (
        "error", "term_forbidden", "g:7|foreign affairs minister")
    assert issue.params["english"] == "Foreign Minister"
    assert issues_of("term_forbidden", source, "The US Foreign Minister called.",
                     term_hits=[hit(MINISTER, source)]) == []


def test_term_forbidden_inside_an_accepted_term_is_not_reported() -> None:
    term = GlossaryTerm("Bakan Yardımcısı", ("Deputy Foreign Minister",), ("Foreign Minister",),
                        id=9)
    source = "Bakan Yardımcısı geldi."
    assert issues_of("term_forbidden", source, "The Deputy Foreign Minister came.",
                     term_hits=[hit(term, source)]) == []


def test_term_checks_only_look_at_terms_found_in_the_turkish() -> None:
    source = "Dışişleri Bakanlığı açıkladı."
    target = "The External Ministry announced."
    assert issues_of("term_forbidden", source, target) == []
    assert details("term_forbidden", source, target,
                   term_hits=[hit(MINISTRY, source)]) == ["g:8|external ministry"]


def test_the_english_matcher_is_swappable() -> None:
    source = "ABD Dışişleri Bakanı aradı."
    calls: list[tuple[str, str]] = []

    def exact(text: str, phrase: str) -> bool:
        calls.append((text, phrase))
        return phrase in text

    assert details("term_missing", source, "The foreign minister called.",
                   term_hits=[hit(MINISTER, source)], matcher=exact) == ["g:7"]
    assert ("The foreign minister called.", "Foreign Minister") in calls
    assert english_has("The foreign minister called.", "Foreign Minister")
    assert english_has("Two Ministries", "Ministry")
    assert not english_has("Ministerial talks", "Minister")


# --- spaces, brackets, quotes ---------------------------------------------------------------------

def test_spaces() -> None:
    assert details("spaces", "Arttı, düştü.", "It rose  and fell .") == ["double", "before:."]
    [comma] = issues_of("spaces", "Arttı, düştü.", "It rose , and fell.")
    assert (comma.severity, comma.params, comma.start) == ("info", {"mark": ","}, 7)
    for target in ("It rose, and fell.", "It rose ... and fell.", "Add .5 more.",
                   "Ocak 2020 [ ] katıldı.", "She (left) early; why? (See [2].)"):
        assert issues_of("spaces", "Arttı.", target) == [], target


def test_brackets() -> None:
    [issue] = issues_of("brackets", "Üç ülke (ABD, AB) katıldı.",
                        "Three (the US, the EU took part.")
    assert (issue.severity, issue.detail, issue.start) == ("warning", "()", 6)
    assert details("brackets", "Kaynak [1] burada.", "The source 1] is here.") == ["[]"]
    assert issues_of("brackets", "Üç ülke (ABD, AB) katıldı.",
                     "Three countries (the US, the EU) took part.") == []
    # a bracket left open in the Turkish too (a list item "a)") is not the translator's doing
    assert issues_of("brackets", "a) ilk madde", "a) the first item") == []


def test_quotes() -> None:
    [issue] = issues_of("quotes", 'O "geldi" dedi.', "He said “he came.")
    assert (issue.severity, issue.detail) == ("warning", "“”")
    assert details("quotes", 'O "geldi" dedi.', 'He said "he came.') == ['"']
    assert details("quotes", "O ‘geldi’ dedi.", "He said ‘he came.") == ["‘’"]
    for target in ("He said “he came.”", "Turkey’s and the States’ policy", "It's Turkey's",
                   "He said ‘it’s over’."):
        assert issues_of("quotes", 'O "geldi" dedi.', target) == [], target
    # a quotation that runs over two sentences opens in one and closes in the next
    assert issues_of("quotes", '"Barış gelecek.', "“Peace will come.") == []


# --- document level: inconsistency, order, selection ----------------------------------------------

def rows_of(*pairs: tuple[str, str], status: str = "translated") -> list[QaRow]:
    return [QaRow(f"s{n}", n, source, target, status) for n, (source, target) in enumerate(pairs)]


def test_the_same_turkish_translated_two_ways_is_inconsistent() -> None:
    rows = rows_of(("Görüşme ertelendi.", "The meeting was postponed."),
                   ("Fiyatlar arttı.", "Prices rose."),
                   ("GÖRÜŞME  ertelendi.", "The talks were put off."),
                   ("Görüşme ertelendi.", "The meeting  was postponed."))
    found = check_document(rows, checks=["inconsistent"])
    assert [(row_id, issue.params["other"]) for row_id, issue in found] == [
        ("s0", "The talks were put off."),
        ("s2", "The meeting was postponed."),
        ("s3", "The talks were put off."),
    ]
    assert found[0][1].detail == found[2][1].detail  # same other translation, same fingerprint
    assert check_document(rows_of(*[(s, t) for s, t in [("A b c.", "X.")] * 2])) == []


def test_inconsistency_against_the_rest_of_the_project() -> None:
    rows = rows_of(("Görüşme ertelendi.", "The meeting was postponed."))
    others = [(source_key("Görüşme ertelendi."), "The talks were put off."),
              (source_key("Görüşme ertelendi."), "The talks were delayed."),
              (source_key("Görüşme ertelendi."), "The meeting was postponed."),
              (source_key("Başka bir cümle."), "Another sentence.")]
    [(row_id, issue)] = check_document(rows, others=others)
    assert (row_id, issue.message, issue.params["count"]) == ("s0", "inconsistent_many", "2")
    assert check_document(rows, others=others[2:]) == []


def test_unrevised_rows_do_not_count_for_inconsistency() -> None:
    rows = rows_of(("Görüşme ertelendi.", "The meeting was postponed."))
    rows.append(QaRow("mt", 9, "Görüşme ertelendi.", "The talks were put off.", "mt"))
    assert check_document(rows) == []


def test_check_document_orders_by_row_then_check_and_limits_checks() -> None:
    rows = [QaRow(2, 2, "Büyüme 3,5 oldu.", "Growth was 3.6", "reviewed"),
            QaRow(1, 1, "Arttı.", "", "translated"),
            QaRow(3, 3, "Arttı.", "It rose.", "reviewed")]
    assert [(row_id, issue.check) for row_id, issue in check_document(rows)] == [
        (1, "empty_confirmed"), (2, "numbers"), (2, "end_punctuation")]
    assert [(row_id, issue.check) for row_id, issue in check_document(
        rows, checks=["end_punctuation"])] == [(2, "end_punctuation")]
    with pytest.raises(ValueError, match="spelling"):
        check_sentence("a", "b", "draft", checks=["spelling"])


def test_detail_stays_while_the_same_problem_persists() -> None:
    source = "Büyüme 3,5 oldu, işsizlik 7 oldu."
    first = issues_of("numbers", source, "Growth was 3.6, unemployment 7.")
    edited = issues_of("numbers", source, "Growth came to 3.7 and unemployment to 7.")
    other = issues_of("numbers", source, "Growth was 3.5, unemployment 8.")
    assert [i.mark_key for i in first] == [i.mark_key for i in edited] == [("numbers", "3,5")]
    assert [i.mark_key for i in other] == [("numbers", "7")]


# --- the catalogue --------------------------------------------------------------------------------

def test_every_check_has_a_name_a_severity_and_every_message_renders() -> None:
    assert set(NAMES) == set(CHECKS)
    assert set(SEVERITY_NAMES) == set(SEVERITIES) >= set(CHECKS.values())
    assert list(CHECKS)[::len(CHECKS) - 1] == ["empty_confirmed", "spaces"]
    fields = re.compile(r"\{(\w+)\}")
    produced = [
        *check_sentence("Gerilim 3,5 arttı.[1] 13 Aralık 2023", "Tension rose 3,5 [2]", "draft"),
        *check_sentence("Gerilim arttı?", "Tension (rose  ,“", "draft"),
        *check_sentence("Gerilim arttı", "Gerilim arttı", "draft"),
        *check_sentence("A", "", "reviewed"),
        *issues_of("term_forbidden", "Dışişleri Bakanı", "Foreign Affairs Minister",
                   term_hits=[hit(MINISTER, "Dışişleri Bakanı")]),
        *issues_of("term_missing", "Dışişleri Bakanı", "x",
                   term_hits=[hit(MINISTER, "Dışişleri Bakanı")]),
        *[issue for _row, issue in check_document(rows_of(("Bir iki.", "One."),
                                                          ("Bir iki.", "Two.")))],
    ]
    assert {issue.check for issue in produced} == set(CHECKS)
    for issue in produced:
        assert issue.message in MESSAGES, issue.message
        assert set(fields.findall(MESSAGES[issue.message])) <= set(issue.params), issue
        text = render_qa(issue)
        assert "{" not in text, text
    numbers = next(issue for issue in produced if issue.check == "numbers")
    assert render_qa(numbers) == ("The number 3,5 is written the Turkish way in the English; in "
                                  "English it is 3.5.")
    turkish = {MESSAGES["numbers_format"]: "{number} Türkçe yazılmış; İngilizcesi {english}."}
    assert render_qa(numbers, turkish.__getitem__) == "3,5 Türkçe yazılmış; İngilizcesi 3.5."


def test_an_all_capital_english_term_is_a_name_not_a_word() -> None:
    from annotator.core.qa_terms import english_has, english_has_any

    assert english_has("The US said so.", "US")
    assert not english_has("He told us so.", "US")
    assert not english_has_any("He told us so.", ("United States", "US"))
    assert english_has_any("The U.S. said so.", ("United States", "U.S."))
