"""Rule families added for prose nobody tuned to (issue 12), on made-up sentences."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from annotator.core.actor_matching import NameMatcher
from annotator.core.models import Side
from annotator.core.suggest import suggest_events

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "actors"


def types(text: str, side: Side) -> dict[str, tuple[str, ...]]:
    return {c.type: c.modes for c in suggest_events(text, side)}


@pytest.mark.parametrize(("text", "side", "type_", "modes"), [
    # a diplomatic protest is ACCUSE, a street protest PROTEST
    ("Dışişleri Bakanlığı büyükelçiye protesto notası verdi.", Side.TR, "ACCUSE", ("disapprove",)),
    ("Hollanda büyükelçisi Dışişleri Bakanlığına çağrıldı.", Side.TR, "ACCUSE", ("disapprove",)),
    ("The ministry lodged a formal protest with Athens.", Side.EN, "ACCUSE", ("disapprove",)),
    ("Ankara summoned the Greek ambassador.", Side.EN, "ACCUSE", ("disapprove",)),
    ("Binlerce kişi zamları protesto etmek için sokaklara döküldü.", Side.TR, "PROTEST",
     ("demo",)),
    ("Thousands took to the streets of the capital.", Side.EN, "PROTEST", ("demo",)),
    # cutting trade, recalling an ambassador, leaving a pact: SANCTION
    ("Hükümet tahıl ithalatını yasakladı.", Side.TR, "SANCTION", ()),
    ("Büyükelçisini istişareler için geri çağırdı.", Side.TR, "SANCTION", ("withdraw",)),
    ("Ülke nükleer anlaşmadan çekildi.", Side.TR, "SANCTION", ("withdraw",)),
    ("The government banned all grain imports.", Side.EN, "SANCTION", ()),
    ("They pulled out of the arms control treaty.", Side.EN, "SANCTION", ("withdraw",)),
    # signing a cooperation deal and building together: COOPERATE
    ("İki ülke işbirliği anlaşması imzaladı.", Side.TR, "COOPERATE", ()),
    ("Limanı birlikte inşa edecekler.", Side.TR, "COOPERATE", ()),
    ("The two firms signed a trade agreement.", Side.EN, "COOPERATE", ()),
    ("They will jointly build the pipeline.", Side.EN, "COOPERATE", ()),
    # aid, giving back land, pardons
    ("Bölgeye insani yardım konvoyu ulaştı.", Side.TR, "AID", ()),
    ("An aid convoy reached the town.", Side.EN, "AID", ()),
    ("Ada, antlaşmayla komşu ülkeye devredildi.", Side.TR, "RETREAT", ("return",)),
    ("The province was ceded to its neighbour.", Side.EN, "RETREAT", ("return",)),
    ("Birlikler kasabadan çekildi.", Side.TR, "RETREAT", ("withdraw",)),
    ("Cumhurbaşkanı mahkûmları affetti.", Side.TR, "CONCEDE", ()),
    ("The governor pardoned two activists.", Side.EN, "CONCEDE", ()),
    # dispersing crowds: COERCE
    ("Polis göstericileri biber gazıyla dağıttı.", Side.TR, "COERCE", ()),
    ("Police dispersed the crowd with tear gas.", Side.EN, "COERCE", ()),
    # accusations, investigations, mockery, petitions
    ("Muhalefet kararı esefle karşıladı.", Side.TR, "ACCUSE", ("disapprove",)),
    ("Savcılık belediye başkanını soruşturuyor.", Side.TR, "ACCUSE", ("investigate",)),
    ("He was charged with fraud.", Side.EN, "ACCUSE", ("allege",)),
    ("Köylüler valiye dilekçe sundu.", Side.TR, "REQUEST", ()),
    ("Residents petitioned the council.", Side.EN, "REQUEST", ()),
    # assault: arson, stabbing, conquest
    ("Kimliği belirsiz kişiler parti binasını ateşe verdi.", Side.TR, "ASSAULT", ("destroy",)),
    ("Someone set fire to the party office.", Side.EN, "ASSAULT", ("destroy",)),
    ("Ordu kaleyi fethetti.", Side.TR, "ASSAULT", ()),
    ("The army conquered the fortress.", Side.EN, "ASSAULT", ()),
    # not being present, meeting up
    ("Bakan törene katılmama kararı aldı.", Side.TR, "REJECT", ("meet",)),
    ("The senator was unwilling to attend the hearing.", Side.EN, "REJECT", ("meet",)),
    ("İki lider Cenevre'de buluştu.", Side.TR, "CONSULT", ()),
])
def test_rule_families(text: str, side: Side, type_: str, modes: tuple[str, ...]) -> None:
    found = types(text, side)
    assert type_ in found, found
    assert found[type_] == modes


@pytest.mark.parametrize(("text", "side"), [
    ("Bakan, ekonominin büyüdüğü konusunda uyarıda bulundu.", Side.TR),
    ("The minister warned that prices would rise.", Side.EN),
])
def test_a_bare_warning_is_accuse_not_threaten(text: str, side: Side) -> None:
    found = types(text, side)
    assert "THREATEN" not in found
    assert found.get("ACCUSE") == ("disapprove",)


@pytest.mark.parametrize("text", [
    "Buluşma yeri otelin lobisiydi.",  # the noun, not the verb
    "Açıkçası seçim, hükümetin istediği en son şey.",  # what someone wants is no demand
    "Fransızca ve Almanca biliyor.",
])
def test_words_that_are_no_events(text: str) -> None:
    assert not {"CONSULT", "REQUEST"} & set(types(text, Side.TR))


def _registry(side: str) -> NameMatcher:
    names = []
    for file in ("country_aliases.toml", "organisations.toml"):
        with (RESOURCES / file).open("rb") as handle:
            for key, entry in tomllib.load(handle).items():
                names += [(key, alias) for alias in entry.get(side, [])]
    return NameMatcher(names)


@pytest.mark.parametrize(("text", "side", "expected"), [
    ("Alman hükümeti ve Fransız Dışişleri, Moskova'nın tutumunu eleştirdi.", "tr",
     [("DEU", "Alman"), ("FRA", "Fransız"), ("RUS", "Moskova")]),
    ("Azerbaycanlı yetkililer Bakü'de Ankara ile görüştü; Brüksel sessiz kaldı.", "tr",
     [("AZE", "Azerbaycanlı"), ("AZE", "Bakü"), ("TUR", "Ankara"), ("IGO-EU", "Brüksel")]),
    ("Yunanlılar ve Ermeniler, Tahran'ın açıklamasını bekliyor.", "tr",
     [("GRC", "Yunan"), ("ARM", "Ermeni"), ("IRN", "Tahran")]),
    ("German and Russian envoys met in Brussels; Washington and Beijing agreed.", "en",
     [("DEU", "German"), ("RUS", "Russian"), ("IGO-EU", "Brussels"), ("USA", "Washington"),
      ("CHN", "Beijing")]),
])
def test_demonyms_and_capitals_name_countries(text: str, side: str,
                                               expected: list[tuple[str, str]]) -> None:
    found = [(m.key, text[m.start:m.end]) for m in _registry(side).find(text)]
    assert found == expected


def test_language_names_are_not_demonyms() -> None:
    assert _registry("tr").find("Almanca, Fransızca, Rusça ve Türkçe konuşuyor.") == []
