"""Glossary files: TBX, CSV and TSV round trips, translate-toolkit both ways, OmegaT and memoQ
shaped fixtures, and one clear error (nothing returned) for each kind of bad input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import tbx

from annotator.core.glossary import GlossaryTerm
from annotator.exchange.errors import ExportOptionsError, ImportFileError
from annotator.exchange.glossary_csv import read_glossary_csv, split_terms
from annotator.exchange.glossary_entries import SkippedEntry
from annotator.exchange.glossary_files import read_glossary, write_glossary
from annotator.exchange.glossary_tbx import language_side, read_tbx, write_tbx
from annotator.messages import FALLBACK, template_for

DATA = Path(__file__).resolve().parent.parent / "data" / "glossary"

TERMS = [
    GlossaryTerm("Dışişleri Bakanı", ("Foreign Minister", "Minister of Foreign Affairs"),
                 ("Foreign Affairs Minister",), 'Turkey\'s minister; <not> the "Secretary" & co.'),
    GlossaryTerm("ateşkes", ("ceasefire",)),
    GlossaryTerm("İçişleri Bakanlığı", ("Ministry of Interior", "Interior Ministry; Turkey")),
    GlossaryTerm("yasaklı", (), ("banned one",), "only a forbidden rendering"),
    GlossaryTerm("Kasım", ("November",), note="two\nlines"),
]


def refused(kind: str, call: object, *args: object, **kwargs: object) -> ImportFileError:
    """Call and expect one ImportFileError of ``kind`` whose message is a real template."""
    assert callable(call)
    with pytest.raises(ImportFileError) as caught:
        call(*args, **kwargs)
    error = caught.value
    assert error.kind == kind, repr(error)
    assert template_for(error) != FALLBACK, kind
    assert str(error).startswith(str(error.path)), str(error)
    return error


def files(folder: Path) -> list[str]:
    """What a test wrote into ``folder`` (the autouse fixture's ``home`` aside)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "home")


def entries(path: Path) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return [(t.source, t.targets, t.forbidden, t.note) for t in read_glossary(path).terms]


# -- TBX --------------------------------------------------------------------------------------

def test_tbx_round_trip_gives_the_same_terms(tmp_path: Path) -> None:
    path = tmp_path / "glossary.tbx"
    assert write_tbx(path, TERMS) == len(TERMS)
    assert files(tmp_path) == ["glossary.tbx"]  # no .part left behind
    text = path.read_text(encoding="utf-8")
    assert '<martif type="TBX-Basic" xml:lang="en">' in text
    assert "deprecatedTerm-admn-sts" in text and "&lt;not&gt;" in text
    report = read_tbx(path)
    assert report.terms == TERMS and report.skipped == 0 and report.merged == 0


def test_an_actor_term_with_turkish_variants_gives_a_term_per_form(tmp_path: Path) -> None:
    actor = GlossaryTerm("Amerika Birleşik Devletleri", ("United States", "US"), origin="actor",
                         actor_id="USA", source_variants=("ABD",))
    path = tmp_path / "actors.tbx"
    write_glossary(path, [actor])
    assert entries(path) == [("Amerika Birleşik Devletleri", ("United States", "US"), (), ""),
                             ("ABD", ("United States", "US"), (), "")]


def test_our_tbx_is_read_by_translate_toolkit(tmp_path: Path) -> None:
    path = tmp_path / "glossary.tbx"
    write_tbx(path, TERMS)
    with path.open("rb") as handle:
        store = tbx.tbxfile(handle, sourcelanguage="tr", targetlanguage="en")
    units = [unit for unit in store.units if unit.get_source_terms()]
    assert len(units) == len(TERMS)
    for unit, term in zip(units, TERMS, strict=True):
        assert [t.text for t in unit.get_source_terms()] == [term.source]
        targets = unit.get_target_terms()
        assert [t.text for t in targets if not t.deprecated] == list(term.targets)
        assert [t.text for t in targets if t.deprecated] == list(term.forbidden)
        assert unit.getnotes() == term.note


def test_a_tbx_written_by_translate_toolkit_is_read(tmp_path: Path) -> None:
    store = tbx.tbxfile(sourcelanguage="tr", targetlanguage="en")
    minister = store.addsourceunit("Dışişleri Bakanı")
    minister.set_target_terms(["Foreign Minister", "Foreign Affairs Minister"], "en")
    minister.addnote("Turkey's minister")
    # Mark the second English term deprecated, as TBX-Basic does.
    tig = minister.get_target_dom("en").findall(minister.namespaced("tig"))[1]
    status = etree.SubElement(tig, minister.namespaced("termNote"), type="administrativeStatus")
    status.text = "deprecatedTerm-admn-sts"
    store.addsourceunit("ateşkes").set_target_terms(["ceasefire", "truce"], "en")
    path = tmp_path / "tt.tbx"
    path.write_bytes(bytes(store))
    assert b"<!DOCTYPE martif" in path.read_bytes()  # its DTD is named, and never read
    assert entries(path) == [
        ("Dışişleri Bakanı", ("Foreign Minister",), ("Foreign Affairs Minister",),
         "Turkey's minister"),
        ("ateşkes", ("ceasefire", "truce"), (), ""),
    ]


def test_an_omegat_style_tbx_is_read_and_lopsided_entries_are_skipped() -> None:
    report = read_glossary(DATA / "omegat.tbx")
    assert report.format == "tbx"
    assert [(t.source, t.targets, t.note) for t in report.terms] == [
        ("Dışişleri Bakanı", ("Foreign Minister",),
         "Use for Turkey's minister; the US one is Secretary of State."),
        ("ateşkes", ("ceasefire", "truce"), ""),
    ]
    assert report.skipped_entries == [SkippedEntry(35, "no_english", "müzakere"),
                                      SkippedEntry(40, "no_turkish", "sanctions")]


def test_a_memoq_style_tbx_gives_statuses_synonyms_and_merges_one_turkish_term() -> None:
    report = read_glossary(DATA / "memoq.tbx")
    assert entries(DATA / "memoq.tbx") == [
        ("Dışişleri Bakanı",
         ("Foreign Minister", "Minister of Foreign Affairs", "Foreign Secretary"),
         ("Foreign Affairs Minister",),
         "The head of a country's foreign ministry.\n"
         "Same Turkish term as _1, written in capitals: merged into it."),
        ("Avrupa Birliği", ("European Union", "EU"), (), ""),
        ("AB", ("European Union", "EU"), (), ""),
    ]
    assert report.merged == 1 and report.skipped == 0


def test_a_tbx_v3_file_is_read() -> None:
    assert entries(DATA / "v3.tbx") == [
        ("büyükelçi", ("ambassador",), ("embassador",), "A diplomat of the highest rank.")]


@pytest.mark.parametrize(("code", "side"), [("tr", "tr"), ("tr-TR", "tr"), ("TR_tr", "tr"),
                                            ("tur", "tr"), ("en", "en"), ("en-US", "en"),
                                            ("EN-gb", "en"), ("eng", "en"), ("de", None),
                                            ("", None), ("ent", None)])
def test_language_codes_match_on_their_primary_subtag(code: str, side: str | None) -> None:
    assert language_side(code) == side


def tbx_file(tmp_path: Path, body: str, name: str = "bad.tbx", head: str = "") -> Path:
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0"?>\n{head}<martif type="TBX"><text><body>{body}'
                    "</body></text></martif>\n", encoding="utf-8")
    return path


