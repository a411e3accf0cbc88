"""Event date normalisation: the table of Turkish and English expressions, anchored on the
publication date (2023-12-13 for the sample commentary) and on the previous event's date."""

from __future__ import annotations

from datetime import date

import pytest

from annotator.core.dates import find_month_mentions, find_year_mentions, infer_year
from annotator.core.event_dates import EventDate, event_date

ANCHOR = date(2023, 12, 13)  # the sample's publication date ("Yorum No.2023 / 51. Aralık 13.")
PREVIOUS = date(2023, 11, 27)  # the phone call the "ertesi gün" sentence follows

# (sentence, expected ISO date, expected text, precision); sentences from seeds/000_*.txt first.
CASES = [
    ("İlk olarak 27 Kasım'da ABD Dışişleri Bakanı Antony Blinken, Azerbaycan Devlet Başkanı "
     "Aliyev ile telefonda görüşerek ilişkileri normalleştirmek adına bir adım atmıştır.",
     "2023-11-27", "27 Kasım'da", "day"),
    ("Öncesinde, ABD Dışişleri Bakanlığı Avrupa ve Avrasya İşlerinden Sorumlu Yardımcısı James "
     "O'Brien'in Senato Dış İlişkiler Komisyonu'nda Azerbaycan'ı eleştiren bir konuşması ve 16 "
     "Kasım'da ABD Senatosu'nun Azerbaycan'a askeri yardımın kesilmesi yönünde aldığı karar, ABD "
     "ile Azerbaycan arasındaki gerilimi artırmıştı.", "2023-11-16", "16 Kasım'da", "day"),
    ("ABD'li yetkililerin Azerbaycan'la üst düzey ikili temasları ertelemesi ve ikili ilişkilerin "
     "eskisi gibi olamayacağı yönündeki sözleri üzerine Azerbaycan, ABD'nin tavrı sebebiyle "
     "Kasım'da yapılması planlanan üçlü dış işleri bakanları görüşmesine katılmama kararı almış, "
     "ilişkileri askıya almıştı.", "2023-11", "Kasım'da", "month"),
    ("Görüşmede Blinken, Dışişleri Bakan Yardımcısı O'Brien'in Aralık ayında Bakü'ye gelmesine "
     "izin verilmesi için müsaade istemiştir.", "2023-12", "Aralık ayında", "month"),
    ("Ertesi gün 28 Kasım'da O'Brien yapmış olduğu açıklamalarla beklenen olumlu yaklaşımı "
     "göstermiş, Ermenistan ve Azerbaycan arasında barış için gerçek bir fırsat olduğunu "
     "belirterek, bölgenin barış durumundan faydalanabileceğini ifade etmiştir.",
     "2023-11-28", "28 Kasım'da", "day"),
    ("6 Aralık'ta James O'Brien, Azerbaycan'ı ziyaret ederek Azerbaycan Devlet Başkanı İlham "
     "Aliyev tarafından kabul edilmiş, Dışişleri Bakanı Ceyhun Bayramov ile görüşmüştür.",
     "2023-12-06", "6 Aralık'ta", "day"),
    ("Diğer taraftan Ermenistan Güvenlik Konseyi Sekreteri Armen Grigoryan, 5 Aralık'ta "
     "Washington'da temaslarda bulunmuştur.", "2023-12-05", "5 Aralık'ta", "day"),
    ("Gülperi Güngör, 2015 yılında Ankara Üniversitesi Siyasal Bilgiler Fakültesi Uluslararası "
     "İlişkiler bölümünden mezun olmuştur.", "2015", "2015 yılında", "year"),
    ("Ocak 2020 [ ] katılmıştır.", "2020-01", "Ocak 2020", "month"),
    ("Mart 2025 sonrasında doktora çalışmasını yürütmek üzere Sheffield Üniversitesi'nde bulunan "
     "Güngör, AVİM'de Gayrimükim Uzman olarak görev yapmaya başlamıştır.",
     "2025-03", "Mart 2025", "month"),
    ("Avrasya İncelemeleri Merkezi (AVİM), Yorum No.2023 / 51. Aralık 13.",
     "2023-12-13", "Aralık 13", "day"),
    ("Public Radio of Armenia, 16 November 2023", "2023-11-16", "16 November 2023", "day"),
    # Relative to the publication date.
    ("Dün Aliyev ile görüştü.", "2023-12-12", "Dün", "day"),
    ("Bakan bugün açıklama yaptı.", "2023-12-13", "bugün", "day"),
    ("Önceki gün Bakü'deydi.", "2023-12-11", "Önceki gün", "day"),
    ("Üç gün önce imzalandı.", "2023-12-10", "Üç gün önce", "day"),
    ("Geçen hafta Washington'daydı.", "2023-W49", "Geçen hafta", "week"),
    ("Geçtiğimiz ay toplantı iptal edildi.", "2023-11", "Geçtiğimiz ay", "month"),
    ("Geçen yıl anlaşma imzalanmıştı.", "2022", "Geçen yıl", "year"),
    ("Yesterday the minister met Aliyev.", "2023-12-12", "Yesterday", "day"),
    ("The talks were held last week.", "2023-W49", "last week", "week"),
    # Relative to the previous event.
    ("Ertesi gün O'Brien açıklama yaptı.", "2023-11-28", "Ertesi gün", "day"),
    ("O'Brien made a statement the next day.", "2023-11-28", "the next day", "day"),
    ("İki gün sonra Bakü'ye gitti.", "2023-11-29", "İki gün sonra", "day"),
    # Stated dates in other forms.
    ("Toplantı 13.12.2023 tarihinde yapıldı.", "2023-12-13", "13.12.2023", "day"),
    ("Anlaşma 13 Aralık 2023'te imzalandı.", "2023-12-13", "13 Aralık 2023'te", "day"),
    ("Seçimler 2023 yılında yapıldı.", "2023", "2023 yılında", "year"),
    ("Blinken called Aliyev on November 27.", "2023-11-27", "November 27", "day"),
    ("The visit took place on 27 November 2023.", "2023-11-27", "27 November 2023", "day"),
    ("The trilateral meeting was planned for November.", "2023-11", "November", "month"),
    ("Bayramov visited Washington in 2023.", "2023", "2023", "year"),
    ("Zirve Ocak'ta yapılmıştı.", "2023-01", "Ocak'ta", "month"),  # past: same year
    ("Görüşmeler Ekimde başladı.", "2023-10", "Ekimde", "month"),
    ("20 Aralık'ta Bakü'ye gidecek.", "2023-12-20", "20 Aralık'ta", "day"),  # within a month: ahead
]


