"""Taxonomies: the bundled PLOVER and CAMEO files, broken files, and the event rules."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from annotator.core.annotations import Event
from annotator.core.taxonomy import Quad, Taxonomy, TaxonomyError, parse_cameo, parse_taxonomy
from annotator.errors import AnnotatorError
from annotator.messages import templates
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


def checked(error: TaxonomyError, source: str) -> TaxonomyError:
    """The rules every taxonomy error follows; returns it for more checks."""
    assert isinstance(error, AnnotatorError) and error.domain == "taxonomy"
    assert error.key in templates(), f"no template for {error.key}"
    assert error.params["source"] == source
    assert source in str(error)  # it names the file (by its name or its path)
    assert "{" not in str(error)  # every field of the template was filled
    assert error.__cause__ is None and error.__suppress_context__ in (True, False)
    return error


def error_of(text: str, source: str = "mine.toml") -> TaxonomyError:
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(text, source)
    return checked(caught.value, source)


def load_error(path: Path) -> TaxonomyError:
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(path)
    return checked(caught.value, path.name)


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
    error = error_of(MINIMAL.replace('label = "Aid"', 'label = "Aid'))
    assert error.kind == "toml_syntax_at"
    assert (error.params["line"], error.params["column"]) == (10, 13)
    assert str(error) == ("mine.toml: line 10, column 13: TOML syntax error: "
                          f"{error.params['detail']}.")
    assert "(at line" not in error.params["detail"]  # the position is not repeated


def test_toml_syntax_error_at_the_end_has_no_line() -> None:
    error = error_of('[taxonomy]\nname = "Mini')
    assert error.kind == "toml_syntax" and "line" not in error.params
    assert str(error).startswith("mine.toml: TOML syntax error: ")


def test_duplicate_type_is_refused_with_its_line() -> None:
    error = error_of(MINIMAL + '\n[event_types.CONSULT]\nlabel = "Again"\n')
    assert error.kind == "toml_syntax_at" and error.params["line"] == 20
    assert str(error).startswith("mine.toml: line 20, column ")
    assert "CONSULT" in str(error)


@pytest.mark.parametrize(("change", "kind", "params", "expected"), [
    (('modes = ["phone", "visit"]', 'modes = ["phone", "visit", 3]'),
     "not_string", {"key": "event_types.CONSULT.modes[2]"},
     "mine.toml: event_types.CONSULT.modes[2] must be a string."),
    (('modes = ["phone", "visit"]', 'modes = ["phone", "phone"]'),
     "listed_twice", {"key": "event_types.CONSULT.modes[1]", "value": "phone"},
     "mine.toml: event_types.CONSULT.modes[1]: “phone” is listed twice."),
    (('modes = ["phone", "visit"]', 'modes = "phone"'),
     "not_list", {"key": "event_types.CONSULT.modes"},
     "mine.toml: event_types.CONSULT.modes must be a list of strings."),
    (('label = "Consult"\n', 'label = "Consult"\ncolour = "red"\n'),
     "unknown_key", {"key": "event_types.CONSULT.colour"},
     "mine.toml: event_types.CONSULT.colour is not a known key (expected one of: description, "
     "label, label_tr, modes, quad, recipient_required, score)."),
    (('label = "Aid"\nquad = "material-cooperation"\n', 'label = "Aid"\n'),
     "missing_key", {"key": "event_types.AID", "name": "quad"},
     "mine.toml: event_types.AID is missing the required key “quad”."),
    (('quad = "verbal-cooperation"', 'quad = "friendly"'),
     "unknown_quad", {"key": "event_types.CONSULT.quad", "value": "friendly"},
     "mine.toml: event_types.CONSULT.quad: “friendly” is not one of: verbal-cooperation, "
     "material-cooperation, verbal-conflict, material-conflict."),
    (("recipient_required = true", "recipient_required = 1"),
     "not_boolean", {"key": "event_types.AID.recipient_required"},
     "mine.toml: event_types.AID.recipient_required must be true or false."),
    (("recipient_required = true", "score = 12"),
     "bad_score", {"key": "event_types.AID.score"},
     "mine.toml: event_types.AID.score must be a number from -10 to 10."),
    (("recipient_required = true", "score = true"),
     "bad_score", {"key": "event_types.AID.score"},
     "mine.toml: event_types.AID.score must be a number from -10 to 10."),
    (("[event_types.AID]", "[event_types.aid]"),
     "invalid_type_code", {"key": "event_types.aid", "value": "aid"},
     "mine.toml: event_types.aid: “aid” is not a valid event type code (capital letters, "
     "e.g. CONSULT)."),
    (('future = "announced"', 'diplomatic = "again"'),
     "aux_is_context", {"key": "aux_modes.diplomatic", "value": "diplomatic"},
     "mine.toml: aux_modes.diplomatic: “diplomatic” is also a context; a name is either a "
     "context or an auxiliary mode."),
    (("[contexts]", "[context]"), "unknown_key", {"key": "context"},
     "mine.toml: context is not a known key (expected one of: actor_codes, aux_modes, "
     "contexts, event_types, sectors, taxonomy)."),
    (('diplomatic = "diplomacy"', "diplomatic = 1"),
     "description_not_string", {"key": "contexts.diplomatic"},
     "mine.toml: contexts.diplomatic must be a string (its description)."),
    (('diplomatic = "diplomacy"', '"dip lomatic" = "diplomacy"'),
     "invalid_name", {"key": 'contexts."dip lomatic"', "value": "dip lomatic"},
     "mine.toml: contexts.\"dip lomatic\": “dip lomatic” is not a valid name (use letters, "
     "digits, '-' and '_', starting with a letter)."),
    (('[contexts]', '[sectors]\nGov = "government"\n\n[contexts]'),
     "invalid_actor_code", {"key": "sectors.Gov", "value": "Gov"},
     "mine.toml: sectors.Gov: “Gov” is not a valid code (three capital letters, e.g. GOV)."),
    (('label = "Consult"', 'label = "  "'),
     "empty_string", {"key": "event_types.CONSULT.label"},
     "mine.toml: event_types.CONSULT.label must not be empty."),
    (('[taxonomy]\nname = "Mini"', 'taxonomy = "Mini"'),
     "not_table", {"key": "taxonomy"}, "mine.toml: taxonomy must be a table."),
])
def test_semantic_errors_name_the_key_path(change: tuple[str, str], kind: str,
                                           params: dict[str, str], expected: str) -> None:
    old, new = change
    assert old in MINIMAL
    error = error_of(MINIMAL.replace(old, new))
    assert error.kind == kind
    assert error.params.items() >= params.items()
    assert str(error) == expected


def test_a_file_without_event_types_is_refused() -> None:
    error = error_of('[taxonomy]\nname = "x"\n')
    assert (error.kind, error.params["name"]) == ("missing_top_key", "event_types")
    assert str(error) == "mine.toml: the required top-level key “event_types” is missing."
    error = error_of("[event_types]\n")
    assert error.kind == "no_event_types"
    assert str(error) == "mine.toml: event_types must define at least one event type."


@pytest.mark.parametrize(("line", "kind", "expected"), [
    ('"036" = { label = "Intent to meet", plover = "AGRE" }', "unknown_event_type",
     'codes."036".plover: “AGRE” is not an event type of Mini (its types are CONSULT, AID).'),
    ('"043" = { label = "Host", plover = "CONSULT", mode = "hosting" }', "unknown_mode",
     'codes."043".mode: “hosting” is not a mode of CONSULT.'),
    ('"043" = { label = "Host", mode = "visit" }', "mode_without_type",
     'codes."043".mode: the mode “visit” needs a \'plover\' event type.'),
    ('"071" = { label = "Economic aid", plover = "AID", contexts = ["economy"] }',
     "unknown_context", 'codes."071".contexts[0]: “economy” is not a context of Mini.'),
    ('"36x" = { label = "Bad" }', "invalid_cameo_code",
     "codes.36x: “36x” is not a valid CAMEO code (2 to 4 digits, e.g. 043)."),
    ('"036" = { plover = "CONSULT" }', "missing_key",
     'codes."036" is missing the required key “label”.'),
])
def test_cameo_errors_name_the_key_path(line: str, kind: str, expected: str) -> None:
    taxonomy = parse_taxonomy(MINIMAL, "mine.toml")
    with pytest.raises(TaxonomyError) as caught:
        parse_cameo(f"[codes]\n{line}\n", "codes.toml", taxonomy)
    error = checked(caught.value, "codes.toml")
    assert error.kind == kind
    assert str(error) == f"codes.toml: {expected}"


def test_loader_refuses_missing_binary_and_non_utf8_files(tmp_path: Path) -> None:
    error = load_error(tmp_path / "absent.toml")
    assert error.kind == "not_found"
    assert str(error) == f"There is no taxonomy file at {tmp_path / 'absent.toml'}."
    error = load_error(tmp_path)
    assert error.kind == "is_folder"
    assert str(error) == f"{tmp_path} is a folder, not a taxonomy file."
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    error = load_error(binary)
    assert error.kind == "binary"
    assert str(error) == "binary.toml is a binary file, not a TOML taxonomy."
    latin = tmp_path / "latin.toml"
    latin.write_bytes(MINIMAL.replace('"Aid"', '"Yardım"').encode("latin-1", "replace")
                      .replace(b"?", b"\xfd"))
    error = load_error(latin)
    assert (error.kind, error.params["line"], error.params["byte"]) == ("not_utf8", 10, "fd")
    assert str(error) == ("latin.toml: line 10 is not UTF-8 text (byte 0xfd); save the file as "
                          "UTF-8.")


def test_loader_refuses_oversized_and_special_files(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.storage import taxonomy as storage_taxonomy

    monkeypatch.setattr(storage_taxonomy, "MAX_BYTES", 1_000_000)
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * 1_000_001)
    error = load_error(big)
    assert (error.kind, error.params["megabytes"]) == ("too_large", 1)
    assert str(error) == "big.toml is larger than 1 MB, too large for a taxonomy file."
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.toml"
        os.mkfifo(fifo)
        error = load_error(fifo)
        assert error.kind == "special_file" and str(fifo) in str(error)


def test_loader_reports_a_missing_cameo_table(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(MINIMAL.replace('name = "Mini"', 'name = "Mini"\ncameo = "gone.toml"'),
                    encoding="utf-8")
    error = load_error(path)
    assert (error.kind, error.params["key"], error.params["value"]) == (
        "cameo_missing", "taxonomy.cameo", "gone.toml")
    assert str(error) == ("mine.toml: taxonomy.cameo names the CAMEO table “gone.toml”, but "
                          f"there is no such file next to it ({tmp_path / 'gone.toml'}).")


def test_errors_are_value_errors_and_survive_pickling() -> None:
    error = error_of("[event_types]\n")
    assert isinstance(error, ValueError)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.kind, copy.params, str(copy)) == (
        TaxonomyError, error.kind, error.params, str(error))


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