def entry(tr: str = "ateşkes", en: str = "ceasefire", lang_tr: str = "tr",
          lang_en: str = "en") -> str:
    return (f'<termEntry><langSet xml:lang="{lang_tr}"><tig><term>{tr}</term></tig></langSet>'
            f'<langSet xml:lang="{lang_en}"><tig><term>{en}</term></tig></langSet></termEntry>')


def test_a_file_that_is_not_xml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.tbx"
    path.write_text("Dışişleri Bakanı = Foreign Minister\n", encoding="utf-8")
    error = refused("xml_malformed", read_glossary, path)
    assert error.line == 1


def test_xml_that_is_not_tbx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "memory.tbx"
    path.write_text('<?xml version="1.0"?><tmx version="1.4"><body/></tmx>', encoding="utf-8")
    assert refused("glossary_not_tbx", read_glossary, path).params["element"] == "tmx"


@pytest.mark.parametrize(("body", "missing"), [
    (entry(lang_tr="az") + entry(lang_tr="tk"), "tr"),
    (entry(lang_en="de", en="Waffenstillstand"), "en"),
])
def test_a_termbase_without_turkish_or_english_is_refused(tmp_path: Path, body: str,
                                                          missing: str) -> None:
    error = refused("glossary_no_language", read_tbx, tbx_file(tmp_path, body))
    assert error.params["language"] == missing
    assert missing not in error.params["found"].split(", ")


