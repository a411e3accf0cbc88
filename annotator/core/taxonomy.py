"""Event taxonomies (PLOVER by default, CAMEO as a crosswalk): parsed from TOML text, validated.

A taxonomy says which event types exist, their quad category and conflict/cooperation score,
which modes each type allows, the contexts and auxiliary modes any event may carry, the actor
sector and non-state codes, and which types need a recipient. :func:`parse_taxonomy` reads the
PLOVER-style file and :func:`parse_cameo` adds a CAMEO code table checked against it; both take
text (callers read files, see ``annotator.storage.taxonomy``) and raise :class:`TaxonomyError`
whose parameters name the file (``source``) and the line (TOML syntax) or the key path (``key``:
``event_types.CONSULT.modes[2]``); the sentences are in ``annotator/messages/taxonomy.py``.
:meth:`Taxonomy.check_event` turns PLOVER's rules into warnings for an event frame.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from annotator.core.annotations import Event
from annotator.errors import AnnotatorError

_TYPE_CODE = re.compile(r"[A-Z][A-Z0-9_-]*\Z")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")
_ACTOR_CODE = re.compile(r"[A-Z]{3}\Z")
_CAMEO_CODE = re.compile(r"[0-9]{2,4}\Z")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*\Z")


class TaxonomyError(AnnotatorError, ValueError):
    """A taxonomy file is not valid or cannot be read.

    Parameters: ``source`` (the file's name), and as the kind needs them ``key`` (the key path
    of the bad value), ``line`` and ``column``, ``value`` (the bad value), ``expected``.
    """

    domain = "taxonomy"


class Quad(StrEnum):
    """PLOVER's quad categories, in the order of their numeric ``quad_code`` (1-4)."""

    VERBAL_COOPERATION = "verbal-cooperation"
    MATERIAL_COOPERATION = "material-cooperation"
    VERBAL_CONFLICT = "verbal-conflict"
    MATERIAL_CONFLICT = "material-conflict"

    @property
    def code(self) -> int:
        """PLOVER's numeric quad code: 1 verbal cooperation ... 4 material conflict."""
        return list(Quad).index(self) + 1


@dataclass(frozen=True)
class EventType:
    """One event type (PLOVER category) with the modes it allows."""

    code: str
    label: str
    label_tr: str
    quad: Quad
    score: float | None
    modes: tuple[str, ...] = ()
    recipient_required: bool = False
    description: str = ""


@dataclass(frozen=True)
class CameoCode:
    """A CAMEO event code and its equivalent (``plover`` None: dropped by PLOVER)."""

    code: str
    label: str
    plover: str | None = None
    mode: str | None = None
    contexts: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventIssue:
    """A rule an event frame breaks; ``kind`` lets a UI translate or filter it."""

    kind: str  # no-type unknown-type mode unknown-context unknown-aux no-actor no-recipient
    #           actor-is-recipient duplicate confidence
    message: str
    value: str = ""


