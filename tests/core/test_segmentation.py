"""Tests for the rule-based Turkish sentence splitter (annotator.core.segmentation)."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from annotator.core.segmentation import (
    TURKISH_ABBREVIATIONS,
    SentenceSplitter,
    split_sentences,
)

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_fbde54b755dce6f1.txt"


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def assert_invariants(text: str, spans: list[tuple[int, int]]) -> None:
    """Ordered, non-overlapping, stripped, non-empty; the gaps hold only whitespace."""
    prev_end = 0
    for start, end in spans:
        assert prev_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        assert text[prev_end:start].strip() == ""
        prev_end = end
    assert text[prev_end:].strip() == ""


GOLDEN = [
    # abbreviations (titles, ranks, address parts, references, companies; Turkish casing)
    ("titles", "Prof. Dr. Ahmet Yılmaz geldi. Doç. Dr. Ayşe Kaya da katıldı.",
     ["Prof. Dr. Ahmet Yılmaz geldi.", "Doç. Dr. Ayşe Kaya da katıldı."]),
    ("titles_uppercase", "DR. AHMET YILMAZ GELDİ. DOÇ. DR. AYŞE KAYA DA KATILDI.",
     ["DR. AHMET YILMAZ GELDİ.", "DOÇ. DR. AYŞE KAYA DA KATILDI."]),
    ("titles_glued", "Doç.Dr. Can Ak geldi. Toplantı başladı.",
     ["Doç.Dr. Can Ak geldi.", "Toplantı başladı."]),
    ("academic_ranks", "Yrd. Doç. Dr. Can Ak ile Öğr. Gör. Efe Su konuştu. Toplantı bitti.",
     ["Yrd. Doç. Dr. Can Ak ile Öğr. Gör. Efe Su konuştu.", "Toplantı bitti."]),
    ("military_ranks", "Tuğg. Ali Er ve Korg. Veli Can geldi. Alb. Hasan Yurt, Org. Ali Ak "
     "ve Bşk. Veli Sarı gelmedi.",
     ["Tuğg. Ali Er ve Korg. Veli Can geldi.",
      "Alb. Hasan Yurt, Org. Ali Ak ve Bşk. Veli Sarı gelmedi."]),
    ("address", "Av. Mehmet Demir, Atatürk Cad. No. 5 Kızılay Mah. Gül Apt. Md. Ali Bey "
     "ve Kavak Bul. Sonra döndü.",
     ["Av. Mehmet Demir, Atatürk Cad. No. 5 Kızılay Mah. Gül Apt. Md. Ali Bey ve Kavak Bul. "
      "Sonra döndü."]),
    ("address_seed", "Süleyman Nazif Sok. No: 12/B Daire 3-4 06550 Çankaya-ANKARA / TÜRKİYE",
     ["Süleyman Nazif Sok. No: 12/B Daire 3-4 06550 Çankaya-ANKARA / TÜRKİYE"]),
    ("capitalised_only", "Onu bul. Sonra gel.", ["Onu bul.", "Sonra gel."]),
    ("references", "Konu için bkz. Tablo 3 ve örn. Şekil 2. Ayrıca s. 45 ve c. 2 okunmalı.",
     ["Konu için bkz. Tablo 3 ve örn. Şekil 2.", "Ayrıca s. 45 ve c. 2 okunmalı."]),
    ("centuries_pages", "Eser 19. yy. Osmanlı dönemine ait, sy. 4 eksik. Yeni cümle.",
     ["Eser 19. yy. Osmanlı dönemine ait, sy. 4 eksik.", "Yeni cümle."]),
    ("vb_vs_continue", "Elma, armut vb. meyveler alındı. Sonra vs. şeyler yendi.",
     ["Elma, armut vb. meyveler alındı.", "Sonra vs. şeyler yendi."]),
    ("vb_may_end", "Elma, armut vb. Sonra eve dönüldü.",
     ["Elma, armut vb.", "Sonra eve dönüldü."]),
    ("tc_as", "T.C. Dışişleri Bakanlığı açıkladı. Koç Holding A.Ş. Yönetim Kurulu toplandı.",
     ["T.C. Dışişleri Bakanlığı açıkladı.", "Koç Holding A.Ş. Yönetim Kurulu toplandı."]),
    ("company", "ABC Ltd. Şti. ile XYZ Inc. Türkiye anlaştı. Süre 5 yıl.",
     ["ABC Ltd. Şti. ile XYZ Inc. Türkiye anlaştı.", "Süre 5 yıl."]),
    ("english", "Mr. Smith met St. John. Then he left.",
     ["Mr. Smith met St. John.", "Then he left."]),
    ("ing", "Terim İng. Governance karşılığıdır. ING. Banka ayrı.",
     ["Terim İng. Governance karşılığıdır.", "ING. Banka ayrı."]),
    # ordinals and numbers
    ("ordinal", "3. Bölüm burada başlıyor. Kitabın 12. Sayfası eksik.",
     ["3. Bölüm burada başlıyor.", "Kitabın 12. Sayfası eksik."]),
    ("ordinal_lowercase", "Anayasanın 109. maddesi değişti. Yeni madde geldi.",
     ["Anayasanın 109. maddesi değişti.", "Yeni madde geldi."]),
    ("year_ends", "Savaş 2023. Sonra barış geldi.", ["Savaş 2023.", "Sonra barış geldi."]),
    ("cardinal_label", "Ayrıntılar Ek 2. Diğer konular Aralık 13. Erişim yok.",
     ["Ayrıntılar Ek 2.", "Diğer konular Aralık 13.", "Erişim yok."]),
    ("number_then_starter", "Katılımcı sayısı 45. Bu rekor.",
     ["Katılımcı sayısı 45.", "Bu rekor."]),
    ("roman", "II. Dünya Savaşı 1945'te bitti. XIX. Yüzyıl farklıydı.",
     ["II. Dünya Savaşı 1945'te bitti.", "XIX. Yüzyıl farklıydı."]),
    ("dates_decimals", "Toplantı 13.12.2023 günü oldu. Oran 1.5 idi. Enflasyon %3.5 oldu.",
     ["Toplantı 13.12.2023 günü oldu.", "Oran 1.5 idi.", "Enflasyon %3.5 oldu."]),
    ("digit_starts", "Sayım bitti. 5 kişi geldi.", ["Sayım bitti.", "5 kişi geldi."]),
    ("ordinal_word", "Metin yirmi. yüzyıl olgularını anlatır. Sonra bitti.",
     ["Metin yirmi. yüzyıl olgularını anlatır.", "Sonra bitti."]),
    # initials
    ("initials", "James O'Brien ile J. O'Brien aynı. A. B. Smith de geldi.",
     ["James O'Brien ile J. O'Brien aynı.", "A. B. Smith de geldi."]),
    # ellipses
    ("ellipsis", "Bekledi... ve gitti. Bekledi... Sonra gitti.",
     ["Bekledi... ve gitti.", "Bekledi...", "Sonra gitti."]),
    ("ellipsis_char", "Bekledi… ve gitti. Bekledi… Sonra gitti.",
     ["Bekledi… ve gitti.", "Bekledi…", "Sonra gitti."]),
    # quotes and parentheses
    ("quote_then_lowercase", '"Gidiyorum." dedi. Sonra çıktı.',
     ['"Gidiyorum." dedi.', "Sonra çıktı."]),
    ("closing_quote_kept", 'Geldi." Sonra gitti.', ['Geldi."', "Sonra gitti."]),
    ("smart_quotes", "“Geldi.” Sonra “Gitti!” dedi.", ["“Geldi.”", "Sonra “Gitti!” dedi."]),
    ("parenthesis", "Bu konu tartışıldı (bkz. Ek 1.) Sonraki bölüm farklı.",
     ["Bu konu tartışıldı (bkz. Ek 1.)", "Sonraki bölüm farklı."]),
    ("paren_opens", "Geldi. (Geç kaldı.) Oturdu.", ["Geldi.", "(Geç kaldı.)", "Oturdu."]),
    ("bracketed_mark", "Sözde (!) Barış Planı açıklandı. Bu (?) Uzlaşma da öyle.",
     ["Sözde (!) Barış Planı açıklandı.", "Bu (?) Uzlaşma da öyle."]),
    ("spaced_quote_opens", 'Açıklama yaptı. " Buna rağmen geldik " dedi.',
     ["Açıklama yaptı.", '" Buna rağmen geldik " dedi.']),
    ("spaced_quote_closes", 'Olur mu? " diye sordu. Sonra gitti.',
     ['Olur mu? " diye sordu.', "Sonra gitti."]),
    # question and exclamation marks
    ("question_exclamation", "Neden? Bilmiyorum! Gerçekten mi?! Evet.",
     ["Neden?", "Bilmiyorum!", "Gerçekten mi?!", "Evet."]),
    ("question_lowercase", "Ne oldu? diye sordu. Cevap yoktu.",
     ["Ne oldu? diye sordu.", "Cevap yoktu."]),
    ("quoted_utterance", "O kim? Bir kadın, değil mi? diye sordu. Sustum.",
     ["O kim? Bir kadın, değil mi? diye sordu.", "Sustum."]),
    # footnote markers
    ("footnote_glued", "gerilimi artırmıştı.[1] ABD'li yetkililer geldi.",
     ["gerilimi artırmıştı.[1]", "ABD'li yetkililer geldi."]),
    ("footnote_spaced_paragraph_end", "ifade etmiştir. [4]\n\nDiğer taraftan geldi.",
     ["ifade etmiştir. [4]", "Diğer taraftan geldi."]),
    ("footnote_spaced_text_end", "ifade etmiştir. [4]", ["ifade etmiştir. [4]"]),
    ("footnote_spaced_uppercase", "ifade etmiştir. [4] Sonra gitti.",
     ["ifade etmiştir. [4]", "Sonra gitti."]),
    ("footnote_multiple", "artırmıştı.[1][2] Sonra bitti.", ["artırmıştı.[1][2]", "Sonra bitti."]),
    ("footnote_list_item", "Metin bitti.\n[1] Kaynak bir.\n[2] Kaynak iki.",
     ["Metin bitti.", "[1] Kaynak bir.", "[2] Kaynak iki."]),
    # URLs and e-mail addresses
    ("urls", "Bkz. avim.org.tr ve https://x.y/z.html adresleri. Ayrıca <https://a.b/c.d?e=f> var.",
     ["Bkz. avim.org.tr ve https://x.y/z.html adresleri.", "Ayrıca <https://a.b/c.d?e=f> var."]),
    ("url_then_period", "Kaynak https://x.y/z.html. Sonra bitti.",
     ["Kaynak https://x.y/z.html.", "Sonra bitti."]),
    ("email", "E-posta: info@avim.org.tr. Teşekkürler.",
     ["E-posta: info@avim.org.tr.", "Teşekkürler."]),
    ("url_with_terminators", "Bak www.x.com/a?! Yeni.", ["Bak www.x.com/a?!", "Yeni."]),
    # line structure
    ("blank_line", "Giriş\n\nMetin burada. İkinci cümle.",
     ["Giriş", "Metin burada.", "İkinci cümle."]),
    ("blank_line_mid_sentence", "destek verdiğini,\n\nbelirtmiştir.",
     ["destek verdiğini,", "belirtmiştir."]),
    ("heading_caps", "ABD-AZERBAYCAN İLİŞKİLERİNDE İYİLEŞME VE İŞBİRLİĞİ SİNYALLERİ\n"
     "Geçtiğimiz iki hafta içinde ABD ile Azerbaycan arasında gelişmeler oldu.",
     ["ABD-AZERBAYCAN İLİŞKİLERİNDE İYİLEŞME VE İŞBİRLİĞİ SİNYALLERİ",
      "Geçtiğimiz iki hafta içinde ABD ile Azerbaycan arasında gelişmeler oldu."]),
    ("heading_markdown", "## Giriş Bölümü\nMetin burada başlıyor.",
     ["## Giriş Bölümü", "Metin burada başlıyor."]),
    ("heading_short", "Yeni Dönem\nAnkara ile Bakü arasındaki ilişkiler gelişti ve güçlendi.",
     ["Yeni Dönem", "Ankara ile Bakü arasındaki ilişkiler gelişti ve güçlendi."]),
    ("label_colon", "Yazar Hakkında :\nGüngör mezun olmuştur.",
     ["Yazar Hakkında :", "Güngör mezun olmuştur."]),
    ("list_items", "Şunlar gerekli:\n- elma\n- armut\n1. madde\n2) madde\na) madde\n• madde",
     ["Şunlar gerekli:", "- elma", "- armut", "1. madde", "2) madde", "a) madde", "• madde"]),
    ("contact_block", "Tel: +90 312 438 50 23\nFax: +90 312 438 50 26",
     ["Tel: +90 312 438 50 23", "Fax: +90 312 438 50 26"]),
    ("hard_wrap_lowercase", "Bu uzun bir paragrafın ilk satırıdır ve satır sonunda\n"
     "kesilmiştir ama cümle devam etmektedir. Sonra bitti.",
     ["Bu uzun bir paragrafın ilk satırıdır ve satır sonunda\n"
      "kesilmiştir ama cümle devam etmektedir.", "Sonra bitti."]),
    ("hard_wrap_uppercase", "Öncesinde, ABD Dışişleri Bakanlığı Avrupa ve Avrasya Sorumlu\n"
     "Yardımcısı James O'Brien'in Senato Komisyonu'nda yaptığı konuşması\n"
     "gerilimi artırmıştı.",
     ["Öncesinde, ABD Dışişleri Bakanlığı Avrupa ve Avrasya Sorumlu\n"
      "Yardımcısı James O'Brien'in Senato Komisyonu'nda yaptığı konuşması\n"
      "gerilimi artırmıştı."]),
    # Turkish uppercase and lowercase sentence starts
    ("turkish_uppercase", "Çok iyi. Ğ harfi. İyi. Öyle. Şimdi. Ümit var.",
     ["Çok iyi.", "Ğ harfi.", "İyi.", "Öyle.", "Şimdi.", "Ümit var."]),
    ("lowercase_new_sentence", "Avukattı. bu yana çalışıyordu.",
     ["Avukattı.", "bu yana çalışıyordu."]),
    ("vowelless_abbreviation", "Yeni hst. binası açıldı. Sonra kapandı.",
     ["Yeni hst. binası açıldı.", "Sonra kapandı."]),
    ("quotative_continues", "Yeter artık. dedi annem. Sustuk.",
     ["Yeter artık. dedi annem.", "Sustuk."]),
    # the citation line of the seed file
    ("citation", 'GÜNGÖR, Gülperi. 2026. "ABD İLİŞKİLERİ." Merkezi (AVİM), Yorum No.2023 / 51. '
     "Aralık 13. Erişim Mayıs 19, 2026. <https://avim.org.tr/public/tr/Yorum/X-1>",
     ["GÜNGÖR, Gülperi.", "2026.", '"ABD İLİŞKİLERİ."',
      "Merkezi (AVİM), Yorum No.2023 / 51. Aralık 13.", "Erişim Mayıs 19, 2026.",
      "<https://avim.org.tr/public/tr/Yorum/X-1>"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in GOLDEN], ids=[c[0] for c in GOLDEN])
def test_golden(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_abbreviation_set_is_exported() -> None:
    assert isinstance(TURKISH_ABBREVIATIONS, frozenset)
    for abbr in ("Prof.", "Dr.", "Doç.", "Sok.", "vb.", "T.C.", "A.Ş.", "Ltd.", "Şti.", "Inc."):
        assert abbr in TURKISH_ABBREVIATIONS


def test_extra_abbreviations() -> None:
    text = "Bunu Cumh. Başkanı söyledi. Sonra gitti."
    assert len(SentenceSplitter().split(text)) == 3
    spans = SentenceSplitter(extra_abbreviations=["Cumh."]).split(text)
    assert [text[s:e] for s, e in spans] == ["Bunu Cumh. Başkanı söyledi.", "Sonra gitti."]


def test_offsets_point_into_text() -> None:
    text = "  Birinci cümle.   İkinci cümle!\n\n  Üçüncü  "
    assert split_sentences(text) == [(2, 16), (19, 32), (36, 42)]


def test_seed_file_segments() -> None:
    text = SEED.read_text(encoding="utf-8")
    got = sentences(text)
    assert_invariants(text, split_sentences(text))
    assert "Süleyman Nazif Sok. No: 12/B Daire 3-4 06550 Çankaya-ANKARA / TÜRKİYE" in got
    assert any(s.endswith("gerilimi artırmıştı.[1]") for s in got)
    assert any(s.endswith("ifade etmiştir. [4]") for s in got)
    assert "**E-Posta:** info@avim.org.tr" in got
    assert len(got) == 50


EDGE_CASES = [
    "",
    "   ",
    " \n\t \n ",
    "noktalama işareti olmayan bir metin",
    ".",
    "...",
    "?!",
    " . . . ",
    "[1]",
    "Bitti. [4]",
    "a.b.c. d.e.f.",
    '" " " .',
    "\u00a0Bitti.\u00a0\u2003Yeni.\u2028Son",
    "Satır\r\nSatır. İki\r\n\r\nÜç",
    "(!) (?) (...)",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_invariants_edge_cases(text: str) -> None:
    assert_invariants(text, split_sentences(text))


def test_empty_and_whitespace_give_no_spans() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []


def test_no_punctuation_is_one_sentence() -> None:
    text = "noktalama işareti olmayan bir metin"
    assert split_sentences(text) == [(0, len(text))]


def test_invariants_random_concatenations() -> None:
    pieces = SEED.read_text(encoding="utf-8").split() + [c[1] for c in GOLDEN] + [
        ".", "!", "?", "...", "…", "\n", "\n\n", "  ", '"', "'", "(", ")", "[1]", "- ", "1. ",
        "Dr.", "vb.", "3.", "2023.", "A.", "https://x.y/z.", "a@b.co.", "\t", "»", "“", "”",
    ]
    rng = random.Random(20261127)
    for _ in range(300):
        parts = rng.choices(pieces, k=rng.randint(1, 60))
        text = "".join(p + rng.choice(["", " ", "\n", " ", ""]) for p in parts)
        assert_invariants(text, split_sentences(text))


def test_one_megabyte_text_is_fast_and_valid() -> None:
    seed = SEED.read_text(encoding="utf-8")
    text = (seed * (1_000_000 // len(seed) + 1))[:1_000_000]
    started = time.perf_counter()
    spans = split_sentences(text)
    elapsed = time.perf_counter() - started
    assert_invariants(text, spans)
    assert len(spans) > 5000
    assert elapsed < 2.0  # the budget is >= 2 MB/s; typical runs are well above 10 MB/s


def test_one_megabyte_without_whitespace_or_punctuation() -> None:
    text = "a" * 500_000 + "." * 1000 + "b" * 500_000
    spans = split_sentences(text)
    assert spans == [(0, len(text))]