def test_languages_only_in_separate_entries_give_no_terms(tmp_path: Path) -> None:
    body = (entry(lang_en="de") + entry(lang_tr="de"))
    error = refused("glossary_no_terms", read_tbx, tbx_file(tmp_path, body))
    assert error.params["skipped"] == 2


def test_an_empty_termbase_and_an_empty_file_are_refused(tmp_path: Path) -> None:
    refused("glossary_no_entries", read_tbx, tbx_file(tmp_path, ""))
    empty = tmp_path / "empty.tbx"
    empty.touch()
    refused("empty_file", read_glossary, empty)


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    laughs = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    head = f'<!DOCTYPE martif [<!ENTITY lol0 "lol">{laughs}]>\n'
    path = tbx_file(tmp_path, entry(tr="&lol9;"), head=head)
    refused("xml_entities", read_tbx, path)


def test_external_entities_are_refused_and_nothing_is_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret", encoding="utf-8")
    head = f'<!DOCTYPE martif [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n'
    refused("xml_entities", read_tbx, tbx_file(tmp_path, entry(tr="&x;"), head=head))
    head = f'<!DOCTYPE martif [<!ENTITY % p SYSTEM "{secret.as_uri()}"> %p;]>\n'
    refused("xml_entities", read_tbx, tbx_file(tmp_path, entry(), head=head))


