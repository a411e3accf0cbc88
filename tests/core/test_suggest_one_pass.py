"""Trigger rules tried only where their anchors are: the same hits as trying every rule.

The reference runs every rule of a table over the text in table order, as the engine did before
it first looked for the rules' anchors (the literal text each pattern needs) in one pass. Both
run on real sentences (UD Turkish IMST and UD PUD in Turkish and English) and on the sample
commentary's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.core.actor_matching import fold_keep_length
from annotator.core.models import Side
from annotator.core.suggest import _find_hits, _full_pattern, _Hit
from annotator.core.suggest_rules import anchors
from annotator.core.suggest_rules_en import EN_RULES
from annotator.core.suggest_rules_tr import TR_RULES

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
IMST_DEV = SHARED_DATA / "ud-turkish-imst" / "tr_imst-ud-dev.conllu"
PUD = SHARED_DATA / "ud-pud" / "tr_pud-ud-test.conllu"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def every_rule_hits(folded: str, side: Side) -> list[_Hit]:
    """The reference: every rule of the table, in order, the first claiming a stretch winning."""
    hits: list[_Hit] = []
    for rule in TR_RULES if side is Side.TR else EN_RULES:
        regex = re.compile(_full_pattern(rule, side))
        for match in regex.finditer(folded):
            start, end = match.span()
            if any(start < h.claim[1] and h.claim[0] < end for h in hits):
                continue
            rest = (match.group("rest") or "") if "rest" in regex.groupindex else ""
            if rule.rest is not None and not re.match(rule.rest, rest):
                continue
            trigger = match.span()
            if "t" in regex.groupindex and match.start("t") >= 0:
                trigger = (match.start("t"), match.end("t") if side is Side.EN else match.end())
            hits.append(_Hit(rule, match.span(), trigger, rest))
    hits.sort(key=lambda h: h.trigger)
    if any(not h.rule.setting for h in hits):
        hits = [h for h in hits if not h.rule.setting]
    return hits


def lines(path: Path, prefix: str) -> list[str]:
    if not path.exists():
        pytest.skip(f"{path} is not there (../shared/data)")
    with path.open(encoding="utf-8") as handle:
        return [line[len(prefix):].rstrip("\n") for line in handle if line.startswith(prefix)]


def sample_sentences() -> list[str]:
    return [line for file in sorted(SEEDS.glob("*.txt"))
            for line in re.split(r"(?<=[.!?])\s+", file.read_text(encoding="utf-8")) if line]


@pytest.mark.parametrize(("side", "texts"), [
    (Side.TR, lambda: lines(IMST_DEV, "# text = ") + lines(PUD, "# text = ")
     + sample_sentences()),
    (Side.EN, lambda: lines(PUD, "# text_en = ")),
])
def test_same_hits_as_every_rule(side: Side, texts) -> None:  # type: ignore[no-untyped-def]
    found = 0
    for text in texts():
        folded = fold_keep_length(text)
        expected = every_rule_hits(folded, side)
        assert _find_hits(folded, side) == expected, text
        found += len(expected)
    assert found > 150  # the sentences do hold triggers


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"iptal\s+e[dt]", {"iptal"}),
    (r"e[dt]", {"ed", "et"}),
    (r"telefon(?:da|la|\s+ile)?\s+(?:gorus|konus)", {"telefon"}),
    (r"gorus|bulus", {"gorus", "bulus"}),
    (r"kina(?=d|m|y|n|r)", {"kina"}),
    (r"(?:[a-z]+(?:dan|den))\s+(?P<t>cekil)", {"cekil"}),
    (r"sign(?:ed|s)?", {"sign"}),  # not "signed" too: a text holding it holds "sign"
    (r"[a-z]+", None),  # nothing literal: the rule is tried on every text
    (r"ab|[a-z]", None),
    (r"(?i)gorus", None),  # not spelt out when case does not matter
])
def test_anchors(pattern: str, expected: set[str] | None) -> None:
    assert anchors(pattern) == (frozenset(expected) if expected is not None else None)


@pytest.mark.parametrize("rules", [TR_RULES, EN_RULES])
def test_every_rule_has_an_anchor(rules) -> None:  # type: ignore[no-untyped-def]
    """No rule of the tables is tried on every text, and no anchor is shorter than 3 letters
    (a table written so that the one pass pays)."""
    for rule in rules:
        found = anchors(rule.pattern)
        assert found is not None, rule.name  # every rule of the tables has an anchor
        assert min(map(len, found)) >= 3, rule.name