@pytest.mark.parametrize(("sentence", "iso", "text", "precision"), CASES)
def test_event_date_table(sentence: str, iso: str, text: str, precision: str) -> None:
    found = event_date(sentence, ANCHOR, PREVIOUS)
    assert found == EventDate(iso, text, sentence.index(text), sentence.index(text) + len(text),
                              precision)


@pytest.mark.parametrize("sentence", [
    "Ancak Blinken, Aliyev'le yaptığı telefon görüşmesinde durumu düzeltme çabası göstermiştir.",
    "Geçtiğimiz iki hafta içerisinde bazı önemli gelişmeler gerçekleşmiştir.",  # a period
    "Bu gelişme sonrasında ilişkilerde bir yumuşama beklenmiştir.",
    "Dünya barışı için önemli bir adım.",  # "dün" inside "dünya"
    "Kasım Bey açıklama yaptı.",  # a name, not the month
    "Zaman aralığı kısaldı.",  # "aralık" is an interval
    "May God help us.",
    "Tel: +90 (312) 438 50 23-24",
    "© 2009-2025 Avrasya İncelemeleri Merkezi (AVİM)",
])
def test_sentences_without_a_date(sentence: str) -> None:
    assert event_date(sentence, ANCHOR, PREVIOUS) is None


def test_explicit_date_wins_over_ertesi_gun() -> None:
    found = event_date("Ertesi gün 28 Kasım'da açıklama yaptı.", ANCHOR, date(2023, 11, 20))
    assert found is not None and (found.date, found.text) == ("2023-11-28", "28 Kasım'da")


def test_finest_precision_wins_then_first() -> None:
    sentence = "Kasım'da planlanan görüşme 16 Kasım'da ve 20 Kasım'da ertelendi."
    found = event_date(sentence, ANCHOR)
    assert found is not None and (found.date, found.text) == ("2023-11-16", "16 Kasım'da")


def test_missing_anchor_or_previous_leaves_the_date_empty() -> None:
    assert event_date("Ertesi gün açıklama yaptı.", ANCHOR) == EventDate(
        None, "Ertesi gün", 0, 10, "day")
    assert event_date("27 Kasım'da görüştüler.", None) == EventDate(
        None, "27 Kasım'da", 0, 11, "day")
    assert event_date("Dün görüştüler.", None, PREVIOUS) == EventDate(None, "Dün", 0, 3, "day")


def test_previous_date_gives_the_year_without_an_anchor() -> None:
    found = event_date("Ertesi gün 28 Kasım'da açıklama yaptı.", None, PREVIOUS)
    assert found is not None and found.date == "2023-11-28"


def test_a_stated_year_wins_over_the_anchor() -> None:
    found = event_date("16 Kasım 2022'de karar alındı.", ANCHOR)
    assert found is not None and found.date == "2022-11-16"