def test_an_entity_an_unread_dtd_would_define_is_refused(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY x "from the DTD">', encoding="utf-8")
    head = f'<!DOCTYPE martif SYSTEM "{dtd.as_uri()}">\n'
    refused("xml_entities", read_tbx, tbx_file(tmp_path, entry(tr="a&x;"), head=head))
    # The same DOCTYPE without the entity is accepted: the DTD is named, never read.
    assert [t.source for t in read_tbx(tbx_file(tmp_path, entry(), head=head)).terms] == [
        "ateşkes"]


def test_a_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    sparse = tmp_path / "huge.tbx"
    with sparse.open("wb") as handle:
        handle.truncate(51_000_000)  # sparse: no disk used, and never read
    assert refused("glossary_too_large", read_glossary, sparse).params["megabytes"] == 50
    small = tbx_file(tmp_path, entry() * 20)
    refused("glossary_too_large", read_tbx, small, max_bytes=500)
    assert len(read_tbx(small).terms) == 1 and read_tbx(small).merged == 19


def test_missing_files_folders_and_fifos_are_refused(tmp_path: Path) -> None:
    refused("no_such_file", read_glossary, tmp_path / "missing.tbx")
    refused("glossary_not_plain_file", read_glossary, tmp_path)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    os.mkfifo(fifo.with_suffix(".dat"))  # no extension to go by: not sniffed either
    refused("glossary_not_plain_file", read_glossary, fifo)  # would block if it were opened
    refused("glossary_not_plain_file", read_glossary, fifo.with_suffix(".dat"))


# -- CSV and TSV ------------------------------------------------------------------------------

def test_csv_round_trip_gives_the_same_terms(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    assert write_glossary(path, TERMS) == len(TERMS)
    data = path.read_bytes()
    assert data.startswith("\ufefftr,en,forbidden,note\r\n".encode())
    assert "Ministry of Interior|Interior Ministry; Turkey" in data.decode("utf-8-sig")
    report = read_glossary(path)
    assert report.format == "csv" and report.terms == TERMS and report.skipped == 0


def test_tsv_round_trip_is_omegat_shaped(tmp_path: Path) -> None:
    path = tmp_path / "glossary.txt"
    write_glossary(path, TERMS[:2])
    assert path.read_text(encoding="utf-8").splitlines() == [
        "# Annotator glossary: Turkish\tEnglish\tnote\tforbidden",
        "Dışişleri Bakanı\tForeign Minister\tTurkey's minister; <not> the \"Secretary\" & co."
        "\tForeign Affairs Minister",
        "Dışişleri Bakanı\tMinister of Foreign Affairs",
        "ateşkes\tceasefire",
    ]
    report = read_glossary(path)
    assert report.format == "tsv" and report.terms == TERMS[:2] and report.merged == 1


def test_an_omegat_glossary_is_read() -> None:
    report = read_glossary(DATA / "omegat.txt")
    assert entries(DATA / "omegat.txt") == [
        ("Dışişleri Bakanı", ("Foreign Minister",), (), "not Foreign Affairs Minister"),
        ("ateşkes", ("ceasefire", "truce"), (), "less formal"),
        ("büyükelçi", ("ambassador", "envoy"), (), ""),
    ]
    assert report.skipped_entries == [SkippedEntry(8, "no_english", "müzakere")]


def test_a_memoq_csv_export_is_read() -> None:
    report = read_glossary(DATA / "memoq.csv")
    assert entries(DATA / "memoq.csv") == [
        ("Dışişleri Bakanı", ("Foreign Minister", "Minister of Foreign Affairs"),
         ("Foreign Affairs Minister",),
         "diplomacy\nBakanlığın başı\nThe minister for foreign affairs, UK: Foreign Secretary"),
        ("ateşkes", ("ceasefire",), (), ""),
    ]
    assert report.ignored_columns == ("Entry_ID", "Term_Info")
    assert report.skipped_entries == [SkippedEntry(4, "no_turkish", "sanctions")]


TURKISH_CSV = ("Türkçe;İngilizce;Yasaklı;Açıklama\n"
               "Dışişleri Bakanı;Foreign Minister;Foreign Affairs Minister;ağır iş\n"
               "Güneydoğu Asya;\"Southeast Asia|South-East Asia\";;\n"
               "İŞİD;ISIS;;örgüt\n")
EXPECTED = [("Dışişleri Bakanı", ("Foreign Minister",), ("Foreign Affairs Minister",),
             "ağır iş"),
            ("Güneydoğu Asya", ("Southeast Asia", "South-East Asia"), (), ""),
            ("İŞİD", ("ISIS",), (), "örgüt")]


@pytest.mark.parametrize(("encoding", "prefix", "expected"), [
    ("cp1254", b"", "iso-8859-9"),  # no byte 0x80-0x9F: the two read the same
    ("utf-8", b"\xef\xbb\xbf", "utf-8"),
    ("utf-8", b"", "utf-8"),
    ("utf-16-le", b"\xff\xfe", "utf-16-le"),  # Excel's "Unicode text"
    ("utf-16-be", b"\xfe\xff", "utf-16-be"),
    ("utf-16-le", b"", "utf-16-le"),
])
def test_encodings_are_told_apart(tmp_path: Path, encoding: str, prefix: bytes,
                                  expected: str) -> None:
    path = tmp_path / "sözlük.csv"
    path.write_bytes(prefix + TURKISH_CSV.encode(encoding))
    report = read_glossary_csv(path)
    assert report.encoding == expected
    assert [(t.source, t.targets, t.forbidden, t.note) for t in report.terms] == EXPECTED


@pytest.mark.parametrize("delimiter", ["\t", ";", ","])
def test_delimiters_are_detected(tmp_path: Path, delimiter: str) -> None:
    rows = [["tr", "en", "note"], ["büyükelçi", "ambassador;envoy", "a, b; c"],
            ["ateşkes", "ceasefire", ""]]
    path = tmp_path / "terms.csv"
    path.write_text("".join(delimiter.join(f'"{c}"' if delimiter in c else c for c in row)
                            + "\n" for row in rows), encoding="utf-8")
    assert entries(path) == [("büyükelçi", ("ambassador", "envoy"), (), "a, b; c"),
                             ("ateşkes", ("ceasefire",), (), "")]


def test_an_excel_sep_line_names_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_text("sep=;\nTurkish;English\nbüyükelçi;ambassador, envoy\n", encoding="utf-8")
    assert entries(path) == [("büyükelçi", ("ambassador, envoy",), (), "")]


@pytest.mark.parametrize("text", ["id,name,country\n1,Blinken,USA\n",
                                  "tr,note\nbüyükelçi,an ambassador\n",
                                  "büyükelçi,ambassador\n",
                                  "only one column\nand another line\n"])
def test_a_csv_without_turkish_and_english_columns_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "columns.csv"
    path.write_text(text, encoding="utf-8")
    refused("glossary_csv_columns", read_glossary, path)


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    refused("glossary_binary", read_glossary, path)
    unknown = tmp_path / "image.dat"  # no extension to go by: sniffed, then refused
    unknown.write_bytes(path.read_bytes())
    refused("glossary_binary", read_glossary, unknown)


def test_mostly_utf8_with_a_stray_byte_is_refused_not_read_as_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("tr,en\nDışişleri Bakanı,Foreign Minister\nçağrı,call\n".encode()
                     + "ağ,network\n".encode("cp1254"))
    error = refused("glossary_mixed_encoding", read_glossary, path)
    assert (error.params["utf8_line"], error.params["other_line"]) == (2, 4)
    stray = tmp_path / "stray.csv"  # one line, UTF-8 but for one byte
    stray.write_bytes(b"tr,en\n" + "Dışişleri Bakanı,Foreign Minister ".encode()
                      + b"\xff\n")
    error = refused("glossary_bad_encoding", read_glossary, stray)
    assert (error.line, error.params["byte"]) == (2, "ff")


def test_empty_and_comment_only_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("# nothing but a comment\n\n", encoding="utf-8")
    refused("empty_file", read_glossary, path)
    path.write_text("tr,en\n", encoding="utf-8")
    refused("glossary_no_terms", read_glossary, path)


def test_malformed_csv_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("tr,en\nateşkes,ceasefire\nbüyükelçi,\"ambassador\nmüzakere,talks\n"
                    "yaptırım,sanctions\n", encoding="utf-8")
    error = refused("glossary_csv_open_quote", read_glossary, path)
    assert (error.line, error.params["end"]) == (3, 5)
    path.write_text("tr,en\nateşkes," + "x" * 200_000 + "\n", encoding="utf-8")
    assert refused("glossary_csv_malformed", read_glossary, path).line == 2


def test_overlong_terms_are_skipped_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(f"tr,en\nateşkes,ceasefire\nuzun,{'word ' * 100}\n", encoding="utf-8")
    report = read_glossary(path)
    assert [t.source for t in report.terms] == ["ateşkes"]
    assert [(s.line, s.reason) for s in report.skipped_entries] == [(3, "too_long")]


def test_cells_split_at_bars_or_else_semicolons() -> None:
    assert split_terms("a; b;c") == ["a", " b", "c"]
    assert split_terms("a; b|c") == ["a; b", "c"]
    assert split_terms(" ") == []


def test_an_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    tbx_copy = tmp_path / "glossary.dat"
    tbx_copy.write_bytes((DATA / "v3.tbx").read_bytes())
    assert read_glossary(tbx_copy).format == "tbx"
    csv_copy = tmp_path / "glossary.export"
    csv_copy.write_bytes((DATA / "memoq.csv").read_bytes())
    assert read_glossary(csv_copy).format == "csv"


def test_writing_to_an_unknown_extension_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportOptionsError) as caught:
        write_glossary(tmp_path / "glossary.xlsx", TERMS)
    assert caught.value.kind == "glossary_export_format"
    assert template_for(caught.value) != FALLBACK
    assert files(tmp_path) == []
