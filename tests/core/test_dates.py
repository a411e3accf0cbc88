"""Turkish date expressions: finding, parsing and anchoring them."""

from __future__ import annotations

from datetime import date

import pytest

from annotator.core.dates import (
    DateMention,
    anchor_mention,
    earliest_on_or_after,
    find_dates,
    parse_date,
    resolve_date,
)

ANCHOR = date(2023, 12, 13)


@pytest.mark.parametrize(("text", "expected"), [
    ("13 Aralık 2023", date(2023, 12, 13)),
    ("13 ARALIK 2023", date(2023, 12, 13)),
    ("13 aralık 2023'te", date(2023, 12, 13)),
    ("13. Aralık 2023 Çarşamba", date(2023, 12, 13)),
    ("13.12.2023", date(2023, 12, 13)),
    ("13/12/2023", date(2023, 12, 13)),
    ("2023-12-13", date(2023, 12, 13)),
    ("Aralık 13, 2023", date(2023, 12, 13)),
    ("Mayıs 19, 2026", date(2026, 5, 19)),
    ("16 November 2023", date(2023, 11, 16)),
    ("December 13th 2023", date(2023, 12, 13)),
    ("1 Şubat 2024", date(2024, 2, 1)),
    ("29 Ağustos 2021", date(2021, 8, 29)),
    ("5 Eylül 2022", date(2022, 9, 5)),
])
def test_parse_complete_dates(text: str, expected: date) -> None:
    assert parse_date(f"Toplantı {text} günü yapıldı.") == expected


@pytest.mark.parametrize("text", ["31 Şubat 2023", "32 Ocak 2023", "13.13.2023", "Kasım'da",
                                  "Aralık ayında", "Mart 2025", "Martin 5 kez", "No.2023 / 51"])
def test_not_complete_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("27 Kasım'da", date(2023, 11, 27)),
    ("27 Kasımda", date(2023, 11, 27)),
    ("6 Aralık'ta", date(2023, 12, 6)),
    ("13 Aralık'ta", date(2023, 12, 13)),  # the anchor day itself
    ("20 Aralık'ta", date(2022, 12, 20)),  # not after the anchor: last year
    ("Aralık 13", date(2023, 12, 13)),
    ("16 Kasım 2022'de", date(2022, 11, 16)),  # a stated year is kept
])
def test_resolve_with_anchor(text: str, expected: date) -> None:
    assert resolve_date(f"Bakan {text} açıklama yaptı.", ANCHOR) == expected


def test_resolve_without_anchor_needs_a_year() -> None:
    assert resolve_date("27 Kasım'da görüştüler.") is None
    assert resolve_date("27 Kasım 2023'te görüştüler.") == date(2023, 11, 27)
    assert resolve_date("Kasım ayında görüştüler.", ANCHOR) is None


def test_leap_day_goes_back_to_a_leap_year() -> None:
    assert resolve_date("29 Şubat'ta", date(2023, 12, 13)) == date(2020, 2, 29)
    assert resolve_date("29 Şubat'ta", date(2024, 3, 1)) == date(2024, 2, 29)


def test_find_dates_positions_and_parts() -> None:
    text = "Yorum No.2023 / 51. Aralık 13. Erişim Mayıs 19, 2026. Ocak 2020 [ ] katıldı."
    found = find_dates(text)
    assert [(m.text, m.year, m.month, m.day) for m in found] == [
        ("Aralık 13", None, 12, 13), ("Mayıs 19, 2026", 2026, 5, 19), ("Ocak 2020", 2020, 1, None)]
    for mention in found:
        assert text[mention.start:mention.end] == mention.text


def test_find_dates_in_upper_case_keeps_offsets() -> None:
    text = "İSTANBUL, 27 KASIM'DA İMZALANDI"
    (mention,) = find_dates(text)
    assert text[mention.start:mention.end] == "27 KASIM'DA"
    assert (mention.month, mention.day) == (11, 27)


def test_anchor_mention_and_earliest_on_or_after() -> None:
    mention = DateMention(0, 9, "Aralık 13", None, 12, 13)
    assert anchor_mention(mention, ANCHOR) == ANCHOR
    assert anchor_mention(mention, None) is None
    assert earliest_on_or_after(12, 13, date(2023, 11, 28)) == date(2023, 12, 13)
    assert earliest_on_or_after(11, 1, date(2023, 11, 28)) == date(2024, 11, 1)