@pytest.mark.parametrize(("month", "day", "anchor", "year"), [
    (11, 27, date(2023, 12, 13), 2023),  # the past, same year
    (12, 20, date(2023, 12, 13), 2023),  # a week ahead: planned, same year
    (1, 10, date(2024, 1, 5), 2024),
    (2, 1, date(2024, 1, 5), 2024),  # 27 days ahead: still this year
    (12, 28, date(2024, 1, 5), 2023),  # almost a year ahead: last December
    (12, None, date(2024, 1, 5), 2023),
    (1, None, date(2023, 12, 13), 2023),  # "Ocak'ta" written in December: last January
    (2, 29, date(2023, 12, 13), 2020),  # back to a leap year
])
def test_infer_year(month: int, day: int | None, anchor: date, year: int) -> None:
    assert infer_year(month, day, anchor) == year


def test_event_date_crosses_the_new_year() -> None:
    found = event_date("Aralık ayında görüştüler.", date(2024, 1, 5))
    assert found is not None and found.date == "2023-12"
    found = event_date("28 Aralık'ta görüştüler.", date(2024, 1, 5))
    assert found is not None and found.date == "2023-12-28"


def test_find_month_mentions_skips_full_dates_and_keeps_offsets() -> None:
    text = "27 Kasım'da ve Aralık ayında; KASIM'DA da, in late November 2023 or in May, may be."
    found = find_month_mentions(text)
    assert [(m.text, m.month) for m in found] == [("Aralık ayında", 12), ("KASIM'DA", 11),
                                                  ("May", 5)]
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
        assert mention.day is None and mention.year is None


def test_find_year_mentions() -> None:
    text = ("2015 yılında mezun oldu, 2020'de döndü, in 2021 left; Ocak 2022; No.2023 / 51; "
            "2009-2025")
    assert [(m.text, m.year) for m in find_year_mentions(text)] == [
        ("2015 yılında", 2015), ("2020'de", 2020), ("2021", 2021)]


# -- the date nearest the trigger (issue 12) -------------------------------------------------------

def _near(sentence: str, trigger_words: str) -> str | None:
    start = sentence.index(trigger_words)
    found = event_date(sentence, date(2023, 12, 13), trigger=(start, start + len(trigger_words)))
    return found.text if found else None


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # two events, two dates: each takes its own
    ("Bakan 5 Aralık'ta Bakü'yü ziyaret etti ve 8 Aralık'ta Erivan'a geçti.", "ziyaret etti",
     "5 Aralık'ta"),
    ("Bakan 5 Aralık'ta Bakü'yü ziyaret etti ve 8 Aralık'ta Erivan'a geçti.", "geçti",
     "8 Aralık'ta"),
    # a date in a relative clause dates that clause, not the main verb
    ("5 Aralık'ta Ermenistan, Senato'nun 16 Kasım'da aldığı kararı kınadı.", "kınadı",
     "5 Aralık'ta"),
    ("5 Aralık'ta Ermenistan, Senato'nun 16 Kasım'da aldığı kararı kınadı.", "aldığı",
     "16 Kasım'da"),
    # a date after the trigger past "ve" belongs to the next clause: no date
    ("Bakan'ın bakanlığı eleştiren konuşması ve 16 Kasım'da Senato'nun aldığı karar gerilimi "
     "artırdı.", "eleştiren", None),
    ("Senato'nun kararı yardımın kesilmesi oldu.", "kesilmesi", None),
    # a noun trigger before its own date (no clause break between)
    ("Saldırı 16 Kasım'da gerçekleşti.", "Saldırı", "16 Kasım'da"),
    # English: the relative clause after a comma dates itself
    ("On December 5, Armenia condemned the decision, which the Senate took on November 16.",
     "condemned", "December 5"),
    ("On December 5, Armenia condemned the decision, which the Senate took on November 16.",
     "took", "November 16"),
    # expressions standing together are one phrase, read as before
    ("Bakan ertesi gün 28 Kasım'da Bakü'ye gitti.", "gitti", "28 Kasım'da"),
])
def test_the_date_nearest_the_trigger(sentence: str, trigger: str, expected: str | None) -> None:
    assert _near(sentence, trigger) == expected


def test_without_a_trigger_the_sentence_rule_stays() -> None:
    sentence = "Bakan 5 Aralık'ta Bakü'yü ziyaret etti ve 8 Aralık'ta Erivan'a geçti."
    found = event_date(sentence, date(2023, 12, 13))
    assert found is not None and found.text == "5 Aralık'ta"


def test_a_trigger_outside_the_sentence_is_an_error() -> None:
    with pytest.raises(ValueError):
        event_date("Dün görüştüler.", date(2023, 12, 13), trigger=(5, 99))