@dataclass(frozen=True)
class Taxonomy:
    """A parsed, validated taxonomy. Mappings keep the file's order (name -> description)."""

    name: str
    version: str
    source: str
    event_types: tuple[EventType, ...]
    contexts: Mapping[str, str] = field(default_factory=dict)
    aux_modes: Mapping[str, str] = field(default_factory=dict)
    sectors: Mapping[str, str] = field(default_factory=dict)
    actor_codes: Mapping[str, str] = field(default_factory=dict)
    cameo: Mapping[str, CameoCode] = field(default_factory=dict)
    cameo_file: str | None = None  # the CAMEO table to load with it, relative to the file
    reference: str = ""

    def type_codes(self) -> tuple[str, ...]:
        """The event type codes in file order (AGREE, CONSULT, ...)."""
        return tuple(t.code for t in self.event_types)

    def context_codes(self) -> tuple[str, ...]:
        """The context names in file order."""
        return tuple(self.contexts)

    def aux_codes(self) -> tuple[str, ...]:
        """The auxiliary mode names (negation, hypothetical, future, historical)."""
        return tuple(self.aux_modes)

    def sector_codes(self) -> tuple[str, ...]:
        """The actor sector codes (GOV, MIL, ...)."""
        return tuple(self.sectors)

    def event_type(self, code: str) -> EventType | None:
        """The event type with this code, or None."""
        return next((t for t in self.event_types if t.code == code), None)

    def modes_for(self, code: str) -> tuple[str, ...]:
        """The modes valid for an event type (empty for unknown types and types without modes)."""
        found = self.event_type(code)
        return found.modes if found else ()

    def cameo_code(self, code: str) -> CameoCode | None:
        """The CAMEO entry for ``code`` or its nearest listed parent (0211 -> 021 -> 02)."""
        code = code.strip()
        while len(code) >= 2:
            if code in self.cameo:
                return self.cameo[code]
            code = code[:-1]
        return None

    def type_for_cameo(self, code: str) -> str | None:
        """The event type a CAMEO code maps to; None if unknown or dropped (01, 02)."""
        entry = self.cameo_code(code)
        return entry.plover if entry else None

    def with_cameo(self, codes: Mapping[str, CameoCode], cameo_file: str | None = None
                   ) -> Taxonomy:
        """A copy of this taxonomy with a CAMEO table."""
        return replace(self, cameo=dict(codes), cameo_file=cameo_file or self.cameo_file)

    def check_event(self, event: Event) -> list[str]:
        """Warnings a person understands for ``event``; an empty list when it follows the rules."""
        return [issue.message for issue in self.event_issues(event)]

    def event_issues(self, event: Event) -> list[EventIssue]:
        """:meth:`check_event` with a machine-readable kind per warning."""
        issues = self._type_issues(event)
        for context in event.contexts:
            if context not in self.contexts:
                hint = (" (it is an auxiliary mode: put it there)" if context in self.aux_modes
                        else "")
                issues.append(EventIssue("unknown-context",
                                         f"Unknown context '{context}'{hint}.", context))
        for aux in event.aux:
            if aux not in self.aux_modes:
                valid = ", ".join(self.aux_modes) or "none"
                issues.append(EventIssue("unknown-aux", f"Unknown auxiliary mode '{aux}' "
                                         f"(valid: {valid}).", aux))
        issues += _participant_issues(event, self.event_type(event.type))
        if event.confidence is not None and not 0.0 <= event.confidence <= 1.0:
            issues.append(EventIssue("confidence", f"Confidence {event.confidence:g} is not "
                                     "between 0 and 1.", str(event.confidence)))
        return issues

    def _type_issues(self, event: Event) -> list[EventIssue]:
        if not event.type:
            return [EventIssue("no-type", "No event type chosen.")]
        event_type = self.event_type(event.type)
        if event_type is None:
            hint = (f" Did you mean {event.type.upper()}?"
                    if self.event_type(event.type.upper()) else "")
            return [EventIssue("unknown-type", f"Unknown event type '{event.type}' (not in "
                               f"{self.name}).{hint}", event.type)]
        issues = []
        for mode in event.modes:
            if mode not in event_type.modes:
                valid = (f"valid: {', '.join(event_type.modes)}" if event_type.modes
                         else f"{event_type.code} has no modes")
                issues.append(EventIssue("mode", f"'{mode}' is not a mode of "
                                         f"{event_type.code} ({valid}).", mode))
        return issues


def _participant_issues(event: Event, event_type: EventType | None) -> list[EventIssue]:
    issues = []
    if not event.actors:
        issues.append(EventIssue("no-actor", "No actor: who did it?"))
    if event_type is not None and event_type.recipient_required and not event.recipients:
        issues.append(EventIssue("no-recipient", f"{event_type.code} needs a recipient: "
                                 "at whom or what is it directed?"))
    for actor_id in dict.fromkeys(event.actors):
        if actor_id in event.recipients:
            issues.append(EventIssue("actor-is-recipient", f"'{actor_id}' is both an actor "
                                     "and a recipient.", actor_id))
    for role, ids in (("actor", event.actors), ("recipient", event.recipients)):
        for actor_id in dict.fromkeys(i for i in ids if ids.count(i) > 1):
            issues.append(EventIssue("duplicate", f"'{actor_id}' is listed twice as {role}.",
                                     actor_id))
    return issues


