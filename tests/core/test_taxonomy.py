"""Taxonomies: the bundled PLOVER and CAMEO files, broken files, and the event rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.annotations import Event
from annotator.core.taxonomy import Quad, Taxonomy, TaxonomyError, parse_cameo, parse_taxonomy
from annotator.storage.taxonomy import bundled_taxonomy, load_taxonomy

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE",
                "COERCE", "ASSAULT")
# PLOVER 0.8 gives these types no modes ("Supplementary fields: None").
WITHOUT_MODES = {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID"}
# The manual's "PLOVER scores" table (REQUEST has DEMAND's score).
SCORES = {"ASSAULT": -9.3, "COERCE": -7.2, "PROTEST": -6.6, "MOBILIZE": -5.3, "SANCTION": -5.2,
          "THREATEN": -5.1, "REQUEST": -5.0, "REJECT": -4.2, "ACCUSE": -2.0, "CONSULT": 2.1,
          "AGREE": 4.2, "SUPPORT": 4.6, "CONCEDE": 5.0, "COOPERATE": 6.8, "AID": 7.4,
          "RETREAT": 7.6}

MINIMAL = """\
[taxonomy]
name = "Mini"

[event_types.CONSULT]
label = "Consult"
quad = "verbal-cooperation"
modes = ["phone", "visit"]

[event_types.AID]
label = "Aid"
quad = "material-cooperation"
recipient_required = true

[contexts]
diplomatic = "diplomacy"