# -- parsing -----------------------------------------------------------------------------------

_TOP_KEYS = {"taxonomy", "event_types", "contexts", "aux_modes", "sectors", "actor_codes"}
_META_KEYS = {"name", "version", "reference", "cameo"}
_TYPE_KEYS = {"label", "label_tr", "quad", "score", "recipient_required", "modes", "description"}
_CAMEO_KEYS = {"label", "plover", "mode", "contexts"}


def _join(base: str, part: str | int) -> str:
    if isinstance(part, int):
        return f"{base}[{part}]"
    bare = _BARE_KEY.match(part) and not part.isdigit()  # "036", not 036, reads as a code
    name = part if bare else json.dumps(part, ensure_ascii=False)
    return f"{base}.{name}" if base else name


class _Checker:
    """Type checks that raise :class:`TaxonomyError` with the key path of the bad value."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, kind: str, key: str, **params: Any) -> TaxonomyError:
        return TaxonomyError(kind, source=self.source, key=key, **params)

    def load(self, text: str) -> dict[str, Any]:
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            message = str(error)
            found = _TOML_POSITION.search(message)
            if found is None:  # "(at end of document)" and the like
                raise TaxonomyError("toml_syntax", source=self.source, detail=message) from None
            line, column = int(found.group(1)), int(found.group(2))
            raise TaxonomyError("toml_syntax_at", source=self.source, line=line, column=column,
                                detail=message[:found.start()]) from None

    def table(self, value: Any, key: str, allowed: set[str] | None = None,
              required: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail("not_table", key)
        if allowed is not None:
            for name in value:
                if name not in allowed:
                    raise self.fail("unknown_key", _join(key, name),
                                    expected=", ".join(sorted(allowed)))
        for name in required:
            if name not in value:
                if key:
                    raise self.fail("missing_key", key, name=name)
                raise TaxonomyError("missing_top_key", source=self.source, name=name)
        return value

    def string(self, value: Any, key: str, pattern: re.Pattern[str] | None = None,
               invalid: str = "invalid_name") -> str:
        """A non-empty string; with ``pattern``, one it matches (else the kind ``invalid``)."""
        if not isinstance(value, str):
            raise self.fail("not_string", key)
        if not value.strip():
            raise self.fail("empty_string", key)
        if pattern is not None and not pattern.match(value):
            raise self.fail(invalid, key, value=value)
        return value

    def names(self, value: Any, key: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail("not_list", key)
        found: list[str] = []
        for index, item in enumerate(value):
            name = self.string(item, _join(key, index), _NAME)
            if name in found:
                raise self.fail("listed_twice", _join(key, index), value=name)
            found.append(name)
        return tuple(found)

    def described(self, data: dict[str, Any], key: str, pattern: re.Pattern[str],
                  invalid: str = "invalid_name") -> dict[str, str]:
        """A table of name = "description" pairs."""
        table = self.table(data.get(key, {}), key)
        for name, description in table.items():
            self.string(name, _join(key, name), pattern, invalid)
            if not isinstance(description, str):
                raise self.fail("description_not_string", _join(key, name))
        return dict(table)


def _event_type(check: _Checker, code: str, value: Any) -> EventType:
    key = _join("event_types", code)
    check.string(code, key, _TYPE_CODE, "invalid_type_code")
    table = check.table(value, key, _TYPE_KEYS, ("label", "quad"))
    label = check.string(table["label"], _join(key, "label"))
    label_tr = check.string(table.get("label_tr", label), _join(key, "label_tr"))
    quad_value = check.string(table["quad"], _join(key, "quad"))
    if quad_value not in set(Quad):
        raise check.fail("unknown_quad", _join(key, "quad"), value=quad_value,
                         expected=", ".join(Quad))
    score = table.get("score")
    if score is not None and (isinstance(score, bool) or not isinstance(score, int | float)
                              or not -10 <= score <= 10):
        raise check.fail("bad_score", _join(key, "score"))
    required = table.get("recipient_required", False)
    if not isinstance(required, bool):
        raise check.fail("not_boolean", _join(key, "recipient_required"))
    description = table.get("description", "")
    if not isinstance(description, str):
        raise check.fail("not_string", _join(key, "description"))
    return EventType(code, label, label_tr, Quad(quad_value),
                     None if score is None else float(score),
                     check.names(table.get("modes", []), _join(key, "modes")), required,
                     description)


def parse_taxonomy(text: str, source: str) -> Taxonomy:
    """Parse and validate a PLOVER-style taxonomy file's text; ``source`` names it in errors."""
    check = _Checker(source)
    data = check.table(check.load(text), "", _TOP_KEYS, ("event_types",))
    meta = check.table(data.get("taxonomy", {}), "taxonomy", _META_KEYS)
    for name in meta:
        check.string(meta[name], _join("taxonomy", name))
    types = check.table(data["event_types"], "event_types")
    if not types:
        raise check.fail("no_event_types", "event_types")
    contexts = check.described(data, "contexts", _NAME)
    aux_modes = check.described(data, "aux_modes", _NAME)
    for name in aux_modes:
        if name in contexts:
            raise check.fail("aux_is_context", _join("aux_modes", name), value=name)
    return Taxonomy(
        name=meta.get("name", source), version=meta.get("version", ""), source=source,
        event_types=tuple(_event_type(check, code, value) for code, value in types.items()),
        contexts=contexts, aux_modes=aux_modes,
        sectors=check.described(data, "sectors", _ACTOR_CODE, "invalid_actor_code"),
        actor_codes=check.described(data, "actor_codes", _ACTOR_CODE, "invalid_actor_code"),
        cameo_file=meta.get("cameo"), reference=meta.get("reference", ""))