[aux_modes]
future = "announced"
"""


@pytest.fixture(scope="module")
def plover() -> Taxonomy:
    return load_taxonomy()


def event(**fields: object) -> Event:
    values: dict[str, object] = {"id": "e1", "sentence_id": 1, "type": "CONSULT",
                                 "actors": ("USA",)}
    values.update(fields)
    return Event(**values)  # type: ignore[arg-type]


def error_of(text: str, source: str = "mine.toml") -> str:
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(text, source)
    return str(caught.value)


# -- the bundled files ---------------------------------------------------------------------------

def test_bundled_plover_has_the_sixteen_types_in_order(plover: Taxonomy) -> None:
    assert plover.name == "PLOVER"
    assert plover.type_codes() == PLOVER_TYPES
    for event_type in plover.event_types:
        assert event_type.label and event_type.label_tr and event_type.description
        assert event_type.score == SCORES[event_type.code]


def test_modes_follow_the_manual(plover: Taxonomy) -> None:
    for code in PLOVER_TYPES:
        assert bool(plover.modes_for(code)) is (code not in WITHOUT_MODES), code
    assert set(plover.modes_for("CONSULT")) == {"phone", "visit", "host", "third-party",
                                                "multilateral"}
    assert {"discontinue", "withdraw"} <= set(plover.modes_for("SANCTION"))
    assert {"meet", "assist"} <= set(plover.modes_for("REQUEST"))
    assert plover.modes_for("NOPE") == ()


def test_recipient_rule_and_quads(plover: Taxonomy) -> None:
    assert {t.code for t in plover.event_types if t.recipient_required} == {
        "COOPERATE", "AID", "SANCTION"}
    quads = {t.code: t.quad for t in plover.event_types}
    assert quads["CONSULT"] is Quad.VERBAL_COOPERATION and Quad.VERBAL_COOPERATION.code == 1
    assert quads["AID"] is Quad.MATERIAL_COOPERATION
    assert quads["REQUEST"] is Quad.VERBAL_CONFLICT
    assert quads["ASSAULT"] is Quad.MATERIAL_CONFLICT and Quad.MATERIAL_CONFLICT.code == 4


def test_contexts_aux_modes_and_codes(plover: Taxonomy) -> None:
    assert plover.aux_codes() == ("negation", "hypothetical", "future", "historical")
    assert {"political", "military", "economic", "diplomatic"} <= set(plover.context_codes())
    assert {"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB"} <= set(plover.sector_codes())
    assert set(plover.actor_codes) == {"IGO", "NGO", "ISM", "IMG", "MNC"}


def test_cameo_crosswalk(plover: Taxonomy) -> None:
    top = {code: entry for code, entry in plover.cameo.items() if len(code) == 2}
    assert sorted(top) == [f"{n:02d}" for n in range(1, 21)]
    assert top["01"].label == "MAKE PUBLIC STATEMENT" and top["01"].plover is None
    assert top["20"].label == "USE UNCONVENTIONAL MASS VIOLENCE"
    expected = {"036": "AGREE", "040": "CONSULT", "042": "CONSULT", "043": "CONSULT",
                "0311": "AGREE", "057": "SUPPORT", "112": "ACCUSE", "10": "REQUEST",
                "0841": "RETREAT", "082": "CONCEDE"}
    for code, plover_type in expected.items():
        assert plover.type_for_cameo(code) == plover_type, code
    assert all(plover.type_for_cameo(f"16{n}") == "SANCTION" for n in range(0, 7))
    assert plover.cameo["042"].mode == "visit" and plover.cameo["043"].mode == "host"
    assert plover.cameo["0311"].contexts == ("economic",)
    assert plover.cameo["1622"].mode == "discontinue"
    assert plover.type_for_cameo("0211") is None  # APPEAL: dropped by PLOVER
    assert plover.cameo_code("1019") == plover.cameo["101"]  # nearest listed parent
    assert plover.type_for_cameo("x") is None


def test_bundled_taxonomy_is_read_once() -> None:
    assert bundled_taxonomy() is bundled_taxonomy()


def test_a_project_loads_its_own_file_with_its_cameo_table(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(MINIMAL.replace('name = "Mini"', 'name = "Mini"\ncameo = "codes.toml"'),
                    encoding="utf-8-sig")  # a BOM is fine
    (tmp_path / "codes.toml").write_text(
        '[codes]\n"041" = { label = "Discuss by telephone", plover = "CONSULT", mode = "phone" }\n',
        encoding="utf-8")
    taxonomy = load_taxonomy(path)
    assert taxonomy.name == "Mini" and taxonomy.type_codes() == ("CONSULT", "AID")
    assert taxonomy.type_for_cameo("041") == "CONSULT"
    assert taxonomy.event_type("AID").label_tr == "Aid"  # type: ignore[union-attr]


# -- broken files --------------------------------------------------------------------------------

def test_toml_syntax_error_names_file_and_line() -> None:
    message = error_of(MINIMAL.replace('label = "Aid"', 'label = "Aid'))
    assert message.startswith("mine.toml: line 10, column ")
    assert "TOML syntax error" in message


def test_duplicate_type_is_refused_with_its_line() -> None:
    message = error_of(MINIMAL + '\n[event_types.CONSULT]\nlabel = "Again"\n')
    assert message.startswith("mine.toml: line 20, column ")
    assert "CONSULT" in message


@pytest.mark.parametrize(("change", "expected"), [
    (('modes = ["phone", "visit"]', 'modes = ["phone", "visit", 3]'),
     "mine.toml: event_types.CONSULT.modes[2]: must be a string"),
    (('modes = ["phone", "visit"]', 'modes = ["phone", "phone"]'),
     "event_types.CONSULT.modes[1]: 'phone' is listed twice"),
    (('modes = ["phone", "visit"]', 'modes = "phone"'),
     "event_types.CONSULT.modes: must be a list of strings"),
    (('label = "Consult"\n', 'label = "Consult"\ncolour = "red"\n'),
     "event_types.CONSULT.colour: unknown key"),
    (('label = "Aid"\nquad = "material-cooperation"\n', 'label = "Aid"\n'),
     "event_types.AID: missing required key 'quad'"),
    (('quad = "verbal-cooperation"', 'quad = "friendly"'),
     "event_types.CONSULT.quad: 'friendly' is not one of: verbal-cooperation"),
    (("recipient_required = true", "recipient_required = 1"),
     "event_types.AID.recipient_required: must be true or false"),
    (("recipient_required = true", "score = 12"),
     "event_types.AID.score: must be a number from -10 to 10"),
    (("recipient_required = true", "score = true"),
     "event_types.AID.score: must be a number from -10 to 10"),
    (("[event_types.AID]", "[event_types.aid]"),
     "event_types.aid: 'aid' is not a valid name (event type codes are capitals"),
    (('future = "announced"', 'diplomatic = "again"'),
     "aux_modes.diplomatic: is also a context"),
    (("[contexts]", "[context]"), "context: unknown key (expected one of: actor_codes"),
    (('diplomatic = "diplomacy"', "diplomatic = 1"),
     "contexts.diplomatic: must be a string (its description)"),
])
def test_semantic_errors_name_the_key_path(change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in MINIMAL
    assert expected in error_of(MINIMAL.replace(old, new))


def test_a_file_without_event_types_is_refused() -> None:
    assert error_of('[taxonomy]\nname = "x"\n') == (
        "mine.toml: (top level): missing required key 'event_types'")
    assert "event_types: must define at least one event type" in error_of("[event_types]\n")


@pytest.mark.parametrize(("line", "expected"), [
    ('"036" = { label = "Intent to meet", plover = "AGRE" }',
     'codes."036".plover: unknown event type \'AGRE\' (not in Mini: CONSULT, AID)'),
    ('"043" = { label = "Host", plover = "CONSULT", mode = "hosting" }',
     "codes.\"043\".mode: 'hosting' is not a mode of CONSULT"),
    ('"043" = { label = "Host", mode = "visit" }',
     "codes.\"043\".mode: a mode needs a 'plover' event type"),
    ('"071" = { label = "Economic aid", plover = "AID", contexts = ["economy"] }',
     "codes.\"071\".contexts[0]: unknown context 'economy'"),
    ('"36x" = { label = "Bad" }', "codes.36x: '36x' is not a valid name (CAMEO codes"),
    ('"036" = { plover = "CONSULT" }', "codes.\"036\": missing required key 'label'"),
])
def test_cameo_errors_name_the_key_path(line: str, expected: str) -> None:
    taxonomy = parse_taxonomy(MINIMAL, "mine.toml")
    with pytest.raises(TaxonomyError) as caught:
        parse_cameo(f"[codes]\n{line}\n", "codes.toml", taxonomy)
    assert expected in str(caught.value)
    assert str(caught.value).startswith("codes.toml: codes.")


def test_loader_refuses_missing_binary_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="file not found"):
        load_taxonomy(tmp_path / "absent.toml")
    with pytest.raises(TaxonomyError, match="is a folder"):
        load_taxonomy(tmp_path)
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(TaxonomyError, match=r"binary\.toml: is a binary file"):
        load_taxonomy(binary)
    latin = tmp_path / "latin.toml"
    latin.write_bytes(MINIMAL.replace('"Aid"', '"Yardım"').encode("latin-1", "replace")
                      .replace(b"?", b"\xfd"))
    with pytest.raises(TaxonomyError, match=r"latin.toml: line 10: is not UTF-8 text"):
        load_taxonomy(latin)


def test_loader_reports_a_missing_cameo_table(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(MINIMAL.replace('name = "Mini"', 'name = "Mini"\ncameo = "gone.toml"'),
                    encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"mine.toml: taxonomy.cameo: the CAMEO table"):
        load_taxonomy(path)


# -- event rules ---------------------------------------------------------------------------------

def test_a_good_event_has_no_warnings(plover: Taxonomy) -> None:
    assert plover.check_event(event(modes=("phone",), contexts=("diplomatic",),
                                     recipients=("AZE",))) == []
    assert plover.check_event(event(type="SANCTION", modes=("discontinue",),
                                     contexts=("military",), recipients=("AZE",))) == []


@pytest.mark.parametrize(("fields", "kind", "words"), [
    ({"type": ""}, "no-type", "No event type chosen."),
    ({"type": "MEET"}, "unknown-type", "Unknown event type 'MEET' (not in PLOVER)."),
    ({"type": "consult"}, "unknown-type", "Did you mean CONSULT?"),
    ({"modes": ("discontinue",)}, "mode", "'discontinue' is not a mode of CONSULT (valid: "),
    ({"type": "AGREE", "modes": ("phone",)}, "mode", "AGREE has no modes"),
    ({"contexts": ("diplomacy",)}, "unknown-context", "Unknown context 'diplomacy'."),
    ({"contexts": ("future",)}, "unknown-context", "it is an auxiliary mode"),
    ({"aux": ("past",)}, "unknown-aux", "Unknown auxiliary mode 'past' (valid: negation"),
    ({"type": "SANCTION", "modes": ("withdraw",)}, "no-recipient", "SANCTION needs a recipient"),
    ({"type": "AID"}, "no-recipient", "AID needs a recipient"),
    ({"actors": ()}, "no-actor", "No actor: who did it?"),
    ({"recipients": ("USA",)}, "actor-is-recipient", "'USA' is both an actor and a recipient."),
    ({"actors": ("USA", "USA")}, "duplicate", "'USA' is listed twice as actor."),
    ({"confidence": 1.5}, "confidence", "Confidence 1.5 is not between 0 and 1."),
])
def test_check_event_warnings(plover: Taxonomy, fields: dict[str, object], kind: str,
                              words: str) -> None:
    issues = plover.event_issues(event(**fields))
    assert [issue.kind for issue in issues] == [kind]
    assert words in plover.check_event(event(**fields))[0]


def test_recipient_optional_types_need_none(plover: Taxonomy) -> None:
    for code in PLOVER_TYPES:
        warnings = plover.check_event(event(type=code))
        assert bool(warnings) is (code in {"COOPERATE", "AID", "SANCTION"}), code