def _cameo_entry(check: _Checker, taxonomy: Taxonomy, code: str, value: Any) -> CameoCode:
    key = _join("codes", code)
    check.string(code, key, _CAMEO_CODE, "invalid_cameo_code")
    table = check.table(value, key, _CAMEO_KEYS, ("label",))
    label = check.string(table["label"], _join(key, "label"))
    plover = table.get("plover")
    if plover is not None:
        plover = check.string(plover, _join(key, "plover"))
        if taxonomy.event_type(plover) is None:
            raise check.fail("unknown_event_type", _join(key, "plover"), value=plover,
                             taxonomy=taxonomy.name, expected=", ".join(taxonomy.type_codes()))
    mode = table.get("mode")
    if mode is not None:
        mode = check.string(mode, _join(key, "mode"))
        if plover is None:
            raise check.fail("mode_without_type", _join(key, "mode"), value=mode)
        if mode not in taxonomy.modes_for(plover):
            raise check.fail("unknown_mode", _join(key, "mode"), value=mode, event_type=plover)
    contexts = check.names(table.get("contexts", []), _join(key, "contexts"))
    for index, context in enumerate(contexts):
        if context not in taxonomy.contexts:
            raise check.fail("unknown_context", _join(_join(key, "contexts"), index),
                             value=context, taxonomy=taxonomy.name)
    return CameoCode(code, label, plover, mode, contexts)


def parse_cameo(text: str, source: str, taxonomy: Taxonomy) -> Taxonomy:
    """Parse a CAMEO code table, check it against ``taxonomy`` and return the two combined."""
    check = _Checker(source)
    data = check.table(check.load(text), "", {"taxonomy", "codes"}, ("codes",))
    meta = check.table(data.get("taxonomy", {}), "taxonomy", {"name", "version", "reference"})
    for name in meta:
        check.string(meta[name], _join("taxonomy", name))
    codes = check.table(data["codes"], "codes")
    return taxonomy.with_cameo({code: _cameo_entry(check, taxonomy, code, value)
                                for code, value in codes.items()})
